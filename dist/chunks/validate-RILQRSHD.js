import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-SB6XLALL.js";
import "./chunk-Y47LL2AB.js";
import "./chunk-XJGTT3NP.js";
import "./chunk-JKTWHTT3.js";
import "./chunk-JECNHFAN.js";
import "./chunk-YIJHRXC3.js";
import "./chunk-OSAUNIAN.js";
import "./chunk-JBXODHXH.js";
import "./chunk-3YKGQJYS.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-FTWRFO7A.js";
import "./chunk-SDUFXYTY.js";
import "./chunk-LCHUL3KC.js";
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
