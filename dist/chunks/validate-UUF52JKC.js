import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-YCHU4PWW.js";
import "./chunk-OTIRW52X.js";
import "./chunk-RLTC5YJR.js";
import "./chunk-2UDT6OF3.js";
import "./chunk-R3MW75BK.js";
import "./chunk-7PBI6OXU.js";
import "./chunk-FSQJMKJR.js";
import "./chunk-HGP7XPYD.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-CKROO5WB.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-3QBBK2C6.js";
import "./chunk-4XFX76A6.js";
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
