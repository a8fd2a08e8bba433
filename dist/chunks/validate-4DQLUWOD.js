import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-74NQRBUH.js";
import "./chunk-UETHX7P4.js";
import "./chunk-CF4KR2MT.js";
import "./chunk-VTYQDKHS.js";
import "./chunk-NFJPSJ6R.js";
import "./chunk-FXL2CBWB.js";
import "./chunk-F7NKRLTM.js";
import "./chunk-26GVR4GN.js";
import "./chunk-WFBQG7YW.js";
import "./chunk-C3CPC3MI.js";
import "./chunk-OK7VTQQT.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-SK7OZZ7B.js";
import "./chunk-6MP5QYRI.js";
import "./chunk-LQT5G54K.js";
import "./chunk-HDYLMNIM.js";
import "./chunk-LIEK4HVD.js";
import "./chunk-76DSMZKO.js";
import "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";
export {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
};
