import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-JFH5CWFM.js";
import "./chunk-57MIOCC6.js";
import "./chunk-RSI6AMJM.js";
import "./chunk-BDGI5L3W.js";
import "./chunk-3VZGXCH7.js";
import "./chunk-OZDI5TPU.js";
import "./chunk-URB3FVUU.js";
import "./chunk-S7EEBARQ.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-A5VLW4SJ.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-723ZTTT2.js";
import "./chunk-3VKNGAUJ.js";
import "./chunk-EMI23MWX.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-HDYLMNIM.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";
export {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
};
