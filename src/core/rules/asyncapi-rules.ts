// AsyncAPI 2.x/3.x documents: channels, operations and messages; message payloads are judged by the schema rules
// in the `event` context (both who publishes and who subscribes read them).
import { ruleFamily } from './types.js';

const asyncapi = ruleFamily('asyncapi');

export const ASYNCAPI_RULES = [
  asyncapi(
    'channel-removed',
    'major',
    'An AsyncAPI channel was removed.',
    'channel `{channel}` removed',
    'Publishers and subscribers of this channel break: keep it, deprecated, until they moved to its replacement.',
    { removes: 'deprecatable' },
  ),
  asyncapi('channel-added', 'minor', 'An AsyncAPI channel was added.', 'channel `{channel}` added', 'Document who publishes on it.'),
  asyncapi(
    'channel-address-changed',
    'major',
    'An AsyncAPI channel now lives at another address (topic, queue, routing key).',
    'channel `{channel}` moved from `{old}` to `{new}`',
    'Subscribers listening on the old address receive nothing: publish on both during the transition.',
  ),
  asyncapi(
    'async-operation-removed',
    'major',
    'An AsyncAPI operation (publish/subscribe, send/receive) was removed.',
    'operation `{operation}` removed',
    'Applications relying on this operation break: deprecate it first.',
    { removes: 'deprecatable' },
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
    { removes: 'deprecatable' },
  ),
  asyncapi(
    'message-added',
    'minor',
    'A message was added to a channel, an operation or the components.',
    'message `{message}` added',
    'Subscribers must ignore or handle the new message.',
  ),
  asyncapi(
    'async-info-changed',
    'patch',
    'Descriptive fields of an AsyncAPI document changed: info, descriptions, summaries, titles, tags, examples.',
    '`{field}` changed',
    'No action for consumers.',
  ),
];
