// What the engine must get right beyond single rules: direction, equivalent refactors, shared files, lines.
import { changeText } from '../src/core/report/change-text.js';
import { publicChange } from '../src/core/report/json.js';
import assert from 'node:assert/strict';
import { dump, load } from 'js-yaml';
import { describe, test } from 'node:test';
import { diffTrees } from '../src/core/diff/tree-diff.js';
import type { DiffResult } from '../src/core/model.js';
import { MapTree } from '../src/core/source/tree.js';
import { COMPATIBLE_HINTS } from '../src/core/rules/catalog.js';
import { newAjv } from '../src/core/semantic/validator.js';
import { api, diffDocs, ids, jsonBody, okResponse } from './helpers.js';

const person = { type: 'object', required: ['id'], properties: { id: { type: 'string' }, name: { type: 'string' } } };

describe('direction', () => {
  const narrowed = [{ type: ['string', 'null'] }, { type: 'string' }] as const;
  test('narrowing breaks readers (request, storage) but not response readers', () => {
    assert.equal(diffDocs(...narrowed, 'x.schema.json', { role: 'storage', forceRole: true }).level, 'major');
    assert.equal(diffDocs(...narrowed, 'x.schema.json', { role: 'request', forceRole: true }).level, 'major');
    assert.equal(diffDocs(...narrowed, 'x.schema.json', { role: 'response', forceRole: true }).level, 'minor');
  });
  test('widening breaks response readers but not request/storage readers; events break both ways', () => {
    const [a, b] = [narrowed[1], narrowed[0]];
    assert.equal(diffDocs(a, b, 'x.schema.json', { role: 'response', forceRole: true }).level, 'major');
    assert.equal(diffDocs(a, b, 'x.schema.json', { role: 'storage', forceRole: true }).level, 'minor');
    assert.equal(diffDocs(a, b, 'x.schema.json', { role: 'event', forceRole: true }).level, 'major');
    assert.equal(diffDocs(b, a, 'x.schema.json', { role: 'event', forceRole: true }).level, 'major');
  });
  test('the same schema used in a request and a response is judged once per side', () => {
    const spec = (s: unknown) =>
      api(
        { requestBody: jsonBody({ $ref: '#/components/schemas/P' }), responses: okResponse({ $ref: '#/components/schemas/P' }) },
        { components: { schemas: { P: s } } },
      );
    const result = diffDocs(spec(person), spec({ ...person, required: ['id', 'name'] }), 'api.yaml');
    assert.deepEqual(ids(result), ['request-property-became-required', 'response-property-became-required']);
    assert.equal(result.changes.find((c) => c.ruleId.startsWith('request'))!.level, 'major');
    assert.equal(result.changes.find((c) => c.ruleId.startsWith('response'))!.level, 'minor');
  });
  test('a change compatible on its side is not given the advice for the side it would break', () => {
    const spec = (s: unknown) =>
      api(
        { requestBody: jsonBody({ $ref: '#/components/schemas/P' }), responses: okResponse({ $ref: '#/components/schemas/P' }) },
        { components: { schemas: { P: s } } },
      );
    const hint = (r: DiffResult, id: string) => r.changes.find((c) => c.ruleId === id)!.hint;
    // narrowed: the request breaks and is told how not to; the response's readers get less and need do nothing
    const narrowed = diffDocs(spec(person), spec({ ...person, required: ['id', 'name'] }), 'api.yaml');
    assert.match(hint(narrowed, 'request-property-became-required'), /keep it optional/);
    assert.equal(hint(narrowed, 'response-property-became-required'), COMPATIBLE_HINTS.response);
    // widened: the response breaks; what clients sent before is still accepted
    const widened = diffDocs(spec({ ...person, required: ['id', 'name'] }), spec(person), 'api.yaml');
    assert.match(hint(widened, 'response-property-became-optional'), /name/);
    assert.notEqual(hint(widened, 'response-property-became-optional'), COMPATIBLE_HINTS.response);
    assert.equal(hint(widened, 'request-property-became-optional'), COMPATIBLE_HINTS.request);
    // stored data keeps the rule's advice: whoever reads it later must still be told
    const added = diffDocs({ enum: ['a'] }, { enum: ['a', 'b'] }, 'x.schema.json', { role: 'storage', forceRole: true });
    assert.match(added.changes[0]!.hint, /exhaustive switch/);
  });
  test('a schema shared through a YAML merge key (`<<: *base`) is compared as merged', () => {
    const spec = (required: string) =>
      `openapi: 3.1.0\ninfo: {title: M, version: 1.0.0}\nx-defs:\n  base: &base {type: object, required: [${required}], properties: {id: {type: string}}}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                <<: *base\n                additionalProperties: false\n`;
    const r = diffTrees(new MapTree([['api.yaml', spec('id')]]), new MapTree([['api.yaml', spec('')]]));
    assert.deepEqual(
      r.changes.filter((c) => c.level === 'major').map((c) => c.ruleId),
      ['response-property-became-optional'],
    );
  });
  test('a path parameter renamed in the template is the same endpoint and parameter', () => {
    const p = (name: string) => ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        [`/books/{${name}}`]: { get: { parameters: [{ name, in: 'path', required: true, schema: { type: 'string' } }], responses: {} } },
      },
    });
    assert.deepEqual(
      diffDocs(p('id'), p('bookId'), 'api.yaml').changes.filter((c) => c.level !== 'patch'),
      [],
    );
  });
});

