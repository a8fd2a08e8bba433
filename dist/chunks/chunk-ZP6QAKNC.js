import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  isRefObject
} from "./chunk-MLD5EQ7M.js";
import {
  OverSizeLimit,
  detectKind,
  formatOf,
  isContractKind,
  isContractName,
  isToolingName
} from "./chunk-76DSMZKO.js";
import {
  InputError
} from "./chunk-KNFEERHG.js";
import {
  pointerJoin
} from "./chunk-VH6BFWQB.js";

// src/core/source/readable.ts
var MAX_PER_FILE = 3;
function checkReadable(docs, paths, isContract = () => false) {
  const problems = [];
  const skipped = [];
  for (const file of paths) {
    if (!formatOf(file) || isToolingName(file) && !isContract(file)) continue;
    let data;
    try {
      data = docs.get(file).data;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      const diagnostic = {
        file: err.file ?? file,
        line: err.line,
        message: err.message,
        ...err instanceof OverSizeLimit ? { tooLarge: true } : {}
      };
      (isContractName(file) || isContract(file) ? problems : skipped).push(diagnostic);
      continue;
    }
    if (!isContractKind(detectKind(file, void 0, data)) && !isContract(file)) continue;
    let found = 0;
    for (const { pointer, ref } of refsIn(data)) {
      if (found >= MAX_PER_FILE) break;
      try {
        docs.deref({ file, pointer }, { $ref: ref });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        found++;
        problems.push({ file, line: docs.lineOf({ file, pointer }), message: err.message });
      }
    }
  }
  return { problems, skipped };
}
var INSTANCE_KEYWORDS = /* @__PURE__ */ new Set(["const", "enum", "default", "example"]);
function pointerOf(step) {
  const tokens = [];
  for (let s = step; s?.up; s = s.up) tokens.push(s.token);
  return pointerJoin("", ...tokens.reverse());
}
function* refsIn(root) {
  const stack = [{ node: root, up: void 0, token: "" }];
  while (stack.length) {
    const step = stack.pop();
    const node = step.node;
    if (node === null || typeof node !== "object") continue;
    const children = [];
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++)
        if (node[i] !== null && typeof node[i] === "object") children.push({ node: node[i], up: step, token: i });
    } else {
      if (isRefObject(node)) yield { pointer: pointerOf(step), ref: node.$ref };
      for (const key of Object.keys(node)) {
        const value = node[key];
        if (value === null || typeof value !== "object" || INSTANCE_KEYWORDS.has(key) || key === "examples" && Array.isArray(value))
          continue;
        children.push({ node: value, up: step, token: key });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

export {
  checkReadable,
  refsIn
};
