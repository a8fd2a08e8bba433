import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-O2NYEH3D.js";
import "./chunk-NBZLEZDQ.js";
import "./chunk-Q3ELO6ZM.js";
import "./chunk-EZAZA7WG.js";
import "./chunk-POQRKQW2.js";
import "./chunk-AHBWN2CW.js";
import "./chunk-6IYSMFGT.js";
import "./chunk-OQDNOEKT.js";
import "./chunk-3OQYK7C6.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-XU7YHL5O.js";
import "./chunk-A2LYGQDP.js";
import "./chunk-ES2GKBTS.js";
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
