import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-ON2FWE3O.js";
import "./chunk-NINSDRMK.js";
import "./chunk-AYVZEABC.js";
import "./chunk-5WUNKR2Q.js";
import "./chunk-EUN5HSWE.js";
import "./chunk-XN2Y3VAR.js";
import "./chunk-OPJWQ46M.js";
import "./chunk-LFCAAW23.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-NXGMHEAA.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-SLT3KH5W.js";
import "./chunk-GXH33NNP.js";
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
