// A schema seen as the conjunction of its parts: `$ref` chains followed and `allOf` flattened, so that
// inlining a `$ref` or moving a schema into `allOf` compares equal to the original.
import type { Diagnostic, Loc } from '../model.js';
import { pointerJoin } from '../model.js';
import { InputError } from '../errors.js';
import type { Documents } from '../source/tree.js';
import { refSiblingsVoided } from '../semantic/dialects.js';

export interface Side {
  loc: Loc;
  node: unknown;
  /** Part of a nullable wrap (`oneOf: [X, {type: 'null'}]`): X or null. */
  orNull?: boolean;
  /** Holds a `$ref` that resolves nowhere (reported as an error): what the schema allows is not known. */
  unresolved?: boolean;
}

export interface Keyword {
  value: unknown;
  loc: Loc;
}

export interface Group {
  keyword: 'oneOf' | 'anyOf';
  loc: Loc;
  alternatives: Side[];
}

export interface SchemaView {
  /** Where the schema's first part sits. */
  loc: Loc;
  /** `false` somewhere in the conjunction: nothing validates. */
  never: boolean;
  /** A `$ref` in it resolves nowhere: nothing can be said of what it allows (the error says why). */
  unresolved?: boolean;
  /** Allowed JSON types; undefined means any. */
  types?: Set<string>;
  enumValues?: { values: unknown[]; loc: Loc; isConst: boolean };
  properties: Map<string, Side[]>;
  required: Set<string>;
  /** undefined: open; false: closed; otherwise constraining schemas. */
  additional?: false | Side[];
  items: Side[];
  prefixItems: Side[][];
  bounds: Map<string, Keyword>;
  groups: Group[];
  not: Side[];
  docs: Map<string, Keyword>;
  deprecated: boolean;
  default?: Keyword;
  defs: Map<string, Side>;
  /** Applicators and annotations that constrain without being classified one by one (if/then/else, patternProperties, ...). */
  constraints: Map<string, Keyword>;
  rest: Map<string, Keyword>;
  /** The concrete parts this view was built from. */
  parts: Side[];
  orNull: boolean;
}

export const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains'];
export const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains'];
const OTHER_CONSTRAINTS = ['multipleOf', 'uniqueItems', 'pattern', 'format'];
/** Keywords that narrow what validates when added and widen it when removed. */
export const CONSTRAINT_KEYWORDS = new Set([
  'unevaluatedProperties',
  'unevaluatedItems',
  'dependentRequired',
  'dependentSchemas',
  'dependencies',
  'if',
  'then',
  'else',
  'propertyNames',
  'patternProperties',
  'contains',
  'contentSchema',
  'contentMediaType',
  'contentEncoding',
  'discriminator',
]);
const DOC_KEYWORDS = new Set(['title', 'description', '$comment', 'examples', 'example', 'externalDocs', 'xml']);
/** Keywords that identify or annotate rather than constrain. */
const IGNORED = new Set(['$schema', '$id', '$anchor', '$dynamicAnchor', '$vocabulary', 'id', 'nullable']);
const HANDLED = new Set([
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'allOf',
  'oneOf',
  'anyOf',
  'not',
  'deprecated',
  'default',
  '$defs',
  'definitions',
  '$ref',
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...OTHER_CONSTRAINTS,
]);

/** Iglu's `self` (vendor, name, format, version): what the schema is, as `$id` says it, not what it accepts. */
function isIgluSelf(keyword: string, value: unknown): boolean {
  return keyword === 'self' && !!value && typeof value === 'object' && 'vendor' in value && 'version' in value;
}

/** Levels of schemas, through `$ref`s, `allOf` and properties alike, the diff follows (a file alone nests up to 200). */
export const MAX_SCHEMA_DEPTH = 300;

export class ViewBuilder {
  constructor(
    private readonly docs: Documents,
    private readonly errors: Diagnostic[],
  ) {}

