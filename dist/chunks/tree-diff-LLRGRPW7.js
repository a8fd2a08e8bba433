import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-TFGGMN3A.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-Y5NB4PQ6.js";
import "./chunk-SDUFXYTY.js";
import "./chunk-KOOXSNH4.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
