// A description upgraded in a pull request (the same file, rewritten): Swagger 2.0 to OpenAPI 3, AsyncAPI 2.x to 3.0.
// Compared operation by operation, channel by address, and as written on the wire: a faithful upgrade is one version
// change; whatever the upgrade dropped or changed is reported as it would be between two versions of the same major.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { diffTrees } from '../src/core/diff/tree-diff.js';
import { MapTree } from '../src/core/source/tree.js';
import { PROJECT } from './helpers.js';

const fixture = (name: string) => readFileSync(join(PROJECT, 'test/fixtures/upgrade', name), 'utf8');
const SWAGGER = fixture('swagger.yaml');
const OPENAPI = fixture('openapi.yaml');

/** The changes of `openapi.yaml` going from `before` to `after`: rule, level, message. */
function changes(before: string, after: string): string[] {
  const result = diffTrees(new MapTree([['openapi.yaml', before]]), new MapTree([['openapi.yaml', after]]));
  assert.deepEqual(result.errors, []);
  return result.changes.map((c) => `${c.ruleId} ${c.level}: ${c.message}`);
}

const edit = (text: string, from: string | RegExp, to: string) => {
  const out = text.replace(from, to);
  assert.notEqual(out, text, `the edit found ${String(from)}`);
  return out;
};

describe('a Swagger 2.0 description upgraded to OpenAPI 3', () => {
  test('a faithful upgrade is one version change: base path, bodies, form fields, collection formats, x-nullable, security, definitions', () => {
    assert.deepEqual(changes(SWAGGER, OPENAPI), ['openapi-version-changed minor: OpenAPI version changed from Swagger 2.0 to 3.0.3']);
  });

  test('what the upgrade dropped or changed is reported, as between two OpenAPI 3 versions', () => {
    let upgraded = edit(OPENAPI, /  \/pets\/\{id\}:\n    delete:\n.*\n.*\n/, '');
    upgraded = edit(upgraded, 'style: form, explode: false, ', ''); // OpenAPI 3's default for a query array is exploded
    upgraded = edit(upgraded, '        name: { type: string, nullable: true }\n', '');
    upgraded = edit(upgraded, ', by: { type: string }', '');
    upgraded = edit(upgraded, 'required: [file]', 'required: [file, caption]');
    const found = changes(SWAGGER, upgraded);
    for (const expected of [
      'operation-removed major: DELETE /v1/pets/{id} removed',
      'request-parameter-style-changed major: GET /v1/pets: query parameter `tags` explode changed from false to true',
      'response-property-removed major: GET /v1/pets response 200 []: optional property `name` removed',
      'event-property-removed major: components.schemas.Audit (reached by no operation): optional property `by` removed',
      'request-property-became-required major: POST /v1/pets/{id}/photo request body: property `caption` became required',
    ])
      assert.ok(
        found.some((f) => f.startsWith(expected)),
        `${expected}\nin:\n${found.join('\n')}`,
      );
  });

  test('a security scheme or server that changed in the upgrade is still a change', () => {
    const found = changes(
      SWAGGER,
      edit(edit(OPENAPI, 'authorizationCode:', 'clientCredentials:'), 'api.example.com/v1', 'api.example.com/v2'),
    );
    // which flows changed, not only that they did
    assert.ok(
      found.includes('security-scheme-changed major: security scheme `oauth`: flows changed (`authorizationCode`, `clientCredentials`)'),
      found.join('\n'),
    );
    assert.ok(found.includes('server-removed minor: server https://api.example.com/v1 removed'), found.join('\n'));
    // the route prefix moved with it: every operation is at another URL, said once
    assert.ok(found.includes('base-path-changed major: every operation moved from /v1 to /v2'), found.join('\n'));
  });

  test('a base path moved is one change, and each operation is compared with itself under the old one', () => {
    // Swagger to Swagger: every operation read as removed and another added, what changed inside them unsaid
    const moved = changes(SWAGGER, edit(edit(SWAGGER, 'basePath: /v1', 'basePath: /v2'), 'maximum: 100', 'maximum: 50'));
    assert.deepEqual(
      moved.filter((c) => !c.startsWith('server-')),
      [
        'base-path-changed major: every operation moved from /v1 to /v2',
        'request-parameter-constraint-tightened major: GET /v2/pets query parameter limit: maximum tightened from <= 100 to <= 50',
      ],
    );
    // servers whose paths differ share no prefix: nothing moved as a whole
    const two = (second: string) =>
      edit(
        OPENAPI,
        "servers: [{ url: 'https://api.example.com/v1' }]",
        `servers: [{ url: 'https://api.example.com/v1' }, { url: '${second}' }]`,
      );
    assert.ok(!changes(two('https://eu.example.com/v1'), two('https://eu.example.com/v3')).some((c) => c.startsWith('base-path-changed')));
  });
});

