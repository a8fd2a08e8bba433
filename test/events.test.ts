// Events judged as events: AsyncAPI direction in 2.x and 3.0, Avro by its resolution rules with witnesses checked by
// decoding, compatibility modes across every freeze, and the versioned-topic rule, through the CLI on real repositories.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import avro from 'avsc';
import { dump } from 'js-yaml';
import { diffTrees } from '../src/core/diff/tree-diff.js';
import { detectLayout } from '../src/core/policy/init-layout.js';
import type { Change } from '../src/core/model.js';
import { Documents, MapTree } from '../src/core/source/tree.js';
import { avroNamesOf } from '../src/core/diff/avro-diff.js';
import libraries from '../src/core/libraries.cjs';
import { buildReport } from '../src/core/report/model.js';
import { renderMarkdown } from '../src/core/report/markdown.js';
import { commitAll, gitRepo, runCli, writeTree, frozenRepo, gitRepoFrozen } from './helpers.js';

const PAYLOAD = { type: 'object', required: ['id', 'total'], properties: { id: { type: 'string' }, total: { type: 'integer' } } };

/** An AsyncAPI 2.6 document whose application does `verb` on channel `orders` (2.x names it from the user's side). */
const v2 = (verb: 'publish' | 'subscribe' | undefined, payload: unknown = PAYLOAD) =>
  dump({
    asyncapi: '2.6.0',
    info: { title: 'Orders', version: '1.0.0' },
    channels: { orders: verb ? { [verb]: { message: { $ref: '#/components/messages/OrderPlaced' } } } : {} },
    components: { messages: { OrderPlaced: { name: 'OrderPlaced', payload } } },
  });

/** The same in 3.0: an operation with `action`, its channel and message by `$ref`. */
const v3 = (action: 'send' | 'receive' | undefined, payload: unknown = PAYLOAD) =>
  dump({
    asyncapi: '3.0.0',
    info: { title: 'Orders', version: '1.0.0' },
    channels: { orders: { address: 'orders', messages: { OrderPlaced: { $ref: '#/components/messages/OrderPlaced' } } } },
    operations: action
      ? { handle: { action, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] } }
      : {},
    components: { messages: { OrderPlaced: { name: 'OrderPlaced', payload } } },
  });

const diff = (a: string, b: string, name = 'asyncapi.yaml') => diffTrees(new MapTree([[name, a]]), new MapTree([[name, b]]));
const summary = (cs: Change[]) => cs.map((c) => `${c.level} ${c.ruleId}`);

// `total` may now be missing: narrowing nothing, widening what is written; `note` required: narrowing what is read
const widened = { ...PAYLOAD, required: ['id'] };
const narrowed = { ...PAYLOAD, required: ['id', 'total', 'note'], properties: { ...PAYLOAD.properties, note: { type: 'string' } } };

describe('AsyncAPI: the direction comes from the document', () => {
  for (const [version, doc, send, receive] of [
    ['2.6', v2, 'subscribe', 'publish'],
    ['3.0', v3, 'send', 'receive'],
  ] as const) {
    test(`${version}: what the application sends (${send}) breaks its consumers when it widens, not when it narrows`, () => {
      const out = diff(doc(send as never), doc(send as never, widened));
      assert.deepEqual(summary(out.changes), ['major event-sent-property-became-optional']);
      assert.equal(out.changes[0]!.semantic?.side, 'writer');
      assert.deepEqual(out.changes[0]!.semantic?.witness, { id: '' }, 'a message the new schema allows that old consumers reject');
      assert.equal(diff(doc(send as never), doc(send as never, narrowed)).level, 'minor');
    });
    test(`${version}: what the application receives (${receive}) breaks its producers when it narrows, not when it widens`, () => {
      const out = diff(doc(receive as never), doc(receive as never, narrowed));
      assert.ok(summary(out.changes).includes('major event-received-required-property-added'), summary(out.changes).join(', '));
      assert.equal(out.changes.find((c) => c.level === 'major')!.semantic?.side, 'reader');
      assert.notEqual(diff(doc(receive as never), doc(receive as never, widened)).level, 'major');
    });
    test(`${version}: a message no operation owns is judged both ways`, () => {
      for (const payload of [widened, narrowed]) {
        const out = diff(doc(undefined), doc(undefined, payload));
        assert.equal(out.level, 'major', JSON.stringify(payload));
        assert.ok(out.changes.every((c) => !c.context || c.context === 'event'));
      }
    });
  }

  test('an operation that changes direction is a break of its own, and its payload is judged the new way', () => {
    const out = diff(v3('send'), v3('receive', narrowed));
    assert.ok(summary(out.changes).includes('major async-operation-changed'));
    assert.match(out.changes.find((c) => c.ruleId === 'async-operation-changed')!.message, /now receives where it sent/);
    assert.ok(out.changes.some((c) => c.context === 'event-received'));
  });

  test('a payload reached through another file is read from the tree, and a remote $ref is never fetched', () => {
    const doc = (schema: string) => v3('send').replace(/payload:\n(\s+)type: object[\s\S]*$/, `payload:\n$1$ref: ${schema}\n`);
    const base = new MapTree([
      ['asyncapi.yaml', doc('./schemas/order.json')],
      ['schemas/order.json', JSON.stringify(PAYLOAD)],
    ]);
    const head = new MapTree([
      ['asyncapi.yaml', doc('./schemas/order.json')],
      ['schemas/order.json', JSON.stringify(widened)],
    ]);
    const out = diffTrees(base, head);
    assert.ok(summary(out.changes).includes('major event-sent-property-became-optional'), summary(out.changes).join(', '));
    const remote = diffTrees(
      new MapTree([['asyncapi.yaml', doc('https://example.com/order.json')]]),
      new MapTree([['asyncapi.yaml', doc('https://example.com/other.json')]]),
    );
    assert.match(remote.errors.map((e) => e.message).join('\n'), /never uses the network|not fetched/);
  });
});

