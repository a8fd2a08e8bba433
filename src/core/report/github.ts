// GitHub workflow commands (`--format github`): annotations for plain CI logs, at most what GitHub shows of each
// kind in one step (10 errors, 10 warnings, 10 notices: actions/toolkit's problem-matchers.md), the most important
// first, then one line that counts the rest and points to the full report.
import { diagnosticText, type Level } from '../model.js';
import { changeText } from './change-text.js';
import type { Report } from './model.js';
import { verdictLine } from './verdict.js';

export type Command = 'error' | 'warning' | 'notice';
const CHANGE_COMMAND: Partial<Record<Level, Command>> = { major: 'error', minor: 'warning', patch: 'notice' };

/** Annotations GitHub shows of one kind in one step. */
export const ANNOTATIONS_PER_KIND = 10;

export function renderGithub(report: Report): string {
  const wanted: { kind: Command; line: string }[] = [];
  const add = (kind: Command, line: string) => wanted.push({ kind, line });
  // what blocks and what cannot be read first, then what needs approval, then the changes by level
  for (const v of (report.violations ?? []).filter((x) => x.blocking))
    add('error', command('error', v.file, v.line, v.ruleId, `${v.message}. Fix: ${v.fix}`));
  for (const e of report.errors) add('error', command('error', e.file, e.line, 'unreadable contract', diagnosticText(e)));
  for (const v of (report.violations ?? []).filter((x) => !x.blocking))
    add('warning', command('warning', v.file, v.line, v.ruleId, `${v.message}. Fix: ${v.fix}`));
  for (const c of report.changes) {
    const cmd = CHANGE_COMMAND[c.level];
    if (cmd) add(cmd, command(cmd, c.file, c.line, `${c.level} change: ${c.ruleId}`, `${changeText(c)}\n${c.hint}`));
  }
  const { shown, rest } = withinStepLimits(wanted, (w) => w.kind);
  const lines = shown.map((w) => w.line);
  if (rest)
    lines.push(
      `::notice title=contract-guard::${escapeData(`${rest} more than GitHub shows in one step: run \`contract-guard check\` (or --format json) for the full report`)}`,
    );
  lines.push(`contract-guard ${report.violations ? verdictLine(report) : `${report.level} contract change`}`);
  return lines.join('\n') + '\n';
}

/**
 * The annotations GitHub shows from one step, in the order given (most important first): at most ten of each kind,
 * nine notices (the tenth counts the rest). `rest`: what was left out, in words (`3 errors, 12 warnings`), or ''.
 */
export function withinStepLimits<T>(items: T[], kindOf: (item: T) => Command): { shown: T[]; rest: string } {
  const count: Record<Command, number> = { error: 0, warning: 0, notice: 0 };
  const dropped: Record<Command, number> = { error: 0, warning: 0, notice: 0 };
  const shown: T[] = [];
  for (const item of items) {
    const kind = kindOf(item);
    if (count[kind] < ANNOTATIONS_PER_KIND - (kind === 'notice' ? 1 : 0)) {
      shown.push(item);
      count[kind]++;
    } else dropped[kind]++;
  }
  const rest = (Object.entries(dropped) as [Command, number][])
    .filter(([, n]) => n)
    .map(([k, n]) => `${n} ${k}${n === 1 ? '' : 's'}`)
    .join(', ');
  return { shown, rest };
}

/** `::error file=…,line=…,title=…::message`, escaped as the runner expects (properties also escape `:` and `,`). */
function command(kind: Command, file: string, line: number | undefined, title: string, message: string): string {
  const props = [`file=${escapeProperty(file)}`, ...(line ? [`line=${line}`] : []), `title=${escapeProperty(title)}`];
  return `::${kind} ${props.join(',')}::${escapeData(message)}`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
