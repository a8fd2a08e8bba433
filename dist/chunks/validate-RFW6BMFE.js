import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-PZU74C2H.js";
import "./chunk-BMACUJUU.js";
import "./chunk-NWYXHTVX.js";
import "./chunk-SA4NET2W.js";
import "./chunk-EBVWRO2Y.js";
import "./chunk-D5PA2EK2.js";
import "./chunk-LEHXLIO2.js";
import "./chunk-K3GSKFVT.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-OI7REGQQ.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-74BZ3PO7.js";
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
