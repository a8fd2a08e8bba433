import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  compareText,
  levelRank,
  maxLevel,
  pushTo
} from "./chunk-QGZXPBIK.js";

// src/core/report/model.ts
var DEBT_NOTE = " (already at the baseline)";
var warningLine = (v) => `${v.message} [${v.ruleId}]`;
function shownWarnings(report) {
  const warned = report.warned ?? [];
  const debt = new Set(warned.filter((v) => v.debt).map(warningLine));
  const found = new Map(warned.filter((v) => !v.debt).map((v) => [warningLine(v), v]));
  return report.warnings.filter((w) => !debt.has(w)).map((line) => ({ line, finding: found.get(line) }));
}
function currentShown(m, none) {
  return m.currentVersion ?? (m.release ? `${m.release.by} ${m.release.name} after merge` : none);
}
function buildReport(result, context = {}) {
  const byModule = /* @__PURE__ */ new Map();
  for (const c of result.changes) pushTo(byModule, c.module, c);
  const modules = [...byModule].map(([name, list]) => ({ name, level: maxLevel(list.map((c) => c.level)), changes: list.length })).sort((a, b) => levelRank(b.level) - levelRank(a.level) || compareText(a.name, b.name));
  const { warnings = [], ...where } = context;
  return {
    level: result.level,
    ...where,
    modules,
    changes: result.changes,
    errors: result.errors,
    warnings: [...warnings, ...result.warnings ?? []],
    ...result.semantic?.judged ? { semantic: result.semantic } : {}
  };
}
function ownChecklist(report) {
  const own = new Set(report.changes.filter((c) => c.level === "major" && !c.earlier).map((c) => c.module));
  return report.checklist?.filter((i) => !i.breaking || own.has(i.module ?? ""));
}

export {
  DEBT_NOTE,
  warningLine,
  shownWarnings,
  currentShown,
  buildReport,
  ownChecklist
};