describe('a payload schema of its own ($schema) that an AsyncAPI document sends', () => {
  test('is judged once, as the channel sends it: not again beside it as the default storage, minor where it is major', () => {
    const doc = dump({
      asyncapi: '3.0.0',
      info: { title: 'Shop', version: '1.0.0' },
      channels: { orders: { address: 'shop.orders.v1', messages: { created: { payload: { $ref: './schemas/order.schema.json' } } } } },
      operations: { sendOrder: { action: 'send', channel: { $ref: '#/channels/orders' } } },
    });
    const order = (states: string[]) =>
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: { id: { type: 'string' }, state: { type: 'string', enum: states } },
      });
    const tree = (states: string[]) =>
      new MapTree([
        ['asyncapi.yaml', doc],
        ['schemas/order.schema.json', order(states)],
      ]);
    const out = diffTrees(tree(['NEW', 'PAID']), tree(['NEW', 'PAID', 'SHIPPED']));
    assert.deepEqual(
      out.changes.map((c) => `${c.level} ${c.ruleId} ${c.file}`),
      ['major event-sent-enum-value-added schemas/order.schema.json'],
    );
    // removed, it is still a contract of its own: its removal is one
    const gone = diffTrees(tree(['NEW']), new MapTree([['asyncapi.yaml', doc]]));
    assert.ok(gone.changes.some((c) => c.ruleId === 'contract-removed' && c.file === 'schemas/order.schema.json'));
  });
});

describe('AsyncAPI split into files under events/', () => {
  // the document, its message and its payload each in a file of its own, in a folder named for events
  const files = (payload: unknown) =>
    new MapTree([
      [
        'events/asyncapi.yaml',
        dump({
          asyncapi: '3.0.0',
          info: { title: 'Orders events', version: '1.2.0' },
          channels: { orderCreated: { address: 'orders.created.v1', messages: { OrderCreated: { $ref: 'messages/OrderCreated.yaml' } } } },
          operations: {
            publishOrderCreated: {
              action: 'send',
              channel: { $ref: '#/channels/orderCreated' },
              messages: [{ $ref: '#/channels/orderCreated/messages/OrderCreated' }],
            },
          },
          components: {
            messages: { OrderCreated: { $ref: 'messages/OrderCreated.yaml' } },
            schemas: { Order: { $ref: 'schemas/Order.yaml' } },
          },
        }),
      ],
      [
        'events/messages/OrderCreated.yaml',
        dump({ name: 'OrderCreated', contentType: 'application/json', payload: { $ref: '../schemas/Order.yaml' } }),
      ],
      ['events/schemas/Order.yaml', dump(payload)],
    ]);

  test('a payload change is judged once, as the message it is sent in, with a witness', () => {
    const withCurrency = { ...PAYLOAD, properties: { ...PAYLOAD.properties, currency: { type: 'string' } } };
    const out = diffTrees(files(withCurrency), files(PAYLOAD));
    // it was judged twice: as the message, unproven, and as a schema of its own (its folder read as an event's)
    assert.deepEqual(summary(out.changes), ['major event-sent-property-removed']);
    const [removed] = out.changes;
    assert.match(removed!.message, /^message OrderCreated: optional property `currency` removed/);
    assert.deepEqual(removed!.semantic?.witness, { id: '', total: 0, currency: null });
  });

  test('a document a pull request adds does not change how a schema file it $refs is judged (a break hidden so came to nothing)', () => {
    const pet = (required: string[]) =>
      JSON.stringify({ type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } }, required });
    const sender = dump({
      asyncapi: '3.0.0',
      info: { title: 'Pets', version: '1.0.0' },
      channels: { pets: { address: 'pets', messages: { Pet: { payload: { $ref: 'pet.json' } } } } },
      operations: {
        sendPet: { action: 'send', channel: { $ref: '#/channels/pets' }, messages: [{ $ref: '#/channels/pets/messages/Pet' }] },
      },
    });
    const base = new MapTree([['schemas/pet.json', pet(['id'])]]);
    // the break alone, and the same break with a new document that sends the schema as its payload
    const alone = diffTrees(base, new MapTree([['schemas/pet.json', pet(['id', 'name'])]]));
    const hidden = diffTrees(
      base,
      new MapTree([
        ['schemas/pet.json', pet(['id', 'name'])],
        ['schemas/asyncapi.yaml', sender],
      ]),
    );
    assert.deepEqual(summary(alone.changes), ['major storage-property-became-required']);
    // read as the new document's sent payload only, the file's break was a writer's tightening: no change at all
    assert.deepEqual(summary(hidden.changes), ['major storage-property-became-required', 'minor contract-added']);
  });

  test("an Avro payload is judged once, as its channel sends it: not also as a file of its own, whose witness contradicted the channel's level", () => {
    const order = (extra: unknown[]) =>
      JSON.stringify({ type: 'record', name: 'Order', namespace: 'com.acme', fields: [{ name: 'id', type: 'string' }, ...extra] });
    const doc = dump({
      asyncapi: '2.6.0',
      info: { title: 'Orders', version: '1.0.0' },
      channels: {
        'orders.created': {
          subscribe: {
            message: {
              name: 'OrderCreated',
              schemaFormat: 'application/vnd.apache.avro;version=1.9.0',
              payload: { $ref: 'schemas/order.avsc' },
            },
          },
        },
      },
    });
    const side = (extra: unknown[]) =>
      new MapTree([
        ['asyncapi.yaml', doc],
        ['schemas/order.avsc', order(extra)],
      ]);
    const out = diffTrees(side([]), side([{ name: 'currency', type: 'string' }]));
    assert.deepEqual(summary(out.changes), ['minor avro-field-added-without-default']);
    // the storage judgement's reader-side witness ("was accepted and is now rejected") sat beside a minor change
    assert.equal(out.changes[0]!.semantic, undefined);
    assert.match(out.changes[0]!.message, /^field `currency` added without a default/);
  });
});

