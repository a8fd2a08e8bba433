// The keyword diff explains; set inclusion decides. Each schema compared as a whole (a JSON Schema file, an OpenAPI
// 3.1 request or response schema) is judged, and the verdict reconciles the levels of the changes found in it: a
// proven-compatible "major" drops, a proven break that no rule called major becomes one (schema-narrowed or
// schema-widened), and every breaking change shows its witness.
import type { Change, Level, Loc, Role, SchemaContext, Semantic, SemanticCoverage } from '../model.js';
import { levelRank, pointerTokens, refTarget } from '../model.js';
import { COMPATIBLE_HINTS, getRule } from '../rules/catalog.js';
import { included, witnessesAt, type Verdict } from '../semantic/judge.js';
import { asDocument, failures, type CompileBudget } from '../semantic/validator.js';
import { isObj, putOwn, type Obj } from '../semantic/schema.js';
import { fingerprint, sameValue } from './fingerprint.js';
import type { RawChange } from './sink.js';

/** One schema compared as a whole: where it is, who reads it, both versions and their documents, what the diff found in it. */
export interface JudgedSchema {
  file: string;
  role: Role;
  /** Where the schema sits, when its context is not its role (an AsyncAPI payload: `event-sent`, read as a response). */
  context?: SchemaContext;
  label: string;
  older: unknown;
  newer: unknown;
  /** The documents `$ref`s resolve in (default: the schemas themselves). */
  rootA?: unknown;
  rootB?: unknown;
  /** The changes found beneath this comparison. */
  changes: Set<RawChange>;
  /**
   * Where a place of a file (a change's) is in the document ajv compiles for `older` and `newer`: the document
   * itself or its bundle (`Bundle.pointerOf`), or the schema's own document inside a description (`placedAt`).
   * Tells which changes a witness exercises.
   */
  pointerOf?: [(file: string, pointer: string) => string | undefined, (file: string, pointer: string) => string | undefined];
}

/** Past this many schemas in one diff, the rest keep the rules' levels (a huge rewrite stays fast). */
const MAX_JUDGED = 400;

type Side = 'reader' | 'writer';

/**
 * Annotations in JSON Schema 2020-12 (no value changes validity) that readers act on all the same: a change to one
 * keeps the level the rules give it, as policy.
 */
const READ_ANNOTATIONS = new Set(['format', 'contentMediaType', 'contentEncoding', 'contentSchema', 'default', 'readOnly', 'writeOnly']);

function lastToken(pointer: string): string {
  const tokens = pointerTokens(pointer);
  return tokens[tokens.length - 1] ?? '';
}

/** Readers of request and storage schemas break on narrowing, readers of responses on widening; events both ways. */
function sidesOf(role: Role): Side[] {
  if (role === 'request' || role === 'storage') return ['reader'];
  if (role === 'response') return ['writer'];
  return ['reader', 'writer'];
}

/**
 * Schema nodes one diff may compile for exact answers, all judgements together (~40 ms per 1,000, measured on the
 * GitHub REST pair; a definition many schemas reach is paid for once). On that pair 20,000 judge all 250 changed
 * schemas for ~0.8 s more (11 breaks with a witness), 40,000 for ~1.7 s more (22): what is left stays unproven.
 */
const DIFF_COMPILE_BUDGET = 20_000;
/** Proof steps one diff may take, all judgements together (each still stops at its own 20,000). */
const DIFF_STEP_BUDGET = 100_000;
/**
 * Nodes of whole documents one diff may compile, both versions of every JSON Schema file judged together: ~6–14 s at
 * most (~60–140 ms per 1,000 nodes), a hundred files of 500 nodes changed in one pull request ~1 s. Past it, the
 * files left keep the rules' levels, unproven.
 */
const DIFF_DOCUMENT_BUDGET = 100_000;
/**
 * Characters of patterns one diff may read into automata (refa), each distinct pattern once: ~0.25 s per 9,000, so a
 * pull request of many long patterns is seconds, not minutes. Past it, the rest are decided without their strings.
 */
