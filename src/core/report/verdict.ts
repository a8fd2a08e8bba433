import type { Report } from './model.js';

export type VerdictKind = 'hotfix' | 'blocked' | 'approval' | 'approved' | 'pass';

export function verdictOf(report: Report): VerdictKind {
  if (report.hotfix?.authorised && (report.blocked || report.approval?.required)) return 'hotfix';
  if (report.blocked) return 'blocked';
  if (report.approval?.required) return report.approval.approved ? 'approved' : 'approval';
  return 'pass';
}

const WORDS: Record<VerdictKind, string> = {
  hotfix: '🚨 emergency hotfix',
  blocked: '⛔ blocked',
  approval: '⚠️ needs Contract Council approval',
  approved: '✅ approved by the Contract Council',
  pass: '✅ passes',
};

/** The one line a developer reads first. */
export function verdictLine(report: Report): string {
  const kind = verdictOf(report);
  const level = report.changes.length ? `${report.level} change` : 'no contract changes';
  const blocking = report.violations?.filter((v) => v.blocking).length ?? 0;
  const why =
    kind === 'hotfix'
      ? ` (authorised by @${report.hotfix!.by}; freeze right after merge)`
      : kind === 'blocked'
        ? ` (${blocking} blocking problem${blocking === 1 ? '' : 's'})`
        : kind === 'approved'
          ? ` (${report.approval!.approvedBy!.map((u) => `@${u}`).join(', ')})`
          : '';
  return `${WORDS[kind]}: ${level}${why}`;
}
