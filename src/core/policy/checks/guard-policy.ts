// The guard's own policy is the Council's: a pull request that edits it changes what every later one is judged by.
import { InputError } from '../../errors.js';
import { sha256 } from '../../sha256.js';
import { isObj, type Obj } from '../../semantic/schema.js';
import { codeSpan, show } from '../../rules/catalog.js';
import { parseText } from '../../source/parse.js';
import type { SourceTree } from '../../source/tree.js';
import { Oversized, overSizeLimit } from '../../source/withheld.js';
import { CONFIG_PATH, type Config } from '../config.js';
import { finding, type Finding } from '../finding.js';
import { DEFAULT_RULESETS } from '../spectral-ruleset.js';
import type { PolicyCheck } from './context.js';

/** The files that say how the guard judges: its policy and the Spectral ruleset beside it (any of the defaults). */
export function guardFiles(config: Config): string[] {
  const ruleset = config.spectral.ruleset ? [config.spectral.ruleset] : DEFAULT_RULESETS;
  return [config.source?.file ?? CONFIG_PATH, ...ruleset];
}

/** The length of the differences listed in a message (within what a message shows); the rest are counted. */
const MAX_WHAT = 170;
const MORE_ROOM = '; and 99 more'.length;
/** How deep the two texts are compared; below it a difference is named by its key there. */
const MAX_DEPTH = 12;

export const guardPolicy: PolicyCheck = ({ config, guard }) => {
  // with no one to approve, asking would only lock the guard's setting-up (naming the Council is itself a change)
  if (!guard || (!config.council.teams.length && !config.council.users.length)) return { findings: [] };
  const findings: Finding[] = [];
  for (const file of guardFiles(config)) {
    const [before, after] = [guard.base.read(file), guard.head.read(file)];
    if (before === after || (before && after && sameBytes(before, after))) continue;
    const told = whatChanged(file, before, after);
    if (!told) continue; // comments and layout: what it says is the same
    findings.push(
      finding(
        'policy-changed',
        file,
        { file, what: told.what, council: 'the Contract Council' },
        // the message abridges (long values, "and 2 more"): an approval is of this content, not of what it shows
        { line: told.line, key: `policy|${file}`, identity: told.identity ?? (after ? contentId(after) : 'deleted') },
      ),
    );
  }
  return {
    findings,
    checklist: findings.map((f) => ({ text: `The Contract Council approves the change to ${f.file}`, done: false })),
  };
};

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

/** The content a Council member approved: its bytes' hash, or the blob id of one not read. */
const contentId = (bytes: Uint8Array) => (bytes instanceof Oversized ? bytes.id : sha256(bytes));

/** The same content: a file not read (over the size limit) is known by its content id. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a instanceof Oversized || b instanceof Oversized) return a instanceof Oversized && b instanceof Oversized && a.id === b.id;
  return Buffer.from(a).equals(Buffer.from(b));
}

/**
 * The keys whose values a pull request changed (`council.users: [a] → []`), and the line of the first at the head;
 * undefined when only comments or layout changed.
 */
function whatChanged(
  file: string,
  before: Uint8Array | undefined,
  after: Uint8Array | undefined,
): { what: string; line?: number; identity?: string } | undefined {
  if (!before) return { what: 'added' };
  if (!after) return { what: 'deleted' };
  if (after instanceof Oversized) return { what: `not read: ${overSizeLimit(file, after.size).message}` };
  let why = '';
  let at: number | undefined;
  const parsed = (bytes: Uint8Array) => {
    try {
      return parseText(file, text(bytes), file.endsWith('.json') ? 'json' : 'yaml');
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      [why, at] = [show(err.message, 80), err.line];
      return undefined;
    }
  };
  const [a, b] = [parsed(before), parsed(after)];
  if (!b) return { what: `it no longer parses (${why})`, line: at };
  if (!a) return { what: 'rewritten (it did not parse before)' };
  const found: { key: string; from: unknown; to: unknown; pointer: string }[] = [];
  differences(a.data, b.data, [], found);
  if (!found.length) return undefined;
  // whole items only, within what a message shows (catalog's `show` cuts longer text, in the middle of a code span)
  const items = found.map((d) => `${d.key ? codeSpan(short(d.key)) : 'the whole file'}: ${shown(d.from)} → ${shown(d.to)}`);
  let listed = items[0]!;
  let n = 1;
  while (n < items.length && listed.length + items[n]!.length + 2 + MORE_ROOM <= MAX_WHAT) listed += '; ' + items[n++];
  const more = n < items.length ? `; and ${items.length - n} more` : '';
  const first = found.find((d) => d.to !== undefined) ?? found[0]!;
  // what it says, not how: a comment added after the Council approved leaves the approval standing
  return { what: listed + more, line: b.positions.locate(first.pointer)?.line, identity: sha256(Buffer.from(JSON.stringify(b.data))) };
}

function differences(a: unknown, b: unknown, path: string[], out: { key: string; from: unknown; to: unknown; pointer: string }[]): void {
  if (same(a, b)) return;
  const key = path.join('.');
  const pointer = path.map((t) => '/' + t.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
  if (!isObj(a) || !isObj(b) || path.length >= MAX_DEPTH) {
    out.push({ key, from: a, to: b, pointer });
    return;
  }
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) differences(own(a, k), own(b, k), [...path, k], out);
}

const own = (o: Obj, k: string) => (Object.hasOwn(o, k) ? o[k] : undefined);
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** A value as a reader of the comment takes it in: absent, or short JSON as code. */
function shown(value: unknown): string {
  return value === undefined ? 'absent' : codeSpan(short(JSON.stringify(value)));
}

/** Text on one line, at most 40 characters of it. */
const short = (text: string) => show(text, 40);
