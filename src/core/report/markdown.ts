// The markdown rendering posted as a review comment. Never longer than GitHub's limit: details are cut first.
import { changeText } from './change-text.js';
import { diagnosticText, type Change, type Level } from '../model.js';
import { DEBT_NOTE, warningLine, type Report, type Violation } from './model.js';
import { verdictLine } from './verdict.js';
import { draftDetails, type DraftLinks } from './drafts.js';
import { ruleDocLink } from '../rules/doc.js';

export const MAX_MARKDOWN = 60_000;
const ICON: Record<Level, string> = { major: '🔴', minor: '🟡', patch: '🔵', none: '⚪' };

export interface MarkdownOptions {
  limit?: number;
  /** Links that open GitHub's editor with a draft filled in (the pull request's surfaces know the head branch). */
  links?: DraftLinks;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const { limit = MAX_MARKDOWN, links } = options;
  const head: string[] = [];
  if (report.violations) {
    head.push(`### contract-guard ${verdictLine(report)}`, '');
  } else {
    const verdict = report.changes.length ? `**${report.level}** contract change` : 'no contract changes';
    head.push(`### contract-guard: ${ICON[report.level]} ${verdict}`, '');
  }
  if (report.baseline) head.push(`Baseline: ${report.baseline}${report.head ? ` · head: ${report.head}` : ''}`, '');
  const h = report.hotfix;
  if (h?.authorised)
    head.push(
      `> 🚨 **Emergency hotfix** authorised by @${h.by} (label \`${h.label}\`): this check passes although the problems below stand. Freeze the contracts right after merge, and fix forward.`,
      '',
    );
  else if (h)
    head.push(
      `> ⚠️ The label \`${h.label}\` was added by @${h.by}, who is not on the Contract Council: it has no effect. A Contract Council member must add it (remove it and ask one).`,
      '',
    );
  // debt (already wrong on the base branch) is not this pull request's to fix: it waits, collapsed, below
  const debt = (report.warned ?? []).filter((v) => v.debt);
  const debtLines = new Set(debt.map(warningLine));
  const warnings = report.warnings.filter((w) => !debtLines.has(w));
  for (const w of warnings.slice(0, 20)) head.push(`> ⚠️ ${escape(w)}`, '');
  if (warnings.length > 20) head.push(`> ⚠️ … and ${warnings.length - 20} more warnings (see the JSON report)`, '');
  const versioned = report.modules.some((m) => m.requiredBump !== undefined);
  if (report.modules.length) {
    if (versioned) {
      head.push('| module | level | frozen | current | required bump |', '|---|---|---|---|---|');
      for (const m of report.modules)
        head.push(
          `| ${m.name}${m.inherits?.length ? ` (inherits ${m.inherits.map((f) => `\`${f}\``).join(', ')})` : ''} | ${ICON[m.level]} ${m.level} | ${m.frozenVersion ?? '–'} | ${m.currentVersion ?? '–'} | ${m.requiredBump} |`,
        );
    } else {
      head.push('| module | level | changes |', '|---|---|---|');
      for (const m of report.modules) head.push(`| ${m.name} | ${m.level} | ${m.changes} |`);
    }
    head.push('');
  }
  const list = (title: string, icon: string, items: Violation[]) => {
    if (!items.length) return;
    head.push(`**${title}**`, '');
    for (const v of items)
      head.push(
        `- ${icon} ${escape(v.message)}. **Fix:** ${escape(v.fix)} <sub>${ruleLink(v.ruleId)} · \`${v.file}${v.line ? `:${v.line}` : ''}\`</sub>`,
      );
    head.push('');
  };
  list('Blocking', '⛔', report.violations?.filter((v) => v.blocking) ?? []);
  list('Needs Contract Council approval', '⚠️', report.violations?.filter((v) => v.approvable) ?? []);
  for (const d of report.drafts ?? []) head.push(draftDetails(d.proposal, links), '');
  if (report.checklist?.length) {
    head.push('**Migration checklist**', '');
    for (const item of report.checklist) head.push(`- [${item.done ? 'x' : ' '}] ${escape(item.text)}`);
    head.push('');
  }
  if (debt.length) {
    head.push(
      `<details><summary>${debt.length} problem${debt.length === 1 ? '' : 's'} already on the base branch (debt: reported, not blocking)</summary>`,
      '',
    );
    for (const v of debt.slice(0, 50))
      head.push(
        `- ${escape(v.message.endsWith(DEBT_NOTE) ? v.message.slice(0, -DEBT_NOTE.length) : v.message)} <sub>${ruleLink(v.ruleId)} · \`${v.file}${v.line ? `:${v.line}` : ''}\`</sub>`,
      );
    if (debt.length > 50) head.push(`- … and ${debt.length - 50} more (see the JSON report)`);
    head.push('', '</details>', '');
  }
  if (report.errors.length) {
    head.push('**Files that could not be analysed:**', '');
    for (const e of report.errors) head.push(`- \`${e.file}${e.line ? `:${e.line}` : ''}\`: ${escape(diagnosticText(e))}`);
    head.push('');
  }
  let top = head.join('\n');
  // the verdict and what to fix come first; if even they are too long, cut their tail, never the verdict line
  if (top.length > limit - 200) top = top.slice(0, limit - 200).replace(/\n[^\n]*$/, '') + '\n\n… (cut: see the JSON report)\n';
  return top + details(report.changes, limit - top.length);
}

/** A rule id as a link to its row in docs/rules.md, so one click explains it. */
const ruleLink = (id: string) => `[\`${id}\`](${ruleDocLink(id)})`;

function details(changes: Change[], budget: number): string {
  if (!changes.length) return '';
  const open = `<details><summary>All ${changes.length} changes</summary>\n\n`;
  const close = '\n</details>\n';
  const rows = changes.map(
    (c) => `- ${ICON[c.level]} ${ruleLink(c.ruleId)} ${escape(changeText(c))} (\`${c.file}${c.line ? `:${c.line}` : ''}\`)`,
  );
  let body = '';
  let shown = 0;
  for (const row of rows) {
    const rest = `\n- … and ${rows.length - shown} more (see the JSON report)`;
    if (open.length + body.length + row.length + 1 + rest.length + close.length > budget) {
      body += rest.slice(1);
      break;
    }
    body += row + '\n';
    shown++;
  }
  return open + body + close;
}

/** Neutralise HTML outside code spans; inside backticks GitHub shows text literally, so leave it alone. */
export function escape(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1 ? part : part.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')),
    )
    .join('');
}
