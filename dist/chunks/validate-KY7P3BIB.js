import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-K46GOGBR.js";
import "./chunk-RG7SEQJ5.js";
import "./chunk-N4L5FQER.js";
import "./chunk-NTXSAJX4.js";
import "./chunk-FDJPCP2V.js";
import "./chunk-7PBI6OXU.js";
import "./chunk-QJHOSBIH.js";
import "./chunk-BOA6BK2U.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-IEE7B4SJ.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-ATAUJBP2.js";
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
