import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-45OQDZ7H.js";
import "./chunk-K2QIEBOP.js";
import "./chunk-WW5JWU3S.js";
import "./chunk-YEWSDPLX.js";
import "./chunk-QHRGAEVW.js";
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
