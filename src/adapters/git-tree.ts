// Contract trees as they are at git commits: listed with `git ls-tree`, read through one `git cat-file` process.
import { spawn } from 'node:child_process';
import { simpleGit, type SimpleGit } from 'simple-git';
import { InputError } from '../core/errors.js';
import { CatFile } from './cat-file.js';
import { GIT_SYMLINK_MODE, MapTree } from '../core/source/tree.js';
import { LIMITS } from '../core/source/limits.js';
import { overSizeLimit, TreeBudget, withheld } from '../core/source/withheld.js';

export function git(dir: string): SimpleGit {
  return simpleGit({ baseDir: dir, trimmed: false });
}

export async function repoTop(dir: string): Promise<string> {
  try {
    return (await git(dir).revparse(['--show-toplevel'])).trim();
  } catch {
    throw new InputError('not inside a git repository (check needs one; use `contract-guard diff` for two folders)', dir);
  }
}

/** A commit id, or the one-line error naming the ref that names none. */
/**
 * What a ref may name, in the order it is looked for: a plain name (`main`, `origin/main`) as a branch first. git's own
 * lookup takes `refs/tags/<name>` before `refs/heads/<name>` and `refs/remotes/<name>`, and tags are anyone's to push:
 * a tag called `main` (or `origin/main`) on a pull request's head made that head the base branch, and its baseline.
 * A full ref, a commit id, or a ref with a suffix (`main~1`) is looked up as written.
 */
function spellings(ref: string): string[] {
  if (ref.startsWith('refs/') || /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref) || !/^[\w./-]+$/.test(ref)) return [ref];
  return [`refs/heads/${ref}`, `refs/remotes/${ref}`, ref];
}

function commitOrUnknown(ref: string, sha: string | undefined): string {
  if (!sha || !/^[0-9a-f]{40,64}$/.test(sha)) throw new InputError(`unknown git ref '${ref}' (in a shallow clone, fetch it first)`);
  return sha;
}

interface Listed {
  sha: string;
  path: string;
}

/**
 * One judgement's view of a repository's objects: each commit listed once (`git ls-tree` of the whole tree, filtered
 * here), each blob's size and content asked once, a partial clone's missing objects found once. What a judgement
 * reads again (a file in the contracts tree, the freeze and the policy) costs no second git process; refs, sizes and
 * contents all go through one `git cat-file` process, ended by `close()`.
 */
export class GitObjects {
  private readonly objects: CatFile;
  private readonly commits = new Map<string, Promise<string>>();
  private readonly listings = new Map<string, Promise<Map<string, string>>>();
  private readonly sizes = new Map<string, number>();
  private readonly blobs = new Map<string, Uint8Array>();
  private promisor?: Promise<boolean>;
  /** Objects a partial clone lacks, per commit set listed by `rev-list --missing=print`, less what was fetched since. */
  private missing?: { commits: Set<string>; shas: Set<string> };
  private prefetching: Promise<void> = Promise.resolve();

  constructor(readonly dir: string) {
    this.objects = new CatFile(dir);
  }

  /** Ends the git process this view reads through (resolved once it has exited). */
  close(): Promise<void> {
    return this.objects.close();
  }

  /** The id of the git process this view reads through, while one runs. */
  get readerPid(): number | undefined {
    return this.objects.pid;
  }

  /** The commit a ref names, resolved once in this view (a judgement sees one state of its refs). */
  commit(ref: string): Promise<string> {
    let known = this.commits.get(ref);
    if (!known) {
      known = this.objects
        .info(spellings(ref).map((r) => `${r}^{commit}`))
        .then((infos) => commitOrUnknown(ref, infos.find((info) => info?.type === 'commit')?.sha));
      // a commit names itself: asked for by its id later, it needs no second lookup
      known.then(
        (sha) => this.commits.has(sha) || this.commits.set(sha, Promise.resolve(sha)),
        () => this.commits.delete(ref),
      );
      this.commits.set(ref, known);
    }
    return known;
  }

  /** Sizes of blobs this clone may lack: one over the size limit is then left out of prefetches and never read. */
  knowSizes(sizes: ReadonlyMap<string, number>): void {
    for (const [sha, size] of sizes) this.sizes.set(sha, size);
  }

  /** Known to be over the size limit: never fetched or read whole. */
  private oversized(sha: string): boolean {
    return (this.sizes.get(sha) ?? 0) > LIMITS.maxFileBytes;
  }

  /** Take `sha` as what `ref` names in this view, without asking git. */
  knowRef(ref: string, sha: string): void {
    this.commits.set(ref, Promise.resolve(sha));
  }

  /** Every blob of a commit by path (submodules are not contracts). No `--long`: in a partial clone the sizes would fetch every blob. */
  private listing(commit: string): Promise<Map<string, string>> {
    let known = this.listings.get(commit);
    if (!known) {
      known = git(this.dir)
        .raw(['ls-tree', '-r', '-z', '--full-tree', commit])
        .then((out) => {
          const byPath = new Map<string, string>();
          for (const record of out.split('\0')) {
            const tab = record.indexOf('\t');
            if (tab < 0) continue;
            const [mode, type, sha] = record.slice(0, tab).split(/\s+/);
            // a symbolic link is not read, as in the working tree (fs-tree.ts): its blob is the path it points to
            if (type === 'blob' && mode !== GIT_SYMLINK_MODE) byPath.set(record.slice(tab + 1), sha!);
          }
          return byPath;
        });
      this.listings.set(commit, known);
    }
    return known;
  }

