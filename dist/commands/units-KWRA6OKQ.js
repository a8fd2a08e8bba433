import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  Units,
  findUnits,
  generatorDefault,
  idAt,
  idVersion,
  idWithVersion,
  unitSlug,
  versionAt,
  versionLine
} from "./chunk-IWSXHGWR.js";
import "./chunk-2YTGGSST.js";
import "./chunk-P3237CUI.js";
export {
  Units,
  findUnits,
  generatorDefault,
  idAt,
  idVersion,
  idWithVersion,
  unitSlug,
  versionAt,
  versionLine
};