describe('equivalent refactors are not changes', () => {
  test('inlining a $ref', () => {
    const a = { $defs: { P: person }, type: 'object', properties: { p: { $ref: '#/$defs/P' } } };
    const b = { $defs: { P: person }, type: 'object', properties: { p: person } };
    assert.deepEqual(diffDocs(a, b).changes, []);
  });
  test('moving a schema into allOf, split in parts', () => {
    const b = {
      allOf: [{ type: 'object', required: ['id'], properties: { id: { type: 'string' } } }, { properties: { name: { type: 'string' } } }],
    };
    assert.deepEqual(diffDocs(person, b).changes, []);
  });
  test('a one-element oneOf/anyOf and the schema itself', () => {
    assert.deepEqual(diffDocs(person, { anyOf: [person] }).changes, []);
  });
  test('nullable: true (OAS 3.0), type lists, and oneOf with null say the same thing', () => {
    const spec = (s: unknown, v = '3.1.0') => ({ ...api({ responses: okResponse(s) }), openapi: v });
    const r1 = diffDocs(spec({ type: 'string', nullable: true }, '3.0.3'), spec({ type: ['string', 'null'] }, '3.0.3'), 'api.yaml');
    assert.deepEqual(r1.changes, []);
    const r2 = diffDocs(spec({ type: ['string', 'null'] }), spec({ anyOf: [{ type: 'string' }, { type: 'null' }] }), 'api.yaml');
    assert.deepEqual(r2.changes, []);
  });
  test('a description moved from OpenAPI 3.0 to 3.1: format binary and byte are contentMediaType and contentEncoding', () => {
    const spec = (s: unknown, v: string) => ({ ...api({ responses: okResponse(s) }), openapi: v });
    const upgrade = (old: unknown, now: unknown) =>
      diffDocs(spec(old, '3.0.3'), spec(now, '3.1.0'), 'api.yaml').changes.filter((c) => c.ruleId !== 'openapi-version-changed');
    // the specification's own upgrade: it read as "format relaxed from binary to none", a major
    assert.deepEqual(upgrade({ type: 'string', format: 'binary' }, { type: 'string', contentMediaType: 'image/png' }), []);
    assert.deepEqual(upgrade({ type: 'string', format: 'byte' }, { type: 'string', contentEncoding: 'base64' }), []);
    // a format dropped without its 3.1 spelling is still a change, and so is another encoding
    assert.deepEqual(
      upgrade({ type: 'string', format: 'binary' }, { type: 'string' }).map((c) => c.ruleId),
      ['response-constraint-relaxed'],
    );
    assert.ok(upgrade({ type: 'string', format: 'byte' }, { type: 'string', contentEncoding: 'base32' }).length > 0);
  });
  test('reordering properties, enum values and required names', () => {
    const a = { type: 'object', required: ['a', 'b'], properties: { a: { enum: [1, 2] }, b: {} } };
    const b = { type: 'object', required: ['b', 'a'], properties: { b: {}, a: { enum: [2, 1] } } };
    assert.deepEqual(diffDocs(a, b).changes, []);
  });
});

