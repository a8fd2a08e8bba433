// The semantic judge: set inclusion between two schemas, proven, or broken with a witness ajv confirms.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { included, type Verdict } from '../src/core/semantic/judge.js';
import { validatorsFor } from '../src/core/semantic/validator.js';
import { unitsCompiled } from '../src/core/semantic/linked.js';
import { changeText } from '../src/core/report/change-text.js';
import { renderMarkdown } from '../src/core/report/markdown.js';
import { buildReport } from '../src/core/report/model.js';
import { reportJson } from '../src/core/report/json.js';
import { diffDocs, PROJECT } from './helpers.js';
import { readingPatterns, sampleStrings, type PatternMeter } from '../src/core/semantic/strings.js';
import { candidates } from '../src/core/semantic/witness.js';
import { fromOpenApi30 } from '../src/core/semantic/dialects.js';
import { diffTrees } from '../src/core/diff/tree-diff.js';
import { COMPATIBLE_HINTS } from '../src/core/rules/catalog.js';
import { MapTree } from '../src/core/source/tree.js';

/** A broken verdict's witness, checked independently: the older schema accepts it, the newer rejects it. */
function witnessOf(v: Verdict, older: unknown, newer: unknown): unknown {
  assert.equal(v.kind, 'broken', JSON.stringify(v));
  const witness = (v as { witness: unknown }).witness;
  const ajv = new Ajv2020({ strict: false });
  assert.equal(ajv.validate(older as object, witness), true, `the old schema accepts ${JSON.stringify(witness)}`);
  assert.equal(ajv.validate(newer as object, witness), false, `the new schema rejects ${JSON.stringify(witness)}`);
  return witness;
}

const proven = (older: unknown, newer: unknown) => assert.deepEqual(included(older, newer), { kind: 'proven' });
const broken = (older: unknown, newer: unknown) => witnessOf(included(older, newer), older, newer);

/** An OpenAPI 3.1 document with `count` POST operations, the i-th taking `body(i)` as its JSON request body. */
function postBodies(count: number, body: (i: number) => unknown, components?: unknown): string {
  const operation = (i: number) => ({
    post: {
      requestBody: { content: { 'application/json': { schema: body(i) } } },
      responses: { '204': { description: 'ok' } },
    },
  });
  return JSON.stringify({
    openapi: '3.1.0',
    info: { title: 't', version: '1.0.0' },
    ...(components ? { components } : {}),
    paths: Object.fromEntries(Array.from({ length: count }, (_, i) => [`/p${i}`, operation(i)])),
  });
}

/** Integer properties g0… with distinct minimums, to make a schema large. */
const integers = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, j) => [`g${j}`, { type: 'integer', minimum: j }]));

