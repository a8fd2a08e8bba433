import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-Z5OWNT67.js";
import "./chunk-AITGHZRJ.js";
import "./chunk-ZU4W2BQR.js";
import "./chunk-MUJGRQWW.js";
import "./chunk-JECNHFAN.js";
import "./chunk-UFQKLAVB.js";
import "./chunk-SQJJUXCQ.js";
import "./chunk-WUBRFZOS.js";
import "./chunk-RHZN7PIV.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-ENW525UT.js";
import "./chunk-QT5SWZTG.js";
import "./chunk-V4P2CRFV.js";
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
