// An AsyncAPI document (2.0–2.6 or 3.0) read into one shape: channels with their addresses, operations with the
// direction the application takes on them, and the messages each carries, `$ref`s followed inside the tree (never
// fetched) and message traits applied. Pure: reads parsed documents, returns data.
import { InputError } from '../errors.js';
import type { Loc } from '../model.js';
import { pointerJoin, pointerTokens } from '../model.js';
import type { Documents } from '../source/tree.js';

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
export const obj = (v: unknown): Obj => (isObj(v) ? v : {});

export interface Side {
  loc: Loc;
  node: unknown;
}

/** `send`: the application writes the messages (its consumers read them); `receive`: it reads what producers write. */
export type Action = 'send' | 'receive';

export interface Channel {
  key: string;
  loc: Loc;
  /** Where messages go: 3.0 `address`, 2.x the channel's name, overridden by a Kafka binding's `topic`. */
  address: string | null;
  /** Where the address is written, for the line of a change. */
  addressLoc: Loc;
  parameters: Map<string, Side>;
}

export interface Operation {
  key: string;
  label: string;
  loc: Loc;
  action: Action;
  channel: string | undefined;
  /** The messages it carries, by definition key. */
  messages: Set<string>;
}

export interface Message {
  /** Where it is defined (after `$ref`s): the file (when not the document) and pointer. */
  key: string;
  name: string;
  loc: Loc;
  /** Its fields, the message's own first, then those its traits add (each where it is written). */
  fields: Map<string, Side>;
}

export interface AsyncModel {
  major: 2 | 3;
  channels: Map<string, Channel>;
  operations: Map<string, Operation>;
  messages: Map<string, Message>;
  /** The channels each message travels on (by definition key). */
  carriers: Map<string, Set<string>>;
  /** The actions taken on each message; none for a message no operation uses (a shared catalog). */
  actions: Map<string, Set<Action>>;
  defaultContentType: string | undefined;
  /** Pointers (in the document) this model reads: the generic data diff leaves them to the rules. */
  read: Set<string>;
}

/** The payload's format: Avro (`application/vnd.apache.avro…`), or the AsyncAPI/JSON Schema default. */
export function payloadOf(m: Message): { format: 'json' | 'avro' | 'other'; formatName: string; side: Side } | undefined {
  const payload = m.fields.get('payload');
  if (!payload) return undefined;
  let side = payload;
  let format = m.fields.get('schemaFormat')?.node;
  const node = obj(payload.node);
  // 3.0's Multi Format Schema Object: `payload: { schemaFormat, schema }`
  if (typeof node.schemaFormat === 'string' && 'schema' in node) {
    format = node.schemaFormat;
    side = { loc: { ...payload.loc, pointer: pointerJoin(payload.loc.pointer, 'schema') }, node: node.schema };
  }
  const name = typeof format === 'string' ? format : 'application/schema+json';
  // JSON Schema, AsyncAPI's and OpenAPI's schema objects (each `;version=…`, `+json` or `+yaml`) are judged as JSON Schema
  const kind = /^application\/vnd\.apache\.avro/i.test(name)
    ? 'avro'
    : /json|asyncapi|openapi|^application\/schema/i.test(name)
      ? 'json'
      : 'other';
  return { format: kind, formatName: name, side };
}

