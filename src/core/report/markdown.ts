// The markdown rendering posted as a review comment. Never longer than GitHub's limit: details are cut first.
import { changeText, showValue } from './change-text.js';
import { diagnosticText, type Change, type Level, type SemanticCoverage } from '../model.js';
import { currentShown, DEBT_NOTE, shownWarnings, type Report, type Violation } from './model.js';
import { verdictExplains, verdictLine } from './verdict.js';
import { draftDetails, type DraftLinks } from './drafts.js';
import { ruleDocLink } from '../rules/doc.js';
import { codeSpan, findRule, oneLine } from '../rules/catalog.js';

export const MAX_MARKDOWN = 60_000;
const ICON: Record<Level, string> = { major: '🔴', minor: '🟡', patch: '🔵', none: '⚪' };

export interface MarkdownOptions {
  limit?: number;
  /** Links that open GitHub's editor with a draft filled in (the pull request's surfaces know the head branch). */
  links?: DraftLinks;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const { limit = MAX_MARKDOWN, links } = options;
  const top: string[] = [];
  const verdict = report.violations
    ? verdictLine(report)
    : `: ${ICON[report.level]} ${report.changes.length ? `**${report.level}** contract change` : 'no contract changes'}`;
  top.push(`### contract-guard${report.violations ? ' ' : ''}${verdict}`, '');
  const context = [report.baseline && `baseline: ${report.baseline}`, report.head && `head: ${report.head}`].filter(Boolean);
  if (context.length) top.push(`<sub>${escape(context.join(' · '))}</sub>`, '');
  const h = report.hotfix;
  if (h?.authorised)
    top.push(
      `> 🚨 **Emergency hotfix** authorised by @${h.by} (label \`${h.label}\`): this check passes although the problems below stand. Freeze the contracts right after merge, and fix forward.`,
      '',
    );
  else if (h?.rebased)
    top.push(
      `> ⚠️ The label \`${h.label}\` was added by @${h.by} before this pull request's base branch was changed: it let the head into the branch it targeted then, not this one. A Contract Council member must add it again (remove it and add it) for this base.`,
      '',
    );
  else if (h?.stale)
    top.push(
      `> ⚠️ The label \`${h.label}\` was added by @${h.by} before the latest push: it let through what was pushed then, not the commits since. A Contract Council member must add it again (remove it and add it) for this head.`,
      '',
    );
  else if (h)
    top.push(
      `> ⚠️ The label \`${h.label}\` was added by @${h.by}, who is not on the Contract Council: it has no effect. A Contract Council member must add it (remove it and ask one).`,
      '',
    );
  const approved = report.approval?.approved && report.approval.approvedBy?.length;
  // 1. what breaks, for whom, with the value that proves it
  const breaking = report.changes.filter((c) => c.level === 'major');
  if (breaking.length) {
    const title = approved
      ? `**Breaking changes** approved by ${report.approval!.approvedBy!.map((u) => `@${u}`).join(', ')}`
      : '**Breaking changes**';
    top.push(title, '', '| where | what changed | who breaks |', '|---|---|---|');
    for (const c of varied(breaking).slice(0, MAX_BREAKING_ROWS)) top.push(breakingRow(c));
    if (breaking.length > MAX_BREAKING_ROWS)
      top.push(
        '',
        `… and ${breaking.length - MAX_BREAKING_ROWS} more breaking changes: each is annotated on its line in the check run, and all are in the JSON report.`,
      );
    top.push('');
  }
  // 2. the one thing to do, where
  const blocking = report.violations?.filter((v) => v.blocking) ?? [];
  const pending = approved ? [] : (report.violations?.filter((v) => v.approvable) ?? []);
  const next = blocking[0] ?? pending.find((v) => v.ruleId === 'major-change') ?? pending[0];
  if (next) {
    const where = placeOf(next.file, next.line);
    const more = blocking.length + pending.length - 1;
    top.push(
      `**To do:** ${verdictExplains(next.ruleId) ? '' : `${escape(next.message)}. `}${escape(next.fix)} <sub>${where}${next.suggestion ? ': a suggested change is on that line' : ''} · ${ruleLink(next.ruleId)}${more > 0 ? ` · ${more} more below` : ''}</sub>`,
      '',
    );
  }
  // errors are this check's own limits: said up front
  if (report.errors.length) {
    top.push('**Files that could not be analysed:**', '');
    for (const e of report.errors.slice(0, 20)) top.push(`- ${placeOf(e.file, e.line)}: ${escape(diagnosticText(e))}`);
    if (report.errors.length > 20) top.push(`- … and ${report.errors.length - 20} more (see the JSON report)`);
    top.push('');
  }
  // 3. everything else, collapsed, without repeating the top
  const rest: string[] = [];
  const debt = (report.warned ?? []).filter((v) => v.debt);
  const warnings = shownWarnings(report);
  for (const { line, finding: v } of warnings.slice(0, 20))
    rest.push(
      v
        ? `> ⚠️ ${escape(v.message)}. **Fix:** ${escape(v.fix)} <sub>${ruleLink(v.ruleId)} · ${placeOf(v.file, v.line)}</sub>`
        : `> ⚠️ ${escape(line)}`,
      '',
    );
  if (warnings.length > 20) rest.push(`> ⚠️ … and ${warnings.length - 20} more warnings (see the JSON report)`, '');
  const list = (title: string, icon: string, items: Violation[]) => {
    if (!items.length) return;
    rest.push(`**${title}**`, '');
    for (const v of items)
      rest.push(`- ${icon} ${escape(v.message)}. **Fix:** ${escape(v.fix)} <sub>${ruleLink(v.ruleId)} · ${placeOf(v.file, v.line)}</sub>`);
    rest.push('');
  };
  list(
    'Blocking',
    '⛔',
    blocking.filter((v) => v !== next),
  );
  list(
    'Needs Contract Council approval',
    '⚠️',
    pending.filter((v) => v !== next),
  );
  if (report.modules.some((m) => m.requiredBump !== undefined)) {
    rest.push('| unit | level | frozen | current | required bump |', '|---|---|---|---|---|');
    for (const m of report.modules.filter((x) => x.requiredBump !== undefined))
      rest.push(
        `| ${m.name}${m.inherits?.length ? ` (inherits ${m.inherits.map((f) => `\`${f}\``).join(', ')})` : ''} | ${ICON[m.level]} ${m.level} | ${m.frozenVersion ?? '–'} | ${currentShown(m, '–')} | ${m.requiredBump} |`,
      );
    rest.push('');
  }
  for (const d of report.drafts ?? []) rest.push(draftDetails(d.proposal, links), '');
  // the checklist leaves out what a finding above already asks for
  const asked = new Set([...blocking, ...pending, ...(report.warned ?? [])].map((v) => `${v.ruleId}|${v.module ?? ''}`));
  const checklist = (report.checklist ?? []).filter((i) => i.done || !i.ruleId || !asked.has(`${i.ruleId}|${i.module ?? ''}`));
  if (checklist.length) {
    rest.push('**Migration checklist**', '');
    for (const item of checklist) rest.push(`- [${item.done ? 'x' : ' '}] ${escape(item.text)}`);
    rest.push('');
  }
  if (debt.length) {
    rest.push(`**${debt.length} problem${debt.length === 1 ? '' : 's'} already on the base branch** (debt: reported, not blocking)`, '');
    for (const v of debt.slice(0, 50))
      rest.push(
        `- ${escape(v.message.endsWith(DEBT_NOTE) ? v.message.slice(0, -DEBT_NOTE.length) : v.message)} <sub>${ruleLink(v.ruleId)} · ${placeOf(v.file, v.line)}</sub>`,
      );
    if (debt.length > 50) rest.push(`- … and ${debt.length - 50} more (see the JSON report)`);
    rest.push('');
  }
  const unproven = coverageLine(report.semantic);
  if (unproven) rest.push(unproven, '');
  let head = top.join('\n');
  // the verdict, the breaks and what to do come first; if even they are too long, cut their tail, never the verdict line
  if (head.length > limit / 2)
    head = head.slice(0, limit / 2).replace(/\n[^\n]*$/, '') + '\n\n… (cut: see the check run and the JSON report)\n';
  const others = report.changes.filter((c) => c.level !== 'major');
  const more = blocking.length + pending.length - (next ? 1 : 0);
  const drafts = report.drafts?.length ?? 0;
  const summary = [
    more && `${more} more to do`,
    drafts && `${drafts} draft${drafts === 1 ? '' : 's'}`,
    checklist.length && 'the checklist',
    others.length && `${others.length} other change${others.length === 1 ? '' : 's'}`,
    debt.length && `${debt.length} old problem${debt.length === 1 ? '' : 's'}`,
  ].filter(Boolean);
  if (!summary.length) summary.push('details');
  if (!rest.length && !others.length) return bounded(head, limit);
  const open = `<details><summary>${summary.join(' · ')}</summary>\n\n`;
  const close = '\n</details>\n';
  let body = rest.join('\n');
  const budget = limit - head.length - open.length - close.length;
  if (body.length > budget / 2) body = body.slice(0, budget / 2).replace(/\n[^\n]*$/, '') + '\n\n… (cut: see the JSON report)\n';
  return bounded(head + '\n' + open + body + changeList(others, budget - body.length) + close, limit);
}

