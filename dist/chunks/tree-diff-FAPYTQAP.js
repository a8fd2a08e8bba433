import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-MKIE2PL5.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-XPK5OVJS.js";
import "./chunk-T7MZNUJY.js";
import "./chunk-AFMR3WJJ.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