describe('how a parameter is written, between two OpenAPI 3 versions', () => {
  const api = (parameter: string) =>
    `openapi: 3.0.3\ninfo: { title: P, version: 1.0.0 }\npaths:\n  /pets:\n    get:\n      parameters:\n        - ${parameter}\n      responses: { '200': { description: ok } }\n`;

  test('a style written out where it is the default, or explode on a single value, changes nothing on the wire', () => {
    assert.deepEqual(
      changes(
        api('{ name: q, in: query, schema: { type: string } }'),
        api('{ name: q, in: query, style: form, explode: false, schema: { type: string } }'),
      ),
      [],
    );
    assert.deepEqual(
      changes(
        api('{ name: id, in: header, schema: { type: array, items: { type: string } } }'),
        api('{ name: id, in: header, style: simple, explode: false, schema: { type: array, items: { type: string } } }'),
      ),
      [],
    );
  });

  test('explode on an array is a change', () => {
    assert.deepEqual(
      changes(
        api('{ name: q, in: query, schema: { type: array, items: { type: string } } }'),
        api('{ name: q, in: query, explode: false, schema: { type: array, items: { type: string } } }'),
      ),
      ['request-parameter-style-changed major: GET /pets: query parameter `q` explode changed from true to false'],
    );
  });
});

describe('an AsyncAPI 2.x document upgraded to 3.0', () => {
  const [V2, V3] = [fixture('asyncapi-2.yaml'), fixture('asyncapi-3.yaml')];
  const diff = (before: string, after: string) => {
    const result = diffTrees(new MapTree([['events.yaml', before]]), new MapTree([['events.yaml', after]]));
    assert.deepEqual(result.errors, []);
    return result.changes.map((c) => `${c.ruleId} ${c.level}: ${c.message}`);
  };

  test('a faithful upgrade is the version alone: channels by address, operations by action, messages by name', () => {
    assert.deepEqual(diff(V2, V3), ['async-info-changed patch: `asyncapi (2.6.0 → 3.0.0)` changed']);
  });

  test('what the upgrade dropped or changed is reported: a channel, a payload, an operation', () => {
    let upgraded = edit(V3, 'total: { type: number }', 'total: { type: string }');
    upgraded = edit(upgraded, /  orderCancelled:\n(    .*\n)+?(?=operations:)/, '');
    upgraded = edit(upgraded, /  cancelOrder:\n(    .*\n)+/, '');
    const found = diff(V2, upgraded);
    for (const expected of [
      'channel-removed major: channel `order/cancelled` removed',
      'event-sent-type-changed major: message OrderCreated .total: type changed from number to string',
    ])
      assert.ok(
        found.some((f) => f.startsWith(expected)),
        `${expected}\nin:\n${found.join('\n')}`,
      );
    assert.ok(!found.some((f) => f.startsWith('channel-removed major: channel `order/{orderId}/created`')), found.join('\n'));
  });
});

describe('a file rewritten as another kind of contract', () => {
  test('a JSON Schema rewritten as an OpenAPI document is the schema removed and the document added', () => {
    const schema = JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', required: ['id'] });
    const api = JSON.stringify({ openapi: '3.0.3', info: { title: 'U', version: '1.0.0' }, paths: { '/u': { get: { responses: {} } } } });
    const result = diffTrees(new MapTree([['user.json', schema]]), new MapTree([['user.json', api]]));
    assert.deepEqual(
      result.changes.map((c) => `${c.ruleId} ${c.level}: ${c.message}`),
      ['contract-removed major: JSON Schema user.json removed', 'contract-added minor: OpenAPI document user.json added'],
    );
  });
});

describe('a JSON Schema moved from draft-07 to 2020-12', () => {
  test('the same text beside a $ref is void before and applies after: the narrowing is reported, not taken for no change', () => {
    const schema = (draft: string) =>
      JSON.stringify({
        $schema: draft,
        type: 'object',
        properties: { o: { type: 'object', properties: { n: { $ref: '#/definitions/s', maxLength: 5 } } } },
        definitions: { s: { type: 'string' } },
      });
    const [before, after] = [schema('http://json-schema.org/draft-07/schema#'), schema('https://json-schema.org/draft/2020-12/schema')];
    const diff = (x: string, y: string) =>
      diffTrees(new MapTree([['n.schema.json', x]]), new MapTree([['n.schema.json', y]])).changes.map(
        (c) => `${c.ruleId} ${c.level}: ${c.message}`,
      );
    assert.deepEqual(diff(before, before), []);
    assert.deepEqual(diff(before, after), ['storage-constraint-tightened major: n.schema.json .o.n: maxLength tightened from none to 5']);
  });
});
