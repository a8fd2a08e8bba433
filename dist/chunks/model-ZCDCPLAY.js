import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  DEBT_NOTE,
  buildReport,
  warningLine
} from "./chunk-YDWAXJTE.js";
import "./chunk-KQ2BKLCC.js";
import "./chunk-555N3RVI.js";
export {
  DEBT_NOTE,
  buildReport,
  warningLine
};
