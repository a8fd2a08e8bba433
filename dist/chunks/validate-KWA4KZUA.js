import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-ZA6JF6HO.js";
import "./chunk-6Y3VDEYV.js";
import "./chunk-HTZ2Y77G.js";
import "./chunk-MK5F4GPE.js";
import "./chunk-MWVJJDOY.js";
import "./chunk-NMCK2IWL.js";
import "./chunk-HT7574KT.js";
import "./chunk-26GVR4GN.js";
import "./chunk-WFBQG7YW.js";
import "./chunk-4ZJWP3NT.js";
import "./chunk-X5YIPVHM.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-TBCFJLHO.js";
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
