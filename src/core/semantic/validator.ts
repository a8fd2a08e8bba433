// ajv, set up once for the whole project: examples are validated with it, and the semantic judge decides
// `const`/`enum` exactly and checks every witness with it before one is shown.
import { localRefTokens, pointerJoin } from '../model.js';
import { Ajv, type AnySchema, type ErrorObject, type ValidateFunction } from 'ajv';
import { compileLinked, link, metered, OVER_COMPILE_BUDGET, resolvedBeyondPointers, Unlinkable } from './linked.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { isBug } from '../errors.js';
import { safeFormat, safeRegExpEngine, unsafeReason } from '../source/safe-regex.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { compileSize, isObj, someNode, someSchemaNode, type Obj } from './schema.js';
import type { PatternMeter } from './strings.js';
import { fingerprint } from '../diff/fingerprint.js';

/** ULID: 26 Crockford Base32 characters, the first 0-7 (48-bit timestamp). */
export const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/**
 * `formats`: assert `format` (examples do; the judge reads it as the annotation 2020-12 says it is). `judge`: only yes
 * or no is asked, so stop at the first error and compile each `$ref` once instead of inlining it.
 */
export function newAjv(draft2020: boolean, formats = true, judge = false, allErrors = !judge): Ajv {
  const opts = {
    strict: false,
    allErrors,
    inlineRefs: !judge,
    validateSchema: false,
    // without formats it is the judge or its placing of failures, which refuse any `$ref` beyond the document
    // (beyondAjv), so never reach a meta-schema: adding them took most of a fresh instance's cost (~8 ms cold, ~1 warm)
    meta: formats,
    allowUnionTypes: true,
    // JSON has no prototype: a value without `constructor` lacks it, though every JavaScript object inherits one
    ownProperties: true,
    logger: false,
    validateFormats: formats,
    // patterns come from contracts: RE2's linear-time engine, never a backtracking one
    code: { regExp: safeRegExpEngine, optimize: !judge, process: eagerly },
  } as const;
  const ajv = draft2020 ? new Ajv2020(opts) : new Ajv(opts);
  // JSON numbers are decimals: 0.3 is a multiple of 0.1, which floating point divides as 2.9999999999999996, and ajv's
  // multipleOfPrecision takes any value far smaller than the divisor for a multiple of it (1 of 2^53)
  ajv.removeKeyword('multipleOf');
  ajv.addKeyword({ keyword: 'multipleOf', type: 'number', schemaType: 'number', errors: true, validate: multipleOfKeyword });
  if (formats) {
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    // a format is matched against a pull request's examples: its expression must not run away (see safeFormat)
    for (const [name, format] of Object.entries(fullFormats)) if (format instanceof RegExp) ajv.addFormat(name, safeFormat(format));
    ajv.addFormat('ulid', safeFormat(ULID));
  }
  return ajv as Ajv;
}

/**
 * ajv's generated function, compiled by V8 as ajv makes it rather than on its first call. V8 runs out of stack on
 * blocks nested too deep (ajv nests one per property: past ~1,600 in one object); on a first call that overflow was
 * taken for the value's rejection (a witness that breaks nothing) and the compile tried again on every value (~50 ms
 * each). Compiled eagerly (V8 compiles a parenthesised function at once), it is ajv's compile that runs out of stack.
 */
function eagerly(code: string): string {
  const at = code.indexOf('return function validate');
  return at < 0 ? code : `${code.slice(0, at)}return (${code.slice(at + 'return '.length)})`;
}

/**
 * What a value fails in `schema` (a whole document): the keywords ajv names, as JSON pointers (`/properties/a/type`),
 * none when it validates. Tells which of a schema's changes a witness exercises. Undefined when ajv cannot say.
 */
export function failures(schema: unknown): ((value: unknown) => string[] | undefined) | undefined {
  // a compile with every error costs ~0.1 ms a node, charged to no budget: larger schemas are not placed
  if (!isObj(schema) || compileSize(schema, MAX_PLACED_NODES) > MAX_PLACED_NODES || beyondAjv(schema) || explodes(schema)) return undefined;
  const validate = overflowed(() => {
    try {
      return newAjv(isDraft2020(schema), false).compile(schema as AnySchema);
    } catch (err) {
      if (isBug(err) || err instanceof RangeError) throw err;
      return undefined;
    }
  });
  if (!validate) return undefined;
  return (value) => {
    try {
      if (validate(value)) return [];
    } catch (err) {
      if (isBug(err)) throw err;
      return undefined;
    }
    return (validate.errors ?? []).flatMap(placesOf);
  };
}

