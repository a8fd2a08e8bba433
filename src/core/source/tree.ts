// A contract tree as the core sees it: relative paths and their bytes. Adapters (fs, git, freezes) fill it.
import { metaSchemaPath, metaSchemaText } from './meta-schemas.js';
import { posix } from 'node:path';
import { InputError } from '../errors.js';
import { pointerJoin, pointerTokens, type Loc } from '../model.js';
import { decodeText, formatOf, parseText, type ParsedDoc } from './parse.js';

/** git's file mode of a symbolic link: trees read from git or GitHub leave links out, as a checkout's walk does. */
export const GIT_SYMLINK_MODE = '120000';

export interface SourceTree {
  /** Every file, relative to the tree's root with `/` separators, sorted. */
  paths(): string[];
  read(path: string): Uint8Array | undefined;
}

export class MapTree implements SourceTree {
  private readonly files = new Map<string, Uint8Array>();

  constructor(files: Iterable<[string, Uint8Array | string]> = []) {
    for (const [path, content] of files) this.set(path, content);
  }

  set(path: string, content: Uint8Array | string): void {
    this.files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  read(path: string): Uint8Array | undefined {
    return this.files.get(path);
  }
}

export interface Resolved {
  loc: Loc;
  node: unknown;
}

/** `$ref`s followed from one to the next before a chain is refused (no real chain of aliases is this long). */
const MAX_REF_CHAIN = 300;

/** Parsed documents of one tree, parsed once each, with `$ref` resolution that never leaves the tree. */
export class Documents {
  private readonly cache = new Map<string, ParsedDoc | InputError>();
  /** `file\0target` → the file a `$ref` there names (targetFile). */
  private readonly targets = new Map<string, string>();
  private idIndex?: Map<string, string>;
  /** The other side of a diff (see `pair`). */
  private peer?: Documents;
  /** The baseline of a diff, at the head: whose files keep the `$id`s they held there (see `byId`). */
  baseline?: Documents;
  /**
   * Why a path is not in the tree, when the tree is a part of a repository (a check reads its contracts only): said
   * where a `$ref` names it. A `$ref` from `contracts/` to `../shared/x.json` read "not found", though the file was there.
   */
  unreadBecause?: (path: string) => string | undefined;

  constructor(readonly tree: SourceTree) {}

  /**
   * The documents of a diff's two sides: a file with the same path and bytes on both (most of a large tree) is
   * parsed once, its parse shared. Parsed documents are never edited, so sharing one changes no answer.
   */
  static pair(base: SourceTree, head: SourceTree): { base: Documents; head: Documents } {
    const [b, h] = [new Documents(base), new Documents(head)];
    [b.peer, h.peer] = [h, b];
    h.baseline = b;
    return { base: b, head: h };
  }

  /** This side's parse of `file`, if it has one and its bytes are `bytes`. */
  private parsedAs(file: string, bytes: Uint8Array): ParsedDoc | InputError | undefined {
    const entry = this.cache.get(file);
    const mine = entry && this.tree.read(file);
    return mine && (mine === bytes || Buffer.from(mine.buffer, mine.byteOffset, mine.byteLength).equals(bytes)) ? entry : undefined;
  }

  has(file: string): boolean {
    return this.tree.read(file) !== undefined;
  }

  /** Parse a YAML/JSON file; throws (the same) InputError on every call for a bad file. */
  get(file: string): ParsedDoc {
    let entry = this.cache.get(file);
    if (!entry) {
      const meta = file.startsWith('/') ? metaSchemaText(file) : undefined;
      const bytes = meta !== undefined ? Buffer.from(meta) : this.tree.read(file);
      entry = (bytes && this.peer?.parsedAs(file, bytes)) || this.parse(file, bytes);
      this.cache.set(file, entry);
    }
    if (entry instanceof InputError) throw entry;
    return entry;
  }

  private parse(file: string, bytes: Uint8Array | undefined): ParsedDoc | InputError {
    const format = formatOf(file);
    try {
      if (!bytes) throw new InputError('file not found', file);
      if (!format) throw new InputError('not a YAML or JSON file', file);
      return parseText(file, decodeText(file, bytes), format);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      return err;
    }
  }

  /** Follow one `$ref` written at `from`. Remote targets are never fetched; leaving the root is refused. */
  resolveRef(from: Loc, ref: string): Resolved {
    const hash = ref.indexOf('#');
    const target = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '' : ref.slice(hash + 1);
    const file = target ? this.targetFile(from, ref, target) : from.file;
    if (fragment && !fragment.startsWith('/')) throw this.refError(from, `$ref ${ref}: plain-name fragments are not supported`);
    const doc = this.get(file);
    let node: unknown = doc.data;
    for (const token of pointerTokens(fragment)) {
      if (node === null || typeof node !== 'object' || !(token in node)) {
        throw this.refError(from, `$ref target ${ref} not found (${file} has no ${fragment})`);
      }
      node = (node as Record<string, unknown>)[token];
    }
    return { loc: { file, pointer: pointerJoin('', ...pointerTokens(fragment)) }, node };
  }

