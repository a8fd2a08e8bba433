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
} from "./chunk-LIEK4HVD.js";
import "./chunk-76DSMZKO.js";
import "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";
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
