// The tree source over GitHub's REST API, for when the repository cannot be cloned. Listings and blobs are read
// once each: the baseline and the head share most of their files.
import { InputError } from '../core/errors.js';
import { TreeBudget, withheld } from '../core/source/withheld.js';
import { MapTree } from '../core/source/tree.js';
import { hunkLines } from '../services/diff-lines.js';
import type { TreeSource } from '../services/tree-source.js';
import { statusOf, type GitHubPort, type TreeEntry } from './port.js';

export class RestSource implements TreeSource {
  readonly note = ' (read through the API)';
  private readonly listings = new Map<string, Promise<TreeEntry[]>>();
  private readonly blobs = new Map<string, Promise<Uint8Array>>();

  constructor(private readonly port: GitHubPort) {}

  async commit(ref: string): Promise<string> {
    try {
      return await this.port.resolveRef(ref);
    } catch (err) {
      if (statusOf(err) === 404 || statusOf(err) === 422) throw new InputError(`unknown git ref '${ref}'`);
      throw err;
    }
  }

  async tree(commit: string, under: string, keep: (path: string) => boolean = () => true): Promise<MapTree> {
    const prefix = under ? under + '/' : '';
    let listing = this.listings.get(commit);
    if (!listing) this.listings.set(commit, (listing = this.port.readTree(commit)));
    const tree = new MapTree();
    const budget = new TreeBudget();
    for (const entry of await listing) {
      if (!entry.path.startsWith(prefix) || !keep(entry.path)) continue;
      // an oversized file (or one past the tree's budget) is stood in for, never downloaded
      tree.set(entry.path, withheld(entry.size, () => entry.sha, budget) ?? (await this.blob(entry.sha)));
    }
    return tree;
  }

  async file(ref: string, path: string): Promise<string | undefined> {
    const bytes = await this.port.readFile(ref, path);
    return bytes && Buffer.from(bytes).toString('utf8');
  }

  async mergeBase(a: string, b: string): Promise<string> {
    return (await this.port.comparison(b, a)).mergeBase;
  }

  async changedPaths(base: string, head: string): Promise<string[] | undefined> {
    const files = await this.port.compareFiles(base, head);
    // GitHub's compare lists at most 300 files: past that, which changed cannot be told from it
    return files.length < 300 ? files.map((f) => f.path) : undefined;
  }

  /** What the pull request's diff shows, from the compare API's patches: review comments are possible there too. */

  async diffLines(base: string, head: string): Promise<Map<string, Set<number>>> {
    const out = new Map<string, Set<number>>();
    for (const f of await this.port.compareFiles(base, head)) if (f.patch) out.set(f.path, hunkLines(f.patch));
    return out;
  }

  tags(prefix: string): Promise<string[]> {
    return this.port.listTags(prefix);
  }

  private blob(sha: string): Promise<Uint8Array> {
    let blob = this.blobs.get(sha);
    if (!blob) this.blobs.set(sha, (blob = this.port.readBlob(sha)));
    return blob;
  }
}
