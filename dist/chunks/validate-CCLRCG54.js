import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-2YJ7VASQ.js";
import "./chunk-PBLEXSKD.js";
import "./chunk-ARZP22EP.js";
import "./chunk-YEWSDPLX.js";
import "./chunk-USRKFSGY.js";
import "./chunk-US2CYORJ.js";
import "./chunk-KNFEERHG.js";
import "./chunk-G3HKDXCB.js";
import "./chunk-555N3RVI.js";
export {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
};
