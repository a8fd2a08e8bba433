import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-7X3LQF5T.js";
import "./chunk-GFOO7V4B.js";
import "./chunk-555N3RVI.js";
export default require_dist();
