// Proving that every instance one schema accepts, another accepts too (A ⊆ B). Sound, not complete: "true" is a
// proof; "false" only means not proven. After the study of JSON subschema checking (Habib et al., ISSTA 2021):
// combinators decomposed, `$ref` followed with cycles assumed (coinduction), then type by type.
import { sameValue } from '../diff/fingerprint.js';
import { refTarget } from '../model.js';
import {
  acceptsAll,
  ANNOTATIONS,
  assertions,
  isObj,
  num,
  someNode,
  TYPE_KEYWORDS,
  TYPES,
  typesOf,
  typeOfValue,
  without,
  type JsonType,
  type Obj,
} from './schema.js';
import { stringSet, stringsIncluded } from './strings.js';
import type { Validator, Validators } from './validator.js';
import { safePattern } from '../source/safe-regex.js';

export class OutOfBudget extends Error {}

/** Nested comparisons deeper than this are not proven (a deep schema must not exhaust the stack). */
const MAX_DEPTH = 150;

/** Everything a proof needs: the two documents (for `$ref`), ajv for exact `const`/`enum`, and a step budget. */
export class Prover {
  /** Proof steps taken so far (a shared budget is charged with them). */
  steps = 0;
  private depth = 0;
  private readonly assumed = new Set<string>();
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1;
  private readonly validators = new Map<unknown, Validator | undefined>();
  /** Strings a failed comparison found in one side and not the other: leads for a witness search. */
  readonly stringLeads = new Set<string>();

  constructor(
    private readonly rootA: unknown,
    private readonly rootB: unknown,
    private readonly ajvA: Validators,
    private readonly ajvB: Validators,
    private readonly maxSteps = 20_000,
  ) {}

  /** A ⊆ B by structure alone: A accepts nothing, or B everything. */
  trivially(a: unknown, b: unknown): boolean {
    return (
      a === false ||
      acceptsAll(b) ||
      this.isEmptyShape(this.deref(a, this.rootA), this.rootA) ||
      this.isUniversal(this.deref(b, this.rootB), this.rootB)
    );
  }

  private tick(): void {
    if (++this.steps > this.maxSteps) throw new OutOfBudget();
  }

  /** A ⊆ B, or throws OutOfBudget (steps, or nesting deeper than the stack allows). */
  included(a: unknown, b: unknown): boolean {
    this.tick();
    if (++this.depth > MAX_DEPTH) {
      this.depth = 0;
      throw new OutOfBudget();
    }
    try {
      return this.includedAt(a, b);
    } finally {
      this.depth = Math.max(0, this.depth - 1);
    }
  }

  private includedAt(a: unknown, b: unknown): boolean {
    a = this.deref(a, this.rootA);
    b = this.deref(b, this.rootB);
    if (a === undefined || b === undefined) return false;
    if (acceptsAll(b) || a === false) return true;
    if (this.isEmpty(a, this.rootA)) return true;
    if (b === false) return false;
    if (this.isUniversal(b, this.rootB)) return true;
    if (!isObj(a) || !isObj(b)) return false; // `true` ⊆ a constrained schema: not proven
    const key = `${this.id(a)}|${this.id(b)}`;
    if (this.assumed.has(key)) return true; // a cycle through `$ref`: assumed, as coinduction allows
    this.assumed.add(key);
    try {
      return this.objects(a, b);
    } finally {
      this.assumed.delete(key);
    }
  }

