import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-TITUJBR4.js";
import "./chunk-5ISS5BQI.js";
import "./chunk-RCE2PAWJ.js";
import "./chunk-OUTWESKD.js";
import "./chunk-UUBWF4OH.js";
import "./chunk-KQL2RJL7.js";
import "./chunk-RWBK3LU5.js";
import "./chunk-TT34GUL2.js";
import "./chunk-XVOWQ2PM.js";
import "./chunk-JGDAKHTZ.js";
import "./chunk-QBJF4SNJ.js";
import "./chunk-HWS5QLP2.js";
import "./chunk-KNFEERHG.js";
import "./chunk-QX32VKV3.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-LQT5G54K.js";
import "./chunk-555N3RVI.js";
export {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
};
