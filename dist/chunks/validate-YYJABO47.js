import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-4VRL66W2.js";
import "./chunk-4PSIIZQR.js";
import "./chunk-MFGPFC5D.js";
import "./chunk-Y4DBKF2S.js";
import "./chunk-4ST2F6L3.js";
import "./chunk-SQ65EXLN.js";
import "./chunk-FOXPBDMX.js";
import "./chunk-LHXKEQSG.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-MKIE2PL5.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-XPK5OVJS.js";
import "./chunk-T7MZNUJY.js";
import "./chunk-AFMR3WJJ.js";
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
