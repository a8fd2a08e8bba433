// Parsing, positions and $ref resolution: the loader must say where things are and refuse what it cannot trust.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InputError } from '../src/core/errors.js';
import { parseText } from '../src/core/source/parse.js';
import { Oversized } from '../src/core/source/withheld.js';
import { LIMITS } from '../src/core/source/limits.js';
import { metaSchemaText } from '../src/core/source/meta-schemas.js';
import { Documents, MapTree } from '../src/core/source/tree.js';
import { refsIn } from '../src/core/source/readable.js';
import { diffDocs, tempDir } from './helpers.js';
import { diffTrees } from '../src/core/diff/tree-diff.js';
import { FsTree } from '../src/adapters/fs-tree.js';
import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const throwsInput = (fn: () => unknown, pattern: RegExp, line?: number) => {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof InputError, `expected InputError, got ${String(err)}`);
    assert.match(err.message, pattern);
    if (line !== undefined) assert.equal(err.line, line);
    return true;
  });
};

describe('positions', () => {
  test("a change's line is a line of the file it names, even when the head annotates it in another file", () => {
    const api = (schema: string) =>
      `openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: ${schema}\n`;
    const pet = '{\n  "type": "object",\n  "properties": {\n    "a": { "type": "string" },\n    "b": { "type": "string" }\n  }\n}\n';
    // the head drops the `$ref` for an inline schema without `b`: `b` was written in pet.json, which the head still holds
    const result = diffTrees(
      new MapTree([
        ['openapi.yaml', api("{ $ref: 'pet.json' }")],
        ['pet.json', pet],
      ]),
      new MapTree([
        ['openapi.yaml', api('{ type: object, properties: { a: { type: string } } }')],
        ['pet.json', pet],
      ]),
    );
    const removed = result.changes.find((c) => c.ruleId === 'response-property-removed')!;
    assert.deepEqual([removed.file, removed.line], ['pet.json', 5]);
  });
  test('YAML pointers map to the line of their key, including inside flow collections and sequences', () => {
    const text =
      'openapi: 3.1.0\npaths:\n  /a/b:\n    get:\n      parameters:\n        - name: q\n          in: query\n        - {name: r, in: header}\n';
    const doc = parseText('x.yaml', text, 'yaml');
    const found = doc.positions.locateAll([
      '/paths/~1a~1b/get',
      '/paths/~1a~1b/get/parameters/1/in',
      '/paths/~1a~1b/get/parameters/0/in',
      '/openapi',
    ]);
    assert.equal(found.get('/paths/~1a~1b/get')?.line, 4);
    assert.equal(found.get('/paths/~1a~1b/get/parameters/0/in')?.line, 7);
    assert.equal(found.get('/paths/~1a~1b/get/parameters/1/in')?.line, 8);
    assert.equal(found.get('/openapi')?.line, 1);
  });

  test('JSON pointers map to lines and columns; a missing pointer falls back to its nearest ancestor', () => {
    const text = '{\n  "a": {\n    "b": [1,\n      {"c": true}]\n  }\n}\n';
    const doc = parseText('x.json', text, 'json');
    assert.deepEqual(doc.positions.locate('/a/b/1/c'), { line: 4, column: 8 });
    assert.equal(doc.positions.locate('/a/missing/deeper')?.line, 2);
  });

  test('JSON is scanned along the wanted paths only, and finds what the YAML event scan finds (escapes, brackets in strings)', () => {
    const data = {
      'a/b': { 'x~y': [1, { s: 'a "quoted" ] } [ string' }, [[], {}], null], 'é\n': { deep: { deeper: [true, false, -1.5e3] } } },
      paths: Object.fromEntries(
        Array.from({ length: 50 }, (_, i) => [`/p${i}`, { get: { responses: { '200': { description: `d${i}` } } } }]),
      ),
    };
    const pointers = [
      '/a~1b/x~0y/1/s',
      '/a~1b/x~0y/2/1',
      '/a~1b/x~0y/3',
      '/a~1b/é\n/deep/deeper/2',
      '/paths/~1p49/get/responses/200',
      '/nope/x',
    ];
    for (const text of [JSON.stringify(data), JSON.stringify(data, null, 2), JSON.stringify(data, null, '\t')]) {
      const fast = parseText('x.json', text, 'json').positions.locateAll(pointers);
      const events = parseText('x.yaml', text, 'yaml').positions.locateAll(pointers);
      assert.deepEqual([...fast], [...events]);
      assert.equal(fast.size, pointers.length);
    }
  });
});

