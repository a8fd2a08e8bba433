import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-4CJMWEX4.js";
import "./chunk-W4GC6ZIL.js";
import "./chunk-UHJULIYE.js";
import "./chunk-TW6P6QMJ.js";
import "./chunk-Q3G4TDVQ.js";
import "./chunk-D5PA2EK2.js";
import "./chunk-VKMN7SP7.js";
import "./chunk-TRMGKUFU.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-GYJTSQ6C.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-3LA74YAC.js";
import "./chunk-J6FHMIKQ.js";
import "./chunk-B7N6XYZY.js";
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
