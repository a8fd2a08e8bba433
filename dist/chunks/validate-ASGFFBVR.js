import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-Z3SFA7TS.js";
import "./chunk-C6B3ACI4.js";
import "./chunk-CESX3D4K.js";
import "./chunk-Q7IWIF6E.js";
import "./chunk-JECNHFAN.js";
import "./chunk-NQSF2C26.js";
import "./chunk-EL7WZ3M3.js";
import "./chunk-AYO5TBPP.js";
import "./chunk-NCW73MYC.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-RH4MJASA.js";
import "./chunk-4LHISBTU.js";
import "./chunk-HWS5QLP2.js";
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
