import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  require_dist2 as require_dist
} from "./chunk-B6VC5GNY.js";
import "./chunk-55VFS264.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-LQT5G54K.js";
import "./chunk-7X3LQF5T.js";
import "./chunk-GFOO7V4B.js";
import "./chunk-555N3RVI.js";
export default require_dist();
