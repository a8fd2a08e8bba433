// The tree source over a local git repository (a checkout, or the App's partial clone).
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
    const out = new Map<string, Set<number>>();
    const text = await git(this.top).raw(['diff', '--unified=3', '--no-color', '--no-ext-diff', '--no-renames', base, head]);
    let file: string | undefined;
    let line = 0;
    for (const l of text.split('\n')) {
      if (l.startsWith('+++ ')) {
        file = l === '+++ /dev/null' ? undefined : l.slice(4).replace(/^b\//, '');
        continue;
      }
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
      if (hunk) {
        line = Number(hunk[1]);
        continue;
      }
      if (!file || !line || l.startsWith('---') || l.startsWith('-') || l.startsWith('\\')) continue;
      if (l.startsWith('+') || l.startsWith(' ')) {
        if (!out.has(file)) out.set(file, new Set());
        out.get(file)!.add(line++);
      }
    }
    return out;
  }

  async tags(prefix: string): Promise<string[]> {
    return (await git(this.top).raw(['tag', '--list', `${prefix}*`]))
      .split('\n')
      .map((t) => t.trim())
      .filter(Boolean);
  }
}
