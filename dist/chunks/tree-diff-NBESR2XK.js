import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-WXXC67QS.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-JAM6YQVL.js";
import "./chunk-3E6D6L5B.js";
import "./chunk-IUVMWN2X.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
