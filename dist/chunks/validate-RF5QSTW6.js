import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-5XCDTXEY.js";
import "./chunk-S7O5JUCF.js";
import "./chunk-LP7NECLS.js";
import "./chunk-ZU3STAHG.js";
import "./chunk-JECNHFAN.js";
import "./chunk-NCYYWI2P.js";
import "./chunk-OZGQR5WG.js";
import "./chunk-WUBRFZOS.js";
import "./chunk-DXNWCBWC.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-RXNY6EBB.js";
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
