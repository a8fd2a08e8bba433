import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-GXYTF2YB.js";
import "./chunk-DBBNBOIS.js";
import "./chunk-QDQIVWSM.js";
import "./chunk-GGDE2YIM.js";
import "./chunk-ROMXOH3M.js";
import "./chunk-K27TSCOM.js";
import "./chunk-JZZYHRKB.js";
import "./chunk-GTJZB3CK.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-Z44LHAZY.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-E4NKDHSI.js";
import "./chunk-62JA66AU.js";
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
