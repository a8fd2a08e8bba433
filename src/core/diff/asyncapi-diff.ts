// Compares two AsyncAPI documents (2.x and 3.0): channels, their addresses and parameters, operations, the messages
// each carries, and each message's payload, headers and Kafka key as schemas, read in the direction the document
// gives them: what the application sends is judged for its consumers (writer side), what it receives for its
// producers (reader side), a message no operation owns both ways. What is left is compared as data, descriptive
// fields (descriptions, summaries, titles, examples, info, tags) as one patch each.
import { InputError } from '../errors.js';
import type { Diagnostic, Role, SchemaContext } from '../model.js';
import { pointerJoin, pointerTokens } from '../model.js';
import type { RuleId } from '../rules/catalog.js';
import { judgedDocument, type Bundle } from '../semantic/bundle.js';
import type { Documents } from '../source/tree.js';
import { avroNamesOf, diffAvroSchemas } from './avro-diff.js';
import { readAsyncApi, obj, payloadOf, type Action, type AsyncModel, type Message, type Operation, type Side } from './asyncapi-model.js';
import { diffData } from './data-diff.js';
import { sameValue } from './fingerprint.js';
import type { SchemaDiffer } from './schema-diff.js';
import { placedAt, type JudgedSchema } from './semantic-reconcile.js';
import { addVia, type ChangeSink, type RawChange } from './sink.js';

const DESCRIPTIVE = new Set(['description', 'summary', 'title', 'examples', 'example', 'tags', 'externalDocs', 'x-examples']);

export interface AsyncApiDiffer {
  baseDocs: Documents;
  headDocs: Documents;
  sink: ChangeSink;
  schemas: SchemaDiffer;
  errors: Diagnostic[];
  judged: JudgedSchema[];
  /** A role the configuration gives the document (a compatibility mode, `roles:`): it overrides the operations' direction. */
  roleOf?: (file: string) => Role | undefined;
}

/** Where a message's schemas sit and who breaks: the application's consumers, its producers, or both. */
export function directionOf(actions: Set<Action> | undefined): { context: SchemaContext; role: Role } {
  if (actions?.size === 1 && actions.has('send')) return { context: 'event-sent', role: 'response' };
  if (actions?.size === 1 && actions.has('receive')) return { context: 'event-received', role: 'request' };
  return { context: 'event', role: 'event' };
}

function forcedDirection(role: Role): { context: SchemaContext; role: Role } {
  return { context: role === 'response' ? 'event-sent' : role === 'event' ? 'event' : 'event-received', role };
}