const DIFF_PATTERN_BUDGET = 200_000;

function verdictOf(s: JudgedSchema, side: Side, budget: CompileBudget): Verdict {
  const [rootA, rootB] = [s.rootA ?? s.older, s.rootB ?? s.newer];
  return side === 'reader'
    ? included(s.older, s.newer, { rootA, rootB, budget })
    : included(s.newer, s.older, { rootA: rootB, rootB: rootA, budget });
}

const standalone = (node: unknown, root: unknown) => (node !== null && typeof node === 'object' ? asDocument(node, root) : node);

/**
 * JudgedSchema.pointerOf for a schema at `older` and `newer` inside its description: its own places relative to it,
 * the definitions it reaches (`/components/…`, `/$defs/…`, `/definitions/…`) where they are.
 */
export function placedAt(older: Loc, newer: Loc): NonNullable<JudgedSchema['pointerOf']> {
  // a change is placed in either document (a removal in the older one): two files of different names are one schema
  const at = (loc: Loc) => (file: string, pointer: string) => {
    if (file !== older.file && file !== newer.file) return undefined;
    if (pointer === loc.pointer || pointer.startsWith(loc.pointer + '/')) return pointer.slice(loc.pointer.length);
    return /^\/(components|\$defs|definitions)\//.test(pointer) ? pointer : undefined;
  };
  return [at(older), at(newer)];
}

/** A major of a broken schema that no candidate breaks at its own place. */
const ELSEWHERE = 'the schema breaks elsewhere; no value was found that breaks here';

/**
 * The witness to show beside each major of a broken schema, and beside each change whose level is the policy's
 * (`policy`) where the break is. Judged as a whole document (with the files it reaches, bundled), each gets a value
 * that fails at or around its own place (ajv's errors), the break's witness or another of the judge's candidates,
 * and none if no candidate does: a witness is not shown beside a change it has nothing to do with (a `not` widened,
 * in a schema that breaks where an optional property was added). A schema inside a description is read as the
 * document of its own ajv compiles, its places by `placedAt`.
 */
function witnessOf(j: Judgement, majors: Change[], policy: Change[]): Map<Change, unknown> {
  const s = j.schema;
  const all = new Map(majors.map((c) => [c, j.broken!.witness]));
  const reader = j.broken!.side === 'reader';
  const place = s.pointerOf?.[reader ? 1 : 0];
  const at = new Map(majors.map((c) => [c, place?.(c.file, c.pointer)]));
  if (!place || [...at.values()].includes(undefined)) return all;
  for (const c of policy) {
    const p = place(c.file, c.pointer);
    if (p !== undefined) at.set(c, p);
  }
  // a schema inside a description, as the document of its own ajv compiles (placedAt says where its places are)
  const [older, newer] = s.rootA === undefined ? [s.older, s.newer] : [standalone(s.older, s.rootA), standalone(s.newer, s.rootB)];
  const [accepting, rejecting] = reader ? [older, newer] : [newer, older];
  const found = witnessesAt(accepting, rejecting, j.broken!.witness, [...new Set(at.values())] as string[]);
  if (!found || ![...found.values()].includes(j.broken!.witness)) return all; // ajv places the break elsewhere
  const shown = new Map([...at].filter(([, p]) => found.has(p!)).map(([c, p]) => [c, found.get(p!)]));
  return withOwnValues(j, majors, shown, at, accepting, rejecting);
}

/**
 * An enum value removed (or, for what is sent, added) is its own witness when one version accepts it and the other
 * rejects it: ajv places every enum value's failure at `/enum`, so two removals would otherwise show one value.
 */
