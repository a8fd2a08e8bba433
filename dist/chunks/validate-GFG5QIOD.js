import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-DY2Y35WM.js";
import "./chunk-AWAT7FAS.js";
import "./chunk-4CEKB7M7.js";
import "./chunk-6MKPPKT7.js";
import "./chunk-QMMTXMKD.js";
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