  /** Where a `$ref` written at `from` leads; undefined when nowhere readable (the view reports that, not this). */
  follow(from: Loc, ref: string): Side | undefined {
    try {
      return this.docs.resolveRef(from, ref);
    } catch (err) {
      if (err instanceof InputError) return undefined;
      throw err;
    }
  }

  /** The document a side sits in, where its local `$ref`s resolve (undefined when it cannot be read). */
  rootOf(loc: Loc): unknown {
    try {
      return this.docs.get(loc.file).data;
    } catch (err) {
      if (err instanceof InputError) return undefined;
      throw err;
    }
  }

  /** Flatten sides into their conjunction of concrete (non-`$ref`, non-`allOf`) parts. */
  parts(sides: Side[]): Side[] {
    const out: Side[] = [];
    const seen = new Set<string>();
    const visit = (side: Side, depth = 0): void => {
      const key = `${side.loc.file}#${side.loc.pointer}`;
      const node = side.node;
      if (seen.has(key)) {
        if (isPureRef(node) && !side.orNull)
          this.report(new InputError(`cyclic $ref ${node.$ref}`, side.loc.file, this.docs.lineOf(side.loc)));
        return;
      }
      seen.add(key);
      if (depth > MAX_SCHEMA_DEPTH) return this.tooDeep(side.loc, `a chain of $ref and allOf longer than ${MAX_SCHEMA_DEPTH}`);
      if (node === null || typeof node !== 'object' || Array.isArray(node)) {
        out.push(side);
        return;
      }
      const obj = node as Record<string, unknown>;
      const ref = typeof obj.$ref === 'string' ? obj.$ref : undefined;
      // drafts 4 to 7 ignore every keyword beside a `$ref` (a schema moved to 2020-12 starts applying them: read as
      // a conjunction on both sides, `maxLength` beside a `$ref` was no change); the judge reads them the same way
      const voids = ref !== undefined && this.voidsRefSiblings(side.loc.file);
      const allOf = !voids && Array.isArray(obj.allOf) ? obj.allOf : undefined;
      const single = voids ? undefined : singleAlternative(obj);
      const wrap = voids ? undefined : nullableWrap(obj);
      if (!ref && !allOf && !single && !wrap) {
        out.push(side);
        return;
      }
      // 2020-12 allows `$ref` beside other keywords: that is a conjunction, like allOf.
      let unresolved = false;
      const rest: Record<string, unknown> = voids ? refContainers(obj) : { ...obj };
      const at = (...tokens: (string | number)[]): Loc => ({ file: side.loc.file, pointer: pointerJoin(side.loc.pointer, ...tokens) });
      if (ref) {
        delete rest.$ref;
        try {
          visit(this.docs.resolveRef(side.loc, ref), depth + 1);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          this.report(err);
          rest.$ref = ref;
          unresolved = true;
        }
      }
      if (allOf) {
        delete rest.allOf;
        allOf.forEach((member, i) => visit({ loc: at('allOf', i), node: member }, depth + 1));
      }
      if (single) {
        delete rest[single];
        visit({ loc: at(single, 0), node: (obj[single] as unknown[])[0] }, depth + 1);
      }
      if (wrap) {
        // `oneOf: [X, {type: 'null'}]` is X made nullable, the 3.1 spelling of `nullable: true`
        delete rest[wrap.keyword];
        const before = out.length;
        visit({ loc: at(wrap.keyword, wrap.index), node: (obj[wrap.keyword] as unknown[])[wrap.index] }, depth + 1);
        for (let i = before; i < out.length; i++) out[i] = { ...out[i]!, orNull: true };
      }
      if (Object.keys(rest).length) out.push({ loc: side.loc, node: rest, ...(unresolved ? { unresolved } : {}) });
    };
    for (const side of sides) visit(side);
    if (!out.length && sides[0]) out.push({ loc: sides[0].loc, node: {} });
    return out;
  }

