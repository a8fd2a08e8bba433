import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  localRefTokens,
  pointerJoin,
  refTarget
} from "./chunk-VH6BFWQB.js";

// src/core/source/operations.ts
var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function reachedSchemas(doc, file = "", resolve) {
  const reached = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new WeakSet();
  const stack = [
    [doc.paths, file],
    [doc.webhooks, file]
  ];
  while (stack.length) {
    const [n, at] = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    const ref = n.$ref;
    const tokens = typeof ref === "string" ? localRefTokens(ref) : void 0;
    if (tokens && at === file) {
      if (tokens[0] === "components" && tokens[1] === "schemas" && tokens[2] !== void 0) reached.add(tokens[2]);
      else if (tokens[0] === "definitions" && tokens[1] !== void 0 && doc.swagger) reached.add(tokens[1]);
      stack.push([refTarget(doc, ref), at]);
    } else if (typeof ref === "string" && resolve) {
      const target = followed(resolve, at, ref);
      if (target) stack.push([target.node, target.file]);
    }
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === "object") stack.push([v, at]);
  }
  if (resolve) {
    const components = doc.swagger ? doc.definitions : isObj(doc.components) ? doc.components.schemas : void 0;
    for (const [name, node] of Object.entries(isObj(components) ? components : {})) {
      if (isObj(node) && seen.has(node)) reached.add(name);
      const ref = isObj(node) ? node.$ref : void 0;
      if (typeof ref !== "string" || localRefTokens(ref)) continue;
      const target = followed(resolve, file, ref);
      if (target && typeof target.node === "object" && target.node !== null && seen.has(target.node)) reached.add(name);
    }
  }
  return reached;
}
function followed(resolve, file, ref) {
  try {
    return resolve(file, ref);
  } catch {
    return void 0;
  }
}
function operations(doc, file, sections = ["paths"], deref = (item) => item, base = "") {
  const out = [];
  for (const section of sections) {
    const items = doc[section];
    if (!isObj(items)) continue;
    for (const [path, raw] of Object.entries(items)) {
      const item = deref({ loc: { file, pointer: pointerJoin(base, section, path) }, node: raw });
      const node = item.node;
      if (!isObj(node)) continue;
      for (const method of METHODS) {
        const op = node[method];
        if (isObj(op)) out.push({ section, path, method, node: op, item: { loc: item.loc, node } });
      }
    }
  }
  return out;
}

export {
  METHODS,
  reachedSchemas,
  operations
};
