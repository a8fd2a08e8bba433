import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-EACOYXYL.js";
import "./chunk-PO6IBAP4.js";
import "./chunk-3MEGNB22.js";
import "./chunk-Z7DL6IN5.js";
import "./chunk-JECNHFAN.js";
import "./chunk-F4PHTCQH.js";
import "./chunk-G5ZTGJWS.js";
import "./chunk-TT34GUL2.js";
import "./chunk-6QSGKDV6.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-7FWYCGLW.js";
import "./chunk-WYG54N7Z.js";
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