describe('set inclusion', () => {
  test('the empty schema, true and false', () => {
    proven({ type: 'string' }, {});
    proven({ type: 'string' }, true);
    proven(false, { type: 'string' });
    const w = broken({}, { type: 'string' });
    assert.notEqual(typeof w, 'string');
    broken(true, false);
  });

  test('two patterns in one schema are each matched as written (ajv keys its compiled patterns by their text)', () => {
    // `aaa*` does not match the key `a`: only `a*` applies, so {a: 21} satisfies patternProperties and `not` rejects it
    const newer = { not: { patternProperties: { 'a*': { type: 'integer' }, 'aaa*': { maximum: 20 } } } };
    assert.deepEqual(broken({ const: { a: 21 } }, newer), { a: 21 });
    // and a value is validated with each pattern its schema holds (examples are validated the same way)
    const schema = { type: 'object', properties: { id: { pattern: '^x' }, code: { pattern: '^y' } } };
    assert.equal(validatorsFor(schema).compile(schema)?.accepts({ id: 'x1', code: 'y1' }), true);
    assert.equal(validatorsFor(schema).compile(schema)?.accepts({ id: 'x1', code: 'x1' }), false);
  });

  test('each draft as declared: in draft 7 a $ref makes its siblings void, in 2020-12 they apply', () => {
    const defs = { reffed: { type: 'array' } };
    const older = { const: { foo: [1, 2, 3] } };
    const newer = (schema: string) => ({
      $schema: schema,
      definitions: defs,
      not: { properties: { foo: { $ref: '#/definitions/reffed', maxItems: 2 } } },
    });
    // 2020-12: foo (3 items) fails maxItems, so the inner schema fails and `not` accepts the value
    proven(older, newer('https://json-schema.org/draft/2020-12/schema'));
    // draft 7: maxItems beside $ref is ignored, foo is an array, the inner schema holds and `not` rejects the value
    const v = included(older, newer('http://json-schema.org/draft-07/schema#'));
    assert.equal(v.kind, 'broken');
    assert.deepEqual((v as { witness: unknown }).witness, { foo: [1, 2, 3] });
  });

  test('draft 4 as declared: its root `id` and boolean exclusive bounds are read, and the break found beside a valid required property', () => {
    const draft4 = (price: object) => ({
      $schema: 'http://json-schema.org/draft-04/schema#',
      id: 'http://acme.example/order.json',
      type: 'object',
      properties: { qty: { type: 'integer', minimum: 0, exclusiveMinimum: true }, price: { type: 'number', maximum: 100, ...price } },
      required: ['qty'],
    });
    const v = included(draft4({ exclusiveMaximum: false }), draft4({ exclusiveMaximum: true }));
    assert.deepEqual(v, { kind: 'broken', witness: { qty: 1, price: 100 } }, 'ajv refused `id`; qty must be above 0, price at 100');
    proven(draft4({ exclusiveMaximum: true }), draft4({ exclusiveMaximum: false }));
  });

  test('S or not S accepts everything, S and not S nothing', () => {
    const s = { type: 'object', properties: { a: { type: 'integer' } }, required: ['a'] };
    proven(true, { anyOf: [s, { not: s }] });
    proven({ allOf: [s, { not: s }] }, false);
    proven({ $defs: { x: 1 }, allOf: [{ $defs: {}, ...s }, { not: s }] }, { type: 'null' });
  });

  test('narrowing to a const or enum is decided exactly, value by value', () => {
    proven({ enum: ['a', 'b'] }, { type: 'string', maxLength: 1 });
    proven({ const: 12 }, { type: 'integer', minimum: 10 });
    assert.equal(broken({ enum: ['a', 'bb'] }, { type: 'string', maxLength: 1 }), 'bb');
    const w = broken({ type: 'string' }, { enum: ['a'] });
    assert.equal(typeof w, 'string');
  });

  test('numbers: multipleOf lattices and bounds', () => {
    assert.equal((broken({ multipleOf: 10 }, { multipleOf: 98 }) as number) % 98 !== 0, true);
    proven({ type: 'integer', multipleOf: 10 }, { type: 'integer', multipleOf: 5 });
    proven({ type: 'integer', minimum: 5, maximum: 7 }, { type: 'number', minimum: 0, exclusiveMaximum: 8 });
    broken({ type: 'number', minimum: 0 }, { type: 'number', exclusiveMinimum: 0 });
  });

  test('objects: fewer properties allowed, more required', () => {
    const w = broken({ type: 'object' }, { type: 'object', maxProperties: 1 }) as object;
    assert.ok(Object.keys(w).length > 1);
    assert.deepEqual(broken({ type: 'object' }, { type: 'object', minProperties: 1 }), {});
    proven({ type: 'object', required: ['a', 'b'] }, { type: 'object', minProperties: 2 });
    broken(
      { type: 'object', properties: { a: { type: 'string' } } },
      { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
    );
  });

  test('equivalent rewrites are proven both ways', () => {
    const inline = { type: 'object', properties: { a: { type: 'string', minLength: 2 } } };
    const byRef = { type: 'object', properties: { a: { $ref: '#/$defs/A' } }, $defs: { A: { type: 'string', minLength: 2 } } };
    proven(inline, byRef);
    proven(byRef, inline);
    const one = { oneOf: [{ type: 'string' }, { type: 'integer' }] };
    const any = { anyOf: [{ type: 'string' }, { type: 'integer' }] };
    proven(one, any);
    proven(any, one);
    proven({ type: 'string', pattern: '.{1,}' }, { type: 'string', minLength: 1 });
    const items = { type: 'array', items: { type: 'string' }, maxItems: 1 };
    const tuple = { type: 'array', prefixItems: [{ type: 'string' }], items: false };
    proven(items, tuple);
    proven(tuple, items);
  });

  test('a type a later tuple item or a nested property no longer allows has its witness, as the first item has', () => {
    // below the top only a few values of a sub-schema are tried: each type a `type` list names must be among them
    const tuple = (last: unknown) => ({ type: 'array', prefixItems: [{ type: 'string' }, { type: 'string' }, last], items: false });
    assert.deepEqual(broken(tuple({ type: ['string', 'integer'] }), tuple({ type: 'string' })), ['', '', 0]);
    const nested = (t: unknown) => ({ type: 'object', properties: { a: { type: 'object', properties: { b: { type: t } } } } });
    assert.deepEqual(broken(nested(['string', 'null']), nested('string')), { a: { b: null } });
  });

  test('patterns are compared as languages', () => {
    proven({ type: 'string', pattern: '^[a-c]+$' }, { type: 'string', pattern: '^[a-z]+$' });
    const w = broken({ type: 'string', pattern: '^[a-z]+$' }, { type: 'string', pattern: '^[a-c]+$' });
    assert.match(String(w), /^[a-z]+$/);
  });

  test('strings of a length range are the ones its automaton yields, without building one', () => {
    // the same set as a pattern, which goes through refa's automaton, and as a length range alone, which does not
    for (const min of [0, 1, 2, 3, 999, 1000, 1001])
      for (const max of [undefined, 0, 1, 2, 3, 5, 1000, 1001])
        for (const count of [1, 2, 4, 7])
          assert.deepEqual(
            sampleStrings({ minLength: min, maxLength: max }, count),
            sampleStrings({ pattern: '^[\\s\\S]*$', minLength: min, maxLength: max }, count),
            `${min}..${max}, ${count}`,
          );
  });

  test('refa is loaded when a pattern is first judged, not before, and avsc only for Avro', () => {
    const script = [
      "import { createRequire } from 'node:module';",
      "import { diffTrees } from './src/core/diff/tree-diff.ts';",
      "import { MapTree } from './src/core/source/tree.ts';",
      "const diffDocs = (a, b) => diffTrees(...[a, b].map((d) => new MapTree([['doc.schema.json', JSON.stringify(d)]])));",
      'const loaded = (lib = `refa`) => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes(`/node_modules/${lib}/`));',
      "const plain = (t) => ({ type: 'object', properties: { a: { type: t, maxLength: 3 } }, required: ['a'] });",
      "diffDocs(plain('string'), plain('integer'));",
      'const before = loaded();',
      "const pattern = (p) => ({ type: 'object', properties: { a: { type: 'string', pattern: p } } });",
      "const after = diffDocs(pattern('^[a-z]+$'), pattern('^[a-c]+$'));",
      'console.log(JSON.stringify({ before, after: loaded(), witness: after.changes.some((c) => c.semantic?.witness !== undefined), avsc: loaded(`avsc`) }));',
    ].join('\n');
    const { NODE_TEST_CONTEXT, ...env } = process.env; // a plain program, not a test file of this run
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: PROJECT,
      env,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout.trim().split('\n').pop()!), { before: false, after: true, witness: true, avsc: false });
  });

  test('oneOf with an alternative that accepts everything rejects what the other accepts', () => {
    assert.equal(typeof broken({ type: 'string' }, { oneOf: [{ type: 'string' }, {}] }), 'string');
  });

  test('a hostile schema is cut off by the budget, not judged forever', () => {
    let deep: unknown = { type: 'string' };
    for (let i = 0; i < 12; i++) deep = { oneOf: [deep, { anyOf: [deep, { not: deep }] }] };
    const v = included({ anyOf: [deep, { type: 'integer' }] }, { allOf: [deep, { not: { type: 'null' } }] }, { maxSteps: 200 });
    assert.deepEqual(v, { kind: 'unproven', reason: 'over the proof budget of one schema', spent: true });
    const tiny = included(
      { properties: { a: { anyOf: [{ type: 'string' }, { type: 'integer' }] } } },
      { properties: { a: { type: ['string', 'integer'] } } },
      { maxSteps: 1 },
    );
    assert.deepEqual(tiny, { kind: 'unproven', reason: 'over the proof budget of one schema', spent: true });
  });
});

