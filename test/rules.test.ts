// One case per catalog rule: the rule fires where it should, at the level its role gives.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RULES } from '../src/core/rules/catalog.js';
import type { Level, Role } from '../src/core/model.js';
import { MapTree } from '../src/core/source/tree.js';
import { diffTrees } from '../src/core/diff/tree-diff.js';
import { api, diffDocs, jsonBody, okResponse } from './helpers.js';

interface Case {
  rule: string;
  /** The emitted id and level expected (schema rules: for the role given). */
  expect: string;
  level: Level;
  run: () => ReturnType<typeof diffDocs>;
}

const schema = (role: Role, a: unknown, b: unknown) => () => diffDocs(a, b, 'doc.schema.json', { role, forceRole: true });
const oas = (a: unknown, b: unknown) => () => diffDocs(a, b, 'api.yaml');
const op = (o: Record<string, unknown>) => api({ responses: { '200': { description: 'ok' } }, ...o });
const obj = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'object', properties: props, ...extra });
const files = (a: Record<string, string>, b: Record<string, string>) => () =>
  diffTrees(new MapTree(Object.entries(a)), new MapTree(Object.entries(b)));

const CASES: Case[] = [
  // schema rules, reader side (storage/request) and writer side (response)
  {
    rule: 'type-narrowed',
    expect: 'storage-type-narrowed',
    level: 'major',
    run: schema('storage', { type: ['string', 'null'] }, { type: 'string' }),
  },
  {
    rule: 'type-widened',
    expect: 'response-type-widened',
    level: 'major',
    run: schema('response', { type: 'string' }, { type: ['string', 'null'] }),
  },
  { rule: 'type-changed', expect: 'storage-type-changed', level: 'major', run: schema('storage', { type: 'string' }, { type: 'integer' }) },
  {
    rule: 'enum-value-removed',
    expect: 'request-enum-value-removed',
    level: 'major',
    run: schema('request', { enum: ['a', 'b'] }, { enum: ['a'] }),
  },
  {
    rule: 'enum-value-added',
    expect: 'response-enum-value-added',
    level: 'major',
    run: schema('response', { enum: ['a'] }, { enum: ['a', 'b'] }),
  },
  {
    rule: 'enum-added',
    expect: 'storage-enum-added',
    level: 'major',
    run: schema('storage', { type: 'string' }, { type: 'string', enum: ['a'] }),
  },
  {
    rule: 'enum-removed',
    expect: 'response-enum-removed',
    level: 'major',
    run: schema('response', { type: 'string', enum: ['a'] }, { type: 'string' }),
  },
  { rule: 'const-changed', expect: 'event-const-changed', level: 'major', run: schema('event', { const: 'v1' }, { const: 'v2' }) },
  {
    rule: 'property-added',
    expect: 'storage-property-added',
    level: 'minor',
    run: schema('storage', obj({ a: { type: 'string' } }), obj({ a: { type: 'string' }, b: { type: 'string' } })),
  },
  {
    rule: 'property-added-to-closed-schema',
    expect: 'response-property-added-to-closed-schema',
    level: 'major',
    run: schema('response', obj({ a: {} }, { additionalProperties: false }), obj({ a: {}, b: {} }, { additionalProperties: false })),
  },
  {
    rule: 'property-removed',
    expect: 'response-property-removed',
    level: 'major',
    run: schema('response', obj({ a: {}, b: {} }), obj({ a: {} })),
  },
  {
    rule: 'required-property-removed',
    expect: 'response-required-property-removed',
    level: 'major',
    run: schema('response', obj({ a: {}, b: {} }, { required: ['b'] }), obj({ a: {} })),
  },
  {
    rule: 'property-removed-from-closed-schema',
    expect: 'storage-property-removed-from-closed-schema',
    level: 'major',
    run: schema('storage', obj({ a: {}, b: {} }, { additionalProperties: false }), obj({ a: {} }, { additionalProperties: false })),
  },
  {
    rule: 'required-property-added',
    expect: 'request-required-property-added',
    level: 'major',
    run: schema('request', obj({ a: {} }), obj({ a: {}, b: {} }, { required: ['b'] })),
  },
  {
    rule: 'property-became-required',
    expect: 'storage-property-became-required',
    level: 'major',
    run: schema('storage', obj({ a: {} }), obj({ a: {} }, { required: ['a'] })),
  },
  {
    rule: 'property-became-optional',
    expect: 'response-property-became-optional',
    level: 'major',
    run: schema('response', obj({ a: {} }, { required: ['a'] }), obj({ a: {} })),
  },
  {
    rule: 'additional-properties-narrowed',
    expect: 'storage-additional-properties-narrowed',
    level: 'major',
    run: schema('storage', obj({}), obj({}, { additionalProperties: false })),
  },
  {
    rule: 'additional-properties-widened',
    expect: 'response-additional-properties-widened',
    level: 'major',
    run: schema('response', obj({}, { additionalProperties: false }), obj({})),
  },
  {
    rule: 'constraint-tightened',
    expect: 'request-constraint-tightened',
    level: 'major',
    run: schema('request', { type: 'string', maxLength: 10 }, { type: 'string', maxLength: 5 }),
  },
  {
    rule: 'constraint-relaxed',
    expect: 'storage-constraint-relaxed',
    level: 'minor',
    run: schema('storage', { type: 'string', maxLength: 5 }, { type: 'string', maxLength: 10 }),
  },
  {
    rule: 'constraint-tightened',
    expect: 'storage-constraint-tightened',
    level: 'major',
    run: schema('storage', { type: 'number', maximum: 1 }, { type: 'number', exclusiveMaximum: 1 }),
  },
  {
    rule: 'applicator-added',
    expect: 'storage-applicator-added',
    level: 'major',
    run: schema('storage', obj({}), obj({}, { propertyNames: { pattern: '^[a-z]+$' } })),
  },
  {
    rule: 'applicator-removed',
    expect: 'response-applicator-removed',
    level: 'major',
    run: schema('response', obj({}, { dependentRequired: { a: ['b'] } }), obj({})),
  },
  {
    rule: 'constraint-changed',
    expect: 'event-constraint-changed',
    level: 'major',
    run: schema(
      'event',
      obj({}, { patternProperties: { '^x': { type: 'string' } } }),
      obj({}, { patternProperties: { '^y': { type: 'string' } } }),
    ),
  },
  {
    rule: 'extensible-enum-value-added',
    expect: 'response-extensible-enum-value-added',
    level: 'minor',
    run: schema('response', { type: 'string', 'x-extensible-enum': ['a'] }, { type: 'string', 'x-extensible-enum': ['a', 'b'] }),
  },
  {
    rule: 'pattern-changed',
    expect: 'storage-pattern-changed',
    level: 'major',
    run: schema('storage', { type: 'string', pattern: '^a' }, { type: 'string', pattern: '^b' }),
  },
  {
    rule: 'pattern-added',
    expect: 'request-pattern-added',
    level: 'major',
    run: schema('request', { type: 'string' }, { type: 'string', pattern: '^a' }),
  },
  {
    rule: 'pattern-removed',
    expect: 'response-pattern-removed',
    level: 'minor',
    run: schema('response', { type: 'string', pattern: '^a' }, { type: 'string' }),
  },
  {
    rule: 'format-changed',
    expect: 'storage-format-changed',
    level: 'major',
    run: schema('storage', { type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }),
  },
  {
    rule: 'variant-added',
    expect: 'response-variant-added',
    level: 'major',
    run: schema(
      'response',
      { oneOf: [{ type: 'string' }, { type: 'object', properties: { a: {} } }] },
      { oneOf: [{ type: 'string' }, { type: 'object', properties: { a: {} } }, { type: 'array', items: {} }] },
    ),
  },
  {
    rule: 'variant-removed',
    expect: 'request-variant-removed',
    level: 'major',
    run: schema(
      'request',
      { oneOf: [{ $ref: '#/$defs/A' }, { $ref: '#/$defs/B' }], $defs: { A: obj({ a: {} }), B: obj({ b: {} }) } },
      { oneOf: [{ $ref: '#/$defs/A' }], $defs: { A: obj({ a: {} }), B: obj({ b: {} }) } },
    ),
  },
  {
    rule: 'negation-changed',
    expect: 'storage-negation-changed',
    level: 'major',
    run: schema('storage', { not: { const: 1 } }, { not: { const: 2 } }),
  },
  {
    rule: 'default-changed',
    expect: 'request-default-changed',
    level: 'major',
    run: schema('request', { type: 'integer', default: 10 }, { type: 'integer', default: 20 }),
  },
  {
    rule: 'definition-added',
    expect: 'storage-definition-added',
    level: 'minor',
    run: schema('storage', { $defs: {} }, { $defs: { ulid: { type: 'string' } } }),
  },
  {
    rule: 'definition-removed',
    expect: 'storage-definition-removed',
    level: 'major',
    run: schema('storage', { $defs: { ulid: { type: 'string' } } }, { $defs: {} }),
  },
  {
    rule: 'schema-deprecated',
    expect: 'response-schema-deprecated',
    level: 'minor',
    run: schema('response', { type: 'string' }, { type: 'string', deprecated: true }),
  },
  {
    rule: 'schema-undeprecated',
    expect: 'response-schema-undeprecated',
    level: 'patch',
    run: schema('response', { type: 'string', deprecated: true }, { type: 'string' }),
  },
  {
    rule: 'schema-docs-changed',
    expect: 'storage-schema-docs-changed',
    level: 'patch',
    run: schema('storage', { type: 'string', description: 'a' }, { type: 'string', description: 'b' }),
  },
  {
    rule: 'keyword-changed',
    expect: 'storage-keyword-changed',
    level: 'minor',
    run: schema('storage', { type: 'string', readOnly: false }, { type: 'string', readOnly: true }),
  },
  {
    rule: 'property-hidden',
    expect: 'request-property-hidden',
    level: 'major',
    run: () =>
      diffDocs(
        api({ requestBody: jsonBody(obj({ a: { type: 'string' } })), responses: {} }),
        api({ requestBody: jsonBody(obj({ a: { type: 'string', readOnly: true } })), responses: {} }),
        'api.yaml',
      ),
  },
  // OpenAPI rules
  {
    rule: 'operation-added',
    expect: 'operation-added',
    level: 'minor',
    run: oas(op({}), { ...op({}), paths: { ...(op({}).paths as object), '/other': { get: { responses: {} } } } }),
  },
  { rule: 'operation-removed', expect: 'operation-removed', level: 'major', run: oas(op({}), { ...op({}), paths: {} }) },
  { rule: 'operation-deprecated', expect: 'operation-deprecated', level: 'minor', run: oas(op({}), op({ deprecated: true })) },
  { rule: 'operation-undeprecated', expect: 'operation-undeprecated', level: 'patch', run: oas(op({ deprecated: true }), op({})) },
  {
    rule: 'operation-id-changed',
    expect: 'operation-id-changed',
    level: 'major',
    run: oas(op({ operationId: 'a' }), op({ operationId: 'b' })),
  },
  {
    rule: 'operation-docs-changed',
    expect: 'operation-docs-changed',
    level: 'patch',
    run: oas(op({ summary: 'a' }), op({ summary: 'b' })),
  },
  {
    rule: 'request-parameter-added',
    expect: 'request-parameter-added',
    level: 'minor',
    run: oas(op({}), op({ parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }] })),
  },
  {
    rule: 'request-parameter-added-required',
    expect: 'request-parameter-added-required',
    level: 'major',
    run: oas(op({}), op({ parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }] })),
  },
  {
    rule: 'request-parameter-removed',
    expect: 'request-parameter-removed',
    level: 'major',
    run: oas(op({ parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }] }), op({})),
  },
  {
    rule: 'request-parameter-became-required',
    expect: 'request-parameter-became-required',
    level: 'major',
    run: oas(op({ parameters: [{ name: 'q', in: 'query' }] }), op({ parameters: [{ name: 'q', in: 'query', required: true }] })),
  },
  {
    rule: 'request-parameter-became-optional',
    expect: 'request-parameter-became-optional',
    level: 'minor',
    run: oas(op({ parameters: [{ name: 'q', in: 'query', required: true }] }), op({ parameters: [{ name: 'q', in: 'query' }] })),
  },
  {
    rule: 'request-parameter-style-changed',
    expect: 'request-parameter-style-changed',
    level: 'major',
    run: oas(
      op({ parameters: [{ name: 'q', in: 'query', explode: true }] }),
      op({ parameters: [{ name: 'q', in: 'query', explode: false }] }),
    ),
  },
  {
    rule: 'request-parameter-deprecated',
    expect: 'request-parameter-deprecated',
    level: 'minor',
    run: oas(op({ parameters: [{ name: 'q', in: 'query' }] }), op({ parameters: [{ name: 'q', in: 'query', deprecated: true }] })),
  },
  { rule: 'request-body-added', expect: 'request-body-added', level: 'minor', run: oas(op({}), op({ requestBody: jsonBody({}, false) })) },
  {
    rule: 'request-body-added-required',
    expect: 'request-body-added-required',
    level: 'major',
    run: oas(op({}), op({ requestBody: jsonBody({}) })),
  },
  { rule: 'request-body-removed', expect: 'request-body-removed', level: 'major', run: oas(op({ requestBody: jsonBody({}) }), op({})) },
  {
    rule: 'request-body-became-required',
    expect: 'request-body-became-required',
    level: 'major',
    run: oas(op({ requestBody: jsonBody({}, false) }), op({ requestBody: jsonBody({}) })),
  },
  {
    rule: 'request-body-became-optional',
    expect: 'request-body-became-optional',
    level: 'minor',
    run: oas(op({ requestBody: jsonBody({}) }), op({ requestBody: jsonBody({}, false) })),
  },
  {
    rule: 'request-media-type-added',
    expect: 'request-media-type-added',
    level: 'minor',
    run: oas(
      op({ requestBody: jsonBody({}) }),
      op({ requestBody: { content: { 'application/json': { schema: {} }, 'text/plain': { schema: {} } } } }),
    ),
  },
  {
    rule: 'request-media-type-removed',
    expect: 'request-media-type-removed',
    level: 'major',
    run: oas(
      op({ requestBody: { content: { 'application/json': { schema: {} }, 'text/plain': { schema: {} } } } }),
      op({ requestBody: { content: { 'application/json': { schema: {} } } } }),
    ),
  },
  {
    rule: 'response-status-added',
    expect: 'response-status-added',
    level: 'minor',
    run: oas(op({}), op({ responses: { '200': { description: 'ok' }, '404': { description: 'no' } } })),
  },
  {
    rule: 'response-success-status-removed',
    expect: 'response-success-status-removed',
    level: 'major',
    run: oas(op({ responses: { '200': { description: 'ok' }, '201': { description: 'ok' } } }), op({})),
  },
  {
    rule: 'response-error-status-removed',
    expect: 'response-error-status-removed',
    level: 'minor',
    run: oas(op({ responses: { '200': { description: 'ok' }, '404': { description: 'no' } } }), op({})),
  },
  {
    rule: 'response-media-type-added',
    expect: 'response-media-type-added',
    level: 'minor',
    run: oas(op({}), op({ responses: okResponse({}) })),
  },
  {
    rule: 'response-media-type-removed',
    expect: 'response-media-type-removed',
    level: 'major',
    run: oas(op({ responses: okResponse({}) }), op({})),
  },
  {
    rule: 'response-header-added',
    expect: 'response-header-added',
    level: 'minor',
    run: oas(op({}), op({ responses: { '200': { description: 'ok', headers: { 'X-Rate': { schema: { type: 'integer' } } } } } })),
  },
  {
    rule: 'response-header-removed',
    expect: 'response-header-removed',
    level: 'major',
    run: oas(op({ responses: { '200': { description: 'ok', headers: { 'X-Rate': { schema: { type: 'integer' } } } } } }), op({})),
  },
  {
    rule: 'response-header-style-changed',
    expect: 'response-header-style-changed',
    level: 'major',
    run: oas(
      op({ responses: { '200': { description: 'ok', headers: { 'X-A': { explode: true } } } } }),
      op({ responses: { '200': { description: 'ok', headers: { 'X-A': { explode: false } } } } }),
    ),
  },
  {
    rule: 'response-header-became-optional',
    expect: 'response-header-became-optional',
    level: 'major',
    run: oas(
      op({ responses: { '200': { description: 'ok', headers: { 'X-A': { required: true } } } } }),
      op({ responses: { '200': { description: 'ok', headers: { 'X-A': {} } } } }),
    ),
  },
  { rule: 'security-added', expect: 'security-added', level: 'major', run: oas(op({}), op({ security: [{ bearer: [] }] })) },
  {
    rule: 'security-removed',
    expect: 'security-removed',
    level: 'minor',
    run: oas(op({ security: [{ bearer: [] }] }), op({ security: [] })),
  },
  {
    rule: 'security-alternative-added',
    expect: 'security-alternative-added',
    level: 'minor',
    run: oas(op({ security: [{ bearer: [] }] }), op({ security: [{ bearer: [] }, { mtls: [] }] })),
  },
  {
    rule: 'security-alternative-removed',
    expect: 'security-alternative-removed',
    level: 'major',
    run: oas(op({ security: [{ bearer: [] }, { mtls: [] }] }), op({ security: [{ bearer: [] }] })),
  },
  {
    rule: 'security-scope-added',
    expect: 'security-scope-added',
    level: 'major',
    run: oas(op({ security: [{ oauth: ['read'] }] }), op({ security: [{ oauth: ['read', 'write'] }] })),
  },
  {
    rule: 'security-scope-removed',
    expect: 'security-scope-removed',
    level: 'minor',
    run: oas(op({ security: [{ oauth: ['read', 'write'] }] }), op({ security: [{ oauth: ['read'] }] })),
  },
  {
    rule: 'security-scheme-added',
    expect: 'security-scheme-added',
    level: 'minor',
    run: oas(
      { ...op({}), components: { securitySchemes: {} } },
      { ...op({}), components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } },
    ),
  },
  {
    rule: 'security-scheme-removed',
    expect: 'security-scheme-removed',
    level: 'major',
    run: oas(
      { ...op({}), components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } },
      { ...op({}), components: { securitySchemes: {} } },
    ),
  },
  {
    rule: 'security-scheme-changed',
    expect: 'security-scheme-changed',
    level: 'major',
    run: oas(
      { ...op({}), components: { securitySchemes: { k: { type: 'apiKey', in: 'header', name: 'X-Key' } } } },
      { ...op({}), components: { securitySchemes: { k: { type: 'apiKey', in: 'query', name: 'key' } } } },
    ),
  },
  {
    rule: 'server-added',
    expect: 'server-added',
    level: 'minor',
    run: oas({ ...op({}), servers: [] }, { ...op({}), servers: [{ url: 'https://b' }] }),
  },
  {
    rule: 'server-removed',
    expect: 'server-removed',
    level: 'minor',
    run: oas({ ...op({}), servers: [{ url: 'https://a' }] }, { ...op({}), servers: [] }),
  },
  {
    rule: 'api-info-changed',
    expect: 'api-info-changed',
    level: 'patch',
    run: oas(op({}), { ...op({}), info: { title: 't', version: '1.1.0' } }),
  },
  { rule: 'openapi-version-changed', expect: 'openapi-version-changed', level: 'minor', run: oas({ ...op({}), openapi: '3.0.3' }, op({})) },
  // files and data
  { rule: 'contract-added', expect: 'contract-added', level: 'minor', run: files({}, { 'a.schema.json': '{"type":"string"}' }) },
  { rule: 'contract-removed', expect: 'contract-removed', level: 'major', run: files({ 'a.schema.json': '{"type":"string"}' }, {}) },
  { rule: 'document-changed', expect: 'document-changed', level: 'patch', run: files({ 'README.md': 'a' }, { 'README.md': 'b' }) },
  {
    rule: 'module-version-changed',
    expect: 'module-version-changed',
    level: 'patch',
    run: files({ 'modules/m/versions.yaml': 'current: 1.0.0' }, { 'modules/m/versions.yaml': 'current: 1.1.0' }),
  },
  {
    rule: 'other-file-changed',
    expect: 'other-file-changed',
    level: 'none',
    run: files({ 'tests/flow.test.yaml': 'a: 1\n' }, { 'tests/flow.test.yaml': 'a: 1\na: 2\n' }),
  },
  { rule: 'binary-changed', expect: 'binary-changed', level: 'patch', run: files({ 'logo.png': '\u0000a' }, { 'logo.png': '\u0000b' }) },
  {
    rule: 'data-added',
    expect: 'data-added',
    level: 'minor',
    run: files({ 'topics.yaml': 'topics: [a]' }, { 'topics.yaml': 'topics: [a, b]' }),
  },
  {
    rule: 'data-removed',
    expect: 'data-removed',
    level: 'major',
    run: files({ 'topics.yaml': 'topics: [a, b]' }, { 'topics.yaml': 'topics: [a]' }),
  },
  {
    rule: 'data-changed',
    expect: 'data-changed',
    level: 'minor',
    run: files({ 'topics.yaml': 'version: 1' }, { 'topics.yaml': 'version: 2' }),
  },
];

describe('rule catalog', () => {
  test('every rule has a case in this file', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    const missing = RULES.map((r) => r.id).filter((id) => !covered.has(id));
    assert.deepEqual(missing, [], `rules without a test case: ${missing.join(', ')}`);
  });

  test('every rule has a summary, a message and a hint', () => {
    for (const r of RULES) {
      assert.ok(r.summary.length > 10 && r.message.length > 5 && r.hint.length > 5, r.id);
    }
  });

  for (const c of CASES) {
    test(`${c.rule} fires as ${c.expect} (${c.level})`, () => {
      const result = c.run();
      assert.deepEqual(result.errors, []);
      const hit = result.changes.find((ch) => ch.ruleId === c.expect);
      assert.ok(hit, `expected ${c.expect}, got ${result.changes.map((ch) => ch.ruleId).join(', ') || 'nothing'}`);
      assert.equal(hit.level, c.level);
      assert.ok(!hit.message.includes('{') && !hit.hint.includes('{'), `unfilled placeholder: ${hit.message} / ${hit.hint}`);
    });
  }
});
