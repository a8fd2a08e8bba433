// The terminal rendering: most severe first, grouped by module, one line a change and its fix beneath.
import type { Level } from '../model.js';
import type { Report } from './model.js';

export type Paint = (style: 'red' | 'yellow' | 'cyan' | 'gray' | 'bold' | 'green', text: string) => string;
export const plain: Paint = (_style, text) => text;

const LEVEL_STYLE: Record<Level, Parameters<Paint>[0]> = { major: 'red', minor: 'yellow', patch: 'cyan', none: 'gray' };

export function renderText(report: Report, paint: Paint = plain): string {
  const lines: string[] = [];
  const lvl = (l: Level) => paint(LEVEL_STYLE[l], l.toUpperCase().padEnd(5));
  const count = report.changes.length;
  const summary = count
    ? `${count} change${count === 1 ? '' : 's'} in ${report.modules.length} module${report.modules.length === 1 ? '' : 's'}`
    : 'no contract changes';
  lines.push(`${paint('bold', 'contract-guard')}  ${lvl(report.level)}  ${summary}`);
  if (report.baseline || report.head) lines.push(paint('gray', `baseline: ${report.baseline ?? '?'}   head: ${report.head ?? '?'}`));
  for (const w of report.warnings) lines.push(paint('yellow', `warning: ${w}`));
  for (const mod of report.modules) {
    lines.push('', `${paint('bold', mod.name)}  ${lvl(mod.level)}  (${mod.changes})`);
    for (const c of report.changes.filter((x) => x.module === mod.name)) {
      const where = `${c.file}${c.line ? `:${c.line}` : ''}`;
      lines.push(`  ${lvl(c.level)}  ${c.message}  ${paint('gray', `[${c.ruleId}]`)}`);
      lines.push(`         ${paint('gray', where)}`);
      if (c.level === 'major' || c.level === 'minor') lines.push(`         ${paint('gray', '→')} ${c.hint}`);
    }
  }
  return lines.join('\n') + '\n';
}