  view(sides: Side[]): SchemaView {
    const parts = this.parts(sides);
    const view: SchemaView = {
      loc: parts[0]?.loc ?? sides[0]!.loc,
      never: false,
      ...(parts.some((p) => p.unresolved) ? { unresolved: true } : {}),
      properties: new Map(),
      required: new Set(),
      items: [],
      prefixItems: [],
      bounds: new Map(),
      groups: [],
      not: [],
      docs: new Map(),
      deprecated: false,
      defs: new Map(),
      constraints: new Map(),
      rest: new Map(),
      parts,
      orNull: parts.some((p) => p.orNull),
    };
    for (const part of parts) this.addPart(view, part);
    if (!view.types && view.enumValues) view.types = new Set(view.enumValues.values.map(jsonType));
    if (view.orNull) {
      view.types?.add('null');
      if (view.enumValues && !view.enumValues.values.includes(null))
        view.enumValues = { ...view.enumValues, values: [...view.enumValues.values, null] };
    }
    return view;
  }

  /**
   * Swagger 2.0 has no `null` type: its descriptions say `x-nullable: true` (what go-swagger, NSwag and AutoRest write,
   * and what swagger2openapi turns into OpenAPI 3's `nullable: true`). Read so there, a description upgraded to
   * OpenAPI 3 keeps the same types; elsewhere it is an extension like any other.
   */
  private inDialect(s: Record<string, unknown>, loc: Loc): Record<string, unknown> {
    if (!('x-nullable' in s) || !this.isSwagger(loc.file)) return s;
    const { 'x-nullable': nullable, ...rest } = s;
    return nullable === true ? { ...rest, nullable: true } : rest;
  }

  /**
   * Does a `$ref` in this file void the keywords beside it? Drafts 4 to 7 (by `$schema`) say so; 2019-09 on apply
   * them. OpenAPI 3.0 says so too, but descriptions write `nullable` and `description` beside a `$ref` and mean them,
   * so the keyword diff keeps reading them there (the judge follows the letter).
   */
  voidsRefSiblings(file: string): boolean {
    let known = this.voiding.get(file);
    if (known === undefined) this.voiding.set(file, (known = this.readsRefSiblingsVoid(file)));
    return known;
  }

  private readonly voiding = new Map<string, boolean>();

  private readsRefSiblingsVoid(file: string): boolean {
    return refSiblingsVoided(this.rootOf({ file, pointer: '' }));
  }

  private isSwagger(file: string): boolean {
    const data = this.rootOf({ file, pointer: '' });
    return !!data && typeof data === 'object' && 'swagger' in data;
  }