describe('Avro: schema resolution, with a witness checked by decoding', () => {
  const user = (fields: unknown[]) => JSON.stringify({ type: 'record', name: 'User', fields });
  const avsc = (a: string, b: string, role: 'storage' | 'response' = 'storage') =>
    diffTrees(new MapTree([['user.avsc', a]]), new MapTree([['user.avsc', b]]), { role, forceRole: true });

  test("a field's default added, changed or removed: minor, and said in words (not 'none', which reads as a value)", () => {
    const messages = (a: unknown, b: unknown) =>
      avsc(
        user([{ name: 'n', type: ['null', 'string'], ...(a as object) }]),
        user([{ name: 'n', type: ['null', 'string'], ...(b as object) }]),
      )
        .changes.filter((c) => c.ruleId === 'avro-default-changed')
        .map((c) => `${c.level} ${c.message}`);
    assert.deepEqual(messages({}, { default: null }), ['minor default of `n` changed from no default to null']);
    assert.deepEqual(messages({ default: null }, {}), ['minor default of `n` changed from null to no default']);
  });

  test('a field named __proto__ (a valid Avro name) is diffed, not an internal error, and shows no witness avsc cannot make', () => {
    // building a datum, `out['__proto__'] = …` set its prototype, and avsc refused the datum ("invalid string: {}")
    const rec = (type: string) => JSON.stringify({ type: 'record', name: 'R', fields: [{ name: '__proto__', type }] });
    const c = avsc(rec('string'), rec('int')).changes.find((x) => x.ruleId === 'avro-type-changed')!;
    assert.equal(c.level, 'major');
    assert.equal(c.semantic?.witness, undefined);
  });

  test('types named toString or constructor (valid Avro names) are read as themselves, in one file and across two', () => {
    // looked up on a plain object, the name found Object.prototype's function: avsc took it for a type, and the walk
    // crashed with an internal error
    const inner = { type: 'record', name: 'toString', fields: [{ name: 'x', type: 'string' }] };
    const rec = (extra: unknown[]) => JSON.stringify({ type: 'record', name: 'O', fields: [{ name: 't', type: inner }, ...extra] });
    const one = avsc(rec([]), rec([{ name: 'n', type: 'int' }]));
    assert.deepEqual(one.errors, []);
    assert.deepEqual(
      one.changes.map((c) => c.ruleId),
      ['avro-field-added-without-default'],
    );
    const byName = (extra: unknown[]) =>
      JSON.stringify({ type: 'record', name: 'O', fields: [{ name: 'c', type: 'constructor' }, ...extra] });
    const ctor = JSON.stringify({ type: 'record', name: 'constructor', fields: [{ name: 'x', type: 'string' }] });
    const two = diffTrees(
      new MapTree([
        ['C.avsc', ctor],
        ['O.avsc', byName([])],
      ]),
      new MapTree([
        ['C.avsc', ctor],
        ['O.avsc', byName([{ name: 'n', type: 'int' }])],
      ]),
    );
    assert.deepEqual(two.errors, []);
    assert.deepEqual(
      two.changes.map((c) => `${c.ruleId} ${c.file}`),
      ['avro-field-added-without-default O.avsc'],
    );
  });

  test('a symbol removed from an enum: the witness is a datum the old schema writes and avsc cannot read with the new', () => {
    const kind = (symbols: string[]) => [
      { name: 'id', type: 'long' },
      { name: 'kind', type: { type: 'enum', name: 'Kind', symbols } },
    ];
    const [a, b] = [user(kind(['A', 'B', 'C'])), user(kind(['A', 'B']))];
    const out = avsc(a, b);
    const c = out.changes.find((x) => x.ruleId === 'avro-enum-symbol-removed')!;
    assert.equal(c.level, 'major');
    assert.deepEqual(c.semantic?.witness, { id: 0, kind: 'C' });
    // the witness, checked here independently: written with the old schema, the new one refuses it
    const [older, newer] = [avro.Type.forSchema(JSON.parse(a)), avro.Type.forSchema(JSON.parse(b))];
    const bytes = older.toBuffer(c.semantic!.witness);
    assert.throws(() => newer.fromBuffer(bytes, newer.createResolver(older)));
  });

  test('the same change is compatible on the writer side, and a promotion breaks only old readers', () => {
    const kind = (symbols: string[]) => [{ name: 'kind', type: { type: 'enum', name: 'Kind', symbols } }];
    assert.equal(avsc(user(kind(['A', 'B'])), user(kind(['A'])), 'response').level, 'minor');
    const age = (type: string) => [{ name: 'age', type }];
    assert.equal(avsc(user(age('int')), user(age('long'))).level, 'minor', 'new readers read old ints as longs');
    const forward = avsc(user(age('int')), user(age('long')), 'response');
    assert.equal(forward.level, 'major');
    assert.equal(forward.changes[0]!.semantic?.side, 'writer');
  });

  test("a type kept in a file of its own is judged as the schemas that name it are read: an event's both ways", () => {
    // Address.avsc lies under schemas/ (storage: the reader side only); Order.avsc, under events/, names it. A symbol
    // added to its enum breaks the consumers still on the old schema, who cannot decode it: it was minor, in its own role
    const address = (symbols: string[]) =>
      JSON.stringify({
        type: 'record',
        name: 'Address',
        namespace: 'com.acme',
        fields: [{ name: 'kind', type: { type: 'enum', name: 'Kind', symbols } }],
      });
    const order = JSON.stringify({
      type: 'record',
      name: 'Order',
      namespace: 'com.acme',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'ship_to', type: 'com.acme.Address' },
      ],
    });
    const tree = (user: string, symbols: string[], extra: [string, string][] = []) =>
      new MapTree([[user, order], ['schemas/common/Address.avsc', address(symbols)], ...extra]);
    const levels = (user: string, extra: [string, string][] = []) =>
      diffTrees(tree(user, ['HOME', 'WORK']), tree(user, ['HOME', 'WORK', 'OTHER'], extra)).changes.map(
        (c) => `${c.level} ${c.ruleId} ${c.file}`,
      );
    assert.deepEqual(levels('events/Order.avsc'), ['major avro-enum-symbol-added schemas/common/Address.avsc']);
    // named by a storage schema only: the reader side, where a new symbol is read by the new schema
    assert.deepEqual(levels('storage/Order.avsc'), ['minor avro-enum-symbol-added schemas/common/Address.avsc']);
    // a copy of the old definition, first in path order, is not what the schemas that name it read
    const copy: [string, string] = ['aaa/Address.avsc', address(['HOME', 'WORK'])];
    assert.deepEqual(levels('events/Order.avsc', [copy]), [
      'major avro-enum-symbol-added schemas/common/Address.avsc',
      'minor contract-added aaa/Address.avsc',
    ]);
    const head = Documents.pair(
      tree('events/Order.avsc', ['HOME', 'WORK']),
      tree('events/Order.avsc', ['HOME', 'WORK', 'OTHER'], [copy]),
    ).head;
    assert.deepEqual(
      (avroNamesOf(head)('com.acme.Address')?.node as { fields: { type: { symbols: string[] } }[] }).fields[0]!.type.symbols,
      ['HOME', 'WORK', 'OTHER'],
    );
  });

  test('a schema that names a type another file defines (as a Maven build imports it) is read with it; each change once', () => {
    // Order.avsc names com.acme.Address, kept in Address.avsc: Order was "not a valid Avro schema" (debt on both
    // sides), so a break in it passed unseen
    const address = (fields: string[]) =>
      JSON.stringify({ type: 'record', name: 'Address', namespace: 'com.acme', fields: fields.map((name) => ({ name, type: 'string' })) });
    const order = (id: string) =>
      JSON.stringify({
        type: 'record',
        name: 'Order',
        namespace: 'com.acme',
        fields: [
          { name: 'id', type: id },
          { name: 'ship_to', type: 'Address' },
          { name: 'bill_to', type: ['null', 'com.acme.Address'], default: null },
        ],
      });
    const tree = (id: string, fields: string[]) =>
      new MapTree([
        ['avro/Address.avsc', address(fields)],
        ['avro/Order.avsc', order(id)],
      ]);
    const out = diffTrees(tree('string', ['street', 'zip']), tree('long', ['street']), { role: 'storage', forceRole: true });
    assert.deepEqual(out.errors, []);
    assert.deepEqual(
      out.changes.map((c) => [c.ruleId, c.file]),
      [
        ['avro-type-changed', 'avro/Order.avsc'],
        ['avro-field-removed', 'avro/Address.avsc'],
      ],
    );
    // the witness is a whole order, its address included, that the old schema writes and the new one cannot read
    const witness = out.changes[0]!.semantic?.witness as { ship_to: Record<string, string> };
    assert.deepEqual(Object.keys(witness.ship_to), ['street', 'zip']);
    // two files that name each other cannot be read one at a time, as avsc reads them: unreadable, said so, not a crash
    const a = (extra: unknown[]) => JSON.stringify({ type: 'record', name: 'A', fields: [{ name: 'b', type: 'B' }, ...extra] });
    const b = JSON.stringify({ type: 'record', name: 'B', fields: [{ name: 'a', type: ['null', 'A'], default: null }] });
    const mutual = diffTrees(
      new MapTree([
        ['A.avsc', a([])],
        ['B.avsc', b],
      ]),
      new MapTree([
        ['A.avsc', a([{ name: 'x', type: 'int' }])],
        ['B.avsc', b],
      ]),
    );
    assert.match(
      mutual.errors.map((e) => `${e.file}: ${e.message}`).join('\n'),
      /A\.avsc: not a valid Avro schema at \/: undefined type name: B/,
    );
  });

  test('a payload in OpenAPI’s schema format is judged; one in a format not read here (Protocol Buffers) is listed', () => {
    // both were "no contract changes", whatever the payload broke
    const doc = (format: string, schema: unknown) =>
      v3('send').replace(/payload:\n[\s\S]*$/, `payload:\n        schemaFormat: ${format}\n        schema: ${JSON.stringify(schema)}\n`);
    const oas = 'application/vnd.oai.openapi;version=3.0.0';
    const total = (type: string) => ({ type: 'object', properties: { total: { type } } });
    assert.deepEqual(summary(diff(doc(oas, total('number')), doc(oas, total('string'))).changes), ['major event-sent-type-changed']);
    const pb = 'application/vnd.google.protobuf;version=3';
    const proto = (type: string) => `syntax = "proto3"; message Order { ${type} total = 1; }`;
    const listed = diff(doc(pb, proto('double')), doc(pb, proto('string'))).changes;
    assert.deepEqual(summary(listed), ['minor message-payload-unjudged']);
    assert.match(listed[0]!.hint, /buf breaking/);
    assert.deepEqual(diff(doc(pb, proto('double')), doc(pb, proto('double'))).changes, []);
  });

  test('an Avro payload in an AsyncAPI document is judged by the Avro rules in its direction', () => {
    const doc = (fields: unknown[]) =>
      v3('send').replace(
        /payload:\n[\s\S]*$/,
        `payload:\n        schemaFormat: application/vnd.apache.avro;version=1.9.0\n        schema: ${JSON.stringify({ type: 'record', name: 'Order', fields })}\n`,
      );
    const id = { name: 'id', type: 'string' };
    const sent = diff(doc([id]), doc([id, { name: 'total', type: ['null', 'long'], default: null }]));
    assert.deepEqual(summary(sent.changes), ['minor avro-field-added']);
    const removed = diff(doc([id, { name: 'total', type: 'long' }]), doc([id]));
    assert.deepEqual(summary(removed.changes), ['major avro-field-removed'], 'old consumers miss a field with no default');
    // its readers are the event's consumers, in the comment and the migration note: not an HTTP API's clients
    const comment = renderMarkdown(buildReport(removed, { baseline: 'a', head: 'b' }));
    assert.match(comment, /\| consumers of the event \|$/m);
    assert.doesNotMatch(comment, /clients/);
    assert.match(removed.changes[0]!.migrate!, /^Consumers: upgrade to the new schema before any data without `total` is written\.$/);
  });

  test('an Avro protocol (.avpr): its types by full name, its messages as calls, each change where it stands', () => {
    // a type's double turned string read as "documentation changed", a patch
    const protocol = (o: { total?: string; extra?: boolean; ping?: boolean; param?: boolean } = {}) =>
      JSON.stringify(
        {
          protocol: 'Orders',
          namespace: 'com.acme',
          types: [
            { type: 'record', name: 'Line', fields: [{ name: 'sku', type: 'string' }] },
            {
              type: 'record',
              name: 'Order',
              fields: [
                { name: 'id', type: 'string' },
                { name: 'total', type: o.total ?? 'double' },
                { name: 'lines', type: { type: 'array', items: 'Line' } },
              ],
            },
            ...(o.extra ? [{ type: 'enum', name: 'Status', symbols: ['OPEN'] }] : []),
          ],
          messages: {
            get: { request: [{ name: 'id', type: 'string' }, ...(o.param ? [{ name: 'region', type: 'string' }] : [])], response: 'Order' },
            ...(o.ping ? { ping: { request: [], response: 'null' } } : {}),
          },
        },
        null,
        2,
      );
    const diffOf = (a: string, b: string) =>
      diffTrees(new MapTree([['avro/orders.avpr', a]]), new MapTree([['avro/orders.avpr', b]])).changes;
    const typeChanged = diffOf(protocol(), protocol({ total: 'string' })).find((c) => c.ruleId === 'avro-type-changed')!;
    assert.equal(typeChanged.level, 'major');
    assert.equal(typeChanged.pointer, '/types/1/fields/1/type');
    assert.equal(typeChanged.line, 25);
    const grown = diffOf(protocol(), protocol({ extra: true, ping: true }));
    assert.deepEqual(summary(grown).sort(), ['minor avro-message-added', 'minor avro-protocol-type-added']);
    const shrunk = diffOf(protocol({ extra: true, ping: true }), protocol());
    assert.deepEqual(summary(shrunk).sort(), ['major avro-message-removed', 'major avro-protocol-type-removed']);
    assert.ok(shrunk.some((c) => /message `ping` removed/.test(c.message)));
    // a parameter without a default: servers on the new protocol cannot read a request an old client sends
    const param = diffOf(protocol(), protocol({ param: true })).find((c) => c.ruleId === 'avro-field-added-without-default')!;
    assert.equal(param.level, 'major');
    assert.equal(param.pointer, '/messages/get/request/1');
  });

  test('Avro IDL (.avdl): judged as its protocol, imports read by full name, each change on its line', () => {
    // an .avdl was "not judged here" (minor), whatever it broke
    const orders = (total: string, params: string) =>
      `@namespace("com.acme")\nprotocol Orders {\n  import idl "common.avdl";\n\n  /** An order. */\n  record Order {\n    string id;\n    ${total} total;\n    Money price;\n  }\n\n  Order get(${params});\n}\n`;
    const common = (currency: string) =>
      `@namespace("com.acme")\nprotocol Common {\n  record Money { long cents; ${currency} currency; }\n}\n`;
    const side = (files: Record<string, string>) => new MapTree(Object.entries(files).map(([k, v]) => [`avro/${k}`, v]));
    const changes = diffTrees(
      side({ 'orders.avdl': orders('double', 'string id'), 'common.avdl': common('string') }),
      side({ 'orders.avdl': orders('string', 'string id, string region'), 'common.avdl': common('int') }),
    ).changes;
    const where = (rule: string) => changes.filter((c) => c.ruleId === rule).map((c) => `${c.file}:${c.line} ${c.level}`);
    assert.deepEqual(where('avro-type-changed').sort(), ['avro/common.avdl:3 major', 'avro/orders.avdl:8 major']);
    assert.deepEqual(where('avro-field-added-without-default'), ['avro/orders.avdl:12 major']);
    // the same protocol written out as JSON (`avro-tools idl`), under another name: moved, nothing else
    const avpr = JSON.stringify(avro.readProtocol(common('string')));
    const moved = diffTrees(side({ 'common.avdl': common('string') }), side({ 'money.avpr': avpr })).changes;
    assert.deepEqual(summary(moved), ['patch contract-moved']);
  });

  test('Avro IDL avsc cannot read stays unjudged, unless it read at the baseline: then it blocks, naming the line', () => {
    const idl = (field: string) => `protocol P {\n  record A {\n    ${field}\n  }\n}\n`;
    const diffOf = (a: string | undefined, b: string) =>
      diffTrees(new MapTree(a === undefined ? [] : [['p.avdl', a]]), new MapTree([['p.avdl', b]]));
    // a later release's syntax (decimal(9,2), string?) on both sides: listed, as before
    const later = diffOf(idl('decimal(9,2) price;'), idl('decimal(9,3) price;'));
    assert.deepEqual(summary(later.changes), ['minor contract-unjudged']);
    assert.deepEqual(later.errors, []);
    assert.match(later.changes[0]!.hint, /avro-tools idl/);
    assert.deepEqual(summary(diffOf(undefined, idl('string? note;')).changes), ['minor contract-unjudged']);
    // read before, not now: the break it might hide cannot pass as unjudged
    const hidden = diffOf(idl('double total;'), idl('string? total;'));
    assert.deepEqual(
      hidden.errors.map((e) => `${e.file}:${e.line}`),
      ['p.avdl:3'],
    );
    assert.match(hidden.errors[0]!.message, /not Avro IDL avsc can read/);
    // nested past what avsc's parser can recurse: unreadable, not a crash
    const deep = `${'array<'.repeat(20_000)}int${'>'.repeat(20_000)} xs;`;
    assert.match(diffOf(idl('int xs;'), idl(deep)).errors[0]!.message, /nested too deep/);
  });
});

