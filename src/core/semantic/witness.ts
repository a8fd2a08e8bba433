// Candidate instances of a schema, for finding a witness: a value one schema accepts and the other rejects.
// Candidates are guesses; ajv decides. Bounded in number and depth.
import { fingerprint } from '../diff/fingerprint.js';
import { refTarget } from '../model.js';
import { acceptsAll, isObj, num, putOwn, someNode, typesOf, type JsonType, type Obj } from './schema.js';
import { patternSamples, sampleStrings, stringSet } from './strings.js';
import { safePattern } from '../source/safe-regex.js';

const MAX_CANDIDATES = 400;
const MAX_DEPTH = 5;
/** The longest string or array made for a candidate. */
const MAX_LENGTH = 10_000;
/** Values of every type, for places a schema says little about. */
const GENERIC: unknown[] = [null, true, 0, 1, -1, 1.5, '', 'x', [], {}, [1], { x: 1 }];

const FORMAT_SAMPLES: Record<string, string[]> = {
  email: ['a@example.com'],
  date: ['2024-01-31'],
  'date-time': ['2024-01-31T12:00:00Z'],
  time: ['12:00:00Z'],
  uri: ['https://example.com/a'],
  'uri-reference': ['/a'],
  uuid: ['123e4567-e89b-12d3-a456-426614174000'],
  ipv4: ['192.0.2.1'],
  ipv6: ['2001:db8::1'],
  hostname: ['example.com'],
  ulid: ['01ARZ3NDEKTSV4RRFFQ69G5FAV'],
};

/** Property names the other schema mentions: a value of this schema may carry them with anything in them. */
let hintNames: string[] = [];
let hintStrings: string[] = [];

/**
 * Candidate instances of `schema` (inside document `root`), most telling first: its own values, then boundaries.
 * `names`: property names the schema it is compared with mentions (what this one leaves open, that one may not).
 */
export function candidates(schema: unknown, root: unknown, names: string[] = [], strings: string[] = []): unknown[] {
  hintNames = names.slice(0, 32);
  hintStrings = strings.slice(0, 16);
  calls = MAX_CALLS;
  const out: unknown[] = [];
  const seen = new Set<string>();
  const add = (v: unknown) => {
    if (out.length >= MAX_CANDIDATES || v === undefined) return;
    // candidates share their parts (one base object varied a property at a time): a fingerprint, memoised per part,
    // costs a candidate its own keys, where its JSON text cost all of it
    const key = v !== null && typeof v === 'object' ? `#${fingerprint(v).hash}` : JSON.stringify(v);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(v);
  };
  for (const v of generate(schema, root, 0)) add(v);
  for (const v of GENERIC) add(v);
  return out;
}

/** At most this many candidates from one sub-schema: nested unions would otherwise multiply them. */
const PER_NODE = 48;
/** Below the top, a caller uses at most this many values of a sub-schema (the first few of a property, an item). */
const PER_INNER_NODE = 8;

function generate(schema: unknown, root: unknown, depth: number, refs = 0): unknown[] {
  const want = depth === 0 ? PER_NODE : PER_INNER_NODE;
  return generateAll(schema, root, depth, refs, want).slice(0, want);
}

/** Sub-schemas visited per search: a large document (hundreds of properties, nested) is sampled, not enumerated. */
const MAX_CALLS = 1500;
let calls = 0;
/** Properties of one object varied one at a time (required ones, and the ones the other schema names, first). */
const MAX_PROPS = 40;
/** Required properties copied into one object's candidates, all together (48 candidates of ~1,000 each). */
const MAX_COPIED_KEYS = 50_000;

