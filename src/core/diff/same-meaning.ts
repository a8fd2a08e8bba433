// Two schema values that read differently yet validate alike: `$ref`s followed on each side. The keyword diff compares
// applicators it does not take apart (`patternProperties`, `if`/`then`, `dependentSchemas`, …) as a whole; written as
// text, a new version folder whose `$ref`s name its own `$id`s (`…/1.1.0/ext.json` for `…/1.0.0/ext.json`) changed
// every one of them, each a major "constraint changed" although nothing they reach did.
import { holdsData, isObj, namesSchemas } from '../semantic/schema.js';
import type { Loc } from '../model.js';
import { pointerJoin } from '../model.js';
import { fingerprint, sameValue } from './fingerprint.js';

export interface Located {
  loc: Loc;
  node: unknown;
}

/** A `$ref` followed from where it is written; undefined when it leads nowhere readable. */
export type Follow = (from: Loc, ref: string) => Located | undefined;

/** Keywords that name a schema rather than constrain it: a new version's own `$id`s are no change. */
const IDENTITY = new Set(['$id', '$schema', '$anchor']);
/** Keywords that never change what validates, but say something to readers: a change to one is documentation. */
const ANNOTATION = new Set(['$comment', 'title', 'description', 'examples', 'example', 'deprecated']);

/** Alike as validation goes: `same`, or `annotations` when only what readers are told differs. */
export type Likeness = 'same' | 'annotations' | 'different';

/** Nodes compared at most, both sides together: past it, the two are taken as different (reported, as before). */
const MAX_STEPS = 20_000;

/** Do `a` and `b` (schemas or maps of them, each where it is written) accept the same values, `$ref`s followed? */
export function likeness(a: Located, b: Located, followA: Follow, followB: Follow): Likeness {
  if (sameValue(a.node, b.node) && !fingerprint(a.node).hasRef) return 'same';
  let steps = MAX_STEPS;
  let annotated = false;
  // a pair of places under comparison is taken as alike while it is compared: recursive schemas end
  const open = new Set<string>();
  const at = (s: Located, token: string | number): Located => ({
    loc: { file: s.loc.file, pointer: pointerJoin(s.loc.pointer, token) },
    node: (s.node as Record<string | number, unknown>)[token],
  });
  const schema = (x: Located, y: Located, depth: number): boolean => {
    if (--steps < 0 || depth > 200) return false;
    const [p, q] = [x.node, y.node];
    if (p === null || q === null || typeof p !== 'object' || typeof q !== 'object') return p === q;
    if (Array.isArray(p) || Array.isArray(q)) {
      return Array.isArray(p) && Array.isArray(q) && p.length === q.length && p.every((_, i) => schema(at(x, i), at(y, i), depth + 1));
    }
    const [o, r] = [p as Record<string, unknown>, q as Record<string, unknown>];
    const [refA, refB] = [o.$ref, r.$ref];
    if (typeof refA === 'string' || typeof refB === 'string') {
      if (typeof refA !== 'string' || typeof refB !== 'string') return false;
      const key = `${x.loc.file}#${x.loc.pointer}\0${y.loc.file}#${y.loc.pointer}`;
      if (!open.has(key)) {
        open.add(key);
        const [ta, tb] = [followA(x.loc, refA), followB(y.loc, refB)];
        // what cannot be followed is alike only as written
        if (!ta || !tb ? refA !== refB : !schema(ta, tb, depth + 1)) return false;
      }
    }
    const told = (s: Record<string, unknown>) => Object.keys(s).filter((k) => ANNOTATION.has(k) || k.startsWith('x-'));
    if (!annotated) annotated = [...new Set([...told(o), ...told(r)])].some((k) => !sameValue(o[k], r[k]));
    const keys = (s: Record<string, unknown>) =>
      Object.keys(s).filter((k) => k !== '$ref' && !IDENTITY.has(k) && !ANNOTATION.has(k) && !k.startsWith('x-'));
    const [ka, kb] = [keys(o), keys(r)];
    if (ka.length !== kb.length || ka.some((k) => !(k in r))) return false;
    return ka.every((k) => {
      if (holdsData(k)) return sameValue(o[k], r[k]);
      if (!namesValues(k, o[k]) || !namesValues(k, r[k])) return schema(at(x, k), at(y, k), depth + 1);
      // a map of names (to schemas, or to the names they require): the same names, each value alike
      const [ma, mb] = [at(x, k), at(y, k)];
      const names = Object.keys(o[k] as object);
      return (
        names.length === Object.keys(r[k] as object).length &&
        names.every((n) => Object.hasOwn(r[k] as object, n) && schema(at(ma, n), at(mb, n), depth + 1))
      );
    });
  };
  return !schema(a, b, 0) ? 'different' : annotated ? 'annotations' : 'same';
}

/** A keyword whose value maps names (of properties, patterns, definitions) to what applies to them. */
function namesValues(key: string, value: unknown): boolean {
  return namesSchemas(key, value) || ((key === 'dependencies' || key === 'dependentRequired') && isObj(value));
}
