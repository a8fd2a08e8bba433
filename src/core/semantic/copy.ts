// A memoised deep copy of a schema document that rewrites it on the way: shared nodes stay shared (and cycles,
// cycles), and the copy of any original node can be looked up afterwards. Used to read a document as its draft
// says and to bundle documents.

/** What to do with one entry of an object: drop it, copy it as it is, or put this value (used as given). */
export const DROP = Symbol('drop');
export const KEEP = Symbol('keep');
export type EntryRewrite = (node: Record<string, unknown>, key: string, value: unknown) => unknown;

export class RewrittenCopy {
  private readonly copies = new Map<object, unknown>();

  constructor(private readonly rewrite: EntryRewrite) {}

  copy(node: unknown): unknown {
    if (!node || typeof node !== 'object') return node;
    const known = this.copies.get(node);
    if (known !== undefined) return known;
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      this.copies.set(node, out);
      for (const v of node) out.push(this.copy(v));
      return out;
    }
    const out: Record<string, unknown> = {};
    this.copies.set(node, out);
    for (const [k, v] of Object.entries(node)) {
      const r = this.rewrite(node as Record<string, unknown>, k, v);
      if (r === DROP) continue;
      out[k] = r === KEEP ? this.copy(v) : r;
    }
    return out;
  }

  /** The copy of an original node, if one was made. */
  copyOf(node: unknown): unknown {
    return node && typeof node === 'object' ? this.copies.get(node) : node;
  }
}
