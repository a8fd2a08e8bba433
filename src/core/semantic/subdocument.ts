// The part of a document one schema needs: what its local `$ref`s reach, transitively, at the same pointers, under a
// new root (the originals shared, never copied). A schema of a 10 MB description is judged in a document of its own
// size: reading it as another dialect or direction copies that part alone, and its validators get its own budget.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Top-level keys that say how a document is read: kept on the new root. */
const DIALECT_KEYS = ['$schema', '$id', 'jsonSchemaDialect', 'openapi', 'swagger', 'asyncapi'];

function tokensOf(ref: string): string[] {
  return ref
    .slice(2)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function at(root: unknown, tokens: string[]): unknown {
  let node = root;
  for (const t of tokens) node = node !== null && typeof node === 'object' ? (node as Obj)[t] : undefined;
  return node;
}

/**
 * A root holding what `node` reaches in `root`. The whole `root` when a reference is not a plain local pointer
 * (`#`, an anchor, `$dynamicRef`, another file): then only the whole document says what it means.
 */
export function subdocument(root: unknown, node: unknown): unknown {
  if (!isObj(root)) return root;
  const reached = new Map<string, unknown>();
  const seen = new Set<object>();
  const stack: unknown[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== 'object' || seen.has(n)) continue;
    seen.add(n);
    if (!Array.isArray(n)) {
      if ('$dynamicRef' in n || '$recursiveRef' in n) return root;
      const ref = (n as Obj).$ref;
      if (typeof ref === 'string') {
        if (!ref.startsWith('#/')) return root;
        if (!reached.has(ref)) {
          const target = at(root, tokensOf(ref));
          if (target === undefined) return root; // the judge reports what cannot be resolved; let it see the whole
          reached.set(ref, target);
          stack.push(target);
        }
      }
    }
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === 'object') stack.push(v);
  }
  const out: Obj = {};
  for (const k of DIALECT_KEYS) if (k in root) out[k] = root[k];
  // shortest pointers first: a target inside one already placed is there with it
  const placed: string[] = [];
  for (const ref of [...reached.keys()].sort((a, b) => a.length - b.length)) {
    if (placed.some((p) => ref.startsWith(p + '/'))) continue;
    const tokens = tokensOf(ref);
    let holder = out;
    for (const t of tokens.slice(0, -1)) {
      if (!isObj(holder[t])) holder[t] = {};
      holder = holder[t] as Obj;
    }
    holder[tokens[tokens.length - 1]!] = reached.get(ref);
    placed.push(ref);
  }
  return out;
}
