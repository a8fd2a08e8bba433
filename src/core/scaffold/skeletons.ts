// The skeletons `contract-guard new` writes, in the house style: an OpenAPI 3.1 operation with its 4xx responses
// under the global security, 2020-12 schemas that `$ref` the common ULID and timestamp, an example that validates,
// and a topic entry. Pure: the house is read beforehand, ids and clocks are passed in.
import { refTo, type House } from './house.js';

type Obj = Record<string, unknown>;
export const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
export const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
export type Method = (typeof METHODS)[number];
const ULID_PATTERN = '^[0-7][0-9A-HJKMNP-TV-Z]{25}$';

const pascal = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/** `GET /v1/spaces/{space_id}/tags` → `getSpacesTagsBySpaceId`; made unique against `taken`. */
export function operationId(method: Method, path: string, taken: Set<string>): string {
  const segments = path.split('/').filter((s) => s && !/^v\d+$/.test(s));
  const words = segments.filter((s) => !s.startsWith('{')).map(pascal);
  const params = segments.filter((s) => s.startsWith('{')).map((s) => pascal(s.slice(1, -1)));
  const base = method + words.join('') + (params.length ? 'By' + params.join('And') : '');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
  return id;
}

export function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
}

/** The string schemas for ids and times: the house's shared definitions when it has them. */
function ulidSchema(file: string, house: House): Obj {
  if (house.ulid) return refTo(file, house.ulid);
  if (house.idSchema) return { ...house.idSchema };
  return house.ulids ? { type: 'string', pattern: ULID_PATTERN, description: 'ULID (Crockford Base32).' } : { type: 'string' };
}
function timestampSchema(file: string, house: House): Obj {
  return house.timestamp ? refTo(file, house.timestamp) : { type: 'string', format: 'date-time' };
}

const ERROR_TEXT: Record<string, string> = {
  '400': 'The request is malformed.',
  '401': 'No valid credentials.',
  '403': 'The caller may not do this.',
  '404': 'No such resource.',
};

/** The 4xx responses an operation needs: 400 with input, 401 and 403 under security, 404 with path parameters. */
export function errorResponses(file: string, house: House, hasInput: boolean, hasPathParams: boolean): Obj {
  const wanted = [...(hasInput ? ['400'] : []), ...(house.secured ? ['401', '403'] : []), ...(hasPathParams ? ['404'] : [])];
  const out: Obj = {};
  for (const status of wanted) {
    const shared = house.errors.get(status);
    if (shared) out[status] = refTo(file, shared);
  }
  // no shared responses: describe them inline, so the operation still declares its 4xx
  if (!Object.keys(out).length) for (const status of wanted) out[status] = { description: ERROR_TEXT[status] };
  return out;
}

export interface OperationInput {
  method: Method;
  path: string;
  file: string;
  house: House;
  takenIds: Set<string>;
  /** Path parameters the path item already declares (not repeated on the operation). */
  declaredParams: string[];
}

export function operationSkeleton(o: OperationInput): Obj {
  const params = pathParameters(o.path);
  const body = o.method === 'post' || o.method === 'put' || o.method === 'patch';
  const object = { type: 'object', properties: {} };
  const success: Obj =
    o.method === 'delete'
      ? { '204': { description: 'Done.' } }
      : {
          [o.method === 'post' ? '201' : '200']: {
            description: 'TODO: what the caller gets.',
            content: { 'application/json': { schema: object } },
          },
        };
  const own = params.filter((p) => !o.declaredParams.includes(p));
  return {
    operationId: operationId(o.method, o.path, o.takenIds),
    summary: 'TODO: what this operation does.',
    ...(own.length ? { parameters: own.map((name) => ({ name, in: 'path', required: true, schema: ulidSchema(o.file, o.house) })) } : {}),
    ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: object } } } } : {}),
    responses: { ...success, ...errorResponses(o.file, o.house, body || params.length > 0, params.length > 0) },
  };
}

/** A module's first OpenAPI document: 3.1, the 2020-12 dialect, mTLS and Bearer required globally. */
export function openApiDocument(file: string, house: House, title: string, version: string): Obj {
  const mtls = house.security.find((s) => /mtls|mutual/i.test(s.name)) ?? house.security[0];
  const bearer = house.security.find((s) => s !== mtls);
  const schemes: Obj =
    mtls && bearer
      ? { [mtls.name]: refTo(file, mtls.target), [bearer.name]: refTo(file, bearer.target) }
      : { mtls: { type: 'mutualTLS' }, bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: DIALECT,
    info: { title, version },
    security: [Object.fromEntries(Object.keys(schemes).map((k) => [k, []]))],
    paths: {},
    components: { securitySchemes: schemes },
  };
}

/** A 2020-12 object schema keyed by a ULID with a timestamp: the shape the house's stored records and events share. */
export function recordSchema(file: string, house: House, title: string, idField: string, timeField: string, id?: string): Obj {
  return {
    $schema: house.dialect ?? DIALECT,
    ...(id ? { $id: id } : {}),
    title,
    type: 'object',
    required: [idField, timeField],
    properties: { [idField]: ulidSchema(file, house), [timeField]: timestampSchema(file, house) },
  };
}

export function recordExample(idField: string, timeField: string, ulid: string, now: Date): Obj {
  return { [idField]: ulid, [timeField]: now.toISOString().replace(/\.\d{3}Z$/, 'Z') };
}