export function diffAsyncApi(d: AsyncApiDiffer, baseFile: string, file: string): void {
  const a = readAsyncApi(d.baseDocs, baseFile, d.errors);
  const b = readAsyncApi(d.headDocs, file, d.errors);
  const emit = (rule: RuleId, at: Side['loc'] | string, params: Record<string, unknown>, lineAt?: string) =>
    d.sink.emit({
      rule,
      loc: typeof at === 'string' ? { file, pointer: at } : at,
      params,
      ...(lineAt !== undefined ? { lineAt: { file, pointer: lineAt } } : {}),
    });
  let bundles: [Bundle, Bundle] | undefined;
  const judge: Judge = (older, newer, { context, role, label }, found) => {
    if (!found.size) return;
    bundles ??= [judgedDocument(d.baseDocs, baseFile), judgedDocument(d.headDocs, file)];
    const [x, y] = [bundles[0].copyOf(older.node), bundles[1].copyOf(newer.node)];
    if (x === undefined || y === undefined) return;
    d.judged.push({
      file: newer.loc.file,
      role,
      context,
      label,
      older: x,
      newer: y,
      rootA: bundles[0].root,
      rootB: bundles[1].root,
      changes: found,
      pointerOf: placedAt(older.loc, newer.loc),
    });
  };

  // a document upgraded from 2.x to 3.0 names its channels anew (2.x by address, 3.0 by an id with an `address`):
  // between majors a channel is the one at the same address, an operation the one with the same action on it
  const across = a.major !== b.major;
  const [toB, toA] = [twins(a, b, across), twins(b, a, across)];
  const opId = (m: AsyncModel, op: Operation) =>
    across ? `${op.action} ${(op.channel !== undefined && m.channels.get(op.channel)?.address) || op.key}` : op.key;
  const byId = (m: AsyncModel) => new Map([...m.operations.values()].map((op) => [opId(m, op), op]));
  const [opsA, opsB] = [byId(a), byId(b)];

  // channels
  for (const [key, c] of a.channels) if (toB(key) === undefined) emit('channel-removed', c.loc.pointer, { channel: key }, '/channels');
  for (const [key, c] of b.channels) if (toA(key) === undefined) emit('channel-added', c.loc, { channel: key });
  for (const [key, c] of b.channels) {
    const old = a.channels.get(toA(key) ?? '');
    if (!old) continue;
    if (old.address !== null && c.address !== null && old.address !== c.address)
      emit('channel-address-changed', c.addressLoc, { channel: key, old: old.address, new: c.address });
    // a parameter is part of the address: publishers fill it, subscribers match on it, so it is read both ways
    const [context, role] = ['event', 'event'] as const;
    for (const [name, p] of c.parameters) {
      const q = old.parameters.get(name);
      if (!q) continue;
      // 2.x types a parameter with `schema`; in 3.0 a parameter is a string, its `enum` and `default` on the parameter itself
      const schemaOf = (s: Side, major: number): Side => {
        const n = obj(s.node);
        if (n.schema !== undefined) return { loc: { ...s.loc, pointer: pointerJoin(s.loc.pointer, 'schema') }, node: n.schema };
        return major < 3 ? s : { loc: s.loc, node: { type: 'string', ...n } };
      };
      d.schemas.compare([schemaOf(q, a.major)], [schemaOf(p, b.major)], { context, role, label: `channel ${key} parameter ${name}` });
    }
  }

  // operations
  for (const [id, op] of opsA) {
    const channelGone = op.channel !== undefined && toB(op.channel) === undefined;
    if (!opsB.has(id) && !channelGone)
      emit(
        'async-operation-removed',
        op.loc.pointer,
        { operation: op.label },
        op.channel ? pointerJoin('/channels', op.channel) : '/operations',
      );
  }
  for (const [id, op] of opsB) {
    const old = opsA.get(id);
    if (!old) {
      if (op.channel === undefined || toA(op.channel) !== undefined) emit('async-operation-added', op.loc, { operation: op.label });
      continue;
    }
    if (old.action !== op.action)
      emit('async-operation-changed', pointerJoin(op.loc.pointer, 'action'), {
        operation: op.label,
        what: `now ${op.action}s where it ${old.action === 'send' ? 'sent' : 'received'}`,
      });
    if ((old.channel === undefined ? undefined : toB(old.channel)) !== op.channel)
      emit('async-operation-changed', pointerJoin(op.loc.pointer, 'channel'), {
        operation: op.label,
        what: `moved from channel ${old.channel} to ${op.channel}`,
      });
    const names = (m: AsyncModel, keys: Set<string>) => new Map([...keys].map((k) => [m.messages.get(k)!.name, k]));
    const [na, nb] = [names(a, old.messages), names(b, op.messages)];
    const headNames = new Set([...b.messages.values()].map((m) => m.name));
    const baseNames = new Set([...a.messages.values()].map((m) => m.name));
    // a message taken off an operation while it is still defined (its removal as a whole is message-removed)
    for (const name of na.keys())
      if (!nb.has(name) && headNames.has(name)) emit('operation-message-removed', op.loc, { operation: op.label, message: name });
    for (const [name, k] of nb)
      if (!na.has(name) && baseNames.has(name))
        emit('operation-message-added', b.messages.get(k)!.loc, { operation: op.label, message: name });
  }

  // message definitions
  const parentIn = (m: AsyncModel, pointer: string, from: AsyncModel) => {
    if (across) {
      // a message of a channel is there when its channel is; one in components always is
      const ch = /^\/channels\/([^/]+)\//.exec(pointer);
      return !ch || (from === a ? toB : toA)(ch[1]!.replace(/~1/g, '/').replace(/~0/g, '~')) !== undefined;
    }
    const op = /^\/channels\/([^/]+)\/(publish|subscribe)\//.exec(pointer);
    if (op) return m.operations.has(`${op[2]} ${op[1]!.replace(/~1/g, '/').replace(/~0/g, '~')}`);
    const ch = /^\/channels\/([^/]+)\//.exec(pointer);
    return !ch || m.channels.has(ch[1]!.replace(/~1/g, '/').replace(/~0/g, '~'));
  };
  const paired = pairMessages(a, b);
  const kept = new Set([...paired.values()].map((m) => m.key));
  for (const [key, m] of a.messages)
    if (!kept.has(key) && parentIn(b, key, a)) emit('message-removed', m.loc.pointer, { message: m.name }, key.replace(/\/[^/]+$/, ''));
  for (const [key, m] of b.messages) if (!paired.has(key) && parentIn(a, key, b)) emit('message-added', m.loc, { message: m.name });
  for (const [key, m] of b.messages) {
    const old = paired.get(key);
    if (old) compareMessage(d, a, b, old, m, judge);
  }

  if (across) {
    // the rest is written another way in each major (servers, bindings, traits): the version and `info` are compared
    const version = (m: Documents, f: string) => String(obj(m.get(f).data).asyncapi);
    emit('async-info-changed', '/asyncapi', { field: `asyncapi (${version(d.baseDocs, baseFile)} → ${version(d.headDocs, file)})` });
    const info = (m: Documents, f: string) => ({ info: obj(m.get(f).data).info });
    const seen = new Set<string>();
    for (const c of diffData(file, info(d.baseDocs, baseFile), info(d.headDocs, file))) {
      const field = pointerTokens(c.loc.pointer).slice(0, 2).join('.');
      if (!seen.has(field)) emit('async-info-changed', c.loc.pointer, { field });
      seen.add(field);
    }
    return;
  }

  // the rest as data, skipping what was judged above; descriptive fields are a patch
  const read = [...a.read, ...b.read];
  const definitions = new Set([...a.messages.keys(), ...b.messages.keys()]);
  // what `without` cannot take out (a place inside a list, e.g. a 2.x `oneOf` member's payload) is skipped here
  const judged = (p: string) =>
    /^\/(channels|operations)\/[^/]+$/.test(p) ||
    definitions.has(p) ||
    read.some((r) => p === r || p.startsWith(r + '/')) ||
    p === '/asyncapi';
  const covered = d.sink.pointersFor(file);
  const seen = new Set<string>();
  // what the rules judged is left out before comparing (a copy along each path, the rest shared): most of a large
  // document is its payloads, compared once already
  const gone = [...read, '/components/schemas', '/components/messageTraits'];
  for (const c of diffData(file, without(d.baseDocs.get(baseFile).data, gone), without(d.headDocs.get(file).data, gone))) {
    const p = c.loc.pointer;
    if (judged(p) || covered.some((q) => p.startsWith(q) || q.startsWith(p))) continue;
    const descriptive = p.split('/').findIndex((t) => DESCRIPTIVE.has(t) || t === 'info');
    if (descriptive > 0) {
      const at = p
        .split('/')
        .slice(0, descriptive + 1)
        .join('/');
      const field = at
        .split('/')
        .slice(1)
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
        .join('.');
      if (!seen.has(at)) emit('async-info-changed', at, { field });
      seen.add(at);
    } else d.sink.emit(c);
  }
}