/**
 * Where an ajv error is, as JSON pointers: its keyword, and for a property a value lacks or should not have (`required`,
 * `additionalProperties`), that property's place beside it, where a change removing or adding it sits.
 */
function placesOf(e: ErrorObject): string[] {
  const at = e.schemaPath.replace(/^#/, '').split('/').map(decodeURIComponent).join('/');
  const { missingProperty, additionalProperty } = e.params as { missingProperty?: unknown; additionalProperty?: unknown };
  const name = e.keyword === 'required' ? missingProperty : e.keyword === 'additionalProperties' ? additionalProperty : undefined;
  return typeof name === 'string' ? [at, pointerJoin(at.slice(0, at.lastIndexOf('/')), 'properties', name)] : [at];
}

/** 2020-12 unless `$schema` names an older draft, or the schema uses draft-7-only forms (`items: [...]`, `dependencies`). */
export function isDraft2020(schema: unknown): boolean {
  if (!schema || typeof schema !== 'object') return true;
  const declared = (schema as { $schema?: unknown }).$schema;
  if (typeof declared === 'string') return /2020-12|2019-09/.test(declared);
  return !usesDraft7Forms(schema);
}

function usesDraft7Forms(schema: unknown): boolean {
  return someNode(schema, (o) => Array.isArray(o.items) || 'additionalItems' in o || 'dependencies' in o);
}

/**
 * Where ajv's answers disagree with the JSON Schema containment test suite, no exact answer is claimed (measured):
 * `unevaluated*` next to `contains` or `if`/`else`, dynamic references and anchors, `$id`s below the root, and `$ref`s
 * resolved against an `$id` rather than within the document.
 */
function beyondAjv(schema: unknown): boolean {
  // what examples and other data hold is no reference (`examples: [{payload: {$ref: "file.avsc"}}]`)
  return someSchemaNode(schema, (o) => {
    if (
      ('unevaluatedItems' in o || 'unevaluatedProperties' in o) &&
      someNode(o, (n) => 'contains' in n || 'if' in n || 'else' in n || 'then' in n)
    )
      return true;
    return resolvedBeyondPointers(o, o === schema);
  });
}

/**
 * ajv generates code per use of a sub-schema: a small document that reuses one node many times (YAML aliases, a
 * built bomb) becomes huge. A schema whose expansion is many times its distinct nodes is refused.
 */
function explodes(node: unknown): boolean {
  let distinct = 0;
  someNode(node, () => (distinct++, false));
  const limit = Math.max(20_000, distinct * 4);
  let count = 0;
  const walk = (n: unknown, depth: number): void => {
    if (count > limit || !n || typeof n !== 'object' || depth > 256) return;
    count++;
    for (const v of Array.isArray(n) ? n : Object.values(n)) walk(v, depth + 1);
  };
  walk(node, 0);
  return count > limit;
}

/**
 * A schema document compiled once; `accepts` answers whether a value validates. Undefined when ajv refuses it;
 * `accepts` throws `Unlinkable` when the value reaches a definition ajv refuses.
 */
export interface Validator {
  accepts(value: unknown): boolean;
}

/** Why no validator was made: `spent` when a budget or size limit stopped it (a larger one might not), not ajv. */
export interface Refusal {
  reason: string;
  spent: boolean;
}

const AJV_REFUSED: Refusal = { reason: 'ajv cannot compile the schema', spent: false };
const SPENT: Refusal = { reason: OVER_COMPILE_BUDGET, spent: true };
const TOO_LARGE: Refusal = { reason: 'too large to compile within the budget of one schema', spent: true };

/**
 * ajv for one schema document (a JSON Schema file, an OpenAPI document), shared by every judgement over it. A
 * sub-schema is compiled alone, its `$ref`s calling the definitions they reach, each compiled once per process (see
 * linked.ts): an OpenAPI document's components can be megabytes, and hundreds of its schemas reach the same ones.
 * One per version, since two versions of a schema share their `$id`. Formats are not asserted unless asked
 * (annotations in 2020-12).
 */
export class Validators {
  /** Each schema compiled, or why not. */
  private readonly compiled = new WeakMap<object, Validator | Refusal>();
  /** Schema nodes still to compile (ajv takes ~40 µs each): past it, answers are unproven. */
  private readonly budget: CompileBudget;

  constructor(
    private readonly root?: unknown,
    private readonly formats = false,
    /** Nodes a whole diff may compile, every document together: a large rewrite stays fast, the rest unproven. */
    shared?: CompileBudget,
  ) {
    this.budget = shared ?? { nodes: DOCUMENT_BUDGET, steps: Infinity };
  }

  /** A validator for `schema` (the document, or a node of it, or a schema built from its nodes). */
  compile(schema: unknown): Validator | undefined {
    if (schema === true || schema === false) return { accepts: () => schema };
    if (!schema || typeof schema !== 'object') return undefined;
    let v = this.compiled.get(schema);
    if (!v) this.compiled.set(schema, (v = schema === this.root ? this.whole(schema, MAX_DOCUMENT_NODES, 'documents') : this.part(schema)));
    return 'accepts' in v ? v : undefined;
  }

  /** Why `compile` made no validator for `schema`. */
  refusal(schema: unknown): Refusal {
    const v = schema !== null && typeof schema === 'object' ? this.compiled.get(schema) : undefined;
    if (v && !('accepts' in v) && v !== AJV_REFUSED) return v;
    // a pattern RE2 refuses (lookaround, a megabyte long) is why, more often than not: say which
    let unsafe: string | undefined;
    someNode(schema, (o) => {
      const patterns = [
        ...(typeof o.pattern === 'string' ? [o.pattern] : []),
        ...(isObj(o.patternProperties) ? Object.keys(o.patternProperties) : []),
      ];
      unsafe = patterns.map(unsafeReason).find((r) => r !== undefined);
      return unsafe !== undefined;
    });
    return unsafe ? { reason: unsafe, spent: false } : AJV_REFUSED;
  }

  /**
   * A node of the document, or a schema built from its nodes. What it costs is charged whether or not it was compiled
   * before in this process: what a diff can decide must not depend on what the process judged earlier (the App's
   * threads judge many pull requests), only its speed may. The definitions it reaches are charged when a value first
   * reaches them, once per diff (linked.ts).
   */
  private part(schema: object): Validator | Refusal {
    const budget = this.budget;
    if (budget.nodes < MIN_COST) return SPENT; // not even worth linking
    const linked = this.formats ? 'whole' : link(schema, this.root);
    if (linked === undefined) return AJV_REFUSED;
    if (linked === 'whole') return this.whole(schema, MAX_COMPILED_NODES, 'nodes');
    if (linked.size > MAX_LINKED_NODES) return TOO_LARGE;
    const cost = MIN_COST + linked.ownSize;
    if (cost > budget.nodes) return SPENT;
    budget.nodes -= cost;
    const declared = isObj(this.root) && typeof this.root.$schema === 'string' ? this.root.$schema : undefined;
    const draft2020 = declared !== undefined ? /2020-12|2019-09/.test(declared) : !linked.draft7;
    const v = cached(`linked:${draft2020}:${fingerprint(linked.top).hash}`, () => {
      const check = overflowed(() => compileLinked(linked, draft2020, (modern, wide) => newAjv(modern, false, true, wide), checkOf));
      return check && { accepts: answering(check) };
    });
    return v ? { accepts: (value) => metered(budget, () => v.accepts(value)) } : AJV_REFUSED;
  }

  /**
   * The schema compiled with the definitions it reaches copied beside it: `unevaluated*` needs them inline. Paid from
   * `account`: a sub-schema from the nodes every judgement shares, a whole document from the diff's documents.
   */
  private whole(schema: object, limit: number, account: 'nodes' | 'documents'): Validator | Refusal {
    const standalone = asDocument(schema, this.root);
    const size = compileSize(standalone, limit);
    if (size > limit) return TOO_LARGE;
    // a compile costs ~1 ms plus ~60–140 ms per 1,000 nodes (measured on the GitHub REST pair and on wide documents)
    const cost = account === 'nodes' ? Math.max(FRESH_INSTANCE_COST, size) : MIN_COST + size;
    const left = this.budget[account];
    if (left !== undefined && cost > left) return SPENT;
    if (left !== undefined) this.budget[account] = left - cost;
    const v = cached(`${this.formats}:${fingerprint(standalone).hash}`, () => {
      if (beyondAjv(standalone)) return undefined;
      // a fresh instance: nothing else is compiled in it
      const draft2020 = isDraft2020(standalone);
      const check = compiledOrNot(newAjv(draft2020, this.formats, true), standalone, () => newAjv(draft2020, this.formats, true, true));
      return check && { accepts: check };
    });
    return v ?? AJV_REFUSED;
  }
}

/** ajv's validator for `schema`, as a yes-or-no check; undefined when ajv refuses the schema. */
function compiledOrNot(ajv: Ajv, schema: unknown, wide?: () => Ajv): ((value: unknown) => boolean) | undefined {
  // stopping at the first error, ajv nests a block per property and runs out of stack past ~1,600 properties in one
  // object; collecting every error it does not nest (the same yes or no, slower). A schema that wide is compiled so at
  // once: failing first takes seconds
  const collecting = () => wide && overflowed(() => checkOf(wide(), schema));
  let check: ((value: unknown) => boolean) | undefined;
  if (wide && someNode(schema, isWide)) check = collecting();
  else
    try {
      check = checkOf(ajv, schema);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      check = collecting();
    }
  return check && answering(check);
}

/** Properties in one object past which ajv, stopping at the first error, is not asked (see `compiledOrNot`). */
const WIDE_PROPERTIES = 1_000;
const isWide = (o: Obj) =>
  (isObj(o.properties) && Object.keys(o.properties).length > WIDE_PROPERTIES) ||
  // a tuple nests a block per item alike
  (Array.isArray(o.prefixItems) && o.prefixItems.length > WIDE_PROPERTIES) ||
  (Array.isArray(o.items) && o.items.length > WIDE_PROPERTIES);

/** ajv out of stack on a schema nested too deep: no validator, as when it refuses one. */
function overflowed<T>(compile: () => T | undefined): T | undefined {
  try {
    return compile();
  } catch (err) {
    if (err instanceof RangeError) return undefined;
    throw err;
  }
}

/**
 * The check as ajv built it: what it throws goes up (through every definition a value reaches, to `answering`). Out
 * of stack (a definition first reached deep in a recursion) is thrown too, so it is not taken for a refusal.
 */
function checkOf(ajv: Ajv, schema: unknown): ((value: unknown) => boolean) | undefined {
  if (explodes(schema)) return undefined;
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema as AnySchema);
  } catch (err) {
    if (isBug(err) || err instanceof RangeError) throw err;
    return undefined; // a remote $ref, an ambiguous $id, a keyword ajv refuses: nothing can be decided exactly
  }
  return (value) => validate(value) === true;
}