describe('bad input', () => {
  test('malformed YAML names the line', () => throwsInput(() => parseText('x.yaml', 'a: [1, 2\nb: 3\n', 'yaml'), /invalid YAML/));
  test('YAML merge keys are merged (js-yaml 5 leaves them out by default), within a bound of keys copied', () => {
    const doc = parseText('x.yaml', 'base: &b {type: object, required: [id]}\nschema:\n  <<: *b\n  additionalProperties: false\n', 'yaml');
    assert.deepEqual((doc.data as { schema: unknown }).schema, { type: 'object', required: ['id'], additionalProperties: false });
    // each merge copies the keys it merges: 100 mappings merging 50 anchors of 100 keys copy 500,000 keys
    const keys = Array.from({ length: 100 }, (_, k) => `k${k}: ${k}`).join(', ');
    const anchors = Array.from({ length: 50 }, (_, i) => `a${i}: &a${i} {${keys}}\n`).join('');
    const all = Array.from({ length: 50 }, (_, i) => `*a${i}`).join(', ');
    const merges = Array.from({ length: 100 }, (_, i) => `m${i}: {<<: [${all}]}\n`).join('');
    throwsInput(() => parseText('bomb.yaml', anchors + merges, 'yaml'), /YAML merge keys copy more than 100,000 keys/);
  });
  test('a second YAML document names the line it starts on', () => {
    throwsInput(() => parseText('x.yaml', 'type: object\n---\ntype: string\n', 'yaml'), /expected a single document/, 2);
    throwsInput(() => parseText('x.yaml', '# opening\n---\ntype: object\n---\ntype: string\n', 'yaml'), /single document/, 4);
  });
  test('malformed JSON names the line', () =>
    throwsInput(() => parseText('x.json', '{\n  "a": 1,\n  "b": }\n', 'json'), /invalid JSON/, 3));
  test('a key twice in one JSON object is refused at its line, in small and large objects; the same key in other objects is not', () => {
    const lines = (keys: string[]) => `{\n${keys.map((k, i) => `  "${k}": ${i}`).join(',\n')}\n}\n`;
    const many = Array.from({ length: 40 }, (_, i) => `k${i}`);
    throwsInput(() => parseText('x.json', lines(['a', 'b', 'a']), 'json'), /duplicate key "a"/, 4);
    throwsInput(() => parseText('x.json', lines([...many.slice(0, 30), 'k3']), 'json'), /duplicate key "k3"/, 32);
    throwsInput(() => parseText('x.json', lines([...many, 'k39']), 'json'), /duplicate key "k39"/, 42);
    throwsInput(() => parseText('x.json', lines(['ab', 'a\\u0062', 'ab']), 'json'), /duplicate key "ab"/, 4);
    // nested objects: a key may repeat across parent, child and siblings, and the parent's keys outlive its children
    const nested = `{"a": {"a": 1, ${many.map((k) => `"${k}": {"a": 1, "b": 2}`).join(', ')}}, "b": {"a": {"a": {}}}, "c": [{"a": 1}, {"a": 2}]}`;
    assert.deepEqual(Object.keys(parseText('x.json', nested, 'json').data as object), ['a', 'b', 'c']);
    throwsInput(
      () => parseText('x.json', `{"a": {${many.map((k) => `"${k}": {}`).join(', ')}}, "b": 1, "a": 2}`, 'json'),
      /duplicate key "a"/,
    );
  });
  test('a YAML alias bomb is refused before it is expanded', () => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    let prev = 'a';
    for (const n of 'bcdefghij') {
      text += `${n}: &${n} [${Array(10)
        .fill('*' + prev)
        .join(', ')}]\n`;
      prev = n;
    }
    throwsInput(() => parseText('bomb.yaml', text, 'yaml'), /alias bomb/);
  });
  test('harmless aliases are fine', () => {
    const doc = parseText('ok.yaml', 'base: &b {type: string}\nother: *b\n', 'yaml');
    assert.deepEqual((doc.data as Record<string, unknown>).other, { type: 'string' });
  });
  test('files over the size limit are refused without parsing', () => {
    const tree = new MapTree([['big.json', new Uint8Array(LIMITS.maxFileBytes + 10)]]);
    throwsInput(() => new Documents(tree).get('big.json'), /MB limit/);
  });
  test('on disk, a file over the size limit is refused by its size, never read whole; a file is read once', () => {
    const root = tempDir('cg-fs-');
    writeFileSync(join(root, 'small.json'), '{"type": "string"}');
    // sparse: 33 MiB that take no room, and would take 33 MiB of memory if read
    const big = openSync(join(root, 'big.json'), 'w');
    ftruncateSync(big, LIMITS.maxFileBytes + 1024 * 1024);
    closeSync(big);
    const tree = new FsTree(root);
    const marker = tree.read('big.json');
    assert.ok(marker instanceof Oversized && marker.length === 0, 'what stands in for an oversized file holds no bytes');
    assert.equal(marker.size, LIMITS.maxFileBytes + 1024 * 1024);
    assert.equal(marker.id, execFileSync('git', ['hash-object', join(root, 'big.json')], { encoding: 'utf8' }).trim(), 'its git blob id');
    throwsInput(() => new Documents(tree).get('big.json'), /MB limit/);
    assert.equal(tree.read('small.json'), tree.read('small.json'), 'the same bytes: read once');
  });
  test('binary content and non-UTF-8 text are refused', () => {
    throwsInput(() => new Documents(new MapTree([['b.json', new Uint8Array([0, 1, 2, 123, 125])]])).get('b.json'), /binary/);
    throwsInput(
      () => new Documents(new MapTree([['l.yaml', new Uint8Array([97, 58, 10, 98, 58, 32, 0xe9, 10])]])).get('l.yaml'),
      /UTF-8/,
      2,
    );
    // UTF-16 with a byte order mark (what PowerShell 5's Out-File writes) is named as such, not "binary"
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('{"type": "object"}', 'utf16le')]);
    throwsInput(
      () => new Documents(new MapTree([['u.schema.json', utf16]])).get('u.schema.json'),
      /UTF-16 LE text .*: save it as UTF-8/,
      1,
    );
  });
  test('a bad contract is reported and the rest of the tree is still analysed', () => {
    const base = new MapTree([
      ['schemas/bad.yaml', 'a: 1\n'],
      ['ok.schema.json', '{"type":"object","properties":{"a":{}}}'],
    ]);
    const head = new MapTree([
      ['schemas/bad.yaml', 'a: [\n'],
      ['ok.schema.json', '{"type":"object","properties":{"a":{},"b":{}}}'],
    ]);
    const result = diffTrees(base, head);
    assert.equal(result.errors.length, 1);
    assert.equal(result.errors[0]!.file, 'schemas/bad.yaml');
    assert.deepEqual(
      result.changes.map((c) => c.ruleId),
      ['storage-property-added'],
    );
  });

  test('a file that is not a contract and does not parse is compared as text, with a warning, never an error', () => {
    const base = new MapTree([
      ['notes.yaml', 'a: 1\n'],
      ['same.yaml', 'x: 1\nx: 2\n'],
    ]);
    const head = new MapTree([
      ['notes.yaml', 'a: 1\na: 2\n'],
      ['same.yaml', 'x: 1\nx: 2\n'],
    ]);
    const result = diffTrees(base, head);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(
      result.changes.map((c) => [c.ruleId, c.file]),
      [['document-changed', 'notes.yaml']],
    );
    assert.equal(result.warnings?.length, 1);
    assert.match(result.warnings![0]!, /^notes\.yaml:2: not a contract .*duplicated mapping key.*compared as text/);
  });

  test('tests, scripts, tooling config and Postman collections are listed, never parsed or versioned', () => {
    const names = [
      'tests/flow.test.yaml',
      'tooling/validate_all.py',
      'tooling/spectral.config.yaml',
      'postman/api.postman_collection.json',
      'scripts/gen.sh',
      'tooling/makefile',
    ];
    const base = new MapTree(names.map((n) => [n, 'a: 1\n']));
    const head = new MapTree(names.map((n) => [n, 'a: [\n']));
    const result = diffTrees(base, head);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(
      result.changes.map((c) => [c.ruleId, c.level]).sort(),
      names.map(() => ['other-file-changed', 'none']),
    );
  });

  test('the other side decides: a file that parsed as a contract at the baseline must still parse', () => {
    const base = new MapTree([['api/spec.yaml', 'openapi: 3.1.0\ninfo: {title: t, version: 1}\npaths: {}\n']]);
    const head = new MapTree([['api/spec.yaml', 'openapi: 3.1.0\ninfo: {title: t, version: 1}\npaths: {\n']]);
    assert.equal(diffTrees(base, head).errors[0]?.file, 'api/spec.yaml');
  });

  test('line endings alone are no change', () => {
    const base = new MapTree([
      ['x.schema.json', '{\n  "type": "string"\n}\n'],
      ['README.md', 'a\nb\n'],
    ]);
    const head = new MapTree([
      ['x.schema.json', '{\r\n  "type": "string"\r\n}\r\n'],
      ['README.md', 'a\r\nb\r\n'],
    ]);
    assert.deepEqual(diffTrees(base, head).changes, []);
  });
});

