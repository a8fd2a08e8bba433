// AsyncAPI change pairs for `npm run conformance`, written for this project: one change per pair, each in AsyncAPI 2.6
// and (where the version has the construct) 3.0, over every rule family. `expected` is what the change does to the
// applications on either side of it, reasoned from the document's direction; the peer (@asyncapi/diff) is run live.

type Obj = Record<string, any>;
export interface AsyncPair {
  id: string;
  base: Obj;
  revision: Obj;
  /** breaking for some application on either side of the channel, or not */
  expected: 'breaking' | 'non-breaking';
}

const ORDER = () => ({
  type: 'object',
  required: ['id', 'total'],
  properties: { id: { type: 'string' }, total: { type: 'integer', minimum: 0 }, status: { type: 'string', enum: ['new', 'paid'] } },
});
const PAYMENT = () => ({
  type: 'object',
  required: ['amount'],
  properties: { amount: { type: 'integer' }, currency: { type: 'string', maxLength: 3 } },
});
const placed = () => ({
  name: 'OrderPlaced',
  contentType: 'application/json',
  correlationId: { location: '$message.header#/cid' },
  headers: { type: 'object', properties: { cid: { type: 'string' } } },
  bindings: { kafka: { key: { type: 'string' } } },
  payload: ORDER(),
});
const received = () => ({ name: 'PaymentReceived', payload: PAYMENT() });

/** 2.6: the shop sends OrderPlaced (`subscribe`, named from the user's side) and receives PaymentReceived (`publish`). */
function v2(): Obj {
  return {
    asyncapi: '2.6.0',
    info: { title: 'Shop', version: '1.0.0', description: 'Shop events.' },
    servers: { prod: { url: 'kafka.shop:9092', protocol: 'kafka' } },
    channels: {
      'orders/{region}': {
        parameters: { region: { schema: { type: 'string', enum: ['eu', 'us'] } } },
        bindings: { kafka: { topic: 'orders' } },
        subscribe: { operationId: 'orderPlaced', message: placed() },
      },
      payments: { publish: { operationId: 'paymentReceived', message: received() } },
    },
  };
}

/** 3.0: the same application, with operations, `action` and `$ref`s as 3.0 documents are written. */
function v3(): Obj {
  return {
    asyncapi: '3.0.0',
    info: { title: 'Shop', version: '1.0.0', description: 'Shop events.' },
    servers: { prod: { host: 'kafka.shop:9092', protocol: 'kafka' } },
    channels: {
      orders: {
        address: 'orders.{region}',
        parameters: { region: { enum: ['eu', 'us'] } },
        bindings: { kafka: { topic: 'orders' } },
        messages: { OrderPlaced: { $ref: '#/components/messages/OrderPlaced' } },
      },
      payments: { address: 'payments', messages: { PaymentReceived: { $ref: '#/components/messages/PaymentReceived' } } },
    },
    operations: {
      orderPlaced: {
        action: 'send',
        channel: { $ref: '#/channels/orders' },
        messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }],
      },
      paymentReceived: {
        action: 'receive',
        channel: { $ref: '#/channels/payments' },
        messages: [{ $ref: '#/channels/payments/messages/PaymentReceived' }],
      },
    },
    components: { messages: { OrderPlaced: placed(), PaymentReceived: received() } },
  };
}

/** Where each version keeps what a change edits. */
const at = {
  sent: (d: Obj) => (d.asyncapi.startsWith('3') ? d.components.messages.OrderPlaced : d.channels['orders/{region}'].subscribe.message),
  received: (d: Obj) => (d.asyncapi.startsWith('3') ? d.components.messages.PaymentReceived : d.channels.payments.publish.message),
  orders: (d: Obj) => (d.asyncapi.startsWith('3') ? d.channels.orders : d.channels['orders/{region}']),
};

