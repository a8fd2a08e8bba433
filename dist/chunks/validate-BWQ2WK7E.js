import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-VL6VJMHF.js";
import "./chunk-BXOCAYYJ.js";
import "./chunk-S3JAMEIV.js";
import "./chunk-XMKEXK2K.js";
import "./chunk-JECNHFAN.js";
import "./chunk-QZTUKB2S.js";
import "./chunk-B7FOSRAL.js";
import "./chunk-TT34GUL2.js";
import "./chunk-6FQUVJH7.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-MOCL5SDB.js";
import "./chunk-MNIRPHUW.js";
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