  /**
   * The file a `$ref`'s target (the part before `#`) names, looked up as JSON Schema says and real trees need: relative
   * to the file's location first, then against the file's `$id` through the `$id`s of the tree's own files.
   */
  targetFile(from: Loc, ref: string, target: string): string {
    // one file's `$ref` to one target resolves the same every time it is followed (failures are not kept: their
    // error names the place of each `$ref`)
    const key = `${from.file}\0${target}`;
    let found = this.targets.get(key);
    if (found === undefined) this.targets.set(key, (found = this.findTarget(from, ref, target)));
    return found;
  }

  private findTarget(from: Loc, ref: string, target: string): string {
    // `//host/x.json` is a network-path reference: remote, as `https://host/x.json` is, never a folder named after a host
    const scheme = /^[a-z][a-z0-9+.-]*:/i.test(target);
    if (scheme || target.startsWith('//')) {
      const viaId = scheme ? this.byId(target) : (this.byId(`https:${target}`) ?? this.byId(`http:${target}`));
      if (!viaId)
        throw this.refError(from, `remote $ref ${ref} is not fetched (contract-guard never uses the network); vendor it into the tree`);
      return viaId;
    }
    const joined = posix.normalize(posix.join(posix.dirname(from.file), safeDecode(target)));
    const inside = !(joined.startsWith('../') || joined === '..' || posix.isAbsolute(joined));
    // the `$id` route is only looked at when the file has one: trees without `$id`s never build the index
    const viaId = this.baseUri(from.file) ? this.byIdRelative(from.file, target) : undefined;
    if (inside && this.has(joined)) {
      if (viaId && viaId !== joined) {
        // a file added where the base branch's `$ref` resolved through `$id`: a copy of the old version put beside the
        // referrer took the `$ref` while the real file broke, judged alone (a response's widening as storage: minor)
        if (this.baseline && !this.baseline.has(joined) && this.baseline.resolvesTo(from, ref, target) === viaId) {
          this.note(
            `${from.file}: $ref ${target} resolves to ${joined} by location but to ${viaId} through $id, as on the base branch; using ${viaId}`,
          );
          return viaId;
        }
        this.note(`${from.file}: $ref ${target} resolves to ${joined} by location but to ${viaId} through $id; using ${joined}`);
      }
      return joined;
    }
    if (viaId) return viaId;
    if (!inside) throw this.refError(from, `$ref ${ref} leaves the repository root`);
    const because = this.unreadBecause?.(joined);
    throw this.refError(
      from,
      `$ref target ${ref} not found (no ${joined}${this.baseUri(from.file) ? ', and no file in the tree has that $id' : ''}${because ? `: ${because}` : ''})`,
    );
  }

  /** The file a `$ref` resolves to on this side, if it resolves. */
  private resolvesTo(from: Loc, ref: string, target: string): string | undefined {
    try {
      return this.targetFile(from, ref, target);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      return undefined;
    }
  }

  /** What resolving refs learnt that a reader should know (e.g. location and `$id` disagree). */
  readonly notes: string[] = [];

  private note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  /** Follow a chain of pure `$ref` objects to the first real node; a chain that loops is an error. */
  deref(loc: Loc, node: unknown): Resolved {
    const seen = new Set<string>();
    let current: Resolved = { loc, node };
    while (isRefObject(current.node)) {
      const key = `${current.loc.file}#${current.loc.pointer}`;
      if (seen.has(key)) throw this.refError(current.loc, `cyclic $ref: ${[...seen].join(' -> ')} -> ${key}`);
      // followed from each of its links, a chain of thousands would cost its length squared
      if (seen.size >= MAX_REF_CHAIN) throw this.refError(loc, `a chain of more than ${MAX_REF_CHAIN} $refs, each to the next`);
      seen.add(key);
      current = this.resolveRef(current.loc, current.node.$ref);
    }
    return current;
  }

  lineOf(loc: Loc): number | undefined {
    try {
      return this.get(loc.file).positions.locate(loc.pointer)?.line;
    } catch {
      return undefined;
    }
  }

  private refError(at: Loc, message: string): InputError {
    return new InputError(message, at.file, this.lineOf(at));
  }

  /** The top-level `$id` of a file (draft-04's and draft-03's `id`), its base URI for relative `$ref`s. */
  private baseUri(file: string): string | undefined {
    try {
      // before draft-06 the keyword was `id`: a draft-04 tree's `$ref`s by URI read "remote, not fetched: vendor it into
      // the tree", though the file was there
      const id = ownId(this.get(file).data);
      return id !== undefined && /^[a-z][a-z0-9+.-]*:/i.test(id) ? id : undefined;
    } catch {
      return undefined;
    }
  }