describe('reconciled with the rules', () => {
  const storage = { role: 'storage' as const, forceRole: true };

  test('a major the rules see is dropped when inclusion is proven, and says so', () => {
    const older = { type: 'object', properties: { a: { type: 'string' } } };
    const newer = { type: 'object', properties: { a: { $ref: '#/$defs/A' } }, $defs: { A: { type: 'string' } } };
    const r = diffDocs(older, newer, 'x.schema.json', storage);
    assert.notEqual(r.level, 'major', r.changes.map((c) => `${c.level}:${c.ruleId}`).join(' '));
  });

  test('a break no rule calls major is added, with its witness in one line', () => {
    // an alternative added to a oneOf reads as a widening (a minor); a string of 3 to 5 characters now matches two
    const older = { oneOf: [{ type: 'string', maxLength: 5 }, { type: 'integer' }] };
    const newer = { oneOf: [...older.oneOf, { type: 'string', minLength: 3 }] };
    const r = diffDocs(older, newer, 'x.schema.json', storage);
    const c = r.changes.find((x) => x.ruleId === 'storage-schema-narrowed');
    assert.ok(c, r.changes.map((x) => x.ruleId).join(' '));
    assert.equal(c.level, 'major');
    assert.equal(c.line, 1);
    assert.equal(c.semantic?.verdict, 'breaking');
    assert.match(changeText(c), /— e\.g\. `"\w{3,5}"` was accepted and is now rejected$/);
    const md = renderMarkdown(buildReport(r));
    assert.match(md, /<br>e\.g\. `"\w{3,5}"` was accepted, now rejected \|/, 'the table shows the witness under what changed');
  });

  test('schemas whose $refs reach other files are judged too, bundled with those files', () => {
    const common = (name: unknown) =>
      JSON.stringify({ $defs: { ulid: { type: 'string', pattern: '^[0-7][0-9A-HJKMNP-TV-Z]{25}$' }, name } });
    const item = JSON.stringify({
      type: 'object',
      required: ['id'],
      properties: { id: { $ref: 'common.schema.json#/$defs/ulid' }, name: { $ref: 'common.schema.json#/$defs/name' } },
    });
    const api = (schemaRef: string) =>
      `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /items:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: '${schemaRef}'}\n      responses:\n        '201': {description: ok}\n`;
    const trees = (name: unknown) =>
      new MapTree([
        ['storage/common.schema.json', common(name)],
        ['storage/item.schema.json', item],
        ['api/openapi.yaml', api('../storage/item.schema.json')],
      ]);
    // an equivalent rewrite in the shared file: the pattern rule fires, inclusion proves it, in the request body and the file
    const same = diffTrees(trees({ type: 'string', pattern: '.{1,}' }), trees({ type: 'string', minLength: 1 }));
    const request = same.changes.filter((c) => c.file === 'storage/common.schema.json' || /request/.test(c.ruleId));
    assert.ok(request.length, same.changes.map((c) => c.ruleId).join(' '));
    assert.ok(
      same.changes.some((c) => c.semantic?.verdict === 'compatible'),
      same.changes.map((c) => `${c.ruleId}:${c.level}`).join(' '),
    );
    assert.notEqual(same.level, 'major', same.changes.map((c) => `${c.ruleId}:${c.level}`).join(' '));
    // a real narrowing in the shared file: major, with a witness that crossed the file boundary
    const narrowed = diffTrees(trees({ type: 'string' }), trees({ type: 'string', maxLength: 3 }));
    const c = narrowed.changes.find((x) => x.level === 'major' && x.semantic?.verdict === 'breaking');
    assert.ok(c, narrowed.changes.map((x) => `${x.ruleId}:${x.level}`).join(' '));
    const witness = (c.semantic as { witness: unknown }).witness as { id: string; name: string };
    assert.match(witness.id, /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/, 'the witness satisfies the shared ULID');
    assert.ok(witness.name.length > 3);
  });

  test('schemas versioned by their $id URL are judged across files, a $ref in an example being data, not a reference', () => {
    // the layout of AsyncAPI's own definitions: each file named by a versioned $id, referenced by it; the new version
    // moves every $ref to the new URLs (same content) and adds an example that holds a `$ref` key
    const tree = (v: string, example: boolean) =>
      new MapTree([
        [
          'schemas/ext.schema.json',
          JSON.stringify({ $id: `https://acme.test/${v}/ext.json`, description: 'x-', additionalProperties: true }),
        ],
        [
          'schemas/order.schema.json',
          JSON.stringify({
            $id: `https://acme.test/${v}/order.json`,
            type: 'object',
            properties: { id: { type: 'string' } },
            patternProperties: { '^x-': { $ref: `https://acme.test/${v}/ext.json` } },
            ...(example ? { example: { $ref: `https://acme.test/examples/${v}/order.json` } } : {}),
          }),
        ],
      ]);
    const r = diffTrees(tree('v1', false), tree('v2', true));
    // the same schema under a new URL: the $ref is followed, and what it reaches is alike (no change at all)
    const moved = r.changes.find((c) => c.file === 'schemas/order.schema.json' && c.pointer === '/patternProperties');
    assert.equal(moved, undefined, r.changes.map((c) => `${c.ruleId}:${c.pointer}`).join(' '));
    assert.notEqual(r.level, 'major', r.changes.map((c) => `${c.ruleId}:${c.level}:${JSON.stringify(c.semantic)}`).join(' '));
    // a reference that leads nowhere in a place that is one still leaves the schema unproven, never proven
    const gone = new MapTree([...tree('v2', false).paths()].map((p) => [p, Buffer.from(tree('v2', false).read(p)!)] as [string, Buffer]));
    gone.set(
      'schemas/order.schema.json',
      JSON.stringify({ type: 'object', properties: { id: { $ref: 'https://acme.test/v2/none.json' } } }),
    );
    const unresolved = diffTrees(tree('v1', false), gone);
    assert.ok(
      unresolved.changes.every((c) => c.semantic?.verdict !== 'compatible'),
      unresolved.changes.map((c) => `${c.ruleId}:${JSON.stringify(c.semantic)}`).join(' '),
    );
  });

  test('a major proven compatible says so, and drops the advice of its rule', () => {
    // an enum rewritten as alternatives: the rules see alternatives added where there were none (major)
    const r = diffDocs({ type: 'string', enum: ['a', 'b'] }, { anyOf: [{ const: 'a' }, { const: 'b' }] }, 'x.schema.json', {
      role: 'request',
      forceRole: true,
    });
    const proven = r.changes.find((c) => c.semantic?.verdict === 'compatible');
    assert.ok(proven, r.changes.map((c) => `${c.ruleId}:${c.level}:${JSON.stringify(c.semantic)}`).join(' '));
    assert.equal(proven.level, 'patch');
    assert.equal(proven.hint, COMPATIBLE_HINTS.proven);
  });

  test('a schema of schemas is judged: properties named $id and $ref are names, a $ref inside examples is data', () => {
    // as AsyncAPI's own schema: a definition describing schemas, and message examples that hold `$ref` keys
    const doc = (versions: string[]) => ({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      required: ['asyncapi'],
      properties: { asyncapi: { enum: versions }, payload: { $ref: '#/definitions/schema' } },
      definitions: {
        schema: {
          type: 'object',
          properties: { $id: { type: 'string' }, $ref: { type: 'string', format: 'uri-reference' } },
          examples: [{ payload: { $ref: 'path/to/user-create.avsc#/UserCreate' } }],
        },
      },
    });
    const r = diffDocs(doc(['2.5.0', '2.6.0']), doc(['2.6.0']), 'asyncapi.schema.json', storage);
    const removed = r.changes.find((c) => c.ruleId === 'storage-enum-value-removed');
    assert.ok(removed, r.changes.map((c) => c.ruleId).join(' '));
    assert.equal(removed.semantic?.verdict, 'breaking', JSON.stringify(removed.semantic));
    assert.equal((removed.semantic as { witness: { asyncapi: string } }).witness.asyncapi, '2.5.0');
  });

  test('a field whose value is a schema ($ref to the draft-07 meta-schema) is read and judged, with nothing fetched', () => {
    const doc = (kind: string) => ({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      required: ['kind'],
      properties: { kind: { type: kind }, payloadSchema: { $ref: 'http://json-schema.org/draft-07/schema#' } },
    });
    const r = diffDocs(doc('string'), doc('integer'), 'plugin.schema.json', storage);
    assert.deepEqual(r.errors, []);
    const c = r.changes.find((x) => x.level === 'major');
    assert.equal(c?.semantic?.verdict, 'breaking', JSON.stringify(r.changes.map((x) => [x.ruleId, x.semantic])));
    assert.equal(typeof (c!.semantic as { witness: { kind: unknown } }).witness.kind, 'string');
    // any other remote $ref is still an error, never fetched
    const other = diffDocs(
      doc('string'),
      { ...doc('string'), properties: { kind: { $ref: 'https://example.com/kind.json' } } },
      'plugin.schema.json',
    );
    assert.match(other.errors.map((e) => e.message).join('\n'), /not fetched/);
    // and so is one without a scheme (a network-path reference), where it was "not found" as a folder named after a host
    const hostOnly = diffDocs(
      doc('string'),
      { ...doc('string'), properties: { kind: { $ref: '//example.com/kind.json' } } },
      'plugin.schema.json',
    );
    assert.match(hostOnly.errors.map((e) => e.message).join('\n'), /remote \$ref \/\/example\.com\/kind\.json is not fetched/);
  });

  test('each break of a schema shows a value that breaks there, not one that breaks elsewhere', () => {
    const older = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string', maxLength: 10 } } };
    const newer = { type: 'object', required: ['a'], properties: { a: { type: 'string' }, b: { type: 'string', maxLength: 5 } } };
    const r = diffDocs(older, newer, 'x.schema.json', storage);
    const witness = (rule: string) => {
      const c = r.changes.find((x) => x.ruleId === rule);
      assert.equal(c?.semantic?.verdict, 'breaking', `${rule}: ${JSON.stringify(c?.semantic)}`);
      return (c!.semantic as { witness: { a?: string; b?: string } }).witness;
    };
    assert.equal(witness('storage-property-became-required').a, undefined, 'a value without the now required a');
    assert.ok(witness('storage-constraint-tightened').b!.length > 5, 'a value whose b is now too long');
  });

  test('a single major is not shown a break that lies where the policy sets the level (an optional property added)', () => {
    // the `not` forbids less (compatible); `note: null` breaks where `note` was added, whose level is the policy's
    const older = { type: 'object', properties: { id: { type: 'string' } }, not: { required: ['legacy'] } };
    const newer = {
      type: 'object',
      properties: { id: { type: 'string' }, note: { type: 'string' } },
      not: { required: ['legacy', 'old'] },
    };
    const r = diffDocs(older, newer, 'x.schema.json', storage);
    const negation = r.changes.find((c) => c.ruleId === 'storage-negation-changed');
    assert.equal(negation?.semantic?.verdict, 'unproven', JSON.stringify(negation?.semantic));
    const added = r.changes.find((c) => c.ruleId === 'storage-property-added');
    assert.equal(added?.semantic?.verdict, 'policy', JSON.stringify(added?.semantic));
    assert.ok('note' in ((added!.semantic as { witness: object }).witness ?? {}), 'the value shown breaks at note');
  });

  test("a break in a file another reaches shows its own value, found in the bundle, not the other file's", () => {
    const tree = (kinds: string[], max?: number) =>
      new MapTree([
        ['schemas/common.schema.json', JSON.stringify({ $defs: { name: { type: 'string', ...(max ? { maxLength: max } : {}) } } })],
        [
          'schemas/item.schema.json',
          JSON.stringify({ type: 'object', properties: { kind: { enum: kinds }, name: { $ref: 'common.schema.json#/$defs/name' } } }),
        ],
      ]);
    const r = diffTrees(tree(['a', 'b']), tree(['a'], 3));
    const witness = (file: string) => {
      const c = r.changes.find((x) => x.file === `schemas/${file}` && x.level === 'major');
      assert.equal(c?.semantic?.verdict, 'breaking', JSON.stringify(r.changes.map((x) => [x.file, x.pointer, x.semantic])));
      return (c!.semantic as { witness: { kind?: string; name?: string } }).witness;
    };
    assert.equal(witness('item.schema.json').kind, 'b', 'the removed enum value');
    assert.ok(witness('common.schema.json').name!.length > 3, 'a name now too long');
  });

  test('in an OpenAPI request body, each break shows a value that breaks there, through $refs too', () => {
    const api = (required: string[], max: number) =>
      `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /items:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n              required: [${required.join(', ')}]\n              properties:\n                a: {type: string}\n                b: {$ref: '#/components/schemas/B'}\n      responses:\n        '201': {description: ok}\ncomponents:\n  schemas:\n    B: {type: string, maxLength: ${max}}\n`;
    const r = diffDocs(api([], 10), api(['a'], 5), 'api.yaml');
    const witness = (rule: string) => {
      const c = r.changes.find((x) => x.ruleId === rule);
      assert.equal(c?.semantic?.verdict, 'breaking', `${rule}: ${JSON.stringify(r.changes.map((x) => [x.ruleId, x.semantic]))}`);
      return (c!.semantic as { witness: { a?: string; b?: string } }).witness;
    };
    assert.equal(witness('request-property-became-required').a, undefined, 'a body without the now required a');
    assert.ok(witness('request-constraint-tightened').b!.length > 5, 'a body whose b, in a component, is now too long');
  });

  test('a property named like a keyword (default, example, x-…) holding a $ref is a schema, compiled with it', () => {
    const api = (max: number) =>
      `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /items:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n              properties:\n                default: {$ref: '#/components/schemas/B'}\n      responses:\n        '201': {description: ok}\ncomponents:\n  schemas:\n    B: {type: string, maxLength: ${max}}\n`;
    const c = diffDocs(api(10), api(5), 'api.yaml').changes.find((x) => x.ruleId === 'request-constraint-tightened');
    assert.equal(c?.semantic?.verdict, 'breaking', JSON.stringify(c?.semantic));
    assert.ok((c!.semantic as { witness: { default: string } }).witness.default.length > 5);
  });

  test("placing a witness is bounded: past 5,000 nodes a schema's majors show the break's own witness", () => {
    // finding where a value fails compiles the schema once more, with every error, and no budget pays for it
    const strings = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, { type: 'string' }]));
    const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`p${i}`, { type: 'object', properties: strings(50) }]));
    const older = { type: 'object', properties: { ...many, a: { type: 'string' }, b: { type: 'string', maxLength: 10 } } };
    const newer = { type: 'object', required: ['a'], properties: { ...many, a: { type: 'string' }, b: { type: 'string', maxLength: 5 } } };
    const r = diffDocs(older, newer, 'x.schema.json', storage);
    const majors = r.changes.filter((c) => c.level === 'major');
    assert.equal(majors.length, 2, majors.map((c) => c.ruleId).join(' '));
    assert.ok(majors.every((c) => c.semantic?.verdict === 'breaking'));
    assert.deepEqual(
      (majors[0]!.semantic as { witness: unknown }).witness,
      (majors[1]!.semantic as { witness: unknown }).witness,
      'one witness for both, as before placing',
    );
  });

  test('an object of thousands of properties is judged: ajv nests a block per property unless it collects every error', () => {
    const many = Object.fromEntries(Array.from({ length: 2_500 }, (_, i) => [`p${i}`, { type: 'string' }]));
    const r = diffDocs(
      { type: 'object', properties: many },
      { type: 'object', required: ['p7'], properties: many },
      'x.schema.json',
      storage,
    );
    const c = r.changes.find((x) => x.ruleId === 'storage-property-became-required');
    assert.equal(c?.semantic?.verdict, 'breaking', JSON.stringify(c?.semantic));
    assert.deepEqual((c!.semantic as { witness: unknown }).witness, {});
  });

  test('a schema too wide for V8 to compile on a first call is no witness: it is compiled collecting every error', () => {
    // 1,700 properties: ajv builds their code, but V8, compiling it when first called, ran out of stack, and each value
    // was taken as rejected (a compile tried again per value, ~50 ms each)
    const wide = (n: number) => ({
      type: 'object',
      properties: Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, { type: 'string' }])),
      additionalProperties: { type: 'string' },
    });
    // the same values either way: the properties named are strings, and so is every other
    for (const [a, b] of [
      [100, 1_700],
      [1_700, 100],
    ] as const)
      assert.notEqual(included(wide(a), wide(b)).kind, 'broken', `${a} → ${b} properties`);
    // a real break in it still has its witness (ajv's default, lazily compiled, cannot check this one either)
    assert.deepEqual(included(wide(1_700), { ...wide(1_700), required: ['p7'] }), { kind: 'broken', witness: {} });
    // a tuple nests a block per item alike: compiled collecting at once, and judged the same
    const tuple = (n: number, type: string) => ({
      type: 'array',
      prefixItems: Array.from({ length: n }, (_, i) => ({ anyOf: [{ type: 'string' }, { type: i === 0 ? type : 'string' }] })),
    });
    assert.equal(included(tuple(1_500, 'string'), tuple(1_500, 'null')).kind, 'proven');
    assert.deepEqual(included(tuple(1_500, 'integer'), tuple(1_500, 'string')), { kind: 'broken', witness: [1] });
  });

  for (const [before, after] of [
    [1_500, 3_000],
    [100, 1_700],
  ] as const)
    test(`a definition too wide for ajv to nest is no witness: a value is never "rejected" because compiling ran out of stack (${before} → ${after} properties)`, () => {
      // the new version adds properties that take any value: nothing breaks, but the new Wide is too wide to nest
      // (3,000: ajv runs out of stack building its code; 1,700: V8 does, compiling it)
      const ANY = { type: ['string', 'number', 'boolean', 'object', 'array', 'null'] };
      const doc = (n: number) => ({
        openapi: '3.1.0',
        info: { title: 't', version: '1' },
        paths: {
          '/items': {
            post: {
              requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } },
              responses: { '201': { description: 'ok' } },
            },
          },
        },
        components: {
          schemas: {
            Item: { type: 'object', properties: { wide: { $ref: '#/components/schemas/Wide' } } },
            Wide: {
              type: 'object',
              properties: Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, i < before ? { type: 'string' } : ANY])),
            },
          },
        },
      });
      const r = diffDocs(doc(before), doc(after), 'api.json', { judgement: 'strict' });
      assert.equal(r.semantic?.breaking, 0, JSON.stringify(r.changes.find((c) => c.semantic?.verdict === 'breaking')?.semantic));
      assert.notEqual(r.level, 'major');
    });

  test('two enum values removed from one schema each show their own value as the witness', () => {
    // ajv places both failures at /enum: both showed the first removed value
    const enumOf = (values: string[]) => JSON.stringify({ type: 'object', properties: { day: { type: 'string', enum: values } } });
    // in one file, and in two files of different names (`diff old.json new.json`, where a removal is placed in the old)
    const names: [string, string][] = [
      ['x.schema.json', 'x.schema.json'],
      ['old.schema.json', 'new.schema.json'],
    ];
    for (const [older, newer] of names) {
      const r = diffTrees(
        new MapTree([[older, Buffer.from(enumOf(['mon', 'tue', 'wed']))]]),
        new MapTree([[newer, Buffer.from(enumOf(['wed']))]]),
        { ...storage, ...(older === newer ? {} : { pairs: [{ base: older, head: newer }] }) },
      );
      const removed = r.changes.filter((c) => c.ruleId === 'storage-enum-value-removed');
      assert.deepEqual(
        removed.map((c) => [c.message.match(/enum value (\w+)/)![1], (c.semantic as { witness: unknown }).witness]),
        [
          ['mon', { day: 'mon' }],
          ['tue', { day: 'tue' }],
        ],
        older,
      );
    }
    // and in a request body of two descriptions of different names
    const api = (values: string[]) =>
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 't', version: '1.0.0' },
        paths: {
          '/d': {
            post: {
              requestBody: { content: { 'application/json': { schema: JSON.parse(enumOf(values)) } } },
              responses: { '204': { description: 'ok' } },
            },
          },
        },
      });
    const r = diffTrees(
      new MapTree([['old.json', Buffer.from(api(['mon', 'tue', 'wed']))]]),
      new MapTree([['new.json', Buffer.from(api(['wed']))]]),
      {
        pairs: [{ base: 'old.json', head: 'new.json' }],
      },
    );
    assert.deepEqual(
      r.changes
        .filter((c) => /enum-value-removed/.test(c.ruleId))
        .map((c) => [c.message.match(/enum value (\w+)/)![1], (c.semantic as { witness: unknown }).witness]),
      [
        ['mon', { day: 'mon' }],
        ['tue', { day: 'tue' }],
      ],
    );
  });

  test('a property named like what every JavaScript object inherits (constructor, __proto__) is a property like any other', () => {
    // ajv looked such a name up through the prototype: `{}` "had" a `constructor`, so requiring one broke nothing
    for (const name of ['constructor', '__proto__', 'toString']) {
      const newer = JSON.parse(`{"type": "object", "required": ["${name}"]}`) as object;
      assert.deepEqual(included({ type: 'object' }, newer), { kind: 'broken', witness: {} }, name);
      const withIt = JSON.parse(`{"${name}": 1}`) as object;
      assert.ok(Object.hasOwn(withIt, name));
      assert.equal(validatorsFor(newer).compile(newer)!.accepts(withIt), true, `${name} given is ${name} present`);
    }
  });

  test('a schema requiring thousands of properties: its candidates are few, and its witness is abridged where it is shown', () => {
    const requiring = (n: number) => ({ type: 'object', required: Array.from({ length: n }, (_, i) => `r${i}`) });
    // each candidate object copies every required property: 48 of them for each schema, 27 s at 50,000
    const found = candidates(requiring(40_000), requiring(40_000));
    const copied = found.reduce<number>((n, v) => n + (v && typeof v === 'object' ? Object.keys(v).length : 0), 0);
    assert.ok(copied <= 50_000 + 100, `${copied} properties copied into ${found.length} candidates`);
    assert.equal(Object.keys(found[0] as object).length, 40_000, 'the first holds every required property');

    const r = diffDocs(requiring(10_000), requiring(10_001), 'x.schema.json', storage);
    const c = r.changes.find((x) => x.ruleId === 'storage-property-became-required')!;
    assert.equal(Object.keys((c.semantic as { witness: object }).witness).length, 10_000, 'the JSON report keeps it whole');
    const shown = /e\.g\. (`\{"r0":null,"r1":null,[^`]*,… 9,9\d\d more\}` \(abridged; the JSON report has it whole\))/.exec(changeText(c));
    assert.ok(shown && shown[1]!.length < 400, changeText(c).slice(0, 500));
    // the comment's row stays whole, where a 120 KB witness used to cut the table before it
    assert.match(renderMarkdown(buildReport(r)), /\| property `r10000` became required .* was accepted, now rejected \|/);
  });

  test('a removed property is where a value lacking it fails: its witness stays beside it, not beside another change', () => {
    const api = (v: 1 | 2) => ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/items': {
          get: {
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      required: v === 1 ? ['a', 'b'] : ['b'],
                      properties: {
                        ...(v === 1 ? { a: { type: 'string' } } : {}),
                        b: { type: 'array', maxItems: v === 1 ? 3 : 10, items: { type: 'string' } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    });
    const r = diffDocs(api(1), api(2), 'api.json');
    const removed = r.changes.find((c) => c.ruleId === 'response-required-property-removed')!;
    assert.equal(removed.semantic?.verdict, 'breaking', JSON.stringify(removed.semantic));
    assert.equal((removed.semantic as { witness: { a?: string } }).witness.a, undefined, 'a response without a');
    const relaxed = r.changes.find((c) => c.ruleId === 'response-constraint-relaxed')!;
    const shown = (relaxed.semantic as { witness?: { b?: unknown[] } }).witness;
    assert.ok(!shown || shown.b!.length > 3, `maxItems shows a value with more than 3 items, or none: ${JSON.stringify(relaxed.semantic)}`);
  });

  test('a union whose members allOf their parent is judged, not recursed into until the stack gives out', () => {
    const doc = (union: boolean) =>
      `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Pet'}\n` +
      `components:\n  schemas:\n    Pet:\n      type: object\n      required: [pet_type]\n      properties: {pet_type: {type: string}}\n` +
      (union
        ? `      oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]\n      discriminator: {propertyName: pet_type}\n`
        : '') +
      `    Cat:\n      allOf: [{$ref: '#/components/schemas/Pet'}, {type: object, properties: {name: {type: string}}}]\n` +
      `    Dog:\n      allOf: [{$ref: '#/components/schemas/Pet'}, {type: object, properties: {bark: {type: boolean}}}]\n`;
    const r = diffTrees(new MapTree([['api.yaml', doc(false)]]), new MapTree([['api.yaml', doc(true)]]));
    assert.ok(r.changes.length > 0);
    assert.deepEqual(r.errors, []);
  });

  test('OpenAPI 3.0 schemas are judged as what they mean: nullable, boolean exclusive bounds, $ref siblings ignored', () => {
    const doc = (schema: string) =>
      `openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: ${schema}\n      responses:\n        '200': {description: ok}\n`;
    const judge = (a: string, b: string) => diffTrees(new MapTree([['api.yaml', doc(a)]]), new MapTree([['api.yaml', doc(b)]]));
    // nullable dropped from a request: null was accepted and now is not
    const dropped = judge('{type: string, nullable: true}', '{type: string}');
    assert.ok(dropped.changes.some((c) => c.level === 'major' && (c.semantic as { witness?: unknown })?.witness === null));
    // maximum 10 exclusive → maximum 9 inclusive, over integers: the same values
    const same = judge('{type: integer, maximum: 10, exclusiveMaximum: true}', '{type: integer, maximum: 9}');
    assert.notEqual(same.level, 'major', same.changes.map((c) => `${c.ruleId}:${c.level}`).join(' '));
    // an exclusive bound without its number constrains nothing
    const vacuous = judge('{type: number}', '{type: number, exclusiveMaximum: true}');
    assert.notEqual(vacuous.level, 'major', vacuous.changes.map((c) => `${c.ruleId}:${c.level}`).join(' '));
  });

  test('readOnly read the OpenAPI way: a required read-only property is not required in requests until it stops being read-only', () => {
    const doc = (readOnly: boolean) =>
      `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /w:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n              required: [id]\n              properties:\n                id: {type: string${readOnly ? ', readOnly: true' : ''}}\n      responses:\n        '200': {description: ok}\n`;
    const r = diffTrees(new MapTree([['api.yaml', doc(true)]]), new MapTree([['api.yaml', doc(false)]]));
    const c = r.changes.find((x) => x.level === 'major');
    assert.ok(c, r.changes.map((x) => `${x.ruleId}:${x.level}`).join(' '));
    assert.deepEqual(c.semantic, { verdict: 'breaking', witness: {}, side: 'reader' });
  });

  test('every breaking change carries a witness', () => {
    const r = diffDocs({ type: ['string', 'null'] }, { type: 'string' }, 'x.schema.json', storage);
    const c = r.changes.find((x) => x.level === 'major')!;
    assert.deepEqual(c.semantic, { verdict: 'breaking', witness: null, side: 'reader' });
    assert.match(changeText(c), /— e\.g\. `null` was accepted and is now rejected/);
  });

  test('a new optional property in an open object stays minor by policy; judgement: strict lets inclusion decide', () => {
    const older = { type: 'object', properties: { a: { type: 'string' } } };
    const newer = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'integer' } } };
    const policy = diffDocs(older, newer, 'x.schema.json', storage);
    const added = policy.changes.find((c) => c.rule === 'property-added')!;
    assert.equal(added.level, 'minor');
    assert.equal(added.semantic?.verdict, 'policy');
    assert.match(changeText(added), /level from policy \(set inclusion: `\{"b":.*\}` was accepted and is now rejected\)/);
    const strict = diffDocs(older, newer, 'x.schema.json', { ...storage, judgement: 'strict' });
    assert.equal(strict.level, 'major');
    assert.ok(strict.changes.some((c) => c.ruleId === 'storage-schema-narrowed'));
  });
});

