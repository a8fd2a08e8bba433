import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-E3DAW6PN.js";
import "./chunk-PEZ2IA7H.js";
import "./chunk-ZGU5EIE4.js";
import "./chunk-6Q5LBZCS.js";
import "./chunk-64OC2Z4B.js";
import "./chunk-SQ65EXLN.js";
import "./chunk-KMLPU75G.js";
import "./chunk-D67RSZYI.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-B3NOFYIV.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-5AQAEBI2.js";
import "./chunk-W2ONGEZ5.js";
import "./chunk-AFMR3WJJ.js";
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
