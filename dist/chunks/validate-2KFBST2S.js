import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-VGZFLCGK.js";
import "./chunk-IP6VE3F4.js";
import "./chunk-QUEZCDDN.js";
import "./chunk-D5TFGOC2.js";
import "./chunk-MGWQQYBX.js";
import "./chunk-GCZIQYNL.js";
import "./chunk-OZDI5TPU.js";
import "./chunk-637XUXWE.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-NCNAJISI.js";
import "./chunk-3HFYFEJE.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-6C6ADC2W.js";
import "./chunk-EMI23MWX.js";
import "./chunk-LQT5G54K.js";
import "./chunk-HDYLMNIM.js";
import "./chunk-DH5AEKAR.js";
import "./chunk-QDTYSWWQ.js";
import "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";
export {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
};
