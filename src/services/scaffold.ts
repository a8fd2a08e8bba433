// `contract-guard new endpoint|schema|event`: write the skeleton the house style asks for, beside its neighbours.
// Existing files are edited in place (comments and layout kept) or, for a file that would be new, never replaced.
import { posix } from 'node:path';
import { ulid } from 'ulid';
import { InputError } from '../core/errors.js';
import { readVersion } from '../core/modules.js';
import { pointerJoin } from '../core/model.js';
import { appendIn, serialize, setIn } from '../core/scaffold/edit.js';
import { METHODS, openApiDocument, operationSkeleton, recordExample, recordSchema, type Method } from '../core/scaffold/skeletons.js';
import { formatOf } from '../core/source/parse.js';
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
  module: string;
  method: string;
  path: string;
}

export async function newEndpoint(input: EndpointInput): Promise<ScaffoldResult> {
  const method = input.method.toLowerCase() as Method;
  if (!METHODS.includes(method)) throw new InputError(`'${input.method}' is not a method (${METHODS.join(', ').toUpperCase()})`);
  if (!/^\/[^\s?#]*$/.test(input.path)) throw new InputError(`'${input.path}' is not a path (it starts with / and has no spaces)`);
  const ws = await Workspace.open(input.cwd, input.configPath);
  const dir = ws.ensureModule(input.module);
  const existing = ws.paths.filter((p) => p.startsWith(dir + '/') && isObj(ws.data(p)) && 'openapi' in (ws.data(p) as Obj));
  const file = existing.find((p) => /\/api\/openapi\.ya?ml$/.test(p)) ?? existing[0] ?? `${dir}/api/openapi.yaml`;
  const format = formatOf(file)!;
  let text: string;
  if (ws.exists(file)) text = ws.read(file);
  else {
    const version = readVersion(ws.read(`${dir}/versions.yaml`)) ?? '0.1.0';
    text = serialize(openApiDocument(file, ws.house, `${input.module} API`, version), format);
  }
  const doc = (ws.exists(file) ? ws.data(file) : {}) as Obj;
  const item = isObj(doc.paths) && isObj(doc.paths[input.path]) ? (doc.paths[input.path] as Obj) : {};
  if (item[method])
    throw new InputError(
      `${method.toUpperCase()} ${input.path} exists already`,
      file,
      ws.docs.lineOf({ file, pointer: pointerJoin('/paths', input.path, method) }),
    );
  const taken = new Set<string>();
  for (const pathItem of Object.values(isObj(doc.paths) ? doc.paths : {}))
    for (const op of Object.values(isObj(pathItem) ? pathItem : {}))
      if (isObj(op) && typeof op.operationId === 'string') taken.add(op.operationId);
  const declared = (Array.isArray(item.parameters) ? item.parameters : [])
    .filter((p): p is Obj => isObj(p) && p.in === 'path' && typeof p.name === 'string')
    .map((p) => p.name as string);
  const operation = operationSkeleton({ method, path: input.path, file, house: ws.house, takenIds: taken, declaredParams: declared });
  const edited = setIn(text, format, ['paths', input.path, method], operation);
  const what = `${method.toUpperCase()} ${input.path}: operation ${String(operation.operationId)} with ${Object.keys(operation.responses as Obj).join(', ')}`;
  if (ws.exists(file)) ws.update(file, edited, what);
  else ws.create(file, edited, `a new OpenAPI 3.1 document; ${what}`);
  return { written: ws.written };
}

const NAME = /^[a-z][a-z0-9_-]*$/;

export interface SchemaInput {
  cwd: string;
  configPath?: string;
  module: string;
  name: string;
  now?: Date;
}

export async function newSchema(input: SchemaInput): Promise<ScaffoldResult> {
  if (!NAME.test(input.name)) throw new InputError(`'${input.name}' is not a schema name (lower case letters, digits, _ and -)`);
  const ws = await Workspace.open(input.cwd, input.configPath);
  const dir = ws.ensureModule(input.module);
  const file = `${dir}/storage/${input.name}.schema.json`;
  writeRecord(ws, file, `${dir}/examples/${input.name}.json`, `Stored ${input.name.replace(/[_-]/g, ' ')}`, 'created_at', input.now);
  return { written: ws.written };
}

function writeRecord(ws: Workspace, file: string, example: string, title: string, timeField: string, now = new Date()): void {
  const schema = recordSchema(file, ws.house, title, 'id', timeField, ws.idFor(file));
  ws.create(file, serialize(schema, 'json'), 'a 2020-12 schema: a ULID id and a timestamp, from the common definitions');
  ws.create(example, serialize(recordExample('id', timeField, ulid(now.getTime()), now), 'json'), 'an example that validates');
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