describe('the compile budget of a diff', () => {
  test('names that dependentRequired asks for are charged as ajv writes them out: 3,000 keys of 30 names are too large', () => {
    // 700 KB of names and no schema node: compiled, it took 51 s and 1.7 GB
    const requiring = (keys: number, type: string) => ({
      type: 'object',
      dependentRequired: Object.fromEntries(
        Array.from({ length: keys }, (_, i) => [`d${i}`, Array.from({ length: 30 }, (_, j) => `d${(i + j + 1) % keys}`)]),
      ),
      properties: { x: { type } },
    });
    assert.deepEqual(included(requiring(3_000, 'string'), requiring(3_000, 'integer')), {
      kind: 'unproven',
      reason: 'too large to compile within the budget of one schema',
      spent: true,
    });
    assert.deepEqual(included(requiring(100, 'string'), requiring(100, 'integer')), { kind: 'broken', witness: { x: '' } });
  });

  test('a oneOf is charged as ajv nests it, each member in the one before: 2,000 members are too large', () => {
    // V8 compiles the nesting in quadratic time: 2,000 members took 31 s to judge, 3,000 ran out of stack
    const either = (n: number, type: string) => ({
      oneOf: Array.from({ length: n }, (_, i) => ({ type: 'object', properties: { [`a${i}`]: { type } }, required: [`a${i}`] })),
    });
    assert.deepEqual(included(either(2_000, 'string'), either(2_000, 'integer')), {
      kind: 'unproven',
      reason: 'too large to compile within the budget of one schema',
      spent: true,
    });
    assert.equal(included(either(50, 'string'), either(50, 'integer')).kind, 'broken');
  });

  test('patterns are charged as ajv writes them into one compile, in quadratic time: 3,000 are too large', () => {
    // 3,000 patternProperties took 20 s to judge, in ajv's code for the compiled function's scope
    const keyed = (n: number, type: string) => ({
      type: 'object',
      patternProperties: Object.fromEntries(Array.from({ length: n }, (_, i) => [`^p${i}$`, { type }])),
    });
    assert.deepEqual(included(keyed(3_000, 'string'), keyed(3_000, 'integer')), {
      kind: 'unproven',
      reason: 'too large to compile within the budget of one schema',
      spent: true,
    });
    assert.deepEqual(included(keyed(50, 'string'), keyed(50, 'integer')), { kind: 'broken', witness: { p0: '' } });
  });
  test('patterns are read into automata within a budget of characters per diff, each paid once', () => {
    const meter: PatternMeter = { chars: 40, read: new Set<string>() };
    const sample = (pattern: string) => readingPatterns(meter, () => sampleStrings({ pattern, minLength: 0 }, 1));
    assert.deepEqual(sample('^abcdefghijklmnop$'), ['abcdefghijklmnop']);
    const left = meter.chars;
    assert.ok(left <= 40 - 18, `paid at least its 18 characters (${left} left)`);
    assert.deepEqual(sample('^abcdefghijklmnop$'), ['abcdefghijklmnop']);
    assert.equal(meter.chars, left, 'paid once, though this process has it cached');
    const longer = `^${'q'.repeat(left)}$`;
    assert.deepEqual(sample(longer), [], 'past the budget: no strings');
    assert.equal(meter.short, true);
    assert.deepEqual(sampleStrings({ pattern: longer, minLength: 0 }, 1), ['q'.repeat(left)], 'outside a diff: read');
    // a pull request of many long patterns: the first are judged, the rest are said to be over this budget
    const files = (prefix: string) =>
      Array.from({ length: 14 }, (_, i): [string, string] => [
        `p${i}.schema.json`,
        JSON.stringify({ type: 'string', pattern: `^${prefix}${String.fromCharCode(97 + i).repeat(9000)}$` }),
      ]);
    const r = diffTrees(new MapTree(files('')), new MapTree(files('y')), { role: 'storage', forceRole: true });
    assert.equal(r.semantic!.judged, 14);
    assert.ok(r.semantic!.breaking >= 1 && r.semantic!.overBudget >= 1, JSON.stringify(r.semantic));
    const reasons = new Set(r.changes.flatMap((c) => (c.semantic?.verdict === 'unproven' ? [c.semantic.reason] : [])));
    assert.deepEqual([...reasons], ['over the pattern budget of this diff (characters of patterns read)']);
  });

  // 150 request bodies of 80 properties each, each narrowed: more than one diff's compile budget can judge
  const doc = (max: number) =>
    postBodies(150, (i) => ({ type: 'object', properties: { [`f${i}`]: { type: 'string', maxLength: max }, ...integers(80) } }));

  test('a diff decides the same on a second run in the same process: schemas compiled before are charged again, only not rebuilt', () => {
    const run = () => {
      const r = diffTrees(new MapTree([['openapi.json', Buffer.from(doc(10))]]), new MapTree([['openapi.json', Buffer.from(doc(5))]]));
      return { coverage: r.semantic, witnesses: r.changes.filter((c) => c.semantic?.witness !== undefined).map((c) => c.pointer) };
    };
    const first = run();
    assert.ok(first.coverage!.breaking > 0, 'some breaks are shown with a witness');
    assert.ok(first.coverage!.unproven > 0, 'the budget ran out: the test needs a diff larger than it');
    assert.deepEqual(run(), first);
  });

  test('what the budget leaves undecided says so: each change of it, the coverage, the JSON report and the comment', () => {
    const r = diffTrees(new MapTree([['openapi.json', Buffer.from(doc(10))]]), new MapTree([['openapi.json', Buffer.from(doc(5))]]));
    const s = r.semantic!;
    assert.equal(s.judged, s.proven + s.breaking + s.unproven);
    assert.ok(s.overBudget > 0 && s.overBudget <= s.unproven, JSON.stringify(s));
    const undecided = r.changes.filter((c) => c.semantic?.verdict === 'unproven');
    assert.equal(undecided.length, s.unproven, 'one narrowed maxLength per unproven body');
    for (const c of undecided) {
      assert.equal(c.level, 'major', "an unproven change keeps the rules' level");
      assert.match(c.semantic!.reason!, /^over the (compile|proof) budget of this diff$/);
      assert.equal(c.semantic!.witness, undefined);
    }
    const report = buildReport(r);
    assert.deepEqual(JSON.parse(reportJson(report)).semantic, s);
    assert.match(
      renderMarkdown(report),
      new RegExp(
        `Set inclusion judged 150 changed schemas: ${s.proven} proven compatible, ${s.breaking} breaking with a witness, ${s.unproven} unproven \\(${s.overBudget} stopped by a budget\\)\\. An unproven schema's changes keep the rules' levels; the JSON report marks each \`unproven\` with its reason`,
      ),
    );
  });

  test('whole documents are paid for from the diff: once it is spent, the files left are unproven, whatever was compiled before', () => {
    // a pull request of many large JSON Schema files was as many compiles, each up to seconds, whatever the diff had spent
    const file = (i: number, max: number) => ({
      type: 'object',
      properties: { [`f${i}`]: { type: 'string', maxLength: max }, ...integers(20) },
    });
    const judge = (documents?: number) => {
      const budget = { nodes: 20_000, steps: 100_000, ...(documents === undefined ? {} : { documents }) };
      return [0, 1, 2, 3].map((i) => included(file(i, 10), file(i, 5), { budget }));
    };
    assert.deepEqual(
      judge().map((v) => v.kind),
      ['broken', 'broken', 'broken', 'broken'],
    );
    // two files' worth: each version of a file is 23 nodes, and a compile is charged 20 more (86 a file)
    const paid = judge(180);
    assert.deepEqual(
      paid.map((v) => v.kind),
      ['broken', 'broken', 'unproven', 'unproven'],
    );
    assert.deepEqual(paid[3], { kind: 'unproven', reason: 'over the compile budget of this diff', spent: true });
    assert.deepEqual(judge(180), paid, 'compiled before, charged again: the same answers');
  });

  test('a schema past the size one compile may take says so, and counts as stopped by a budget', () => {
    const huge = {
      type: 'object',
      properties: Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`p${i}`, { type: 'string' }])),
    };
    const pool = validatorsFor(huge);
    assert.equal(pool.compile(huge), undefined);
    assert.deepEqual(pool.refusal(huge), { reason: 'too large to compile within the budget of one schema', spent: true });
    assert.deepEqual(validatorsFor({ type: 'string' }).refusal({}), { reason: 'ajv cannot compile the schema', spent: false });
  });

  test('an allOf of thousands of members costs what ajv takes to compile it, and past the size of one compile is refused', () => {
    // ajv merges what each member evaluates into what those before it did: 3,000 members took 12 s to compile
    const members = (n: number) => ({
      allOf: Array.from({ length: n }, (_, i) => ({ properties: { [`p${i}`]: { type: 'string' } } })),
    });
    const many = members(3_000);
    const pool = validatorsFor(many);
    assert.equal(pool.compile(many), undefined);
    assert.deepEqual(pool.refusal(many), { reason: 'too large to compile within the budget of one schema', spent: true });
    const few = members(100);
    assert.notEqual(validatorsFor(few).compile(few), undefined, 'a hundred members compile as their nodes say');
  });

  test("a schema ajv refuses is unproven for that reason, not the budget's; a decided diff adds no coverage line", () => {
    const older = { type: 'object', properties: { a: { type: 'string', pattern: '(?=a)b' } } };
    const newer = { type: 'object', properties: { a: { type: 'integer', pattern: '(?=a)b' } } };
    const refused = diffDocs(older, newer, 'x.schema.json', { role: 'storage', forceRole: true });
    assert.deepEqual(refused.semantic, { judged: 1, proven: 0, breaking: 0, unproven: 1, overBudget: 0 });
    assert.deepEqual(refused.changes.find((c) => c.level === 'major')?.semantic, {
      verdict: 'unproven',
      // which pattern, and why: "ajv cannot compile the schema" said neither
      reason: 'pattern "(?=a)b" cannot be checked safely: RE2 cannot run it (invalid or unsupported Perl syntax: `(?=`)',
    });
    assert.match(renderMarkdown(buildReport(refused)), /1 unproven\. An unproven/);
    const decided = diffDocs({ type: 'string' }, { type: 'integer' }, 'x.schema.json', { role: 'storage', forceRole: true });
    assert.equal(decided.semantic?.unproven, 0);
    assert.doesNotMatch(renderMarkdown(buildReport(decided)), /Set inclusion judged/);
  });
});

