// The tree source over a local git repository (a checkout, or the App's partial clone). One source is one
// judgement's view: refs are resolved once and each object is read once (GitObjects).
import { diffLines } from '../services/diff-lines.js';
import type { TreeSource } from '../services/tree-source.js';
import { git, GitObjects } from './git-tree.js';

export class GitSource implements TreeSource {
  readonly note = '';
  private readonly objects: GitObjects;
  private readonly bases = new Map<string, Promise<string>>();

  constructor(readonly top: string) {
    this.objects = new GitObjects(top);
  }

  commit(ref: string): Promise<string> {
    return this.objects.commit(ref);
  }

  tree(commit: string, under: string, keep?: (path: string) => boolean) {
    return this.objects.tree(commit, under, keep);
  }

  /**
   * Bring the files of several commits under `under` (that `keep` selects) into a partial clone in one fetch, before
   * they are read: the App judges a pull request with three git fetches, whatever the number of files.
   */
  async prefetch(commits: string[], under: string, keep: (path: string) => boolean): Promise<void> {
    const listed = await Promise.all(commits.map((c) => this.objects.list(c, under, keep)));
    await this.objects.prefetch(
      commits,
      listed.flat().map((e) => e.sha),
    );
  }

  async file(ref: string, path: string): Promise<string | undefined> {
    try {
      const bytes = await this.objects.file(ref, path);
      return bytes && Buffer.from(bytes).toString('utf8');
    } catch {
      return undefined;
    }
  }

  mergeBase(a: string, b: string): Promise<string> {
    const key = [a, b].sort().join('\0');
    let known = this.bases.get(key);
    if (!known) {
      known = git(this.top)
        .raw(['merge-base', a, b])
        .then((out) => out.trim());
      known.catch(() => this.bases.delete(key));
      this.bases.set(key, known);
    }
    return known;
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
