import type { ContractKind, Role } from '../model.js';
import { formatOf, isAvroFile, isBinary, isIgluSchema } from './parse.js';

const DOC_EXTENSIONS = /\.(md|markdown|txt|rst|adoc|html?)$/i;

/** What a file is, from its name and (for YAML/JSON) its top-level keys. */
export function detectKind(file: string, bytes: Uint8Array | undefined, data?: unknown): ContractKind {
  if (DOC_EXTENSIONS.test(file)) return 'document';
  if (isToolingName(file)) return 'other';
  if (/(^|\/)versions\.ya?ml$/i.test(file)) return 'versions';
  if (!formatOf(file)) return bytes && isBinary(bytes) ? 'binary' : 'document';
  if (isAvroFile(file)) return 'avro';
  if (
    /\.schema\.(json|ya?ml)$/i.test(file) &&
    (typeof data === 'boolean' || (data !== null && typeof data === 'object' && !Array.isArray(data)))
  ) {
    const d = data as Record<string, unknown>;
    if (typeof d !== 'object' || !('openapi' in d || 'swagger' in d)) return 'jsonschema';
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'data';
  const doc = data as Record<string, unknown>;
  if (typeof doc.openapi === 'string' && /^3\./.test(doc.openapi)) return 'openapi';
  if (doc.swagger === '2.0' || doc.swagger === 2) return 'swagger';
  if (typeof doc.asyncapi === 'string' && /^[23]\./.test(doc.asyncapi)) return 'asyncapi';
  // Iglu's self-describing schemas name their meta-schema on Iglu Central
  if (typeof doc.$schema === 'string' && /json-schema\.org|\/self-desc\//.test(doc.$schema)) return 'jsonschema';
  if (isIgluSchema(file)) return 'jsonschema';
  if (/\.schema\.(json|ya?ml)$/i.test(file)) return 'jsonschema';
  if (doc.components && typeof doc.components === 'object' && !('paths' in doc)) return 'openapi-fragment';
  if (('type' in doc || 'properties' in doc || '$defs' in doc || 'allOf' in doc || 'oneOf' in doc) && /\/schemas?\//.test('/' + file)) {
    return 'jsonschema';
  }
  if (describesObjects(doc) && !/\/examples?\//i.test('/' + file)) return 'jsonschema';
  return 'data';
}

const JSON_TYPES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']);

/**
 * A JSON Schema without `$schema`, in a folder not named `schemas/` (`events/order-created.json`): an object or array
 * type with the properties or items it holds, each a schema. Read as data, a property's type changed from number to
 * string was "`properties.total.type` changed" (minor). Data that merely has a `type` (`{"type": "order"}`) is not one.
 */
function describesObjects(doc: Record<string, unknown>): boolean {
  const isSchemaMap = (v: unknown) =>
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.values(v).every((s) => typeof s === 'boolean' || (s !== null && typeof s === 'object' && !Array.isArray(s)));
  const types = Array.isArray(doc.type) ? doc.type : [doc.type];
  if (!types.length || !types.every((t) => typeof t === 'string' && JSON_TYPES.has(t))) return false;
  return (
    (types.includes('object') && isSchemaMap(doc.properties)) ||
    (types.includes('array') && doc.items !== null && typeof doc.items === 'object')
  );
}

/**
 * Contract formats contract-guard does not read, by extension, with the tool that judges them: a change to one is
 * said to be unjudged (a `.proto` was "documentation", a patch, and a removed field passed).
 */
const UNJUDGED: [RegExp, string, string][] = [
  [/\.proto$/i, 'Protocol Buffers', '`buf breaking`'],
  [/\.(graphql|graphqls|gql)$/i, 'GraphQL', '`graphql-inspector diff`'],
  [/\.thrift$/i, 'Thrift', ''],
  [/\.avdl$/i, 'Avro IDL in a syntax avsc cannot read (after Avro 1.10)', '`avro-tools idl` to write it as an `.avpr`, judged here,'],
  [/\.xsd$/i, 'XML Schema', ''],
  [/\.wsdl$/i, 'WSDL', ''],
  [/\.raml$/i, 'RAML', ''],
];

/** A contract format contract-guard does not judge: its name, and a tool that does. */
export function unjudgedFormat(file: string): { format: string; tool: string } | undefined {
  const found = UNJUDGED.find(([pattern]) => pattern.test(file));
  return found && { format: found[1], tool: found[2] };
}

/** An event topic catalog (`events/topics.yaml`, `events/catalog.yaml`): the channels a repository publishes, by name. */
export const isTopicCatalog = (file: string) => /(^|\/)events?\/(.*\/)?(topics|catalog)\.ya?ml$/i.test(file);

/** The role of a standalone JSON Schema, from where it lives; `fallback` when the path does not say. */
export function roleFromPath(file: string, fallback: Role): Role {
  const p = '/' + file.toLowerCase();
  if (/\/events?\//.test(p) || /\.event\.schema\./.test(p)) return 'event';
  if (/\/storage\//.test(p)) return 'storage';
  if (/\/requests?\//.test(p)) return 'request';
  if (/\/responses?\//.test(p)) return 'response';
  return fallback;
}

/**
 * Files that live in contracts folders but are no contract: tests, scripts, tooling and linter config, API-client
 * collections. They are listed when they change and never parsed, versioned or judged.
 */
export function isToolingName(file: string): boolean {
  const p = '/' + file.toLowerCase();
  return (
    /\.(py|sh|bash|ps1|bat|cmd|js|mjs|cjs|ts|rb|go|java|kt|rs|lock|ini|cfg|toml|env)$/.test(p) ||
    /\/(makefile|dockerfile|\.gitignore|\.gitattributes|\.editorconfig)$/.test(p) ||
    /\.(test|spec)\.(json|ya?ml)$/.test(p) ||
    /\.postman_(collection|environment)\.json$/.test(p) ||
    /\/\.?spectral[^/]*\.(json|ya?ml)$/.test(p) ||
    /\/(package|package-lock|tsconfig)\.json$/.test(p) ||
    /\/(pom\.xml|gradle\.properties|build\.gradle\.kts|build\.gradle)$/.test(p) ||
    /\/(tests?|tooling|scripts|harness|ci|\.github)\//.test(p)
  );
}

/**
 * Names that say a file is a contract, so it must parse even when its content cannot tell (because it does not parse):
 * versions files, `*.schema.*`, event catalogs, OpenAPI/Swagger files, and YAML/JSON under `schemas/` or `openapi/`.
 */
export function isContractName(file: string): boolean {
  const p = '/' + file.toLowerCase();
  if (isIgluSchema(file)) return true;
  if (!/\.(json|ya?ml)$/.test(p) && !isAvroFile(p)) return false;
  return (
    isAvroFile(p) ||
    /\/versions\.ya?ml$/.test(p) ||
    /\.schema\.(json|ya?ml)$/.test(p) ||
    isTopicCatalog(file) ||
    /\/[^/]*(openapi|swagger|asyncapi)[^/]*$/.test(p) ||
    /\/(schemas?|openapi)\/([^/]+\/)*[^/]+$/.test(p)
  );
}

/** Kinds that are contracts: they must parse and their `$ref`s must resolve. */
export function isContractKind(kind: ContractKind | undefined): boolean {
  return (
    kind === 'openapi' ||
    kind === 'openapi-fragment' ||
    kind === 'swagger' ||
    kind === 'asyncapi' ||
    kind === 'avro' ||
    kind === 'jsonschema' ||
    kind === 'versions'
  );
}
