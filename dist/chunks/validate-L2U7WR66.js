import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-BFGUELK4.js";
import "./chunk-WOX6D4TG.js";
import "./chunk-IFKDFQNX.js";
import "./chunk-YEWSDPLX.js";
import "./chunk-WEW4RLX4.js";
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
