import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-QNWZFPKK.js";
import "./chunk-ZO3FGGGW.js";
import "./chunk-COUPH2VQ.js";
import "./chunk-DKX2DOYP.js";
import "./chunk-PTMGBFQP.js";
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
