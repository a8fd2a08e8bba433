import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-EKOJOY5Z.js";
import "./chunk-MH3NATVE.js";
import "./chunk-RL5AD2JB.js";
import "./chunk-6DRQYBNM.js";
import "./chunk-5QXT3QZ3.js";
import "./chunk-LGMWI2QJ.js";
import "./chunk-B2GCE275.js";
import "./chunk-HSNHSBPL.js";
import "./chunk-6MOB6R67.js";
import "./chunk-XJ2FQVN5.js";
import "./chunk-JXBDHPP4.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-6E7RZYHX.js";
import "./chunk-JMHBEAMY.js";
import "./chunk-LQT5G54K.js";
import "./chunk-HDYLMNIM.js";
import "./chunk-CD2K4ERB.js";
import "./chunk-TVI2YT4R.js";
import "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";
export {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
};
