import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-YP5DKOEA.js";
import "./chunk-LXSEK6AE.js";
import "./chunk-DYHIXJK5.js";
import "./chunk-Y4DBKF2S.js";
import "./chunk-GMORM5GI.js";
import "./chunk-SQ65EXLN.js";
import "./chunk-FOXPBDMX.js";
import "./chunk-LHXKEQSG.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-MKIE2PL5.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-XPK5OVJS.js";
import "./chunk-T7MZNUJY.js";
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
