// Agreement with peer tools' labelled change pairs (../shared/corpora). Usage: npm run conformance -- [dir] [--verbose] [--out file]
// "Fully judged" leaves out records whose peer test ran a single check or asserted the peer's own
// deprecation/stability policy (see the corpora README): their label does not judge the change as a whole.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diffTrees } from '../src/core/diff/tree-diff.js';
import { MapTree } from '../src/core/source/tree.js';
import { eventConformance } from './conformance-events.js';

interface Record {
  id: string;
  kind: 'openapi' | 'jsonschema';
  base: unknown;
  revision: unknown;
  expected: 'breaking' | 'non-breaking';
  confidence?: string;
  policy_ids?: string[];
  category?: string;
  /** The containment suite's draft; its schemas do not say it themselves, as a real file would with `$schema`. */
  draft?: string;
}

/** Records the peer's own README marks as not judging wire compatibility as a whole. */
function caveat(rec: Record): string | undefined {
  if (rec.policy_ids?.length) return 'peer policy';
  if (rec.confidence === 'single-check-only') return 'single check';
  return undefined;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
const dir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out') ?? '../shared/corpora');

const DRAFT_URI: { [draft: string]: string } = { draft7: 'http://json-schema.org/draft-07/schema#' };

/** The schema as a file of its draft would be written: with `$schema` naming it (2020-12 is what an undeclared one is read as). */
function declared(doc: unknown, draft: string | undefined): unknown {
  const uri = draft && DRAFT_URI[draft];
  return uri && doc && typeof doc === 'object' && !Array.isArray(doc) && !('$schema' in doc) ? { $schema: uri, ...doc } : doc;
}

function tree(kind: Record['kind'], doc: unknown): MapTree {
  if (kind === 'jsonschema') return new MapTree([['case.schema.json', JSON.stringify(doc)]]);
  return new MapTree([typeof doc === 'string' ? ['case.yaml', doc] : ['case.json', JSON.stringify(doc)]]);
}

const disagreements: string[] = [];
let totalOk = 0;
let totalAll = 0;
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  let ok = 0;
  let all = 0;
  let failed = 0;
  let scoredOk = 0;
  let scoredAll = 0;
  let missed = 0;
  const categories = new Map<string, { ok: number; all: number; missed: number }>();
  for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as Record;
    all++;
    let verdict: string;
    let detail = '';
    try {
      // the containment suite is set inclusion itself: judged strictly; peers' labels are policy, judged as users get it
      const judgement = rec.category ? 'strict' : 'policy';
      const [base, revision] = [declared(rec.base, rec.draft), declared(rec.revision, rec.draft)];
      const result = diffTrees(tree(rec.kind, base), tree(rec.kind, revision), { role: 'storage', forceRole: true, judgement });
      verdict = result.level === 'major' ? 'breaking' : 'non-breaking';
      // a revision that cannot be read (a remote $ref, an unsupported anchor) is not let through: contract-unreadable blocks it
      const changed = JSON.stringify(rec.base) !== JSON.stringify(rec.revision);
      if (changed && verdict !== 'breaking' && result.errors.some((e) => /^case\.(schema\.json|ya?ml|json)$/.test(e.file))) {
        verdict = 'unreadable';
        failed++;
      }
      detail =
        result.changes.map((c) => `${c.level}:${c.ruleId}@${c.pointer}`).join(' ') +
        (result.errors.length ? ` errors: ${result.errors.map((e) => e.message).join('; ')}` : '');
    } catch (err) {
      verdict = 'error';
      failed++;
      detail = (err as Error).stack ?? String(err);
    }
    const agree = verdict === rec.expected;
    if (agree) ok++;
    // a missed break: the peer or the ground truth says breaking, we let it through
    const miss = rec.expected === 'breaking' && verdict === 'non-breaking';
    if (miss) missed++;
    if (rec.category) {
      const c = categories.get(rec.category) ?? { ok: 0, all: 0, missed: 0 };
      c.all++;
      if (agree) c.ok++;
      if (miss) c.missed++;
      categories.set(rec.category, c);
    }
    if (!caveat(rec)) {
      scoredAll++;
      if (agree) scoredOk++;
    }
    if (!agree) disagreements.push(`${name}\t${rec.id}\texpected=${rec.expected}\tgot=${verdict}\t${caveat(rec) ?? 'full'}\t${detail}`);
  }
  totalOk += ok;
  totalAll += all;
  const full = scoredAll < all ? `; ${scoredOk}/${scoredAll} ${((100 * scoredOk) / scoredAll).toFixed(1)}% on fully judged records` : '';
  console.log(
    `${name.padEnd(36)} ${String(ok).padStart(4)}/${String(all).padEnd(4)} ${((100 * ok) / all).toFixed(1).padStart(5)}% agree${full}${failed ? `, ${failed} unreadable` : ''}, ${missed} missed break${missed === 1 ? '' : 's'}`,
  );
  for (const [category, c] of [...categories].sort()) {
    console.log(
      `  ${category.padEnd(34)} ${String(c.ok).padStart(4)}/${String(c.all).padEnd(4)} ${((100 * c.ok) / c.all).toFixed(1).padStart(5)}%, ${c.missed} missed`,
    );
  }
}
console.log(
  `${'all'.padEnd(36)} ${String(totalOk).padStart(4)}/${String(totalAll).padEnd(4)} ${((100 * totalOk) / totalAll).toFixed(1).padStart(5)}% agree`,
);
// events: our own AsyncAPI and Avro pairs, against @asyncapi/diff, Confluent's documented rules and avsc
const events = eventConformance();
for (const line of events.lines) console.log(line);
disagreements.push(...events.disagreements);
if (verbose) for (const d of disagreements) console.log(d);
if (out) writeFileSync(out, disagreements.join('\n') + '\n');
