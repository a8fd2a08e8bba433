import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  TreeBudget,
  withheld
} from "./chunk-76DSMZKO.js";

// src/adapters/fs-tree.ts
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, relative, resolve, sep } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var FsTree = class {
  /** `prefixes`: list only files under these relative folders (the contracts root); reads are never limited by them. */
  constructor(root, prefixes = [""]) {
    this.root = root;
    this.prefixes = prefixes;
  }
  root;
  prefixes;
  list;
  realRoot;
  budget = new TreeBudget();
  files = /* @__PURE__ */ new Map();
  paths() {
    if (!this.list) {
      const out = [];
      const walk = (dir) => {
        let entries;
        try {
          entries = readdirSync(dir);
        } catch {
          return;
        }
        for (const name of entries) {
          if (SKIP_DIRS.has(name)) continue;
          const full = join(dir, name);
          const st = lstatSync(full);
          if (st.isSymbolicLink()) continue;
          if (st.isDirectory()) walk(full);
          else if (st.isFile()) out.push(relative(this.root, full).split(sep).join("/"));
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
  read(path) {
    if (!this.files.has(path)) this.files.set(path, this.readNow(path));
    return this.files.get(path);
  }
  readNow(path) {
    const full = resolve(this.root, path);
    if (full !== this.root && !full.startsWith(this.root + sep)) return void 0;
    try {
      const st = lstatSync(full);
      if (!st.isFile()) return void 0;
      this.realRoot ??= realpathSync.native(this.root);
      const real = realpathSync.native(full);
      if (!real.startsWith(this.realRoot + sep)) return void 0;
      return withheld(st.size, () => blobId(real, st.size), this.budget) ?? readFileSync(real);
    } catch {
      return void 0;
    }
  }
};
function repositoryRootOf(path) {
  const start = statSync(path).isDirectory() ? resolve(path) : dirname(resolve(path));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return start;
  }
}
function blobId(path, size) {
  const hash = createHash("sha1").update(`blob ${size}\0`);
  const chunk = Buffer.alloc(1 << 20);
  const fd = openSync(path, "r");
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

export {
  FsTree,
  repositoryRootOf
};
