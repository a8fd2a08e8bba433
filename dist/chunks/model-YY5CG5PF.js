import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  DEBT_NOTE,
  buildReport,
  warningLine
} from "./chunk-HDYLMNIM.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";
export {
  DEBT_NOTE,
  buildReport,
  warningLine
};
