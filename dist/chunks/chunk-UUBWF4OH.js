import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);

// src/core/report/change-text.ts
function changeText(change) {
  return change.message + routes(change) + semanticNote(change);
}
function routes(change) {
  const via = change.via;
  if (!via) return "";
  const first = via.first && !via.named ? ` (via ${via.first})` : "";
  const { others } = via;
  const list = others.length > 2 ? `${others.slice(0, 2).join(", ")} and ${others.length - 2} more` : others.join(" and ");
  return first + (others.length ? ` (also via ${list})` : "");
}
function semanticNote(change) {
  const s = change.semantic;
  if (!s) return "";
  if (s.verdict === "compatible") return " \u2014 proven compatible (no valid value breaks)";
  const example = s.witness === void 0 ? "" : showValue(s.witness);
  const broke = s.side === "writer" ? `${example} may now be sent and old readers reject it` : `${example} was accepted and is now rejected`;
  if (s.verdict === "policy") return example ? ` \u2014 level from policy (set inclusion: ${broke})` : " \u2014 level from policy";
  return example ? ` \u2014 e.g. ${broke}` : "";
}
function showValue(value, { spaced = false } = {}) {
  const v = shortenStrings(value);
  return "`" + ((spaced ? spacedJson(v) : JSON.stringify(v)) ?? String(value)) + "`";
}
function spacedJson(value) {
  if (Array.isArray(value)) return `[${value.map((v) => spacedJson(v) ?? "null").join(", ")}]`;
  if (value && typeof value === "object")
    return `{${Object.entries(value).filter(([, v]) => v !== void 0).map(([k, v]) => `${JSON.stringify(k)}: ${spacedJson(v)}`).join(", ")}}`;
  return JSON.stringify(value);
}
var LONG = 40;
function shortenStrings(value) {
  if (typeof value === "string") return value.length > LONG ? `${value.slice(0, 24)}\u2026${value.slice(-12)}` : value;
  if (Array.isArray(value)) return value.map(shortenStrings);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortenStrings(v)]));
  return value;
}

export {
  changeText,
  showValue
};
