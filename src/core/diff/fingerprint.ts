// Structural fingerprints, memoised per object, so unchanged subtrees of huge documents are skipped in O(1).

interface Print {
  hash: string;
  /** The subtree contains a `$ref`, so equal text does not prove equal meaning. */
  hasRef: boolean;
}

const memo = new WeakMap<object, Print>();

function cyrb53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(36) + (h1 >>> 0).toString(36);
}

export function fingerprint(value: unknown): Print {
  if (value === null || typeof value !== 'object') return { hash: JSON.stringify(value) ?? 'u', hasRef: false };
  const known = memo.get(value);
  if (known) return known;
  let text: string;
  let hasRef = false;
  if (Array.isArray(value)) {
    const parts = value.map((v) => {
      const p = fingerprint(v);
      hasRef ||= p.hasRef;
      return p.hash;
    });
    text = `[${parts.join(',')}]`;
  } else {
    const keys = Object.keys(value).sort();
    const parts = keys.map((k) => {
      const p = fingerprint((value as Record<string, unknown>)[k]);
      hasRef ||= p.hasRef || k === '$ref';
      return `${JSON.stringify(k)}:${p.hash}`;
    });
    text = `{${parts.join(',')}}`;
  }
  const print = { hash: text.length > 40 ? cyrb53(text) + cyrb53(text, 7) : text, hasRef };
  memo.set(value, print);
  return print;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return fingerprint(a).hash === fingerprint(b).hash;
}

/** A short hash of a text (two 53-bit hashes): keys made from content. */
export function hashText(text: string): string {
  return cyrb53(text) + cyrb53(text, 7);
}
