import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  codeSpan,
  oneLine
} from "./chunk-5BNPDLWZ.js";

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
  const text = (spaced ? spacedJson(v) : JSON.stringify(v)) ?? String(value);
  if (text.length <= MAX_SHOWN) return codeSpan(oneLine(text));
  return codeSpan(oneLine(abridged(v, spaced, MAX_SHOWN))) + " (abridged; the JSON report has it whole)";
}
var MAX_SHOWN = 300;
function abridged(value, spaced, room) {
  if (!value || typeof value !== "object") {
    const text = JSON.stringify(value) ?? "null";
    return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1))}\u2026`;
  }
  const list = Array.isArray(value);
  const entries = list ? value.map((v) => [void 0, v]) : Object.entries(value).filter(([, v]) => v !== void 0);
  const parts = [];
  let used = 2;
  for (const [k, v] of entries) {
    const head = k === void 0 ? "" : JSON.stringify(k) + (spaced ? ": " : ":");
    const left = room - used - head.length - 16;
    if (left < 4) break;
    const part = head + abridged(v, spaced, left);
    parts.push(part);
    used += part.length + 2;
  }
  if (parts.length < entries.length) parts.push(`\u2026 ${(entries.length - parts.length).toLocaleString("en-US")} more`);
  const inside = parts.join(spaced ? ", " : ",");
  return list ? `[${inside}]` : `{${inside}}`;
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
