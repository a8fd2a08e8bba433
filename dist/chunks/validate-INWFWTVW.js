import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-GHZHWZUI.js";
import "./chunk-I7GXKNLC.js";
import "./chunk-6C7QHNHM.js";
import "./chunk-OVDHNNIL.js";
import "./chunk-ZUWOGBXW.js";
import "./chunk-7PBI6OXU.js";
import "./chunk-TTDWMCSG.js";
import "./chunk-IAICKCO6.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-VUP3ZBLX.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-FQIZONYO.js";
import "./chunk-KH7CMZ7O.js";
import "./chunk-HHDQCXPA.js";
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
