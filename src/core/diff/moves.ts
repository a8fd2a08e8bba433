// A file a change moved is the same contract at a new path, not one contract removed and another added: reorganising
// a folder used to read as every endpoint of it removed, majors that needed the Contract Council. Like git's rename
// detection, without git (the trees may come from the API or two folders): the same content at a new path; the other
// files of a folder that moved; a name found once on each side; a contract known by what it says it is (an API's
// title, a schema's `$id`, an Avro type's full name) found once on each side. Only within one unit: a file that leaves
// its unit is removed from that unit.
import { posix } from 'node:path';
import { createHash } from 'node:crypto';
import { toLf } from '../source/line-endings.js';
import { isBinary } from '../source/parse.js';
import { Oversized } from '../source/withheld.js';
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

/**
 * `sameUnit(basePath, headPath)`: both paths belong to one unit. `identity(side, path)`: what a contract says it is,
 * when it says (an OpenAPI document renamed and edited as it moved, `api/openapi.yaml` → `spec/orders.yaml`).
 */
export function movedFiles(
  base: SourceTree,
  head: SourceTree,
  sameUnit: (a: string, b: string) => boolean,
  identity?: (side: 'base' | 'head', path: string) => string | undefined,
): Move[] {
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

  // paths that share a key, one among the removed files and one among the added ones
  const pairUnique = (key: (p: string, side: 'base' | 'head') => string | undefined) => {
    const group = (paths: Iterable<string>, side: 'base' | 'head') => {
      const out = new Map<string, string[]>();
      for (const p of paths) {
        const k = key(p, side);
        if (k === undefined) continue;
        const same = out.get(k);
        if (same) same.push(p);
        else out.set(k, [p]);
      }
      return out;
    };
    const there = group(added, 'head');
    for (const [k, from] of group(open(), 'base')) {
      const to = there.get(k);
      if (from.length === 1 && to?.length === 1) take(from[0]!, to[0]!);
    }
  };
  // 1. the same content (line endings aside) at one new path, and nowhere else on either side
  pairUnique((p, side) => {
    const bytes = (side === 'base' ? base : head).read(p);
    if (bytes instanceof Oversized) return `oversized ${bytes.id}`;
    return (
      bytes &&
      createHash('sha256')
        .update(isBinary(bytes) ? bytes : toLf(bytes))
        .digest('hex')
    );
  });

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

  // 3. a file name found once on each side
  pairUnique((p) => basename(p));

  // 4. a contract that says what it is, once on each side
  if (identity) pairUnique((p, side) => identity(side, p));
  return moves.sort((x, y) => (x.head < y.head ? -1 : x.head > y.head ? 1 : 0));
}
