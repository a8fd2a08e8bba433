import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-O5EPATPR.js";
import "./chunk-O4J3HJSO.js";
import "./chunk-O4CEKFKG.js";
import "./chunk-MW72DEFG.js";
import "./chunk-UUBWF4OH.js";
import "./chunk-CNAD3NXN.js";
import "./chunk-4QXT425W.js";
import "./chunk-TT34GUL2.js";
import "./chunk-23VTLI5K.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-TSRUSWNE.js";
import "./chunk-GON34J5M.js";
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
