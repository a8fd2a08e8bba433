// Events in `npm run conformance`: our AsyncAPI pairs against @asyncapi/diff (run live, on dereferenced copies as it
// requires), and our Avro pairs against Confluent's documented rules, avsc's resolver, and a decoding of each witness.
import { createRequire } from 'node:module';
import avro from 'avsc';
import { dump } from 'js-yaml';
import { failsToDecode } from '../src/core/diff/avro-diff.js';
import { diffTrees } from '../src/core/diff/tree-diff.js';
import type { Role } from '../src/core/model.js';
import { MapTree } from '../src/core/source/tree.js';
import { asyncApiPairs } from './corpora/asyncapi-pairs.js';
import { avroPairs, type AvroMode } from './corpora/avro-pairs.js';

const require = createRequire(import.meta.url);
const { diff: peerDiff } = require('@asyncapi/diff') as {
  diff: (a: unknown, b: unknown) => { breaking(): unknown[]; nonBreaking(): unknown[]; unclassified(): unknown[] };
};

/** Local `$ref`s replaced by their targets: @asyncapi/diff reads only dereferenced documents. */
function dereferenced(doc: unknown, root = doc, depth = 0): unknown {
  if (Array.isArray(doc)) return doc.map((x) => dereferenced(x, root, depth));
  if (!doc || typeof doc !== 'object') return doc;
  const o = doc as Record<string, unknown>;
  if (typeof o.$ref === 'string' && o.$ref.startsWith('#/') && depth < 20) {
    let node: unknown = root;
    for (const t of o.$ref.slice(2).split('/')) node = (node as Record<string, unknown>)[t.replace(/~1/g, '/').replace(/~0/g, '~')];
    return dereferenced(node, root, depth + 1);
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, dereferenced(v, root, depth)]));
}

export interface EventConformance {
  lines: string[];
  disagreements: string[];
}

export function eventConformance(): EventConformance {
  const lines: string[] = [];
  const disagreements: string[] = [];

  // AsyncAPI: ours (major = breaking) against the peer (breaking / non-breaking; unclassified = it abstains)
  let ok = 0;
  let peerOk = 0;
  let abstained = 0;
  let agree = 0;
  let decided = 0;
  const pairs = asyncApiPairs();
  for (const p of pairs) {
    const tree = (d: unknown) => new MapTree([['asyncapi.yaml', dump(d)]]);
    const result = diffTrees(tree(p.base), tree(p.revision));
    const ours = result.level === 'major' ? 'breaking' : 'non-breaking';
    const out = peerDiff(dereferenced(p.base), dereferenced(p.revision));
    const peer = out.breaking().length ? 'breaking' : out.unclassified().length ? 'unclassified' : 'non-breaking';
    if (ours === p.expected) ok++;
    if (peer === p.expected) peerOk++;
    if (peer === 'unclassified') abstained++;
    else {
      decided++;
      if (peer === ours) agree++;
    }
    if (ours !== p.expected || (peer !== 'unclassified' && peer !== ours))
      disagreements.push(
        `asyncapi\t${p.id}\texpected=${p.expected}\tours=${ours}\tpeer=${peer}\t${result.changes.map((c) => `${c.level}:${c.ruleId}`).join(' ')}`,
      );
  }
  lines.push(
    `${'asyncapi pairs (ours)'.padEnd(36)} ${String(ok).padStart(4)}/${String(pairs.length).padEnd(4)} ${((100 * ok) / pairs.length).toFixed(1).padStart(5)}% right`,
    `${'  @asyncapi/diff'.padEnd(36)} ${String(peerOk).padStart(4)}/${String(pairs.length).padEnd(4)} ${((100 * peerOk) / pairs.length).toFixed(1).padStart(5)}% right, ${abstained} unclassified; agrees with ours on ${agree}/${decided} it decides`,
  );

  // Avro: ours (role from the mode) against the documented label, avsc's resolver, and each witness decoded
  const ROLE: Record<AvroMode, Role> = { backward: 'storage', forward: 'response', full: 'event' };
  let avroOk = 0;
  let avscOk = 0;
  let witnesses = 0;
  let decodedWitnesses = 0;
  const avroList = avroPairs();
  for (const p of avroList) {
    const tree = (d: unknown) => new MapTree([['user.avsc', JSON.stringify(d)]]);
    const result = diffTrees(tree(p.base), tree(p.revision), { role: ROLE[p.mode], forceRole: true });
    const ours = result.level === 'major' ? 'incompatible' : 'compatible';
    const [a, b] = [
      avro.Type.forSchema(p.base as avro.Schema, { wrapUnions: true }),
      avro.Type.forSchema(p.revision as avro.Schema, { wrapUnions: true }),
    ];
    const reads = (reader: avro.Type, writer: avro.Type) => {
      try {
        reader.createResolver(writer);
        return true;
      } catch {
        return false;
      }
    };
    const sides = p.mode === 'backward' ? [reads(b, a)] : p.mode === 'forward' ? [reads(a, b)] : [reads(b, a), reads(a, b)];
    const avsc = sides.every(Boolean) ? 'compatible' : 'incompatible';
    if (ours === p.expected) avroOk++;
    if (avsc === p.expected) avscOk++;
    for (const c of result.changes) {
      if (c.semantic?.verdict !== 'breaking' || c.semantic.witness === undefined) continue;
      witnesses++;
      const [writer, reader] = c.semantic.side === 'reader' ? [a, b] : [b, a];
      if (failsToDecode(writer, reader, writer.fromString(JSON.stringify(c.semantic.witness)))) decodedWitnesses++;
      else disagreements.push(`avro\t${p.id}\twitness ${JSON.stringify(c.semantic.witness)} decodes: not a witness`);
      break;
    }
    if (ours !== p.expected || avsc !== p.expected)
      disagreements.push(
        `avro\t${p.id}\texpected=${p.expected}\tours=${ours}\tavsc=${avsc}\t${result.changes.map((c) => `${c.level}:${c.ruleId}`).join(' ')}`,
      );
  }
  lines.push(
    `${'avro pairs (ours)'.padEnd(36)} ${String(avroOk).padStart(4)}/${String(avroList.length).padEnd(4)} ${((100 * avroOk) / avroList.length).toFixed(1).padStart(5)}% right; ${decodedWitnesses}/${witnesses} witnesses fail to decode, as a witness must`,
    `${'  avsc resolver'.padEnd(36)} ${String(avscOk).padStart(4)}/${String(avroList.length).padEnd(4)} ${((100 * avscOk) / avroList.length).toFixed(1).padStart(5)}% right`,
  );
  return { lines, disagreements };
}
