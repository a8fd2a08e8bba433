import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-PORM2BZQ.js";
import "./chunk-TUIVH44X.js";
import "./chunk-ELSJB3H4.js";
import "./chunk-XCWTR33Q.js";
import "./chunk-X4MK6U6B.js";
import "./chunk-4VLG3NWL.js";
import "./chunk-XAZK2OJT.js";
import "./chunk-OQDNOEKT.js";
import "./chunk-AD5SOZ22.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-WHZDR6A7.js";
import "./chunk-L462DBHJ.js";
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
