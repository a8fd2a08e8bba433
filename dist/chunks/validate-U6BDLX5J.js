import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-TH5RHPDN.js";
import "./chunk-FIJAR4W4.js";
import "./chunk-I4T22AXF.js";
import "./chunk-DKX2DOYP.js";
import "./chunk-XAATHK75.js";
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