describe('reading OpenAPI 3.0 as 2020-12', () => {
  test('what has nothing to rewrite is shared with the document; what has is copied, the document left as it was', () => {
    const plain = { type: 'object', properties: { id: { type: 'string' } } };
    const nullable = { type: 'string', nullable: true };
    const holder = { type: 'object', properties: { note: nullable } };
    const root = { openapi: '3.0.3', components: { schemas: { Plain: plain, Holder: holder } } };
    const read = fromOpenApi30(root);
    const copy = read(root) as typeof root;
    assert.equal(copy.components.schemas.Plain, plain, 'an unchanged schema is the document’s own node');
    assert.notEqual(copy.components.schemas.Holder, holder);
    assert.deepEqual(copy.components.schemas.Holder, { type: 'object', properties: { note: { type: ['string', 'null'] } } });
    assert.deepEqual(nullable, { type: 'string', nullable: true }, 'the document is not edited');
    assert.equal(read(plain), plain);
  });
});

describe('definitions compiled once, each on its own', () => {
  test('a definition is known by its content and what it references, cycles too: equal names in two documents are not confused', () => {
    const chain = (leaf: string) => ({ $defs: { X: { $ref: '#/$defs/Y' }, Y: { type: leaf } } });
    const [stringy, numeric] = [chain('string'), chain('integer')];
    const x = { $ref: '#/$defs/X' };
    assert.equal(validatorsFor(stringy).compile(x)?.accepts('s'), true);
    assert.equal(
      validatorsFor(numeric)
        .compile({ ...x })
        ?.accepts('s'),
      false,
    );
    assert.equal(
      validatorsFor(numeric)
        .compile({ ...x })
        ?.accepts(1),
      true,
    );
    const list = (leaf: string) => ({
      $defs: {
        N: { type: 'object', properties: { next: { $ref: '#/$defs/N' }, v: { $ref: '#/$defs/V' } } },
        V: { type: leaf },
      },
    });
    const deep = { next: { next: { v: 1 } } };
    assert.equal(validatorsFor(list('string')).compile({ $ref: '#/$defs/N' })?.accepts(deep), false);
    assert.equal(validatorsFor(list('integer')).compile({ $ref: '#/$defs/N' })?.accepts(deep), true);
  });

  test('a component forty request bodies reach is compiled once, and every one of them is judged with a witness', () => {
    const doc = (max: number) =>
      postBodies(40, (i) => ({ allOf: [{ $ref: '#/components/schemas/Big' }], properties: { [`f${i}`]: { type: 'boolean' } } }), {
        schemas: {
          Big: { type: 'object', required: ['code'], properties: { code: { type: 'string', maxLength: max }, ...integers(60) } },
        },
      });
    const before = unitsCompiled();
    const r = diffTrees(new MapTree([['openapi.json', Buffer.from(doc(10))]]), new MapTree([['openapi.json', Buffer.from(doc(5))]]));
    assert.equal(r.semantic?.breaking, 40, JSON.stringify(r.semantic));
    assert.ok(unitsCompiled() - before <= 2, `Big compiled once per version, not per body: ${unitsCompiled() - before}`);
  });

  test('a definition ajv refuses decides nothing once a value reaches it, and nothing is taken for a break', () => {
    // RE2 has no lookahead: the pattern cannot be compiled safely
    const root = { $defs: { P: { type: 'string', pattern: '(?=a)b' } } };
    const newer = { type: 'object', properties: { a: { $ref: '#/$defs/P' } } };
    const v = validatorsFor(root).compile(newer);
    assert.equal(v?.accepts({}), true, 'a value that does not reach the definition is still answered');
    assert.throws(() => v?.accepts({ a: 'b' }), /cannot compile/);
    assert.deepEqual(included({ type: 'object', properties: { a: { type: 'string' } } }, newer, { rootB: { ...root, ...newer } }), {
      kind: 'unproven',
      reason: 'ajv cannot compile the schema',
      spent: false,
    });
  });
});