/** Candidates of `schema`, most telling first; generation stops once `want` are found (the rest would be dropped). */
function generateAll(schema: unknown, root: unknown, depth: number, refs: number, want: number): unknown[] {
  if (depth > MAX_DEPTH || refs > 8 || --calls < 0) return [];
  if (schema === false) return [];
  if (schema === true || acceptsAll(schema)) return depth === 0 ? GENERIC : [null, 'x', 1, {}];
  if (!isObj(schema)) return [];
  const s = schema;
  if (typeof s.$ref === 'string') {
    const target = resolve(s.$ref, root);
    const rest = Object.fromEntries(Object.entries(s).filter(([k]) => k !== '$ref'));
    return [...generate(target, root, depth, refs + 1), ...(Object.keys(rest).length ? generate(rest, root, depth, refs) : [])];
  }
  const out: unknown[] = [];
  if (s.const !== undefined) out.push(s.const);
  if (Array.isArray(s.enum)) append(out, s.enum);
  for (const k of ['examples', 'default', 'example'] as const) {
    if (k === 'examples' && Array.isArray(s.examples)) append(out, s.examples);
    else if (k !== 'examples' && s[k] !== undefined) out.push(s[k]);
  }
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(s[k]))
      for (const branch of s[k] as unknown[]) append(out, generate(mergeShallow(s, k, branch), root, depth, refs + 1));
  }
  if (isObj(s.if)) append(out, [...generate(s.then ?? {}, root, depth, refs + 1), ...generate(s.else ?? {}, root, depth, refs + 1)]);
  const types = [...typesOf(s)];
  if (types.length > 1 && (Array.isArray(s.type) || s.nullable === true) && out.length < want) {
    // each listed type's most telling value first: below the top a caller keeps a few values, and the first type's
    // alone (a string's many) left `[string, string|integer]` → `[string, string]` with no integer tried in its last item
    const lists = types.map((t) => byType(t, s, root, depth, want - out.length));
    for (const list of lists) if (list.length) out.push(list[0]);
    for (const list of lists) if (out.length < want) append(out, list.slice(1));
    return out;
  }
  for (const t of types) if (out.length < want) append(out, byType(t, s, root, depth, want - out.length));
  return out;
}

function byType(t: JsonType, s: Obj, root: unknown, depth: number, want: number): unknown[] {
  switch (t) {
    case 'null':
      return [null];
    case 'boolean':
      return [true, false];
    case 'integer':
    case 'number':
      return numbers(s, t === 'integer');
    case 'string':
      return strings(s);
    case 'array':
      return arrays(s, root, depth);
    case 'object':
      return objects(s, root, depth, want);
  }
}

function numbers(s: Obj, integer: boolean): number[] {
  const out: number[] = [0, 1, -1, 10, 100, 1e6];
  if (!integer) out.push(0.5, 1.5, -0.5);
  const step = num(s.multipleOf) ?? (integer ? 1 : 0.5);
  for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const) {
    const v = num(s[k]);
    if (v === undefined) continue;
    out.push(v, v + step, v - step, v + 1, v - 1);
    if (!integer) out.push(v + 0.5, v - 0.5);
  }
  const m = num(s.multipleOf);
  if (m !== undefined) out.push(m, 2 * m, 3 * m, 5 * m, 7 * m, 10 * m, 1, -m);
  const all = out.map((n) => (integer ? Math.round(n) : n)).filter((n) => Number.isFinite(n));
  // values the schema accepts first: an object's required properties take their first candidate, so a witness for
  // another property is found only beside valid ones (`{qty: 1, price: 100}`, not `{qty: 0, …}` under `qty > 0`)
  const [lo, lo2, hi, hi2] = [num(s.minimum), num(s.exclusiveMinimum), num(s.maximum), num(s.exclusiveMaximum)];
  const within = (n: number) =>
    (lo === undefined || n >= lo) &&
    (lo2 === undefined || n > lo2) &&
    (hi === undefined || n <= hi) &&
    (hi2 === undefined || n < hi2) &&
    (m === undefined || m <= 0 || Number.isInteger(n / m));
  return [...all.filter(within), ...all.filter((n) => !within(n))];
}