  /** The blobs under `prefix` ('' for all) at `commit` that `keep` selects. */
  async list(commit: string, prefix: string, keep: (path: string) => boolean = () => true): Promise<Listed[]> {
    const under = prefix.replace(/\/+$/, '');
    const out: Listed[] = [];
    for (const [path, sha] of await this.listing(await this.commit(commit)))
      if ((!under || path === under || path.startsWith(`${under}/`)) && keep(path)) out.push({ sha, path });
    return out;
  }

  /**
   * In a partial clone (the App's), fetch the blobs not here yet in one request: left to git, each would be fetched
   * on its own as it is read. Commits named here are asked about once: later reads of them need no `rev-list`.
   */
  prefetch(commits: string[], shas: string[]): Promise<void> {
    // one at a time: two reads of trees at once would each list what is missing and fetch it
    const next = this.prefetching.then(() => this.prefetchNow(commits, shas));
    this.prefetching = next.catch(() => undefined);
    return next;
  }

  private async prefetchNow(commits: string[], shas: string[]): Promise<void> {
    if (!shas.length) return;
    this.promisor ??= git(this.dir)
      .raw(['config', '--get', 'remote.origin.promisor'])
      .then((v) => v.trim() === 'true')
      .catch(() => false);
    if (!(await this.promisor)) return;
    const resolved = await Promise.all(commits.map((c) => this.commit(c)));
    if (!this.missing || resolved.some((c) => !this.missing!.commits.has(c))) {
      // `--missing=print` lists what is absent without fetching it
      const listed = await git(this.dir).raw(['rev-list', '--objects', '--missing=print', '--no-object-names', '--no-walk', ...resolved]);
      const absent = listed
        .split('\n')
        .filter((l) => l.startsWith('?'))
        .map((l) => l.slice(1));
      this.missing = {
        commits: new Set([...(this.missing?.commits ?? []), ...resolved]),
        shas: new Set([...(this.missing?.shas ?? []), ...absent]),
      };
    }
    // a blob whose size the host gave was left out of the planned fetch on purpose (over the size limit, or past a
    // tree's budget): never fetched in bulk; one a tree's budget does reach is fetched when it is read
    const wanted = [...new Set(shas)].filter((s) => this.missing!.shas.has(s) && !this.sizes.has(s));
    if (!wanted.length) return;
    // as git's own lazy fetch does, no `have`s: told of commits it has, a server leaves out the blobs it believes
    // come with them, which a blobless, shallow clone does not hold
    await gitWithInput(
      this.dir,
      [
        '-c',
        'fetch.negotiationAlgorithm=noop',
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        '--filter=blob:none',
        '--stdin',
        'origin',
      ],
      wanted,
    );
    for (const s of wanted) this.missing.shas.delete(s);
  }

  /** Sizes of objects already here, so an oversized one is never read whole. */
  async sizesOf(shas: string[]): Promise<Map<string, number>> {
    const unknown = [...new Set(shas)].filter((s) => !this.sizes.has(s));
    const infos = await this.objects.info(unknown);
    unknown.forEach((sha, i) => infos[i]?.type === 'blob' && this.sizes.set(sha, infos[i].size));
    return new Map(shas.map((s) => [s, this.sizes.get(s) ?? 0]));
  }

  /** Blob contents, each read once. */
  async read(shas: string[]): Promise<Map<string, Uint8Array>> {
    const unknown = [...new Set(shas)].filter((s) => !this.blobs.has(s));
    const contents = await this.objects.contents(unknown);
    unknown.forEach((sha, i) => contents[i] && this.blobs.set(sha, contents[i]));
    return new Map(shas.map((s) => [s, this.blobs.get(s)!]));
  }

  /** Every file under `prefix` ('' for all) at `commit`; `keep` narrows it. An oversized blob is stood in for by a marker of its size. */
  async tree(commit: string, prefix: string, keep?: (path: string) => boolean): Promise<MapTree> {
    const listed = await this.list(commit, prefix, keep);
    const shas = listed.map((e) => e.sha);
    await this.prefetch([commit], shas);
    const sizes = await this.sizesOf(shas);
    // what is not read (over the size limit, or past the tree's budget) is stood in for, and the parser reports it
    const budget = new TreeBudget();
    const markers = new Map(listed.map((e) => [e.path, withheld(sizes.get(e.sha)!, () => e.sha, budget)]));
    const blobs = await this.read(listed.filter((e) => !markers.get(e.path)).map((e) => e.sha));
    const tree = new MapTree();
    for (const e of listed) tree.set(e.path, markers.get(e.path) ?? blobs.get(e.sha) ?? new Uint8Array(0));
    return tree;
  }

  /** One file's bytes at a ref, undefined when the commit has no such file. */
  async file(ref: string, path: string): Promise<Uint8Array | undefined> {
    const sha = (await this.listing(await this.commit(ref))).get(path);
    if (!sha) return undefined;
    if (this.oversized(sha)) throw overSizeLimit(path, this.sizes.get(sha)!);
    await this.prefetch([ref], [sha]);
    return (await this.read([sha])).get(sha);
  }
}

/** Run git with `lines` on its standard input; its standard output, or an error with what it said. */
export function gitWithInput(dir: string, args: string[], lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(chunks))
        : reject(new Error(`git ${args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-c')} failed: ${stderr.trim()}`)),
    );
    child.stdin.end(lines.join('\n') + '\n');
  });
}
