import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-75M5JGJI.js";
import "./chunk-W7TQQN6F.js";
import "./chunk-TXJPE6SP.js";
import "./chunk-QMMDIKEK.js";
import "./chunk-JECNHFAN.js";
import "./chunk-HPNCO7TW.js";
import "./chunk-Y4VU7TUX.js";
import "./chunk-LDLFLRCI.js";
import "./chunk-H74ZOCXV.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-4BGHF6HM.js";
import "./chunk-VPXEY4VO.js";
import "./chunk-KOOXSNH4.js";
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
