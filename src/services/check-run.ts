// Shared by the CLI, the Action and the App: read the two trees of a check from one source, diff them, judge them.
import { modeOf, roleOfMode, transitiveChanges, withoutPromise } from '../core/policy/compatibility.js';
import { maxLevel, sortChanges } from '../core/model.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FsTree } from '../adapters/fs-tree.js';
import { withGitSource, type GitSource } from '../adapters/git-source.js';
import { git, repoTop } from '../adapters/git-tree.js';
import { diffTrees } from '../core/diff/tree-diff.js';
import { movedFromOf } from '../core/diff/moves.js';
import { InputError } from '../core/errors.js';
import { compareVersions, FROZEN_DIR, type Freeze } from '../core/freeze/model.js';
import { readFreeze } from '../core/freeze/read.js';
import { ContractsLayout } from '../core/layout.js';
import { CONFIG_PATH, DEFAULT_CONFIG, normalizeRoot, parseConfig, type Config } from '../core/policy/config.js';
import { CHANGESET_DIR } from '../core/changesets.js';
import { releaseNotesNamed, configPathCandidates, resolveConfigPaths } from '../core/policy/config-paths.js';
import { evaluate } from '../core/policy/evaluate.js';
import { matchesAny } from '../core/policy/glob.js';
import { contractScope, withReferences } from '../core/policy/scope.js';
import { findUnits } from '../core/units.js';
import { codeGlobs } from '../core/policy/invariants.js';
import { guardFiles } from '../core/policy/checks/guard-policy.js';
import { text } from '../core/policy/checks/context.js';
import { inSubmodule, submodulePaths } from '../core/source/submodules.js';
import { buildReport, type Report } from '../core/report/model.js';
import { Documents, filterTree, MapTree, mergedTree, overlayTree, type SourceTree } from '../core/source/tree.js';
import { releaseTag, resolveBaseline, type BaselineSpec } from './baseline.js';
import { contractsRoot, loadConfig } from './config-file.js';
import { FreezeStore } from './freezes.js';
import type { TreeSource } from './tree-source.js';
import { readRuleset, spectralFindings } from './spectral-lint.js';
import type { LoadedRuleset } from '../core/policy/spectral-ruleset.js';
import type { Finding } from '../core/policy/finding.js';

export interface CheckInput {
  cwd: string;
  /** baseline: a git ref, `freeze:<version>` or `tag:<name>`; default: the latest freeze on the base branch */
  base?: string;
  /** the PR's base branch, where the baseline freeze is read; default: the repository's default branch */
  baseBranch?: string;
  /** git ref of the head; default: the working tree */
  head?: string;
  /** contracts folder relative to the repository root; default: the config's `contracts`, else `contracts` */
  root?: string;
  /** the configuration file, relative to the repository root (default .github/contract-guard.yml) */
  configPath?: string;
  /** the configuration's text, when it comes from elsewhere (the App reads it from the default branch) */
  configText?: string;
  now?: Date;
  /** Told each file as its judging (or linting) starts. */
  progress?: (file: string) => void;
  /** `validate`: the whole tree's health, every description read, not only those the change touches. */
  wholeTree?: boolean;
}

