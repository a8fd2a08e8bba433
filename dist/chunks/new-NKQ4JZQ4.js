import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  METHODS,
  Workspace,
  openApiDocument,
  operationSkeleton,
  recordExample,
  recordSchema
} from "./chunk-GVX2TLJI.js";
import {
  appendIn,
  serialize,
  setIn,
  showCheck
} from "./chunk-DKPYHRXK.js";
import "./chunk-OEIYIFPX.js";
import "./chunk-HCQ36O5V.js";
import "./chunk-UAJXAT5M.js";
import {
  readVersion
} from "./chunk-KCJREJXD.js";
import "./chunk-ZP6QAKNC.js";
import "./chunk-LSC7VEJX.js";
import "./chunk-HT7574KT.js";
import "./chunk-26GVR4GN.js";
import "./chunk-WFBQG7YW.js";
import "./chunk-EHJQXAUD.js";
import "./chunk-X5YIPVHM.js";
import "./chunk-AVMXVU6T.js";
import {
  isRefObject
} from "./chunk-MLD5EQ7M.js";
import "./chunk-5BNPDLWZ.js";
import "./chunk-LQT5G54K.js";
import "./chunk-HDYLMNIM.js";
import "./chunk-LIEK4HVD.js";
import {
  formatOf
} from "./chunk-76DSMZKO.js";
import {
  InputError,
  UsageError
} from "./chunk-KNFEERHG.js";
import {
  pointerJoin,
  pointerTokens
} from "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";

// src/cli/commands/new.ts
import { parseArgs } from "node:util";

// src/services/scaffold.ts
import { posix as posix2 } from "node:path";
import { randomUUID } from "node:crypto";

// node_modules/ulid/dist/node/index.js
import crypto from "node:crypto";
var ENCODING = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
var ENCODING_LEN = 32;
var RANDOM_LEN = 16;
var TIME_LEN = 10;
var TIME_MAX = 281474976710655;
var ULIDErrorCode;
(function(ULIDErrorCode2) {
  ULIDErrorCode2["Base32IncorrectEncoding"] = "B32_ENC_INVALID";
  ULIDErrorCode2["DecodeTimeInvalidCharacter"] = "DEC_TIME_CHAR";
  ULIDErrorCode2["DecodeTimeValueMalformed"] = "DEC_TIME_MALFORMED";
  ULIDErrorCode2["EncodeTimeNegative"] = "ENC_TIME_NEG";
  ULIDErrorCode2["EncodeTimeSizeExceeded"] = "ENC_TIME_SIZE_EXCEED";
  ULIDErrorCode2["EncodeTimeValueMalformed"] = "ENC_TIME_MALFORMED";
  ULIDErrorCode2["PRNGDetectFailure"] = "PRNG_DETECT";
  ULIDErrorCode2["ULIDInvalid"] = "ULID_INVALID";
  ULIDErrorCode2["Unexpected"] = "UNEXPECTED";
  ULIDErrorCode2["UUIDInvalid"] = "UUID_INVALID";
})(ULIDErrorCode || (ULIDErrorCode = {}));
var ULIDError = class extends Error {
  constructor(errorCode, message) {
    super(`${message} (${errorCode})`);
    this.name = "ULIDError";
    this.code = errorCode;
  }
};
function randomChar(prng) {
  const randomPosition = Math.floor(prng() * ENCODING_LEN) % ENCODING_LEN;
  return ENCODING.charAt(randomPosition);
}
function detectPRNG(root) {
  const rootLookup = detectRoot();
  const globalCrypto = rootLookup && (rootLookup.crypto || rootLookup.msCrypto) || (typeof crypto !== "undefined" ? crypto : null);
  if (typeof globalCrypto?.getRandomValues === "function") {
    return () => {
      const buffer = new Uint8Array(1);
      globalCrypto.getRandomValues(buffer);
      return buffer[0] / 256;
    };
  } else if (typeof globalCrypto?.randomBytes === "function") {
    return () => globalCrypto.randomBytes(1).readUInt8() / 256;
  } else if (crypto?.randomBytes) {
    return () => crypto.randomBytes(1).readUInt8() / 256;
  }
  throw new ULIDError(ULIDErrorCode.PRNGDetectFailure, "Failed to find a reliable PRNG");
}
function detectRoot() {
  if (inWebWorker())
    return self;
  if (typeof window !== "undefined") {
    return window;
  }
  if (typeof global !== "undefined") {
    return global;
  }
  if (typeof globalThis !== "undefined") {
    return globalThis;
  }
  return null;
}
function encodeRandom(len, prng) {
  let str = "";
  for (; len > 0; len--) {
    str = randomChar(prng) + str;
  }
  return str;
}
function encodeTime(now, len = TIME_LEN) {
  if (isNaN(now)) {
    throw new ULIDError(ULIDErrorCode.EncodeTimeValueMalformed, `Time must be a number: ${now}`);
  } else if (now > TIME_MAX) {
    throw new ULIDError(ULIDErrorCode.EncodeTimeSizeExceeded, `Cannot encode a time larger than ${TIME_MAX}: ${now}`);
  } else if (now < 0) {
    throw new ULIDError(ULIDErrorCode.EncodeTimeNegative, `Time must be positive: ${now}`);
  } else if (Number.isInteger(now) === false) {
    throw new ULIDError(ULIDErrorCode.EncodeTimeValueMalformed, `Time must be an integer: ${now}`);
  }
  let mod, str = "";
  for (let currentLen = len; currentLen > 0; currentLen--) {
    mod = now % ENCODING_LEN;
    str = ENCODING.charAt(mod) + str;
    now = (now - mod) / ENCODING_LEN;
  }
  return str;
}
function inWebWorker() {
  return typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope;
}
function ulid(seedTime, prng) {
  const currentPRNG = prng || detectPRNG();
  const seed = !seedTime || isNaN(seedTime) ? Date.now() : seedTime;
  return encodeTime(seed, TIME_LEN) + encodeRandom(RANDOM_LEN, currentPRNG);
}

