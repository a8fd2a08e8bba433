import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  formatOf,
  isBinary
} from "./chunk-L462DBHJ.js";
import {
  localRefTokens,
  pointerJoin,
  refTarget
} from "./chunk-J2WTEFWK.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-555N3RVI.js";

// src/core/libraries.cjs
var require_libraries = __commonJS({
  "src/core/libraries.cjs"(exports) {
    "use strict";
    var refa;
    var avsc;
    var re2js;
    var undici;
    exports.refa = () => refa ??= __require("../lib/refa.cjs");
    exports.avsc = () => avsc ??= __require("../lib/avsc.cjs");
    exports.re2js = () => re2js ??= __require("../lib/re2js.cjs");
    exports.undici = () => undici ??= __require("../lib/undici.cjs");
  }
});

// src/core/source/kind.ts
var DOC_EXTENSIONS = /\.(md|markdown|txt|rst|adoc|html?)$/i;
function detectKind(file, bytes, data) {
  if (DOC_EXTENSIONS.test(file)) return "document";
  if (isToolingName(file)) return "other";
  if (/(^|\/)versions\.ya?ml$/i.test(file)) return "versions";
  if (!formatOf(file)) return bytes && isBinary(bytes) ? "binary" : "document";
  if (/\.avsc$/i.test(file)) return "avro";
  if (/\.schema\.(json|ya?ml)$/i.test(file) && (typeof data === "boolean" || data !== null && typeof data === "object" && !Array.isArray(data))) {
    const d = data;
    if (typeof d !== "object" || !("openapi" in d || "swagger" in d)) return "jsonschema";
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return "data";
  const doc = data;
  if (typeof doc.openapi === "string" && /^3\./.test(doc.openapi)) return "openapi";
  if (doc.swagger === "2.0" || doc.swagger === 2) return "swagger";
  if (typeof doc.asyncapi === "string" && /^[23]\./.test(doc.asyncapi)) return "asyncapi";
  if (typeof doc.$schema === "string" && /json-schema\.org/.test(doc.$schema)) return "jsonschema";
  if (/\.schema\.(json|ya?ml)$/i.test(file)) return "jsonschema";
  if (doc.components && typeof doc.components === "object" && !("paths" in doc)) return "openapi-fragment";
  if (("type" in doc || "properties" in doc || "$defs" in doc || "allOf" in doc || "oneOf" in doc) && /\/schemas?\//.test("/" + file)) {
    return "jsonschema";
  }
  return "data";
}
var UNJUDGED = [
  [/\.proto$/i, "Protocol Buffers", "`buf breaking`"],
  [/\.(graphql|graphqls|gql)$/i, "GraphQL", "`graphql-inspector diff`"],
  [/\.thrift$/i, "Thrift", ""],
  [/\.avdl$/i, "Avro IDL", "`avro-tools idl2schemata` to judge it as `.avsc`"],
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
  if (!/\.(json|ya?ml|avsc)$/.test(p)) return false;
  return /\.avsc$/.test(p) || /\/versions\.ya?ml$/.test(p) || /\.schema\.(json|ya?ml)$/.test(p) || isTopicCatalog(file) || /\/[^/]*(openapi|swagger|asyncapi)[^/]*$/.test(p) || /\/(schemas?|openapi)\/([^/]+\/)*[^/]+$/.test(p);
}
function isContractKind(kind) {
  return kind === "openapi" || kind === "openapi-fragment" || kind === "swagger" || kind === "asyncapi" || kind === "avro" || kind === "jsonschema" || kind === "versions";
}

// src/core/version-path.ts
var WHOLE = /^(v?)(\d{1,3})(?:([.\-_])(\d{1,4})(?:\3(\d{1,4}))?)?$/i;
var SUFFIX = /^(.+?)([._-])(v?)(\d{1,3})(?:\.(\d{1,4})(?:\.(\d{1,4}))?)?$/i;
var EXTENSION = /(\.schema)?\.(json|ya?ml|avsc)$/i;
function pathVersion(path) {
  const parts = path.split("/");
  const name = parts[parts.length - 1];
  const ext = EXTENSION.exec(name)?.[0] ?? "";
  const stem = name.slice(0, name.length - ext.length);
  const dir = parts.slice(0, -1).join("/");
  const whole = WHOLE.exec(stem);
  if (whole && (whole[1] || whole[4] !== void 0)) {
    const at = dir ? `${dir}/{version}${ext}` : `{version}${ext}`;
    return version(whole[0], whole[1], whole[2], whole[4], whole[5], at, at);
  }
  const suffix = SUFFIX.exec(stem);
  if (suffix && (suffix[3] || suffix[6] !== void 0)) {
    const at = `${dir ? dir + "/" : ""}${suffix[1]}${suffix[2]}{version}${ext}`;
    return version(stem.slice(suffix[1].length + 1), suffix[3], suffix[4], suffix[5], suffix[6], at, at);
  }
  for (let i = parts.length - 2; i >= 0; i--) {
    const m = WHOLE.exec(parts[i]);
    if (!m || !m[1] && m[4] === void 0) continue;
    const series = [...parts.slice(0, i), "{version}", ...parts.slice(i + 1)].join("/");
    const unit = [...parts.slice(0, i), "{version}"].join("/");
    return version(m[0], m[1], m[2], m[4], m[5], series, unit);
  }
  return void 0;
}
function version(written2, v, major, minor, patch, series, unit) {
  const n = (s) => String(Number(s ?? 0));
  return {
    series,
    unit,
    version: `${n(major)}.${n(minor)}.${n(patch)}`,
    written: written2,
    kind: v && minor === void 0 ? "line" : "release"
  };
}
function written(pv, next) {
  const [major, minor, patch] = next.split(".");
  const w = pv.written;
  const prefix = /^v/i.test(w) ? w[0] : "";
  const sep = /[.\-_]/.exec(w.slice(prefix.length))?.[0] ?? ".";
  const parts = w.slice(prefix.length).split(/[.\-_]/).length;
  return pv.kind === "line" ? `${prefix}${major}` : prefix + [major, minor, patch].slice(0, Math.max(parts, 2)).join(sep);
}
function publishedAs(pv, next) {
  const at = pv.unit.replace("{version}", written(pv, next));
  return pv.unit === pv.series ? at : `${at}/`;
}
function newestIn(paths, unit) {
  let newest;
  for (const p of paths) {
    const pv = pathVersion(p);
    if (pv?.unit === unit && (!newest || compareVersions(pv.version, newest) > 0)) newest = pv.version;
  }
  return newest;
}
function compareVersions(a, b) {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}
function otherVersion(a, b) {
  const [x, y] = [pathVersion(a), pathVersion(b)];
  return !!x && !!y && x.version !== y.version;
}
function predecessors(basePaths, headPaths) {
  const before = new Set(basePaths);
  const bySeries = /* @__PURE__ */ new Map();
  for (const p of basePaths) {
    const pv = pathVersion(p);
    if (pv) bySeries.set(pv.series, [...bySeries.get(pv.series) ?? [], { path: p, version: pv.version }]);
  }
  const out = [];
  for (const p of headPaths) {
    const pv = pathVersion(p);
    if (!pv || before.has(p) || !EXTENSION.test(p)) continue;
    let best;
    for (const o of bySeries.get(pv.series) ?? [])
      if (compareVersions(o.version, pv.version) < 0 && (!best || compareVersions(o.version, best.version) > 0)) best = o;
    if (best) out.push({ base: best.path, head: p });
  }
  return out;
}
function leftOut(basePaths, headPaths) {
  const inFolder = (p) => {
    const pv = pathVersion(p);
    return pv && pv.unit !== pv.series && EXTENSION.test(p) ? pv : void 0;
  };
  const released = /* @__PURE__ */ new Map();
  for (const p of basePaths) {
    const pv = inFolder(p);
    if (!pv) continue;
    const versions = released.get(pv.unit) ?? released.set(pv.unit, /* @__PURE__ */ new Map()).get(pv.unit);
    const at = versions.get(pv.version) ?? versions.set(pv.version, { written: pv.written, paths: [] }).get(pv.version);
    at.paths.push(p);
  }
  const fresh = /* @__PURE__ */ new Map();
  for (const p of headPaths) {
    const pv = inFolder(p);
    if (!pv || released.get(pv.unit)?.has(pv.version)) continue;
    const key = `${pv.unit}@${pv.version}`;
    const at = fresh.get(key) ?? fresh.set(key, { unit: pv.unit, version: pv.version, written: pv.written, series: /* @__PURE__ */ new Set() }).get(key);
    at.series.add(pv.series);
  }
  const out = [];
  for (const v of fresh.values()) {
    const older = [...released.get(v.unit) ?? []].filter(([version2]) => compareVersions(version2, v.version) < 0);
    const previous = older.sort(([a], [b]) => compareVersions(b, a))[0]?.[1];
    for (const p of previous?.paths ?? []) {
      const series = pathVersion(p).series;
      if (!v.series.has(series))
        out.push({ base: p, head: series.replace("{version}", v.written), version: v.written, previous: previous.written });
    }
  }
  return out.sort((x, y) => x.head < y.head ? -1 : x.head > y.head ? 1 : 0);
}
function relocator(from, to) {
  const [a, b] = [pathVersion(from), pathVersion(to)];
  if (!a || !b) return () => void 0;
  return (file) => {
    const pv = pathVersion(file);
    if (pv?.unit !== a.unit || pv.written !== a.written) return void 0;
    const at = pv.series.indexOf("{version}");
    return file.slice(0, at) + b.written + file.slice(at + a.written.length);
  };
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

// src/core/source/safe-regex.ts
var import_libraries = __toESM(require_libraries(), 1);
var UnsafePattern = class extends Error {
  constructor(pattern, reason) {
    super(`pattern ${JSON.stringify(pattern.length > 80 ? pattern.slice(0, 77) + "\u2026" : pattern)} cannot be checked safely: ${reason}`);
    this.pattern = pattern;
    this.name = "UnsafePattern";
  }
  pattern;
};
var cache = /* @__PURE__ */ new Map();
var MAX_CACHE = 5e3;
function safePattern(pattern) {
  let hit = cache.get(pattern);
  if (!hit) {
    hit = compile(pattern);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(pattern, hit);
  }
  if (hit instanceof UnsafePattern) throw hit;
  return hit;
}
function unsafeReason(pattern) {
  try {
    safePattern(pattern);
    return void 0;
  } catch (err) {
    if (err instanceof UnsafePattern) return err.message;
    throw err;
  }
}
var MAX_PATTERN_CHARS = 1e5;
function compile(pattern) {
  if (pattern.length > MAX_PATTERN_CHARS)
    return new UnsafePattern(
      pattern,
      `longer than ${MAX_PATTERN_CHARS.toLocaleString("en")} characters (${pattern.length.toLocaleString("en")})`
    );
  try {
    const { RE2JS } = import_libraries.default.re2js();
    const re = RE2JS.compile(RE2JS.translateRegExp(pattern));
    return { test: (text) => re.matcher(text).find(), toString: () => `/${pattern}/u` };
  } catch (err) {
    const reason = err.message.replace(/^error parsing regexp: /, "");
    return new UnsafePattern(pattern, /Perl syntax|escape sequence/.test(reason) ? `RE2 cannot run it (${reason})` : reason);
  }
}
var safeRegExpEngine = Object.assign((pattern) => safePattern(pattern), { code: "safePattern" });
function unsafePatterns(data) {
  const out = [];
  const esc = (k) => k.replace(/~/g, "~0").replace(/\//g, "~1");
  const stack = [[data, ""]];
  while (stack.length) {
    const [node, pointer] = stack.pop();
    if (!node || typeof node !== "object") continue;
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
    for (const [k, v] of entries) {
      const at = `${pointer}/${esc(k)}`;
      if (k === "pattern" && typeof v === "string") {
        const why = unsafeReason(v);
        if (why) out.push({ pointer: at, message: why });
      } else if (k === "patternProperties" && v && typeof v === "object" && !Array.isArray(v)) {
        for (const p of Object.keys(v)) {
          const why = unsafeReason(p);
          if (why) out.push({ pointer: `${at}/${esc(p)}`, message: why });
        }
      }
      if (v && typeof v === "object") stack.push([v, at]);
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
  require_libraries,
  safePattern,
  unsafeReason,
  safeRegExpEngine,
  unsafePatterns,
  pathVersion,
  publishedAs,
  newestIn,
  otherVersion,
  predecessors,
  leftOut,
  relocator,
  reachedSchemas,
  operations
};