/** A repository whose contracts folder is `schemas`, versioned by schemas/versions.yaml, with a freeze per version. */
function history(config: string, versions: [string, Record<string, string>][]): string {
  const [first, files] = versions[0]!;
  const rest = versions.slice(1);
  const repo = frozenRepo({ '.github/contract-guard.yml': config, 'schemas/versions.yaml': `current: ${first}\n`, ...files }, first);
  for (const [version, more] of rest) {
    writeTree(repo, { 'schemas/versions.yaml': `current: ${version}\n`, ...more });
    commitAll(repo, version);
    const made = runCli(['freeze', 'create', version], repo);
    assert.equal(made.status, 0, made.stderr);
    commitAll(repo, `freeze ${version}`);
  }
  return repo;
}

const check = (repo: string) => {
  const r = runCli(['check', '--format', 'json'], repo);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return JSON.parse(r.stdout) as {
    blocked: boolean;
    changes: Change[];
    violations: { ruleId: string; message: string; fix: string }[];
    checklist: { text: string; done: boolean }[];
  };
};

describe('compatibility modes across every freeze', () => {
  const user = (fields: unknown[]) => JSON.stringify({ type: 'record', name: 'User', fields }, null, 2) + '\n';
  const id = { name: 'id', type: 'long' };
  // 1.0.0 writes nick as a string; 1.1.0 drops it; 1.2.0 adds an email; the PR brings nick back as an int
  const freezes: [string, Record<string, string>][] = [
    ['1.0.0', { 'schemas/user.avsc': user([id, { name: 'nick', type: 'string' }]) }],
    ['1.1.0', { 'schemas/user.avsc': user([id]) }],
    ['1.2.0', { 'schemas/user.avsc': user([id, { name: 'email', type: ['null', 'string'], default: null }]) }],
  ];
  const pr = {
    'schemas/user.avsc': user([id, { name: 'email', type: ['null', 'string'], default: null }, { name: 'nick', type: 'int', default: 0 }]),
    'schemas/versions.yaml': 'current: 1.3.0\n',
  };

  test('backward: against the latest freeze only, bringing a field back with a default is a minor change', () => {
    const repo = history('contracts: schemas\ncompatibility:\n  - { files: ["schemas/**/*.avsc"], mode: backward }\n', freezes);
    writeTree(repo, pr);
    commitAll(repo, 'nick is back');
    const r = check(repo);
    assert.equal(r.blocked, false, JSON.stringify(r.violations));
    assert.deepEqual(
      r.changes.filter((c) => c.ruleId.startsWith('avro-')).map((c) => `${c.level} ${c.ruleId}`),
      ['minor avro-field-added'],
    );
  });

  test('backward_transitive: the same change breaks data written under freeze 1.0.0, and the finding names that freeze', () => {
    const repo = history('contracts: schemas\ncompatibility:\n  - { files: ["schemas/**/*.avsc"], mode: backward_transitive }\n', freezes);
    writeTree(repo, pr);
    commitAll(repo, 'nick is back');
    const r = check(repo);
    const old = r.changes.find((c) => c.level === 'major')!;
    assert.equal(old.ruleId, 'avro-type-changed');
    assert.match(old.message, /breaks what freeze v1\.0\.0 holds: backward_transitive/);
    assert.equal(r.blocked, true, 'a major change needs a major bump');
    assert.ok(r.violations.some((v) => v.ruleId === 'version-bump-missing'));
  });

  test('backward_transitive: moving the schema on the way does not skip the older freezes', () => {
    const repo = history('contracts: schemas\ncompatibility:\n  - { files: ["schemas/**/*.avsc"], mode: backward_transitive }\n', freezes);
    writeTree(repo, { ...pr, 'schemas/users/user.avsc': pr['schemas/user.avsc'] });
    rmSync(join(repo, 'schemas/user.avsc'));
    commitAll(repo, 'nick is back, in a folder of its own');
    const r = check(repo);
    assert.ok(
      r.changes.some((c) => c.ruleId === 'contract-moved' && c.file === 'schemas/users/user.avsc'),
      JSON.stringify(r.changes),
    );
    const old = r.changes.find((c) => c.level === 'major');
    assert.equal(old?.ruleId, 'avro-type-changed', JSON.stringify(r.changes));
    assert.equal(old.file, 'schemas/users/user.avsc');
    assert.match(old.message, /breaks what freeze v1\.0\.0 holds: backward_transitive/);
    assert.equal(r.blocked, true);
  });

  test('none: a break is still reported, as minor (nothing is promised)', () => {
    const repo = history('contracts: schemas\ncompatibility:\n  - { files: ["schemas/**/*.avsc"], mode: none }\n', freezes.slice(0, 1));
    writeTree(repo, { 'schemas/user.avsc': user([id, { name: 'nick', type: 'int' }]), 'schemas/versions.yaml': 'current: 1.1.0\n' });
    commitAll(repo, 'nick as int');
    const r = check(repo);
    assert.deepEqual(
      r.changes.filter((c) => c.ruleId.startsWith('avro-')).map((c) => `${c.level} ${c.ruleId}`),
      ['minor avro-type-changed'],
    );
    assert.equal(r.blocked, false);
  });

  test('a mode is a config key the schema checks: a misspelt one stops the run naming its line', () => {
    const repo = gitRepo({
      '.github/contract-guard.yml': 'contracts: schemas\ncompatibility:\n  - { unit: x, mode: backwards }\n',
      'schemas/a.avsc': '"int"\n',
    });
    const r = runCli(['check'], repo);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /contract-guard\.yml:3: config key compatibility\.0\.mode must be one of backward, forward, full, none/);
  });
});

