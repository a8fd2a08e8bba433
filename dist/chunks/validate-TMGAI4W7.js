import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-PXE4YDZ2.js";
import "./chunk-UOZQEEA7.js";
import "./chunk-YBFNERXV.js";
import "./chunk-YEWSDPLX.js";
import "./chunk-ZBZNVTZQ.js";
import "./chunk-US2CYORJ.js";
import "./chunk-KNFEERHG.js";
import "./chunk-BV2VTSEH.js";
import "./chunk-555N3RVI.js";
export {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
};
