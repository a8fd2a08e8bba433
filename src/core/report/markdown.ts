// The markdown rendering posted as a review comment. Never longer than GitHub's limit: details are cut first.
import type { Change, Level } from '../model.js';
import type { Report } from './model.js';

export const MAX_MARKDOWN = 60_000;
const ICON: Record<Level, string> = { major: '🔴', minor: '🟡', patch: '🔵', none: '⚪' };

export function renderMarkdown(report: Report, limit = MAX_MARKDOWN): string {
  const head: string[] = [];
  const verdict = report.changes.length ? `**${report.level}** contract change` : 'no contract changes';
  head.push(`### contract-guard: ${ICON[report.level]} ${verdict}`, '');
  if (report.baseline) head.push(`Baseline: ${report.baseline}${report.head ? ` · head: ${report.head}` : ''}`, '');
  for (const w of report.warnings) head.push(`> ⚠️ ${escape(w)}`, '');
  if (report.modules.length) {
    head.push('| module | level | changes |', '|---|---|---|');
    for (const m of report.modules) head.push(`| ${m.name} | ${m.level} | ${m.changes} |`);
    head.push('');
  }
  if (report.errors.length) {
    head.push('**Files that could not be analysed:**', '');
    for (const e of report.errors) head.push(`- \`${e.file}${e.line ? `:${e.line}` : ''}\`: ${escape(e.message)}`);
    head.push('');
  }
  const top = head.join('\n');
  return top + details(report.changes, limit - top.length);
}

function details(changes: Change[], budget: number): string {
  if (!changes.length) return '';
  const open = `<details><summary>All ${changes.length} changes</summary>\n\n`;
  const close = '\n</details>\n';
  const rows = changes.map((c) => `- ${ICON[c.level]} \`${c.ruleId}\` ${escape(c.message)} (\`${c.file}${c.line ? `:${c.line}` : ''}\`)`);
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

export function escape(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}
