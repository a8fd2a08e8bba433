import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-72JYHYSB.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-MJP4X73Y.js";
import "./chunk-7GLKNEVW.js";
import "./chunk-AFMR3WJJ.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
