import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-FL2DM2PP.js";
import "./chunk-4YTDGAT5.js";
import "./chunk-6EQNZCKF.js";
import "./chunk-CI4T2XF5.js";
import "./chunk-JECNHFAN.js";
import "./chunk-F4PHTCQH.js";
import "./chunk-G5ZTGJWS.js";
import "./chunk-AYO5TBPP.js";
import "./chunk-HEYVPP3P.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-7FWYCGLW.js";
import "./chunk-WYG54N7Z.js";
import "./chunk-HWS5QLP2.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-QX32VKV3.js";
import "./chunk-J2WTEFWK.js";
import "./chunk-555N3RVI.js";
export {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
};