describe('versioned topics: a breaking change comes on a new channel', () => {
  test('the next version of a channel is named in the style of its address', async () => {
    const { successorName, topicOf } = await import('../src/core/policy/checks/event-channels.js');
    assert.equal(successorName('orders', 1), 'orders.v2');
    assert.equal(successorName('orders.v2', 2), 'orders.v3');
    assert.equal(successorName('light/measured', 1), 'light/measured/v2');
    assert.equal(successorName('memory.created v1', 1), 'memory.created v2');
    assert.deepEqual(topicOf('orders-v3'), { stem: 'orders', version: 3 });
  });

  const doc = (channels: Record<string, unknown>) =>
    dump({
      asyncapi: '3.0.0',
      info: { title: 'Orders', version: '1.0.0' },
      channels: Object.fromEntries(
        Object.entries(channels).map(([address, payload]) => [address, { address, messages: { Placed: { name: 'Placed', payload } } }]),
      ),
      operations: Object.fromEntries(
        Object.keys(channels).map((address) => [
          `send-${address}`,
          { action: 'send', channel: { $ref: `#/channels/${address}` }, messages: [{ $ref: `#/channels/${address}/messages/Placed` }] },
        ]),
      ),
    });
  const repo = (breaking: string) => {
    const r = gitRepoFrozen(
      {
        '.github/contract-guard.yml': `contracts: [asyncapi.yaml]\nevents:\n  breaking: ${breaking}\n`,
        'asyncapi.yaml': doc({ orders: PAYLOAD }),
      },
      '1.0.0',
      'freeze',
    );
    return r;
  };
  const bump = (text: string, v: string) => text.replace('version: 1.0.0', `version: ${v}`);

  test('new-channel: a break on the channel in use is blocked, and the fix names the next versioned channel', () => {
    const r = repo('new-channel');
    writeTree(r, { 'asyncapi.yaml': bump(doc({ orders: widened }), '2.0.0') });
    commitAll(r, 'total optional');
    const out = check(r);
    const v = out.violations.find((x) => x.ruleId === 'event-breaking-on-existing-channel');
    assert.ok(v, JSON.stringify(out.violations));
    assert.match(v.message, /^orders: breaking change on a channel in use/);
    assert.match(v.fix, /publish the new shape on `orders\.v2` beside it/);
    assert.equal(out.blocked, true);
  });

  test('new-channel: the new shape on orders.v2 beside an untouched orders passes, and the dual-publish line is ticked', () => {
    const r = repo('new-channel');
    writeTree(r, { 'asyncapi.yaml': bump(doc({ orders: PAYLOAD, 'orders.v2': widened }), '1.1.0') });
    commitAll(r, 'orders.v2');
    const out = check(r);
    assert.equal(out.blocked, false, JSON.stringify(out.violations));
    assert.ok(
      out.checklist.some((i) => i.text === 'Dual-publish `orders` and `orders.v2` during the transition' && i.done),
      JSON.stringify(out.checklist),
    );
  });

  test('bump: a break on the channel in use needs the major bump alone, and the dual-publish line waits', () => {
    const r = repo('bump');
    writeTree(r, { 'asyncapi.yaml': bump(doc({ orders: widened }), '2.0.0') });
    commitAll(r, 'total optional');
    const out = check(r);
    assert.ok(!out.violations.some((x) => x.ruleId === 'event-breaking-on-existing-channel'));
    assert.ok(
      out.checklist.some((i) => /^Dual-publish `orders` on the old and the new version .*add `orders\.v2`/.test(i.text) && !i.done),
    );
  });
});

