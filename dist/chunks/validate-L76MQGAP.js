import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-F22FIHUG.js";
import "./chunk-IVDWYVO2.js";
import "./chunk-DIFPOGZU.js";
import "./chunk-DKX2DOYP.js";
import "./chunk-HTTSMMFN.js";
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