// src/core/scaffold/event-style.ts
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var camel = (name) => name.replace(/[._-]([a-z0-9])/g, (_, c) => c.toUpperCase());
function eventStyle(doc) {
  const v2 = String(doc.asyncapi).startsWith("2.");
  const channels = isObj(doc.channels) ? Object.entries(doc.channels).filter(([, c]) => isObj(c)) : [];
  let sends = 0;
  let receives = 0;
  if (v2)
    for (const [, c] of channels) {
      if (c.subscribe) sends++;
      if (c.publish) receives++;
    }
  else
    for (const op of Object.values(isObj(doc.operations) ? doc.operations : {}))
      if (isObj(op)) op.action === "receive" ? receives++ : op.action === "send" && sends++;
  const addresses = channels.map(([key, c]) => v2 ? key : c.address).filter((a) => typeof a === "string");
  const suffix = /([./_-]v\d+)$/;
  const suffixes = new Set(addresses.map((a) => suffix.exec(a)?.[1]?.replace(/\d+$/, "1")));
  const camelIds = !v2 && channels.length > 0 && channels.every(([key, c]) => key !== c.address && /^[a-z][a-zA-Z0-9]*$/.test(key));
  const messages = channels.flatMap(([, c]) => {
    const ch = c;
    if (!v2) return isObj(ch.messages) ? Object.values(ch.messages) : [];
    return [ch.subscribe, ch.publish].flatMap((op) => {
      const m = isObj(op) ? op.message : void 0;
      return isObj(m) && Array.isArray(m.oneOf) ? m.oneOf : m === void 0 ? [] : [m];
    });
  });
  const inComponents = messages.length > 0 && messages.every((m) => isObj(m) && typeof m.$ref === "string" && m.$ref.startsWith("#/components/messages/"));
  return {
    action: receives > sends ? "receive" : "send",
    v2,
    camelIds,
    versionSuffix: suffixes.size === 1 ? [...suffixes][0] ?? "" : "",
    inComponents,
    ...avroOf(doc)
  };
}
function avroOf(doc) {
  const defined = isObj(doc.components) && isObj(doc.components.messages) ? Object.values(doc.components.messages) : [];
  const payloads = defined.filter(isObj).map((m) => m.payload);
  const formats = /* @__PURE__ */ new Set();
  const folders = /* @__PURE__ */ new Set();
  for (const p of payloads) {
    const ref = isObj(p) && isObj(p.schema) ? p.schema.$ref : void 0;
    if (!isObj(p) || typeof p.schemaFormat !== "string" || !/avro/i.test(p.schemaFormat) || typeof ref !== "string" || !/\.avsc$/.test(ref))
      return {};
    formats.add(p.schemaFormat);
    folders.add(ref.slice(0, ref.lastIndexOf("/") + 1));
  }
  return payloads.length && formats.size === 1 && folders.size === 1 ? { avro: { schemaFormat: [...formats][0], folder: [...folders][0] } } : {};
}
function channelOf(style, name) {
  const address = name + style.versionSuffix;
  return { key: style.camelIds ? camel(name) : address, address };
}

