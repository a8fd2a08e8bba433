import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-2AYLUWJZ.js";
import "./chunk-3ZMRC5NV.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-THDZZ3T5.js";
import "./chunk-6MP5QYRI.js";
import "./chunk-LQT5G54K.js";
import "./chunk-EJD6VRSD.js";
import "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