function withOwnValues(
  j: Judgement,
  majors: Change[],
  shown: Map<Change, unknown>,
  at: Map<Change, string | undefined>,
  accepting: unknown,
  rejecting: unknown,
): Map<Change, unknown> {
  // each is placed in this schema's document (`at`); whether its value is a witness is checked below, by ajv
  const named = majors.filter((c) => /-enum-value-(removed|added)$/.test(c.ruleId));
  if (named.length < 2) return shown;
  const [accepts, rejects] = [failures(accepting), failures(rejecting)];
  if (!accepts || !rejects) return shown;
  const s = j.schema;
  for (const c of named) {
    // a removed value sits in the older document, an added one in the newer
    const removed = c.ruleId.endsWith('-removed');
    // in its file's document, else (a schema inside a description, judged as its own) at its place in the schema
    const value =
      refTarget(removed ? (s.rootA ?? s.older) : (s.rootB ?? s.newer), `#${c.pointer}`) ??
      refTarget(removed ? s.older : s.newer, `#${at.get(c)!}`);
    const instance = value === undefined ? undefined : placed(shown.get(c) ?? j.broken!.witness, at.get(c)!, value);
    if (instance !== undefined && accepts(instance)?.length === 0 && !!rejects(instance)?.length) shown.set(c, instance);
  }
  return shown;
}

/**
 * `base` with `value` where the enum at schema pointer `place` (`…/enum/i`) applies, followed through `properties`
 * and `items` only; undefined elsewhere.
 */
function placed(base: unknown, place: string, value: unknown): unknown {
  const tokens = pointerTokens(place);
  const path = tokens.slice(0, tokens.lastIndexOf('enum'));
  if (tokens.length - path.length !== 2) return undefined;
  const put = (node: unknown, i: number): unknown => {
    if (i === path.length) return value;
    if (path[i] === 'properties' && i + 1 < path.length) {
      const out: Obj = isObj(node) ? { ...node } : {};
      const inner = put(out[path[i + 1]!], i + 2);
      if (inner === undefined) return undefined;
      putOwn(out, path[i + 1]!, inner);
      return out;
    }
    if (path[i] === 'items') {
      const out = Array.isArray(node) && node.length ? [...node] : [null];
      const inner = put(out[0], i + 1);
      if (inner === undefined) return undefined;
      out[0] = inner;
      return out;
    }
    return undefined;
  };
  return put(base, 0);
}

interface Judgement {
  schema: JudgedSchema;
  sides: Side[];
  broken?: { side: Side; witness: unknown };
  proven: boolean;
  /** Neither proven nor broken: why (the first side without an answer). */
  unproven?: { reason: string; spent: boolean };
}

/**
 * Reconcile the changes of each judged schema (`changeOf` maps a raw change to its final change, edited in place).
 * `strict`: set inclusion alone decides, policy levels included. Returns the proven breaks no rule named, to add.
 */
