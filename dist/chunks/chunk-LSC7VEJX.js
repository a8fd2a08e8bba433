import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  counted,
  maxLevel
} from "./chunk-VH6BFWQB.js";

// src/core/report/verdict.ts
function verdictOf(report) {
  if (report.hotfix?.authorised && (report.blocked || report.approval?.required)) return "hotfix";
  if (report.blocked) return "blocked";
  if (report.approval?.required) return report.approval.approved ? "approved" : "approval";
  return "pass";
}
var BLOCKED_BY = {
  "version-bump-missing": (v, r) => `needs a ${r.modules.find((m) => m.name === v.module)?.requiredBump ?? "bigger"} version bump`,
  "changeset-missing": (v, r) => `needs a changeset declaring a ${r.modules.find((m) => m.name === v.module)?.requiredBump ?? "bigger"} release`,
  "version-decreased": () => "its version went down",
  "invariant-removed": () => "removes a frozen invariant",
  "frozen-history-edited": () => "edits the frozen history",
  "contract-unreadable": () => "leaves a contract unreadable",
  "contract-too-large": () => "holds a contract too large to read"
};
function verdictExplains(ruleId) {
  return ruleId === "version-bump-missing" || ruleId === "changeset-missing" || ruleId === "version-decreased" || ruleId === "major-change";
}
function verdictLine(report) {
  const kind = verdictOf(report);
  const own = report.changes.filter((c) => !c.earlier);
  const breaking = own.filter((c) => c.level === "major").length;
  const level = maxLevel(own.map((c) => c.level));
  const earlier = report.changes.filter((c) => c.earlier && c.level === "major");
  const none = own.length < report.changes.length ? "no contract changes of its own" : "no contract changes";
  const what = (breaking ? counted(breaking, "breaking change") : level !== "none" ? `${level} change` : none) + (earlier.length ? ` (${counted(earlier.length, "breaking change")} already on ${earlier[0].earlier})` : "");
  if (kind === "hotfix") return `\u{1F6A8} emergency hotfix: ${what} (authorised by @${report.hotfix.by}; freeze right after merge)`;
  if (kind === "blocked") {
    const blocking = report.violations?.filter((v) => v.blocking) ?? [];
    const first = blocking[0];
    const why = first && BLOCKED_BY[first.ruleId] ? BLOCKED_BY[first.ruleId](first, report) : `${counted(blocking.length, "problem")} to fix`;
    const more = first && BLOCKED_BY[first.ruleId] && blocking.length > 1 ? ` (and ${counted(blocking.length - 1, "more problem")})` : "";
    return `\u26D4 blocked: ${why}${more}`;
  }
  if (kind === "approval") return `\u26A0\uFE0F needs Contract Council approval: ${what}`;
  if (kind === "approved")
    return `\u2705 approved by the Contract Council (${report.approval.approvedBy.map((u) => `@${u}`).join(", ")}): ${what}`;
  return `\u2705 passes: ${what}`;
}

export {
  verdictOf,
  verdictExplains,
  verdictLine
};