describe('$ref resolution', () => {
  test('every $ref of a document is found in document order with its pointer; instance values are not schemas', () => {
    const doc = {
      a: { $ref: '#/x' },
      'p/q~r': { items: [{ $ref: 'b.json' }, { type: 'string' }], enum: [{ $ref: 'data' }] },
      examples: [{ $ref: 'an example value' }],
      c: { $ref: '#/y', properties: { d: { $ref: '#/z' } }, default: { $ref: 'data' } },
    };
    assert.deepEqual(
      [...refsIn(doc)],
      [
        { pointer: '/a', ref: '#/x' },
        { pointer: '/p~1q~0r/items/0', ref: 'b.json' },
        { pointer: '/c', ref: '#/y' },
        { pointer: '/c/properties/d', ref: '#/z' },
      ],
    );
    assert.deepEqual([...refsIn({ $ref: '#/top' })], [{ pointer: '', ref: '#/top' }]);
    // nested far deeper than any parser lets a document be: a walk, not a recursion
    let deep: unknown = { $ref: '#/bottom' };
    for (let i = 0; i < 50_000; i++) deep = { n: deep };
    assert.equal([...refsIn(deep)][0]!.pointer.length, '/n'.length * 50_000);
  });

  const tree = (files: Record<string, unknown>) => new MapTree(Object.entries(files).map(([k, v]) => [k, JSON.stringify(v)]));

  test('relative files, $defs and components resolve across files, with their own locations', () => {
    const docs = new Documents(
      tree({ 'a/x.json': { p: { $ref: '../b/y.json#/$defs/z' } }, 'b/y.json': { $defs: { z: { type: 'string' } } } }),
    );
    const r = docs.resolveRef({ file: 'a/x.json', pointer: '/p' }, '../b/y.json#/$defs/z');
    assert.deepEqual(r.loc, { file: 'b/y.json', pointer: '/$defs/z' });
    assert.deepEqual(r.node, { type: 'string' });
  });
  test('an absolute $ref to a schema in the tree resolves by its $id, with no network', () => {
    const docs = new Documents(tree({ 'c.schema.json': { $id: 'https://ex.com/c.json', $defs: { u: { type: 'string' } } } }));
    assert.deepEqual(docs.resolveRef({ file: 'x.json', pointer: '' }, 'https://ex.com/c.json#/$defs/u').node, { type: 'string' });
  });
  test("draft-04's and draft-03's `id` is their `$id`: $refs by that URI, and relative to it, resolve in the tree", () => {
    const draft04 = 'http://json-schema.org/draft-04/schema#';
    const docs = new Documents(
      tree({
        'common/money.json': { $schema: draft04, id: 'http://acme.com/schemas/money.json', definitions: { cents: { type: 'integer' } } },
        'orders/order.json': { $schema: draft04, id: 'http://acme.com/schemas/order.json', properties: {} },
        // no draft named: `id` may be any property's name, and names no file
        'data/item.json': { id: 'http://acme.com/schemas/item.json', type: 'object' },
      }),
    );
    const at = { file: 'orders/order.json', pointer: '' };
    assert.deepEqual(docs.resolveRef(at, 'http://acme.com/schemas/money.json#/definitions/cents').node, { type: 'integer' });
    assert.deepEqual(docs.resolveRef(at, 'money.json#/definitions/cents').loc, {
      file: 'common/money.json',
      pointer: '/definitions/cents',
    });
    throwsInput(() => docs.resolveRef(at, 'http://acme.com/schemas/item.json'), /not fetched/);
  });
  test('the JSON Schema meta-schemas resolve as ajv ships them, never fetched; a copy in the tree wins', () => {
    const docs = new Documents(tree({ 'x.json': {} }));
    const at = { file: 'x.json', pointer: '' };
    for (const uri of [
      'http://json-schema.org/draft-07/schema#',
      'https://json-schema.org/draft-07/schema',
      'http://json-schema.org/draft-06/schema#',
    ])
      assert.equal(
        (docs.resolveRef(at, uri).node as { $id: string }).$id.replace('https:', 'http:'),
        uri.replace('https:', 'http:').replace(/#?$/, '#'),
      );
    assert.equal(
      docs.resolveRef(at, 'http://json-schema.org/draft-07/schema#').loc.file,
      '/json-schema.org/draft-07/schema.json',
      'at a path no repository file has',
    );
    // 2020-12's is built on $dynamicRef, which our reading of $refs does not follow: still not fetched, an error
    throwsInput(() => docs.resolveRef(at, 'https://json-schema.org/draft/2020-12/schema'), /not fetched/);
    const inMeta = docs.resolveRef(at, 'http://json-schema.org/draft-07/schema#/definitions/nonNegativeInteger').loc;
    const line = docs.lineOf(inMeta)!;
    assert.match(metaSchemaText(inMeta.file)!.split('\n')[line - 1]!, /"nonNegativeInteger"/, 'its lines are its own');
    const own = new Documents(tree({ 'x.json': {}, 'meta.json': { $id: 'http://json-schema.org/draft-07/schema#', title: 'ours' } }));
    assert.equal((own.resolveRef(at, 'http://json-schema.org/draft-07/schema#').node as { title: string }).title, 'ours');
  });
  test('remote, escaping, missing and cyclic references are errors', () => {
    const docs = new Documents(tree({ 'x.json': { a: { $ref: '#/b' }, b: { $ref: '#/a' } } }));
    const at = { file: 'x.json', pointer: '' };
    throwsInput(() => docs.resolveRef(at, 'https://example.com/s.json'), /not fetched/);
    throwsInput(() => docs.resolveRef(at, '../../etc/passwd'), /leaves the repository root/);
    throwsInput(() => docs.resolveRef(at, '#/nope'), /not found/);
    throwsInput(() => docs.deref({ file: 'x.json', pointer: '/a' }, { $ref: '#/b' }), /cyclic \$ref/);
  });
  test("a relative $ref that is not next to the file resolves against the file's $id, through the tree's own $ids", () => {
    const base = 'https://memoryos.local/contracts/events/schemas/';
    const docs = new Documents(
      tree({
        'events/schemas/_common.json': { $id: `${base}_common.json`, definitions: { ISOInstant: { type: 'string', format: 'date-time' } } },
        'events/modules/retrieval/done.schema.json': {
          $id: `${base}done.schema.json`,
          properties: { at: { $ref: '_common.json#/definitions/ISOInstant' } },
        },
      }),
    );
    const r = docs.resolveRef(
      { file: 'events/modules/retrieval/done.schema.json', pointer: '/properties/at' },
      '_common.json#/definitions/ISOInstant',
    );
    assert.deepEqual(r.loc, { file: 'events/schemas/_common.json', pointer: '/definitions/ISOInstant' });
    assert.deepEqual(docs.notes, [], 'resolving one way only is not worth a word');
  });
  test('when location and $id name different files, the location wins and the disagreement is said once', () => {
    const docs = new Documents(
      tree({
        'a/common.json': { $id: 'https://x.local/a/common.json', $defs: { t: { type: 'string' } } },
        'b/common.json': { $id: 'https://x.local/b/common.json', $defs: { t: { type: 'integer' } } },
        'b/s.schema.json': { $id: 'https://x.local/a/s.schema.json', $ref: 'common.json#/$defs/t' },
      }),
    );
    const at = { file: 'b/s.schema.json', pointer: '' };
    assert.deepEqual(docs.resolveRef(at, 'common.json#/$defs/t').node, { type: 'integer' });
    docs.resolveRef(at, 'common.json#/$defs/t');
    assert.equal(docs.notes.length, 1);
    assert.match(
      docs.notes[0]!,
      /b\/s\.schema\.json: \$ref common\.json resolves to b\/common\.json by location but to a\/common\.json through \$id/,
    );
  });
  test('a $ref that resolves neither way names what was tried', () => {
    const docs = new Documents(tree({ 's.schema.json': { $id: 'https://x.local/s.schema.json', $ref: 'gone.json' } }));
    throwsInput(
      () => docs.resolveRef({ file: 's.schema.json', pointer: '' }, 'gone.json'),
      /\$ref target gone\.json not found \(no gone\.json, and no file in the tree has that \$id\)/,
    );
  });
  test('recursive schemas (a tree of nodes) are compared without looping', () => {
    const node = (extra: Record<string, unknown>) => ({
      $defs: { node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/$defs/node' } }, ...extra } } },
      $ref: '#/$defs/node',
    });
    const result = diffDocs(node({}), node({ label: { type: 'string' } }));
    assert.deepEqual(result.errors, []);
    assert.ok(result.changes.some((c) => c.ruleId === 'storage-property-added'));
  });
});

describe("a diff's two sides", () => {
  test('a file with the same bytes on both is parsed once; a changed or broken one is read on each side', () => {
    const same = '{"type": "object", "properties": {"a": {"type": "string"}}}\n';
    const base = new MapTree([
      ['same.schema.json', Buffer.from(same)],
      ['changed.schema.json', Buffer.from('{"type": "string"}\n')],
      ['broken.yaml', Buffer.from('a: [\n')],
    ]);
    // the head's bytes are a copy, as a working tree's are beside git's: equal content is enough
    const head = new MapTree([
      ['same.schema.json', Buffer.from(same)],
      ['changed.schema.json', Buffer.from('{"type": "integer"}\n')],
      ['broken.yaml', Buffer.from('a: [\n')],
    ]);
    const docs = Documents.pair(base, head);
    assert.equal(docs.head.get('same.schema.json'), docs.base.get('same.schema.json'), 'one parse for both sides');
    assert.notEqual(docs.head.get('changed.schema.json'), docs.base.get('changed.schema.json'));
    assert.deepEqual(docs.head.get('changed.schema.json').data, { type: 'integer' });
    const error = (d: Documents) => assert.throws(() => d.get('broken.yaml'), InputError);
    error(docs.base);
    error(docs.head);
    // a diff over paired documents finds what it finds without them
    const paired = diffTrees(base, head, { documents: docs });
    assert.deepEqual(
      paired.changes,
      diffTrees(base, head, { documents: { base: new Documents(base), head: new Documents(head) } }).changes,
    );
    assert.deepEqual(
      paired.changes.map((c) => c.ruleId),
      ['storage-type-changed'],
    );
  });
});
