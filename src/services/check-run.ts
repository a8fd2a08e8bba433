// Shared by the CLI, the Action and the App: find the two trees of a check in a git repository and diff them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FsTree } from '../adapters/fs-tree.js';
import { git, readGitTree, repoTop, resolveCommit } from '../adapters/git-tree.js';
import { InputError } from '../core/errors.js';
import semver from 'semver';
import { diffTrees } from '../core/diff/tree-diff.js';
import { compareVersions, FROZEN_DIR, freezeTree } from '../core/freeze/model.js';
import { ContractsLayout } from '../core/layout.js';
import { parseModuleTag } from '../core/modules.js';
import { buildReport, type Report } from '../core/report/model.js';
import { Documents, filterTree, overlayTree, type SourceTree } from '../core/source/tree.js';
import { FreezeStore, freezeAtRef } from './freezes.js';
import { readFreeze } from '../core/freeze/read.js';
import { readFileSync } from 'node:fs';
import type { Freeze } from '../core/freeze/model.js';
import { CONFIG_PATH, DEFAULT_CONFIG, normalizeRoot, parseConfig, type Config } from '../core/policy/config.js';
import { evaluate } from '../core/policy/evaluate.js';
import { matchesAny } from '../core/policy/glob.js';
import { codeGlobs } from '../core/policy/invariants.js';
import { configPathCandidates, resolveConfigPaths } from '../core/policy/config-paths.js';
import { MapTree } from '../core/source/tree.js';

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
}

export interface CheckTrees {
  top: string;
  root: string;
  baseBranch?: string;
  base: SourceTree;
  head: SourceTree;
  baseline: string;
  headLabel: string;
  warnings: string[];
  /** The head tree including frozen snapshots. */
  rawHead: SourceTree;
}

