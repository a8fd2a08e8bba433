// The vocabulary every part of contract-guard speaks. Pure types and tiny helpers only.
import type { RuleId } from './rules/catalog.js';

/** `1 artifact`, `2 artifacts`: a count with its noun. */
export const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const LEVELS = ['none', 'patch', 'minor', 'major'] as const;
export type Level = (typeof LEVELS)[number];

/** Who reads a schema decides which direction of change breaks them. */
export const ROLES = ['request', 'response', 'event', 'storage'] as const;
export type Role = (typeof ROLES)[number];

/** Where a JSON Schema sits, which prefixes its rules' public ids (`response-property-removed`). */
export const SCHEMA_CONTEXTS = [
  'request',
  'request-parameter',
  'response',
  'response-header',
  'event',
  // AsyncAPI messages in the direction the document gives them: the application sends them (its consumers read
  // them: writer side) or receives them (its producers write them: reader side)
  'event-sent',
  'event-received',
  'storage',
  // webhooks and callbacks: the API sends the request (writer side) and reads the receiver's response
  'webhook-request',
  'webhook-response',
] as const;
export type SchemaContext = (typeof SCHEMA_CONTEXTS)[number];

export type ContractKind =
  'openapi' | 'openapi-fragment' | 'swagger' | 'asyncapi' | 'avro' | 'jsonschema' | 'versions' | 'data' | 'document' | 'other' | 'binary';

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function maxLevel(levels: Iterable<Level>): Level {
  let best: Level = 'none';
  for (const l of levels) if (levelRank(l) > levelRank(best)) best = l;
  return best;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** A place in a contract tree: a file (relative, `/` separators) and a JSON pointer inside it. */
export interface Loc {
  file: string;
  pointer: string;
}

/** One classified difference between two versions of a contract. */
export interface Change {
  /** The public id (JSON `ruleId`): the catalog rule, prefixed by the schema context for schema rules. */
  ruleId: string;
  rule: RuleId;
  /** For schema rules: where the schema sits, and who reads it. */
  context?: SchemaContext;
  role?: Role;
  level: Level;
  module: string;
  file: string;
  pointer: string;
  /** 1-based line in the revision (head) where the change shows; for removals the nearest surviving parent. */
  line?: number;
  column?: number;
  /** What changed, plainly; renderers add how it was reached (`changeText`). */
  message: string;
  /**
   * What an approval of it is of, where the message abridges what changed (a pattern, an enum of thousands) or does not
   * say it (a break no rule names): a hash of the whole, so a push that changes the part not shown is another break.
   * Compared within one process only (a fingerprint's seed is drawn per process).
   */
  identity?: string;
  hint: string;
  /** What the contract's consumers do to move to a release with this change (a migration note's line), where the rule says. */
  migrate?: string;
  /** The operations or schemas through which the change was reached, e.g. `GET /v1/items`. */
  via?: Via;
  /** What set inclusion says of the schema this change is in, when it was decided. */
  semantic?: Semantic;
  /**
   * A change already on the base branch against the same baseline (where, e.g. `main`): merged there, and approved
   * there when it was breaking, so not asked of this pull request again.
   */
  earlier?: string;
}

export interface Semantic {
  /**
   * `compatible`: proven that no instance breaks, so the level dropped; `breaking`: the witness breaks; `policy`: the
   * level is the SemVer policy's, deliberately not what inclusion alone would say; `unproven`: judged without an
   * answer (`reason`), so the rules' level stands.
   */
  verdict: 'compatible' | 'breaking' | 'policy' | 'unproven';
  /** Why an `unproven` judgement has no answer: a budget that ran out, or what no proof or counterexample settled. */
  reason?: string;
  /** reader: a value the old schema accepted and the new one rejects; writer: one the new schema allows and old readers reject. */
  witness?: unknown;
  side?: 'reader' | 'writer';
}

export interface Via {
  /** Where it was first found (absent when it was first found outside any operation). */
  first?: string;
  /** The message already names `first`. */
  named: boolean;
  /** The other ways to it, sorted. */
  others: string[];
}

/** A file that could not be analysed; the rest of the tree still is. */
export interface Diagnostic {
  file: string;
  line?: number;
  message: string;
  /** Where the problem is: only in the baseline (a freeze, the merge-base), only at the head, or in both. */
  side?: 'baseline' | 'head' | 'both';
  /** Not read for its size (over a file's limit, or past what a check reads of one side), not for what it holds. */
  tooLarge?: true;
}

/** A diagnostic's message with where it was found, for every renderer. */
export function diagnosticText(e: Diagnostic): string {
  const where = { baseline: 'in the baseline only; the head is fine', head: 'at the head', both: 'in the baseline and at the head' };
  return e.side ? `${e.message} (${where[e.side]})` : e.message;
}

export interface DiffResult {
  level: Level;
  changes: Change[];
  errors: Diagnostic[];
  /** What a reader should know but that stops nothing (a non-contract file that does not parse, …). */
  warnings?: string[];
  /** Files the change moved within their unit (base path → head path), each compared with where it was. */
  moves?: { base: string; head: string }[];
  /** Set inclusion's coverage: changed schemas judged, and how many were proven compatible, shown breaking, or left unproven. */
  semantic?: SemanticCoverage;
}

export interface SemanticCoverage {
  judged: number;
  proven: number;
  breaking: number;
  unproven: number;
  /** Of the unproven, those a budget stopped (proof steps, compiled nodes, a schema's size): a larger one might decide them. */
  overBudget: number;
}

/**
 * Add `value` to the list `map` keeps under `key`. In place: a list copied at each addition
 * (`map.set(k, [...(map.get(k) ?? []), v])`) took time quadratic in its length (60,000 changes in one unit: 36 s).
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Text made a literal inside a pattern we write (a name, a version): never a pattern a contract wrote. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function pointerJoin(pointer: string, ...tokens: (string | number)[]): string {
  let out = pointer;
  for (const t of tokens) out += '/' + String(t).replace(/~/g, '~0').replace(/\//g, '~1');
  return out;
}

export function pointerTokens(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  return pointer
    .replace(/^#/, '')
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The pointer tokens of a `$ref` within its own document (`#/components/schemas/A%20B`); undefined for any other. */
export function localRefTokens(ref: string): string[] | undefined {
  if (!ref.startsWith('#')) return undefined;
  let fragment: string;
  try {
    fragment = decodeURIComponent(ref.slice(1)); // a fragment is URI-encoded, then a JSON pointer
  } catch {
    return undefined;
  }
  return fragment === '' || fragment.startsWith('/') ? pointerTokens(fragment) : undefined;
}

/** The node a local `$ref` names in its document; undefined when it names none. */
export function refTarget(root: unknown, ref: string): unknown {
  const tokens = localRefTokens(ref);
  if (!tokens) return undefined;
  let node = root;
  for (const t of tokens) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[t];
  }
  return node;
}

/**
 * Orders text by code unit, the same on every machine: `localeCompare` follows the runner's locale (a report's order,
 * and so its comment, would change with it) and loading ICU's collator costs a short run ~10 ms.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortChanges(changes: Change[]): Change[] {
  return changes.sort(
    (a, b) =>
      levelRank(b.level) - levelRank(a.level) ||
      compareText(a.module, b.module) ||
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.pointer, b.pointer) ||
      compareText(a.ruleId, b.ruleId),
  );
}
