import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-DM4AS6HI.js";
import "./chunk-RA7F7ONP.js";
import "./chunk-7XDTGPH5.js";
import "./chunk-3CRY2MIC.js";
import "./chunk-JECNHFAN.js";
import "./chunk-IVBTKLAX.js";
import "./chunk-OSAUNIAN.js";
import "./chunk-LDLFLRCI.js";
import "./chunk-H4VDPOKZ.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-NIEDNX62.js";
import "./chunk-SDUFXYTY.js";
import "./chunk-UV2XJ52H.js";
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
