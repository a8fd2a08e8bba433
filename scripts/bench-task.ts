// One measured task in a fresh process, so its peak memory is its own. Prints {ms, maxRssMB, detail}.
import { execFileSync } from 'node:child_process';
import { load } from 'js-yaml';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../src/core/freeze/model.js';
import { FreezeStore } from '../src/services/freezes.js';
import { diffTrees } from '../src/core/diff/tree-diff.js';
import { MapTree } from '../src/core/source/tree.js';
import { included } from '../src/core/semantic/judge.js';

const [task, a, b] = process.argv.slice(2) as [string, string, string];
const started = performance.now();
let detail = '';
if (task === 'parse') {
  const x = JSON.parse(readFileSync(a, 'utf8'));
  const y = JSON.parse(readFileSync(b, 'utf8'));
  detail = `${Object.keys(x.paths).length} → ${Object.keys(y.paths).length} paths`;
} else if (task === 'diff') {
  const result = diffTrees(new MapTree([['api.json', readFileSync(a)]]), new MapTree([['api.json', readFileSync(b)]]));
  const count = (l: string) => result.changes.filter((c) => c.level === l).length;
  const s = result.semantic;
  detail = `${result.changes.length} changes (${count('major')} major, ${count('minor')} minor, ${count('patch')} patch), level ${result.level}, ${result.errors.length} errors; set inclusion judged ${s?.judged ?? 0} changed schemas: ${s?.proven ?? 0} proven compatible, ${s?.breaking ?? 0} breaking with a witness, ${s?.unproven ?? 0} unproven (${s?.overBudget ?? 0} over budget)`;
} else if (task === 'make-asyncapi') {
  // a ~2 MB AsyncAPI 3.0 pair: 400 channels, each sent or received, each payload 30 properties; the head changes 30 payloads
  const doc = (changed: boolean) => {
    const channels: Record<string, unknown> = {};
    const operations: Record<string, unknown> = {};
    const messages: Record<string, unknown> = {};
    for (let i = 0; i < 400; i++) {
      const properties = Object.fromEntries(
        Array.from({ length: 30 }, (_, j) => [
          `field${j}`,
          { type: j % 3 ? 'string' : 'integer', description: `Field ${j} of event ${i}.`, maxLength: j % 3 ? 64 : undefined },
        ]),
      );
      const edit = changed && i % 20 === 0;
      messages[`Event${i}`] = {
        name: `Event${i}`,
        contentType: 'application/json',
        headers: { type: 'object', properties: { cid: { type: 'string' } } },
        payload: { type: 'object', required: edit ? ['field0', 'field1'] : ['field0'], properties },
      };
      channels[`ch${i}`] = { address: `shop.events.${i}.v1`, messages: { [`Event${i}`]: { $ref: `#/components/messages/Event${i}` } } };
      operations[`op${i}`] = {
        action: i % 2 ? 'send' : 'receive',
        channel: { $ref: `#/channels/ch${i}` },
        messages: [{ $ref: `#/channels/ch${i}/messages/Event${i}` }],
      };
    }
    return JSON.stringify(
      { asyncapi: '3.0.0', info: { title: 'Shop', version: '1.0.0' }, channels, operations, components: { messages } },
      null,
      2,
    );
  };
  const dir = mkdtempSync(join(tmpdir(), 'cg-bench-asyncapi-'));
  writeFileSync(join(dir, 'old.json'), doc(false));
  writeFileSync(join(dir, 'new.json'), doc(true));
  console.log(dir);
  process.exit(0);
} else if (task === 'diff-asyncapi') {
  const result = diffTrees(new MapTree([['asyncapi.json', readFileSync(a)]]), new MapTree([['asyncapi.json', readFileSync(b)]]));
  const count = (l: string) => result.changes.filter((c) => c.level === l).length;
  const proven = result.changes.filter((c) => c.semantic?.witness !== undefined).length;
  detail = `${result.changes.length} changes (${count('major')} major, ${count('minor')} minor), ${proven} with a witness, level ${result.level}`;
} else if (task === 'parse-any') {
  JSON.parse(readFileSync(a, 'utf8'));
  JSON.parse(readFileSync(b, 'utf8'));
  detail = 'both parsed';
} else if (task === 'diff-webhooks') {
  const result = diffTrees(new MapTree([['api.json', readFileSync(a)]]), new MapTree([['api.json', readFileSync(b)]]));
  const added = result.changes.filter((c) => c.ruleId === 'webhook-added').length;
  const hooks = new Set(result.changes.filter((c) => c.ruleId.startsWith('webhook-request-')).map((c) => c.message.split(' ')[1]));
  const s = result.semantic;
  detail = `${result.changes.length} changes, ${added} webhooks added, ${hooks.size} webhooks with changed request schemas, level ${result.level}; set inclusion judged ${s?.judged ?? 0}: ${s?.proven ?? 0} proven compatible, ${s?.breaking ?? 0} breaking with a witness, ${s?.unproven ?? 0} unproven (${s?.overBudget ?? 0} over budget)`;
} else if (task === 'judge-plain' || task === 'judge-hostile') {
  // set inclusion: an ordinary schema change, and hostile ones (nested unions, a catastrophic pattern) that must stay bounded
  const verdicts: string[] = [];
  if (task === 'judge-plain') {
    const older = { type: 'object', properties: { id: { type: 'string' }, n: { type: 'integer', minimum: 0 } }, required: ['id'] };
    const newer = { ...older, properties: { ...older.properties, n: { type: 'integer', minimum: 1 } } };
    for (let i = 0; i < 20; i++) verdicts.push(included(older, newer).kind);
  } else {
    let deep: unknown = { type: 'string', pattern: '^(a+)+$' };
    for (let i = 0; i < 14; i++) deep = { oneOf: [deep, { anyOf: [deep, { not: deep }] }] };
    verdicts.push(included({ anyOf: [deep, { type: 'integer' }] }, { allOf: [deep, { not: { type: 'null' } }] }).kind);
    verdicts.push(
      included({ type: 'string', pattern: '^(a|aa)*(b|c){1,40}[a-z]{0,30}$' }, { type: 'string', pattern: '^((a|b)*c){0,20}$' }).kind,
    );
    const wide = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`p${i}`, { anyOf: [{ type: 'string' }, { type: 'integer', multipleOf: i + 1 }] }]),
    );
    verdicts.push(included({ type: 'object', properties: wide }, { type: 'object', properties: wide, required: ['p1'] }).kind);
  }
  detail = `${verdicts.length} judgements: ${[...new Set(verdicts)].join(', ')}`;
} else if (task === 'tree-hash' || task === 'freeze-create' || task === 'freeze-verify') {
  // a 1,000-file contracts tree built from the sample's files, each made unique
  const dir = a;
  if (task === 'tree-hash') {
    let n = 0;
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name));
        else if (!d.includes('_frozen')) (sha256(readFileSync(join(d, e.name))), n++);
      }
    };
    walk(dir);
    detail = `${n} files read and hashed`;
  } else if (task === 'freeze-create') {
    const { freeze } = new FreezeStore(dir).create('1.0.0');
    detail = `${freeze.artifacts.length} artifacts frozen`;
  } else {
    const { checked, findings } = new FreezeStore(dir).verify();
    detail = `${checked} freeze verified, ${findings.length} findings`;
  }
} else if (task === 'make-tree') {
  const dir = mkdtempSync(join(tmpdir(), 'cg-bench-tree-'));
  const samples = [
    'contracts/modules/memory/api/openapi.yaml',
    'contracts/storage/common.schema.json',
    'contracts/modules/memory/storage/memory_item.schema.json',
    'contracts/events/envelope.schema.json',
  ];
  for (let i = 0; i < 1000; i++) {
    const sub = join(dir, 'modules', `m${i % 20}`, 'api');
    mkdirSync(sub, { recursive: true });
    const src = samples[i % samples.length]!;
    writeFileSync(
      join(sub, `f${i}-${src.split('/').pop()}`),
      readFileSync(src, 'utf8') + `\n# ${i}\n`.replace('#', src.endsWith('.json') ? '' : '#'),
    );
  }
  console.log(dir);
  process.exit(0);
} else if (task === 'make-repo') {
  // a git repository whose contracts/ holds 1,000 contract files in 20 modules, 3 of them broken, frozen on main;
  // branch `pr` edits 40 files, one of which it breaks
  const dir = mkdtempSync(join(tmpdir(), 'cg-bench-repo-'));
  const samples = [
    'contracts/modules/memory/api/openapi.yaml',
    'contracts/storage/common.schema.json',
    'contracts/modules/memory/storage/memory_item.schema.json',
    'contracts/events/envelope.schema.json',
  ];
  const files: string[] = [];
  // the shared files the samples reference, where their relative `$ref`s expect them
  for (const shared of ['contracts/api/openapi/common.yaml', 'contracts/storage/common.schema.json']) {
    mkdirSync(join(dir, shared, '..'), { recursive: true });
    writeFileSync(join(dir, shared), readFileSync(shared));
  }
  for (let m = 0; m < 20; m++) {
    mkdirSync(join(dir, 'contracts', 'modules', `m${m}`, 'storage'), { recursive: true });
    writeFileSync(join(dir, 'contracts', 'modules', `m${m}`, 'versions.yaml'), 'current: 1.0.0\n');
    writeFileSync(join(dir, 'contracts', 'modules', `m${m}`, 'storage', 'memory_item.schema.json'), readFileSync(samples[2]!));
  }
  for (let i = 0; i < 980; i++) {
    const src = samples[i % samples.length]!;
    const rel = join('contracts', 'modules', `m${i % 20}`, 'schemas', `f${i}-${src.split('/').pop()}`);
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    const text = readFileSync(src, 'utf8');
    writeFileSync(
      join(dir, rel),
      i % 330 === 7
        ? text.slice(0, text.length / 2)
        : src.endsWith('.json')
          ? text.replace('{', `{"$comment": "copy ${i}",`)
          : `${text}# copy ${i}\n`,
    );
    files.push(rel);
  }
  const run = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir });
  run('init', '--quiet', '--initial-branch=main');
  new FreezeStore(join(dir, 'contracts')).create('1.0.0');
  run('add', '-A');
  run('commit', '--quiet', '-m', 'base');
  run('checkout', '--quiet', '-b', 'pr');
  for (const rel of files.filter((_, i) => i % 25 === 1)) {
    const text = readFileSync(join(dir, rel), 'utf8');
    writeFileSync(
      join(dir, rel),
      rel.endsWith('.json')
        ? text.replace('"$comment": "copy', '"description": "edited", "$comment": "copy')
        : text.replace('version: 1.2.0', 'version: 1.3.0'),
    );
  }
  writeFileSync(join(dir, files[3]!), '{ "type": ');
  run('add', '-A');
  run('commit', '--quiet', '-m', 'pr');
  console.log(dir);
  process.exit(0);
} else if (task === 'parse-tree') {
  // the floor under `check`: read and parse every contract file at both sides (twice the tree)
  let n = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== '.git' && e.name !== '_frozen') walk(p);
      } else if (/\.(json|ya?ml)$/.test(e.name)) {
        for (let side = 0; side < 2; side++) {
          try {
            const text = readFileSync(p, 'utf8');
            if (p.endsWith('.json')) JSON.parse(text);
            else load(text);
          } catch {
            // broken on purpose
          }
          n++;
        }
      }
    }
  };
  walk(a);
  detail = `${n} files read and parsed`;
} else throw new Error(`unknown task ${task}`);
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, detail }));