export function readAsyncApi(docs: Documents, file: string, errors: { file: string; line?: number; message: string }[]): AsyncModel {
  const doc = obj(docs.get(file).data);
  const major = String(doc.asyncapi).startsWith('3.') ? 3 : 2;
  const read = new Set<string>();
  const deref = (loc: Loc, node: unknown): Side => {
    try {
      return docs.deref(loc, node);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      if (!errors.some((e) => e.message === err.message)) errors.push({ file: err.file ?? loc.file, line: err.line, message: err.message });
      return { loc, node: {} };
    }
  };
  const messages = new Map<string, Message>();
  const keyOf = (loc: Loc) => (loc.file === file ? loc.pointer : `${loc.file}#${loc.pointer}`);
  const carriers = new Map<string, Set<string>>();
  const message = (at: Loc, node: unknown, fallback: string, channel?: string): string => {
    const def = deref(at, node);
    const key = keyOf(def.loc);
    if (channel !== undefined) (carriers.get(key) ?? carriers.set(key, new Set()).get(key)!).add(channel);
    if (messages.has(key)) return key;
    const own = obj(def.node);
    const fields = new Map<string, Side>();
    for (const [k, v] of Object.entries(own)) fields.set(k, { loc: { ...def.loc, pointer: pointerJoin(def.loc.pointer, k) }, node: v });
    // traits add what the message does not say itself (3.0: the message's own value wins; 2.x is read the same way)
    (Array.isArray(own.traits) ? own.traits : []).forEach((t, i) => {
      const trait = deref({ ...def.loc, pointer: pointerJoin(def.loc.pointer, 'traits', i) }, t);
      for (const [k, v] of Object.entries(obj(trait.node)))
        if (!fields.has(k)) fields.set(k, { loc: { ...trait.loc, pointer: pointerJoin(trait.loc.pointer, k) }, node: v });
    });
    // what the rules judge below (the payload and headers as schemas, the Kafka key): not compared again as data
    for (const f of ['payload', 'headers', 'schemaFormat', 'traits']) {
      const side = fields.get(f);
      if (side && side.loc.file === file) read.add(side.loc.pointer);
    }
    const bindings = fields.get('bindings');
    if (bindings && bindings.loc.file === file) read.add(pointerJoin(bindings.loc.pointer, 'kafka', 'key'));
    const name =
      typeof own.name === 'string'
        ? own.name
        : typeof own.messageId === 'string'
          ? own.messageId
          : (pointerTokens(def.loc.pointer).pop() ?? fallback);
    messages.set(key, { key, name, loc: def.loc, fields });
    return key;
  };
  const at = (...tokens: (string | number)[]): Loc => ({ file, pointer: pointerJoin('', ...tokens) });

  const channels = new Map<string, Channel>();
  const operations = new Map<string, Operation>();
  for (const [key, raw] of Object.entries(obj(doc.channels))) {
    const c = deref(at('channels', key), raw);
    const node = obj(c.node);
    const topic = obj(obj(node.bindings).kafka).topic;
    const address = typeof topic === 'string' ? topic : major === 3 ? (typeof node.address === 'string' ? node.address : null) : key;
    const addressLoc =
      typeof topic === 'string' ? at('channels', key, 'bindings', 'kafka', 'topic') : major === 3 ? at('channels', key, 'address') : c.loc;
    const parameters = new Map<string, Side>();
    for (const [name, p] of Object.entries(obj(node.parameters)))
      parameters.set(name, deref({ ...c.loc, pointer: pointerJoin(c.loc.pointer, 'parameters', name) }, p));
    for (const p of [['address'], ['parameters'], ['bindings', 'kafka', 'topic']]) read.add(pointerJoin('/channels', key, ...p));
    channels.set(key, { key, loc: c.loc, address, addressLoc, parameters });
    if (major === 3) {
      for (const [name, m] of Object.entries(obj(node.messages)))
        message({ ...c.loc, pointer: pointerJoin(c.loc.pointer, 'messages', name) }, m, name, key);
      continue;
    }
    // 2.x: operations live in the channel and are named from the user's side: `subscribe` = the application sends
    for (const verb of ['subscribe', 'publish'] as const) {
      if (!(verb in node)) continue;
      const op = obj(node[verb]);
      const opLoc = { ...c.loc, pointer: pointerJoin(c.loc.pointer, verb) };
      const keys = new Set<string>();
      const m = op.message;
      const mLoc = { ...opLoc, pointer: pointerJoin(opLoc.pointer, 'message') };
      const resolved = deref(mLoc, m);
      if (isObj(resolved.node) && Array.isArray(resolved.node.oneOf))
        resolved.node.oneOf.forEach((x, i) =>
          keys.add(
            message({ ...resolved.loc, pointer: pointerJoin(resolved.loc.pointer, 'oneOf', i) }, x, `${key} ${verb} #${i + 1}`, key),
          ),
        );
      else if (m !== undefined) keys.add(message(mLoc, m, `${key} ${verb}`, key));
      read.add(mLoc.pointer);
      const opKey = `${verb} ${key}`;
      operations.set(opKey, {
        key: opKey,
        label: typeof op.operationId === 'string' ? `${op.operationId} (${verb} ${key})` : `${verb} ${key}`,
        loc: opLoc,
        action: verb === 'subscribe' ? 'send' : 'receive',
        channel: key,
        messages: keys,
      });
    }
  }
  if (major === 3) {
    for (const [key, raw] of Object.entries(obj(doc.operations))) {
      const o = deref(at('operations', key), raw);
      const node = obj(o.node);
      const ch = deref({ ...o.loc, pointer: pointerJoin(o.loc.pointer, 'channel') }, node.channel);
      const channel = ch.loc.file === file && ch.loc.pointer.startsWith('/channels/') ? pointerTokens(ch.loc.pointer)[1] : undefined;
      const keys = new Set<string>();
      if (Array.isArray(node.messages))
        node.messages.forEach((m, i) =>
          keys.add(message({ ...o.loc, pointer: pointerJoin(o.loc.pointer, 'messages', i) }, m, `${key} #${i + 1}`, channel)),
        );
      else {
        // no list: every message of its channel
        const c = obj(deref(ch.loc, ch.node).node);
        for (const [name, m] of Object.entries(obj(c.messages)))
          keys.add(message({ ...ch.loc, pointer: pointerJoin(ch.loc.pointer, 'messages', name) }, m, name, channel));
      }
      for (const p of ['action', 'channel', 'messages']) read.add(pointerJoin('/operations', key, p));
      operations.set(key, {
        key,
        label: key,
        loc: o.loc,
        action: node.action === 'receive' ? 'receive' : 'send',
        channel,
        messages: keys,
      });
    }
  }
  for (const [name, m] of Object.entries(obj(obj(doc.components).messages))) message(at('components', 'messages', name), m, name);
  const actions = new Map<string, Set<Action>>();
  for (const op of operations.values()) for (const m of op.messages) (actions.get(m) ?? actions.set(m, new Set()).get(m)!).add(op.action);
  return {
    major,
    channels,
    operations,
    messages,
    carriers,
    actions,
    defaultContentType: typeof doc.defaultContentType === 'string' ? doc.defaultContentType : undefined,
    read,
  };
}
