// One case per catalog rule, in test/rules/<rule-id>/: `base/` and `revision/` hold the files, `case.json` the
// public id and level expected (and, for schema rules, the role the schema is read in; for a rule about unreadable
// files, how many the case leaves unreadable).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { diffTrees } from '../src/core/diff/tree-diff.js';
import type { Level, Role } from '../src/core/model.js';
import { getRule, RULES, type RuleId } from '../src/core/rules/catalog.js';
import { MapTree } from '../src/core/source/tree.js';

const CASES_DIR = join(import.meta.dirname, 'rules');

interface Case {
  expect: string;
  level: Level;
  role?: Role;
  /** Files the case leaves unreadable (a rule about such files): each is an error of the diff. */
  errors?: number;
}

/** The files under `dir`, by path relative to it; a side with no files has no folder (git keeps no empty ones). */
function readSide(dir: string): MapTree {
  const tree = new MapTree();
  const walk = (at: string) => {
    for (const e of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, e.name);
      if (e.isDirectory()) walk(full);
      else tree.set(relative(dir, full).split('\\').join('/'), readFileSync(full));
    }
  };
  if (existsSync(dir)) walk(dir);
  return tree;
}

const folders = readdirSync(CASES_DIR).sort();

describe('rule catalog', () => {
  test('every rule has a case folder, and every folder names a rule', () => {
    const ids = RULES.map((r) => r.id);
    assert.deepEqual(
      ids.filter((id) => !folders.includes(id)),
      [],
      'rules without a case in test/rules/',
    );
    assert.deepEqual(
      folders.filter((f) => !ids.includes(f as never)),
      [],
      'case folders for no rule',
    );
  });

  test('rule ids are typed from the catalog: a misspelt id does not compile', () => {
    const known: RuleId = 'property-removed';
    // @ts-expect-error: `npm test` type-checks this file, and fails if a misspelt id ever compiles
    const misspelt: RuleId = 'respnse-property-removed';
    assert.equal(getRule(known).removes, 'deprecatable');
    assert.throws(() => getRule(misspelt), /unknown rule id/);
  });

  test('every rule has a summary, a message and a hint', () => {
    for (const r of RULES) {
      assert.ok(r.summary.length > 10 && r.message.length > 5 && r.hint.length > 5, r.id);
    }
  });

  test('every rule that can be major says what consumers do, in its own placeholders and the parties of the schema', () => {
    for (const r of RULES) {
      if (!JSON.stringify(r.level).includes('major')) continue;
      assert.ok(r.migrate && r.migrate.length > 10, `${r.id}: no migration line`);
      const own = new Set([...`${r.message} ${r.hint}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
      for (const [, p] of r.migrate.matchAll(/\{(\w+)\}/g))
        assert.ok(own.has(p!) || p === 'writers' || p === 'readers', `${r.id}: {${p}} is not one of its params`);
      assert.notEqual(r.migrate, r.hint, `${r.id}: the author's fix is not what consumers do`);
    }
  });

  for (const rule of folders) {
    const dir = join(CASES_DIR, rule);
    const c = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Case;
    test(`${rule} fires as ${c.expect} (${c.level})`, () => {
      const options = c.role ? { role: c.role, forceRole: true } : {};
      const result = diffTrees(readSide(join(dir, 'base')), readSide(join(dir, 'revision')), options);
      assert.equal(result.errors.length, c.errors ?? 0, JSON.stringify(result.errors));
      const hit = result.changes.find((ch) => ch.ruleId === c.expect);
      assert.ok(hit, `expected ${c.expect}, got ${result.changes.map((ch) => ch.ruleId).join(', ') || 'nothing'}`);
      assert.equal(hit.rule, rule, 'the change names its catalog rule apart from its context');
      assert.equal(hit.level, c.level);
      const def = getRule(hit.rule);
      const placeholders = [...`${def.message} ${def.hint}`.matchAll(/\{\w+\}/g)].map((m) => m[0]);
      const left = placeholders.filter((p) => hit.message.includes(p) || hit.hint.includes(p));
      assert.deepEqual(left, [], `unfilled placeholder: ${hit.message} / ${hit.hint}`);
      if (def.migrate) {
        assert.ok(hit.migrate && !/\{\w+\}/.test(hit.migrate), `unfilled migration line: ${hit.migrate}`);
        assert.match(hit.migrate, /^[A-Z]/, 'a sentence');
      } else assert.equal(hit.migrate, undefined);
    });
  }
});

describe('report order', () => {
  test('changes are ordered by code unit, the same under every locale: `B` before `a`, `ä` after `z`', () => {
    const side = (type: string) => {
      const tree = new MapTree();
      for (const name of ['ä', 'a', 'z', 'B'])
        tree.set(`${name}.schema.json`, Buffer.from(JSON.stringify({ type: 'object', properties: { n: { type } } })));
      return tree;
    };
    const files = diffTrees(side('integer'), side('string')).changes.map((c) => c.file);
    assert.deepEqual([...new Set(files)], ['B.schema.json', 'a.schema.json', 'z.schema.json', 'ä.schema.json']);
  });
});
