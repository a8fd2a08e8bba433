import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-UFOZHIHN.js";
import "./chunk-HBOS5KB4.js";
import "./chunk-7H6WTBZN.js";
import "./chunk-FJFN4HUO.js";
import "./chunk-AIWGHGQ4.js";
import "./chunk-4BIM53G3.js";
import "./chunk-CII34UCV.js";
import "./chunk-XFG75S7H.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-X3S2KJ6M.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-5AJHXVZB.js";
import "./chunk-3GZKXAT6.js";
import "./chunk-PI5I6IZD.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-YDWAXJTE.js";
import "./chunk-KQ2BKLCC.js";
import "./chunk-555N3RVI.js";
export {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
};