/** A channel's key in `to`: the same key, or between majors the channel at the same address. */
function twins(from: AsyncModel, to: AsyncModel, across: boolean): (key: string) => string | undefined {
  if (!across) return (key) => (to.channels.has(key) ? key : undefined);
  const byAddress = new Map<string, string>();
  for (const [k, c] of to.channels) if (c.address !== null && !byAddress.has(c.address)) byAddress.set(c.address, k);
  return (key) => {
    const address = from.channels.get(key)?.address;
    return address === null || address === undefined ? undefined : byAddress.get(address);
  };
}

/**
 * Which base message each head message is: the one at the same place unless both are named and the names differ
 * (another message put there), else the one of the same name (moved: 2.x `message` into `message.oneOf`, inline
 * into components).
 */
function pairMessages(a: AsyncModel, b: AsyncModel): Map<string, Message> {
  const named = (m: Message) => typeof m.fields.get('name')?.node === 'string' || typeof m.fields.get('messageId')?.node === 'string';
  const out = new Map<string, Message>();
  const used = new Set<string>();
  for (const [key, m] of b.messages) {
    const old = a.messages.get(key);
    if (old && (!named(old) || !named(m) || old.name === m.name)) {
      out.set(key, old);
      used.add(old.key);
    }
  }
  for (const [key, m] of b.messages) {
    if (out.has(key) || !named(m)) continue;
    const same = [...a.messages.values()].filter((x) => !used.has(x.key) && named(x) && x.name === m.name);
    if (same.length !== 1) continue;
    out.set(key, same[0]!);
    used.add(same[0]!.key);
  }
  return out;
}

/** `doc` without the nodes at `pointers`: objects on their paths are copied, everything else is shared. */
function without(doc: unknown, pointers: string[]): unknown {
  const root = { ...obj(doc) };
  const copies = new WeakSet<object>([root]); // each object on a path is copied once, however many pointers pass it
  for (const pointer of pointers) {
    const tokens = pointerTokens(pointer);
    let node: Record<string, unknown> = root;
    for (const [i, t] of tokens.entries()) {
      if (!(t in node)) break;
      if (i === tokens.length - 1) {
        delete node[t]; // the leaf, whatever it holds (an address, a list of messages, a schema)
        break;
      }
      const next = node[t];
      if (next === null || typeof next !== 'object' || Array.isArray(next)) break;
      if (!copies.has(next)) copies.add((node[t] = { ...(next as Record<string, unknown>) }));
      node = node[t] as Record<string, unknown>;
    }
  }
  return root;
}

type Scope = { context: SchemaContext; role: Role; label: string; via?: string };