describe('equal text is not enough', () => {
  // an operation's schema written the same in both versions still changes when what it references changes,
  // however far down: through an alias, a chain, or a cycle of references
  const doc = (leaf: unknown) =>
    api(
      { requestBody: jsonBody({ $ref: '#/components/schemas/Alias' }) },
      {
        components: {
          schemas: {
            Alias: { $ref: '#/components/schemas/Node' },
            Node: {
              type: 'object',
              properties: { next: { $ref: '#/components/schemas/Node' }, leaf: { $ref: '#/components/schemas/Leaf' } },
            },
            Leaf: leaf,
          },
        },
      },
    );
  test('a change in a component reached only through references is found', () => {
    const result = diffDocs(doc({ type: 'string' }), doc({ type: 'string', maxLength: 3 }), 'api.yaml');
    assert.deepEqual(ids(result), ['request-constraint-tightened']);
    assert.equal(result.changes[0]!.level, 'major');
  });
  test('equal components reached through equal references are no change', () => {
    assert.deepEqual(diffDocs(doc({ type: 'string' }), doc({ type: 'string' }), 'api.yaml').changes, []);
  });
  test("a property made optional in a definitions file a Swagger document $refs is one change, not also the file's `required.0` removed", () => {
    const swagger = dump({
      swagger: '2.0',
      info: { title: 'Pets', version: '1.0.0' },
      paths: { '/pets': { get: { responses: { '200': { description: 'ok', schema: { $ref: 'common.yaml#/definitions/Pets' } } } } } },
    });
    const common = (required: string[]) =>
      dump({ definitions: { Pets: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } }, required } } } });
    const side = (required: string[]) =>
      new MapTree([
        ['api/swagger.yaml', swagger],
        ['api/common.yaml', common(required)],
      ]);
    // the file's generic data diff reported it again, as a major "`definitions.Pets.items.required.0` removed"
    assert.deepEqual(ids(diffTrees(side(['id']), side([]))), ['response-property-became-optional']);
  });

  test('documentation in a file an OpenAPI description $refs is judged as it is written inline', () => {
    const doc = (file: string) =>
      dump({
        swagger: '2.0',
        info: { title: 'Pets', version: '1.0.0' },
        paths: { '/pets': { get: { parameters: [{ $ref: `${file}#/parameters/limit` }], responses: { '200': { description: 'ok' } } } } },
      });
    const limit = (extra: object) => ({ parameters: { limit: { name: 'limit', in: 'query', type: 'integer', ...extra } } });
    const inline = (extra: object) =>
      new MapTree([
        [
          'api.yaml',
          dump({ ...(load(doc('')) as object), parameters: limit(extra).parameters }).replace(/'?#\/parameters/g, "'#/parameters"),
        ],
      ]);
    const split = (extra: object) =>
      new MapTree([
        ['api/swagger.yaml', doc('common.yaml')],
        ['api/common.yaml', dump(limit(extra))],
      ]);
    const described = { description: 'How many pets', externalDocs: { url: 'https://example.com' } };
    const judged = (r: DiffResult) => r.changes.map((c) => [c.ruleId, c.level, c.pointer]);
    const written = judged(diffTrees(inline({}), inline(described)));
    assert.deepEqual(written, [['request-parameter-schema-docs-changed', 'patch', '/parameters/limit/externalDocs']]);
    // split, it was also a minor "`parameters.limit.description` added"
    assert.deepEqual(judged(diffTrees(split({}), split(described))), written);
    // what constrains is still a change
    assert.deepEqual(ids(diffTrees(split({}), split({ maximum: 100 }))), ['request-parameter-constraint-tightened']);
  });
  test('an operation written alike still changes with what it inherits: consumed media types, security, path parameters', () => {
    const swagger = (over: Record<string, unknown>, pathParams: unknown[] = []) => ({
      swagger: '2.0',
      info: { title: 't', version: '1' },
      consumes: ['application/json', 'application/xml'],
      security: [{ k: [] }],
      securityDefinitions: { k: { type: 'apiKey', name: 'k', in: 'header' } },
      paths: {
        '/x/{id}': {
          parameters: pathParams,
          post: { parameters: [{ in: 'body', name: 'b', schema: { type: 'object' } }], responses: { 200: { description: 'ok' } } },
        },
      },
      ...over,
    });
    const query = { in: 'query', name: 'q', type: 'string', required: true };
    const cases: [Record<string, unknown>, unknown[], string][] = [
      [{ consumes: ['application/json'] }, [], 'request-media-type-removed'],
      [{ security: [] }, [], 'security-removed'],
      [{}, [query], 'request-parameter-added-required'],
    ];
    for (const [over, params, rule] of cases) assert.ok(ids(diffDocs(swagger({}), swagger(over, params), 'api.yaml')).includes(rule), rule);
    assert.deepEqual(diffDocs(swagger({}), swagger({}), 'api.yaml').changes, []);
  });
});

