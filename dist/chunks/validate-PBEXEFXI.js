import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-XVO3JJ2R.js";
import "./chunk-ODI5G6UZ.js";
import "./chunk-3IJ4MCQE.js";
import "./chunk-HF3NTCEJ.js";
import "./chunk-MGZA2GOV.js";
import "./chunk-GCZIQYNL.js";
import "./chunk-B2GCE275.js";
import "./chunk-637XUXWE.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-P2YCF7AD.js";
import "./chunk-3HFYFEJE.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-6C6ADC2W.js";
import "./chunk-JMHBEAMY.js";
import "./chunk-LQT5G54K.js";
import "./chunk-HDYLMNIM.js";
import "./chunk-RWA5WJV7.js";
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
