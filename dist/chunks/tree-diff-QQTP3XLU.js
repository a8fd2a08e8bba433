import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-MUNB2HV2.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-WEPO746P.js";
import "./chunk-UE4UTXKY.js";
import "./chunk-KJO4J3OU.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
