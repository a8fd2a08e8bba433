import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-DXNWCBWC.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-RXNY6EBB.js";
import "./chunk-UE4UTXKY.js";
import "./chunk-V4P2CRFV.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
