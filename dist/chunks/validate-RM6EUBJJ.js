import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-UKSNRK2X.js";
import "./chunk-RBLVDHSQ.js";
import "./chunk-UNFBVQF3.js";
import "./chunk-G2TDCXWE.js";
import "./chunk-Y5UYN2O5.js";
import "./chunk-AVO6DSVD.js";
import "./chunk-F7NKRLTM.js";
import "./chunk-26GVR4GN.js";
import "./chunk-WFBQG7YW.js";
import "./chunk-PU4H5SGK.js";
import "./chunk-OK7VTQQT.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-6XDRUXKD.js";
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