describe('numeric ranges', () => {
  test('multipleOf: a multiple tightens, a divisor relaxes, anything else changes both ways; decimals are decimals', () => {
    const level = (a: number, b: number) => {
      const r = diffDocs({ type: 'number', multipleOf: a }, { type: 'number', multipleOf: b }, 'x.schema.json', {
        role: 'storage',
        forceRole: true,
      });
      const c = r.changes.find((x) => x.pointer.endsWith('multipleOf') || x.ruleId.endsWith('-narrowed'));
      return [c?.ruleId, c?.level, c?.semantic?.verdict === 'breaking' ? 'witness' : 'none'];
    };
    assert.deepEqual(level(10, 20), ['storage-constraint-tightened', 'major', 'witness']);
    assert.deepEqual(level(10, 5), ['storage-constraint-relaxed', 'minor', 'none']);
    // neither divides the other: 10 → 98 read as relaxed (98 is no multiple of 10, but 10 is none of 98 either)
    assert.deepEqual(level(10, 98), ['storage-constraint-changed', 'major', 'witness']);
    assert.deepEqual(level(9007199254740992, 7), ['storage-constraint-changed', 'major', 'witness']);
    // 0.3 is a multiple of 0.1 (floating point divides them as 2.9999999999999996): relaxing shows no false witness
    assert.deepEqual(level(0.1, 0.3), ['storage-constraint-tightened', 'major', 'witness']);
    assert.deepEqual(level(0.3, 0.1), ['storage-constraint-relaxed', 'minor', 'none']);
    // examples are checked the same way, and a value that is no multiple says so as ajv does
    const price = newAjv(true, true).compile({ type: 'number', multipleOf: 0.01 });
    assert.equal(price(19.99), true);
    assert.equal(price(1.005), false);
    assert.equal(price.errors?.[0]?.message, 'must be multiple of 0.01');
  });
  test('oneOf of overlapping types is no type union: an integer alternative beside number rejects integers', () => {
    const r = diffDocs(
      { oneOf: [{ type: 'number' }, { type: 'string' }] },
      { oneOf: [{ type: 'number' }, { type: 'string' }, { type: 'integer' }] },
      'x.schema.json',
      { role: 'storage', forceRole: true },
    );
    assert.equal(r.level, 'major', r.changes.map((c) => c.ruleId).join(' '));
    assert.ok(r.changes.some((c) => c.semantic?.verdict === 'breaking' && Number.isInteger((c.semantic as { witness: unknown }).witness)));
  });
  test('minimum and exclusiveMinimum are one bound; for integers `> 9` is `>= 10`', () => {
    assert.deepEqual(diffDocs({ type: 'integer', minimum: 10 }, { type: 'integer', exclusiveMinimum: 9 }).changes, []);
    assert.deepEqual(ids(diffDocs({ type: 'number', minimum: 10 }, { type: 'number', exclusiveMinimum: 10 })), [
      'storage-constraint-tightened',
    ]);
    assert.deepEqual(ids(diffDocs({ type: 'number', minimum: 1, exclusiveMinimum: 0.5 }, { type: 'number', exclusiveMinimum: 0.4 })), [
      'storage-constraint-relaxed',
    ]);
  });
  test('draft-04 / OAS 3.0 boolean exclusive flags modify minimum and maximum', () => {
    const r = diffDocs(
      { ...api({ requestBody: jsonBody({ type: 'number', maximum: 20 }), responses: {} }), openapi: '3.0.3' },
      { ...api({ requestBody: jsonBody({ type: 'number', maximum: 20, exclusiveMaximum: true }), responses: {} }), openapi: '3.0.3' },
      'api.yaml',
    );
    assert.deepEqual(ids(r), ['request-constraint-tightened']);
    assert.match(r.changes[0]!.message, /maximum tightened from <= 20 to < 20/);
  });
});

