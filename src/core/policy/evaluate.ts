// The judge: from a diff and the two trees, decide what blocks, what needs the Contract Council, and what to do.
import semver from 'semver';
import type { Change, Diagnostic, Level } from '../model.js';
import { levelRank, maxLevel, sortChanges } from '../model.js';
import type { Freeze } from '../freeze/model.js';
import { discoverModules, GLOBALS, moduleOfPath } from '../modules.js';
import type { ChecklistItem, IgnoredFinding, ModuleSummary, Report, Violation } from '../report/model.js';
import { findRule } from '../rules/catalog.js';
import { checkReadable } from '../source/readable.js';
import { Documents, type SourceTree } from '../source/tree.js';
import { CONFIG_PATH, isSchemaInvariant, type Config, type IgnoreEntry } from './config.js';
import { deprecatedStreak, REMOVALS } from './deprecation.js';
import { checkExamples } from './examples.js';
import { describe, finding, type Finding } from './finding.js';
import { matchesAny } from './glob.js';
import { checkCodeInvariant, checkSchemaInvariant, touchedFiles } from './invariants.js';
import { lintOpenApi } from './lint.js';
import { getPolicyRule, type Severity } from './policy-rules.js';
import { referenceClosure } from './references.js';

export interface PolicyInput {
  config: Config;
  /** The diff report (changes, errors, baseline and head labels). */
  report: Report;
  /** Contracts trees (repository-relative paths, frozen snapshots excluded). */
  base: SourceTree;
  head: SourceTree;
  /** Frozen history, newest first. */
  freezes: Freeze[];
  /** `_frozen/` files on the base branch and at the head. */
  frozenBase: SourceTree;
  frozenHead: SourceTree;
  /** Repository trees for code invariants (only the paths their globs name are needed). */
  code?: { base: SourceTree; head: SourceTree };
  now: Date;
}

const BUMPS: Level[] = ['none', 'patch', 'minor', 'major'];

