import type { Report } from './model.js';

export type VerdictKind = 'blocked' | 'approval' | 'pass';

export function verdictOf(report: Report): VerdictKind {
  if (report.blocked) return 'blocked';
  if (report.approval?.required) return 'approval';
  return 'pass';
}

const WORDS: Record<VerdictKind, string> = { blocked: '⛔ blocked', approval: '⚠️ needs Contract Council approval', pass: '✅ passes' };

/** The one line a developer reads first. */
export function verdictLine(report: Report): string {
  const kind = verdictOf(report);
  const level = report.changes.length ? `${report.level} change` : 'no contract changes';
  const blocking = report.violations?.filter((v) => v.blocking).length ?? 0;
  const why = kind === 'blocked' ? ` (${blocking} blocking problem${blocking === 1 ? '' : 's'})` : '';
  return `${WORDS[kind]}: ${level}${why}`;
}
