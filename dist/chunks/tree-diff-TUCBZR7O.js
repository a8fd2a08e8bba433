import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-P2YCF7AD.js";
import "./chunk-3HFYFEJE.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-6C6ADC2W.js";
import "./chunk-JMHBEAMY.js";
import "./chunk-LQT5G54K.js";
import "./chunk-QDTYSWWQ.js";
import "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
