import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-NXGMHEAA.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-SLT3KH5W.js";
import "./chunk-GXH33NNP.js";
import "./chunk-D3IZ2BTN.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-KQ2BKLCC.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
