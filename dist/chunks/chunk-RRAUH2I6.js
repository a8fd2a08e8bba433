import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  package_default
} from "./chunk-H7PA7AWM.js";
import {
  renderGithub,
  renderMarkdown,
  reportJson
} from "./chunk-AZ2DVI3S.js";
import {
  verdictLine
} from "./chunk-LSC7VEJX.js";
import {
  changeText
} from "./chunk-HT7574KT.js";
import {
  POLICY_RULES,
  getPolicyRule
} from "./chunk-WFBQG7YW.js";
import {
  RULES,
  findRule,
  oneLine
} from "./chunk-5BNPDLWZ.js";
import {
  DEBT_NOTE,
  warningLine
} from "./chunk-HDYLMNIM.js";
import {
  UsageError
} from "./chunk-KNFEERHG.js";
import {
  diagnosticText
} from "./chunk-VH6BFWQB.js";

// src/cli/output.ts
import { styleText } from "node:util";

// src/core/report/sarif.ts
var CHANGE_LEVEL = { major: "error", minor: "warning", patch: "note", none: "none" };
function renderSarif(report, version) {
  const results = [
    ...(report.violations ?? []).map((v) => ({
      ruleId: v.ruleId,
      level: v.blocking ? "error" : "warning",
      message: { text: `${v.message}. Fix: ${v.fix}` },
      locations: [location(v.file, v.line)]
    })),
    ...report.changes.map((c) => ({
      ruleId: c.ruleId,
      level: CHANGE_LEVEL[c.level],
      message: { text: `${changeText(c)}. ${c.hint}` },
      locations: [location(c.file, c.line)],
      // the same change on another run is the same alert in code scanning
      partialFingerprints: { contractGuard: `${c.ruleId}|${c.file}|${c.pointer}` }
    }))
  ];
  const used = new Set(results.map((r) => r.ruleId));
  const rules = [
    ...RULES.flatMap((r) => [...used].filter((id) => findRule(id)?.rule.id === r.id).map((id) => ({ id, text: r.summary, help: r.hint }))),
    ...POLICY_RULES.filter((r) => used.has(r.id)).map((r) => ({ id: r.id, text: r.summary, help: getPolicyRule(r.id).fix }))
  ];
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "contract-guard",
            version,
            rules: rules.map((r) => ({ id: r.id, shortDescription: { text: r.text }, help: { text: r.help } }))
          }
        },
        results
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
function location(file, line) {
  return { physicalLocation: { artifactLocation: { uri: file }, ...line ? { region: { startLine: line } } : {} } };
}

// src/core/report/text.ts
var plain = (_style, text) => text;
var LEVEL_STYLE = { major: "red", minor: "yellow", patch: "cyan", none: "gray" };
function renderText(report, paint2 = plain) {
  const lines = [];
  const lvl = (l) => paint2(LEVEL_STYLE[l], l.toUpperCase().padEnd(5));
  const count = report.changes.length;
  const changed = [...new Set(report.changes.map((c) => c.module))];
  const perLevel = ["major", "minor", "patch", "none"].map((l) => [l, report.changes.filter((c) => c.level === l).length]).filter(([, n]) => n).map(([l, n]) => `${n} ${l}`).join(" \xB7 ");
  const summary = count ? `${perLevel} in ${changed.length} unit${changed.length === 1 ? "" : "s"}` : "no contract changes";
  lines.push(`${paint2("bold", "contract-guard")}  ${lvl(report.level)}  ${summary}`);
  if (report.violations) lines.push(paint2(report.blocked ? "red" : report.approval?.required ? "yellow" : "green", verdictLine(report)));
  if (report.baseline || report.head) lines.push(paint2("gray", `baseline: ${report.baseline ?? "?"}   head: ${report.head ?? "?"}`));
  const debt = (report.warned ?? []).filter((v) => v.debt);
  const debtLines = new Set(debt.map(warningLine));
  for (const w of report.warnings.filter((x) => !debtLines.has(x))) lines.push(paint2("yellow", `warning: ${w}`));
  const versioned = report.modules.filter((m) => m.requiredBump !== void 0);
  if (versioned.length) {
    lines.push("", paint2("bold", "units") + paint2("gray", "  (frozen \u2192 current, bump needed)"));
    for (const m of versioned) {
      const inherits = m.inherits?.length ? paint2("gray", `  inherits ${m.inherits.join(", ")}`) : "";
      lines.push(
        `  ${m.name.padEnd(16)} ${lvl(m.level)}  ${m.frozenVersion ?? "none"} \u2192 ${m.currentVersion ?? "none"}, needs ${m.requiredBump}${inherits}`
      );
    }
  }
  const section = (title, style, list) => {
    if (!list.length) return;
    lines.push("", paint2(style, title));
    for (const v of list) {
      lines.push(`  ${paint2(style, "\u25CF")} ${v.message}  ${paint2("gray", `[${v.ruleId}]`)}`);
      lines.push(`    ${paint2("gray", "fix:")} ${v.fix}${v.line ? paint2("gray", `  (${oneLine(v.file)}:${v.line})`) : ""}`);
    }
  };
  section("blocking", "red", report.violations?.filter((v) => v.blocking) ?? []);
  section("needs Contract Council approval", "yellow", report.violations?.filter((v) => v.approvable) ?? []);
  if (report.checklist?.length) {
    lines.push("", paint2("bold", "migration checklist"));
    for (const item of report.checklist) lines.push(`  [${item.done ? paint2("green", "x") : " "}] ${item.text}`);
  }
  if (report.changes.length && report.violations) lines.push("", paint2("bold", "changes"));
  for (const level of ["major", "minor", "patch", "none"]) {
    for (const name of [...changed].sort()) {
      const list = report.changes.filter((x) => x.level === level && x.module === name);
      if (!list.length) continue;
      lines.push("", `${lvl(level)}  ${paint2("bold", name)}  (${list.length})`);
      for (const c of list) {
        const where = oneLine(`${c.file}${c.line ? `:${c.line}` : ""}`);
        lines.push(`  ${changeText(c)}  ${paint2("gray", `[${c.ruleId}]`)}`);
        lines.push(`    ${paint2("gray", where)}`);
        if (c.level === "major" || c.level === "minor") lines.push(`    ${paint2("gray", "\u2192")} ${c.hint}`);
      }
    }
  }
  if (debt.length) {
    lines.push("", paint2("gray", `already on the base branch (debt, not blocking): ${debt.length}`));
    for (const v of debt)
      lines.push(paint2("gray", `  ${v.message.endsWith(DEBT_NOTE) ? v.message.slice(0, -DEBT_NOTE.length) : v.message}  [${v.ruleId}]`));
  }
  return lines.join("\n") + "\n";
}

// src/cli/output.ts
var FORMATS = ["text", "json", "markdown", "sarif", "github"];
function parseFormat(value) {
  const format = value ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(", ")}, not '${format}'`);
  return format;
}
var paint = (style, text) => styleText(style, text);
function render(report, format, stream = process.stdout) {
  if (format === "json") return reportJson(report) + "\n";
  if (format === "markdown") return renderMarkdown(report);
  if (format === "sarif") return renderSarif(report, package_default.version);
  if (format === "github") return renderGithub(report);
  const color = stream.isTTY && !process.env.NO_COLOR;
  return renderText(report, color ? paint : plain);
}
function printErrors(report) {
  for (const e of report.errors)
    process.stderr.write(`contract-guard: error: ${e.file}${e.line ? `:${e.line}` : ""}: ${diagnosticText(e)}
`);
}

export {
  parseFormat,
  render,
  printErrors
};