export async function defaultBranch(top: string): Promise<string | undefined> {
  const g = git(top);
  try {
    const ref = (await g.raw(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'])).trim();
    if (ref) return ref.replace(/^refs\/remotes\//, '');
  } catch {
    // no remote HEAD recorded
  }
  for (const candidate of ['main', 'master', 'origin/main', 'origin/master']) {
    try {
      await resolveCommit(top, candidate);
      return candidate;
    } catch {
      // try the next
    }
  }
  return undefined;
}

interface Baseline {
  tree: SourceTree;
  description: string;
  warnings: string[];
}

/** The baseline, in the documented order: --base, the base branch's latest freeze, module tags, the merge-base. */
export async function resolveBaseline(top: string, root: string, input: CheckInput): Promise<Baseline> {
  const spec = input.base;
  if (spec?.startsWith('freeze:')) {
    const stored = new FreezeStore(join(top, root), (n) => [root, FROZEN_DIR, n].filter(Boolean).join('/')).get(
      spec.slice('freeze:'.length),
    );
    return {
      tree: freezeTree(stored.freeze, root),
      description: `freeze v${stored.freeze.version} from ${stored.file} (--base)`,
      warnings: [],
    };
  }
  if (spec) {
    const ref = spec.startsWith('tag:') ? `refs/tags/${spec.slice(4)}` : spec;
    const sha = await resolveCommit(top, ref);
    return { tree: await readGitTree(top, sha, root), description: `${spec} (${sha.slice(0, 7)})`, warnings: [] };
  }
  const branch = input.baseBranch ?? (await defaultBranch(top));
  if (!branch) throw new InputError('no default branch (main/master) to find a baseline on: pass --base <ref> or --base-branch <branch>');
  const frozen = await freezeAtRef(top, branch, root);
  if (frozen) {
    return {
      tree: freezeTree(frozen.freeze, root),
      description: `freeze v${frozen.freeze.version} from ${frozen.file} on ${branch}`,
      warnings: [],
    };
  }
  const mergeBase = (await git(top).raw(['merge-base', 'HEAD', branch])).trim();
  const fallback = await readGitTree(top, mergeBase, root);
  const tags = await highestModuleTags(top);
  if (tags.size) {
    const layout = new ContractsLayout(root);
    const layers = [];
    for (const [module, tag] of tags) {
      const tree = await readGitTree(top, await resolveCommit(top, `refs/tags/${tag}`), root);
      layers.push({ tree, owns: (p: string) => layout.inRoot(p) && layout.moduleOf(p) === module });
    }
    layers.push({ tree: fallback, owns: () => true });
    return {
      tree: overlayTree(layers),
      description: `module tags ${[...tags.values()].join(', ')}; other modules from the merge-base with ${branch} (${mergeBase.slice(0, 7)})`,
      warnings: [`no freeze on ${branch} yet: baseline built from module tags`],
    };
  }
  return {
    tree: fallback,
    description: `merge-base with ${branch} (${mergeBase.slice(0, 7)})`,
    warnings: [
      `no freeze on ${branch} yet: comparing with the merge-base; create one with \`contract-guard freeze create <version>\` and merge it`,
    ],
  };
}

async function highestModuleTags(top: string): Promise<Map<string, string>> {
  const out = new Map<string, { tag: string; version: string }>();
  const list = (await git(top).raw(['tag', '--list', 'contracts-*']))
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean);
  for (const tag of list) {
    const parsed = parseModuleTag(tag);
    if (!parsed || !semver.valid(parsed.version)) continue;
    const known = out.get(parsed.module);
    if (!known || semver.gt(parsed.version, known.version)) out.set(parsed.module, { tag, version: parsed.version });
  }
  return new Map([...out].map(([m, v]) => [m, v.tag]));
}

/** The contracts root asked for, else `contracts` when the repository has one, else the whole repository. */
export function contractsRoot(top: string, asked: string | undefined): string {
  return normalizeRoot(asked ?? (existsSync(join(top, DEFAULT_CONFIG.contracts)) ? DEFAULT_CONFIG.contracts : ''));
}

export async function loadCheckTrees(input: CheckInput): Promise<CheckTrees> {
  const top = await repoTop(input.cwd);
  const root = contractsRoot(top, input.root);
  if (input.root === undefined) input = { ...input, root };
  if (root && !existsSync(join(top, root)) && !input.head) throw new InputError(`contracts root '${root}' does not exist`, top);
  const baseBranch = input.baseBranch ?? (await defaultBranch(top)); // found once, used for the baseline and the policy
  const baseline = await resolveBaseline(top, root, { ...input, baseBranch });
  let head: SourceTree;
  let headLabel: string;
  if (input.head) {
    const sha = await resolveCommit(top, input.head);
    head = await readGitTree(top, sha, root);
    headLabel = `${input.head} (${sha.slice(0, 7)})`;
  } else {
    head = new FsTree(top, [root]);
    headLabel = 'working tree';
  }
  const layout = new ContractsLayout(root);
  const keep = (p: string) => !layout.isFrozen(p);
  return {
    top,
    root,
    baseBranch,
    base: filterTree(baseline.tree, keep),
    head: filterTree(head, keep),
    baseline: baseline.description,
    headLabel,
    warnings: baseline.warnings,
    rawHead: head,
  };
}

export function loadConfig(top: string, input: CheckInput): Config {
  const path = input.configPath ?? CONFIG_PATH;
  if (input.configText !== undefined) return parseConfig(path, input.configText);
  const full = join(top, path);
  if (!existsSync(full)) {
    if (input.configPath) throw new InputError('config file not found', path);
    return { ...DEFAULT_CONFIG, contracts: contractsRoot(top, undefined) };
  }
  return parseConfig(path, readFileSync(full, 'utf8'));
}

export interface TreesToJudge {
  /** The configuration, with `contracts` set to the root in use. */
  config: Config;
  /** Baseline and head trees (repository-relative paths); the head includes the frozen snapshots. */
  base: SourceTree;
  head: SourceTree;
  /** Frozen snapshots on the base branch (append-only history is checked against them). */
  frozenBase: SourceTree;
  baseline: string;
  headLabel: string;
  warnings: string[];
  code?: { base: SourceTree; head: SourceTree };
  /** Every path on the base branch, when known: a configured file outside the contracts root is looked up there. */
  baseBranchPaths?: string[];
  now: Date;
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
  const skipped = (p: string) => isFrozen(p) || matchesAny(p, t.config.files.ignore);
  const base = filterTree(t.base, (p) => !skipped(p));
  const head = filterTree(t.head, (p) => !skipped(p));
  // configured paths are checked against the baseline (and the base branch, for files a freeze does not hold)
  const resolved = resolveConfigPaths(t.config, { paths: [...new Set([...base.paths(), ...(t.baseBranchPaths ?? [])])] });
  const config = resolved.config;
  const layout = new ContractsLayout(root, config.modules.root);
  const roleOf = (file: string) =>
    config.roles.find((r) => matchesAny(file, [r.glob]) || matchesAny(file.slice(root.length + 1), [r.glob]))?.role;
  const isContract = (file: string) => matchesAny(file, config.files.contracts);
  const documents = { base: new Documents(base), head: new Documents(head) };
  const result = diffTrees(base, head, { moduleOf: (file) => layout.moduleOf(file), roleOf, isContract, documents });
  const report = buildReport(result, { baseline: t.baseline, head: t.headLabel, warnings: [...t.warnings, ...resolved.warnings] });
  return evaluate({
    config,
    layout,
    report,
    base: documents.base,
    head: documents.head,
    freezes: freezeHistory(t.head, layout, report.errors),
    frozenBase: filterTree(t.frozenBase, isFrozen),
    frozenHead: filterTree(t.head, isFrozen),
    code: t.code,
    now: t.now,
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

/** The whole job: baseline, diff, policy. */
export async function runCheck(input: CheckInput): Promise<Report> {
  const top = await repoTop(input.cwd);
  const config = loadConfig(top, input);
  const root = normalizeRoot(input.root ?? config.contracts);
  const trees = await loadCheckTrees({ ...input, root });
  const frozenDir = new ContractsLayout(root).frozenDir;
  const baseSha = trees.baseBranch ? await resolveCommit(top, trees.baseBranch) : undefined;
  const frozenBase = baseSha ? await readGitTree(top, baseSha, frozenDir) : new MapTree();
  let code: TreesToJudge['code'];
  const globs = codeGlobs(config.invariants);
  if (globs.length) {
    const wanted = (p: string) => matchesAny(p, globs);
    const mergeBase = baseSha ? (await git(top).raw(['merge-base', 'HEAD', baseSha])).trim() : undefined;
    const codeBase = mergeBase ? await readGitTree(top, mergeBase, '', wanted) : new MapTree();
    const codeHead = input.head
      ? await readGitTree(top, await resolveCommit(top, input.head), '', wanted)
      : filterTree(new FsTree(top), wanted);
    code = { base: codeBase, head: codeHead };
  }
  // configured files outside the contracts folder (a changelog at the repository root, …) are read too
  const outside = outsideRoot({ ...config, contracts: root });
  const headSha = input.head ? await resolveCommit(top, input.head) : undefined;
  const extraBase = baseSha && outside ? await readGitTree(top, baseSha, '', outside) : new MapTree();
  const extraHead = !outside
    ? new MapTree()
    : headSha
      ? await readGitTree(top, headSha, '', outside)
      : fsFiles(top, { ...config, contracts: root });
  const prefix = root ? root + '/' : '';
  const withExtra = (tree: SourceTree, extra: SourceTree) =>
    outside
      ? overlayTree([
          { tree, owns: (p) => !outside(p) || p.startsWith(prefix) },
          { tree: extra, owns: () => true },
        ])
      : tree;
  return judgeTrees({
    config: { ...config, contracts: root },
    base: withExtra(trees.base, extraBase),
    head: withExtra(trees.rawHead, extraHead),
    baseBranchPaths: extraBase.paths(),
    frozenBase,
    baseline: trees.baseline,
    headLabel: trees.headLabel,
    warnings: trees.warnings,
    code,
    now: input.now ?? new Date(),
  });
}
