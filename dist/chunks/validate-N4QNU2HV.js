import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-SROJQOZC.js";
import "./chunk-NAYO4KPK.js";
import "./chunk-FUNKEKOH.js";
import "./chunk-DYQW52N4.js";
import "./chunk-JECNHFAN.js";
import "./chunk-GQ7VAY4G.js";
import "./chunk-OZGQR5WG.js";
import "./chunk-JBXODHXH.js";
import "./chunk-BHY5UCRG.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-WEPO746P.js";
import "./chunk-UE4UTXKY.js";
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
