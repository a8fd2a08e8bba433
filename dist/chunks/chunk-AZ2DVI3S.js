import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  verdictExplains,
  verdictLine
} from "./chunk-LSC7VEJX.js";
import {
  changeText,
  showValue
} from "./chunk-HT7574KT.js";
import {
  ruleDocLink
} from "./chunk-LX5R2PVH.js";
import {
  codeSpan,
  findRule,
  oneLine
} from "./chunk-5BNPDLWZ.js";
import {
  DEBT_NOTE,
  warningLine
} from "./chunk-HDYLMNIM.js";
import {
  diagnosticText
} from "./chunk-VH6BFWQB.js";

// src/core/report/github.ts
var CHANGE_COMMAND = { major: "error", minor: "warning", patch: "notice" };
var ANNOTATIONS_PER_KIND = 10;
function renderGithub(report) {
  const wanted = [];
  const add = (kind, line) => wanted.push({ kind, line });
  for (const v of (report.violations ?? []).filter((x) => x.blocking))
    add("error", command("error", v.file, v.line, v.ruleId, `${v.message}. Fix: ${v.fix}`));
  for (const e of report.errors) add("error", command("error", e.file, e.line, "unreadable contract", diagnosticText(e)));
  for (const v of (report.violations ?? []).filter((x) => !x.blocking))
    add("warning", command("warning", v.file, v.line, v.ruleId, `${v.message}. Fix: ${v.fix}`));
  for (const c of report.changes) {
    const cmd = CHANGE_COMMAND[c.level];
    if (cmd) add(cmd, command(cmd, c.file, c.line, `${c.level} change: ${c.ruleId}`, `${changeText(c)}
${c.hint}`));
  }
  const { shown, rest } = withinStepLimits(wanted, (w) => w.kind);
  const lines = shown.map((w) => w.line);
  if (rest)
    lines.push(
      `::notice title=contract-guard::${escapeData(`${rest} more than GitHub shows in one step: run \`contract-guard check\` (or --format json) for the full report`)}`
    );
  lines.push(`contract-guard ${report.violations ? verdictLine(report) : `${report.level} contract change`}`);
  return lines.join("\n") + "\n";
}
function withinStepLimits(items, kindOf) {
  const count = { error: 0, warning: 0, notice: 0 };
  const dropped = { error: 0, warning: 0, notice: 0 };
  const shown = [];
  for (const item of items) {
    const kind = kindOf(item);
    if (count[kind] < ANNOTATIONS_PER_KIND - (kind === "notice" ? 1 : 0)) {
      shown.push(item);
      count[kind]++;
    } else dropped[kind]++;
  }
  const rest = Object.entries(dropped).filter(([, n]) => n).map(([k, n]) => `${n} ${k}${n === 1 ? "" : "s"}`).join(", ");
  return { shown, rest };
}
function command(kind, file, line, title, message) {
  const props = [`file=${escapeProperty(file)}`, ...line ? [`line=${line}`] : [], `title=${escapeProperty(title)}`];
  return `::${kind} ${props.join(",")}::${escapeData(message)}`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/core/report/json.ts
function publicChange(c) {
  return {
    ruleId: c.ruleId,
    level: c.level,
    module: c.module,
    file: c.file,
    pointer: c.pointer,
    ...c.line !== void 0 ? { line: c.line, column: c.column } : {},
    message: changeText(c),
    hint: c.hint,
    ...c.via?.first ? { via: [c.via.first, ...c.via.others] } : {},
    ...c.semantic ? { semantic: c.semantic } : {}
  };
}
function publicReport(report) {
  return { ...report, changes: report.changes.map(publicChange) };
}
function reportJson(report) {
  return JSON.stringify(publicReport(report), null, 2);
}

// src/core/report/drafts.ts
function githubDraftLinks(repoUrl, branch) {
  const base = repoUrl.replace(/\/$/, "");
  const ref = branch.split("/").map(encodeURIComponent).join("/");
  return {
    newFile: (path, text) => `${base}/new/${ref}?filename=${encodeURIComponent(path)}${text.length <= 4e3 ? `&value=${encodeURIComponent(text)}` : ""}`,
    editFile: (path) => `${base}/edit/${ref}/${path.split("/").map(encodeURIComponent).join("/")}`
  };
}
function draftLink(p, links) {
  if (!links) return "";
  if (p.after === void 0)
    return `<a href="${attr(links.newFile(p.path, p.text))}">Create <code>${html(p.path)}</code> from this draft</a>`;
  const where = p.after === 0 ? "at the top" : `after line ${p.after}`;
  return `<a href="${attr(links.editFile(p.path))}">Edit <code>${html(p.path)}</code></a> and paste it ${where}`;
}
function draftDetails(p, links) {
  const link = draftLink(p, links);
  return [
    `<details><summary>\u{1F4DD} Draft for <code>${html(p.path)}</code>${link ? ` \xB7 ${link}` : ""}</summary>`,
    "",
    fenced(p.text, "markdown"),
    "",
    "</details>"
  ].join("\n");
}
function fenced(text, lang = "") {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}
${text.replace(/\n$/, "")}
${fence}`;
}
var html = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
var attr = (s) => html(s).replace(/"/g, "&quot;");

// src/core/report/markdown.ts
var MAX_MARKDOWN = 6e4;
var ICON = { major: "\u{1F534}", minor: "\u{1F7E1}", patch: "\u{1F535}", none: "\u26AA" };
function renderMarkdown(report, options = {}) {
  const { limit = MAX_MARKDOWN, links } = options;
  const top = [];
  const verdict = report.violations ? verdictLine(report) : `: ${ICON[report.level]} ${report.changes.length ? `**${report.level}** contract change` : "no contract changes"}`;
  top.push(`### contract-guard${report.violations ? " " : ""}${verdict}`, "");
  const context = [report.baseline && `baseline: ${report.baseline}`, report.head && `head: ${report.head}`].filter(Boolean);
  if (context.length) top.push(`<sub>${escape(context.join(" \xB7 "))}</sub>`, "");
  const h = report.hotfix;
  if (h?.authorised)
    top.push(
      `> \u{1F6A8} **Emergency hotfix** authorised by @${h.by} (label \`${h.label}\`): this check passes although the problems below stand. Freeze the contracts right after merge, and fix forward.`,
      ""
    );
  else if (h?.rebased)
    top.push(
      `> \u26A0\uFE0F The label \`${h.label}\` was added by @${h.by} before this pull request's base branch was changed: it let the head into the branch it targeted then, not this one. A Contract Council member must add it again (remove it and add it) for this base.`,
      ""
    );
  else if (h?.stale)
    top.push(
      `> \u26A0\uFE0F The label \`${h.label}\` was added by @${h.by} before the latest push: it let through what was pushed then, not the commits since. A Contract Council member must add it again (remove it and add it) for this head.`,
      ""
    );
  else if (h)
    top.push(
      `> \u26A0\uFE0F The label \`${h.label}\` was added by @${h.by}, who is not on the Contract Council: it has no effect. A Contract Council member must add it (remove it and ask one).`,
      ""
    );
  const approved = report.approval?.approved && report.approval.approvedBy?.length;
  const breaking = report.changes.filter((c) => c.level === "major");
  if (breaking.length) {
    const title = approved ? `**Breaking changes** approved by ${report.approval.approvedBy.map((u) => `@${u}`).join(", ")}` : "**Breaking changes**";
    top.push(title, "", "| where | what changed | who breaks |", "|---|---|---|");
    for (const c of varied(breaking).slice(0, MAX_BREAKING_ROWS)) top.push(breakingRow(c));
    if (breaking.length > MAX_BREAKING_ROWS)
      top.push(
        "",
        `\u2026 and ${breaking.length - MAX_BREAKING_ROWS} more breaking changes: each is annotated on its line in the check run, and all are in the JSON report.`
      );
    top.push("");
  }
  const blocking = report.violations?.filter((v) => v.blocking) ?? [];
  const pending = approved ? [] : report.violations?.filter((v) => v.approvable) ?? [];
  const next = blocking[0] ?? pending.find((v) => v.ruleId === "major-change") ?? pending[0];
  if (next) {
    const where = placeOf(next.file, next.line);
    const more2 = blocking.length + pending.length - 1;
    top.push(
      `**To do:** ${verdictExplains(next.ruleId) ? "" : `${escape(next.message)}. `}${escape(next.fix)} <sub>${where}${next.suggestion ? ": a suggested change is on that line" : ""} \xB7 ${ruleLink(next.ruleId)}${more2 > 0 ? ` \xB7 ${more2} more below` : ""}</sub>`,
      ""
    );
  }
  if (report.errors.length) {
    top.push("**Files that could not be analysed:**", "");
    for (const e of report.errors.slice(0, 20)) top.push(`- ${placeOf(e.file, e.line)}: ${escape(diagnosticText(e))}`);
    if (report.errors.length > 20) top.push(`- \u2026 and ${report.errors.length - 20} more (see the JSON report)`);
    top.push("");
  }
  const rest = [];
  const debt = (report.warned ?? []).filter((v) => v.debt);
  const debtLines = new Set(debt.map(warningLine));
  const warnings = report.warnings.filter((w) => !debtLines.has(w));
  for (const w of warnings.slice(0, 20)) rest.push(`> \u26A0\uFE0F ${escape(w)}`, "");
  if (warnings.length > 20) rest.push(`> \u26A0\uFE0F \u2026 and ${warnings.length - 20} more warnings (see the JSON report)`, "");
  const list = (title, icon, items) => {
    if (!items.length) return;
    rest.push(`**${title}**`, "");
    for (const v of items)
      rest.push(`- ${icon} ${escape(v.message)}. **Fix:** ${escape(v.fix)} <sub>${ruleLink(v.ruleId)} \xB7 ${placeOf(v.file, v.line)}</sub>`);
    rest.push("");
  };
  list(
    "Blocking",
    "\u26D4",
    blocking.filter((v) => v !== next)
  );
  list(
    "Needs Contract Council approval",
    "\u26A0\uFE0F",
    pending.filter((v) => v !== next)
  );
  if (report.modules.some((m) => m.requiredBump !== void 0)) {
    rest.push("| unit | level | frozen | current | required bump |", "|---|---|---|---|---|");
    for (const m of report.modules.filter((x) => x.requiredBump !== void 0))
      rest.push(
        `| ${m.name}${m.inherits?.length ? ` (inherits ${m.inherits.map((f) => `\`${f}\``).join(", ")})` : ""} | ${ICON[m.level]} ${m.level} | ${m.frozenVersion ?? "\u2013"} | ${m.currentVersion ?? "\u2013"} | ${m.requiredBump} |`
      );
    rest.push("");
  }
  for (const d of report.drafts ?? []) rest.push(draftDetails(d.proposal, links), "");
  const asked = new Set([...blocking, ...pending, ...report.warned ?? []].map((v) => `${v.ruleId}|${v.module ?? ""}`));
  const checklist = (report.checklist ?? []).filter((i) => i.done || !i.ruleId || !asked.has(`${i.ruleId}|${i.module ?? ""}`));
  if (checklist.length) {
    rest.push("**Migration checklist**", "");
    for (const item of checklist) rest.push(`- [${item.done ? "x" : " "}] ${escape(item.text)}`);
    rest.push("");
  }
  if (debt.length) {
    rest.push(`**${debt.length} problem${debt.length === 1 ? "" : "s"} already on the base branch** (debt: reported, not blocking)`, "");
    for (const v of debt.slice(0, 50))
      rest.push(
        `- ${escape(v.message.endsWith(DEBT_NOTE) ? v.message.slice(0, -DEBT_NOTE.length) : v.message)} <sub>${ruleLink(v.ruleId)} \xB7 ${placeOf(v.file, v.line)}</sub>`
      );
    if (debt.length > 50) rest.push(`- \u2026 and ${debt.length - 50} more (see the JSON report)`);
    rest.push("");
  }
  const unproven = coverageLine(report.semantic);
  if (unproven) rest.push(unproven, "");
  let head = top.join("\n");
  if (head.length > limit / 2)
    head = head.slice(0, limit / 2).replace(/\n[^\n]*$/, "") + "\n\n\u2026 (cut: see the check run and the JSON report)\n";
  const others = report.changes.filter((c) => c.level !== "major");
  const more = blocking.length + pending.length - (next ? 1 : 0);
  const drafts = report.drafts?.length ?? 0;
  const summary = [
    more && `${more} more to do`,
    drafts && `${drafts} draft${drafts === 1 ? "" : "s"}`,
    checklist.length && "the checklist",
    others.length && `${others.length} other change${others.length === 1 ? "" : "s"}`,
    debt.length && `${debt.length} old problem${debt.length === 1 ? "" : "s"}`
  ].filter(Boolean);
  if (!summary.length) summary.push("details");
  if (!rest.length && !others.length) return bounded(head, limit);
  const open = `<details><summary>${summary.join(" \xB7 ")}</summary>

`;
  const close = "\n</details>\n";
  let body = rest.join("\n");
  const budget = limit - head.length - open.length - close.length;
  if (body.length > budget / 2) body = body.slice(0, budget / 2).replace(/\n[^\n]*$/, "") + "\n\n\u2026 (cut: see the JSON report)\n";
  return bounded(head + "\n" + open + body + changeList(others, budget - body.length) + close, limit);
}
function coverageLine(s) {
  if (!s?.unproven) return void 0;
  const spent = s.overBudget ? ` (${s.overBudget} stopped by a budget)` : "";
  return `<sub>Set inclusion judged ${s.judged} changed schema${s.judged === 1 ? "" : "s"}: ${s.proven} proven compatible, ${s.breaking} breaking with a witness, ${s.unproven} unproven${spent}. An unproven schema's changes keep the rules' levels; the JSON report marks each \`unproven\` with its reason.</sub>`;
}
var MAX_BREAKING_ROWS = 5;
function bounded(text, limit) {
  return text.length <= limit ? text : text.slice(0, limit - 60).replace(/\n[^\n]*$/, "") + "\n\n\u2026 (cut at the size limit: see the JSON report)\n";
}
var WHO = {
  request: "clients sending requests",
  "request-parameter": "clients sending requests",
  response: "clients reading responses",
  "response-header": "clients reading responses",
  event: "consumers of the event",
  "event-sent": "consumers of the event",
  "event-received": "producers of the event",
  storage: "readers of stored data",
  "webhook-request": "webhook receivers",
  "webhook-response": "webhook receivers"
};
function whoBreaks(c) {
  const family = findRule(c.ruleId)?.rule.family;
  if (family === "avro")
    return c.role === "storage" ? "readers of stored data" : c.role === "request" || c.role === "response" ? "consumers of the event" : "producers and consumers";
  if (c.context) return WHO[c.context] ?? "readers";
  if (c.role) return WHO[c.role] ?? "readers";
  return family === "asyncapi" ? "publishers and subscribers" : family === "openapi" ? "API clients" : "readers of this file";
}
function varied(changes) {
  const seen = /* @__PURE__ */ new Map();
  const rank = new Map(changes.map((c) => [c, seen.set(c.ruleId, (seen.get(c.ruleId) ?? 0) + 1).get(c.ruleId)]));
  return [...changes].sort((a, b) => rank.get(a) - rank.get(b));
}
var OPERATION = /^((?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \S+) (.+)$/;
function placeEnd(message) {
  let quoted = false;
  let code = false;
  for (let i = 0; i < message.length - 1; i++) {
    const ch = message[i];
    if (quoted && ch === "\\") i++;
    else if (ch === '"' && !code) quoted = !quoted;
    else if (ch === "`" && !quoted) code = !code;
    else if (!quoted && !code && ch === ":" && message[i + 1] === " ") return i;
  }
  return -1;
}
function breakingRow(c) {
  const colon = placeEnd(c.message);
  const op = colon < 0 ? OPERATION.exec(c.message) : null;
  const where = colon > 0 ? c.message.slice(0, colon) : op ? op[1] : c.file.split("/").pop();
  const what = colon > 0 ? c.message.slice(colon + 2) : op ? `operation ${op[2]}` : c.message;
  const s = c.semantic;
  const cell = (t) => escape(t).replace(/\|/g, "\\|");
  const witness = s?.witness !== void 0 ? `<br>e.g. ${cell(`${showValue(s.witness, { spaced: true })} ${s.side === "writer" ? "may now be sent" : "was accepted, now rejected"}`)}` : "";
  const at = `<sub>${placeOf(c.file, c.line).replace(/\|/g, "\\|")}</sub>`;
  const earlier = c.earlier ? `<br><sub>already on ${cell(c.earlier)}: not this pull request's</sub>` : "";
  return `| ${cell(where)}<br>${at} | ${cell(what)} <sub>${ruleLink(c.ruleId)}</sub>${witness}${earlier} | ${whoBreaks(c)} |`;
}
var ruleLink = (id) => `[\`${id}\`](${ruleDocLink(id)})`;
function changeList(changes, budget) {
  if (!changes.length) return "";
  const rows = changes.map(
    (c) => `- ${ICON[c.level]} ${ruleLink(c.ruleId)} ${escape(changeText(c))} (${placeOf(c.file, c.line)})${c.earlier ? ` <sub>already on ${escape(c.earlier)}</sub>` : ""}`
  );
  let body = "\n**Other changes**\n\n";
  let shown = 0;
  for (const row of rows) {
    const rest = `- \u2026 and ${rows.length - shown} more (see the JSON report)
`;
    if (body.length + row.length + 1 + rest.length > budget) {
      body += rest;
      break;
    }
    body += row + "\n";
    shown++;
  }
  return body;
}
function placeOf(file, line) {
  return codeSpan(oneLine(`${file}${line ? `:${line}` : ""}`));
}
function escape(text) {
  const line = text.replace(/\r?\n|\r/g, " ");
  let out = "";
  let at = 0;
  for (const m of line.matchAll(/`+/g)) {
    if (m.index < at) continue;
    const close = closingRun(line, m.index + m[0].length, m[0].length);
    if (close < 0) continue;
    out += inert(line.slice(at, m.index)) + line.slice(m.index, close + m[0].length);
    at = close + m[0].length;
  }
  return out + inert(line.slice(at));
}
function closingRun(text, from, length) {
  for (let i = text.indexOf("`", from); i >= 0; i = text.indexOf("`", i)) {
    let end = i;
    while (text[end] === "`") end++;
    if (end - i === length) return i;
    i = end;
  }
  return -1;
}
var inert = (text) => text.replace(/[<>]/g, (c) => c === "<" ? "&lt;" : "&gt;").replace(/[[\]]/g, "\\$&").replace(/@(?=[A-Za-z0-9])/g, "@\u200B");

export {
  renderGithub,
  withinStepLimits,
  reportJson,
  githubDraftLinks,
  draftDetails,
  fenced,
  renderMarkdown,
  escape
};
