// Compares two AsyncAPI documents (2.x and 3.x): channels and their addresses, operations, messages, and each
// message's payload through the schema rules in the `event` context. What is left is compared as data, with the
// descriptive fields (descriptions, summaries, titles, examples, info, tags) reported as one patch each.
import type { RuleId } from '../rules/catalog.js';
import type { Loc } from '../model.js';
import { pointerJoin } from '../model.js';
import type { Documents } from '../source/tree.js';
import { diffData } from './data-diff.js';
import type { SchemaDiffer } from './schema-diff.js';
import type { ChangeSink } from './sink.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const DESCRIPTIVE = new Set(['description', 'summary', 'title', 'examples', 'example', 'tags', 'externalDocs', 'x-examples']);

/** Messages of a document by pointer: inline in channels or operations (2.x `message`, `oneOf`; 3.x `messages`) and in components. */
function messages(doc: Obj): Map<string, { node: unknown; name: string }> {
  const out = new Map<string, { node: unknown; name: string }>();
  const add = (pointer: string, node: unknown, name: string) => out.set(pointer, { node, name });
  for (const [channel, c] of Object.entries(obj(doc.channels))) {
    for (const op of ['publish', 'subscribe']) {
      const m = obj(obj(c)[op]).message;
      const at = pointerJoin('/channels', channel, op, 'message');
      if (isObj(m) && Array.isArray(m.oneOf))
        m.oneOf.forEach((x, i) => add(pointerJoin(at, 'oneOf', i), x, messageName(x, `${channel} ${op} #${i + 1}`)));
      else if (m !== undefined) add(at, m, messageName(m, `${channel} ${op}`));
    }
    for (const [name, m] of Object.entries(obj(obj(c).messages)))
      add(pointerJoin('/channels', channel, 'messages', name), m, `${channel}/${name}`);
  }
  for (const [name, m] of Object.entries(obj(obj(doc.components).messages))) add(pointerJoin('/components/messages', name), m, name);
  return out;
}

function messageName(m: unknown, fallback: string): string {
  const o = obj(m);
  return typeof o.name === 'string' ? o.name : typeof o.$ref === 'string' ? o.$ref.replace(/^.*\//, '') : fallback;
}

export function diffAsyncApi(
  baseDocs: Documents,
  headDocs: Documents,
  sink: ChangeSink,
  schemas: SchemaDiffer,
  baseFile: string,
  file: string,
): void {
  const a = obj(baseDocs.get(baseFile).data);
  const b = obj(headDocs.get(file).data);
  const emit = (rule: RuleId, pointer: string, params: Record<string, unknown>, lineAt?: string) =>
    sink.emit({ rule, loc: { file, pointer }, params, ...(lineAt !== undefined ? { lineAt: { file, pointer: lineAt } } : {}) });
  const keyed = (section: 'channels' | 'operations', removed: RuleId, added: RuleId, param: string) => {
    const [x, y] = [obj(a[section]), obj(b[section])];
    for (const k of Object.keys(x)) if (!(k in y)) emit(removed, pointerJoin('/' + section, k), { [param]: k }, '/' + section);
    for (const k of Object.keys(y)) if (!(k in x)) emit(added, pointerJoin('/' + section, k), { [param]: k });
  };
  keyed('channels', 'channel-removed', 'channel-added', 'channel');
  keyed('operations', 'async-operation-removed', 'async-operation-added', 'operation');
  for (const [channel, c] of Object.entries(obj(b.channels))) {
    const old = obj(a.channels)[channel];
    if (!isObj(old)) continue;
    const [x, y] = [obj(old).address, obj(c).address];
    if (typeof x === 'string' && typeof y === 'string' && x !== y)
      emit('channel-address-changed', pointerJoin('/channels', channel, 'address'), { channel, old: x, new: y });
    for (const op of ['publish', 'subscribe']) {
      const operation = `${op} ${channel}`;
      if (obj(old)[op] !== undefined && obj(c)[op] === undefined)
        emit('async-operation-removed', pointerJoin('/channels', channel, op), { operation }, pointerJoin('/channels', channel));
      if (obj(old)[op] === undefined && obj(c)[op] !== undefined)
        emit('async-operation-added', pointerJoin('/channels', channel, op), { operation });
    }
  }
  // messages where both sides still hold their parent: a removed channel already says its messages went
  const [ma, mb] = [messages(a), messages(b)];
  const parentIn = (doc: Obj, pointer: string) => !pointer.startsWith('/channels/') || pointer.split('/')[2]! in obj(doc.channels);
  for (const [pointer, m] of ma)
    if (!mb.has(pointer) && parentIn(b, pointer)) emit('message-removed', pointer, { message: m.name }, pointer.replace(/\/[^/]+$/, ''));
  for (const [pointer, m] of mb) if (!ma.has(pointer) && parentIn(a, pointer)) emit('message-added', pointer, { message: m.name });
  for (const [pointer, m] of mb) {
    const old = ma.get(pointer);
    const [pa, pb] = [obj(old?.node).payload, obj(m.node).payload];
    if (pa === undefined || pb === undefined) continue;
    const side = (f: string, node: unknown): { loc: Loc; node: unknown }[] => [{ loc: { file: f, pointer: pointer + '/payload' }, node }];
    schemas.compare(side(baseFile, pa), side(file, pb), { context: 'event', role: 'event', label: `message ${m.name}` });
  }
  // the rest as data, skipping what was judged above; descriptive fields are a patch
  const judged = (p: string) =>
    /^\/(channels|operations)\/[^/]+$/.test(p) ||
    /^\/channels\/[^/]+\/(address|publish|subscribe)$/.test(p) ||
    [...ma.keys(), ...mb.keys()].some((m) => p === m || p.startsWith(m + '/payload')) ||
    p.startsWith('/components/schemas/') ||
    p === '/asyncapi';
  const covered = sink.pointersFor(file);
  const seen = new Set<string>();
  for (const c of diffData(file, a, b)) {
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
    } else sink.emit(c);
  }
}
