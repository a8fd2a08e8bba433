import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-VQIZVALC.js";
import "./chunk-MUXH7SK4.js";
import "./chunk-CMLDDUE2.js";
import "./chunk-GJTWSZ7J.js";
import "./chunk-TOOHKVWF.js";
import "./chunk-7PBI6OXU.js";
import "./chunk-75UMGCLJ.js";
import "./chunk-W6BNUIDR.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-YHI67MBL.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-JZCXPSOH.js";
import "./chunk-QD6E6K5K.js";
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
