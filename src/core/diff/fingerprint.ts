// Structural fingerprints, memoised per object, so unchanged subtrees of huge documents are skipped in O(1).
//
// A fingerprint is two 32-bit lanes folded from the children's lanes: no text is built per node (building and hashing
// the text of every object was ~0.5 s and much of the garbage on the GitHub REST pair). An object's entries are summed,
// so key order does not count, as in JSON. The lanes start from a seed drawn per process: a pull request cannot be
// crafted offline to collide with the frozen schema it hides a change from.

interface Print {
  /** The subtree contains a `$ref`, so equal text does not prove equal meaning. */
  readonly hasRef: boolean;
  /** The lanes as text: a key for maps and sets. */
  readonly hash: string;
}

class Lanes implements Print {
  constructor(
    readonly lo: number,
    readonly hi: number,
    readonly hasRef: boolean,
  ) {}
  get hash(): string {
    return lanesText(this.lo, this.hi);
  }
}

function lanesText(lo: number, hi: number): string {
  return (lo >>> 0).toString(36) + '.' + (hi >>> 0).toString(36);
}

const memo = new WeakMap<object, Lanes>();
const [SEED_LO, SEED_HI] = globalThis.crypto.getRandomValues(new Uint32Array(2)) as unknown as [number, number];

// what kind of value the lanes were folded from, so `"1"`, `1`, `[]` and `{}` differ
const [STRING, NUMBER, OTHER, ARRAY, OBJECT, ENTRY] = [1, 2, 3, 4, 5, 6];
// each kind starts from its own mixed state: a kind XORed into the first value folded would cancel against it
const START_LO = [0, 1, 2, 3, 4, 5, 6].map((kind) => Math.imul(SEED_LO ^ kind, 2246822507) ^ SEED_HI);
const START_HI = [0, 1, 2, 3, 4, 5, 6].map((kind) => Math.imul(SEED_HI ^ kind, 3266489909) ^ SEED_LO);

// the lanes of the last fold (module state instead of a pair allocated per value)
let lo = 0;
let hi = 0;

function finish(a: number, b: number): void {
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  lo = a;
  hi = b;
}

function foldText(text: string, kind: number): void {
  let a = START_LO[kind]!;
  let b = START_HI[kind]!;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 2654435761);
    b = Math.imul(b ^ ch, 1597334677);
  }
  finish(a ^ text.length, b);
}

/** Fold two pairs of lanes into one (in order). */
function foldPair(kind: number, a1: number, b1: number, a2: number, b2: number): void {
  let a = Math.imul(START_LO[kind]! ^ a1, 2654435761);
  let b = Math.imul(START_HI[kind]! ^ b1, 1597334677);
  a = Math.imul(a ^ b2, 2654435761);
  b = Math.imul(b ^ a2, 1597334677);
  finish(a, b);
}

/** Sets `lo`/`hi` to the lanes of any JSON value; returns whether it holds a `$ref`. */
function fold(value: unknown): boolean {
  if (typeof value === 'string') {
    foldText(value, STRING);
    return false;
  }
  if (value === null || typeof value !== 'object') {
    foldText(String(value), typeof value === 'number' ? NUMBER : OTHER);
    return false;
  }
  const p = lanesOf(value);
  lo = p.lo;
  hi = p.hi;
  return p.hasRef;
}

function lanesOf(value: object): Lanes {
  const known = memo.get(value);
  if (known) return known;
  let hasRef = false;
  let a: number;
  let b: number;
  if (Array.isArray(value)) {
    a = START_LO[ARRAY]!;
    b = START_HI[ARRAY]!;
    for (const v of value) {
      hasRef = fold(v) || hasRef;
      a = Math.imul(a ^ lo, 2654435761);
      b = Math.imul(b ^ hi, 1597334677);
    }
    finish(a ^ value.length, b);
  } else {
    // each entry folded on its own and the entries summed: the same whatever the order of the keys
    let sumLo = 0;
    let sumHi = 0;
    const keys = Object.keys(value);
    for (const k of keys) {
      hasRef = fold((value as Record<string, unknown>)[k]) || hasRef || k === '$ref';
      const vLo = lo;
      const vHi = hi;
      foldText(k, STRING);
      foldPair(ENTRY, lo, hi, vLo, vHi);
      sumLo = (sumLo + lo) | 0;
      sumHi = (sumHi + hi) | 0;
    }
    foldPair(OBJECT, keys.length, keys.length, sumLo, sumHi);
  }
  const print = new Lanes(lo, hi, hasRef);
  memo.set(value, print);
  return print;
}

/** An object's fingerprint; a value that is not one is its own JSON text. */
export function fingerprint(value: unknown): Print {
  if (value !== null && typeof value === 'object') return lanesOf(value);
  const text = JSON.stringify(value) ?? 'u';
  return { hasRef: false, hash: text };
}

export function sameValue(a: unknown, b: unknown): boolean {
  const objects = a !== null && typeof a === 'object';
  if (objects !== (b !== null && typeof b === 'object')) return false;
  if (!objects) return JSON.stringify(a) === JSON.stringify(b);
  const x = lanesOf(a);
  const y = lanesOf(b as object);
  return x.lo === y.lo && x.hi === y.hi;
}

/** A short hash of a text (two 32-bit lanes): keys made from content. */
export function hashText(text: string): string {
  foldText(text, STRING);
  return lanesText(lo, hi);
}