/** A value ajv cannot validate (a recursion without end overflows the stack) is not accepted. */
function answering(check: (value: unknown) => boolean): (value: unknown) => boolean {
  return (value) => {
    try {
      return check(value);
    } catch (err) {
      if (isBug(err) || err instanceof Unlinkable) throw err;
      return false;
    }
  };
}

/** The same schema compiled before (the other version of a document, another operation) is not compiled again. */
function cached(key: string, build: () => Validator | undefined): Validator | undefined {
  let v = COMPILED.get(key);
  if (v === undefined) {
    v = build() ?? null;
    remember(key, v);
  }
  return v ?? undefined;
}

/** Compiled validators by content, shared by every document and judgement of a process; the oldest go first. */
const COMPILED = new Map<string, Validator | null>();
const MAX_REMEMBERED = 2_000;

function remember(key: string, v: Validator | null): void {
  COMPILED.set(key, v);
  if (COMPILED.size > MAX_REMEMBERED) COMPILED.delete(COMPILED.keys().next().value!);
}

/**
 * A node of `root` as a document of its own: the definitions it reaches copied beside it at their own places
 * (`/components/schemas/X`), its own keywords at the top.
 */
export function asDocument(schema: object, root: unknown): object {
  return schema === root ? schema : { ...reachedDefinitions(schema, root), ...inContextHeader(root), ...schema };
}

