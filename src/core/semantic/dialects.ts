// Schema dialects that are not JSON Schema 2020-12, read as what they mean so that ajv (2020-12) and the prover
// judge them: drafts 4 to 7 (a `$ref` voids its siblings) and the OpenAPI 3.0 Schema Object (`nullable`, boolean
// `exclusiveMinimum`/`exclusiveMaximum`, and Reference Objects whose siblings are ignored).
import { DROP, KEEP, RewrittenCopy, type EntryRewrite } from './copy.js';
import { someNode } from './schema.js';

const PRE_2019 = /json-schema\.org\/draft-0[3-7]\/schema/;
/** Kept beside a `$ref` where its siblings are void: not assertions, and `$ref`s point into the definitions by location. */
const KEPT_BESIDE_REF = new Set(['$ref', '$schema', 'definitions', '$defs']);

const refVoids: EntryRewrite = (node, key) => (typeof node.$ref === 'string' && !KEPT_BESIDE_REF.has(key) ? DROP : KEEP);

/** The rewritten copy of `root`, as a mapping from its nodes to their copies. */
function rewritten(root: unknown, rewrite: EntryRewrite): (node: unknown) => unknown {
  // what has nothing to rewrite (most of a description: no `nullable`, no boolean bound, no `$ref` with siblings) is
  // shared with the document, not copied for each schema judged
  const copies = new RewrittenCopy(rewrite, true);
  copies.copy(root);
  return (node) => copies.copyOf(node) ?? copies.copy(node);
}

/**
 * A document of draft 7 or earlier (its `$schema` says so) as those drafts read it: every other keyword beside a
 * `$ref` is ignored. ajv applies them in every draft, so the document is rewritten before ajv or the prover see it.
 * The identity for later drafts.
 */
export function refSiblingsVoid(root: unknown): (node: unknown) => unknown {
  // draft 4's root `id` is its `$id` (ajv refuses the old name; `$ref`s are resolved in the document, by pointer)
  if (draft04(root))
    return rewritten(root, (node, key, value) =>
      typeof node.$ref === 'string'
        ? refVoids(node, key, value)
        : key === 'id' && node === root && typeof value === 'string'
          ? DROP
          : booleanBounds(node, key, value),
    );
  return refSiblingsVoided(root) ? rewritten(root, refVoids) : (node) => node;
}

/** Draft 4 (and its subset in OpenAPI 3.0): `exclusiveMinimum: true` makes `minimum` exclusive; later drafts write the bound there. */
const booleanBounds: EntryRewrite = (node, key, value) => {
  switch (key) {
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      if (typeof value !== 'boolean') return KEEP;
      const bound = node[key === 'exclusiveMinimum' ? 'minimum' : 'maximum'];
      return value && typeof bound === 'number' ? bound : DROP;
    }
    case 'minimum':
    case 'maximum':
      return node[key === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum'] === true ? DROP : KEEP;
    default:
      return KEEP;
  }
};

const draft04 = (root: unknown) => {
  const declared = root && typeof root === 'object' ? (root as { $schema?: unknown }).$schema : undefined;
  return typeof declared === 'string' && /json-schema\.org\/draft-0[34]\/schema/.test(declared);
};

/** Does the document's `$schema` name draft 7 or earlier, where a `$ref` voids its siblings? */
export function refSiblingsVoided(root: unknown): boolean {
  const declared = root && typeof root === 'object' ? (root as { $schema?: unknown }).$schema : undefined;
  return typeof declared === 'string' && PRE_2019.test(declared);
}

/**
 * An OpenAPI 3.0 document with its Schema Objects as JSON Schema 2020-12 says the same thing. Swagger 2.0's are read
 * the same way, its `x-nullable` (what go-swagger, NSwag and AutoRest write) for `nullable`.
 */
export function fromOpenApi30(root: unknown, nullableKey: 'nullable' | 'x-nullable' = 'nullable'): (node: unknown) => unknown {
  return rewritten(root, (node, key, value) => {
    if (typeof node.$ref === 'string') return refVoids(node, key, value);
    const nullable = node[nullableKey] === true;
    switch (key) {
      case nullableKey:
        return DROP;
      case 'type':
        return nullable && typeof value === 'string' ? [value, 'null'] : KEEP;
      case 'enum':
        return nullable && Array.isArray(value) && !value.includes(null) ? [...value, null] : KEEP;
      default:
        return booleanBounds(node, key, value);
    }
  });
}

/**
 * OpenAPI's reading of `readOnly`/`writeOnly`: a read-only property is not sent in requests and a write-only one not
 * in responses, and `required` does not apply to them there. JSON Schema calls both annotations, so for one
 * direction the document is rewritten without the properties hidden in it.
 */
export function withoutHidden(root: unknown, hidden: 'readOnly' | 'writeOnly'): (node: unknown) => unknown {
  // nothing hidden in this direction: the document and the node as they are, not copies (their nodes keep their
  // identity, so what was learnt of them, fingerprints and compiled validators, serves every judgement reaching them);
  // a node may lie outside the root (an inline schema), so it is looked at too
  const marked = (n: unknown) => someNode(n, (o) => o[hidden] === true);
  if (marked(root)) return hiding(root, hidden);
  let copying: ((node: unknown) => unknown) | undefined;
  return (node) => (node === root || !marked(node) ? node : (copying ??= hiding(root, hidden))(node));
}

function hiding(root: unknown, hidden: 'readOnly' | 'writeOnly'): (node: unknown) => unknown {
  const target = (s: unknown): unknown => {
    const ref = s && typeof s === 'object' ? (s as { $ref?: unknown }).$ref : undefined;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return s;
    let node: unknown = root;
    for (const t of ref.slice(2).split('/'))
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[t.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    return node;
  };
  const isHidden = (s: unknown) =>
    [s, target(s)].some((x) => !!x && typeof x === 'object' && (x as Record<string, unknown>)[hidden] === true);
  const hiddenNames = (node: Record<string, unknown>) =>
    node.properties && typeof node.properties === 'object'
      ? new Set(
          Object.entries(node.properties as object)
            .filter(([, s]) => isHidden(s))
            .map(([name]) => name),
        )
      : new Set<string>();
  let copies: RewrittenCopy;
  const rewrite: EntryRewrite = (node, key, value) => {
    if ((key !== 'properties' && key !== 'required') || !value || typeof value !== 'object') return KEEP;
    const names = hiddenNames(node);
    if (!names.size) return KEEP;
    if (key === 'required') return Array.isArray(value) ? value.filter((n) => !names.has(n as string)) : KEEP;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([name]) => !names.has(name))
        .map(([name, s]) => [name, copies.copy(s)]),
    );
  };
  copies = new RewrittenCopy(rewrite);
  copies.copy(root);
  return (node) => copies.copyOf(node) ?? copies.copy(node);
}
