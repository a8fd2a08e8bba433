import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  contractScope,
  contractsRoot,
  loadConfig,
  repoTop
} from "./chunk-KCJREJXD.js";
import {
  FsTree
} from "./chunk-26GVR4GN.js";
import {
  Documents
} from "./chunk-MLD5EQ7M.js";
import {
  ContractsLayout,
  GLOBALS,
  detectKind,
  formatOf,
  parseText
} from "./chunk-76DSMZKO.js";
import {
  InputError,
  unlessUnreadable
} from "./chunk-KNFEERHG.js";
import {
  pointerJoin
} from "./chunk-VH6BFWQB.js";

// src/core/scaffold/house.ts
import { posix } from "node:path";
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var ERROR_NAMES = [
  [/^(bad[-_]?request|invalid[-_]?request|validation[-_]?error)$/i, "400"],
  [/^(unauthori[sz]ed|unauthenticated)$/i, "401"],
  [/^forbidden$/i, "403"],
  [/^not[-_]?found$/i, "404"],
  [/^conflict$/i, "409"],
  [/^unprocessable([-_]?entity)?$/i, "422"],
  [/^(too[-_]?many[-_]?requests|rate[-_]?limited)$/i, "429"]
];
function statusOfResponseName(name) {
  const bare = name.replace(/^(error|response)[-_]?|[-_]?(error|response)$/gi, "");
  if (/^4\d\d$/.test(bare)) return bare;
  return ERROR_NAMES.find(([re]) => re.test(bare) || re.test(name))?.[1];
}
function readHouse(docs, paths, root) {
  const house = { errors: /* @__PURE__ */ new Map(), security: [], secured: false };
  const dialects = /* @__PURE__ */ new Map();
  const data = (file) => unlessUnreadable(() => docs.get(file).data);
  for (const file of paths.filter((p) => /\.(ya?ml|json)$/i.test(p) && !p.includes("/_frozen/"))) {
    const doc = data(file);
    if (!isObj(doc)) continue;
    const components = isObj(doc.components) ? doc.components : void 0;
    const responses = components && isObj(components.responses) ? components.responses : {};
    const found = /* @__PURE__ */ new Map();
    for (const name of Object.keys(responses)) {
      const status = statusOfResponseName(name);
      if (status && !found.has(status)) found.set(status, { file, pointer: pointerJoin("/components/responses", name) });
    }
    if (found.size > house.errors.size) house.errors = found;
    if (doc.security !== void 0 || components && isObj(components.securitySchemes) || isObj(doc.securityDefinitions))
      house.secured = true;
    if (typeof doc.$schema === "string") dialects.set(doc.$schema, (dialects.get(doc.$schema) ?? 0) + 1);
    if (!house.idSchema && isObj(doc.paths)) {
      for (const item of Object.values(doc.paths))
        for (const op of isObj(item) ? [item, ...Object.values(item)] : [])
          for (const p of isObj(op) && Array.isArray(op.parameters) ? op.parameters : [])
            if (!house.idSchema && isObj(p) && p.in === "path" && isObj(p.schema) && !("$ref" in p.schema)) house.idSchema = p.schema;
    }
    const schemes = components && isObj(components.securitySchemes) ? components.securitySchemes : {};
    for (const [name, s] of Object.entries(schemes)) {
      const kind = isObj(s) ? s.type === "mutualTLS" ? "mtls" : s.type === "http" && /^bearer$/i.test(String(s.scheme)) ? "bearer" : "" : "";
      if (kind && !house.security.some((x) => x.name === name))
        house.security.push({ name, target: { file, pointer: pointerJoin("/components/securitySchemes", name) } });
    }
    for (const key of ["$defs", "definitions"]) {
      const defs = isObj(doc[key]) ? doc[key] : {};
      for (const [name, def] of Object.entries(defs)) {
        if (!isObj(def)) continue;
        if (!house.ulid && /^ulid$/i.test(name)) house.ulid = { file, pointer: pointerJoin("/" + key, name) };
        if (!house.timestamp && (/^(timestamp|date[-_]?time)$/i.test(name) || def.format === "date-time" && /time/i.test(name)))
          house.timestamp = { file, pointer: pointerJoin("/" + key, name) };
      }
    }
    const rel = root && file.startsWith(root + "/") ? file.slice(root.length + 1) : file;
    if (!house.idBase && typeof doc.$id === "string" && doc.$id.endsWith("/" + rel)) house.idBase = doc.$id.slice(0, -rel.length);
  }
  house.dialect = [...dialects].sort((a, b) => b[1] - a[1])[0]?.[0];
  return house;
}
function refTo(fromFile, t) {
  const file = t.file === fromFile ? "" : posix.relative(posix.dirname(fromFile), t.file);
  return { $ref: `${file}#${t.pointer}` };
}

