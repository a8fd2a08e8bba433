import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-DGBE2KNV.js";
import "./chunk-Z33WENYQ.js";
import "./chunk-WDXCHCXC.js";
import "./chunk-QCWIUIXF.js";
import "./chunk-JSXMONOK.js";
import "./chunk-7PBI6OXU.js";
import "./chunk-6XQLJKB2.js";
import "./chunk-LHXKEQSG.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-WRCXOILB.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-6Z5Y56NM.js";
import "./chunk-T7MZNUJY.js";
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
