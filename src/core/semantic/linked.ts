// ajv compiles the target of a `$ref` again for every schema that reaches it (its cache of references lives in each
// compiled root): judging the changed schemas of the GitHub REST description compiled the same shared components
// hundreds of times, and the compile budget ran out after a few dozen. Here each `$ref` target (a unit) is compiled
// once per process, on its own, and a `$ref` becomes a call to it by a key made from its content and the keys of what
// it references (cycles keyed as a whole), so the two versions of a document share what they did not change.
import type { Ajv } from 'ajv';
import { fingerprint, hashText, sameValue } from '../diff/fingerprint.js';
import { refTarget } from '../model.js';
import { keywordCost, holdsData, isObj, namesSchemas, patternCost, patternsAt, pushSchemaChildren, type Obj } from './schema.js';

/** The keyword a `$ref` becomes: its value names a compiled unit. */
const LINK = 'x-contract-guard-link';

/** What a unit's own subtree holds (its `$ref` targets stay outside it). */
interface Shape {
  /** Local `$ref`s, distinct, sorted. */
  refs: string[];
  /** A `$ref` outside the document, or a keyword ajv cannot be trusted with here: nothing can be decided. */
  refused: boolean;
  /** `unevaluated*`: annotations must flow through `$ref`, which a call does not do. */
  annotated: boolean;
  /** Forms only drafts before 2019-09 have (`items: [...]`, `additionalItems`, `dependencies`). */
  draft7: boolean;
  /** Distinct nodes. */
  size: number;
}

const shapes = new WeakMap<object, Shape>();

/**
 * A node whose references resolve by more than a pointer within its document: dynamic references, anchors, an `$id`
 * below the top, a `$ref` to another document. ajv's answers disagree with the containment suite on them (measured),
 * so no exact answer is claimed.
 */
export function resolvedBeyondPointers(o: Obj, top: boolean): boolean {
  if (['$dynamicRef', '$dynamicAnchor', '$recursiveRef', '$recursiveAnchor', '$anchor'].some((k) => k in o)) return true;
  if (!top && '$id' in o) return true;
  return typeof o.$ref === 'string' && !o.$ref.startsWith('#');
}

function shapeOf(node: object): Shape {
  const known = shapes.get(node);
  if (known) return known;
  const refs = new Set<string>();
  let refused = false;
  let annotated = false;
  let draft7 = false;
  let size = 0;
  let patterns = 0;
  const seen = new WeakSet<object>();
  const stack: unknown[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== 'object' || seen.has(n)) continue;
    seen.add(n);
    size++;
    if (Array.isArray(n)) {
      for (const v of n) stack.push(v);
      continue;
    }
    const o = n as Obj;
    size += keywordCost(o);
    patterns += patternsAt(o);
    if (typeof o.$ref === 'string' && o.$ref.startsWith('#')) refs.add(o.$ref);
    if (resolvedBeyondPointers(o, n === node)) refused = true;
    if ('unevaluatedProperties' in o || 'unevaluatedItems' in o) annotated = true;
    if (Array.isArray(o.items) || 'additionalItems' in o || 'dependencies' in o) draft7 = true;
    pushSchemaChildren(o, stack);
  }
  const shape = { refs: [...refs].sort(), refused, annotated, draft7, size: size + patternCost(patterns) };
  shapes.set(node, shape);
  return shape;
}

/** Each document's units by `$ref`: their key, or null when one cannot be compiled on its own. */
const keysByRoot = new WeakMap<object, Map<string, string | null>>();

/**
 * Key every `$ref` reachable from `start` (Tarjan's strongly connected components, iteratively: a hostile chain of
 * references must not exhaust the stack). A unit's key covers its content and the keys of its references; a cycle
 * is keyed as a whole, each member by its place in it.
 */
