import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-H54DF5GD.js";
import "./chunk-LBCWWFC6.js";
import "./chunk-CJTNNEWA.js";
import "./chunk-K2YJCCK4.js";
import "./chunk-NBAPN6TR.js";
import "./chunk-SQ65EXLN.js";
import "./chunk-Q3MZOSPO.js";
import "./chunk-2HZWLIVC.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-72JYHYSB.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-MJP4X73Y.js";
import "./chunk-7GLKNEVW.js";
import "./chunk-AFMR3WJJ.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-QX32VKV3.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-555N3RVI.js";
export {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
};