  private objects(a: Obj, b: Obj): boolean {
    // equal and free of `$ref`s: included (with `$ref`s, what they name may differ between the documents)
    if (sameValue(a, b) && !hasRef(a)) return true;
    // a finite `a` is decided exactly: each of its values, validated
    const values = a.const !== undefined ? [a.const] : Array.isArray(a.enum) ? a.enum : undefined;
    if (values) {
      // a value set alone (with `type`): decided by set membership, not one validation per value (ajv's own `enum`
      // check is a scan, so 100,000 values would cost 10^10 comparisons)
      const fa = finiteOnly(a);
      const fb = finiteOnly(b);
      if (fa && fb) {
        const lost = values.find((v) => fa(v) && !fb(v));
        if (typeof lost === 'string' && this.stringLeads.size < 16) this.stringLeads.add(lost); // the witness to show
        return lost === undefined;
      }
      const va = this.validator(a, this.rootA);
      const vb = this.validator(b, this.rootB);
      if (va && vb) return values.every((v) => !va.accepts(v) || vb.accepts(v));
    }
    // a's combinators: a union is included when each branch is; an intersection when one part is
    for (const k of ['anyOf', 'oneOf'] as const) {
      if (Array.isArray(a[k])) {
        const rest = without(a, k);
        if ((a[k] as unknown[]).every((branch) => this.included(merge(rest, branch), b))) return true;
        return assertions(rest).length > 0 && this.included(rest, b); // a ⊆ rest
      }
    }
    if (Array.isArray(a.allOf)) {
      const rest = without(a, 'allOf');
      const merged = (a.allOf as unknown[]).reduce<unknown>((acc, part) => merge(acc, part), rest);
      if (merged !== undefined && this.included(merged, b)) return true;
      return [rest, ...(a.allOf as unknown[])].some((part) => this.included(part, b));
    }
    if (a.$ref !== undefined) return this.included(merge(without(a, '$ref'), this.deref({ $ref: a.$ref }, this.rootA)), b);
    // b's combinators: every part of an intersection, some branch of a union
    if (Array.isArray(b.allOf))
      return (b.allOf as unknown[]).every((part) => this.included(a, part)) && this.included(a, without(b, 'allOf'));
    if (Array.isArray(b.anyOf))
      return (b.anyOf as unknown[]).some((branch) => this.included(a, branch)) && this.included(a, without(b, 'anyOf'));
    if (Array.isArray(b.oneOf)) {
      const branches = b.oneOf as unknown[];
      const hit = branches.findIndex((branch) => this.included(a, branch));
      if (hit < 0) return false;
      // exactly one: a must share nothing with the other branches
      return branches.every((other, i) => i === hit || this.disjoint(a, other)) && this.included(a, without(b, 'oneOf'));
    }
    if (b.not !== undefined) return this.disjoint(a, b.not) && this.included(a, without(b, 'not'));
    if (b.$ref !== undefined) return this.included(a, this.deref({ $ref: b.$ref }, this.rootB)) && this.included(a, without(b, '$ref'));
    return this.includedPlain(a, b);
  }

  /** Both without combinators on b's side; a's remaining combinators only narrow a, so they may be ignored. */
  private includedPlain(a: Obj, b: Obj): boolean {
    for (const k of assertions(b)) if (!KNOWN.has(k)) return false; // a keyword we cannot reason about
    const ta = typesOf(a);
    const tb = typesOf(b);
    for (const t of ta) {
      if (tb.has(t) || (t === 'integer' && tb.has('number'))) continue;
      if (t === 'number' && tb.has('integer') && isIntegral(a)) continue;
      if (!this.excludes(a, t)) return false;
    }
    const types = [...ta].filter((t) => !this.excludes(a, t));
    if (types.some((t) => t === 'number' || t === 'integer') && !numbersIncluded(a, b, types)) return false;
    if (types.includes('string') && !this.stringsIncluded(a, b)) return false;
    if (types.includes('array') && !this.arraysIncluded(a, b)) return false;
    if (types.includes('object') && !this.objectsIncluded(a, b)) return false;
    if (b.const !== undefined || Array.isArray(b.enum)) return false; // a is not finite (handled above): not proven
    return true;
  }

  /** a's own keywords rule out type t entirely (e.g. `enum` without any value of that type). */
  private excludes(a: Obj, t: JsonType): boolean {
    const values = a.const !== undefined ? [a.const] : Array.isArray(a.enum) ? a.enum : undefined;
    if (!values) return false;
    return !values.some((v) => {
      const vt =
        v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v;
      return vt === t || (t === 'number' && vt === 'integer');
    });
  }

  private stringsIncluded(a: Obj, b: Obj): boolean {
    // `format` is an annotation (JSON Schema 2020-12): it changes no verdict here; the rule catalog judges it by policy
    const answer = stringsIncluded(stringSet(a), stringSet(b));
    if (answer?.included === false && answer.example !== undefined && this.stringLeads.size < 16) this.stringLeads.add(answer.example);
    return answer?.included === true;
  }

