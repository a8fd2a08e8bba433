import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-A5VLW4SJ.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-723ZTTT2.js";
import "./chunk-3VKNGAUJ.js";
import "./chunk-EMI23MWX.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
