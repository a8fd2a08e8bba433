import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-GYJTSQ6C.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-3LA74YAC.js";
import "./chunk-J6FHMIKQ.js";
import "./chunk-B7N6XYZY.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
