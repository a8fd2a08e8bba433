// One measured task in a fresh process, so its peak memory is its own. Prints {ms, maxRssMB, detail}.
import { readFileSync } from 'node:fs';
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
} else throw new Error(`unknown task ${task}`);
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, detail }));