  private arraysIncluded(a: Obj, b: Obj): boolean {
    const maxA = maxItemsOf(a);
    if (num(b.minItems) !== undefined && (num(a.minItems) ?? 0) < num(b.minItems)!) return false;
    if (num(b.maxItems) !== undefined && (maxA === undefined || maxA > num(b.maxItems)!)) return false;
    if (b.uniqueItems === true && a.uniqueItems !== true && (maxA === undefined || maxA > 1)) return false;
    if (
      b.contains !== undefined &&
      !(a.contains !== undefined && this.included(a.contains, b.contains) && (num(a.minContains) ?? 1) >= (num(b.minContains) ?? 1))
    )
      return false;
    if (b.maxContains !== undefined || b.unevaluatedItems !== undefined) return sameValue(a, b);
    // positions a can fill: its tuple, then its rest, up to its maximum length
    const n = Math.max(tuple(a).length, tuple(b).length);
    const reach = maxA === undefined ? n : Math.min(n, maxA);
    for (let i = 0; i < reach; i++) if (!this.included(itemAt(a, i), itemAt(b, i))) return false;
    return maxA !== undefined && maxA <= n ? true : this.included(restItems(a), restItems(b));
  }

  private objectsIncluded(a: Obj, b: Obj): boolean {
    const reqA = new Set(strings(a.required));
    if (strings(b.required).some((r) => !reqA.has(r))) return false;
    if (num(b.minProperties) !== undefined && Math.max(num(a.minProperties) ?? 0, reqA.size) < num(b.minProperties)!) return false;
    if (num(b.maxProperties) !== undefined && (num(a.maxProperties) === undefined || num(a.maxProperties)! > num(b.maxProperties)!))
      return false;
    for (const k of ['dependentSchemas', 'unevaluatedProperties', 'dependencies'] as const)
      if (b[k] !== undefined && !sameValue(a[k], b[k])) return false;
    if (isObj(b.dependentRequired)) {
      const da = isObj(a.dependentRequired) ? a.dependentRequired : {};
      for (const [k, list] of Object.entries(b.dependentRequired)) {
        if (reqA.has(k)) continue;
        const have = new Set(strings(da[k]));
        if (strings(list).some((r) => !have.has(r) && !reqA.has(r))) return false;
      }
    }
    if (b.propertyNames !== undefined && !this.namesIncluded(a, b)) return false;
    const propsA = isObj(a.properties) ? a.properties : {};
    const propsB = isObj(b.properties) ? b.properties : {};
    for (const name of new Set([...Object.keys(propsA), ...Object.keys(propsB)])) {
      if (!this.included(valueSchema(a, name), valueSchema(b, name))) return false;
    }
    // names neither lists: a's pattern and additional schemas must fit b's
    const ppA = isObj(a.patternProperties) ? a.patternProperties : {};
    const ppB = isObj(b.patternProperties) ? b.patternProperties : {};
    const addA = a.additionalProperties ?? true;
    const addB = b.additionalProperties ?? true;
    if (Object.keys(ppB).length) {
      if (!sameValue(ppA, ppB)) return false;
      return this.included(addA, addB);
    }
    for (const schema of Object.values(ppA)) if (!this.included(schema, addB)) return false;
    return this.included(addA, addB);
  }

  private namesIncluded(a: Obj, b: Obj): boolean {
    const namesB = { type: 'string', ...(isObj(b.propertyNames) ? b.propertyNames : {}) };
    if (b.propertyNames === false)
      return a.additionalProperties === false && !a.patternProperties && Object.keys(a.properties ?? {}).length === 0;
    if (a.propertyNames !== undefined && this.included({ type: 'string', ...(isObj(a.propertyNames) ? a.propertyNames : {}) }, namesB))
      return true;
    // a closed a: only its listed names
    if (a.additionalProperties !== false || a.patternProperties !== undefined) return false;
    const v = this.validator(namesB, this.rootB);
    return !!v && Object.keys(isObj(a.properties) ? a.properties : {}).every((n) => v.accepts(n));
  }

