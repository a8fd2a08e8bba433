import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-XJ2FQVN5.js";
import "./chunk-JXBDHPP4.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-6E7RZYHX.js";
import "./chunk-JMHBEAMY.js";
import "./chunk-LQT5G54K.js";
import "./chunk-TVI2YT4R.js";
import "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