// src/core/scaffold/path-files.ts
import { posix } from "node:path";
var NAMINGS = ["_", "@", "~", "-", "."].flatMap((sep) => [
  { sep, braces: true },
  { sep, braces: false }
]);
var named = (path, n) => path.replace(/^\/+/, "").replace(/\//g, n.sep).replace(/\{([^}]*)\}/g, n.braces ? "{$1}" : "$1");
function pathItemFile(doc, items, path) {
  if (!items.length || path === "/" || items.some((i) => i.ref.includes("#") || !i.ref.includes("."))) return void 0;
  const folderOf = (ref2) => ref2.slice(0, ref2.lastIndexOf("/") + 1);
  const extOf = (ref2) => posix.extname(ref2);
  const [folder, ext] = [folderOf(items[0].ref), extOf(items[0].ref)];
  if (items.some((i) => folderOf(i.ref) !== folder || extOf(i.ref) !== ext)) return void 0;
  const naming = NAMINGS.find((n) => items.every((i) => i.ref === `${folder}${named(i.path, n)}${ext}`));
  if (!naming) return void 0;
  const ref = `${folder}${named(path, naming)}${ext}`;
  const file = posix.normalize(posix.join(posix.dirname(doc), ref));
  return file.startsWith("../") ? void 0 : { ref, file };
}

// src/services/scaffold.ts
var isObj2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function documentFor(ws, named2, kind) {
  const docs = ws.filesOf(kind);
  const what = kind === "openapi" ? "OpenAPI" : "AsyncAPI";
  if (!docs.length)
    throw new InputError(`no ${what} document in the contracts to add to (this repository has no modules to create one in)`);
  if (named2 === void 0) {
    if (docs.length === 1) return docs[0];
    throw new InputError(`${docs.length} ${what} documents: name one (${docs.join(", ")})`);
  }
  const title = (p) => {
    const d = ws.data(p);
    return typeof d?.info?.title === "string" ? d.info.title : "";
  };
  const hit = docs.find(
    (p) => p === named2 || title(p).toLowerCase() === named2.toLowerCase() || posix2.dirname(p).split("/").pop() === named2
  );
  if (!hit)
    throw new InputError(
      `'${named2}' names no ${what} document here (${docs.map((p) => `${p}${title(p) ? ` "${title(p)}"` : ""}`).join(", ")})`
    );
  return hit;
}
async function newEndpoint(input) {
  const method = input.method.toLowerCase();
  if (!METHODS.includes(method)) throw new InputError(`'${input.method}' is not a method (${METHODS.join(", ").toUpperCase()})`);
  if (!/^\/[^\s?#]*$/.test(input.path)) throw new InputError(`'${input.path}' is not a path (it starts with / and has no spaces)`);
  const ws = await Workspace.open(input.cwd, input.configPath);
  let file;
  let dir = "";
  if (ws.hasModules && input.module !== void 0) {
    dir = ws.ensureModule(input.module);
    const existing = ws.paths.filter((p) => p.startsWith(dir + "/") && isObj2(ws.data(p)) && "openapi" in ws.data(p));
    file = existing.find((p) => /\/api\/openapi\.ya?ml$/.test(p)) ?? existing[0] ?? `${dir}/api/openapi.yaml`;
  } else file = documentFor(ws, input.module, "openapi");
  const format = formatOf(file);
  let text;
  if (ws.exists(file)) text = ws.read(file);
  else {
    const version = readVersion(ws.read(`${dir}/versions.yaml`)) ?? "0.1.0";
    text = serialize(openApiDocument(file, ws.house, `${input.module ?? ""} API`, version), format);
  }
  const doc = ws.exists(file) ? ws.data(file) : {};
  const paths = isObj2(doc.paths) ? doc.paths : {};
  const itemAt = (path) => {
    const loc = { file, pointer: pointerJoin("/paths", path) };
    return isRefObject(paths[path]) ? ws.docs.deref(loc, paths[path]) : { loc, node: paths[path] };
  };
  const at = itemAt(input.path);
  const item = isObj2(at.node) ? at.node : {};
  if (item[method])
    throw new InputError(
      `${method.toUpperCase()} ${input.path} exists already`,
      at.loc.file,
      ws.docs.lineOf({ file: at.loc.file, pointer: pointerJoin(at.loc.pointer, method) })
    );
  const taken = /* @__PURE__ */ new Set();
  for (const path of Object.keys(paths)) {
    let pathItem;
    try {
      pathItem = itemAt(path).node;
    } catch {
      continue;
    }
    for (const op of Object.values(isObj2(pathItem) ? pathItem : {}))
      if (isObj2(op) && typeof op.operationId === "string") taken.add(op.operationId);
  }
  const declared = (Array.isArray(item.parameters) ? item.parameters : []).filter((p) => isObj2(p) && p.in === "path" && typeof p.name === "string").map((p) => p.name);
  const own = input.path in paths || !ws.exists(file) ? void 0 : pathItemFile(
    file,
    Object.entries(paths).map(([path, raw]) => ({ path, ref: isRefObject(raw) ? raw.$ref : "#" })),
    input.path
  );
  const home = own?.file ?? at.loc.file;
  const operation = operationSkeleton({ method, path: input.path, file: home, house: ws.house, takenIds: taken, declaredParams: declared });
  const what = `${method.toUpperCase()} ${input.path}: operation ${String(operation.operationId)} with ${Object.keys(operation.responses).join(", ")}`;
  if (own) {
    ws.create(own.file, serialize({ [method]: operation }, formatOf(own.file) ?? format), `the path item of ${what}`);
    ws.update(file, setIn(text, format, ["paths", input.path], { $ref: own.ref }), `${input.path}: $ref to ${own.ref}`);
  } else if (at.loc.file !== file) {
    const tokens = [...pointerTokens(at.loc.pointer), method];
    ws.update(at.loc.file, setIn(ws.read(at.loc.file), formatOf(at.loc.file), tokens, operation), what);
  } else {
    const edited = setIn(text, format, ["paths", input.path, method], operation);
    if (ws.exists(file)) ws.update(file, edited, what);
    else ws.create(file, edited, `a new OpenAPI 3.1 document; ${what}`);
  }
  return { written: ws.written };
}
var NAME = /^[a-z][a-z0-9_-]*$/;
async function newSchema(input) {
  if (!NAME.test(input.name)) throw new InputError(`'${input.name}' is not a schema name (lower case letters, digits, _ and -)`);
  const ws = await Workspace.open(input.cwd, input.configPath);
  const title = `Stored ${input.name.replace(/[_-]/g, " ")}`;
  if (ws.hasModules && input.module === void 0)
    throw new UsageError("usage: contract-guard new schema <module> <name> (this repository keeps modules)");
  if (!ws.hasModules || input.module === void 0) {
    if (input.module !== void 0) throw new UsageError(`this repository keeps no modules: contract-guard new schema ${input.name}`);
    const { file: file2, example } = besideNeighbours(ws, input.name, () => true);
    writeRecord(ws, file2, example, title, "created_at", input.now);
    return { written: ws.written };
  }
  const dir = ws.ensureModule(input.module);
  const file = `${dir}/storage/${input.name}.schema.json`;
  writeRecord(ws, file, `${dir}/examples/${input.name}.json`, title, "created_at", input.now);
  return { written: ws.written };
}
function besideNeighbours(ws, name, want) {
  const schemas = ws.filesOf("jsonschema").filter(want);
  const folders = /* @__PURE__ */ new Map();
  for (const s of schemas) folders.set(posix2.dirname(s), (folders.get(posix2.dirname(s)) ?? 0) + 1);
  const folder = [...folders].sort((a, b) => b[1] - a[1])[0]?.[0] ?? `${ws.layout.prefix}schemas`;
  const suffix = schemas.length && schemas.filter((s) => /\.schema\.json$/.test(s)).length * 2 < schemas.length ? ".json" : ".schema.json";
  const examples = ws.paths.some((p) => p.startsWith(`${folder}/examples/`)) ? `${folder}/examples` : void 0;
  return { file: `${folder}/${name}${suffix}`, ...examples ? { example: `${examples}/${name}.json` } : {} };
}
function writeRecord(ws, file, example, title, timeField, now = /* @__PURE__ */ new Date()) {
  const schema = recordSchema(file, ws.house, title, "id", timeField, ws.idFor(file));
  ws.create(file, serialize(schema, "json"), `a schema with an id and a timestamp, in the style of its neighbours`);
  if (example) ws.create(example, serialize(recordExample("id", timeField, idValue(ws, now), now), "json"), "an example that validates");
}
function idValue(ws, now) {
  return ws.house.idSchema?.format === "uuid" ? randomUUID() : ulid(now.getTime());
}
var TOPIC = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
async function newEvent(input) {
  if (!TOPIC.test(input.name)) throw new InputError(`'${input.name}' is not an event name: dotted lower case, e.g. memory.archived`);
  const ws = await Workspace.open(input.cwd, input.configPath);
  const catalogs = ws.paths.filter((p) => /(^|\/)topics\.ya?ml$/.test(p)).sort((a, b) => a.split("/").length - b.split("/").length);
  if (!catalogs.length && !ws.hasModules) {
    if (ws.filesOf("asyncapi").length) return addChannel(ws, input);
    const { file: file2, example } = besideNeighbours(ws, input.name, (p) => /(^|\/)events?\//.test(p));
    writeRecord(ws, file2, example, `${input.name} payload`, "occurred_at", input.now);
    return { written: ws.written };
  }
  const catalog = catalogs[0] ?? `${ws.layout.prefix}events/topics.yaml`;
  const home = input.module ? `${ws.ensureModule(input.module)}/events` : `${posix2.dirname(catalog)}/schemas`;
  const file = `${home}/${input.name}.schema.json`;
  const exampleDir = input.module ? `${ws.moduleDir(input.module)}/examples` : `${posix2.dirname(catalog)}/examples`;
  const entry = { name: input.name, version: 1, schema: posix2.relative(posix2.dirname(catalog), file) };
  const topics = ws.exists(catalog) ? ws.data(catalog) : void 0;
  const list = isObj2(topics) && Array.isArray(topics.topics) ? topics.topics : void 0;
  if (ws.exists(catalog) && !list) throw new InputError("has no `topics:` list to add the event to", catalog);
  if (list?.some((t) => isObj2(t) && t.name === input.name)) throw new InputError(`topic ${input.name} exists already`, catalog);
  writeRecord(ws, file, `${exampleDir}/${input.name}.json`, `${input.name} payload`, "occurred_at", input.now);
  if (ws.exists(catalog))
    ws.update(catalog, appendIn(ws.read(catalog), formatOf(catalog), ["topics"], entry), `topic ${input.name}, version 1`);
  else ws.create(catalog, serialize({ topics: [entry] }, formatOf(catalog)), `the topic catalog, with ${input.name}`);
  return { written: ws.written };
}
function addChannel(ws, input) {
  const file = documentFor(ws, input.module, "asyncapi");
  const doc = ws.data(file);
  const format = formatOf(file);
  const style = eventStyle(doc);
  const { key, address } = channelOf(style, input.name);
  const channels = isObj2(doc.channels) ? doc.channels : {};
  const same = Object.entries(channels).find(
    ([k, c]) => k === key || k === address || isObj2(c) && (c.address === address || c.address === input.name)
  );
  if (same)
    throw new InputError(
      `channel ${same[0]} exists already${same[0] === input.name ? "" : ` (for ${input.name})`}`,
      file,
      ws.docs.lineOf({ file, pointer: pointerJoin("/channels", same[0]) })
    );
  const messageName = input.name.replace(/(^|[._])([a-z])/g, (_, __, c) => c.toUpperCase());
  const defined = isObj2(doc.components) && isObj2(doc.components.messages) ? doc.components.messages : {};
  if (style.inComponents && messageName in defined)
    throw new InputError(
      `message ${messageName} exists already`,
      file,
      ws.docs.lineOf({ file, pointer: pointerJoin("/components/messages", messageName) })
    );
  const { payload, record } = eventPayload(ws, file, style, input.name, messageName);
  const message = { name: messageName, payload };
  let text = ws.read(file);
  if (style.inComponents) text = setIn(text, format, ["components", "messages", messageName], message);
  const carried = style.inComponents ? { $ref: `#${pointerJoin("/components/messages", messageName)}` } : message;
  if (style.v2) {
    const op = style.action === "send" ? "subscribe" : "publish";
    text = setIn(text, format, ["channels", address], { [op]: { operationId: `${style.action}${messageName}`, message: carried } });
  } else {
    const operations = isObj2(doc.operations) ? doc.operations : {};
    let id = `${style.action}${messageName}`;
    for (let i = 2; id in operations; i++) id = `${style.action}${messageName}${i}`;
    text = setIn(text, format, ["channels", key], { address, messages: { [messageName]: carried } });
    text = setIn(text, format, ["operations", id], {
      action: style.action,
      channel: { $ref: `#${pointerJoin("/channels", key)}` },
      messages: [{ $ref: `#${pointerJoin("/channels", key, "messages", messageName)}` }]
    });
  }
  ws.assertParses(file, text);
  if (record) ws.create(record.path, record.text, record.what);
  ws.update(file, text, `channel ${address} with message ${messageName}, ${style.action === "send" ? "sent" : "received"}`);
  return { written: ws.written };
}
function eventPayload(ws, file, style, name, messageName) {
  if (!style.avro) {
    const payload = recordSchema(file, ws.house, `${name} payload`, "id", "occurred_at");
    delete payload.$schema;
    return { payload };
  }
  const folder = posix2.normalize(posix2.join(posix2.dirname(file), style.avro.folder)).replace(/\/$/, "");
  const kebab = messageName.replace(/[A-Z]/g, (c, i) => (i ? "-" : "") + c.toLowerCase());
  const avsc = posix2.join(folder, `${kebab}.avsc`);
  const neighbour = ws.paths.find((p) => p.startsWith(folder + "/") && p.endsWith(".avsc"));
  const read = neighbour === void 0 ? void 0 : ws.data(neighbour);
  const namespace = isObj2(read) ? read.namespace : void 0;
  const record = {
    type: "record",
    name: messageName,
    ...typeof namespace === "string" ? { namespace } : {},
    fields: [
      { name: "id", type: "string" },
      { name: "occurred_at", type: { type: "long", logicalType: "timestamp-millis" } }
    ]
  };
  if (ws.exists(avsc)) throw new InputError(`exists already; not overwritten (remove it or pick another name)`, avsc);
  return {
    payload: { schemaFormat: style.avro.schemaFormat, schema: { $ref: `${style.avro.folder}${kebab}.avsc` } },
    record: { path: avsc, text: JSON.stringify(record, null, 2) + "\n", what: `the Avro record of ${name}` }
  };
}

// src/cli/commands/new.ts
var NEW_HELP = `Usage:
  contract-guard new endpoint [<module>|<document>] <METHOD> <path>
  contract-guard new schema [<module>] <name>
  contract-guard new event <name> [--module <module>|<document>]

Write a skeleton in the style your contracts already follow, then show what check now says. In a repository
without modules, nothing is scaffolded around it: an endpoint goes into the OpenAPI document (named by its title,
path or folder when there are several), with path parameters typed as the document types them (format: uuid, \u2026)
and 401/403 only where the documents use security (in the path item's own file when the description keeps one per
path); a schema goes beside the repository's own schemas, named the way they are; an event becomes a channel of
the AsyncAPI document, written as its events are (direction, channel ids, versioned addresses, messages under
components, Avro records beside its .avsc files), or a payload schema beside the event schemas.

In the house layout (modules with versions.yaml):
  endpoint  an OpenAPI 3.1 operation in <module>'s OpenAPI document (a new document when it has none): path
            parameters as ULIDs, a JSON body for POST/PUT/PATCH, its success response, and the 4xx responses as
            $refs to the shared error responses, under the global mTLS + Bearer security
  schema    <module>/storage/<name>.schema.json: a 2020-12 schema with a ULID id and a timestamp, $ref'd from the
            common definitions, and <module>/examples/<name>.json, an example that validates
  event     a payload schema and example for the topic <name> (dotted lower case), and its entry, version 1,
            in the topic catalog (events/topics.yaml); with --module, under that module's events/

A module that does not exist yet is created with versions.yaml at 0.1.0. A file that would be new and exists is
never replaced (exit 2); an edited document keeps its comments and layout.

Options:
  --module <name>    event: the module the event belongs to (default: the global events folder)
  --config <file>    configuration file (default: .github/contract-guard.yml)
  -h, --help         show this help
`;
async function newCommand(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { module: { type: "string" }, config: { type: "string" }, help: { type: "boolean", short: "h" } }
  });
  if (values.help) {
    process.stdout.write(NEW_HELP);
    return 0;
  }
  const [kind, ...args] = positionals;
  const cwd = process.cwd();
  const want = (n, usage) => {
    if (args.length !== n) throw new UsageError(`usage: contract-guard new ${usage}`);
  };
  let result;
  if (kind === "endpoint") {
    if (args.length === 2) args.unshift(void 0);
    want(3, "endpoint [<module>|<document>] <METHOD> <path>");
    result = await newEndpoint({ cwd, configPath: values.config, module: args[0], method: args[1], path: args[2] });
  } else if (kind === "schema") {
    if (args.length === 1) args.unshift(void 0);
    want(2, "schema [<module>] <name>");
    result = await newSchema({ cwd, configPath: values.config, module: args[0], name: args[1] });
  } else if (kind === "event") {
    want(1, "event <name> [--module <module>]");
    result = await newEvent({ cwd, configPath: values.config, name: args[0], module: values.module });
  } else throw new UsageError(`new makes an endpoint, a schema or an event, not '${kind ?? ""}' (see contract-guard new --help)`);
  for (const line of result.written) process.stdout.write(`wrote ${line}
`);
  await showCheck(cwd, values.config);
  return 0;
}
export {
  NEW_HELP,
  newCommand
};
