import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-B5234RGE.js";
import "./chunk-27556JNZ.js";
import "./chunk-RTLQEXAD.js";
import "./chunk-F3GD4PTA.js";
import "./chunk-JECNHFAN.js";
import "./chunk-GQ7VAY4G.js";
import "./chunk-OZGQR5WG.js";
import "./chunk-JBXODHXH.js";
import "./chunk-MUNB2HV2.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-WEPO746P.js";
import "./chunk-UE4UTXKY.js";
import "./chunk-KJO4J3OU.js";
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
