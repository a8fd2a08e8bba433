// GitHub workflow commands (`--format github`): one annotation line per finding and change, for plain CI logs.
import { diagnosticText, type Level } from '../model.js';
import { changeText } from './change-text.js';
import type { Report } from './model.js';
import { verdictLine } from './verdict.js';

type Command = 'error' | 'warning' | 'notice';
const CHANGE_COMMAND: Partial<Record<Level, Command>> = { major: 'error', minor: 'warning', patch: 'notice' };

export function renderGithub(report: Report): string {
  const lines: string[] = [];
  for (const v of report.violations ?? []) {
    lines.push(command(v.blocking ? 'error' : 'warning', v.file, v.line, v.ruleId, `${v.message}. Fix: ${v.fix}`));
  }
  for (const c of report.changes) {
    const cmd = CHANGE_COMMAND[c.level];
    if (cmd) lines.push(command(cmd, c.file, c.line, `${c.level} change: ${c.ruleId}`, `${changeText(c)}\n${c.hint}`));
  }
  for (const e of report.errors) lines.push(command('error', e.file, e.line, 'unreadable contract', diagnosticText(e)));
  lines.push(`contract-guard ${report.violations ? verdictLine(report) : `${report.level} contract change`}`);
  return lines.join('\n') + '\n';
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
