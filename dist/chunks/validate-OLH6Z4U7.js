import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-3UXKT63S.js";
import "./chunk-LQV5R5UP.js";
import "./chunk-PU5KEKCD.js";
import "./chunk-TVQEGI35.js";
import "./chunk-JA55BASO.js";
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
