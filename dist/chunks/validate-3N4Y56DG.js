import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-IDSAZ3DN.js";
import "./chunk-6NKBC7AO.js";
import "./chunk-63ON4TQU.js";
import "./chunk-6MKPPKT7.js";
import "./chunk-RH4U4X43.js";
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
