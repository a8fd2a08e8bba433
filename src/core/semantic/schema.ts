// Small facts about JSON Schema nodes that the inclusion prover and the witness search share.
export type Schema = boolean | Record<string, unknown>;
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Sets `key` as `o`'s own property: a contract's name `__proto__` is a property, never the object's prototype. */
export function putOwn(o: Obj, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  else o[key] = value;
}

/** Keywords that never reject an instance. */
export const ANNOTATIONS = new Set([
  'title',
  'description',
  '$comment',
  'examples',
  'example',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$schema',
  '$id',
  '$defs',
  'definitions',
  '$anchor',
  '$dynamicAnchor',
  '$vocabulary',
  'contentMediaType',
  'contentEncoding',
  'contentSchema',
  'discriminator',
  'xml',
  'externalDocs',
]);

export const TYPES = ['null', 'boolean', 'object', 'array', 'number', 'integer', 'string'] as const;
export type JsonType = (typeof TYPES)[number];

/** Keywords that only constrain instances of one type (an instance of another type passes them). */
export const TYPE_KEYWORDS: Record<string, JsonType> = {
  multipleOf: 'number',
  maximum: 'number',
  exclusiveMaximum: 'number',
  minimum: 'number',
  exclusiveMinimum: 'number',
  maxLength: 'string',
  minLength: 'string',
  pattern: 'string',
  format: 'string',
  items: 'array',
  prefixItems: 'array',
  additionalItems: 'array',
  contains: 'array',
  minContains: 'array',
  maxContains: 'array',
  maxItems: 'array',
  minItems: 'array',
  uniqueItems: 'array',
  unevaluatedItems: 'array',
  properties: 'object',
  patternProperties: 'object',
  additionalProperties: 'object',
  required: 'object',
  propertyNames: 'object',
  maxProperties: 'object',
  minProperties: 'object',
  dependentRequired: 'object',
  dependentSchemas: 'object',
  dependencies: 'object',
  unevaluatedProperties: 'object',
};

/** Is it the empty schema (`true`, `{}`, or only annotations)? */
export function acceptsAll(s: unknown): boolean {
  if (s === true) return true;
  return isObj(s) && Object.keys(s).every((k) => ANNOTATIONS.has(k) || k.startsWith('x-'));
}

/** The assertion keywords of a node (annotations and extensions left out). */
export function assertions(s: Obj): string[] {
  return Object.keys(s).filter((k) => !ANNOTATIONS.has(k) && !k.startsWith('x-'));
}

/** The node without the given keywords (and so without what they assert). */
export function without(s: Obj, ...keys: string[]): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(s)) if (!keys.includes(k)) out[k] = v;
  return out;
}

/** The JSON types an instance of `s` may have, from `type` (and OpenAPI 3.0 `nullable`); every type when unsaid. */
export function typesOf(s: Obj): Set<JsonType> {
  const t = s.type;
  const list = typeof t === 'string' ? [t] : Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : undefined;
  if (!list) return new Set(TYPES);
  const out = new Set(list.filter((x): x is JsonType => (TYPES as readonly string[]).includes(x)));
  if (s.nullable === true) out.add('null');
  return out;
}

/** The JSON type of a value (`integer` for whole numbers). */
export function typeOfValue(v: unknown): JsonType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v as JsonType;
}

export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Keys whose values are data, not schemas (a `$ref` inside them is text): as ajv reads them, and extensions. */
export function holdsData(key: string): boolean {
  return DATA_KEYWORDS.has(key) || key.startsWith('x-');
}
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples', 'example']);

/** Does the keyword's value map names to schemas? A name there (`$id`, `$ref`, `example`) is no keyword. */
export function namesSchemas(key: string, value: unknown): value is Obj {
  return NAMED_SCHEMAS.has(key) && isObj(value);
}
const NAMED_SCHEMAS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/** The nodes below a schema object that may be schemas: data left out, a map of names stepped over to its schemas. */
export function pushSchemaChildren(o: Obj, stack: unknown[]): void {
  for (const [k, v] of Object.entries(o)) {
    if (holdsData(k) || !v || typeof v !== 'object') continue;
    if (namesSchemas(k, v)) for (const s of Object.values(v)) stack.push(s);
    else stack.push(v);
  }
}

