// The tree source over a local git repository (a checkout, or the App's partial clone).
import { diffLines } from '../services/diff-lines.js';
import type { TreeSource } from '../services/tree-source.js';
import { git, readGitTree, resolveCommit } from './git-tree.js';

export class GitSource implements TreeSource {
  readonly note = '';

  constructor(readonly top: string) {}

  commit(ref: string): Promise<string> {
    return resolveCommit(this.top, ref);
  }

  tree(commit: string, under: string, keep?: (path: string) => boolean) {
    return readGitTree(this.top, commit, under, keep);
  }

  async file(ref: string, path: string): Promise<string | undefined> {
    try {
      return await git(this.top).raw(['show', `${ref}:${path}`]);
    } catch {
      return undefined;
    }
  }

  async mergeBase(a: string, b: string): Promise<string> {
    return (await git(this.top).raw(['merge-base', a, b])).trim();
  }

  /** `git diff` with GitHub's three lines of context: every head line inside a hunk can carry a review comment. */
  async diffLines(base: string, head: string): Promise<Map<string, Set<number>>> {
    return diffLines(await git(this.top).raw(['diff', '--unified=3', '--no-color', '--no-ext-diff', '--no-renames', base, head]));
  }

  async tags(prefix: string): Promise<string[]> {
    return (await git(this.top).raw(['tag', '--list', `${prefix}*`]))
      .split('\n')
      .map((t) => t.trim())
      .filter(Boolean);
  }
}