describe('content models', () => {
  test('adding an optional property to a closed response schema breaks old readers; to an open one it does not', () => {
    const s = (closed: boolean, extra = {}) => ({
      type: 'object',
      properties: { a: {}, ...extra },
      ...(closed ? { additionalProperties: false } : {}),
    });
    assert.equal(diffDocs(s(true), s(true, { b: {} }), 'x.schema.json', { role: 'response', forceRole: true }).level, 'major');
    assert.equal(diffDocs(s(false), s(false, { b: {} }), 'x.schema.json', { role: 'response', forceRole: true }).level, 'minor');
  });
  test('readOnly properties are not part of requests; writeOnly ones not of responses', () => {
    const spec = (s: unknown) => api({ requestBody: jsonBody(s), responses: okResponse(s) });
    const a = { type: 'object', properties: { id: { type: 'string', readOnly: true }, pw: { type: 'string', writeOnly: true } } };
    const b = { ...a, required: ['id', 'pw'] };
    const result = diffDocs(spec(a), spec(b), 'api.yaml');
    assert.deepEqual(ids(result), ['request-property-became-required', 'response-property-became-required']);
    assert.equal(result.changes.find((c) => c.ruleId.startsWith('request'))!.message.includes('`pw`'), true);
    assert.equal(result.changes.find((c) => c.ruleId.startsWith('response'))!.message.includes('`id`'), true);
  });
  test('tuples: prefixItems (2020-12) and items arrays (draft-07) are compared position by position', () => {
    const r = diffDocs(
      { prefixItems: [{ type: 'string' }, { type: 'integer' }] },
      { prefixItems: [{ type: 'string' }, { type: 'string' }] },
    );
    assert.deepEqual(ids(r), ['storage-type-changed']);
    assert.match(r.changes[0]!.message, /\[1\]/);
  });
  test('a keyword beside a $ref, void in draft-07, applies once the schema moves to 2020-12: a narrowing that was hidden', () => {
    const schema = (draft: string, defs: string) => ({
      $schema: draft,
      type: 'object',
      properties: { n: { $ref: `#/${defs}/s`, maxLength: 5 } },
      [defs]: { s: { type: 'string' } },
    });
    const draft7 = schema('http://json-schema.org/draft-07/schema#', 'definitions');
    const moved = schema('https://json-schema.org/draft/2020-12/schema', '$defs');
    assert.deepEqual(ids(diffDocs(draft7, draft7)), []);
    const r = diffDocs(draft7, moved);
    assert.deepEqual(
      r.changes.map((c) => [c.ruleId, c.level]),
      [['storage-constraint-tightened', 'major']],
    );
    assert.match(r.changes[0]!.message, /maxLength tightened from none to 5/);
  });
  test("draft-07's dependencies are 2019-09's dependentRequired and dependentSchemas: moving a schema to 2020-12 changes nothing", () => {
    const draft7 = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      dependencies: { a: ['b'], c: { required: ['d'] } },
    };
    const now = (names: string[]) => ({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      dependentRequired: { a: names },
      dependentSchemas: { c: { required: ['d'] } },
    });
    assert.deepEqual(ids(diffDocs(draft7, now(['b']))), []);
    // a name more that `a` needs is still a narrowing
    const tightened = diffDocs(draft7, now(['b', 'e']));
    assert.deepEqual(
      tightened.changes.map((c) => [c.ruleId, c.level]),
      [['storage-constraint-changed', 'major']],
    );
  });
});

