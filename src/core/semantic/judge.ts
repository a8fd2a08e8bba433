// The semantic decision beside the keyword diff: does every instance the older schema accepts still validate under
// the newer one? Proven, broken (with a witness ajv has checked), or unproven within the budget.
import { refSiblingsVoid } from './dialects.js';
import { OutOfBudget, Prover } from './inclusion.js';
import { Unlinkable } from './linked.js';
import { failures, validatorsFor, type CompileBudget } from './validator.js';
import { readingPatterns } from './strings.js';
import { candidates, propertyNames } from './witness.js';

/** Unproven: `spent` when a budget (proof steps, compiled nodes, a schema's size) ran out before an answer. */
export type Verdict = { kind: 'proven' } | { kind: 'broken'; witness: unknown } | { kind: 'unproven'; reason: string; spent: boolean };

export interface JudgeOptions {
  /** Proof steps before giving up (each comparison of two sub-schemas is one). */
  maxSteps?: number;
  /** The documents the two schemas sit in, where their `$ref`s resolve (default: the schemas themselves). */
  rootA?: unknown;
  rootB?: unknown;
  /** A compile budget shared with the other judgements of the same diff. */
  budget?: CompileBudget;
}

/** Proof steps one judgement may take unless told otherwise. */
const MAX_STEPS = 20_000;
const OVER_OWN_STEPS = 'over the proof budget of one schema';
const OVER_DIFF_STEPS = 'over the proof budget of this diff';
const OVER_DIFF_PATTERNS = 'over the pattern budget of this diff (characters of patterns read)';

/** Is every instance of `older` (a whole schema document) valid under `newer`? */
export function included(olderAsWritten: unknown, newerAsWritten: unknown, options: JudgeOptions = {}): Verdict {
  const budget = options.budget;
  if (!budget) return judged(olderAsWritten, newerAsWritten, options);
  // a shared budget: this judgement may take what is left of its steps, and is charged what it took
  if (budget.steps <= 0) return { kind: 'unproven', reason: OVER_DIFF_STEPS, spent: true };
  const taken = { steps: 0 };
  const own = options.maxSteps ?? MAX_STEPS;
  try {
    if (budget.patterns) budget.patterns.short = false;
    const verdict = readingPatterns(budget.patterns, () =>
      judged(olderAsWritten, newerAsWritten, { ...options, maxSteps: Math.min(own, budget.steps) }, taken),
    );
    // undecided with a pattern left unread: the diff's pattern budget stopped it
    if (verdict.kind === 'unproven' && !verdict.spent && budget.patterns?.short)
      return { kind: 'unproven', reason: OVER_DIFF_PATTERNS, spent: true };
    // out of steps with fewer left in the diff than one schema may take: the diff's budget ran out, not the schema's
    if (verdict.kind === 'unproven' && verdict.reason === OVER_OWN_STEPS && budget.steps < own)
      return { ...verdict, reason: OVER_DIFF_STEPS };
    return verdict;
  } finally {
    budget.steps -= taken.steps;
  }
}

function judged(olderAsWritten: unknown, newerAsWritten: unknown, options: JudgeOptions, taken = { steps: 0 }): Verdict {
  // each side read by its own draft's rules: before 2019-09, a `$ref` makes its siblings void
  const a = refSiblingsVoid(options.rootA ?? olderAsWritten);
  const b = refSiblingsVoid(options.rootB ?? newerAsWritten);
  const [rootA, rootB, older, newer] = [
    a(options.rootA ?? olderAsWritten),
    b(options.rootB ?? newerAsWritten),
    a(olderAsWritten),
    b(newerAsWritten),
  ];
  const pools = [validatorsFor(rootA, options.budget), validatorsFor(rootB, options.budget)] as const;
  const prover = new Prover(rootA, rootB, pools[0], pools[1], options.maxSteps);
  try {
    return decide(prover, older, newer, rootA, rootB, pools);
  } catch (err) {
    if (err instanceof Unlinkable) return { kind: 'unproven', reason: err.message, spent: err.spent };
    throw err;
  } finally {
    taken.steps = prover.steps;
  }
}

function decide(
  prover: Prover,
  older: unknown,
  newer: unknown,
  rootA: unknown,
  rootB: unknown,
  pools: readonly [ReturnType<typeof validatorsFor>, ReturnType<typeof validatorsFor>],
): Verdict {
  // structure first: `S or not S` accepts everything and `S and not S` nothing, whatever a validator makes of S
  try {
    if (prover.trivially(older, newer)) return { kind: 'proven' };
  } catch (err) {
    if (!(err instanceof OutOfBudget)) throw err;
  }
  const va = pools[0].compile(older);
  const vb = pools[1].compile(newer);
  if (va && vb) {
    // a refutation first: it is definite, and it guards the prover against its own mistakes
    for (const v of [...candidates(older, rootA, propertyNames(newer, rootB)), ...candidates(newer, rootB, propertyNames(older, rootA))]) {
      if (va.accepts(v) && !vb.accepts(v)) return { kind: 'broken', witness: v };
    }
  }
  try {
    if (prover.included(older, newer)) return { kind: 'proven' };
  } catch (err) {
    if (err instanceof OutOfBudget) return { kind: 'unproven', reason: OVER_OWN_STEPS, spent: true };
    throw err;
  }
  // no proof: what the prover learnt (a string one side has and the other lacks) may make a witness whole
  if (va && vb && prover.stringLeads.size) {
    const leads = [...prover.stringLeads];
    for (const v of [
      ...candidates(older, rootA, propertyNames(newer, rootB), leads),
      ...candidates(newer, rootB, propertyNames(older, rootA), leads),
    ])
      if (va.accepts(v) && !vb.accepts(v)) return { kind: 'broken', witness: v };
  }
  if (va && vb) return { kind: 'unproven', reason: 'no proof and no counterexample found', spent: false };
  return { kind: 'unproven', ...(va ? pools[1].refusal(newer) : pools[0].refusal(older)) };
}

/** Two places in one document, one at or inside the other. */
const near = (a: string, b: string) => a === b || a.startsWith(b + '/') || b.startsWith(a + '/');

/**
 * A witness for each place of `places` (where changes sit in `newer`, a whole document) that `witness`, a value
 * `older` accepts and `newer` rejects, does not fail at: another of the judge's candidates that does, if any. So a
 * break is shown with a value that breaks there, not one that breaks elsewhere in the schema. Undefined when ajv
 * cannot tell where a value fails.
 */
export function witnessesAt(older: unknown, newer: unknown, witness: unknown, places: string[]): Map<string, unknown> | undefined {
  const inNewer = failures(newer);
  const failing = inNewer?.(witness);
  if (!inNewer || !failing?.length) return undefined;
  const out = new Map<string, unknown>();
  for (const p of places) if (failing.some((f) => near(f, p))) out.set(p, witness);
  let open = places.filter((p) => !out.has(p));
  const inOlder = open.length ? failures(older) : undefined;
  if (!inOlder) return out;
  for (const v of [...candidates(older, older, propertyNames(newer)), ...candidates(newer, newer, propertyNames(older))]) {
    if (!open.length) break;
    if (inOlder(v)?.length !== 0) continue; // not accepted before
    const fails = inNewer(v);
    if (!fails?.length) continue;
    for (const p of open) if (fails.some((f) => near(f, p))) out.set(p, v);
    open = open.filter((p) => !out.has(p));
  }
  return out;
}
