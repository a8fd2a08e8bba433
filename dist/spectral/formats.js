import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunks/chunk-WW7CEUGU.js";
import "./chunks/chunk-JPVFXIZM.js";
export default require_dist();
