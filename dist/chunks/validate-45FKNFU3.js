import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-XZS3HR3L.js";
import "./chunk-Q46KMTK6.js";
import "./chunk-X32UEDF3.js";
import "./chunk-DKX2DOYP.js";
import "./chunk-UZM5YS7G.js";
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
