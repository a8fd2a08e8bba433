// The terminal rendering: counts per level first, then what blocks, then the changes by level and unit (one line a
// change, its fix beneath); old debt last and dimmed.
import { changeText } from './change-text.js';
import { pushTo, type Level } from '../model.js';
import { currentShown, DEBT_NOTE, shownWarnings, type Report } from './model.js';
import { verdictLine } from './verdict.js';
import { oneLine } from '../rules/catalog.js';

export type Paint = (style: 'red' | 'yellow' | 'cyan' | 'gray' | 'bold' | 'green', text: string) => string;
export const plain: Paint = (_style, text) => text;

const LEVEL_STYLE: Record<Level, Parameters<Paint>[0]> = { major: 'red', minor: 'yellow', patch: 'cyan', none: 'gray' };

export function renderText(report: Report, paint: Paint = plain): string {
  const lines: string[] = [];
  const lvl = (l: Level) => paint(LEVEL_STYLE[l], l.toUpperCase().padEnd(5));
  const count = report.changes.length;
  const changed = [...new Set(report.changes.map((c) => c.module))];
  // grouped once: filtering every change for each unit was quadratic (10,000 units added: 6 s of rendering)
  const byLevelAndUnit = new Map<string, Report['changes']>();
  for (const c of report.changes) pushTo(byLevelAndUnit, `${c.level}\n${c.module}`, c);
  const perLevel = (['major', 'minor', 'patch', 'none'] as const)
    .map((l) => [l, report.changes.filter((c) => c.level === l).length] as const)
    .filter(([, n]) => n)
    .map(([l, n]) => `${n} ${l}`)
    .join(' · ');
  const summary = count ? `${perLevel} in ${changed.length} unit${changed.length === 1 ? '' : 's'}` : 'no contract changes';
  lines.push(`${paint('bold', 'contract-guard')}  ${lvl(report.level)}  ${summary}`);
  if (report.violations) lines.push(paint(report.blocked ? 'red' : report.approval?.required ? 'yellow' : 'green', verdictLine(report)));
  if (report.baseline || report.head) lines.push(paint('gray', `baseline: ${report.baseline ?? '?'}   head: ${report.head ?? '?'}`));
  // debt (already so on the base branch) is not this change's: it waits at the end, dimmed
  const debt = (report.warned ?? []).filter((v) => v.debt);
  for (const { line, finding: v } of shownWarnings(report)) {
    lines.push(paint('yellow', `warning: ${line}`));
    if (v) lines.push(`  ${paint('gray', 'fix:')} ${v.fix}${v.line ? paint('gray', `  (${oneLine(v.file)}:${v.line})`) : ''}`);
  }
  const versioned = report.modules.filter((m) => m.requiredBump !== undefined);
  if (versioned.length) {
    lines.push('', paint('bold', 'units') + paint('gray', '  (frozen → current, bump needed)'));
    for (const m of versioned) {
      const inherits = m.inherits?.length ? paint('gray', `  inherits ${m.inherits.join(', ')}`) : '';
      lines.push(
        `  ${m.name.padEnd(16)} ${lvl(m.level)}  ${m.frozenVersion ?? 'none'} → ${currentShown(m, 'none')}, needs ${m.requiredBump}${inherits}`,
      );
    }
  }
  const section = (title: string, style: Parameters<Paint>[0], list: NonNullable<Report['violations']>) => {
    if (!list.length) return;
    lines.push('', paint(style, title));
    for (const v of list) {
      lines.push(`  ${paint(style, '●')} ${v.message}  ${paint('gray', `[${v.ruleId}]`)}`);
      lines.push(`    ${paint('gray', 'fix:')} ${v.fix}${v.line ? paint('gray', `  (${oneLine(v.file)}:${v.line})`) : ''}`);
    }
  };
  section('blocking', 'red', report.violations?.filter((v) => v.blocking) ?? []);
  section('needs Contract Council approval', 'yellow', report.violations?.filter((v) => v.approvable) ?? []);
  if (report.checklist?.length) {
    lines.push('', paint('bold', 'migration checklist'));
    for (const item of report.checklist) lines.push(`  [${item.done ? paint('green', 'x') : ' '}] ${item.text}`);
  }
  if (report.changes.length && report.violations) lines.push('', paint('bold', 'changes'));
  // changes by level, most severe first, and within a level by the unit that owns their file
  for (const level of ['major', 'minor', 'patch', 'none'] as const) {
    for (const name of [...changed].sort()) {
      const list = byLevelAndUnit.get(`${level}\n${name}`) ?? [];
      if (!list.length) continue;
      lines.push('', `${lvl(level)}  ${paint('bold', name)}  (${list.length})`);
      for (const c of list) {
        // a file name is a pull request's text: a terminal escape in it is shown, not run
        const where = oneLine(`${c.file}${c.line ? `:${c.line}` : ''}`);
        lines.push(`  ${changeText(c)}  ${paint('gray', `[${c.ruleId}]`)}`);
        lines.push(`    ${paint('gray', where)}`);
        if (c.level === 'major' || c.level === 'minor') lines.push(`    ${paint('gray', '→')} ${c.hint}`);
      }
    }
  }
  if (debt.length) {
    lines.push('', paint('gray', `already on the base branch (debt, not blocking): ${debt.length}`));
    for (const v of debt)
      lines.push(paint('gray', `  ${v.message.endsWith(DEBT_NOTE) ? v.message.slice(0, -DEBT_NOTE.length) : v.message}  [${v.ruleId}]`));
  }
  return lines.join('\n') + '\n';
}
