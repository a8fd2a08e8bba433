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
} from "./chunk-AIILTFQY.js";
import "./chunk-SISG3UZI.js";
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
