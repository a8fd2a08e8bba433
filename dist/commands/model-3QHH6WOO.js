import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  DEBT_NOTE,
  buildReport,
  ownChecklist,
  warningLine
} from "./chunk-TJDNXU4N.js";
import "./chunk-QGZXPBIK.js";
export {
  DEBT_NOTE,
  buildReport,
  ownChecklist,
  warningLine
};
