import { counted, maxLevel } from '../model.js';
import type { Report, Violation } from './model.js';

export type VerdictKind = 'hotfix' | 'blocked' | 'approval' | 'approved' | 'pass';

export function verdictOf(report: Report): VerdictKind {
  if (report.hotfix?.authorised && (report.blocked || report.approval?.required)) return 'hotfix';
  if (report.blocked) return 'blocked';
  if (report.approval?.required) return report.approval.approved ? 'approved' : 'approval';
  return 'pass';
}

/** What stops a pull request, in the words of what to do about it (the first blocking finding decides). */
const BLOCKED_BY: Record<string, (v: Violation, report: Report) => string> = {
  'version-bump-missing': (v, r) => `needs a ${r.modules.find((m) => m.name === v.module)?.requiredBump ?? 'bigger'} version bump`,
  'changeset-missing': (v, r) =>
    `needs a changeset declaring a ${r.modules.find((m) => m.name === v.module)?.requiredBump ?? 'bigger'} release`,
  'version-decreased': () => 'its version went down',
  'invariant-removed': () => 'removes a frozen invariant',
  'frozen-history-edited': () => 'edits the frozen history',
  'contract-unreadable': () => 'leaves a contract unreadable',
  'contract-too-large': () => 'holds a contract too large to read',
};

/** What the Council is asked to approve where no contract changed (the first such finding decides). */
const ASKED_FOR: Record<string, (v: Violation) => string> = {
  'policy-changed': (v) => `it changes the guard's policy (${v.file})`,
  'code-invariant-touched': () => 'it changes code a frozen contract guards',
};

/** Findings the verdict line already explains (a version to bump, the council to ask): a to-do needs only their fix. */
export function verdictExplains(ruleId: string): boolean {
  return ruleId === 'version-bump-missing' || ruleId === 'changeset-missing' || ruleId === 'version-decreased' || ruleId === 'major-change';
}

/** The one line a developer reads first: the verdict, and why, in words. */
export function verdictLine(report: Report): string {
  const kind = verdictOf(report);
  // changes already on the base branch are counted apart: they are not this pull request's doing
  const own = report.changes.filter((c) => !c.earlier);
  const breaking = own.filter((c) => c.level === 'major').length;
  const level = maxLevel(own.map((c) => c.level));
  const earlier = report.changes.filter((c) => c.earlier && c.level === 'major');
  const none = own.length < report.changes.length ? 'no contract changes of its own' : 'no contract changes';
  // no breaking change, yet the Council is asked: say what for (its policy, guarded code), not "patch change"
  const asked = report.violations?.find((v) => v.approvable && ASKED_FOR[v.ruleId]);
  const what =
    (breaking
      ? counted(breaking, 'breaking change')
      : asked
        ? ASKED_FOR[asked.ruleId]!(asked)
        : level !== 'none'
          ? `${level} change`
          : none) + (earlier.length ? ` (${counted(earlier.length, 'breaking change')} already on ${earlier[0]!.earlier})` : '');
  if (kind === 'hotfix') return `🚨 emergency hotfix: ${what} (authorised by @${report.hotfix!.by}; freeze right after merge)`;
  if (kind === 'blocked') {
    const blocking = report.violations?.filter((v) => v.blocking) ?? [];
    const first = blocking[0];
    const why =
      first && BLOCKED_BY[first.ruleId] ? BLOCKED_BY[first.ruleId]!(first, report) : `${counted(blocking.length, 'problem')} to fix`;
    const more = first && BLOCKED_BY[first.ruleId] && blocking.length > 1 ? ` (and ${counted(blocking.length - 1, 'more problem')})` : '';
    return `⛔ blocked: ${why}${more}`;
  }
  if (kind === 'approval') return `⚠️ needs Contract Council approval: ${what}`;
  if (kind === 'approved')
    return `✅ approved by the Contract Council (${report.approval!.approvedBy!.map((u) => `@${u}`).join(', ')}): ${what}`;
  return `✅ passes: ${what}`;
}
