import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-POIGQ65F.js";
import "./chunk-HC7TB3ZC.js";
import "./chunk-JLIVZVEG.js";
import "./chunk-MGVJHRPE.js";
import "./chunk-Y2UOYMWQ.js";
import "./chunk-XYOYPQAH.js";
import "./chunk-F7NKRLTM.js";
import "./chunk-C4YVYMNW.js";
import "./chunk-6MOB6R67.js";
import "./chunk-7J6XK6GA.js";
import "./chunk-KQAW3BZV.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-YUGTIV6H.js";
import "./chunk-6MP5QYRI.js";
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