function strings(s: Obj): string[] {
  // a format is the schema's text: `constructor` is no sample of ours
  const formats = typeof s.format === 'string' && Object.hasOwn(FORMAT_SAMPLES, s.format) ? FORMAT_SAMPLES[s.format]! : [];
  const set = stringSet(s);
  const samples = sampleStrings(set, 4);
  // strings the prover found on one side of a comparison and not the other lead: they are the likely witnesses
  if (set.pattern) return [...new Set([...hintStrings, ...samples, ...formats])];
  // lengths at and just past the bounds early: callers keep only the first few values of a property
  const { minLength: min, maxLength: max } = set;
  const bounds: string[] = [];
  for (const n of [min, max !== undefined ? max + 1 : 5, max, min > 0 ? min - 1 : undefined, min + 1, 0, 1, 3]) {
    if (n !== undefined && n >= 0 && n <= MAX_LENGTH) bounds.push('a'.repeat(n));
  }
  const ordered = [...formats, ...bounds, 'A1 b-', '\n'];
  return [...new Set([...hintStrings, ...ordered.slice(0, 2), ...samples, ...ordered.slice(2)])];
}

function arrays(s: Obj, root: unknown, depth: number): unknown[] {
  const prefix = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : [];
  const rest = Array.isArray(s.prefixItems) ? s.items : Array.isArray(s.items) ? s.additionalItems : s.items;
  const min = num(s.minItems) ?? 0;
  const max = num(s.maxItems);
  const heads = prefix.map((p) => generate(p, root, depth + 1));
  const restSamples = rest === false ? [] : generate(rest ?? true, root, depth + 1);
  const first = (list: unknown[]) => (list.length ? list[0] : null);
  const base = heads.map(first);
  const out: unknown[] = [];
  // no candidate longer than a string's longest: `minItems: 500000000` would be an array past what V8 can hold
  const fill = (arr: unknown[], n: number, filler: unknown) => {
    if (n > MAX_LENGTH) return undefined;
    const copy = [...arr];
    while (copy.length < n) copy.push(filler);
    return copy;
  };
  out.push(fill(base, min, first(restSamples)));
  for (const v of restSamples.slice(0, 8)) out.push(fill([...base, v], Math.max(min, base.length + 1), v));
  heads.forEach((list, i) =>
    list.slice(1, 6).forEach((v) =>
      out.push(
        fill(
          base.map((b, j) => (j === i ? v : b)),
          min,
          first(restSamples),
        ),
      ),
    ),
  );
  if (max !== undefined && max < 50) out.push(fill(base, max + 1, first(restSamples) ?? 1), fill(base, max, first(restSamples) ?? 1));
  if (min > 0) out.push(fill(base, min - 1, first(restSamples))?.slice(0, min - 1));
  if (isObj(s.contains) || s.contains === true)
    for (const v of generate(s.contains, root, depth + 1).slice(0, 4)) out.push(fill([...base, v], min, v));
  out.push(fill(base, Math.max(min, 2), first(restSamples) ?? 1)); // duplicates, for uniqueItems
  return out.filter((v) => v !== undefined);
}