/** When set inclusion left schemas undecided: how many, and how many a budget stopped (their levels are the rules'). */
function coverageLine(s: SemanticCoverage | undefined): string | undefined {
  if (!s?.unproven) return undefined;
  const spent = s.overBudget ? ` (${s.overBudget} stopped by a budget)` : '';
  return `<sub>Set inclusion judged ${s.judged} changed schema${s.judged === 1 ? '' : 's'}: ${s.proven} proven compatible, ${s.breaking} breaking with a witness, ${s.unproven} unproven${spent}. An unproven schema's changes keep the rules' levels; the JSON report marks each \`unproven\` with its reason.</sub>`;
}

/**
 * Breaking changes shown on the first screen: the rest are counted and linked. Four, so that rows tall with a
 * witness still leave what to do above the fold (measured in Chromium on the GitHub REST pair: five fitted while two
 * of them had a witness, and not once a third did).
 */
export const MAX_BREAKING_ROWS = 4;

/** The last guard: a comment never exceeds the limit, whatever a part did. */
function bounded(text: string, limit: number): string {
  return text.length <= limit
    ? text
    : text.slice(0, limit - 60).replace(/\n[^\n]*$/, '') + '\n\n… (cut at the size limit: see the JSON report)\n';
}

/** Who reads what changed, and so who breaks. */
const WHO: Record<string, string> = {
  request: 'clients sending requests',
  'request-parameter': 'clients sending requests',
  response: 'clients reading responses',
  'response-header': 'clients reading responses',
  event: 'consumers of the event',
  'event-sent': 'consumers of the event',
  'event-received': 'producers of the event',
  storage: 'readers of stored data',
  'webhook-request': 'webhook receivers',
  'webhook-response': 'webhook receivers',
};

