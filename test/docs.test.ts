import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CONFIG_SCHEMA } from '../src/core/policy/config.js';
import { RULES } from '../src/core/rules/catalog.js';
import { renderRulesDoc } from '../src/core/rules/doc.js';
import { renderValidators, VALIDATORS_FILE } from '../scripts/validators.js';
import { PROJECT } from './helpers.js';

test('docs/rules.md is what the catalog generates (run `npm run docs` after changing a rule)', () => {
  assert.equal(readFileSync(join(PROJECT, 'docs', 'rules.md'), 'utf8'), renderRulesDoc());
});

test('docs/rules.md has an anchor for every rule, change and policy rules alike, and no id is both', async () => {
  const { POLICY_RULES } = await import('../src/core/policy/policy-rules.js');
  const doc = renderRulesDoc();
  for (const r of [...RULES, ...POLICY_RULES]) assert.ok(doc.includes(`<a id="${r.id}"></a>\`${r.id}\``), r.id);
  const ids = [...RULES, ...POLICY_RULES].map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('docs/policy.md names every policy rule and every config key', async () => {
  const { POLICY_RULES } = await import('../src/core/policy/policy-rules.js');
  const { CONFIG_SCHEMA } = await import('../src/core/policy/config.js');
  const doc = readFileSync(join(PROJECT, 'docs', 'policy.md'), 'utf8');
  for (const r of POLICY_RULES) assert.ok(doc.includes(`\`${r.id}\``), r.id);
  const keys: string[] = [];
  for (const [k, v] of Object.entries(CONFIG_SCHEMA.properties)) {
    const props = (v as { properties?: Record<string, unknown> }).properties;
    if (props) for (const sub of Object.keys(props)) keys.push(`${k}.${sub}`);
    else keys.push(k);
  }
  for (const key of keys) assert.ok(doc.includes(`\`${key}\``), key);
});

test('the validators of our own files are the code their schemas generate (run `npm run docs` after changing one)', () => {
  assert.equal(readFileSync(join(PROJECT, VALIDATORS_FILE), 'utf8'), renderValidators());
});

test('docs/contract-guard.schema.json is the schema the configuration is validated with (run `npm run docs`)', () => {
  assert.deepEqual(JSON.parse(readFileSync(join(PROJECT, 'docs', 'contract-guard.schema.json'), 'utf8')), CONFIG_SCHEMA);
});
