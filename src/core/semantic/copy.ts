// A memoised deep copy of a schema document that rewrites it on the way: shared nodes stay shared (and cycles,
// cycles), and the copy of any original node can be looked up afterwards. Used to read a document as its draft
// says and to bundle documents.

/** What to do with one entry of an object: drop it, copy it as it is, or put this value (used as given). */
export const DROP = Symbol('drop');
export const KEEP = Symbol('keep');
export type EntryRewrite = (node: Record<string, unknown>, key: string, value: unknown) => unknown;

export class RewrittenCopy {
  private readonly copies = new Map<object, unknown>();
  /** Whether a node's subtree has anything to rewrite (with `shareUnchanged`). */
  private readonly changing = new Map<object, boolean>();

  /**
   * `shareUnchanged`: a subtree with nothing to rewrite is used as it is, not copied (for a pure `rewrite` whose result
   * nobody edits): nodes keep their identity, so what was learnt of them (fingerprints) serves every copy.
   */
  constructor(
    private readonly rewrite: EntryRewrite,
    private readonly shareUnchanged = false,
  ) {}

  copy(node: unknown): unknown {
    if (!node || typeof node !== 'object') return node;
    const known = this.copies.get(node);
    if (known !== undefined) return known;
    if (this.shareUnchanged && !this.changes(node, new Set())) {
      this.copies.set(node, node);
      return node;
    }
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

  /** Does anything under `node` rewrite? A node met again on the way down (a cycle) counts as changing: copied, to be safe. */
  private changes(node: object, path: Set<object>): boolean {
    const known = this.changing.get(node);
    if (known !== undefined) return known;
    if (path.has(node)) return true;
    path.add(node);
    let found = false;
    if (Array.isArray(node)) found = node.some((v) => !!v && typeof v === 'object' && this.changes(v, path));
    else
      for (const [k, v] of Object.entries(node)) {
        if (this.rewrite(node as Record<string, unknown>, k, v) !== KEEP || (!!v && typeof v === 'object' && this.changes(v, path))) {
          found = true;
          break;
        }
      }
    path.delete(node);
    this.changing.set(node, found);
    return found;
  }

  /** The copy of an original node, if one was made. */
  copyOf(node: unknown): unknown {
    return node && typeof node === 'object' ? this.copies.get(node) : node;
  }
}