type Edit = (d: Obj) => void;
const CHANGES: [string, 'breaking' | 'non-breaking', Edit, Edit?][] = [
  // payloads the application sends: its consumers break when what it writes widens
  ['sent payload: optional property added', 'non-breaking', (d) => (at.sent(d).payload.properties.note = { type: 'string' })],
  ['sent payload: property becomes required', 'non-breaking', (d) => at.sent(d).payload.required.push('status')],
  ['sent payload: required property becomes optional', 'breaking', (d) => (at.sent(d).payload.required = ['id'])],
  ['sent payload: type changed', 'breaking', (d) => (at.sent(d).payload.properties.total.type = 'string')],
  ['sent payload: enum value added', 'breaking', (d) => at.sent(d).payload.properties.status.enum.push('refunded')],
  ['sent payload: enum value removed', 'non-breaking', (d) => at.sent(d).payload.properties.status.enum.pop()],
  ['sent payload: minimum relaxed', 'breaking', (d) => delete at.sent(d).payload.properties.total.minimum],
  ['sent payload: minimum tightened', 'non-breaking', (d) => (at.sent(d).payload.properties.total.minimum = 1)],
  [
    'sent payload: required property removed',
    'breaking',
    (d) => {
      delete at.sent(d).payload.properties.total;
      at.sent(d).payload.required = ['id'];
    },
  ],
  // payloads the application receives: its producers break when what it reads narrows
  ['received payload: optional property added', 'non-breaking', (d) => (at.received(d).payload.properties.memo = { type: 'string' })],
  ['received payload: property becomes required', 'breaking', (d) => at.received(d).payload.required.push('currency')],
  ['received payload: required property becomes optional', 'non-breaking', (d) => (at.received(d).payload.required = [])],
  ['received payload: maxLength tightened', 'breaking', (d) => (at.received(d).payload.properties.currency.maxLength = 2)],
  ['received payload: type widened to number', 'non-breaking', (d) => (at.received(d).payload.properties.amount.type = 'number')],
  ['received payload: type narrowed', 'breaking', (d) => (at.received(d).payload.properties.amount = { type: 'integer', minimum: 1 })],
  // headers, correlation ids, content types, Kafka bindings
  ['header type changed', 'breaking', (d) => (at.sent(d).headers.properties.cid.type = 'integer')],
  ['optional header added', 'non-breaking', (d) => (at.sent(d).headers.properties.trace = { type: 'string' })],
  ['correlation id moved', 'breaking', (d) => (at.sent(d).correlationId.location = '$message.payload#/id')],
  ['content type changed', 'breaking', (d) => (at.sent(d).contentType = 'application/avro')],
  ['Kafka key schema changed type', 'breaking', (d) => (at.sent(d).bindings.kafka.key.type = 'integer')],
  ['Kafka topic changed', 'breaking', (d) => (at.orders(d).bindings.kafka.topic = 'orders-v2')],
  [
    'payload becomes Avro',
    'breaking',
    (d) => {
      const m = at.sent(d);
      const schema = {
        type: 'record',
        name: 'Order',
        fields: [
          { name: 'id', type: 'string' },
          { name: 'total', type: 'long' },
        ],
      };
      if (d.asyncapi.startsWith('3')) m.payload = { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema };
      else Object.assign(m, { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', payload: schema });
    },
  ],
  // channels
  [
    'channel removed',
    'breaking',
    (d) => {
      delete d.channels.payments;
      if (d.operations) delete d.operations.paymentReceived;
    },
  ],
  [
    'channel added',
    'non-breaking',
    (d) => {
      if (d.asyncapi.startsWith('3')) d.channels.refunds = { address: 'refunds', messages: { Refund: { payload: { type: 'object' } } } };
      else d.channels.refunds = { subscribe: { message: { name: 'Refund', payload: { type: 'object' } } } };
    },
  ],
  [
    'channel parameter narrowed',
    'breaking',
    (d) => {
      const p = at.orders(d).parameters.region;
      (p.schema ?? p).enum = ['eu'];
    },
  ],
  [
    'channel address changed',
    'breaking',
    (d) => (d.channels.payments.address = 'payments.v2'),
    (d) => {
      d.channels['payments/v2'] = d.channels.payments;
      delete d.channels.payments;
    },
  ],
  // operations and messages
  [
    'operation removed',
    'breaking',
    (d) => {
      if (d.operations) delete d.operations.orderPlaced;
      else delete d.channels['orders/{region}'].subscribe;
    },
  ],
  [
    'operation added',
    'non-breaking',
    (d) => {
      if (d.operations)
        d.operations.paymentSent = {
          action: 'send',
          channel: { $ref: '#/channels/payments' },
          messages: [{ $ref: '#/channels/payments/messages/PaymentReceived' }],
        };
      else d.channels.payments.subscribe = { operationId: 'paymentSent', message: received() };
    },
  ],
  [
    'operation direction flipped',
    'breaking',
    (d) => {
      if (d.operations) d.operations.paymentReceived.action = 'send';
      else {
        d.channels.payments.subscribe = d.channels.payments.publish;
        delete d.channels.payments.publish;
      }
    },
  ],
  [
    'message added to an operation',
    'non-breaking',
    (d) => {
      const refund = { name: 'Refund', payload: { type: 'object' } };
      if (d.operations) {
        d.components.messages.Refund = refund;
        d.channels.orders.messages.Refund = { $ref: '#/components/messages/Refund' };
        d.operations.orderPlaced.messages.push({ $ref: '#/channels/orders/messages/Refund' });
      } else {
        const op = d.channels['orders/{region}'].subscribe;
        op.message = { oneOf: [op.message, refund] };
      }
    },
  ],
  [
    'message removed from an operation',
    'breaking',
    (d) => {
      if (d.operations) d.operations.paymentReceived.messages = [];
      else d.channels.payments.publish.message = { name: 'Other', payload: { type: 'object' } };
    },
  ],
  // descriptive and deployment
  ['description changed', 'non-breaking', (d) => (d.info.description = 'Events of the shop.')],
  ['message summary added', 'non-breaking', (d) => (at.sent(d).summary = 'An order was placed.')],
  ['server removed', 'breaking', (d) => delete d.servers.prod],
];

/** Every pair: each change in 2.6 and in 3.0 (a change written differently in each has its own edit). */
export function asyncApiPairs(): AsyncPair[] {
  const out: AsyncPair[] = [];
  for (const [name, expected, edit, edit2] of CHANGES) {
    for (const [version, make, fn] of [
      ['2.6', v2, edit2 ?? edit],
      ['3.0', v3, edit],
    ] as const) {
      const base = make();
      const revision = make();
      try {
        fn(revision);
      } catch {
        continue; // the construct does not exist in this version
      }
      if (JSON.stringify(base) === JSON.stringify(revision)) continue;
      out.push({ id: `${version}: ${name}`, base, revision, expected });
    }
  }
  return out;
}