function keyAll(start: string[], root: unknown, keys: Map<string, string | null>): void {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const work: { ref: string; edges: string[]; i: number }[] = [];
  const open = (ref: string) => {
    index.set(ref, index.size);
    low.set(ref, index.get(ref)!);
    stack.push(ref);
    onStack.add(ref);
    const node = refTarget(root, ref);
    work.push({ ref, edges: node && typeof node === 'object' ? shapeOf(node).refs : [], i: 0 });
  };
  for (const s of start) {
    if (keys.has(s) || index.has(s)) continue;
    open(s);
    while (work.length) {
      const top = work[work.length - 1]!;
      if (top.i < top.edges.length) {
        const w = top.edges[top.i++]!;
        if (keys.has(w)) continue;
        if (!index.has(w)) open(w);
        else if (onStack.has(w)) low.set(top.ref, Math.min(low.get(top.ref)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.ref, Math.min(low.get(parent.ref)!, low.get(top.ref)!));
      if (low.get(top.ref) !== index.get(top.ref)) continue;
      const members: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        members.push(w);
      } while (w !== top.ref);
      keyComponent(members, root, keys);
    }
  }
}

function keyComponent(members: string[], root: unknown, keys: Map<string, string | null>): void {
  const inside = new Set(members);
  const own: string[] = [];
  const outside = new Set<string>();
  let usable = true;
  for (const m of members) {
    const node = refTarget(root, m);
    // a boolean schema is a unit too; anything else a `$ref` names (nothing, a number) cannot be compiled
    if (typeof node === 'boolean') {
      own.push(`${m}:${node}`);
      continue;
    }
    if (!isObj(node) && !Array.isArray(node)) {
      usable = false;
      continue;
    }
    const shape = shapeOf(node);
    if (shape.refused) usable = false;
    own.push(`${m}:${fingerprint(node).hash}`);
    for (const r of shape.refs) if (!inside.has(r)) outside.add(r);
  }
  const external = [...outside].sort().map((r) => {
    const k = keys.get(r);
    if (!k) usable = false;
    return `${r}=${k}`;
  });
  if (!usable) {
    for (const m of members) keys.set(m, null);
    return;
  }
  const self = members.length === 1 && !shapeOf(Object(refTarget(root, members[0]!))).refs.includes(members[0]!);
  if (self) {
    // acyclic: the content and what its references mean, wherever it sits
    keys.set(members[0]!, hashText(`${own[0]!.slice(members[0]!.length)}|${external.join(',')}`));
    return;
  }
  const cycle = hashText(`${own.sort().join(',')}|${external.join(',')}`);
  for (const m of members) keys.set(m, hashText(`${cycle}#${m}`));
}

/**
 * Equal text whose local `$ref`s name, in `rootA` and in `rootB`, units equal in content and in all they reach: nothing
 * in or below the two can differ, so a diff need not walk them.
 */
export function alikeIn(a: unknown, b: unknown, rootA: unknown, rootB: unknown): boolean {
  if (!sameValue(a, b)) return false;
  return !fingerprint(a).hasRef || sameReferents(a as object, rootA, rootB);
}

/** Does every local `$ref` in `node` name, in `rootA` and in `rootB`, a unit equal in content and in all it reaches? */
export function sameReferents(node: object, rootA: unknown, rootB: unknown): boolean {
  const shape = shapeOf(node);
  if (shape.refused || !rootA || typeof rootA !== 'object' || !rootB || typeof rootB !== 'object') return false;
  const [keysA, keysB] = [keysOf(rootA, shape.refs), keysOf(rootB, shape.refs)];
  return shape.refs.every((r) => {
    const key = keysA.get(r);
    return !!key && key === keysB.get(r);
  });
}

function keysOf(root: object, refs: string[]): Map<string, string | null> {
  let keys = keysByRoot.get(root);
  if (!keys) keysByRoot.set(root, (keys = new Map()));
  keyAll(refs, root, keys);
  return keys;
}

/** A copy of `node` whose local `$ref`s call units by key; shared substructure stays shared (no alias blow-up). */
function rewrite(node: unknown, keyOf: (ref: string) => string, top = true, copies = new Map<object, unknown>()): unknown {
  if (!node || typeof node !== 'object') return node;
  const known = copies.get(node);
  if (known !== undefined) return known;
  if (Array.isArray(node)) {
    const out: unknown[] = [];
    copies.set(node, out);
    for (const v of node) out.push(rewrite(v, keyOf, false, copies));
    return out;
  }
  const out: Obj = {};
  copies.set(node, out);
  for (const [k, v] of Object.entries(node as Obj)) {
    if (top && (k === '$id' || k === '$schema')) continue; // the unit is compiled alone; ids would collide across units
    // our keyword is ours alone: written in a contract (an annotation there, as every `x-`), it called whatever unit it
    // named, or none (an internal error)
    if (k === LINK) continue;
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#')) out[LINK] = keyOf(v);
    else if (namesSchemas(k, v)) out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, rewrite(s, keyOf, false, copies)]));
    else out[k] = holdsData(k) ? v : rewrite(v, keyOf, false, copies);
  }
  return out;
}