// src/core/scaffold/skeletons.ts
var DIALECT = "https://json-schema.org/draft/2020-12/schema";
var METHODS = ["get", "put", "post", "delete", "patch"];
var ULID_PATTERN = "^[0-7][0-9A-HJKMNP-TV-Z]{25}$";
var pascal = (s) => s.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
function operationId(method, path, taken) {
  const segments = path.split("/").filter((s) => s && !/^v\d+$/.test(s));
  const words = segments.filter((s) => !s.startsWith("{")).map(pascal);
  const params = segments.filter((s) => s.startsWith("{")).map((s) => pascal(s.slice(1, -1)));
  const base = method + words.join("") + (params.length ? "By" + params.join("And") : "");
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
  return id;
}
function pathParameters(path) {
  return [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]);
}
function ulidSchema(file, house) {
  if (house.ulid) return refTo(file, house.ulid);
  if (house.idSchema) return { ...house.idSchema };
  return house.ulids ? { type: "string", pattern: ULID_PATTERN, description: "ULID (Crockford Base32)." } : { type: "string" };
}
function timestampSchema(file, house) {
  return house.timestamp ? refTo(file, house.timestamp) : { type: "string", format: "date-time" };
}
var ERROR_TEXT = {
  "400": "The request is malformed.",
  "401": "No valid credentials.",
  "403": "The caller may not do this.",
  "404": "No such resource."
};
function errorResponses(file, house, hasInput, hasPathParams) {
  const wanted = [...hasInput ? ["400"] : [], ...house.secured ? ["401", "403"] : [], ...hasPathParams ? ["404"] : []];
  const out = {};
  for (const status of wanted) {
    const shared = house.errors.get(status);
    if (shared) out[status] = refTo(file, shared);
  }
  if (!Object.keys(out).length) for (const status of wanted) out[status] = { description: ERROR_TEXT[status] };
  return out;
}
function operationSkeleton(o) {
  const params = pathParameters(o.path);
  const body = o.method === "post" || o.method === "put" || o.method === "patch";
  const object = { type: "object", properties: {} };
  const success = o.method === "delete" ? { "204": { description: "Done." } } : {
    [o.method === "post" ? "201" : "200"]: {
      description: "TODO: what the caller gets.",
      content: { "application/json": { schema: object } }
    }
  };
  const own = params.filter((p) => !o.declaredParams.includes(p));
  return {
    operationId: operationId(o.method, o.path, o.takenIds),
    summary: "TODO: what this operation does.",
    ...own.length ? { parameters: own.map((name) => ({ name, in: "path", required: true, schema: ulidSchema(o.file, o.house) })) } : {},
    ...body ? { requestBody: { required: true, content: { "application/json": { schema: object } } } } : {},
    responses: { ...success, ...errorResponses(o.file, o.house, body || params.length > 0, params.length > 0) }
  };
}
function openApiDocument(file, house, title, version) {
  const mtls = house.security.find((s) => /mtls|mutual/i.test(s.name)) ?? house.security[0];
  const bearer = house.security.find((s) => s !== mtls);
  const schemes = mtls && bearer ? { [mtls.name]: refTo(file, mtls.target), [bearer.name]: refTo(file, bearer.target) } : { mtls: { type: "mutualTLS" }, bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" } };
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: DIALECT,
    info: { title, version },
    security: [Object.fromEntries(Object.keys(schemes).map((k) => [k, []]))],
    paths: {},
    components: { securitySchemes: schemes }
  };
}
function recordSchema(file, house, title, idField, timeField, id) {
  return {
    $schema: house.dialect ?? DIALECT,
    ...id ? { $id: id } : {},
    title,
    type: "object",
    required: [idField, timeField],
    properties: { [idField]: ulidSchema(file, house), [timeField]: timestampSchema(file, house) }
  };
}
function recordExample(idField, timeField, ulid, now) {
  return { [idField]: ulid, [timeField]: now.toISOString().replace(/\.\d{3}Z$/, "Z") };
}

