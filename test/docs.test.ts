import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULES } from '../src/core/rules/catalog.js';
import { renderRulesDoc } from '../src/core/rules/doc.js';
import { PROJECT } from './helpers.js';

test('docs/rules.md is what the catalog generates (run `npm run docs` after changing a rule)', () => {
  assert.equal(readFileSync(join(PROJECT, 'docs', 'rules.md'), 'utf8'), renderRulesDoc());
});

test('docs/rules.md names every rule', () => {
  const doc = renderRulesDoc();
  for (const r of RULES) assert.ok(doc.includes(`\`${r.id}\``), r.id);
});