/** Past this many nodes (with what it reaches) a schema's failures are not placed: its majors show the break's witness. */
const MAX_PLACED_NODES = 5_000;
/** Past this many nodes a schema compiled with its definitions inline is not compiled (ajv needs seconds for the largest). */
const MAX_COMPILED_NODES = 1_500;
/** Past this many nodes, a schema and the definitions it reaches are not compiled. */
const MAX_LINKED_NODES = 50_000;
/** A whole document (a JSON Schema file) is compiled up to this size. */
const MAX_DOCUMENT_NODES = 20_000;
/** Nodes compiled per document when no diff shares its budget (a judgement on its own). */
const DOCUMENT_BUDGET = 20_000;
/** What the cheapest compile is charged (ajv's fixed cost, in nodes), in the instance shared by linked schemas. */
const MIN_COST = 20;
/** The same in an instance of its own (a schema compiled whole): a few ms. */
const FRESH_INSTANCE_COST = 500;

/** The document's `$schema`, so a sub-schema is read in its document's dialect. */
function inContextHeader(root: unknown): Obj {
  return isObj(root) && typeof root.$schema === 'string' ? { $schema: root.$schema } : {};
}

/**
 * The parts of `root` that `schema`'s local `$ref`s reach, transitively, at their own places (`components.schemas.X`),
 * so the refs resolve in a document holding only them.
 */
