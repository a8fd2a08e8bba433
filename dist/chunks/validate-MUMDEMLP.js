import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-DWKJ56VI.js";
import "./chunk-IVEJW5UE.js";
import "./chunk-DAWATPL4.js";
import "./chunk-LH3FSSRO.js";
import "./chunk-HWV2MPGH.js";
import "./chunk-3ZZLL2NT.js";
import "./chunk-F7NKRLTM.js";
import "./chunk-26GVR4GN.js";
import "./chunk-WFBQG7YW.js";
import "./chunk-K7E33SFF.js";
import "./chunk-OK7VTQQT.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-N6QSFKXM.js";
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
