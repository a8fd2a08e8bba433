// One self-contained document for set inclusion: a schema whose `$ref`s reach other files (the house style: shared
// ULIDs and timestamps in a common file) is judged with those files embedded under `$defs` and every `$ref` rewritten
// to a local pointer. The files come from the tree through `Documents` (location first, then `$id`); nothing is fetched.
import { InputError } from '../errors.js';
import { DROP, KEEP, RewrittenCopy } from './copy.js';
import type { Documents } from '../source/tree.js';
import { isObj, type Obj } from './schema.js';
import Queue from 'yocto-queue';

export interface Bundle {
  /** The entry document with the other files it reaches under `$defs`. */
  root: unknown;
  /** The copy, inside `root`, of a node of any bundled file (undefined for a node the bundle does not hold). */
  copyOf(node: unknown): unknown;
  /** Where, inside `root`, a place of a bundled file is (undefined for a file the bundle does not hold). */
  pointerOf(file: string, pointer: string): string | undefined;
  /** The files it holds: the entry document first. */
  files: string[];
}

const KEY = (n: number) => `contract-guard-bundled-${n}`;

/** The bundle of `file`, or undefined when a `$ref` cannot be followed inside the tree (the rules alone judge it then). */
export function bundle(docs: Documents, file: string): Bundle | undefined {
  const keys = new Map<string, string>();
  const pending = new Queue<string>();
  // a name the document's own `$defs` holds is not taken: the embedded file replaced that definition, so what was
  // judged was not the schema written (a pull request could name its definitions so)
  const own = docs.get(file).data;
  const taken = new Set(own && typeof own === 'object' && isObj((own as Obj).$defs) ? Object.keys((own as Obj).$defs as Obj) : []);
  let next = 0;
  const prefixOf = (target: string) => {
    if (target === file) return '';
    let key = keys.get(target);
    if (!key) {
      do key = KEY(++next);
      while (taken.has(key));
      keys.set(target, key);
      pending.enqueue(target);
    }
    return `/$defs/${key}`;
  };
  // the file being copied: `$ref`s are rewritten relative to it; its own `$id` and `$schema` go when it is embedded
  let from = file;
  const copies = new RewrittenCopy((node, key, value) => {
    if (from !== file && node === docs.get(from).data && (key === '$id' || key === '$schema')) return DROP;
    if (key !== '$ref' || typeof value !== 'string') return KEEP;
    // a `$ref` that leads nowhere in the tree stays as written: ajv, which knows where a `$ref` is a reference and
    // where it is data (inside an `example`, a `const`), refuses the schema only if it is one
    try {
      return rewrite(value, from);
    } catch (err) {
      if (err instanceof InputError) return KEEP;
      throw err;
    }
  });
  const rewrite = (ref: string, at: string): string => {
    const hash = ref.indexOf('#');
    const target = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '' : ref.slice(hash + 1);
    if (fragment && !fragment.startsWith('/')) throw new InputError(`plain-name fragment in ${ref}`, at);
    const to = target ? docs.targetFile({ file: at, pointer: '' }, ref, target) : at;
    return `#${prefixOf(to)}${fragment}`;
  };
  try {
    const root = copies.copy(docs.get(file).data) as Record<string, unknown>;
    const embedded: Record<string, unknown> = {};
    while (pending.size) {
      from = pending.dequeue()!;
      embedded[keys.get(from)!] = copies.copy(docs.get(from).data);
    }
    if (keys.size) {
      if (!root || typeof root !== 'object' || Array.isArray(root)) return undefined;
      const own = root.$defs && typeof root.$defs === 'object' ? (root.$defs as Record<string, unknown>) : {};
      root.$defs = { ...own, ...embedded };
    }
    const pointerOf = (f: string, pointer: string) => (f === file ? pointer : keys.has(f) ? `/$defs/${keys.get(f)}${pointer}` : undefined);
    return { root, copyOf: (node) => copies.copyOf(node), pointerOf, files: [file, ...keys.keys()] };
  } catch (err) {
    if (err instanceof InputError) return undefined;
    throw err;
  }
}

/** `$ref`s to other files somewhere in the text (a cheap test before bundling). */
export function hasExternalRef(text: string): boolean {
  return /["']?\$ref["']?\s*:\s*["']?(?!#)[^\s"']/.test(text);
}

/**
 * The document a schema of `file` is judged in: its bundle when it reaches other files, else (or when a `$ref` cannot
 * be followed) the file itself, where what its own structure proves still holds.
 */
export function judgedDocument(docs: Documents, file: string): Bundle {
  const parsed = docs.get(file);
  return (
    (hasExternalRef(parsed.text) && bundle(docs, file)) || {
      root: parsed.data,
      copyOf: (node) => node,
      pointerOf: (f, pointer) => (f === file ? pointer : undefined),
      files: [file],
    }
  );
}
