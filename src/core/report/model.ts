import type { Change, Diagnostic, DiffResult, Level, SemanticCoverage } from '../model.js';
import { levelRank, maxLevel, compareText, pushTo } from '../model.js';
import type { Proposal } from '../policy/proposals.js';

export interface ModuleSummary {
  name: string;
  level: Level;
  changes: number;
  /** Filled by `check`: versions and the bump the changes need. */
  frozenVersion?: string;
  currentVersion?: string;
  requiredBump?: Level;
  /** Where the module's version lives (filled by `check`). */
  versionsFile?: string;
  /** The JSON pointer of the version in that file (`/current`, `/info/version`, `/version`). */
  versionPointer?: string;
  /** The version is written in the module's paths (`schemas/order/1.1.0/`): `versionsFile` is their pattern. */
  versionInPaths?: true;
  /** Shared files this module references that changed (its inherited impact). */
  inherits?: string[];
  /** No file carries its version: the git tag or the freeze to make after merge (`v2.0.0`), as the changes need. */
  release?: { by: 'tag' | 'freeze'; name: string };
}

export interface Violation {
  ruleId: string;
  file: string;
  line?: number;
  module?: string;
  message: string;
  fix: string;
  /** Fails the check; no approval can override. */
  blocking: boolean;
  /** Needs Contract Council approval (blocking in the GitHub surfaces until approved). */
  approvable: boolean;
  /** A one-line fix at `line`: replace `find` with `replace` (a pull request shows it as a suggested change). */
  suggestion?: { find: string; replace: string };
  /** Already so at the baseline: listed as debt, never blocking (the ratchet). */
  debt?: boolean;
  /**
   * What an approval of it is of, where its message shows less than the whole (a policy edit: its content's hash, so
   * an approval of one edit is not one of another its message abridges alike).
   */
  identity?: string;
}

/** What the message of a finding already at the baseline ends with. */
export const DEBT_NOTE = ' (already at the baseline)';

/** A warn-level violation as one line of the report's `warnings`. */
export const warningLine = (v: Violation) => `${v.message} [${v.ruleId}]`;

/**
 * The report's warnings as the renderings show them: debt left out (it has a section of its own), each with the finding
 * it is when the policy found it, so that its fix is shown beneath it as a blocking one's is.
 */
export function shownWarnings(report: Report): { line: string; finding?: Violation }[] {
  const warned = report.warned ?? [];
  const debt = new Set(warned.filter((v) => v.debt).map(warningLine));
  const found = new Map(warned.filter((v) => !v.debt).map((v) => [warningLine(v), v]));
  return report.warnings.filter((w) => !debt.has(w)).map((line) => ({ line, finding: found.get(line) }));
}

/** A unit's current version as shown: as written, else the tag or freeze that releases it after merge, else `none`. */
export function currentShown(m: ModuleSummary, none: string): string {
  return m.currentVersion ?? (m.release ? `${m.release.by} ${m.release.name} after merge` : none);
}

/** A finding whose fix is text to write (a changelog entry, a migration note), with a draft of that text. */
export interface Draft {
  ruleId: string;
  module?: string;
  message: string;
  fix: string;
  blocking: boolean;
  proposal: Proposal;
}

export interface ChecklistItem {
  text: string;
  /** Verified by contract-guard; false for what people must do. */
  done: boolean;
  /** The policy rule that reports this item when it is not done (the comment then shows it once, as that finding). */
  ruleId?: string;
  /** The unit the item is about. */
  module?: string;
  /** Asked for by the unit's breaking changes only (tell its consumers): not a task where each is already on the base branch. */
  breaking?: boolean;
}

export interface IgnoredFinding {
  ruleId: string;
  file: string;
  reason: string;
  until?: string;
}

/** What `diff` and `check` report: the classified changes, grouped by module, and where they were measured from. */
export interface Report {
  level: Level;
  baseline?: string;
  head?: string;
  modules: ModuleSummary[];
  changes: Change[];
  errors: Diagnostic[];
  warnings: string[];
  /** Filled by `check` (policy): */
  blocked?: boolean;
  violations?: Violation[];
  /** The findings at `warn` severity (old debt among them), as they are also listed in `warnings`. */
  warned?: Violation[];
  /** `approvedBy`: Contract Council members whose approval counts (filled by the GitHub surfaces). */
  approval?: { required: boolean; reasons: string[]; approvedBy?: string[]; approved?: boolean };
  checklist?: ChecklistItem[];
  ignored?: IgnoredFinding[];
  /** The emergency label on the pull request: who added it, and whether that authorises it (a council member). */
  /**
   * `stale`: added by a Council member before the head was pushed; it covers what was pushed then, not this head.
   * `rebased`: stale because it was added before the base branch was changed (it let the head into another branch).
   */
  hotfix?: { label: string; by: string; authorised: boolean; stale?: true; rebased?: true };
  /** Drafts of missing texts, whatever the severity of the finding that asks for them. */
  drafts?: Draft[];
  /** Set inclusion's coverage of the changed schemas (absent when none was judged). */
  semantic?: SemanticCoverage;
}

export function buildReport(result: DiffResult, context: { baseline?: string; head?: string; warnings?: string[] } = {}): Report {
  const byModule = new Map<string, Change[]>();
  for (const c of result.changes) pushTo(byModule, c.module, c);
  const modules = [...byModule]
    .map(([name, list]) => ({ name, level: maxLevel(list.map((c) => c.level)), changes: list.length }))
    .sort((a, b) => levelRank(b.level) - levelRank(a.level) || compareText(a.name, b.name));
  const { warnings = [], ...where } = context;
  return {
    level: result.level,
    ...where,
    modules,
    changes: result.changes,
    errors: result.errors,
    warnings: [...warnings, ...(result.warnings ?? [])],
    ...(result.semantic?.judged ? { semantic: result.semantic } : {}),
  };
}

/**
 * The checklist without the tasks only breaking changes ask for (telling a unit's consumers) where every breaking
 * change of that unit is already on the base branch (`Change.earlier`): whoever merged those did, or does, that.
 */
export function ownChecklist(report: Report): ChecklistItem[] | undefined {
  const own = new Set(report.changes.filter((c) => c.level === 'major' && !c.earlier).map((c) => c.module));
  return report.checklist?.filter((i) => !i.breaking || own.has(i.module ?? ''));
}
