// The operations of an OpenAPI (or Swagger) document: one walk over path items and methods, shared by the diff and
// the house rules so both see the same operations.
import type { Loc } from '../model.js';
import { localRefTokens, pointerJoin, refTarget } from '../model.js';

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface PathItem {
  loc: Loc;
  node: unknown;
}

/** Follows a `$ref` written in `file` to the node it names in another file; throws when it names nothing. */
export type ResolveRef = (file: string, ref: string) => { file: string; node: unknown };

/**
 * Component schemas (`#/components/schemas/<name>`, Swagger 2.0's `#/definitions/<name>`) that `paths` and `webhooks`
 * reach through `$ref`s, transitively (callbacks included: they sit inside operations). With `resolve`, `$ref`s to
 * other files are followed too, and a component that is itself a `$ref` to a file is reached when what it names is:
 * in a description split into files (paths/pets.yaml and components' `Pet: {$ref: schemas/Pet.yaml}` both naming
 * schemas/Pet.yaml), every component read as reached by no operation, so each change was reported twice.
 */
export function reachedSchemas(doc: Obj, file = '', resolve?: ResolveRef): Set<string> {
  const reached = new Set<string>();
  const seen = new WeakSet<object>();
  const stack: [unknown, string][] = [
    [doc.paths, file],
    [doc.webhooks, file],
  ];
  while (stack.length) {
    const [n, at] = stack.pop()!;
    if (!n || typeof n !== 'object' || seen.has(n)) continue;
    seen.add(n);
    const ref = (n as Obj).$ref;
    const tokens = typeof ref === 'string' ? localRefTokens(ref) : undefined;
    if (tokens && at === file) {
      if (tokens[0] === 'components' && tokens[1] === 'schemas' && tokens[2] !== undefined) reached.add(tokens[2]);
      else if (tokens[0] === 'definitions' && tokens[1] !== undefined && doc.swagger) reached.add(tokens[1]); // Swagger 2.0
      stack.push([refTarget(doc, ref as string), at]);
    } else if (typeof ref === 'string' && resolve) {
      const target = followed(resolve, at, ref);
      if (target) stack.push([target.node, target.file]);
    }
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === 'object') stack.push([v, at]);
  }
  if (resolve) {
    const components = doc.swagger ? doc.definitions : isObj(doc.components) ? doc.components.schemas : undefined;
    for (const [name, node] of Object.entries(isObj(components) ? components : {})) {
      // reached from another file by its place in this one (`../openapi.yaml#/components/schemas/Pet`)
      if (isObj(node) && seen.has(node)) reached.add(name);
      const ref = isObj(node) ? node.$ref : undefined;
      if (typeof ref !== 'string' || localRefTokens(ref)) continue;
      const target = followed(resolve, file, ref);
      if (target && typeof target.node === 'object' && target.node !== null && seen.has(target.node)) reached.add(name);
    }
  }
  return reached;
}

function followed(resolve: ResolveRef, file: string, ref: string): { file: string; node: unknown } | undefined {
  try {
    return resolve(file, ref);
  } catch {
    return undefined; // a $ref that names nothing is the diff's error to report, not this walk's
  }
}

export interface RawOperation {
  /** `paths` or `webhooks` */
  section: string;
  /** The path (or webhook name) as written. */
  path: string;
  method: (typeof METHODS)[number];
  node: Obj;
  /** The path item holding it (after `deref`). */
  item: PathItem & { node: Obj };
}

/**
 * Every operation under `sections` of `doc` (at pointer `base` in its file), in document order. `deref` follows a path item's `$ref` (the diff
 * resolves them; the house rules read path items as written).
 */
export function operations(
  doc: Obj,
  file: string,
  sections: readonly string[] = ['paths'],
  deref: (item: PathItem) => PathItem = (item) => item,
  base = '',
): RawOperation[] {
  const out: RawOperation[] = [];
  for (const section of sections) {
    const items = doc[section];
    if (!isObj(items)) continue;
    for (const [path, raw] of Object.entries(items)) {
      const item = deref({ loc: { file, pointer: pointerJoin(base, section, path) }, node: raw });
      const node = item.node;
      if (!isObj(node)) continue;
      for (const method of METHODS) {
        const op = node[method];
        if (isObj(op)) out.push({ section, path, method, node: op, item: { loc: item.loc, node } });
      }
    }
  }
  return out;
}
