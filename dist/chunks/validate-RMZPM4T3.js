import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-JCK3BHD6.js";
import "./chunk-YHSXRYTD.js";
import "./chunk-NDYJBGN2.js";
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
