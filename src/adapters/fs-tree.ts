// A contract tree read from the file system, lazily, never outside its root.
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { TreeBudget, withheld } from '../core/source/withheld.js';
import type { SourceTree } from '../core/source/tree.js';

const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

export class FsTree implements SourceTree {
  private list?: string[];
  private realRoot?: string;
  private readonly budget = new TreeBudget();
  private readonly files = new Map<string, Uint8Array | undefined>();
  private readonly repositories = new Map<string, boolean>();

  /** `prefixes`: list only files under these relative folders (the contracts root); reads are never limited by them. */
  constructor(
    readonly root: string,
    private readonly prefixes: string[] = [''],
  ) {}

  paths(): string[] {
    if (!this.list) {
      const out: string[] = [];
      const walk = (dir: string) => {
        let entries: string[];
        try {
          entries = readdirSync(dir);
        } catch {
          return;
        }
        for (const name of entries) {
          if (SKIP_DIRS.has(name)) continue;
          const full = join(dir, name);
          const st = lstatSync(full);
          if (st.isSymbolicLink()) continue; // a link could lead outside the root
          if (st.isDirectory()) {
            if (!this.nested(full)) walk(full);
          } else if (st.isFile()) out.push(relative(this.root, full).split(sep).join('/'));
        }
      };
      for (const prefix of this.prefixes) walk(join(this.root, prefix));
      this.list = [...new Set(out)].sort();
    }
    return this.list;
  }

  /**
   * A regular file inside the root: no `..`, no link anywhere on the way that leads out (real paths compared). Read
   * once: a diff asks for a file several times (its kind, its parse, the other side's comparison of bytes), and a
   * 13 MB description read five times cost a third of a second. One over the size limit, or past what a check reads of
   * one tree, is stood in for by a marker of its size and blob id, never read whole.
   */
  read(path: string): Uint8Array | undefined {
    if (!this.files.has(path)) this.files.set(path, this.readNow(path));
    return this.files.get(path);
  }

  /**
   * A folder below the root that is a repository of its own (a git submodule's checkout): a commit holds it as that
   * repository's commit id, not as files, so the working tree reads none of it either (git and the API cannot).
   */
  private nested(dir: string): boolean {
    let is = this.repositories.get(dir);
    if (is === undefined) this.repositories.set(dir, (is = dir !== this.root && existsSync(join(dir, '.git'))));
    return is;
  }

  private readNow(path: string): Uint8Array | undefined {
    const full = resolve(this.root, path);
    if (full !== this.root && !full.startsWith(this.root + sep)) return undefined;
    for (let dir = dirname(full); dir.startsWith(this.root + sep); dir = dirname(dir)) if (this.nested(dir)) return undefined;
    try {
      const st = lstatSync(full);
      if (!st.isFile()) return undefined;
      // the C library's realpath: node's own resolves each folder on the way with a call of its own (9 per file)
      this.realRoot ??= realpathSync.native(this.root);
      const real = realpathSync.native(full);
      if (!real.startsWith(this.realRoot + sep)) return undefined;
      return withheld(st.size, () => blobId(real, st.size), this.budget) ?? readFileSync(real);
    } catch {
      return undefined;
    }
  }
}

/** The repository a path belongs to (nearest folder holding `.git`), or the path's own folder. */
export function repositoryRootOf(path: string): string {
  const start = statSync(path).isDirectory() ? resolve(path) : dirname(resolve(path));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** A file's git blob id, read a megabyte at a time: what git calls the file, so it is told apart from the commit's. */
function blobId(path: string, size: number): string {
  const hash = createHash('sha1').update(`blob ${size}\0`);
  const chunk = Buffer.alloc(1 << 20);
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
