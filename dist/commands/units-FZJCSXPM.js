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
} from "./chunk-KEG3QOTL.js";
import "./chunk-VNL6FCLY.js";
import "./chunk-QGZXPBIK.js";
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
