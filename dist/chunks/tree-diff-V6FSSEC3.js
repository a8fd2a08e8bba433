import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-RHZN7PIV.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-ENW525UT.js";
import "./chunk-QT5SWZTG.js";
import "./chunk-V4P2CRFV.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
