import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-NNY4XR5A.js";
import "./chunk-R7EXR3U5.js";
import "./chunk-OSQRUKDW.js";
import "./chunk-MMLHB3CB.js";
import "./chunk-LFYQZ7FI.js";
import "./chunk-X4MK6U6B.js";
import "./chunk-5TB2R4O5.js";
import "./chunk-W6BNUIDR.js";
import "./chunk-OQDNOEKT.js";
import "./chunk-LNPQSDOG.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-JZCXPSOH.js";
import "./chunk-QD6E6K5K.js";
import "./chunk-TRIAPXTG.js";
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
