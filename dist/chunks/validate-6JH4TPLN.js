import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-MWRV6HSG.js";
import "./chunk-M5Q4BFLK.js";
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
