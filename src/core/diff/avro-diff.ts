// Avro schemas judged by Avro's schema resolution: a reader schema reads data a writer schema wrote when names match
// (or the reader aliases the writer's), every reader field the writer lacks has a default, primitive types promote
// (int → long → float → double, string ↔ bytes), and every enum symbol and union branch the writer can write is
// known to the reader. The walk names each change with a catalog rule; avsc's resolver decides each side, and a
// break on a side carries a witness: a datum the writer schema encodes that the reader schema fails to decode.
import type avro from 'avsc';
import Queue from 'yocto-queue';
import libraries from '../libraries.cjs';
import { InputError, unlessUnreadable } from '../errors.js';
import type { Loc, Role, Semantic } from '../model.js';
import { pointerJoin } from '../model.js';
import type { RuleId } from '../rules/catalog.js';
import type { Documents } from '../source/tree.js';
import { isAvroFile } from '../source/parse.js';
import { isObj, putOwn, type Obj } from '../semantic/schema.js';
import { addVia, type ChangeSink, type RawChange } from './sink.js';

type Type = avro.Type;

export interface AvroSide {
  loc: Loc;
  node: unknown;
}

/** reader: consumers on the new schema read data written with the old (backward); writer: old readers read new data (forward). */
export type AvroSide2 = 'reader' | 'writer';

export function sidesOfRole(role: Role): AvroSide2[] {
  if (role === 'request' || role === 'storage') return ['reader'];
  if (role === 'response') return ['writer'];
  return ['reader', 'writer'];
}

/** A named type another file of the same side defines, by full name (`com.acme.Address`), and the namespace it is in. */
export type AvroNames = (fullName: string) => { node: unknown; namespace?: string } | undefined;

/**
 * Parse an Avro schema (JSON) as avsc reads it, unions wrapped as Avro's JSON encoding writes them. A type it names
 * but does not define (`"type": "com.acme.Address"`, kept in `Address.avsc` as a Maven build's `imports` or a
 * registry's references keep it) is read from `names`: without it the schema was unreadable, and its changes unseen.
 */
export function avroType(node: unknown, loc: Loc, names?: AvroNames): Type {
  // no prototype: a type named `toString` or `constructor` (valid Avro names) was found on Object.prototype, a function
  // avsc took for a type, and the walk crashed on it
  const registry: Record<string, Type> = Object.create(null);
  try {
    // the schema's own names are never taken from elsewhere (two files naming each other: it stays unreadable, as avsc
    // reads one file at a time, rather than defining its own type twice)
    if (names) imported(registry, node, undefined, names, namesIn(node, undefined).defined);
    return libraries.avsc().Type.forSchema(node as avro.Schema, { wrapUnions: true, registry });
  } catch (err) {
    throw new InputError(`not a valid Avro schema at ${loc.pointer || '/'}: ${(err as Error).message}`, loc.file);
  }
}

/** Put in `registry` the types `node` names and other files define, each after the types it names in turn. */
function imported(registry: Record<string, Type>, node: unknown, namespace: string | undefined, names: AvroNames, visiting: Set<string>) {
  const { defined, referenced } = namesIn(node, namespace);
  for (const name of referenced) {
    if (defined.has(name) || registry[name] || visiting.has(name)) continue;
    const def = names(name);
    if (!def) continue; // undefined anywhere: the parse says which name
    visiting.add(name);
    imported(registry, def.node, def.namespace, names, visiting);
    const before = new Set(Object.keys(registry));
    try {
      libraries.avsc().Type.forSchema(def.node as avro.Schema, { wrapUnions: true, registry, namespace: def.namespace });
    } catch {
      // a definition that does not parse (or names a type it cannot read first): the schema naming it reports it. avsc
      // registers a type before reading its fields; what a failed read left half built is taken out again
      for (const key of Object.keys(registry)) if (!before.has(key)) delete registry[key];
    }
  }
}

const PRIMITIVES = new Set(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);
export const fullName = (name: string, namespace: string | undefined) => (name.includes('.') || !namespace ? name : `${namespace}.${name}`);