export function reconcile(
  schemas: JudgedSchema[],
  changeOf: (raw: RawChange) => Change | undefined,
  strict: boolean,
): { extra: RawChange[]; coverage: SemanticCoverage } {
  const judgements: Judgement[] = [];
  const budget: CompileBudget = {
    nodes: DIFF_COMPILE_BUDGET,
    steps: DIFF_STEP_BUDGET,
    documents: DIFF_DOCUMENT_BUDGET,
    patterns: { chars: DIFF_PATTERN_BUDGET, read: new Set() },
  };
  for (const schema of schemas.slice(0, MAX_JUDGED)) {
    if (sameValue(schema.older, schema.newer) && schema.rootA === undefined) continue; // only what it references changed
    const sides = sidesOf(schema.role);
    const verdicts = sides.map((side) => ({ side, verdict: verdictOf(schema, side, budget) }));
    const b = verdicts.find((v) => v.verdict.kind === 'broken');
    const open = verdicts.map((v) => v.verdict).find((v) => v.kind === 'unproven');
    judgements.push({
      schema,
      sides,
      broken: b && b.verdict.kind === 'broken' ? { side: b.side, witness: b.verdict.witness } : undefined,
      proven: verdicts.every((v) => v.verdict.kind === 'proven'),
      unproven: !b && open?.kind === 'unproven' ? { reason: open.reason, spent: open.spent } : undefined,
    });
  }
  // extensions (`x-extensible-enum`, …) mean nothing to validation but are promises to readers: their level is policy
  const byPolicy = (c: Change) =>
    !strict &&
    (getRule(c.rule).levelFrom === 'policy' ||
      READ_ANNOTATIONS.has(lastToken(c.pointer)) ||
      pointerTokens(c.pointer).some((t) => t.startsWith('x-')));
  const mine = (j: Judgement) => [...j.schema.changes].map(changeOf).filter((c): c is Change => !!c);
  // a change shared by several schemas (a component used by many operations) keeps its level if any of them breaks
  const breaking = new Set<Change>();
  const extra: RawChange[] = [];
  for (const j of judgements) {
    if (!j.broken) continue;
    const semantic: Semantic = { verdict: 'breaking', witness: j.broken.witness, side: j.broken.side };
    const changes = mine(j);
    for (const c of changes) breaking.add(c);
    const majors = changes.filter((c) => c.level === 'major');
    const policy = changes.filter(byPolicy);
    const shown = witnessOf(j, majors, policy);
    for (const c of majors) {
      const witness = shown.get(c);
      c.semantic ??= shown.has(c) ? { ...semantic, witness } : { verdict: 'unproven', reason: ELSEWHERE };
    }
    // a break placed at a change whose level is the policy's (an optional property added) is shown there
    for (const c of policy) if (shown.has(c)) c.semantic ??= { ...semantic, witness: shown.get(c), verdict: 'policy' };
    if (majors.length) continue;
    for (const c of policy) c.semantic ??= { ...semantic, verdict: 'policy' };
    if (policy.length) continue;
    extra.push({
      rule: j.broken.side === 'reader' ? 'schema-narrowed' : 'schema-widened',
      context: j.schema.context ?? j.schema.role,
      role: j.schema.role,
      loc: { file: j.schema.file, pointer: '' },
      params: { at: j.schema.label },
      semantic,
      // "accepts values it did not accept" says nothing of which: another widening of the same schema is another break
      // (the schema with what it reaches: a widening may be in a component it `$ref`s)
      identity: fingerprint([j.schema.newer, j.schema.rootB]).hash,
    });
  }
  for (const j of judgements) {
    if (!j.proven) continue; // unproven: the rules' levels stand
    const majors = mine(j).filter((c) => c.level === 'major' && !breaking.has(c));
    if (!majors.length) continue;
    // compatible both ways is an equivalent rewrite (patch); one way, a compatible change of meaning (minor)
    const other: Side[] = j.sides.length === 2 ? [] : j.sides[0] === 'reader' ? ['writer'] : ['reader'];
    const level: Level = other.every((side) => verdictOf(j.schema, side, budget).kind === 'proven') ? 'patch' : 'minor';
    for (const c of majors) {
      if (byPolicy(c)) c.semantic = { verdict: 'policy' };
      else {
        if (levelRank(level) < levelRank(c.level)) c.level = level;
        c.semantic = { verdict: 'compatible' };
        // the rule's hint says how not to break readers, and none break
        c.hint = COMPATIBLE_HINTS.proven;
      }
    }
  }
  // what no judgement answered says so, and why: the rules' level stands
  const decided = new Set(judgements.filter((j) => j.proven).flatMap(mine));
  for (const j of judgements) {
    if (!j.unproven) continue;
    for (const c of mine(j)) if (!decided.has(c)) c.semantic ??= { verdict: 'unproven', reason: j.unproven.reason };
  }
  const shown = judgements.filter((j) => j.broken).length;
  const proven = judgements.filter((j) => j.proven).length;
  const overBudget = judgements.filter((j) => j.unproven?.spent).length;
  return {
    extra,
    coverage: { judged: judgements.length, proven, breaking: shown, unproven: judgements.length - proven - shown, overBudget },
  };
}