  /** No instance is in both (sound: types that cannot meet, or one side finite and outside the other). */
  disjoint(a: unknown, b: unknown): boolean {
    this.tick();
    a = this.deref(a, this.rootA);
    b = this.deref(b, this.rootB);
    if (a === false || b === false) return true;
    if (!isObj(a) || !isObj(b)) return false;
    const finite = (s: Obj) => (s.const !== undefined ? [s.const] : Array.isArray(s.enum) ? s.enum : undefined);
    const fa = finite(a);
    const vb = this.validator(b, this.rootB);
    if (fa && vb) {
      const va = this.validator(a, this.rootA);
      return !!va && fa.every((v) => !va.accepts(v) || !vb.accepts(v));
    }
    const fb = finite(b);
    const va = this.validator(a, this.rootA);
    if (fb && va && vb) return fb.every((v) => !vb.accepts(v) || !va.accepts(v));
    const ta = typesOf(a);
    const tb = typesOf(b);
    const meet = [...ta].some((t) => tb.has(t) || (t === 'integer' && tb.has('number')) || (t === 'number' && tb.has('integer')));
    if (!meet) return true;
    // a ⊆ c and c disjoint from b
    if (b.not !== undefined && assertions(b).length === 1) return this.included(a, b.not);
    return false;
  }

  private isEmptyShape(s: unknown, root: unknown): boolean {
    return this.isEmpty(s, root, false);
  }

  /**
   * Shape questions (empty? universal?) in progress: a schema that reaches itself through `allOf`/`anyOf`/`not`
   * (a discriminated union whose members `allOf` their parent) is answered "no" the second time, not recursed into
   * until the stack gives out. "No" is the cautious answer: it proves nothing.
   */
  private readonly asking = new Set<string>();

  private once(question: string, s: unknown, answer: () => boolean): boolean {
    const key = isObj(s) ? s : undefined;
    if (!key) return answer();
    const mark = `${question}:${this.id(key)}`;
    if (this.asking.has(mark) || this.asking.size > MAX_DEPTH) return false;
    this.asking.add(mark);
    try {
      return answer();
    } finally {
      this.asking.delete(mark);
    }
  }

  /** Accepts nothing: `false`, `S and not S`, an empty `enum`, a type list with nothing in it, values it rejects. */
  private isEmpty(s: unknown, root: unknown, exact = true): boolean {
    return this.once(`empty${exact ? '' : '~'}`, s, () => this.isEmptyNow(s, root, exact));
  }

  private isEmptyNow(s: unknown, root: unknown, exact: boolean): boolean {
    this.tick();
    if (s === false) return true;
    if (!isObj(s)) return false;
    if (Array.isArray(s.enum) && s.enum.length === 0) return true;
    if (Array.isArray(s.type) && s.type.length === 0) return true;
    if (s.not !== undefined && this.isUniversal(this.deref(s.not, root), root)) return true;
    if (Array.isArray(s.allOf)) {
      const parts = s.allOf.map((p) => this.deref(p, root));
      if (parts.some((p) => this.isEmpty(p, root))) return true;
      if (parts.some((p) => isObj(p) && p.not !== undefined && parts.some((q) => sameCore(q, this.deref(p.not, root))))) return true;
    }
    for (const k of ['anyOf', 'oneOf'] as const) {
      if (
        Array.isArray(s[k]) &&
        (s[k] as unknown[]).length > 0 &&
        (s[k] as unknown[]).every((p) => this.isEmpty(this.deref(p, root), root))
      )
        return true;
    }
    const values = s.const !== undefined ? [s.const] : Array.isArray(s.enum) ? s.enum : undefined;
    if (values && exact) {
      const v = this.validator(s, root);
      if (v && values.every((x) => !v.accepts(x))) return true;
    }
    // every type it allows is ruled out by that type's own keywords
    return [...typesOf(s)].every((t) => this.impossible(s, t, root));
  }