describe('init finds events', () => {
  test('AsyncAPI documents and Avro schemas are contracts; the scope it writes keeps the .avsc files', () => {
    const files: Record<string, string> = {
      'events/asyncapi.yaml': v3('send'),
      'events/avro/user.avsc': JSON.stringify({ type: 'record', name: 'User', fields: [{ name: 'id', type: 'long' }] }),
      'api/openapi.yaml': 'openapi: 3.1.0\ninfo: {title: A, version: 1.0.0}\npaths: {}\n',
      'config/app.yaml': 'port: 80\n',
    };
    const layout = detectLayout(Object.keys(files), (p) => files[p]);
    assert.deepEqual(layout.found, [
      { file: 'api/openapi.yaml', kind: 'OpenAPI' },
      { file: 'events/asyncapi.yaml', kind: 'AsyncAPI' },
      { file: 'events/avro/user.avsc', kind: 'Avro schema' },
    ]);
    assert.ok(layout.scope?.includes('events/**/*.{yaml,yml,json,avsc}'), JSON.stringify(layout.scope));
  });
});

describe('more of AsyncAPI and the modes', () => {
  test("a header a message takes from a trait is judged where the trait writes it, in the message's direction", () => {
    const doc = (cid: string) =>
      v3('receive')
        .replace(
          'components:\n',
          `components:\n  messageTraits:\n    traced:\n      headers: { type: object, required: [cid], properties: { cid: { type: ${cid} } } }\n`,
        )
        .replace('name: OrderPlaced\n', 'name: OrderPlaced\n      traits:\n        - $ref: "#/components/messageTraits/traced"\n');
    const out = diff(doc('string'), doc('integer'));
    const c = out.changes.find((x) => x.ruleId === 'event-received-type-changed');
    assert.ok(c, summary(out.changes).join(', '));
    assert.equal(c.pointer, '/components/messageTraits/traced/headers/properties/cid/type');
    assert.equal(c.level, 'major');
  });

  test('a mode named for a unit applies to its files: forward makes a promotion a break', async () => {
    const { judgeTrees } = await import('../src/services/check-run.js');
    const { DEFAULT_CONFIG } = await import('../src/core/policy/config.js');
    const user = (type: string) => JSON.stringify({ type: 'record', name: 'User', fields: [{ name: 'age', type }] });
    const tree = (type: string, version: string) =>
      new MapTree([
        ['contracts/modules/users/versions.yaml', `current: ${version}\n`],
        ['contracts/modules/users/user.avsc', user(type)],
      ]);
    const judge = (mode: 'backward' | 'forward') =>
      judgeTrees({
        config: { ...DEFAULT_CONFIG, compatibility: [{ unit: 'users', mode }] },
        base: tree('int', '1.0.0'),
        head: tree('long', '1.1.0'),
        baseline: 'b',
        headLabel: 'h',
        warnings: [],
        now: new Date(),
      });
    assert.equal(judge('backward').changes.find((c) => c.ruleId === 'avro-type-promoted')?.level, 'minor');
    const forward = judge('forward');
    assert.equal(forward.changes.find((c) => c.ruleId === 'avro-type-promoted')?.level, 'major');
    assert.equal(forward.blocked, true, 'a major change under a minor bump');
  });

  test('a topic catalog: a break in a topic schema in use is blocked; a v2 entry beside it with its own schema passes, ticked', async () => {
    const { judgeTrees } = await import('../src/services/check-run.js');
    const { DEFAULT_CONFIG } = await import('../src/core/policy/config.js');
    const schema = (required: string[]) =>
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        required,
        properties: { id: { type: 'string' }, at: { type: 'string' } },
      });
    const catalog = (v2: boolean) =>
      'topics:\n  - { name: memory.created, version: 1, schema: schemas/memory.created.schema.json }\n' +
      (v2 ? '  - { name: memory.created, version: 2, schema: schemas/memory.created.v2.schema.json }\n' : '');
    const base = new MapTree([
      ['contracts/versions.yaml', 'current: 1.0.0\n'],
      ['contracts/events/topics.yaml', catalog(false)],
      ['contracts/events/schemas/memory.created.schema.json', schema(['id', 'at'])],
    ]);
    const judge = (files: [string, string][]) =>
      judgeTrees({
        config: { ...DEFAULT_CONFIG, events: { breaking: 'new-channel' } },
        base,
        head: new MapTree([...base.paths().map((p) => [p, Buffer.from(base.read(p)!).toString()] as [string, string]), ...files]),
        baseline: 'b',
        headLabel: 'h',
        warnings: [],
        now: new Date(),
      });
    const broken = judge([
      ['contracts/versions.yaml', 'current: 2.0.0\n'],
      ['contracts/events/schemas/memory.created.schema.json', schema(['id'])],
    ]);
    const v = broken.violations!.find((x) => x.ruleId === 'event-breaking-on-existing-channel');
    assert.ok(v, JSON.stringify(broken.violations));
    assert.match(v.fix!, /publish the new shape on `memory\.created v2` beside it \(in contracts\/events\/topics\.yaml\)/);
    const right = judge([
      ['contracts/versions.yaml', 'current: 1.1.0\n'],
      ['contracts/events/topics.yaml', catalog(true)],
      ['contracts/events/schemas/memory.created.v2.schema.json', schema(['id'])],
    ]);
    assert.ok(!right.violations!.some((x) => x.ruleId === 'event-breaking-on-existing-channel'));
    assert.ok(
      right.checklist!.some((i) => i.text === 'Dual-publish `memory.created v1` and `memory.created v2` during the transition' && i.done),
      JSON.stringify(right.checklist),
    );
  });
});

