import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-FESIXQCY.js";
import "./chunk-77VCFXRS.js";
import "./chunk-N4L5FQER.js";
import "./chunk-6TMY47P4.js";
import "./chunk-FDJPCP2V.js";
import "./chunk-7PBI6OXU.js";
import "./chunk-7FQTJTJ2.js";
import "./chunk-BOA6BK2U.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-4RS5YUZC.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-BIY37FBW.js";
import "./chunk-YH4Y3LVA.js";
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
