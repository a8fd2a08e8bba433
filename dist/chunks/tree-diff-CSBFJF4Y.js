import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-Z44LHAZY.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-E4NKDHSI.js";
import "./chunk-62JA66AU.js";
import "./chunk-IUVMWN2X.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
