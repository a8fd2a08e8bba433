import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-S6Q2WJAS.js";
import "./chunk-263F56TG.js";
import "./chunk-5T5N2PLL.js";
import "./chunk-ABCQZ2VJ.js";
import "./chunk-JECNHFAN.js";
import "./chunk-THK6NKST.js";
import "./chunk-OZGQR5WG.js";
import "./chunk-JBXODHXH.js";
import "./chunk-2A6DASPC.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-YFUGQF65.js";
import "./chunk-UE4UTXKY.js";
import "./chunk-LCHUL3KC.js";
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
