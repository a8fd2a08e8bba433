import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/model.ts
var counted = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var LEVELS = ["none", "patch", "minor", "major"];
var ROLES = ["request", "response", "event", "storage"];
var SCHEMA_CONTEXTS = [
  "request",
  "request-parameter",
  "response",
  "response-header",
  "event",
  // AsyncAPI messages in the direction the document gives them: the application sends them (its consumers read
  // them: writer side) or receives them (its producers write them: reader side)
  "event-sent",
  "event-received",
  "storage",
  // webhooks and callbacks: the API sends the request (writer side) and reads the receiver's response
  "webhook-request",
  "webhook-response"
];
function levelRank(level) {
  return LEVELS.indexOf(level);
}
function maxLevel(levels) {
  let best = "none";
  for (const l of levels) if (levelRank(l) > levelRank(best)) best = l;
  return best;
}
function diagnosticText(e) {
  const where = { baseline: "in the baseline only; the head is fine", head: "at the head", both: "in the baseline and at the head" };
  return e.side ? `${e.message} (${where[e.side]})` : e.message;
}
function pushTo(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function pointerJoin(pointer, ...tokens) {
  let out = pointer;
  for (const t of tokens) out += "/" + String(t).replace(/~/g, "~0").replace(/\//g, "~1");
  return out;
}
function pointerTokens(pointer) {
  if (pointer === "" || pointer === "#") return [];
  return pointer.replace(/^#/, "").slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function localRefTokens(ref) {
  if (!ref.startsWith("#")) return void 0;
  let fragment;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return void 0;
  }
  return fragment === "" || fragment.startsWith("/") ? pointerTokens(fragment) : void 0;
}
function refTarget(root, ref) {
  const tokens = localRefTokens(ref);
  if (!tokens) return void 0;
  let node = root;
  for (const t of tokens) {
    if (!node || typeof node !== "object") return void 0;
    node = node[t];
  }
  return node;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortChanges(changes) {
  return changes.sort(
    (a, b) => levelRank(b.level) - levelRank(a.level) || compareText(a.module, b.module) || compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.pointer, b.pointer) || compareText(a.ruleId, b.ruleId)
  );
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  counted,
  ROLES,
  SCHEMA_CONTEXTS,
  levelRank,
  maxLevel,
  diagnosticText,
  pushTo,
  escapeRegExp,
  pointerJoin,
  pointerTokens,
  localRefTokens,
  refTarget,
  compareText,
  sortChanges
};
