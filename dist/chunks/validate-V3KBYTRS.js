import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-6LUVQOH5.js";
import "./chunk-QO7Y5NKW.js";
import "./chunk-6LABRLKY.js";
import "./chunk-DLE3QSWK.js";
import "./chunk-HSAUKEPP.js";
import "./chunk-X4MK6U6B.js";
import "./chunk-75UMGCLJ.js";
import "./chunk-W6BNUIDR.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-VP5FNDRO.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-JZCXPSOH.js";
import "./chunk-QD6E6K5K.js";
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