export function evaluate(input: PolicyInput): Report {
  const { config, now } = input;
  const root = config.contracts;
  const prefix = root ? root + '/' : '';
  const rel = (file: string) => (file.startsWith(prefix) ? file.slice(prefix.length) : file);
  const warnings = [...input.report.warnings];
  const ignored: IgnoredFinding[] = [];
  const today = now.toISOString().slice(0, 10);

  // ignores: an expired entry stops applying and says so
  const active: IgnoreEntry[] = [];
  const findings: Finding[] = [];
  for (const entry of config.ignore) {
    if (entry.until && entry.until < today) {
      findings.push(
        finding('ignore-expired', CONFIG_PATH, {
          rule: entry.rule,
          where: entry.file ? ` in ${entry.file}` : '',
          until: entry.until,
          reason: entry.reason,
        }),
      );
    } else active.push(entry);
  }
  const ignoredBy = (ruleId: string, file: string, pointer?: string) =>
    active.find((e) => {
      const base = findRule(ruleId)?.rule.id;
      if (e.rule !== ruleId && e.rule !== base) return false;
      if (e.file && !(e.file === file || e.file === rel(file) || matchesAny(file, [e.file]) || matchesAny(rel(file), [e.file])))
        return false;
      return !e.pointer || (pointer ?? '').startsWith(e.pointer);
    });

  // rule overrides and ignores on changes, before anything is decided from them
  const changes: Change[] = [];
  for (const c of input.report.changes) {
    const base = findRule(c.ruleId)?.rule.id;
    const override = config.rules[c.ruleId] ?? (base ? config.rules[base] : undefined);
    if (override === 'off') continue;
    const hit = ignoredBy(c.ruleId, c.file, c.pointer);
    if (hit) {
      ignored.push({ ruleId: c.ruleId, file: c.file, reason: hit.reason, ...(hit.until ? { until: hit.until } : {}) });
      continue;
    }
    changes.push(override && BUMPS.includes(override as Level) ? { ...c, level: override as Level } : c);
  }

  // inherited impact: a module is affected by changes in the shared files its contracts reference
  const headDocs = new Documents(input.head);
  const baseDocs = new Documents(input.base);
  const headPaths = input.head.paths();
  const closure = referenceClosure(headDocs, headPaths);
  // config paths are repository-relative here (resolveConfigPaths)
  const { changelog: changelogPath, migrations } = config.versioning;
  const bookkeeping = (file: string) => /(^|\/)versions\.ya?ml$/.test(file) || file === changelogPath || file.startsWith(migrations + '/');
  const counted = changes.filter((c) => !bookkeeping(c.file));
  const moduleNames = new Set<string>([...counted.map((c) => c.module)]);
  const baseModules = new Map(discoverModules(input.base, prefix).map((m) => [m.name, m]));
  const headModules = new Map(discoverModules(input.head, prefix).map((m) => [m.name, m]));
  for (const name of headModules.keys()) moduleNames.add(name);
  const changedFiles = new Set(counted.map((c) => c.file));
  const inheritedBy = new Map<string, Set<string>>();
  for (const file of headPaths) {
    const owner = moduleOfPath(rel(file));
    for (const target of closure.get(file) ?? []) {
      if (changedFiles.has(target) && moduleOfPath(rel(target)) !== owner) {
        inheritedBy.set(owner, new Set([...(inheritedBy.get(owner) ?? []), target]));
        moduleNames.add(owner);
      }
    }
  }

  const modules: ModuleSummary[] = [];
  const checklist: ChecklistItem[] = [];
  const changelog = text(input.head, changelogPath);
  const migrationTexts = headPaths.filter((p) => p.startsWith(migrations + '/')).map((p) => `${p}\n${text(input.head, p) ?? ''}`);
  for (const name of [...moduleNames].sort()) {
    const own = counted.filter((c) => c.module === name);
    const inheritedFiles = [...(inheritedBy.get(name) ?? [])].sort();
    const inherited = counted.filter((c) => inheritedFiles.includes(c.file));
    const level = maxLevel([...own, ...inherited].map((c) => c.level));
    const versionsFile =
      headModules.get(name)?.versionsFile ??
      baseModules.get(name)?.versionsFile ??
      (name === GLOBALS ? config.modules.globals_versions : `${config.modules.root}/${name}/versions.yaml`);
    const frozenVersion = baseModules.get(name)?.version ?? infoVersion(baseDocs, input.base, prefix, name);
    const currentVersion = headModules.get(name)?.version ?? infoVersion(headDocs, input.head, prefix, name);
    if (level === 'none' && frozenVersion === currentVersion) continue;
    const required = requiredBump(level, frozenVersion, config.versioning.zero_major);
    modules.push({
      name,
      level,
      changes: own.length,
      frozenVersion,
      currentVersion,
      requiredBump: required,
      ...(inheritedFiles.length ? { inherits: inheritedFiles } : {}),
    });
    const at = { module: name, file: versionsFile };
    if (!currentVersion || !semver.valid(currentVersion)) {
      if (level !== 'none') findings.push(finding('version-missing', versionsFile, { module: name, file: versionsFile }, at));
      continue;
    }
    if (!frozenVersion || !semver.valid(frozenVersion)) continue; // a new module: any first version will do
    const suggested = required === 'none' ? frozenVersion : semver.inc(frozenVersion, required)!;
    const bump = bumpOf(frozenVersion, currentVersion);
    const params = { module: name, level, required, frozen: frozenVersion, current: currentVersion, suggested, bump, file: versionsFile };
    const line = headDocs.lineOf({ file: versionsFile, pointer: '/current' });
    if (semver.lt(currentVersion, frozenVersion)) findings.push(finding('version-decreased', versionsFile, params, { ...at, line }));
    else if (levelRank(bump) < levelRank(required)) findings.push(finding('version-bump-missing', versionsFile, params, { ...at, line }));
    else if (levelRank(bump) > levelRank(required)) findings.push(finding('version-bump-excess', versionsFile, params, { ...at, line }));
    if (required !== 'none') {
      checklist.push({
        text: `Version of \`${name}\` bumped ${frozenVersion} → ${currentVersion} (needs ${required}: ≥ ${suggested})`,
        done: levelRank(bump) >= levelRank(required) && !semver.lt(currentVersion, frozenVersion),
      });
      const logged =
        !!changelog && changelog.split('\n').some((l) => l.includes(name) && new RegExp(`\\b${escapeRe(currentVersion)}\\b`).test(l));
      checklist.push({ text: `${changelogPath} has an entry for ${name} ${currentVersion}`, done: logged });
      if (!logged)
        findings.push(finding('changelog-missing', changelogPath, { changelog: changelogPath, module: name, current: currentVersion }, at));
    }
    if (level === 'major') {
      const noted = migrationTexts.some((t) => t.includes(name) && t.includes(currentVersion));
      checklist.push({ text: `Migration note for ${name} ${currentVersion} in ${migrations}/`, done: noted });
      if (!noted) findings.push(finding('migration-note-missing', migrations, { module: name, current: currentVersion, migrations }, at));
      const majors = own.filter((c) => c.level === 'major').length + inherited.filter((c) => c.level === 'major').length;
      findings.push(finding('major-change', versionsFile, { module: name, count: majors, plural: majors === 1 ? '' : 's' }, at));
      const consumers = consumersOf(text(input.head, versionsFile));
      checklist.push({
        text: consumers.length
          ? `Notify the consumers of ${name}: ${consumers.join(', ')}`
          : `Notify the consumers of ${name} (list them as \`consumers:\` in ${rel(versionsFile)})`,
        done: false,
      });
      for (const topic of eventTopics([...own, ...inherited].filter((c) => c.level === 'major' && c.ruleId.startsWith('event-')))) {
        checklist.push({ text: `Dual-publish \`${topic}\` on the old and the new version during the transition`, done: false });
      }
    }
  }

  // removals: the deprecation window, counted in freezes
  const needed = config.versioning.deprecation_releases;
  const removals = new Set<string>();
  for (const c of changes) {
    if (!REMOVALS.test(c.ruleId) || needed === 0) continue;
    if (removals.has(`${c.file}#${c.pointer}`)) continue; // one element, several readers: one finding
    removals.add(`${c.file}#${c.pointer}`);
    const streak = deprecatedStreak(input.freezes, rel(c.file), c.pointer);
    const what = c.message.replace(/ \((also )?via .*\)$/, '');
    if (streak < needed)
      findings.push(
        finding(
          'removal-without-deprecation',
          c.file,
          { what, count: streak, needed },
          { module: c.module, line: c.line, pointer: c.pointer },
        ),
      );
    checklist.push({ text: `Deprecated for ${needed} releases before removal: ${what}`, done: streak >= needed });
  }

  // checks that run on every tree, with a ratchet: what already failed at the baseline is listed, not blocking
  const ratchet = (run: (docs: Documents, paths: string[]) => Finding[]) => {
    const before = new Set(run(baseDocs, input.base.paths()).map((f) => f.key));
    for (const f of run(headDocs, headPaths)) findings.push(before.has(f.key) ? { ...f, params: { ...f.params, old: true } } : f);
  };
  const isContract = (file: string) => matchesAny(file, config.files.contracts);
  const problems = new Map<Documents, Diagnostic[]>(); // per side, read once: the ratchet and the errors share them
  const problemsOf = (docs: Documents, paths: string[]) =>
    problems.get(docs) ?? problems.set(docs, checkReadable(docs, paths, isContract).problems).get(docs)!;
  ratchet((docs, paths) => unreadableFindings(problemsOf(docs, paths)));
  ratchet(checkExamples);
  ratchet(lintOpenApi);
  const errors = [...input.report.errors];
  for (const p of problemsOf(headDocs, headPaths)) {
    if (!errors.some((e) => e.file === p.file && e.message === p.message)) errors.push(p);
  }

  for (const inv of config.invariants) {
    if (isSchemaInvariant(inv)) findings.push(...checkSchemaInvariant(inv, inv.file, baseDocs, headDocs));
    else if (input.code) {
      if (inv.on_change !== undefined) {
        for (const file of touchedFiles(inv, input.code.base, input.code.head)) {
          findings.push(finding('code-invariant-touched', file, { invariant: inv.id, file, text: inv.on_change }));
          checklist.push({ text: `${inv.id}: ${inv.on_change} (${file} changed)`, done: false });
        }
      } else {
        const before = new Set(checkCodeInvariant(inv, input.code.base).map((f) => f.key));
        for (const f of checkCodeInvariant(inv, input.code.head))
          findings.push(before.has(f.key) ? { ...f, params: { ...f.params, old: true } } : f);
      }
    }
  }

  // frozen history is append-only
  for (const file of input.frozenBase.paths()) {
    if (!/(^|\/)(freeze|sha-index)-v[^/]+\.json$/.test(file)) continue;
    const after = input.frozenHead.read(file);
    if (!after) findings.push(finding('frozen-history-edited', file, { file, action: 'deleted' }));
    else if (Buffer.compare(after, input.frozenBase.read(file)!) !== 0)
      findings.push(finding('frozen-history-edited', file, { file, action: 'edited' }));
  }

  const violations: Violation[] = [];
  for (const f of findings) {
    const rule = getPolicyRule(f.ruleId);
    const override = config.rules[f.ruleId];
    if (override === 'off') continue;
    const hit = ignoredBy(f.ruleId, f.file, f.pointer);
    if (hit && f.ruleId !== 'ignore-expired') {
      ignored.push({ ruleId: f.ruleId, file: f.file, reason: hit.reason, ...(hit.until ? { until: hit.until } : {}) });
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
      message: f.params.old ? `${message} (already at the baseline)` : message,
      fix,
      blocking: severity === 'block',
      approvable: severity === 'approve',
    });
  }
  violations.sort(
    (a, b) =>
      Number(b.blocking) - Number(a.blocking) ||
      Number(b.approvable) - Number(a.approvable) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
  for (const v of violations) if (!v.blocking && !v.approvable) warnings.push(`${v.message} [${v.ruleId}]`);
  const reasons = violations.filter((v) => v.approvable).map((v) => v.message);
  if (changes.length || violations.some((v) => v.blocking || v.approvable)) {
    checklist.push({
      text: 'After merge: `contract-guard freeze create <version>` and `contract-guard freeze tag --push` on the default branch',
      done: false,
    });
  }
  modules.sort((a, b) => levelRank(b.level) - levelRank(a.level) || a.name.localeCompare(b.name));
  return {
    ...input.report,
    level: maxLevel(changes.map((c) => c.level)),
    blocked: violations.some((v) => v.blocking),
    modules,
    changes: sortChanges(changes),
    errors,
    violations: violations.filter((v) => v.blocking || v.approvable),
    approval: { required: reasons.length > 0, reasons },
    checklist,
    ignored,
    warnings,
  };
}