/** A schema linked to the units it reaches: what to compile for it, and what compiling it costs. */
export interface Linked {
  /** The schema with its `$ref`s as calls. */
  top: Obj;
  /** Every unit it reaches, by key: its size in distinct nodes, and its copy with `$ref`s as calls. */
  units: Map<string, { size: number; copy: () => unknown }>;
  /** Distinct nodes of the schema and its units. */
  size: number;
  /** Distinct nodes of the schema alone. */
  ownSize: number;
  /** Draft-7-only forms somewhere in it. */
  draft7: boolean;
}

/**
 * Link `schema` (a node of `root`, or built from its nodes) to the units its `$ref`s reach. `undefined`: a reference
 * leads outside the document or nowhere, or a keyword ajv is not trusted with. `'whole'`: annotations must flow
 * through `$ref` (`unevaluated*`), so the schema is compiled the ordinary way, with its definitions.
 */
export function link(schema: object, root: unknown): Linked | 'whole' | undefined {
  const own = shapeOf(schema);
  if (own.refused) return undefined;
  if (own.annotated) return 'whole';
  if (!root || typeof root !== 'object')
    return own.refs.length ? undefined : { top: schema as Obj, units: new Map(), size: own.size, ownSize: own.size, draft7: own.draft7 };
  const keys = keysOf(root, own.refs);
  const keyOf = (r: string) => keys.get(r)!;
  const units: Linked['units'] = new Map();
  const stack = [...own.refs];
  const seen = new Set<string>();
  let size = own.size;
  let draft7 = own.draft7;
  while (stack.length) {
    const ref = stack.pop()!;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const key = keys.get(ref);
    if (!key) return undefined;
    if (units.has(key)) continue;
    const node = refTarget(root, ref);
    const shape = node && typeof node === 'object' ? shapeOf(node) : undefined;
    if (shape?.annotated) return 'whole';
    units.set(key, { size: shape?.size ?? 1, copy: () => (typeof node === 'boolean' ? node : rewrite(node, keyOf)) });
    size += shape?.size ?? 1;
    draft7 ||= shape?.draft7 ?? false;
    if (shape) stack.push(...shape.refs);
  }
  return { top: rewrite(schema, keyOf) as Obj, units, size, ownSize: own.size, draft7 };
}

type Check = (data: unknown) => boolean;

/**
 * Validating reached a unit ajv refused, or one the compile budget could not pay for: nothing can be decided. `spent`:
 * it was the budget, not ajv.
 */
export class Unlinkable extends Error {
  constructor(
    message: string,
    readonly spent = false,
  ) {
    super(message);
  }
}

/** Who pays for the units compiled while a check runs: each unit once per meter, in distinct nodes. */
export interface Meter {
  nodes: number;
  charged?: Set<string>;
}

let meter: Meter | undefined;

/** Why a schema was not compiled when the diff's budget of compiled nodes ran out. */
export const OVER_COMPILE_BUDGET = 'over the compile budget of this diff';

/** Run `check` with `m` paying for the units it reaches (what a diff pays does not depend on what ran before it). */
export function metered<T>(m: Meter, check: () => T): T {
  const outer = meter;
  meter = m;
  try {
    return check();
  } finally {
    meter = outer;
  }
}

interface Unit {
  size: number;
  copy?: () => unknown;
  /** Compiled on its first call; null: ajv refused it. */
  check?: Check | null;
}

