// Shared by the CLI, the Action and the App: find the two trees of a check in a git repository and diff them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FsTree } from '../adapters/fs-tree.js';
import { git, readGitTree, repoTop, resolveCommit } from '../adapters/git-tree.js';
import { InputError } from '../core/errors.js';
import { diffTrees, defaultModuleOf } from '../core/diff/tree-diff.js';
import { buildReport, type Report } from '../core/report/model.js';
import type { SourceTree } from '../core/source/tree.js';

export interface CheckInput {
  cwd: string;
  /** git ref of the baseline; default: merge-base of HEAD with the default branch */
  base?: string;
  /** git ref of the head; default: the working tree */
  head?: string;
  /** contracts folder relative to the repository root; default `contracts` when it exists */
  root?: string;
}

export interface CheckTrees {
  top: string;
  root: string;
  base: SourceTree;
  head: SourceTree;
  baseline: string;
  headLabel: string;
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

export async function loadCheckTrees(input: CheckInput): Promise<CheckTrees> {
  const top = await repoTop(input.cwd);
  const root = (input.root ?? (existsSync(join(top, 'contracts')) ? 'contracts' : '')).replace(/^\.?\/?|\/$/g, '');
  if (root && !existsSync(join(top, root)) && !input.head) throw new InputError(`contracts root '${root}' does not exist`, top);
  let baseRef = input.base;
  let baseline: string;
  if (!baseRef) {
    const branch = await defaultBranch(top);
    if (!branch) throw new InputError('no default branch (main/master) to compare with: pass --base <ref>');
    baseRef = (await git(top).raw(['merge-base', 'HEAD', branch])).trim();
    baseline = `merge-base with ${branch} (${baseRef.slice(0, 7)})`;
  } else {
    baseline = `${baseRef} (${(await resolveCommit(top, baseRef)).slice(0, 7)})`;
  }
  const base = await readGitTree(top, await resolveCommit(top, baseRef), root);
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
  return { top, root, base, head, baseline, headLabel };
}

export function moduleResolver(root: string): (file: string) => string {
  const prefix = root ? root + '/' : '';
  return (file) => defaultModuleOf(file.startsWith(prefix) ? file.slice(prefix.length) : file);
}

export async function runCheck(input: CheckInput): Promise<Report> {
  const trees = await loadCheckTrees(input);
  const result = diffTrees(trees.base, trees.head, { moduleOf: moduleResolver(trees.root) });
  return buildReport(result, { baseline: trees.baseline, head: trees.headLabel });
}
