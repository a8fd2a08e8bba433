import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  diffTrees
} from "./chunk-7J6XK6GA.js";
import "./chunk-KQAW3BZV.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-YUGTIV6H.js";
import "./chunk-6MP5QYRI.js";
import "./chunk-LQT5G54K.js";
import "./chunk-MN2S6Y2W.js";
import "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";
export {
  diffTrees
};
