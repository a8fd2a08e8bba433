import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);

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
function isRole(value) {
  return typeof value === "string" && ROLES.includes(value);
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
  counted,
  LEVELS,
  ROLES,
  SCHEMA_CONTEXTS,
  levelRank,
  maxLevel,
  isRole,
  diagnosticText,
  pushTo,
  pointerJoin,
  pointerTokens,
  localRefTokens,
  refTarget,
  compareText,
  sortChanges
};
