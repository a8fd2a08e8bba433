import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-LBOCTG6E.js";
import "./chunk-7A6IDZ34.js";
import "./chunk-S4MBIDTT.js";
import "./chunk-DKX2DOYP.js";
import "./chunk-QNKNU5R5.js";
import "./chunk-MK25LMMB.js";
import "./chunk-KNFEERHG.js";
import "./chunk-G3HKDXCB.js";
import "./chunk-555N3RVI.js";
export {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
};
