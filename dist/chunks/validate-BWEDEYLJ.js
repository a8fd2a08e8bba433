import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-2X6QVY5S.js";
import "./chunk-ULSXFESG.js";
import "./chunk-ZBAYDADU.js";
import "./chunk-DO3EMXAV.js";
import "./chunk-SEVLB7YV.js";
import "./chunk-K27TSCOM.js";
import "./chunk-LEHXLIO2.js";
import "./chunk-K3GSKFVT.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-HPCXGHET.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-74BZ3PO7.js";
import "./chunk-5AEGCB2S.js";
import "./chunk-IUVMWN2X.js";
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
