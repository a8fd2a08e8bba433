import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  findRule
} from "./chunk-5BNPDLWZ.js";

// src/core/rules/doc.ts
var RULES_DOC_URL = "https://github.com/contract-guard/contract-guard/blob/main/docs/rules.md";
function ruleAnchor(id) {
  return findRule(id)?.rule.id ?? id;
}
function ruleDocLink(id) {
  return `${RULES_DOC_URL}#${ruleAnchor(id)}`;
}

export {
  ruleDocLink
};