function whoBreaks(c: Change): string {
  const family = findRule(c.ruleId)?.rule.family;
  // Avro's roles are a registry's sides (an AsyncAPI payload sent is the writer side, `forward`), never an HTTP API's
  if (family === 'avro')
    return c.role === 'storage'
      ? 'readers of stored data'
      : c.role === 'request' || c.role === 'response'
        ? 'consumers of the event'
        : 'producers and consumers';
  if (c.context) return WHO[c.context] ?? 'readers';
  if (c.role) return WHO[c.role] ?? 'readers';
  return family === 'asyncapi' ? 'publishers and subscribers' : family === 'openapi' ? 'API clients' : 'readers of this file';
}

/** The breaks in an order that shows every kind early: the first of each rule, then the second of each, … */
function varied(changes: Change[]): Change[] {
  const seen = new Map<string, number>();
  const rank = new Map(changes.map((c) => [c, seen.set(c.ruleId, (seen.get(c.ruleId) ?? 0) + 1).get(c.ruleId)!]));
  return [...changes].sort((a, b) => rank.get(a)! - rank.get(b)!);
}

const OPERATION = /^((?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \S+) (.+)$/;

/** Where a message's place (`order.json .total`) ends: its first `: ` outside quotes and code, -1 when it has none. */
function placeEnd(message: string): number {
  let quoted = false;
  let code = false;
  for (let i = 0; i < message.length - 1; i++) {
    const ch = message[i];
    if (quoted && ch === '\\') i++;
    else if (ch === '"' && !code) quoted = !quoted;
    else if (ch === '`' && !quoted) code = !code;
    else if (!quoted && !code && ch === ':' && message[i + 1] === ' ') return i;
  }
  return -1;
}

/**
 * One row of the breaking-changes table: where (operation and location, or file), what, who, and the witness whole,
 * said in as few words as the "who breaks" beside it allows: rows stay one or two lines, and what to do stays on
 * the first screen.
 */
function breakingRow(c: Change): string {
  const colon = placeEnd(c.message);
  const op = colon < 0 ? OPERATION.exec(c.message) : null;
  const where = colon > 0 ? c.message.slice(0, colon) : op ? op[1]! : c.file.split('/').pop()!;
  const what = colon > 0 ? c.message.slice(colon + 2) : op ? `operation ${op[2]}` : c.message;
  const s = c.semantic;
  // escape() already keeps it on one line; a table cell also needs its pipes escaped
  const cell = (t: string) => escape(t).replace(/\|/g, '\\|');
  const witness =
    s?.witness !== undefined
      ? `<br>e.g. ${cell(`${showValue(s.witness, { spaced: true })} ${s.side === 'writer' ? 'may now be sent' : 'was accepted, now rejected'}`)}`
      : '';
  const at = `<sub>${placeOf(c.file, c.line).replace(/\|/g, '\\|')}</sub>`;
  const earlier = c.earlier ? `<br><sub>already on ${cell(c.earlier)}: not this pull request's</sub>` : '';
  return `| ${cell(where)}<br>${at} | ${cell(what)} <sub>${ruleLink(c.ruleId)}</sub>${witness}${earlier} | ${whoBreaks(c)} |`;
}

/** A rule id as a link to its row in docs/rules.md, so one click explains it. */
const ruleLink = (id: string) => `[\`${id}\`](${ruleDocLink(id)})`;

/** The non-breaking changes, as many as the budget holds, the rest counted. */
function changeList(changes: Change[], budget: number): string {
  if (!changes.length) return '';
  const rows = changes.map(
    (c) =>
      `- ${ICON[c.level]} ${ruleLink(c.ruleId)} ${escape(changeText(c))} (${placeOf(c.file, c.line)})${c.earlier ? ` <sub>already on ${escape(c.earlier)}</sub>` : ''}`,
  );
  let body = '\n**Other changes**\n\n';
  let shown = 0;
  for (const row of rows) {
    const rest = `- … and ${rows.length - shown} more (see the JSON report)\n`;
    if (body.length + row.length + 1 + rest.length > budget) {
      body += rest;
      break;
    }
    body += row + '\n';
    shown++;
  }
  return body;
}

/**
 * A file (and line) as a code span: a file name is a pull request's text, and a backtick in it ended a span written
 * around it, so `[a](…)` after it was a link and `@name` a mention. Control characters show as escapes.
 */
function placeOf(file: string, line?: number): string {
  return codeSpan(oneLine(`${file}${line ? `:${line}` : ''}`));
}

/**
 * Text a pull request may have written (names, values, file names) made inert outside code spans, which GitHub shows
 * literally: no HTML, no link, no @-mention (a property named `@org/team` pinged the team from the bot), and one line.
 * Code spans are found as CommonMark finds them: a run of backticks closed by a run of the same length.
 */
export function escape(text: string): string {
  const line = text.replace(/\r?\n|\r/g, ' ');
  let out = '';
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

/** Where a run of exactly `length` backticks starts at or after `from`, or -1. */
function closingRun(text: string, from: number, length: number): number {
  for (let i = text.indexOf('`', from); i >= 0; i = text.indexOf('`', i)) {
    let end = i;
    while (text[end] === '`') end++;
    if (end - i === length) return i;
    i = end;
  }
  return -1;
}

const inert = (text: string) =>
  text
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    .replace(/[[\]]/g, '\\$&')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
