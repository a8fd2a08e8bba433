import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-3OQYK7C6.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-XU7YHL5O.js";
import "./chunk-A2LYGQDP.js";
import "./chunk-ES2GKBTS.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
