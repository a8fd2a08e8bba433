// `contract-guard new endpoint|schema|event`: write the skeleton the house style asks for, beside its neighbours.
// Existing files are edited in place (comments and layout kept) or, for a file that would be new, never replaced.
import { posix } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ulid } from 'ulid';
import { InputError, UsageError } from '../core/errors.js';
import { readVersion } from '../core/modules.js';
import { pointerJoin, pointerTokens } from '../core/model.js';
import { appendIn, serialize, setIn } from '../core/scaffold/edit.js';
import { METHODS, openApiDocument, operationSkeleton, recordExample, recordSchema, type Method } from '../core/scaffold/skeletons.js';
import { channelOf, eventStyle, type EventStyle } from '../core/scaffold/event-style.js';
import { pathItemFile } from '../core/scaffold/path-files.js';
import { formatOf } from '../core/source/parse.js';
import { isRefObject } from '../core/source/tree.js';
import { Workspace } from './workspace.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface ScaffoldResult {
  /** One line per file written or edited. */
  written: string[];
}

export interface EndpointInput {
  cwd: string;
  configPath?: string;
  /** The module (house layout), or the document: its title, its path or its folder; optional when there is one. */
  module?: string;
  method: string;
  path: string;
}

/**
 * The OpenAPI document a repository without modules means: the one named (by title, path or folder), or the only one.
 * Nothing is created: a repository without modules gets no module scaffolding.
 */
function documentFor(ws: Workspace, named: string | undefined, kind: 'openapi' | 'asyncapi'): string {
  const docs = ws.filesOf(kind);
  const what = kind === 'openapi' ? 'OpenAPI' : 'AsyncAPI';
  if (!docs.length)
    throw new InputError(`no ${what} document in the contracts to add to (this repository has no modules to create one in)`);
  if (named === undefined) {
    if (docs.length === 1) return docs[0]!;
    throw new InputError(`${docs.length} ${what} documents: name one (${docs.join(', ')})`);
  }
  const title = (p: string) => {
    const d = ws.data(p) as { info?: { title?: unknown } } | undefined;
    return typeof d?.info?.title === 'string' ? d.info.title : '';
  };
  const hit = docs.find(
    (p) => p === named || title(p).toLowerCase() === named.toLowerCase() || posix.dirname(p).split('/').pop() === named,
  );
  if (!hit)
    throw new InputError(
      `'${named}' names no ${what} document here (${docs.map((p) => `${p}${title(p) ? ` "${title(p)}"` : ''}`).join(', ')})`,
    );
  return hit;
}