function reachedDefinitions(schema: object, root: unknown): Obj {
  const out: Obj = {};
  if (!isObj(root)) return out;
  const seen = new WeakSet<object>();
  const placed = new Set<string>();
  const scaffold = new WeakSet<object>(); // objects made to hold a path, as opposed to the document's own nodes
  const stack: unknown[] = [schema];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== 'object' || seen.has(n)) continue;
    seen.add(n);
    const ref = (n as Obj).$ref;
    const tokens = typeof ref === 'string' && !placed.has(ref) ? localRefTokens(ref) : undefined;
    if (tokens?.length) {
      placed.add(ref as string);
      let from: unknown = root;
      let to: Obj | undefined = out;
      tokens.forEach((t, i) => {
        from = isObj(from) || Array.isArray(from) ? (from as Obj)[t] : undefined;
        if (!to) return; // already inside a node placed whole
        if (i === tokens.length - 1) {
          if (from !== undefined && (!(t in to) || scaffold.has(to[t] as object))) to[t] = from;
        } else if (to[t] === undefined) {
          const step: Obj = {};
          scaffold.add(step);
          to = to[t] = step;
        } else to = scaffold.has(to[t] as object) ? (to[t] as Obj) : undefined;
      });
      stack.push(from);
    }
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === 'object') stack.push(v);
  }
  return out;
}

/** Compile budget shared by the judgements of one diff (nodes, as `Validators` counts them). */
export interface CompileBudget {
  nodes: number;
  /**
   * Nodes of whole documents (JSON Schema files) this diff may compile, each charged once per side (no limit when
   * unset: a judgement of its own). A pull request of many large files is otherwise as many seconds-long compiles.
   */
  documents?: number;
  /** The definitions (linked.ts units) this diff has paid for. */
  charged?: Set<string>;
  /** Proof steps, all judgements together. */
  steps: number;
  /** Pattern characters the judgements may read into automata (strings.ts), all together. */
  patterns?: PatternMeter;
}

/** One Validators per document object, dropped with it; the first to ask for it says which shared budget it draws on. */
const pools = new WeakMap<object, Validators>();

export function validatorsFor(root: unknown, shared?: CompileBudget): Validators {
  if (!root || typeof root !== 'object') return new Validators(root, false, shared);
  let pool = pools.get(root);
  if (!pool) pools.set(root, (pool = new Validators(root, false, shared)));
  return pool;
}

/** ajv's `multipleOf` on decimals, with ajv's own message for a value that is no multiple. */
const multipleOfKeyword: ((divisor: number, value: unknown) => boolean) & { errors?: Partial<ErrorObject>[] } = (divisor, value) => {
  const ok = decimalMultiple(divisor, value);
  multipleOfKeyword.errors = ok
    ? undefined
    : [{ keyword: 'multipleOf', message: `must be multiple of ${divisor}`, params: { multipleOf: divisor } }];
  return ok;
};

/** Is `value` a whole multiple of `divisor`, both read as the decimals JSON writes (exactly, with BigInt)? */
export function decimalMultiple(divisor: number, value: unknown): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value) || !(divisor > 0)) return false;
  const [a, b] = [decimal(value), decimal(divisor)];
  const scale = Math.max(a.exponent, b.exponent);
  const up = (d: { digits: bigint; exponent: number }) => d.digits * 10n ** BigInt(scale - d.exponent);
  return up(a) % up(b) === 0n;
}

/** A finite number as digits and a count of decimal places (`0.3` → 3, 1; `1e-7` → 1, 7; `2e+21` → 2e21, 0). */
function decimal(n: number): { digits: bigint; exponent: number } {
  const [mantissa, exp] = Math.abs(n).toExponential().split('e') as [string, string];
  const [whole, fraction = ''] = mantissa.split('.');
  const places = fraction.length - Number(exp);
  const digits = BigInt(whole + fraction);
  return places >= 0 ? { digits, exponent: places } : { digits: digits * 10n ** BigInt(-places), exponent: 0 };
}
