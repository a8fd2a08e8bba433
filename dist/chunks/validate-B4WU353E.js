import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-BE5LJOE7.js";
import "./chunk-L7AFAZ6P.js";
import "./chunk-QIM72M3X.js";
import "./chunk-KVBXF3QW.js";
import "./chunk-G3SJV4RY.js";
import "./chunk-X4MK6U6B.js";
import "./chunk-75UMGCLJ.js";
import "./chunk-W6BNUIDR.js";
import "./chunk-GJOW6COO.js";
import "./chunk-VP5FNDRO.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-JZCXPSOH.js";
import "./chunk-QD6E6K5K.js";
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