describe('trees', () => {
  test('two files at different paths (diff old.yaml new.yaml) are compared as the same file under one name would be', () => {
    // components no operation reaches, one referencing another that changed: each side's references resolve in its own file
    const doc = (c: unknown) =>
      dump({
        openapi: '3.1.0',
        info: { title: 't', version: '1' },
        components: {
          schemas: {
            A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
            B: { type: 'object', properties: { c: { $ref: '#/components/schemas/C' } } },
            C: c,
          },
        },
      });
    const [base, head] = [doc({ type: 'string' }), doc({ type: 'integer' })];
    const shown = (r: DiffResult) => r.changes.map((c) => `${c.ruleId} ${c.pointer} ${c.level}`).sort();
    const same = diffTrees(new MapTree([['api.yaml', base]]), new MapTree([['api.yaml', head]]));
    const moved = diffTrees(new MapTree([['old/api.yaml', base]]), new MapTree([['new/api.yaml', head]]), {
      pairs: [{ base: 'old/api.yaml', head: 'new/api.yaml' }],
    });
    assert.deepEqual(shown(same), ['event-type-changed /components/schemas/C/type major']);
    assert.deepEqual(shown(moved), shown(same));
  });
  const common = (pattern: string) => JSON.stringify({ $defs: { ulid: { type: 'string', pattern } } });
  const user = JSON.stringify({ type: 'object', properties: { id: { $ref: '../common.schema.json#/$defs/ulid' } } });
  const spec = `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /users/{id}:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '../../../storage/schemas/user.schema.json'}
`;
  const tree = (pattern: string) =>
    new MapTree([
      ['storage/common.schema.json', common(pattern)],
      ['storage/schemas/user.schema.json', user],
      ['modules/users/api/openapi.yaml', spec],
    ]);

  test('a change in a shared file is reported once per reader, at the shared file, with its line', () => {
    const result = diffTrees(tree('^[0-7]'), tree('^[0-9]'));
    const byId = new Map(result.changes.map((c) => [c.ruleId, c]));
    assert.deepEqual([...byId.keys()].sort(), ['response-pattern-changed', 'response-schema-widened', 'storage-pattern-changed']);
    // the response may now carry an id starting 8 or 9, which old readers reject: proven through the shared file
    const widened = byId.get('response-schema-widened')!;
    assert.equal(widened.level, 'major');
    assert.match(JSON.stringify(widened.semantic), /"witness":\{"id":"[89]/);
    for (const c of result.changes.filter((x) => x !== widened)) {
      assert.equal(c.file, 'storage/common.schema.json');
      assert.equal(c.pointer, '/$defs/ulid/pattern');
      assert.equal(c.line, 1);
    }
    assert.match(byId.get('response-pattern-changed')!.message, /GET \/users\/\{id\} response 200/);
  });

  test('a document left as it was is compared again when a file it reaches, however far, changed or is another file', () => {
    const doc = (ref: string) => dump(api({ requestBody: jsonBody({ $ref: ref }), responses: okResponse({ type: 'string' }) }));
    const user = (required: string[]) =>
      JSON.stringify({ $id: 'https://acme.test/user.json', type: 'object', required, properties: { id: { $ref: 'id.json' } } });
    const id = (type: string) => JSON.stringify({ type });
    const at = (result: DiffResult) => result.changes.map((c) => `${c.level} ${c.ruleId} ${c.file}`);
    const files = (over: Record<string, string | undefined>) =>
      new MapTree(
        Object.entries({
          'api.yaml': doc('https://acme.test/user.json'),
          'schemas/user.json': user([]),
          'schemas/id.json': id('string'),
          ...over,
        }).filter((e): e is [string, string] => e[1] !== undefined),
      );
    // two files away: api.yaml → user.json → id.json
    assert.deepEqual(at(diffTrees(files({}), files({ 'schemas/id.json': id('integer') }))), ['major request-type-changed schemas/id.json']);
    // its `$ref` by URI now reaches another file: the one that held the `$id` is gone, and one that holds it now is narrower
    const taken = diffTrees(
      files({}),
      files({ 'schemas/user.json': undefined, 'aaa/user.json': user(['id']).replace('id.json', '../schemas/id.json') }),
    );
    assert.deepEqual(at(taken), ['major request-property-became-required aaa/user.json', 'patch contract-moved aaa/user.json']);
  });

  test('a security scheme changed says from what to what: a client learns what it must now send', () => {
    const doc = (scheme: object) =>
      dump({
        openapi: '3.1.0',
        info: { title: 't', version: '1.0.0' },
        security: [{ key: [] }],
        paths: { '/x': { get: { responses: { '200': { description: 'ok' } } } } },
        components: { securitySchemes: { key: scheme } },
      });
    const out = diffTrees(
      new MapTree([['api.yaml', doc({ type: 'apiKey', in: 'header', name: 'X-API-Key' })]]),
      new MapTree([['api.yaml', doc({ type: 'apiKey', in: 'query', name: 'api`key' })]]),
    );
    assert.deepEqual(
      out.changes.map((c) => c.message),
      [
        'security scheme `key`: in changed from `header` to `query`',
        'security scheme `key`: name changed from `X-API-Key` to `` api`key ``',
      ],
    );
    // values of any length: each cut within its own code span, never the message in the middle of one
    const long = diffTrees(
      new MapTree([['api.yaml', doc({ type: 'apiKey', in: 'header', name: 'k'.repeat(500) })]]),
      new MapTree([['api.yaml', doc({ type: 'apiKey', in: 'header', name: '`'.repeat(3) + 'v'.repeat(500) })]]),
    );
    assert.deepEqual(
      long.changes.map((c) => c.message),
      [`security scheme \`key\`: name changed from \`${'k'.repeat(57)}...\` to \`\`\`\` ${'`'.repeat(3)}${'v'.repeat(54)}... \`\`\`\``],
    );
  });

  test('a change whose message abridges what changed carries the whole as its identity: two such changes are told apart', () => {
    const schema = (pattern: string) => ({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string', pattern });
    const long = (tail: string) => `^(${'[a-z]{1,8}-'.repeat(24)})${tail}$`;
    const [one, two] = [long('x'), long('[0-9]+')].map((p) =>
      diffDocs(schema('^[a-z]+$'), schema(p)).changes.find((c) => c.ruleId.endsWith('pattern-changed'))!,
    );
    assert.equal(one!.message, two!.message, 'the message shows the same first 200 characters');
    assert.ok(one!.identity && two!.identity && one!.identity !== two!.identity);
    const short = diffDocs(schema('^[a-z]+$'), schema('^[a-c]+$')).changes.find((c) => c.ruleId.endsWith('pattern-changed'))!;
    assert.equal(short.identity, undefined, 'a message that says it all is its own identity');
  });

  test('changes carry their module: modules/<name>/ or globals', () => {
    const a = new MapTree([['modules/users/api/openapi.yaml', spec]]);
    const b = new MapTree([['modules/users/api/openapi.yaml', spec.replace("'200'", "'201'")]]);
    const result = diffTrees(a, b);
    assert.ok(result.changes.length > 0);
    assert.ok(result.changes.every((c) => c.module === 'users'));
  });

  test('the line of a change in a YAML file is the line of the element in the head', () => {
    const a = new MapTree([
      [
        'api.yaml',
        spec.replace('../../../storage/schemas/user.schema.json', '#/components/schemas/U') +
          'components:\n  schemas:\n    U:\n      type: object\n      properties:\n        id: {type: string}\n',
      ],
    ]);
    const b = new MapTree([
      [
        'api.yaml',
        spec.replace('../../../storage/schemas/user.schema.json', '#/components/schemas/U') +
          'components:\n  schemas:\n    U:\n      type: object\n      properties:\n        id: {type: string}\n        name: {type: string}\n',
      ],
    ]);
    const [change] = diffTrees(a, b).changes;
    assert.equal(change!.ruleId, 'response-property-added');
    assert.equal(change!.line, 18);
  });
});

describe('reporting', () => {
  test('a change in a shared schema names every operation it reaches, once', () => {
    const spec = (props: Record<string, unknown>) => ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: Object.fromEntries(['/a', '/b', '/c'].map((p) => [p, { get: { responses: okResponse({ $ref: '#/components/schemas/S' }) } }])),
      components: { schemas: { S: { type: 'object', required: ['x'], properties: props } } },
    });
    const r = diffDocs(spec({ x: { type: 'string' } }), spec({ x: { type: 'integer' } }), 'api.yaml');
    assert.equal(r.changes.length, 1);
    const change = r.changes[0]!;
    assert.equal(change.message, 'GET /a response 200 .x: type changed from string to integer', 'the message itself is plain');
    assert.equal(
      changeText(change),
      'GET /a response 200 .x: type changed from string to integer (also via GET /b and GET /c) — e.g. `{"x":0}` may now be sent and old readers reject it',
      'routes, then the witness set inclusion found (OpenAPI 3.1 response schemas are judged too)',
    );
    assert.deepEqual(publicChange(change).via, ['GET /a', 'GET /b', 'GET /c']);
    assert.equal(publicChange(change).message, changeText(change), 'the JSON report keeps the full text');
  });
  test('info changes say which field changed, from what to what', () => {
    const r = diffDocs(api({ responses: {} }), { ...api({ responses: {} }), info: { title: 't', version: '1.1.0' } }, 'api.yaml');
    assert.deepEqual(
      r.changes.map((c) => c.message),
      ['`info.version` changed from 1.0.0 to 1.1.0'],
    );
  });
});

describe('formats', () => {
  const pair = (from: string, to: string) =>
    [
      { type: 'object', properties: { url: { type: 'string', format: from } } },
      { type: 'object', properties: { url: { type: 'string', format: to } } },
    ] as const;
  const change = (from: string, to: string, role: 'storage' | 'response') =>
    diffDocs(...pair(from, to), 'x.schema.json', { role, forceRole: true }).changes.find((c) => c.pointer.endsWith('/format'))!;

  test('a format widened along an inclusion (uri → uri-reference) rejects nothing old; narrowed, it does', () => {
    // every URI is a URI reference: stored values stay valid, and only readers of what is sent see more
    const widened = change('uri', 'uri-reference', 'storage');
    assert.equal(widened.ruleId, 'storage-constraint-relaxed');
    assert.equal(widened.level, 'minor');
    assert.match(widened.message, /format relaxed from uri to uri-reference/);
    assert.equal(change('uri', 'uri-reference', 'response').level, 'major');
    const narrowed = change('idn-email', 'email', 'storage');
    assert.equal(narrowed.ruleId, 'storage-constraint-tightened');
    assert.equal(narrowed.level, 'major');
  });

  test('formats unrelated by inclusion are replaced: major either way', () => {
    // `toString`, a format named like a method every object has, was an internal error in the witness search
    for (const [from, to] of [
      ['date', 'date-time'],
      ['uri', 'email'],
      ['toString', 'uri'],
    ])
      for (const role of ['storage', 'response'] as const) {
        const c = change(from!, to!, role);
        assert.equal(c.ruleId, `${role}-format-changed`, `${from} → ${to}`);
        assert.equal(c.level, 'major');
      }
  });
});

describe('bounds with a default', () => {
  const items = (extra: object) => ({ type: 'array', contains: { type: 'string' }, ...extra });
  const changes = (a: object, b: object) =>
    diffDocs(items(a), items(b), 'x.schema.json', { role: 'storage', forceRole: true }).changes.filter((c) =>
      c.pointer.includes('Contains'),
    );

  test('minContains absent is 1: set to 0 it is relaxed, set to 1 nothing changed, to 2 tightened', () => {
    // OpenAPI 3.2's schema adds `minContains: 0`, which was read as "tightened from none to 0"
    const relaxed = changes({}, { minContains: 0 });
    assert.deepEqual(
      relaxed.map((c) => [c.ruleId, c.level]),
      [['storage-constraint-relaxed', 'minor']],
    );
    assert.match(relaxed[0]!.message, /minContains relaxed from 1 \(by default\) to 0/);
    assert.deepEqual(changes({}, { minContains: 1 }), []);
    assert.deepEqual(changes({ minContains: 1 }, {}), []);
    assert.deepEqual(
      changes({}, { minContains: 2 }).map((c) => c.ruleId),
      ['storage-constraint-tightened'],
    );
  });
});