  private addPart(view: SchemaView, part: Side): void {
    const { loc, node } = part;
    if (node === false) {
      view.never = true;
      return;
    }
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const s = this.inDialect(node as Record<string, unknown>, loc);
    const at = (...tokens: (string | number)[]): Loc => ({ file: loc.file, pointer: pointerJoin(loc.pointer, ...tokens) });

    const { types, consumed } = typeSet(s);
    if (types) view.types = view.types ? intersectTypes(view.types, types) : types;

    if ('const' in s || Array.isArray(s.enum)) {
      const values = 'const' in s ? [s.const] : (s.enum as unknown[]);
      const mine = { values, loc: at('const' in s ? 'const' : 'enum'), isConst: 'const' in s };
      view.enumValues = view.enumValues
        ? { ...view.enumValues, values: view.enumValues.values.filter((v) => values.some((w) => JSON.stringify(w) === JSON.stringify(v))) }
        : mine;
    }

    if (s.properties && typeof s.properties === 'object') {
      for (const [name, sub] of Object.entries(s.properties as Record<string, unknown>)) {
        const list = view.properties.get(name) ?? [];
        list.push({ loc: at('properties', name), node: sub });
        view.properties.set(name, list);
      }
    }
    if (Array.isArray(s.required)) for (const r of s.required) if (typeof r === 'string') view.required.add(r);

    if (s.additionalProperties === false) view.additional = false;
    else if (s.additionalProperties && typeof s.additionalProperties === 'object' && view.additional !== false) {
      view.additional = [...(view.additional ?? []), { loc: at('additionalProperties'), node: s.additionalProperties }];
    }

    // draft-07 / OAS 3.0 tuple form: `items: [...]` + `additionalItems`
    const tuple = Array.isArray(s.prefixItems) ? 'prefixItems' : Array.isArray(s.items) ? 'items' : undefined;
    if (tuple) {
      (s[tuple] as unknown[]).forEach((sub, i) => {
        (view.prefixItems[i] ??= []).push({ loc: at(tuple, i), node: sub });
      });
    }
    const rest = tuple === 'items' ? 'additionalItems' : 'items';
    if (s[rest] !== undefined && !Array.isArray(s[rest]) && s[rest] !== true) view.items.push({ loc: at(rest), node: s[rest] });

    for (const kw of LOWER_BOUNDS) this.bound(view, s, kw, at(kw), Math.max);
    for (const kw of UPPER_BOUNDS) this.bound(view, s, kw, at(kw), Math.min);
    // draft-04 / OAS 3.0: boolean exclusiveMinimum/Maximum modify minimum/maximum
    for (const [flag, base] of [
      ['exclusiveMinimum', 'minimum'],
      ['exclusiveMaximum', 'maximum'],
    ] as const) {
      if (typeof s[flag] === 'boolean' && typeof s[base] === 'number') {
        if (s[flag]) {
          view.bounds.set(flag, { value: s[base], loc: at(flag) });
          view.bounds.delete(base);
        } else view.bounds.delete(flag);
      }
    }
    for (const kw of OTHER_CONSTRAINTS) if (s[kw] !== undefined) view.bounds.set(kw, { value: s[kw], loc: at(kw) });

    for (const keyword of ['oneOf', 'anyOf'] as const) {
      if (Array.isArray(s[keyword]) && keyword !== consumed) {
        view.groups.push({
          keyword,
          loc: at(keyword),
          alternatives: (s[keyword] as unknown[]).map((n, i) => ({ loc: at(keyword, i), node: n })),
        });
      }
    }
    if (s.not !== undefined) view.not.push({ loc: at('not'), node: s.not });
    if (s.deprecated === true) view.deprecated = true;
    if ('default' in s) view.default = { value: s.default, loc: at('default') };
    for (const defsKw of ['$defs', 'definitions']) {
      const defs = s[defsKw];
      if (defs && typeof defs === 'object') {
        for (const [name, sub] of Object.entries(defs)) view.defs.set(name, { loc: at(defsKw, name), node: sub });
      }
    }
    for (const [kw, value] of Object.entries(s)) {
      if (HANDLED.has(kw) || IGNORED.has(kw) || isIgluSelf(kw, value)) continue;
      if (kw === 'dependencies' && value && typeof value === 'object' && !Array.isArray(value)) {
        // draft-07's one keyword is 2019-09's two: a list of names is dependentRequired, a schema dependentSchemas
        // (a schema moved to the 2020-12 dialect read as `dependencies` removed, a minor change for nothing)
        const entries = Object.entries(value);
        const names = entries.filter(([, v]) => Array.isArray(v));
        const schemas = entries.filter(([, v]) => !Array.isArray(v));
        if (names.length) view.constraints.set('dependentRequired', { value: Object.fromEntries(names), loc: at(kw) });
        if (schemas.length) view.constraints.set('dependentSchemas', { value: Object.fromEntries(schemas), loc: at(kw) });
        continue;
      }
      if (CONSTRAINT_KEYWORDS.has(kw)) view.constraints.set(kw, { value, loc: at(kw) });
      else if (DOC_KEYWORDS.has(kw) || kw.startsWith('x-')) view.docs.set(kw, { value, loc: at(kw) });
      else view.rest.set(kw, { value, loc: at(kw) });
    }
  }

