import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-VMUSIP2Q.js";
import "./chunk-UUJQTKAN.js";
import "./chunk-IHMGZEBV.js";
import "./chunk-BQIGACCW.js";
import "./chunk-D666HZTR.js";
import "./chunk-XN2Y3VAR.js";
import "./chunk-WRZQYQPD.js";
import "./chunk-7SYHAZCQ.js";
import "./chunk-L4IPPWMU.js";
import "./chunk-4B3CBHIA.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-KSYY6HRR.js";
import "./chunk-X3S7DF6W.js";
import "./chunk-D3IZ2BTN.js";
import "./chunk-LQT5G54K.js";
import "./chunk-KNFEERHG.js";
import "./chunk-YDWAXJTE.js";
import "./chunk-KQ2BKLCC.js";
import "./chunk-555N3RVI.js";
export {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
};