/**
 * Units known to this process, by dialect and key, each compiled on its first call: a value is checked against the
 * definitions it reaches, not every definition its schema could. Replaced whole past a size, so the App's memory
 * stays bounded.
 */
class Generation {
  readonly units = new Map<string, Unit>();
  private readonly ajvs = new Map<string, Ajv>();
  constructor(
    private readonly make: (draft2020: boolean, wide: boolean) => Ajv,
    private readonly build: (ajv: Ajv, schema: unknown) => Check | undefined,
  ) {}

  /** The instance for a dialect; `wide`: one that collects every error, for units too wide for the other (see call). */
  ajv(draft2020: boolean, wide = false): Ajv {
    let ajv = this.ajvs.get(`${draft2020}:${wide}`);
    if (!ajv) {
      const made = (ajv = this.make(draft2020, wide));
      const prefix = `${draft2020}:`;
      made.addKeyword({
        keyword: LINK,
        schemaType: 'string',
        errors: false,
        // looked up when called: a unit may call one compiled after it (a cycle)
        compile: (key: string) => (data: unknown) => this.call(made, draft2020, prefix + key, data),
      });
      this.ajvs.set(`${draft2020}:${wide}`, ajv);
    }
    return ajv;
  }

  private call(ajv: Ajv, draft2020: boolean, id: string, data: unknown): boolean {
    const unit = this.units.get(id)!;
    if (meter) {
      const charged = (meter.charged ??= new Set());
      if (!charged.has(id)) {
        if (meter.nodes < unit.size) throw new Unlinkable(OVER_COMPILE_BUDGET, true);
        meter.nodes -= unit.size;
        charged.add(id);
      }
    }
    if (unit.check === undefined) {
      const copy = unit.copy!();
      unit.check = typeof copy === 'boolean' ? () => copy : this.compiled(ajv, draft2020, copy);
      compiledUnits++;
      unit.copy = undefined; // the document's nodes are not kept once compiled
    }
    if (!unit.check) throw new Unlinkable('ajv cannot compile the schema');
    return unit.check(data);
  }

  /**
   * A unit compiled. Stopping at the first error, ajv nests a block per property and runs out of stack past a few
   * thousand properties in one object: such a unit is compiled collecting every error (no nesting, the same yes or
   * no). Were a value reaching it taken as rejected instead, the version too wide to compile would "reject" it: a
   * witness that breaks nothing. Out of stack again (the unit first reached deep in a recursion) goes up as before,
   * nothing kept, so a later, shallower call compiles it: what is decided never depends on where it was first asked.
   */
  private compiled(ajv: Ajv, draft2020: boolean, copy: unknown): Check | null {
    try {
      return this.build(ajv, copy) ?? null;
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
    }
    return this.build(this.ajv(draft2020, true), copy) ?? null;
  }
}

const MAX_UNITS = 20_000;
let generation: Generation | undefined;
let compiledUnits = 0;

/** Definitions ajv has compiled in this process (each once while its generation lasts). */
export function unitsCompiled(): number {
  return compiledUnits;
}

/**
 * A check for a linked schema; its units are compiled when a value first reaches them. `build` compiles one schema
 * with an ajv instance (undefined when ajv refuses it); `make` makes an instance for a dialect. A check that reaches
 * a unit ajv refuses throws `Unlinkable`.
 */
export function compileLinked(
  linked: Linked,
  draft2020: boolean,
  make: (draft2020: boolean, wide: boolean) => Ajv,
  build: (ajv: Ajv, schema: unknown) => Check | undefined,
): Check | undefined {
  if (!generation || generation.units.size > MAX_UNITS) generation = new Generation(make, build);
  const { units } = generation;
  const prefix = `${draft2020}:`;
  for (const [key, unit] of linked.units) if (!units.has(prefix + key)) units.set(prefix + key, { size: unit.size, copy: unit.copy });
  try {
    return build(generation.ajv(draft2020), linked.top);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return build(generation.ajv(draft2020, true), linked.top); // too wide to nest: see Generation.compiled
  }
}