  /** No instance of type t meets the node's keywords for t (bounds that cross, a required property that must not be). */
  private impossible(s: Obj, t: JsonType, root: unknown): boolean {
    if (t === 'array') {
      const max = maxItemsOf(s);
      return max !== undefined && max < (num(s.minItems) ?? 0);
    }
    if (t === 'string') return num(s.maxLength) !== undefined && num(s.maxLength)! < (num(s.minLength) ?? 0);
    if (t === 'number' || t === 'integer') {
      const lo = bound(s, 'minimum', 'exclusiveMinimum', true);
      const hi = bound(s, 'maximum', 'exclusiveMaximum', false);
      return !!lo && !!hi && (lo.value > hi.value || (lo.value === hi.value && (lo.exclusive || hi.exclusive)));
    }
    if (t === 'object') {
      if (num(s.maxProperties) !== undefined && num(s.maxProperties)! < Math.max(num(s.minProperties) ?? 0, strings(s.required).length))
        return true;
      return strings(s.required).some((name) => valueSchema(s, name) === false || this.deref(valueSchema(s, name), root) === false);
    }
    return false;
  }

  /** Accepts everything: `true`, `{}`, `S or not S`, `not false`, a union that covers every type. */
  private isUniversal(s: unknown, root: unknown): boolean {
    return this.once('universal', s, () => this.isUniversalNow(s, root));
  }

  private isUniversalNow(s: unknown, root: unknown): boolean {
    this.tick();
    if (acceptsAll(s)) return true;
    if (!isObj(s)) return false;
    if (TYPES.every((t) => this.allOfType(s, t, root))) return true;
    const rest = (k: string) => assertions(without(s, k)).length === 0;
    if (s.not !== undefined && rest('not') && this.isEmpty(this.deref(s.not, root), root)) return true;
    if (Array.isArray(s.anyOf) && rest('anyOf')) {
      const parts = s.anyOf.map((p) => this.deref(p, root));
      if (parts.some((p) => this.isUniversal(p, root))) return true;
      if (parts.some((p) => isObj(p) && p.not !== undefined && parts.some((q) => sameCore(q, this.deref(p.not, root))))) return true;
    }
    if (Array.isArray(s.allOf) && rest('allOf') && s.allOf.every((p) => this.isUniversal(this.deref(p, root), root))) return true;
    return false;
  }

  /** Does the node accept every instance of type t (its keywords for t all vacuous, or a branch of its union that does)? */
  private allOfType(s: unknown, t: JsonType, root: unknown, depth = 0): boolean {
    this.tick();
    s = this.deref(s, root);
    if (acceptsAll(s)) return true;
    if (!isObj(s) || depth > 16) return false;
    if (!typesOf(s).has(t) && !(t === 'integer' && typesOf(s).has('number'))) return false;
    for (const k of assertions(s)) {
      if (k === 'type') continue;
      if (k === 'anyOf' || k === 'oneOf') {
        const branches = (s[k] as unknown[]) ?? [];
        const covering = branches.filter((b) => this.allOfType(b, t, root, depth + 1));
        // anyOf: one branch will do; oneOf: exactly one, and no other may accept any instance of t
        if (
          k === 'anyOf'
            ? covering.length === 0
            : covering.length !== 1 || branches.some((b) => b !== covering[0] && !this.noneOfType(b, t, root))
        )
          return false;
        continue;
      }
      if (k === 'allOf') {
        if (!(s.allOf as unknown[]).every((b) => this.allOfType(b, t, root, depth + 1))) return false;
        continue;
      }
      const applies = TYPE_KEYWORDS[k];
      if (applies === undefined) return false; // enum, const, not, if, $ref with siblings…: not vacuous as far as we know
      const own = applies === t || (applies === 'number' && t === 'integer');
      if (own && !vacuous(k, s[k])) return false;
    }
    return true;
  }

  /** The node rejects every instance of type t. */
  private noneOfType(s: unknown, t: JsonType, root: unknown): boolean {
    s = this.deref(s, root);
    if (s === false) return true;
    return isObj(s) && !typesOf(s).has(t) && !(t === 'integer' && typesOf(s).has('number'));
  }

  /** Follow a node that is only a local `$ref` (annotations aside); undefined when it leads nowhere we can see. */
  private deref(s: unknown, root: unknown, depth = 0): unknown {
    if (!isObj(s) || typeof s.$ref !== 'string' || assertions(s).length !== 1 || depth > 32) return s;
    const node = refTarget(root, s.$ref);
    return node === undefined ? undefined : this.deref(node, root, depth + 1);
  }

  private validator(s: unknown, root: unknown): Validator | undefined {
    if (this.validators.has(s)) return this.validators.get(s);
    const v = hasForeignRef(s) && s !== root ? undefined : (root === this.rootA ? this.ajvA : this.ajvB).compile(s);
    this.validators.set(s, v);
    return v;
  }

