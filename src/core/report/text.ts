// The terminal rendering: most severe first, grouped by module, one line a change and its fix beneath.
import { changeText } from './change-text.js';
import { levelRank, type Level } from '../model.js';
import type { Report } from './model.js';
import { verdictLine } from './verdict.js';

export type Paint = (style: 'red' | 'yellow' | 'cyan' | 'gray' | 'bold' | 'green', text: string) => string;
export const plain: Paint = (_style, text) => text;

const LEVEL_STYLE: Record<Level, Parameters<Paint>[0]> = { major: 'red', minor: 'yellow', patch: 'cyan', none: 'gray' };

export function renderText(report: Report, paint: Paint = plain): string {
  const lines: string[] = [];
  const lvl = (l: Level) => paint(LEVEL_STYLE[l], l.toUpperCase().padEnd(5));
  const count = report.changes.length;
  const changed = [...new Set(report.changes.map((c) => c.module))];
  const summary = count
    ? `${count} change${count === 1 ? '' : 's'} in ${changed.length} module${changed.length === 1 ? '' : 's'}`
    : 'no contract changes';
  lines.push(`${paint('bold', 'contract-guard')}  ${lvl(report.level)}  ${summary}`);
  if (report.violations) lines.push(paint(report.blocked ? 'red' : report.approval?.required ? 'yellow' : 'green', verdictLine(report)));
  if (report.baseline || report.head) lines.push(paint('gray', `baseline: ${report.baseline ?? '?'}   head: ${report.head ?? '?'}`));
  for (const w of report.warnings) lines.push(paint('yellow', `warning: ${w}`));
  const versioned = report.modules.filter((m) => m.requiredBump !== undefined);
  if (versioned.length) {
    lines.push('', paint('bold', 'modules') + paint('gray', '  (frozen → current, bump needed)'));
    for (const m of versioned) {
      const inherits = m.inherits?.length ? paint('gray', `  inherits ${m.inherits.join(', ')}`) : '';
      lines.push(
        `  ${m.name.padEnd(16)} ${lvl(m.level)}  ${m.frozenVersion ?? 'none'} → ${m.currentVersion ?? 'none'}, needs ${m.requiredBump}${inherits}`,
      );
    }
  }
  const section = (title: string, style: Parameters<Paint>[0], list: NonNullable<Report['violations']>) => {
    if (!list.length) return;
    lines.push('', paint(style, title));
    for (const v of list) {
      lines.push(`  ${paint(style, '●')} ${v.message}  ${paint('gray', `[${v.ruleId}]`)}`);
      lines.push(`    ${paint('gray', 'fix:')} ${v.fix}${v.line ? paint('gray', `  (${v.file}:${v.line})`) : ''}`);
    }
  };
  section('blocking', 'red', report.violations?.filter((v) => v.blocking) ?? []);
  section('needs Contract Council approval', 'yellow', report.violations?.filter((v) => v.approvable) ?? []);
  if (report.checklist?.length) {
    lines.push('', paint('bold', 'migration checklist'));
    for (const item of report.checklist) lines.push(`  [${item.done ? paint('green', 'x') : ' '}] ${item.text}`);
  }
  if (report.changes.length && report.violations) lines.push('', paint('bold', 'changes'));
  // changes grouped by the module that owns their file, most severe module first
  const order = [...changed].sort((a, b) => {
    const top = (m: string) => Math.max(...report.changes.filter((c) => c.module === m).map((c) => levelRank(c.level)));
    return top(b) - top(a) || a.localeCompare(b);
  });
  for (const name of order) {
    const list = report.changes.filter((x) => x.module === name);
    lines.push('', `${paint('bold', name)}  ${lvl(list[0]!.level)}  (${list.length})`);
    for (const c of list) {
      const where = `${c.file}${c.line ? `:${c.line}` : ''}`;
      lines.push(`  ${lvl(c.level)}  ${changeText(c)}  ${paint('gray', `[${c.ruleId}]`)}`);
      lines.push(`         ${paint('gray', where)}`);
      if (c.level === 'major' || c.level === 'minor') lines.push(`         ${paint('gray', '→')} ${c.hint}`);
    }
  }
  return lines.join('\n') + '\n';
}
