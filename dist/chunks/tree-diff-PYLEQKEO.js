import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-YYLXFF2K.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-5AJHXVZB.js";
import "./chunk-3GZKXAT6.js";
import "./chunk-D3IZ2BTN.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-KQ2BKLCC.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
