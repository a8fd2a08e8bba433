// A contract tree as the core sees it: relative paths and their bytes. Adapters (fs, git, freezes) fill it.
import { posix } from 'node:path';
import { InputError } from '../errors.js';
import { pointerJoin, pointerTokens, type Loc } from '../model.js';
import { decodeText, formatOf, parseText, type ParsedDoc } from './parse.js';

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

/** Parsed documents of one tree, parsed once each, with `$ref` resolution that never leaves the tree. */
export class Documents {
  private readonly cache = new Map<string, ParsedDoc | InputError>();
  private idIndex?: Map<string, string>;

  constructor(readonly tree: SourceTree) {}

  has(file: string): boolean {
    return this.tree.read(file) !== undefined;
  }

  /** Parse a YAML/JSON file; throws (the same) InputError on every call for a bad file. */
  get(file: string): ParsedDoc {
    let entry = this.cache.get(file);
    if (!entry) {
      const bytes = this.tree.read(file);
      const format = formatOf(file);
      try {
        if (!bytes) throw new InputError('file not found', file);
        if (!format) throw new InputError('not a YAML or JSON file', file);
        entry = parseText(file, decodeText(file, bytes), format);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        entry = err;
      }
      this.cache.set(file, entry);
    }
    if (entry instanceof InputError) throw entry;
    return entry;
  }

  /** Follow one `$ref` written at `from`. Remote targets are never fetched; leaving the root is refused. */
  resolveRef(from: Loc, ref: string): Resolved {
    const hash = ref.indexOf('#');
    const target = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '' : ref.slice(hash + 1);
    let file = from.file;
    if (target) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        const local = this.byId(target);
        if (!local) throw this.refError(from, `remote $ref ${ref} is not fetched (contract-guard never uses the network); vendor it into the tree`);
        file = local;
      } else {
        const joined = posix.normalize(posix.join(posix.dirname(from.file), decodeURI(target)));
        if (joined.startsWith('../') || joined === '..' || posix.isAbsolute(joined)) {
          throw this.refError(from, `$ref ${ref} leaves the repository root`);
        }
        if (!this.has(joined)) throw this.refError(from, `$ref target ${ref} not found`);
        file = joined;
      }
    }
    if (fragment && !fragment.startsWith('/')) throw this.refError(from, `$ref ${ref}: plain-name fragments are not supported`);
    const doc = this.get(file);
    let node: unknown = doc.data;
    for (const token of pointerTokens(fragment)) {
      if (node === null || typeof node !== 'object' || !(token in node)) {
        throw this.refError(from, `$ref target ${ref} not found`);
      }
      node = (node as Record<string, unknown>)[token];
    }
    return { loc: { file, pointer: pointerJoin('', ...pointerTokens(fragment)) }, node };
  }

  /** Follow a chain of pure `$ref` objects to the first real node; a chain that loops is an error. */
  deref(loc: Loc, node: unknown): Resolved {
    const seen = new Set<string>();
    let current: Resolved = { loc, node };
    while (isRefObject(current.node)) {
      const key = `${current.loc.file}#${current.loc.pointer}`;
      if (seen.has(key)) throw this.refError(current.loc, `cyclic $ref: ${[...seen].join(' -> ')} -> ${key}`);
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

  /** `$id` of top-level JSON Schemas, so absolute-URI `$ref`s to schemas in the tree resolve locally. */
  private byId(uri: string): string | undefined {
    if (!this.idIndex) {
      this.idIndex = new Map();
      for (const path of this.tree.paths()) {
        if (!path.endsWith('.json') && !/\.ya?ml$/.test(path)) continue;
        try {
          const data = this.get(path).data as Record<string, unknown> | null;
          if (data && typeof data === 'object' && typeof data.$id === 'string') this.idIndex.set(data.$id, path);
        } catch {
          // a broken file is reported where it is diffed
        }
      }
    }
    return this.idIndex.get(uri);
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
