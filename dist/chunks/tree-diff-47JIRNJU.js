import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-X3S2KJ6M.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-5AJHXVZB.js";
import "./chunk-3GZKXAT6.js";
import "./chunk-PI5I6IZD.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-KQ2BKLCC.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