export async function newEndpoint(input: EndpointInput): Promise<ScaffoldResult> {
  const method = input.method.toLowerCase() as Method;
  if (!METHODS.includes(method)) throw new InputError(`'${input.method}' is not a method (${METHODS.join(', ').toUpperCase()})`);
  if (!/^\/[^\s?#]*$/.test(input.path)) throw new InputError(`'${input.path}' is not a path (it starts with / and has no spaces)`);
  const ws = await Workspace.open(input.cwd, input.configPath);
  let file: string;
  let dir = '';
  if (ws.hasModules && input.module !== undefined) {
    dir = ws.ensureModule(input.module);
    const existing = ws.paths.filter((p) => p.startsWith(dir + '/') && isObj(ws.data(p)) && 'openapi' in (ws.data(p) as Obj));
    file = existing.find((p) => /\/api\/openapi\.ya?ml$/.test(p)) ?? existing[0] ?? `${dir}/api/openapi.yaml`;
  } else file = documentFor(ws, input.module, 'openapi');
  const format = formatOf(file)!;
  let text: string;
  if (ws.exists(file)) text = ws.read(file);
  else {
    const version = readVersion(ws.read(`${dir}/versions.yaml`)) ?? '0.1.0';
    text = serialize(openApiDocument(file, ws.house, `${input.module ?? ''} API`, version), format);
  }
  const doc = (ws.exists(file) ? ws.data(file) : {}) as Obj;
  const paths = isObj(doc.paths) ? doc.paths : {};
  // a path item behind a `$ref` (one file per path, as `redocly split` keeps them): its operations are there, and a
  // new one goes there too; one beside the `$ref` would leave which wins undefined
  const itemAt = (path: string) => {
    const loc = { file, pointer: pointerJoin('/paths', path) };
    return isRefObject(paths[path]) ? ws.docs.deref(loc, paths[path]) : { loc, node: paths[path] };
  };
  const at = itemAt(input.path);
  const item = isObj(at.node) ? at.node : {};
  if (item[method])
    throw new InputError(
      `${method.toUpperCase()} ${input.path} exists already`,
      at.loc.file,
      ws.docs.lineOf({ file: at.loc.file, pointer: pointerJoin(at.loc.pointer, method) }),
    );
  const taken = new Set<string>();
  for (const path of Object.keys(paths)) {
    let pathItem: unknown;
    try {
      pathItem = itemAt(path).node;
    } catch {
      continue; // a `$ref` that does not resolve: check reports it; its operation ids are not known
    }
    for (const op of Object.values(isObj(pathItem) ? pathItem : {}))
      if (isObj(op) && typeof op.operationId === 'string') taken.add(op.operationId);
  }
  const declared = (Array.isArray(item.parameters) ? item.parameters : [])
    .filter((p): p is Obj => isObj(p) && p.in === 'path' && typeof p.name === 'string')
    .map((p) => p.name as string);
  // a new path of a description kept one file per path item gets a file of its own, named as the others are
  const own =
    input.path in paths || !ws.exists(file)
      ? undefined
      : pathItemFile(
          file,
          Object.entries(paths).map(([path, raw]) => ({ path, ref: isRefObject(raw) ? raw.$ref : '#' })),
          input.path,
        );
  const home = own?.file ?? at.loc.file;
  const operation = operationSkeleton({ method, path: input.path, file: home, house: ws.house, takenIds: taken, declaredParams: declared });
  const what = `${method.toUpperCase()} ${input.path}: operation ${String(operation.operationId)} with ${Object.keys(operation.responses as Obj).join(', ')}`;
  if (own) {
    ws.create(own.file, serialize({ [method]: operation }, formatOf(own.file) ?? format), `the path item of ${what}`);
    ws.update(file, setIn(text, format, ['paths', input.path], { $ref: own.ref }), `${input.path}: $ref to ${own.ref}`);
  } else if (at.loc.file !== file) {
    const tokens = [...pointerTokens(at.loc.pointer), method];
    ws.update(at.loc.file, setIn(ws.read(at.loc.file), formatOf(at.loc.file)!, tokens, operation), what);
  } else {
    const edited = setIn(text, format, ['paths', input.path, method], operation);
    if (ws.exists(file)) ws.update(file, edited, what);
    else ws.create(file, edited, `a new OpenAPI 3.1 document; ${what}`);
  }
  return { written: ws.written };
}

const NAME = /^[a-z][a-z0-9_-]*$/;

export interface SchemaInput {
  cwd: string;
  configPath?: string;
  /** The module (house layout); without modules, omitted: the schema goes where the repository keeps its schemas. */
  module?: string;
  name: string;
  now?: Date;
}

export async function newSchema(input: SchemaInput): Promise<ScaffoldResult> {
  if (!NAME.test(input.name)) throw new InputError(`'${input.name}' is not a schema name (lower case letters, digits, _ and -)`);
  const ws = await Workspace.open(input.cwd, input.configPath);
  const title = `Stored ${input.name.replace(/[_-]/g, ' ')}`;
  if (ws.hasModules && input.module === undefined)
    throw new UsageError('usage: contract-guard new schema <module> <name> (this repository keeps modules)');
  if (!ws.hasModules || input.module === undefined) {
    if (input.module !== undefined) throw new UsageError(`this repository keeps no modules: contract-guard new schema ${input.name}`);
    const { file, example } = besideNeighbours(ws, input.name, () => true);
    writeRecord(ws, file, example, title, 'created_at', input.now);
    return { written: ws.written };
  }
  const dir = ws.ensureModule(input.module);
  const file = `${dir}/storage/${input.name}.schema.json`;
  writeRecord(ws, file, `${dir}/examples/${input.name}.json`, title, 'created_at', input.now);
  return { written: ws.written };
}

/**
 * Where a new schema goes in a repository without modules: the folder most of its standalone schemas (those `want`
 * picks) share, named the way they are (`x.schema.json` or `x.json`); an example only where the repository keeps
 * examples beside them.
 */
function besideNeighbours(ws: Workspace, name: string, want: (p: string) => boolean): { file: string; example?: string } {
  const schemas = ws.filesOf('jsonschema').filter(want);
  const folders = new Map<string, number>();
  for (const s of schemas) folders.set(posix.dirname(s), (folders.get(posix.dirname(s)) ?? 0) + 1);
  const folder = [...folders].sort((a, b) => b[1] - a[1])[0]?.[0] ?? `${ws.layout.prefix}schemas`;
  const suffix = schemas.length && schemas.filter((s) => /\.schema\.json$/.test(s)).length * 2 < schemas.length ? '.json' : '.schema.json';
  const examples = ws.paths.some((p) => p.startsWith(`${folder}/examples/`)) ? `${folder}/examples` : undefined;
  return { file: `${folder}/${name}${suffix}`, ...(examples ? { example: `${examples}/${name}.json` } : {}) };
}

function writeRecord(ws: Workspace, file: string, example: string | undefined, title: string, timeField: string, now = new Date()): void {
  const schema = recordSchema(file, ws.house, title, 'id', timeField, ws.idFor(file));
  ws.create(file, serialize(schema, 'json'), `a schema with an id and a timestamp, in the style of its neighbours`);
  if (example) ws.create(example, serialize(recordExample('id', timeField, idValue(ws, now), now), 'json'), 'an example that validates');
}

/** An id in the repository's own format: a UUID where its ids are UUIDs, else a ULID. */
function idValue(ws: Workspace, now: Date): string {
  return ws.house.idSchema?.format === 'uuid' ? randomUUID() : ulid(now.getTime());
}

export interface EventInput {
  cwd: string;
  configPath?: string;
  name: string;
  module?: string;
  now?: Date;
}

const TOPIC = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

export async function newEvent(input: EventInput): Promise<ScaffoldResult> {
  if (!TOPIC.test(input.name)) throw new InputError(`'${input.name}' is not an event name: dotted lower case, e.g. memory.archived`);
  const ws = await Workspace.open(input.cwd, input.configPath);
  // the topic catalog: the one the tree has (the shallowest), else a new one in <contracts>/events/
  const catalogs = ws.paths.filter((p) => /(^|\/)topics\.ya?ml$/.test(p)).sort((a, b) => a.split('/').length - b.split('/').length);
  if (!catalogs.length && !ws.hasModules) {
    // the repository's own way: a channel in its AsyncAPI document, else a payload schema beside its event schemas
    if (ws.filesOf('asyncapi').length) return addChannel(ws, input);
    const { file, example } = besideNeighbours(ws, input.name, (p) => /(^|\/)events?\//.test(p));
    writeRecord(ws, file, example, `${input.name} payload`, 'occurred_at', input.now);
    return { written: ws.written };
  }
  const catalog = catalogs[0] ?? `${ws.layout.prefix}events/topics.yaml`;
  const home = input.module ? `${ws.ensureModule(input.module)}/events` : `${posix.dirname(catalog)}/schemas`;
  const file = `${home}/${input.name}.schema.json`;
  const exampleDir = input.module ? `${ws.moduleDir(input.module)}/examples` : `${posix.dirname(catalog)}/examples`;
  const entry = { name: input.name, version: 1, schema: posix.relative(posix.dirname(catalog), file) };
  const topics = ws.exists(catalog) ? ws.data(catalog) : undefined;
  const list = isObj(topics) && Array.isArray(topics.topics) ? topics.topics : undefined;
  if (ws.exists(catalog) && !list) throw new InputError('has no `topics:` list to add the event to', catalog);
  if (list?.some((t) => isObj(t) && t.name === input.name)) throw new InputError(`topic ${input.name} exists already`, catalog);
  writeRecord(ws, file, `${exampleDir}/${input.name}.json`, `${input.name} payload`, 'occurred_at', input.now);
  if (ws.exists(catalog))
    ws.update(catalog, appendIn(ws.read(catalog), formatOf(catalog)!, ['topics'], entry), `topic ${input.name}, version 1`);
  else ws.create(catalog, serialize({ topics: [entry] }, formatOf(catalog)!), `the topic catalog, with ${input.name}`);
  return { written: ws.written };
}

/** A channel for the event in the repository's AsyncAPI document: its message and payload (2.x), or channel, message and receive operation (3.x). */
function addChannel(ws: Workspace, input: EventInput): ScaffoldResult {
  const file = documentFor(ws, input.module, 'asyncapi');
  const doc = ws.data(file) as Obj;
  const format = formatOf(file)!;
  // written the way the document writes its events: their direction, channel keys and addresses, where messages
  // are defined, their payload format
  const style = eventStyle(doc);
  const { key, address } = channelOf(style, input.name);
  const channels = isObj(doc.channels) ? doc.channels : {};
  // the same topic under another key (3.0 keys a channel by an id of its own) is the same channel
  const same = Object.entries(channels).find(
    ([k, c]) => k === key || k === address || (isObj(c) && (c.address === address || c.address === input.name)),
  );
  if (same)
    throw new InputError(
      `channel ${same[0]} exists already${same[0] === input.name ? '' : ` (for ${input.name})`}`,
      file,
      ws.docs.lineOf({ file, pointer: pointerJoin('/channels', same[0]) }),
    );
  const messageName = input.name.replace(/(^|[._])([a-z])/g, (_, __, c: string) => c.toUpperCase());
  const defined = isObj(doc.components) && isObj(doc.components.messages) ? doc.components.messages : {};
  if (style.inComponents && messageName in defined)
    throw new InputError(
      `message ${messageName} exists already`,
      file,
      ws.docs.lineOf({ file, pointer: pointerJoin('/components/messages', messageName) }),
    );
  const { payload, record } = eventPayload(ws, file, style, input.name, messageName);
  const message = { name: messageName, payload };
  let text = ws.read(file);
  if (style.inComponents) text = setIn(text, format, ['components', 'messages', messageName], message);
  const carried = style.inComponents ? { $ref: `#${pointerJoin('/components/messages', messageName)}` } : message;
  if (style.v2) {
    // 2.x names the operation other applications perform: `subscribe` to what this one sends
    const op = style.action === 'send' ? 'subscribe' : 'publish';
    text = setIn(text, format, ['channels', address], { [op]: { operationId: `${style.action}${messageName}`, message: carried } });
  } else {
    const operations = isObj(doc.operations) ? doc.operations : {};
    let id = `${style.action}${messageName}`;
    for (let i = 2; id in operations; i++) id = `${style.action}${messageName}${i}`;
    text = setIn(text, format, ['channels', key], { address, messages: { [messageName]: carried } });
    text = setIn(text, format, ['operations', id], {
      action: style.action,
      channel: { $ref: `#${pointerJoin('/channels', key)}` },
      messages: [{ $ref: `#${pointerJoin('/channels', key, 'messages', messageName)}` }],
    });
  }
  // the record beside the others only once the document's edit is known to parse: never one without the other
  ws.assertParses(file, text);
  if (record) ws.create(record.path, record.text, record.what);
  ws.update(file, text, `channel ${address} with message ${messageName}, ${style.action === 'send' ? 'sent' : 'received'}`);
  return { written: ws.written };
}

/**
 * A new event's payload in the document's format: an Avro record in a file beside the others (their namespace, the
 * same schema format), else a JSON Schema written in place.
 */
function eventPayload(
  ws: Workspace,
  file: string,
  style: EventStyle,
  name: string,
  messageName: string,
): { payload: Obj; record?: { path: string; text: string; what: string } } {
  if (!style.avro) {
    const payload = recordSchema(file, ws.house, `${name} payload`, 'id', 'occurred_at');
    delete payload.$schema;
    return { payload };
  }
  const folder = posix.normalize(posix.join(posix.dirname(file), style.avro.folder)).replace(/\/$/, '');
  const kebab = messageName.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase());
  const avsc = posix.join(folder, `${kebab}.avsc`);
  const neighbour = ws.paths.find((p) => p.startsWith(folder + '/') && p.endsWith('.avsc'));
  const read = neighbour === undefined ? undefined : ws.data(neighbour);
  const namespace = isObj(read) ? read.namespace : undefined;
  const record = {
    type: 'record',
    name: messageName,
    ...(typeof namespace === 'string' ? { namespace } : {}),
    fields: [
      { name: 'id', type: 'string' },
      { name: 'occurred_at', type: { type: 'long', logicalType: 'timestamp-millis' } },
    ],
  };
  if (ws.exists(avsc)) throw new InputError(`exists already; not overwritten (remove it or pick another name)`, avsc);
  return {
    payload: { schemaFormat: style.avro.schemaFormat, schema: { $ref: `${style.avro.folder}${kebab}.avsc` } },
    record: { path: avsc, text: JSON.stringify(record, null, 2) + '\n', what: `the Avro record of ${name}` },
  };
}