  private id(o: object): number {
    let id = this.ids.get(o);
    if (!id) this.ids.set(o, (id = this.nextId++));
    return id;
  }
}

/** A keyword value that constrains nothing (`properties` of empty schemas, `minItems: 0`, `additionalProperties: true`). */
function vacuous(keyword: string, value: unknown): boolean {
  switch (keyword) {
    case 'properties':
    case 'patternProperties':
    case 'dependentSchemas':
      return isObj(value) && Object.values(value).every(acceptsAll);
    case 'additionalProperties':
    case 'items':
    case 'additionalItems':
    case 'unevaluatedItems':
    case 'unevaluatedProperties':
    case 'propertyNames':
      return acceptsAll(value);
    case 'prefixItems':
      return Array.isArray(value) && value.every(acceptsAll);
    case 'required':
      return Array.isArray(value) && value.length === 0;
    case 'minItems':
    case 'minProperties':
    case 'minLength':
      return value === 0;
    case 'uniqueItems':
      return value === false;
    case 'format':
    case 'contentMediaType':
    case 'contentEncoding':
      return true; // annotations in 2020-12
    default:
      return false;
  }
}

/** Keywords `includedPlain` reasons about on b's side. */
const KNOWN = new Set([
  'type',
  'nullable',
  'enum',
  'const',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'format',
  'items',
  'prefixItems',
  'additionalItems',
  'contains',
  'minContains',
  'maxContains',
  'maxItems',
  'minItems',
  'uniqueItems',
  'unevaluatedItems',
  'properties',
  'patternProperties',
  'additionalProperties',
  'required',
  'propertyNames',
  'maxProperties',
  'minProperties',
  'dependentRequired',
  'dependentSchemas',
  'dependencies',
  'unevaluatedProperties',
]);

function numbersIncluded(a: Obj, b: Obj, types: JsonType[]): boolean {
  const lo = (s: Obj) => bound(s, 'minimum', 'exclusiveMinimum', true);
  const hi = (s: Obj) => bound(s, 'maximum', 'exclusiveMaximum', false);
  const [la, lb, ha, hb] = [lo(a), lo(b), hi(a), hi(b)];
  if (lb && (!la || la.value < lb.value || (la.value === lb.value && lb.exclusive && !la.exclusive))) return false;
  if (hb && (!ha || ha.value > hb.value || (ha.value === hb.value && hb.exclusive && !ha.exclusive))) return false;
  const mb = num(b.multipleOf);
  if (mb !== undefined) {
    const ma = num(a.multipleOf);
    if (ma === undefined || !isMultiple(ma, mb)) return false;
  }
  if (typesOf(b).has('integer') && !typesOf(b).has('number') && types.includes('number') && !isIntegral(a)) return false;
  return true;
}

/** The tighter of a schema's inclusive and exclusive bound on one side (draft 4's boolean `exclusive*` too). */
function bound(s: Obj, inclusiveKey: string, exclusiveKey: string, lower: boolean): { value: number; exclusive: boolean } | undefined {
  const list: { value: number; exclusive: boolean }[] = [];
  const i = num(s[inclusiveKey]);
  if (i !== undefined) list.push({ value: i, exclusive: s[exclusiveKey] === true });
  const e = num(s[exclusiveKey]);
  if (e !== undefined) list.push({ value: e, exclusive: true });
  if (!list.length) return undefined;
  const tighter = (x: { value: number; exclusive: boolean }, y: { value: number; exclusive: boolean }) =>
    x.value === y.value ? (x.exclusive ? x : y) : (lower ? x.value > y.value : x.value < y.value) ? x : y;
  return list.reduce(tighter);
}

function isMultiple(of: number, base: number): boolean {
  const q = of / base;
  return Math.abs(q - Math.round(q)) < 1e-9;
}

