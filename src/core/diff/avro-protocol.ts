// Avro protocols (`.avpr`): an RPC interface's named types and messages, in one JSON file (what `avro-tools idl`
// writes from an `.avdl`). Each named type is an Avro schema, compared by full name as an `.avsc` is; a message's
// request is a record the server reads, its response a value the client reads.
import { pointerJoin, type Loc, type Role } from '../model.js';
import { isObj, type Obj } from '../semantic/schema.js';
import { diffAvroSchemas, fullName, type AvroNames } from './avro-diff.js';
import type { ChangeSink } from './sink.js';

interface Side {
  file: string;
  node: Obj;
  /** Named types the side's Avro files define (avroNamesOf). */
  names: AvroNames;
}

/** The protocol's named types by full name: where each stands, and itself with the namespace it takes from the protocol. */
function typesOf(protocol: Obj): Map<string, { index: number; node: Obj }> {
  const namespace = typeof protocol.namespace === 'string' && protocol.namespace ? protocol.namespace : undefined;
  const out = new Map<string, { index: number; node: Obj }>();
  (Array.isArray(protocol.types) ? protocol.types : []).forEach((t: unknown, index) => {
    if (!isObj(t) || typeof t.name !== 'string') return;
    const own = typeof t.namespace === 'string' ? t.namespace || undefined : namespace;
    const node = own !== undefined && t.namespace === undefined ? { ...t, namespace: own } : t;
    const name = fullName(t.name, own);
    if (!out.has(name)) out.set(name, { index, node });
  });
  return out;
}

export function diffAvroProtocols(sink: ChangeSink, older: Side, newer: Side, role: Role): void {
  const label = newer.file.replace(/^.*\//, '');
  const [typesA, typesB] = [typesOf(older.node), typesOf(newer.node)];
  // a type names the protocol's other types first, then those of the side's `.avsc` files
  const namesOf =
    (types: Map<string, { node: Obj }>, rest: AvroNames, namespace: string | undefined): AvroNames =>
    (name) => {
      const own = types.get(name) ?? types.get(fullName(name, namespace));
      return own ? { node: own.node, namespace } : rest(name);
    };
  const nsOf = (p: Obj) => (typeof p.namespace === 'string' && p.namespace ? p.namespace : undefined);
  const ns = [nsOf(older.node), nsOf(newer.node)] as const;
  const names: [AvroNames, AvroNames] = [namesOf(typesA, older.names, ns[0]), namesOf(typesB, newer.names, ns[1])];
  const at = (side: Side, pointer: string): Loc => ({ file: side.file, pointer });

  for (const [name, b] of typesB) {
    const a = typesA.get(name) ?? [...typesA.values()].find((t) => aliasesOf(b.node, name).has(fullNameOf(t.node)));
    if (!a) sink.emit({ rule: 'avro-protocol-type-added', loc: at(newer, `/types/${b.index}`), params: { name } });
    else
      diffAvroSchemas(
        sink,
        { loc: at(older, `/types/${a.index}`), node: a.node },
        { loc: at(newer, `/types/${b.index}`), node: b.node },
        {
          role,
          label: `${label} ${name}`,
          names,
        },
      );
  }
  const renamedTo = new Set([...typesB].flatMap(([name, b]) => [...aliasesOf(b.node, name)]));
  for (const name of typesA.keys())
    if (!typesB.has(name) && !renamedTo.has(name))
      sink.emit({ rule: 'avro-protocol-type-removed', loc: at(newer, '/types'), params: { name } });

  const [messagesA, messagesB] = [messagesOf(older.node), messagesOf(newer.node)];
  for (const [name, b] of messagesB) {
    const a = messagesA.get(name);
    const place = pointerJoin('/messages', name);
    if (!a) {
      sink.emit({ rule: 'avro-message-added', loc: at(newer, place), params: { name } });
      continue;
    }
    // the request: parameters the server reads as a record's fields; the response: a value the client reads
    const request = (m: Obj, namespace: string | undefined) => ({
      type: 'record',
      name: '__request',
      ...(namespace ? { namespace } : {}),
      fields: Array.isArray(m.request) ? m.request : [],
    });
    const response = (m: Obj, namespace: string | undefined) => ({
      type: 'record',
      name: '__response',
      ...(namespace ? { namespace } : {}),
      fields: [{ name: 'response', type: m.response ?? 'null' }],
    });
    const compare = (part: 'request' | 'response', make: typeof request, partRole: Role, prefix: string) =>
      diffAvroSchemas(
        relocated(sink, `${place}/${part}${prefix}`, `${place}/${part}`),
        { loc: at(older, `${place}/${part}`), node: make(a, ns[0]) },
        { loc: at(newer, `${place}/${part}`), node: make(b, ns[1]) },
        { role: partRole, label: `${label} ${name} ${part}`, names },
      );
    compare('request', request, 'request', '/fields');
    compare('response', response, 'response', '/fields/0/type');
  }
  for (const name of messagesA.keys())
    if (!messagesB.has(name)) sink.emit({ rule: 'avro-message-removed', loc: at(newer, '/messages'), params: { name } });
}

function messagesOf(protocol: Obj): Map<string, Obj> {
  const out = new Map<string, Obj>();
  if (isObj(protocol.messages)) for (const [name, m] of Object.entries(protocol.messages)) if (isObj(m)) out.set(name, m);
  return out;
}

function fullNameOf(node: Obj): string {
  return fullName(node.name as string, typeof node.namespace === 'string' ? node.namespace || undefined : undefined);
}

/** The full names a type was known by before (`aliases`), in its namespace unless written in full. */
function aliasesOf(node: Obj, name: string): Set<string> {
  const namespace = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : undefined;
  return new Set(
    (Array.isArray(node.aliases) ? node.aliases : []).filter((a): a is string => typeof a === 'string').map((a) => fullName(a, namespace)),
  );
}

/**
 * The sink, with the places a request or response is compared at (a record made of its parameters, or holding its
 * value) written as where they stand in the protocol: `…/request/fields/1/type` is `…/request/1/type`.
 */
function relocated(sink: ChangeSink, from: string, to: string): Pick<ChangeSink, 'emit'> {
  const move = (pointer: string) => (pointer === from || pointer.startsWith(from + '/') ? to + pointer.slice(from.length) : pointer);
  return { emit: (change) => sink.emit({ ...change, loc: { ...change.loc, pointer: move(change.loc.pointer) } }) };
}