function objects(s: Obj, root: unknown, depth: number, wanted: number): unknown[] {
  const props = isObj(s.properties) ? s.properties : {};
  const required = Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === 'string') : [];
  const known = new Map<string, unknown[]>();
  const valuesOf = (name: string) => {
    let list = known.get(name);
    if (!list) {
      const schema = props[name] ?? patternSchema(s, name) ?? s.additionalProperties ?? true;
      list = generate(schema, root, depth + 1);
      if (!list.length) list = [null];
      known.set(name, list);
    }
    return list;
  };
  const base: Obj = {};
  for (const r of required) putOwn(base, r, valuesOf(r)[0]);
  // each candidate copies the required properties: fewer candidates of a schema requiring thousands
  const want = Math.min(wanted, Math.max(1, Math.floor(MAX_COPIED_KEYS / (required.length + 1))));
  const out: unknown[] = [];
  const add = (make: () => unknown) => out.length < want && out.push(make());
  add(() => ({ ...base }));
  const hinted = new Set(hintNames);
  const isRequired = new Set(required);
  const varied = [...required.filter((r) => r in props), ...Object.keys(props).filter((p) => hinted.has(p) && !isRequired.has(p))];
  for (const p of Object.keys(props)) if (varied.length < MAX_PROPS && !varied.includes(p)) varied.push(p);
  for (const name of varied.slice(0, MAX_PROPS)) {
    if (out.length >= want) return out;
    for (const v of valuesOf(name).slice(0, 6)) add(() => ({ ...base, [name]: v }));
    if (name in base)
      add(() => {
        const without = { ...base };
        delete without[name];
        return without;
      });
  }
  if (out.length >= want) return out;
  // extra names: one no list mentions, and ones each pattern matches
  const extraValues = generate(s.additionalProperties ?? true, root, depth + 1).slice(0, 4);
  for (const v of extraValues.length ? extraValues : [1]) add(() => ({ ...base, extra_property: v }));
  add(() => ({ ...base, extra_property: 1, another_property: 2 }));
  for (const name of hintNames) if (!(name in props)) for (const v of [null, 'x', 1, true, {}, []]) add(() => ({ ...base, [name]: v }));
  if (isObj(s.patternProperties)) {
    for (const [p, schema] of Object.entries(s.patternProperties)) {
      for (const name of patternSamples(p, 2))
        for (const v of generate(schema, root, depth + 1).slice(0, 3)) add(() => ({ ...base, [name]: v }));
    }
  }
  if (isObj(s.dependentRequired)) for (const k of Object.keys(s.dependentRequired)) add(() => ({ ...base, [k]: valuesOf(k)[0] }));
  add(() => {
    const all: Obj = { ...base };
    for (const name of varied.slice(0, MAX_PROPS)) putOwn(all, name, valuesOf(name)[0]);
    return all;
  });
  return out;
}

/** Every property name a schema mentions, anywhere (for hints). */
export function propertyNames(schema: unknown, root?: unknown): string[] {
  const out = new Set<string>();
  // through the `$ref`s `root` resolves too, each once: a payload that is only a `$ref` (a message's, bundled from its
  // own file) named none, so the other side's new or removed property was never tried, and no witness found
  const seen = new WeakSet<object>();
  const pending = [schema];
  for (let at = 0; at < pending.length && out.size <= 64; at++) {
    someNode(pending[at], (o) => {
      if (isObj(o.properties)) for (const k of Object.keys(o.properties)) out.add(k);
      if (Array.isArray(o.required)) for (const k of o.required) if (typeof k === 'string') out.add(k);
      const target = root !== undefined && typeof o.$ref === 'string' ? refTarget(root, o.$ref) : undefined;
      if (target && typeof target === 'object' && !seen.has(target)) (seen.add(target), pending.push(target));
      return out.size > 64;
    });
  }
  return [...out].slice(0, 64);
}

function patternSchema(s: Obj, name: string): unknown {
  if (!isObj(s.patternProperties)) return undefined;
  for (const [p, schema] of Object.entries(s.patternProperties)) {
    try {
      if (safePattern(p).test(name)) return schema;
    } catch {
      // a pattern that cannot be read or run safely matches nothing we can generate
    }
  }
  return undefined;
}

function mergeShallow(s: Obj, key: string, branch: unknown): unknown {
  if (!isObj(branch)) return branch;
  const rest = Object.fromEntries(Object.entries(s).filter(([k]) => k !== key && k !== 'anyOf' && k !== 'oneOf' && k !== 'allOf'));
  return { ...rest, ...branch };
}

/** A `$ref` that leads nowhere we can see constrains nothing we know of: any value is a candidate. */
function resolve(ref: string, root: unknown): unknown {
  return refTarget(root, ref) ?? true;
}

/** `out.push(...items)` without the spread: an enum of 150,000 values would overflow the call stack. */
function append(out: unknown[], items: readonly unknown[]): void {
  for (const item of items) out.push(item);
}
