import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-WPBVMM3E.js";
import "./chunk-VD32DZZ3.js";
import "./chunk-GF66ENYS.js";
import "./chunk-UW53CSMA.js";
import "./chunk-E3VHKVP7.js";
import "./chunk-3ZZLL2NT.js";
import "./chunk-HT7574KT.js";
import "./chunk-26GVR4GN.js";
import "./chunk-WFBQG7YW.js";
import "./chunk-OM5JM7NC.js";
import "./chunk-UBFVBOM3.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-N6QSFKXM.js";
import "./chunk-5BNPDLWZ.js";
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