/** Like `someNode`, over the schema's own nodes only (see `pushSchemaChildren`). */
export function someSchemaNode(root: unknown, test: (node: Obj) => boolean): boolean {
  const seen = new WeakSet<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== 'object' || seen.has(n)) continue;
    seen.add(n);
    if (Array.isArray(n)) {
      for (const v of n) stack.push(v);
      continue;
    }
    if (test(n as Obj)) return true;
    pushSchemaChildren(n as Obj, stack);
  }
  return false;
}

/**
 * Does any object in the tree (the root included) satisfy `test`? Each distinct object is visited once, so a small
 * document that reuses one node many times (a `oneOf` bomb) costs its size, not its expansion.
 */
export function someNode(root: unknown, test: (node: Obj) => boolean): boolean {
  const seen = new WeakSet<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== 'object' || seen.has(n)) continue;
    seen.add(n);
    if (!Array.isArray(n) && test(n as Obj)) return true;
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === 'object') stack.push(v);
  }
  return false;
}

/**
 * What compiling `o` costs beyond its own node, in nodes: ajv merges what each member of an `allOf` evaluates into
 * what the members before it did, in time quadratic in their number (1,000 members took 1.5 s to compile, as ~15,000
 * nodes do; 3,000, 12 s; up to 100 members, nothing more); it nests each member of a `oneOf` in the one before, which
 * V8 compiles in quadratic time too (2,000 members: 3 s; 3,000 ran out of stack); and the names it requires through
 * others (`namesRequired`).
 */
export function keywordCost(o: Obj): number {
  let cost = namesRequired(o);
  for (const k of ['allOf', 'oneOf'] as const) {
    const n = Array.isArray(o[k]) ? o[k].length : 0;
    if (n > 100) cost += Math.floor((n * n) / 70);
  }
  return cost;
}

/**
 * The names `dependentRequired` (draft-07's `dependencies` as lists) asks for, each a check ajv writes out: no schema
 * node holds them, and 3,000 keys of 30 names each (700 KB) took 51 s and 1.7 GB to compile. One node a name.
 */
function namesRequired(o: Obj): number {
  let n = 0;
  for (const k of ['dependentRequired', 'dependencies'] as const) {
    const map = o[k];
    if (isObj(map)) for (const v of Object.values(map)) if (Array.isArray(v)) n += v.length;
  }
  return n;
}

/**
 * What ajv's compile of a schema costs, in nodes: its distinct nodes, what `keywordCost` adds, and its patterns
 * (`patternCost`), counted up to `limit` (+1).
 */
export function compileSize(schema: unknown, limit = Infinity): number {
  let count = 0;
  let patterns = 0;
  someNode(schema, (o) => {
    const before = patternCost(patterns);
    patterns += patternsAt(o);
    return (count += 1 + keywordCost(o) + patternCost(patterns) - before) > limit;
  });
  return count;
}

/** The regular expressions a node gives ajv: its `pattern` and the keys of its `patternProperties`. */
export function patternsAt(o: Obj): number {
  return (typeof o.pattern === 'string' ? 1 : 0) + (isObj(o.patternProperties) ? Object.keys(o.patternProperties).length : 0);
}

/**
 * What `n` regular expressions in one compile cost, in nodes: ajv writes each into the compiled code's scope, in time
 * quadratic in their number (1,000: 0.8 s a compile; 3,000 patternProperties took 20 s to judge). Up to 100, nothing.
 */
export function patternCost(n: number): number {
  return n > 100 ? Math.floor((n * n) / 125) : 0;
}

/** What local `$ref`s point into: `$defs`, `definitions`, and an OpenAPI document's `components`. */
export function defs(root: unknown): Obj {
  if (!isObj(root)) return {};
  const out: Obj = {};
  for (const k of ['$defs', 'definitions', 'components']) if (root[k] !== undefined) out[k] = root[k];
  return out;
}

/** A sub-schema as a document of its own, carrying its document's definitions so local `$ref`s into them resolve. */
export function inContext(s: unknown, root: unknown): unknown {
  if (!isObj(s) || s === root || !isObj(root)) return s;
  return { ...defs(root), ...(typeof root.$schema === 'string' ? { $schema: root.$schema } : {}), ...s };
}
