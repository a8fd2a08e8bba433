// Compatibility modes in a schema registry's vocabulary, per unit or per file. A mode says which readers a change
// must keep working: `backward` (consumers on the new schema read data written before: the reader side), `forward`
// (readers still on the old schema read new data: the writer side), `full` (both), `none` (nothing promised). The
// `_transitive` modes ask it of every freeze on the base branch, not only the latest: a change compatible with the
// latest freeze can still break data written under an earlier one.
import { diffTrees, type DiffOptions } from '../diff/tree-diff.js';
import { freezeTree, type Freeze } from '../freeze/model.js';
import type { Change, Role } from '../model.js';
import type { SourceTree } from '../source/tree.js';
import type { Config } from './config.js';
import { matchesAny } from './glob.js';
import type { Mode } from './modes.js';

/** The mode a file is held to: the first entry naming it (by glob or by its unit); undefined: the default (its role). */
export function modeOf(config: Config, unitOf: (file: string) => string): (file: string) => Mode | undefined {
  if (!config.compatibility.length) return () => undefined;
  return (file) =>
    config.compatibility.find((e) => (e.files && matchesAny(file, e.files)) || (e.unit !== undefined && e.unit === unitOf(file)))?.mode;
}

/** The side a mode asks for, as the role whose readers it protects. */
export function roleOfMode(mode: Mode | undefined): Role | undefined {
  if (!mode || mode === 'none') return undefined;
  const base = mode.replace(/_transitive$/, '');
  return base === 'backward' ? 'storage' : base === 'forward' ? 'response' : 'event';
}

/** Under `none` nothing is promised to readers: a break is reported, at most as minor. */
export function withoutPromise(changes: Change[], mode: (file: string) => Mode | undefined): void {
  for (const c of changes) if (c.level === 'major' && mode(c.file) === 'none') c.level = 'minor';
}

/**
 * The changes a transitive mode adds: each changed file held to one is compared with what every older freeze held,
 * in the mode's direction; a break the latest baseline does not show is reported against the freeze it breaks.
 */
export function transitiveChanges(
  changes: Change[],
  head: SourceTree,
  freezes: Freeze[],
  root: string,
  mode: (file: string) => Mode | undefined,
  options: Pick<DiffOptions, 'moduleOf' | 'roleOf' | 'judgement' | 'documents'>,
  /** Where a file this change moved was (older freezes hold it there). */
  movedFrom: (file: string) => string | undefined = () => undefined,
): Change[] {
  const files = [...new Set(changes.map((c) => c.file))].filter((f) => mode(f)?.endsWith('_transitive') && head.read(f) !== undefined);
  if (!files.length) return [];
  const known = new Set(changes.map((c) => `${c.ruleId}|${c.file}|${c.pointer}`));
  const out: Change[] = [];
  const seen = new Set<string>();
  for (const freeze of freezes) {
    if (seen.has(freeze.version)) continue; // freeze-latest.json repeats the newest
    seen.add(freeze.version);
    const tree = freezeTree(freeze, root);
    const pairs = files
      .map((f) => ({ base: tree.read(f) === undefined ? (movedFrom(f) ?? f) : f, head: f }))
      .filter((p) => tree.read(p.base) !== undefined);
    if (!pairs.length) continue;
    const result = diffTrees(tree, head, { ...options, documents: options.documents && { head: options.documents.head }, pairs });
    for (const c of result.changes) {
      const key = `${c.ruleId}|${c.file}|${c.pointer}`;
      if (c.level !== 'major' || known.has(key)) continue;
      known.add(key);
      out.push({ ...c, message: `${c.message} (breaks what freeze v${freeze.version} holds: ${mode(c.file)})` });
    }
  }
  return out;
}
