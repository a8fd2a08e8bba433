import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  DEBT_NOTE,
  buildReport,
  currentShown,
  ownChecklist,
  shownWarnings,
  warningLine
} from "./chunk-Y6SHEXDG.js";
import "./chunk-QGZXPBIK.js";
export {
  DEBT_NOTE,
  buildReport,
  currentShown,
  ownChecklist,
  shownWarnings,
  warningLine
};
