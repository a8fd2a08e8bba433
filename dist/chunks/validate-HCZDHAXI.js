import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-LFHK62WQ.js";
import "./chunk-FGAETCI5.js";
import "./chunk-NWYXHTVX.js";
import "./chunk-BON6M6H3.js";
import "./chunk-EBVWRO2Y.js";
import "./chunk-D5PA2EK2.js";
import "./chunk-3ISOAVQP.js";
import "./chunk-K3GSKFVT.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-ST2XINQS.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-WJRXC2QK.js";
import "./chunk-5AEGCB2S.js";
import "./chunk-B7N6XYZY.js";
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
