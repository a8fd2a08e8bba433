import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-RLPAFJUR.js";
import "./chunk-5BZLB2HP.js";
import "./chunk-ACNYYLFX.js";
import "./chunk-YEWSDPLX.js";
import "./chunk-QZ5GGGHH.js";
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