  /** A target resolved against the file's `$id` (or absolute already), found among the tree's own `$id`s. */
  private byIdRelative(file: string, target: string): string | undefined {
    let uri: string;
    try {
      uri = new URL(target, this.baseUri(file)).href;
    } catch {
      return undefined; // relative target and no absolute base URI
    }
    return this.byId(uri);
  }

  /** `$id` of top-level JSON Schemas, so `$ref`s by URI to schemas in the tree resolve locally. */
  private byId(uri: string): string | undefined {
    // a JSON Schema meta-schema, unless the tree has its own copy
    return this.ids().get(idKey(uri)) ?? metaSchemaPath(uri);
  }

  /** `$id` → the file that holds it: the first in path order, unless the baseline's holder still holds it. */
  private ids(): Map<string, string> {
    if (this.idIndex) return this.idIndex;
    const index = (this.idIndex = new Map());
    // a pull request that added a copy of a schema's old version with its `$id`, named to come first, took every `$ref`
    // by that URI while the real file broke: the file that held an `$id` at the baseline keeps it while it holds it
    for (const [key, path] of this.baseline?.ids() ?? [])
      if (this.has(path) && idKey(this.baseUri(path) ?? '') === key) index.set(key, path);
    for (const path of this.tree.paths()) {
      const bytes = Buffer.from(this.tree.read(path) ?? []);
      if (!/\.(json|ya?ml)$/i.test(path) || !(bytes.includes('$id') || bytes.includes('draft-04') || bytes.includes('draft-03'))) continue;
      const id = this.baseUri(path);
      if (!id) continue;
      const holder = index.get(idKey(id));
      if (!holder) index.set(idKey(id), path);
      // two files with one `$id`: a reader should know which one a `$ref` by that URI means
      else if (holder !== path)
        this.note(`${path} has the $id of ${holder} (${id}): $refs to it resolve to ${holder}; give one of them an $id of its own`);
    }
    return index;
  }
}

/**
 * A schema document's own URI: `$id`, or the `id` of draft-04 and draft-03 where `$schema` names those drafts (else `id`
 * may be any property's name). Without an empty fragment.
 */
export function ownId(schema: unknown): string | undefined {
  if (schema === null || typeof schema !== 'object') return undefined;
  const s = schema as Record<string, unknown>;
  const id = s.$id !== undefined ? s.$id : typeof s.$schema === 'string' && /draft-0[34]\b/.test(s.$schema) ? s.id : undefined;
  return typeof id === 'string' ? id.replace(/#$/, '') : undefined;
}

/** `$id`s compare without an empty fragment (`…/x.json#` is `…/x.json`). */
function idKey(uri: string): string {
  return uri.replace(/#$/, '');
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

export function isRefObject(node: unknown): node is { $ref: string } {
  return node !== null && typeof node === 'object' && typeof (node as { $ref?: unknown }).$ref === 'string';
}

/** A view of a tree without some paths (e.g. frozen snapshots, which are history, not contracts). */
export function filterTree(tree: SourceTree, keep: (path: string) => boolean): SourceTree {
  return { paths: () => tree.paths().filter(keep), read: (p) => (keep(p) ? tree.read(p) : undefined) };
}

/** A tree made of parts of others: the first tree whose `owns(path)` is true provides the path. */
export function overlayTree(layers: { tree: SourceTree; owns: (path: string) => boolean }[]): SourceTree {
  const layerOf = (p: string) => layers.find((l) => l.owns(p));
  return {
    paths: () => [...new Set(layers.flatMap((l) => l.tree.paths().filter((p) => layerOf(p) === l)))].sort(),
    read: (p) => layerOf(p)?.tree.read(p),
  };
}

/**
 * The head as merging it into the base branch would leave it: a file the head did not change since it forked (`fork`,
 * the merge base) is the base branch's now (`tip`), every other file the head's. A pull request behind its base was
 * judged by its own tree, so what the base branch gained since (a freeze, a merged contract) read as removed by it.
 * `bothChanged`: files changed on both sides since the fork (git may not merge them), taken as the head has them.
 */
export function mergedTree(tip: SourceTree, head: SourceTree, fork: SourceTree): { tree: SourceTree; bothChanged: string[] } {
  const same = (a: Uint8Array | undefined, b: Uint8Array | undefined) => (a && b ? Buffer.from(a).equals(b) : a === b);
  // each file decided once: a judgement reads a file many times, and each read compared its bytes again
  const merged = new MapTree();
  const bothChanged: string[] = [];
  for (const p of [...new Set([...tip.paths(), ...head.paths(), ...fork.paths()])].sort()) {
    const [atTip, atHead, atFork] = [tip.read(p), head.read(p), fork.read(p)];
    const untouched = same(atHead, atFork);
    if (!untouched && !same(atTip, atFork) && !same(atTip, atHead)) bothChanged.push(p);
    const bytes = untouched ? atTip : atHead;
    if (bytes !== undefined) merged.set(p, bytes);
  }
  return { tree: merged, bothChanged };
}
