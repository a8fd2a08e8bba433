import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-L6H7NNNO.js";
import "./chunk-IUITCWCC.js";
import "./chunk-ARKJEA6S.js";
import "./chunk-AZWYFUSB.js";
import "./chunk-X4MK6U6B.js";
import "./chunk-MDGBPJQR.js";
import "./chunk-6IYSMFGT.js";
import "./chunk-OQDNOEKT.js";
import "./chunk-3ZAJGEUM.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-Y3Y6LTHC.js";
import "./chunk-A2LYGQDP.js";
import "./chunk-TRIAPXTG.js";
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