// src/services/workspace.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
var Workspace = class _Workspace {
  constructor(top, layout, docs, paths, house, preset) {
    this.top = top;
    this.layout = layout;
    this.docs = docs;
    this.paths = paths;
    this.house = house;
    this.preset = preset;
  }
  top;
  layout;
  docs;
  paths;
  house;
  preset;
  written = [];
  static async open(cwd, configPath) {
    const top = await repoTop(cwd);
    const config = loadConfig(top, { configPath });
    const root = contractsRoot(top, config.contracts);
    if (root && !existsSync(join(top, root))) throw new InputError(`contracts root '${root}' does not exist`, top);
    const layout = new ContractsLayout(root, config.modules.root);
    const tree = new FsTree(top, [root]);
    const docs = new Documents(tree);
    const inScope = contractScope({ contracts: root, scope: config.scope });
    const paths = tree.paths().filter((p) => !layout.isFrozen(p) && inScope(p));
    const house = readHouse(docs, paths, root);
    if (config.preset === "memoryos") house.ulids = true;
    return new _Workspace(top, layout, docs, paths, house, config.preset);
  }
  /** Does the repository keep the house's modules (`<modules>/<name>/versions.yaml`)? Else nothing makes one. */
  get hasModules() {
    return this.paths.some((p) => {
      const m = this.layout.versionsModule(p);
      return !!m && m !== GLOBALS;
    });
  }
  /** Files of a kind, by their content: `openapi`, `asyncapi`, or standalone `jsonschema`. */
  filesOf(kind) {
    return this.paths.filter((p) => /\.(ya?ml|json)$/i.test(p) && detectKind(p, void 0, this.data(p)) === kind);
  }
  exists(path) {
    return existsSync(join(this.top, path));
  }
  read(path) {
    return readFileSync(join(this.top, path), "utf8");
  }
  data(path) {
    return unlessUnreadable(() => this.docs.get(path).data);
  }
  /** Write a file that must not exist yet. */
  create(path, text, what) {
    if (this.exists(path)) throw new InputError(`exists already; not overwritten (remove it or pick another name)`, path);
    mkdirSync(dirname(join(this.top, path)), { recursive: true });
    writeFileSync(join(this.top, path), text);
    this.written.push(`${path} (${what})`);
  }
  /** Replace a file's text with an edit of it; an edit that would leave a file that parsed unreadable is refused. */
  update(path, text, what) {
    this.assertParses(path, text);
    writeFileSync(join(this.top, path), text);
    this.written.push(`${path} (${what})`);
  }
  /**
   * A YAML or JSON file that parses now still parses with `text` in its place, else nothing is written: splicing into a
   * document that holds a key in a shape we do not edit (`operations: []` where a mapping belongs) wrote the key twice.
   */
  assertParses(path, text) {
    const format = formatOf(path);
    if (format !== "json" && format !== "yaml" || !this.exists(path) || this.data(path) === void 0) return;
    try {
      parseText(path, text, format);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      throw new InputError(`the edit would leave it unreadable (${err.message.split("\n")[0]}); nothing was written`, path);
    }
  }
  moduleDir(module) {
    if (!/^[a-z0-9][\w.-]*$/i.test(module)) throw new InputError(`'${module}' is not a module name (letters, digits, - _ .)`);
    return `${this.layout.modulesDir}/${module}`;
  }
  /** The module's folder, created with a first versions file when the module is new. */
  ensureModule(module) {
    const dir = this.moduleDir(module);
    if (!this.exists(`${dir}/versions.yaml`) && !this.exists(`${dir}/versions.yml`))
      this.create(`${dir}/versions.yaml`, `module: ${module}
current: 0.1.0
`, `a new module, at 0.1.0`);
    return dir;
  }
  idFor(path) {
    return this.house.idBase && this.house.idBase + this.layout.rel(path);
  }
};

export {
  DIALECT,
  METHODS,
  errorResponses,
  operationSkeleton,
  openApiDocument,
  recordSchema,
  recordExample,
  Workspace
};
