import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-NCW73MYC.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-RH4MJASA.js";
import "./chunk-4LHISBTU.js";
import "./chunk-HWS5QLP2.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
