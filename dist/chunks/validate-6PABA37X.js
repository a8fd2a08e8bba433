import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-U4HKVKK3.js";
import "./chunk-OWJM7XK2.js";
import "./chunk-UKARPXWB.js";
import "./chunk-4N5D4TWN.js";
import "./chunk-JECNHFAN.js";
import "./chunk-WYP4U5EI.js";
import "./chunk-OSAUNIAN.js";
import "./chunk-LDLFLRCI.js";
import "./chunk-TFGGMN3A.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-Y5NB4PQ6.js";
import "./chunk-SDUFXYTY.js";
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
