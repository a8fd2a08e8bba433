import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  require_dist2 as require_dist
} from "./chunks/chunk-QTGDW5ZM.js";
import "./chunks/chunk-PBWKNY5W.js";
import "./chunks/chunk-IS46SRDE.js";
import "./chunks/chunk-JPVFXIZM.js";
export default require_dist();
