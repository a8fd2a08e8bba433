// Which files each file references through `$ref`, transitively: a change in a shared file affects its users.
import { InputError, unlessUnreadable } from '../errors.js';
import type { Documents } from '../source/tree.js';
import { hasExternalRef } from '../semantic/bundle.js';

function collectRefs(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) node.forEach((n) => collectRefs(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.add(v);
      else collectRefs(v, out);
    }
  }
}

/**
 * The files one file's `$ref`s name, once per file of a tree's documents: the units, the impact check and the diff
 * all ask (on a 1,000-file tree, resolving every `$ref` again each time cost ~0.3 s).
 */
const directCache = new WeakMap<Documents, Map<string, Set<string> | undefined>>();
/** Files with a `$ref` that resolved to no file (remote, missing, outside the root). */
const unresolved = new WeakMap<Documents, Set<string>>();

function directTargets(docs: Documents, file: string): Set<string> | undefined {
  let known = directCache.get(docs);
  if (!known) directCache.set(docs, (known = new Map()));
  if (known.has(file)) return known.get(file);
  let targets: Set<string> | undefined;
  const parsed = unlessUnreadable(() => docs.get(file));
  // unreadable files are reported by the diff; a document that reaches no other file need not be walked
  if (parsed && !hasExternalRef(parsed.text)) targets = new Set();
  else if (parsed) {
    const refs = new Set<string>();
    collectRefs(parsed.data, refs);
    targets = new Set<string>();
    for (const ref of refs) {
      const target = ref.split('#')[0]!;
      if (!target) continue;
      try {
        targets.add(docs.targetFile({ file, pointer: '' }, ref, target));
      } catch (err) {
        if (!(err instanceof InputError)) throw err; // a broken reference is reported by the diff and the readability check
        let broken = unresolved.get(docs);
        if (!broken) unresolved.set(docs, (broken = new Set()));
        broken.add(file);
      }
    }
  }
  known.set(file, targets);
  return targets;
}

const targetsOfFile = (docs: Documents, file: string) => (/\.(json|ya?ml)$/i.test(file) ? directTargets(docs, file) : undefined);

/**
 * file → files it reaches through `$ref` (by location or through the tree's own `$id`s; never the network), for the
 * files asked only: each closure is a walk of its own, so a chain of files that each `$ref` the next costs the square
 * of its length when every file is asked (5,000 files: seconds and a gigabyte). Where the union will do, `reachedFrom`.
 */
export function referenceClosure(docs: Documents, files: string[]): Map<string, Set<string>> {
  const targetsOf = (file: string) => targetsOfFile(docs, file);
  const closure = new Map<string, Set<string>>();
  for (const file of files) {
    const direct = targetsOf(file);
    if (!direct) continue;
    // through every file reached, listed or not (a path item's file reaches the responses a description keeps apart),
    // each once: a cycle is followed round once, and a chain of thousands is no deeper a stack
    const out = new Set<string>();
    const stack = [...direct];
    while (stack.length) {
      const t = stack.pop()!;
      if (t === file || out.has(t)) continue;
      out.add(t);
      for (const u of targetsOf(t) ?? []) stack.push(u);
    }
    closure.set(file, out);
  }
  return closure;
}

/**
 * Every file some file of `files` reaches through `$ref`, in one walk: each file is followed once, however many reach
 * it. `known`: files not walked into (what an earlier walk found, with all it reaches).
 */
export function reachedFrom(docs: Documents, files: Iterable<string>, known: (file: string) => boolean = () => false): Set<string> {
  const out = new Set<string>();
  const stack: string[] = [];
  for (const file of files) for (const t of targetsOfFile(docs, file) ?? []) if (t !== file) stack.push(t);
  while (stack.length) {
    const t = stack.pop()!;
    if (out.has(t) || known(t)) continue;
    out.add(t);
    for (const u of targetsOfFile(docs, t) ?? []) stack.push(u);
  }
  return out;
}

/**
 * For each file some of `starts` reach through `$ref` (each start's own file aside), the one start that reaches it, or
 * null when several do; in one walk per start that passes over what an earlier walk already found shared, so every
 * file is followed at most twice (a closure per start was the starts times the references: a mesh of 500 documents
 * `$ref`ing each other took seconds).
 */
export function soleReachers(docs: Documents, starts: string[]): Map<string, string | null> {
  const by = new Map<string, string | null>();
  for (const start of starts) {
    const stack = [...(targetsOfFile(docs, start) ?? [])];
    while (stack.length) {
      const t = stack.pop()!;
      const known = by.get(t);
      if (t === start || known === start || known === null) continue;
      // reached by this start first, or now by a second one: what it reaches is then shared too, and walked again
      by.set(t, known === undefined ? start : null);
      for (const u of targetsOfFile(docs, t) ?? []) stack.push(u);
    }
  }
  return by;
}

/**
 * Every file `file` reaches, when each of them reads and each `$ref` on the way resolved to a file of the tree; else
 * undefined. Such a file, with the same closure and the same bytes at two sides, compares as it did.
 */
export function completeClosure(docs: Documents, file: string): Set<string> | undefined {
  const reached = referenceClosure(docs, [file]).get(file);
  if (!reached) return undefined;
  for (const f of [file, ...reached])
    if (!/\.(json|ya?ml)$/i.test(f) || !directTargets(docs, f) || unresolved.get(docs)?.has(f)) return undefined;
  return reached;
}