/** Changes found in a message reached on several channels are reached through each. */
function carried<T extends Set<RawChange>>(found: T, via: string[]): T {
  for (const c of found) for (const v of via.slice(1)) addVia(c, v);
  return found;
}
/** Hand a compared schema to set inclusion, with what the keyword diff found in it. */
type Judge = (older: Side, newer: Side, scope: Scope, found: ReturnType<SchemaDiffer['compare']>) => void;

function compareMessage(d: AsyncApiDiffer, a: AsyncModel, b: AsyncModel, old: Message, m: Message, judge: Judge): void {
  // the channels it travels on, by address: what a breaking change breaks, and where a new version would go
  const via = [...(b.carriers.get(m.key) ?? [])].map((k) => `channel ${b.channels.get(k)?.address ?? k}`).sort();
  const forced = d.roleOf?.(m.loc.file);
  const { context, role } = forced ? forcedDirection(forced) : directionOf(b.actions.get(m.key) ?? a.actions.get(old.key));
  const emit = (rule: RuleId, loc: Side['loc'], params: Record<string, unknown>) => d.sink.emit({ rule, loc, params });
  const field = (x: Message, f: string) => x.fields.get(f);
  const contentType = (x: Message, model: AsyncModel) => {
    const own = field(x, 'contentType')?.node;
    return typeof own === 'string' ? own : model.defaultContentType;
  };
  const [ta, tb] = [contentType(old, a), contentType(m, b)];
  if (ta !== undefined && tb !== undefined && ta !== tb)
    emit('message-content-type-changed', field(m, 'contentType')?.loc ?? m.loc, { message: m.name, old: ta, new: tb });
  const [ca, cb] = [obj(field(old, 'correlationId')?.node), obj(field(m, 'correlationId')?.node)];
  if (typeof ca.location === 'string' && ca.location !== cb.location)
    emit('correlation-id-changed', field(m, 'correlationId')?.loc ?? m.loc, {
      message: m.name,
      old: ca.location,
      new: cb.location ?? 'none',
    });

  const [pa, pb] = [payloadOf(old), payloadOf(m)];
  if (pa && pb) {
    if (pa.format !== pb.format || (pa.format === 'other' && pa.formatName !== pb.formatName))
      emit('message-schema-format-changed', field(m, 'schemaFormat')?.loc ?? pb.side.loc, {
        message: m.name,
        old: pa.formatName,
        new: pb.formatName,
      });
    else if (pa.format === 'avro') {
      try {
        const [x, y] = [d.baseDocs.deref(pa.side.loc, pa.side.node), d.headDocs.deref(pb.side.loc, pb.side.node)];
        diffAvroSchemas(d.sink, x, y, { role, label: `message ${m.name}`, via, names: [avroNamesOf(d.baseDocs), avroNamesOf(d.headDocs)] });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        d.errors.push({ file: err.file ?? pb.side.loc.file, line: err.line, message: err.message });
      }
    } else if (pa.format === 'json') {
      const scope = { context, role, label: `message ${m.name}`, via: via[0] };
      judge(pa.side, pb.side, scope, carried(d.schemas.compare([pa.side], [pb.side], scope), via));
    } else if (!sameValue(pa.side.node, pb.side.node)) {
      // a Protocol Buffers (or RAML, XML Schema) payload written in place: its change was no change at all. One kept in
      // a file of its own (`$ref: order.proto`) is listed as that file
      const tool = /protobuf/i.test(pb.formatName) ? ', or run `buf breaking` in your CI' : '';
      emit('message-payload-unjudged', pb.side.loc, { message: m.name, format: pb.formatName, tool });
    }
  }
  const schemaField = (x: Message, path: string[]): Side | undefined => {
    let side = field(x, path[0]!);
    for (const t of path.slice(1)) {
      if (!side) return undefined;
      const node = obj(side.node)[t];
      side = node === undefined ? undefined : { loc: { ...side.loc, pointer: pointerJoin(side.loc.pointer, t) }, node };
    }
    return side;
  };
  for (const [path, what] of [
    [['headers'], 'headers'],
    [['bindings', 'kafka', 'key'], 'Kafka key'],
  ] as const) {
    const [x, y] = [schemaField(old, [...path]), schemaField(m, [...path])];
    if (!x && !y) continue;
    // no schema on one side: anything goes there (a header set dropped widens what consumers may get)
    const none = (other: Message): Side => ({ loc: { ...other.loc, pointer: pointerJoin(other.loc.pointer, ...path) }, node: {} });
    const scope = { context, role, label: `message ${m.name} ${what}`, via: via[0] };
    const [sx, sy] = [x ?? none(old), y ?? none(m)];
    judge(sx, sy, scope, carried(d.schemas.compare([sx], [sy], scope), via));
  }
}
