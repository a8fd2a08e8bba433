// The judge: rule overrides and ignores, then the policy checks in order, then each finding's severity.
import type { Freeze } from '../freeze/model.js';
import type { ContractsLayout } from '../layout.js';
import type { Units } from '../units.js';
import type { Change, Level } from '../model.js';
import { LEVELS, levelRank, maxLevel, sortChanges, compareText } from '../model.js';
import {
  DEBT_NOTE,
  warningLine,
  type ChecklistItem,
  type Draft,
  type IgnoredFinding,
  type ModuleSummary,
  type Report,
  type Violation,
} from '../report/model.js';
import { findRule } from '../rules/catalog.js';
import { Documents, type SourceTree } from '../source/tree.js';
import { CONFIG_PATH, type Config, type IgnoreEntry } from './config.js';
import { POLICY_CHECKS } from './checks/index.js';
import { guardFiles } from './checks/guard-policy.js';
import type { FreezeRelease, PolicyContext, Side } from './checks/context.js';
import { describe, finding, type Finding } from './finding.js';
import { matchesAny } from './glob.js';
import { getPolicyRule, type Severity } from './policy-rules.js';
import { movedFromOf } from '../diff/moves.js';

export interface PolicyInput {
  config: Config;
  layout: ContractsLayout;
  /** The diff report (changes, errors, baseline and head labels). */
  report: Report;
  /** Contracts trees (repository-relative paths, frozen snapshots excluded), with the documents the diff parsed. */
  base: Documents;
  head: Documents;
  /** Frozen history on the base branch, newest first. */
  freezes: Freeze[];
  /** `_frozen/` files on the base branch and at the head. */
  frozenBase: SourceTree;
  frozenHead: SourceTree;
  /** The head's contracts root, frozen folder excluded, nothing ignored. */
  headFiles: SourceTree;
  /** Repository trees for code invariants (only the paths their globs name are needed). */
  code?: { base: SourceTree; head: SourceTree };
  /** See PolicyContext.guard. */
  guard?: { base: SourceTree; head: SourceTree };
  /** Findings of linters run beforehand (Spectral), baseline and head. */
  linted?: { base: Finding[]; head: Finding[] };
  /** The versioned units of the head (the baseline's for files it alone holds). */
  units: Units;
  /** Files the change moved within their unit (the diff's). */
  moves?: { base: string; head: string }[];
  now: Date;
  /** `validate`: the whole tree's health, not the change's (see PolicyContext.wholeTree). */
  wholeTree?: boolean;
  /** The base branch releases with changesets (see PolicyContext.changesets). */
  changesets?: boolean;
  /** See PolicyContext.releaseTag. */
  releaseTag?: { tag: string; version: string };
}

