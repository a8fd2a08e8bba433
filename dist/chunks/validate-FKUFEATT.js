import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-4NF5ATZ6.js";
import "./chunk-QVRVUCRP.js";
import "./chunk-4PAWONFO.js";
import "./chunk-3E2ZZLCR.js";
import "./chunk-MZBWJKQH.js";
import "./chunk-VHPHYPYN.js";
import "./chunk-F7NKRLTM.js";
import "./chunk-ORPGYR3H.js";
import "./chunk-6MOB6R67.js";
import "./chunk-2AYLUWJZ.js";
import "./chunk-3ZMRC5NV.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-THDZZ3T5.js";
import "./chunk-6MP5QYRI.js";
import "./chunk-LQT5G54K.js";
import "./chunk-HDYLMNIM.js";
import "./chunk-YZIWUGP3.js";
import "./chunk-EJD6VRSD.js";
import "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";
export {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
};
