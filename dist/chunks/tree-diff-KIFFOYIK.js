import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-CRJY3YPE.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-QRQDPRSK.js";
import "./chunk-GXWOHYQK.js";
import "./chunk-R5ESQ55B.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
