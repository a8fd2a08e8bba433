import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  formatOf,
  isBinary,
  require_semver
} from "./chunk-SDUFXYTY.js";
import {
  InputError,
  unlessUnreadable
} from "./chunk-KNFEERHG.js";
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

// src/core/semantic/copy.ts
var DROP = /* @__PURE__ */ Symbol("drop");
var KEEP = /* @__PURE__ */ Symbol("keep");
var RewrittenCopy = class {
  /**
   * `shareUnchanged`: a subtree with nothing to rewrite is used as it is, not copied (for a pure `rewrite` whose result
   * nobody edits): nodes keep their identity, so what was learnt of them (fingerprints) serves every copy.
   */
  constructor(rewrite, shareUnchanged = false) {
    this.rewrite = rewrite;
    this.shareUnchanged = shareUnchanged;
  }
  rewrite;
  shareUnchanged;
  copies = /* @__PURE__ */ new Map();
  /** Whether a node's subtree has anything to rewrite (with `shareUnchanged`). */
  changing = /* @__PURE__ */ new Map();
  copy(node) {
    if (!node || typeof node !== "object") return node;
    const known = this.copies.get(node);
    if (known !== void 0) return known;
    if (this.shareUnchanged && !this.changes(node, /* @__PURE__ */ new Set())) {
      this.copies.set(node, node);
      return node;
    }
    if (Array.isArray(node)) {
      const out2 = [];
      this.copies.set(node, out2);
      for (const v of node) out2.push(this.copy(v));
      return out2;
    }
    const out = {};
    this.copies.set(node, out);
    for (const [k, v] of Object.entries(node)) {
      const r = this.rewrite(node, k, v);
      if (r === DROP) continue;
      out[k] = r === KEEP ? this.copy(v) : r;
    }
    return out;
  }
  /** Does anything under `node` rewrite? A node met again on the way down (a cycle) counts as changing: copied, to be safe. */
  changes(node, path) {
    const known = this.changing.get(node);
    if (known !== void 0) return known;
    if (path.has(node)) return true;
    path.add(node);
    let found = false;
    if (Array.isArray(node)) found = node.some((v) => !!v && typeof v === "object" && this.changes(v, path));
    else
      for (const [k, v] of Object.entries(node)) {
        if (this.rewrite(node, k, v) !== KEEP || !!v && typeof v === "object" && this.changes(v, path)) {
          found = true;
          break;
        }
      }
    path.delete(node);
    this.changing.set(node, found);
    return found;
  }
  /** The copy of an original node, if one was made. */
  copyOf(node) {
    return node && typeof node === "object" ? this.copies.get(node) : node;
  }
};