/** An Avro protocol (`.avpr`, or the protocol an `.avdl` reads as): named types and messages. */
export const isAvroProtocol = (node: unknown): node is Obj => isObj(node) && typeof node.protocol === 'string';

/** The full name of the named type a schema file holds at its top (`com.acme.Order`), if it holds one. */
export function avroTypeName(node: unknown): string | undefined {
  if (!isObj(node) || typeof node.name !== 'string' || typeof node.type !== 'string' || !NAMED.has(node.type)) return undefined;
  return fullName(node.name, typeof node.namespace === 'string' ? node.namespace : undefined);
}

/** The full names a schema defines and those it refers to, each with the namespace in effect where it stands. */
function namesIn(
  node: unknown,
  namespace: string | undefined,
  found = { defined: new Set<string>(), referenced: new Set<string>() },
  onDefinition?: (name: string, node: Obj, namespace: string | undefined) => void,
): { defined: Set<string>; referenced: Set<string> } {
  if (typeof node === 'string') {
    if (!PRIMITIVES.has(node)) found.referenced.add(fullName(node, namespace));
  } else if (Array.isArray(node)) {
    for (const branch of node) namesIn(branch, namespace, found, onDefinition);
  } else if (isObj(node)) {
    const t = node.type;
    if (typeof t === 'string' && NAMED.has(t) && typeof node.name === 'string') {
      const own = node.name.includes('.')
        ? node.name.slice(0, node.name.lastIndexOf('.'))
        : typeof node.namespace === 'string'
          ? node.namespace || undefined
          : namespace;
      found.defined.add(fullName(node.name, own));
      onDefinition?.(fullName(node.name, own), node, namespace);
      if (Array.isArray(node.fields)) for (const f of node.fields) if (isObj(f)) namesIn(f.type, own, found, onDefinition);
    } else if (t === 'array') namesIn(node.items, namespace, found, onDefinition);
    else if (t === 'map') namesIn(node.values, namespace, found, onDefinition);
    else namesIn(t, namespace, found, onDefinition);
  }
  return found;
}

/**
 * Every named type the Avro files of a side define (`.avsc` schemas, the types of `.avpr` and `.avdl` protocols, in the
 * protocol's namespace), by full name (the first file in path order wins a name), read once per side, when a schema
 * names a type it does not define: an IDL's `import` is read so. What does not parse defines nothing.
 */
export function avroNamesOf(docs: Documents): AvroNames {
  return (name) => definitions(docs).byName.get(name);
}

interface Definitions {
  /** Full name → its definition: in the file that defined it at the baseline while it still does, else the first. */
  byName: Map<string, { node: unknown; namespace?: string; file: string }>;
  /** File → the files that name a type it defines (directly). */
  usedBy: Map<string, Set<string>>;
}

const DEFINITIONS = new WeakMap<Documents, Definitions>();

/** The named types of a side's Avro files (`.avsc`, `.avpr`, `.avdl`), and which names each file takes from others. */
function definitions(docs: Documents): Definitions {
  let known = DEFINITIONS.get(docs);
  if (known) return known;
  const found: { full: string; node: Obj; namespace?: string; file: string }[] = [];
  const uses = new Map<string, Set<string>>();
  for (const file of docs.tree.paths().filter(isAvroFile)) {
    const data = unlessUnreadable(() => docs.get(file))?.data;
    const protocol = isAvroProtocol(data) ? data : undefined;
    const namespace = typeof protocol?.namespace === 'string' ? protocol.namespace || undefined : undefined;
    const names = namesIn(protocol ? protocol.types : data, namespace, undefined, (full, node, at) =>
      found.push({ full, node, namespace: at, file }),
    );
    uses.set(file, new Set([...names.referenced].filter((n) => !names.defined.has(n))));
  }
  const byName = new Map<string, { node: unknown; namespace?: string; file: string }>();
  // a pull request that adds a copy of a type's old definition, in a file first in path order, while the real one
  // changes, had every schema that names it read the copy: the file that defined it at the baseline keeps it
  const before = docs.baseline && definitions(docs.baseline).byName;
  for (const d of found) if (before?.get(d.full)?.file === d.file && !byName.has(d.full)) byName.set(d.full, d);
  for (const d of found) if (!byName.has(d.full)) byName.set(d.full, d);
  // each file's users, indexed once: looked for per file asked, a chain of 3,000 files took 2 s for 300 changed
  const usedBy = new Map<string, Set<string>>();
  for (const [user, names] of uses)
    for (const n of names) {
      const definer = byName.get(n)?.file;
      if (definer === undefined) continue;
      const users = usedBy.get(definer) ?? new Set<string>();
      usedBy.set(definer, users.add(user));
    }
  known = { byName, usedBy };
  DEFINITIONS.set(docs, known);
  return known;
}

