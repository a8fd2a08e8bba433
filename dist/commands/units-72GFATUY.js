import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  Units,
  findUnits,
  generatorDefault,
  idAt,
  idVersion,
  idWithVersion,
  manifestVersionWritten,
  unitSlug,
  versionAt,
  versionLine
} from "./chunk-UFHDCEZN.js";
import "./chunk-UQFPHHMP.js";
import "./chunk-P3237CUI.js";
export {
  Units,
  findUnits,
  generatorDefault,
  idAt,
  idVersion,
  idWithVersion,
  manifestVersionWritten,
  unitSlug,
  versionAt,
  versionLine
};
