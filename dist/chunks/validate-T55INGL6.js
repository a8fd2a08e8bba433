import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-4IAFS7LE.js";
import "./chunk-EPCBXWFS.js";
import "./chunk-7ZU427XB.js";
import "./chunk-UW53CSMA.js";
import "./chunk-E3VHKVP7.js";
import "./chunk-3ZZLL2NT.js";
import "./chunk-HT7574KT.js";
import "./chunk-26GVR4GN.js";
import "./chunk-WFBQG7YW.js";
import "./chunk-SDFCC46R.js";
import "./chunk-OK7VTQQT.js";
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
