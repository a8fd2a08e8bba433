// A file a change moved is the same contract at a new path, not one contract removed and another added: reorganising
// a folder used to read as every endpoint of it removed, majors that needed the Contract Council. Like git's rename
// detection, without git (the trees may come from the API or two folders): the same content at a new path; the other
// files of a folder that moved; a name found once on each side. Only within one unit: a file that leaves its unit is
// removed from that unit.
import { posix } from 'node:path';
import { createHash } from 'node:crypto';
import { toLf } from '../source/line-endings.js';
import { isBinary } from '../source/parse.js';
import type { SourceTree } from '../source/tree.js';

export interface Move {
  base: string;
  head: string;
}

const segments = (path: string) => path.split('/');
const { basename } = posix;

/** Where a file the change moved was at the baseline (undefined: it did not move). */
export function movedFromOf(moves: Move[] = []): (file: string) => string | undefined {
  const from = new Map(moves.map((m) => [m.head, m.base]));
  return (file) => from.get(file);
}

/** `sameUnit(basePath, headPath)`: both paths belong to one unit. */
export function movedFiles(base: SourceTree, head: SourceTree, sameUnit: (a: string, b: string) => boolean): Move[] {
  const [before, after] = [new Set(base.paths()), new Set(head.paths())];
  const removed = [...before].filter((p) => !after.has(p)).sort();
  const added = new Set([...after].filter((p) => !before.has(p)).sort());
  if (!removed.length || !added.size) return [];
  const moves: Move[] = [];
  const moved = new Set<string>();
  const take = (from: string, to: string) => {
    if (!sameUnit(from, to)) return;
    moves.push({ base: from, head: to });
    moved.add(from);
    added.delete(to);
  };
  const open = () => removed.filter((p) => !moved.has(p));

  // 1. the same content (line endings aside) at one new path, and nowhere else on either side
  const byContent = (tree: SourceTree, paths: Iterable<string>) => {
    const out = new Map<string, string[]>();
    for (const p of paths) {
      const bytes = tree.read(p);
      if (!bytes) continue;
      const key = createHash('sha256')
        .update(isBinary(bytes) ? bytes : toLf(bytes))
        .digest('hex');
      const same = out.get(key);
      if (same) same.push(p);
      else out.set(key, [p]);
    }
    return out;
  };
  const gone = byContent(base, removed);
  for (const [key, there] of byContent(head, added)) {
    const from = gone.get(key);
    if (from?.length === 1 && there.length === 1) take(from[0]!, there[0]!);
  }

  // 2. the rest of a folder the same-content moves moved (a file edited as it moved): `api/` → `spec/`
  const folders = new Map<string, string | null>();
  for (const m of moves) {
    const [a, b] = [segments(m.base), segments(m.head)];
    if (a[a.length - 1] !== b[b.length - 1]) continue; // renamed, not moved with its folder
    while (a.length && b.length && a[a.length - 1] === b[b.length - 1]) [a.pop(), b.pop()];
    const [from, to] = [a.join('/'), b.join('/')];
    folders.set(from, folders.has(from) && folders.get(from) !== to ? null : to); // two targets: no rule
  }
  for (const r of open()) {
    // the nearest folder of the file that moved: its own folder first, the root last (a lookup per level, not per rule)
    const parts = segments(r);
    for (let depth = parts.length - 1; depth >= 0; depth--) {
      const to = folders.get(parts.slice(0, depth).join('/'));
      if (to === undefined) continue;
      const rest = parts.slice(depth).join('/');
      const target = to === '' ? rest : `${to}/${rest}`;
      if (to !== null && added.has(target)) take(r, target);
      break;
    }
  }

  // 3. a file name found once among the removed files and once among the added ones
  const byName = (paths: Iterable<string>) => {
    const out = new Map<string, string[]>();
    for (const p of paths) {
      const same = out.get(basename(p));
      if (same) same.push(p);
      else out.set(basename(p), [p]);
    }
    return out;
  };
  const addedByName = byName(added);
  for (const [name, from] of byName(open())) {
    const there = addedByName.get(name);
    if (from.length === 1 && there?.length === 1) take(from[0]!, there[0]!);
  }
  return moves.sort((x, y) => (x.head < y.head ? -1 : x.head > y.head ? 1 : 0));
}