  private bound(view: SchemaView, s: Record<string, unknown>, kw: string, loc: Loc, pick: (a: number, b: number) => number): void {
    const value = s[kw];
    if (typeof value !== 'number') return;
    const old = view.bounds.get(kw);
    view.bounds.set(kw, old && typeof old.value === 'number' ? { value: pick(old.value, value), loc } : { value, loc });
  }

  /**
   * A schema reached through more levels than the diff follows (a hostile chain of `$ref`s would exhaust the stack):
   * said at its place, and nothing below it compared.
   */
  tooDeep(loc: Loc, what: string): void {
    this.report(new InputError(`${what}: not compared beyond this schema`, loc.file, this.docs.lineOf(loc)));
  }

  private report(err: InputError): void {
    if (!this.errors.some((e) => e.file === err.file && e.message === err.message)) {
      this.errors.push({ file: err.file ?? '', line: err.line, message: err.message });
    }
  }
}

/** `oneOf: [X]` / `anyOf: [X]` mean X. */
function singleAlternative(s: Record<string, unknown>): 'oneOf' | 'anyOf' | undefined {
  for (const kw of ['oneOf', 'anyOf'] as const) if (Array.isArray(s[kw]) && (s[kw] as unknown[]).length === 1) return kw;
  return undefined;
}

/** What stays beside a `$ref` whose siblings are void: its definitions (containers, not assertions) and the `$ref`. */
function refContainers(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => k === '$ref' || k === '$defs' || k === 'definitions'));
}

function typeSet(s: Record<string, unknown>): { types?: Set<string>; consumed?: string } {
  let types: Set<string> | undefined;
  let consumed: string | undefined;
  if (typeof s.type === 'string') types = new Set([s.type]);
  else if (Array.isArray(s.type)) types = new Set(s.type.filter((t): t is string => typeof t === 'string'));
  // anyOf/oneOf of bare types is a type union: `anyOf: [{type: string}, {type: 'null'}]` == `type: [string, 'null']`;
  // a oneOf only when no value is of two of its types: `oneOf: [{type: number}, {type: integer}]` rejects integers
  for (const kw of ['anyOf', 'oneOf']) {
    const alts = s[kw];
    if (!types && Array.isArray(alts) && alts.length > 1 && alts.every(isBareType)) {
      const listed = alts.flatMap((a) => ([] as string[]).concat((a as { type: string | string[] }).type));
      const overlap = new Set(listed).size < listed.length || (listed.includes('integer') && listed.includes('number'));
      if (kw === 'oneOf' && overlap) continue;
      types = new Set(listed);
      consumed = kw;
    }
  }
  if (types && s.nullable === true) types.add('null');
  return { types, consumed };
}

function nullableWrap(s: Record<string, unknown>): { keyword: 'oneOf' | 'anyOf'; index: number } | undefined {
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const alts = s[keyword];
    if (!Array.isArray(alts) || alts.length !== 2) continue;
    const nullAt = alts.findIndex((a) => isBareType(a) && (a as { type: unknown }).type === 'null');
    if (nullAt >= 0 && !isBareType(alts[1 - nullAt])) return { keyword, index: 1 - nullAt };
  }
  return undefined;
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function isPureRef(node: unknown): node is { $ref: string } {
  return (
    node !== null && typeof node === 'object' && Object.keys(node).length === 1 && typeof (node as { $ref?: unknown }).$ref === 'string'
  );
}

function isBareType(node: unknown): boolean {
  return node !== null && typeof node === 'object' && Object.keys(node).length === 1 && 'type' in node;
}

function intersectTypes(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const t of a) {
    if (b.has(t)) out.add(t);
    else if (t === 'number' && b.has('integer')) out.add('integer');
    else if (t === 'integer' && b.has('number')) out.add('integer');
  }
  return out;
}
