// Structural fingerprints: what the diff trusts to skip a subtree unchanged. Equal JSON must match, anything else
// must not, and a pull request must not be able to aim for a collision.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fingerprint, hashText, sameValue } from '../src/core/diff/fingerprint.js';

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('fingerprint', () => {
  test('equal JSON is the same whatever the order of its keys', () => {
    const a = { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string', maxLength: 3 } }, required: ['id'] };
    const b = { required: ['id'], properties: { name: { maxLength: 3, type: 'string' }, id: { type: 'integer' } }, type: 'object' };
    assert.ok(sameValue(a, b));
    assert.equal(fingerprint(a).hash, fingerprint(structuredClone(b)).hash);
    assert.ok(sameValue('x', 'x') && sameValue(1, 1) && sameValue(null, null));
  });

  test('values that differ in kind, order, place or content differ', () => {
    const pairs: [unknown, unknown][] = [
      ['1', 1],
      ['true', true],
      ['null', null],
      [[], {}],
      [[[]], []],
      [
        [1, 2],
        [2, 1],
      ],
      [{ a: 'b' }, { b: 'a' }],
      [
        { a: 1, b: 2 },
        { a: 2, b: 1 },
      ],
      [{ a: { b: 1 } }, { a: { b: 2 } }],
      [{ a: [{ b: 1 }, { c: 2 }] }, { a: [{ c: 2 }, { b: 1 }] }],
      [
        { a: {}, b: { c: 1 } },
        { a: { c: 1 }, b: {} },
      ],
      [{ x: 'ab' }, { x: 'a', b: '' }],
      [{ '': '' }, {}],
      [['a', 'b'], ['ab']],
    ];
    for (const [x, y] of pairs) {
      assert.ok(!sameValue(x, y), `${JSON.stringify(x)} and ${JSON.stringify(y)}`);
      assert.notEqual(fingerprint(x).hash, fingerprint(y).hash, `${JSON.stringify(x)} and ${JSON.stringify(y)}`);
    }
  });

  test('no two of 40,000 distinct small schemas share a fingerprint', () => {
    const seen = new Map<string, string>();
    const kinds = ['string', 'integer', 'number', 'boolean'];
    for (let i = 0; i < 10_000; i++)
      for (const type of kinds) {
        const schema = { type, properties: { [`p${i % 100}`]: { maxLength: Math.floor(i / 100) } } };
        const text = JSON.stringify(schema);
        const hash = fingerprint(schema).hash;
        assert.equal(seen.get(hash) ?? text, text, `collision: ${text} and ${seen.get(hash)}`);
        seen.set(hash, text);
      }
    assert.equal(seen.size, 40_000);
  });

  test('values of different kinds with near text never collide (a string "1" against a number 2)', () => {
    const seen = new Map<string, string>();
    const texts = new Set<string>();
    const values: unknown[] = [];
    for (let i = 0; i < 2_000; i++) values.push(String(i), i, i / 10, String(i / 10), `x${i}`);
    values.push(true, false, null, 'true', 'false', 'null', '');
    for (const v of values)
      for (const wrapped of [{ const: v }, [v], { [String(v)]: v }, [[v]], { const: [v] }]) {
        const text = JSON.stringify(wrapped);
        const hash = fingerprint(wrapped).hash;
        assert.equal(seen.get(hash) ?? text, text, `collision: ${text} and ${seen.get(hash)}`);
        seen.set(hash, text);
        texts.add(text);
      }
    assert.equal(seen.size, texts.size);
    assert.ok(texts.size > 40_000);
  });

  test('knows when a subtree holds a `$ref` (equal text does not prove equal meaning)', () => {
    assert.equal(fingerprint({ a: [{ b: { $ref: '#/x' } }] }).hasRef, true);
    assert.equal(fingerprint({ a: [{ b: { ref: '#/x' } }] }).hasRef, false);
  });

  test('each process draws its own seed: a collision cannot be prepared ahead of the run', () => {
    const script = [
      "import { fingerprint, hashText } from './src/core/diff/fingerprint.ts';",
      "console.log(JSON.stringify([fingerprint({ type: 'object' }).hash, hashText('x')]));",
    ].join('\n');
    const { NODE_TEST_CONTEXT, ...env } = process.env; // a plain program, not a test file of this run
    const run = () => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: PROJECT,
        env,
        encoding: 'utf8',
      });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout.trim()) as string[];
    };
    const [first, second] = [run(), run()];
    assert.notEqual(first[0], second[0]);
    assert.notEqual(first[1], second[1]);
    assert.equal(hashText('x'), hashText('x'));
  });
});
