import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-TFU5K5F3.js";
import "./chunk-GPY6I63R.js";
import "./chunk-LSNLPK32.js";
import "./chunk-GCGDOZB4.js";
import "./chunk-2S7VC2SS.js";
import "./chunk-K27TSCOM.js";
import "./chunk-ICOBVRJ5.js";
import "./chunk-O3RC35ZL.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-WXXC67QS.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-JAM6YQVL.js";
import "./chunk-3E6D6L5B.js";
import "./chunk-IUVMWN2X.js";
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
