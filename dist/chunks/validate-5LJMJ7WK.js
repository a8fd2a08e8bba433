import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-IJ45OWUB.js";
import "./chunk-XFN535EG.js";
import "./chunk-QBSUC4EW.js";
import "./chunk-3C7UOOLF.js";
import "./chunk-OM7KXDG7.js";
import "./chunk-7PBI6OXU.js";
import "./chunk-CUSYOUHO.js";
import "./chunk-HGP7XPYD.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-6COSFAGJ.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-R7J7RLKI.js";
import "./chunk-4XFX76A6.js";
import "./chunk-HHDQCXPA.js";
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
