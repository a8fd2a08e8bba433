// The tree source over a local git repository (a checkout, or the App's partial clone). One source is one
// judgement's view: refs are resolved once and each object is read once (GitObjects).
import { diffLines } from '../services/diff-lines.js';
import type { TreeSource } from '../services/tree-source.js';
import { InputError } from '../core/errors.js';
import { OverSizeLimit } from '../core/source/withheld.js';
import { git, GitObjects } from './git-tree.js';

const MAX_PATHSPEC_CHARS = 100_000;

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

  /** Ends the git process the view reads through: call it when the judgement is done. */
  close(): Promise<void> {
    return this.objects.close();
  }

  /** The id of the git process the view reads through, while one runs. */
  get readerPid(): number | undefined {
    return this.objects.readerPid;
  }

  tree(commit: string, under: string, keep?: (path: string) => boolean) {
    return this.objects.tree(commit, under, keep);
  }

  /**
   * Bring the files of several commits under `under` (that `keep` selects) into a partial clone in one fetch, before
   * they are read, whatever their number; nothing when the clone's own fetch brought them (the App's planned fetch).
   */
  async prefetch(commits: string[], under: string, keep: (path: string) => boolean): Promise<void> {
    const listed = await Promise.all(commits.map((c) => this.objects.list(c, under, keep)));
    await this.objects.prefetch(
      commits,
      listed.flat().map((e) => e.sha),
    );
  }

  /** Does `ref` hold files under `folder`? False for a ref that names nothing. */
  async holds(ref: string, folder: string): Promise<boolean> {
    try {
      return (await this.objects.list(ref, folder)).length > 0;
    } catch (err) {
      if (err instanceof InputError) return false;
      throw err;
    }
  }

  async file(ref: string, path: string): Promise<string | undefined> {
    try {
      const bytes = await this.objects.file(ref, path);
      return bytes && Buffer.from(bytes).toString('utf8');
    } catch (err) {
      if (err instanceof OverSizeLimit) throw err; // a freeze too large to read is no missing freeze
      return undefined;
    }
  }

  /** What the host said a ref names now, whatever the clone's copy of it says (or lacks). */
  knowRef(ref: string, sha: string): void {
    this.objects.knowRef(ref, sha);
  }

  /** Blob sizes the host listed; a blob over the size limit among them is never fetched or read. */
  knowSizes(sizes: ReadonlyMap<string, number>): void {
    this.objects.knowSizes(sizes);
  }

  /** What the host said is the merge base of two commits, for a clone too shallow to find it. */
  knowMergeBase(a: string, b: string, base: string): void {
    this.bases.set([a, b].sort().join('\0'), Promise.resolve(base));
  }

  /** Asked once per pair of commits, however their refs are spelled (`origin/main`, `refs/remotes/origin/main`). */
  async mergeBase(a: string, b: string): Promise<string> {
    const [ca, cb] = await Promise.all([this.commit(a), this.commit(b)]);
    if (ca === cb) return ca;
    const key = [ca, cb].sort().join('\0');
    let known = this.bases.get(key);
    if (!known) {
      // git says nothing when there is no common history (exit 1, empty output), which simple-git does not count as failing
      known = git(this.top)
        .raw(['merge-base', ca, cb])
        .then((out) => {
          const base = out.trim();
          if (!/^[0-9a-f]{40,64}$/.test(base))
            throw new InputError(`${a} and ${b} have no common history here (in a shallow clone, fetch more of it)`);
          return base;
        });
      known.catch(() => this.bases.delete(key));
      this.bases.set(key, known);
    }
    return known;
  }

  /** `git diff` with GitHub's three lines of context: every head line inside a hunk can carry a review comment. */
  async diffLines(base: string, head: string, paths?: string[]): Promise<Map<string, Set<number>>> {
    if (paths && !paths.length) return new Map();
    // paths come from the pull request: literal, never pathspec magic; too many for one command line means all of them
    const narrowed = paths && paths.join('').length <= MAX_PATHSPEC_CHARS ? ['--', ...paths] : [];
    const args = ['--literal-pathspecs', 'diff', '--unified=3', '--no-color', '--no-ext-diff', '--no-renames', base, head, ...narrowed];
    return diffLines(await git(this.top).raw(args));
  }

  async changedPaths(base: string, head: string): Promise<string[]> {
    // trees only: a partial clone fetches no blob for it
    const out = await git(this.top).raw(['diff', '--name-only', '-z', '--no-renames', base, head]);
    return out.split('\0').filter(Boolean);
  }

  /** Every tag, listed once per view: a check asks for module tags and release tags alike. */
  private allTags?: Promise<string[]>;

  async tags(prefix: string): Promise<string[]> {
    this.allTags ??= git(this.top)
      .raw(['tag', '--list'])
      .then((out) =>
        out
          .split('\n')
          .map((t) => t.trim())
          .filter(Boolean),
      );
    return (await this.allTags).filter((t) => t.startsWith(prefix));
  }
}

/** `run` with a view of the repository at `top`, closed when it is done. */
export async function withGitSource<T>(top: string, run: (source: GitSource) => Promise<T>): Promise<T> {
  const source = new GitSource(top);
  try {
    return await run(source);
  } finally {
    await source.close();
  }
}
