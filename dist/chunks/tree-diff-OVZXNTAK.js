import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-EHJQXAUD.js";
import "./chunk-X5YIPVHM.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-MLD5EQ7M.js";
import "./chunk-5BNPDLWZ.js";
import "./chunk-LQT5G54K.js";
import "./chunk-76DSMZKO.js";
import "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
