import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-2PO5PCZE.js";
import "./chunk-VRMZUY43.js";
import "./chunk-3BCODILE.js";
import "./chunk-C6PPSRP7.js";
import "./chunk-4UHAHB7T.js";
import "./chunk-XYOYPQAH.js";
import "./chunk-B2GCE275.js";
import "./chunk-C4YVYMNW.js";
import "./chunk-6MOB6R67.js";
import "./chunk-LEJ444AW.js";
import "./chunk-KQAW3BZV.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-YUGTIV6H.js";
import "./chunk-JMHBEAMY.js";
import "./chunk-LQT5G54K.js";
import "./chunk-HDYLMNIM.js";
import "./chunk-CCRASRKH.js";
import "./chunk-MN2S6Y2W.js";
import "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";
export {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
};
