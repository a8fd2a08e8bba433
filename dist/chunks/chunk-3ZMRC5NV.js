import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  formatOf,
  isAvroFile,
  isBinary,
  isIgluSchema
} from "./chunk-EJD6VRSD.js";
import {
  localRefTokens,
  pointerJoin,
  refTarget
} from "./chunk-VH6BFWQB.js";

// src/core/source/kind.ts
var DOC_EXTENSIONS = /\.(md|markdown|txt|rst|adoc|html?)$/i;
function detectKind(file, bytes, data) {
  if (DOC_EXTENSIONS.test(file)) return "document";
  if (isToolingName(file)) return "other";
  if (/(^|\/)versions\.ya?ml$/i.test(file)) return "versions";
  if (!formatOf(file)) return bytes && isBinary(bytes) ? "binary" : "document";
  if (isAvroFile(file)) return "avro";
  if (/\.schema\.(json|ya?ml)$/i.test(file) && (typeof data === "boolean" || data !== null && typeof data === "object" && !Array.isArray(data))) {
    const d = data;
    if (typeof d !== "object" || !("openapi" in d || "swagger" in d)) return "jsonschema";
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return "data";
  const doc = data;
  if (typeof doc.openapi === "string" && /^3\./.test(doc.openapi)) return "openapi";
  if (doc.swagger === "2.0" || doc.swagger === 2) return "swagger";
  if (typeof doc.asyncapi === "string" && /^[23]\./.test(doc.asyncapi)) return "asyncapi";
  if (typeof doc.$schema === "string" && /json-schema\.org|\/self-desc\//.test(doc.$schema)) return "jsonschema";
  if (isIgluSchema(file)) return "jsonschema";
  if (/\.schema\.(json|ya?ml)$/i.test(file)) return "jsonschema";
  if (doc.components && typeof doc.components === "object" && !("paths" in doc)) return "openapi-fragment";
  if (("type" in doc || "properties" in doc || "$defs" in doc || "allOf" in doc || "oneOf" in doc) && /\/schemas?\//.test("/" + file)) {
    return "jsonschema";
  }
  if (describesObjects(doc) && !/\/examples?\//i.test("/" + file)) return "jsonschema";
  return "data";
}
var JSON_TYPES = /* @__PURE__ */ new Set(["object", "array", "string", "number", "integer", "boolean", "null"]);
function describesObjects(doc) {
  const isSchemaMap = (v) => v !== null && typeof v === "object" && !Array.isArray(v) && Object.values(v).every((s) => typeof s === "boolean" || s !== null && typeof s === "object" && !Array.isArray(s));
  const types = Array.isArray(doc.type) ? doc.type : [doc.type];
  if (!types.length || !types.every((t) => typeof t === "string" && JSON_TYPES.has(t))) return false;
  return types.includes("object") && isSchemaMap(doc.properties) || types.includes("array") && doc.items !== null && typeof doc.items === "object";
}
var UNJUDGED = [
  [/\.proto$/i, "Protocol Buffers", "`buf breaking`"],
  [/\.(graphql|graphqls|gql)$/i, "GraphQL", "`graphql-inspector diff`"],
  [/\.thrift$/i, "Thrift", ""],
  [/\.avdl$/i, "Avro IDL in a syntax avsc cannot read (after Avro 1.10)", "`avro-tools idl` to write it as an `.avpr`, judged here,"],
  [/\.xsd$/i, "XML Schema", ""],
  [/\.wsdl$/i, "WSDL", ""],
  [/\.raml$/i, "RAML", ""]
];
function unjudgedFormat(file) {
  const found = UNJUDGED.find(([pattern]) => pattern.test(file));
  return found && { format: found[1], tool: found[2] };
}
var isTopicCatalog = (file) => /(^|\/)events?\/(.*\/)?(topics|catalog)\.ya?ml$/i.test(file);
function roleFromPath(file, fallback) {
  const p = "/" + file.toLowerCase();
  if (/\/events?\//.test(p) || /\.event\.schema\./.test(p)) return "event";
  if (/\/storage\//.test(p)) return "storage";
  if (/\/requests?\//.test(p)) return "request";
  if (/\/responses?\//.test(p)) return "response";
  return fallback;
}
function isToolingName(file) {
  const p = "/" + file.toLowerCase();
  return /\.(py|sh|bash|ps1|bat|cmd|js|mjs|cjs|ts|rb|go|java|kt|rs|lock|ini|cfg|toml|env)$/.test(p) || /\/(makefile|dockerfile|\.gitignore|\.gitattributes|\.editorconfig)$/.test(p) || /\.(test|spec)\.(json|ya?ml)$/.test(p) || /\.postman_(collection|environment)\.json$/.test(p) || /\/\.?spectral[^/]*\.(json|ya?ml)$/.test(p) || /\/(package|package-lock|tsconfig)\.json$/.test(p) || /\/(pom\.xml|gradle\.properties|build\.gradle\.kts|build\.gradle)$/.test(p) || /\/(tests?|tooling|scripts|harness|ci|\.github)\//.test(p);
}
function isContractName(file) {
  const p = "/" + file.toLowerCase();
  if (isIgluSchema(file)) return true;
  if (!/\.(json|ya?ml)$/.test(p) && !isAvroFile(p)) return false;
  return isAvroFile(p) || /\/versions\.ya?ml$/.test(p) || /\.schema\.(json|ya?ml)$/.test(p) || isTopicCatalog(file) || /\/[^/]*(openapi|swagger|asyncapi)[^/]*$/.test(p) || /\/(schemas?|openapi)\/([^/]+\/)*[^/]+$/.test(p);
}
function isContractKind(kind) {
  return kind === "openapi" || kind === "openapi-fragment" || kind === "swagger" || kind === "asyncapi" || kind === "avro" || kind === "jsonschema" || kind === "versions";
}

// src/core/source/operations.ts
var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function reachedSchemas(doc) {
  const reached = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new WeakSet();
  const stack = [doc.paths, doc.webhooks];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    const ref = n.$ref;
    const tokens = typeof ref === "string" ? localRefTokens(ref) : void 0;
    if (tokens) {
      if (tokens[0] === "components" && tokens[1] === "schemas" && tokens[2] !== void 0) reached.add(tokens[2]);
      else if (tokens[0] === "definitions" && tokens[1] !== void 0 && doc.swagger) reached.add(tokens[1]);
      stack.push(refTarget(doc, ref));
    }
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === "object") stack.push(v);
  }
  return reached;
}
function operations(doc, file, sections = ["paths"], deref = (item) => item, base = "") {
  const out = [];
  for (const section of sections) {
    const items = doc[section];
    if (!isObj(items)) continue;
    for (const [path, raw] of Object.entries(items)) {
      const item = deref({ loc: { file, pointer: pointerJoin(base, section, path) }, node: raw });
      const node = item.node;
      if (!isObj(node)) continue;
      for (const method of METHODS) {
        const op = node[method];
        if (isObj(op)) out.push({ section, path, method, node: op, item: { loc: item.loc, node } });
      }
    }
  }
  return out;
}

export {
  detectKind,
  unjudgedFormat,
  isTopicCatalog,
  roleFromPath,
  isToolingName,
  isContractName,
  isContractKind,
  METHODS,
  reachedSchemas,
  operations
};