/** One finding per unreadable contract (its first problem), keyed by file: the ratchet asks "was it readable before?". */
function unreadableFindings(problems: Diagnostic[]): Finding[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  return [...byFile].map(([file, list]) => {
    const more = list.length > 1 ? ` (and ${list.length - 1} more)` : '';
    return finding('contract-unreadable', file, { file, problem: list[0]!.message + more }, { line: list[0]!.line, key: file });
  });
}

function requiredBump(level: Level, frozen: string | undefined, zeroMajor: 'minor' | 'major'): Level {
  if (level === 'major' && frozen && semver.valid(frozen) && semver.major(frozen) === 0 && zeroMajor === 'minor') return 'minor';
  return level;
}

function bumpOf(from: string, to: string): Level {
  const d = semver.diff(from, to);
  if (!d) return 'none';
  if (d === 'major' || d === 'premajor') return 'major';
  if (d === 'minor' || d === 'preminor') return 'minor';
  return 'patch';
}

function text(tree: SourceTree, path: string): string | undefined {
  const bytes = tree.read(path);
  return bytes ? Buffer.from(bytes).toString('utf8') : undefined;
}

/** A module without a versions file is versioned by its OpenAPI `info.version`. */
function infoVersion(docs: Documents, tree: SourceTree, prefix: string, module: string): string | undefined {
  for (const p of tree.paths()) {
    if (!p.startsWith(prefix) || moduleOfPath(p.slice(prefix.length)) !== module || !/\.(ya?ml|json)$/.test(p)) continue;
    try {
      const d = docs.get(p).data as { openapi?: unknown; info?: { version?: unknown } } | null;
      if (d && typeof d.openapi === 'string' && d.info?.version !== undefined) return String(d.info.version);
    } catch {
      // unreadable: reported by the diff
    }
  }
  return undefined;
}

function consumersOf(versionsText: string | undefined): string[] {
  if (!versionsText) return [];
  const match = /^consumers:\s*\[([^\]]*)\]/m.exec(versionsText);
  if (match)
    return match[1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const block = /^consumers:\s*\n((?:\s+-\s+.+\n?)+)/m.exec(versionsText);
  return block
    ? block[1]!
        .split('\n')
        .map((l) => l.replace(/^\s+-\s+/, '').trim())
        .filter(Boolean)
    : [];
}

/** Topics of event schemas with major changes: the schema file's name, which is the topic's name by convention. */
function eventTopics(changes: Change[]): string[] {
  return [
    ...new Set(
      changes.map((c) =>
        c.file
          .split('/')
          .pop()!
          .replace(/\.schema\.(json|ya?ml)$/, ''),
      ),
    ),
  ];
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
