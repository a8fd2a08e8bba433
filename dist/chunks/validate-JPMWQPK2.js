import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-LHB2TPWW.js";
import "./chunk-GA2JLJQ4.js";
import "./chunk-FCBZV5YO.js";
import "./chunk-IBXJMV5H.js";
import "./chunk-UUBWF4OH.js";
import "./chunk-KQL2RJL7.js";
import "./chunk-RWBK3LU5.js";
import "./chunk-TT34GUL2.js";
import "./chunk-KNMCEO6R.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-JGDAKHTZ.js";
import "./chunk-QBJF4SNJ.js";
import "./chunk-HWS5QLP2.js";
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
