import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-ST2XINQS.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-WJRXC2QK.js";
import "./chunk-5AEGCB2S.js";
import "./chunk-B7N6XYZY.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
