import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-IKUTWEEZ.js";
import "./chunk-BW327JUP.js";
import "./chunk-W73MNNWK.js";
import "./chunk-HWXWOO6D.js";
import "./chunk-OMAKCCIO.js";
import "./chunk-X4MK6U6B.js";
import "./chunk-E2FGX6MC.js";
import "./chunk-T24NKUHP.js";
import "./chunk-OQDNOEKT.js";
import "./chunk-U5BUGUSZ.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-5Q77ZSCV.js";
import "./chunk-PILQS6XS.js";
import "./chunk-TRIAPXTG.js";
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
