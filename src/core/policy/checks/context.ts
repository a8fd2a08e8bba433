// What every policy check reads, and what it gives back. A check is `(context) => result`: pure, no I/O.
import type { Freeze } from '../../freeze/model.js';
import type { ContractsLayout } from '../../layout.js';
import type { Units } from '../../units.js';
import type { Change, Diagnostic, Level } from '../../model.js';
import type { ChecklistItem, ModuleSummary } from '../../report/model.js';
import type { Documents, SourceTree } from '../../source/tree.js';
import type { Config } from '../config.js';
import type { Finding } from '../finding.js';

/** One side of the comparison: the tree and its documents, parsed once and shared with the diff. */
export interface Side {
  tree: SourceTree;
  docs: Documents;
  paths: string[];
}

export interface PolicyContext {
  /** The configuration, every path repository-relative. */
  config: Config;
  /** The day of the check (`YYYY-MM-DD`): what a calendar version moves to. */
  today: string;
  layout: ContractsLayout;
  /** The versioned units: which files carry one version, and where it is written. */
  units: Units;
  /** The changes after rule overrides and ignores. */
  changes: Change[];
  base: Side;
  head: Side;
  /** Frozen history on the base branch (never the pull request's), newest first. */
  freezes: Freeze[];
  /** `_frozen/` files on the base branch and at the head. */
  frozenBase: SourceTree;
  frozenHead: SourceTree;
  /** The head's whole contracts root, frozen folder excluded and nothing ignored: what a freeze of it must hold. */
  headFiles: SourceTree;
  /** Repository trees for code invariants (only the paths their globs name). */
  code?: { base: SourceTree; head: SourceTree };
  /**
   * The guard's own files (`guardFiles`) where the head forked and at the head: what the pull request changed of them.
   * Undefined when no base branch is known.
   */
  guard?: { base: SourceTree; head: SourceTree };
  /** Findings of linters run before the policy (Spectral), at the baseline and the head, for the ratchet. */
  linted?: { base: Finding[]; head: Finding[] };
  /** Files the configuration names as contracts (they must parse whatever their name). */
  isContract: (file: string) => boolean;
  /** Where a file the change moved was at the baseline (undefined: it did not move). */
  movedFrom: (file: string) => string | undefined;
  /**
   * The whole tree's health is asked (`validate`): checks that read only what the change touches (a description's
   * inline examples) read everything.
   */
  wholeTree: boolean;
  /**
   * The base branch releases with changesets (`.changeset/config.json`): a package's next release is declared in a
   * pull request's changesets, not written in its version. How the repository releases is not a pull request's to say.
   */
  changesets: boolean;
  /** The latest release by the repository's own tags on the base branch (`v1.2.0`), for units no file versions. */
  releaseTag?: { tag: string; version: string };
}

export interface CheckResult {
  findings: Finding[];
  checklist?: ChecklistItem[];
  /** Module summaries (the versioning check). */
  modules?: ModuleSummary[];
  /** Files that could not be read, for the report's errors. */
  errors?: Diagnostic[];
  /** Where freezes are the only releases: the version the next one must carry (the versioning check). */
  release?: FreezeRelease;
}

export interface FreezeRelease {
  version: string;
  needs: Level;
  /** The latest freeze's version. */
  latest: string;
}

export type PolicyCheck = (context: PolicyContext) => CheckResult;

/** Run a check on both sides: what already failed at the baseline is old debt (a warning), what is new takes its severity. */
export function ratchet(context: PolicyContext, run: (side: Side) => Finding[]): Finding[] {
  return markOld(run(context.base), run(context.head), context.movedFrom);
}

/**
 * Head findings also found at the baseline (same key) are marked old. A key names its files as segments between
 * `|`: a file the change moved is looked for under the name it had (its debt moves with it).
 */
export function markOld(before: Finding[], after: Finding[], movedFrom: (file: string) => string | undefined = () => undefined): Finding[] {
  const keys = new Set(before.map((f) => f.key));
  const was = (key: string | undefined) =>
    key
      ?.split('|')
      .map((s) => movedFrom(s) ?? s)
      .join('|');
  return after.map((f) => (keys.has(f.key) || keys.has(was(f.key)) ? { ...f, params: { ...f.params, old: true } } : f));
}

export function text(tree: SourceTree, path: string): string | undefined {
  const bytes = tree.read(path);
  return bytes ? Buffer.from(bytes).toString('utf8') : undefined;
}