export function evaluate(input: PolicyInput): Report {
  const { config, layout, now } = input;
  const warnings = [...input.report.warnings];
  const ignored: IgnoredFinding[] = [];
  const today = now.toISOString().slice(0, 10);

  // ignores: an expired entry stops applying and says so
  const active: IgnoreEntry[] = [];
  const findings: Finding[] = [];
  for (const entry of config.ignore) {
    if (entry.until && entry.until < today) {
      const where = entry.file ? ` in ${entry.file}` : '';
      findings.push(finding('ignore-expired', CONFIG_PATH, { rule: entry.rule, where, until: entry.until, reason: entry.reason }));
    } else active.push(entry);
  }
  const ignoredBy = (ruleId: string, file: string, pointer?: string) =>
    active.find((e) => {
      const base = findRule(ruleId)?.rule.id;
      if (e.rule !== ruleId && e.rule !== base) return false;
      const rel = layout.rel(file);
      if (e.file && !(e.file === file || e.file === rel || matchesAny(file, [e.file]) || matchesAny(rel, [e.file]))) return false;
      return !e.pointer || (pointer ?? '').startsWith(e.pointer);
    });
  const ignore = (ruleId: string, file: string, reason: string, until?: string) =>
    ignored.push({ ruleId, file, reason, ...(until ? { until } : {}) });

  // rule overrides and ignores on changes, before anything is decided from them
  const changes: Change[] = [];
  for (const c of input.report.changes) {
    const override = config.rules[c.ruleId] ?? config.rules[c.rule];
    if (override === 'off') continue;
    const hit = ignoredBy(c.ruleId, c.file, c.pointer);
    if (hit) {
      ignore(c.ruleId, c.file, hit.reason, hit.until);
      continue;
    }
    changes.push(override && (LEVELS as readonly string[]).includes(override) ? { ...c, level: override as Level } : c);
  }

  const side = (docs: Documents): Side => ({ tree: docs.tree, docs, paths: docs.tree.paths() });
  const context: PolicyContext = {
    config,
    today,
    layout,
    units: input.units,
    changes,
    base: side(input.base),
    head: side(input.head),
    freezes: input.freezes,
    frozenBase: input.frozenBase,
    frozenHead: input.frozenHead,
    headFiles: input.headFiles,
    code: input.code,
    ...(input.guard ? { guard: input.guard } : {}),
    linted: input.linted,
    isContract: (file) => matchesAny(file, config.files.contracts),
    movedFrom: movedFromOf(input.moves),
    wholeTree: input.wholeTree ?? false,
    changesets: input.changesets ?? false,
    ...(input.releaseTag ? { releaseTag: input.releaseTag } : {}),
  };
  const modules: ModuleSummary[] = [];
  const checklist: ChecklistItem[] = [];
  const errors = [...input.report.errors];
  let release: FreezeRelease | undefined;
  for (const check of POLICY_CHECKS) {
    const result = check(context);
    release ??= result.release;
    findings.push(...result.findings);
    checklist.push(...(result.checklist ?? []));
    modules.push(...(result.modules ?? []));
    for (const e of result.errors ?? []) {
      const known = errors.findIndex((k) => k.file === e.file && k.message === e.message);
      if (known < 0) errors.push(e);
      else if (e.side) errors[known] = { ...errors[known]!, side: e.side }; // the diff's error, now with its side
    }
  }

  const violations: Violation[] = [];
  const drafts: Draft[] = [];
  for (const f of findings) {
    const rule = getPolicyRule(f.ruleId);
    const override = config.rules[f.ruleId];
    if (override === 'off') continue;
    const hit = ignoredBy(f.ruleId, f.file, f.pointer);
    if (hit && f.ruleId !== 'ignore-expired') {
      ignore(f.ruleId, f.file, hit.reason, hit.until);
      continue;
    }
    let severity: Severity = override === 'warn' || override === 'block' ? override : rule.severity;
    if (f.params.old && rule.ratchet !== false && override !== 'block') severity = 'warn';
    const { message, fix } = describe(f);
    violations.push({
      ruleId: f.ruleId,
      file: f.file,
      ...(f.line ? { line: f.line } : {}),
      ...(f.module ? { module: f.module } : {}),
      message: f.params.old ? message + DEBT_NOTE : message,
      fix,
      blocking: severity === 'block',
      approvable: severity === 'approve',
      ...(f.suggestion && f.line ? { suggestion: f.suggestion } : {}),
      ...(f.params.old && severity === 'warn' ? { debt: true } : {}),
      ...(f.identity ? { identity: f.identity } : {}),
    });
    const { message: said, blocking } = violations.at(-1)!;
    if (f.proposal)
      drafts.push({ ruleId: f.ruleId, ...(f.module ? { module: f.module } : {}), message: said, fix, blocking, proposal: f.proposal });
  }
  violations.sort(
    (a, b) =>
      Number(b.blocking) - Number(a.blocking) ||
      Number(b.approvable) - Number(a.approvable) ||
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
  for (const v of violations) if (!v.blocking && !v.approvable) warnings.push(warningLine(v));
  const reasons = violations.filter((v) => v.approvable).map((v) => v.message);
  // a council nobody is in can approve nothing: a major change would wait for ever, so every check with changes says so
  if (!config.council.teams.length && !config.council.users.length && (changes.length || reasons.length))
    warnings.push(
      `no one can approve a major change: the Contract Council is empty (set council.teams or council.users in ${config.source?.file ?? CONFIG_PATH})`,
    );
  // a freeze is of the contracts: a pull request that changed only code or the guard's policy has nothing to freeze
  const guard = guardFiles(config);
  if (changes.length || violations.some((v) => (v.blocking || v.approvable) && layout.inRoot(v.file) && !guard.includes(v.file))) {
    checklist.push({
      text: `After merge: \`contract-guard freeze create ${release?.version ?? '<version>'}\` and \`contract-guard freeze tag --push\` on the default branch${release ? ` (needs ${release.needs}; the latest freeze is v${release.latest})` : ''}`,
      done: false,
    });
  }
  modules.sort((a, b) => levelRank(b.level) - levelRank(a.level) || compareText(a.name, b.name));
  return {
    ...input.report,
    level: maxLevel(changes.map((c) => c.level)),
    blocked: violations.some((v) => v.blocking),
    modules,
    changes: sortChanges(changes),
    errors,
    violations: violations.filter((v) => v.blocking || v.approvable),
    warned: violations.filter((v) => !v.blocking && !v.approvable),
    approval: { required: reasons.length > 0, reasons },
    checklist,
    ignored,
    warnings,
    ...(drafts.length ? { drafts } : {}),
  };
}