function isIntegral(s: Obj): boolean {
  const m = num(s.multipleOf);
  return m !== undefined && Number.isInteger(m);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** The schema a property's value must meet: its own, and every matching pattern's; else the additional one. */
function valueSchema(s: Obj, name: string): unknown {
  const parts: unknown[] = [];
  if (isObj(s.properties) && name in s.properties) parts.push(s.properties[name]);
  if (isObj(s.patternProperties)) {
    for (const [p, schema] of Object.entries(s.patternProperties)) {
      try {
        if (safePattern(p).test(name)) parts.push(schema);
      } catch {
        return false; // a pattern that cannot be read or run safely: assume the worst on this side
      }
    }
  }
  if (!parts.length) return s.additionalProperties ?? true;
  return parts.length === 1 ? parts[0] : { allOf: parts };
}

/** The most items an instance can have: `maxItems`, or the tuple's length when nothing may follow it. */
function maxItemsOf(s: Obj): number | undefined {
  const m = num(s.maxItems);
  const closed = restItems(s) === false ? tuple(s).length : undefined;
  return m === undefined ? closed : closed === undefined ? m : Math.min(m, closed);
}

function tuple(s: Obj): unknown[] {
  if (Array.isArray(s.prefixItems)) return s.prefixItems;
  return Array.isArray(s.items) ? s.items : [];
}

function itemAt(s: Obj, i: number): unknown {
  const t = tuple(s);
  return i < t.length ? t[i] : restItems(s);
}

function restItems(s: Obj): unknown {
  if (Array.isArray(s.prefixItems)) return s.items ?? true;
  if (Array.isArray(s.items)) return s.additionalItems ?? true;
  return s.items ?? true;
}

/** Merge two schemas into one that means their conjunction, when it is simple to say (undefined otherwise). */
function merge(a: unknown, b: unknown): unknown {
  if (a === undefined || b === undefined) return undefined;
  if (acceptsAll(a)) return b;
  if (acceptsAll(b)) return a;
  if (!isObj(a) || !isObj(b)) return a === false || b === false ? false : undefined;
  const out: Obj = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (!(k in out) || sameValue(out[k], v)) out[k] = v;
    else if (k === 'required') out[k] = [...new Set([...strings(out[k]), ...strings(v)])];
    else if (k === 'properties' && isObj(out[k]) && isObj(v)) {
      const props: Obj = { ...(out[k] as Obj) };
      for (const [p, s] of Object.entries(v)) props[p] = p in props ? { allOf: [props[p], s] } : s;
      out[k] = props;
    } else if (k === 'allOf' && Array.isArray(out[k]) && Array.isArray(v)) out[k] = [...(out[k] as unknown[]), ...v];
    else return { allOf: [a, b] };
  }
  return out;
}

/** The same assertions, whatever annotations (`$defs`, titles) either carries. */
function sameCore(a: unknown, b: unknown): boolean {
  const core = (s: unknown) => (isObj(s) ? Object.fromEntries(Object.entries(s).filter(([k]) => !ANNOTATIONS.has(k))) : s);
  return sameValue(core(a), core(b));
}

function hasRef(s: unknown): boolean {
  return someNode(s, (o) => '$ref' in o);
}

/** A `$ref` that leaves the document or points at something other than its definitions. */
function hasForeignRef(s: unknown): boolean {
  return someNode(s, (o) => typeof o.$ref === 'string' && !/^#\/(\$defs|definitions|components)\//.test(o.$ref));
}

/** A key equal for JSON values JSON Schema calls equal (`1` and `1.0`; objects whatever their key order). */
export function valueKey(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(valueKey).join(',')}]`;
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${valueKey((v as Obj)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'undefined';
}

/** For a schema that asserts only `enum` or `const` (and `type`): membership as a set lookup; else undefined. */
function finiteOnly(s: Obj): ((v: unknown) => boolean) | undefined {
  if (!assertions(s).every((k) => k === 'enum' || k === 'const' || k === 'type')) return undefined;
  if (s.const !== undefined && Array.isArray(s.enum)) return undefined; // both: left to ajv
  const values = s.const !== undefined ? [s.const] : Array.isArray(s.enum) ? s.enum : undefined;
  const allowed = values && new Set(values.map(valueKey));
  const types = typesOf(s);
  const typed = (v: unknown) => types.has(typeOfValue(v)) || (typeOfValue(v) === 'integer' && types.has('number'));
  return (v) => typed(v) && (!allowed || allowed.has(valueKey(v)));
}
