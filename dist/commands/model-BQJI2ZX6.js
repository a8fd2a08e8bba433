import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  DEBT_NOTE,
  buildReport,
  ownChecklist,
  warningLine
} from "./chunk-3535DKFQ.js";
import "./chunk-P3237CUI.js";
export {
  DEBT_NOTE,
  buildReport,
  ownChecklist,
  warningLine
};
