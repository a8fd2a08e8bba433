import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-CFKCBE5C.js";
import "./chunk-23FN4Q4O.js";
import "./chunk-KV4KZXZ3.js";
import "./chunk-L4UFGVUQ.js";
import "./chunk-CLKAQXLG.js";
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
import "./chunk-KAB26YAI.js";
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
