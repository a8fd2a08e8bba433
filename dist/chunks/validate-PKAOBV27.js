import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-BXSUBIRM.js";
import "./chunk-Z44J4Y7G.js";
import "./chunk-OKONU3WA.js";
import "./chunk-BOHJHLG2.js";
import "./chunk-JECNHFAN.js";
import "./chunk-THFC2WE6.js";
import "./chunk-EL7WZ3M3.js";
import "./chunk-LDLFLRCI.js";
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
