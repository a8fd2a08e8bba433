import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-RLMAIR6Y.js";
import "./chunk-K5BFWOU5.js";
import "./chunk-53XGZJ77.js";
import "./chunk-MGGAWEYQ.js";
import "./chunk-JECNHFAN.js";
import "./chunk-6ZHTTZEY.js";
import "./chunk-SQJJUXCQ.js";
import "./chunk-OQDNOEKT.js";
import "./chunk-A6GEUVUV.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-VA6G6WK7.js";
import "./chunk-QT5SWZTG.js";
import "./chunk-V4P2CRFV.js";
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
