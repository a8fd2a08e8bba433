// OpenAPI 3.1 webhooks and callbacks: requests the API sends, judged with the roles reversed; and component schemas
// that nothing reaches, judged by their configured role.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DiffResult } from '../src/core/model.js';
import { changeText } from '../src/core/report/change-text.js';
import { diffDocs } from './helpers.js';

const doc = (parts: Record<string, unknown>) => ({ openapi: '3.1.0', info: { title: 't', version: '1.0.0' }, ...parts });
const body = (schema: unknown) => ({ content: { 'application/json': { schema } } });
/** A webhook the API posts: its request body, and what the receiver answers. */
const hook = (request: unknown, response: unknown = { type: 'object' }) => ({
  post: { requestBody: body(request), responses: { '200': { description: 'ok', ...body(response) } } },
});
const order = (props: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties: props, required });
const find = (r: DiffResult, id: string) => {
  const c = r.changes.find((x) => x.ruleId === id);
  assert.ok(c, `${id} not in: ${r.changes.map((x) => `${x.level}:${x.ruleId}`).join(', ')}`);
  return c;
};

describe('webhooks', () => {
  test('a webhook added is minor, removed is major, named and placed', () => {
    const created = { 'order.created': hook(order({ id: { type: 'string' } })) };
    const one = doc({ webhooks: created });
    const two = doc({ webhooks: { ...created, 'order.paid': hook(order({ id: { type: 'string' } })) } });
    const added = find(diffDocs(one, two, 'api.yaml'), 'webhook-added');
    assert.equal(added.level, 'minor');
    assert.equal(added.message, 'webhook order.paid added');
    assert.ok(added.line && added.line > 1);
    assert.equal(find(diffDocs(two, one, 'api.yaml'), 'webhook-removed').level, 'major');
  });

  test('a document with webhooks and no paths is judged', () => {
    const a = doc({ webhooks: { 'order.created': hook(order({ id: { type: 'string' }, total: { type: 'number' } })) } });
    const b = doc({ webhooks: { 'order.created': hook(order({ id: { type: 'string' } })) } });
    const r = diffDocs(a, b, 'api.yaml');
    assert.equal(r.level, 'major');
  });

  test('the request body is the API writing: widening or removing a field breaks receivers, narrowing does not', () => {
    const a = doc({ webhooks: { 'order.created': hook(order({ id: { type: 'string' }, total: { type: 'number' } })) } });
    const removed = doc({ webhooks: { 'order.created': hook(order({ id: { type: 'string' } })) } });
    const r = diffDocs(a, removed, 'api.yaml');
    const c = find(r, 'webhook-request-property-removed');
    assert.equal(c.level, 'major');
    assert.match(changeText(c), /^webhook order\.created request body: optional property `total` removed/);
    assert.equal(c.semantic?.side, 'writer');
    const widened = doc({ webhooks: { 'order.created': hook(order({ id: { type: ['string', 'integer'] }, total: { type: 'number' } })) } });
    assert.equal(find(diffDocs(a, widened, 'api.yaml'), 'webhook-request-type-widened').level, 'major');
    const narrowed = doc({
      webhooks: { 'order.created': hook(order({ id: { type: 'string', maxLength: 20 }, total: { type: 'number' } })) },
    });
    const n = diffDocs(a, narrowed, 'api.yaml');
    assert.notEqual(n.level, 'major', n.changes.map((x) => `${x.level}:${x.ruleId}`).join(' '));
    assert.ok(n.changes.some((x) => x.ruleId.startsWith('webhook-request-')));
  });

  test("the receiver's response is read by the API: narrowing it breaks, widening does not", () => {
    const a = doc({
      webhooks: { 'order.created': hook(order({ id: { type: 'string' } }), { type: 'object', properties: { ok: { type: 'boolean' } } }) },
    });
    const required = doc({
      webhooks: {
        'order.created': hook(order({ id: { type: 'string' } }), {
          type: 'object',
          properties: { ok: { type: 'boolean' } },
          required: ['ok'],
        }),
      },
    });
    assert.equal(find(diffDocs(a, required, 'api.yaml'), 'webhook-response-property-became-required').level, 'major');
    assert.notEqual(diffDocs(required, a, 'api.yaml').level, 'major');
  });

  test('a callback inside an operation: named under its operation, judged like a webhook', () => {
    const api = (props: Record<string, unknown>) =>
      doc({
        paths: {
          '/subscriptions': {
            post: {
              responses: { '202': { description: 'accepted' }, '400': { description: 'bad' } },
              callbacks: { onEvent: { '{$request.body#/callbackUrl}': hook(order(props)) } },
            },
          },
        },
      });
    const r = diffDocs(api({ id: { type: 'string' }, at: { type: 'string' } }), api({ id: { type: 'string' } }), 'api.yaml');
    const c = find(r, 'webhook-request-property-removed');
    assert.equal(c.level, 'major');
    assert.match(c.message, /^POST \/subscriptions callback onEvent \(POST \{\$request\.body#\/callbackUrl\}\) request body/);
  });

  test('a component schema nothing reaches is still compared, as an event unless configured', () => {
    const lib = (props: Record<string, unknown>) => doc({ components: { schemas: { Order: order(props, ['id']) } } });
    const r = diffDocs(
      lib({ id: { type: 'string' }, total: { type: 'number' } }),
      lib({ id: { type: 'string' }, total: { type: 'string' } }),
      'api.yaml',
    );
    const c = find(r, 'event-type-changed');
    assert.equal(c.level, 'major');
    assert.match(c.message, /^components\.schemas\.Order \(reached by no operation\) \.total: type changed/);
    const asStorage = diffDocs(lib({ id: { type: 'string' } }), lib({ id: { type: 'string' }, n: { type: 'integer' } }), 'api.yaml', {
      roleOf: () => 'storage',
    });
    find(asStorage, 'storage-property-added');
    const gone = diffDocs(lib({ id: { type: 'string' } }), doc({ components: { schemas: {} } }), 'api.yaml');
    assert.equal(find(gone, 'event-definition-removed').level, 'major');
  });

  test('a component reached through a webhook is judged there, not again as an orphan', () => {
    const api = (t: string) =>
      doc({
        webhooks: { 'order.created': hook({ $ref: '#/components/schemas/Order' }) },
        components: { schemas: { Order: order({ total: { type: t } }) } },
      });
    const r = diffDocs(api('number'), api('string'), 'api.yaml');
    assert.ok(r.changes.some((c) => c.ruleId === 'webhook-request-type-changed'));
    assert.ok(!r.changes.some((c) => c.ruleId.startsWith('event-')));
  });
});