async function defaultBranch(source: GitSource): Promise<string | undefined> {
  try {
    const ref = (await git(source.top).raw(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'])).trim();
    if (ref) return ref.replace(/^refs\/remotes\//, '');
  } catch {
    // no remote HEAD recorded
  }
  for (const candidate of ['main', 'master', 'origin/main', 'origin/master']) {
    try {
      await source.commit(candidate);
      return candidate;
    } catch {
      // try the next
    }
  }
  return undefined;
}

/** The policy a check is judged by, the Spectral ruleset beside it, and where they came from. */
export interface Policy {
  config: Config;
  ruleset?: LoadedRuleset;
  warnings: string[];
  /** The policy file's text where it was read (undefined: there is none, the defaults apply). */
  text?: string;
}

/**
 * The base branch's policy and Spectral ruleset: what a pull request brings can never weaken the rules it is judged
 * by. With no policy there, the built-in defaults (never the head's file). `top`: a checkout, for the contracts root
 * of the defaults.
 */
export async function policyOnBase(
  source: TreeSource,
  baseBranch: string,
  configPath = CONFIG_PATH,
  top?: string,
  /** The policy's text when it was read elsewhere (the App: the default branch, with `_extends`). */
  given?: string,
): Promise<Policy> {
  const text = given ?? (await source.file(baseBranch, configPath));
  const parsed = parseConfig(configPath, text ?? '');
  const config = parsed.contractsDefaulted ? { ...parsed, contracts: await rootOnBase(source, baseBranch, top) } : parsed;
  const ruleset = await readRuleset(config, (path) => source.file(baseBranch, path));
  return { config, ruleset, warnings: [], text };
}

/**
 * The contracts root no configuration names: `contracts` when the base branch has that folder, else the whole
 * repository. Decided on the base branch, the trusted side: decided on the working tree, a pull request that added a
 * `contracts/` folder took every other file out of its own check (a break in `schemas/` read as a patch, and passed).
 */
async function rootOnBase(source: TreeSource, baseBranch: string, top: string | undefined): Promise<string> {
  let commit: string;
  try {
    commit = await source.commit(baseBranch);
  } catch {
    return top === undefined ? DEFAULT_CONFIG.contracts : contractsRoot(top, undefined); // no base branch yet
  }
  let found = false;
  await source.tree(commit, DEFAULT_CONFIG.contracts, () => ((found = true), false));
  return defaultRoot(found);
}

/** The root without a configured one: `contracts` when the base branch has that folder, else the whole repository. */
const defaultRoot = (hasContractsFolder: boolean) => (hasContractsFolder ? DEFAULT_CONFIG.contracts : '');

/**
 * `filesRead` once the base branch's paths are known, its root decided there as the check will decide it: planned
 * with `contracts/` on a repository without that folder, the App fetched none of the files it then read.
 */
export function filesReadOnBase(config: Config, basePaths: string[]): (path: string) => boolean {
  if (!config.contractsDefaulted) return filesRead(config);
  const prefix = DEFAULT_CONFIG.contracts + '/';
  return filesRead({ ...config, contracts: defaultRoot(basePaths.some((p) => p.startsWith(prefix))) });
}

/**
 * The policy of a local check: the base branch's, like a pull request's; the working tree's only when asked for with
 * `--config` (or when there is no base branch), and then the report says so.
 */
async function localPolicy(source: GitSource, input: CheckInput, baseBranch: string | undefined): Promise<Policy> {
  const top = source.top;
  const fromTree = async (): Promise<Policy> => {
    const config = loadConfig(top, input);
    // read like every other working-tree file: never through a link out of the repository
    const tree = new FsTree(top);
    const read = async (p: string) => {
      const bytes = tree.read(p);
      return bytes && Buffer.from(bytes).toString('utf8');
    };
    return { config, ruleset: await readRuleset(config, read), warnings: [] };
  };
  if (input.configText !== undefined || !baseBranch) return fromTree();
  if (input.configPath !== undefined) {
    const policy = await fromTree();
    policy.warnings.push(
      `policy from the working tree's ${input.configPath} (--config), not from ${baseBranch}: a pull request is judged by ${baseBranch}'s`,
    );
    return policy;
  }
  const policy = await policyOnBase(source, baseBranch, CONFIG_PATH, top);
  const local = join(top, CONFIG_PATH);
  const onBase = policy.text;
  if (existsSync(local) && readFileSync(local, 'utf8') !== onBase)
    policy.warnings.push(
      onBase === undefined
        ? `${CONFIG_PATH} is not on ${baseBranch} yet: judged by the built-in defaults until it is merged (try it with --config ${CONFIG_PATH})`
        : `the working tree's ${CONFIG_PATH} differs from ${baseBranch}'s, which is the one that applies (try yours with --config ${CONFIG_PATH})`,
    );
  return policy;
}

export interface TreesToJudge {
  /** The configuration, with `contracts` set to the root in use. */
  config: Config;
  /** Baseline and head trees (repository-relative paths); the head includes the frozen snapshots. */
  base: SourceTree;
  head: SourceTree;
  /**
   * Frozen snapshots on the base branch: the history (deprecation window) is read from them, and what the head did to
   * the frozen folder is judged against them. Undefined when there is no base branch (a local check of a lone branch):
   * then the head's own freezes are the history.
   */
  frozenBase?: SourceTree;
  baseline: string;
  headLabel: string;
  warnings: string[];
  code?: { base: SourceTree; head: SourceTree };
  /** Folders that are git submodules (either side's `.gitmodules`): their files are read from no source. */
  submodules?: string[];
  /** The guard's own files where the head forked and at the head (PolicyContext.guard). */
  guard?: { base: SourceTree; head: SourceTree };
  /** Findings of the Spectral ruleset, baseline and head. */
  linted?: { base: Finding[]; head: Finding[] };
  /** Every path on the base branch, when known: a configured file outside the contracts root is looked up there. */
  baseBranchPaths?: string[];
  now: Date;
  /** Told each file as its judging starts. */
  progress?: (file: string) => void;
  /** Every description read by the checks that read the change's only (`validate`). */
  wholeTree?: boolean;
  /** The base branch releases with changesets. */
  changesets?: boolean;
  releaseTag?: { tag: string; version: string };
}

/** Configured paths (either spelling) that lie outside the contracts root. */
function outsideCandidates(config: Config): { files: string[]; folders: string[] } {
  const prefix = config.contracts ? config.contracts + '/' : '';
  if (!prefix) return { files: [], folders: [] }; // the whole repository is the contracts root
  const { files, folders } = configPathCandidates(config);
  return { files: files.filter((f) => !f.startsWith(prefix)), folders: folders.filter((f) => !f.startsWith(prefix)) };
}

/** The same, as a predicate over repository paths; undefined when there are none. */
export function outsideRoot(config: Config): ((path: string) => boolean) | undefined {
  const { files, folders } = outsideCandidates(config);
  if (!files.length && !folders.length) return undefined;
  const prefix = config.contracts + '/';
  return (p) => !p.startsWith(prefix) && (files.includes(p) || folders.some((f) => p.startsWith(f + '/')));
}

/**
 * Every file a check may read from a commit: the contracts in scope and the freezes under the contracts root, the
 * code that invariants watch, and the configured files outside the root. A partial clone fetches these in one batch.
 */
export function filesRead(given: Config): (path: string) => boolean {
  const config = { ...given, contracts: normalizeRoot(given.contracts) };
  const inScope = contractScope(config);
  const layout = new ContractsLayout(config.contracts);
  const code = codeGlobs(config.invariants);
  const outside = outsideRoot(config);
  const changelog = releaseNotesNamed(config);
  // the guard's own policy, and .gitmodules (a `$ref` into a submodule is told so): fetched with the rest
  const named = [...guardFiles(config), '.gitmodules'];
  return (p) =>
    inScope(p) || layout.isFrozen(p) || (code.length > 0 && matchesAny(p, code)) || !!outside?.(p) || changelog(p) || named.includes(p);
}

/** The configured files outside the contracts root, from the working tree. */
function fsFiles(top: string, config: Config): SourceTree {
  const { files, folders } = outsideCandidates(config);
  const fs = new FsTree(top, folders);
  const tree = new MapTree();
  for (const p of [...files, ...fs.paths()]) {
    const bytes = fs.read(p);
    if (bytes) tree.set(p, bytes);
  }
  return tree;
}

/** Diff and policy over two trees, however they were read (git, the file system, the REST API). */
export function judgeTrees(t: TreesToJudge): Report {
  const root = t.config.contracts;
  const rootLayout = new ContractsLayout(root);
  const isFrozen = (p: string) => rootLayout.isFrozen(p);
  const visible = (p: string) => !isFrozen(p) && !matchesAny(p, t.config.files.ignore);
  const inScope = withReferences(t.config, contractScope(t.config), [filterTree(t.base, visible), filterTree(t.head, visible)]);
  // files the configuration names outside the scope (a changelog at the root, a unit's version file) are read too
  const named = configPathCandidates(t.config);
  const namedFiles = named.files;
  const changelog = releaseNotesNamed(t.config);
  const isNamed = (p: string) => namedFiles.includes(p) || named.folders.some((f) => p.startsWith(f + '/')) || changelog(p);
  const skipped = (p: string) => isFrozen(p) || matchesAny(p, t.config.files.ignore) || (!inScope(p) && !isNamed(p));
  const base = filterTree(t.base, (p) => !skipped(p));
  const head = filterTree(t.head, (p) => !skipped(p));
  // configured paths are checked against the baseline (and the base branch, for files a freeze does not hold)
  const resolved = resolveConfigPaths(t.config, { paths: [...new Set([...base.paths(), ...(t.baseBranchPaths ?? [])])] });
  const config = resolved.config;
  const layout = new ContractsLayout(root, config.modules.root);
  const configuredRole = (file: string) =>
    config.roles.find((r) => matchesAny(file, [r.glob]) || matchesAny(file.slice(root.length + 1), [r.glob]))?.role;
  const isContract = (file: string) => matchesAny(file, config.files.contracts);
  const documents = Documents.pair(base, head);
  const listed = t.config.scope.length ? t.config.scope.join(', ') : root || '.';
  documents.base.unreadBecause = documents.head.unreadBecause = (p) =>
    inSubmodule(p, t.submodules ?? []) ??
    (inScope(p)
      ? undefined
      : `it is outside what the check reads (${listed}); if it is in the repository, add its folder to \`contracts:\` in ${t.config.source?.file ?? CONFIG_PATH}`);
  const contractPaths = (tree: SourceTree) => tree.paths().filter((p) => inScope(p) || namedFiles.includes(p));
  const baseUnits = findUnits(contractPaths(base), documents.base, layout, config.units);
  const units = findUnits(contractPaths(head), documents.head, layout, config.units, baseUnits);
  // a compatibility mode (per unit or file) says which side must keep reading; else the configured role or the path
  const mode = modeOf(config, (file) => units.unitOf(file));
  const roleOf = (file: string) => roleOfMode(mode(file)) ?? configuredRole(file);
  const moduleOf = (file: string) => units.unitOf(file);
  // files named outside the scope are read by the policy, not diffed: a root changelog is no contract
  const judged = diffTrees(filterTree(base, inScope), filterTree(head, inScope), {
    moduleOf,
    roleOf,
    isContract,
    // the whole repository: its Kubernetes manifests, settings and translations are no contract unless `$ref`'d
    data: root === '' ? 'referenced' : 'always',
    documents,
    judgement: config.judgement,
    onFile: t.progress,
  });
  const freezes = freezeHistory(t.frozenBase ?? t.head, layout, judged.errors);
  // what was promised is the published version's mode: a file moved under a glob whose mode is `none` is still held to
  // the one it was published under (the diff reads its role so too)
  const movedFrom = movedFromOf(judged.moves);
  const promised = (file: string) => mode(movedFrom(file) ?? file);
  withoutPromise(judged.changes, promised);
  const older = transitiveChanges(
    judged.changes,
    filterTree(head, inScope),
    freezes,
    root,
    promised,
    { moduleOf, roleOf, judgement: config.judgement, documents: { head: documents.head } },
    movedFrom,
  );
  const changes = sortChanges([...judged.changes, ...older]);
  const result = { ...judged, changes, level: maxLevel(changes.map((c) => c.level)) };
  const report = buildReport(result, { baseline: t.baseline, head: t.headLabel, warnings: [...t.warnings, ...resolved.warnings] });
  return evaluate({
    config,
    layout,
    report,
    base: documents.base,
    head: documents.head,
    freezes,
    frozenBase: filterTree(t.frozenBase ?? t.head, isFrozen),
    frozenHead: filterTree(t.head, isFrozen),
    headFiles: filterTree(t.head, (p) => inScope(p) && !isFrozen(p)),
    units,
    moves: judged.moves,
    code: t.code,
    guard: t.guard,
    linted: t.linted,
    now: t.now,
    wholeTree: t.wholeTree,
    changesets: t.changesets,
    releaseTag: t.releaseTag,
  });
}

/** The freezes held in a tree, newest first; a broken one is reported, not fatal. */
function freezeHistory(tree: SourceTree, layout: ContractsLayout, errors: Report['errors']): Freeze[] {
  const out: Freeze[] = [];
  for (const path of tree.paths()) {
    if (!layout.isFreezePath(path)) continue;
    try {
      out.push(readFreeze(path, Buffer.from(tree.read(path)!).toString('utf8')));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push({ file: err.file ?? path, line: err.line, message: err.message });
    }
  }
  return out.sort((a, b) => compareVersions(b, a));
}

/**
 * The guard's own files (its policy, the Spectral ruleset) where the head forked, and at the head commit or working
 * tree: read as trees are, so a file over the size limit is stood in for, never read whole.
 */
async function guardTrees(
  source: TreeSource,
  config: Config,
  fork: string,
  head: string | undefined,
  top: string | undefined,
): Promise<{ base: SourceTree; head: SourceTree }> {
  const files = guardFiles(config);
  const wanted = (p: string) => files.includes(p);
  const base = await source.tree(fork, '', wanted);
  if (head !== undefined) return { base, head: await source.tree(head, '', wanted) };
  const working = new FsTree(top!);
  const now = new MapTree();
  for (const path of files) {
    const bytes = working.read(path);
    if (bytes) now.set(path, bytes);
  }
  return { base, head: now };
}

/** A check whose trees all come from one source: the head is a commit, or (locally) the working tree. */
export interface SourceCheck {
  source: TreeSource;
  /** The configuration, `contracts` set to the root in use. */
  config: Config;
  baseline: BaselineSpec;
  /** The head commit's ref; undefined: the working tree at `workingTree`. */
  head?: string;
  workingTree?: string;
  warnings?: string[];
  /** The Spectral ruleset, read from where the policy was read. */
  ruleset?: LoadedRuleset;
  now: Date;
  /** Told each file as its judging (or linting) starts. */
  progress?: (file: string) => void;
  wholeTree?: boolean;
}

/** Files a head and its base branch both changed since they forked: judged as the head has them, which the merge may not keep. */
function bothChangedWarning(paths: string[], baseBranch: string): string {
  const named = paths.length > 3 ? `${paths.slice(0, 3).join(', ')} and ${paths.length - 3} more` : paths.join(', ');
  return `${named} changed on ${baseBranch} too since this branch forked from it: judged as this branch has ${paths.length === 1 ? 'it' : 'them'}; merge ${baseBranch} into it for the verdict of the merge`;
}

/** Both results; if either fails, the first's error (the baseline's problem is said before the head's, as it was). */
async function bothOrFirstError<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [x, y] = await Promise.allSettled([a, b]);
  if (x.status === 'rejected') throw x.reason;
  if (y.status === 'rejected') throw y.reason;
  return [x.value, y.value];
}

/** The whole job: baseline, diff, policy. */
export async function checkSource(c: SourceCheck): Promise<Report> {
  const { source, config } = c;
  const root = config.contracts;
  const layout = new ContractsLayout(root, config.modules.root);
  const top = c.workingTree;
  if (!c.head && top === undefined) throw new Error('a check needs a head commit or a working tree');
  // both sides asked at once: git lists one tree while the other's blobs are read
  const headSide = async (): Promise<{ sha?: string; tree: SourceTree }> => {
    if (!c.head) return { tree: new FsTree(top!, [root]) };
    const sha = await source.commit(c.head);
    return { sha, tree: await source.tree(sha, root) };
  };
  const [baseline, { sha: headSha, tree: headAlone }] = await bothOrFirstError(resolveBaseline(source, layout, c.baseline), headSide());
  const baseBranch = c.baseline.baseBranch;
  const baseSha = baseBranch ? await source.commit(baseBranch) : undefined;
  // a head behind the base branch's tip is judged as it would merge there, against the freeze of that tip
  // (a working tree forked where its HEAD did: what it left as HEAD had it is the base branch's now)
  const fork =
    baseline.atTip && baseSha ? await source.mergeBase(headSha ?? c.baseline.mergeFrom, baseSha).catch(() => undefined) : undefined;
  const behind = fork !== undefined && fork !== baseSha;
  const bothChanged: string[] = [];
  const asMerged = async (tree: SourceTree, under: string, keep?: (p: string) => boolean) => {
    if (!behind) return tree;
    const merged = mergedTree(await source.tree(baseSha!, under, keep), tree, await source.tree(fork, under, keep));
    bothChanged.push(...merged.bothChanged);
    return merged.tree;
  };
  const head = await asMerged(headAlone, root);
  // a ref by name keeps its name; a commit is its short SHA (a 40-character one helps no reader)
  const headLabel = headSha
    ? `${/^[0-9a-f]{40}$/i.test(c.head!) ? headSha.slice(0, 7) : `${c.head} (${headSha.slice(0, 7)})`}${behind ? ` as merged into ${baseBranch}` : ''}${source.note}`
    : `working tree${behind ? ` as merged into ${baseBranch}` : ''}`;
  const frozenBase = baseSha ? await source.tree(baseSha, layout.frozenDir) : undefined;
  const release = baseBranch ? await releaseTag(source, baseBranch).catch(() => undefined) : undefined;
  const changesets = baseSha ? (await source.file(baseSha, `${CHANGESET_DIR}/config.json`).catch(() => undefined)) !== undefined : false;
  let code: TreesToJudge['code'];
  const globs = codeGlobs(config.invariants);
  if (globs.length) {
    const wanted = (p: string) => matchesAny(p, globs);
    const mergeBase = baseSha ? await source.mergeBase(c.baseline.mergeFrom, baseSha) : undefined;
    const codeBase = mergeBase ? await source.tree(mergeBase, '', wanted) : new MapTree();
    const codeHead = headSha ? await source.tree(headSha, '', wanted) : filterTree(new FsTree(top!), wanted);
    code = { base: codeBase, head: codeHead };
  }
  // what the head changed of the guard's own policy since it forked (a head with no history in common: against the
  // base branch's tip)
  const forked = baseSha ? await source.mergeBase(c.baseline.mergeFrom, baseSha).catch(() => baseSha) : undefined;
  const guard = forked ? await guardTrees(source, config, forked, headSha, top) : undefined;
  const gitmodules = await Promise.all([
    baseSha ? source.file(baseSha, '.gitmodules').catch(() => undefined) : undefined,
    headSha ? source.file(headSha, '.gitmodules').catch(() => undefined) : text(new FsTree(top!), '.gitmodules'),
  ]);
  const submodules = [...new Set(gitmodules.flatMap(submodulePaths))];
  // configured files outside the contracts folder (a changelog at the repository root, …) are read too
  const outside = outsideRoot(config);
  const extraBase = baseSha && outside ? await source.tree(baseSha, '', outside) : new MapTree();
  const extraHead = !outside
    ? new MapTree()
    : await asMerged(headSha ? await source.tree(headSha, '', outside) : fsFiles(top!, config), '', outside);
  const withExtra = (tree: SourceTree, extra: SourceTree) =>
    outside
      ? overlayTree([
          { tree, owns: (p) => !outside(p) || layout.inRoot(p) },
          { tree: extra, owns: () => true },
        ])
      : tree;
  const keep = (p: string) => !layout.isFrozen(p);
  const baseTree = filterTree(baseline.tree, keep);
  const lint = (tree: SourceTree) =>
    spectralFindings(
      c.ruleset!,
      new Documents(tree),
      tree.paths().filter((p) => !matchesAny(p, config.files.ignore)),
      c.progress,
    );
  const linted = c.ruleset ? { base: await lint(baseTree), head: await lint(filterTree(head, keep)) } : undefined;
  return judgeTrees({
    config,
    base: withExtra(baseTree, extraBase),
    head: withExtra(head, extraHead),
    linted,
    baseBranchPaths: extraBase.paths(),
    frozenBase,
    baseline: baseline.description,
    headLabel,
    warnings: [...(c.warnings ?? []), ...baseline.warnings, ...(bothChanged.length ? [bothChangedWarning(bothChanged, baseBranch!)] : [])],
    code,
    guard,
    submodules,
    now: c.now,
    progress: c.progress,
    wholeTree: c.wholeTree,
    changesets,
    ...(release ? { releaseTag: release } : {}),
  });
}

/** `check` in a git repository: the head is a commit or the working tree. */
export async function runCheck(input: CheckInput): Promise<Report> {
  // one view of the repository for the policy and the judgement: the base is resolved and listed once
  return withGitSource(await repoTop(input.cwd), (source) => checkThrough(source, input));
}

async function checkThrough(source: GitSource, input: CheckInput): Promise<Report> {
  const top = source.top;
  const baseBranch = input.baseBranch ?? (await defaultBranch(source));
  const policy = await localPolicy(source, input, baseBranch);
  const config = policy.config;
  const root = contractsRoot(top, input.root ?? config.contracts);
  // a working tree that moved or removed the contracts folder is judged (its contracts removed), not refused: only a
  // folder on neither side is a mistake in the policy
  if (root && !existsSync(join(top, root)) && !input.head && !(baseBranch && (await source.holds(baseBranch, root))))
    throw new InputError(`contracts root '${root}' does not exist`, top);
  const freezes = new FreezeStore(join(top, root), (n) => [root, FROZEN_DIR, n].filter(Boolean).join('/'));
  return checkSource({
    source,
    // `--root` names one folder: the configured list of folders and globs then does not apply
    config: { ...config, contracts: root, scope: input.root === undefined ? config.scope : [] },
    baseline: { base: input.base, baseBranch, mergeFrom: 'HEAD', freezes },
    head: input.head,
    workingTree: top,
    warnings: policy.warnings,
    ruleset: policy.ruleset,
    now: input.now ?? new Date(),
    progress: input.progress,
    wholeTree: input.wholeTree,
  });
}
