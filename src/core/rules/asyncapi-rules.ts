// AsyncAPI 2.x/3.x documents: channels, operations and messages. Message payloads, headers and Kafka keys are
// judged by the schema rules in the direction of their operation (`event-sent`, `event-received`), or both ways
// (`event`) when no operation owns the message; Avro payloads by the Avro rules.
import { ruleFamily } from './types.js';

const asyncapi = ruleFamily('asyncapi');

export const ASYNCAPI_RULES = [
  asyncapi(
    'channel-removed',
    'major',
    'An AsyncAPI channel was removed.',
    'channel `{channel}` removed',
    'Publishers and subscribers of this channel break: keep it, deprecated, until they moved to its replacement.',
    { migrate: 'Stop publishing to and subscribing on channel `{channel}`; move to its replacement.', removes: 'deprecatable' },
  ),
  asyncapi('channel-added', 'minor', 'An AsyncAPI channel was added.', 'channel `{channel}` added', 'Document who publishes on it.'),
  asyncapi(
    'channel-address-changed',
    'major',
    'An AsyncAPI channel now lives at another address (topic, queue, routing key).',
    'channel `{channel}` moved from `{old}` to `{new}`',
    'Subscribers listening on the old address receive nothing: publish on both during the transition.',
    { migrate: 'Publish to and subscribe on `{new}`, not `{old}`.' },
  ),
  asyncapi(
    'async-operation-removed',
    'major',
    'An AsyncAPI operation (publish/subscribe, send/receive) was removed.',
    'operation `{operation}` removed',
    'Applications relying on this operation break: deprecate it first.',
    { migrate: 'Stop relying on operation `{operation}`.', removes: 'deprecatable' },
  ),
  asyncapi(
    'async-operation-added',
    'minor',
    'An AsyncAPI operation was added.',
    'operation `{operation}` added',
    'No action for existing applications.',
  ),
  asyncapi(
    'message-removed',
    'major',
    'A message was removed from a channel, an operation or the components.',
    'message `{message}` removed',
    'Consumers expecting this message break: keep publishing it until they moved.',
    { migrate: 'Stop sending and expecting message `{message}`.', removes: 'deprecatable' },
  ),
  asyncapi(
    'message-added',
    'minor',
    'A message was added to a channel, an operation or the components.',
    'message `{message}` added',
    'Subscribers must ignore or handle the new message.',
  ),
  asyncapi(
    'async-operation-changed',
    'major',
    'An AsyncAPI operation changed direction (send ↔ receive) or channel.',
    'operation `{operation}` {what}',
    'Applications on either side of it break: add a new operation and keep the old one until they moved.',
    { migrate: 'Adapt both sides of operation `{operation}`: it {what}.' },
  ),
  asyncapi(
    'operation-message-removed',
    'major',
    'An operation no longer carries a message it carried (the message itself is still defined).',
    'operation `{operation}` no longer carries message `{message}`',
    'Consumers or producers of that message on this operation break: keep it on the operation until they moved.',
    { migrate: 'Stop sending or expecting message `{message}` on operation `{operation}`.' },
  ),
  asyncapi(
    'operation-message-added',
    'minor',
    'An operation now carries another, already defined message.',
    'operation `{operation}` now carries message `{message}`',
    'Consumers must ignore or handle the new message type on this channel.',
  ),
  asyncapi(
    'message-content-type-changed',
    'major',
    "A message's content type changed (its own `contentType` or the document's `defaultContentType`).",
    'message `{message}` content type changed from `{old}` to `{new}`',
    'Readers decode by content type: publish the new encoding on a new channel.',
    { migrate: 'Encode and decode message `{message}` as `{new}`, not `{old}`.' },
  ),
  asyncapi(
    'message-schema-format-changed',
    'major',
    "A message payload's schema format changed (e.g. JSON Schema to Avro).",
    'message `{message}` payload format changed from `{old}` to `{new}`',
    'The bytes on the wire change: publish the new format on a new channel.',
    { migrate: 'Write and read the payload of message `{message}` as `{new}`, not `{old}`.' },
  ),
  asyncapi(
    'message-payload-unjudged',
    'minor',
    'A message payload in a schema format contract-guard does not read (Protocol Buffers, RAML, XML Schema) changed: listed, not judged.',
    'message `{message}` payload changed: `{format}` is not judged here',
    'Review what it breaks by hand{tool}; contract-guard cannot tell.',
  ),
  asyncapi(
    'correlation-id-changed',
    'major',
    "A message's correlation id moved (another `location`) or was removed.",
    'message `{message}` correlation id moved from `{old}` to `{new}`',
    'Applications that correlate replies read the old place: keep it there until they moved.',
    { migrate: 'Read the correlation id of message `{message}` from `{new}`, not `{old}`.' },
  ),
  asyncapi(
    'async-info-changed',
    'patch',
    'Descriptive fields of an AsyncAPI document changed: info, descriptions, summaries, titles, tags, examples.',
    '`{field}` changed',
    'No action for consumers.',
  ),
];
