// How an AsyncAPI document writes its events, read from the ones it has: which way its operations go, how channels
// are keyed and addressed, where messages are defined, which payload format they use. A new event follows it. Pure.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface EventStyle {
  /** 3.0: `send` or `receive`; 2.x: the same direction as `subscribe` (the application sends) or `publish`. */
  action: 'send' | 'receive';
  v2: boolean;
  /** Channels keyed by an id of their own in camelCase (`orderCreated`), not by their address (3.0). */
  camelIds: boolean;
  /** What every address ends with after the event's name: `.v1`, `-v1`, `_v1`, `/v1`; empty when not all do. */
  versionSuffix: string;
  /** Messages defined under `components.messages` and `$ref`'d from the channels. */
  inComponents: boolean;
  /** The payload format every message declares, and the folder of the Avro files they `$ref` (Avro only). */
  avro?: { schemaFormat: string; folder: string };
}

const camel = (name: string) => name.replace(/[._-]([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function eventStyle(doc: Obj): EventStyle {
  const v2 = String(doc.asyncapi).startsWith('2.');
  const channels = isObj(doc.channels) ? Object.entries(doc.channels).filter(([, c]) => isObj(c)) : [];
  // the direction most operations take; an event the application sends when there are none (what `new event` adds
  // in the house: the module's own event)
  let sends = 0;
  let receives = 0;
  if (v2)
    for (const [, c] of channels) {
      if ((c as Obj).subscribe) sends++;
      if ((c as Obj).publish) receives++;
    }
  else
    for (const op of Object.values(isObj(doc.operations) ? doc.operations : {}))
      if (isObj(op)) op.action === 'receive' ? receives++ : op.action === 'send' && sends++;
  const addresses = channels.map(([key, c]) => (v2 ? key : (c as Obj).address)).filter((a): a is string => typeof a === 'string');
  const suffix = /([./_-]v\d+)$/;
  const suffixes = new Set(addresses.map((a) => suffix.exec(a)?.[1]?.replace(/\d+$/, '1')));
  const camelIds =
    !v2 && channels.length > 0 && channels.every(([key, c]) => key !== (c as Obj).address && /^[a-z][a-zA-Z0-9]*$/.test(key));
  // 3.0: a channel's messages by id; 2.x: each operation's message, or its `oneOf`
  const messages = channels.flatMap(([, c]) => {
    const ch = c as Obj;
    if (!v2) return isObj(ch.messages) ? Object.values(ch.messages) : [];
    return [ch.subscribe, ch.publish].flatMap((op) => {
      const m = isObj(op) ? op.message : undefined;
      return isObj(m) && Array.isArray(m.oneOf) ? m.oneOf : m === undefined ? [] : [m];
    });
  });
  const inComponents =
    messages.length > 0 && messages.every((m) => isObj(m) && typeof m.$ref === 'string' && m.$ref.startsWith('#/components/messages/'));
  return {
    action: receives > sends ? 'receive' : 'send',
    v2,
    camelIds,
    versionSuffix: suffixes.size === 1 ? ([...suffixes][0] ?? '') : '',
    inComponents,
    ...avroOf(doc),
  };
}

/** The Avro format and folder every message's payload `$ref`s an `.avsc` file with, if they all do. */
function avroOf(doc: Obj): Pick<EventStyle, 'avro'> {
  const defined = isObj(doc.components) && isObj(doc.components.messages) ? Object.values(doc.components.messages) : [];
  const payloads = defined.filter(isObj).map((m) => m.payload);
  const formats = new Set<string>();
  const folders = new Set<string>();
  for (const p of payloads) {
    const ref = isObj(p) && isObj(p.schema) ? p.schema.$ref : undefined;
    if (!isObj(p) || typeof p.schemaFormat !== 'string' || !/avro/i.test(p.schemaFormat) || typeof ref !== 'string' || !/\.avsc$/.test(ref))
      return {};
    formats.add(p.schemaFormat);
    folders.add(ref.slice(0, ref.lastIndexOf('/') + 1));
  }
  return payloads.length && formats.size === 1 && folders.size === 1
    ? { avro: { schemaFormat: [...formats][0]!, folder: [...folders][0]! } }
    : {};
}

/** The channel key and address a new event takes in a document of this style. */
export function channelOf(style: EventStyle, name: string): { key: string; address: string } {
  const address = name + style.versionSuffix;
  return { key: style.camelIds ? camel(name) : address, address };
}
