// One measured task in a fresh process, so its peak memory is its own. Prints {ms, maxRssMB, detail}.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../src/core/freeze/model.js';
import { FreezeStore } from '../src/services/freezes.js';
import { diffTrees } from '../src/core/diff/tree-diff.js';
import { MapTree } from '../src/core/source/tree.js';

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
  detail = `${result.changes.length} changes (${count('major')} major, ${count('minor')} minor, ${count('patch')} patch), level ${result.level}, ${result.errors.length} errors`;
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
  const samples = ['contracts/modules/memory/api/openapi.yaml', 'contracts/storage/common.schema.json', 'contracts/modules/memory/storage/memory_item.schema.json', 'contracts/events/envelope.schema.json'];
  for (let i = 0; i < 1000; i++) {
    const sub = join(dir, 'modules', `m${i % 20}`, 'api');
    mkdirSync(sub, { recursive: true });
    const src = samples[i % samples.length]!;
    writeFileSync(join(sub, `f${i}-${src.split('/').pop()}`), readFileSync(src, 'utf8') + `\n# ${i}\n`.replace('#', src.endsWith('.json') ? '' : '#'));
  }
  console.log(dir);
  process.exit(0);
} else throw new Error(`unknown task ${task}`);
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, detail }));