/**
 * The Avro files that name a type `file` defines, directly or through files that do: a type kept in a file of its own
 * is read as the schemas that name it are (an event's field type is an event's).
 */
export function avroUsersOf(docs: Documents, file: string): Set<string> {
  const { usedBy } = definitions(docs);
  const out = new Set<string>();
  const stack = [file];
  while (stack.length) {
    for (const user of usedBy.get(stack.pop()!) ?? [])
      if (!out.has(user) && user !== file) {
        out.add(user);
        stack.push(user);
      }
  }
  return out;
}

/** Whether `reader` reads everything `writer` writes, by avsc's resolver; the reason when it does not. */
export function resolves(reader: Type, writer: Type): { ok: true } | { ok: false; reason: string } {
  try {
    reader.createResolver(writer);
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
}

const PROMOTIONS: Record<string, string[]> = {
  int: ['long', 'float', 'double'],
  long: ['float', 'double'],
  float: ['double'],
  string: ['bytes'],
  bytes: ['string'],
};

const NAMED = new Set(['record', 'error', 'enum', 'fixed']);
const kindOf = (t: Type) => t.typeName.replace(/^union:.*/, 'union').replace(/^error$/, 'record');
const short = (name: string | undefined) => (name ?? '').replace(/^.*\./, '');
/** A union branch's identity: a named type's name, else its type. */
const branchKey = (t: Type) => (NAMED.has(t.typeName) ? short(t.name) : kindOf(t));

interface Found {
  rule: RuleId;
  pointer: string;
  params: Record<string, unknown>;
}

/** The raw JSON of a type at a pointer, following `{type: …}` wrappers, for the line a change is reported on. */
function rawAt(raw: unknown, pointer: string): { raw: unknown; pointer: string } {
  let r = raw;
  let p = pointer;
  while (isObj(r) && isObj(r.type)) {
    r = r.type;
    p = pointerJoin(p, 'type');
  }
  return { raw: r, pointer: p };
}

/** Walk two types in step, naming every difference that matters to resolution (and doc edits as a patch). */
function walk(a: Type, b: Type, rawA: unknown, rawB: unknown, pointer: string, path: string, out: Found[], seen: Set<string>): void {
  ({ raw: rawB, pointer } = rawAt(rawB, pointer));
  ({ raw: rawA } = rawAt(rawA, ''));
  // the same named type referred to by name: compared where it is defined (earlier in the file, or its own file)
  if (typeof rawA === 'string' && rawA === rawB && NAMED.has(a.typeName) && a.name === b.name) return;
  const at = path || 'the schema';
  const [ka, kb] = [kindOf(a), kindOf(b)];
  const logical = (r: unknown) => (isObj(r) && typeof r.logicalType === 'string' ? r.logicalType : undefined);
  if (ka !== kb) {
    if (kb === 'union' && (b as avro.types.WrappedUnionType).types.some((t) => branchKey(t) === branchKey(a)))
      out.push({ rule: 'avro-union-branch-added', pointer, params: { at, branch: `(${ka} became a union)` } });
    else if (ka === 'union' && (a as avro.types.WrappedUnionType).types.some((t) => branchKey(t) === branchKey(b)))
      out.push({ rule: 'avro-union-branch-removed', pointer, params: { at, branch: `(the union became ${kb})` } });
    else if (PROMOTIONS[ka]?.includes(kb) && !PROMOTIONS[kb]?.includes(ka))
      out.push({ rule: 'avro-type-promoted', pointer, params: { at, old: ka, new: kb } });
    else if (PROMOTIONS[kb]?.includes(ka) && !PROMOTIONS[ka]?.includes(kb))
      out.push({ rule: 'avro-type-demoted', pointer, params: { at, old: ka, new: kb } });
    else if (PROMOTIONS[ka]?.includes(kb)) out.push({ rule: 'avro-type-interchanged', pointer, params: { at, old: ka, new: kb } });
    else out.push({ rule: 'avro-type-changed', pointer, params: { at, old: ka, new: kb } });
    return;
  }
  if (logical(rawA) !== logical(rawB))
    out.push({ rule: 'avro-logical-type-changed', pointer, params: { at, old: logical(rawA) ?? ka, new: logical(rawB) ?? kb } });
  if (NAMED.has(a.typeName)) {
    const key = `${a.name}|${b.name}`;
    if (seen.has(key)) return; // a recursive type: walked once
    seen.add(key);
    if (short(a.name) !== short(b.name)) {
      const aliased = (b.aliases ?? []).some((x) => short(x) === short(a.name));
      out.push({ rule: aliased ? 'avro-renamed-with-alias' : 'avro-name-changed', pointer, params: { at, old: a.name, new: b.name } });
    }
    if ((a.doc ?? '') !== (b.doc ?? '')) out.push({ rule: 'avro-doc-changed', pointer: pointerJoin(pointer, 'doc'), params: { at } });
  }
  if (ka === 'record') {
    const [fa, fb] = [(a as avro.types.RecordType).fields, (b as avro.types.RecordType).fields];
    const rawFields = (r: unknown) => (isObj(r) && Array.isArray(r.fields) ? (r.fields as unknown[]) : []);
    const [ra, rb] = [rawFields(rawA), rawFields(rawB)];
    const matched = new Set<avro.types.Field>();
    // each writer field's place by name (a record of thousands, each looked up in all, took seconds)
    const place = new Map<string, number>();
    fa.forEach((x, i) => place.has(x.name) || place.set(x.name, i));
    fb.forEach((f, i) => {
      // a reader field matches the writer's by name, or by one of the reader's aliases (the writer's first)
      const byAlias = (f.aliases ?? []).map((n) => place.get(n)).filter((k) => k !== undefined);
      const at = place.get(f.name) ?? (byAlias.length ? Math.min(...byAlias) : undefined);
      const old = at === undefined ? undefined : fa[at];
      const fp = pointerJoin(pointer, 'fields', i);
      const where = path ? `${path}.${f.name}` : f.name;
      const rawF = rb[i];
      const hasDefault = isObj(rawF) && 'default' in rawF;
      if (!old) {
        out.push({
          rule: hasDefault ? 'avro-field-added' : 'avro-field-added-without-default',
          pointer: fp,
          params: { at: where, name: f.name },
        });
        return;
      }
      matched.add(old);
      const rawOld = ra[at!];
      if (old.name !== f.name) out.push({ rule: 'avro-field-renamed', pointer: fp, params: { at: where, old: old.name, new: f.name } });
      const oldDefault = isObj(rawOld) && 'default' in rawOld ? JSON.stringify(rawOld.default) : undefined;
      const newDefault = hasDefault ? JSON.stringify((rawF as Obj).default) : undefined;
      if (oldDefault !== newDefault)
        out.push({
          rule: 'avro-default-changed',
          pointer: fp,
          params: { at: where, old: oldDefault ?? 'no default', new: newDefault ?? 'no default' },
        });
      if ((isObj(rawOld) ? rawOld.doc : undefined) !== (isObj(rawF) ? rawF.doc : undefined))
        out.push({ rule: 'avro-doc-changed', pointer: pointerJoin(fp, 'doc'), params: { at: where } });
      walk(
        old.type,
        f.type,
        isObj(rawOld) ? rawOld.type : undefined,
        isObj(rawF) ? rawF.type : undefined,
        pointerJoin(fp, 'type'),
        where,
        out,
        seen,
      );
    });
    fa.forEach((f, i) => {
      if (matched.has(f)) return;
      const rawF = ra[i];
      const defaulted = isObj(rawF) && 'default' in rawF;
      out.push({
        rule: defaulted ? 'avro-defaulted-field-removed' : 'avro-field-removed',
        pointer: pointerJoin(pointer, 'fields'),
        params: { at: path ? `${path}.${f.name}` : f.name, name: f.name },
      });
    });
  } else if (ka === 'enum') {
    const [sa, sb] = [(a as avro.types.EnumType).symbols, (b as avro.types.EnumType).symbols];
    const defaultOf = (r: unknown) => (isObj(r) && typeof r.default === 'string' ? r.default : undefined);
    // as sets: 100,000 symbols looked up in a list took 10 s
    const [inA, inB] = [new Set(sa), new Set(sb)];
    for (const s of sa)
      if (!inB.has(s))
        out.push({
          rule: defaultOf(rawB) ? 'avro-enum-symbol-removed-to-default' : 'avro-enum-symbol-removed',
          pointer: pointerJoin(pointer, 'symbols'),
          params: { at, symbol: s, default: defaultOf(rawB) },
        });
    sb.forEach((s, i) => {
      if (!inA.has(s))
        out.push({
          rule: defaultOf(rawA) ? 'avro-enum-symbol-added-to-default' : 'avro-enum-symbol-added',
          pointer: pointerJoin(pointer, 'symbols', i),
          params: { at, symbol: s, default: defaultOf(rawA) },
        });
    });
  } else if (ka === 'fixed') {
    const [za, zb] = [(a as avro.types.FixedType).size, (b as avro.types.FixedType).size];
    if (za !== zb)
      out.push({
        rule: 'avro-type-changed',
        pointer: pointerJoin(pointer, 'size'),
        params: { at, old: `fixed(${za})`, new: `fixed(${zb})` },
      });
  } else if (ka === 'array') {
    walk(
      (a as avro.types.ArrayType).itemsType,
      (b as avro.types.ArrayType).itemsType,
      isObj(rawA) ? rawA.items : undefined,
      isObj(rawB) ? rawB.items : undefined,
      pointerJoin(pointer, 'items'),
      `${path}[]`,
      out,
      seen,
    );
  } else if (ka === 'map') {
    walk(
      (a as avro.types.MapType).valuesType as Type,
      (b as avro.types.MapType).valuesType as Type,
      isObj(rawA) ? rawA.values : undefined,
      isObj(rawB) ? rawB.values : undefined,
      pointerJoin(pointer, 'values'),
      `${path}{*}`,
      out,
      seen,
    );
  } else if (ka === 'union') {
    const [ta, tb] = [(a as avro.types.WrappedUnionType).types, (b as avro.types.WrappedUnionType).types];
    const [ua, ub] = [Array.isArray(rawA) ? rawA : [], Array.isArray(rawB) ? rawB : []];
    tb.forEach((t, i) => {
      const j = ta.findIndex((x) => branchKey(x) === branchKey(t));
      if (j < 0) out.push({ rule: 'avro-union-branch-added', pointer: pointerJoin(pointer, i), params: { at, branch: branchKey(t) } });
      else walk(ta[j]!, t, ua[j], ub[i], pointerJoin(pointer, i), at, out, seen);
    });
    for (const t of ta)
      if (!tb.some((x) => branchKey(x) === branchKey(t)))
        out.push({ rule: 'avro-union-branch-removed', pointer, params: { at, branch: branchKey(t) } });
  }
}

/**
 * Compare two Avro schemas and emit what changed; each side the role reads (reader, writer or both) is decided by
 * avsc's resolver, and a break is shown by a witness checked by decoding. Returns the sides that break.
 */
export function diffAvroSchemas(
  sink: Pick<ChangeSink, 'emit'>,
  older: AvroSide,
  newer: AvroSide,
  scope: { role: Role; label: string; via?: string[]; names?: [AvroNames, AvroNames] },
): { broken: AvroSide2[] } {
  const [a, b] = [avroType(older.node, older.loc, scope.names?.[0]), avroType(newer.node, newer.loc, scope.names?.[1])];
  const found: Found[] = [];
  walk(a, b, older.node, newer.node, newer.loc.pointer, '', found, new Set());
  const emitted: RawChange[] = found.map((f) => {
    const c = sink.emit({
      rule: f.rule,
      role: scope.role,
      loc: { file: newer.loc.file, pointer: f.pointer },
      params: { ...f.params, schema: scope.label },
      ...(scope.via?.length ? { via: scope.via[0] } : {}),
    });
    for (const v of scope.via?.slice(1) ?? []) addVia(c, v);
    return c;
  });
  const broken: AvroSide2[] = [];
  for (const side of sidesOfRole(scope.role)) {
    const [reader, writer] = side === 'reader' ? [b, a] : [a, b];
    const verdict = resolves(reader, writer);
    if (verdict.ok) continue;
    broken.push(side);
    const witness = findWitness(writer, reader);
    const semantic: Semantic = { verdict: 'breaking', side, ...(witness !== undefined ? { witness } : {}) };
    const onSide = emitted.filter((c) => breaksOn(c.rule, side));
    for (const c of onSide) c.semantic ??= semantic;
    if (!onSide.length)
      sink.emit({
        rule: 'avro-incompatible',
        role: scope.role,
        loc: { file: newer.loc.file, pointer: newer.loc.pointer },
        params: {
          schema: scope.label,
          reason: verdict.reason,
          side: side === 'reader' ? 'new readers of old data' : 'old readers of new data',
        },
        semantic,
      });
  }
  return { broken };
}

/** Which side a rule breaks: reader (new schema reads old data) or writer (old readers read new data). */
function breaksOn(rule: RuleId, side: AvroSide2): boolean {
  const reader = new Set<string>([
    'avro-field-added-without-default',
    'avro-enum-symbol-removed',
    'avro-union-branch-removed',
    'avro-type-demoted',
    'avro-type-changed',
    'avro-name-changed',
  ]);
  const writer = new Set<string>([
    'avro-field-removed',
    'avro-enum-symbol-added',
    'avro-union-branch-added',
    'avro-type-promoted',
    'avro-type-changed',
    'avro-name-changed',
    'avro-renamed-with-alias',
    'avro-field-renamed',
  ]);
  return (side === 'reader' ? reader : writer).has(rule);
}

// ---- witnesses -----------------------------------------------------------------------------------------------

/** At most this many candidate data are tried per side: each is one encode and one decode. */
const MAX_CANDIDATES = 300;

/** A small datum of `type`; `pick` chooses each enum symbol and union branch (by site), deeper levels the shortest. */
function sample(type: Type, pick: (site: string, options: number) => number, site = '', depth = 0): unknown {
  const k = kindOf(type);
  switch (k) {
    case 'null':
      return null;
    case 'boolean':
      return false;
    case 'int':
    case 'long':
    case 'float':
    case 'double':
      return 0;
    case 'string':
      return '';
    case 'bytes':
      return Buffer.alloc(0);
    case 'fixed':
      return Buffer.alloc((type as avro.types.FixedType).size);
    case 'enum': {
      const symbols = (type as avro.types.EnumType).symbols;
      return symbols[pick(site, symbols.length)];
    }
    case 'array':
      return depth > 4 ? [] : [sample((type as avro.types.ArrayType).itemsType, pick, `${site}[]`, depth + 1)];
    case 'map':
      return depth > 4 ? {} : { k: sample((type as avro.types.MapType).valuesType as Type, pick, `${site}{}`, depth + 1) };
    case 'record': {
      const out: Obj = {};
      for (const f of (type as avro.types.RecordType).fields) putOwn(out, f.name, sample(f.type, pick, `${site}.${f.name}`, depth + 1));
      return out;
    }
    case 'union': {
      const types = (type as avro.types.WrappedUnionType).types;
      const nullAt = types.findIndex((t) => t.typeName === 'null');
      const i = depth > 4 && nullAt >= 0 ? nullAt : pick(site, types.length);
      const t = types[i]!;
      return t.typeName === 'null' ? null : { [t.branchName!]: sample(t, pick, `${site}|${i}`, depth + 1) };
    }
    default:
      return null;
  }
}

/** The writer schema cut down to the shapes `values` use (their enum symbols, their union branches). */
function narrowed(type: Type, values: unknown[], defined: Set<string>): unknown {
  const k = kindOf(type);
  if (NAMED.has(type.typeName)) {
    if (defined.has(type.name!)) return type.name;
    defined.add(type.name!);
  }
  const named = { name: type.name, ...(type.aliases?.length ? { aliases: type.aliases } : {}) };
  switch (k) {
    case 'record':
      return {
        type: 'record',
        ...named,
        fields: (type as avro.types.RecordType).fields.map((f) => ({
          name: f.name,
          type: narrowed(
            f.type,
            values.map((v) => (v as Obj)[f.name]),
            defined,
          ),
        })),
      };
    case 'enum': {
      const used = [...new Set(values as string[])];
      return { type: 'enum', ...named, symbols: used.length ? used : [(type as avro.types.EnumType).symbols[0]] };
    }
    case 'array':
      return { type: 'array', items: narrowed((type as avro.types.ArrayType).itemsType, (values as unknown[][]).flat(), defined) };
    case 'map':
      return {
        type: 'map',
        values: narrowed(
          (type as avro.types.MapType).valuesType as Type,
          values.flatMap((v) => Object.values(v as Obj)),
          defined,
        ),
      };
    case 'union': {
      const types = (type as avro.types.WrappedUnionType).types;
      // each value's branch found once, by name: a union of 2,000 records looked each up in the list, per branch
      const byName = new Map(types.map((t) => [t.typeName === 'null' ? null : t.branchName, t]));
      const branches = new Map(values.map((v) => [v, byName.get(v === null ? null : Object.keys(v as Obj)[0])]));
      const branchOf = (v: unknown) => branches.get(v);
      const present = new Set(branches.values());
      const used = types.filter((t) => present.has(t));
      return (used.length ? used : [types[0]!]).map((t) =>
        narrowed(
          t,
          values.filter((v) => branchOf(v) === t).map((v) => (v === null ? null : (v as Obj)[t.branchName!])),
          defined,
        ),
      );
    }
    default:
      return type.schema();
  }
}

/** Whether data `datum` written by `writer` fails to be read by `reader`: avsc resolves and decodes the datum's own shape. */
export function failsToDecode(writer: Type, reader: Type, datum: unknown): boolean {
  try {
    const shape = libraries
      .avsc()
      .Type.forSchema(narrowed(writer, [datum], new Set()) as avro.Schema, { wrapUnions: true, registry: Object.create(null) });
    const bytes = shape.toBuffer(datum);
    reader.fromBuffer(bytes, reader.createResolver(shape));
    return false;
  } catch {
    return true;
  }
}

/** A datum `writer` writes that `reader` cannot read, in Avro's JSON encoding; undefined when none was found in budget. */
export function findWitness(writer: Type, reader: Type): unknown {
  // avsc's records are classes whose field `__proto__` would be their prototype: no datum of ours would be the one read
  if ([writer, reader].some((t) => JSON.stringify(t.schema()).includes('"__proto__"'))) return undefined;
  const queue = new Queue<Map<string, number>>();
  queue.enqueue(new Map());
  const tried = new Set<string>();
  for (let n = 0; queue.size && n < MAX_CANDIDATES; n++) {
    const choices = queue.dequeue()!;
    const sites = new Map<string, number>();
    const datum = sample(writer, (site, options) => {
      sites.set(site, options);
      return choices.get(site) ?? 0;
    });
    const key = JSON.stringify(writer.toString(datum));
    if (tried.has(key)) continue;
    tried.add(key);
    if (failsToDecode(writer, reader, datum)) return JSON.parse(writer.toString(datum)) as unknown;
    for (const [site, options] of sites)
      if (!choices.has(site)) for (let i = 1; i < options; i++) queue.enqueue(new Map([...choices, [site, i]]));
  }
  return undefined;
}
