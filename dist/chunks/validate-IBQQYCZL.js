import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-TMD4IGBO.js";
import "./chunk-WJQOUGVH.js";
import "./chunk-4MTNLKD5.js";
import "./chunk-PCBA3YJG.js";
import "./chunk-F65S5MJJ.js";
import "./chunk-XN2Y3VAR.js";
import "./chunk-CII34UCV.js";
import "./chunk-XFG75S7H.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-YYLXFF2K.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-5AJHXVZB.js";
import "./chunk-3GZKXAT6.js";
import "./chunk-D3IZ2BTN.js";
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
