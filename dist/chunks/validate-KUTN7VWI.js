import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  VALIDATE_HELP,
  printValidation,
  treeProblems,
  validateCommand
} from "./chunk-HO7EQG54.js";
import "./chunk-JU6UVCWX.js";
import "./chunk-KTOUUOQ4.js";
import "./chunk-TWQZ6YIZ.js";
import "./chunk-JECNHFAN.js";
import "./chunk-AHBWN2CW.js";
import "./chunk-6IYSMFGT.js";
import "./chunk-OQDNOEKT.js";
import "./chunk-7MU7XL7E.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-XU7YHL5O.js";
import "./chunk-A2LYGQDP.js";
import "./chunk-R5ESQ55B.js";
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