// src/core/semantic/bundle.ts
var KEY = (n) => `contract-guard-bundled-${n}`;
function bundle(docs, file) {
  const keys = /* @__PURE__ */ new Map();
  const pending = [];
  const prefixOf = (target) => {
    if (target === file) return "";
    let key = keys.get(target);
    if (!key) {
      keys.set(target, key = KEY(keys.size + 1));
      pending.push(target);
    }
    return `/$defs/${key}`;
  };
  let from = file;
  const copies = new RewrittenCopy((node, key, value) => {
    if (from !== file && node === docs.get(from).data && (key === "$id" || key === "$schema")) return DROP;
    if (key !== "$ref" || typeof value !== "string") return KEEP;
    try {
      return rewrite(value, from);
    } catch (err) {
      if (err instanceof InputError) return KEEP;
      throw err;
    }
  });
  const rewrite = (ref, at) => {
    const hash = ref.indexOf("#");
    const target = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? "" : ref.slice(hash + 1);
    if (fragment && !fragment.startsWith("/")) throw new InputError(`plain-name fragment in ${ref}`, at);
    const to = target ? docs.targetFile({ file: at, pointer: "" }, ref, target) : at;
    return `#${prefixOf(to)}${fragment}`;
  };
  try {
    const root = copies.copy(docs.get(file).data);
    const embedded = {};
    while (pending.length) {
      from = pending.shift();
      embedded[keys.get(from)] = copies.copy(docs.get(from).data);
    }
    if (keys.size) {
      if (!root || typeof root !== "object" || Array.isArray(root)) return void 0;
      const own = root.$defs && typeof root.$defs === "object" ? root.$defs : {};
      root.$defs = { ...own, ...embedded };
    }
    const pointerOf = (f, pointer) => f === file ? pointer : keys.has(f) ? `/$defs/${keys.get(f)}${pointer}` : void 0;
    return { root, copyOf: (node) => copies.copyOf(node), pointerOf };
  } catch (err) {
    if (err instanceof InputError) return void 0;
    throw err;
  }
}
function hasExternalRef(text) {
  return /["']?\$ref["']?\s*:\s*["']?(?!#)[^\s"']/.test(text);
}
function judgedDocument(docs, file) {
  const parsed = docs.get(file);
  return hasExternalRef(parsed.text) && bundle(docs, file) || {
    root: parsed.data,
    copyOf: (node) => node,
    pointerOf: (f, pointer) => f === file ? pointer : void 0
  };
}

// src/core/policy/references.ts
function collectRefs(node, out) {
  if (Array.isArray(node)) node.forEach((n) => collectRefs(n, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.add(v);
      else collectRefs(v, out);
    }
  }
}
var directCache = /* @__PURE__ */ new WeakMap();
function directTargets(docs, file) {
  let known = directCache.get(docs);
  if (!known) directCache.set(docs, known = /* @__PURE__ */ new Map());
  if (known.has(file)) return known.get(file);
  let targets;
  const parsed = unlessUnreadable(() => docs.get(file));
  if (parsed && !hasExternalRef(parsed.text)) targets = /* @__PURE__ */ new Set();
  else if (parsed) {
    const refs = /* @__PURE__ */ new Set();
    collectRefs(parsed.data, refs);
    targets = /* @__PURE__ */ new Set();
    for (const ref of refs) {
      const target = ref.split("#")[0];
      if (!target) continue;
      try {
        targets.add(docs.targetFile({ file, pointer: "" }, ref, target));
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
      }
    }
  }
  known.set(file, targets);
  return targets;
}
function referenceClosure(docs, files) {
  const direct = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (!/\.(json|ya?ml)$/i.test(file)) continue;
    const targets = directTargets(docs, file);
    if (targets) direct.set(file, targets);
  }
  const closure = /* @__PURE__ */ new Map();
  const reach = (file, seen) => {
    const known = closure.get(file);
    if (known) return known;
    const out = /* @__PURE__ */ new Set();
    for (const t of direct.get(file) ?? []) {
      if (seen.has(t)) continue;
      out.add(t);
      for (const u of reach(t, /* @__PURE__ */ new Set([...seen, t]))) out.add(u);
    }
    closure.set(file, out);
    return out;
  };
  for (const file of direct.keys()) reach(file, /* @__PURE__ */ new Set([file]));
  return closure;
}

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
  return /\.(py|sh|bash|ps1|bat|cmd|js|mjs|cjs|ts|rb|go|java|kt|rs|lock|ini|cfg|toml|env)$/.test(p) || /\/(makefile|dockerfile|\.gitignore|\.gitattributes|\.editorconfig)$/.test(p) || /\.(test|spec)\.(json|ya?ml)$/.test(p) || /\.postman_(collection|environment)\.json$/.test(p) || /\/\.?spectral[^/]*\.(json|ya?ml)$/.test(p) || /\/(package|package-lock|tsconfig)\.json$/.test(p) || /\/(tests?|tooling|scripts|harness|ci|\.github)\//.test(p);
}
function isContractName(file) {
  const p = "/" + file.toLowerCase();
  if (!/\.(json|ya?ml|avsc)$/.test(p)) return false;
  return /\.avsc$/.test(p) || /\/versions\.ya?ml$/.test(p) || /\.schema\.(json|ya?ml)$/.test(p) || /\/events?\/(.*\/)?(topics|catalog)\.ya?ml$/.test(p) || /\/[^/]*(openapi|swagger|asyncapi)[^/]*$/.test(p) || /\/(schemas?|openapi)\/([^/]+\/)*[^/]+$/.test(p);
}
function isContractKind(kind) {
  return kind === "openapi" || kind === "openapi-fragment" || kind === "swagger" || kind === "asyncapi" || kind === "avro" || kind === "jsonschema" || kind === "versions";
}

// src/core/version-path.ts
var import_semver = __toESM(require_semver(), 1);
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
    if (pv?.unit === unit && (!newest || import_semver.default.gt(pv.version, newest))) newest = pv.version;
  }
  return newest;
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
      if (import_semver.default.lt(o.version, pv.version) && (!best || import_semver.default.gt(o.version, best.version))) best = o;
    if (best) out.push({ base: best.path, head: p });
  }
  return out;
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
function compile(pattern) {
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
  DROP,
  KEEP,
  RewrittenCopy,
  hasExternalRef,
  judgedDocument,
  referenceClosure,
  detectKind,
  unjudgedFormat,
  roleFromPath,
  isToolingName,
  isContractName,
  isContractKind,
  require_libraries,
  safePattern,
  safeRegExpEngine,
  unsafePatterns,
  pathVersion,
  publishedAs,
  newestIn,
  otherVersion,
  predecessors,
  relocator,
  reachedSchemas,
  operations
};