describe('init offers the event keys', () => {
  test('a repository with AsyncAPI and Avro gets events and compatibility, commented; uncommented, they are the policy', async () => {
    const { configText } = await import('../src/core/policy/init-layout.js');
    const { parseConfig } = await import('../src/core/policy/config.js');
    const files: Record<string, string> = {
      'events/asyncapi.yaml': v3('send'),
      'events/avro/user.avsc': JSON.stringify({ type: 'record', name: 'User', fields: [{ name: 'id', type: 'long' }] }),
    };
    const text = configText(
      detectLayout(Object.keys(files), (p) => files[p]),
      'contract-guard.schema.json',
    );
    assert.match(text, /^# events:\n#   breaking: new-channel$/m);
    const uncommented = text.replace(/^# (events:|  breaking:|compatibility:|  - \{ files)/gm, '$1');
    const config = parseConfig('.github/contract-guard.yml', uncommented);
    assert.deepEqual(config.events, { breaking: 'new-channel' });
    assert.deepEqual(config.compatibility, [{ files: ['events/avro/**/*.avsc'], mode: 'backward_transitive' }]);
  });
});

describe("avsc's resolution, made linear, is avsc's", () => {
  // src/core/avsc-linear.cjs: enum symbols looked up by index, union branches whose names cannot match not tried
  const avsc = libraries.avsc();
  const type = (schema: unknown) => avsc.Type.forSchema(schema as avro.Schema, { wrapUnions: true });
  const record = (name: string, fields: [string, unknown][], extra: object = {}) => ({
    type: 'record',
    name,
    fields: fields.map(([n, t]) => ({ name: n, type: t })),
    ...extra,
  });
  const reads = (reader: unknown, writer: unknown, datum: unknown, opts?: object) => {
    const [r, w] = [type(reader), type(writer)];
    return r.fromBuffer(w.toBuffer(datum), r.createResolver(w, opts));
  };

  test('a union reads a named writer into the branch its name or an alias matches, in order; none that matches is an error', () => {
    const union = [record('a.A', [['x', 'int']]), record('a.B', [['y', 'string']], { aliases: ['a.X'] }), 'null'];
    assert.deepEqual(JSON.parse(JSON.stringify(reads(union, record('a.X', [['y', 'string']]), { y: 'v' }))), { 'a.B': { y: 'v' } });
    assert.deepEqual(JSON.parse(JSON.stringify(reads(union, record('a.A', [['x', 'int']]), { x: 1 }))), { 'a.A': { x: 1 } });
    assert.throws(() => type(union).createResolver(type(record('a.Q', [['y', 'string']]))));
    // an enum and a record of one name: the record is read as the record
    const mixed = [{ type: 'enum', name: 'a.R', symbols: ['S'] }, record('b.R', [['z', 'long']])];
    assert.throws(() => type(mixed).createResolver(type(record('c.R', [['z', 'long']]))), 'names are full names');
    const loose = JSON.parse(JSON.stringify(reads(mixed, record('c.R', [['z', 'long']]), { z: 2 }, { ignoreNamespaces: true })));
    assert.deepEqual(loose, { 'b.R': { z: 2 } }, 'ignoring namespaces, by the last part');
  });

  test("an enum reads a writer's symbols it has, its default for the others, and refuses them without one", () => {
    const writer = { type: 'enum', name: 'E', symbols: ['A', 'B', 'C'] };
    assert.throws(() => type({ type: 'enum', name: 'E', symbols: ['A', 'B'] }).createResolver(type(writer)));
    assert.equal(reads({ type: 'enum', name: 'E', symbols: ['A', 'B'], default: 'A' }, writer, 'C'), 'A');
    assert.equal(reads({ type: 'enum', name: 'E', symbols: ['C', 'B', 'A'] }, writer, 'C'), 'C');
    // 100,000 symbols, one gone: refused, as a list read them (in seconds), in a blink
    const symbols = Array.from({ length: 100_000 }, (_, i) => `S${i}`);
    const big = (n: number) => type({ type: 'enum', name: 'Big', symbols: symbols.slice(0, n) });
    assert.throws(() => big(99_999).createResolver(big(100_000)));
    assert.doesNotThrow(() => big(100_000).createResolver(big(99_999)));
  });
});
