import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-5BWBZXOQ.js";
import "./chunk-UEPUSK6X.js";
import "./chunk-5P4GCUHC.js";
import "./chunk-AQTNNXDU.js";
import "./chunk-JECNHFAN.js";
import "./chunk-LFTU2SIE.js";
import "./chunk-S4RNBS7G.js";
import "./chunk-OQDNOEKT.js";
import "./chunk-CRJY3YPE.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-QRQDPRSK.js";
import "./chunk-GXWOHYQK.js";
import "./chunk-R5ESQ55B.js";
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
