import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key3 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key3) && key3 !== except)
        __defProp(to, key3, { get: () => from[key3], enumerable: !(desc = __getOwnPropDesc(from, key3)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/avsc-linear.cjs
var require_avsc_linear = __commonJS({
  "src/core/avsc-linear.cjs"(exports, module) {
    "use strict";
    var avsc = __require("avsc");
    var { Tokenizer } = __require("avsc/lib/specs");
    var next = Tokenizer && Tokenizer.prototype.next;
    if (typeof next === "function" && !next.linear) {
      Tokenizer.prototype.next = Object.assign(
        function(opts) {
          if (!opts || !opts.silent) return next.call(this, opts);
          this.error = uncounted;
          try {
            return next.call(this, opts);
          } finally {
            delete this.error;
          }
        },
        { linear: true }
      );
    }
    var EnumType = avsc.types && avsc.types.EnumType;
    var update = EnumType && EnumType.prototype._update;
    var indexed = /* @__PURE__ */ new WeakMap();
    if (typeof update === "function" && !update.linear) {
      EnumType.prototype._update = Object.assign(
        function(resolver, type, opts) {
          let reader = indexed.get(this);
          if (!reader) {
            const indices = this._indices;
            const symbols = Object.assign(this.symbols.slice(), {
              indexOf: (s) => Object.prototype.hasOwnProperty.call(indices, s) ? indices[s] : -1
            });
            indexed.set(this, reader = Object.create(this, { symbols: { value: symbols } }));
          }
          return update.call(reader, resolver, type, opts);
        },
        { linear: true }
      );
    }
    var NAMED2 = /* @__PURE__ */ new Set(["record", "error", "enum", "fixed"]);
    for (const Union of [avsc.types && avsc.types.WrappedUnionType, avsc.types && avsc.types.UnwrappedUnionType]) {
      const tried = Union && Union.prototype._update;
      if (typeof tried !== "function" || tried.linear) continue;
      Union.prototype._update = Object.assign(
        function(resolver, type, opts) {
          if (!type.name || !NAMED2.has(type.typeName)) return tried.call(this, resolver, type, opts);
          const strict = !(opts && opts.ignoreNamespaces);
          const named = (n) => strict ? n : n.slice(n.lastIndexOf(".") + 1);
          const wanted = named(type.name);
          const types = this.types.filter(
            (t) => !NAMED2.has(t.typeName) || [t.name, ...t.aliases || []].some((a) => a && named(a) === wanted)
          );
          if (types.length === this.types.length) return tried.call(this, resolver, type, opts);
          return tried.call(Object.create(this, { types: { value: types } }), resolver, type, opts);
        },
        { linear: true }
      );
    }
    function uncounted(reason, context) {
      return new Error(typeof context === "number" ? `${reason} {"pos":${context}}` : `invalid token ${JSON.stringify(context)}: ${reason}`);
    }
    module.exports = avsc;
  }
});

// src/core/libraries.cjs
var require_libraries = __commonJS({
  "src/core/libraries.cjs"(exports) {
    "use strict";
    var refa;
    var avsc;
    var re2js;
    var undici;
    exports.refa = () => refa ??= __require("refa");
    exports.avsc = () => avsc ??= require_avsc_linear();
    exports.re2js = () => re2js ??= __require("re2js");
    exports.undici = () => undici ??= __require("undici");
  }
});

// src/app/judge-thread.ts
import { parentPort } from "node:worker_threads";

// src/app/jobs.ts
import { dump } from "js-yaml";

// src/services/diff-lines.ts
function hunkLines(patch) {
  const lines = /* @__PURE__ */ new Set();
  let line = 0;
  for (const l of patch.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
    if (hunk) line = Number(hunk[1]);
    else if (line && (l.startsWith("+") || l.startsWith(" "))) lines.add(line++);
  }
  return lines;
}
function diffLines(diff) {
  const out = /* @__PURE__ */ new Map();
  for (const part of diff.split(/^diff --git /m).slice(1)) {
    const target = /^\+\+\+ (?:b\/)?(.+)$/m.exec(part)?.[1];
    if (!target || target === "/dev/null") continue;
    const body = part.slice(part.indexOf("\n@@") + 1);
    const lines = hunkLines(part.includes("\n@@") ? body : "");
    if (lines.size) out.set(target, lines);
  }
  return out;
}

// src/core/errors.ts
var InputError = class extends Error {
  constructor(message, file2, line) {
    super(message);
    this.file = file2;
    this.line = line;
    this.name = "InputError";
  }
  file;
  line;
  /** `file:line: message`, the shape editors and CI logs link. */
  oneLine() {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ""}: ` : "";
    return `${where}${this.message}`.replace(/\s*\n\s*/g, " ");
  }
};
function unlessUnreadable(read) {
  try {
    return read();
  } catch (err) {
    if (err instanceof InputError) return void 0;
    throw err;
  }
}
function isBug(err) {
  return err instanceof TypeError || err instanceof ReferenceError;
}

// src/core/source/limits.ts
var LIMITS = {
  /** The GitHub REST description is ~13 MB of JSON; 32 MiB leaves room without inviting abuse. */
  maxFileBytes: 32 * 1024 * 1024,
  /**
   * Bytes of files a check reads of one tree (a side's contracts): 128 MiB is ten GitHub REST descriptions. Past it,
   * files (in path order) are not read, and say so: sixty files of 30 MB each took 2 GB of memory per judgement, and
   * more took the App down.
   */
  maxTreeBytes: 128 * 1024 * 1024,
  /** YAML aliases share nodes; a document that expands past this many nodes is an alias bomb. */
  maxExpandedNodes: 5e6,
  /** Keys YAML merge keys (`<<: *base`) may copy in one file, all merges together: a merge bomb stops here. */
  maxMergeKeys: 1e5,
  /** Collections nested deeper than this are refused (js-yaml checks YAML; we check JSON). */
  maxDepth: 200,
  /**
   * Bytes of API descriptions Spectral lints on each side of a check (a description and the files its `$ref`s reach):
   * it takes ~4 s a MB, so 16 MiB (the GitHub REST description fits) is about a minute; the rest are said unlinted.
   */
  maxLintedBytes: 16 * 1024 * 1024
};

// src/core/source/withheld.ts
var OverSizeLimit = class extends InputError {
};
var Oversized = class extends Uint8Array {
  constructor(size, id, cause = "file") {
    super(0);
    this.size = size;
    this.id = id;
    this.cause = cause;
  }
  size;
  id;
  cause;
  // slices and copies of it are plain bytes (TypedArray methods build their results through this constructor)
  static get [Symbol.species]() {
    return Uint8Array;
  }
};
var TreeBudget = class {
  spent = 0;
  /** Whether a file of `size` bytes may be read; counted when it may. */
  take(size) {
    if (this.spent + size > LIMITS.maxTreeBytes) return false;
    this.spent += size;
    return true;
  }
};
function withheld(size, id, budget) {
  if (size > LIMITS.maxFileBytes) return new Oversized(size, id());
  return budget.take(size) ? void 0 : new Oversized(size, id(), "tree");
}
function overSizeLimit(file2, size) {
  const mb = (n) => (n / 1024 / 1024).toFixed(1);
  return new OverSizeLimit(`file is ${mb(size)} MB, over the ${mb(LIMITS.maxFileBytes)} MB limit`, file2);
}
function overTreeBudget(file2) {
  const mb = (LIMITS.maxTreeBytes / 1024 / 1024).toFixed(1);
  return new OverSizeLimit(
    `not read: with the files before it (in path order), it would pass the ${mb} MB a check reads of one side`,
    file2
  );
}

// src/adapters/git-tree.ts
import { spawn as spawn2 } from "node:child_process";
import { simpleGit } from "simple-git";

// src/adapters/cat-file.ts
import { spawn } from "node:child_process";
import Queue from "yocto-queue";
var PLAIN_NAME = /^[^\s\x00-\x1f\x7f]+$/;
var CatFile = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  child;
  // a queue, not an array: shifting an array of 50,000 waiting reads is quadratic (a pull request of 50,000 files took
  // 6 s here alone)
  asked = new Queue();
  header = [];
  body;
  stderr = "";
  /** Type and size of each object a name resolves to (`<ref>^{commit}` peels); undefined when there is none. */
  info(names) {
    return Promise.all(names.map((n) => this.ask(n, false).then((a) => a?.info)));
  }
  /** The bytes of each object; undefined when there is none. */
  contents(names) {
    return Promise.all(names.map((n) => this.ask(n, true).then((a) => a?.bytes)));
  }
  /** Ends the process, resolved once it has exited (asking again starts another). */
  close() {
    const child = this.child;
    if (!child) return Promise.resolve();
    this.hold(true);
    this.child = void 0;
    return new Promise((resolve3) => {
      child.once("close", () => resolve3());
      child.stdin.end();
      child.kill();
    });
  }
  /** The running process's id, if one runs. */
  get pid() {
    return this.child?.pid;
  }
  ask(name, contents) {
    if (!PLAIN_NAME.test(name)) return Promise.resolve(void 0);
    const child = this.process();
    return new Promise((done, fail) => {
      if (!this.asked.size) this.hold(true);
      this.asked.enqueue({ contents, done, fail });
      child.stdin.write(`${contents ? "contents" : "info"} ${name}
`);
    });
  }
  process() {
    if (this.child) return this.child;
    const child = spawn("git", ["cat-file", "--batch-command"], { cwd: this.dir, stdio: ["pipe", "pipe", "pipe"] });
    this.child = child;
    this.stderr = "";
    child.stdout.on("data", (chunk) => this.read(chunk));
    child.stderr.on("data", (chunk) => this.stderr += chunk.toString());
    child.stdin.on("error", () => void 0);
    const end = (why) => {
      if (this.child === child) this.child = void 0;
      const pending = [...this.asked.drain()];
      if (this.body) pending.unshift(this.body.asked);
      this.body = void 0;
      this.header = [];
      if (!pending.length) return;
      const failure = new Error(`git cat-file ${why}: ${this.stderr.trim() || "no reason given"}`);
      for (const a of pending) a.fail(failure);
    };
    child.on("error", (err) => end(`could not start (${err.message})`));
    child.on("close", (code) => end(`ended (${code})`));
    this.hold(false);
    return child;
  }
  /** An idle process keeps nothing alive: a command that never closes its view still exits. */
  hold(busy) {
    const child = this.child;
    if (!child) return;
    for (const h of [child, child.stdin, child.stdout, child.stderr])
      if (busy) h.ref();
      else h.unref();
  }
  read(chunk) {
    let pos = 0;
    while (pos < chunk.length) {
      const body = this.body;
      if (body) {
        const take = Math.min(body.info.size + 1 - body.got, chunk.length - pos);
        body.parts.push(chunk.subarray(pos, pos + take));
        body.got += take;
        pos += take;
        if (body.got === body.info.size + 1) {
          this.body = void 0;
          const bytes = Buffer.concat(body.parts).subarray(0, body.info.size);
          this.answered(body.asked, { info: body.info, bytes });
        }
        continue;
      }
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) {
        this.header.push(chunk.subarray(pos));
        break;
      }
      const line = Buffer.concat([...this.header, chunk.subarray(pos, nl)]).toString();
      this.header = [];
      pos = nl + 1;
      const asked = this.asked.dequeue();
      if (!asked) continue;
      const [sha, type, size] = line.split(" ");
      if (size === void 0 || !/^\d+$/.test(size)) this.answered(asked, void 0);
      else if (asked.contents) this.body = { info: { sha, type, size: Number(size) }, parts: [], got: 0, asked };
      else this.answered(asked, { info: { sha, type, size: Number(size) } });
    }
  }
  answered(asked, answer) {
    asked.done(answer);
    if (!this.asked.size && !this.body) this.hold(false);
  }
};

// node_modules/ajv/dist/refs/json-schema-draft-06.json
var json_schema_draft_06_default = {
  $schema: "http://json-schema.org/draft-06/schema#",
  $id: "http://json-schema.org/draft-06/schema#",
  title: "Core schema meta-schema",
  definitions: {
    schemaArray: {
      type: "array",
      minItems: 1,
      items: { $ref: "#" }
    },
    nonNegativeInteger: {
      type: "integer",
      minimum: 0
    },
    nonNegativeIntegerDefault0: {
      allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
    },
    simpleTypes: {
      enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
    },
    stringArray: {
      type: "array",
      items: { type: "string" },
      uniqueItems: true,
      default: []
    }
  },
  type: ["object", "boolean"],
  properties: {
    $id: {
      type: "string",
      format: "uri-reference"
    },
    $schema: {
      type: "string",
      format: "uri"
    },
    $ref: {
      type: "string",
      format: "uri-reference"
    },
    title: {
      type: "string"
    },
    description: {
      type: "string"
    },
    default: {},
    examples: {
      type: "array",
      items: {}
    },
    multipleOf: {
      type: "number",
      exclusiveMinimum: 0
    },
    maximum: {
      type: "number"
    },
    exclusiveMaximum: {
      type: "number"
    },
    minimum: {
      type: "number"
    },
    exclusiveMinimum: {
      type: "number"
    },
    maxLength: { $ref: "#/definitions/nonNegativeInteger" },
    minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
    pattern: {
      type: "string",
      format: "regex"
    },
    additionalItems: { $ref: "#" },
    items: {
      anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
      default: {}
    },
    maxItems: { $ref: "#/definitions/nonNegativeInteger" },
    minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
    uniqueItems: {
      type: "boolean",
      default: false
    },
    contains: { $ref: "#" },
    maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
    minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
    required: { $ref: "#/definitions/stringArray" },
    additionalProperties: { $ref: "#" },
    definitions: {
      type: "object",
      additionalProperties: { $ref: "#" },
      default: {}
    },
    properties: {
      type: "object",
      additionalProperties: { $ref: "#" },
      default: {}
    },
    patternProperties: {
      type: "object",
      additionalProperties: { $ref: "#" },
      default: {}
    },
    dependencies: {
      type: "object",
      additionalProperties: {
        anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
      }
    },
    propertyNames: { $ref: "#" },
    const: {},
    enum: {
      type: "array",
      minItems: 1,
      uniqueItems: true
    },
    type: {
      anyOf: [
        { $ref: "#/definitions/simpleTypes" },
        {
          type: "array",
          items: { $ref: "#/definitions/simpleTypes" },
          minItems: 1,
          uniqueItems: true
        }
      ]
    },
    format: { type: "string" },
    allOf: { $ref: "#/definitions/schemaArray" },
    anyOf: { $ref: "#/definitions/schemaArray" },
    oneOf: { $ref: "#/definitions/schemaArray" },
    not: { $ref: "#" }
  },
  default: {}
};

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var json_schema_draft_07_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "http://json-schema.org/draft-07/schema#",
  title: "Core schema meta-schema",
  definitions: {
    schemaArray: {
      type: "array",
      minItems: 1,
      items: { $ref: "#" }
    },
    nonNegativeInteger: {
      type: "integer",
      minimum: 0
    },
    nonNegativeIntegerDefault0: {
      allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
    },
    simpleTypes: {
      enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
    },
    stringArray: {
      type: "array",
      items: { type: "string" },
      uniqueItems: true,
      default: []
    }
  },
  type: ["object", "boolean"],
  properties: {
    $id: {
      type: "string",
      format: "uri-reference"
    },
    $schema: {
      type: "string",
      format: "uri"
    },
    $ref: {
      type: "string",
      format: "uri-reference"
    },
    $comment: {
      type: "string"
    },
    title: {
      type: "string"
    },
    description: {
      type: "string"
    },
    default: true,
    readOnly: {
      type: "boolean",
      default: false
    },
    examples: {
      type: "array",
      items: true
    },
    multipleOf: {
      type: "number",
      exclusiveMinimum: 0
    },
    maximum: {
      type: "number"
    },
    exclusiveMaximum: {
      type: "number"
    },
    minimum: {
      type: "number"
    },
    exclusiveMinimum: {
      type: "number"
    },
    maxLength: { $ref: "#/definitions/nonNegativeInteger" },
    minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
    pattern: {
      type: "string",
      format: "regex"
    },
    additionalItems: { $ref: "#" },
    items: {
      anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
      default: true
    },
    maxItems: { $ref: "#/definitions/nonNegativeInteger" },
    minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
    uniqueItems: {
      type: "boolean",
      default: false
    },
    contains: { $ref: "#" },
    maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
    minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
    required: { $ref: "#/definitions/stringArray" },
    additionalProperties: { $ref: "#" },
    definitions: {
      type: "object",
      additionalProperties: { $ref: "#" },
      default: {}
    },
    properties: {
      type: "object",
      additionalProperties: { $ref: "#" },
      default: {}
    },
    patternProperties: {
      type: "object",
      additionalProperties: { $ref: "#" },
      propertyNames: { format: "regex" },
      default: {}
    },
    dependencies: {
      type: "object",
      additionalProperties: {
        anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
      }
    },
    propertyNames: { $ref: "#" },
    const: true,
    enum: {
      type: "array",
      items: true,
      minItems: 1,
      uniqueItems: true
    },
    type: {
      anyOf: [
        { $ref: "#/definitions/simpleTypes" },
        {
          type: "array",
          items: { $ref: "#/definitions/simpleTypes" },
          minItems: 1,
          uniqueItems: true
        }
      ]
    },
    format: { type: "string" },
    contentMediaType: { type: "string" },
    contentEncoding: { type: "string" },
    if: { $ref: "#" },
    then: { $ref: "#" },
    else: { $ref: "#" },
    allOf: { $ref: "#/definitions/schemaArray" },
    anyOf: { $ref: "#/definitions/schemaArray" },
    oneOf: { $ref: "#/definitions/schemaArray" },
    not: { $ref: "#" }
  },
  default: true
};

// src/core/source/meta-schemas.ts
var DOCUMENTS = [json_schema_draft_06_default, json_schema_draft_07_default];
function pathOf(id) {
  const url = new URL(id);
  return `/${url.host}${url.pathname}.json`;
}
var key = (uri) => uri.replace(/^https?:/, "").replace(/#$/, "");
var byUri = new Map(DOCUMENTS.map((d) => [key(d.$id), pathOf(d.$id)]));
var byPath = new Map(DOCUMENTS.map((d) => [pathOf(d.$id), d]));
function metaSchemaPath(uri) {
  return byUri.get(key(uri));
}
function metaSchemaText(path) {
  const doc = byPath.get(path);
  return doc && JSON.stringify(doc, null, 2);
}

// src/core/source/tree.ts
import { posix } from "node:path";

// src/core/model.ts
var counted = (n, word2) => `${n} ${word2}${n === 1 ? "" : "s"}`;
var LEVELS = ["none", "patch", "minor", "major"];
var ROLES = ["request", "response", "event", "storage"];
var SCHEMA_CONTEXTS = [
  "request",
  "request-parameter",
  "response",
  "response-header",
  "event",
  // AsyncAPI messages in the direction the document gives them: the application sends them (its consumers read
  // them: writer side) or receives them (its producers write them: reader side)
  "event-sent",
  "event-received",
  "storage",
  // webhooks and callbacks: the API sends the request (writer side) and reads the receiver's response
  "webhook-request",
  "webhook-response"
];
function levelRank(level) {
  return LEVELS.indexOf(level);
}
function maxLevel(levels) {
  let best = "none";
  for (const l of levels) if (levelRank(l) > levelRank(best)) best = l;
  return best;
}
function diagnosticText(e) {
  const where = { baseline: "in the baseline only; the head is fine", head: "at the head", both: "in the baseline and at the head" };
  return e.side ? `${e.message} (${where[e.side]})` : e.message;
}
function pushTo(map, key3, value) {
  const list = map.get(key3);
  if (list) list.push(value);
  else map.set(key3, [value]);
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function pointerJoin(pointer, ...tokens) {
  let out = pointer;
  for (const t of tokens) out += "/" + String(t).replace(/~/g, "~0").replace(/\//g, "~1");
  return out;
}
function pointerTokens(pointer) {
  if (pointer === "" || pointer === "#") return [];
  return pointer.replace(/^#/, "").slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function localRefTokens(ref) {
  if (!ref.startsWith("#")) return void 0;
  let fragment;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return void 0;
  }
  return fragment === "" || fragment.startsWith("/") ? pointerTokens(fragment) : void 0;
}
function refTarget(root, ref) {
  const tokens = localRefTokens(ref);
  if (!tokens) return void 0;
  let node = root;
  for (const t of tokens) {
    if (!node || typeof node !== "object") return void 0;
    node = node[t];
  }
  return node;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortChanges(changes) {
  return changes.sort(
    (a, b) => levelRank(b.level) - levelRank(a.level) || compareText(a.module, b.module) || compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.pointer, b.pointer) || compareText(a.ruleId, b.ruleId)
  );
}

// src/core/source/parse.ts
import { CORE_SCHEMA, load, mergeTag, YAMLException } from "js-yaml";
import { parse as parseJsonc, printParseErrorCode } from "jsonc-parser";

// src/core/source/positions.ts
import { EVENT_ID, getScalarValue, parseEvents } from "js-yaml";
var PositionIndex = class {
  constructor(text5, json = false) {
    this.text = text5;
    this.json = json;
  }
  text;
  json;
  lineStarts;
  offsets = /* @__PURE__ */ new Map();
  /** Resolve many pointers in one pass over the parser's events; a missing pointer falls back to its nearest ancestor. */
  locateAll(pointers) {
    const wanted = [...new Set(pointers)].filter((p) => !this.offsets.has(p));
    if (wanted.length) this.scan(wanted);
    const out = /* @__PURE__ */ new Map();
    for (const p of pointers) {
      const tokens = pointerTokens(p);
      for (let n = tokens.length; n >= 0; n--) {
        const prefix = pointerJoin("", ...tokens.slice(0, n));
        const offset = this.offsets.get(prefix);
        if (offset !== void 0) {
          out.set(p, this.toPosition(offset));
          break;
        }
      }
    }
    return out;
  }
  locate(pointer) {
    return this.locateAll([pointer]).get(pointer);
  }
  /** Find the offsets of `pointers` (those it can) into `offsets`. */
  scan(pointers) {
    const root = { children: /* @__PURE__ */ new Map(), pointer: "" };
    for (const p of pointers) {
      let node = root;
      for (const t of pointerTokens(p)) {
        let next = node.children.get(t);
        if (!next) {
          next = { children: /* @__PURE__ */ new Map(), pointer: pointerJoin(node.pointer, t) };
          node.children.set(t, next);
        }
        node = next;
      }
    }
    if (this.json) {
      this.offsets.set("", 0);
      try {
        scanJson(this.text, skipSpace(this.text, 0), root, this.offsets);
      } catch {
      }
      return;
    }
    let events;
    try {
      events = parseEvents(this.text, {});
    } catch {
      return;
    }
    const stack = [];
    this.offsets.set("", 0);
    for (const ev of events) {
      if (ev.type === EVENT_ID.DOCUMENT) continue;
      if (ev.type === EVENT_ID.POP) {
        stack.pop();
        continue;
      }
      const top = stack[stack.length - 1];
      let start = "start" in ev ? ev.start : "valueStart" in ev ? ev.valueStart : ev.anchorStart;
      if (ev.type === EVENT_ID.SCALAR && start > 0 && (this.text[start - 1] === '"' || this.text[start - 1] === "'")) start--;
      let here = top ? void 0 : root;
      if (top && top.map && top.key) {
        top.key = false;
        top.pending = void 0;
        if (top.trie && ev.type === EVENT_ID.SCALAR) {
          const child = top.trie.children.get(getScalarValue(this.text, ev));
          if (child) {
            this.offsets.set(child.pointer, start);
            top.pending = child;
          }
        }
        if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE)
          stack.push({ map: ev.type === EVENT_ID.MAPPING, index: 0, key: true });
        continue;
      }
      if (top && top.map) {
        here = top.pending;
        top.key = true;
      } else if (top) {
        here = top.trie?.children.get(String(top.index));
        top.index++;
        if (here) this.offsets.set(here.pointer, start);
      }
      if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) {
        stack.push({ map: ev.type === EVENT_ID.MAPPING, index: 0, key: true, trie: here });
      }
    }
  }
  toPosition(offset) {
    if (!this.lineStarts) {
      const starts2 = [0];
      for (let i = 0; i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) starts2.push(i + 1);
      this.lineStarts = starts2;
    }
    const starts = this.lineStarts;
    let lo2 = 0;
    let hi2 = starts.length - 1;
    while (lo2 < hi2) {
      const mid = lo2 + hi2 + 1 >> 1;
      if (starts[mid] <= offset) lo2 = mid;
      else hi2 = mid - 1;
    }
    return { line: lo2 + 1, column: offset - starts[lo2] + 1 };
  }
};
var SPACE = /* @__PURE__ */ new Set([32, 9, 10, 13]);
function skipSpace(text5, i) {
  while (i < text5.length && SPACE.has(text5.charCodeAt(i))) i++;
  return i;
}
function endOfString(text5, i) {
  for (let j = i + 1; j < text5.length; j++) {
    const c = text5.charCodeAt(j);
    if (c === 92)
      j++;
    else if (c === 34) return j + 1;
  }
  throw new Error("unterminated string");
}
function endOfValue(text5, i) {
  const c = text5.charCodeAt(i);
  if (c === 34) return endOfString(text5, i);
  if (c !== 123 && c !== 91) {
    let j = i;
    while (j < text5.length && !SPACE.has(text5.charCodeAt(j)) && !",]}".includes(text5[j])) j++;
    return j;
  }
  let depth = 0;
  for (let j = i; j < text5.length; j++) {
    const d = text5.charCodeAt(j);
    if (d === 34) j = endOfString(text5, j) - 1;
    else if (d === 123 || d === 91) depth++;
    else if ((d === 125 || d === 93) && --depth === 0) return j + 1;
  }
  throw new Error("unbalanced brackets");
}
function scanJson(text5, i, trie, offsets) {
  const open = text5.charCodeAt(i);
  if (!trie.children.size || open !== 123 && open !== 91) return endOfValue(text5, i);
  const object = open === 123;
  let j = skipSpace(text5, i + 1);
  for (let index = 0; text5.charCodeAt(j) !== (object ? 125 : 93); index++) {
    let child;
    const start = j;
    if (object) {
      const end = endOfString(text5, j);
      const raw = text5.slice(j + 1, end - 1);
      child = trie.children.get(raw.includes("\\") ? JSON.parse(text5.slice(j, end)) : raw);
      j = skipSpace(text5, end);
      j = skipSpace(text5, j + 1);
    } else child = trie.children.get(String(index));
    if (child) offsets.set(child.pointer, start);
    j = skipSpace(text5, child ? scanJson(text5, j, child, offsets) : endOfValue(text5, j));
    if (text5.charCodeAt(j) === 44) j = skipSpace(text5, j + 1);
  }
  return j + 1;
}

// src/core/source/avro-idl.ts
var import_libraries = __toESM(require_libraries(), 1);
var IMPORT = /^[ \t]*import[ \t]+(idl|protocol|schema)[ \t]+"[^"\n]*"[ \t]*;/gm;
function parseAvroIdl(file2, text5) {
  const own2 = text5.replace(IMPORT, (m) => " ".repeat(m.length));
  try {
    return import_libraries.default.avsc().readProtocol(own2);
  } catch (err) {
    if (err instanceof RangeError) throw new InputError("Avro IDL nested too deep to read", file2);
    const message = err.message;
    const at4 = /"pos":(\d+)/.exec(message);
    const line = at4 ? text5.slice(0, Number(at4[1])).split("\n").length : void 0;
    const reason = message.replace(/^invalid token \{.*?\}: /, "");
    throw new InputError(
      `not Avro IDL avsc can read (Avro 1.10's syntax: \`string?\` is \`union { null, string }\`): ${reason}`,
      file2,
      line
    );
  }
}
var IdlPositions = class extends PositionIndex {
  constructor(text5, protocol) {
    super(text5);
    this.protocol = protocol;
  }
  protocol;
  /** Every part's place at once, in one pass: each search starts where the part before it was found. */
  scan() {
    if (this.offsets.size) return;
    this.offsets.set("", 0);
    const p = this.protocol;
    let cursor = 0;
    let misses = 0;
    const found2 = (pointer, source) => {
      if (misses > MAX_MISSES) return false;
      const re = new RegExp(source, "g");
      re.lastIndex = cursor;
      const at4 = re.exec(this.text)?.index;
      if (at4 === void 0) misses++;
      else this.offsets.set(pointer, at4), cursor = at4;
      return at4 !== void 0;
    };
    const members = (pointer, names, after) => names.forEach((n, j) => typeof n === "string" && found2(`${pointer}/${j}`, `${word(n)}${after}`));
    (Array.isArray(p.types) ? p.types : []).forEach((t, i) => {
      if (typeof t?.name !== "string" || !found2(`/types/${i}`, `\\b(record|error|enum|fixed)\\s+${word(t.name.replace(/^.*\./, ""))}`))
        return;
      members(
        `/types/${i}/fields`,
        (t.fields ?? []).map((f) => f?.name),
        "\\s*[=;]"
      );
      members(`/types/${i}/symbols`, t.symbols ?? [], "");
    });
    for (const [name, m] of Object.entries(p.messages ?? {})) {
      const at4 = pointerJoin("/messages", name);
      if (found2(at4, `${word(name)}\\s*\\(`))
        members(
          `${at4}/request`,
          (m?.request ?? []).map((r) => r?.name),
          ""
        );
    }
  }
};
var MAX_MISSES = 100;
var word = (name) => `(?:\\b${escapeRegExp(name)}\\b|\`${escapeRegExp(name)}\`)`;

// src/core/source/parse.ts
function isIgluSchema(file2) {
  return /(^|\/)jsonschema\/\d+-\d+-\d+$/.test(file2);
}
var isAvroFile = (file2) => /\.av(sc|pr|dl)$/i.test(file2);
function formatOf(file2) {
  if (/\.avdl$/i.test(file2)) return "avdl";
  if (/\.json$/i.test(file2) || isAvroFile(file2) || isIgluSchema(file2)) return "json";
  if (/\.ya?ml$/i.test(file2)) return "yaml";
  return void 0;
}
function isBinary(bytes) {
  const end = Math.min(bytes.length, 8e3);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}
function decodeText(file2, bytes) {
  if (bytes instanceof Oversized) throw bytes.cause === "tree" ? overTreeBudget(file2) : overSizeLimit(file2, bytes.size);
  if (bytes.length > LIMITS.maxFileBytes) throw overSizeLimit(file2, bytes.length);
  const bom = bytes[0] === 255 && bytes[1] === 254 ? "LE" : bytes[0] === 254 && bytes[1] === 255 ? "BE" : void 0;
  if (bom) throw new InputError(`UTF-16 ${bom} text (it starts with a byte order mark): save it as UTF-8`, file2, 1);
  if (isBinary(bytes)) throw new InputError("binary file (contains NUL bytes), expected UTF-8 text", file2);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const at4 = lossy.indexOf("\uFFFD");
    const line = at4 < 0 ? void 0 : lossy.slice(0, at4).split("\n").length;
    throw new InputError("not valid UTF-8 text", file2, line);
  }
}
function parseText(file2, text5, format) {
  if (format === "avdl") {
    const data3 = parseAvroIdl(file2, text5);
    return { file: file2, format, text: text5, data: data3, positions: new IdlPositions(text5, data3) };
  }
  const data2 = format === "json" ? parseJson(file2, text5) : parseYaml(file2, text5);
  return { file: file2, format, text: text5, data: data2, positions: new PositionIndex(text5, format === "json") };
}
function parseJson(file2, text5) {
  checkJsonShape(file2, text5);
  let data2;
  try {
    data2 = JSON.parse(text5);
  } catch (err) {
    const errors = [];
    parseJsonc(text5, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const line = first ? text5.slice(0, first.offset).split("\n").length : void 0;
    const reason = first ? printParseErrorCode(first.error) : err.message.replace(/, "[\s\S]*" is not valid JSON$/, "");
    throw new InputError(`invalid JSON: ${reason}`, file2, line);
  }
  return data2;
}
var YAML_SCHEMA = CORE_SCHEMA.withTags(mergeTag);
function parseYaml(file2, text5) {
  let data2;
  try {
    data2 = load(text5, { filename: file2, maxDepth: LIMITS.maxDepth, schema: YAML_SCHEMA, maxTotalMergeKeys: LIMITS.maxMergeKeys });
  } catch (err) {
    if (err instanceof YAMLException) {
      const line = err.mark ? err.mark.line + 1 : secondDocumentLine(text5);
      if (/maxTotalMergeKeys/.test(err.reason))
        throw new InputError(`YAML merge keys copy more than ${LIMITS.maxMergeKeys.toLocaleString("en")} keys (merge bomb?)`, file2, line);
      throw new InputError(`invalid YAML: ${err.reason}`, file2, line);
    }
    throw new InputError(`invalid YAML: ${err.message}`, file2);
  }
  if (text5.includes("*")) checkExpansion(file2, data2);
  return data2;
}
function secondDocumentLine(text5) {
  const lines = text5.split("\n");
  const markers = lines.flatMap((l, i) => /^---(\s|$)/.test(l) ? [i] : []);
  const opening = lines.findIndex((l) => l.trim() !== "" && !l.trimStart().startsWith("#") && !l.startsWith("%"));
  const at4 = markers[0] === opening ? markers[1] : markers[0];
  return at4 === void 0 ? void 0 : at4 + 1;
}
function checkExpansion(file2, data2) {
  const size = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  const count = (value) => {
    if (value === null || typeof value !== "object") return 1;
    const known = size.get(value);
    if (known !== void 0) return known;
    if (visiting.has(value)) throw new InputError("recursive YAML alias (a node contains itself)", file2);
    visiting.add(value);
    let total = 1;
    for (const child of Object.values(value)) {
      total += count(child);
      if (total > LIMITS.maxExpandedNodes) {
        throw new InputError(`YAML aliases expand to more than ${LIMITS.maxExpandedNodes.toLocaleString("en")} nodes (alias bomb?)`, file2);
      }
    }
    visiting.delete(value);
    size.set(value, total);
    return total;
  };
  count(data2);
}
function checkJsonShape(file2, text5) {
  const lineAt = (i) => text5.slice(0, i).split("\n").length;
  const duplicate = (start, end) => new InputError(`duplicate key "${text5.slice(start, end)}" in one object`, file2, lineAt(start - 1));
  const open = [];
  const sets = [];
  let from = new Int32Array(256);
  let to = new Int32Array(256);
  let top = 0;
  const next = /["[\]{}]/g;
  for (let m = next.exec(text5); m; m = next.exec(text5)) {
    let i = m.index;
    const c = text5.charCodeAt(i);
    if (c === 34) {
      const start = i + 1;
      for (i = text5.indexOf('"', start); i >= 0; i = text5.indexOf('"', i + 1)) {
        let b = i - 1;
        while (text5.charCodeAt(b) === 92) b--;
        if ((i - 1 - b) % 2 === 0) break;
      }
      if (i < 0) i = text5.length;
      next.lastIndex = i + 1;
      const depth = open.length;
      if (!depth || open[depth - 1] < 0) continue;
      let k = i + 1;
      while (k < text5.length && (text5.charCodeAt(k) === 32 || text5.charCodeAt(k) === 10 || text5.charCodeAt(k) === 13 || text5.charCodeAt(k) === 9))
        k++;
      if (text5.charCodeAt(k) !== 58) continue;
      const set = sets[depth - 1];
      if (set) {
        const key3 = text5.slice(start, i);
        if (set.has(key3)) throw duplicate(start, i);
        set.add(key3);
        continue;
      }
      const base = open[depth - 1];
      for (let j = base; j < top; j++) if (sameSpan(text5, from[j], to[j], start, i)) throw duplicate(start, i);
      if (top - base === SMALL_OBJECT) {
        const keys = /* @__PURE__ */ new Set([text5.slice(start, i)]);
        for (let j = base; j < top; j++) keys.add(text5.slice(from[j], to[j]));
        sets[depth - 1] = keys;
        top = base;
        continue;
      }
      if (top === from.length) {
        from = grown(from);
        to = grown(to);
      }
      from[top] = start;
      to[top++] = i;
    } else if (c === 91 || c === 123) {
      open.push(c === 123 ? top : -1);
      sets.push(void 0);
      if (open.length > LIMITS.maxDepth) throw new InputError(`nesting deeper than ${LIMITS.maxDepth} levels`, file2, lineAt(i));
    } else if (c === 93 || c === 125) {
      const base = open.pop();
      sets.pop();
      if (base !== void 0 && base >= 0) top = base;
    }
  }
}
function grown(a) {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
var SMALL_OBJECT = 16;
function sameSpan(text5, a, aEnd, b, bEnd) {
  if (aEnd - a !== bEnd - b) return false;
  for (; a < aEnd; a++, b++) if (text5.charCodeAt(a) !== text5.charCodeAt(b)) return false;
  return true;
}

// src/core/source/tree.ts
var GIT_SYMLINK_MODE = "120000";
var MapTree = class {
  files = /* @__PURE__ */ new Map();
  constructor(files = []) {
    for (const [path, content] of files) this.set(path, content);
  }
  set(path, content) {
    this.files.set(path, typeof content === "string" ? new TextEncoder().encode(content) : content);
  }
  paths() {
    return [...this.files.keys()].sort();
  }
  read(path) {
    return this.files.get(path);
  }
};
var MAX_REF_CHAIN = 300;
var Documents = class _Documents {
  constructor(tree) {
    this.tree = tree;
  }
  tree;
  cache = /* @__PURE__ */ new Map();
  /** `file\0target` → the file a `$ref` there names (targetFile). */
  targets = /* @__PURE__ */ new Map();
  idIndex;
  /** The other side of a diff (see `pair`). */
  peer;
  /** The baseline of a diff, at the head: whose files keep the `$id`s they held there (see `byId`). */
  baseline;
  /**
   * Why a path is not in the tree, when the tree is a part of a repository (a check reads its contracts only): said
   * where a `$ref` names it. A `$ref` from `contracts/` to `../shared/x.json` read "not found", though the file was there.
   */
  unreadBecause;
  /**
   * The documents of a diff's two sides: a file with the same path and bytes on both (most of a large tree) is
   * parsed once, its parse shared. Parsed documents are never edited, so sharing one changes no answer.
   */
  static pair(base, head) {
    const [b, h] = [new _Documents(base), new _Documents(head)];
    [b.peer, h.peer] = [h, b];
    h.baseline = b;
    return { base: b, head: h };
  }
  /** This side's parse of `file`, if it has one and its bytes are `bytes`. */
  parsedAs(file2, bytes) {
    const entry = this.cache.get(file2);
    const mine = entry && this.tree.read(file2);
    return mine && (mine === bytes || Buffer.from(mine.buffer, mine.byteOffset, mine.byteLength).equals(bytes)) ? entry : void 0;
  }
  has(file2) {
    return this.tree.read(file2) !== void 0;
  }
  /** Parse a YAML/JSON file; throws (the same) InputError on every call for a bad file. */
  get(file2) {
    let entry = this.cache.get(file2);
    if (!entry) {
      const meta = file2.startsWith("/") ? metaSchemaText(file2) : void 0;
      const bytes = meta !== void 0 ? Buffer.from(meta) : this.tree.read(file2);
      entry = bytes && this.peer?.parsedAs(file2, bytes) || this.parse(file2, bytes);
      this.cache.set(file2, entry);
    }
    if (entry instanceof InputError) throw entry;
    return entry;
  }
  parse(file2, bytes) {
    const format = formatOf(file2);
    try {
      if (!bytes) throw new InputError("file not found", file2);
      if (!format) throw new InputError("not a YAML or JSON file", file2);
      return parseText(file2, decodeText(file2, bytes), format);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      return err;
    }
  }
  /** Follow one `$ref` written at `from`. Remote targets are never fetched; leaving the root is refused. */
  resolveRef(from, ref) {
    const hash = ref.indexOf("#");
    const target = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? "" : ref.slice(hash + 1);
    const file2 = target ? this.targetFile(from, ref, target) : from.file;
    if (fragment && !fragment.startsWith("/")) throw this.refError(from, `$ref ${ref}: plain-name fragments are not supported`);
    const doc = this.get(file2);
    let node = doc.data;
    for (const token of pointerTokens(fragment)) {
      if (node === null || typeof node !== "object" || !(token in node)) {
        throw this.refError(from, `$ref target ${ref} not found (${file2} has no ${fragment})`);
      }
      node = node[token];
    }
    return { loc: { file: file2, pointer: pointerJoin("", ...pointerTokens(fragment)) }, node };
  }
  /**
   * The file a `$ref`'s target (the part before `#`) names, looked up as JSON Schema says and real trees need: relative
   * to the file's location first, then against the file's `$id` through the `$id`s of the tree's own files.
   */
  targetFile(from, ref, target) {
    const key3 = `${from.file}\0${target}`;
    let found2 = this.targets.get(key3);
    if (found2 === void 0) this.targets.set(key3, found2 = this.findTarget(from, ref, target));
    return found2;
  }
  findTarget(from, ref, target) {
    const scheme = /^[a-z][a-z0-9+.-]*:/i.test(target);
    if (scheme || target.startsWith("//")) {
      const viaId2 = scheme ? this.byId(target) : this.byId(`https:${target}`) ?? this.byId(`http:${target}`);
      if (!viaId2)
        throw this.refError(from, `remote $ref ${ref} is not fetched (contract-guard never uses the network); vendor it into the tree`);
      return viaId2;
    }
    const joined = posix.normalize(posix.join(posix.dirname(from.file), safeDecode(target)));
    const inside = !(joined.startsWith("../") || joined === ".." || posix.isAbsolute(joined));
    const viaId = this.baseUri(from.file) ? this.byIdRelative(from.file, target) : void 0;
    if (inside && this.has(joined)) {
      if (viaId && viaId !== joined) {
        if (this.baseline && !this.baseline.has(joined) && this.baseline.resolvesTo(from, ref, target) === viaId) {
          this.note(
            `${from.file}: $ref ${target} resolves to ${joined} by location but to ${viaId} through $id, as on the base branch; using ${viaId}`
          );
          return viaId;
        }
        this.note(`${from.file}: $ref ${target} resolves to ${joined} by location but to ${viaId} through $id; using ${joined}`);
      }
      return joined;
    }
    if (viaId) return viaId;
    if (!inside) throw this.refError(from, `$ref ${ref} leaves the repository root`);
    const because = this.unreadBecause?.(joined);
    throw this.refError(
      from,
      `$ref target ${ref} not found (no ${joined}${this.baseUri(from.file) ? ", and no file in the tree has that $id" : ""}${because ? `: ${because}` : ""})`
    );
  }
  /** The file a `$ref` resolves to on this side, if it resolves. */
  resolvesTo(from, ref, target) {
    try {
      return this.targetFile(from, ref, target);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      return void 0;
    }
  }
  /** What resolving refs learnt that a reader should know (e.g. location and `$id` disagree). */
  notes = [];
  note(text5) {
    if (!this.notes.includes(text5)) this.notes.push(text5);
  }
  /** Follow a chain of pure `$ref` objects to the first real node; a chain that loops is an error. */
  deref(loc, node) {
    const seen = /* @__PURE__ */ new Set();
    let current = { loc, node };
    while (isRefObject(current.node)) {
      const key3 = `${current.loc.file}#${current.loc.pointer}`;
      if (seen.has(key3)) throw this.refError(current.loc, `cyclic $ref: ${[...seen].join(" -> ")} -> ${key3}`);
      if (seen.size >= MAX_REF_CHAIN) throw this.refError(loc, `a chain of more than ${MAX_REF_CHAIN} $refs, each to the next`);
      seen.add(key3);
      current = this.resolveRef(current.loc, current.node.$ref);
    }
    return current;
  }
  lineOf(loc) {
    try {
      return this.get(loc.file).positions.locate(loc.pointer)?.line;
    } catch {
      return void 0;
    }
  }
  refError(at4, message) {
    return new InputError(message, at4.file, this.lineOf(at4));
  }
  /** The top-level `$id` of a file (draft-04's and draft-03's `id`), its base URI for relative `$ref`s. */
  baseUri(file2) {
    try {
      const id = ownId(this.get(file2).data);
      return id !== void 0 && /^[a-z][a-z0-9+.-]*:/i.test(id) ? id : void 0;
    } catch {
      return void 0;
    }
  }
  /** A target resolved against the file's `$id` (or absolute already), found among the tree's own `$id`s. */
  byIdRelative(file2, target) {
    let uri;
    try {
      uri = new URL(target, this.baseUri(file2)).href;
    } catch {
      return void 0;
    }
    return this.byId(uri);
  }
  /** `$id` of top-level JSON Schemas, so `$ref`s by URI to schemas in the tree resolve locally. */
  byId(uri) {
    return this.ids().get(idKey(uri)) ?? metaSchemaPath(uri);
  }
  /** `$id` → the file that holds it: the first in path order, unless the baseline's holder still holds it. */
  ids() {
    if (this.idIndex) return this.idIndex;
    const index = this.idIndex = /* @__PURE__ */ new Map();
    for (const [key3, path] of this.baseline?.ids() ?? [])
      if (this.has(path) && idKey(this.baseUri(path) ?? "") === key3) index.set(key3, path);
    for (const path of this.tree.paths()) {
      const bytes = Buffer.from(this.tree.read(path) ?? []);
      if (!/\.(json|ya?ml)$/i.test(path) || !(bytes.includes("$id") || bytes.includes("draft-04") || bytes.includes("draft-03"))) continue;
      const id = this.baseUri(path);
      if (!id) continue;
      const holder = index.get(idKey(id));
      if (!holder) index.set(idKey(id), path);
      else if (holder !== path)
        this.note(`${path} has the $id of ${holder} (${id}): $refs to it resolve to ${holder}; give one of them an $id of its own`);
    }
    return index;
  }
};
function ownId(schema2) {
  if (schema2 === null || typeof schema2 !== "object") return void 0;
  const s = schema2;
  const id = s.$id !== void 0 ? s.$id : typeof s.$schema === "string" && /draft-0[34]\b/.test(s.$schema) ? s.id : void 0;
  return typeof id === "string" ? id.replace(/#$/, "") : void 0;
}
function idKey(uri) {
  return uri.replace(/#$/, "");
}
function safeDecode(s) {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
function isRefObject(node) {
  return node !== null && typeof node === "object" && typeof node.$ref === "string";
}
function filterTree(tree, keep) {
  return { paths: () => tree.paths().filter(keep), read: (p) => keep(p) ? tree.read(p) : void 0 };
}
function overlayTree(layers) {
  const layerOf = (p) => layers.find((l) => l.owns(p));
  return {
    paths: () => [...new Set(layers.flatMap((l) => l.tree.paths().filter((p) => layerOf(p) === l)))].sort(),
    read: (p) => layerOf(p)?.tree.read(p)
  };
}
function mergedTree(tip, head, fork) {
  const same2 = (a, b) => a && b ? Buffer.from(a).equals(b) : a === b;
  const merged = new MapTree();
  const bothChanged = [];
  for (const p of [.../* @__PURE__ */ new Set([...tip.paths(), ...head.paths(), ...fork.paths()])].sort()) {
    const [atTip, atHead, atFork] = [tip.read(p), head.read(p), fork.read(p)];
    const untouched = same2(atHead, atFork);
    if (!untouched && !same2(atTip, atFork) && !same2(atTip, atHead)) bothChanged.push(p);
    const bytes = untouched ? atTip : atHead;
    if (bytes !== void 0) merged.set(p, bytes);
  }
  return { tree: merged, bothChanged };
}

// src/adapters/git-tree.ts
function git(dir) {
  return simpleGit({ baseDir: dir, trimmed: false });
}
async function repoTop(dir) {
  try {
    return (await git(dir).revparse(["--show-toplevel"])).trim();
  } catch {
    throw new InputError("not inside a git repository (check needs one; use `contract-guard diff` for two folders)", dir);
  }
}
function spellings(ref) {
  if (ref.startsWith("refs/") || /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref) || !/^[\w./-]+$/.test(ref)) return [ref];
  return [`refs/heads/${ref}`, `refs/remotes/${ref}`, ref];
}
function commitOrUnknown(ref, sha) {
  if (!sha || !/^[0-9a-f]{40,64}$/.test(sha)) throw new InputError(`unknown git ref '${ref}' (in a shallow clone, fetch it first)`);
  return sha;
}
var GitObjects = class {
  constructor(dir) {
    this.dir = dir;
    this.objects = new CatFile(dir);
  }
  dir;
  objects;
  commits = /* @__PURE__ */ new Map();
  listings = /* @__PURE__ */ new Map();
  sizes = /* @__PURE__ */ new Map();
  blobs = /* @__PURE__ */ new Map();
  promisor;
  /** Objects a partial clone lacks, per commit set listed by `rev-list --missing=print`, less what was fetched since. */
  missing;
  prefetching = Promise.resolve();
  /** Ends the git process this view reads through (resolved once it has exited). */
  close() {
    return this.objects.close();
  }
  /** The id of the git process this view reads through, while one runs. */
  get readerPid() {
    return this.objects.pid;
  }
  /** The commit a ref names, resolved once in this view (a judgement sees one state of its refs). */
  commit(ref) {
    let known = this.commits.get(ref);
    if (!known) {
      known = this.objects.info(spellings(ref).map((r) => `${r}^{commit}`)).then((infos) => commitOrUnknown(ref, infos.find((info) => info?.type === "commit")?.sha));
      known.then(
        (sha) => this.commits.has(sha) || this.commits.set(sha, Promise.resolve(sha)),
        () => this.commits.delete(ref)
      );
      this.commits.set(ref, known);
    }
    return known;
  }
  /** Sizes of blobs this clone may lack: one over the size limit is then left out of prefetches and never read. */
  knowSizes(sizes) {
    for (const [sha, size] of sizes) this.sizes.set(sha, size);
  }
  /** Known to be over the size limit: never fetched or read whole. */
  oversized(sha) {
    return (this.sizes.get(sha) ?? 0) > LIMITS.maxFileBytes;
  }
  /** Take `sha` as what `ref` names in this view, without asking git. */
  knowRef(ref, sha) {
    this.commits.set(ref, Promise.resolve(sha));
  }
  /** Every blob of a commit by path (submodules are not contracts). No `--long`: in a partial clone the sizes would fetch every blob. */
  listing(commit) {
    let known = this.listings.get(commit);
    if (!known) {
      known = git(this.dir).raw(["ls-tree", "-r", "-z", "--full-tree", commit]).then((out) => {
        const byPath2 = /* @__PURE__ */ new Map();
        for (const record of out.split("\0")) {
          const tab = record.indexOf("	");
          if (tab < 0) continue;
          const [mode, type, sha] = record.slice(0, tab).split(/\s+/);
          if (type === "blob" && mode !== GIT_SYMLINK_MODE) byPath2.set(record.slice(tab + 1), sha);
        }
        return byPath2;
      });
      this.listings.set(commit, known);
    }
    return known;
  }
  /** The blobs under `prefix` ('' for all) at `commit` that `keep` selects. */
  async list(commit, prefix, keep = () => true) {
    const under = prefix.replace(/\/+$/, "");
    const out = [];
    for (const [path, sha] of await this.listing(await this.commit(commit)))
      if ((!under || path === under || path.startsWith(`${under}/`)) && keep(path)) out.push({ sha, path });
    return out;
  }
  /**
   * In a partial clone (the App's), fetch the blobs not here yet in one request: left to git, each would be fetched
   * on its own as it is read. Commits named here are asked about once: later reads of them need no `rev-list`.
   */
  prefetch(commits, shas) {
    const next = this.prefetching.then(() => this.prefetchNow(commits, shas));
    this.prefetching = next.catch(() => void 0);
    return next;
  }
  async prefetchNow(commits, shas) {
    if (!shas.length) return;
    this.promisor ??= git(this.dir).raw(["config", "--get", "remote.origin.promisor"]).then((v) => v.trim() === "true").catch(() => false);
    if (!await this.promisor) return;
    const resolved = await Promise.all(commits.map((c) => this.commit(c)));
    if (!this.missing || resolved.some((c) => !this.missing.commits.has(c))) {
      const listed2 = await git(this.dir).raw(["rev-list", "--objects", "--missing=print", "--no-object-names", "--no-walk", ...resolved]);
      const absent = listed2.split("\n").filter((l) => l.startsWith("?")).map((l) => l.slice(1));
      this.missing = {
        commits: /* @__PURE__ */ new Set([...this.missing?.commits ?? [], ...resolved]),
        shas: /* @__PURE__ */ new Set([...this.missing?.shas ?? [], ...absent])
      };
    }
    const wanted = [...new Set(shas)].filter((s) => this.missing.shas.has(s) && !this.sizes.has(s));
    if (!wanted.length) return;
    await gitWithInput(
      this.dir,
      [
        "-c",
        "fetch.negotiationAlgorithm=noop",
        "fetch",
        "--quiet",
        "--no-tags",
        "--no-write-fetch-head",
        "--filter=blob:none",
        "--stdin",
        "origin"
      ],
      wanted
    );
    for (const s of wanted) this.missing.shas.delete(s);
  }
  /** Sizes of objects already here, so an oversized one is never read whole. */
  async sizesOf(shas) {
    const unknown = [...new Set(shas)].filter((s) => !this.sizes.has(s));
    const infos = await this.objects.info(unknown);
    unknown.forEach((sha, i) => infos[i]?.type === "blob" && this.sizes.set(sha, infos[i].size));
    return new Map(shas.map((s) => [s, this.sizes.get(s) ?? 0]));
  }
  /** Blob contents, each read once. */
  async read(shas) {
    const unknown = [...new Set(shas)].filter((s) => !this.blobs.has(s));
    const contents = await this.objects.contents(unknown);
    unknown.forEach((sha, i) => contents[i] && this.blobs.set(sha, contents[i]));
    return new Map(shas.map((s) => [s, this.blobs.get(s)]));
  }
  /** Every file under `prefix` ('' for all) at `commit`; `keep` narrows it. An oversized blob is stood in for by a marker of its size. */
  async tree(commit, prefix, keep) {
    const listed2 = await this.list(commit, prefix, keep);
    const shas = listed2.map((e) => e.sha);
    await this.prefetch([commit], shas);
    const sizes = await this.sizesOf(shas);
    const budget = new TreeBudget();
    const markers = new Map(listed2.map((e) => [e.path, withheld(sizes.get(e.sha), () => e.sha, budget)]));
    const blobs = await this.read(listed2.filter((e) => !markers.get(e.path)).map((e) => e.sha));
    const tree = new MapTree();
    for (const e of listed2) tree.set(e.path, markers.get(e.path) ?? blobs.get(e.sha) ?? new Uint8Array(0));
    return tree;
  }
  /** One file's bytes at a ref, undefined when the commit has no such file. */
  async file(ref, path) {
    const sha = (await this.listing(await this.commit(ref))).get(path);
    if (!sha) return void 0;
    if (this.oversized(sha)) throw overSizeLimit(path, this.sizes.get(sha));
    await this.prefetch([ref], [sha]);
    return (await this.read([sha])).get(sha);
  }
};
function gitWithInput(dir, args, lines) {
  return new Promise((resolve3, reject) => {
    const child = spawn2("git", args, { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
    const chunks = [];
    let stderr = "";
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => stderr += c.toString());
    child.on("error", reject);
    child.on(
      "close",
      (code) => code === 0 ? resolve3(Buffer.concat(chunks)) : reject(new Error(`git ${args.find((a, i) => !a.startsWith("-") && args[i - 1] !== "-c")} failed: ${stderr.trim()}`))
    );
    child.stdin.end(lines.join("\n") + "\n");
  });
}

// src/adapters/git-source.ts
var MAX_PATHSPEC_CHARS = 1e5;
var GitSource = class {
  constructor(top) {
    this.top = top;
    this.objects = new GitObjects(top);
  }
  top;
  note = "";
  objects;
  bases = /* @__PURE__ */ new Map();
  commit(ref) {
    return this.objects.commit(ref);
  }
  /** Ends the git process the view reads through: call it when the judgement is done. */
  close() {
    return this.objects.close();
  }
  /** The id of the git process the view reads through, while one runs. */
  get readerPid() {
    return this.objects.readerPid;
  }
  tree(commit, under, keep) {
    return this.objects.tree(commit, under, keep);
  }
  /**
   * Bring the files of several commits under `under` (that `keep` selects) into a partial clone in one fetch, before
   * they are read, whatever their number; nothing when the clone's own fetch brought them (the App's planned fetch).
   */
  async prefetch(commits, under, keep) {
    const listed2 = await Promise.all(commits.map((c) => this.objects.list(c, under, keep)));
    await this.objects.prefetch(
      commits,
      listed2.flat().map((e) => e.sha)
    );
  }
  /** Does `ref` hold files under `folder`? False for a ref that names nothing. */
  async holds(ref, folder) {
    try {
      return (await this.objects.list(ref, folder)).length > 0;
    } catch (err) {
      if (err instanceof InputError) return false;
      throw err;
    }
  }
  async file(ref, path) {
    try {
      const bytes = await this.objects.file(ref, path);
      return bytes && Buffer.from(bytes).toString("utf8");
    } catch (err) {
      if (err instanceof OverSizeLimit) throw err;
      return void 0;
    }
  }
  /** What the host said a ref names now, whatever the clone's copy of it says (or lacks). */
  knowRef(ref, sha) {
    this.objects.knowRef(ref, sha);
  }
  /** Blob sizes the host listed; a blob over the size limit among them is never fetched or read. */
  knowSizes(sizes) {
    this.objects.knowSizes(sizes);
  }
  /** What the host said is the merge base of two commits, for a clone too shallow to find it. */
  knowMergeBase(a, b, base) {
    this.bases.set([a, b].sort().join("\0"), Promise.resolve(base));
  }
  /** Asked once per pair of commits, however their refs are spelled (`origin/main`, `refs/remotes/origin/main`). */
  async mergeBase(a, b) {
    const [ca, cb] = await Promise.all([this.commit(a), this.commit(b)]);
    if (ca === cb) return ca;
    const key3 = [ca, cb].sort().join("\0");
    let known = this.bases.get(key3);
    if (!known) {
      known = git(this.top).raw(["merge-base", ca, cb]).then((out) => {
        const base = out.trim();
        if (!/^[0-9a-f]{40,64}$/.test(base))
          throw new InputError(`${a} and ${b} have no common history here (in a shallow clone, fetch more of it)`);
        return base;
      });
      known.catch(() => this.bases.delete(key3));
      this.bases.set(key3, known);
    }
    return known;
  }
  /** `git diff` with GitHub's three lines of context: every head line inside a hunk can carry a review comment. */
  async diffLines(base, head, paths) {
    if (paths && !paths.length) return /* @__PURE__ */ new Map();
    const narrowed2 = paths && paths.join("").length <= MAX_PATHSPEC_CHARS ? ["--", ...paths] : [];
    const args = ["--literal-pathspecs", "diff", "--unified=3", "--no-color", "--no-ext-diff", "--no-renames", base, head, ...narrowed2];
    return diffLines(await git(this.top).raw(args));
  }
  async changedPaths(base, head) {
    const out = await git(this.top).raw(["diff", "--name-only", "-z", "--no-renames", base, head]);
    return out.split("\0").filter(Boolean);
  }
  /** Every tag, listed once per view: a check asks for module tags and release tags alike. */
  allTags;
  async tags(prefix) {
    this.allTags ??= git(this.top).raw(["tag", "--list"]).then(
      (out) => out.split("\n").map((t) => t.trim()).filter(Boolean)
    );
    return (await this.allTags).filter((t) => t.startsWith(prefix));
  }
};
async function withGitSource(top, run) {
  const source = new GitSource(top);
  try {
    return await run(source);
  } finally {
    await source.close();
  }
}

// src/core/policy/config.ts
import { closest } from "fastest-levenshtein";

// src/core/validators.generated.ts
var validators_generated_exports = {};
__export(validators_generated_exports, {
  validateConfig: () => validateConfig,
  validateFreeze: () => validateFreeze,
  validateIndex: () => validateIndex
});
import runtime0 from "ajv/dist/runtime/ucs2length.js";
var validateConfig = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "contract-guard configuration", "type": "object", "additionalProperties": false, "properties": { "contracts": { "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "units": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "files", "version"], "properties": { "name": { "type": "string", "minLength": 1 }, "files": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "version": { "type": "object", "additionalProperties": false, "required": ["file"], "properties": { "file": { "type": "string", "minLength": 1 }, "key": { "type": "string", "minLength": 1 } } } } } }, "modules": { "type": "object", "additionalProperties": false, "properties": { "root": { "type": "string", "minLength": 1 }, "globals_versions": { "type": "string", "minLength": 1 } } }, "roles": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["glob", "role"], "properties": { "glob": { "type": "string", "minLength": 1 }, "role": { "enum": ["request", "response", "event", "storage"] } } } }, "compatibility": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["mode"], "minProperties": 2, "properties": { "files": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "unit": { "type": "string", "minLength": 1 }, "mode": { "enum": ["backward", "forward", "full", "none", "backward_transitive", "forward_transitive", "full_transitive"] } } } }, "events": { "type": "object", "additionalProperties": false, "properties": { "breaking": { "enum": ["new-channel", "bump"] } } }, "invariants": { "type": "array", "items": { "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["id", "file", "keep"], "properties": { "id": { "type": "string", "minLength": 1 }, "file": { "type": "string", "minLength": 1 }, "pointer": { "type": "string" }, "keep": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 } } }, { "type": "object", "additionalProperties": false, "required": ["id", "paths", "forbid"], "properties": { "id": { "type": "string", "minLength": 1 }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "forbid": { "type": "string", "minLength": 1 } } }, { "type": "object", "additionalProperties": false, "required": ["id", "paths", "require"], "properties": { "id": { "type": "string", "minLength": 1 }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "require": { "type": "string", "minLength": 1 } } }, { "type": "object", "additionalProperties": false, "required": ["id", "paths", "on_change"], "properties": { "id": { "type": "string", "minLength": 1 }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "on_change": { "type": "string", "minLength": 1 } } }] } }, "council": { "type": "object", "additionalProperties": false, "properties": { "teams": { "type": "array", "items": { "type": "string", "pattern": "^[^/\\s]+/[^/\\s]+$" } }, "users": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "approvals": { "type": "integer", "minimum": 1 } } }, "versioning": { "type": "object", "additionalProperties": false, "properties": { "zero_major": { "enum": ["minor", "major"] }, "deprecation_releases": { "type": "integer", "minimum": 0 }, "changelog": { "type": "string", "minLength": 1 }, "migrations": { "type": "string", "minLength": 1 } } }, "rules": { "type": "object", "additionalProperties": { "enum": ["off", "patch", "minor", "major", "warn", "block"] } }, "freeze": { "type": "object", "additionalProperties": false, "properties": { "on_merge": { "enum": ["tag", "commit", "off"] } } }, "files": { "type": "object", "additionalProperties": false, "properties": { "contracts": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "ignore": { "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "judgement": { "enum": ["policy", "strict"] }, "preset": { "enum": ["none", "memoryos"] }, "review": { "type": "object", "additionalProperties": false, "properties": { "max_inline": { "type": "integer", "minimum": 0 } } }, "hotfix": { "type": "object", "additionalProperties": false, "properties": { "label": { "type": "string", "minLength": 1 } } }, "spectral": { "type": "object", "additionalProperties": false, "properties": { "ruleset": { "type": "string", "minLength": 1 } } }, "ignore": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "reason"], "properties": { "rule": { "type": "string", "minLength": 1 }, "file": { "type": "string", "minLength": 1 }, "pointer": { "type": "string" }, "reason": { "type": "string", "minLength": 1 }, "until": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = runtime0.default;
var pattern0 = new RegExp("^[^/\\s]+/[^/\\s]+$", "u");
var pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate10(data2, { instancePath = "", parentData, parentDataProperty, rootData = data2 } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
      const _errs1 = errors;
      for (const key0 in data2) {
        if (!func2.call(schema11.properties, key0)) {
          validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data2.contracts !== void 0) {
          let data0 = data2.contracts;
          const _errs2 = errors;
          if (typeof data0 !== "string" && !Array.isArray(data0)) {
            validate10.errors = [{ instancePath: instancePath + "/contracts", schemaPath: "#/properties/contracts/type", keyword: "type", params: { type: schema11.properties.contracts.type }, message: "must be string,array" }];
            return false;
          }
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (func3(data0) < 1) {
                validate10.errors = [{ instancePath: instancePath + "/contracts", schemaPath: "#/properties/contracts/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            }
            if (errors === _errs2) {
              if (Array.isArray(data0)) {
                if (data0.length < 1) {
                  validate10.errors = [{ instancePath: instancePath + "/contracts", schemaPath: "#/properties/contracts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                  return false;
                } else {
                  var valid1 = true;
                  const len0 = data0.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    const _errs4 = errors;
                    if (errors === _errs4) {
                      if (typeof data1 === "string") {
                        if (func3(data1) < 1) {
                          validate10.errors = [{ instancePath: instancePath + "/contracts/" + i0, schemaPath: "#/properties/contracts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                          return false;
                        }
                      } else {
                        validate10.errors = [{ instancePath: instancePath + "/contracts/" + i0, schemaPath: "#/properties/contracts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid1 = _errs4 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                }
              }
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data2.units !== void 0) {
            let data22 = data2.units;
            const _errs6 = errors;
            if (errors === _errs6) {
              if (Array.isArray(data22)) {
                var valid2 = true;
                const len1 = data22.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data3 = data22[i1];
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                      let missing0;
                      if (data3.name === void 0 && (missing0 = "name") || data3.files === void 0 && (missing0 = "files") || data3.version === void 0 && (missing0 = "version")) {
                        validate10.errors = [{ instancePath: instancePath + "/units/" + i1, schemaPath: "#/properties/units/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                        return false;
                      } else {
                        const _errs10 = errors;
                        for (const key1 in data3) {
                          if (!(key1 === "name" || key1 === "files" || key1 === "version")) {
                            validate10.errors = [{ instancePath: instancePath + "/units/" + i1, schemaPath: "#/properties/units/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs10 === errors) {
                          if (data3.name !== void 0) {
                            let data4 = data3.name;
                            const _errs11 = errors;
                            if (errors === _errs11) {
                              if (typeof data4 === "string") {
                                if (func3(data4) < 1) {
                                  validate10.errors = [{ instancePath: instancePath + "/units/" + i1 + "/name", schemaPath: "#/properties/units/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                  return false;
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/units/" + i1 + "/name", schemaPath: "#/properties/units/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                            var valid3 = _errs11 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data3.files !== void 0) {
                              let data5 = data3.files;
                              const _errs13 = errors;
                              if (errors === _errs13) {
                                if (Array.isArray(data5)) {
                                  if (data5.length < 1) {
                                    validate10.errors = [{ instancePath: instancePath + "/units/" + i1 + "/files", schemaPath: "#/properties/units/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                    return false;
                                  } else {
                                    var valid4 = true;
                                    const len2 = data5.length;
                                    for (let i2 = 0; i2 < len2; i2++) {
                                      let data6 = data5[i2];
                                      const _errs15 = errors;
                                      if (errors === _errs15) {
                                        if (typeof data6 === "string") {
                                          if (func3(data6) < 1) {
                                            validate10.errors = [{ instancePath: instancePath + "/units/" + i1 + "/files/" + i2, schemaPath: "#/properties/units/items/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/units/" + i1 + "/files/" + i2, schemaPath: "#/properties/units/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid4 = _errs15 === errors;
                                      if (!valid4) {
                                        break;
                                      }
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/units/" + i1 + "/files", schemaPath: "#/properties/units/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid3 = _errs13 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data3.version !== void 0) {
                                let data7 = data3.version;
                                const _errs17 = errors;
                                if (errors === _errs17) {
                                  if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                    let missing1;
                                    if (data7.file === void 0 && (missing1 = "file")) {
                                      validate10.errors = [{ instancePath: instancePath + "/units/" + i1 + "/version", schemaPath: "#/properties/units/items/properties/version/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                      return false;
                                    } else {
                                      const _errs19 = errors;
                                      for (const key22 in data7) {
                                        if (!(key22 === "file" || key22 === "key")) {
                                          validate10.errors = [{ instancePath: instancePath + "/units/" + i1 + "/version", schemaPath: "#/properties/units/items/properties/version/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" }];
                                          return false;
                                          break;
                                        }
                                      }
                                      if (_errs19 === errors) {
                                        if (data7.file !== void 0) {
                                          let data8 = data7.file;
                                          const _errs20 = errors;
                                          if (errors === _errs20) {
                                            if (typeof data8 === "string") {
                                              if (func3(data8) < 1) {
                                                validate10.errors = [{ instancePath: instancePath + "/units/" + i1 + "/version/file", schemaPath: "#/properties/units/items/properties/version/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                return false;
                                              }
                                            } else {
                                              validate10.errors = [{ instancePath: instancePath + "/units/" + i1 + "/version/file", schemaPath: "#/properties/units/items/properties/version/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid5 = _errs20 === errors;
                                        } else {
                                          var valid5 = true;
                                        }
                                        if (valid5) {
                                          if (data7.key !== void 0) {
                                            let data9 = data7.key;
                                            const _errs22 = errors;
                                            if (errors === _errs22) {
                                              if (typeof data9 === "string") {
                                                if (func3(data9) < 1) {
                                                  validate10.errors = [{ instancePath: instancePath + "/units/" + i1 + "/version/key", schemaPath: "#/properties/units/items/properties/version/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                  return false;
                                                }
                                              } else {
                                                validate10.errors = [{ instancePath: instancePath + "/units/" + i1 + "/version/key", schemaPath: "#/properties/units/items/properties/version/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid5 = _errs22 === errors;
                                          } else {
                                            var valid5 = true;
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/units/" + i1 + "/version", schemaPath: "#/properties/units/items/properties/version/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid3 = _errs17 === errors;
                              } else {
                                var valid3 = true;
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/units/" + i1, schemaPath: "#/properties/units/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid2 = _errs8 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              } else {
                validate10.errors = [{ instancePath: instancePath + "/units", schemaPath: "#/properties/units/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs6 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data2.modules !== void 0) {
              let data10 = data2.modules;
              const _errs24 = errors;
              if (errors === _errs24) {
                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                  const _errs26 = errors;
                  for (const key3 in data10) {
                    if (!(key3 === "root" || key3 === "globals_versions")) {
                      validate10.errors = [{ instancePath: instancePath + "/modules", schemaPath: "#/properties/modules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                      return false;
                      break;
                    }
                  }
                  if (_errs26 === errors) {
                    if (data10.root !== void 0) {
                      let data11 = data10.root;
                      const _errs27 = errors;
                      if (errors === _errs27) {
                        if (typeof data11 === "string") {
                          if (func3(data11) < 1) {
                            validate10.errors = [{ instancePath: instancePath + "/modules/root", schemaPath: "#/properties/modules/properties/root/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/modules/root", schemaPath: "#/properties/modules/properties/root/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid6 = _errs27 === errors;
                    } else {
                      var valid6 = true;
                    }
                    if (valid6) {
                      if (data10.globals_versions !== void 0) {
                        let data12 = data10.globals_versions;
                        const _errs29 = errors;
                        if (errors === _errs29) {
                          if (typeof data12 === "string") {
                            if (func3(data12) < 1) {
                              validate10.errors = [{ instancePath: instancePath + "/modules/globals_versions", schemaPath: "#/properties/modules/properties/globals_versions/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                              return false;
                            }
                          } else {
                            validate10.errors = [{ instancePath: instancePath + "/modules/globals_versions", schemaPath: "#/properties/modules/properties/globals_versions/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid6 = _errs29 === errors;
                      } else {
                        var valid6 = true;
                      }
                    }
                  }
                } else {
                  validate10.errors = [{ instancePath: instancePath + "/modules", schemaPath: "#/properties/modules/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs24 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data2.roles !== void 0) {
                let data13 = data2.roles;
                const _errs31 = errors;
                if (errors === _errs31) {
                  if (Array.isArray(data13)) {
                    var valid7 = true;
                    const len3 = data13.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data14 = data13[i3];
                      const _errs33 = errors;
                      if (errors === _errs33) {
                        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                          let missing2;
                          if (data14.glob === void 0 && (missing2 = "glob") || data14.role === void 0 && (missing2 = "role")) {
                            validate10.errors = [{ instancePath: instancePath + "/roles/" + i3, schemaPath: "#/properties/roles/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                            return false;
                          } else {
                            const _errs35 = errors;
                            for (const key4 in data14) {
                              if (!(key4 === "glob" || key4 === "role")) {
                                validate10.errors = [{ instancePath: instancePath + "/roles/" + i3, schemaPath: "#/properties/roles/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs35 === errors) {
                              if (data14.glob !== void 0) {
                                let data15 = data14.glob;
                                const _errs36 = errors;
                                if (errors === _errs36) {
                                  if (typeof data15 === "string") {
                                    if (func3(data15) < 1) {
                                      validate10.errors = [{ instancePath: instancePath + "/roles/" + i3 + "/glob", schemaPath: "#/properties/roles/items/properties/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                      return false;
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/roles/" + i3 + "/glob", schemaPath: "#/properties/roles/items/properties/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid8 = _errs36 === errors;
                              } else {
                                var valid8 = true;
                              }
                              if (valid8) {
                                if (data14.role !== void 0) {
                                  let data16 = data14.role;
                                  const _errs38 = errors;
                                  if (!(data16 === "request" || data16 === "response" || data16 === "event" || data16 === "storage")) {
                                    validate10.errors = [{ instancePath: instancePath + "/roles/" + i3 + "/role", schemaPath: "#/properties/roles/items/properties/role/enum", keyword: "enum", params: { allowedValues: schema11.properties.roles.items.properties.role.enum }, message: "must be equal to one of the allowed values" }];
                                    return false;
                                  }
                                  var valid8 = _errs38 === errors;
                                } else {
                                  var valid8 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/roles/" + i3, schemaPath: "#/properties/roles/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid7 = _errs33 === errors;
                      if (!valid7) {
                        break;
                      }
                    }
                  } else {
                    validate10.errors = [{ instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs31 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data2.compatibility !== void 0) {
                  let data17 = data2.compatibility;
                  const _errs39 = errors;
                  if (errors === _errs39) {
                    if (Array.isArray(data17)) {
                      var valid9 = true;
                      const len4 = data17.length;
                      for (let i4 = 0; i4 < len4; i4++) {
                        let data18 = data17[i4];
                        const _errs41 = errors;
                        if (errors === _errs41) {
                          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                            if (Object.keys(data18).length < 2) {
                              validate10.errors = [{ instancePath: instancePath + "/compatibility/" + i4, schemaPath: "#/properties/compatibility/items/minProperties", keyword: "minProperties", params: { limit: 2 }, message: "must NOT have fewer than 2 properties" }];
                              return false;
                            } else {
                              let missing3;
                              if (data18.mode === void 0 && (missing3 = "mode")) {
                                validate10.errors = [{ instancePath: instancePath + "/compatibility/" + i4, schemaPath: "#/properties/compatibility/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                return false;
                              } else {
                                const _errs43 = errors;
                                for (const key5 in data18) {
                                  if (!(key5 === "files" || key5 === "unit" || key5 === "mode")) {
                                    validate10.errors = [{ instancePath: instancePath + "/compatibility/" + i4, schemaPath: "#/properties/compatibility/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs43 === errors) {
                                  if (data18.files !== void 0) {
                                    let data19 = data18.files;
                                    const _errs44 = errors;
                                    if (errors === _errs44) {
                                      if (Array.isArray(data19)) {
                                        if (data19.length < 1) {
                                          validate10.errors = [{ instancePath: instancePath + "/compatibility/" + i4 + "/files", schemaPath: "#/properties/compatibility/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                          return false;
                                        } else {
                                          var valid11 = true;
                                          const len5 = data19.length;
                                          for (let i5 = 0; i5 < len5; i5++) {
                                            let data20 = data19[i5];
                                            const _errs46 = errors;
                                            if (errors === _errs46) {
                                              if (typeof data20 === "string") {
                                                if (func3(data20) < 1) {
                                                  validate10.errors = [{ instancePath: instancePath + "/compatibility/" + i4 + "/files/" + i5, schemaPath: "#/properties/compatibility/items/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                  return false;
                                                }
                                              } else {
                                                validate10.errors = [{ instancePath: instancePath + "/compatibility/" + i4 + "/files/" + i5, schemaPath: "#/properties/compatibility/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid11 = _errs46 === errors;
                                            if (!valid11) {
                                              break;
                                            }
                                          }
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/compatibility/" + i4 + "/files", schemaPath: "#/properties/compatibility/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid10 = _errs44 === errors;
                                  } else {
                                    var valid10 = true;
                                  }
                                  if (valid10) {
                                    if (data18.unit !== void 0) {
                                      let data21 = data18.unit;
                                      const _errs48 = errors;
                                      if (errors === _errs48) {
                                        if (typeof data21 === "string") {
                                          if (func3(data21) < 1) {
                                            validate10.errors = [{ instancePath: instancePath + "/compatibility/" + i4 + "/unit", schemaPath: "#/properties/compatibility/items/properties/unit/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/compatibility/" + i4 + "/unit", schemaPath: "#/properties/compatibility/items/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid10 = _errs48 === errors;
                                    } else {
                                      var valid10 = true;
                                    }
                                    if (valid10) {
                                      if (data18.mode !== void 0) {
                                        let data22 = data18.mode;
                                        const _errs50 = errors;
                                        if (!(data22 === "backward" || data22 === "forward" || data22 === "full" || data22 === "none" || data22 === "backward_transitive" || data22 === "forward_transitive" || data22 === "full_transitive")) {
                                          validate10.errors = [{ instancePath: instancePath + "/compatibility/" + i4 + "/mode", schemaPath: "#/properties/compatibility/items/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.compatibility.items.properties.mode.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid10 = _errs50 === errors;
                                      } else {
                                        var valid10 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate10.errors = [{ instancePath: instancePath + "/compatibility/" + i4, schemaPath: "#/properties/compatibility/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid9 = _errs41 === errors;
                        if (!valid9) {
                          break;
                        }
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/compatibility", schemaPath: "#/properties/compatibility/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs39 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data2.events !== void 0) {
                    let data23 = data2.events;
                    const _errs51 = errors;
                    if (errors === _errs51) {
                      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                        const _errs53 = errors;
                        for (const key6 in data23) {
                          if (!(key6 === "breaking")) {
                            validate10.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/properties/events/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs53 === errors) {
                          if (data23.breaking !== void 0) {
                            let data24 = data23.breaking;
                            if (!(data24 === "new-channel" || data24 === "bump")) {
                              validate10.errors = [{ instancePath: instancePath + "/events/breaking", schemaPath: "#/properties/events/properties/breaking/enum", keyword: "enum", params: { allowedValues: schema11.properties.events.properties.breaking.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate10.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs51 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data2.invariants !== void 0) {
                      let data25 = data2.invariants;
                      const _errs55 = errors;
                      if (errors === _errs55) {
                        if (Array.isArray(data25)) {
                          var valid13 = true;
                          const len6 = data25.length;
                          for (let i6 = 0; i6 < len6; i6++) {
                            let data26 = data25[i6];
                            const _errs57 = errors;
                            const _errs58 = errors;
                            let valid14 = false;
                            let passing0 = null;
                            const _errs59 = errors;
                            if (errors === _errs59) {
                              if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                let missing4;
                                if (data26.id === void 0 && (missing4 = "id") || data26.file === void 0 && (missing4 = "file") || data26.keep === void 0 && (missing4 = "keep")) {
                                  const err0 = { instancePath: instancePath + "/invariants/" + i6, schemaPath: "#/properties/invariants/items/oneOf/0/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" };
                                  if (vErrors === null) {
                                    vErrors = [err0];
                                  } else {
                                    vErrors.push(err0);
                                  }
                                  errors++;
                                } else {
                                  const _errs61 = errors;
                                  for (const key7 in data26) {
                                    if (!(key7 === "id" || key7 === "file" || key7 === "pointer" || key7 === "keep")) {
                                      const err1 = { instancePath: instancePath + "/invariants/" + i6, schemaPath: "#/properties/invariants/items/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                                      if (vErrors === null) {
                                        vErrors = [err1];
                                      } else {
                                        vErrors.push(err1);
                                      }
                                      errors++;
                                      break;
                                    }
                                  }
                                  if (_errs61 === errors) {
                                    if (data26.id !== void 0) {
                                      let data27 = data26.id;
                                      const _errs62 = errors;
                                      if (errors === _errs62) {
                                        if (typeof data27 === "string") {
                                          if (func3(data27) < 1) {
                                            const err2 = { instancePath: instancePath + "/invariants/" + i6 + "/id", schemaPath: "#/properties/invariants/items/oneOf/0/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                            if (vErrors === null) {
                                              vErrors = [err2];
                                            } else {
                                              vErrors.push(err2);
                                            }
                                            errors++;
                                          }
                                        } else {
                                          const err3 = { instancePath: instancePath + "/invariants/" + i6 + "/id", schemaPath: "#/properties/invariants/items/oneOf/0/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                          if (vErrors === null) {
                                            vErrors = [err3];
                                          } else {
                                            vErrors.push(err3);
                                          }
                                          errors++;
                                        }
                                      }
                                      var valid15 = _errs62 === errors;
                                    } else {
                                      var valid15 = true;
                                    }
                                    if (valid15) {
                                      if (data26.file !== void 0) {
                                        let data28 = data26.file;
                                        const _errs64 = errors;
                                        if (errors === _errs64) {
                                          if (typeof data28 === "string") {
                                            if (func3(data28) < 1) {
                                              const err4 = { instancePath: instancePath + "/invariants/" + i6 + "/file", schemaPath: "#/properties/invariants/items/oneOf/0/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                              if (vErrors === null) {
                                                vErrors = [err4];
                                              } else {
                                                vErrors.push(err4);
                                              }
                                              errors++;
                                            }
                                          } else {
                                            const err5 = { instancePath: instancePath + "/invariants/" + i6 + "/file", schemaPath: "#/properties/invariants/items/oneOf/0/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err5];
                                            } else {
                                              vErrors.push(err5);
                                            }
                                            errors++;
                                          }
                                        }
                                        var valid15 = _errs64 === errors;
                                      } else {
                                        var valid15 = true;
                                      }
                                      if (valid15) {
                                        if (data26.pointer !== void 0) {
                                          const _errs66 = errors;
                                          if (typeof data26.pointer !== "string") {
                                            const err6 = { instancePath: instancePath + "/invariants/" + i6 + "/pointer", schemaPath: "#/properties/invariants/items/oneOf/0/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err6];
                                            } else {
                                              vErrors.push(err6);
                                            }
                                            errors++;
                                          }
                                          var valid15 = _errs66 === errors;
                                        } else {
                                          var valid15 = true;
                                        }
                                        if (valid15) {
                                          if (data26.keep !== void 0) {
                                            let data30 = data26.keep;
                                            const _errs68 = errors;
                                            if (errors === _errs68) {
                                              if (Array.isArray(data30)) {
                                                if (data30.length < 1) {
                                                  const err7 = { instancePath: instancePath + "/invariants/" + i6 + "/keep", schemaPath: "#/properties/invariants/items/oneOf/0/properties/keep/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                                  if (vErrors === null) {
                                                    vErrors = [err7];
                                                  } else {
                                                    vErrors.push(err7);
                                                  }
                                                  errors++;
                                                } else {
                                                  var valid16 = true;
                                                  const len7 = data30.length;
                                                  for (let i7 = 0; i7 < len7; i7++) {
                                                    let data31 = data30[i7];
                                                    const _errs70 = errors;
                                                    if (errors === _errs70) {
                                                      if (typeof data31 === "string") {
                                                        if (func3(data31) < 1) {
                                                          const err8 = { instancePath: instancePath + "/invariants/" + i6 + "/keep/" + i7, schemaPath: "#/properties/invariants/items/oneOf/0/properties/keep/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                          if (vErrors === null) {
                                                            vErrors = [err8];
                                                          } else {
                                                            vErrors.push(err8);
                                                          }
                                                          errors++;
                                                        }
                                                      } else {
                                                        const err9 = { instancePath: instancePath + "/invariants/" + i6 + "/keep/" + i7, schemaPath: "#/properties/invariants/items/oneOf/0/properties/keep/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                          vErrors = [err9];
                                                        } else {
                                                          vErrors.push(err9);
                                                        }
                                                        errors++;
                                                      }
                                                    }
                                                    var valid16 = _errs70 === errors;
                                                    if (!valid16) {
                                                      break;
                                                    }
                                                  }
                                                }
                                              } else {
                                                const err10 = { instancePath: instancePath + "/invariants/" + i6 + "/keep", schemaPath: "#/properties/invariants/items/oneOf/0/properties/keep/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                if (vErrors === null) {
                                                  vErrors = [err10];
                                                } else {
                                                  vErrors.push(err10);
                                                }
                                                errors++;
                                              }
                                            }
                                            var valid15 = _errs68 === errors;
                                          } else {
                                            var valid15 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                const err11 = { instancePath: instancePath + "/invariants/" + i6, schemaPath: "#/properties/invariants/items/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err11];
                                } else {
                                  vErrors.push(err11);
                                }
                                errors++;
                              }
                            }
                            var _valid0 = _errs59 === errors;
                            if (_valid0) {
                              valid14 = true;
                              passing0 = 0;
                            }
                            const _errs72 = errors;
                            if (errors === _errs72) {
                              if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                let missing5;
                                if (data26.id === void 0 && (missing5 = "id") || data26.paths === void 0 && (missing5 = "paths") || data26.forbid === void 0 && (missing5 = "forbid")) {
                                  const err12 = { instancePath: instancePath + "/invariants/" + i6, schemaPath: "#/properties/invariants/items/oneOf/1/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" };
                                  if (vErrors === null) {
                                    vErrors = [err12];
                                  } else {
                                    vErrors.push(err12);
                                  }
                                  errors++;
                                } else {
                                  const _errs74 = errors;
                                  for (const key8 in data26) {
                                    if (!(key8 === "id" || key8 === "paths" || key8 === "forbid")) {
                                      const err13 = { instancePath: instancePath + "/invariants/" + i6, schemaPath: "#/properties/invariants/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                                      if (vErrors === null) {
                                        vErrors = [err13];
                                      } else {
                                        vErrors.push(err13);
                                      }
                                      errors++;
                                      break;
                                    }
                                  }
                                  if (_errs74 === errors) {
                                    if (data26.id !== void 0) {
                                      let data32 = data26.id;
                                      const _errs75 = errors;
                                      if (errors === _errs75) {
                                        if (typeof data32 === "string") {
                                          if (func3(data32) < 1) {
                                            const err14 = { instancePath: instancePath + "/invariants/" + i6 + "/id", schemaPath: "#/properties/invariants/items/oneOf/1/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                            if (vErrors === null) {
                                              vErrors = [err14];
                                            } else {
                                              vErrors.push(err14);
                                            }
                                            errors++;
                                          }
                                        } else {
                                          const err15 = { instancePath: instancePath + "/invariants/" + i6 + "/id", schemaPath: "#/properties/invariants/items/oneOf/1/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                          if (vErrors === null) {
                                            vErrors = [err15];
                                          } else {
                                            vErrors.push(err15);
                                          }
                                          errors++;
                                        }
                                      }
                                      var valid17 = _errs75 === errors;
                                    } else {
                                      var valid17 = true;
                                    }
                                    if (valid17) {
                                      if (data26.paths !== void 0) {
                                        let data33 = data26.paths;
                                        const _errs77 = errors;
                                        if (errors === _errs77) {
                                          if (Array.isArray(data33)) {
                                            if (data33.length < 1) {
                                              const err16 = { instancePath: instancePath + "/invariants/" + i6 + "/paths", schemaPath: "#/properties/invariants/items/oneOf/1/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                              if (vErrors === null) {
                                                vErrors = [err16];
                                              } else {
                                                vErrors.push(err16);
                                              }
                                              errors++;
                                            } else {
                                              var valid18 = true;
                                              const len8 = data33.length;
                                              for (let i8 = 0; i8 < len8; i8++) {
                                                let data34 = data33[i8];
                                                const _errs79 = errors;
                                                if (errors === _errs79) {
                                                  if (typeof data34 === "string") {
                                                    if (func3(data34) < 1) {
                                                      const err17 = { instancePath: instancePath + "/invariants/" + i6 + "/paths/" + i8, schemaPath: "#/properties/invariants/items/oneOf/1/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                      if (vErrors === null) {
                                                        vErrors = [err17];
                                                      } else {
                                                        vErrors.push(err17);
                                                      }
                                                      errors++;
                                                    }
                                                  } else {
                                                    const err18 = { instancePath: instancePath + "/invariants/" + i6 + "/paths/" + i8, schemaPath: "#/properties/invariants/items/oneOf/1/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                      vErrors = [err18];
                                                    } else {
                                                      vErrors.push(err18);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                                var valid18 = _errs79 === errors;
                                                if (!valid18) {
                                                  break;
                                                }
                                              }
                                            }
                                          } else {
                                            const err19 = { instancePath: instancePath + "/invariants/" + i6 + "/paths", schemaPath: "#/properties/invariants/items/oneOf/1/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                              vErrors = [err19];
                                            } else {
                                              vErrors.push(err19);
                                            }
                                            errors++;
                                          }
                                        }
                                        var valid17 = _errs77 === errors;
                                      } else {
                                        var valid17 = true;
                                      }
                                      if (valid17) {
                                        if (data26.forbid !== void 0) {
                                          let data35 = data26.forbid;
                                          const _errs81 = errors;
                                          if (errors === _errs81) {
                                            if (typeof data35 === "string") {
                                              if (func3(data35) < 1) {
                                                const err20 = { instancePath: instancePath + "/invariants/" + i6 + "/forbid", schemaPath: "#/properties/invariants/items/oneOf/1/properties/forbid/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                if (vErrors === null) {
                                                  vErrors = [err20];
                                                } else {
                                                  vErrors.push(err20);
                                                }
                                                errors++;
                                              }
                                            } else {
                                              const err21 = { instancePath: instancePath + "/invariants/" + i6 + "/forbid", schemaPath: "#/properties/invariants/items/oneOf/1/properties/forbid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                              if (vErrors === null) {
                                                vErrors = [err21];
                                              } else {
                                                vErrors.push(err21);
                                              }
                                              errors++;
                                            }
                                          }
                                          var valid17 = _errs81 === errors;
                                        } else {
                                          var valid17 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                const err22 = { instancePath: instancePath + "/invariants/" + i6, schemaPath: "#/properties/invariants/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err22];
                                } else {
                                  vErrors.push(err22);
                                }
                                errors++;
                              }
                            }
                            var _valid0 = _errs72 === errors;
                            if (_valid0 && valid14) {
                              valid14 = false;
                              passing0 = [passing0, 1];
                            } else {
                              if (_valid0) {
                                valid14 = true;
                                passing0 = 1;
                              }
                              const _errs83 = errors;
                              if (errors === _errs83) {
                                if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                  let missing6;
                                  if (data26.id === void 0 && (missing6 = "id") || data26.paths === void 0 && (missing6 = "paths") || data26.require === void 0 && (missing6 = "require")) {
                                    const err23 = { instancePath: instancePath + "/invariants/" + i6, schemaPath: "#/properties/invariants/items/oneOf/2/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" };
                                    if (vErrors === null) {
                                      vErrors = [err23];
                                    } else {
                                      vErrors.push(err23);
                                    }
                                    errors++;
                                  } else {
                                    const _errs85 = errors;
                                    for (const key9 in data26) {
                                      if (!(key9 === "id" || key9 === "paths" || key9 === "require")) {
                                        const err24 = { instancePath: instancePath + "/invariants/" + i6, schemaPath: "#/properties/invariants/items/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err24];
                                        } else {
                                          vErrors.push(err24);
                                        }
                                        errors++;
                                        break;
                                      }
                                    }
                                    if (_errs85 === errors) {
                                      if (data26.id !== void 0) {
                                        let data36 = data26.id;
                                        const _errs86 = errors;
                                        if (errors === _errs86) {
                                          if (typeof data36 === "string") {
                                            if (func3(data36) < 1) {
                                              const err25 = { instancePath: instancePath + "/invariants/" + i6 + "/id", schemaPath: "#/properties/invariants/items/oneOf/2/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                              if (vErrors === null) {
                                                vErrors = [err25];
                                              } else {
                                                vErrors.push(err25);
                                              }
                                              errors++;
                                            }
                                          } else {
                                            const err26 = { instancePath: instancePath + "/invariants/" + i6 + "/id", schemaPath: "#/properties/invariants/items/oneOf/2/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err26];
                                            } else {
                                              vErrors.push(err26);
                                            }
                                            errors++;
                                          }
                                        }
                                        var valid19 = _errs86 === errors;
                                      } else {
                                        var valid19 = true;
                                      }
                                      if (valid19) {
                                        if (data26.paths !== void 0) {
                                          let data37 = data26.paths;
                                          const _errs88 = errors;
                                          if (errors === _errs88) {
                                            if (Array.isArray(data37)) {
                                              if (data37.length < 1) {
                                                const err27 = { instancePath: instancePath + "/invariants/" + i6 + "/paths", schemaPath: "#/properties/invariants/items/oneOf/2/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                                if (vErrors === null) {
                                                  vErrors = [err27];
                                                } else {
                                                  vErrors.push(err27);
                                                }
                                                errors++;
                                              } else {
                                                var valid20 = true;
                                                const len9 = data37.length;
                                                for (let i9 = 0; i9 < len9; i9++) {
                                                  let data38 = data37[i9];
                                                  const _errs90 = errors;
                                                  if (errors === _errs90) {
                                                    if (typeof data38 === "string") {
                                                      if (func3(data38) < 1) {
                                                        const err28 = { instancePath: instancePath + "/invariants/" + i6 + "/paths/" + i9, schemaPath: "#/properties/invariants/items/oneOf/2/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                        if (vErrors === null) {
                                                          vErrors = [err28];
                                                        } else {
                                                          vErrors.push(err28);
                                                        }
                                                        errors++;
                                                      }
                                                    } else {
                                                      const err29 = { instancePath: instancePath + "/invariants/" + i6 + "/paths/" + i9, schemaPath: "#/properties/invariants/items/oneOf/2/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                      if (vErrors === null) {
                                                        vErrors = [err29];
                                                      } else {
                                                        vErrors.push(err29);
                                                      }
                                                      errors++;
                                                    }
                                                  }
                                                  var valid20 = _errs90 === errors;
                                                  if (!valid20) {
                                                    break;
                                                  }
                                                }
                                              }
                                            } else {
                                              const err30 = { instancePath: instancePath + "/invariants/" + i6 + "/paths", schemaPath: "#/properties/invariants/items/oneOf/2/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                              if (vErrors === null) {
                                                vErrors = [err30];
                                              } else {
                                                vErrors.push(err30);
                                              }
                                              errors++;
                                            }
                                          }
                                          var valid19 = _errs88 === errors;
                                        } else {
                                          var valid19 = true;
                                        }
                                        if (valid19) {
                                          if (data26.require !== void 0) {
                                            let data39 = data26.require;
                                            const _errs92 = errors;
                                            if (errors === _errs92) {
                                              if (typeof data39 === "string") {
                                                if (func3(data39) < 1) {
                                                  const err31 = { instancePath: instancePath + "/invariants/" + i6 + "/require", schemaPath: "#/properties/invariants/items/oneOf/2/properties/require/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                  if (vErrors === null) {
                                                    vErrors = [err31];
                                                  } else {
                                                    vErrors.push(err31);
                                                  }
                                                  errors++;
                                                }
                                              } else {
                                                const err32 = { instancePath: instancePath + "/invariants/" + i6 + "/require", schemaPath: "#/properties/invariants/items/oneOf/2/properties/require/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                  vErrors = [err32];
                                                } else {
                                                  vErrors.push(err32);
                                                }
                                                errors++;
                                              }
                                            }
                                            var valid19 = _errs92 === errors;
                                          } else {
                                            var valid19 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  const err33 = { instancePath: instancePath + "/invariants/" + i6, schemaPath: "#/properties/invariants/items/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                  if (vErrors === null) {
                                    vErrors = [err33];
                                  } else {
                                    vErrors.push(err33);
                                  }
                                  errors++;
                                }
                              }
                              var _valid0 = _errs83 === errors;
                              if (_valid0 && valid14) {
                                valid14 = false;
                                passing0 = [passing0, 2];
                              } else {
                                if (_valid0) {
                                  valid14 = true;
                                  passing0 = 2;
                                }
                                const _errs94 = errors;
                                if (errors === _errs94) {
                                  if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                    let missing7;
                                    if (data26.id === void 0 && (missing7 = "id") || data26.paths === void 0 && (missing7 = "paths") || data26.on_change === void 0 && (missing7 = "on_change")) {
                                      const err34 = { instancePath: instancePath + "/invariants/" + i6, schemaPath: "#/properties/invariants/items/oneOf/3/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" };
                                      if (vErrors === null) {
                                        vErrors = [err34];
                                      } else {
                                        vErrors.push(err34);
                                      }
                                      errors++;
                                    } else {
                                      const _errs96 = errors;
                                      for (const key10 in data26) {
                                        if (!(key10 === "id" || key10 === "paths" || key10 === "on_change")) {
                                          const err35 = { instancePath: instancePath + "/invariants/" + i6, schemaPath: "#/properties/invariants/items/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                                          if (vErrors === null) {
                                            vErrors = [err35];
                                          } else {
                                            vErrors.push(err35);
                                          }
                                          errors++;
                                          break;
                                        }
                                      }
                                      if (_errs96 === errors) {
                                        if (data26.id !== void 0) {
                                          let data40 = data26.id;
                                          const _errs97 = errors;
                                          if (errors === _errs97) {
                                            if (typeof data40 === "string") {
                                              if (func3(data40) < 1) {
                                                const err36 = { instancePath: instancePath + "/invariants/" + i6 + "/id", schemaPath: "#/properties/invariants/items/oneOf/3/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                if (vErrors === null) {
                                                  vErrors = [err36];
                                                } else {
                                                  vErrors.push(err36);
                                                }
                                                errors++;
                                              }
                                            } else {
                                              const err37 = { instancePath: instancePath + "/invariants/" + i6 + "/id", schemaPath: "#/properties/invariants/items/oneOf/3/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                              if (vErrors === null) {
                                                vErrors = [err37];
                                              } else {
                                                vErrors.push(err37);
                                              }
                                              errors++;
                                            }
                                          }
                                          var valid21 = _errs97 === errors;
                                        } else {
                                          var valid21 = true;
                                        }
                                        if (valid21) {
                                          if (data26.paths !== void 0) {
                                            let data41 = data26.paths;
                                            const _errs99 = errors;
                                            if (errors === _errs99) {
                                              if (Array.isArray(data41)) {
                                                if (data41.length < 1) {
                                                  const err38 = { instancePath: instancePath + "/invariants/" + i6 + "/paths", schemaPath: "#/properties/invariants/items/oneOf/3/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                                  if (vErrors === null) {
                                                    vErrors = [err38];
                                                  } else {
                                                    vErrors.push(err38);
                                                  }
                                                  errors++;
                                                } else {
                                                  var valid22 = true;
                                                  const len10 = data41.length;
                                                  for (let i10 = 0; i10 < len10; i10++) {
                                                    let data42 = data41[i10];
                                                    const _errs101 = errors;
                                                    if (errors === _errs101) {
                                                      if (typeof data42 === "string") {
                                                        if (func3(data42) < 1) {
                                                          const err39 = { instancePath: instancePath + "/invariants/" + i6 + "/paths/" + i10, schemaPath: "#/properties/invariants/items/oneOf/3/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                          if (vErrors === null) {
                                                            vErrors = [err39];
                                                          } else {
                                                            vErrors.push(err39);
                                                          }
                                                          errors++;
                                                        }
                                                      } else {
                                                        const err40 = { instancePath: instancePath + "/invariants/" + i6 + "/paths/" + i10, schemaPath: "#/properties/invariants/items/oneOf/3/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                          vErrors = [err40];
                                                        } else {
                                                          vErrors.push(err40);
                                                        }
                                                        errors++;
                                                      }
                                                    }
                                                    var valid22 = _errs101 === errors;
                                                    if (!valid22) {
                                                      break;
                                                    }
                                                  }
                                                }
                                              } else {
                                                const err41 = { instancePath: instancePath + "/invariants/" + i6 + "/paths", schemaPath: "#/properties/invariants/items/oneOf/3/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                if (vErrors === null) {
                                                  vErrors = [err41];
                                                } else {
                                                  vErrors.push(err41);
                                                }
                                                errors++;
                                              }
                                            }
                                            var valid21 = _errs99 === errors;
                                          } else {
                                            var valid21 = true;
                                          }
                                          if (valid21) {
                                            if (data26.on_change !== void 0) {
                                              let data43 = data26.on_change;
                                              const _errs103 = errors;
                                              if (errors === _errs103) {
                                                if (typeof data43 === "string") {
                                                  if (func3(data43) < 1) {
                                                    const err42 = { instancePath: instancePath + "/invariants/" + i6 + "/on_change", schemaPath: "#/properties/invariants/items/oneOf/3/properties/on_change/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                    if (vErrors === null) {
                                                      vErrors = [err42];
                                                    } else {
                                                      vErrors.push(err42);
                                                    }
                                                    errors++;
                                                  }
                                                } else {
                                                  const err43 = { instancePath: instancePath + "/invariants/" + i6 + "/on_change", schemaPath: "#/properties/invariants/items/oneOf/3/properties/on_change/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                  if (vErrors === null) {
                                                    vErrors = [err43];
                                                  } else {
                                                    vErrors.push(err43);
                                                  }
                                                  errors++;
                                                }
                                              }
                                              var valid21 = _errs103 === errors;
                                            } else {
                                              var valid21 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    const err44 = { instancePath: instancePath + "/invariants/" + i6, schemaPath: "#/properties/invariants/items/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err44];
                                    } else {
                                      vErrors.push(err44);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid0 = _errs94 === errors;
                                if (_valid0 && valid14) {
                                  valid14 = false;
                                  passing0 = [passing0, 3];
                                } else {
                                  if (_valid0) {
                                    valid14 = true;
                                    passing0 = 3;
                                  }
                                }
                              }
                            }
                            if (!valid14) {
                              const err45 = { instancePath: instancePath + "/invariants/" + i6, schemaPath: "#/properties/invariants/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                              if (vErrors === null) {
                                vErrors = [err45];
                              } else {
                                vErrors.push(err45);
                              }
                              errors++;
                              validate10.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs58;
                              if (vErrors !== null) {
                                if (_errs58) {
                                  vErrors.length = _errs58;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid13 = _errs57 === errors;
                            if (!valid13) {
                              break;
                            }
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/invariants", schemaPath: "#/properties/invariants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs55 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data2.council !== void 0) {
                        let data44 = data2.council;
                        const _errs105 = errors;
                        if (errors === _errs105) {
                          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                            const _errs107 = errors;
                            for (const key11 in data44) {
                              if (!(key11 === "teams" || key11 === "users" || key11 === "approvals")) {
                                validate10.errors = [{ instancePath: instancePath + "/council", schemaPath: "#/properties/council/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs107 === errors) {
                              if (data44.teams !== void 0) {
                                let data45 = data44.teams;
                                const _errs108 = errors;
                                if (errors === _errs108) {
                                  if (Array.isArray(data45)) {
                                    var valid24 = true;
                                    const len11 = data45.length;
                                    for (let i11 = 0; i11 < len11; i11++) {
                                      let data46 = data45[i11];
                                      const _errs110 = errors;
                                      if (errors === _errs110) {
                                        if (typeof data46 === "string") {
                                          if (!pattern0.test(data46)) {
                                            validate10.errors = [{ instancePath: instancePath + "/council/teams/" + i11, schemaPath: "#/properties/council/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^[^/\\s]+/[^/\\s]+$" }, message: 'must match pattern "^[^/\\s]+/[^/\\s]+$"' }];
                                            return false;
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/council/teams/" + i11, schemaPath: "#/properties/council/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid24 = _errs110 === errors;
                                      if (!valid24) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/council/teams", schemaPath: "#/properties/council/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid23 = _errs108 === errors;
                              } else {
                                var valid23 = true;
                              }
                              if (valid23) {
                                if (data44.users !== void 0) {
                                  let data47 = data44.users;
                                  const _errs112 = errors;
                                  if (errors === _errs112) {
                                    if (Array.isArray(data47)) {
                                      var valid25 = true;
                                      const len12 = data47.length;
                                      for (let i12 = 0; i12 < len12; i12++) {
                                        let data48 = data47[i12];
                                        const _errs114 = errors;
                                        if (errors === _errs114) {
                                          if (typeof data48 === "string") {
                                            if (func3(data48) < 1) {
                                              validate10.errors = [{ instancePath: instancePath + "/council/users/" + i12, schemaPath: "#/properties/council/properties/users/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                              return false;
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/council/users/" + i12, schemaPath: "#/properties/council/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid25 = _errs114 === errors;
                                        if (!valid25) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/council/users", schemaPath: "#/properties/council/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid23 = _errs112 === errors;
                                } else {
                                  var valid23 = true;
                                }
                                if (valid23) {
                                  if (data44.approvals !== void 0) {
                                    let data49 = data44.approvals;
                                    const _errs116 = errors;
                                    if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)) && isFinite(data49))) {
                                      validate10.errors = [{ instancePath: instancePath + "/council/approvals", schemaPath: "#/properties/council/properties/approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    if (errors === _errs116) {
                                      if (typeof data49 == "number" && isFinite(data49)) {
                                        if (data49 < 1 || isNaN(data49)) {
                                          validate10.errors = [{ instancePath: instancePath + "/council/approvals", schemaPath: "#/properties/council/properties/approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid23 = _errs116 === errors;
                                  } else {
                                    var valid23 = true;
                                  }
                                }
                              }
                            }
                          } else {
                            validate10.errors = [{ instancePath: instancePath + "/council", schemaPath: "#/properties/council/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs105 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data2.versioning !== void 0) {
                          let data50 = data2.versioning;
                          const _errs118 = errors;
                          if (errors === _errs118) {
                            if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                              const _errs120 = errors;
                              for (const key12 in data50) {
                                if (!(key12 === "zero_major" || key12 === "deprecation_releases" || key12 === "changelog" || key12 === "migrations")) {
                                  validate10.errors = [{ instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" }];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs120 === errors) {
                                if (data50.zero_major !== void 0) {
                                  let data51 = data50.zero_major;
                                  const _errs121 = errors;
                                  if (!(data51 === "minor" || data51 === "major")) {
                                    validate10.errors = [{ instancePath: instancePath + "/versioning/zero_major", schemaPath: "#/properties/versioning/properties/zero_major/enum", keyword: "enum", params: { allowedValues: schema11.properties.versioning.properties.zero_major.enum }, message: "must be equal to one of the allowed values" }];
                                    return false;
                                  }
                                  var valid26 = _errs121 === errors;
                                } else {
                                  var valid26 = true;
                                }
                                if (valid26) {
                                  if (data50.deprecation_releases !== void 0) {
                                    let data52 = data50.deprecation_releases;
                                    const _errs122 = errors;
                                    if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)) && isFinite(data52))) {
                                      validate10.errors = [{ instancePath: instancePath + "/versioning/deprecation_releases", schemaPath: "#/properties/versioning/properties/deprecation_releases/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    if (errors === _errs122) {
                                      if (typeof data52 == "number" && isFinite(data52)) {
                                        if (data52 < 0 || isNaN(data52)) {
                                          validate10.errors = [{ instancePath: instancePath + "/versioning/deprecation_releases", schemaPath: "#/properties/versioning/properties/deprecation_releases/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid26 = _errs122 === errors;
                                  } else {
                                    var valid26 = true;
                                  }
                                  if (valid26) {
                                    if (data50.changelog !== void 0) {
                                      let data53 = data50.changelog;
                                      const _errs124 = errors;
                                      if (errors === _errs124) {
                                        if (typeof data53 === "string") {
                                          if (func3(data53) < 1) {
                                            validate10.errors = [{ instancePath: instancePath + "/versioning/changelog", schemaPath: "#/properties/versioning/properties/changelog/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/versioning/changelog", schemaPath: "#/properties/versioning/properties/changelog/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid26 = _errs124 === errors;
                                    } else {
                                      var valid26 = true;
                                    }
                                    if (valid26) {
                                      if (data50.migrations !== void 0) {
                                        let data54 = data50.migrations;
                                        const _errs126 = errors;
                                        if (errors === _errs126) {
                                          if (typeof data54 === "string") {
                                            if (func3(data54) < 1) {
                                              validate10.errors = [{ instancePath: instancePath + "/versioning/migrations", schemaPath: "#/properties/versioning/properties/migrations/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                              return false;
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/versioning/migrations", schemaPath: "#/properties/versioning/properties/migrations/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid26 = _errs126 === errors;
                                      } else {
                                        var valid26 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate10.errors = [{ instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs118 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data2.rules !== void 0) {
                            let data55 = data2.rules;
                            const _errs128 = errors;
                            if (errors === _errs128) {
                              if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                                for (const key13 in data55) {
                                  let data56 = data55[key13];
                                  const _errs131 = errors;
                                  if (!(data56 === "off" || data56 === "patch" || data56 === "minor" || data56 === "major" || data56 === "warn" || data56 === "block")) {
                                    validate10.errors = [{ instancePath: instancePath + "/rules/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" }];
                                    return false;
                                  }
                                  var valid27 = _errs131 === errors;
                                  if (!valid27) {
                                    break;
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs128 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data2.freeze !== void 0) {
                              let data57 = data2.freeze;
                              const _errs132 = errors;
                              if (errors === _errs132) {
                                if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                                  const _errs134 = errors;
                                  for (const key14 in data57) {
                                    if (!(key14 === "on_merge")) {
                                      validate10.errors = [{ instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" }];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs134 === errors) {
                                    if (data57.on_merge !== void 0) {
                                      let data58 = data57.on_merge;
                                      if (!(data58 === "tag" || data58 === "commit" || data58 === "off")) {
                                        validate10.errors = [{ instancePath: instancePath + "/freeze/on_merge", schemaPath: "#/properties/freeze/properties/on_merge/enum", keyword: "enum", params: { allowedValues: schema11.properties.freeze.properties.on_merge.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                      }
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs132 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data2.files !== void 0) {
                                let data59 = data2.files;
                                const _errs136 = errors;
                                if (errors === _errs136) {
                                  if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                                    const _errs138 = errors;
                                    for (const key15 in data59) {
                                      if (!(key15 === "contracts" || key15 === "ignore")) {
                                        validate10.errors = [{ instancePath: instancePath + "/files", schemaPath: "#/properties/files/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" }];
                                        return false;
                                        break;
                                      }
                                    }
                                    if (_errs138 === errors) {
                                      if (data59.contracts !== void 0) {
                                        let data60 = data59.contracts;
                                        const _errs139 = errors;
                                        if (errors === _errs139) {
                                          if (Array.isArray(data60)) {
                                            var valid30 = true;
                                            const len13 = data60.length;
                                            for (let i13 = 0; i13 < len13; i13++) {
                                              let data61 = data60[i13];
                                              const _errs141 = errors;
                                              if (errors === _errs141) {
                                                if (typeof data61 === "string") {
                                                  if (func3(data61) < 1) {
                                                    validate10.errors = [{ instancePath: instancePath + "/files/contracts/" + i13, schemaPath: "#/properties/files/properties/contracts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                    return false;
                                                  }
                                                } else {
                                                  validate10.errors = [{ instancePath: instancePath + "/files/contracts/" + i13, schemaPath: "#/properties/files/properties/contracts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                              }
                                              var valid30 = _errs141 === errors;
                                              if (!valid30) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/files/contracts", schemaPath: "#/properties/files/properties/contracts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid29 = _errs139 === errors;
                                      } else {
                                        var valid29 = true;
                                      }
                                      if (valid29) {
                                        if (data59.ignore !== void 0) {
                                          let data62 = data59.ignore;
                                          const _errs143 = errors;
                                          if (errors === _errs143) {
                                            if (Array.isArray(data62)) {
                                              var valid31 = true;
                                              const len14 = data62.length;
                                              for (let i14 = 0; i14 < len14; i14++) {
                                                let data63 = data62[i14];
                                                const _errs145 = errors;
                                                if (errors === _errs145) {
                                                  if (typeof data63 === "string") {
                                                    if (func3(data63) < 1) {
                                                      validate10.errors = [{ instancePath: instancePath + "/files/ignore/" + i14, schemaPath: "#/properties/files/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate10.errors = [{ instancePath: instancePath + "/files/ignore/" + i14, schemaPath: "#/properties/files/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                                var valid31 = _errs145 === errors;
                                                if (!valid31) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate10.errors = [{ instancePath: instancePath + "/files/ignore", schemaPath: "#/properties/files/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid29 = _errs143 === errors;
                                        } else {
                                          var valid29 = true;
                                        }
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs136 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data2.judgement !== void 0) {
                                  let data64 = data2.judgement;
                                  const _errs147 = errors;
                                  if (!(data64 === "policy" || data64 === "strict")) {
                                    validate10.errors = [{ instancePath: instancePath + "/judgement", schemaPath: "#/properties/judgement/enum", keyword: "enum", params: { allowedValues: schema11.properties.judgement.enum }, message: "must be equal to one of the allowed values" }];
                                    return false;
                                  }
                                  var valid0 = _errs147 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data2.preset !== void 0) {
                                    let data65 = data2.preset;
                                    const _errs148 = errors;
                                    if (!(data65 === "none" || data65 === "memoryos")) {
                                      validate10.errors = [{ instancePath: instancePath + "/preset", schemaPath: "#/properties/preset/enum", keyword: "enum", params: { allowedValues: schema11.properties.preset.enum }, message: "must be equal to one of the allowed values" }];
                                      return false;
                                    }
                                    var valid0 = _errs148 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data2.review !== void 0) {
                                      let data66 = data2.review;
                                      const _errs149 = errors;
                                      if (errors === _errs149) {
                                        if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                                          const _errs151 = errors;
                                          for (const key16 in data66) {
                                            if (!(key16 === "max_inline")) {
                                              validate10.errors = [{ instancePath: instancePath + "/review", schemaPath: "#/properties/review/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" }];
                                              return false;
                                              break;
                                            }
                                          }
                                          if (_errs151 === errors) {
                                            if (data66.max_inline !== void 0) {
                                              let data67 = data66.max_inline;
                                              const _errs152 = errors;
                                              if (!(typeof data67 == "number" && (!(data67 % 1) && !isNaN(data67)) && isFinite(data67))) {
                                                validate10.errors = [{ instancePath: instancePath + "/review/max_inline", schemaPath: "#/properties/review/properties/max_inline/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                return false;
                                              }
                                              if (errors === _errs152) {
                                                if (typeof data67 == "number" && isFinite(data67)) {
                                                  if (data67 < 0 || isNaN(data67)) {
                                                    validate10.errors = [{ instancePath: instancePath + "/review/max_inline", schemaPath: "#/properties/review/properties/max_inline/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                    return false;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/review", schemaPath: "#/properties/review/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs149 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data2.hotfix !== void 0) {
                                        let data68 = data2.hotfix;
                                        const _errs154 = errors;
                                        if (errors === _errs154) {
                                          if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                                            const _errs156 = errors;
                                            for (const key17 in data68) {
                                              if (!(key17 === "label")) {
                                                validate10.errors = [{ instancePath: instancePath + "/hotfix", schemaPath: "#/properties/hotfix/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs156 === errors) {
                                              if (data68.label !== void 0) {
                                                let data69 = data68.label;
                                                const _errs157 = errors;
                                                if (errors === _errs157) {
                                                  if (typeof data69 === "string") {
                                                    if (func3(data69) < 1) {
                                                      validate10.errors = [{ instancePath: instancePath + "/hotfix/label", schemaPath: "#/properties/hotfix/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate10.errors = [{ instancePath: instancePath + "/hotfix/label", schemaPath: "#/properties/hotfix/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/hotfix", schemaPath: "#/properties/hotfix/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs154 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data2.spectral !== void 0) {
                                          let data70 = data2.spectral;
                                          const _errs159 = errors;
                                          if (errors === _errs159) {
                                            if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                                              const _errs161 = errors;
                                              for (const key18 in data70) {
                                                if (!(key18 === "ruleset")) {
                                                  validate10.errors = [{ instancePath: instancePath + "/spectral", schemaPath: "#/properties/spectral/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" }];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs161 === errors) {
                                                if (data70.ruleset !== void 0) {
                                                  let data71 = data70.ruleset;
                                                  const _errs162 = errors;
                                                  if (errors === _errs162) {
                                                    if (typeof data71 === "string") {
                                                      if (func3(data71) < 1) {
                                                        validate10.errors = [{ instancePath: instancePath + "/spectral/ruleset", schemaPath: "#/properties/spectral/properties/ruleset/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate10.errors = [{ instancePath: instancePath + "/spectral/ruleset", schemaPath: "#/properties/spectral/properties/ruleset/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate10.errors = [{ instancePath: instancePath + "/spectral", schemaPath: "#/properties/spectral/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid0 = _errs159 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data2.ignore !== void 0) {
                                            let data72 = data2.ignore;
                                            const _errs164 = errors;
                                            if (errors === _errs164) {
                                              if (Array.isArray(data72)) {
                                                var valid35 = true;
                                                const len15 = data72.length;
                                                for (let i15 = 0; i15 < len15; i15++) {
                                                  let data73 = data72[i15];
                                                  const _errs166 = errors;
                                                  if (errors === _errs166) {
                                                    if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                                                      let missing8;
                                                      if (data73.rule === void 0 && (missing8 = "rule") || data73.reason === void 0 && (missing8 = "reason")) {
                                                        validate10.errors = [{ instancePath: instancePath + "/ignore/" + i15, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                                                        return false;
                                                      } else {
                                                        const _errs168 = errors;
                                                        for (const key19 in data73) {
                                                          if (!(key19 === "rule" || key19 === "file" || key19 === "pointer" || key19 === "reason" || key19 === "until")) {
                                                            validate10.errors = [{ instancePath: instancePath + "/ignore/" + i15, schemaPath: "#/properties/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" }];
                                                            return false;
                                                            break;
                                                          }
                                                        }
                                                        if (_errs168 === errors) {
                                                          if (data73.rule !== void 0) {
                                                            let data74 = data73.rule;
                                                            const _errs169 = errors;
                                                            if (errors === _errs169) {
                                                              if (typeof data74 === "string") {
                                                                if (func3(data74) < 1) {
                                                                  validate10.errors = [{ instancePath: instancePath + "/ignore/" + i15 + "/rule", schemaPath: "#/properties/ignore/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                  return false;
                                                                }
                                                              } else {
                                                                validate10.errors = [{ instancePath: instancePath + "/ignore/" + i15 + "/rule", schemaPath: "#/properties/ignore/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid36 = _errs169 === errors;
                                                          } else {
                                                            var valid36 = true;
                                                          }
                                                          if (valid36) {
                                                            if (data73.file !== void 0) {
                                                              let data75 = data73.file;
                                                              const _errs171 = errors;
                                                              if (errors === _errs171) {
                                                                if (typeof data75 === "string") {
                                                                  if (func3(data75) < 1) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/ignore/" + i15 + "/file", schemaPath: "#/properties/ignore/items/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                    return false;
                                                                  }
                                                                } else {
                                                                  validate10.errors = [{ instancePath: instancePath + "/ignore/" + i15 + "/file", schemaPath: "#/properties/ignore/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid36 = _errs171 === errors;
                                                            } else {
                                                              var valid36 = true;
                                                            }
                                                            if (valid36) {
                                                              if (data73.pointer !== void 0) {
                                                                const _errs173 = errors;
                                                                if (typeof data73.pointer !== "string") {
                                                                  validate10.errors = [{ instancePath: instancePath + "/ignore/" + i15 + "/pointer", schemaPath: "#/properties/ignore/items/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid36 = _errs173 === errors;
                                                              } else {
                                                                var valid36 = true;
                                                              }
                                                              if (valid36) {
                                                                if (data73.reason !== void 0) {
                                                                  let data77 = data73.reason;
                                                                  const _errs175 = errors;
                                                                  if (errors === _errs175) {
                                                                    if (typeof data77 === "string") {
                                                                      if (func3(data77) < 1) {
                                                                        validate10.errors = [{ instancePath: instancePath + "/ignore/" + i15 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                        return false;
                                                                      }
                                                                    } else {
                                                                      validate10.errors = [{ instancePath: instancePath + "/ignore/" + i15 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid36 = _errs175 === errors;
                                                                } else {
                                                                  var valid36 = true;
                                                                }
                                                                if (valid36) {
                                                                  if (data73.until !== void 0) {
                                                                    let data78 = data73.until;
                                                                    const _errs177 = errors;
                                                                    if (errors === _errs177) {
                                                                      if (typeof data78 === "string") {
                                                                        if (!pattern1.test(data78)) {
                                                                          validate10.errors = [{ instancePath: instancePath + "/ignore/" + i15 + "/until", schemaPath: "#/properties/ignore/items/properties/until/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' }];
                                                                          return false;
                                                                        }
                                                                      } else {
                                                                        validate10.errors = [{ instancePath: instancePath + "/ignore/" + i15 + "/until", schemaPath: "#/properties/ignore/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid36 = _errs177 === errors;
                                                                  } else {
                                                                    var valid36 = true;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    } else {
                                                      validate10.errors = [{ instancePath: instancePath + "/ignore/" + i15, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid35 = _errs166 === errors;
                                                  if (!valid35) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate10.errors = [{ instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs164 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validateFreeze = validate11;
var schema12 = { "type": "object", "required": ["version", "artifacts"], "properties": { "version": { "type": "string", "minLength": 1 }, "label": { "type": "string" }, "created_at": { "type": "string" }, "artifacts": { "type": "array", "items": { "type": "object", "required": ["path", "sha256", "content"], "properties": { "path": { "type": "string", "minLength": 1 }, "sha256": { "type": "string", "pattern": "^[0-9a-fA-F]{64}$" }, "size": { "type": ["integer", "string"] }, "content": { "type": "string" }, "encoding": { "enum": ["base64", "utf8", "utf-8"] }, "frozen_at": { "type": "string" } } } } } };
var pattern2 = new RegExp("^[0-9a-fA-F]{64}$", "u");
function validate11(data2, { instancePath = "", parentData, parentDataProperty, rootData = data2 } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
      let missing0;
      if (data2.version === void 0 && (missing0 = "version") || data2.artifacts === void 0 && (missing0 = "artifacts")) {
        validate11.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data2.version !== void 0) {
          let data0 = data2.version;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (func3(data0) < 1) {
                validate11.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate11.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data2.label !== void 0) {
            const _errs3 = errors;
            if (typeof data2.label !== "string") {
              validate11.errors = [{ instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data2.created_at !== void 0) {
              const _errs5 = errors;
              if (typeof data2.created_at !== "string") {
                validate11.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data2.artifacts !== void 0) {
                let data3 = data2.artifacts;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (Array.isArray(data3)) {
                    var valid1 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data4 = data3[i0];
                      const _errs9 = errors;
                      if (errors === _errs9) {
                        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                          let missing1;
                          if (data4.path === void 0 && (missing1 = "path") || data4.sha256 === void 0 && (missing1 = "sha256") || data4.content === void 0 && (missing1 = "content")) {
                            validate11.errors = [{ instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            if (data4.path !== void 0) {
                              let data5 = data4.path;
                              const _errs11 = errors;
                              if (errors === _errs11) {
                                if (typeof data5 === "string") {
                                  if (func3(data5) < 1) {
                                    validate11.errors = [{ instancePath: instancePath + "/artifacts/" + i0 + "/path", schemaPath: "#/properties/artifacts/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                  }
                                } else {
                                  validate11.errors = [{ instancePath: instancePath + "/artifacts/" + i0 + "/path", schemaPath: "#/properties/artifacts/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid2 = _errs11 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data4.sha256 !== void 0) {
                                let data6 = data4.sha256;
                                const _errs13 = errors;
                                if (errors === _errs13) {
                                  if (typeof data6 === "string") {
                                    if (!pattern2.test(data6)) {
                                      validate11.errors = [{ instancePath: instancePath + "/artifacts/" + i0 + "/sha256", schemaPath: "#/properties/artifacts/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{64}$" }, message: 'must match pattern "^[0-9a-fA-F]{64}$"' }];
                                      return false;
                                    }
                                  } else {
                                    validate11.errors = [{ instancePath: instancePath + "/artifacts/" + i0 + "/sha256", schemaPath: "#/properties/artifacts/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid2 = _errs13 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data4.size !== void 0) {
                                  let data7 = data4.size;
                                  const _errs15 = errors;
                                  if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7)) && typeof data7 !== "string") {
                                    validate11.errors = [{ instancePath: instancePath + "/artifacts/" + i0 + "/size", schemaPath: "#/properties/artifacts/items/properties/size/type", keyword: "type", params: { type: schema12.properties.artifacts.items.properties.size.type }, message: "must be integer,string" }];
                                    return false;
                                  }
                                  var valid2 = _errs15 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data4.content !== void 0) {
                                    const _errs17 = errors;
                                    if (typeof data4.content !== "string") {
                                      validate11.errors = [{ instancePath: instancePath + "/artifacts/" + i0 + "/content", schemaPath: "#/properties/artifacts/items/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs17 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data4.encoding !== void 0) {
                                      let data9 = data4.encoding;
                                      const _errs19 = errors;
                                      if (!(data9 === "base64" || data9 === "utf8" || data9 === "utf-8")) {
                                        validate11.errors = [{ instancePath: instancePath + "/artifacts/" + i0 + "/encoding", schemaPath: "#/properties/artifacts/items/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema12.properties.artifacts.items.properties.encoding.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                      }
                                      var valid2 = _errs19 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data4.frozen_at !== void 0) {
                                        const _errs20 = errors;
                                        if (typeof data4.frozen_at !== "string") {
                                          validate11.errors = [{ instancePath: instancePath + "/artifacts/" + i0 + "/frozen_at", schemaPath: "#/properties/artifacts/items/properties/frozen_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid2 = _errs20 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate11.errors = [{ instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid1 = _errs9 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate11.errors = [{ instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var validateIndex = validate12;
var schema13 = { "type": "object", "required": ["index"], "properties": { "version": { "type": "string" }, "created_at": { "type": "string" }, "index": { "type": "object", "propertyNames": { "pattern": "^[0-9a-fA-F]{64}$" }, "additionalProperties": { "type": "object", "required": ["path"], "properties": { "path": { "type": "string" }, "paths": { "type": "array", "items": { "type": "string" } }, "size": { "type": ["integer", "string"] }, "frozen_at": { "type": "string" } } } } } };
function validate12(data2, { instancePath = "", parentData, parentDataProperty, rootData = data2 } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
      let missing0;
      if (data2.index === void 0 && (missing0 = "index")) {
        validate12.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data2.version !== void 0) {
          const _errs1 = errors;
          if (typeof data2.version !== "string") {
            validate12.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data2.created_at !== void 0) {
            const _errs3 = errors;
            if (typeof data2.created_at !== "string") {
              validate12.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data2.index !== void 0) {
              let data22 = data2.index;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                  for (const key0 in data22) {
                    const _errs7 = errors;
                    if (typeof key0 === "string") {
                      if (!pattern2.test(key0)) {
                        const err0 = { instancePath: instancePath + "/index", schemaPath: "#/properties/index/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{64}$" }, message: 'must match pattern "^[0-9a-fA-F]{64}$"', propertyName: key0 };
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      }
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      const err1 = { instancePath: instancePath + "/index", schemaPath: "#/properties/index/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                      if (vErrors === null) {
                        vErrors = [err1];
                      } else {
                        vErrors.push(err1);
                      }
                      errors++;
                      validate12.errors = vErrors;
                      return false;
                      break;
                    }
                  }
                  if (valid1) {
                    for (const key1 in data22) {
                      let data3 = data22[key1];
                      const _errs9 = errors;
                      if (errors === _errs9) {
                        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                          let missing1;
                          if (data3.path === void 0 && (missing1 = "path")) {
                            validate12.errors = [{ instancePath: instancePath + "/index/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/index/additionalProperties/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            if (data3.path !== void 0) {
                              const _errs11 = errors;
                              if (typeof data3.path !== "string") {
                                validate12.errors = [{ instancePath: instancePath + "/index/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/path", schemaPath: "#/properties/index/additionalProperties/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs11 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data3.paths !== void 0) {
                                let data5 = data3.paths;
                                const _errs13 = errors;
                                if (errors === _errs13) {
                                  if (Array.isArray(data5)) {
                                    var valid4 = true;
                                    const len0 = data5.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      const _errs15 = errors;
                                      if (typeof data5[i0] !== "string") {
                                        validate12.errors = [{ instancePath: instancePath + "/index/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths/" + i0, schemaPath: "#/properties/index/additionalProperties/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid4 = _errs15 === errors;
                                      if (!valid4) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate12.errors = [{ instancePath: instancePath + "/index/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths", schemaPath: "#/properties/index/additionalProperties/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid3 = _errs13 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data3.size !== void 0) {
                                  let data7 = data3.size;
                                  const _errs17 = errors;
                                  if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7)) && typeof data7 !== "string") {
                                    validate12.errors = [{ instancePath: instancePath + "/index/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/size", schemaPath: "#/properties/index/additionalProperties/properties/size/type", keyword: "type", params: { type: schema13.properties.index.additionalProperties.properties.size.type }, message: "must be integer,string" }];
                                    return false;
                                  }
                                  var valid3 = _errs17 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data3.frozen_at !== void 0) {
                                    const _errs19 = errors;
                                    if (typeof data3.frozen_at !== "string") {
                                      validate12.errors = [{ instancePath: instancePath + "/index/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/frozen_at", schemaPath: "#/properties/index/additionalProperties/properties/frozen_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid3 = _errs19 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate12.errors = [{ instancePath: instancePath + "/index/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/index/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid2 = _errs9 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  }
                } else {
                  validate12.errors = [{ instancePath: instancePath + "/index", schemaPath: "#/properties/index/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate12.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}

// src/core/validators.ts
var validators = validators_generated_exports;

// src/core/policy/modes.ts
var MODES = ["backward", "forward", "full", "none", "backward_transitive", "forward_transitive", "full_transitive"];

// src/core/policy/config-schema.ts
var str = { type: "string", minLength: 1 };
var strings = { type: "array", items: str };
var CONFIG_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "contract-guard configuration",
  type: "object",
  additionalProperties: false,
  properties: {
    contracts: { type: ["string", "array"], minLength: 1, items: str, minItems: 1 },
    units: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "files", "version"],
        properties: {
          name: str,
          files: { ...strings, minItems: 1 },
          version: { type: "object", additionalProperties: false, required: ["file"], properties: { file: str, key: str } }
        }
      }
    },
    modules: { type: "object", additionalProperties: false, properties: { root: str, globals_versions: str } },
    roles: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["glob", "role"],
        properties: { glob: str, role: { enum: [...ROLES] } }
      }
    },
    compatibility: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["mode"],
        minProperties: 2,
        properties: { files: { ...strings, minItems: 1 }, unit: str, mode: { enum: [...MODES] } }
      }
    },
    events: { type: "object", additionalProperties: false, properties: { breaking: { enum: ["new-channel", "bump"] } } },
    invariants: {
      type: "array",
      items: {
        oneOf: [
          {
            type: "object",
            additionalProperties: false,
            required: ["id", "file", "keep"],
            properties: { id: str, file: str, pointer: { type: "string" }, keep: { ...strings, minItems: 1 } }
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["id", "paths", "forbid"],
            properties: { id: str, paths: { ...strings, minItems: 1 }, forbid: str }
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["id", "paths", "require"],
            properties: { id: str, paths: { ...strings, minItems: 1 }, require: str }
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["id", "paths", "on_change"],
            properties: { id: str, paths: { ...strings, minItems: 1 }, on_change: str }
          }
        ]
      }
    },
    council: {
      type: "object",
      additionalProperties: false,
      properties: {
        teams: { type: "array", items: { type: "string", pattern: "^[^/\\s]+/[^/\\s]+$" } },
        users: strings,
        approvals: { type: "integer", minimum: 1 }
      }
    },
    versioning: {
      type: "object",
      additionalProperties: false,
      properties: {
        zero_major: { enum: ["minor", "major"] },
        deprecation_releases: { type: "integer", minimum: 0 },
        changelog: str,
        migrations: str
      }
    },
    rules: { type: "object", additionalProperties: { enum: ["off", "patch", "minor", "major", "warn", "block"] } },
    freeze: { type: "object", additionalProperties: false, properties: { on_merge: { enum: ["tag", "commit", "off"] } } },
    files: { type: "object", additionalProperties: false, properties: { contracts: strings, ignore: strings } },
    judgement: { enum: ["policy", "strict"] },
    preset: { enum: ["none", "memoryos"] },
    review: { type: "object", additionalProperties: false, properties: { max_inline: { type: "integer", minimum: 0 } } },
    hotfix: { type: "object", additionalProperties: false, properties: { label: str } },
    spectral: { type: "object", additionalProperties: false, properties: { ruleset: str } },
    ignore: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "reason"],
        properties: {
          rule: str,
          file: str,
          pointer: { type: "string" },
          reason: str,
          until: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }
        }
      }
    }
  }
};

// src/core/rules/types.ts
function ruleFamily(family) {
  return (id, level, summary, message, hint, attributes = {}) => ({ id, family, level, summary, message, hint, ...attributes });
}
function sides(reader, writer) {
  return { reader, writer };
}
function levelForRole(level, role) {
  if (typeof level === "string") return level;
  if (role === "request" || role === "storage") return level.reader;
  if (role === "response") return level.writer;
  return levelRank(level.reader) >= levelRank(level.writer) ? level.reader : level.writer;
}

// src/core/rules/asyncapi-rules.ts
var asyncapi = ruleFamily("asyncapi");
var ASYNCAPI_RULES = [
  asyncapi(
    "channel-removed",
    "major",
    "An AsyncAPI channel was removed.",
    "channel `{channel}` removed",
    "Publishers and subscribers of this channel break: keep it, deprecated, until they moved to its replacement.",
    { migrate: "Stop publishing to and subscribing on channel `{channel}`; move to its replacement.", removes: "deprecatable" }
  ),
  asyncapi("channel-added", "minor", "An AsyncAPI channel was added.", "channel `{channel}` added", "Document who publishes on it."),
  asyncapi(
    "channel-address-changed",
    "major",
    "An AsyncAPI channel now lives at another address (topic, queue, routing key).",
    "channel `{channel}` moved from `{old}` to `{new}`",
    "Subscribers listening on the old address receive nothing: publish on both during the transition.",
    { migrate: "Publish to and subscribe on `{new}`, not `{old}`." }
  ),
  asyncapi(
    "async-operation-removed",
    "major",
    "An AsyncAPI operation (publish/subscribe, send/receive) was removed.",
    "operation `{operation}` removed",
    "Applications relying on this operation break: deprecate it first.",
    { migrate: "Stop relying on operation `{operation}`.", removes: "deprecatable" }
  ),
  asyncapi(
    "async-operation-added",
    "minor",
    "An AsyncAPI operation was added.",
    "operation `{operation}` added",
    "No action for existing applications."
  ),
  asyncapi(
    "message-removed",
    "major",
    "A message was removed from a channel, an operation or the components.",
    "message `{message}` removed",
    "Consumers expecting this message break: keep publishing it until they moved.",
    { migrate: "Stop sending and expecting message `{message}`.", removes: "deprecatable" }
  ),
  asyncapi(
    "message-added",
    "minor",
    "A message was added to a channel, an operation or the components.",
    "message `{message}` added",
    "Subscribers must ignore or handle the new message."
  ),
  asyncapi(
    "async-operation-changed",
    "major",
    "An AsyncAPI operation changed direction (send \u2194 receive) or channel.",
    "operation `{operation}` {what}",
    "Applications on either side of it break: add a new operation and keep the old one until they moved.",
    { migrate: "Adapt both sides of operation `{operation}`: it {what}." }
  ),
  asyncapi(
    "operation-message-removed",
    "major",
    "An operation no longer carries a message it carried (the message itself is still defined).",
    "operation `{operation}` no longer carries message `{message}`",
    "Consumers or producers of that message on this operation break: keep it on the operation until they moved.",
    { migrate: "Stop sending or expecting message `{message}` on operation `{operation}`." }
  ),
  asyncapi(
    "operation-message-added",
    "minor",
    "An operation now carries another, already defined message.",
    "operation `{operation}` now carries message `{message}`",
    "Consumers must ignore or handle the new message type on this channel."
  ),
  asyncapi(
    "message-content-type-changed",
    "major",
    "A message's content type changed (its own `contentType` or the document's `defaultContentType`).",
    "message `{message}` content type changed from `{old}` to `{new}`",
    "Readers decode by content type: publish the new encoding on a new channel.",
    { migrate: "Encode and decode message `{message}` as `{new}`, not `{old}`." }
  ),
  asyncapi(
    "message-schema-format-changed",
    "major",
    "A message payload's schema format changed (e.g. JSON Schema to Avro).",
    "message `{message}` payload format changed from `{old}` to `{new}`",
    "The bytes on the wire change: publish the new format on a new channel.",
    { migrate: "Write and read the payload of message `{message}` as `{new}`, not `{old}`." }
  ),
  asyncapi(
    "message-payload-unjudged",
    "minor",
    "A message payload in a schema format contract-guard does not read (Protocol Buffers, RAML, XML Schema) changed: listed, not judged.",
    "message `{message}` payload changed: `{format}` is not judged here",
    "Review what it breaks by hand{tool}; contract-guard cannot tell."
  ),
  asyncapi(
    "correlation-id-changed",
    "major",
    "A message's correlation id moved (another `location`) or was removed.",
    "message `{message}` correlation id moved from `{old}` to `{new}`",
    "Applications that correlate replies read the old place: keep it there until they moved.",
    { migrate: "Read the correlation id of message `{message}` from `{new}`, not `{old}`." }
  ),
  asyncapi(
    "async-info-changed",
    "patch",
    "Descriptive fields of an AsyncAPI document changed: info, descriptions, summaries, titles, tags, examples.",
    "`{field}` changed",
    "No action for consumers."
  )
];

// src/core/rules/avro-rules.ts
var avro = ruleFamily("avro");
var AVRO_RULES = [
  avro(
    "avro-field-added",
    "minor",
    "A field with a default was added to a record.",
    "field `{at}` added (with a default)",
    "Old data reads with the default; old readers ignore the field."
  ),
  avro(
    "avro-field-added-without-default",
    sides("major", "minor"),
    "A field without a default was added: data written before it cannot be read with the new schema.",
    "field `{at}` added without a default",
    'Give it a default (`"default": null` with a `["null", \u2026]` union), or release it on a new subject/topic.',
    {
      migrate: "{readers}: keep reading data written before this release with the old schema (it has no `{at}`), or move to a new subject or topic."
    }
  ),
  avro(
    "avro-field-removed",
    sides("minor", "major"),
    "A field without a default was removed: readers still on the old schema find it missing.",
    "field `{at}` removed (it had no default)",
    "Add a default to the field first (a release readers take), then remove it.",
    { migrate: "{readers}: upgrade to the new schema before any data without `{at}` is written." }
  ),
  avro(
    "avro-defaulted-field-removed",
    "minor",
    "A field that had a default was removed.",
    "field `{at}` removed (old readers use its default)",
    'Old readers see the default from now on: check it still means "unknown".'
  ),
  avro(
    "avro-field-renamed",
    sides("minor", "major"),
    "A field was renamed, the new name aliasing the old: new readers read old data, old readers miss the field.",
    "field `{old}` renamed to `{new}` (aliased)",
    "Old readers do not know the new name: keep the old one until they upgraded, or give their field a default.",
    { migrate: "{readers}: upgrade to the new schema before data is written with `{new}` for `{old}`." }
  ),
  avro(
    "avro-default-changed",
    "minor",
    "A field's default changed.",
    "default of `{at}` changed from {old} to {new}",
    "Readers filling the field from the default now see another value."
  ),
  avro(
    "avro-type-changed",
    "major",
    "A type changed to one Avro cannot resolve (no promotion between them).",
    "`{at}` changed type from {old} to {new}",
    "Add a new field (or subject/topic) with the new type; keep the old one.",
    {
      migrate: "{writers} and {readers}: move to a new field, subject or topic for `{at}` as {new}; data written as {old} cannot be read as it."
    }
  ),
  avro(
    "avro-type-promoted",
    sides("minor", "major"),
    "A type was promoted (int \u2192 long \u2192 float \u2192 double, string \u2194 bytes): new readers read old data, old readers cannot read the wider type.",
    "`{at}` promoted from {old} to {new}",
    "Upgrade every reader before a producer writes the wider type.",
    { migrate: "{readers}: upgrade to the new schema before `{at}` is written as {new}." }
  ),
  avro(
    "avro-type-interchanged",
    "minor",
    "A type was swapped for one Avro reads both ways (string \u2194 bytes).",
    "`{at}` changed from {old} to {new} (each reads the other)",
    "Readers get the same bytes under another type: check code that switches on it."
  ),
  avro(
    "avro-type-demoted",
    sides("major", "minor"),
    "A type was narrowed against promotion (long \u2192 int, double \u2192 float): data written before cannot be read.",
    "`{at}` narrowed from {old} to {new}",
    "Keep the wider type: Avro does not convert down.",
    { migrate: "{readers}: keep reading data written as {old} with the old schema: `{at}` is not read back as {new}." }
  ),
  avro(
    "avro-logical-type-changed",
    "major",
    "A logical type changed (e.g. timestamp-millis \u2192 timestamp-micros): the bytes read, their meaning differs.",
    "`{at}` logical type changed from {old} to {new}",
    "Add a new field with the new logical type.",
    { migrate: "{writers} and {readers}: move to a new field for `{at}` as {new}, not {old}." }
  ),
  avro(
    "avro-name-changed",
    "major",
    "A named type (record, enum, fixed) was renamed without an alias: resolution matches types by name.",
    "`{at}` renamed from {old} to {new}",
    "Keep the name, or add the old name to `aliases`.",
    { migrate: "{writers} and {readers}: move to `{new}` together; data written as {old} is not read as it." }
  ),
  avro(
    "avro-renamed-with-alias",
    sides("minor", "major"),
    "A named type was renamed and aliases its old name: new readers resolve old data, old readers do not know the new name.",
    "`{at}` renamed from {old} to {new} (aliased)",
    "Upgrade readers before producers write under the new name.",
    { migrate: "{readers}: upgrade to the new schema before data is written under {new}." }
  ),
  avro(
    "avro-enum-symbol-added",
    sides("minor", "major"),
    "An enum symbol was added and old readers have no enum default to map it to.",
    "`{at}` gained symbol {symbol}",
    "Give the enum a `default` first (readers map unknown symbols to it), then add symbols.",
    { migrate: "{readers}: upgrade to the new schema before {symbol} is written to `{at}`." }
  ),
  avro(
    "avro-enum-symbol-added-to-default",
    "minor",
    "An enum symbol was added; old readers map it to their enum's default.",
    "`{at}` gained symbol {symbol} (old readers read {default})",
    'Check that old readers treat the default as "unknown".'
  ),
  avro(
    "avro-enum-symbol-removed",
    sides("major", "minor"),
    "An enum symbol was removed and the new enum has no default: data written with it cannot be read.",
    "`{at}` lost symbol {symbol}",
    "Keep the symbol (deprecated in `doc`), or give the enum a `default`.",
    { migrate: "{readers}: keep data holding {symbol} in `{at}` readable with the old schema, or rewrite it first." }
  ),
  avro(
    "avro-enum-symbol-removed-to-default",
    "minor",
    "An enum symbol was removed; data written with it reads as the enum's default.",
    "`{at}` lost symbol {symbol} (read as {default})",
    'Check that readers treat the default as "unknown".'
  ),
  avro(
    "avro-union-branch-added",
    sides("minor", "major"),
    "A union gained a branch (or a type became a union): old readers fail on data in the new branch.",
    "`{at}` union gained {branch}",
    "Upgrade every reader before producers write the new branch.",
    { migrate: "{readers}: upgrade to the new schema before {branch} is written to `{at}`." }
  ),
  avro(
    "avro-union-branch-removed",
    sides("major", "minor"),
    "A union lost a branch: data written in it cannot be read with the new schema.",
    "`{at}` union lost {branch}",
    "Keep the branch until no data written with it is read any more.",
    { migrate: "{readers}: keep data holding {branch} in `{at}` readable with the old schema, or rewrite it first." }
  ),
  avro("avro-doc-changed", "patch", "Documentation (`doc`) changed.", "`doc` of {at} changed", "No action for readers or writers."),
  avro(
    "avro-incompatible",
    "major",
    "Avro schema resolution fails where no named rule explains it (the resolver\u2019s reason is given).",
    "{schema}: {side} fail: {reason}",
    "Read the witness and the resolver\u2019s reason; keep the old shape readable.",
    {
      migrate: "{writers} and {readers}: move together, on a new subject or topic: data written on one side of {schema} is not read on the other."
    }
  ),
  avro(
    "avro-protocol-type-added",
    "minor",
    "A protocol (`.avpr`) defines a new named type.",
    "type `{name}` added",
    "Nothing reads or writes it before it is used; generate the classes again."
  ),
  avro(
    "avro-protocol-type-removed",
    "major",
    "A protocol (`.avpr`) no longer defines a named type: code generated from it loses the class, and data of that type has no schema.",
    "type `{name}` removed",
    "Keep the type in the protocol until nothing reads or writes it, then remove it in a major release.",
    { migrate: "Stop sending and reading type `{name}`." }
  ),
  avro(
    "avro-message-added",
    "minor",
    "A protocol (`.avpr`) has a new message (an RPC call).",
    "message `{name}` added",
    "Clients can call it once servers have it: deploy servers first."
  ),
  avro(
    "avro-message-removed",
    "major",
    "A protocol (`.avpr`) no longer has a message: clients calling it fail.",
    "message `{name}` removed",
    "Deprecate the message first; remove it in a major release once no client calls it.",
    { migrate: "Stop calling message `{name}`." }
  )
];

// src/core/rules/file-rules.ts
var file = ruleFamily("file");
var data = ruleFamily("data");
var FILE_RULES = [
  file(
    "contract-added",
    "minor",
    "A new contract file (OpenAPI, JSON Schema or data).",
    "{kind} {file} added",
    "Document the new contract."
  ),
  file(
    "contract-removed",
    "major",
    "A contract file was removed.",
    "{kind} {file} removed",
    "Everything that reads or references this contract breaks: deprecate it first.",
    { migrate: "Stop reading and referencing {file}; move to its replacement." }
  ),
  file(
    "document-part-changed",
    "none",
    "A file that is part of an API description (a schema, an example or a parameter its `$ref`s reach) was added or removed, or an example file of it changed: what that changes is judged where the description uses it, as changes of the description (an example is documentation there).",
    "{file} {action}, a part of {document} (judged where it uses it)",
    "No action of its own: the changes listed for {document} are what consumers see."
  ),
  file(
    "unreadable-contract-changed",
    "major",
    "A contract that cannot be read at the baseline or at the head (over the size limit, not parsing) changed: what the change breaks cannot be told, so it is taken as breaking.",
    "{file} changed, and cannot be read on either side ({problem}): not judged",
    "Make it readable so the change can be judged, or have the Contract Council review it by hand.",
    { migrate: "Review {file} with its owners: it could not be judged." }
  ),
  file(
    "contract-moved",
    "patch",
    "A file moved to another path in the same unit; what it holds is compared with what it held at the old path.",
    "{file} moved from {from}",
    "Its content is judged as usual; anything that reads it by the old path (a code generator, a link, a `$ref` from another repository) must follow it."
  ),
  file(
    "schema-id-changed",
    "minor",
    "A JSON Schema's own `$id` changed or was removed: what `$ref`s it by that URI (in other repositories, in a registry) no longer finds it.",
    "{file}: $id changed from {old} to {new}",
    "Keep the old `$id` resolvable (publish the schema under both) until everything that references it follows; a new version beside the old one keeps both."
  ),
  file(
    "contract-version-added",
    "patch",
    "A new version published beside the last (a version in its path: `order/1.1.0/`, `v2.avsc`); what changed is compared with that version.",
    "{file}: version {version} published after {previous}",
    "Consumers move to it when they are ready; what changed since {previous} is listed with it."
  ),
  file(
    "contract-left-out",
    "major",
    "A new version published in its own folder (`order/1.1.0/`) has no file for one its previous version published: consumers that move to it lose that contract.",
    "{name}, published in {previous}, left out of {version}",
    "Publish {name} in {version} too (unchanged if nothing changed), or publish this as a new major version.",
    { migrate: "{name} is not in {version}: stay on {previous} for it, or stop using it." }
  ),
  file(
    "document-changed",
    "patch",
    "Markdown or other documentation changed.",
    "documentation {file} {action}",
    "No action for consumers."
  ),
  file(
    "module-version-changed",
    "patch",
    "A versions.yaml file changed.",
    "{file}: version {old} \u2192 {new}",
    "The version gate (contract-guard check) compares it with the required bump."
  ),
  file(
    "contract-unjudged",
    "minor",
    "A contract in a format contract-guard does not read (Protocol Buffers, GraphQL, Thrift, Avro IDL, XML Schema, WSDL, RAML) changed: listed, not judged.",
    "{file} {action}: {format} is not judged here",
    "Review what it breaks by hand{tool}; contract-guard cannot tell."
  ),
  file(
    "other-file-changed",
    "none",
    "A file in the contracts folder that is not a contract (a test, a script, tooling config, a Postman collection) changed.",
    "{file} {action} (not a contract: listed, not judged)",
    "No action: it is not part of any contract and needs no version bump."
  ),
  file(
    "binary-changed",
    "patch",
    "A file that is not text changed.",
    "{file} {action}",
    "Check by hand that this file belongs in the contracts tree."
  ),
  data("data-added", "minor", "A key or item was added to a YAML/JSON data file.", "{at} added", "No action for existing consumers."),
  data(
    "data-removed",
    "major",
    "A key or item was removed from a YAML/JSON data file.",
    "{at} removed",
    "Consumers reading this entry break.",
    { migrate: "Stop reading {at}." }
  ),
  data(
    "data-changed",
    "minor",
    "A value changed in a YAML/JSON data file.",
    "{at} changed from {old} to {new}",
    "Check that consumers of this value accept the new one."
  )
];

// src/core/rules/openapi-rules.ts
var api = ruleFamily("openapi");
var OPENAPI_RULES = [
  api("operation-added", "minor", "A new operation (path + method).", "{op} added", "Document the new endpoint."),
  api(
    "operation-removed",
    "major",
    "An operation was removed.",
    "{op} removed",
    "Clients calling {op} get 404/405: deprecate it for the required releases, then remove it in a major release.",
    { migrate: "Stop calling {op}; move to its replacement.", removes: "deprecatable" }
  ),
  api(
    "operation-deprecated",
    "minor",
    "An operation was marked deprecated.",
    "{op} deprecated",
    "Tell its consumers and give them the deprecation window."
  ),
  api("operation-undeprecated", "patch", "An operation is no longer deprecated.", "{op} no longer deprecated", "No action."),
  api(
    "operation-id-changed",
    "major",
    "An operationId changed; generated clients rename their methods.",
    "{op}: operationId changed from {old} to {new}",
    "Generated SDKs break: keep the old operationId.",
    { migrate: "Regenerate clients: the operation {old} is now {new}." }
  ),
  api(
    "operation-docs-changed",
    "patch",
    "Summary, description, tags or examples changed.",
    "{op}: {field} changed",
    "No action for consumers."
  ),
  api(
    "request-parameter-added",
    "minor",
    "An optional parameter was added.",
    "{op}: optional {in} parameter `{name}` added",
    "No action for existing clients."
  ),
  api(
    "request-parameter-added-required",
    "major",
    "A required parameter was added.",
    "{op}: required {in} parameter `{name}` added",
    "Existing clients do not send `{name}`: add it as optional with a default first.",
    { migrate: "Send {in} parameter `{name}` on every call to {op}." }
  ),
  api(
    "request-parameter-removed",
    "major",
    "A parameter was removed.",
    "{op}: {in} parameter `{name}` removed",
    "Clients still send `{name}` and may rely on its effect: deprecate it first, then remove it in a major release.",
    { migrate: "Stop sending {in} parameter `{name}` to {op}, and stop relying on its effect.", removes: "deprecatable" }
  ),
  api(
    "request-parameter-became-required",
    "major",
    "An optional parameter became required.",
    "{op}: {in} parameter `{name}` became required",
    "Clients that omit `{name}` are rejected: keep it optional.",
    { migrate: "Send {in} parameter `{name}` on every call to {op}." }
  ),
  api(
    "request-parameter-became-optional",
    "minor",
    "A required parameter became optional.",
    "{op}: {in} parameter `{name}` became optional",
    "No action for existing clients."
  ),
  api(
    "request-parameter-style-changed",
    "major",
    "A parameter's serialisation (style, explode) changed.",
    "{op}: {in} parameter `{name}` {field} changed from {old} to {new}",
    "Clients serialise `{name}` the old way: keep the old style.",
    { migrate: "Serialise {in} parameter `{name}` of {op} with {field} {new}, not {old}." }
  ),
  api(
    "request-parameter-deprecated",
    "minor",
    "A parameter was marked deprecated.",
    "{op}: {in} parameter `{name}` deprecated",
    "Tell its consumers and give them the deprecation window."
  ),
  api(
    "request-body-added",
    "minor",
    "An optional request body was added.",
    "{op}: optional request body added",
    "No action for existing clients."
  ),
  api(
    "request-body-added-required",
    "major",
    "A required request body was added.",
    "{op}: required request body added",
    "Existing clients send no body: make it optional.",
    { migrate: "Send a request body on every call to {op}." }
  ),
  api(
    "request-body-removed",
    "major",
    "The request body was removed.",
    "{op}: request body removed",
    "Clients still send a body the server no longer reads: deprecate first.",
    { migrate: "Stop sending a request body to {op}: it is no longer read." }
  ),
  api(
    "request-body-became-required",
    "major",
    "An optional request body became required.",
    "{op}: request body became required",
    "Clients that send no body are rejected: keep it optional.",
    { migrate: "Send a request body on every call to {op}." }
  ),
  api(
    "request-body-became-optional",
    "minor",
    "A required request body became optional.",
    "{op}: request body became optional",
    "No action for existing clients."
  ),
  api(
    "request-media-type-added",
    "minor",
    "A request media type was added.",
    "{op}: request media type {media} added",
    "No action for existing clients."
  ),
  api(
    "request-media-type-removed",
    "major",
    "A request media type was removed.",
    "{op}: request media type {media} removed",
    "Clients sending {media} get 415: keep accepting it.",
    { migrate: "Send request bodies to {op} in a media type it still accepts, not {media}." }
  ),
  api(
    "response-status-added",
    "minor",
    "A response status code was added.",
    "{op}: response {status} added",
    "Clients should handle {status}; document when it is returned."
  ),
  api(
    "response-success-status-removed",
    "major",
    "A 1xx/2xx/3xx response was removed.",
    "{op}: response {status} removed",
    "Clients that expect {status} break: keep returning it or release a major version.",
    { migrate: "Stop expecting {status} from {op}: handle the responses it returns now." }
  ),
  api(
    "response-error-status-removed",
    "minor",
    "A 4xx/5xx or default response was removed.",
    "{op}: response {status} removed",
    "Clients lose the documented error shape for {status}."
  ),
  api(
    "response-media-type-added",
    "minor",
    "A response media type was added.",
    "{op}: response {status} media type {media} added",
    "No action for existing clients."
  ),
  api(
    "response-media-type-removed",
    "major",
    "A response media type was removed.",
    "{op}: response {status} media type {media} removed",
    "Clients asking for {media} get 406: keep producing it.",
    { migrate: "Ask {op} for a media type it still returns, not {media}." }
  ),
  api(
    "response-header-added",
    "minor",
    "A response header was added.",
    "{op}: response {status} header `{name}` added",
    "No action for existing clients."
  ),
  api(
    "response-header-removed",
    "major",
    "A response header was removed.",
    "{op}: response {status} header `{name}` removed",
    "Clients reading `{name}` break: deprecate it first.",
    { migrate: "Stop reading header `{name}` from {op} {status} responses.", removes: "deprecatable" }
  ),
  api(
    "response-header-style-changed",
    "major",
    "A response header's serialisation (style, explode) changed.",
    "{op}: response {status} header `{name}` {field} changed from {old} to {new}",
    "Clients parse `{name}` the old way: keep the old style.",
    { migrate: "Parse header `{name}` of {op} with {field} {new}, not {old}." }
  ),
  api(
    "response-header-became-optional",
    "major",
    "A required response header became optional.",
    "{op}: response {status} header `{name}` became optional",
    "Clients relying on `{name}` must handle its absence.",
    { migrate: "Handle {op} {status} responses without header `{name}`." }
  ),
  api(
    "security-added",
    "major",
    "An operation that required no authentication now requires it.",
    "{op}: authentication now required ({schemes})",
    "Anonymous clients are rejected: announce the change and release a major version.",
    { migrate: "Authenticate every call to {op} ({schemes})." }
  ),
  api(
    "security-removed",
    "minor",
    "An operation no longer requires authentication.",
    "{op}: authentication no longer required",
    "Confirm this is intended: the operation is now public."
  ),
  api(
    "security-alternative-added",
    "minor",
    "A new way to authenticate was added.",
    "{op}: security alternative {schemes} added",
    "No action for existing clients."
  ),
  api(
    "security-alternative-removed",
    "major",
    "A way to authenticate was removed.",
    "{op}: security alternative {schemes} removed",
    "Clients authenticating with {schemes} are rejected: keep it during a deprecation window.",
    { migrate: "Authenticate calls to {op} with a scheme it still accepts, not {schemes}." }
  ),
  api(
    "security-scope-added",
    "major",
    "An OAuth scope is now required.",
    "{op}: scope {scope} of {scheme} now required",
    "Tokens without {scope} are rejected: grant the scope to clients first.",
    { migrate: "Get tokens with scope {scope} of {scheme} before calling {op}." }
  ),
  api(
    "security-scope-removed",
    "minor",
    "An OAuth scope is no longer required.",
    "{op}: scope {scope} of {scheme} no longer required",
    "No action for existing clients."
  ),
  api(
    "security-scheme-added",
    "minor",
    "A security scheme was defined.",
    "security scheme `{name}` added",
    "No action for existing clients."
  ),
  api(
    "security-scheme-removed",
    "major",
    "A security scheme was removed.",
    "security scheme `{name}` removed",
    "Operations using `{name}` lose their authentication method.",
    { migrate: "Authenticate with a scheme other than `{name}`." }
  ),
  api(
    "security-scheme-changed",
    "major",
    "A security scheme changed type, location or flows.",
    "security scheme `{name}`: {field} changed{values}",
    "Clients authenticate the old way: add a new scheme instead.",
    { migrate: "Authenticate with `{name}` as it is defined now ({field} changed)." }
  ),
  api("server-added", "minor", "A server URL was added.", "server {url} added", "No action for existing clients."),
  api(
    "base-path-changed",
    "major",
    "The route prefix every server shares (Swagger: `basePath`) changed: every operation is at another URL.",
    "every operation moved from {old} to {new}",
    "Clients calling the old URLs get 404: keep serving {old} during a transition, or release this as a major version.",
    { migrate: "Call every operation under {new}, not {old}." }
  ),
  // Servers are deployment metadata (often dev/qa hosts), not the interface; peers rate their removal as informational.
  api(
    "server-removed",
    "minor",
    "A server URL was removed.",
    "server {url} removed",
    "If clients use {url} in production, keep it routed during a transition."
  ),
  api(
    "api-info-changed",
    "patch",
    "Informational fields changed: info, tags, externalDocs, x- extensions.",
    "`{field}` changed from {old} to {new}",
    "No action for consumers."
  ),
  api(
    "openapi-version-changed",
    "minor",
    "The OpenAPI version of the document changed.",
    "OpenAPI version changed from {old} to {new}",
    "Check that your tooling supports {new}."
  ),
  api(
    "webhook-added",
    "minor",
    "A new webhook (OpenAPI 3.1 `webhooks`): a request the API sends to subscribers.",
    "{op} added",
    "Document the new webhook; receivers subscribe when they are ready."
  ),
  api(
    "webhook-removed",
    "major",
    "A webhook was removed: its receivers no longer get the event.",
    "{op} removed",
    "Receivers that rely on this event break: deprecate it first and keep sending it for the deprecation window.",
    { migrate: "Stop relying on {op}: it is no longer sent.", removes: "deprecatable" }
  ),
  api(
    "callback-added",
    "minor",
    "A new callback: a request the API sends back to a URL the client gave.",
    "{op} added",
    "Document the new callback."
  ),
  api(
    "callback-removed",
    "major",
    "A callback was removed: clients waiting for it never get it.",
    "{op} removed",
    "Clients that wait for this callback break: deprecate it first.",
    { migrate: "Stop waiting for {op}: it is no longer called.", removes: "deprecatable" }
  )
];

// src/core/rules/schema-rules.ts
var schema = ruleFamily("schema");
var SCHEMA_RULES = [
  schema(
    "type-narrowed",
    sides("major", "minor"),
    "A type was dropped from the accepted types.",
    "{at}: type narrowed from {old} to {new}",
    "Readers now reject {removed} values: keep accepting them, or make this a major release and tell the writers.",
    { migrate: "{writers}: send {at} as {new} only; {removed} values are rejected." }
  ),
  schema(
    "type-widened",
    sides("minor", "major"),
    "A type was added to the accepted types.",
    "{at}: type widened from {old} to {new}",
    "Old readers do not expect {added} values: make this a major release or keep the old type.",
    { migrate: "{readers}: accept {added} values at {at}." }
  ),
  schema(
    "type-changed",
    sides("major", "major"),
    "The type was replaced by an unrelated one.",
    "{at}: type changed from {old} to {new}",
    "Add a new field with the new type and deprecate the old one instead of changing it in place.",
    { migrate: "{writers} and {readers}: send and read {at} as {new}, not {old}." }
  ),
  schema(
    "enum-value-removed",
    sides("major", "minor"),
    "An allowed enum value was removed.",
    "{at}: enum value {value} removed",
    "Values already written or sent as {value} are now rejected: keep the value (mark it deprecated) until consumers migrate.",
    { migrate: "{writers}: stop sending {value} at {at}." }
  ),
  schema(
    "enum-value-added",
    sides("minor", "major"),
    "An enum value was added.",
    "{at}: enum value {value} added",
    "Readers with an exhaustive switch will fail on {value}: tell consumers before they receive it.",
    { migrate: "{readers}: handle {value} at {at} (no exhaustive switch over the old values)." }
  ),
  schema(
    "enum-added",
    sides("major", "minor"),
    "An enum now restricts a field that took any value.",
    "{at}: restricted to enum {new}",
    "Values outside the enum that were valid before are now rejected.",
    { migrate: "{writers}: send only {new} at {at}." }
  ),
  schema(
    "enum-removed",
    sides("minor", "major"),
    "An enum restriction was lifted.",
    "{at}: enum restriction {old} removed",
    "Readers may receive values outside the old enum.",
    { migrate: "{readers}: accept values beyond {old} at {at}." }
  ),
  schema(
    "const-changed",
    sides("major", "major"),
    "A const value changed.",
    "{at}: const changed from {old} to {new}",
    "A const change breaks every reader and writer: introduce a new field or version instead.",
    { migrate: "{writers} and {readers}: send and expect {new} at {at}, not {old}." }
  ),
  schema(
    "property-added",
    sides("minor", "minor"),
    "An optional property was added.",
    "{at}: optional property `{name}` added",
    "No action for existing consumers; document the new field.",
    { levelFrom: "policy" }
  ),
  schema(
    "property-added-to-closed-schema",
    sides("minor", "major"),
    "A property was added to a schema that forbids unknown properties (`additionalProperties: false`).",
    "{at}: property `{name}` added to a closed schema",
    "Old readers reject objects carrying `{name}`: roll readers out first, then writers, in a major release.",
    { migrate: "{readers}: accept `{name}` in {at} (open or update closed schemas)." }
  ),
  // The seed policy: removing a field is major for its readers, even an optional one (they use it when present).
  schema(
    "property-removed",
    sides("minor", "major"),
    "An optional property was removed.",
    "{at}: optional property `{name}` removed",
    "Consumers that read `{name}` when present lose it: deprecate it for the required releases, then remove it in a major release.",
    { migrate: "{readers}: stop relying on `{name}` in {at}.", removes: "deprecatable" }
  ),
  schema(
    "required-property-removed",
    sides("minor", "major"),
    "A required property was removed.",
    "{at}: required property `{name}` removed",
    "Consumers reading `{name}` break: deprecate it for the required releases, then remove it in a major release.",
    { migrate: "{readers}: handle {at} without `{name}`.", removes: "deprecatable" }
  ),
  schema(
    "property-removed-from-closed-schema",
    sides("major", "major"),
    "A property was removed from a schema that forbids unknown properties.",
    "{at}: property `{name}` removed from a closed schema",
    "Data that still carries `{name}` is now rejected: keep accepting it, or migrate stored data first.",
    { migrate: "{writers}: stop sending `{name}` in {at}; it is rejected now.", removes: "deprecatable" }
  ),
  schema(
    "required-property-added",
    sides("major", "minor"),
    "A new required property was added.",
    "{at}: required property `{name}` added",
    "Writers that do not send `{name}` are rejected: add it as optional with a default, then require it in a major release.",
    { migrate: "{writers}: always include `{name}` in {at}." }
  ),
  schema(
    "property-became-required",
    sides("major", "minor"),
    "An optional property became required.",
    "{at}: property `{name}` became required",
    "Writers that omit `{name}` are rejected: keep it optional or make this a major release.",
    { migrate: "{writers}: always include `{name}` in {at}." }
  ),
  schema(
    "property-became-optional",
    sides("minor", "major"),
    "A required property became optional.",
    "{at}: property `{name}` became optional",
    "Readers that rely on `{name}` being present must handle its absence.",
    { migrate: "{readers}: handle {at} without `{name}`." }
  ),
  schema(
    "additional-properties-narrowed",
    sides("major", "minor"),
    "Unknown properties are now rejected or constrained.",
    "{at}: additionalProperties narrowed",
    "Objects with extra properties that were valid are now rejected.",
    { migrate: "{writers}: send only the properties {at} declares." }
  ),
  schema(
    "additional-properties-widened",
    sides("minor", "major"),
    "Unknown properties are now allowed or less constrained.",
    "{at}: additionalProperties widened",
    "Readers with closed schemas will reject the extra properties.",
    { migrate: "{readers}: accept properties in {at} beyond those it declares." }
  ),
  schema(
    "constraint-tightened",
    sides("major", "minor"),
    "A validation keyword (min/max, length, items, properties count, multipleOf, uniqueItems, pattern, format) was added or tightened.",
    "{at}: {keyword} tightened from {old} to {new}",
    "Values valid under the old {keyword} are now rejected: relax it, or make this a major release.",
    { migrate: "{writers}: send values at {at} within the new {keyword} ({new})." }
  ),
  schema(
    "constraint-relaxed",
    sides("minor", "major"),
    "A validation keyword was removed or relaxed.",
    "{at}: {keyword} relaxed from {old} to {new}",
    "Readers that size or validate with the old {keyword} may reject or mishandle new values: tell them, or keep the bound.",
    { migrate: "{readers}: accept values at {at} up to the new {keyword} ({new})." }
  ),
  schema(
    "property-hidden",
    sides("major", "major"),
    "A property became readOnly (gone from requests) or writeOnly (gone from responses).",
    "{at}: property `{name}` became {keyword}",
    "Clients that send or read `{name}` break: add a new property instead.",
    { migrate: "{writers} and {readers}: stop sending and reading `{name}` in {at}: it is {keyword} now.", levelFrom: "policy" }
  ),
  schema(
    "applicator-added",
    sides("major", "minor"),
    "A structural keyword was added: if/then/else, patternProperties, dependentSchemas/Required, unevaluated*, contains, propertyNames, content*, discriminator.",
    "{at}: {keyword} added",
    "Values that passed before may now be rejected: check them against the new {keyword}.",
    { migrate: "{writers}: send values at {at} that the new {keyword} accepts." }
  ),
  schema(
    "applicator-removed",
    sides("minor", "major"),
    "A structural keyword was removed; readers lose a shape guarantee they may rely on.",
    "{at}: {keyword} removed",
    "Readers relied on what {keyword} guaranteed: keep it, or release a major version.",
    { migrate: "{readers}: stop relying on what {keyword} guaranteed at {at}." }
  ),
  schema(
    "constraint-changed",
    sides("major", "major"),
    "An applicator (if/then/else, patternProperties, dependentSchemas, unevaluated*, contains, propertyNames, content*) changed.",
    "{at}: {keyword} changed",
    "Which values validate changed in both directions: treat as breaking unless you have proven otherwise.",
    { migrate: "{writers} and {readers}: check values at {at} against the new {keyword}." }
  ),
  schema(
    "extensible-enum-value-added",
    sides("minor", "minor"),
    "A value was added to an `x-extensible-enum`, which readers must tolerate.",
    "{at}: extensible enum value {value} added",
    "No action: readers of an extensible enum accept unknown values."
  ),
  // A pattern refines a string: readers of a response read the string, they do not re-validate its shape.
  schema(
    "pattern-added",
    sides("major", "minor"),
    "A regular expression pattern now restricts a string.",
    "{at}: pattern {new} added",
    "Strings that do not match {new} are now rejected: check existing data and clients against it.",
    { migrate: "{writers}: send strings at {at} that match {new}." }
  ),
  schema(
    "pattern-removed",
    sides("minor", "minor"),
    "A pattern restriction was lifted.",
    "{at}: pattern {old} removed",
    "Readers that parse the value assuming {old} must not."
  ),
  schema(
    "pattern-changed",
    sides("major", "minor"),
    "A regular expression pattern was replaced.",
    "{at}: pattern changed from {old} to {new}",
    "Values matching the old pattern may now be rejected: keep the old pattern, or prove the new one accepts them.",
    { migrate: "{writers}: send strings at {at} that match {new}." }
  ),
  schema(
    "format-changed",
    sides("major", "major"),
    "A string format was replaced.",
    "{at}: format changed from {old} to {new}",
    "Values in the old format are rejected: add a new field for the new format.",
    { migrate: "{writers} and {readers}: send and parse {at} as {new}, not {old}.", levelFrom: "policy" }
  ),
  schema(
    "variant-added",
    sides("minor", "major"),
    "A oneOf/anyOf alternative was added.",
    "{at}: {keyword} alternative added",
    "Readers that switch over the alternatives must handle the new one.",
    { migrate: "{readers}: handle the new {keyword} alternative at {at}." }
  ),
  schema(
    "variant-removed",
    sides("major", "minor"),
    "A oneOf/anyOf alternative was removed.",
    "{at}: {keyword} alternative removed",
    "Values matching only the removed alternative are now rejected.",
    { migrate: "{writers}: stop sending values at {at} that only the removed {keyword} alternative accepted." }
  ),
  schema(
    "negation-changed",
    sides("major", "major"),
    "A `not` subschema changed.",
    "{at}: `not` subschema changed",
    "Review which values are now excluded; treat as breaking unless proven otherwise.",
    { migrate: "{writers} and {readers}: check values at {at} against the new `not`." }
  ),
  schema(
    "default-changed",
    sides("major", "patch"),
    "A default value changed: readers that fill in defaults behave differently.",
    "{at}: default changed from {old} to {new}",
    "Clients that omit the field get different behaviour: keep the old default or announce the change.",
    { migrate: "{writers}: send {at} explicitly where you relied on its default {old}: it is {new} now.", levelFrom: "policy" }
  ),
  schema(
    "definition-added",
    sides("minor", "minor"),
    "A shared definition ($defs / definitions / components) was added.",
    "{at}: definition `{name}` added",
    "No action for existing consumers."
  ),
  schema(
    "definition-removed",
    sides("major", "major"),
    "A shared definition was removed.",
    "{at}: definition `{name}` removed",
    "Every schema that references `{name}` breaks: keep the definition until nothing refers to it.",
    { migrate: "Stop referencing definition `{name}`.", removes: "deprecatable", levelFrom: "policy" }
  ),
  schema(
    "schema-deprecated",
    sides("minor", "minor"),
    "A schema or property was marked deprecated.",
    "{at}: marked deprecated",
    "Announce the deprecation; it may be removed after the deprecation window."
  ),
  schema("schema-undeprecated", sides("patch", "patch"), "A deprecation mark was removed.", "{at}: no longer deprecated", "No action."),
  schema(
    "schema-docs-changed",
    sides("patch", "patch"),
    "Only documentation changed: title, description, examples, $comment or x- extensions.",
    "{at}: {keyword} changed",
    "No action for consumers."
  ),
  schema(
    "keyword-changed",
    sides("minor", "minor"),
    "A keyword contract-guard does not classify changed (e.g. readOnly, contentEncoding, $id).",
    "{at}: {keyword} changed",
    "Review this change by hand: contract-guard cannot tell which side it affects."
  ),
  schema(
    "schema-narrowed",
    sides("major", "minor"),
    "The schema accepts less than before, as a whole (set inclusion), though no single keyword change says so.",
    "{at}: no longer accepts everything it accepted",
    "Readers reject values they accepted: find what the example shows and accept it again, or make this a major release.",
    { migrate: "{writers}: send values {at} accepts now; the example above is one it rejects." }
  ),
  schema(
    "schema-widened",
    sides("minor", "major"),
    "The schema accepts more than before, as a whole (set inclusion), though no single keyword change says so.",
    "{at}: accepts values it did not accept",
    "Old readers reject what may now be sent: keep the old limits, or make this a major release.",
    { migrate: "{readers}: accept what {at} allows now; the example above is one old readers reject." }
  )
];

// src/core/rules/catalog.ts
var RULES = [...OPENAPI_RULES, ...ASYNCAPI_RULES, ...AVRO_RULES, ...SCHEMA_RULES, ...FILE_RULES];
var BY_ID = new Map(RULES.map((r) => [r.id, r]));
if (BY_ID.size !== RULES.length) throw new Error("duplicate rule id in catalog");
function getRule(id) {
  const rule2 = BY_ID.get(id);
  if (!rule2) throw new Error(`unknown rule id ${id}`);
  return rule2;
}
function emittedId(change) {
  return change.context ? `${change.context}-${change.rule}` : change.rule;
}
function findRule(id) {
  const direct = BY_ID.get(id);
  if (direct) return { rule: direct };
  for (const context of [...SCHEMA_CONTEXTS].sort((a, b) => b.length - a.length)) {
    if (id.startsWith(context + "-")) {
      const rule2 = BY_ID.get(id.slice(context.length + 1));
      if (rule2?.family === "schema") return { rule: rule2, context };
    }
  }
  return void 0;
}
function ruleLevel(rule2, role) {
  return levelForRole(rule2.level, role);
}
var COMPATIBLE_HINTS = {
  // narrowed in what we send (a response, a webhook): its readers get less than they accepted
  response: "Compatible for those who read it: they only receive values they already accepted. No migration needed.",
  // widened in what we read (a request): what was sent before is still valid
  request: "Compatible for those who send it: everything valid before is still accepted. No migration needed.",
  // a change the rules call major, proven compatible by set inclusion
  proven: "Proven compatible by set inclusion: nothing that reads it breaks. No migration needed."
};
function ruleHint(rule2, role) {
  const level = rule2.level;
  if (rule2.family !== "schema" || typeof level === "string" || role !== "request" && role !== "response") return rule2.hint;
  const [mine, other] = role === "response" ? [level.writer, level.reader] : [level.reader, level.writer];
  return levelRank(mine) < levelRank(other) ? COMPATIBLE_HINTS[role] : rule2.hint;
}
var PARTIES = {
  request: { writers: "clients", readers: "the server" },
  "request-parameter": { writers: "clients", readers: "the server" },
  response: { writers: "the server", readers: "clients" },
  "response-header": { writers: "the server", readers: "clients" },
  "webhook-request": { writers: "the API", readers: "webhook receivers" },
  "webhook-response": { writers: "webhook receivers", readers: "the API" },
  event: { writers: "producers", readers: "consumers" },
  "event-sent": { writers: "producers", readers: "consumers" },
  "event-received": { writers: "producers", readers: "consumers" },
  storage: { writers: "writers", readers: "readers" }
};
function ruleMigrate(rule2, where, params) {
  if (!rule2.migrate) return void 0;
  const at4 = rule2.family === "avro" && (where === "request" || where === "response") ? "event" : where;
  const text5 = fill(rule2.migrate, { ...params, ...(at4 && PARTIES[at4]) ?? { writers: "writers", readers: "readers" } });
  return text5.charAt(0).toUpperCase() + text5.slice(1);
}
function fill(template, params) {
  return template.replace(/(`?)\{(\w+)\}(`?)/g, (whole, open, key3, close) => {
    if (!(key3 in params)) return whole;
    const value = show(params[key3]);
    return open && close ? codeSpan(value) : open + value + close;
  });
}
function show(value, max = MAX_SHOWN_TEXT) {
  if (typeof value === "string") return oneLine(value.length > max ? value.slice(0, max - 3) + "..." : value);
  if (value === void 0) return "none";
  const text5 = oneLine(JSON.stringify(value));
  const most = Math.min(max, 80);
  return text5.length > most ? text5.slice(0, most - 3) + "..." : text5;
}
function oneLine(text5) {
  return text5.replace(CONTROL, (c) => NAMED_CONTROL[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var MAX_SHOWN_TEXT = 200;
function abridges(params) {
  return Object.values(params).some(
    (v) => typeof v === "string" ? v.length > MAX_SHOWN_TEXT : v !== void 0 && (JSON.stringify(v)?.length ?? 0) > 80
  );
}
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/g;
var NAMED_CONTROL = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function codeSpan(text5) {
  const longest = Math.max(0, ...(text5.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = longest ? " " : "";
  return fence + pad + text5 + pad + fence;
}

// src/core/policy/policy-rules.ts
var rule = (id, severity, summary, message, fix, ratchet2 = false) => ({
  id,
  severity,
  summary,
  message,
  fix,
  ratchet: ratchet2
});
var POLICY_RULES = [
  rule(
    "version-bump-missing",
    "block",
    "A module has changes that need a bigger version bump than its versions file has.",
    "{module}: {level} changes need a {required} bump from {frozen}, but the version is {current}",
    "Set `{assignment}` in {file}."
  ),
  rule(
    "changeset-missing",
    "block",
    "A package released with changesets has changes that need a bigger release than its pending changesets declare (its version is the release's to write, not the pull request's).",
    "{module}: {level} changes need a {required} release, but {declared}",
    "Add a changeset declaring a {required} release of {module} (`npx changeset`), as drafted: {draft}."
  ),
  rule(
    "version-path-too-low",
    "block",
    "A new version published in a path (`order/1.1.0/`) whose version is lower than its changes since the last need.",
    "{module}: {level} changes since {frozen} need a {required} version, but they are published as {current}",
    "Publish them as {path} instead."
  ),
  rule(
    "published-version-changed",
    "block",
    "A version published in a path was edited in place beyond a patch: a release (`1.0.0/`) is never changed, a major line (`v1/`) only compatibly.",
    "{file}: {level} change to the published {version}",
    "Leave {version} as it was and publish the change as {path}."
  ),
  rule(
    "version-removed",
    "block",
    "A changed module had a version at the baseline and has no version number now: its version file was removed, or its version replaced by text that is none.",
    "{module}: its version {frozen} at the baseline is gone{how}",
    "Keep its version where {file} held it, at least {suggested} ({required} changes since {frozen})."
  ),
  rule(
    "version-path-mismatch",
    "block",
    "A file published under a version in its path says it is another: an Iglu schema's `self.version`, or the version in its `$id`. Registries and readers go by what the file says.",
    "{file}: its path publishes {path}, but {where} says {said}",
    "Set {where} to {expected}, as its path says.",
    true
  ),
  rule(
    "version-decreased",
    "block",
    "A module's version went down.",
    "{module}: version went down from {frozen} to {current}",
    "Versions only go up: set `{key}:` in {file} to at least {frozen}."
  ),
  rule(
    "version-bump-excess",
    "warn",
    "A module was bumped more than its changes need.",
    "{module}: bumped to {current} ({bump}) but its changes only need a {required} bump",
    "Consider `{key}: {suggested}`; a bigger bump tells consumers to expect breakage."
  ),
  rule(
    "version-missing",
    "warn",
    "A changed module has no version to compare (no versions file, no OpenAPI info.version).",
    "{module}: changed, with no version to compare{written}",
    "Write its version (e.g. `{key}: 1.0.0`) in {file}{also}; where something outside the repository versions it (a schema registry), turn this warning off in the policy (`rules: {version-missing: off}`)."
  ),
  rule(
    "event-breaking-on-existing-channel",
    "block",
    "A breaking change to what an existing channel carries (with `events.breaking: new-channel`): it must come on a new versioned channel beside the old one.",
    "{topic}: breaking change on a channel in use ({change})",
    "Leave `{topic}` as it is and publish the new shape on `{next}` beside it (in {where}); dual-publish until its consumers moved."
  ),
  rule(
    "invariant-removed",
    "block",
    "A frozen schema invariant was removed, made optional or changed in type.",
    "{invariant}: `{name}` in {file} {problem}",
    "Restore `{name}` as it was: frozen invariants can never be removed or changed."
  ),
  rule(
    "code-invariant-forbidden",
    "block",
    "Code matches a pattern a frozen contract forbids.",
    "{invariant}: forbidden pattern /{pattern}/ found in {file}",
    "Remove it: {invariant} is a frozen contract other parts of the system rely on."
  ),
  rule(
    "code-invariant-missing",
    "block",
    "Code no longer contains what a frozen contract requires.",
    "{invariant}: {file} must contain /{pattern}/",
    "Restore the required code: {invariant} is a frozen contract."
  ),
  rule(
    "policy-changed",
    "approve",
    "The guard's own policy or Spectral ruleset was changed: what every later pull request is judged by (asked only where the base branch names a Council).",
    "{file} changed: {what}",
    "Get an approving review from {council}: what pull requests are held to is theirs to change."
  ),
  rule("code-invariant-touched", "approve", "Files guarded by an on_change invariant changed.", "{invariant}: {file} changed", "{text}"),
  rule(
    "frozen-history-edited",
    "block",
    "An existing freeze file was edited or deleted, or a freeze was added that is not a true snapshot of the pull request's tree (or not newer than the base branch's).",
    "frozen snapshot {file} was {action}",
    "Frozen history is append-only: leave {file} as it is on the base branch; a new freeze comes only from `contract-guard freeze create <version>` on the final tree."
  ),
  rule(
    "contract-unreadable",
    "block",
    "A contract cannot be read: it does not parse, a `$ref` resolves nowhere (by location or `$id`), `$ref`s loop, or its schemas chain or nest through `$ref`s deeper than the diff follows (300 levels).",
    "{file}: {problem}",
    "Fix the file so it parses and every `$ref` names a file (or `$id`) in the tree, without loops or chains hundreds deep; nothing else in it can be judged until then.",
    true
  ),
  rule(
    "contract-too-large",
    "block",
    "A contract is larger than a check reads: over the size limit of a file (32 MB), or past what a check reads of one side (128 MB, in path order). It is not read, so nothing in it can be judged.",
    "{file}: {problem}",
    "Make it smaller or split it, or, when the files before it take what a check reads, split the pull request; a generated file nobody reads as a contract can be left out with `files.ignore` in the policy on the default branch.",
    true
  ),
  rule(
    "example-invalid",
    "block",
    "An example does not validate against its schema.",
    "{file}: {message} (schema {schema})",
    "Fix the example or the schema so that they agree.",
    true
  ),
  rule(
    "example-unvalidated",
    "warn",
    "An example was not validated: the schemas compiled for examples in one check passed the check's budget (50,000 schema nodes on each side).",
    "{file} was not validated against {schema}: the schemas compiled for examples in this check passed their budget",
    "Validate it in your own tests, or make the schemas it reaches smaller: each check compiles at most 50,000 schema nodes for examples."
  ),
  rule(
    "inline-examples-unvalidated",
    "warn",
    "Examples an OpenAPI description writes in place were not validated: past the check's budget (5,000 schema nodes a side) or past the first 50 that fail in one description.",
    "{file}: {count} written in place not validated ({why})",
    "Fix the examples reported first, or validate these in your own tests: each check compiles at most 5,000 schema nodes for them."
  ),
  rule(
    "example-unpaired",
    "warn",
    "An example has no schema to validate against.",
    "{file} has no schema (name it like its schema, or set `$schema`)",
    "Rename it after its schema (`x.json` for `x.schema.json`) or add a `$schema` that points at it."
  ),
  rule(
    "operation-missing-4xx",
    "block",
    "An OpenAPI operation declares no 4xx response.",
    "{op} in {file} declares no 4xx response",
    "Declare at least the 4xx responses clients must handle (400, 401, 403, 404\u2026).",
    true
  ),
  rule(
    "security-not-global",
    "block",
    "The global security requirement does not name both an mTLS and a Bearer scheme.",
    "{file}: global security must require {missing}",
    "Add a top-level `security:` requirement with a mutualTLS scheme and an http bearer scheme.",
    true
  ),
  rule(
    "health-not-exempt",
    "block",
    "`/health` is not exempt from authentication.",
    "{file}: {op} must set `security: []`",
    "Give `/health` an empty `security: []` so probes need no credentials.",
    true
  ),
  rule(
    "openapi-not-3-1",
    "block",
    "An OpenAPI document does not declare 3.1 with the JSON Schema 2020-12 dialect.",
    "{file}: {problem}",
    "Declare `openapi: 3.1.x` and `jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema`.",
    true
  ),
  rule(
    "spectral-error",
    "block",
    "A finding at `error` severity of the repository's Spectral ruleset.",
    "{file}: {message} (Spectral rule {code})",
    "Fix it as the rule {code} asks, or lower its severity in the ruleset ({ruleset}) on the default branch.",
    true
  ),
  rule(
    "spectral-warning",
    "warn",
    "A finding at `warn` severity of the repository's Spectral ruleset.",
    "{file}: {message} (Spectral rule {code})",
    "Fix it as the rule {code} asks; it does not block.",
    true
  ),
  rule(
    "major-change",
    "approve",
    "A major (breaking) change needs Contract Council approval.",
    "{module}: {count} major change{plural}",
    "Get an approving review from {council}."
  ),
  rule(
    "removal-without-deprecation",
    "approve",
    "Something was removed without being deprecated in enough earlier freezes.",
    "{what} after {count} of {needed} releases of deprecation",
    "Mark it `deprecated: true` and keep it for {needed} freezes, or get Contract Council approval."
  ),
  rule(
    "changelog-missing",
    "warn",
    "The changelog has no entry for a module's new version.",
    "{changelog} has no entry for {module} {current}",
    "Add a `## {entry}` entry to {changelog}{none}."
  ),
  rule(
    "migration-note-missing",
    "warn",
    "A major change has no migration note.",
    "no migration note for {module} {current} in {migrations}/",
    "Add {note} saying what consumers must change."
  ),
  rule(
    "ignore-expired",
    "warn",
    "An ignore entry in the config has passed its `until` date and no longer applies.",
    "ignore of {rule}{where} expired on {until} ({reason})",
    "Fix the finding, or extend `until` with a reason the Contract Council accepts."
  )
];
var BY_ID2 = new Map(POLICY_RULES.map((r) => [r.id, r]));
function getPolicyRule(id) {
  const r = BY_ID2.get(id);
  if (!r) throw new Error(`unknown policy rule ${id}`);
  return r;
}

// src/core/source/safe-regex.ts
var import_libraries2 = __toESM(require_libraries(), 1);
import { fullFormats } from "ajv-formats/dist/formats.js";
var UnsafePattern = class extends Error {
  constructor(pattern, reason) {
    super(`pattern ${JSON.stringify(pattern.length > 80 ? pattern.slice(0, 77) + "\u2026" : pattern)} cannot be checked safely: ${reason}`);
    this.pattern = pattern;
    this.reason = reason;
    this.name = "UnsafePattern";
  }
  pattern;
  reason;
};
var cache = /* @__PURE__ */ new Map();
var MAX_CACHE = 5e3;
function safePattern(pattern) {
  return compiled(pattern, false);
}
function safeLinePattern(pattern) {
  return compiled(pattern, true);
}
function compiled(pattern, lines) {
  const key3 = `${lines ? "m" : "u"}:${pattern}`;
  let hit = cache.get(key3);
  if (!hit) {
    hit = compile(pattern, lines);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(key3, hit);
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
function compile(pattern, lines) {
  if (pattern.length > MAX_PATTERN_CHARS)
    return new UnsafePattern(
      pattern,
      `longer than ${MAX_PATTERN_CHARS.toLocaleString("en")} characters (${pattern.length.toLocaleString("en")})`
    );
  try {
    const { RE2JS } = import_libraries2.default.re2js();
    const re = RE2JS.compile(RE2JS.translateRegExp(pattern), lines ? RE2JS.MULTILINE : 0);
    return {
      test: (text5) => re.matcher(text5).find(),
      matches: (text5, limit) => {
        const out = [];
        const m = re.matcher(text5);
        while (out.length < limit && m.find()) out.push({ index: m.start(), text: m.group() ?? "" });
        return out;
      },
      // ajv keys the patterns it has compiled by `toString()`: each must say which pattern it is, as a RegExp does
      toString: () => `/${pattern}/${lines ? "m" : "u"}`
    };
  } catch (err) {
    const reason = err.message.replace(/^error parsing regexp: /, "");
    return new UnsafePattern(pattern, /Perl syntax|escape sequence/.test(reason) ? `RE2 cannot run it (${reason})` : reason);
  }
}
var MAX_NATIVE_FORMAT_CHARS = 4096;
function safeFormat(re) {
  let check = FORMAT_CHECKS.get(re);
  if (!check) {
    let compiled2;
    check = (text5) => (compiled2 ??= formatCheck(re))(text5);
    FORMAT_CHECKS.set(re, check);
  }
  return check;
}
var FORMAT_CHECKS = /* @__PURE__ */ new WeakMap();
function formatCheck(re) {
  try {
    const { RE2JS } = import_libraries2.default.re2js();
    const safe = RE2JS.compile(RE2JS.translateRegExp(re.source), re.flags.includes("i") ? RE2JS.CASE_INSENSITIVE : 0);
    return (text5) => safe.matcher(text5).find();
  } catch {
    return (text5) => text5.length > MAX_NATIVE_FORMAT_CHARS || re.test(text5);
  }
}
var nativeFormats;
function nativeOnlyFormats() {
  return nativeFormats ??= new Set(
    Object.entries(fullFormats).flatMap(([name, f]) => f instanceof RegExp && unsafeReason(f.source) !== void 0 ? [name] : [])
  );
}
function uncheckableString(data2) {
  const native = nativeOnlyFormats();
  let format;
  let long;
  const stack = [[data2, ""]];
  while (stack.length && !(format && long)) {
    const [node, pointer] = stack.pop();
    if (typeof node === "string") {
      if (!long && node.length > MAX_NATIVE_FORMAT_CHARS) long = { pointer, length: node.length };
      continue;
    }
    if (!node || typeof node !== "object") continue;
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
    for (const [k, v] of entries) {
      if (k === "format" && typeof v === "string" && native.has(v)) format ??= v;
      stack.push([v, pointerJoin(pointer, k)]);
    }
  }
  if (!format || !long) return void 0;
  const chars = (n) => n.toLocaleString("en");
  return {
    pointer: long.pointer,
    message: `a string of ${chars(long.length)} characters, too long to check safely against format "${format}" (${chars(MAX_NATIVE_FORMAT_CHARS)} at most)`
  };
}
var safeRegExpEngine = Object.assign((pattern) => safePattern(pattern), { code: "safePattern" });
function unsafePatterns(data2) {
  const out = [];
  const esc = (k) => k.replace(/~/g, "~0").replace(/\//g, "~1");
  const stack = [[data2, ""]];
  while (stack.length) {
    const [node, pointer] = stack.pop();
    if (!node || typeof node !== "object") continue;
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
    for (const [k, v] of entries) {
      const at4 = `${pointer}/${esc(k)}`;
      if (k === "pattern" && typeof v === "string") {
        const why = unsafeReason(v);
        if (why) out.push({ pointer: at4, message: why });
      } else if (k === "patternProperties" && v && typeof v === "object" && !Array.isArray(v)) {
        for (const p of Object.keys(v)) {
          const why = unsafeReason(p);
          if (why) out.push({ pointer: `${at4}/${esc(p)}`, message: why });
        }
      }
      if (v && typeof v === "object") stack.push([v, at4]);
    }
  }
  return out;
}

// src/core/policy/glob.ts
var import_libraries3 = __toESM(require_libraries(), 1);
import zeptomatch from "zeptomatch";
var cache2 = /* @__PURE__ */ new Map();
function matchesAny(path, globs) {
  return globs.some((g) => matcher(g)(path));
}
function matcher(glob) {
  let m = cache2.get(glob);
  if (!m) cache2.set(glob, m = compileGlob(glob));
  return m;
}
function globError(glob) {
  try {
    matcher(glob);
    return void 0;
  } catch (err) {
    return err.message.replace(/^error parsing regexp: /, "");
  }
}
function compileGlob(glob) {
  const negations = /^!*/.exec(glob)[0].length;
  const match = expression(glob.slice(negations));
  return negations % 2 ? (path) => !match(path) : match;
}
function expression(glob) {
  const re = zeptomatch.compile(glob);
  const source = re.source.replaceAll("[\\\\/]", "\\/").replaceAll("[^\\\\/]", "[^/]");
  const { RE2JS } = import_libraries3.default.re2js();
  const flags = (re.flags.includes("s") ? RE2JS.DOTALL : 0) | (re.flags.includes("i") ? RE2JS.CASE_INSENSITIVE : 0);
  const safe = RE2JS.compile(RE2JS.translateRegExp(source), flags);
  return (path) => safe.matcher(path).find();
}

// src/core/policy/config.ts
var CONFIG_PATH = ".github/contract-guard.yml";
var DEFAULT_CONFIG = {
  contracts: "contracts",
  scope: [],
  units: [],
  modules: { root: "modules", globals_versions: "versions.yaml" },
  roles: [],
  compatibility: [],
  events: { breaking: "bump" },
  invariants: [],
  council: { teams: [], users: [], approvals: 1 },
  versioning: { zero_major: "minor", deprecation_releases: 2, changelog: "CHANGELOG.md", migrations: "migrations" },
  rules: {},
  ignore: [],
  freeze: { on_merge: "off" },
  files: { contracts: [], ignore: [] },
  judgement: "policy",
  preset: "none",
  review: { max_inline: 20 },
  hotfix: { label: "contract-hotfix" },
  spectral: { ruleset: "" }
};
function contractsScope(contracts) {
  if (typeof contracts === "string") return { root: normalizeRoot(contracts), globs: [] };
  const entries = contracts.map(normalizeRoot);
  return { root: "", globs: entries.flatMap((e) => !e ? ["**"] : /[*?[{]/.test(e) ? [e] : [e, `${e}/**`]) };
}
function normalizeRoot(root) {
  return root.replace(/^\.?\/?|\/$/g, "");
}
function parseConfig(file2, text5) {
  const doc = parseText(file2, text5.replace(/^\s*#.*$/gm, "").trim() ? text5 : "{}", "yaml");
  const data2 = doc.data ?? {};
  const validator = validators.validateConfig;
  if (!validator(data2)) {
    const e = validator.errors[0];
    let pointer = e.instancePath;
    let what = e.message ?? "is invalid";
    if (e.keyword === "additionalProperties") {
      const extra = e.params.additionalProperty;
      pointer = `${pointer}/${extra}`;
      what = "is not a known key";
    } else if (e.keyword === "oneOf") {
      what = "must be a schema invariant {id, file, keep} or a code invariant {id, paths, forbid|require|on_change}";
    } else if (e.keyword === "enum") {
      what = `must be one of ${e.params.allowedValues.join(", ")}`;
    }
    const key3 = pointer ? pointer.slice(1).replace(/\//g, ".") : "(root)";
    throw new InputError(`config key ${key3} ${what}`, file2, doc.positions.locate(pointer)?.line);
  }
  for (const [i, inv] of (data2.invariants ?? []).entries()) {
    for (const field of ["forbid", "require"]) {
      const pattern = inv[field];
      if (pattern === void 0) continue;
      const refuse = (what) => {
        throw new InputError(`config key invariants.${i}.${field} ${what}`, file2, doc.positions.locate(`/invariants/${i}/${field}`)?.line);
      };
      try {
        new RegExp(pattern);
      } catch (err) {
        refuse(`is not a valid regular expression: ${err.message}`);
      }
      try {
        safeLinePattern(pattern);
      } catch (err) {
        if (!(err instanceof UnsafePattern)) throw err;
        refuse(`cannot run over a pull request's files in linear time: ${err.reason}`);
      }
    }
  }
  refuseEscapingPaths(file2, data2, doc.positions.locate.bind(doc.positions));
  refuseUnreadableGlobs(file2, data2, doc.positions.locate.bind(doc.positions));
  for (const id of Object.keys(data2.rules ?? {})) {
    if (knownRule(id)) continue;
    const near2 = closest(id, ruleIds());
    throw new InputError(
      `config key rules.${id} names no rule (did you mean ${near2}? see docs/rules.md)`,
      file2,
      doc.positions.locate(`/rules/${id}`)?.line
    );
  }
  const d = data2;
  const scope = contractsScope(d.contracts ?? DEFAULT_CONFIG.contracts);
  return {
    contracts: scope.root,
    ...d.contracts === void 0 ? { contractsDefaulted: true } : {},
    scope: scope.globs,
    units: (d.units ?? []).map((u) => ({ ...u, version: { file: u.version.file, key: u.version.key ?? "version" } })),
    modules: { ...DEFAULT_CONFIG.modules, ...d.modules },
    roles: d.roles ?? [],
    compatibility: d.compatibility ?? [],
    events: { ...DEFAULT_CONFIG.events, ...d.events },
    invariants: d.invariants ?? [],
    council: { ...DEFAULT_CONFIG.council, ...d.council },
    versioning: { ...DEFAULT_CONFIG.versioning, ...d.versioning },
    rules: d.rules ?? {},
    ignore: d.ignore ?? [],
    freeze: { ...DEFAULT_CONFIG.freeze, ...d.freeze },
    files: { contracts: d.files?.contracts ?? [], ignore: d.files?.ignore ?? [] },
    judgement: d.judgement ?? "policy",
    preset: d.preset ?? "none",
    review: { ...DEFAULT_CONFIG.review, ...d.review },
    hotfix: { ...DEFAULT_CONFIG.hotfix, ...d.hotfix },
    spectral: { ...DEFAULT_CONFIG.spectral, ...d.spectral },
    source: {
      file: file2,
      lineOf: (pointer) => doc.positions.locate(pointer)?.line,
      given: (pointer) => pointerIn(data2, pointer)
    }
  };
}
function knownRule(id) {
  return !!findRule(id) || POLICY_RULES.some((r) => r.id === id);
}
function ruleIds() {
  const prefixed = RULES.filter((r) => r.family === "schema").flatMap((r) => SCHEMA_CONTEXTS.map((c) => `${c}-${r.id}`));
  return [...RULES.map((r) => r.id), ...prefixed, ...POLICY_RULES.map((r) => r.id)];
}
function refuseUnreadableGlobs(file2, data2, locate) {
  const d = data2;
  const found2 = [];
  const list = (pointer, values) => Array.isArray(values) && values.forEach((v, i) => found2.push([`${pointer}/${i}`, v]));
  list("/contracts", d.contracts);
  list("/files/contracts", d.files?.contracts);
  list("/files/ignore", d.files?.ignore);
  for (const key3 of ["roles", "invariants", "ignore", "units", "compatibility"])
    (d[key3] ?? []).forEach((o, i) => {
      const at4 = `/${key3}/${i}`;
      if (key3 === "roles" && o.glob !== void 0) found2.push([`${at4}/glob`, o.glob]);
      if (key3 === "ignore" && o.file !== void 0) found2.push([`${at4}/file`, o.file]);
      list(`${at4}/files`, o.files);
      list(`${at4}/paths`, o.paths);
    });
  for (const [pointer, glob] of found2) {
    const why = globError(glob);
    if (why)
      throw new InputError(
        `config key ${pointer.slice(1).replace(/\//g, ".")} is a glob that cannot be read: ${why}`,
        file2,
        locate(pointer)?.line
      );
  }
}
function refuseEscapingPaths(file2, data2, locate) {
  const d = data2;
  const pointers = [
    "/contracts",
    "/modules/root",
    "/modules/globals_versions",
    "/versioning/changelog",
    "/versioning/migrations",
    "/spectral/ruleset"
  ];
  (d.invariants ?? []).forEach((inv, i) => pointers.push(..."file" in inv ? [`/invariants/${i}/file`] : []));
  if (Array.isArray(d.contracts)) d.contracts.forEach((_, i) => pointers.push(`/contracts/${i}`));
  (d.units ?? []).forEach((u, i) => {
    pointers.push(`/units/${i}/version/file`, ...u.files.map((_, j) => `/units/${i}/files/${j}`));
  });
  for (const pointer of pointers) {
    let value = data2;
    for (const t of pointer.slice(1).split("/"))
      value = value && typeof value === "object" ? value[t] : void 0;
    if (typeof value !== "string") continue;
    const parts = value.replace(/\\/g, "/").split("/");
    if (parts.includes("..") || value.startsWith("/") || /^[a-zA-Z]:/.test(value))
      throw new InputError(
        `config key ${pointer.slice(1).replace(/\//g, ".")} is '${value}': paths are written from the repository root and stay inside it`,
        file2,
        locate(pointer)?.line
      );
  }
}
function pointerIn(data2, pointer) {
  let node = data2;
  for (const token of pointer.slice(1).split("/")) {
    if (node === null || typeof node !== "object" || !(token in node)) return false;
    node = node[token];
  }
  return true;
}
function isSchemaInvariant(inv) {
  return "keep" in inv;
}

// src/github/port.ts
function statusOf(err) {
  const status = err.status;
  return typeof status === "number" ? status : void 0;
}

// src/github/timeout.ts
function requestTimeoutMs(env = process.env) {
  const v = Number(env.CONTRACT_GUARD_REQUEST_TIMEOUT_MS ?? 3e4);
  return Number.isFinite(v) && v > 0 ? v : 3e4;
}
function timedFetch(ms = requestTimeoutMs(), base = fetch) {
  return (input, init) => {
    const deadline = AbortSignal.timeout(ms);
    return base(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
  };
}
function ambiguous(err) {
  const status = err.status;
  return typeof status !== "number" || status >= 500;
}

// src/github/octokit-port.ts
async function createOnce(create, lookup) {
  try {
    return await create({ request: { retries: 0 } });
  } catch (err) {
    if (!ambiguous(err)) throw err;
    return await lookup() ?? create({});
  }
}
var OctokitPort = class {
  constructor(octokit, owner, repo, appId) {
    this.octokit = octokit;
    this.owner = owner;
    this.repo = repo;
    this.appId = appId;
  }
  octokit;
  owner;
  repo;
  appId;
  /** The App's login (`<slug>[bot]`), learnt from a comment GitHub records as its app's. */
  ownLogin;
  get where() {
    return { owner: this.owner, repo: this.repo };
  }
  async listComments(pr) {
    const list = await this.octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...this.where,
      issue_number: pr,
      per_page: 100
    });
    const ours = (c) => this.appId !== void 0 && c.performed_via_github_app?.id !== void 0 ? c.performed_via_github_app.id === this.appId : isBot(c.user);
    this.ownLogin ??= list.find((c) => this.appId !== void 0 && c.performed_via_github_app?.id === this.appId)?.user?.login;
    return list.map((c) => ({ id: c.id, body: c.body ?? "", byBot: ours(c) }));
  }
  async createComment(pr, body) {
    const route = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
    return createOnce(
      async (extra) => {
        const { data: data2 } = await this.octokit.request(route, { ...this.where, issue_number: pr, body, ...extra });
        const made = data2;
        if (this.appId !== void 0) this.ownLogin ??= made.user?.login;
        return made.id;
      },
      async () => (await this.listComments(pr)).find((c) => c.byBot && c.body === body)?.id
    );
  }
  async updateComment(id, body) {
    await this.octokit.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...this.where, comment_id: id, body });
  }
  async listCheckRuns(headSha, name) {
    const { data: data2 } = await this.octokit.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
      ...this.where,
      ref: headSha,
      check_name: name,
      per_page: 100,
      ...this.appId !== void 0 ? { app_id: this.appId } : {}
    });
    const runs = data2.check_runs ?? [];
    return runs.filter((r) => this.appId === void 0 || r.app?.id === this.appId).sort((a, b) => b.id - a.id).map((r) => ({ id: r.id, ...r.started_at ? { startedAt: r.started_at } : {} }));
  }
  async createCheckRun(input) {
    const create = async (extra) => {
      const { data: data2 } = await this.octokit.request("POST /repos/{owner}/{repo}/check-runs", {
        ...this.where,
        name: input.name,
        head_sha: input.headSha,
        status: "completed",
        conclusion: input.conclusion,
        output: input.output,
        ...extra
      });
      return data2.id;
    };
    return createOnce(create, async () => {
      const [made] = await this.listCheckRuns(input.headSha, input.name);
      return made && await this.updateCheckRun(made.id, input) ? made.id : void 0;
    });
  }
  async updateCheckRun(id, input) {
    try {
      const { data: data2 } = await this.octokit.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
        ...this.where,
        check_run_id: id,
        ...input.conclusion ? { status: "completed", conclusion: input.conclusion } : {},
        output: input.output
      });
      return !input.conclusion || data2.conclusion === input.conclusion;
    } catch (err) {
      const refused = statusOf(err) === 422 || statusOf(err) === 403 && !/rate limit/i.test(err.message);
      if (input.conclusion && refused) return false;
      throw err;
    }
  }
  async listReviews(pr) {
    const list = await this.octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
      ...this.where,
      pull_number: pr,
      per_page: 100
    });
    return list.map((r) => ({
      id: r.id,
      user: r.user?.login ?? "",
      state: r.state,
      commitId: r.commit_id,
      ...r.submitted_at ? { submittedAt: r.submitted_at } : {}
    }));
  }
  async isTeamMember(org, team, user) {
    try {
      const { data: data2 } = await this.octokit.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
        org,
        team_slug: team,
        username: user
      });
      return data2.state === "active";
    } catch (err) {
      if (statusOf(err) === 404) return false;
      throw err;
    }
  }
  async pullsOfCommit(sha) {
    const list = await this.octokit.paginate("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", {
      ...this.where,
      commit_sha: sha,
      per_page: 100
    });
    return list.map((p) => ({
      number: p.number,
      labels: (p.labels ?? []).map((l) => l.name ?? ""),
      ...p.state ? { state: p.state } : {},
      ...p.base?.ref ? { baseRef: p.base.ref } : {},
      ...p.head?.sha ? { headSha: p.head.sha } : {}
    }));
  }
  async openPulls(base) {
    const { data: data2 } = await this.octokit.request("GET /repos/{owner}/{repo}/pulls", {
      ...this.where,
      state: "open",
      ...base ? { base } : {},
      sort: "updated",
      direction: "desc",
      per_page: 100
    });
    const list = data2;
    return list.map((p) => ({
      number: p.number,
      baseRef: p.base.ref,
      headSha: p.head.sha,
      ...p.head.repo?.html_url && p.head.ref ? { head: { url: p.head.repo.html_url, ref: p.head.ref } } : {}
    }));
  }
  issueEvents(pr) {
    return this.octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/events", {
      ...this.where,
      issue_number: pr,
      per_page: 100
    });
  }
  async baseChangedAt(pr) {
    const changes = (await this.issueEvents(pr)).filter((e) => e.event === "base_ref_changed");
    return changes.at(-1)?.created_at ?? (changes.length ? (/* @__PURE__ */ new Date()).toISOString() : void 0);
  }
  async labelAddedBy(pr, label) {
    const events = await this.issueEvents(pr);
    let added;
    for (const e of events) {
      if (e.label?.name !== label) continue;
      if (e.event === "labeled" && e.actor?.login) added = { by: e.actor.login, ...e.created_at ? { at: e.created_at } : {} };
      else if (e.event === "unlabeled") added = void 0;
    }
    return added;
  }
  async listReviewComments(pr) {
    const list = await this.octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/comments", {
      ...this.where,
      pull_number: pr,
      per_page: 100
    });
    return list.map((c) => ({
      id: c.id,
      path: c.path,
      ...c.line ? { line: c.line } : {},
      body: c.body ?? "",
      // the App's own, once it knows who it comments as (from its sticky comment): another bot's note holding our
      // marker was taken for ours, edited or deleted
      byBot: this.ownLogin !== void 0 ? c.user?.login === this.ownLogin : isBot(c.user)
    }));
  }
  async createReviewComments(pr, review) {
    const create = async (extra) => {
      await this.octokit.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
        ...this.where,
        pull_number: pr,
        commit_id: review.commitId,
        event: "COMMENT",
        body: review.body,
        comments: review.comments.map((c) => ({ path: c.path, line: c.line, side: "RIGHT", body: c.body })),
        ...extra
      });
      return true;
    };
    await createOnce(create, async () => {
      const bodies = new Set((await this.listReviewComments(pr)).filter((c) => c.byBot).map((c) => c.body));
      return review.comments.every((c) => bodies.has(c.body)) || void 0;
    });
  }
  async updateReviewComment(id, body) {
    await this.octokit.request("PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}", { ...this.where, comment_id: id, body });
  }
  async deleteReviewComment(id) {
    try {
      await this.octokit.request("DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}", { ...this.where, comment_id: id });
    } catch (err) {
      if (statusOf(err) !== 404) throw err;
    }
  }
  async resolveRef(ref) {
    const { data: data2 } = await this.octokit.request("GET /repos/{owner}/{repo}/commits/{ref}", { ...this.where, ref });
    return data2.sha;
  }
  async readTree(ref) {
    const data2 = await this.json("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { tree_sha: ref, recursive: "1" });
    const { tree, truncated } = data2;
    if (truncated) throw new Error(`the tree at ${ref} is too large for one listing (GitHub truncated it)`);
    return tree.filter((e) => e.type === "blob" && e.mode !== GIT_SYMLINK_MODE).map((e) => ({ path: e.path, sha: e.sha, size: e.size ?? 0 }));
  }
  async readBlob(sha) {
    return (await this.raw("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { file_sha: sha })).bytes;
  }
  /**
   * A large JSON answer (a recursive tree listing, a compare with its patches: megabytes on a big repository) parsed
   * natively: octokit's parser (json-with-bigint, for ids past 2^53, which these answers do not need) takes ~0.1 s per
   * MB, ~12 times JSON.parse, and runs out of stack past ~10 MB.
   */
  async json(route, params) {
    const { data: data2 } = await this.octokit.request(route, { ...this.where, ...params, request: { parseSuccessResponseBody: false } });
    return JSON.parse(await new Response(data2).text());
  }
  /**
   * A file's bytes as GitHub sends them raw, never as JSON: octokit parses JSON ~0.1 s per MB and gives up past
   * ~10 MB (out of stack), so a large contract or freeze could not be read through the API at all.
   */
  async raw(route, params) {
    const { data: data2, headers } = await this.octokit.request(route, {
      ...this.where,
      ...params,
      headers: { accept: "application/vnd.github.raw+json" },
      request: { parseSuccessResponseBody: false }
    });
    const body = new Response(data2);
    const name = String(params.path ?? params.file_sha);
    const size = Number(headers?.["content-length"]);
    if (size > LIMITS.maxFileBytes) {
      await body.body?.cancel();
      throw overSizeLimit(name, size);
    }
    const bytes = new Uint8Array(await body.arrayBuffer());
    if (bytes.length > LIMITS.maxFileBytes) throw overSizeLimit(name, bytes.length);
    return { bytes, json: /^application\/json\b/.test(String(headers?.["content-type"] ?? "")) };
  }
  async readFile(ref, path) {
    try {
      const { bytes, json } = await this.raw("GET /repos/{owner}/{repo}/contents/{path}", { path, ref });
      return json ? void 0 : bytes;
    } catch (err) {
      if (statusOf(err) === 404) return void 0;
      throw err;
    }
  }
  async comparison(base, head) {
    const data2 = await this.json("GET /repos/{owner}/{repo}/compare/{basehead}", { basehead: `${base}...${head}` });
    const found2 = data2;
    const [tip, mergeBase] = [found2.base_commit?.sha, found2.merge_base_commit?.sha];
    if (!tip || !mergeBase) throw new Error(`the compare of ${base}...${head} named no base or merge-base commit`);
    return { base: tip, mergeBase };
  }
  async pullHead(pr) {
    try {
      const { data: data2 } = await this.octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...this.where, pull_number: pr });
      return data2.head?.sha;
    } catch (err) {
      if (statusOf(err) === 404) return void 0;
      throw err;
    }
  }
  async compareFiles(base, head) {
    const data2 = await this.json("GET /repos/{owner}/{repo}/compare/{basehead}", { basehead: `${base}...${head}` });
    const files = data2.files ?? [];
    return files.map((f) => ({ path: f.filename, ...f.patch ? { patch: f.patch } : {} }));
  }
  async listTags(prefix) {
    const list = await this.octokit.paginate("GET /repos/{owner}/{repo}/git/matching-refs/{ref}", {
      ...this.where,
      ref: `tags/${prefix}`,
      per_page: 100
    });
    return list.map((r) => r.ref.replace(/^refs\/tags\//, ""));
  }
  async createTag(name, sha) {
    try {
      await this.octokit.request("POST /repos/{owner}/{repo}/git/refs", { ...this.where, ref: `refs/tags/${name}`, sha });
      return true;
    } catch (err) {
      if (statusOf(err) === 422) return false;
      throw err;
    }
  }
  async commitFiles(commit) {
    const { data: parent } = await this.octokit.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", {
      ...this.where,
      commit_sha: commit.parent
    });
    const { data: tree } = await this.octokit.request("POST /repos/{owner}/{repo}/git/trees", {
      ...this.where,
      base_tree: parent.tree.sha,
      tree: commit.files.map((f) => ({ path: f.path, mode: "100644", type: "blob", content: f.content }))
    });
    const { data: created } = await this.octokit.request("POST /repos/{owner}/{repo}/git/commits", {
      ...this.where,
      message: commit.message,
      tree: tree.sha,
      parents: [commit.parent]
    });
    const sha = created.sha;
    try {
      await this.octokit.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
        ...this.where,
        ref: `heads/${commit.branch}`,
        sha,
        force: false
      });
    } catch (err) {
      if (statusOf(err) === 422) return void 0;
      throw err;
    }
    return sha;
  }
};
function isBot(user) {
  return user?.type === "Bot" || /\[bot\]$/.test(user?.login ?? "");
}

// src/github/rest-source.ts
var RestSource = class {
  constructor(port2) {
    this.port = port2;
  }
  port;
  note = " (read through the API)";
  listings = /* @__PURE__ */ new Map();
  blobs = /* @__PURE__ */ new Map();
  async commit(ref) {
    try {
      return await this.port.resolveRef(ref);
    } catch (err) {
      if (statusOf(err) === 404 || statusOf(err) === 422) throw new InputError(`unknown git ref '${ref}'`);
      throw err;
    }
  }
  async tree(commit, under, keep = () => true) {
    const prefix = under ? under + "/" : "";
    let listing = this.listings.get(commit);
    if (!listing) this.listings.set(commit, listing = this.port.readTree(commit));
    const tree = new MapTree();
    const budget = new TreeBudget();
    for (const entry of await listing) {
      if (!entry.path.startsWith(prefix) || !keep(entry.path)) continue;
      tree.set(entry.path, withheld(entry.size, () => entry.sha, budget) ?? await this.blob(entry.sha));
    }
    return tree;
  }
  async file(ref, path) {
    const bytes = await this.port.readFile(ref, path);
    return bytes && Buffer.from(bytes).toString("utf8");
  }
  async mergeBase(a, b) {
    return (await this.port.comparison(b, a)).mergeBase;
  }
  async changedPaths(base, head) {
    const files = await this.port.compareFiles(base, head);
    return files.length < 300 ? files.map((f) => f.path) : void 0;
  }
  /** What the pull request's diff shows, from the compare API's patches: review comments are possible there too. */
  async diffLines(base, head) {
    const out = /* @__PURE__ */ new Map();
    for (const f of await this.port.compareFiles(base, head)) if (f.patch) out.set(f.path, hunkLines(f.patch));
    return out;
  }
  tags(prefix) {
    return this.port.listTags(prefix);
  }
  blob(sha) {
    let blob = this.blobs.get(sha);
    if (!blob) this.blobs.set(sha, blob = this.port.readBlob(sha));
    return blob;
  }
};

// src/services/freeze-on-merge.ts
import semver7 from "semver";

// src/core/layout.ts
var FROZEN_DIR = "_frozen";
var GLOBALS = "globals";
var FREEZE_FILE = /^freeze-v[^/]+\.json$/;
var HISTORY_FILE = /^(freeze|sha-index)-v[^/]+\.json$/;
var ContractsLayout = class {
  /**
   * `root`: the contracts folder. `modulesDir`: where modules live, repository-relative or (when it does not start with
   * the root) relative to the root, as the built-in default `modules` is.
   */
  constructor(root, modulesDir = "modules") {
    this.root = root;
    this.prefix = root ? root + "/" : "";
    this.frozenDir = this.prefix + FROZEN_DIR;
    this.modulesDir = !this.prefix || modulesDir.startsWith(this.prefix) ? modulesDir : this.prefix + modulesDir;
  }
  root;
  /** `root/` or '' */
  prefix;
  /** `root/_frozen` */
  frozenDir;
  /** The folder holding one sub-folder per module, repository-relative. */
  modulesDir;
  /** A file of the frozen folder: `frozenPath('freeze-latest.json')`. */
  frozenPath(name) {
    return `${this.frozenDir}/${name}`;
  }
  isFrozen(path) {
    return path.startsWith(this.frozenDir + "/");
  }
  /** A versioned freeze stored in the frozen folder (not the `-latest` copy). */
  isFreezePath(path) {
    return this.isFrozen(path) && !path.slice(this.frozenDir.length + 1).includes("/") && isFreezeFile(path);
  }
  inRoot(path) {
    return path.startsWith(this.prefix);
  }
  /** The path as seen from the contracts root (paths outside it are returned as they are). */
  rel(path) {
    return this.prefix && path.startsWith(this.prefix) ? path.slice(this.prefix.length) : path;
  }
  /** The module owning a repository path: `<modulesDir>/<name>/…`, else `globals`. */
  moduleOf(path) {
    const start = this.modulesDir + "/";
    if (!path.startsWith(start)) return GLOBALS;
    const rest = path.slice(start.length);
    const slash = rest.indexOf("/");
    return slash > 0 ? rest.slice(0, slash) : GLOBALS;
  }
  /** `<modulesDir>/<name>/versions.yaml` or the root's `versions.yaml`: the module's versions file, when it is one. */
  versionsModule(path) {
    if (/^versions\.ya?ml$/.test(this.rel(path)) && this.inRoot(path)) return GLOBALS;
    const start = this.modulesDir + "/";
    return path.startsWith(start) && /^[^/]+\/versions\.ya?ml$/.test(path.slice(start.length)) ? this.moduleOf(path) : void 0;
  }
};
function moduleOfAnyPath(path) {
  const m = /(?:^|\/)modules\/([^/]+)\//.exec(path);
  return m ? m[1] : GLOBALS;
}
function isFreezeFile(path) {
  return FREEZE_FILE.test(baseName(path));
}
function isHistoryFile(path) {
  return HISTORY_FILE.test(baseName(path));
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

// src/core/sha256.ts
import { createHash } from "node:crypto";
function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}

// src/core/freeze/model.ts
import { posix as posix2 } from "node:path";
import semver from "semver";
function freezeFileName(version2, label) {
  return `freeze-v${version2}${label ? `-${label}` : ""}.json`;
}
function shaIndexFileName(version2, label) {
  return `sha-index-v${version2}${label ? `-${label}` : ""}.json`;
}
function safeArtifactPath(raw, file2) {
  const path = posix2.normalize(raw.replace(/\\/g, "/"));
  if (!raw || path.startsWith("../") || path === ".." || posix2.isAbsolute(path) || /^[a-zA-Z]:/.test(path) || path.includes("\0")) {
    throw new InputError(`artifact path '${raw}' escapes the contracts root`, file2);
  }
  return path;
}
function artifactBytes(a) {
  return a.encoding === "base64" ? Buffer.from(a.content, "base64") : Buffer.from(a.content, "utf8");
}
function createFreeze(tree, version2, options) {
  if (!semver.valid(version2)) throw new InputError(`'${version2}' is not a valid SemVer version (e.g. 1.2.0)`);
  if (options.latest && !semver.gt(version2, options.latest)) {
    throw new InputError(`version ${version2} must be greater than the latest freeze v${options.latest}`);
  }
  if (options.label !== void 0 && !/^[a-z0-9][a-z0-9.-]*$/.test(options.label)) {
    throw new InputError(`label '${options.label}' must be lowercase letters, digits, dots and dashes`);
  }
  const at4 = options.now.toISOString();
  const artifacts = [];
  for (const path of tree.paths()) {
    if (path === FROZEN_DIR || path.startsWith(FROZEN_DIR + "/")) continue;
    const bytes = tree.read(path);
    if (bytes instanceof Oversized)
      throw new InputError(`${overSizeLimit(path, bytes.size).message}: a freeze cannot hold it (leave it out with files.ignore)`, path);
    const text5 = !isBinary(bytes) && isUtf8(bytes);
    artifacts.push({
      path,
      sha256: sha256(bytes),
      size: bytes.length,
      content: text5 ? Buffer.from(bytes).toString("utf8") : Buffer.from(bytes).toString("base64"),
      ...text5 ? {} : { encoding: "base64" },
      frozen_at: at4
    });
  }
  const freeze = { version: version2, ...options.label ? { label: options.label } : {}, created_at: at4, artifacts };
  return { freeze, index: indexOf(freeze) };
}
function indexOf(freeze) {
  const index = {};
  for (const a of freeze.artifacts) {
    const known = index[a.sha256];
    if (!known) index[a.sha256] = { path: a.path, size: a.size, frozen_at: a.frozen_at };
    else known.paths = [...known.paths ?? [known.path], a.path];
  }
  return { version: freeze.version, created_at: freeze.created_at, index };
}
function isUtf8(bytes) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
function serialize(value) {
  return JSON.stringify(value, null, 2) + "\n";
}
function freezeFiles(freeze, index) {
  const body = serialize(freeze);
  const indexBody = serialize(index);
  return [
    { name: freezeFileName(freeze.version, freeze.label), content: body },
    { name: shaIndexFileName(freeze.version, freeze.label), content: indexBody },
    { name: "freeze-latest.json", content: body },
    { name: "sha-index-latest.json", content: indexBody }
  ];
}
function freezeTree(freeze, root = "") {
  const prefix = root ? root.replace(/\/$/, "") + "/" : "";
  return new MapTree(freeze.artifacts.map((a) => [prefix + a.path, artifactBytes(a)]));
}
function compareVersions(a, b) {
  return semver.compare(a.version, b.version) || compareText(a.created_at, b.created_at);
}

// src/core/source/line-endings.ts
var CR = 13;
var LF = 10;
function toLf(bytes) {
  if (!bytes.includes(CR)) return bytes;
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === CR && bytes[i + 1] === LF) continue;
    out[n++] = bytes[i];
  }
  return out.subarray(0, n);
}
function toCrlf(bytes) {
  const parts = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === LF && bytes[i - 1] !== CR) parts.push(CR);
    parts.push(bytes[i]);
  }
  return Uint8Array.from(parts);
}
function sameContent(a, b) {
  if (a instanceof Oversized || b instanceof Oversized) return a instanceof Oversized && b instanceof Oversized && a.id === b.id;
  if (Buffer.compare(a, b) === 0) return true;
  if (!a.includes(CR) && !b.includes(CR)) return false;
  if (isBinary(a) || isBinary(b)) return false;
  return Buffer.compare(toLf(a), toLf(b)) === 0;
}

// src/core/freeze/read.ts
var validateFreeze2 = validators.validateFreeze;
var validateIndex2 = validators.validateIndex;
function shapeError(file2, text5, errors) {
  const e = errors?.[0];
  const pointer = e?.instancePath ?? "";
  const line = parseText(file2, text5, "json").positions.locate(pointer)?.line;
  return new InputError(`not a freeze file: ${pointer || "(root)"} ${e?.message ?? "is malformed"}`, file2, line);
}
function parseJsonFile(file2, text5) {
  return parseText(file2, text5, "json").data;
}
function readFreeze(file2, text5) {
  const data2 = parseJsonFile(file2, text5);
  if (!validateFreeze2(data2)) throw shapeError(file2, text5, validateFreeze2.errors);
  const raw = data2;
  const seen = /* @__PURE__ */ new Set();
  const artifacts = raw.artifacts.map((a) => {
    const path = safeArtifactPath(String(a.path), file2);
    if (seen.has(path)) throw new InputError(`artifact '${path}' appears twice`, file2);
    seen.add(path);
    const sha = String(a.sha256).toLowerCase();
    const stored = a.encoding === "base64" ? void 0 : hexDecoded(String(a.content), sha);
    const size = Number(a.size ?? (stored ? stored.length : Buffer.byteLength(String(a.content))));
    return {
      path,
      sha256: sha,
      size,
      ...stored ? contentOf(stored) : { content: String(a.content) },
      ...a.encoding === "base64" ? { encoding: "base64" } : {},
      frozen_at: String(a.frozen_at ?? raw.created_at ?? "")
    };
  });
  return {
    version: raw.version.replace(/^v/, ""),
    ...raw.label ? { label: raw.label } : {},
    created_at: raw.created_at ?? "",
    artifacts
  };
}
function hexDecoded(content, sha) {
  if (content.length < 2 || content.length % 2 || !/^[0-9a-fA-F]+$/.test(content)) return void 0;
  if (sha256(Buffer.from(content, "utf8")) === sha) return void 0;
  const bytes = Buffer.from(content, "hex");
  return sha256(bytes) === sha || sha256(toCrlf(bytes)) === sha ? bytes : void 0;
}
function contentOf(bytes) {
  try {
    return { content: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { content: Buffer.from(bytes).toString("base64"), encoding: "base64" };
  }
}
function readShaIndex(file2, text5) {
  const data2 = parseJsonFile(file2, text5);
  if (!validateIndex2(data2)) throw shapeError(file2, text5, validateIndex2.errors);
  const raw = data2;
  const index = {};
  for (const [sha, entry] of Object.entries(raw.index)) {
    const paths = entry.paths?.map((p) => safeArtifactPath(p, file2));
    index[sha.toLowerCase()] = {
      path: safeArtifactPath(entry.path, file2),
      ...paths ? { paths } : {},
      size: Number(entry.size ?? 0),
      frozen_at: entry.frozen_at ?? ""
    };
  }
  return { version: (raw.version ?? "").replace(/^v/, ""), created_at: raw.created_at ?? "", index };
}

// src/core/loose-version.ts
import semver2 from "semver";
function looseVersion(text5) {
  if (text5 === void 0) return void 0;
  const prefix = /^v/i.test(text5) ? "v" : "";
  const full = semver2.valid(text5);
  if (full) return { semver: full, parts: 3, prefix };
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text5);
  if (day && !Number.isNaN(Date.parse(`${text5}T00:00:00Z`)))
    return { semver: `${day[1]}${day[2]}${day[3]}.0.0`, parts: 1, prefix: "", calendar: true };
  const short3 = /^v?(0|[1-9]\d{0,8})(?:\.(0|[1-9]\d{0,8}))?$/i.exec(text5);
  if (!short3) return void 0;
  return { semver: `${short3[1]}.${short3[2] ?? 0}.0`, parts: short3[2] === void 0 ? 1 : 2, prefix };
}
function inShape(version2, like, today) {
  if (like.calendar) {
    const previous = String(semver2.major(version2) - 1).replace(/^(\d{4})(\d{2})(\d{2})$/, "$1-$2-$3");
    const after = new Date(Date.parse(`${previous}T00:00:00Z`) + 864e5).toISOString().slice(0, 10);
    return today && today > previous ? today : after;
  }
  const numbers2 = [semver2.major(version2), semver2.minor(version2), semver2.patch(version2)].slice(0, like.parts).join(".");
  const pre = like.parts === 3 && semver2.prerelease(version2) ? version2.slice(version2.indexOf("-")) : "";
  return like.prefix + numbers2 + pre;
}
var SNAPSHOT = /-SNAPSHOT$/i;
var releaseOf = (version2) => version2.replace(SNAPSHOT, "");
function nextVersion(frozen, level, like, today) {
  const line = SNAPSHOT.test(like.semver) ? "-SNAPSHOT" : "";
  return inShape(semver2.inc(releaseOf(frozen.semver), level) + line, like, today);
}
function visibleBump(level, like) {
  if (level === "patch" && like.parts < 3) return "none";
  if (level === "minor" && like.parts < 2) return "none";
  return level;
}
function highestRelease(versions) {
  return versions.map((v) => looseVersion(v)).filter((v) => v && !v.calendar && !semver2.prerelease(v.semver)).map((v) => v.semver).sort(semver2.rcompare)[0];
}
function isBuildPlaceholder(text5) {
  return typeof text5 === "string" && /^\s*(@[\w.-]+@|\$\{[\w.-]+\}|\{\{\s*[\w.-]+\s*\}\}|%[\w.-]+%|__[A-Z][A-Z0-9_]*__)\s*$/.test(text5);
}

// src/core/modules.ts
import { load as load2 } from "js-yaml";

// src/core/manifests.ts
var MANIFEST = /(^|\/)(pom\.xml|gradle\.properties|build\.gradle(\.kts)?|pyproject\.toml|Cargo\.toml|VERSION|[^/]+\.csproj|Directory\.Build\.props)$/;
var MAX_MANIFEST_CHARS = 1e6;
var isManifest = (path) => MANIFEST.test(path);
function readManifest(path, text5) {
  if (text5.length > MAX_MANIFEST_CHARS) return {};
  const file2 = path.slice(path.lastIndexOf("/") + 1);
  if (file2 === "pom.xml") return pom(text5);
  if (file2.endsWith(".csproj") || file2 === "Directory.Build.props") return msbuild(text5, file2.replace(/\.csproj$/, ""));
  if (file2 === "gradle.properties") return { version: found(text5, /^[ \t]*version[ \t]*[=:][ \t]*([^\s#!]+)[ \t]*$/m) };
  if (file2.startsWith("build.gradle")) return { version: found(text5, /^version[ \t]*=[ \t]*(?:"([^"\n$]+)"|'([^'\n$]+)')/m) };
  if (file2 === "pyproject.toml") return toml(text5, ["project", "tool.poetry"]);
  if (file2 === "Cargo.toml") return toml(text5, ["package", "workspace.package"]);
  if (file2 === "VERSION") return { version: found(text5, /^[ \t]*(v?\d[0-9A-Za-z.+-]*)[ \t]*(?:\r?\n|$)/) };
  return void 0;
}
function found(text5, re) {
  const m = re.exec(text5);
  const value = m?.[1] ?? m?.[2];
  return m && value ? at(text5, m.index + m[0].lastIndexOf(value), value) : void 0;
}
function at(text5, start, value) {
  let line = 1;
  for (let i = text5.indexOf("\n"); i !== -1 && i < start; i = text5.indexOf("\n", i + 1)) line++;
  return { value, start, end: start + value.length, line };
}
function toml(text5, tables) {
  const entries = /* @__PURE__ */ new Map();
  let table = "";
  let offset = 0;
  for (const raw of text5.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const header = /^[ \t]*\[([^[\]]+)\][ \t]*(#.*)?$/.exec(line);
    if (header) table = header[1].trim().replace(/[ \t]*\.[ \t]*/g, ".");
    else if (/^[ \t]*\[\[/.test(line)) table = void 0;
    else if (table !== void 0 && tables.includes(table)) {
      const kv = /^[ \t]*(name|version)[ \t]*=[ \t]*(?:"([^"\\\n]*)"|'([^'\n]*)')/.exec(line);
      if (kv) {
        const value = kv[2] ?? kv[3];
        const entry = entries.get(table) ?? {};
        if (kv[1] === "name") entry.name = value;
        else entry.version = at(text5, offset + kv[0].length - value.length - 1, value);
        entries.set(table, entry);
      }
    }
    offset += raw.length + 1;
  }
  return tables.map((t) => entries.get(t)).find((e) => e?.version) ?? entries.get(tables[0]) ?? {};
}
function pom(text5) {
  const value = xmlLeaves(text5, /^project\/(artifactId|version|properties\/[^/]+)$/);
  let version2 = value("project/version");
  const property = version2 && /^\$\{([\w.-]+)\}$/.exec(version2.value)?.[1];
  if (property) version2 = value(`project/properties/${property}`);
  if (version2?.value.includes("${")) version2 = void 0;
  return { name: value("project/artifactId")?.value, version: version2 };
}
function msbuild(text5, file2) {
  const value = xmlLeaves(text5, /^Project\/PropertyGroup\/(Version|VersionPrefix|PackageVersion|PackageId|AssemblyName)$/);
  const pick = (names) => names.map((n) => value(`Project/PropertyGroup/${n}`)).find(Boolean);
  const version2 = pick(["Version", "VersionPrefix", "PackageVersion"]);
  const name = pick(["PackageId", "AssemblyName"])?.value ?? (file2 === "Directory.Build.props" ? void 0 : file2);
  return { name, version: version2?.value.includes("$(") ? void 0 : version2 };
}
function xmlLeaves(text5, wanted) {
  const blank = blanked(text5);
  const stack = [];
  const leaves = /* @__PURE__ */ new Map();
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)([^<>]*)>/g;
  for (let m = tag.exec(blank); m; m = tag.exec(blank)) {
    if (m[1]) {
      stack.pop();
      continue;
    }
    if (m[3].endsWith("/")) continue;
    stack.push(m[2]);
    const where = stack.length <= 3 ? stack.join("/") : "";
    if (wanted.test(where) && !leaves.has(where)) {
      const start = m.index + m[0].length;
      const end = blank.indexOf("<", start);
      if (end !== -1) leaves.set(where, { start, end });
    }
  }
  return (where) => {
    const leaf = leaves.get(where);
    if (!leaf) return void 0;
    const raw = text5.slice(leaf.start, leaf.end);
    const trimmed = raw.trim();
    return trimmed ? at(text5, leaf.start + raw.indexOf(trimmed), trimmed) : void 0;
  };
}
function blanked(text5) {
  let out = "";
  let from = 0;
  for (; ; ) {
    const comment = text5.indexOf("<!--", from);
    const cdata = text5.indexOf("<![CDATA[", from);
    const start = comment === -1 ? cdata : cdata === -1 ? comment : Math.min(comment, cdata);
    if (start === -1) return out + text5.slice(from);
    const close = start === comment ? "-->" : "]]>";
    const stop = text5.indexOf(close, start + 4);
    const end = stop === -1 ? text5.length : stop + close.length;
    out += text5.slice(from, start) + text5.slice(start, end).replace(/[^\n]/g, " ");
    from = end;
  }
}

// src/core/semantic/copy.ts
var DROP = /* @__PURE__ */ Symbol("drop");
var KEEP = /* @__PURE__ */ Symbol("keep");
var RewrittenCopy = class {
  /**
   * `shareUnchanged`: a subtree with nothing to rewrite is used as it is, not copied (for a pure `rewrite` whose result
   * nobody edits): nodes keep their identity, so what was learnt of them (fingerprints) serves every copy.
   */
  constructor(rewrite2, shareUnchanged = false) {
    this.rewrite = rewrite2;
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
    let found2 = false;
    if (Array.isArray(node)) found2 = node.some((v) => !!v && typeof v === "object" && this.changes(v, path));
    else
      for (const [k, v] of Object.entries(node)) {
        if (this.rewrite(node, k, v) !== KEEP || !!v && typeof v === "object" && this.changes(v, path)) {
          found2 = true;
          break;
        }
      }
    path.delete(node);
    this.changing.set(node, found2);
    return found2;
  }
  /** The copy of an original node, if one was made. */
  copyOf(node) {
    return node && typeof node === "object" ? this.copies.get(node) : node;
  }
};

// src/core/semantic/schema.ts
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function putOwn(o, key3, value) {
  if (key3 === "__proto__") Object.defineProperty(o, key3, { value, enumerable: true, writable: true, configurable: true });
  else o[key3] = value;
}
var ANNOTATIONS = /* @__PURE__ */ new Set([
  "title",
  "description",
  "$comment",
  "examples",
  "example",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$schema",
  "$id",
  "$defs",
  "definitions",
  "$anchor",
  "$dynamicAnchor",
  "$vocabulary",
  "contentMediaType",
  "contentEncoding",
  "contentSchema",
  "discriminator",
  "xml",
  "externalDocs"
]);
var TYPES = ["null", "boolean", "object", "array", "number", "integer", "string"];
var TYPE_KEYWORDS = {
  multipleOf: "number",
  maximum: "number",
  exclusiveMaximum: "number",
  minimum: "number",
  exclusiveMinimum: "number",
  maxLength: "string",
  minLength: "string",
  pattern: "string",
  format: "string",
  items: "array",
  prefixItems: "array",
  additionalItems: "array",
  contains: "array",
  minContains: "array",
  maxContains: "array",
  maxItems: "array",
  minItems: "array",
  uniqueItems: "array",
  unevaluatedItems: "array",
  properties: "object",
  patternProperties: "object",
  additionalProperties: "object",
  required: "object",
  propertyNames: "object",
  maxProperties: "object",
  minProperties: "object",
  dependentRequired: "object",
  dependentSchemas: "object",
  dependencies: "object",
  unevaluatedProperties: "object"
};
function acceptsAll(s) {
  if (s === true) return true;
  return isObj(s) && Object.keys(s).every((k) => ANNOTATIONS.has(k) || k.startsWith("x-"));
}
function assertions(s) {
  return Object.keys(s).filter((k) => !ANNOTATIONS.has(k) && !k.startsWith("x-"));
}
function without(s, ...keys) {
  const out = {};
  for (const [k, v] of Object.entries(s)) if (!keys.includes(k)) out[k] = v;
  return out;
}
function typesOf(s) {
  const t = s.type;
  const list = typeof t === "string" ? [t] : Array.isArray(t) ? t.filter((x) => typeof x === "string") : void 0;
  if (!list) return new Set(TYPES);
  const out = new Set(list.filter((x) => TYPES.includes(x)));
  if (s.nullable === true) out.add("null");
  return out;
}
function typeOfValue(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}
function num(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}
function holdsData(key3) {
  return DATA_KEYWORDS.has(key3) || key3.startsWith("x-");
}
var DATA_KEYWORDS = /* @__PURE__ */ new Set(["const", "enum", "default", "examples", "example"]);
function namesSchemas(key3, value) {
  return NAMED_SCHEMAS.has(key3) && isObj(value);
}
var NAMED_SCHEMAS = /* @__PURE__ */ new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
function pushSchemaChildren(o, stack) {
  for (const [k, v] of Object.entries(o)) {
    if (holdsData(k) || !v || typeof v !== "object") continue;
    if (namesSchemas(k, v)) for (const s of Object.values(v)) stack.push(s);
    else stack.push(v);
  }
}
function someSchemaNode(root, test) {
  const seen = /* @__PURE__ */ new WeakSet();
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    if (Array.isArray(n)) {
      for (const v of n) stack.push(v);
      continue;
    }
    if (test(n)) return true;
    pushSchemaChildren(n, stack);
  }
  return false;
}
function someNode(root, test) {
  const seen = /* @__PURE__ */ new WeakSet();
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    if (!Array.isArray(n) && test(n)) return true;
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === "object") stack.push(v);
  }
  return false;
}
function keywordCost(o) {
  let cost = namesRequired(o);
  for (const k of ["allOf", "oneOf"]) {
    const n = Array.isArray(o[k]) ? o[k].length : 0;
    if (n > 100) cost += Math.floor(n * n / 70);
  }
  return cost;
}
function namesRequired(o) {
  let n = 0;
  for (const k of ["dependentRequired", "dependencies"]) {
    const map = o[k];
    if (isObj(map)) {
      for (const v of Object.values(map)) if (Array.isArray(v)) n += v.length;
    }
  }
  return n;
}
function compileSize(schema2, limit = Infinity) {
  let count = 0;
  let patterns = 0;
  someNode(schema2, (o) => {
    const before = patternCost(patterns);
    patterns += patternsAt(o);
    return (count += 1 + keywordCost(o) + patternCost(patterns) - before) > limit;
  });
  return count;
}
function patternsAt(o) {
  return (typeof o.pattern === "string" ? 1 : 0) + (isObj(o.patternProperties) ? Object.keys(o.patternProperties).length : 0);
}
function patternCost(n) {
  return n > 100 ? Math.floor(n * n / 125) : 0;
}

// src/core/semantic/bundle.ts
import Queue2 from "yocto-queue";
var KEY = (n) => `contract-guard-bundled-${n}`;
function bundle(docs, file2) {
  const keys = /* @__PURE__ */ new Map();
  const pending = new Queue2();
  const own2 = docs.get(file2).data;
  const taken = new Set(own2 && typeof own2 === "object" && isObj(own2.$defs) ? Object.keys(own2.$defs) : []);
  let next = 0;
  const prefixOf = (target) => {
    if (target === file2) return "";
    let key3 = keys.get(target);
    if (!key3) {
      do
        key3 = KEY(++next);
      while (taken.has(key3));
      keys.set(target, key3);
      pending.enqueue(target);
    }
    return `/$defs/${key3}`;
  };
  let from = file2;
  const copies = new RewrittenCopy((node, key3, value) => {
    if (from !== file2 && node === docs.get(from).data && (key3 === "$id" || key3 === "$schema")) return DROP;
    if (key3 !== "$ref" || typeof value !== "string") return KEEP;
    try {
      return rewrite2(value, from);
    } catch (err) {
      if (err instanceof InputError) return KEEP;
      throw err;
    }
  });
  const rewrite2 = (ref, at4) => {
    const hash = ref.indexOf("#");
    const target = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? "" : ref.slice(hash + 1);
    if (fragment && !fragment.startsWith("/")) throw new InputError(`plain-name fragment in ${ref}`, at4);
    const to = target ? docs.targetFile({ file: at4, pointer: "" }, ref, target) : at4;
    return `#${prefixOf(to)}${fragment}`;
  };
  try {
    const root = copies.copy(docs.get(file2).data);
    const embedded = {};
    while (pending.size) {
      from = pending.dequeue();
      embedded[keys.get(from)] = copies.copy(docs.get(from).data);
    }
    if (keys.size) {
      if (!root || typeof root !== "object" || Array.isArray(root)) return void 0;
      const own3 = root.$defs && typeof root.$defs === "object" ? root.$defs : {};
      root.$defs = { ...own3, ...embedded };
    }
    const pointerOf2 = (f, pointer) => f === file2 ? pointer : keys.has(f) ? `/$defs/${keys.get(f)}${pointer}` : void 0;
    return { root, copyOf: (node) => copies.copyOf(node), pointerOf: pointerOf2, files: [file2, ...keys.keys()] };
  } catch (err) {
    if (err instanceof InputError) return void 0;
    throw err;
  }
}
function hasExternalRef(text5) {
  return /["']?\$ref["']?\s*:\s*["']?(?!#)[^\s"']/.test(text5);
}
function judgedDocument(docs, file2) {
  const parsed2 = docs.get(file2);
  return hasExternalRef(parsed2.text) && bundle(docs, file2) || {
    root: parsed2.data,
    copyOf: (node) => node,
    pointerOf: (f, pointer) => f === file2 ? pointer : void 0,
    files: [file2]
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
var unresolved = /* @__PURE__ */ new WeakMap();
function directTargets(docs, file2) {
  let known = directCache.get(docs);
  if (!known) directCache.set(docs, known = /* @__PURE__ */ new Map());
  if (known.has(file2)) return known.get(file2);
  let targets;
  const parsed2 = unlessUnreadable(() => docs.get(file2));
  if (parsed2 && !hasExternalRef(parsed2.text)) targets = /* @__PURE__ */ new Set();
  else if (parsed2) {
    const refs = /* @__PURE__ */ new Set();
    collectRefs(parsed2.data, refs);
    targets = /* @__PURE__ */ new Set();
    for (const ref of refs) {
      const target = ref.split("#")[0];
      if (!target) continue;
      try {
        targets.add(docs.targetFile({ file: file2, pointer: "" }, ref, target));
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        let broken = unresolved.get(docs);
        if (!broken) unresolved.set(docs, broken = /* @__PURE__ */ new Set());
        broken.add(file2);
      }
    }
  }
  known.set(file2, targets);
  return targets;
}
var targetsOfFile = (docs, file2) => /\.(json|ya?ml)$/i.test(file2) ? directTargets(docs, file2) : void 0;
function referenceClosure(docs, files) {
  const targetsOf = (file2) => targetsOfFile(docs, file2);
  const closure = /* @__PURE__ */ new Map();
  for (const file2 of files) {
    const direct = targetsOf(file2);
    if (!direct) continue;
    const out = /* @__PURE__ */ new Set();
    const stack = [...direct];
    while (stack.length) {
      const t = stack.pop();
      if (t === file2 || out.has(t)) continue;
      out.add(t);
      for (const u of targetsOf(t) ?? []) stack.push(u);
    }
    closure.set(file2, out);
  }
  return closure;
}
function reachedFrom(docs, files, known = () => false) {
  const out = /* @__PURE__ */ new Set();
  const stack = [];
  for (const file2 of files) for (const t of targetsOfFile(docs, file2) ?? []) if (t !== file2) stack.push(t);
  while (stack.length) {
    const t = stack.pop();
    if (out.has(t) || known(t)) continue;
    out.add(t);
    for (const u of targetsOfFile(docs, t) ?? []) stack.push(u);
  }
  return out;
}
function soleReachers(docs, starts) {
  const by = /* @__PURE__ */ new Map();
  for (const start of starts) {
    const stack = [...targetsOfFile(docs, start) ?? []];
    while (stack.length) {
      const t = stack.pop();
      const known = by.get(t);
      if (t === start || known === start || known === null) continue;
      by.set(t, known === void 0 ? start : null);
      for (const u of targetsOfFile(docs, t) ?? []) stack.push(u);
    }
  }
  return by;
}
function completeClosure(docs, file2) {
  const reached2 = referenceClosure(docs, [file2]).get(file2);
  if (!reached2) return void 0;
  for (const f of [file2, ...reached2])
    if (!/\.(json|ya?ml)$/i.test(f) || !directTargets(docs, f) || unresolved.get(docs)?.has(f)) return void 0;
  return reached2;
}

// src/core/version-path.ts
var WHOLE = /^(v?)(\d{1,3})(?:([.\-_])(\d{1,4})(?:\3(\d{1,4}))?)?$/i;
var SUFFIX = /^(.+?)([._-])(v?)(\d{1,3})(?:\.(\d{1,4})(?:\.(\d{1,4}))?)?$/i;
var EXTENSION = /(\.schema)?\.(json|ya?ml|avsc|avpr|avdl)$/i;
function pathVersion(path) {
  const parts = path.split("/");
  const own2 = nameVersion(parts);
  if (own2?.kind !== "line") return own2 ?? folderVersion(parts);
  const folder = folderVersion(parts);
  return folder?.kind === "release" ? folder : own2;
}
function nameVersion(parts) {
  const name = parts[parts.length - 1];
  const ext = EXTENSION.exec(name)?.[0] ?? "";
  const stem = name.slice(0, name.length - ext.length);
  const dir = parts.slice(0, -1).join("/");
  const whole = WHOLE.exec(stem);
  if (whole && (whole[1] || whole[4] !== void 0 || inVersions(parts, parts.length - 1))) {
    const at4 = dir ? `${dir}/{version}${ext}` : `{version}${ext}`;
    return version(whole[0], whole[1], whole[2], whole[4], whole[5], at4, at4);
  }
  const suffix = SUFFIX.exec(stem);
  if (suffix && (suffix[3] || suffix[6] !== void 0)) {
    const at4 = `${dir ? dir + "/" : ""}${suffix[1]}${suffix[2]}{version}${ext}`;
    return version(stem.slice(suffix[1].length + 1), suffix[3], suffix[4], suffix[5], suffix[6], at4, at4);
  }
  return void 0;
}
function folderVersion(parts) {
  for (let i = parts.length - 2; i >= 0; i--) {
    const m = WHOLE.exec(parts[i]);
    if (!m || !m[1] && m[4] === void 0 && !inVersions(parts, i)) continue;
    const series = [...parts.slice(0, i), "{version}", ...parts.slice(i + 1)].join("/");
    const unit = [...parts.slice(0, i), "{version}"].join("/");
    return version(m[0], m[1], m[2], m[4], m[5], series, unit);
  }
  return void 0;
}
function inVersions(parts, i) {
  return i > 0 && parts[i - 1] === "versions" && /^\d{1,4}(\.[a-z]+)*$/i.test(parts[i].replace(EXTENSION, ""));
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
function isSchemaVer(pv) {
  return !!pv && /^\d+-\d+-\d+$/.test(pv.written);
}
function written(pv, next) {
  const [major, minor, patch] = next.split(".");
  const w = pv.written;
  const prefix = /^v/i.test(w) ? w[0] : "";
  const sep2 = /[.\-_]/.exec(w.slice(prefix.length))?.[0] ?? ".";
  const parts = w.slice(prefix.length).split(/[.\-_]/).length;
  return pv.kind === "line" ? `${prefix}${major}` : prefix + [major, minor, patch].slice(0, Math.max(parts, 2)).join(sep2);
}
function publishedAs(pv, next) {
  const at4 = pv.unit.replace("{version}", written(pv, next));
  return pv.unit === pv.series ? at4 : `${at4}/`;
}
function newestIn(paths, unit) {
  let newest;
  for (const p of paths) {
    const pv = pathVersion(p);
    if (pv?.unit === unit && (!newest || compareVersions2(pv.version, newest) > 0)) newest = pv.version;
  }
  return newest;
}
function compareVersions2(a, b) {
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
    if (pv) pushTo(bySeries, pv.series, { path: p, version: pv.version });
  }
  const out = [];
  for (const p of headPaths) {
    const pv = pathVersion(p);
    if (!pv || before.has(p) || !(EXTENSION.test(p) || isIgluSchema(p))) continue;
    let best;
    for (const o of bySeries.get(pv.series) ?? [])
      if (compareVersions2(o.version, pv.version) < 0 && (!best || compareVersions2(o.version, best.version) > 0)) best = o;
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
    const at4 = versions.get(pv.version) ?? versions.set(pv.version, { written: pv.written, paths: [] }).get(pv.version);
    at4.paths.push(p);
  }
  const fresh = /* @__PURE__ */ new Map();
  for (const p of headPaths) {
    const pv = inFolder(p);
    if (!pv || released.get(pv.unit)?.has(pv.version)) continue;
    const key3 = `${pv.unit}@${pv.version}`;
    const at4 = fresh.get(key3) ?? fresh.set(key3, { unit: pv.unit, version: pv.version, written: pv.written, series: /* @__PURE__ */ new Set() }).get(key3);
    at4.series.add(pv.series);
  }
  const out = [];
  for (const v of fresh.values()) {
    const older = [...released.get(v.unit) ?? []].filter(([version2]) => compareVersions2(version2, v.version) < 0);
    const previous = older.sort(([a], [b]) => compareVersions2(b, a))[0]?.[1];
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
  return (file2) => {
    const pv = pathVersion(file2);
    if (pv?.unit !== a.unit || pv.written !== a.written) return void 0;
    const at4 = pv.series.indexOf("{version}");
    return file2.slice(0, at4) + b.written + file2.slice(at4 + a.written.length);
  };
}

// src/core/source/kind.ts
var DOC_EXTENSIONS = /\.(md|markdown|txt|rst|adoc|html?)$/i;
function detectKind(file2, bytes, data2) {
  if (DOC_EXTENSIONS.test(file2)) return "document";
  if (isToolingName(file2)) return "other";
  if (/(^|\/)versions\.ya?ml$/i.test(file2)) return "versions";
  if (!formatOf(file2)) return bytes && isBinary(bytes) ? "binary" : "document";
  if (isAvroFile(file2)) return "avro";
  if (/\.schema\.(json|ya?ml)$/i.test(file2) && (typeof data2 === "boolean" || data2 !== null && typeof data2 === "object" && !Array.isArray(data2))) {
    const d = data2;
    if (typeof d !== "object" || !("openapi" in d || "swagger" in d)) return "jsonschema";
  }
  if (data2 === null || typeof data2 !== "object" || Array.isArray(data2)) return "data";
  const doc = data2;
  if (typeof doc.openapi === "string" && /^3\./.test(doc.openapi)) return "openapi";
  if (doc.swagger === "2.0" || doc.swagger === 2) return "swagger";
  if (typeof doc.asyncapi === "string" && /^[23]\./.test(doc.asyncapi)) return "asyncapi";
  if (typeof doc.$schema === "string" && /json-schema\.org|\/self-desc\//.test(doc.$schema)) return "jsonschema";
  if (isIgluSchema(file2)) return "jsonschema";
  if (/\.schema\.(json|ya?ml)$/i.test(file2)) return "jsonschema";
  if (doc.components && typeof doc.components === "object" && !("paths" in doc)) return "openapi-fragment";
  if (("type" in doc || "properties" in doc || "$defs" in doc || "allOf" in doc || "oneOf" in doc) && /\/schemas?\//.test("/" + file2)) {
    return "jsonschema";
  }
  if (describesObjects(doc) && !/\/examples?\//i.test("/" + file2)) return "jsonschema";
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
function unjudgedFormat(file2) {
  const found2 = UNJUDGED.find(([pattern]) => pattern.test(file2));
  return found2 && { format: found2[1], tool: found2[2] };
}
var isTopicCatalog = (file2) => /(^|\/)events?\/(.*\/)?(topics|catalog)\.ya?ml$/i.test(file2);
function roleFromPath(file2, fallback) {
  const p = "/" + file2.toLowerCase();
  if (/\/events?\//.test(p) || /\.event\.schema\./.test(p)) return "event";
  if (/\/storage\//.test(p)) return "storage";
  if (/\/requests?\//.test(p)) return "request";
  if (/\/responses?\//.test(p)) return "response";
  return fallback;
}
function isToolingName(file2) {
  const p = "/" + file2.toLowerCase();
  return /\.(py|sh|bash|ps1|bat|cmd|js|mjs|cjs|ts|rb|go|java|kt|rs|lock|ini|cfg|toml|env)$/.test(p) || /\/(makefile|dockerfile|\.gitignore|\.gitattributes|\.editorconfig)$/.test(p) || /\.(test|spec)\.(json|ya?ml)$/.test(p) || /\.postman_(collection|environment)\.json$/.test(p) || /\/\.?spectral[^/]*\.(json|ya?ml)$/.test(p) || /\/(package|package-lock|tsconfig)\.json$/.test(p) || /\/(pom\.xml|gradle\.properties|build\.gradle\.kts|build\.gradle)$/.test(p) || /\/(tests?|tooling|scripts|harness|ci|\.github)\//.test(p);
}
function isContractName(file2) {
  const p = "/" + file2.toLowerCase();
  if (isIgluSchema(file2)) return true;
  if (!/\.(json|ya?ml)$/.test(p) && !isAvroFile(p)) return false;
  return isAvroFile(p) || /\/versions\.ya?ml$/.test(p) || /\.schema\.(json|ya?ml)$/.test(p) || isTopicCatalog(file2) || /\/[^/]*(openapi|swagger|asyncapi)[^/]*$/.test(p) || /\/(schemas?|openapi)\/([^/]+\/)*[^/]+$/.test(p);
}
function isContractKind(kind) {
  return kind === "openapi" || kind === "openapi-fragment" || kind === "swagger" || kind === "asyncapi" || kind === "avro" || kind === "jsonschema" || kind === "versions";
}

// src/core/units.ts
var isObj2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var Units = class {
  constructor(list, owner, fallback, rest = GLOBALS) {
    this.list = list;
    this.owner = owner;
    this.fallback = fallback;
    this.rest = rest;
    this.byName = new Map(list.map((u) => [u.name, u]));
  }
  list;
  owner;
  fallback;
  rest;
  byName;
  /** The unit owning a repository path; `rest` for shared files outside every unit. */
  unitOf(path) {
    return this.owner.get(path) ?? this.fallback?.owner.get(path) ?? this.byPathVersion(path) ?? this.rest;
  }
  /** A path no tree holds (a file a new version left out) belongs to the unit its version folder is of. */
  byPathVersion(path) {
    const unit = pathVersion(path)?.unit;
    return unit && [...this.list, ...this.fallback?.list ?? []].find((u) => u.home?.kind === "path" && u.home.file === unit)?.name;
  }
  get(name) {
    return this.byName.get(name) ?? this.fallback?.byName.get(name);
  }
  /** A unit of this side (not only of the side before). */
  has(name) {
    return this.byName.has(name);
  }
  /** Where the side before (the baseline's, when this side was found with it) kept the unit's version. */
  homeBefore(name) {
    return this.fallback?.byName.get(name)?.home;
  }
  /** Whether any unit of this side keeps a version. */
  get versioned() {
    return this.list.some((u) => u.home);
  }
  /** One versioned unit, not a house module, is the whole repository: changelog entries need not name it. */
  get single() {
    const versioned = this.list.filter((u) => u.home);
    return versioned.length === 1 && versioned[0].home.kind !== "versions" && ![...this.owner.values()].includes(this.rest);
  }
};
function versionAt(docs, home) {
  if (!home) return void 0;
  if (home.kind === "path") return newestIn(docs.tree.paths(), home.file);
  if (home.kind === "id") return idVersion(unlessUnreadable(() => docs.get(home.file))?.data)?.written;
  if (home.kind === "manifest") return manifestAt(docs, home.file)?.value;
  const data2 = unlessUnreadable(() => docs.get(home.file))?.data;
  const value = valueAt(data2, home.pointer);
  if (typeof value === "number") return asWritten(docs, home, value);
  return value === void 0 || value === null || typeof value === "object" ? void 0 : String(value);
}
function asWritten(docs, home, value) {
  const line = docs.lineOf({ file: home.file, pointer: home.pointer });
  const text5 = line === void 0 ? void 0 : lineText(docs.get(home.file).text, line);
  const key3 = escapeRegExp(home.pointer.slice(home.pointer.lastIndexOf("/") + 1));
  const written2 = text5 && new RegExp(`(?:^|[\\s{,])["']?${key3}["']?\\s*:\\s*(\\d[\\d.]*)`).exec(text5)?.[1];
  return written2 !== void 0 && Number(written2) === value ? written2 : String(value);
}
function lineText(text5, n) {
  let start = 0;
  for (let i = 1; i < n && start >= 0; i++) start = text5.indexOf("\n", start) + 1 || -1;
  if (start < 0) return "";
  const end = text5.indexOf("\n", start);
  return text5.slice(start, end < 0 ? void 0 : end);
}
function versionLine(docs, home) {
  return home.kind === "manifest" ? manifestAt(docs, home.file)?.line : docs.lineOf({ file: home.file, pointer: home.pointer });
}
function manifestVersionWritten(docs, home, version2) {
  const bytes = home.kind === "manifest" ? docs.tree.read(home.file) : void 0;
  const text5 = bytes && new TextDecoder().decode(bytes);
  const at4 = text5 ? readManifest(home.file, text5)?.version : void 0;
  if (!text5 || !at4) return void 0;
  const end = text5.indexOf("\n", at4.end);
  const line = (text5.slice(text5.lastIndexOf("\n", at4.start - 1) + 1, at4.start) + version2 + text5.slice(at4.end, end < 0 ? void 0 : end)).trim();
  return line.length <= 100 ? line : void 0;
}
function manifestAt(docs, file2) {
  return manifestIn(docs, file2)?.version;
}
function manifestIn(docs, file2) {
  const bytes = docs.tree.read(file2);
  return bytes && readManifest(file2, new TextDecoder().decode(bytes));
}
function valueAt(data2, pointer) {
  let node = data2;
  for (const t of pointer.split("/").slice(1)) node = isObj2(node) ? node[t.replace(/~1/g, "/").replace(/~0/g, "~")] : void 0;
  return node;
}
function unitSlug(name) {
  return name.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[-.]+|-+$/g, "") || "contracts";
}
function findUnits(paths, docs, layout, configured, fallback) {
  const owner = /* @__PURE__ */ new Map();
  const units = [];
  const data2 = (p) => /\.(ya?ml|json)$/i.test(p) ? unlessUnreadable(() => docs.get(p))?.data : void 0;
  for (const u of configured) {
    units.push({ name: u.name, home: { file: u.version.file, pointer: "/" + u.version.key.split(".").join("/"), kind: "configured" } });
    for (const p of paths) if (!owner.has(p) && matchesAny(p, u.files)) owner.set(p, u.name);
  }
  const modules = /* @__PURE__ */ new Map();
  for (const p of paths) {
    const name = layout.versionsModule(p);
    if (!name || owner.has(p)) continue;
    const d = data2(p);
    const pointer = isObj2(d) && !("current" in d) && "version" in d ? "/version" : "/current";
    modules.set(name, { name, home: { file: p, pointer, kind: "versions" } });
  }
  for (const p of paths) {
    if (owner.has(p)) continue;
    const m = layout.moduleOf(p);
    if (m === GLOBALS) continue;
    owner.set(p, m);
    if (!modules.has(m)) modules.set(m, { name: m });
  }
  for (const unit of modules.values()) {
    if (unit.home || unit.name === GLOBALS) continue;
    const doc = paths.find((p) => owner.get(p) === unit.name && infoOf(data2(p)));
    if (doc) unit.home = { file: doc, pointer: "/info/version", kind: "info" };
  }
  const house = modules.size > 0;
  const globalsHome = modules.get(GLOBALS);
  modules.delete(GLOBALS);
  units.push(...modules.values());
  if (globalsHome) {
    for (const p of paths) if (!owner.has(p)) owner.set(p, GLOBALS);
    units.push(globalsHome);
    return new Units(units, owner, fallback);
  }
  const documents = paths.filter((p) => !owner.has(p) && infoOf(data2(p)) && pathVersion(p)?.kind !== "release");
  const names = documentNames(documents, (p) => infoOf(data2(p)));
  for (const doc of documents) {
    owner.set(doc, names.get(doc));
    units.push({ name: names.get(doc), home: { file: doc, pointer: "/info/version", kind: "info" } });
  }
  const shared = /* @__PURE__ */ new Set();
  for (const [file2, by] of soleReachers(docs, documents)) {
    if (owner.has(file2)) continue;
    if (by !== null) owner.set(file2, names.get(by));
    else shared.add(file2);
  }
  const versionedIds = paths.filter((p) => !owner.has(p) && !shared.has(p) && !pathVersion(p) && idVersion(data2(p)));
  const idNames = distinctNames(versionedIds, (p) => idUnitName(data2(p).$id), new Set(units.map((u) => u.name)));
  for (const p of versionedIds) {
    owner.set(p, idNames.get(p));
    units.push({ name: idNames.get(p), home: { file: p, pointer: "/$id", kind: "id" } });
  }
  const published = /* @__PURE__ */ new Map();
  for (const p of paths) {
    const pv = owner.has(p) || shared.has(p) ? void 0 : pathVersion(p);
    if (!pv) continue;
    const unit = published.get(pv.unit) ?? { name: pathUnitName(pv.unit), home: { file: pv.unit, pointer: "", kind: "path" } };
    published.set(pv.unit, unit);
    owner.set(p, unit.name);
  }
  units.push(...published.values());
  const packages = /* @__PURE__ */ new Map();
  for (const p of paths) {
    const dir = p.slice(0, p.lastIndexOf("/") + 1);
    const unnamed = dir.replace(/\/$/, "") || (/(^|\/)VERSION$/.test(p) ? "contracts" : "package");
    if (/(^|\/)package\.json$/.test(p)) {
      const d = data2(p);
      if (!isObj2(d) || typeof d.version !== "string") continue;
      const name = typeof d.name === "string" && d.name ? d.name : unnamed;
      packages.set(dir, { name, home: { file: p, pointer: "/version", kind: "package" } });
    } else if (isManifest(p) && !packages.has(dir)) {
      const manifest = manifestIn(docs, p);
      if (!manifest?.version) continue;
      packages.set(dir, { name: manifest.name || unnamed, home: { file: p, pointer: "/version", kind: "manifest" } });
    }
  }
  const taken = new Set(units.map((u) => u.name));
  for (const [dir, u] of packages) if (taken.has(u.name)) u.name = dir.replace(/\/$/, "") || u.name;
  const byPackage = [];
  for (const p of paths) {
    if (owner.has(p) || shared.has(p)) continue;
    const dir = nearestFolder(p, (d) => packages.has(d));
    if (dir !== void 0) {
      owner.set(p, packages.get(dir).name);
      byPackage.push(p);
    }
  }
  const versions = /* @__PURE__ */ new Set();
  for (const p of byPackage) if (holdsContract(p, data2(p))) versions.add(owner.get(p));
  for (const u of packages.values()) if (versions.has(u.name)) units.push(u);
  for (const p of byPackage) if (!versions.has(owner.get(p))) owner.delete(p);
  const lone = units.length === 1 ? units[0].home : void 0;
  if (lone && lone.kind !== "path" && lone.kind !== "id") {
    for (const p of paths) if (!owner.has(p) && !shared.has(p)) owner.set(p, units[0].name);
  }
  return new Units(units, owner, fallback, restName(house, units));
}
function restName(house, units) {
  const name = house ? GLOBALS : units.length ? "other contracts" : "contracts";
  return units.some((u) => u.name === name) ? GLOBALS : name;
}
function nearestFolder(path, is) {
  for (let end = path.lastIndexOf("/"); ; end = end > 0 ? path.lastIndexOf("/", end - 1) : -1) {
    const dir = end < 0 ? "" : path.slice(0, end + 1);
    if (is(dir)) return dir;
    if (end < 0) return void 0;
  }
}
function holdsContract(path, data2) {
  return !NOT_CONTRACTS.has(detectKind(path, void 0, data2));
}
var NOT_CONTRACTS = /* @__PURE__ */ new Set(["other", "document", "binary", "data", "versions"]);
function idVersion(data2) {
  if (!isObj2(data2) || typeof data2.$id !== "string" || !("$schema" in data2 || "type" in data2 || "properties" in data2)) return void 0;
  const path = idPath(data2.$id);
  const pv = path === void 0 ? void 0 : pathVersion(path);
  return pv && pv.kind === "release" ? { written: pv.written, version: pv.version } : void 0;
}
function idPath(id) {
  if (/^urn:/i.test(id)) return id.slice(4).replace(/#.*$/, "").split(":").join("/");
  try {
    return new URL(id).pathname.replace(/^\//, "").replace(/#.*$/, "");
  } catch {
    return void 0;
  }
}
function idAt(docs, home) {
  const id = home.kind === "id" ? valueAt(unlessUnreadable(() => docs.get(home.file))?.data, home.pointer) : void 0;
  return typeof id === "string" ? id : void 0;
}
function idWithVersion(id, written2, next) {
  const at4 = id.lastIndexOf(written2);
  return at4 < 0 ? id : id.slice(0, at4) + next + id.slice(at4 + written2.length);
}
function idUnitName(id) {
  const unit = pathVersion(idPath(id)).unit;
  const name = pathUnitName(unit) || unit;
  return /^urn:/i.test(id) ? name.split("/").join(":") : name;
}
function pathUnitName(unit) {
  const at4 = unit.indexOf("{version}");
  const before = unit.slice(0, at4).replace(/[/._-]+$/, "").replace(/\/versions$/, "");
  return before || unit.slice(at4 + "{version}".length).replace(/^[/._-]+/, "") || "versions";
}
function infoOf(d) {
  if (!isObj2(d) || !(typeof d.openapi === "string" || d.swagger !== void 0 || typeof d.asyncapi === "string")) return void 0;
  const info = d.info;
  if (!isObj2(info) || info.version === void 0 || info.version === null || isBuildPlaceholder(info.version)) return void 0;
  if (generatorDefault(info)) return void 0;
  return info;
}
var GENERATOR_INFO = [
  { generator: "springdoc", title: "OpenAPI definition", version: "v0" },
  { generator: "FastAPI", title: "FastAPI", version: "0.1.0" },
  { generator: "grpc-gateway's protoc-gen-openapiv2", version: "version not set" }
];
function generatorDefault(info) {
  if (!isObj2(info)) return void 0;
  return GENERATOR_INFO.find((g) => (g.title === void 0 || info.title === g.title) && info.version === g.version)?.generator;
}
function documentNames(documents, info) {
  return distinctNames(documents, (p) => {
    const title = info(p).title;
    if (typeof title === "string" && title.trim()) return title.trim();
    const parts = p.split("/");
    return parts.length > 1 ? parts[parts.length - 2] : parts[0].replace(/\.(ya?ml|json)$/i, "");
  });
}
function distinctNames(files, base, taken = /* @__PURE__ */ new Set()) {
  const names = new Map(files.map((f) => [f, base(f)]));
  const counts = /* @__PURE__ */ new Map();
  for (const n of names.values()) counts.set(n, (counts.get(n) ?? 0) + 1);
  const shared = (n) => counts.get(n) > 1 || taken.has(n);
  return new Map(files.map((f) => [f, shared(names.get(f)) ? `${names.get(f)} (${f})` : names.get(f)]));
}

// src/core/modules.ts
function moduleTagName(module, version2) {
  return `contracts-${/^[\w.-]+$/.test(module) ? module : unitSlug(module)}-${version2}`;
}
function parseModuleTag(tag) {
  const m = /^contracts-(.+?)-(\d+\.\d+\.\d+(?:[-+].*)?)$/.exec(tag);
  return m ? { module: m[1], version: m[2] } : void 0;
}

// src/services/baseline.ts
import semver3 from "semver";

// src/core/freeze/verify.ts
function artifactIntegrity(a) {
  const bytes = artifactBytes(a);
  const actual = sha256(bytes);
  if (actual === a.sha256) return { integrity: a.size === bytes.length ? "exact" : "size-mismatch", actual, bytes: bytes.length };
  if (a.encoding !== "base64" && bytes.includes(10)) {
    const crlf = toCrlf(bytes);
    if (sha256(crlf) === a.sha256 && a.size === crlf.length) return { integrity: "crlf", actual, bytes: crlf.length };
    if (!bytes.includes(13) && mixedEndingsMatch(bytes, a.size - bytes.length, a.sha256))
      return { integrity: "line-endings", actual, bytes: bytes.length };
  }
  return { integrity: "hash-mismatch", actual, bytes: bytes.length };
}
function mixedEndingsMatch(bytes, k, sha) {
  const lfs = [];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) lfs.push(i);
  const n = lfs.length;
  if (k <= 0 || k >= n || n > 2e4) return false;
  const withCr = (isCrlf) => {
    const out = new Uint8Array(bytes.length + k);
    let from = 0;
    let to = 0;
    lfs.forEach((at4, line) => {
      out.set(bytes.subarray(from, at4), to);
      to += at4 - from;
      if (isCrlf(line)) out[to++] = 13;
      from = at4;
    });
    out.set(bytes.subarray(from), to);
    return out;
  };
  for (let start = 0; start + k <= n; start++) {
    if (sha256(withCr((l) => l >= start && l < start + k)) === sha) return true;
    const lf = n - k;
    if (start + lf <= n && sha256(withCr((l) => l < start || l >= start + lf)) === sha) return true;
  }
  return false;
}
function verifyFreeze(file2, freeze) {
  const findings = [];
  const lineEndings = [];
  let crlf = 0;
  for (const a of freeze.artifacts) {
    const { integrity, actual, bytes } = artifactIntegrity(a);
    if (integrity === "crlf") crlf++;
    else if (integrity === "line-endings") lineEndings.push(a.path);
    else if (integrity === "hash-mismatch") {
      findings.push({
        file: file2,
        path: a.path,
        message: `content does not match its SHA-256 (recorded ${a.sha256.slice(0, 12)}\u2026, actual ${actual.slice(0, 12)}\u2026): edited by hand?`
      });
    } else if (integrity === "size-mismatch")
      findings.push({ file: file2, path: a.path, message: `size ${a.size} recorded, ${bytes} bytes stored` });
  }
  return { findings, crlf, lineEndings };
}
function verifyIndex(file2, index, freeze) {
  const out = [];
  const byPath2 = new Map(freeze.artifacts.map((a) => [a.path, a]));
  for (const [sha, entry] of Object.entries(index.index)) {
    for (const path of entry.paths ?? [entry.path]) {
      const a = byPath2.get(path);
      if (!a) out.push({ file: file2, path, message: `indexed artifact is missing from freeze v${freeze.version}` });
      else if (a.sha256 !== sha)
        out.push({ file: file2, path, message: `index records ${sha.slice(0, 12)}\u2026, freeze v${freeze.version} holds ${a.sha256.slice(0, 12)}\u2026` });
    }
  }
  const indexed = new Set(Object.keys(index.index));
  for (const a of freeze.artifacts)
    if (!indexed.has(a.sha256))
      out.push({ file: file2, path: a.path, message: `artifact of freeze v${freeze.version} is missing from the index` });
  return out;
}

// src/services/baseline.ts
async function resolveBaseline(source, layout, spec) {
  const { root } = layout;
  const { note } = source;
  if (spec.base?.startsWith("freeze:")) {
    if (!spec.freezes) throw new InputError(`--base ${spec.base}: freezes are read from a working tree, and there is none here`);
    const stored = spec.freezes.get(spec.base.slice("freeze:".length));
    return {
      tree: freezeTree(stored.freeze, root),
      description: `freeze v${stored.freeze.version} from ${stored.file} (--base)`,
      warnings: []
    };
  }
  if (spec.base) {
    const ref = spec.base.startsWith("tag:") ? `refs/tags/${spec.base.slice(4)}` : spec.base;
    const sha = await source.commit(ref);
    return { tree: await source.tree(sha, root), description: `${spec.base} (${sha.slice(0, 7)})${note}`, warnings: [] };
  }
  const branch = spec.baseBranch;
  if (!branch) throw new InputError("no default branch (main/master) to find a baseline on: pass --base <ref> or --base-branch <branch>");
  const latestPath = layout.frozenPath("freeze-latest.json");
  const latest = await source.file(branch, latestPath);
  if (latest !== void 0) {
    const freeze = readFreeze(latestPath, latest);
    const broken = verifyFreeze(latestPath, freeze).findings;
    return {
      tree: freezeTree(freeze, root),
      atTip: true,
      description: `freeze v${freeze.version} from ${latestPath} on ${branch}${note}`,
      warnings: broken.length ? [
        `${latestPath} on ${branch} does not verify (${broken.length} artifact${broken.length === 1 ? "" : "s"}, first ${broken[0].path}: ${broken[0].message}); run \`contract-guard freeze verify\` there`
      ] : []
    };
  }
  const mergeBase = await source.mergeBase(spec.mergeFrom, branch);
  const fallback = await source.tree(mergeBase, root);
  const { tags, skipped, older } = await releasedModuleTags(source, branch);
  const notOnBranch = [
    ...skipped.length ? [
      `${skipped.length === 1 ? "tag" : "tags"} ${skipped.join(", ")} ${skipped.length === 1 ? "is" : "are"} not on ${branch}: not a baseline (a release tag marks a commit merged there)`
    ] : [],
    ...older.length ? [`tag ${older.join("; tag ")} on ${branch}: not a baseline (releases go forward with history)`] : []
  ];
  if (tags.size) {
    const layers = [];
    for (const [module, tag] of tags) {
      const tree = await source.tree(tag.commit, root);
      layers.push({ tree, owns: (p) => layout.inRoot(p) && layout.moduleOf(p) === module });
    }
    layers.push({ tree: fallback, owns: () => true });
    return {
      tree: overlayTree(layers),
      description: `module tags ${[...tags.values()].map((t) => t.tag).join(", ")}; other modules from the merge-base with ${branch} (${mergeBase.slice(0, 7)})${note}`,
      warnings: [`no freeze on ${branch} yet: baseline built from module tags`, ...notOnBranch]
    };
  }
  return {
    tree: fallback,
    description: `merge-base with ${branch} (${mergeBase.slice(0, 7)})${note}`,
    warnings: [
      `no freeze on ${branch} yet: comparing with the merge-base; create one with \`contract-guard freeze create <version>\` and merge it`,
      ...notOnBranch
    ]
  };
}
async function releasedModuleTags(source, branch) {
  const byModule = /* @__PURE__ */ new Map();
  for (const tag of await source.tags("contracts-")) {
    const parsed2 = parseModuleTag(tag);
    if (!parsed2 || !semver3.valid(parsed2.version)) continue;
    pushTo(byModule, parsed2.module, { tag, version: parsed2.version });
  }
  const tags = /* @__PURE__ */ new Map();
  const skipped = [];
  const older = [];
  for (const [module, list] of byModule) {
    const found2 = await latestRelease(
      source,
      branch,
      list.sort((a, b) => semver3.rcompare(a.version, b.version))
    );
    if (found2.release) tags.set(module, { tag: found2.release.tag, commit: found2.release.commit });
    skipped.push(...found2.skipped);
    older.push(...found2.older);
  }
  return { tags, skipped: skipped.sort(), older };
}
async function isAncestor(source, a, b) {
  const base = await source.mergeBase(a, b).catch((err) => {
    if (err instanceof InputError) return void 0;
    throw err;
  });
  return base === a;
}
async function releaseTag(source, branch) {
  const tags = (await source.tags("")).map((tag) => ({ tag, version: /^v?(\d+\.\d+\.\d+)$/.exec(tag)?.[1] })).filter((t) => !!t.version && !!semver3.valid(t.version)).sort((a, b) => semver3.rcompare(a.version, b.version));
  const { release } = await latestRelease(source, branch, tags.slice(0, 5));
  return release && { tag: release.tag, version: release.version };
}
async function latestRelease(source, branch, tags) {
  let release;
  const skipped = [];
  const older = [];
  for (const t of tags) {
    const commit = await tagOnBranch(source, t.tag, branch);
    if (!commit) {
      if (!release) skipped.push(t.tag);
      continue;
    }
    if (release && (commit === release.commit || !await isAncestor(source, release.commit, commit))) break;
    if (release) older.push(`${release.tag} names an older commit than ${t.tag}`);
    release = { ...t, commit };
  }
  return { release, skipped, older };
}
async function tagOnBranch(source, tag, branch) {
  const commit = await source.commit(`refs/tags/${tag}`);
  const tip = await source.commit(branch);
  return await isAncestor(source, commit, tip) ? commit : void 0;
}

// src/core/diff/avro-diff.ts
var import_libraries4 = __toESM(require_libraries(), 1);
import Queue3 from "yocto-queue";

// src/core/diff/sink.ts
var ChangeSink = class {
  /** `moved`: files the change moved, old path → new; a change found at an old path (a removal) is reported at the new one. */
  constructor(moved2 = /* @__PURE__ */ new Map()) {
    this.moved = moved2;
  }
  moved;
  changes = [];
  keys = /* @__PURE__ */ new Map();
  /**
   * While one pair of files is compared, where its base files are reported: a new version compared with the one before
   * it reports a removal at the new version's file, not as an edit of the published one.
   */
  relocate;
  to(file2) {
    return this.moved.get(file2) ?? this.relocate?.(file2);
  }
  /** Store a change, or note another way to it; returns the stored change. */
  emit(change) {
    const to = this.to(change.loc.file);
    if (to) change = { ...change, loc: { ...change.loc, file: to } };
    const lineTo = change.lineAt && this.to(change.lineAt.file);
    if (lineTo) change = { ...change, lineAt: { ...change.lineAt, file: lineTo } };
    const key3 = `${emittedId(change)}|${change.loc.file}|${change.loc.pointer}`;
    const known = this.keys.get(key3);
    if (known) {
      addVia(known, change.via);
      return known;
    }
    this.keys.set(key3, change);
    this.changes.push(change);
    return change;
  }
  /** Pointers already reported for a file, so a fragment's generic diff does not repeat them. */
  pointersFor(file2) {
    return this.changes.filter((c) => c.loc.file === file2).map((c) => c.loc.pointer);
  }
};
function addVia(change, via) {
  if (!via || via === change.via) return;
  (change.alsoVia ??= /* @__PURE__ */ new Set()).add(via);
}

// src/core/diff/avro-diff.ts
function sidesOfRole(role) {
  if (role === "request" || role === "storage") return ["reader"];
  if (role === "response") return ["writer"];
  return ["reader", "writer"];
}
function avroType(node, loc, names) {
  const registry = /* @__PURE__ */ Object.create(null);
  try {
    if (names) imported(registry, node, void 0, names, namesIn(node, void 0).defined);
    return import_libraries4.default.avsc().Type.forSchema(node, { wrapUnions: true, registry });
  } catch (err) {
    throw new InputError(`not a valid Avro schema at ${loc.pointer || "/"}: ${err.message}`, loc.file);
  }
}
function imported(registry, node, namespace, names, visiting) {
  const { defined, referenced } = namesIn(node, namespace);
  for (const name of referenced) {
    if (defined.has(name) || registry[name] || visiting.has(name)) continue;
    const def = names(name);
    if (!def) continue;
    visiting.add(name);
    imported(registry, def.node, def.namespace, names, visiting);
    const before = new Set(Object.keys(registry));
    try {
      import_libraries4.default.avsc().Type.forSchema(def.node, { wrapUnions: true, registry, namespace: def.namespace });
    } catch {
      for (const key3 of Object.keys(registry)) if (!before.has(key3)) delete registry[key3];
    }
  }
}
var PRIMITIVES = /* @__PURE__ */ new Set(["null", "boolean", "int", "long", "float", "double", "bytes", "string"]);
var fullName = (name, namespace) => name.includes(".") || !namespace ? name : `${namespace}.${name}`;
var isAvroProtocol = (node) => isObj(node) && typeof node.protocol === "string";
function avroTypeName(node) {
  if (!isObj(node) || typeof node.name !== "string" || typeof node.type !== "string" || !NAMED.has(node.type)) return void 0;
  return fullName(node.name, typeof node.namespace === "string" ? node.namespace : void 0);
}
function namesIn(node, namespace, found2 = { defined: /* @__PURE__ */ new Set(), referenced: /* @__PURE__ */ new Set() }, onDefinition) {
  if (typeof node === "string") {
    if (!PRIMITIVES.has(node)) found2.referenced.add(fullName(node, namespace));
  } else if (Array.isArray(node)) {
    for (const branch of node) namesIn(branch, namespace, found2, onDefinition);
  } else if (isObj(node)) {
    const t = node.type;
    if (typeof t === "string" && NAMED.has(t) && typeof node.name === "string") {
      const own2 = node.name.includes(".") ? node.name.slice(0, node.name.lastIndexOf(".")) : typeof node.namespace === "string" ? node.namespace || void 0 : namespace;
      found2.defined.add(fullName(node.name, own2));
      onDefinition?.(fullName(node.name, own2), node, namespace);
      if (Array.isArray(node.fields)) {
        for (const f of node.fields) if (isObj(f)) namesIn(f.type, own2, found2, onDefinition);
      }
    } else if (t === "array") namesIn(node.items, namespace, found2, onDefinition);
    else if (t === "map") namesIn(node.values, namespace, found2, onDefinition);
    else namesIn(t, namespace, found2, onDefinition);
  }
  return found2;
}
function avroNamesOf(docs) {
  return (name) => definitions(docs).byName.get(name);
}
var DEFINITIONS = /* @__PURE__ */ new WeakMap();
function definitions(docs) {
  let known = DEFINITIONS.get(docs);
  if (known) return known;
  const found2 = [];
  const uses = /* @__PURE__ */ new Map();
  for (const file2 of docs.tree.paths().filter(isAvroFile)) {
    const data2 = unlessUnreadable(() => docs.get(file2))?.data;
    const protocol = isAvroProtocol(data2) ? data2 : void 0;
    const namespace = typeof protocol?.namespace === "string" ? protocol.namespace || void 0 : void 0;
    const names = namesIn(
      protocol ? protocol.types : data2,
      namespace,
      void 0,
      (full, node, at4) => found2.push({ full, node, namespace: at4, file: file2 })
    );
    uses.set(file2, new Set([...names.referenced].filter((n) => !names.defined.has(n))));
  }
  const byName = /* @__PURE__ */ new Map();
  const before = docs.baseline && definitions(docs.baseline).byName;
  for (const d of found2) if (before?.get(d.full)?.file === d.file && !byName.has(d.full)) byName.set(d.full, d);
  for (const d of found2) if (!byName.has(d.full)) byName.set(d.full, d);
  const usedBy = /* @__PURE__ */ new Map();
  for (const [user, names] of uses)
    for (const n of names) {
      const definer = byName.get(n)?.file;
      if (definer === void 0) continue;
      const users = usedBy.get(definer) ?? /* @__PURE__ */ new Set();
      usedBy.set(definer, users.add(user));
    }
  known = { byName, usedBy };
  DEFINITIONS.set(docs, known);
  return known;
}
function avroUsersOf(docs, file2) {
  const { usedBy } = definitions(docs);
  const out = /* @__PURE__ */ new Set();
  const stack = [file2];
  while (stack.length) {
    for (const user of usedBy.get(stack.pop()) ?? [])
      if (!out.has(user) && user !== file2) {
        out.add(user);
        stack.push(user);
      }
  }
  return out;
}
function resolves(reader, writer) {
  try {
    reader.createResolver(writer);
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: err.message };
  }
}
var PROMOTIONS = {
  int: ["long", "float", "double"],
  long: ["float", "double"],
  float: ["double"],
  string: ["bytes"],
  bytes: ["string"]
};
var NAMED = /* @__PURE__ */ new Set(["record", "error", "enum", "fixed"]);
var kindOf = (t) => t.typeName.replace(/^union:.*/, "union").replace(/^error$/, "record");
var short = (name) => (name ?? "").replace(/^.*\./, "");
var branchKey = (t) => NAMED.has(t.typeName) ? short(t.name) : kindOf(t);
function rawAt(raw, pointer) {
  let r = raw;
  let p = pointer;
  while (isObj(r) && isObj(r.type)) {
    r = r.type;
    p = pointerJoin(p, "type");
  }
  return { raw: r, pointer: p };
}
function walk(a, b, rawA, rawB, pointer, path, out, seen) {
  ({ raw: rawB, pointer } = rawAt(rawB, pointer));
  ({ raw: rawA } = rawAt(rawA, ""));
  if (typeof rawA === "string" && rawA === rawB && NAMED.has(a.typeName) && a.name === b.name) return;
  const at4 = path || "the schema";
  const [ka, kb] = [kindOf(a), kindOf(b)];
  const logical = (r) => isObj(r) && typeof r.logicalType === "string" ? r.logicalType : void 0;
  if (ka !== kb) {
    if (kb === "union" && b.types.some((t) => branchKey(t) === branchKey(a)))
      out.push({ rule: "avro-union-branch-added", pointer, params: { at: at4, branch: `(${ka} became a union)` } });
    else if (ka === "union" && a.types.some((t) => branchKey(t) === branchKey(b)))
      out.push({ rule: "avro-union-branch-removed", pointer, params: { at: at4, branch: `(the union became ${kb})` } });
    else if (PROMOTIONS[ka]?.includes(kb) && !PROMOTIONS[kb]?.includes(ka))
      out.push({ rule: "avro-type-promoted", pointer, params: { at: at4, old: ka, new: kb } });
    else if (PROMOTIONS[kb]?.includes(ka) && !PROMOTIONS[ka]?.includes(kb))
      out.push({ rule: "avro-type-demoted", pointer, params: { at: at4, old: ka, new: kb } });
    else if (PROMOTIONS[ka]?.includes(kb)) out.push({ rule: "avro-type-interchanged", pointer, params: { at: at4, old: ka, new: kb } });
    else out.push({ rule: "avro-type-changed", pointer, params: { at: at4, old: ka, new: kb } });
    return;
  }
  if (logical(rawA) !== logical(rawB))
    out.push({ rule: "avro-logical-type-changed", pointer, params: { at: at4, old: logical(rawA) ?? ka, new: logical(rawB) ?? kb } });
  if (NAMED.has(a.typeName)) {
    const key3 = `${a.name}|${b.name}`;
    if (seen.has(key3)) return;
    seen.add(key3);
    if (short(a.name) !== short(b.name)) {
      const aliased = (b.aliases ?? []).some((x) => short(x) === short(a.name));
      out.push({ rule: aliased ? "avro-renamed-with-alias" : "avro-name-changed", pointer, params: { at: at4, old: a.name, new: b.name } });
    }
    if ((a.doc ?? "") !== (b.doc ?? "")) out.push({ rule: "avro-doc-changed", pointer: pointerJoin(pointer, "doc"), params: { at: at4 } });
  }
  if (ka === "record") {
    const [fa, fb] = [a.fields, b.fields];
    const rawFields = (r) => isObj(r) && Array.isArray(r.fields) ? r.fields : [];
    const [ra, rb] = [rawFields(rawA), rawFields(rawB)];
    const matched = /* @__PURE__ */ new Set();
    const place = /* @__PURE__ */ new Map();
    fa.forEach((x, i) => place.has(x.name) || place.set(x.name, i));
    fb.forEach((f, i) => {
      const byAlias = (f.aliases ?? []).map((n) => place.get(n)).filter((k) => k !== void 0);
      const at5 = place.get(f.name) ?? (byAlias.length ? Math.min(...byAlias) : void 0);
      const old = at5 === void 0 ? void 0 : fa[at5];
      const fp = pointerJoin(pointer, "fields", i);
      const where = path ? `${path}.${f.name}` : f.name;
      const rawF = rb[i];
      const hasDefault = isObj(rawF) && "default" in rawF;
      if (!old) {
        out.push({
          rule: hasDefault ? "avro-field-added" : "avro-field-added-without-default",
          pointer: fp,
          params: { at: where, name: f.name }
        });
        return;
      }
      matched.add(old);
      const rawOld = ra[at5];
      if (old.name !== f.name) out.push({ rule: "avro-field-renamed", pointer: fp, params: { at: where, old: old.name, new: f.name } });
      const oldDefault = isObj(rawOld) && "default" in rawOld ? JSON.stringify(rawOld.default) : void 0;
      const newDefault = hasDefault ? JSON.stringify(rawF.default) : void 0;
      if (oldDefault !== newDefault)
        out.push({
          rule: "avro-default-changed",
          pointer: fp,
          params: { at: where, old: oldDefault ?? "no default", new: newDefault ?? "no default" }
        });
      if ((isObj(rawOld) ? rawOld.doc : void 0) !== (isObj(rawF) ? rawF.doc : void 0))
        out.push({ rule: "avro-doc-changed", pointer: pointerJoin(fp, "doc"), params: { at: where } });
      walk(
        old.type,
        f.type,
        isObj(rawOld) ? rawOld.type : void 0,
        isObj(rawF) ? rawF.type : void 0,
        pointerJoin(fp, "type"),
        where,
        out,
        seen
      );
    });
    fa.forEach((f, i) => {
      if (matched.has(f)) return;
      const rawF = ra[i];
      const defaulted = isObj(rawF) && "default" in rawF;
      out.push({
        rule: defaulted ? "avro-defaulted-field-removed" : "avro-field-removed",
        pointer: pointerJoin(pointer, "fields"),
        params: { at: path ? `${path}.${f.name}` : f.name, name: f.name }
      });
    });
  } else if (ka === "enum") {
    const [sa, sb] = [a.symbols, b.symbols];
    const defaultOf = (r) => isObj(r) && typeof r.default === "string" ? r.default : void 0;
    const [inA, inB] = [new Set(sa), new Set(sb)];
    for (const s of sa)
      if (!inB.has(s))
        out.push({
          rule: defaultOf(rawB) ? "avro-enum-symbol-removed-to-default" : "avro-enum-symbol-removed",
          pointer: pointerJoin(pointer, "symbols"),
          params: { at: at4, symbol: s, default: defaultOf(rawB) }
        });
    sb.forEach((s, i) => {
      if (!inA.has(s))
        out.push({
          rule: defaultOf(rawA) ? "avro-enum-symbol-added-to-default" : "avro-enum-symbol-added",
          pointer: pointerJoin(pointer, "symbols", i),
          params: { at: at4, symbol: s, default: defaultOf(rawA) }
        });
    });
  } else if (ka === "fixed") {
    const [za, zb] = [a.size, b.size];
    if (za !== zb)
      out.push({
        rule: "avro-type-changed",
        pointer: pointerJoin(pointer, "size"),
        params: { at: at4, old: `fixed(${za})`, new: `fixed(${zb})` }
      });
  } else if (ka === "array") {
    walk(
      a.itemsType,
      b.itemsType,
      isObj(rawA) ? rawA.items : void 0,
      isObj(rawB) ? rawB.items : void 0,
      pointerJoin(pointer, "items"),
      `${path}[]`,
      out,
      seen
    );
  } else if (ka === "map") {
    walk(
      a.valuesType,
      b.valuesType,
      isObj(rawA) ? rawA.values : void 0,
      isObj(rawB) ? rawB.values : void 0,
      pointerJoin(pointer, "values"),
      `${path}{*}`,
      out,
      seen
    );
  } else if (ka === "union") {
    const [ta, tb] = [a.types, b.types];
    const [ua, ub] = [Array.isArray(rawA) ? rawA : [], Array.isArray(rawB) ? rawB : []];
    tb.forEach((t, i) => {
      const j = ta.findIndex((x) => branchKey(x) === branchKey(t));
      if (j < 0) out.push({ rule: "avro-union-branch-added", pointer: pointerJoin(pointer, i), params: { at: at4, branch: branchKey(t) } });
      else walk(ta[j], t, ua[j], ub[i], pointerJoin(pointer, i), at4, out, seen);
    });
    for (const t of ta)
      if (!tb.some((x) => branchKey(x) === branchKey(t)))
        out.push({ rule: "avro-union-branch-removed", pointer, params: { at: at4, branch: branchKey(t) } });
  }
}
function diffAvroSchemas(sink, older, newer, scope) {
  const [a, b] = [avroType(older.node, older.loc, scope.names?.[0]), avroType(newer.node, newer.loc, scope.names?.[1])];
  const found2 = [];
  walk(a, b, older.node, newer.node, newer.loc.pointer, "", found2, /* @__PURE__ */ new Set());
  const emitted = found2.map((f) => {
    const c = sink.emit({
      rule: f.rule,
      role: scope.role,
      loc: { file: newer.loc.file, pointer: f.pointer },
      params: { ...f.params, schema: scope.label },
      ...scope.via?.length ? { via: scope.via[0] } : {}
    });
    for (const v of scope.via?.slice(1) ?? []) addVia(c, v);
    return c;
  });
  const broken = [];
  for (const side of sidesOfRole(scope.role)) {
    const [reader, writer] = side === "reader" ? [b, a] : [a, b];
    const verdict = resolves(reader, writer);
    if (verdict.ok) continue;
    broken.push(side);
    const witness = findWitness(writer, reader);
    const semantic = { verdict: "breaking", side, ...witness !== void 0 ? { witness } : {} };
    const onSide = emitted.filter((c) => breaksOn(c.rule, side));
    for (const c of onSide) c.semantic ??= semantic;
    if (!onSide.length)
      sink.emit({
        rule: "avro-incompatible",
        role: scope.role,
        loc: { file: newer.loc.file, pointer: newer.loc.pointer },
        params: {
          schema: scope.label,
          reason: verdict.reason,
          side: side === "reader" ? "new readers of old data" : "old readers of new data"
        },
        semantic
      });
  }
  return { broken };
}
function breaksOn(rule2, side) {
  const reader = /* @__PURE__ */ new Set([
    "avro-field-added-without-default",
    "avro-enum-symbol-removed",
    "avro-union-branch-removed",
    "avro-type-demoted",
    "avro-type-changed",
    "avro-name-changed"
  ]);
  const writer = /* @__PURE__ */ new Set([
    "avro-field-removed",
    "avro-enum-symbol-added",
    "avro-union-branch-added",
    "avro-type-promoted",
    "avro-type-changed",
    "avro-name-changed",
    "avro-renamed-with-alias",
    "avro-field-renamed"
  ]);
  return (side === "reader" ? reader : writer).has(rule2);
}
var MAX_CANDIDATES = 300;
function sample(type, pick, site = "", depth = 0) {
  const k = kindOf(type);
  switch (k) {
    case "null":
      return null;
    case "boolean":
      return false;
    case "int":
    case "long":
    case "float":
    case "double":
      return 0;
    case "string":
      return "";
    case "bytes":
      return Buffer.alloc(0);
    case "fixed":
      return Buffer.alloc(type.size);
    case "enum": {
      const symbols = type.symbols;
      return symbols[pick(site, symbols.length)];
    }
    case "array":
      return depth > 4 ? [] : [sample(type.itemsType, pick, `${site}[]`, depth + 1)];
    case "map":
      return depth > 4 ? {} : { k: sample(type.valuesType, pick, `${site}{}`, depth + 1) };
    case "record": {
      const out = {};
      for (const f of type.fields) putOwn(out, f.name, sample(f.type, pick, `${site}.${f.name}`, depth + 1));
      return out;
    }
    case "union": {
      const types = type.types;
      const nullAt = types.findIndex((t2) => t2.typeName === "null");
      const i = depth > 4 && nullAt >= 0 ? nullAt : pick(site, types.length);
      const t = types[i];
      return t.typeName === "null" ? null : { [t.branchName]: sample(t, pick, `${site}|${i}`, depth + 1) };
    }
    default:
      return null;
  }
}
function narrowed(type, values, defined) {
  const k = kindOf(type);
  if (NAMED.has(type.typeName)) {
    if (defined.has(type.name)) return type.name;
    defined.add(type.name);
  }
  const named = { name: type.name, ...type.aliases?.length ? { aliases: type.aliases } : {} };
  switch (k) {
    case "record":
      return {
        type: "record",
        ...named,
        fields: type.fields.map((f) => ({
          name: f.name,
          type: narrowed(
            f.type,
            values.map((v) => v[f.name]),
            defined
          )
        }))
      };
    case "enum": {
      const used = [...new Set(values)];
      return { type: "enum", ...named, symbols: used.length ? used : [type.symbols[0]] };
    }
    case "array":
      return { type: "array", items: narrowed(type.itemsType, values.flat(), defined) };
    case "map":
      return {
        type: "map",
        values: narrowed(
          type.valuesType,
          values.flatMap((v) => Object.values(v)),
          defined
        )
      };
    case "union": {
      const types = type.types;
      const byName = new Map(types.map((t) => [t.typeName === "null" ? null : t.branchName, t]));
      const branches = new Map(values.map((v) => [v, byName.get(v === null ? null : Object.keys(v)[0])]));
      const branchOf = (v) => branches.get(v);
      const present = new Set(branches.values());
      const used = types.filter((t) => present.has(t));
      return (used.length ? used : [types[0]]).map(
        (t) => narrowed(
          t,
          values.filter((v) => branchOf(v) === t).map((v) => v === null ? null : v[t.branchName]),
          defined
        )
      );
    }
    default:
      return type.schema();
  }
}
function failsToDecode(writer, reader, datum) {
  try {
    const shape = import_libraries4.default.avsc().Type.forSchema(narrowed(writer, [datum], /* @__PURE__ */ new Set()), { wrapUnions: true, registry: /* @__PURE__ */ Object.create(null) });
    const bytes = shape.toBuffer(datum);
    reader.fromBuffer(bytes, reader.createResolver(shape));
    return false;
  } catch {
    return true;
  }
}
function findWitness(writer, reader) {
  if ([writer, reader].some((t) => JSON.stringify(t.schema()).includes('"__proto__"'))) return void 0;
  const queue = new Queue3();
  queue.enqueue(/* @__PURE__ */ new Map());
  const tried = /* @__PURE__ */ new Set();
  for (let n = 0; queue.size && n < MAX_CANDIDATES; n++) {
    const choices = queue.dequeue();
    const sites = /* @__PURE__ */ new Map();
    const datum = sample(writer, (site, options) => {
      sites.set(site, options);
      return choices.get(site) ?? 0;
    });
    const key3 = JSON.stringify(writer.toString(datum));
    if (tried.has(key3)) continue;
    tried.add(key3);
    if (failsToDecode(writer, reader, datum)) return JSON.parse(writer.toString(datum));
    for (const [site, options] of sites)
      if (!choices.has(site)) for (let i = 1; i < options; i++) queue.enqueue(new Map([...choices, [site, i]]));
  }
  return void 0;
}

// src/core/diff/asyncapi-model.ts
var isObj3 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var obj = (v) => isObj3(v) ? v : {};
function payloadOf(m) {
  const payload = m.fields.get("payload");
  if (!payload) return void 0;
  let side = payload;
  let format = m.fields.get("schemaFormat")?.node;
  const node = obj(payload.node);
  if (typeof node.schemaFormat === "string" && "schema" in node) {
    format = node.schemaFormat;
    side = { loc: { ...payload.loc, pointer: pointerJoin(payload.loc.pointer, "schema") }, node: node.schema };
  }
  const name = typeof format === "string" ? format : "application/schema+json";
  const kind = /^application\/vnd\.apache\.avro/i.test(name) ? "avro" : /json|asyncapi|openapi|^application\/schema/i.test(name) ? "json" : "other";
  return { format: kind, formatName: name, side };
}
function readAsyncApi(docs, file2, errors) {
  const doc = obj(docs.get(file2).data);
  const major = String(doc.asyncapi).startsWith("3.") ? 3 : 2;
  const read = /* @__PURE__ */ new Set();
  const deref = (loc, node) => {
    try {
      return docs.deref(loc, node);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      if (!errors.some((e) => e.message === err.message)) errors.push({ file: err.file ?? loc.file, line: err.line, message: err.message });
      return { loc, node: {} };
    }
  };
  const messages = /* @__PURE__ */ new Map();
  const keyOf2 = (loc) => loc.file === file2 ? loc.pointer : `${loc.file}#${loc.pointer}`;
  const carriers = /* @__PURE__ */ new Map();
  const message = (at5, node, fallback, channel) => {
    const def = deref(at5, node);
    const key3 = keyOf2(def.loc);
    if (channel !== void 0) (carriers.get(key3) ?? carriers.set(key3, /* @__PURE__ */ new Set()).get(key3)).add(channel);
    if (messages.has(key3)) return key3;
    const own2 = obj(def.node);
    const fields = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(own2)) fields.set(k, { loc: { ...def.loc, pointer: pointerJoin(def.loc.pointer, k) }, node: v });
    (Array.isArray(own2.traits) ? own2.traits : []).forEach((t, i) => {
      const trait = deref({ ...def.loc, pointer: pointerJoin(def.loc.pointer, "traits", i) }, t);
      for (const [k, v] of Object.entries(obj(trait.node)))
        if (!fields.has(k)) fields.set(k, { loc: { ...trait.loc, pointer: pointerJoin(trait.loc.pointer, k) }, node: v });
    });
    for (const f of ["payload", "headers", "schemaFormat", "traits"]) {
      const side = fields.get(f);
      if (side && side.loc.file === file2) read.add(side.loc.pointer);
    }
    const bindings = fields.get("bindings");
    if (bindings && bindings.loc.file === file2) read.add(pointerJoin(bindings.loc.pointer, "kafka", "key"));
    const name = typeof own2.name === "string" ? own2.name : typeof own2.messageId === "string" ? own2.messageId : pointerTokens(def.loc.pointer).pop() ?? fallback;
    messages.set(key3, { key: key3, name, loc: def.loc, fields });
    return key3;
  };
  const at4 = (...tokens) => ({ file: file2, pointer: pointerJoin("", ...tokens) });
  const channels2 = /* @__PURE__ */ new Map();
  const operations2 = /* @__PURE__ */ new Map();
  for (const [key3, raw] of Object.entries(obj(doc.channels))) {
    const c = deref(at4("channels", key3), raw);
    const node = obj(c.node);
    const topic = obj(obj(node.bindings).kafka).topic;
    const address = typeof topic === "string" ? topic : major === 3 ? typeof node.address === "string" ? node.address : null : key3;
    const addressLoc = typeof topic === "string" ? at4("channels", key3, "bindings", "kafka", "topic") : major === 3 ? at4("channels", key3, "address") : c.loc;
    const parameters = /* @__PURE__ */ new Map();
    for (const [name, p] of Object.entries(obj(node.parameters)))
      parameters.set(name, deref({ ...c.loc, pointer: pointerJoin(c.loc.pointer, "parameters", name) }, p));
    for (const p of [["address"], ["parameters"], ["bindings", "kafka", "topic"]]) read.add(pointerJoin("/channels", key3, ...p));
    channels2.set(key3, { key: key3, loc: c.loc, address, addressLoc, parameters });
    if (major === 3) {
      for (const [name, m] of Object.entries(obj(node.messages)))
        message({ ...c.loc, pointer: pointerJoin(c.loc.pointer, "messages", name) }, m, name, key3);
      continue;
    }
    for (const verb of ["subscribe", "publish"]) {
      if (!(verb in node)) continue;
      const op = obj(node[verb]);
      const opLoc = { ...c.loc, pointer: pointerJoin(c.loc.pointer, verb) };
      const keys = /* @__PURE__ */ new Set();
      const m = op.message;
      const mLoc = { ...opLoc, pointer: pointerJoin(opLoc.pointer, "message") };
      const resolved = deref(mLoc, m);
      if (isObj3(resolved.node) && Array.isArray(resolved.node.oneOf))
        resolved.node.oneOf.forEach(
          (x, i) => keys.add(
            message({ ...resolved.loc, pointer: pointerJoin(resolved.loc.pointer, "oneOf", i) }, x, `${key3} ${verb} #${i + 1}`, key3)
          )
        );
      else if (m !== void 0) keys.add(message(mLoc, m, `${key3} ${verb}`, key3));
      read.add(mLoc.pointer);
      const opKey = `${verb} ${key3}`;
      operations2.set(opKey, {
        key: opKey,
        label: typeof op.operationId === "string" ? `${op.operationId} (${verb} ${key3})` : `${verb} ${key3}`,
        loc: opLoc,
        action: verb === "subscribe" ? "send" : "receive",
        channel: key3,
        messages: keys
      });
    }
  }
  if (major === 3) {
    for (const [key3, raw] of Object.entries(obj(doc.operations))) {
      const o = deref(at4("operations", key3), raw);
      const node = obj(o.node);
      const ch = deref({ ...o.loc, pointer: pointerJoin(o.loc.pointer, "channel") }, node.channel);
      const channel = ch.loc.file === file2 && ch.loc.pointer.startsWith("/channels/") ? pointerTokens(ch.loc.pointer)[1] : void 0;
      const keys = /* @__PURE__ */ new Set();
      if (Array.isArray(node.messages))
        node.messages.forEach(
          (m, i) => keys.add(message({ ...o.loc, pointer: pointerJoin(o.loc.pointer, "messages", i) }, m, `${key3} #${i + 1}`, channel))
        );
      else {
        const c = obj(deref(ch.loc, ch.node).node);
        for (const [name, m] of Object.entries(obj(c.messages)))
          keys.add(message({ ...ch.loc, pointer: pointerJoin(ch.loc.pointer, "messages", name) }, m, name, channel));
      }
      for (const p of ["action", "channel", "messages"]) read.add(pointerJoin("/operations", key3, p));
      operations2.set(key3, {
        key: key3,
        label: key3,
        loc: o.loc,
        action: node.action === "receive" ? "receive" : "send",
        channel,
        messages: keys
      });
    }
  }
  for (const [name, m] of Object.entries(obj(obj(doc.components).messages))) message(at4("components", "messages", name), m, name);
  const actions = /* @__PURE__ */ new Map();
  for (const op of operations2.values()) for (const m of op.messages) (actions.get(m) ?? actions.set(m, /* @__PURE__ */ new Set()).get(m)).add(op.action);
  return {
    major,
    channels: channels2,
    operations: operations2,
    messages,
    carriers,
    actions,
    defaultContentType: typeof doc.defaultContentType === "string" ? doc.defaultContentType : void 0,
    read
  };
}

// src/core/diff/fingerprint.ts
var Lanes = class {
  constructor(lo2, hi2, hasRef2) {
    this.lo = lo2;
    this.hi = hi2;
    this.hasRef = hasRef2;
  }
  lo;
  hi;
  hasRef;
  get hash() {
    return lanesText(this.lo, this.hi);
  }
};
function lanesText(lo2, hi2) {
  return (lo2 >>> 0).toString(36) + "." + (hi2 >>> 0).toString(36);
}
var memo = /* @__PURE__ */ new WeakMap();
var [SEED_LO, SEED_HI] = globalThis.crypto.getRandomValues(new Uint32Array(2));
var [STRING, NUMBER, OTHER, ARRAY, OBJECT, ENTRY] = [1, 2, 3, 4, 5, 6];
var START_LO = [0, 1, 2, 3, 4, 5, 6].map((kind) => Math.imul(SEED_LO ^ kind, 2246822507) ^ SEED_HI);
var START_HI = [0, 1, 2, 3, 4, 5, 6].map((kind) => Math.imul(SEED_HI ^ kind, 3266489909) ^ SEED_LO);
var lo = 0;
var hi = 0;
function finish(a, b) {
  a = Math.imul(a ^ a >>> 16, 2246822507) ^ Math.imul(b ^ b >>> 13, 3266489909);
  b = Math.imul(b ^ b >>> 16, 2246822507) ^ Math.imul(a ^ a >>> 13, 3266489909);
  lo = a;
  hi = b;
}
function foldText(text5, kind) {
  let a = START_LO[kind];
  let b = START_HI[kind];
  for (let i = 0; i < text5.length; i++) {
    const ch = text5.charCodeAt(i);
    a = Math.imul(a ^ ch, 2654435761);
    b = Math.imul(b ^ ch, 1597334677);
  }
  finish(a ^ text5.length, b);
}
function foldPair(kind, a1, b1, a2, b2) {
  let a = Math.imul(START_LO[kind] ^ a1, 2654435761);
  let b = Math.imul(START_HI[kind] ^ b1, 1597334677);
  a = Math.imul(a ^ b2, 2654435761);
  b = Math.imul(b ^ a2, 1597334677);
  finish(a, b);
}
function fold(value) {
  if (typeof value === "string") {
    foldText(value, STRING);
    return false;
  }
  if (value === null || typeof value !== "object") {
    foldText(String(value), typeof value === "number" ? NUMBER : OTHER);
    return false;
  }
  const p = lanesOf(value);
  lo = p.lo;
  hi = p.hi;
  return p.hasRef;
}
function lanesOf(value) {
  const known = memo.get(value);
  if (known) return known;
  let hasRef2 = false;
  let a;
  let b;
  if (Array.isArray(value)) {
    a = START_LO[ARRAY];
    b = START_HI[ARRAY];
    for (const v of value) {
      hasRef2 = fold(v) || hasRef2;
      a = Math.imul(a ^ lo, 2654435761);
      b = Math.imul(b ^ hi, 1597334677);
    }
    finish(a ^ value.length, b);
  } else {
    let sumLo = 0;
    let sumHi = 0;
    const keys = Object.keys(value);
    for (const k of keys) {
      hasRef2 = fold(value[k]) || hasRef2 || k === "$ref";
      const vLo = lo;
      const vHi = hi;
      foldText(k, STRING);
      foldPair(ENTRY, lo, hi, vLo, vHi);
      sumLo = sumLo + lo | 0;
      sumHi = sumHi + hi | 0;
    }
    foldPair(OBJECT, keys.length, keys.length, sumLo, sumHi);
  }
  const print = new Lanes(lo, hi, hasRef2);
  memo.set(value, print);
  return print;
}
function fingerprint(value) {
  if (value !== null && typeof value === "object") return lanesOf(value);
  const text5 = JSON.stringify(value) ?? "u";
  return { hasRef: false, hash: text5 };
}
function sameValue(a, b) {
  const objects2 = a !== null && typeof a === "object";
  if (objects2 !== (b !== null && typeof b === "object")) return false;
  if (!objects2) return JSON.stringify(a) === JSON.stringify(b);
  const x = lanesOf(a);
  const y = lanesOf(b);
  return x.lo === y.lo && x.hi === y.hi;
}
function hashText(text5) {
  foldText(text5, STRING);
  return lanesText(lo, hi);
}

// src/core/diff/data-diff.ts
var MAX_PER_FILE = 200;
function diffData(file2, a, b) {
  const out = [];
  const root = { file: file2, pointer: "" };
  const push = (rule2, pointer, params, lineAt) => {
    out.push({
      rule: rule2,
      loc: { file: file2, pointer },
      lineAt: lineAt === void 0 ? void 0 : { file: file2, pointer: lineAt },
      params: { at: display(pointer), ...params }
    });
  };
  const walk2 = (x, y, pointer) => {
    if (out.length >= MAX_PER_FILE || sameValue(x, y)) return;
    const bothObjects = isObj4(x) && isObj4(y);
    const bothArrays = Array.isArray(x) && Array.isArray(y);
    if (bothObjects) {
      for (const k of Object.keys(x)) if (!(k in y)) push("data-removed", pointerJoin(pointer, k), {}, pointer);
      for (const k of Object.keys(y)) {
        if (!(k in x)) push("data-added", pointerJoin(pointer, k), {});
        else walk2(x[k], y[k], pointerJoin(pointer, k));
      }
    } else if (bothArrays && x.every(isScalar) && y.every(isScalar)) {
      const inY = new Set(y.map((v) => JSON.stringify(v)));
      const inX = new Set(x.map((v) => JSON.stringify(v)));
      x.forEach((v, i) => inY.has(JSON.stringify(v)) || push("data-removed", pointerJoin(pointer, i), { value: v }, pointer));
      y.forEach((v, i) => inX.has(JSON.stringify(v)) || push("data-added", pointerJoin(pointer, i), { value: v }));
    } else if (bothArrays) {
      const n = Math.max(x.length, y.length);
      for (let i = 0; i < n; i++) {
        if (i >= y.length) push("data-removed", pointerJoin(pointer, i), {}, pointer);
        else if (i >= x.length) push("data-added", pointerJoin(pointer, i), {});
        else walk2(x[i], y[i], pointerJoin(pointer, i));
      }
    } else {
      push("data-changed", pointer, { old: x, new: y });
    }
  };
  walk2(a, b, root.pointer);
  return out;
}
function display(pointer) {
  return pointer ? "`" + pointer.slice(1).replace(/\//g, ".").replace(/~1/g, "/").replace(/~0/g, "~") + "`" : "document";
}
function isObj4(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function isScalar(v) {
  return v === null || typeof v !== "object";
}

// src/core/semantic/dialects.ts
var PRE_2019 = /json-schema\.org\/draft-0[3-7]\/schema/;
var KEPT_BESIDE_REF = /* @__PURE__ */ new Set(["$ref", "$schema", "definitions", "$defs"]);
var refVoids = (node, key3) => typeof node.$ref === "string" && !KEPT_BESIDE_REF.has(key3) ? DROP : KEEP;
function rewritten(root, rewrite2) {
  const copies = new RewrittenCopy(rewrite2, true);
  copies.copy(root);
  return (node) => copies.copyOf(node) ?? copies.copy(node);
}
function refSiblingsVoid(root) {
  if (draft04(root))
    return rewritten(
      root,
      (node, key3, value) => typeof node.$ref === "string" ? refVoids(node, key3, value) : key3 === "id" && node === root && typeof value === "string" ? DROP : booleanBounds(node, key3, value)
    );
  return refSiblingsVoided(root) ? rewritten(root, refVoids) : (node) => node;
}
var booleanBounds = (node, key3, value) => {
  switch (key3) {
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      if (typeof value !== "boolean") return KEEP;
      const bound2 = node[key3 === "exclusiveMinimum" ? "minimum" : "maximum"];
      return value && typeof bound2 === "number" ? bound2 : DROP;
    }
    case "minimum":
    case "maximum":
      return node[key3 === "minimum" ? "exclusiveMinimum" : "exclusiveMaximum"] === true ? DROP : KEEP;
    default:
      return KEEP;
  }
};
var draft04 = (root) => {
  const declared = root && typeof root === "object" ? root.$schema : void 0;
  return typeof declared === "string" && /json-schema\.org\/draft-0[34]\/schema/.test(declared);
};
function refSiblingsVoided(root) {
  const declared = root && typeof root === "object" ? root.$schema : void 0;
  return typeof declared === "string" && PRE_2019.test(declared);
}
function fromOpenApi30(root, nullableKey = "nullable") {
  return rewritten(root, (node, key3, value) => {
    if (typeof node.$ref === "string") return refVoids(node, key3, value);
    const nullable = node[nullableKey] === true;
    switch (key3) {
      case nullableKey:
        return DROP;
      case "type":
        return nullable && typeof value === "string" ? [value, "null"] : KEEP;
      case "enum":
        return nullable && Array.isArray(value) && !value.includes(null) ? [...value, null] : KEEP;
      default:
        return booleanBounds(node, key3, value);
    }
  });
}
function withoutHidden(root, hidden) {
  const marked = (n) => someNode(n, (o) => o[hidden] === true);
  if (marked(root)) return hiding(root, hidden);
  let copying;
  return (node) => node === root || !marked(node) ? node : (copying ??= hiding(root, hidden))(node);
}
function hiding(root, hidden) {
  const target = (s) => {
    const ref = s && typeof s === "object" ? s.$ref : void 0;
    if (typeof ref !== "string" || !ref.startsWith("#/")) return s;
    let node = root;
    for (const t of ref.slice(2).split("/"))
      node = node && typeof node === "object" ? node[t.replace(/~1/g, "/").replace(/~0/g, "~")] : void 0;
    return node;
  };
  const isHidden = (s) => [s, target(s)].some((x) => !!x && typeof x === "object" && x[hidden] === true);
  const hiddenNames = (node) => node.properties && typeof node.properties === "object" ? new Set(
    Object.entries(node.properties).filter(([, s]) => isHidden(s)).map(([name]) => name)
  ) : /* @__PURE__ */ new Set();
  let copies;
  const rewrite2 = (node, key3, value) => {
    if (key3 !== "properties" && key3 !== "required" || !value || typeof value !== "object") return KEEP;
    const names = hiddenNames(node);
    if (!names.size) return KEEP;
    if (key3 === "required") return Array.isArray(value) ? value.filter((n) => !names.has(n)) : KEEP;
    return Object.fromEntries(
      Object.entries(value).filter(([name]) => !names.has(name)).map(([name, s]) => [name, copies.copy(s)])
    );
  };
  copies = new RewrittenCopy(rewrite2);
  copies.copy(root);
  return (node) => copies.copyOf(node) ?? copies.copy(node);
}

// src/core/semantic/strings.ts
var import_libraries5 = __toESM(require_libraries(), 1);
var MAX_NODES = 2e4;
function stringSet(s) {
  return {
    pattern: typeof s.pattern === "string" ? s.pattern : void 0,
    minLength: typeof s.minLength === "number" ? s.minLength : 0,
    maxLength: typeof s.maxLength === "number" ? s.maxLength : void 0
  };
}
var cache3 = /* @__PURE__ */ new Map();
var meter;
function readingPatterns(m, read) {
  const outer = meter;
  meter = m;
  try {
    return read();
  } finally {
    meter = outer;
  }
}
var MAX_SAMPLED_PATTERN = 1e4;
function patternNfa(pattern) {
  if (pattern.length > MAX_SAMPLED_PATTERN) return null;
  if (meter && !meter.read.has(pattern)) {
    if (pattern.length > meter.chars) {
      meter.short = true;
      return null;
    }
    meter.chars -= pattern.length;
    meter.read.add(pattern);
  }
  const known = cache3.get(pattern);
  if (known !== void 0) return known;
  let nfa = null;
  const { JS, NFA, TooManyNodesError } = import_libraries5.default.refa();
  try {
    const start = pattern.startsWith("^");
    const end = pattern.endsWith("$") && !pattern.endsWith("\\$");
    const body = pattern.slice(start ? 1 : 0, end ? -1 : void 0);
    const anyChar = "[\\s\\S]*";
    const source = `${start ? "" : anyChar}(?:${body})${end ? "" : anyChar}`;
    const parsed2 = JS.Parser.fromLiteral({ source, flags: "u" }).parse({
      assertions: "throw",
      backreferences: "throw",
      maxNodes: MAX_NODES
    });
    const bodyAlternatives = JS.Parser.fromLiteral({ source: body, flags: "u" }).parse({ assertions: "throw", maxNodes: MAX_NODES });
    if ((start || end) && bodyAlternatives.expression.alternatives.length > 1) throw new Unsupported();
    nfa = NFA.fromRegex(parsed2.expression, { maxCharacter: parsed2.maxCharacter }, {}, new NFA.LimitedNodeFactory(MAX_NODES));
  } catch (err) {
    if (isBug(err) && !(err instanceof TooManyNodesError)) throw err;
    nfa = null;
  }
  cache3.set(pattern, nfa);
  return nfa;
}
var Unsupported = class extends Error {
};
function lengthNfa(min, max) {
  if (min > 1e3 || max !== void 0 && max > 1e3) return null;
  const source = `^[\\s\\S]{${min},${max ?? ""}}$`;
  return patternNfa(source);
}
function stringsIncluded(a, b) {
  const aMin = Math.max(a.minLength, a.pattern ? shortestLength(a.pattern) ?? 0 : 0);
  if (aMin < b.minLength) return void 0;
  if (b.maxLength !== void 0 && (a.maxLength === void 0 || a.maxLength > b.maxLength)) return void 0;
  if (!b.pattern || b.pattern === a.pattern) return { included: true };
  const left = intersectAll([a.pattern ? patternNfa(a.pattern) : void 0, lengthNfa(a.minLength, a.maxLength)]);
  const right = patternNfa(b.pattern);
  if (!left || !right) return void 0;
  const { DFA, getIntersectionWords, isDisjointWith, TooManyNodesError } = import_libraries5.default.refa();
  try {
    const complement = DFA.fromFA(right, new DFA.LimitedNodeFactory(MAX_NODES));
    complement.complement();
    if (isDisjointWith(left, complement, MAX_NODES)) return { included: true };
    for (const word2 of getIntersectionWords(left, complement, MAX_NODES)) return { included: false, example: text(word2) };
    return void 0;
  } catch (err) {
    if (err instanceof TooManyNodesError) return void 0;
    throw err;
  }
}
function sampleStrings(s, count) {
  if (!s.pattern) return byLength(s.minLength, s.maxLength, count);
  const nfa = intersectAll([s.pattern ? patternNfa(s.pattern) : void 0, lengthNfa(s.minLength, s.maxLength)]);
  if (!nfa) return [];
  try {
    return fewestWords(nfa, count);
  } catch (err) {
    if (!(err instanceof import_libraries5.default.refa().TooManyNodesError)) throw err;
    return [];
  }
}
function fewestWords(nfa, count) {
  const { DFA } = import_libraries5.default.refa();
  const dfa = DFA.fromFA(nfa, new DFA.LimitedNodeFactory(MAX_NODES));
  const spell = (p) => {
    const chars = [];
    for (let at4 = p; at4?.char !== void 0; at4 = at4.prev) chars.push(at4.char);
    return text(chars.reverse());
  };
  const entered = /* @__PURE__ */ new Map([[dfa.initial, 1]]);
  const queue = [{ node: dfa.initial }];
  const out = [];
  for (let i = 0; i < queue.length && out.length < count; i++) {
    const p = queue[i];
    if (dfa.finals.has(p.node)) out.push(spell(p));
    for (const [range, next] of p.node.out.entries()) {
      for (let c = range.min, times = entered.get(next) ?? 0; c <= range.max && times < count; c++, times++) {
        entered.set(next, times + 1);
        queue.push({ node: next, prev: p, char: c });
      }
    }
  }
  return out;
}
function byLength(min, max, count) {
  if (min > 1e3 || max !== void 0 && (max > 1e3 || max < min)) return [];
  const out = [];
  for (let n = min; out.length < count && (max === void 0 || n <= max); n++) {
    if (n === 0) out.push("");
    else for (let c = 0, need = count - out.length; c < need; c++) out.push("\0".repeat(n - 1) + String.fromCodePoint(c));
  }
  return out;
}
function patternSamples(pattern, count) {
  return sampleStrings({ pattern, minLength: 0 }, count);
}
function shortestLength(pattern) {
  const nfa = patternNfa(pattern);
  if (!nfa) return void 0;
  try {
    const [word2] = fewestWords(nfa, 1);
    return word2 === void 0 ? Infinity : [...word2].length;
  } catch (err) {
    if (err instanceof import_libraries5.default.refa().TooManyNodesError) return void 0;
    throw err;
  }
}
function intersectAll(parts) {
  let out = null;
  const { NFA, TooManyNodesError } = import_libraries5.default.refa();
  for (const p of parts) {
    if (p === void 0) continue;
    if (p === null) return null;
    try {
      out = out ? NFA.fromIntersection(out, p, new NFA.LimitedNodeFactory(MAX_NODES)) : p;
    } catch (err) {
      if (err instanceof TooManyNodesError) return null;
      throw err;
    }
  }
  return out ?? patternNfa("");
}
function text(word2) {
  return String.fromCodePoint(...word2);
}

// src/core/semantic/inclusion.ts
var OutOfBudget = class extends Error {
};
var MAX_DEPTH = 150;
var Prover = class {
  constructor(rootA, rootB, ajvA, ajvB, maxSteps = 2e4) {
    this.rootA = rootA;
    this.rootB = rootB;
    this.ajvA = ajvA;
    this.ajvB = ajvB;
    this.maxSteps = maxSteps;
  }
  rootA;
  rootB;
  ajvA;
  ajvB;
  maxSteps;
  /** Proof steps taken so far (a shared budget is charged with them). */
  steps = 0;
  depth = 0;
  assumed = /* @__PURE__ */ new Set();
  ids = /* @__PURE__ */ new WeakMap();
  nextId = 1;
  validators = /* @__PURE__ */ new Map();
  /** Strings a failed comparison found in one side and not the other: leads for a witness search. */
  stringLeads = /* @__PURE__ */ new Set();
  /** A ⊆ B by structure alone: A accepts nothing, or B everything. */
  trivially(a, b) {
    return a === false || acceptsAll(b) || this.isEmptyShape(this.deref(a, this.rootA), this.rootA) || this.isUniversal(this.deref(b, this.rootB), this.rootB);
  }
  tick() {
    if (++this.steps > this.maxSteps) throw new OutOfBudget();
  }
  /** A ⊆ B, or throws OutOfBudget (steps, or nesting deeper than the stack allows). */
  included(a, b) {
    this.tick();
    if (++this.depth > MAX_DEPTH) {
      this.depth = 0;
      throw new OutOfBudget();
    }
    try {
      return this.includedAt(a, b);
    } finally {
      this.depth = Math.max(0, this.depth - 1);
    }
  }
  includedAt(a, b) {
    a = this.deref(a, this.rootA);
    b = this.deref(b, this.rootB);
    if (a === void 0 || b === void 0) return false;
    if (acceptsAll(b) || a === false) return true;
    if (this.isEmpty(a, this.rootA)) return true;
    if (b === false) return false;
    if (this.isUniversal(b, this.rootB)) return true;
    if (!isObj(a) || !isObj(b)) return false;
    const key3 = `${this.id(a)}|${this.id(b)}`;
    if (this.assumed.has(key3)) return true;
    this.assumed.add(key3);
    try {
      return this.objects(a, b);
    } finally {
      this.assumed.delete(key3);
    }
  }
  objects(a, b) {
    if (sameValue(a, b) && !hasRef(a)) return true;
    const values = a.const !== void 0 ? [a.const] : Array.isArray(a.enum) ? a.enum : void 0;
    if (values) {
      const fa = finiteOnly(a);
      const fb = finiteOnly(b);
      if (fa && fb) {
        const lost = values.find((v) => fa(v) && !fb(v));
        if (typeof lost === "string" && this.stringLeads.size < 16) this.stringLeads.add(lost);
        return lost === void 0;
      }
      const va = this.validator(a, this.rootA);
      const vb = this.validator(b, this.rootB);
      if (va && vb) return values.every((v) => !va.accepts(v) || vb.accepts(v));
    }
    for (const k of ["anyOf", "oneOf"]) {
      if (Array.isArray(a[k])) {
        const rest = without(a, k);
        if (a[k].every((branch) => this.included(merge(rest, branch), b))) return true;
        return assertions(rest).length > 0 && this.included(rest, b);
      }
    }
    if (Array.isArray(a.allOf)) {
      const rest = without(a, "allOf");
      const merged = a.allOf.reduce((acc, part) => merge(acc, part), rest);
      if (merged !== void 0 && this.included(merged, b)) return true;
      return [rest, ...a.allOf].some((part) => this.included(part, b));
    }
    if (a.$ref !== void 0) return this.included(merge(without(a, "$ref"), this.deref({ $ref: a.$ref }, this.rootA)), b);
    if (Array.isArray(b.allOf))
      return b.allOf.every((part) => this.included(a, part)) && this.included(a, without(b, "allOf"));
    if (Array.isArray(b.anyOf))
      return b.anyOf.some((branch) => this.included(a, branch)) && this.included(a, without(b, "anyOf"));
    if (Array.isArray(b.oneOf)) {
      const branches = b.oneOf;
      const hit = branches.findIndex((branch) => this.included(a, branch));
      if (hit < 0) return false;
      return branches.every((other, i) => i === hit || this.disjoint(a, other)) && this.included(a, without(b, "oneOf"));
    }
    if (b.not !== void 0) return this.disjoint(a, b.not) && this.included(a, without(b, "not"));
    if (b.$ref !== void 0) return this.included(a, this.deref({ $ref: b.$ref }, this.rootB)) && this.included(a, without(b, "$ref"));
    return this.includedPlain(a, b);
  }
  /** Both without combinators on b's side; a's remaining combinators only narrow a, so they may be ignored. */
  includedPlain(a, b) {
    for (const k of assertions(b)) if (!KNOWN.has(k)) return false;
    const ta = typesOf(a);
    const tb = typesOf(b);
    for (const t of ta) {
      if (tb.has(t) || t === "integer" && tb.has("number")) continue;
      if (t === "number" && tb.has("integer") && isIntegral(a)) continue;
      if (!this.excludes(a, t)) return false;
    }
    const types = [...ta].filter((t) => !this.excludes(a, t));
    if (types.some((t) => t === "number" || t === "integer") && !numbersIncluded(a, b, types)) return false;
    if (types.includes("string") && !this.stringsIncluded(a, b)) return false;
    if (types.includes("array") && !this.arraysIncluded(a, b)) return false;
    if (types.includes("object") && !this.objectsIncluded(a, b)) return false;
    if (b.const !== void 0 || Array.isArray(b.enum)) return false;
    return true;
  }
  /** a's own keywords rule out type t entirely (e.g. `enum` without any value of that type). */
  excludes(a, t) {
    const values = a.const !== void 0 ? [a.const] : Array.isArray(a.enum) ? a.enum : void 0;
    if (!values) return false;
    return !values.some((v) => {
      const vt = v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" ? Number.isInteger(v) ? "integer" : "number" : typeof v;
      return vt === t || t === "number" && vt === "integer";
    });
  }
  stringsIncluded(a, b) {
    const answer = stringsIncluded(stringSet(a), stringSet(b));
    if (answer?.included === false && answer.example !== void 0 && this.stringLeads.size < 16) this.stringLeads.add(answer.example);
    return answer?.included === true;
  }
  arraysIncluded(a, b) {
    const maxA = maxItemsOf(a);
    if (num(b.minItems) !== void 0 && (num(a.minItems) ?? 0) < num(b.minItems)) return false;
    if (num(b.maxItems) !== void 0 && (maxA === void 0 || maxA > num(b.maxItems))) return false;
    if (b.uniqueItems === true && a.uniqueItems !== true && (maxA === void 0 || maxA > 1)) return false;
    if (b.contains !== void 0 && !(a.contains !== void 0 && this.included(a.contains, b.contains) && (num(a.minContains) ?? 1) >= (num(b.minContains) ?? 1)))
      return false;
    if (b.maxContains !== void 0 || b.unevaluatedItems !== void 0) return sameValue(a, b);
    const n = Math.max(tuple(a).length, tuple(b).length);
    const reach = maxA === void 0 ? n : Math.min(n, maxA);
    for (let i = 0; i < reach; i++) if (!this.included(itemAt(a, i), itemAt(b, i))) return false;
    return maxA !== void 0 && maxA <= n ? true : this.included(restItems(a), restItems(b));
  }
  objectsIncluded(a, b) {
    const reqA = new Set(strings2(a.required));
    if (strings2(b.required).some((r) => !reqA.has(r))) return false;
    if (num(b.minProperties) !== void 0 && Math.max(num(a.minProperties) ?? 0, reqA.size) < num(b.minProperties)) return false;
    if (num(b.maxProperties) !== void 0 && (num(a.maxProperties) === void 0 || num(a.maxProperties) > num(b.maxProperties)))
      return false;
    for (const k of ["dependentSchemas", "unevaluatedProperties", "dependencies"])
      if (b[k] !== void 0 && !sameValue(a[k], b[k])) return false;
    if (isObj(b.dependentRequired)) {
      const da = isObj(a.dependentRequired) ? a.dependentRequired : {};
      for (const [k, list] of Object.entries(b.dependentRequired)) {
        if (reqA.has(k)) continue;
        const have = new Set(strings2(da[k]));
        if (strings2(list).some((r) => !have.has(r) && !reqA.has(r))) return false;
      }
    }
    if (b.propertyNames !== void 0 && !this.namesIncluded(a, b)) return false;
    const propsA = isObj(a.properties) ? a.properties : {};
    const propsB = isObj(b.properties) ? b.properties : {};
    for (const name of /* @__PURE__ */ new Set([...Object.keys(propsA), ...Object.keys(propsB)])) {
      if (!this.included(valueSchema(a, name), valueSchema(b, name))) return false;
    }
    const ppA = isObj(a.patternProperties) ? a.patternProperties : {};
    const ppB = isObj(b.patternProperties) ? b.patternProperties : {};
    const addA = a.additionalProperties ?? true;
    const addB = b.additionalProperties ?? true;
    if (Object.keys(ppB).length) {
      if (!sameValue(ppA, ppB)) return false;
      return this.included(addA, addB);
    }
    for (const schema2 of Object.values(ppA)) if (!this.included(schema2, addB)) return false;
    return this.included(addA, addB);
  }
  namesIncluded(a, b) {
    const namesB = { type: "string", ...isObj(b.propertyNames) ? b.propertyNames : {} };
    if (b.propertyNames === false)
      return a.additionalProperties === false && !a.patternProperties && Object.keys(a.properties ?? {}).length === 0;
    if (a.propertyNames !== void 0 && this.included({ type: "string", ...isObj(a.propertyNames) ? a.propertyNames : {} }, namesB))
      return true;
    if (a.additionalProperties !== false || a.patternProperties !== void 0) return false;
    const v = this.validator(namesB, this.rootB);
    return !!v && Object.keys(isObj(a.properties) ? a.properties : {}).every((n) => v.accepts(n));
  }
  /** No instance is in both (sound: types that cannot meet, or one side finite and outside the other). */
  disjoint(a, b) {
    this.tick();
    a = this.deref(a, this.rootA);
    b = this.deref(b, this.rootB);
    if (a === false || b === false) return true;
    if (!isObj(a) || !isObj(b)) return false;
    const finite = (s) => s.const !== void 0 ? [s.const] : Array.isArray(s.enum) ? s.enum : void 0;
    const fa = finite(a);
    const vb = this.validator(b, this.rootB);
    if (fa && vb) {
      const va2 = this.validator(a, this.rootA);
      return !!va2 && fa.every((v) => !va2.accepts(v) || !vb.accepts(v));
    }
    const fb = finite(b);
    const va = this.validator(a, this.rootA);
    if (fb && va && vb) return fb.every((v) => !vb.accepts(v) || !va.accepts(v));
    const ta = typesOf(a);
    const tb = typesOf(b);
    const meet = [...ta].some((t) => tb.has(t) || t === "integer" && tb.has("number") || t === "number" && tb.has("integer"));
    if (!meet) return true;
    if (b.not !== void 0 && assertions(b).length === 1) return this.included(a, b.not);
    return false;
  }
  isEmptyShape(s, root) {
    return this.isEmpty(s, root, false);
  }
  /**
   * Shape questions (empty? universal?) in progress: a schema that reaches itself through `allOf`/`anyOf`/`not`
   * (a discriminated union whose members `allOf` their parent) is answered "no" the second time, not recursed into
   * until the stack gives out. "No" is the cautious answer: it proves nothing.
   */
  asking = /* @__PURE__ */ new Set();
  once(question, s, answer) {
    const key3 = isObj(s) ? s : void 0;
    if (!key3) return answer();
    const mark = `${question}:${this.id(key3)}`;
    if (this.asking.has(mark) || this.asking.size > MAX_DEPTH) return false;
    this.asking.add(mark);
    try {
      return answer();
    } finally {
      this.asking.delete(mark);
    }
  }
  /** Accepts nothing: `false`, `S and not S`, an empty `enum`, a type list with nothing in it, values it rejects. */
  isEmpty(s, root, exact = true) {
    return this.once(`empty${exact ? "" : "~"}`, s, () => this.isEmptyNow(s, root, exact));
  }
  isEmptyNow(s, root, exact) {
    this.tick();
    if (s === false) return true;
    if (!isObj(s)) return false;
    if (Array.isArray(s.enum) && s.enum.length === 0) return true;
    if (Array.isArray(s.type) && s.type.length === 0) return true;
    if (s.not !== void 0 && this.isUniversal(this.deref(s.not, root), root)) return true;
    if (Array.isArray(s.allOf)) {
      const parts = s.allOf.map((p) => this.deref(p, root));
      if (parts.some((p) => this.isEmpty(p, root))) return true;
      if (parts.some((p) => isObj(p) && p.not !== void 0 && parts.some((q) => sameCore(q, this.deref(p.not, root))))) return true;
    }
    for (const k of ["anyOf", "oneOf"]) {
      if (Array.isArray(s[k]) && s[k].length > 0 && s[k].every((p) => this.isEmpty(this.deref(p, root), root)))
        return true;
    }
    const values = s.const !== void 0 ? [s.const] : Array.isArray(s.enum) ? s.enum : void 0;
    if (values && exact) {
      const v = this.validator(s, root);
      if (v && values.every((x) => !v.accepts(x))) return true;
    }
    return [...typesOf(s)].every((t) => this.impossible(s, t, root));
  }
  /** No instance of type t meets the node's keywords for t (bounds that cross, a required property that must not be). */
  impossible(s, t, root) {
    if (t === "array") {
      const max = maxItemsOf(s);
      return max !== void 0 && max < (num(s.minItems) ?? 0);
    }
    if (t === "string") return num(s.maxLength) !== void 0 && num(s.maxLength) < (num(s.minLength) ?? 0);
    if (t === "number" || t === "integer") {
      const lo2 = bound(s, "minimum", "exclusiveMinimum", true);
      const hi2 = bound(s, "maximum", "exclusiveMaximum", false);
      return !!lo2 && !!hi2 && (lo2.value > hi2.value || lo2.value === hi2.value && (lo2.exclusive || hi2.exclusive));
    }
    if (t === "object") {
      if (num(s.maxProperties) !== void 0 && num(s.maxProperties) < Math.max(num(s.minProperties) ?? 0, strings2(s.required).length))
        return true;
      return strings2(s.required).some((name) => valueSchema(s, name) === false || this.deref(valueSchema(s, name), root) === false);
    }
    return false;
  }
  /** Accepts everything: `true`, `{}`, `S or not S`, `not false`, a union that covers every type. */
  isUniversal(s, root) {
    return this.once("universal", s, () => this.isUniversalNow(s, root));
  }
  isUniversalNow(s, root) {
    this.tick();
    if (acceptsAll(s)) return true;
    if (!isObj(s)) return false;
    if (TYPES.every((t) => this.allOfType(s, t, root))) return true;
    const rest = (k) => assertions(without(s, k)).length === 0;
    if (s.not !== void 0 && rest("not") && this.isEmpty(this.deref(s.not, root), root)) return true;
    if (Array.isArray(s.anyOf) && rest("anyOf")) {
      const parts = s.anyOf.map((p) => this.deref(p, root));
      if (parts.some((p) => this.isUniversal(p, root))) return true;
      if (parts.some((p) => isObj(p) && p.not !== void 0 && parts.some((q) => sameCore(q, this.deref(p.not, root))))) return true;
    }
    if (Array.isArray(s.allOf) && rest("allOf") && s.allOf.every((p) => this.isUniversal(this.deref(p, root), root))) return true;
    return false;
  }
  /** Does the node accept every instance of type t (its keywords for t all vacuous, or a branch of its union that does)? */
  allOfType(s, t, root, depth = 0) {
    this.tick();
    s = this.deref(s, root);
    if (acceptsAll(s)) return true;
    if (!isObj(s) || depth > 16) return false;
    if (!typesOf(s).has(t) && !(t === "integer" && typesOf(s).has("number"))) return false;
    for (const k of assertions(s)) {
      if (k === "type") continue;
      if (k === "anyOf" || k === "oneOf") {
        const branches = s[k] ?? [];
        const covering = branches.filter((b) => this.allOfType(b, t, root, depth + 1));
        if (k === "anyOf" ? covering.length === 0 : covering.length !== 1 || branches.some((b) => b !== covering[0] && !this.noneOfType(b, t, root)))
          return false;
        continue;
      }
      if (k === "allOf") {
        if (!s.allOf.every((b) => this.allOfType(b, t, root, depth + 1))) return false;
        continue;
      }
      const applies = TYPE_KEYWORDS[k];
      if (applies === void 0) return false;
      const own2 = applies === t || applies === "number" && t === "integer";
      if (own2 && !vacuous(k, s[k])) return false;
    }
    return true;
  }
  /** The node rejects every instance of type t. */
  noneOfType(s, t, root) {
    s = this.deref(s, root);
    if (s === false) return true;
    return isObj(s) && !typesOf(s).has(t) && !(t === "integer" && typesOf(s).has("number"));
  }
  /** Follow a node that is only a local `$ref` (annotations aside); undefined when it leads nowhere we can see. */
  deref(s, root, depth = 0) {
    if (!isObj(s) || typeof s.$ref !== "string" || assertions(s).length !== 1 || depth > 32) return s;
    const node = refTarget(root, s.$ref);
    return node === void 0 ? void 0 : this.deref(node, root, depth + 1);
  }
  validator(s, root) {
    if (this.validators.has(s)) return this.validators.get(s);
    const v = hasForeignRef(s) && s !== root ? void 0 : (root === this.rootA ? this.ajvA : this.ajvB).compile(s);
    this.validators.set(s, v);
    return v;
  }
  id(o) {
    let id = this.ids.get(o);
    if (!id) this.ids.set(o, id = this.nextId++);
    return id;
  }
};
function vacuous(keyword, value) {
  switch (keyword) {
    case "properties":
    case "patternProperties":
    case "dependentSchemas":
      return isObj(value) && Object.values(value).every(acceptsAll);
    case "additionalProperties":
    case "items":
    case "additionalItems":
    case "unevaluatedItems":
    case "unevaluatedProperties":
    case "propertyNames":
      return acceptsAll(value);
    case "prefixItems":
      return Array.isArray(value) && value.every(acceptsAll);
    case "required":
      return Array.isArray(value) && value.length === 0;
    case "minItems":
    case "minProperties":
    case "minLength":
      return value === 0;
    case "uniqueItems":
      return value === false;
    case "format":
    case "contentMediaType":
    case "contentEncoding":
      return true;
    // annotations in 2020-12
    default:
      return false;
  }
}
var KNOWN = /* @__PURE__ */ new Set([
  "type",
  "nullable",
  "enum",
  "const",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "format",
  "items",
  "prefixItems",
  "additionalItems",
  "contains",
  "minContains",
  "maxContains",
  "maxItems",
  "minItems",
  "uniqueItems",
  "unevaluatedItems",
  "properties",
  "patternProperties",
  "additionalProperties",
  "required",
  "propertyNames",
  "maxProperties",
  "minProperties",
  "dependentRequired",
  "dependentSchemas",
  "dependencies",
  "unevaluatedProperties"
]);
function numbersIncluded(a, b, types) {
  const lo2 = (s) => bound(s, "minimum", "exclusiveMinimum", true);
  const hi2 = (s) => bound(s, "maximum", "exclusiveMaximum", false);
  const [la, lb, ha, hb] = [lo2(a), lo2(b), hi2(a), hi2(b)];
  if (lb && (!la || la.value < lb.value || la.value === lb.value && lb.exclusive && !la.exclusive)) return false;
  if (hb && (!ha || ha.value > hb.value || ha.value === hb.value && hb.exclusive && !ha.exclusive)) return false;
  const mb = num(b.multipleOf);
  if (mb !== void 0) {
    const ma = num(a.multipleOf);
    if (ma === void 0 || !isMultiple(ma, mb)) return false;
  }
  if (typesOf(b).has("integer") && !typesOf(b).has("number") && types.includes("number") && !isIntegral(a)) return false;
  return true;
}
function bound(s, inclusiveKey, exclusiveKey, lower) {
  const list = [];
  const i = num(s[inclusiveKey]);
  if (i !== void 0) list.push({ value: i, exclusive: s[exclusiveKey] === true });
  const e = num(s[exclusiveKey]);
  if (e !== void 0) list.push({ value: e, exclusive: true });
  if (!list.length) return void 0;
  const tighter = (x, y) => x.value === y.value ? x.exclusive ? x : y : (lower ? x.value > y.value : x.value < y.value) ? x : y;
  return list.reduce(tighter);
}
function isMultiple(of, base) {
  const q = of / base;
  return Math.abs(q - Math.round(q)) < 1e-9;
}
function isIntegral(s) {
  const m = num(s.multipleOf);
  return m !== void 0 && Number.isInteger(m);
}
function strings2(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function valueSchema(s, name) {
  const parts = [];
  if (isObj(s.properties) && name in s.properties) parts.push(s.properties[name]);
  if (isObj(s.patternProperties)) {
    for (const [p, schema2] of Object.entries(s.patternProperties)) {
      try {
        if (safePattern(p).test(name)) parts.push(schema2);
      } catch {
        return false;
      }
    }
  }
  if (!parts.length) return s.additionalProperties ?? true;
  return parts.length === 1 ? parts[0] : { allOf: parts };
}
function maxItemsOf(s) {
  const m = num(s.maxItems);
  const closed = restItems(s) === false ? tuple(s).length : void 0;
  return m === void 0 ? closed : closed === void 0 ? m : Math.min(m, closed);
}
function tuple(s) {
  if (Array.isArray(s.prefixItems)) return s.prefixItems;
  return Array.isArray(s.items) ? s.items : [];
}
function itemAt(s, i) {
  const t = tuple(s);
  return i < t.length ? t[i] : restItems(s);
}
function restItems(s) {
  if (Array.isArray(s.prefixItems)) return s.items ?? true;
  if (Array.isArray(s.items)) return s.additionalItems ?? true;
  return s.items ?? true;
}
function merge(a, b) {
  if (a === void 0 || b === void 0) return void 0;
  if (acceptsAll(a)) return b;
  if (acceptsAll(b)) return a;
  if (!isObj(a) || !isObj(b)) return a === false || b === false ? false : void 0;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (!(k in out) || sameValue(out[k], v)) out[k] = v;
    else if (k === "required") out[k] = [.../* @__PURE__ */ new Set([...strings2(out[k]), ...strings2(v)])];
    else if (k === "properties" && isObj(out[k]) && isObj(v)) {
      const props = { ...out[k] };
      for (const [p, s] of Object.entries(v)) props[p] = p in props ? { allOf: [props[p], s] } : s;
      out[k] = props;
    } else if (k === "allOf" && Array.isArray(out[k]) && Array.isArray(v)) out[k] = [...out[k], ...v];
    else return { allOf: [a, b] };
  }
  return out;
}
function sameCore(a, b) {
  const core = (s) => isObj(s) ? Object.fromEntries(Object.entries(s).filter(([k]) => !ANNOTATIONS.has(k))) : s;
  return sameValue(core(a), core(b));
}
function hasRef(s) {
  return someNode(s, (o) => "$ref" in o);
}
function hasForeignRef(s) {
  return someNode(s, (o) => typeof o.$ref === "string" && !/^#\/(\$defs|definitions|components)\//.test(o.$ref));
}
function valueKey(v) {
  if (Array.isArray(v)) return `[${v.map(valueKey).join(",")}]`;
  if (v && typeof v === "object") {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${valueKey(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "undefined";
}
function finiteOnly(s) {
  if (!assertions(s).every((k) => k === "enum" || k === "const" || k === "type")) return void 0;
  if (s.const !== void 0 && Array.isArray(s.enum)) return void 0;
  const values = s.const !== void 0 ? [s.const] : Array.isArray(s.enum) ? s.enum : void 0;
  const allowed = values && new Set(values.map(valueKey));
  const types = typesOf(s);
  const typed = (v) => types.has(typeOfValue(v)) || typeOfValue(v) === "integer" && types.has("number");
  return (v) => typed(v) && (!allowed || allowed.has(valueKey(v)));
}

// src/core/semantic/linked.ts
var LINK = "x-contract-guard-link";
var shapes = /* @__PURE__ */ new WeakMap();
function resolvedBeyondPointers(o, top) {
  if (["$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor", "$anchor"].some((k) => k in o)) return true;
  if (!top && "$id" in o) return true;
  return typeof o.$ref === "string" && !o.$ref.startsWith("#");
}
function shapeOf(node) {
  const known = shapes.get(node);
  if (known) return known;
  const refs = /* @__PURE__ */ new Set();
  let refused = false;
  let annotated = false;
  let draft7 = false;
  let size = 0;
  let patterns = 0;
  const seen = /* @__PURE__ */ new WeakSet();
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    size++;
    if (Array.isArray(n)) {
      for (const v of n) stack.push(v);
      continue;
    }
    const o = n;
    size += keywordCost(o);
    patterns += patternsAt(o);
    if (typeof o.$ref === "string" && o.$ref.startsWith("#")) refs.add(o.$ref);
    if (resolvedBeyondPointers(o, n === node)) refused = true;
    if ("unevaluatedProperties" in o || "unevaluatedItems" in o) annotated = true;
    if (Array.isArray(o.items) || "additionalItems" in o || "dependencies" in o) draft7 = true;
    pushSchemaChildren(o, stack);
  }
  const shape = { refs: [...refs].sort(), refused, annotated, draft7, size: size + patternCost(patterns) };
  shapes.set(node, shape);
  return shape;
}
var keysByRoot = /* @__PURE__ */ new WeakMap();
function keyAll(start, root, keys) {
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const stack = [];
  const onStack = /* @__PURE__ */ new Set();
  const work = [];
  const open = (ref) => {
    index.set(ref, index.size);
    low.set(ref, index.get(ref));
    stack.push(ref);
    onStack.add(ref);
    const node = refTarget(root, ref);
    work.push({ ref, edges: node && typeof node === "object" ? shapeOf(node).refs : [], i: 0 });
  };
  for (const s of start) {
    if (keys.has(s) || index.has(s)) continue;
    open(s);
    while (work.length) {
      const top = work[work.length - 1];
      if (top.i < top.edges.length) {
        const w2 = top.edges[top.i++];
        if (keys.has(w2)) continue;
        if (!index.has(w2)) open(w2);
        else if (onStack.has(w2)) low.set(top.ref, Math.min(low.get(top.ref), index.get(w2)));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.ref, Math.min(low.get(parent.ref), low.get(top.ref)));
      if (low.get(top.ref) !== index.get(top.ref)) continue;
      const members = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        members.push(w);
      } while (w !== top.ref);
      keyComponent(members, root, keys);
    }
  }
}
function keyComponent(members, root, keys) {
  const inside = new Set(members);
  const own2 = [];
  const outside = /* @__PURE__ */ new Set();
  let usable = true;
  for (const m of members) {
    const node = refTarget(root, m);
    if (typeof node === "boolean") {
      own2.push(`${m}:${node}`);
      continue;
    }
    if (!isObj(node) && !Array.isArray(node)) {
      usable = false;
      continue;
    }
    const shape = shapeOf(node);
    if (shape.refused) usable = false;
    own2.push(`${m}:${fingerprint(node).hash}`);
    for (const r of shape.refs) if (!inside.has(r)) outside.add(r);
  }
  const external = [...outside].sort().map((r) => {
    const k = keys.get(r);
    if (!k) usable = false;
    return `${r}=${k}`;
  });
  if (!usable) {
    for (const m of members) keys.set(m, null);
    return;
  }
  const self = members.length === 1 && !shapeOf(Object(refTarget(root, members[0]))).refs.includes(members[0]);
  if (self) {
    keys.set(members[0], hashText(`${own2[0].slice(members[0].length)}|${external.join(",")}`));
    return;
  }
  const cycle = hashText(`${own2.sort().join(",")}|${external.join(",")}`);
  for (const m of members) keys.set(m, hashText(`${cycle}#${m}`));
}
function alikeIn(a, b, rootA, rootB) {
  if (!sameValue(a, b)) return false;
  return !fingerprint(a).hasRef || sameReferents(a, rootA, rootB);
}
function sameReferents(node, rootA, rootB) {
  const shape = shapeOf(node);
  if (shape.refused || !rootA || typeof rootA !== "object" || !rootB || typeof rootB !== "object") return false;
  const [keysA, keysB] = [keysOf(rootA, shape.refs), keysOf(rootB, shape.refs)];
  return shape.refs.every((r) => {
    const key3 = keysA.get(r);
    return !!key3 && key3 === keysB.get(r);
  });
}
function keysOf(root, refs) {
  let keys = keysByRoot.get(root);
  if (!keys) keysByRoot.set(root, keys = /* @__PURE__ */ new Map());
  keyAll(refs, root, keys);
  return keys;
}
function rewrite(node, keyOf2, top = true, copies = /* @__PURE__ */ new Map()) {
  if (!node || typeof node !== "object") return node;
  const known = copies.get(node);
  if (known !== void 0) return known;
  if (Array.isArray(node)) {
    const out2 = [];
    copies.set(node, out2);
    for (const v of node) out2.push(rewrite(v, keyOf2, false, copies));
    return out2;
  }
  const out = {};
  copies.set(node, out);
  for (const [k, v] of Object.entries(node)) {
    if (top && (k === "$id" || k === "$schema")) continue;
    if (k === LINK) continue;
    if (k === "$ref" && typeof v === "string" && v.startsWith("#")) out[LINK] = keyOf2(v);
    else if (namesSchemas(k, v)) out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, rewrite(s, keyOf2, false, copies)]));
    else out[k] = holdsData(k) ? v : rewrite(v, keyOf2, false, copies);
  }
  return out;
}
function link(schema2, root) {
  const own2 = shapeOf(schema2);
  if (own2.refused) return void 0;
  if (own2.annotated) return "whole";
  if (!root || typeof root !== "object")
    return own2.refs.length ? void 0 : { top: schema2, units: /* @__PURE__ */ new Map(), size: own2.size, ownSize: own2.size, draft7: own2.draft7 };
  const keys = keysOf(root, own2.refs);
  const keyOf2 = (r) => keys.get(r);
  const units = /* @__PURE__ */ new Map();
  const stack = [...own2.refs];
  const seen = /* @__PURE__ */ new Set();
  let size = own2.size;
  let draft7 = own2.draft7;
  while (stack.length) {
    const ref = stack.pop();
    if (seen.has(ref)) continue;
    seen.add(ref);
    const key3 = keys.get(ref);
    if (!key3) return void 0;
    if (units.has(key3)) continue;
    const node = refTarget(root, ref);
    const shape = node && typeof node === "object" ? shapeOf(node) : void 0;
    if (shape?.annotated) return "whole";
    units.set(key3, { size: shape?.size ?? 1, copy: () => typeof node === "boolean" ? node : rewrite(node, keyOf2) });
    size += shape?.size ?? 1;
    draft7 ||= shape?.draft7 ?? false;
    if (shape) stack.push(...shape.refs);
  }
  return { top: rewrite(schema2, keyOf2), units, size, ownSize: own2.size, draft7 };
}
var Unlinkable = class extends Error {
  constructor(message, spent = false) {
    super(message);
    this.spent = spent;
  }
  spent;
};
var meter2;
var OVER_COMPILE_BUDGET = "over the compile budget of this diff";
function metered(m, check) {
  const outer = meter2;
  meter2 = m;
  try {
    return check();
  } finally {
    meter2 = outer;
  }
}
var Generation = class {
  constructor(make, build) {
    this.make = make;
    this.build = build;
  }
  make;
  build;
  units = /* @__PURE__ */ new Map();
  ajvs = /* @__PURE__ */ new Map();
  /** The instance for a dialect; `wide`: one that collects every error, for units too wide for the other (see call). */
  ajv(draft2020, wide = false) {
    let ajv = this.ajvs.get(`${draft2020}:${wide}`);
    if (!ajv) {
      const made = ajv = this.make(draft2020, wide);
      const prefix = `${draft2020}:`;
      made.addKeyword({
        keyword: LINK,
        schemaType: "string",
        errors: false,
        // looked up when called: a unit may call one compiled after it (a cycle)
        compile: (key3) => (data2) => this.call(made, draft2020, prefix + key3, data2)
      });
      this.ajvs.set(`${draft2020}:${wide}`, ajv);
    }
    return ajv;
  }
  call(ajv, draft2020, id, data2) {
    const unit = this.units.get(id);
    if (meter2) {
      const charged = meter2.charged ??= /* @__PURE__ */ new Set();
      if (!charged.has(id)) {
        if (meter2.nodes < unit.size) throw new Unlinkable(OVER_COMPILE_BUDGET, true);
        meter2.nodes -= unit.size;
        charged.add(id);
      }
    }
    if (unit.check === void 0) {
      const copy = unit.copy();
      unit.check = typeof copy === "boolean" ? () => copy : this.compiled(ajv, draft2020, copy);
      compiledUnits++;
      unit.copy = void 0;
    }
    if (!unit.check) throw new Unlinkable("ajv cannot compile the schema");
    return unit.check(data2);
  }
  /**
   * A unit compiled. Stopping at the first error, ajv nests a block per property and runs out of stack past a few
   * thousand properties in one object: such a unit is compiled collecting every error (no nesting, the same yes or
   * no). Were a value reaching it taken as rejected instead, the version too wide to compile would "reject" it: a
   * witness that breaks nothing. Out of stack again (the unit first reached deep in a recursion) goes up as before,
   * nothing kept, so a later, shallower call compiles it: what is decided never depends on where it was first asked.
   */
  compiled(ajv, draft2020, copy) {
    try {
      return this.build(ajv, copy) ?? null;
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
    }
    return this.build(this.ajv(draft2020, true), copy) ?? null;
  }
};
var MAX_UNITS = 2e4;
var generation;
var compiledUnits = 0;
function compileLinked(linked, draft2020, make, build) {
  if (!generation || generation.units.size > MAX_UNITS) generation = new Generation(make, build);
  const { units } = generation;
  const prefix = `${draft2020}:`;
  for (const [key3, unit] of linked.units) if (!units.has(prefix + key3)) units.set(prefix + key3, { size: unit.size, copy: unit.copy });
  try {
    return build(generation.ajv(draft2020), linked.top);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return build(generation.ajv(draft2020, true), linked.top);
  }
}

// src/core/semantic/validator.ts
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { fullFormats as fullFormats2 } from "ajv-formats/dist/formats.js";
var ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;
function newAjv(draft2020, formats = true, judge = false, allErrors = !judge) {
  const opts = {
    strict: false,
    allErrors,
    inlineRefs: !judge,
    validateSchema: false,
    // without formats it is the judge or its placing of failures, which refuse any `$ref` beyond the document
    // (beyondAjv), so never reach a meta-schema: adding them took most of a fresh instance's cost (~8 ms cold, ~1 warm)
    meta: formats,
    allowUnionTypes: true,
    // JSON has no prototype: a value without `constructor` lacks it, though every JavaScript object inherits one
    ownProperties: true,
    logger: false,
    validateFormats: formats,
    // patterns come from contracts: RE2's linear-time engine, never a backtracking one
    code: { regExp: safeRegExpEngine, optimize: !judge, process: eagerly }
  };
  const ajv = draft2020 ? new Ajv2020(opts) : new Ajv(opts);
  ajv.removeKeyword("multipleOf");
  ajv.addKeyword({ keyword: "multipleOf", type: "number", schemaType: "number", errors: true, validate: multipleOfKeyword });
  if (formats) {
    addFormats(ajv);
    for (const [name, format] of Object.entries(fullFormats2)) if (format instanceof RegExp) ajv.addFormat(name, safeFormat(format));
    ajv.addFormat("ulid", safeFormat(ULID));
  }
  return ajv;
}
function eagerly(code) {
  const at4 = code.indexOf("return function validate");
  return at4 < 0 ? code : `${code.slice(0, at4)}return (${code.slice(at4 + "return ".length)})`;
}
function failures(schema2) {
  if (!isObj(schema2) || compileSize(schema2, MAX_PLACED_NODES) > MAX_PLACED_NODES || beyondAjv(schema2) || explodes(schema2)) return void 0;
  const validate = overflowed(() => {
    try {
      return newAjv(isDraft2020(schema2), false).compile(schema2);
    } catch (err) {
      if (isBug(err) || err instanceof RangeError) throw err;
      return void 0;
    }
  });
  if (!validate) return void 0;
  return (value) => {
    try {
      if (validate(value)) return [];
    } catch (err) {
      if (isBug(err)) throw err;
      return void 0;
    }
    return (validate.errors ?? []).flatMap(placesOf);
  };
}
function placesOf(e) {
  const at4 = e.schemaPath.replace(/^#/, "").split("/").map(decodeURIComponent).join("/");
  const { missingProperty, additionalProperty } = e.params;
  const name = e.keyword === "required" ? missingProperty : e.keyword === "additionalProperties" ? additionalProperty : void 0;
  return typeof name === "string" ? [at4, pointerJoin(at4.slice(0, at4.lastIndexOf("/")), "properties", name)] : [at4];
}
function isDraft2020(schema2) {
  if (!schema2 || typeof schema2 !== "object") return true;
  const declared = schema2.$schema;
  if (typeof declared === "string") return /2020-12|2019-09/.test(declared);
  return !usesDraft7Forms(schema2);
}
function usesDraft7Forms(schema2) {
  return someNode(schema2, (o) => Array.isArray(o.items) || "additionalItems" in o || "dependencies" in o);
}
function beyondAjv(schema2) {
  return someSchemaNode(schema2, (o) => {
    if (("unevaluatedItems" in o || "unevaluatedProperties" in o) && someNode(o, (n) => "contains" in n || "if" in n || "else" in n || "then" in n))
      return true;
    return resolvedBeyondPointers(o, o === schema2);
  });
}
function explodes(node) {
  let distinct = 0;
  someNode(node, () => (distinct++, false));
  const limit = Math.max(2e4, distinct * 4);
  let count = 0;
  const walk2 = (n, depth) => {
    if (count > limit || !n || typeof n !== "object" || depth > 256) return;
    count++;
    for (const v of Array.isArray(n) ? n : Object.values(n)) walk2(v, depth + 1);
  };
  walk2(node, 0);
  return count > limit;
}
var AJV_REFUSED = { reason: "ajv cannot compile the schema", spent: false };
var SPENT = { reason: OVER_COMPILE_BUDGET, spent: true };
var TOO_LARGE = { reason: "too large to compile within the budget of one schema", spent: true };
var Validators = class {
  constructor(root, formats = false, shared) {
    this.root = root;
    this.formats = formats;
    this.budget = shared ?? { nodes: DOCUMENT_BUDGET, steps: Infinity };
  }
  root;
  formats;
  /** Each schema compiled, or why not. */
  compiled = /* @__PURE__ */ new WeakMap();
  /** Schema nodes still to compile (ajv takes ~40 µs each): past it, answers are unproven. */
  budget;
  /** A validator for `schema` (the document, or a node of it, or a schema built from its nodes). */
  compile(schema2) {
    if (schema2 === true || schema2 === false) return { accepts: () => schema2 };
    if (!schema2 || typeof schema2 !== "object") return void 0;
    let v = this.compiled.get(schema2);
    if (!v) this.compiled.set(schema2, v = schema2 === this.root ? this.whole(schema2, MAX_DOCUMENT_NODES, "documents") : this.part(schema2));
    return "accepts" in v ? v : void 0;
  }
  /** Why `compile` made no validator for `schema`. */
  refusal(schema2) {
    const v = schema2 !== null && typeof schema2 === "object" ? this.compiled.get(schema2) : void 0;
    if (v && !("accepts" in v) && v !== AJV_REFUSED) return v;
    let unsafe;
    someNode(schema2, (o) => {
      const patterns = [
        ...typeof o.pattern === "string" ? [o.pattern] : [],
        ...isObj(o.patternProperties) ? Object.keys(o.patternProperties) : []
      ];
      unsafe = patterns.map(unsafeReason).find((r) => r !== void 0);
      return unsafe !== void 0;
    });
    return unsafe ? { reason: unsafe, spent: false } : AJV_REFUSED;
  }
  /**
   * A node of the document, or a schema built from its nodes. What it costs is charged whether or not it was compiled
   * before in this process: what a diff can decide must not depend on what the process judged earlier (the App's
   * threads judge many pull requests), only its speed may. The definitions it reaches are charged when a value first
   * reaches them, once per diff (linked.ts).
   */
  part(schema2) {
    const budget = this.budget;
    if (budget.nodes < MIN_COST) return SPENT;
    const linked = this.formats ? "whole" : link(schema2, this.root);
    if (linked === void 0) return AJV_REFUSED;
    if (linked === "whole") return this.whole(schema2, MAX_COMPILED_NODES, "nodes");
    if (linked.size > MAX_LINKED_NODES) return TOO_LARGE;
    const cost = MIN_COST + linked.ownSize;
    if (cost > budget.nodes) return SPENT;
    budget.nodes -= cost;
    const declared = isObj(this.root) && typeof this.root.$schema === "string" ? this.root.$schema : void 0;
    const draft2020 = declared !== void 0 ? /2020-12|2019-09/.test(declared) : !linked.draft7;
    const v = cached(`linked:${draft2020}:${fingerprint(linked.top).hash}`, () => {
      const check = overflowed(() => compileLinked(linked, draft2020, (modern, wide) => newAjv(modern, false, true, wide), checkOf));
      return check && { accepts: answering(check) };
    });
    return v ? { accepts: (value) => metered(budget, () => v.accepts(value)) } : AJV_REFUSED;
  }
  /**
   * The schema compiled with the definitions it reaches copied beside it: `unevaluated*` needs them inline. Paid from
   * `account`: a sub-schema from the nodes every judgement shares, a whole document from the diff's documents.
   */
  whole(schema2, limit, account) {
    const standalone3 = asDocument(schema2, this.root);
    const size = compileSize(standalone3, limit);
    if (size > limit) return TOO_LARGE;
    const cost = account === "nodes" ? Math.max(FRESH_INSTANCE_COST, size) : MIN_COST + size;
    const left = this.budget[account];
    if (left !== void 0 && cost > left) return SPENT;
    if (left !== void 0) this.budget[account] = left - cost;
    const v = cached(`${this.formats}:${fingerprint(standalone3).hash}`, () => {
      if (beyondAjv(standalone3)) return void 0;
      const draft2020 = isDraft2020(standalone3);
      const check = compiledOrNot(newAjv(draft2020, this.formats, true), standalone3, () => newAjv(draft2020, this.formats, true, true));
      return check && { accepts: check };
    });
    return v ?? AJV_REFUSED;
  }
};
function compiledOrNot(ajv, schema2, wide) {
  const collecting = () => wide && overflowed(() => checkOf(wide(), schema2));
  let check;
  if (wide && someNode(schema2, isWide)) check = collecting();
  else
    try {
      check = checkOf(ajv, schema2);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      check = collecting();
    }
  return check && answering(check);
}
var WIDE_PROPERTIES = 1e3;
var isWide = (o) => isObj(o.properties) && Object.keys(o.properties).length > WIDE_PROPERTIES || // a tuple nests a block per item alike
Array.isArray(o.prefixItems) && o.prefixItems.length > WIDE_PROPERTIES || Array.isArray(o.items) && o.items.length > WIDE_PROPERTIES;
function overflowed(compile2) {
  try {
    return compile2();
  } catch (err) {
    if (err instanceof RangeError) return void 0;
    throw err;
  }
}
function checkOf(ajv, schema2) {
  if (explodes(schema2)) return void 0;
  let validate;
  try {
    validate = ajv.compile(schema2);
  } catch (err) {
    if (isBug(err) || err instanceof RangeError) throw err;
    return void 0;
  }
  return (value) => validate(value) === true;
}
function answering(check) {
  return (value) => {
    try {
      return check(value);
    } catch (err) {
      if (isBug(err) || err instanceof Unlinkable) throw err;
      return false;
    }
  };
}
function cached(key3, build) {
  let v = COMPILED.get(key3);
  if (v === void 0) {
    v = build() ?? null;
    remember(key3, v);
  }
  return v ?? void 0;
}
var COMPILED = /* @__PURE__ */ new Map();
var MAX_REMEMBERED = 2e3;
function remember(key3, v) {
  COMPILED.set(key3, v);
  if (COMPILED.size > MAX_REMEMBERED) COMPILED.delete(COMPILED.keys().next().value);
}
function asDocument(schema2, root) {
  return schema2 === root ? schema2 : { ...reachedDefinitions(schema2, root), ...inContextHeader(root), ...schema2 };
}
var MAX_PLACED_NODES = 5e3;
var MAX_COMPILED_NODES = 1500;
var MAX_LINKED_NODES = 5e4;
var MAX_DOCUMENT_NODES = 2e4;
var DOCUMENT_BUDGET = 2e4;
var MIN_COST = 20;
var FRESH_INSTANCE_COST = 500;
function inContextHeader(root) {
  return isObj(root) && typeof root.$schema === "string" ? { $schema: root.$schema } : {};
}
function reachedDefinitions(schema2, root) {
  const out = {};
  if (!isObj(root)) return out;
  const seen = /* @__PURE__ */ new WeakSet();
  const placed2 = /* @__PURE__ */ new Set();
  const scaffold = /* @__PURE__ */ new WeakSet();
  const stack = [schema2];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    const ref = n.$ref;
    const tokens = typeof ref === "string" && !placed2.has(ref) ? localRefTokens(ref) : void 0;
    if (tokens?.length) {
      placed2.add(ref);
      let from = root;
      let to = out;
      tokens.forEach((t, i) => {
        from = isObj(from) || Array.isArray(from) ? from[t] : void 0;
        if (!to) return;
        if (i === tokens.length - 1) {
          if (from !== void 0 && (!(t in to) || scaffold.has(to[t]))) to[t] = from;
        } else if (to[t] === void 0) {
          const step = {};
          scaffold.add(step);
          to = to[t] = step;
        } else to = scaffold.has(to[t]) ? to[t] : void 0;
      });
      stack.push(from);
    }
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === "object") stack.push(v);
  }
  return out;
}
var pools = /* @__PURE__ */ new WeakMap();
function validatorsFor(root, shared) {
  if (!root || typeof root !== "object") return new Validators(root, false, shared);
  let pool = pools.get(root);
  if (!pool) pools.set(root, pool = new Validators(root, false, shared));
  return pool;
}
var multipleOfKeyword = (divisor, value) => {
  const ok = decimalMultiple(divisor, value);
  multipleOfKeyword.errors = ok ? void 0 : [{ keyword: "multipleOf", message: `must be multiple of ${divisor}`, params: { multipleOf: divisor } }];
  return ok;
};
function decimalMultiple(divisor, value) {
  if (typeof value !== "number" || !Number.isFinite(value) || !(divisor > 0)) return false;
  const [a, b] = [decimal(value), decimal(divisor)];
  const scale = Math.max(a.exponent, b.exponent);
  const up = (d) => d.digits * 10n ** BigInt(scale - d.exponent);
  return up(a) % up(b) === 0n;
}
function decimal(n) {
  const [mantissa, exp] = Math.abs(n).toExponential().split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  const places = fraction.length - Number(exp);
  const digits = BigInt(whole + fraction);
  return places >= 0 ? { digits, exponent: places } : { digits: digits * 10n ** BigInt(-places), exponent: 0 };
}

// src/core/semantic/witness.ts
var MAX_CANDIDATES2 = 400;
var MAX_DEPTH2 = 5;
var MAX_LENGTH = 1e4;
var GENERIC = [null, true, 0, 1, -1, 1.5, "", "x", [], {}, [1], { x: 1 }];
var FORMAT_SAMPLES = {
  email: ["a@example.com"],
  date: ["2024-01-31"],
  "date-time": ["2024-01-31T12:00:00Z"],
  time: ["12:00:00Z"],
  uri: ["https://example.com/a"],
  "uri-reference": ["/a"],
  uuid: ["123e4567-e89b-12d3-a456-426614174000"],
  ipv4: ["192.0.2.1"],
  ipv6: ["2001:db8::1"],
  hostname: ["example.com"],
  ulid: ["01ARZ3NDEKTSV4RRFFQ69G5FAV"]
};
var hintNames = [];
var hintStrings = [];
function candidates(schema2, root, names = [], strings4 = []) {
  hintNames = names.slice(0, 32);
  hintStrings = strings4.slice(0, 16);
  calls = MAX_CALLS;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (v) => {
    if (out.length >= MAX_CANDIDATES2 || v === void 0) return;
    const key3 = v !== null && typeof v === "object" ? `#${fingerprint(v).hash}` : JSON.stringify(v);
    if (seen.has(key3)) return;
    seen.add(key3);
    out.push(v);
  };
  for (const v of generate(schema2, root, 0)) add(v);
  for (const v of GENERIC) add(v);
  return out;
}
var PER_NODE = 48;
var PER_INNER_NODE = 8;
function generate(schema2, root, depth, refs = 0) {
  const want = depth === 0 ? PER_NODE : PER_INNER_NODE;
  return generateAll(schema2, root, depth, refs, want).slice(0, want);
}
var MAX_CALLS = 1500;
var calls = 0;
var MAX_PROPS = 40;
var MAX_COPIED_KEYS = 5e4;
function generateAll(schema2, root, depth, refs, want) {
  if (depth > MAX_DEPTH2 || refs > 8 || --calls < 0) return [];
  if (schema2 === false) return [];
  if (schema2 === true || acceptsAll(schema2)) return depth === 0 ? GENERIC : [null, "x", 1, {}];
  if (!isObj(schema2)) return [];
  const s = schema2;
  if (typeof s.$ref === "string") {
    const target = resolve(s.$ref, root);
    const rest = Object.fromEntries(Object.entries(s).filter(([k]) => k !== "$ref"));
    return [...generate(target, root, depth, refs + 1), ...Object.keys(rest).length ? generate(rest, root, depth, refs) : []];
  }
  const out = [];
  if (s.const !== void 0) out.push(s.const);
  if (Array.isArray(s.enum)) append(out, s.enum);
  for (const k of ["examples", "default", "example"]) {
    if (k === "examples" && Array.isArray(s.examples)) append(out, s.examples);
    else if (k !== "examples" && s[k] !== void 0) out.push(s[k]);
  }
  for (const k of ["anyOf", "oneOf", "allOf"]) {
    if (Array.isArray(s[k]))
      for (const branch of s[k]) append(out, generate(mergeShallow(s, k, branch), root, depth, refs + 1));
  }
  if (isObj(s.if)) append(out, [...generate(s.then ?? {}, root, depth, refs + 1), ...generate(s.else ?? {}, root, depth, refs + 1)]);
  const types = [...typesOf(s)];
  if (types.length > 1 && (Array.isArray(s.type) || s.nullable === true) && out.length < want) {
    const lists = types.map((t) => byType(t, s, root, depth, want - out.length));
    for (const list of lists) if (list.length) out.push(list[0]);
    for (const list of lists) if (out.length < want) append(out, list.slice(1));
    return out;
  }
  for (const t of types) if (out.length < want) append(out, byType(t, s, root, depth, want - out.length));
  return out;
}
function byType(t, s, root, depth, want) {
  switch (t) {
    case "null":
      return [null];
    case "boolean":
      return [true, false];
    case "integer":
    case "number":
      return numbers(s, t === "integer");
    case "string":
      return strings3(s);
    case "array":
      return arrays(s, root, depth);
    case "object":
      return objects(s, root, depth, want);
  }
}
function numbers(s, integer) {
  const out = [0, 1, -1, 10, 100, 1e6];
  if (!integer) out.push(0.5, 1.5, -0.5);
  const step = num(s.multipleOf) ?? (integer ? 1 : 0.5);
  for (const k of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]) {
    const v = num(s[k]);
    if (v === void 0) continue;
    out.push(v, v + step, v - step, v + 1, v - 1);
    if (!integer) out.push(v + 0.5, v - 0.5);
  }
  const m = num(s.multipleOf);
  if (m !== void 0) out.push(m, 2 * m, 3 * m, 5 * m, 7 * m, 10 * m, 1, -m);
  const all = out.map((n) => integer ? Math.round(n) : n).filter((n) => Number.isFinite(n));
  const [lo2, lo22, hi2, hi22] = [num(s.minimum), num(s.exclusiveMinimum), num(s.maximum), num(s.exclusiveMaximum)];
  const within = (n) => (lo2 === void 0 || n >= lo2) && (lo22 === void 0 || n > lo22) && (hi2 === void 0 || n <= hi2) && (hi22 === void 0 || n < hi22) && (m === void 0 || m <= 0 || Number.isInteger(n / m));
  return [...all.filter(within), ...all.filter((n) => !within(n))];
}
function strings3(s) {
  const formats = typeof s.format === "string" && Object.hasOwn(FORMAT_SAMPLES, s.format) ? FORMAT_SAMPLES[s.format] : [];
  const set = stringSet(s);
  const samples = sampleStrings(set, 4);
  if (set.pattern) return [.../* @__PURE__ */ new Set([...hintStrings, ...samples, ...formats])];
  const { minLength: min, maxLength: max } = set;
  const bounds = [];
  for (const n of [min, max !== void 0 ? max + 1 : 5, max, min > 0 ? min - 1 : void 0, min + 1, 0, 1, 3]) {
    if (n !== void 0 && n >= 0 && n <= MAX_LENGTH) bounds.push("a".repeat(n));
  }
  const ordered2 = [...formats, ...bounds, "A1 b-", "\n"];
  return [.../* @__PURE__ */ new Set([...hintStrings, ...ordered2.slice(0, 2), ...samples, ...ordered2.slice(2)])];
}
function arrays(s, root, depth) {
  const prefix = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : [];
  const rest = Array.isArray(s.prefixItems) ? s.items : Array.isArray(s.items) ? s.additionalItems : s.items;
  const min = num(s.minItems) ?? 0;
  const max = num(s.maxItems);
  const heads = prefix.map((p) => generate(p, root, depth + 1));
  const restSamples = rest === false ? [] : generate(rest ?? true, root, depth + 1);
  const first = (list) => list.length ? list[0] : null;
  const base = heads.map(first);
  const out = [];
  const fill2 = (arr, n, filler) => {
    if (n > MAX_LENGTH) return void 0;
    const copy = [...arr];
    while (copy.length < n) copy.push(filler);
    return copy;
  };
  out.push(fill2(base, min, first(restSamples)));
  for (const v of restSamples.slice(0, 8)) out.push(fill2([...base, v], Math.max(min, base.length + 1), v));
  heads.forEach(
    (list, i) => list.slice(1, 6).forEach(
      (v) => out.push(
        fill2(
          base.map((b, j) => j === i ? v : b),
          min,
          first(restSamples)
        )
      )
    )
  );
  if (max !== void 0 && max < 50) out.push(fill2(base, max + 1, first(restSamples) ?? 1), fill2(base, max, first(restSamples) ?? 1));
  if (min > 0) out.push(fill2(base, min - 1, first(restSamples))?.slice(0, min - 1));
  if (isObj(s.contains) || s.contains === true)
    for (const v of generate(s.contains, root, depth + 1).slice(0, 4)) out.push(fill2([...base, v], min, v));
  out.push(fill2(base, Math.max(min, 2), first(restSamples) ?? 1));
  return out.filter((v) => v !== void 0);
}
function objects(s, root, depth, wanted) {
  const props = isObj(s.properties) ? s.properties : {};
  const required = Array.isArray(s.required) ? s.required.filter((r) => typeof r === "string") : [];
  const known = /* @__PURE__ */ new Map();
  const valuesOf2 = (name) => {
    let list = known.get(name);
    if (!list) {
      const schema2 = props[name] ?? patternSchema(s, name) ?? s.additionalProperties ?? true;
      list = generate(schema2, root, depth + 1);
      if (!list.length) list = [null];
      known.set(name, list);
    }
    return list;
  };
  const base = {};
  for (const r of required) putOwn(base, r, valuesOf2(r)[0]);
  const want = Math.min(wanted, Math.max(1, Math.floor(MAX_COPIED_KEYS / (required.length + 1))));
  const out = [];
  const add = (make) => out.length < want && out.push(make());
  add(() => ({ ...base }));
  const hinted = new Set(hintNames);
  const isRequired = new Set(required);
  const varied2 = [...required.filter((r) => r in props), ...Object.keys(props).filter((p) => hinted.has(p) && !isRequired.has(p))];
  for (const p of Object.keys(props)) if (varied2.length < MAX_PROPS && !varied2.includes(p)) varied2.push(p);
  for (const name of varied2.slice(0, MAX_PROPS)) {
    if (out.length >= want) return out;
    for (const v of valuesOf2(name).slice(0, 6)) add(() => ({ ...base, [name]: v }));
    if (name in base)
      add(() => {
        const without3 = { ...base };
        delete without3[name];
        return without3;
      });
  }
  if (out.length >= want) return out;
  const extraValues = generate(s.additionalProperties ?? true, root, depth + 1).slice(0, 4);
  for (const v of extraValues.length ? extraValues : [1]) add(() => ({ ...base, extra_property: v }));
  add(() => ({ ...base, extra_property: 1, another_property: 2 }));
  for (const name of hintNames) if (!(name in props)) for (const v of [null, "x", 1, true, {}, []]) add(() => ({ ...base, [name]: v }));
  if (isObj(s.patternProperties)) {
    for (const [p, schema2] of Object.entries(s.patternProperties)) {
      for (const name of patternSamples(p, 2))
        for (const v of generate(schema2, root, depth + 1).slice(0, 3)) add(() => ({ ...base, [name]: v }));
    }
  }
  if (isObj(s.dependentRequired)) for (const k of Object.keys(s.dependentRequired)) add(() => ({ ...base, [k]: valuesOf2(k)[0] }));
  add(() => {
    const all = { ...base };
    for (const name of varied2.slice(0, MAX_PROPS)) putOwn(all, name, valuesOf2(name)[0]);
    return all;
  });
  return out;
}
function propertyNames(schema2, root) {
  const out = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new WeakSet();
  const pending = [schema2];
  for (let at4 = 0; at4 < pending.length && out.size <= 64; at4++) {
    someNode(pending[at4], (o) => {
      if (isObj(o.properties)) for (const k of Object.keys(o.properties)) out.add(k);
      if (Array.isArray(o.required)) {
        for (const k of o.required) if (typeof k === "string") out.add(k);
      }
      const target = root !== void 0 && typeof o.$ref === "string" ? refTarget(root, o.$ref) : void 0;
      if (target && typeof target === "object" && !seen.has(target)) seen.add(target), pending.push(target);
      return out.size > 64;
    });
  }
  return [...out].slice(0, 64);
}
function patternSchema(s, name) {
  if (!isObj(s.patternProperties)) return void 0;
  for (const [p, schema2] of Object.entries(s.patternProperties)) {
    try {
      if (safePattern(p).test(name)) return schema2;
    } catch {
    }
  }
  return void 0;
}
function mergeShallow(s, key3, branch) {
  if (!isObj(branch)) return branch;
  const rest = Object.fromEntries(Object.entries(s).filter(([k]) => k !== key3 && k !== "anyOf" && k !== "oneOf" && k !== "allOf"));
  return { ...rest, ...branch };
}
function resolve(ref, root) {
  return refTarget(root, ref) ?? true;
}
function append(out, items) {
  for (const item of items) out.push(item);
}

// src/core/semantic/judge.ts
var MAX_STEPS = 2e4;
var OVER_OWN_STEPS = "over the proof budget of one schema";
var OVER_DIFF_STEPS = "over the proof budget of this diff";
var OVER_DIFF_PATTERNS = "over the pattern budget of this diff (characters of patterns read)";
function included(olderAsWritten, newerAsWritten, options = {}) {
  const budget = options.budget;
  if (!budget) return judged(olderAsWritten, newerAsWritten, options);
  if (budget.steps <= 0) return { kind: "unproven", reason: OVER_DIFF_STEPS, spent: true };
  const taken = { steps: 0 };
  const own2 = options.maxSteps ?? MAX_STEPS;
  try {
    if (budget.patterns) budget.patterns.short = false;
    const verdict = readingPatterns(
      budget.patterns,
      () => judged(olderAsWritten, newerAsWritten, { ...options, maxSteps: Math.min(own2, budget.steps) }, taken)
    );
    if (verdict.kind === "unproven" && !verdict.spent && budget.patterns?.short)
      return { kind: "unproven", reason: OVER_DIFF_PATTERNS, spent: true };
    if (verdict.kind === "unproven" && verdict.reason === OVER_OWN_STEPS && budget.steps < own2)
      return { ...verdict, reason: OVER_DIFF_STEPS };
    return verdict;
  } finally {
    budget.steps -= taken.steps;
  }
}
function judged(olderAsWritten, newerAsWritten, options, taken = { steps: 0 }) {
  const a = refSiblingsVoid(options.rootA ?? olderAsWritten);
  const b = refSiblingsVoid(options.rootB ?? newerAsWritten);
  const [rootA, rootB, older, newer] = [
    a(options.rootA ?? olderAsWritten),
    b(options.rootB ?? newerAsWritten),
    a(olderAsWritten),
    b(newerAsWritten)
  ];
  const pools2 = [validatorsFor(rootA, options.budget), validatorsFor(rootB, options.budget)];
  const prover = new Prover(rootA, rootB, pools2[0], pools2[1], options.maxSteps);
  try {
    return decide(prover, older, newer, rootA, rootB, pools2);
  } catch (err) {
    if (err instanceof Unlinkable) return { kind: "unproven", reason: err.message, spent: err.spent };
    throw err;
  } finally {
    taken.steps = prover.steps;
  }
}
function decide(prover, older, newer, rootA, rootB, pools2) {
  try {
    if (prover.trivially(older, newer)) return { kind: "proven" };
  } catch (err) {
    if (!(err instanceof OutOfBudget)) throw err;
  }
  const va = pools2[0].compile(older);
  const vb = pools2[1].compile(newer);
  if (va && vb) {
    for (const v of [...candidates(older, rootA, propertyNames(newer, rootB)), ...candidates(newer, rootB, propertyNames(older, rootA))]) {
      if (va.accepts(v) && !vb.accepts(v)) return { kind: "broken", witness: v };
    }
  }
  try {
    if (prover.included(older, newer)) return { kind: "proven" };
  } catch (err) {
    if (err instanceof OutOfBudget) return { kind: "unproven", reason: OVER_OWN_STEPS, spent: true };
    throw err;
  }
  if (va && vb && prover.stringLeads.size) {
    const leads = [...prover.stringLeads];
    for (const v of [
      ...candidates(older, rootA, propertyNames(newer, rootB), leads),
      ...candidates(newer, rootB, propertyNames(older, rootA), leads)
    ])
      if (va.accepts(v) && !vb.accepts(v)) return { kind: "broken", witness: v };
  }
  if (va && vb) return { kind: "unproven", reason: "no proof and no counterexample found", spent: false };
  return { kind: "unproven", ...va ? pools2[1].refusal(newer) : pools2[0].refusal(older) };
}
var near = (a, b) => a === b || a.startsWith(b + "/") || b.startsWith(a + "/");
function witnessesAt(older, newer, witness, places) {
  const inNewer = failures(newer);
  const failing = inNewer?.(witness);
  if (!inNewer || !failing?.length) return void 0;
  const out = /* @__PURE__ */ new Map();
  for (const p of places) if (failing.some((f) => near(f, p))) out.set(p, witness);
  let open = places.filter((p) => !out.has(p));
  const inOlder = open.length ? failures(older) : void 0;
  if (!inOlder) return out;
  for (const v of [...candidates(older, older, propertyNames(newer)), ...candidates(newer, newer, propertyNames(older))]) {
    if (!open.length) break;
    if (inOlder(v)?.length !== 0) continue;
    const fails = inNewer(v);
    if (!fails?.length) continue;
    for (const p of open) if (fails.some((f) => near(f, p))) out.set(p, v);
    open = open.filter((p) => !out.has(p));
  }
  return out;
}

// src/core/diff/semantic-reconcile.ts
var MAX_JUDGED = 400;
var READ_ANNOTATIONS = /* @__PURE__ */ new Set(["format", "contentMediaType", "contentEncoding", "contentSchema", "default", "readOnly", "writeOnly"]);
function lastToken(pointer) {
  const tokens = pointerTokens(pointer);
  return tokens[tokens.length - 1] ?? "";
}
function sidesOf(role) {
  if (role === "request" || role === "storage") return ["reader"];
  if (role === "response") return ["writer"];
  return ["reader", "writer"];
}
var DIFF_COMPILE_BUDGET = 2e4;
var DIFF_STEP_BUDGET = 1e5;
var DIFF_DOCUMENT_BUDGET = 1e5;
var DIFF_PATTERN_BUDGET = 2e5;
function verdictOf(s, side, budget) {
  const [rootA, rootB] = [s.rootA ?? s.older, s.rootB ?? s.newer];
  return side === "reader" ? included(s.older, s.newer, { rootA, rootB, budget }) : included(s.newer, s.older, { rootA: rootB, rootB: rootA, budget });
}
var standalone = (node, root) => node !== null && typeof node === "object" ? asDocument(node, root) : node;
function placedAt(older, newer) {
  const at4 = (loc) => (file2, pointer) => {
    if (file2 !== older.file && file2 !== newer.file) return void 0;
    if (pointer === loc.pointer || pointer.startsWith(loc.pointer + "/")) return pointer.slice(loc.pointer.length);
    return /^\/(components|\$defs|definitions)\//.test(pointer) ? pointer : void 0;
  };
  return [at4(older), at4(newer)];
}
var ELSEWHERE = "the schema breaks elsewhere; no value was found that breaks here";
function witnessOf(j, majors, policy) {
  const s = j.schema;
  const all = new Map(majors.map((c) => [c, j.broken.witness]));
  const reader = j.broken.side === "reader";
  const place = s.pointerOf?.[reader ? 1 : 0];
  const at4 = new Map(majors.map((c) => [c, place?.(c.file, c.pointer)]));
  if (!place || [...at4.values()].includes(void 0)) return all;
  for (const c of policy) {
    const p = place(c.file, c.pointer);
    if (p !== void 0) at4.set(c, p);
  }
  const [older, newer] = s.rootA === void 0 ? [s.older, s.newer] : [standalone(s.older, s.rootA), standalone(s.newer, s.rootB)];
  const [accepting, rejecting] = reader ? [older, newer] : [newer, older];
  const found2 = witnessesAt(accepting, rejecting, j.broken.witness, [...new Set(at4.values())]);
  if (!found2 || ![...found2.values()].includes(j.broken.witness)) return all;
  const shown2 = new Map([...at4].filter(([, p]) => found2.has(p)).map(([c, p]) => [c, found2.get(p)]));
  return withOwnValues(j, majors, shown2, at4, accepting, rejecting);
}
function withOwnValues(j, majors, shown2, at4, accepting, rejecting) {
  const named = majors.filter((c) => /-enum-value-(removed|added)$/.test(c.ruleId));
  if (named.length < 2) return shown2;
  const [accepts, rejects] = [failures(accepting), failures(rejecting)];
  if (!accepts || !rejects) return shown2;
  const s = j.schema;
  for (const c of named) {
    const removed = c.ruleId.endsWith("-removed");
    const value = refTarget(removed ? s.rootA ?? s.older : s.rootB ?? s.newer, `#${c.pointer}`) ?? refTarget(removed ? s.older : s.newer, `#${at4.get(c)}`);
    const instance = value === void 0 ? void 0 : placed(shown2.get(c) ?? j.broken.witness, at4.get(c), value);
    if (instance !== void 0 && accepts(instance)?.length === 0 && !!rejects(instance)?.length) shown2.set(c, instance);
  }
  return shown2;
}
function placed(base, place, value) {
  const tokens = pointerTokens(place);
  const path = tokens.slice(0, tokens.lastIndexOf("enum"));
  if (tokens.length - path.length !== 2) return void 0;
  const put = (node, i) => {
    if (i === path.length) return value;
    if (path[i] === "properties" && i + 1 < path.length) {
      const out = isObj(node) ? { ...node } : {};
      const inner = put(out[path[i + 1]], i + 2);
      if (inner === void 0) return void 0;
      putOwn(out, path[i + 1], inner);
      return out;
    }
    if (path[i] === "items") {
      const out = Array.isArray(node) && node.length ? [...node] : [null];
      const inner = put(out[0], i + 1);
      if (inner === void 0) return void 0;
      out[0] = inner;
      return out;
    }
    return void 0;
  };
  return put(base, 0);
}
function reconcile(schemas, changeOf, strict) {
  const judgements = [];
  const budget = {
    nodes: DIFF_COMPILE_BUDGET,
    steps: DIFF_STEP_BUDGET,
    documents: DIFF_DOCUMENT_BUDGET,
    patterns: { chars: DIFF_PATTERN_BUDGET, read: /* @__PURE__ */ new Set() }
  };
  for (const schema2 of schemas.slice(0, MAX_JUDGED)) {
    if (sameValue(schema2.older, schema2.newer) && schema2.rootA === void 0) continue;
    const sides2 = sidesOf(schema2.role);
    const verdicts = sides2.map((side) => ({ side, verdict: verdictOf(schema2, side, budget) }));
    const b = verdicts.find((v) => v.verdict.kind === "broken");
    const open = verdicts.map((v) => v.verdict).find((v) => v.kind === "unproven");
    judgements.push({
      schema: schema2,
      sides: sides2,
      broken: b && b.verdict.kind === "broken" ? { side: b.side, witness: b.verdict.witness } : void 0,
      proven: verdicts.every((v) => v.verdict.kind === "proven"),
      unproven: !b && open?.kind === "unproven" ? { reason: open.reason, spent: open.spent } : void 0
    });
  }
  const byPolicy = (c) => !strict && (getRule(c.rule).levelFrom === "policy" || READ_ANNOTATIONS.has(lastToken(c.pointer)) || pointerTokens(c.pointer).some((t) => t.startsWith("x-")));
  const mine = (j) => [...j.schema.changes].map(changeOf).filter((c) => !!c);
  const breaking = /* @__PURE__ */ new Set();
  const extra = [];
  for (const j of judgements) {
    if (!j.broken) continue;
    const semantic = { verdict: "breaking", witness: j.broken.witness, side: j.broken.side };
    const changes = mine(j);
    for (const c of changes) breaking.add(c);
    const majors = changes.filter((c) => c.level === "major");
    const policy = changes.filter(byPolicy);
    const shown3 = witnessOf(j, majors, policy);
    for (const c of majors) {
      const witness = shown3.get(c);
      c.semantic ??= shown3.has(c) ? { ...semantic, witness } : { verdict: "unproven", reason: ELSEWHERE };
    }
    for (const c of policy) if (shown3.has(c)) c.semantic ??= { ...semantic, witness: shown3.get(c), verdict: "policy" };
    if (majors.length) continue;
    for (const c of policy) c.semantic ??= { ...semantic, verdict: "policy" };
    if (policy.length) continue;
    extra.push({
      rule: j.broken.side === "reader" ? "schema-narrowed" : "schema-widened",
      context: j.schema.context ?? j.schema.role,
      role: j.schema.role,
      loc: { file: j.schema.file, pointer: "" },
      params: { at: j.schema.label },
      semantic,
      // "accepts values it did not accept" says nothing of which: another widening of the same schema is another break
      // (the schema with what it reaches: a widening may be in a component it `$ref`s)
      identity: fingerprint([j.schema.newer, j.schema.rootB]).hash
    });
  }
  for (const j of judgements) {
    if (!j.proven) continue;
    const majors = mine(j).filter((c) => c.level === "major" && !breaking.has(c));
    if (!majors.length) continue;
    const other = j.sides.length === 2 ? [] : j.sides[0] === "reader" ? ["writer"] : ["reader"];
    const level = other.every((side) => verdictOf(j.schema, side, budget).kind === "proven") ? "patch" : "minor";
    for (const c of majors) {
      if (byPolicy(c)) c.semantic = { verdict: "policy" };
      else {
        if (levelRank(level) < levelRank(c.level)) c.level = level;
        c.semantic = { verdict: "compatible" };
        c.hint = COMPATIBLE_HINTS.proven;
      }
    }
  }
  const decided = new Set(judgements.filter((j) => j.proven).flatMap(mine));
  for (const j of judgements) {
    if (!j.unproven) continue;
    for (const c of mine(j)) if (!decided.has(c)) c.semantic ??= { verdict: "unproven", reason: j.unproven.reason };
  }
  const shown2 = judgements.filter((j) => j.broken).length;
  const proven = judgements.filter((j) => j.proven).length;
  const overBudget = judgements.filter((j) => j.unproven?.spent).length;
  return {
    extra,
    coverage: { judged: judgements.length, proven, breaking: shown2, unproven: judgements.length - proven - shown2, overBudget }
  };
}

// src/core/diff/asyncapi-diff.ts
var DESCRIPTIVE = /* @__PURE__ */ new Set(["description", "summary", "title", "examples", "example", "tags", "externalDocs", "x-examples"]);
function directionOf(actions) {
  if (actions?.size === 1 && actions.has("send")) return { context: "event-sent", role: "response" };
  if (actions?.size === 1 && actions.has("receive")) return { context: "event-received", role: "request" };
  return { context: "event", role: "event" };
}
function forcedDirection(role) {
  return { context: role === "response" ? "event-sent" : role === "event" ? "event" : "event-received", role };
}
function diffAsyncApi(d, baseFile, file2) {
  const a = readAsyncApi(d.baseDocs, baseFile, d.errors);
  const b = readAsyncApi(d.headDocs, file2, d.errors);
  const emit = (rule2, at4, params, lineAt) => d.sink.emit({
    rule: rule2,
    loc: typeof at4 === "string" ? { file: file2, pointer: at4 } : at4,
    params,
    ...lineAt !== void 0 ? { lineAt: { file: file2, pointer: lineAt } } : {}
  });
  let bundles;
  const judge = (older, newer, { context, role, label }, found2) => {
    if (!found2.size) return;
    bundles ??= [judgedDocument(d.baseDocs, baseFile), judgedDocument(d.headDocs, file2)];
    const [x, y] = [bundles[0].copyOf(older.node), bundles[1].copyOf(newer.node)];
    if (x === void 0 || y === void 0) return;
    d.judged.push({
      file: newer.loc.file,
      role,
      context,
      label,
      older: x,
      newer: y,
      rootA: bundles[0].root,
      rootB: bundles[1].root,
      changes: found2,
      pointerOf: placedAt(older.loc, newer.loc)
    });
  };
  const across = a.major !== b.major;
  const [toB, toA] = [twins(a, b, across), twins(b, a, across)];
  const opId = (m, op) => across ? `${op.action} ${op.channel !== void 0 && m.channels.get(op.channel)?.address || op.key}` : op.key;
  const byId = (m) => new Map([...m.operations.values()].map((op) => [opId(m, op), op]));
  const [opsA, opsB] = [byId(a), byId(b)];
  for (const [key3, c] of a.channels) if (toB(key3) === void 0) emit("channel-removed", c.loc.pointer, { channel: key3 }, "/channels");
  for (const [key3, c] of b.channels) if (toA(key3) === void 0) emit("channel-added", c.loc, { channel: key3 });
  for (const [key3, c] of b.channels) {
    const old = a.channels.get(toA(key3) ?? "");
    if (!old) continue;
    if (old.address !== null && c.address !== null && old.address !== c.address)
      emit("channel-address-changed", c.addressLoc, { channel: key3, old: old.address, new: c.address });
    const [context, role] = ["event", "event"];
    for (const [name, p] of c.parameters) {
      const q = old.parameters.get(name);
      if (!q) continue;
      const schemaOf = (s, major) => {
        const n = obj(s.node);
        if (n.schema !== void 0) return { loc: { ...s.loc, pointer: pointerJoin(s.loc.pointer, "schema") }, node: n.schema };
        return major < 3 ? s : { loc: s.loc, node: { type: "string", ...n } };
      };
      d.schemas.compare([schemaOf(q, a.major)], [schemaOf(p, b.major)], { context, role, label: `channel ${key3} parameter ${name}` });
    }
  }
  for (const [id, op] of opsA) {
    const channelGone = op.channel !== void 0 && toB(op.channel) === void 0;
    if (!opsB.has(id) && !channelGone)
      emit(
        "async-operation-removed",
        op.loc.pointer,
        { operation: op.label },
        op.channel ? pointerJoin("/channels", op.channel) : "/operations"
      );
  }
  for (const [id, op] of opsB) {
    const old = opsA.get(id);
    if (!old) {
      if (op.channel === void 0 || toA(op.channel) !== void 0) emit("async-operation-added", op.loc, { operation: op.label });
      continue;
    }
    if (old.action !== op.action)
      emit("async-operation-changed", pointerJoin(op.loc.pointer, "action"), {
        operation: op.label,
        what: `now ${op.action}s where it ${old.action === "send" ? "sent" : "received"}`
      });
    if ((old.channel === void 0 ? void 0 : toB(old.channel)) !== op.channel)
      emit("async-operation-changed", pointerJoin(op.loc.pointer, "channel"), {
        operation: op.label,
        what: `moved from channel ${old.channel} to ${op.channel}`
      });
    const names = (m, keys) => new Map([...keys].map((k) => [m.messages.get(k).name, k]));
    const [na, nb] = [names(a, old.messages), names(b, op.messages)];
    const headNames = new Set([...b.messages.values()].map((m) => m.name));
    const baseNames = new Set([...a.messages.values()].map((m) => m.name));
    for (const name of na.keys())
      if (!nb.has(name) && headNames.has(name)) emit("operation-message-removed", op.loc, { operation: op.label, message: name });
    for (const [name, k] of nb)
      if (!na.has(name) && baseNames.has(name))
        emit("operation-message-added", b.messages.get(k).loc, { operation: op.label, message: name });
  }
  const parentIn = (m, pointer, from) => {
    if (across) {
      const ch2 = /^\/channels\/([^/]+)\//.exec(pointer);
      return !ch2 || (from === a ? toB : toA)(ch2[1].replace(/~1/g, "/").replace(/~0/g, "~")) !== void 0;
    }
    const op = /^\/channels\/([^/]+)\/(publish|subscribe)\//.exec(pointer);
    if (op) return m.operations.has(`${op[2]} ${op[1].replace(/~1/g, "/").replace(/~0/g, "~")}`);
    const ch = /^\/channels\/([^/]+)\//.exec(pointer);
    return !ch || m.channels.has(ch[1].replace(/~1/g, "/").replace(/~0/g, "~"));
  };
  const paired = pairMessages(a, b);
  const kept = new Set([...paired.values()].map((m) => m.key));
  for (const [key3, m] of a.messages)
    if (!kept.has(key3) && parentIn(b, key3, a)) emit("message-removed", m.loc.pointer, { message: m.name }, key3.replace(/\/[^/]+$/, ""));
  for (const [key3, m] of b.messages) if (!paired.has(key3) && parentIn(a, key3, b)) emit("message-added", m.loc, { message: m.name });
  for (const [key3, m] of b.messages) {
    const old = paired.get(key3);
    if (old) compareMessage(d, a, b, old, m, judge);
  }
  if (across) {
    const version2 = (m, f) => String(obj(m.get(f).data).asyncapi);
    emit("async-info-changed", "/asyncapi", { field: `asyncapi (${version2(d.baseDocs, baseFile)} \u2192 ${version2(d.headDocs, file2)})` });
    const info = (m, f) => ({ info: obj(m.get(f).data).info });
    const seen2 = /* @__PURE__ */ new Set();
    for (const c of diffData(file2, info(d.baseDocs, baseFile), info(d.headDocs, file2))) {
      const field = pointerTokens(c.loc.pointer).slice(0, 2).join(".");
      if (!seen2.has(field)) emit("async-info-changed", c.loc.pointer, { field });
      seen2.add(field);
    }
    return;
  }
  const read = [...a.read, ...b.read];
  const definitions2 = /* @__PURE__ */ new Set([...a.messages.keys(), ...b.messages.keys()]);
  const judged2 = (p) => /^\/(channels|operations)\/[^/]+$/.test(p) || definitions2.has(p) || read.some((r) => p === r || p.startsWith(r + "/")) || p === "/asyncapi";
  const covered = d.sink.pointersFor(file2);
  const seen = /* @__PURE__ */ new Set();
  const gone = [...read, "/components/schemas", "/components/messageTraits"];
  for (const c of diffData(file2, without2(d.baseDocs.get(baseFile).data, gone), without2(d.headDocs.get(file2).data, gone))) {
    const p = c.loc.pointer;
    if (judged2(p) || covered.some((q) => p.startsWith(q) || q.startsWith(p))) continue;
    const descriptive = p.split("/").findIndex((t) => DESCRIPTIVE.has(t) || t === "info");
    if (descriptive > 0) {
      const at4 = p.split("/").slice(0, descriptive + 1).join("/");
      const field = at4.split("/").slice(1).map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~")).join(".");
      if (!seen.has(at4)) emit("async-info-changed", at4, { field });
      seen.add(at4);
    } else d.sink.emit(c);
  }
}
function twins(from, to, across) {
  if (!across) return (key3) => to.channels.has(key3) ? key3 : void 0;
  const byAddress = /* @__PURE__ */ new Map();
  for (const [k, c] of to.channels) if (c.address !== null && !byAddress.has(c.address)) byAddress.set(c.address, k);
  return (key3) => {
    const address = from.channels.get(key3)?.address;
    return address === null || address === void 0 ? void 0 : byAddress.get(address);
  };
}
function pairMessages(a, b) {
  const named = (m) => typeof m.fields.get("name")?.node === "string" || typeof m.fields.get("messageId")?.node === "string";
  const out = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  for (const [key3, m] of b.messages) {
    const old = a.messages.get(key3);
    if (old && (!named(old) || !named(m) || old.name === m.name)) {
      out.set(key3, old);
      used.add(old.key);
    }
  }
  for (const [key3, m] of b.messages) {
    if (out.has(key3) || !named(m)) continue;
    const same2 = [...a.messages.values()].filter((x) => !used.has(x.key) && named(x) && x.name === m.name);
    if (same2.length !== 1) continue;
    out.set(key3, same2[0]);
    used.add(same2[0].key);
  }
  return out;
}
function without2(doc, pointers) {
  const root = { ...obj(doc) };
  const copies = new WeakSet([root]);
  for (const pointer of pointers) {
    const tokens = pointerTokens(pointer);
    let node = root;
    for (const [i, t] of tokens.entries()) {
      if (!(t in node)) break;
      if (i === tokens.length - 1) {
        delete node[t];
        break;
      }
      const next = node[t];
      if (next === null || typeof next !== "object" || Array.isArray(next)) break;
      if (!copies.has(next)) copies.add(node[t] = { ...next });
      node = node[t];
    }
  }
  return root;
}
function carried(found2, via) {
  for (const c of found2) for (const v of via.slice(1)) addVia(c, v);
  return found2;
}
function compareMessage(d, a, b, old, m, judge) {
  const via = [...b.carriers.get(m.key) ?? []].map((k) => `channel ${b.channels.get(k)?.address ?? k}`).sort();
  const forced = d.roleOf?.(m.loc.file);
  const { context, role } = forced ? forcedDirection(forced) : directionOf(b.actions.get(m.key) ?? a.actions.get(old.key));
  const emit = (rule2, loc, params) => d.sink.emit({ rule: rule2, loc, params });
  const field = (x, f) => x.fields.get(f);
  const contentType = (x, model) => {
    const own2 = field(x, "contentType")?.node;
    return typeof own2 === "string" ? own2 : model.defaultContentType;
  };
  const [ta, tb] = [contentType(old, a), contentType(m, b)];
  if (ta !== void 0 && tb !== void 0 && ta !== tb)
    emit("message-content-type-changed", field(m, "contentType")?.loc ?? m.loc, { message: m.name, old: ta, new: tb });
  const [ca, cb] = [obj(field(old, "correlationId")?.node), obj(field(m, "correlationId")?.node)];
  if (typeof ca.location === "string" && ca.location !== cb.location)
    emit("correlation-id-changed", field(m, "correlationId")?.loc ?? m.loc, {
      message: m.name,
      old: ca.location,
      new: cb.location ?? "none"
    });
  const [pa, pb] = [payloadOf(old), payloadOf(m)];
  if (pa && pb) {
    if (pa.format !== pb.format || pa.format === "other" && pa.formatName !== pb.formatName)
      emit("message-schema-format-changed", field(m, "schemaFormat")?.loc ?? pb.side.loc, {
        message: m.name,
        old: pa.formatName,
        new: pb.formatName
      });
    else if (pa.format === "avro") {
      try {
        const [x, y] = [d.baseDocs.deref(pa.side.loc, pa.side.node), d.headDocs.deref(pb.side.loc, pb.side.node)];
        diffAvroSchemas(d.sink, x, y, { role, label: `message ${m.name}`, via, names: [avroNamesOf(d.baseDocs), avroNamesOf(d.headDocs)] });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        d.errors.push({ file: err.file ?? pb.side.loc.file, line: err.line, message: err.message });
      }
    } else if (pa.format === "json") {
      const scope = { context, role, label: `message ${m.name}`, via: via[0] };
      judge(pa.side, pb.side, scope, carried(d.schemas.compare([pa.side], [pb.side], scope), via));
    } else if (!sameValue(pa.side.node, pb.side.node)) {
      const tool = /protobuf/i.test(pb.formatName) ? ", or run `buf breaking` in your CI" : "";
      emit("message-payload-unjudged", pb.side.loc, { message: m.name, format: pb.formatName, tool });
    }
  }
  const schemaField = (x, path) => {
    let side = field(x, path[0]);
    for (const t of path.slice(1)) {
      if (!side) return void 0;
      const node = obj(side.node)[t];
      side = node === void 0 ? void 0 : { loc: { ...side.loc, pointer: pointerJoin(side.loc.pointer, t) }, node };
    }
    return side;
  };
  for (const [path, what] of [
    [["headers"], "headers"],
    [["bindings", "kafka", "key"], "Kafka key"]
  ]) {
    const [x, y] = [schemaField(old, [...path]), schemaField(m, [...path])];
    if (!x && !y) continue;
    const none = (other) => ({ loc: { ...other.loc, pointer: pointerJoin(other.loc.pointer, ...path) }, node: {} });
    const scope = { context, role, label: `message ${m.name} ${what}`, via: via[0] };
    const [sx, sy] = [x ?? none(old), y ?? none(m)];
    judge(sx, sy, scope, carried(d.schemas.compare([sx], [sy], scope), via));
  }
}

// src/core/diff/avro-protocol.ts
function typesOf2(protocol) {
  const namespace = typeof protocol.namespace === "string" && protocol.namespace ? protocol.namespace : void 0;
  const out = /* @__PURE__ */ new Map();
  (Array.isArray(protocol.types) ? protocol.types : []).forEach((t, index) => {
    if (!isObj(t) || typeof t.name !== "string") return;
    const own2 = typeof t.namespace === "string" ? t.namespace || void 0 : namespace;
    const node = own2 !== void 0 && t.namespace === void 0 ? { ...t, namespace: own2 } : t;
    const name = fullName(t.name, own2);
    if (!out.has(name)) out.set(name, { index, node });
  });
  return out;
}
function diffAvroProtocols(sink, older, newer, role) {
  const label = newer.file.replace(/^.*\//, "");
  const [typesA, typesB] = [typesOf2(older.node), typesOf2(newer.node)];
  const namesOf = (types, rest, namespace) => (name) => {
    const own2 = types.get(name) ?? types.get(fullName(name, namespace));
    return own2 ? { node: own2.node, namespace } : rest(name);
  };
  const nsOf = (p) => typeof p.namespace === "string" && p.namespace ? p.namespace : void 0;
  const ns = [nsOf(older.node), nsOf(newer.node)];
  const names = [namesOf(typesA, older.names, ns[0]), namesOf(typesB, newer.names, ns[1])];
  const at4 = (side, pointer) => ({ file: side.file, pointer });
  for (const [name, b] of typesB) {
    const a = typesA.get(name) ?? [...typesA.values()].find((t) => aliasesOf(b.node, name).has(fullNameOf(t.node)));
    if (!a) sink.emit({ rule: "avro-protocol-type-added", loc: at4(newer, `/types/${b.index}`), params: { name } });
    else
      diffAvroSchemas(
        sink,
        { loc: at4(older, `/types/${a.index}`), node: a.node },
        { loc: at4(newer, `/types/${b.index}`), node: b.node },
        {
          role,
          label: `${label} ${name}`,
          names
        }
      );
  }
  const renamedTo = new Set([...typesB].flatMap(([name, b]) => [...aliasesOf(b.node, name)]));
  for (const name of typesA.keys())
    if (!typesB.has(name) && !renamedTo.has(name))
      sink.emit({ rule: "avro-protocol-type-removed", loc: at4(newer, "/types"), params: { name } });
  const [messagesA, messagesB] = [messagesOf(older.node), messagesOf(newer.node)];
  for (const [name, b] of messagesB) {
    const a = messagesA.get(name);
    const place = pointerJoin("/messages", name);
    if (!a) {
      sink.emit({ rule: "avro-message-added", loc: at4(newer, place), params: { name } });
      continue;
    }
    const request = (m, namespace) => ({
      type: "record",
      name: "__request",
      ...namespace ? { namespace } : {},
      fields: Array.isArray(m.request) ? m.request : []
    });
    const response = (m, namespace) => ({
      type: "record",
      name: "__response",
      ...namespace ? { namespace } : {},
      fields: [{ name: "response", type: m.response ?? "null" }]
    });
    const compare = (part, make, partRole, prefix) => diffAvroSchemas(
      relocated(sink, `${place}/${part}${prefix}`, `${place}/${part}`),
      { loc: at4(older, `${place}/${part}`), node: make(a, ns[0]) },
      { loc: at4(newer, `${place}/${part}`), node: make(b, ns[1]) },
      { role: partRole, label: `${label} ${name} ${part}`, names }
    );
    compare("request", request, "request", "/fields");
    compare("response", response, "response", "/fields/0/type");
  }
  for (const name of messagesA.keys())
    if (!messagesB.has(name)) sink.emit({ rule: "avro-message-removed", loc: at4(newer, "/messages"), params: { name } });
}
function messagesOf(protocol) {
  const out = /* @__PURE__ */ new Map();
  if (isObj(protocol.messages)) {
    for (const [name, m] of Object.entries(protocol.messages)) if (isObj(m)) out.set(name, m);
  }
  return out;
}
function fullNameOf(node) {
  return fullName(node.name, typeof node.namespace === "string" ? node.namespace || void 0 : void 0);
}
function aliasesOf(node, name) {
  const namespace = name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : void 0;
  return new Set(
    (Array.isArray(node.aliases) ? node.aliases : []).filter((a) => typeof a === "string").map((a) => fullName(a, namespace))
  );
}
function relocated(sink, from, to) {
  const move = (pointer) => pointer === from || pointer.startsWith(from + "/") ? to + pointer.slice(from.length) : pointer;
  return { emit: (change) => sink.emit({ ...change, loc: { ...change.loc, pointer: move(change.loc.pointer) } }) };
}

// src/core/diff/moves.ts
import { posix as posix3 } from "node:path";
import { createHash as createHash2 } from "node:crypto";
var segments = (path) => path.split("/");
var { basename } = posix3;
function movedFromOf(moves = []) {
  const from = new Map(moves.map((m) => [m.head, m.base]));
  return (file2) => from.get(file2);
}
function movedFiles(base, head, sameUnit, identity2) {
  const [before, after] = [new Set(base.paths()), new Set(head.paths())];
  const removed = [...before].filter((p) => !after.has(p)).sort();
  const added = new Set([...after].filter((p) => !before.has(p)).sort());
  if (!removed.length || !added.size) return [];
  const moves = [];
  const moved2 = /* @__PURE__ */ new Set();
  const take = (from, to) => {
    if (!sameUnit(from, to)) return;
    moves.push({ base: from, head: to });
    moved2.add(from);
    added.delete(to);
  };
  const open = () => removed.filter((p) => !moved2.has(p));
  const pairUnique = (key3) => {
    const group = (paths, side) => {
      const out = /* @__PURE__ */ new Map();
      for (const p of paths) {
        const k = key3(p, side);
        if (k === void 0) continue;
        const same2 = out.get(k);
        if (same2) same2.push(p);
        else out.set(k, [p]);
      }
      return out;
    };
    const there = group(added, "head");
    for (const [k, from] of group(open(), "base")) {
      const to = there.get(k);
      if (from.length === 1 && to?.length === 1) take(from[0], to[0]);
    }
  };
  pairUnique((p, side) => {
    const bytes = (side === "base" ? base : head).read(p);
    if (bytes instanceof Oversized) return `oversized ${bytes.id}`;
    return bytes && createHash2("sha256").update(isBinary(bytes) ? bytes : toLf(bytes)).digest("hex");
  });
  const folders = /* @__PURE__ */ new Map();
  for (const m of moves) {
    const [a, b] = [segments(m.base), segments(m.head)];
    if (a[a.length - 1] !== b[b.length - 1]) continue;
    while (a.length && b.length && a[a.length - 1] === b[b.length - 1]) [a.pop(), b.pop()];
    const [from, to] = [a.join("/"), b.join("/")];
    folders.set(from, folders.has(from) && folders.get(from) !== to ? null : to);
  }
  for (const r of open()) {
    const parts = segments(r);
    for (let depth = parts.length - 1; depth >= 0; depth--) {
      const to = folders.get(parts.slice(0, depth).join("/"));
      if (to === void 0) continue;
      const rest = parts.slice(depth).join("/");
      const target = to === "" ? rest : `${to}/${rest}`;
      if (to !== null && added.has(target)) take(r, target);
      break;
    }
  }
  pairUnique((p) => basename(p));
  if (identity2) pairUnique((p, side) => identity2(side, p));
  return moves.sort((x, y) => x.head < y.head ? -1 : x.head > y.head ? 1 : 0);
}

// src/core/source/operations.ts
var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
var isObj5 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function reachedSchemas(doc, file2 = "", resolve3) {
  const reached2 = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new WeakSet();
  const stack = [
    [doc.paths, file2],
    [doc.webhooks, file2]
  ];
  while (stack.length) {
    const [n, at4] = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    const ref = n.$ref;
    const tokens = typeof ref === "string" ? localRefTokens(ref) : void 0;
    if (tokens && at4 === file2) {
      if (tokens[0] === "components" && tokens[1] === "schemas" && tokens[2] !== void 0) reached2.add(tokens[2]);
      else if (tokens[0] === "definitions" && tokens[1] !== void 0 && doc.swagger) reached2.add(tokens[1]);
      stack.push([refTarget(doc, ref), at4]);
    } else if (typeof ref === "string" && resolve3) {
      const target = followed(resolve3, at4, ref);
      if (target) stack.push([target.node, target.file]);
    }
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === "object") stack.push([v, at4]);
  }
  if (resolve3) {
    const components = doc.swagger ? doc.definitions : isObj5(doc.components) ? doc.components.schemas : void 0;
    for (const [name, node] of Object.entries(isObj5(components) ? components : {})) {
      if (isObj5(node) && seen.has(node)) reached2.add(name);
      const ref = isObj5(node) ? node.$ref : void 0;
      if (typeof ref !== "string" || localRefTokens(ref)) continue;
      const target = followed(resolve3, file2, ref);
      if (target && typeof target.node === "object" && target.node !== null && seen.has(target.node)) reached2.add(name);
    }
  }
  return reached2;
}
function followed(resolve3, file2, ref) {
  try {
    return resolve3(file2, ref);
  } catch {
    return void 0;
  }
}
function operations(doc, file2, sections = ["paths"], deref = (item) => item, base = "") {
  const out = [];
  for (const section of sections) {
    const items = doc[section];
    if (!isObj5(items)) continue;
    for (const [path, raw] of Object.entries(items)) {
      const item = deref({ loc: { file: file2, pointer: pointerJoin(base, section, path) }, node: raw });
      const node = item.node;
      if (!isObj5(node)) continue;
      for (const method of METHODS) {
        const op = node[method];
        if (isObj5(op)) out.push({ section, path, method, node: op, item: { loc: item.loc, node } });
      }
    }
  }
  return out;
}

// src/core/semantic/subdocument.ts
var isObj6 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var DIALECT_KEYS = ["$schema", "$id", "jsonSchemaDialect", "openapi", "swagger", "asyncapi"];
function tokensOf(ref) {
  return ref.slice(2).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function at2(root, tokens) {
  let node = root;
  for (const t of tokens) node = node !== null && typeof node === "object" ? node[t] : void 0;
  return node;
}
function subdocument(root, node) {
  if (!isObj6(root)) return root;
  const reached2 = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object" || seen.has(n)) continue;
    seen.add(n);
    if (!Array.isArray(n)) {
      if ("$dynamicRef" in n || "$recursiveRef" in n) return root;
      const ref = n.$ref;
      if (typeof ref === "string") {
        if (!ref.startsWith("#/")) return root;
        if (!reached2.has(ref)) {
          const target = at2(root, tokensOf(ref));
          if (target === void 0) return root;
          reached2.set(ref, target);
          stack.push(target);
        }
      }
    }
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v && typeof v === "object") stack.push(v);
  }
  const out = {};
  for (const k of DIALECT_KEYS) if (k in root) out[k] = root[k];
  const placed2 = [];
  for (const ref of [...reached2.keys()].sort((a, b) => a.length - b.length)) {
    if (placed2.some((p) => ref.startsWith(p + "/"))) continue;
    const tokens = tokensOf(ref);
    let holder = out;
    for (const t of tokens.slice(0, -1)) {
      if (!isObj6(holder[t])) holder[t] = {};
      holder = holder[t];
    }
    holder[tokens[tokens.length - 1]] = reached2.get(ref);
    placed2.push(ref);
  }
  return out;
}

// src/core/diff/openapi-diff.ts
var MAX_JUDGED_PER_DOCUMENT = 400;
var ADDED = { operation: "operation-added", webhook: "webhook-added", callback: "callback-added" };
var REMOVED = { operation: "operation-removed", webhook: "webhook-removed", callback: "callback-removed" };
var isObj7 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var at3 = (loc, ...tokens) => ({ file: loc.file, pointer: pointerJoin(loc.pointer, ...tokens) });
var OpenApiDiffer = class {
  constructor(baseDocs, headDocs, sink, schemas, errors, judged2 = [], roleOf = () => void 0) {
    this.baseDocs = baseDocs;
    this.headDocs = headDocs;
    this.sink = sink;
    this.schemas = schemas;
    this.errors = errors;
    this.judged = judged2;
    this.roleOf = roleOf;
  }
  baseDocs;
  headDocs;
  sink;
  schemas;
  errors;
  judged;
  roleOf;
  /** The two documents being compared, when set inclusion can judge their schemas (OpenAPI 3.1, and 3.0 read as JSON Schema 2020-12). */
  /** One document is Swagger 2.0 and the other OpenAPI 3 (a description upgraded): form fields are a request body. */
  upgraded = false;
  roots;
  diff({ baseFile, headFile }) {
    const a = baseFile ? this.baseDocs.get(baseFile).data : {};
    const b = headFile ? this.headDocs.get(headFile).data : {};
    const file2 = headFile ?? baseFile;
    const root = { file: file2, pointer: "" };
    if (baseFile && headFile) this.documentLevel(a, b, root);
    const is3 = (d) => typeof d.openapi === "string" && /^3\.[01]\./.test(d.openapi);
    const judgeable = baseFile && headFile && is3(a) && is3(b);
    this.roots = judgeable ? { baseFile, headFile, judged: 0, seen: /* @__PURE__ */ new Map() } : void 0;
    const upgraded = !!baseFile && !!headFile && !a.swagger !== !b.swagger;
    this.upgraded = upgraded;
    const [pa, pb] = [sharedPath(a), sharedPath(b)];
    const moved2 = !!baseFile && !!headFile && pa !== void 0 && pb !== void 0 && pa !== pb;
    if (moved2) this.emit("base-path-changed", at3(root, b.swagger ? "basePath" : "servers"), { old: pa || "/", new: pb || "/" });
    const opsA = this.operations(this.baseDocs, a, baseFile, basePathOf(a, upgraded), moved2);
    const opsB = this.operations(this.headDocs, b, headFile, basePathOf(b, upgraded), moved2);
    for (const [key3, op] of opsA) {
      const parent = { file: file2, pointer: op.kind === "webhook" ? "/webhooks" : "/paths" };
      if (!opsB.has(key3)) this.emit(REMOVED[op.kind], op.loc, { op: op.label }, headFile ? parent : void 0);
    }
    for (const [key3, op] of opsB) {
      const old = opsA.get(key3);
      if (!old) this.emit(ADDED[op.kind], op.loc, { op: op.label });
      else this.operation(old, op);
    }
    if (baseFile && headFile) this.orphans(a, b, baseFile, headFile);
  }
  /** Component schemas nothing reaches (a shared library, a document that is only components): compared by their role. */
  orphans(a, b, baseFile, headFile) {
    const follow = (docs) => (file3, ref) => {
      const r = docs.resolveRef({ file: file3, pointer: "" }, ref);
      return { file: r.loc.file, node: r.node };
    };
    const reached2 = /* @__PURE__ */ new Set([...reachedSchemas(a, baseFile, follow(this.baseDocs)), ...reachedSchemas(b, headFile, follow(this.headDocs))]);
    const holder = (d) => d.swagger ? "/definitions" : "/components/schemas";
    const schemas = (d) => d.swagger ? isObj7(d.definitions) ? d.definitions : {} : isObj7(d.components) && isObj7(d.components.schemas) ? d.components.schemas : {};
    const [sa, sb] = [schemas(a), schemas(b)];
    const file2 = headFile;
    const role = this.roleOf(file2) ?? "event";
    const loc = (name, base = false) => ({
      file: base ? baseFile : headFile,
      pointer: pointerJoin(holder(base ? a : b), name)
    });
    const scope = (name) => ({
      context: role,
      role,
      label: `${holder(b).slice(1).replace("/", ".")}.${name} (reached by no operation)`
    });
    for (const name of Object.keys(sa)) {
      if (reached2.has(name) || name in sb) continue;
      this.sink.emit({
        rule: "definition-removed",
        context: role,
        role,
        loc: loc(name, true),
        lineAt: { file: file2, pointer: "" },
        params: { at: scope(name).label, name }
      });
    }
    for (const name of Object.keys(sb)) {
      if (reached2.has(name)) continue;
      if (!(name in sa))
        this.sink.emit({ rule: "definition-added", context: role, role, loc: loc(name), params: { at: scope(name).label, name } });
      else this.schemas.compare([{ loc: loc(name, true), node: sa[name] }], [{ loc: loc(name), node: sb[name] }], scope(name));
    }
  }
  emit(rule2, loc, params, lineAt, via) {
    this.sink.emit({ rule: rule2, loc, lineAt, params, via });
  }
  documentLevel(a, b, root) {
    const version2 = (d) => d.openapi ? String(d.openapi) : d.swagger ? `Swagger ${String(d.swagger)}` : void 0;
    if (version2(a) !== version2(b) && version2(a) && version2(b)) {
      this.emit("openapi-version-changed", at3(root, b.openapi ? "openapi" : "swagger"), { old: version2(a), new: version2(b) });
    }
    const infoA = isObj7(a.info) ? a.info : {};
    const infoB = isObj7(b.info) ? b.info : {};
    for (const key3 of /* @__PURE__ */ new Set([...Object.keys(infoA), ...Object.keys(infoB)])) {
      if (!sameValue(infoA[key3], infoB[key3]))
        this.emit("api-info-changed", at3(root, "info", key3), { field: `info.${key3}`, old: infoA[key3], new: infoB[key3] }, at3(root, "info"));
    }
    for (const field of ["tags", "externalDocs", "jsonSchemaDialect"]) {
      if (!sameValue(a[field], b[field])) this.emit("api-info-changed", at3(root, field), { field, old: a[field], new: b[field] });
    }
    const urls = (doc) => new Set(serverUrls(doc));
    const ua = urls(a);
    const ub = urls(b);
    for (const url of ua) if (!ub.has(url)) this.emit("server-removed", at3(root, "servers", url), { url }, at3(root, "servers"));
    for (const url of ub) if (!ua.has(url)) this.emit("server-added", at3(root, "servers", url), { url });
    const [schemesA, schemesB] = [securitySchemes(a), securitySchemes(b)];
    const schemeLoc = (name) => at3(root, ...b.swagger ? ["securityDefinitions"] : ["components", "securitySchemes"], name);
    for (const name of Object.keys(schemesA))
      if (!(name in schemesB)) this.emit("security-scheme-removed", schemeLoc(name), { name }, root);
    for (const name of Object.keys(schemesB)) {
      if (!(name in schemesA)) {
        this.emit("security-scheme-added", schemeLoc(name), { name });
        continue;
      }
      const sa = asScheme(this.deref(this.baseDocs, schemeLoc(name), schemesA[name]).node);
      const sb = asScheme(this.deref(this.headDocs, schemeLoc(name), schemesB[name]).node);
      for (const field of ["type", "scheme", "in", "name", "bearerFormat", "flows", "openIdConnectUrl"]) {
        if (!sameValue(sa?.[field], sb?.[field]))
          this.emit("security-scheme-changed", at3(schemeLoc(name), field), { name, field, values: schemeChange(sa?.[field], sb?.[field]) });
      }
    }
    for (const [key3, value] of Object.entries(b)) {
      if (key3.startsWith("x-") && !sameValue(a[key3], value))
        this.emit("api-info-changed", at3(root, key3), { field: key3, old: a[key3], new: value });
    }
  }
  deref(docs, loc, node) {
    try {
      return docs.deref(loc, node);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      if (!this.errors.some((e) => e.message === err.message))
        this.errors.push({ file: err.file ?? loc.file, line: err.line, message: err.message });
      return { loc, node: {} };
    }
  }
  /** `bare`: keyed by route alone, without the base path (it moved: operations pair across it). */
  operations(docs, doc, file2, basePath, bare = false) {
    const out = /* @__PURE__ */ new Map();
    if (!file2) return out;
    const deref = (item) => this.deref(docs, item.loc, item.node);
    const route = (path) => path.replace(/\{[^}]*\}/g, "{}");
    const add = (op) => out.set(op.key, { ...op, pathItem: op.item, doc, docFile: file2 });
    for (const { section, path, method, node, item } of operations(doc, file2, ["paths", "webhooks"], deref)) {
      const M = method.toUpperCase();
      const webhook = section === "webhooks";
      const key3 = webhook ? `${M} webhook ${route(path)}` : `${M} ${bare ? "" : basePath}${route(path)}`;
      const label = webhook ? `webhook ${path}${method === "post" ? "" : ` (${M})`}` : `${M} ${basePath}${path}`;
      const loc = at3(item.loc, method);
      add({ kind: webhook ? "webhook" : "operation", key: key3, path, label, method, loc, node, item });
      if (!isObj7(node.callbacks)) continue;
      const callbacks = node.callbacks;
      for (const cb of operations(callbacks, file2, Object.keys(callbacks), deref, at3(loc, "callbacks").pointer)) {
        const CM = cb.method.toUpperCase();
        add({
          kind: "callback",
          key: `${key3} callback ${cb.section} ${CM} ${cb.path}`,
          path: cb.path,
          label: `${label} callback ${cb.section} (${CM} ${cb.path})`,
          method: cb.method,
          loc: at3(cb.item.loc, cb.method),
          node: cb.node,
          item: cb.item
        });
      }
    }
    return out;
  }
  operation(a, b) {
    if (this.unchanged(a, b)) return;
    const op = b.label;
    if (!a.node.deprecated !== !b.node.deprecated)
      this.emit(b.node.deprecated ? "operation-deprecated" : "operation-undeprecated", at3(b.loc, "deprecated"), { op }, b.loc);
    if (a.node.operationId && b.node.operationId && a.node.operationId !== b.node.operationId) {
      this.emit("operation-id-changed", at3(b.loc, "operationId"), { op, old: a.node.operationId, new: b.node.operationId });
    }
    for (const field of ["summary", "description", "tags", "externalDocs"]) {
      if (!sameValue(a.node[field], b.node[field])) this.emit("operation-docs-changed", at3(b.loc, field), { op, field }, b.loc);
    }
    this.parameters(a, b);
    this.requestBody(a, b);
    this.responses(a, b);
    this.security(a, b);
  }
  /**
   * An operation written alike in both documents, whose references reach alike components, under the same path item
   * parameters and security, in documents read by the same rules: nothing in it can differ (most of a large API's
   * operations, between two releases).
   */
  unchanged(a, b) {
    if (a.path !== b.path || a.pathItem.loc.file !== a.docFile || b.pathItem.loc.file !== b.docFile) return false;
    const alike = (x, y) => alikeIn(x, y, a.doc, b.doc);
    const [da, db] = [a.doc, b.doc];
    const security = (d) => isObj7(d.components) ? d.components.securitySchemes : void 0;
    return da.openapi === db.openapi && da.swagger === db.swagger && alike(da.jsonSchemaDialect, db.jsonSchemaDialect) && alike(da.consumes, db.consumes) && alike(da.security, db.security) && alike(security(da), security(db)) && alike(
      isObj7(a.pathItem.node) ? a.pathItem.node.parameters : void 0,
      isObj7(b.pathItem.node) ? b.pathItem.node.parameters : void 0
    ) && alike(a.node, b.node);
  }
  parameterMap(docs, op) {
    const out = /* @__PURE__ */ new Map();
    const add = (list, loc) => {
      if (!Array.isArray(list)) return;
      list.forEach((raw, i) => {
        const p = this.deref(docs, at3(loc, "parameters", i), raw);
        if (!isObj7(p.node) || typeof p.node.name !== "string") return;
        const where = String(p.node.in);
        const slot = where === "path" ? `#${pathParams(op.path).indexOf(p.node.name)}` : where === "header" ? p.node.name.toLowerCase() : p.node.name;
        out.set(`${where}:${slot}`, p);
      });
    };
    add(op.pathItem.node && op.pathItem.node.parameters, op.pathItem.loc);
    add(op.node.parameters, op.loc);
    return out;
  }
  parameters(a, b) {
    const pa = this.parameterMap(this.baseDocs, a);
    const pb = this.parameterMap(this.headDocs, b);
    const op = b.label;
    for (const [key3, side] of pa) {
      const p = side.node;
      if (p.in === "body" || p.in === "formData" && this.upgraded) continue;
      if (!pb.has(key3)) this.emit("request-parameter-removed", side.loc, { op, in: p.in, name: p.name }, b.loc);
    }
    for (const [key3, side] of pb) {
      const p = side.node;
      if (p.in === "body" || p.in === "formData" && this.upgraded) continue;
      const old = pa.get(key3);
      const params = { op, in: p.in, name: p.name };
      if (!old) {
        this.emit(p.required ? "request-parameter-added-required" : "request-parameter-added", side.loc, params);
        continue;
      }
      const o = old.node;
      if (!o.required !== !p.required)
        this.emit(
          p.required ? "request-parameter-became-required" : "request-parameter-became-optional",
          at3(side.loc, "required"),
          params,
          side.loc
        );
      if (!o.deprecated && p.deprecated) this.emit("request-parameter-deprecated", at3(side.loc, "deprecated"), params);
      const [wa, wb] = [serialization(o, !!a.doc.swagger), serialization(p, !!b.doc.swagger)];
      const scalar = [parameterSchema(old), parameterSchema(side)].every((s) => isObj7(s?.node) && SCALARS.has(String(s.node.type)));
      for (const field of scalar ? ["style"] : ["style", "explode"]) {
        if (wa[field] !== wb[field])
          this.emit("request-parameter-style-changed", at3(side.loc, field), { ...params, field, old: wa[field], new: wb[field] }, side.loc);
      }
      if (!sameValue(o.allowReserved, p.allowReserved))
        this.emit(
          "request-parameter-style-changed",
          at3(side.loc, "allowReserved"),
          { ...params, field: "allowReserved", old: o.allowReserved, new: p.allowReserved },
          side.loc
        );
      if (o.allowEmptyValue === true && p.allowEmptyValue !== true) {
        this.emit(
          "request-parameter-style-changed",
          at3(side.loc, "allowEmptyValue"),
          { ...params, field: "allowEmptyValue", old: true, new: false },
          side.loc
        );
      }
      const label = `${op} ${p.in} parameter ${p.name}`;
      const sa = parameterSchema(old);
      const sb = parameterSchema(side);
      if (sa && sb)
        this.judge(
          sa,
          sb,
          "request",
          label,
          this.schemas.compare([sa], [sb], { context: "request-parameter", role: "request", label, via: op })
        );
    }
  }
  requestBody(a, b) {
    const op = b.label;
    const ba = this.body(this.baseDocs, a);
    const bb = this.body(this.headDocs, b);
    if (!ba && !bb) return;
    if (!ba) return this.emit(bb.required ? "request-body-added-required" : "request-body-added", bb.loc, { op });
    if (!bb) return this.emit("request-body-removed", ba.loc, { op }, b.loc);
    if (ba.required !== bb.required)
      this.emit(bb.required ? "request-body-became-required" : "request-body-became-optional", at3(bb.loc, "required"), { op }, bb.loc);
    this.content(ba.content, bb.content, "request", `${op} request body`, op, bb.loc, void 0, b.kind !== "operation");
  }
  /**
   * Hand a request or response schema to set inclusion, in its document; a document whose `$ref`s reach other files
   * is judged as one bundle with them, so a schema in a shared file is judged too.
   */
  judge(old, now, role, label, changes) {
    const r = this.roots;
    if (!r || !changes.size || r.judged >= MAX_JUDGED_PER_DOCUMENT) return;
    const both = r.bundles ??= [judgedDocument(this.baseDocs, r.baseFile), judgedDocument(this.headDocs, r.headFile)];
    const [x, y] = [both[0].copyOf(old.node), both[1].copyOf(now.node)];
    if (x === void 0 || y === void 0) return;
    const hidden = role === "request" ? "readOnly" : role === "response" ? "writeOnly" : void 0;
    const key3 = `${hidden}|${identity(x)}|${identity(y)}`;
    const known = r.seen.get(key3);
    if (known) {
      for (const c of changes) known.changes.add(c);
      return;
    }
    r.judged++;
    const [a, b] = [
      this.readable(both[0].root, x, r.baseFile, this.baseDocs, hidden),
      this.readable(both[1].root, y, r.headFile, this.headDocs, hidden)
    ];
    const judged2 = {
      file: now.loc.file,
      role,
      label,
      older: a.node,
      newer: b.node,
      rootA: a.root,
      rootB: b.root,
      changes: new Set(changes),
      pointerOf: placedAt(old.loc, now.loc)
    };
    r.seen.set(key3, judged2);
    this.judged.push(judged2);
  }
  /** The schema and what it reaches, read as JSON Schema 2020-12 (OpenAPI 3.0's dialect rewritten) in its direction. */
  readable(root, node, file2, docs, hidden) {
    let part = { root: subdocument(root, node), node };
    const version2 = docs.get(file2).data.openapi;
    const through = (rewrite2) => {
      const convert = rewrite2(part.root);
      part = { root: convert(part.root), node: convert(part.node) };
    };
    if (typeof version2 === "string" && version2.startsWith("3.0.")) through(fromOpenApi30);
    if (hidden) through((root2) => withoutHidden(root2, hidden));
    return part;
  }
  body(docs, op) {
    if (op.node.requestBody !== void 0) {
      const rb = this.deref(docs, at3(op.loc, "requestBody"), op.node.requestBody);
      if (!isObj7(rb.node)) return void 0;
      return { loc: rb.loc, required: rb.node.required === true, content: this.media(docs, rb) };
    }
    const params = [...this.parameterMap(docs, op).values()];
    if (this.upgraded && op.doc.swagger) {
      const form = formBody(op, params);
      if (form) return form;
    }
    for (const side of params) {
      const p = side.node;
      if (p.in === "body") {
        const consumes = Array.isArray(op.node.consumes) ? op.node.consumes : op.doc.consumes;
        const content = /* @__PURE__ */ new Map();
        for (const media of consumes ?? ["application/json"]) content.set(media, { loc: at3(side.loc, "schema"), node: p.schema });
        return { loc: side.loc, required: p.required === true, content };
      }
    }
    return void 0;
  }
  media(docs, holder) {
    const out = /* @__PURE__ */ new Map();
    const node = holder.node;
    if (isObj7(node.content)) {
      for (const [media, mt] of Object.entries(node.content)) {
        if (isObj7(mt)) out.set(media, { loc: at3(holder.loc, "content", media, "schema"), node: mt.schema ?? {} });
      }
    } else if (node.schema !== void 0) {
      out.set("application/json", { loc: at3(holder.loc, "schema"), node: node.schema });
    }
    return out;
  }
  content(ca, cb, side, label, op, parent, status, outgoing = false) {
    const prefix = side === "request" ? "request" : "response";
    const context = outgoing ? `webhook-${side}` : side;
    const role = outgoing ? side === "request" ? "response" : "request" : side;
    for (const [media, s] of ca) if (!cb.has(media)) this.emit(`${prefix}-media-type-removed`, s.loc, { op, media, status }, parent);
    for (const [media, s] of cb) {
      const old = ca.get(media);
      if (!old) {
        this.emit(`${prefix}-media-type-added`, s.loc, { op, media, status });
        continue;
      }
      const scopeLabel = cb.size > 1 ? `${label} (${media})` : label;
      const found2 = this.schemas.compare([old], [s], { context, role, label: scopeLabel, via: op });
      this.judge(old, s, role, scopeLabel, found2);
    }
  }
  responses(a, b) {
    const op = b.label;
    const ra = isObj7(a.node.responses) ? a.node.responses : {};
    const rb = isObj7(b.node.responses) ? b.node.responses : {};
    const respLoc = (o, status) => at3(o.loc, "responses", status);
    for (const status of Object.keys(ra)) {
      if (status in rb) continue;
      const success = /^[123]/.test(status);
      this.emit(success ? "response-success-status-removed" : "response-error-status-removed", respLoc(a, status), { op, status }, b.loc);
    }
    for (const status of Object.keys(rb)) {
      if (!(status in ra)) {
        this.emit("response-status-added", respLoc(b, status), { op, status });
        continue;
      }
      const sa = this.deref(this.baseDocs, respLoc(a, status), ra[status]);
      const sb = this.deref(this.headDocs, respLoc(b, status), rb[status]);
      if (!isObj7(sa.node) || !isObj7(sb.node)) continue;
      this.content(
        this.media(this.baseDocs, sa),
        this.media(this.headDocs, sb),
        "response",
        `${op} response ${status}`,
        op,
        sb.loc,
        status,
        b.kind !== "operation"
      );
      this.headers(sa, sb, op, status);
    }
  }
  headers(a, b, op, status) {
    const ha = isObj7(a.node.headers) ? a.node.headers : {};
    const hb = isObj7(b.node.headers) ? b.node.headers : {};
    const lower = (o) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), [k, v]]));
    const la = lower(ha);
    const lb = lower(hb);
    for (const [key3, [name]] of la)
      if (!lb.has(key3)) this.emit("response-header-removed", at3(a.loc, "headers", name), { op, status, name }, b.loc);
    for (const [key3, [name, raw]] of lb) {
      const loc = at3(b.loc, "headers", name);
      const old = la.get(key3);
      if (!old) {
        this.emit("response-header-added", loc, { op, status, name });
        continue;
      }
      const ha2 = this.deref(this.baseDocs, at3(a.loc, "headers", old[0]), old[1]);
      const hb2 = this.deref(this.headDocs, loc, raw);
      if (isObj7(ha2.node) && isObj7(hb2.node)) {
        if (ha2.node.required && !hb2.node.required)
          this.emit("response-header-became-optional", at3(hb2.loc, "required"), { op, status, name }, hb2.loc);
        for (const field of ["style", "explode"]) {
          if (!sameValue(ha2.node[field], hb2.node[field]))
            this.emit(
              "response-header-style-changed",
              at3(hb2.loc, field),
              { op, status, name, field, old: ha2.node[field], new: hb2.node[field] },
              hb2.loc
            );
        }
        const sa = parameterSchema(ha2);
        const sb = parameterSchema(hb2);
        if (sa && sb)
          this.schemas.compare([sa], [sb], {
            context: "response-header",
            role: "response",
            label: `${op} response ${status} header ${name}`,
            via: op
          });
      }
    }
  }
  security(a, b) {
    const effective = (o) => {
      const list = o.node.security ?? o.doc.security;
      if (!Array.isArray(list)) return void 0;
      const loc2 = o.node.security !== void 0 ? at3(o.loc, "security") : { file: o.docFile, pointer: "/security" };
      return {
        loc: loc2,
        reqs: list.filter(isObj7).map((r) => new Map(Object.entries(r).map(([k, v]) => [k, new Set(Array.isArray(v) ? v.map(String) : [])])))
      };
    };
    const sa = effective(a);
    const sb = effective(b);
    const op = b.label;
    const open = (s) => !s || s.reqs.length === 0 || s.reqs.some((r) => r.size === 0);
    const name = (r) => [...r.keys()].sort().join("+") || "anonymous";
    if (!sa && !sb) return;
    const loc = sb?.loc ?? b.loc;
    if (open(sa) && !open(sb)) return this.emit("security-added", loc, { op, schemes: sb.reqs.map(name).join(", ") }, void 0, op);
    if (!open(sa) && open(sb)) return this.emit("security-removed", loc, { op }, void 0, op);
    const ma = new Map((sa?.reqs ?? []).map((r) => [name(r), r]));
    const mb = new Map((sb?.reqs ?? []).map((r) => [name(r), r]));
    const covers = (weaker, stronger) => [...weaker].every(([scheme, scopes]) => stronger.has(scheme) && [...scopes].every((s) => stronger.get(scheme).has(s)));
    for (const [key3, ra] of ma) {
      if (mb.has(key3) || [...mb.values()].some((rb) => covers(rb, ra))) continue;
      this.emit("security-alternative-removed", at3(loc, key3), { op, schemes: key3 }, loc, op);
    }
    for (const [key3, rb] of mb) {
      const ra = ma.get(key3);
      if (!ra) {
        this.emit("security-alternative-added", at3(loc, key3), { op, schemes: key3 }, loc, op);
        continue;
      }
      for (const [scheme, scopes] of rb) {
        const old = ra.get(scheme) ?? /* @__PURE__ */ new Set();
        for (const scope of scopes)
          if (!old.has(scope)) this.emit("security-scope-added", at3(loc, key3, scope), { op, scheme, scope }, loc, op);
        for (const scope of old)
          if (!scopes.has(scope)) this.emit("security-scope-removed", at3(loc, key3, scope), { op, scheme, scope }, loc, op);
      }
    }
  }
};
function pathParams(path) {
  return [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
}
function parameterSchema(side) {
  const p = side.node;
  if (p.schema !== void 0) return { loc: at3(side.loc, "schema"), node: p.schema };
  if (isObj7(p.content)) {
    const [media, mt] = Object.entries(p.content)[0] ?? [];
    if (media && isObj7(mt)) return { loc: at3(side.loc, "content", media, "schema"), node: mt.schema ?? {} };
  }
  if (p.type !== void 0) {
    const { name: _n, in: _i, required: _r, description: _d, collectionFormat: _c, allowEmptyValue: _a, ...schema2 } = p;
    return { loc: side.loc, node: schema2 };
  }
  return void 0;
}
function formBody(op, params) {
  const fields = params.filter((s) => isObj7(s.node) && s.node.in === "formData");
  if (!fields.length) return void 0;
  const properties = {};
  const required = [];
  for (const { node } of fields) {
    const p = node;
    const schema3 = parameterSchema({ loc: op.loc, node: p })?.node;
    properties[String(p.name)] = isObj7(schema3) && schema3.type === "file" ? { ...schema3, type: "string", format: "binary" } : schema3 ?? {};
    if (p.required === true) required.push(String(p.name));
  }
  const consumes = (Array.isArray(op.node.consumes) ? op.node.consumes : op.doc.consumes)?.map(String) ?? [];
  const forms = consumes.filter((m) => m === "multipart/form-data" || m === "application/x-www-form-urlencoded");
  const media = forms.length ? forms : [
    Object.values(properties).some((s) => isObj7(s) && s.format === "binary") ? "multipart/form-data" : "application/x-www-form-urlencoded"
  ];
  const loc = at3(op.loc, "parameters");
  const schema2 = { type: "object", properties, ...required.length ? { required } : {} };
  return { loc, required: required.length > 0, content: new Map(media.map((m) => [m, { loc, node: schema2 }])) };
}
function serverUrls(doc) {
  if (!doc.swagger) return (Array.isArray(doc.servers) ? doc.servers : []).map((s) => isObj7(s) ? String(s.url) : "");
  const basePath = typeof doc.basePath === "string" ? doc.basePath : "";
  if (typeof doc.host !== "string") return basePath ? [basePath] : [];
  const schemes = Array.isArray(doc.schemes) && doc.schemes.length ? doc.schemes.map(String) : ["https"];
  return schemes.map((s) => `${s}://${doc.host}${basePath}`);
}
function securitySchemes(doc) {
  if (doc.swagger) return isObj7(doc.securityDefinitions) ? doc.securityDefinitions : {};
  return isObj7(doc.components) && isObj7(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
}
var SCALARS = /* @__PURE__ */ new Set(["string", "integer", "number", "boolean"]);
var FLOWS = {
  implicit: "implicit",
  password: "password",
  application: "clientCredentials",
  accessCode: "authorizationCode"
};
function asScheme(node) {
  if (!isObj7(node)) return {};
  if (node.type === "basic") return { type: "http", scheme: "basic" };
  if (node.type === "oauth2" && typeof node.flow === "string") {
    const { flow, authorizationUrl, tokenUrl, scopes } = node;
    const written2 = Object.fromEntries(Object.entries({ authorizationUrl, tokenUrl, scopes }).filter(([, v]) => v !== void 0));
    return { type: "oauth2", flows: { [FLOWS[flow] ?? flow]: written2 } };
  }
  return node;
}
function sharedPath(doc) {
  const trim = (path) => path.replace(/\/+$/, "");
  if (doc.swagger) return typeof doc.basePath === "string" ? trim(doc.basePath) : "";
  if (!Array.isArray(doc.servers) || !doc.servers.length) return "";
  const paths = new Set(
    doc.servers.map(
      (s) => isObj7(s) && typeof s.url === "string" ? trim(s.url.replace(/^[a-z{][^:/]*:\/\/[^/]*/i, "").replace(/[?#].*$/, "")) : void 0
    )
  );
  return paths.size === 1 ? [...paths][0] : void 0;
}
function basePathOf(doc, upgraded) {
  return doc.swagger || upgraded ? sharedPath(doc) ?? "" : "";
}
function serialization(p, swagger) {
  const simple = p.in === "path" || p.in === "header";
  if (!swagger) {
    const style2 = typeof p.style === "string" ? p.style : simple ? "simple" : "form";
    return { style: style2, explode: typeof p.explode === "boolean" ? p.explode : style2 === "form" };
  }
  const format = typeof p.collectionFormat === "string" ? p.collectionFormat : "csv";
  if (format === "multi") return { style: "form", explode: true };
  const style = { ssv: "spaceDelimited", pipes: "pipeDelimited", tsv: "tabDelimited" }[format] ?? (simple ? "simple" : "form");
  return { style, explode: false };
}
var ids = /* @__PURE__ */ new WeakMap();
var nextId = 0;
function identity(node) {
  if (!node || typeof node !== "object") return JSON.stringify(node);
  const ref = node.$ref;
  if (typeof ref === "string" && Object.keys(node).length === 1) return ref;
  let id = ids.get(node);
  if (id === void 0) ids.set(node, id = ++nextId);
  return `#${id}`;
}
function schemeChange(a, b) {
  const isMap = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  if (isMap(a) && isMap(b)) {
    const names = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !sameValue(a[k], b[k]));
    const more = names.length > 3 ? ` and ${names.length - 3} more` : "";
    return names.length ? ` (${names.slice(0, 3).map((n) => codeSpan(show(n, 30))).join(", ")}${more})` : "";
  }
  return ` from ${codeSpan(show(a, 60))} to ${codeSpan(show(b, 60))}`;
}

// src/core/diff/schema-view.ts
var LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains"];
var UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains"];
var OTHER_CONSTRAINTS = ["multipleOf", "uniqueItems", "pattern", "format"];
var CONSTRAINT_KEYWORDS = /* @__PURE__ */ new Set([
  "unevaluatedProperties",
  "unevaluatedItems",
  "dependentRequired",
  "dependentSchemas",
  "dependencies",
  "if",
  "then",
  "else",
  "propertyNames",
  "patternProperties",
  "contains",
  "contentSchema",
  "contentMediaType",
  "contentEncoding",
  "discriminator"
]);
var DOC_KEYWORDS = /* @__PURE__ */ new Set(["title", "description", "$comment", "examples", "example", "externalDocs", "xml"]);
var IGNORED = /* @__PURE__ */ new Set(["$schema", "$id", "$anchor", "$dynamicAnchor", "$vocabulary", "id", "nullable"]);
var HANDLED = /* @__PURE__ */ new Set([
  "type",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "prefixItems",
  "additionalItems",
  "allOf",
  "oneOf",
  "anyOf",
  "not",
  "deprecated",
  "default",
  "$defs",
  "definitions",
  "$ref",
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...OTHER_CONSTRAINTS
]);
function isIgluSelf(keyword, value) {
  return keyword === "self" && !!value && typeof value === "object" && "vendor" in value && "version" in value;
}
var MAX_SCHEMA_DEPTH = 300;
var ViewBuilder = class {
  constructor(docs, errors) {
    this.docs = docs;
    this.errors = errors;
  }
  docs;
  errors;
  /** Where a `$ref` written at `from` leads; undefined when nowhere readable (the view reports that, not this). */
  follow(from, ref) {
    try {
      return this.docs.resolveRef(from, ref);
    } catch (err) {
      if (err instanceof InputError) return void 0;
      throw err;
    }
  }
  /** The document a side sits in, where its local `$ref`s resolve (undefined when it cannot be read). */
  rootOf(loc) {
    try {
      return this.docs.get(loc.file).data;
    } catch (err) {
      if (err instanceof InputError) return void 0;
      throw err;
    }
  }
  /** Flatten sides into their conjunction of concrete (non-`$ref`, non-`allOf`) parts. */
  parts(sides2) {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    const visit = (side, depth = 0) => {
      const key3 = `${side.loc.file}#${side.loc.pointer}`;
      const node = side.node;
      if (seen.has(key3)) {
        if (isPureRef(node) && !side.orNull)
          this.report(new InputError(`cyclic $ref ${node.$ref}`, side.loc.file, this.docs.lineOf(side.loc)));
        return;
      }
      seen.add(key3);
      if (depth > MAX_SCHEMA_DEPTH) return this.tooDeep(side.loc, `a chain of $ref and allOf longer than ${MAX_SCHEMA_DEPTH}`);
      if (node === null || typeof node !== "object" || Array.isArray(node)) {
        out.push(side);
        return;
      }
      const obj2 = node;
      const ref = typeof obj2.$ref === "string" ? obj2.$ref : void 0;
      const voids = ref !== void 0 && this.voidsRefSiblings(side.loc.file);
      const allOf = !voids && Array.isArray(obj2.allOf) ? obj2.allOf : void 0;
      const single = voids ? void 0 : singleAlternative(obj2);
      const wrap = voids ? void 0 : nullableWrap(obj2);
      if (!ref && !allOf && !single && !wrap) {
        out.push(side);
        return;
      }
      let unresolved2 = false;
      const rest = voids ? refContainers(obj2) : { ...obj2 };
      const at4 = (...tokens) => ({ file: side.loc.file, pointer: pointerJoin(side.loc.pointer, ...tokens) });
      if (ref) {
        delete rest.$ref;
        try {
          visit(this.docs.resolveRef(side.loc, ref), depth + 1);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          this.report(err);
          rest.$ref = ref;
          unresolved2 = true;
        }
      }
      if (allOf) {
        delete rest.allOf;
        allOf.forEach((member2, i) => visit({ loc: at4("allOf", i), node: member2 }, depth + 1));
      }
      if (single) {
        delete rest[single];
        visit({ loc: at4(single, 0), node: obj2[single][0] }, depth + 1);
      }
      if (wrap) {
        delete rest[wrap.keyword];
        const before = out.length;
        visit({ loc: at4(wrap.keyword, wrap.index), node: obj2[wrap.keyword][wrap.index] }, depth + 1);
        for (let i = before; i < out.length; i++) out[i] = { ...out[i], orNull: true };
      }
      if (Object.keys(rest).length) out.push({ loc: side.loc, node: rest, ...unresolved2 ? { unresolved: unresolved2 } : {} });
    };
    for (const side of sides2) visit(side);
    if (!out.length && sides2[0]) out.push({ loc: sides2[0].loc, node: {} });
    return out;
  }
  view(sides2) {
    const parts = this.parts(sides2);
    const view = {
      loc: parts[0]?.loc ?? sides2[0].loc,
      never: false,
      ...parts.some((p) => p.unresolved) ? { unresolved: true } : {},
      properties: /* @__PURE__ */ new Map(),
      required: /* @__PURE__ */ new Set(),
      items: [],
      prefixItems: [],
      bounds: /* @__PURE__ */ new Map(),
      groups: [],
      not: [],
      docs: /* @__PURE__ */ new Map(),
      deprecated: false,
      defs: /* @__PURE__ */ new Map(),
      constraints: /* @__PURE__ */ new Map(),
      rest: /* @__PURE__ */ new Map(),
      parts,
      orNull: parts.some((p) => p.orNull)
    };
    for (const part of parts) this.addPart(view, part);
    if (!view.types && view.enumValues) view.types = new Set(view.enumValues.values.map(jsonType));
    if (view.orNull) {
      view.types?.add("null");
      if (view.enumValues && !view.enumValues.values.includes(null))
        view.enumValues = { ...view.enumValues, values: [...view.enumValues.values, null] };
    }
    return view;
  }
  /**
   * Swagger 2.0 has no `null` type: its descriptions say `x-nullable: true` (what go-swagger, NSwag and AutoRest write,
   * and what swagger2openapi turns into OpenAPI 3's `nullable: true`). Read so there, a description upgraded to
   * OpenAPI 3 keeps the same types; elsewhere it is an extension like any other.
   */
  inDialect(s, loc) {
    if (!("x-nullable" in s) || !this.isSwagger(loc.file)) return s;
    const { "x-nullable": nullable, ...rest } = s;
    return nullable === true ? { ...rest, nullable: true } : rest;
  }
  /**
   * Does a `$ref` in this file void the keywords beside it? Drafts 4 to 7 (by `$schema`) say so; 2019-09 on apply
   * them. OpenAPI 3.0 says so too, but descriptions write `nullable` and `description` beside a `$ref` and mean them,
   * so the keyword diff keeps reading them there (the judge follows the letter).
   */
  voidsRefSiblings(file2) {
    let known = this.voiding.get(file2);
    if (known === void 0) this.voiding.set(file2, known = this.readsRefSiblingsVoid(file2));
    return known;
  }
  voiding = /* @__PURE__ */ new Map();
  readsRefSiblingsVoid(file2) {
    return refSiblingsVoided(this.rootOf({ file: file2, pointer: "" }));
  }
  isSwagger(file2) {
    const data2 = this.rootOf({ file: file2, pointer: "" });
    return !!data2 && typeof data2 === "object" && "swagger" in data2;
  }
  addPart(view, part) {
    const { loc, node } = part;
    if (node === false) {
      view.never = true;
      return;
    }
    if (node === null || typeof node !== "object" || Array.isArray(node)) return;
    const s = this.inDialect(node, loc);
    const at4 = (...tokens) => ({ file: loc.file, pointer: pointerJoin(loc.pointer, ...tokens) });
    const { types, consumed } = typeSet(s);
    if (types) view.types = view.types ? intersectTypes(view.types, types) : types;
    if ("const" in s || Array.isArray(s.enum)) {
      const values = "const" in s ? [s.const] : s.enum;
      const mine = { values, loc: at4("const" in s ? "const" : "enum"), isConst: "const" in s };
      view.enumValues = view.enumValues ? { ...view.enumValues, values: view.enumValues.values.filter((v) => values.some((w) => JSON.stringify(w) === JSON.stringify(v))) } : mine;
    }
    if (s.properties && typeof s.properties === "object") {
      for (const [name, sub] of Object.entries(s.properties)) {
        const list = view.properties.get(name) ?? [];
        list.push({ loc: at4("properties", name), node: sub });
        view.properties.set(name, list);
      }
    }
    if (Array.isArray(s.required)) {
      for (const r of s.required) if (typeof r === "string") view.required.add(r);
    }
    if (s.additionalProperties === false) view.additional = false;
    else if (s.additionalProperties && typeof s.additionalProperties === "object" && view.additional !== false) {
      view.additional = [...view.additional ?? [], { loc: at4("additionalProperties"), node: s.additionalProperties }];
    }
    const tuple2 = Array.isArray(s.prefixItems) ? "prefixItems" : Array.isArray(s.items) ? "items" : void 0;
    if (tuple2) {
      s[tuple2].forEach((sub, i) => {
        (view.prefixItems[i] ??= []).push({ loc: at4(tuple2, i), node: sub });
      });
    }
    const rest = tuple2 === "items" ? "additionalItems" : "items";
    if (s[rest] !== void 0 && !Array.isArray(s[rest]) && s[rest] !== true) view.items.push({ loc: at4(rest), node: s[rest] });
    for (const kw of LOWER_BOUNDS) this.bound(view, s, kw, at4(kw), Math.max);
    for (const kw of UPPER_BOUNDS) this.bound(view, s, kw, at4(kw), Math.min);
    for (const [flag, base] of [
      ["exclusiveMinimum", "minimum"],
      ["exclusiveMaximum", "maximum"]
    ]) {
      if (typeof s[flag] === "boolean" && typeof s[base] === "number") {
        if (s[flag]) {
          view.bounds.set(flag, { value: s[base], loc: at4(flag) });
          view.bounds.delete(base);
        } else view.bounds.delete(flag);
      }
    }
    for (const kw of OTHER_CONSTRAINTS) if (s[kw] !== void 0) view.bounds.set(kw, { value: s[kw], loc: at4(kw) });
    for (const keyword of ["oneOf", "anyOf"]) {
      if (Array.isArray(s[keyword]) && keyword !== consumed) {
        view.groups.push({
          keyword,
          loc: at4(keyword),
          alternatives: s[keyword].map((n, i) => ({ loc: at4(keyword, i), node: n }))
        });
      }
    }
    if (s.not !== void 0) view.not.push({ loc: at4("not"), node: s.not });
    if (s.deprecated === true) view.deprecated = true;
    if ("default" in s) view.default = { value: s.default, loc: at4("default") };
    for (const defsKw of ["$defs", "definitions"]) {
      const defs = s[defsKw];
      if (defs && typeof defs === "object") {
        for (const [name, sub] of Object.entries(defs)) view.defs.set(name, { loc: at4(defsKw, name), node: sub });
      }
    }
    for (const [kw, value] of Object.entries(s)) {
      if (HANDLED.has(kw) || IGNORED.has(kw) || isIgluSelf(kw, value)) continue;
      if (kw === "dependencies" && value && typeof value === "object" && !Array.isArray(value)) {
        const entries = Object.entries(value);
        const names = entries.filter(([, v]) => Array.isArray(v));
        const schemas = entries.filter(([, v]) => !Array.isArray(v));
        if (names.length) view.constraints.set("dependentRequired", { value: Object.fromEntries(names), loc: at4(kw) });
        if (schemas.length) view.constraints.set("dependentSchemas", { value: Object.fromEntries(schemas), loc: at4(kw) });
        continue;
      }
      if (CONSTRAINT_KEYWORDS.has(kw)) view.constraints.set(kw, { value, loc: at4(kw) });
      else if (DOC_KEYWORDS.has(kw) || kw.startsWith("x-")) view.docs.set(kw, { value, loc: at4(kw) });
      else view.rest.set(kw, { value, loc: at4(kw) });
    }
  }
  bound(view, s, kw, loc, pick) {
    const value = s[kw];
    if (typeof value !== "number") return;
    const old = view.bounds.get(kw);
    view.bounds.set(kw, old && typeof old.value === "number" ? { value: pick(old.value, value), loc } : { value, loc });
  }
  /**
   * A schema reached through more levels than the diff follows (a hostile chain of `$ref`s would exhaust the stack):
   * said at its place, and nothing below it compared.
   */
  tooDeep(loc, what) {
    this.report(new InputError(`${what}: not compared beyond this schema`, loc.file, this.docs.lineOf(loc)));
  }
  report(err) {
    if (!this.errors.some((e) => e.file === err.file && e.message === err.message)) {
      this.errors.push({ file: err.file ?? "", line: err.line, message: err.message });
    }
  }
};
function singleAlternative(s) {
  for (const kw of ["oneOf", "anyOf"]) if (Array.isArray(s[kw]) && s[kw].length === 1) return kw;
  return void 0;
}
function refContainers(obj2) {
  return Object.fromEntries(Object.entries(obj2).filter(([k]) => k === "$ref" || k === "$defs" || k === "definitions"));
}
function typeSet(s) {
  let types;
  let consumed;
  if (typeof s.type === "string") types = /* @__PURE__ */ new Set([s.type]);
  else if (Array.isArray(s.type)) types = new Set(s.type.filter((t) => typeof t === "string"));
  for (const kw of ["anyOf", "oneOf"]) {
    const alts = s[kw];
    if (!types && Array.isArray(alts) && alts.length > 1 && alts.every(isBareType)) {
      const listed2 = alts.flatMap((a) => [].concat(a.type));
      const overlap = new Set(listed2).size < listed2.length || listed2.includes("integer") && listed2.includes("number");
      if (kw === "oneOf" && overlap) continue;
      types = new Set(listed2);
      consumed = kw;
    }
  }
  if (types && s.nullable === true) types.add("null");
  return { types, consumed };
}
function nullableWrap(s) {
  for (const keyword of ["oneOf", "anyOf"]) {
    const alts = s[keyword];
    if (!Array.isArray(alts) || alts.length !== 2) continue;
    const nullAt = alts.findIndex((a) => isBareType(a) && a.type === "null");
    if (nullAt >= 0 && !isBareType(alts[1 - nullAt])) return { keyword, index: 1 - nullAt };
  }
  return void 0;
}
function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function isPureRef(node) {
  return node !== null && typeof node === "object" && Object.keys(node).length === 1 && typeof node.$ref === "string";
}
function isBareType(node) {
  return node !== null && typeof node === "object" && Object.keys(node).length === 1 && "type" in node;
}
function intersectTypes(a, b) {
  const out = /* @__PURE__ */ new Set();
  for (const t of a) {
    if (b.has(t)) out.add(t);
    else if (t === "number" && b.has("integer")) out.add("integer");
    else if (t === "integer" && b.has("number")) out.add("integer");
  }
  return out;
}

// src/core/diff/same-meaning.ts
var IDENTITY = /* @__PURE__ */ new Set(["$id", "$schema", "$anchor"]);
var ANNOTATION = /* @__PURE__ */ new Set(["$comment", "title", "description", "examples", "example", "deprecated"]);
var MAX_STEPS2 = 2e4;
function likeness(a, b, followA, followB) {
  if (sameValue(a.node, b.node) && !fingerprint(a.node).hasRef) return "same";
  let steps = MAX_STEPS2;
  let annotated = false;
  const open = /* @__PURE__ */ new Set();
  const at4 = (s, token) => ({
    loc: { file: s.loc.file, pointer: pointerJoin(s.loc.pointer, token) },
    node: s.node[token]
  });
  const schema2 = (x, y, depth) => {
    if (--steps < 0 || depth > 200) return false;
    const [p, q] = [x.node, y.node];
    if (p === null || q === null || typeof p !== "object" || typeof q !== "object") return p === q;
    if (Array.isArray(p) || Array.isArray(q)) {
      return Array.isArray(p) && Array.isArray(q) && p.length === q.length && p.every((_, i) => schema2(at4(x, i), at4(y, i), depth + 1));
    }
    const [o, r] = [p, q];
    const [refA, refB] = [o.$ref, r.$ref];
    if (typeof refA === "string" || typeof refB === "string") {
      if (typeof refA !== "string" || typeof refB !== "string") return false;
      const key3 = `${x.loc.file}#${x.loc.pointer}\0${y.loc.file}#${y.loc.pointer}`;
      if (!open.has(key3)) {
        open.add(key3);
        const [ta, tb] = [followA(x.loc, refA), followB(y.loc, refB)];
        if (!ta || !tb ? refA !== refB : !schema2(ta, tb, depth + 1)) return false;
      }
    }
    const told = (s) => Object.keys(s).filter((k) => ANNOTATION.has(k) || k.startsWith("x-"));
    if (!annotated) annotated = [.../* @__PURE__ */ new Set([...told(o), ...told(r)])].some((k) => !sameValue(o[k], r[k]));
    const keys = (s) => Object.keys(s).filter((k) => k !== "$ref" && !IDENTITY.has(k) && !ANNOTATION.has(k) && !k.startsWith("x-"));
    const [ka, kb] = [keys(o), keys(r)];
    if (ka.length !== kb.length || ka.some((k) => !(k in r))) return false;
    return ka.every((k) => {
      if (holdsData(k)) return sameValue(o[k], r[k]);
      if (!namesValues(k, o[k]) || !namesValues(k, r[k])) return schema2(at4(x, k), at4(y, k), depth + 1);
      const [ma, mb] = [at4(x, k), at4(y, k)];
      const names = Object.keys(o[k]);
      return names.length === Object.keys(r[k]).length && names.every((n) => Object.hasOwn(r[k], n) && schema2(at4(ma, n), at4(mb, n), depth + 1));
    });
  };
  return !schema2(a, b, 0) ? "different" : annotated ? "annotations" : "same";
}
function namesValues(key3, value) {
  return namesSchemas(key3, value) || (key3 === "dependencies" || key3 === "dependentRequired") && isObj(value);
}

// src/core/diff/schema-diff.ts
var typeList = (types) => types ? [...types].sort().join("|") : "any";
var SchemaDiffer = class {
  constructor(base, head, sink) {
    this.base = base;
    this.head = head;
    this.sink = sink;
  }
  base;
  head;
  sink;
  done = /* @__PURE__ */ new Set();
  /** The changes found beneath each comparison, so that reaching it again through another operation is recorded. */
  found = /* @__PURE__ */ new Map();
  open = [];
  /** Compare two schemas; returns every change found beneath this comparison (for the semantic judge). */
  compare(a, b, scope, path = "", options = {}) {
    const partsA = this.base.parts(a);
    const partsB = this.head.parts(b);
    const key3 = `${scope.context}|${partsA.map(locKey).join("+")}|${partsB.map(locKey).join("+")}`;
    if (this.done.has(key3)) {
      for (const c of this.found.get(key3) ?? []) {
        addVia(c, scope.via);
        for (const set of this.open) set.add(c);
      }
      return this.found.get(key3) ?? /* @__PURE__ */ new Set();
    }
    this.done.add(key3);
    if (this.open.length >= MAX_SCHEMA_DEPTH) {
      const [builder, side] = b[0] ? [this.head, b[0]] : [this.base, a[0]];
      builder.tooDeep(side.loc, `schemas nested more than ${MAX_SCHEMA_DEPTH} levels deep`);
      return /* @__PURE__ */ new Set();
    }
    const mine = /* @__PURE__ */ new Set();
    this.found.set(key3, mine);
    this.open.push(mine);
    try {
      this.compareViews(partsA, partsB, scope, path, options);
    } finally {
      this.open.pop();
    }
    return mine;
  }
  /**
   * Equal text whose `$ref`s name equal units on both sides: nothing below can differ. Unless the two are read by
   * different rules (a draft-07 `$ref` voids its siblings, 2020-12 applies them): then the same text may mean two
   * things, and is compared.
   */
  alike(a, b) {
    if (this.base.voidsRefSiblings(a.loc.file) !== this.head.voidsRefSiblings(b.loc.file)) return false;
    return alikeIn(a.node, b.node, this.base.rootOf(a.loc), this.head.rootOf(b.loc));
  }
  compareViews(partsA, partsB, scope, path, options) {
    if (partsA.length === partsB.length && partsA.every((p, i) => !p.orNull === !partsB[i].orNull && this.alike(p, partsB[i]))) return;
    const va = this.base.view(partsA);
    const vb = this.head.view(partsB);
    if (va.unresolved || vb.unresolved) return;
    const at4 = path ? `${scope.label} ${path}` : scope.label;
    const emit = (rule2, loc, params = {}, lineAt) => {
      const stored = this.sink.emit({
        rule: rule2,
        context: scope.context,
        role: scope.role,
        loc,
        lineAt,
        params: { at: at4, ...params },
        via: scope.via
      });
      for (const set of this.open) set.add(stored);
    };
    if (!this.compareTypes(va, vb, emit)) return;
    this.compareEnum(va, vb, emit);
    this.compareObject(va, vb, scope, path, emit);
    this.compareArray(va, vb, scope, path, emit);
    const rewritten2 = binarySpelling(va, vb);
    const kept = rewritten2.size ? (rule2, loc, params, lineAt) => !rewritten2.has(String(params?.keyword)) && emit(rule2, loc, params, lineAt) : emit;
    this.compareBounds(va, vb, kept);
    this.compareConstraints(va, vb, kept);
    this.compareGroups(va, vb, scope, path, emit);
    this.compareAnnotations(va, vb, emit);
    if (options.defs) this.compareDefs(va, vb, scope, emit);
  }
  /** Returns false when the types are disjoint: one change says it all. */
  compareTypes(a, b, emit) {
    const typeLoc = pointerAt(b.loc, "type");
    if (a.never || b.never) {
      if (a.never !== b.never)
        emit(a.never ? "type-widened" : "type-narrowed", b.loc, {
          old: a.never ? "nothing" : "any",
          new: b.never ? "nothing" : "any",
          added: "any",
          removed: "all"
        });
      return false;
    }
    const ta = a.types;
    const tb = b.types;
    if (!ta && !tb) return true;
    if (!ta || !tb) {
      if (!ta) emit("type-narrowed", typeLoc, { old: "any", new: typeList(tb), removed: `non-${typeList(tb)}` });
      else emit("type-widened", typeLoc, { old: typeList(ta), new: "any", added: `non-${typeList(ta)}` });
      return true;
    }
    const covers = (set, t) => set.has(t) || t === "integer" && set.has("number");
    const removed = [...ta].filter((t) => !covers(tb, t));
    const added = [...tb].filter((t) => !covers(ta, t));
    const params = { old: typeList(ta), new: typeList(tb), removed: removed.join("|"), added: added.join("|") };
    if (removed.length && added.length) {
      emit("type-changed", typeLoc, params);
      return [...ta].some((t) => covers(tb, t));
    }
    if (removed.length) emit("type-narrowed", typeLoc, params);
    if (added.length) emit("type-widened", typeLoc, params);
    return true;
  }
  compareEnum(a, b, emit) {
    this.compareExtensibleEnum(a, b, emit);
    const ea = a.enumValues;
    const eb = b.enumValues;
    if (!ea && !eb) return;
    if (!ea) return emit("enum-added", eb.loc, { new: eb.values });
    if (!eb) return emit("enum-removed", ea.loc, { old: ea.values }, b.loc);
    if (ea.isConst && eb.isConst && ea.values.length === 1 && eb.values.length === 1) {
      if (!sameValue(ea.values[0], eb.values[0])) emit("const-changed", eb.loc, { old: ea.values[0], new: eb.values[0] });
      return;
    }
    const inB = new Set(eb.values.map((v) => fingerprint(v).hash));
    const inA = new Set(ea.values.map((v) => fingerprint(v).hash));
    ea.values.forEach((v, i) => {
      if (!inB.has(fingerprint(v).hash)) emit("enum-value-removed", pointerAt(ea.loc, String(i)), { value: fmt(v) }, eb.loc);
    });
    eb.values.forEach((v, i) => {
      if (!inA.has(fingerprint(v).hash)) emit("enum-value-added", pointerAt(eb.loc, String(i)), { value: fmt(v) });
    });
  }
  /** readOnly properties are not sent in requests, writeOnly ones not returned in responses. */
  visible(view, builder, role) {
    const hidden = role === "request" ? "readOnly" : role === "response" ? "writeOnly" : void 0;
    if (!hidden) return { props: view.properties, required: view.required };
    const props = /* @__PURE__ */ new Map();
    for (const [name, sides2] of view.properties) {
      if (!builder.parts(sides2).some((p) => p.node?.[hidden] === true)) props.set(name, sides2);
    }
    return { props, required: new Set([...view.required].filter((n) => props.has(n) || !view.properties.has(n))) };
  }
  /** `x-extensible-enum`: removing a value breaks writers that send it; readers must tolerate additions. */
  compareExtensibleEnum(a, b, emit) {
    const xa = a.docs.get("x-extensible-enum");
    const xb = b.docs.get("x-extensible-enum");
    if (!xa || !xb || !Array.isArray(xa.value) || !Array.isArray(xb.value)) return;
    a.docs.delete("x-extensible-enum");
    b.docs.delete("x-extensible-enum");
    const inB = new Set(xb.value.map((v) => fingerprint(v).hash));
    const inA = new Set(xa.value.map((v) => fingerprint(v).hash));
    xa.value.forEach(
      (v, i) => inB.has(fingerprint(v).hash) || emit("enum-value-removed", pointerAt(xa.loc, String(i)), { value: fmt(v) }, xb.loc)
    );
    xb.value.forEach(
      (v, i) => inA.has(fingerprint(v).hash) || emit("extensible-enum-value-added", pointerAt(xb.loc, String(i)), { value: fmt(v) })
    );
  }
  compareObject(a, b, scope, path, emit) {
    const aClosed = a.additional === false;
    const bClosed = b.additional === false;
    const { props: pa, required: ra } = this.visible(a, this.base, scope.role);
    const { props: pb, required: rb } = this.visible(b, this.head, scope.role);
    for (const [name, sides2] of pa) {
      if (pb.has(name)) continue;
      if (b.properties.has(name)) {
        emit("property-hidden", b.properties.get(name)[0].loc, { name, keyword: scope.role === "request" ? "readOnly" : "writeOnly" });
        continue;
      }
      const rule2 = bClosed ? "property-removed-from-closed-schema" : ra.has(name) ? "required-property-removed" : "property-removed";
      emit(rule2, sides2[0].loc, { name }, pointerAt(b.loc, "properties"));
    }
    for (const [name, sides2] of pb) {
      if (pa.has(name)) {
        this.compare(pa.get(name), sides2, scope, `${path}${member(name)}`);
        continue;
      }
      const loc = sides2[0].loc;
      if (a.properties.has(name)) {
        emit(rb.has(name) ? "required-property-added" : "property-added", loc, { name });
        continue;
      }
      if (rb.has(name)) emit("required-property-added", loc, { name });
      if (aClosed) emit("property-added-to-closed-schema", loc, { name });
      else if (!rb.has(name)) emit("property-added", loc, { name });
    }
    const requiredLoc = pointerAt(b.loc, "required");
    for (const name of rb) {
      if (ra.has(name) || pb.has(name) && !pa.has(name) || a.properties.has(name) && !pa.has(name)) continue;
      emit("property-became-required", requiredLoc, { name });
    }
    for (const name of ra) {
      if (rb.has(name) || pa.has(name) && !pb.has(name) || b.properties.has(name) && !pb.has(name)) continue;
      emit("property-became-optional", pb.get(name)?.[0]?.loc ?? requiredLoc, { name });
    }
    const addLoc = pointerAt(b.loc, "additionalProperties");
    const ad = a.additional;
    const bd = b.additional;
    if (ad === false && bd !== false) emit("additional-properties-widened", addLoc);
    else if (ad !== false && bd === false) emit("additional-properties-narrowed", addLoc);
    else if (Array.isArray(ad) && Array.isArray(bd)) this.compare(ad, bd, scope, `${path}{*}`);
    else if (!ad && Array.isArray(bd)) emit("additional-properties-narrowed", addLoc);
    else if (Array.isArray(ad) && !bd) emit("additional-properties-widened", addLoc);
  }
  compareArray(a, b, scope, path, emit) {
    if (a.items.length && b.items.length) this.compare(a.items, b.items, scope, `${path}[]`);
    else if (b.items.length) emit("constraint-tightened", b.items[0].loc, { keyword: "items", old: "any", new: "schema" });
    else if (a.items.length) emit("constraint-relaxed", a.items[0].loc, { keyword: "items", old: "schema", new: "any" }, b.loc);
    const n = Math.max(a.prefixItems.length, b.prefixItems.length);
    for (let i = 0; i < n; i++) {
      const pa = a.prefixItems[i];
      const pb = b.prefixItems[i];
      if (pa && pb) this.compare(pa, pb, scope, `${path}[${i}]`);
      else if (pb) emit("constraint-tightened", pb[0].loc, { keyword: `prefixItems[${i}]`, old: "any", new: "schema" });
      else if (pa) emit("constraint-relaxed", pa[0].loc, { keyword: `prefixItems[${i}]`, old: "schema", new: "any" }, b.loc);
    }
  }
  compareBounds(a, b, emit) {
    const step = (kw, tighter) => {
      const ka = a.bounds.get(kw);
      const kb = b.bounds.get(kw);
      if (!ka && !kb) return;
      const loc = kb?.loc ?? ka.loc;
      const lineAt = kb ? void 0 : b.loc;
      const implied = IMPLIED_BOUNDS[kw];
      const shown2 = (k) => k ? k.value : implied === void 0 ? void 0 : `${implied} (by default)`;
      const params = { keyword: kw, old: shown2(ka), new: shown2(kb) };
      if (implied === void 0 && !ka) return emit("constraint-tightened", loc, params);
      if (implied === void 0 && !kb) return emit("constraint-relaxed", loc, params, lineAt);
      const x = ka ? ka.value : implied;
      const y = kb ? kb.value : implied;
      if (typeof x === "number" && typeof y === "number") {
        if (x !== y) emit(tighter(x, y) ? "constraint-tightened" : "constraint-relaxed", loc, params);
      } else if (!sameValue(x, y)) {
        if (kw === "format")
          emit(formatWithin(x, y) ? "constraint-relaxed" : formatWithin(y, x) ? "constraint-tightened" : "format-changed", loc, params);
        else if (kw === "uniqueItems") emit(y === true ? "constraint-tightened" : "constraint-relaxed", loc, params);
        else emit("keyword-changed", loc, params);
      }
    };
    this.compareRange(a, b, "lower", emit);
    this.compareRange(a, b, "upper", emit);
    for (const kw of LOWER_BOUNDS) if (!RANGE_KEYWORDS.has(kw)) step(kw, (x, y) => y > x);
    for (const kw of UPPER_BOUNDS) if (!RANGE_KEYWORDS.has(kw)) step(kw, (x, y) => y < x);
    const ma = a.bounds.get("multipleOf");
    const mb = b.bounds.get("multipleOf");
    const [da, db] = [ma?.value, mb?.value];
    if (typeof da === "number" && typeof db === "number" && da !== db && !divides(da, db) && !divides(db, da))
      emit("constraint-changed", mb.loc, { keyword: "multipleOf" });
    else step("multipleOf", (x, y) => divides(x, y));
    for (const kw of ["uniqueItems", "format"]) {
      const ka = a.bounds.get(kw);
      const kb = b.bounds.get(kw);
      if (kw === "uniqueItems" && ka?.value === false && !kb) continue;
      if (kw === "uniqueItems" && kb?.value === false && !ka) continue;
      step(kw, () => true);
    }
    const pa = a.bounds.get("pattern");
    const pb = b.bounds.get("pattern");
    if (pa && pb && pa.value !== pb.value) emit("pattern-changed", pb.loc, { old: pa.value, new: pb.value });
    else if (!pa && pb) emit("pattern-added", pb.loc, { new: pb.value });
    else if (pa && !pb) emit("pattern-removed", pa.loc, { old: pa.value }, b.loc);
  }
  /** minimum/exclusiveMinimum (and the maxima) bound one range: compare the effective bound, not each keyword. */
  compareRange(a, b, side, emit) {
    const ra = effectiveBound(a, side);
    const rb = effectiveBound(b, side);
    if (!ra && !rb) return;
    const keyword = side === "lower" ? "minimum" : "maximum";
    const loc = rb?.loc ?? ra.loc;
    const params = { keyword, old: ra ? ra.text : "none", new: rb ? rb.text : "none" };
    if (!ra) return emit("constraint-tightened", loc, params);
    if (!rb) return emit("constraint-relaxed", loc, params, b.loc);
    const sign = side === "lower" ? 1 : -1;
    const cmp = sign * (rb.value - ra.value) || Number(rb.exclusive) - Number(ra.exclusive);
    if (cmp > 0) emit("constraint-tightened", loc, params);
    else if (cmp < 0) emit("constraint-relaxed", loc, params);
  }
  /**
   * Written differently: alike once `$ref`s are followed and identities set aside (a new version folder's `$ref`s to
   * its own `$id`s), or alike but for what readers are told (a description added inside a `not`).
   */
  likeness(a, b) {
    const follow = (builder) => (from, ref) => builder.follow(from, ref);
    if (a.length !== b.length) return "different";
    const each = a.map((x, i) => likeness(x, b[i], follow(this.base), follow(this.head)));
    return each.includes("different") ? "different" : each.includes("annotations") ? "annotations" : "same";
  }
  compareConstraints(a, b, emit) {
    for (const kw of /* @__PURE__ */ new Set([...a.constraints.keys(), ...b.constraints.keys()])) {
      const ka = a.constraints.get(kw);
      const kb = b.constraints.get(kw);
      if (kw === "discriminator" && (!ka || !kb)) emit("schema-docs-changed", (kb ?? ka).loc, { keyword: kw }, kb ? void 0 : b.loc);
      else if (!ka) emit("applicator-added", kb.loc, { keyword: kw });
      else if (!kb) emit("applicator-removed", ka.loc, { keyword: kw }, b.loc);
      else if (!sameValue(ka.value, kb.value)) {
        const alike = this.likeness([{ loc: ka.loc, node: ka.value }], [{ loc: kb.loc, node: kb.value }]);
        if (alike === "different") emit("constraint-changed", kb.loc, { keyword: kw });
        else if (alike === "annotations") emit("schema-docs-changed", kb.loc, { keyword: kw });
      }
    }
  }
  compareGroups(a, b, scope, path, emit) {
    for (const keyword of ["oneOf", "anyOf"]) {
      const ga = a.groups.filter((g) => g.keyword === keyword);
      const gb = b.groups.filter((g) => g.keyword === keyword);
      const n = Math.max(ga.length, gb.length);
      for (let i = 0; i < n; i++) {
        const x = ga[i];
        const y = gb[i];
        if (!x)
          this.groupOnOneSide(
            y.alternatives,
            a.parts,
            "variant-added",
            keyword,
            emit,
            () => emit("constraint-tightened", y.loc, { keyword, old: "none", new: `${y.alternatives.length} alternatives` })
          );
        else if (!y)
          this.groupOnOneSide(
            x.alternatives,
            b.parts,
            "variant-removed",
            keyword,
            emit,
            () => emit("constraint-relaxed", x.loc, { keyword, old: `${x.alternatives.length} alternatives`, new: "none" }, b.loc),
            b.loc
          );
        else this.compareAlternatives(x.alternatives, y.alternatives, keyword, scope, path, emit);
      }
    }
    if (a.not.length || b.not.length) {
      const fa = a.not.map((s) => fingerprint(s.node).hash).join();
      const fb = b.not.map((s) => fingerprint(s.node).hash).join();
      if (!a.not.length) emit("constraint-tightened", b.not[0].loc, { keyword: "not", old: "none", new: "schema" });
      else if (!b.not.length) emit("constraint-relaxed", a.not[0].loc, { keyword: "not", old: "schema", new: "none" }, b.loc);
      else if (fa !== fb) {
        const alike = this.likeness(a.not, b.not);
        if (alike === "different") emit("negation-changed", b.not[0].loc);
        else if (alike === "annotations") emit("schema-docs-changed", b.not[0].loc, { keyword: "not" });
      }
    }
  }
  /**
   * A group on one side only. When the other side is one of its alternatives (`oneOf: [A, B]` became `A`,
   * written as `oneOf: [A]` or plain `A`), the others were removed or added; otherwise the group itself was.
   */
  groupOnOneSide(alternatives, otherParts, rule2, keyword, emit, whole, lineAt) {
    const otherIds = new Set(otherParts.flatMap(altIds));
    const kept = alternatives.filter((s) => altIds(s).some((id) => otherIds.has(id)));
    if (!kept.length) return whole();
    for (const s of alternatives) if (!kept.includes(s)) emit(rule2, s.loc, { keyword }, lineAt);
  }
  /** Pair alternatives by identity (same `$ref`, same content, same title), then by position. */
  compareAlternatives(xa, xb, keyword, scope, path, emit) {
    const unmatchedB = new Set(xb.map((_, i) => i));
    const withId = /* @__PURE__ */ new Map();
    xb.forEach((sb, k) => {
      for (const id of new Set(altIds(sb))) {
        const entry = withId.get(id);
        if (entry) entry.list.push(k);
        else withId.set(id, { at: 0, list: [k] });
      }
    });
    const firstUnmatched = (id) => {
      const entry = withId.get(id);
      if (!entry) return void 0;
      while (entry.at < entry.list.length && !unmatchedB.has(entry.list[entry.at])) entry.at++;
      return entry.list[entry.at];
    };
    const pairs = [];
    const unmatchedA = [];
    for (const sa of xa) {
      let j;
      for (const id of altIds(sa)) {
        const k = firstUnmatched(id);
        if (k !== void 0 && (j === void 0 || k < j)) j = k;
      }
      if (j === void 0) unmatchedA.push(sa);
      else {
        unmatchedB.delete(j);
        pairs.push([sa, xb[j]]);
      }
    }
    const restB = [...unmatchedB].map((k) => xb[k]);
    if (unmatchedA.length === restB.length) {
      unmatchedA.forEach((sa, i) => pairs.push([sa, restB[i]]));
      unmatchedA.length = restB.length = 0;
    }
    for (const [sa, sb] of pairs) this.compare([sa], [sb], scope, `${path}(${keyword} ${xb.indexOf(sb) + 1})`);
    for (const sa of unmatchedA) emit("variant-removed", sa.loc, { keyword }, void 0);
    for (const sb of restB) emit("variant-added", sb.loc, { keyword });
  }
  compareAnnotations(a, b, emit) {
    for (const [map, rule2] of [
      [a.docs, "schema-docs-changed"],
      [a.rest, "keyword-changed"]
    ]) {
      const other = map === a.docs ? b.docs : b.rest;
      for (const kw of /* @__PURE__ */ new Set([...map.keys(), ...other.keys()])) {
        const ka = map.get(kw);
        const kb = other.get(kw);
        if (ka && kb && sameValue(ka.value, kb.value)) continue;
        emit(rule2, kb?.loc ?? ka.loc, { keyword: kw, old: ka?.value, new: kb?.value }, kb ? void 0 : b.loc);
      }
    }
    if (a.deprecated !== b.deprecated) emit(b.deprecated ? "schema-deprecated" : "schema-undeprecated", pointerAt(b.loc, "deprecated"));
    if ((a.default || b.default) && !(a.default && b.default && sameValue(a.default.value, b.default.value))) {
      emit(
        "default-changed",
        b.default?.loc ?? a.default.loc,
        { old: a.default?.value, new: b.default?.value },
        b.default ? void 0 : b.loc
      );
    }
  }
  compareDefs(a, b, scope, emit) {
    for (const [name, side] of a.defs) if (!b.defs.has(name)) emit("definition-removed", side.loc, { name }, b.loc);
    for (const [name, side] of b.defs) {
      const old = a.defs.get(name);
      if (!old) emit("definition-added", side.loc, { name });
      else this.compare([old], [side], { ...scope, label: `${scope.label} $defs${member(name)}` }, "", { defs: true });
    }
  }
};
var RANGE_KEYWORDS = /* @__PURE__ */ new Set(["minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"]);
function effectiveBound(view, side) {
  const [incl, excl] = side === "lower" ? ["minimum", "exclusiveMinimum"] : ["maximum", "exclusiveMaximum"];
  const integer = view.types !== void 0 && view.types.size > 0 && [...view.types].every((t) => t === "integer" || t === "null");
  const candidates2 = [];
  for (const [kw, exclusive] of [
    [incl, false],
    [excl, true]
  ]) {
    const k = view.bounds.get(kw);
    if (!k || typeof k.value !== "number") continue;
    if (exclusive && integer)
      candidates2.push({ value: side === "lower" ? Math.floor(k.value) + 1 : Math.ceil(k.value) - 1, exclusive: false, loc: k.loc });
    else candidates2.push({ value: k.value, exclusive, loc: k.loc });
  }
  if (!candidates2.length) return void 0;
  const sign = side === "lower" ? 1 : -1;
  const best = candidates2.reduce((x, y) => sign * (y.value - x.value) > 0 || y.value === x.value && y.exclusive ? y : x);
  const op = side === "lower" ? best.exclusive ? ">" : ">=" : best.exclusive ? "<" : "<=";
  return { ...best, text: `${op} ${best.value}` };
}
var IMPLIED_BOUNDS = { minContains: 1 };
var WIDER_FORMATS = {
  uri: ["uri-reference", "iri", "iri-reference"],
  "uri-reference": ["iri-reference"],
  iri: ["iri-reference"],
  email: ["idn-email"],
  hostname: ["idn-hostname"]
};
function binarySpelling(a, b) {
  const out = /* @__PURE__ */ new Set();
  const format = (v) => v.bounds.get("format")?.value;
  const encoding = (v) => v.constraints.get("contentEncoding")?.value;
  for (const [x, y] of [
    [a, b],
    [b, a]
  ]) {
    if (format(y) !== void 0) continue;
    if (format(x) === "binary" && !x.constraints.has("contentMediaType") && y.constraints.has("contentMediaType"))
      out.add("format").add("contentMediaType");
    if (format(x) === "byte" && encoding(x) === void 0 && encoding(y) === "base64") out.add("format").add("contentEncoding");
  }
  return out;
}
function formatWithin(x, y) {
  return typeof x === "string" && typeof y === "string" && Object.hasOwn(WIDER_FORMATS, x) && WIDER_FORMATS[x].includes(y);
}
function altIds(s) {
  const n = s.node;
  const ids2 = [fingerprint(s.node).hash];
  const named = /\/(?:schemas|\$defs|definitions)\/([^/]+)$/.exec(s.loc.pointer);
  if (named) ids2.push("ref:" + named[1]);
  if (n && typeof n === "object") {
    if (typeof n.$ref === "string") ids2.push("ref:" + n.$ref.replace(/^.*\//, ""));
    if (typeof n.title === "string") ids2.push("title:" + n.title);
  }
  return ids2;
}
function locKey(side) {
  return `${side.loc.file}#${side.loc.pointer}${side.orNull ? "?" : ""}`;
}
function pointerAt(loc, ...tokens) {
  return { file: loc.file, pointer: pointerJoin(loc.pointer, ...tokens) };
}
function fmt(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}
function divides(d, m) {
  if (Number.isInteger(d) && Number.isInteger(m)) return m % d === 0;
  const ratio = m / d;
  return Number.isFinite(ratio) && Math.abs(ratio - Math.round(ratio)) <= 1e-9 * Math.max(1, Math.abs(ratio));
}
var member = (name) => /^[\w$-]+$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;

// src/core/diff/tree-diff.ts
var KIND_NAMES = {
  openapi: "OpenAPI document",
  "openapi-fragment": "OpenAPI components file",
  swagger: "Swagger 2.0 document",
  asyncapi: "AsyncAPI document",
  avro: "Avro schema",
  jsonschema: "JSON Schema",
  versions: "versions file",
  data: "data file",
  document: "document",
  other: "file",
  binary: "binary file"
};
function diffTrees(base, head, options = {}) {
  const own2 = Documents.pair(base, head);
  const baseDocs = options.documents?.base ?? own2.base;
  const headDocs = options.documents?.head ?? own2.head;
  const errors = [];
  const warnings = [];
  const moduleOf = options.moduleOf ?? moduleOfAnyPath;
  const identity2 = (side, p) => contractIdentity(side === "base" ? baseDocs : headDocs, p);
  const moves = options.pairs ? [] : movedFiles(
    base,
    head,
    (a, b) => moduleOf(a) === moduleOf(b) && !otherVersion(a, b) && isToolingName(a) === isToolingName(b),
    identity2
  );
  const sink = new ChangeSink(new Map(moves.map((m) => [m.base, m.head])));
  const schemas = new SchemaDiffer(new ViewBuilder(baseDocs, errors), new ViewBuilder(headDocs, errors), sink);
  const judged2 = [];
  const openapi = new OpenApiDiffer(baseDocs, headDocs, sink, schemas, errors, judged2, options.roleOf);
  const movedFrom = new Map(moves.map((m) => [m.head, m.base]));
  const movedAway = new Set(moves.map((m) => m.base));
  const published = new Map(options.pairs ? [] : predecessors(base.paths(), head.paths()).map((s) => [s.head, s.base]));
  const pairs = options.pairs ?? [.../* @__PURE__ */ new Set([...base.paths(), ...head.paths()])].filter((p) => !movedAway.has(p)).sort().map((p) => ({ base: movedFrom.get(p) ?? published.get(p) ?? p, head: p }));
  const later = [];
  const components = documentComponents(headDocs, head.paths());
  let baseComponents;
  const baseParts = () => baseComponents ??= documentComponents(baseDocs, base.paths());
  const usedAlready = (pair) => {
    const used = components.get(pair.head);
    return used && baseParts().has(pair.base) ? used : void 0;
  };
  const partAddedOrRemoved = (pair, kind, added) => {
    const [docs, file2] = added ? [headDocs, pair.head] : [baseDocs, pair.base];
    const parts = added ? components : baseParts();
    const part = parts.get(file2);
    if (!part || options.isContract?.(file2) || isTopicCatalog(file2)) return void 0;
    if (kind === "jsonschema" && standalone2(docs, file2, part.kinds, options.roleOf)) return void 0;
    return {
      rule: "document-part-changed",
      loc: { file: pair.head, pointer: "" },
      params: { file: pair.head, action: added ? "added" : "removed", document: part.by }
    };
  };
  const addedOrRemoved = (pair, kind, added) => partAddedOrRemoved(pair, kind, added) ?? fileChange(added ? "contract-added" : "contract-removed", pair.head, kind);
  let referenced;
  const isData = (file2, from) => {
    if (options.data !== "referenced" || isTopicCatalog(file2) || options.isContract?.(file2)) return true;
    referenced ??= [reachedFrom(baseDocs, base.paths()), reachedFrom(headDocs, head.paths())];
    return referenced[0].has(from) || referenced[1].has(file2);
  };
  for (const l of options.pairs ? [] : leftOut(base.paths(), head.paths()))
    sink.emit({
      rule: "contract-left-out",
      loc: { file: l.head, pointer: "" },
      params: { file: l.head, name: l.base.slice(l.base.lastIndexOf("/") + 1), version: l.version, previous: l.previous }
    });
  const roleOfPair = (pair) => options.forceRole && options.role ? options.role : options.roleOf?.(pair.base) ?? roleFromPath(pair.base, options.role ?? "storage");
  const reachesTheSame = (pair) => {
    const was = completeClosure(baseDocs, pair.base);
    const is = completeClosure(headDocs, pair.head);
    if (!was || !is || was.size !== is.size) return false;
    for (const f of is) {
      const [x, y] = [base.read(f), head.read(f)];
      if (!was.has(f) || !x || !y || !sameContent(x, y)) return false;
    }
    return true;
  };
  for (const pair of pairs) {
    options.onFile?.(pair.head);
    const file2 = pair.head;
    const a = base.read(pair.base);
    const b = head.read(pair.head);
    if (movedFrom.has(file2)) sink.emit(moved(file2, pair.base, b));
    const previous = published.get(file2);
    sink.relocate = previous ? relocator(previous, file2) : void 0;
    if (previous) sink.emit(versionAdded(file2, previous));
    const unchanged = a && b && sameContent(a, b);
    const reachesOut = unchanged && hasExternalRef(Buffer.from(b).toString("utf8")) && !reachesTheSame(pair);
    if (unchanged && !reachesOut) continue;
    const kindA = a && kindOrError(baseDocs, pair.base, a, options.looseSchemas);
    const readB = b && kindOrError(headDocs, file2, b, options.looseSchemas);
    const kindB = readB === "data" && kindA === "jsonschema" ? kindA : readB;
    const broken = [kindA, kindB].find((k) => k instanceof InputError);
    if (broken) {
      if (unchanged) continue;
      if (/\.avdl$/i.test(file2) && !(kindA === "avro" && kindB instanceof InputError)) {
        sink.emit(plainChange(file2, "document", !a ? "added" : !b ? "removed" : "changed"));
        continue;
      }
      const contract = options.looseSchemas || isContractName(file2) || isContractName(pair.base) || options.isContract?.(file2) || [kindA, kindB].some((k) => typeof k === "string" && isContractKind(k));
      if (contract) {
        errors.push({ file: broken.file ?? file2, line: broken.line, message: broken.message });
        if (kindA instanceof InputError && kindB instanceof InputError)
          sink.emit({ rule: "unreadable-contract-changed", loc: { file: file2, pointer: "" }, params: { file: file2, problem: kindB.message } });
        continue;
      }
      warnings.push(
        `${broken.file ?? file2}${broken.line ? `:${broken.line}` : ""}: not a contract and not readable as data (${broken.message}); compared as text`
      );
      sink.emit({
        rule: "document-changed",
        loc: { file: file2, pointer: "" },
        params: { file: file2, action: !a ? "added" : !b ? "removed" : "changed" }
      });
      continue;
    }
    const kind = kindB ?? kindA;
    const used = a && b ? usedAlready(pair) : void 0;
    if (unchanged && !(isRoot(kind) && reachesOut)) continue;
    if (a && b && replacedBy(kindA, kindB)) {
      sink.emit(fileChange("contract-removed", file2, kindA));
      sink.emit(fileChange("contract-added", file2, kindB));
      continue;
    }
    try {
      if (kind === "openapi" || kind === "swagger") {
        if (!a || !b) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file2, kind));
        const api2 = (k) => k === "openapi" || k === "swagger";
        openapi.diff({ baseFile: api2(kindA) ? pair.base : void 0, headFile: api2(kindB) ? file2 : void 0 });
      } else if (kind === "asyncapi") {
        if (!a || !b || kindA !== kindB) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file2, kind));
        else diffAsyncApi({ baseDocs, headDocs, sink, schemas, errors, judged: judged2, roleOf: options.roleOf }, pair.base, file2);
      } else if (kind === "avro") {
        if (!a || !b || kindA !== kindB) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file2, kind));
        else if (used && !roleOfItsOwn(file2, used.kinds, options.roleOf)) {
        } else {
          const users = options.forceRole ? [] : [...avroUsersOf(baseDocs, pair.base)];
          const role = strictest([roleOfPair(pair), ...users.map((u) => roleOfPair({ base: u, head: u }))]);
          const root = (docs, f) => ({ loc: { file: f, pointer: "" }, node: docs.get(f).data });
          const names = [avroNamesOf(baseDocs), avroNamesOf(headDocs)];
          const [older, newer] = [root(baseDocs, pair.base), root(headDocs, file2)];
          if (isAvroProtocol(older.node) && isAvroProtocol(newer.node))
            diffAvroProtocols(
              sink,
              { file: pair.base, node: older.node, names: names[0] },
              { file: file2, node: newer.node, names: names[1] },
              role
            );
          else if (isAvroProtocol(older.node) !== isAvroProtocol(newer.node)) {
            sink.emit(fileChange("contract-removed", file2, kind));
            sink.emit(fileChange("contract-added", file2, kind));
          } else diffAvroSchemas(sink, older, newer, { role, label: file2.replace(/^.*\//, ""), names });
        }
      } else if (kind === "jsonschema") {
        if (!a || !b) sink.emit(addedOrRemoved(pair, kind, !a));
        else if (kindA !== kindB) sink.emit(fileChange(a ? "contract-removed" : "contract-added", file2, kind));
        else if (used && !roleOfItsOwn(file2, used.kinds, options.roleOf)) {
        } else {
          const role = roleOfPair(pair);
          const label = `${file2.replace(/^.*\//, "")}`;
          const root = (docs, f) => [{ loc: { file: f, pointer: "" }, node: docs.get(f).data }];
          const [older, newer] = [root(baseDocs, pair.base), root(headDocs, file2)];
          const found2 = schemas.compare(older, newer, { context: role, role, label }, "", { defs: true });
          const [idA, idB] = [ownId(older[0].node), ownId(newer[0].node)];
          if (idA && idA !== idB && !previous)
            sink.emit({
              rule: "schema-id-changed",
              loc: { file: file2, pointer: idB ? "/$id" : "" },
              params: { file: file2, old: idA, new: idB ?? "none" }
            });
          if (found2.size) {
            const [a2, b2] = [judgedDocument(baseDocs, pair.base), judgedDocument(headDocs, file2)];
            const inA = (f, p) => a2.pointerOf(f === file2 ? pair.base : f, p) ?? a2.pointerOf(f, p);
            const inB = (f, p) => b2.pointerOf(f === pair.base ? file2 : f, p) ?? b2.pointerOf(f, p);
            judged2.push({ file: file2, role, label, older: a2.root, newer: b2.root, changes: found2, pointerOf: [inA, inB] });
          }
        }
      } else if (kind === "data" && !isData(file2, pair.base)) {
        if (!movedFrom.has(file2)) sink.emit(plainChange(file2, "other", !a ? "added" : !b ? "removed" : "changed"));
      } else if (kind === "data" || kind === "openapi-fragment") {
        if (!a || !b) sink.emit(addedOrRemoved(pair, kind, !a));
        else if (!unchanged && used && [baseDocs.get(pair.base).data, headDocs.get(file2).data].every(isExampleObject))
          sink.emit({ rule: "document-part-changed", loc: { file: file2, pointer: "" }, params: { file: file2, action: "changed", document: used.by } });
        else {
          const relocate = sink.relocate;
          later.push(() => {
            sink.relocate = relocate;
            const covered = sink.pointersFor(file2).flatMap((p) => {
              const schema2 = /^(.*)\/properties\/[^/]+$/.exec(p)?.[1];
              return schema2 === void 0 ? [p] : [p, `${schema2}/required`];
            });
            const followed2 = (pointer) => components.has(file2) && /\/\$ref$/.test(pointer);
            const openapiOnly = used && [...used.kinds].every((k) => k === "openapi");
            for (const c of diffData(file2, baseDocs.get(pair.base).data, headDocs.get(file2).data)) {
              if (followed2(c.loc.pointer) || openapiOnly && DOCUMENTATION.test(c.loc.pointer)) continue;
              if (!covered.some((p) => p.startsWith(c.loc.pointer) || c.loc.pointer.startsWith(p))) sink.emit(c);
            }
          });
        }
      } else if (kind === "versions") {
        sink.emit({
          rule: "module-version-changed",
          loc: { file: file2, pointer: "" },
          params: { file: file2, old: a ? versionOf(baseDocs, pair.base) : "none", new: b ? versionOf(headDocs, file2) : "none" }
        });
      } else if (!movedFrom.has(file2)) {
        sink.emit(plainChange(file2, kind, !a ? "added" : !b ? "removed" : "changed"));
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push({ file: err.file ?? file2, line: err.line, message: err.message });
    }
  }
  for (const run of later) {
    try {
      run();
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push({ file: err.file ?? "", line: err.line, message: err.message });
    }
  }
  sink.relocate = void 0;
  const final = finalize(sink.changes, headDocs, moduleOf);
  const { extra: proven, coverage } = reconcile(judged2, (raw) => final.byRaw.get(raw), options.judgement === "strict");
  const changes = sortChanges([...final.changes, ...finalize(proven, headDocs, moduleOf).changes]);
  warnings.push(...baseDocs.notes.filter((n) => !headDocs.notes.includes(n)), ...headDocs.notes);
  return {
    level: maxLevel(changes.map((c) => c.level)),
    changes,
    errors: dedupe(errors),
    warnings,
    semantic: coverage,
    ...moves.length ? { moves } : {}
  };
}
function documentComponents(docs, paths) {
  const roots = /* @__PURE__ */ new Map();
  for (const p of paths) {
    const d = /\.(ya?ml|json)$/i.test(p) ? unlessUnreadable(() => docs.get(p).data) : void 0;
    if (!!d && typeof d === "object") {
      if ("openapi" in d || "swagger" in d) roots.set(p, "openapi");
      else if ("asyncapi" in d) roots.set(p, "asyncapi");
    }
  }
  const reached2 = /* @__PURE__ */ new Map();
  if (!roots.size) return reached2;
  for (const [root, kind] of roots) {
    for (const f of reachedFrom(docs, [root], (t) => reached2.get(t)?.kinds.has(kind) ?? false))
      if (f !== root) (reached2.get(f) ?? reached2.set(f, { kinds: /* @__PURE__ */ new Set(), by: root }).get(f)).kinds.add(kind);
  }
  return reached2;
}
var JUDGES_AS = { openapi: ["request", "response"], asyncapi: ["event"] };
var DOCUMENTATION = /\/(description|summary|title|externalDocs|example|examples)(\/|$)/;
function isExampleObject(data2) {
  if (!data2 || typeof data2 !== "object" || Array.isArray(data2)) return false;
  const keys = Object.keys(data2);
  return (keys.includes("value") || keys.includes("externalValue")) && keys.every((k) => EXAMPLE_KEYS.has(k) || k.startsWith("x-"));
}
var EXAMPLE_KEYS = /* @__PURE__ */ new Set(["summary", "description", "value", "externalValue"]);
function standalone2(docs, file2, usedBy, roleOf) {
  const d = docs.get(file2).data;
  if (!!d && typeof d === "object" && "$schema" in d) return true;
  return /\.schema\.(json|ya?ml)$/i.test(file2) || roleOfItsOwn(file2, usedBy, roleOf);
}
function roleOfItsOwn(file2, usedBy, roleOf) {
  if (roleOf?.(file2)) return true;
  const folder = roleFromPath(file2, "request") === roleFromPath(file2, "response") ? roleFromPath(file2, "request") : void 0;
  return folder !== void 0 && ![...usedBy].some((kind) => JUDGES_AS[kind].includes(folder));
}
function strictest(roles) {
  return new Set(roles.flatMap(sidesOfRole)).size > 1 ? "event" : roles[0];
}
function kindOrError(docs, file2, bytes, loose) {
  try {
    return kindOf2(docs, file2, bytes, loose);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return err;
  }
}
var SCHEMA_KEYWORDS = ["type", "properties", "items", "$ref", "allOf", "anyOf", "oneOf", "enum", "const", "$defs", "definitions"];
function kindOf2(docs, file2, bytes, loose = false) {
  const plain = detectKind(file2, bytes);
  if (plain === "document" || plain === "other" || plain === "binary" || plain === "versions") return plain;
  const data2 = docs.get(file2).data;
  const kind = detectKind(file2, bytes, data2);
  if (loose && kind === "data" && (typeof data2 === "boolean" || data2 && typeof data2 === "object" && SCHEMA_KEYWORDS.some((k) => k in data2)))
    return "jsonschema";
  return kind;
}
var DOCUMENT_FAMILY = {
  openapi: "openapi",
  swagger: "openapi",
  asyncapi: "asyncapi",
  avro: "avro"
};
function replacedBy(before, after) {
  const [x, y] = [DOCUMENT_FAMILY[before], DOCUMENT_FAMILY[after]];
  return (x !== void 0 || y !== void 0) && x !== y;
}
function isRoot(kind) {
  return kind === "openapi" || kind === "swagger" || kind === "asyncapi" || kind === "jsonschema";
}
function versionOf(docs, file2) {
  const data2 = docs.get(file2).data;
  const v = data2 && typeof data2 === "object" ? data2.current ?? data2.version : void 0;
  return v === void 0 ? "none" : String(v);
}
function versionAdded(file2, previous) {
  const version2 = (p) => pathVersion(p)?.written ?? p;
  return {
    rule: "contract-version-added",
    loc: { file: file2, pointer: "" },
    params: { file: file2, version: version2(file2), previous: version2(previous) }
  };
}
function moved(file2, from, bytes) {
  const plain = detectKind(file2, bytes);
  if (plain === "document" || plain === "other" || plain === "binary") return plainChange(file2, plain, `moved from ${from}`);
  return { rule: "contract-moved", loc: { file: file2, pointer: "" }, params: { file: file2, from } };
}
function plainChange(file2, kind, action) {
  const loc = { file: file2, pointer: "" };
  const unjudged = kind === "document" ? unjudgedFormat(file2) : void 0;
  if (unjudged)
    return {
      rule: "contract-unjudged",
      loc,
      params: { file: file2, action, format: unjudged.format, tool: unjudged.tool && `, or run ${unjudged.tool} in your CI` }
    };
  const rule2 = kind === "binary" ? "binary-changed" : kind === "other" ? "other-file-changed" : "document-changed";
  return { rule: rule2, loc, params: { file: file2, action } };
}
function fileChange(rule2, file2, kind) {
  return { rule: rule2, loc: { file: file2, pointer: "" }, params: { file: file2, kind: KIND_NAMES[kind] } };
}
function finalize(raw, headDocs, moduleOf) {
  const lineOf = (c) => c.lineAt && c.lineAt.file === c.loc.file ? c.lineAt : c.loc;
  const byFile = /* @__PURE__ */ new Map();
  for (const c of raw) {
    const where = lineOf(c);
    pushTo(byFile, where.file, c);
  }
  const lines = /* @__PURE__ */ new Map();
  for (const [file2, list] of byFile) {
    if (!headDocs.has(file2)) continue;
    try {
      const found2 = headDocs.get(file2).positions.locateAll(list.map((c) => lineOf(c).pointer));
      for (const c of list) {
        const pos = found2.get(lineOf(c).pointer);
        if (pos) lines.set(c, pos);
      }
    } catch {
      for (const c of list) if (c.loc.pointer === "") lines.set(c, { line: 1, column: 1 });
    }
  }
  const changes = raw.map((c) => {
    const rule2 = getRule(c.rule);
    const others = [...c.alsoVia ?? []].sort();
    const pos = lines.get(c);
    return {
      ruleId: emittedId(c),
      rule: c.rule,
      ...c.context ? { context: c.context } : {},
      ...c.role ? { role: c.role } : {},
      level: ruleLevel(rule2, c.role),
      module: moduleOf(c.loc.file),
      file: c.loc.file,
      pointer: c.loc.pointer,
      ...pos ? { line: pos.line, column: pos.column } : {},
      message: fill(rule2.message, c.params),
      ...c.identity ? { identity: c.identity } : abridges(c.params) ? { identity: sha256(Buffer.from(JSON.stringify(c.params))) } : {},
      hint: fill(ruleHint(rule2, c.role), c.params),
      ...rule2.migrate ? { migrate: ruleMigrate(rule2, c.context ?? c.role, c.params) } : {},
      ...c.via || others.length ? { via: { first: c.via, named: !!c.via && String(c.params.at ?? c.params.op ?? "").includes(c.via), others } } : {},
      ...c.semantic ? { semantic: c.semantic } : {}
    };
  });
  return { changes, byRaw: new Map(raw.map((c, i) => [c, changes[i]])) };
}
function dedupe(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const key3 = `${e.file}|${e.line}|${e.message}`;
    if (seen.has(key3)) return false;
    seen.add(key3);
    return true;
  });
}
function contractIdentity(docs, file2) {
  if (!/\.(ya?ml|json)$/i.test(file2) && !isAvroFile(file2)) return void 0;
  const data2 = unlessUnreadable(() => docs.get(file2))?.data;
  if (data2 === null || typeof data2 !== "object" || Array.isArray(data2)) return void 0;
  const d = data2;
  const info = d.info;
  const title = info && typeof info === "object" && typeof info.title === "string" ? info.title.trim() : "";
  if (title && (typeof d.openapi === "string" || d.swagger !== void 0)) return `openapi ${title}`;
  if (title && typeof d.asyncapi === "string") return `asyncapi ${title}`;
  if (typeof d.$id === "string" && d.$id) return `schema ${d.$id}`;
  if (!isAvroFile(file2)) return void 0;
  if (isAvroProtocol(d))
    return `avro protocol ${fullName(d.protocol, typeof d.namespace === "string" ? d.namespace || void 0 : void 0)}`;
  const avro2 = avroTypeName(d);
  return avro2 && `avro ${avro2}`;
}

// src/core/policy/compatibility.ts
function modeOf(config, unitOf) {
  if (!config.compatibility.length) return () => void 0;
  return (file2) => config.compatibility.find((e) => e.files && matchesAny(file2, e.files) || e.unit !== void 0 && e.unit === unitOf(file2))?.mode;
}
function roleOfMode(mode) {
  if (!mode || mode === "none") return void 0;
  const base = mode.replace(/_transitive$/, "");
  return base === "backward" ? "storage" : base === "forward" ? "response" : "event";
}
function withoutPromise(changes, mode) {
  for (const c of changes) if (c.level === "major" && mode(c.file) === "none") c.level = "minor";
}
function transitiveChanges(changes, head, freezes, root, mode, options, movedFrom = () => void 0) {
  const files = [...new Set(changes.map((c) => c.file))].filter((f) => mode(f)?.endsWith("_transitive") && head.read(f) !== void 0);
  if (!files.length) return [];
  const known = new Set(changes.map((c) => `${c.ruleId}|${c.file}|${c.pointer}`));
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const freeze of freezes) {
    if (seen.has(freeze.version)) continue;
    seen.add(freeze.version);
    const tree = freezeTree(freeze, root);
    const pairs = files.map((f) => ({ base: tree.read(f) === void 0 ? movedFrom(f) ?? f : f, head: f })).filter((p) => tree.read(p.base) !== void 0);
    if (!pairs.length) continue;
    const result = diffTrees(tree, head, { ...options, documents: options.documents && { head: options.documents.head }, pairs });
    for (const c of result.changes) {
      const key3 = `${c.ruleId}|${c.file}|${c.pointer}`;
      if (c.level !== "major" || known.has(key3)) continue;
      known.add(key3);
      out.push({ ...c, message: `${c.message} (breaks what freeze v${freeze.version} holds: ${mode(c.file)})` });
    }
  }
  return out;
}

// src/adapters/fs-tree.ts
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { createHash as createHash3 } from "node:crypto";
import { dirname, join, relative, resolve as resolve2, sep } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var FsTree = class {
  /** `prefixes`: list only files under these relative folders (the contracts root); reads are never limited by them. */
  constructor(root, prefixes = [""]) {
    this.root = root;
    this.prefixes = prefixes;
  }
  root;
  prefixes;
  list;
  realRoot;
  budget = new TreeBudget();
  files = /* @__PURE__ */ new Map();
  repositories = /* @__PURE__ */ new Map();
  paths() {
    if (!this.list) {
      const out = [];
      const walk2 = (dir) => {
        let entries;
        try {
          entries = readdirSync(dir);
        } catch {
          return;
        }
        for (const name of entries) {
          if (SKIP_DIRS.has(name)) continue;
          const full = join(dir, name);
          const st = lstatSync(full);
          if (st.isSymbolicLink()) continue;
          if (st.isDirectory()) {
            if (!this.nested(full)) walk2(full);
          } else if (st.isFile()) out.push(relative(this.root, full).split(sep).join("/"));
        }
      };
      for (const prefix of this.prefixes) walk2(join(this.root, prefix));
      this.list = [...new Set(out)].sort();
    }
    return this.list;
  }
  /**
   * A regular file inside the root: no `..`, no link anywhere on the way that leads out (real paths compared). Read
   * once: a diff asks for a file several times (its kind, its parse, the other side's comparison of bytes), and a
   * 13 MB description read five times cost a third of a second. One over the size limit, or past what a check reads of
   * one tree, is stood in for by a marker of its size and blob id, never read whole.
   */
  read(path) {
    if (!this.files.has(path)) this.files.set(path, this.readNow(path));
    return this.files.get(path);
  }
  /**
   * A folder below the root that is a repository of its own (a git submodule's checkout): a commit holds it as that
   * repository's commit id, not as files, so the working tree reads none of it either (git and the API cannot).
   */
  nested(dir) {
    let is = this.repositories.get(dir);
    if (is === void 0) this.repositories.set(dir, is = dir !== this.root && existsSync(join(dir, ".git")));
    return is;
  }
  readNow(path) {
    const full = resolve2(this.root, path);
    if (full !== this.root && !full.startsWith(this.root + sep)) return void 0;
    for (let dir = dirname(full); dir.startsWith(this.root + sep); dir = dirname(dir)) if (this.nested(dir)) return void 0;
    try {
      const st = lstatSync(full);
      if (!st.isFile()) return void 0;
      this.realRoot ??= realpathSync.native(this.root);
      const real = realpathSync.native(full);
      if (!real.startsWith(this.realRoot + sep)) return void 0;
      return withheld(st.size, () => blobId(real, st.size), this.budget) ?? readFileSync(real);
    } catch {
      return void 0;
    }
  }
};
function blobId(path, size) {
  const hash = createHash3("sha1").update(`blob ${size}\0`);
  const chunk = Buffer.alloc(1 << 20);
  const fd = openSync(path, "r");
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

// src/core/changesets.ts
import { load as load3 } from "js-yaml";
var CHANGESET_DIR = ".changeset";
var isChangeset = (path) => path.startsWith(`${CHANGESET_DIR}/`) && /^[^/]+\.md$/.test(path.slice(CHANGESET_DIR.length + 1)) && !/\/README\.md$/i.test(path);
var LEVELS2 = /* @__PURE__ */ new Set(["major", "minor", "patch", "none"]);
function declaredBumps(files) {
  const out = /* @__PURE__ */ new Map();
  for (const { text: text5 } of files) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text5.replace(/^\uFEFF/, ""))?.[1];
    if (front === void 0) continue;
    let data2;
    try {
      data2 = load3(front);
    } catch {
      continue;
    }
    if (!data2 || typeof data2 !== "object") continue;
    for (const [name, level] of Object.entries(data2)) {
      if (typeof level !== "string" || !LEVELS2.has(level)) continue;
      const known = out.get(name);
      if (!known || levelRank(level) > levelRank(known)) out.set(name, level);
    }
  }
  return out;
}
function changesetDraft(name, level, summary) {
  const slug = name.replace(/^@/, "").replace(/[^A-Za-z0-9]+/g, "-").toLowerCase();
  return { path: `${CHANGESET_DIR}/${slug}-${level}.md`, text: `---
"${name}": ${level}
---

${summary.join("\n")}
` };
}

// src/core/policy/config-paths.ts
function pathKeys(config) {
  const keys = [
    // a changelog that does not exist yet is the changelog check's to report, with a first entry drafted: not exit 2
    { pointer: "/versioning/changelog", get: (c) => c.versioning.changelog, set: (c, v) => c.versioning.changelog = v },
    { pointer: "/versioning/migrations", get: (c) => c.versioning.migrations, set: (c, v) => c.versioning.migrations = v, folder: true },
    { pointer: "/modules/root", get: (c) => c.modules.root, set: (c, v) => c.modules.root = v, folder: true },
    { pointer: "/modules/globals_versions", get: (c) => c.modules.globals_versions, set: (c, v) => c.modules.globals_versions = v }
  ];
  config.units.forEach((u, i) => {
    keys.push({ pointer: `/units/${i}/version/file`, get: (c) => c.units[i].version.file, set: (c, v) => c.units[i].version.file = v });
  });
  config.invariants.forEach((inv, i) => {
    if (!isSchemaInvariant(inv)) return;
    keys.push({
      pointer: `/invariants/${i}/file`,
      get: (c) => c.invariants[i].file,
      set: (c, v) => c.invariants[i].file = v,
      required: true
    });
  });
  return keys;
}
function releaseNotesNamed(config) {
  const name = config.versioning.changelog.slice(config.versioning.changelog.lastIndexOf("/") + 1);
  return (p) => p.slice(p.lastIndexOf("/") + 1) === name || p.startsWith(CHANGESET_DIR + "/");
}
function configPathCandidates(config) {
  const prefix = config.contracts ? config.contracts + "/" : "";
  const files = [];
  const folders = [];
  for (const key3 of pathKeys(config)) {
    const value = clean(key3.get(config));
    (key3.folder ? folders : files).push(value, prefix + value);
  }
  return { files, folders };
}
function resolveConfigPaths(config, baseline) {
  const out = structuredClone({ ...config, source: void 0 });
  out.source = config.source;
  const warnings = [];
  const prefix = config.contracts ? config.contracts + "/" : "";
  const files = new Set(baseline.paths);
  const exists = (path, folder) => folder ? baseline.paths.some((p) => p.startsWith(path + "/")) : files.has(path);
  const file2 = config.source?.file ?? "configuration";
  for (const key3 of pathKeys(config)) {
    const value = clean(key3.get(config));
    if (!config.source?.given(key3.pointer)) {
      key3.set(out, prefix + value);
      continue;
    }
    const name = key3.pointer.slice(1).replace(/\//g, ".");
    const underRoot = prefix + value;
    const atTop = exists(value, key3.folder);
    const atRoot = prefix !== "" && !value.startsWith(prefix) && exists(underRoot, key3.folder);
    if (atTop || !atRoot) {
      if (!atTop && key3.required) {
        const both = prefix && !value.startsWith(prefix) ? ` nor as ${underRoot}` : "";
        throw new InputError(
          `config key ${name}: ${value} does not exist at the baseline (paths are from the repository root; not found as ${value}${both})`,
          file2,
          config.source.lineOf(key3.pointer)
        );
      }
      key3.set(out, value);
      if (atTop && atRoot)
        warnings.push(`config key ${name}: both ${value} and ${underRoot} exist; using ${value} (paths are from the repository root)`);
      continue;
    }
    key3.set(out, underRoot);
    warnings.push(
      `config key ${name}: '${value}' is read relative to the contracts folder (${underRoot}); write it from the repository root \u2014 this spelling is deprecated`
    );
  }
  for (const [i, r] of config.roles.entries()) {
    if (config.source && onlyUnderRoot(r.glob, baseline.paths, prefix)) warnings.push(deprecatedGlob(`roles.${i}.glob`, r.glob, prefix));
  }
  for (const [i, e] of config.ignore.entries()) {
    if (e.file && config.source && onlyUnderRoot(e.file, baseline.paths, prefix))
      warnings.push(deprecatedGlob(`ignore.${i}.file`, e.file, prefix));
  }
  return { config: out, warnings };
}
function clean(path) {
  return path.replace(/^\.\//, "").replace(/\/+$/, "");
}
function onlyUnderRoot(glob, paths, prefix) {
  if (!prefix) return false;
  const underRoot = paths.filter((p) => p.startsWith(prefix));
  return !paths.some((p) => matchesAny(p, [glob])) && underRoot.some((p) => matchesAny(p.slice(prefix.length), [glob]));
}
function deprecatedGlob(key3, glob, prefix) {
  return `config key ${key3}: '${glob}' matches only relative to the contracts folder; write ${prefix}${glob} (from the repository root) \u2014 this spelling is deprecated`;
}

// src/core/report/model.ts
var DEBT_NOTE = " (already at the baseline)";
var warningLine = (v) => `${v.message} [${v.ruleId}]`;
function shownWarnings(report) {
  const warned = report.warned ?? [];
  const debt = new Set(warned.filter((v) => v.debt).map(warningLine));
  const found2 = new Map(warned.filter((v) => !v.debt).map((v) => [warningLine(v), v]));
  return report.warnings.filter((w) => !debt.has(w)).map((line) => ({ line, finding: found2.get(line) }));
}
function currentShown(m, none) {
  return m.currentVersion ?? (m.release ? `${m.release.by} ${m.release.name} after merge` : none);
}
function buildReport(result, context = {}) {
  const byModule = /* @__PURE__ */ new Map();
  for (const c of result.changes) pushTo(byModule, c.module, c);
  const modules = [...byModule].map(([name, list]) => ({ name, level: maxLevel(list.map((c) => c.level)), changes: list.length })).sort((a, b) => levelRank(b.level) - levelRank(a.level) || compareText(a.name, b.name));
  const { warnings = [], ...where } = context;
  return {
    level: result.level,
    ...where,
    modules,
    changes: result.changes,
    errors: result.errors,
    warnings: [...warnings, ...result.warnings ?? []],
    ...result.semantic?.judged ? { semantic: result.semantic } : {}
  };
}
function ownChecklist(report) {
  const own2 = new Set(report.changes.filter((c) => c.level === "major" && !c.earlier).map((c) => c.module));
  return report.checklist?.filter((i) => !i.breaking || own2.has(i.module ?? ""));
}

// src/core/policy/deprecation.ts
var parsed = /* @__PURE__ */ new WeakMap();
function frozenData(artifact, file2) {
  let known = parsed.get(artifact);
  if (!known) {
    const format = formatOf(file2);
    const text5 = artifact.encoding === "base64" ? Buffer.from(artifactBytes(artifact)).toString("utf8") : artifact.content;
    known = { data: format ? unlessUnreadable(() => parseText(file2, text5, format).data) : void 0 };
    parsed.set(artifact, known);
  }
  return known.data;
}
function deprecatedStreak(freezes, file2, pointer) {
  let streak = 0;
  for (const freeze of freezes) {
    const artifact = freeze.artifacts.find((a) => a.path === file2);
    if (!artifact || !isDeprecated(frozenData(artifact, file2), pointer)) break;
    streak++;
  }
  return streak;
}
function isDeprecated(data2, pointer) {
  let node = data2;
  if (node === void 0) return false;
  for (const t of pointerTokens(pointer)) {
    if (!node || typeof node !== "object") return false;
    node = node[t];
  }
  return !!node && typeof node === "object" && node.deprecated === true;
}

// src/core/policy/finding.ts
function finding(ruleId, file2, params, extra = {}) {
  return { ruleId, file: file2, params, ...extra };
}
function describe(f) {
  const rule2 = getPolicyRule(f.ruleId);
  return { message: fill(rule2.message, f.params), fix: fill(rule2.fix, f.params) };
}

// src/core/policy/checks/deprecation-window.ts
var deprecationWindow = ({ config, layout, changes, freezes, movedFrom }) => {
  const needed = config.versioning.deprecation_releases;
  const findings = [];
  const checklist = [];
  if (needed === 0) return { findings };
  const seen = /* @__PURE__ */ new Set();
  for (const c of changes) {
    if (getRule(c.rule).removes !== "deprecatable") continue;
    if (seen.has(`${c.file}#${c.pointer}`)) continue;
    seen.add(`${c.file}#${c.pointer}`);
    const streak = deprecatedStreak(freezes, layout.rel(movedFrom(c.file) ?? c.file), c.pointer);
    if (streak < needed) {
      const where = { module: c.module, line: c.line, pointer: c.pointer };
      findings.push(finding("removal-without-deprecation", c.file, { what: c.message, count: streak, needed }, where));
    }
    checklist.push({ text: `Deprecated for ${needed} releases before removal: ${c.message}`, done: streak >= needed });
  }
  return { findings, checklist };
};

// src/core/policy/checks/event-channels.ts
var VERSIONED = /^(.*?)([._/ -])v(\d+)$/i;
function topicOf(name, version2) {
  const m = VERSIONED.exec(name);
  return m ? { stem: m[1], version: Number(m[3]) } : { stem: name, version: version2 ?? 1 };
}
function successorName(name, version2) {
  const m = VERSIONED.exec(name);
  const sep2 = name.includes("/") && !name.includes(".") ? "/" : ".";
  return m ? `${m[1]}${m[2]}v${Number(m[3]) + 1}` : `${name}${sep2}v${version2 + 1}`;
}
function channels(side) {
  const topics = [];
  const bySchema = /* @__PURE__ */ new Map();
  for (const file2 of side.paths) {
    if (!/\.(ya?ml|json)$/i.test(file2)) continue;
    const data2 = unlessUnreadable(() => side.docs.get(file2).data);
    if (data2 === void 0) continue;
    if (detectKind(file2, void 0, data2) === "asyncapi") {
      const model = unlessUnreadable(() => readAsyncApi(side.docs, file2, []));
      for (const c of model?.channels.values() ?? []) {
        const name = c.address ?? c.key;
        topics.push({ ...topicOf(name), name, file: file2 });
      }
    } else if (isTopicCatalog(file2)) {
      const dir = file2.includes("/") ? file2.slice(0, file2.lastIndexOf("/") + 1) : "";
      const entries = data2.topics;
      for (const e of Array.isArray(entries) ? entries : []) {
        if (!e || typeof e.name !== "string") continue;
        const version2 = Number.isInteger(e.version) ? e.version : void 0;
        const name = version2 !== void 0 && !VERSIONED.test(e.name) ? `${e.name} v${version2}` : e.name;
        const t = { ...topicOf(name), name, file: file2 };
        topics.push(t);
        if (typeof e.schema === "string") {
          const schema2 = normalize(dir + e.schema);
          pushTo(bySchema, schema2, t);
        }
      }
    }
  }
  return { topics, bySchema };
}
function normalize(path) {
  const out = [];
  for (const part of path.split("/")) {
    if (part === "..") out.pop();
    else if (part !== "." && part) out.push(part);
  }
  return out.join("/");
}
function reached(c, bySchema) {
  const via = [c.via?.first, ...c.via?.others ?? []].filter((v) => !!v?.startsWith("channel "));
  if (via.length) return via.map((v) => v.slice("channel ".length)).map((name2) => ({ ...topicOf(name2), name: name2 }));
  const catalogued = bySchema.get(c.file);
  if (catalogued) return catalogued;
  const name = c.file.replace(/^.*\//, "").replace(/\.(schema\.)?(json|ya?ml|avsc)$/i, "");
  return [{ ...topicOf(name), name }];
}
var isEventChange = (c, bySchema) => !!c.context?.startsWith("event") || c.role === "event" && c.context === void 0 || bySchema.has(c.file) || !!c.via?.first?.startsWith("channel ");
var eventChannels = ({ config, changes, base, head }) => {
  const breaking = changes.filter((c) => c.level === "major");
  const before = channels(base);
  const after = channels(head);
  const bySchema = new Map([...before.bySchema, ...after.bySchema]);
  const findings = [];
  const checklist = [];
  const done = /* @__PURE__ */ new Set();
  let published;
  for (const c of breaking.filter((x) => isEventChange(x, bySchema))) {
    if (pathVersion(c.file) && !bySchema.has(c.file)) {
      published ??= new Map(predecessors(base.paths, head.paths).map((p) => [p.head, p.base]));
      const previous = published.get(c.file);
      if (!previous || done.has(previous)) continue;
      done.add(previous);
      const kept = head.paths.includes(previous);
      checklist.push({
        text: `Dual-publish \`${previous}\` and \`${c.file}\` during the transition${kept ? "" : ` (\`${previous}\` is gone from the head: keep it until consumers moved)`}`,
        done: kept
      });
      continue;
    }
    for (const t of reached(c, bySchema)) {
      const key3 = `${t.stem}|${t.version}`;
      const next = successorName(t.name, t.version);
      const successor = after.topics.find((x) => x.stem === t.stem && x.version > t.version);
      const kept = after.topics.some((x) => x.stem === t.stem && x.version === t.version);
      const existed = before.topics.some((x) => x.stem === t.stem && x.version === t.version) || !before.topics.length;
      if (config.events.breaking === "new-channel" && existed)
        findings.push(
          finding(
            "event-breaking-on-existing-channel",
            c.file,
            {
              topic: t.name,
              next: successor?.name ?? next,
              change: c.message,
              where: successor ? successor.file : before.topics[0]?.file ?? c.file
            },
            { line: c.line, pointer: c.pointer, module: c.module, key: `${key3}|${c.ruleId}|${c.pointer}` }
          )
        );
      if (done.has(key3)) continue;
      done.add(key3);
      checklist.push({
        text: successor ? `Dual-publish \`${t.name}\` and \`${successor.name}\` during the transition${kept ? "" : ` (\`${t.name}\` is gone from the head: keep it until consumers moved)`}` : `Dual-publish \`${t.name}\` on the old and the new version during the transition (add \`${next}\` beside it)`,
        done: !!successor && kept
      });
    }
  }
  for (const t of after.topics) {
    const older = after.topics.find((x) => x.stem === t.stem && x.version < t.version);
    const added = !before.topics.some((x) => x.stem === t.stem && x.version === t.version);
    if (!older || !added || done.has(`${older.stem}|${older.version}`)) continue;
    done.add(`${older.stem}|${older.version}`);
    checklist.push({ text: `Dual-publish \`${older.name}\` and \`${t.name}\` during the transition`, done: true });
  }
  return { findings, checklist };
};

// src/core/source/readable.ts
var MAX_PER_FILE2 = 3;
function checkReadable(docs, paths, isContract = () => false) {
  const problems = [];
  const skipped = [];
  for (const file2 of paths) {
    if (!formatOf(file2) || isToolingName(file2) && !isContract(file2)) continue;
    let data2;
    try {
      data2 = docs.get(file2).data;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      const diagnostic = {
        file: err.file ?? file2,
        line: err.line,
        message: err.message,
        ...err instanceof OverSizeLimit ? { tooLarge: true } : {}
      };
      (isContractName(file2) || isContract(file2) ? problems : skipped).push(diagnostic);
      continue;
    }
    if (!isContractKind(detectKind(file2, void 0, data2)) && !isContract(file2)) continue;
    let found2 = 0;
    for (const { pointer, ref } of refsIn(data2)) {
      if (found2 >= MAX_PER_FILE2) break;
      try {
        docs.deref({ file: file2, pointer }, { $ref: ref });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        found2++;
        problems.push({ file: file2, line: docs.lineOf({ file: file2, pointer }), message: err.message });
      }
    }
  }
  return { problems, skipped };
}
var INSTANCE_KEYWORDS = /* @__PURE__ */ new Set(["const", "enum", "default", "example"]);
function pointerOf(step) {
  const tokens = [];
  for (let s = step; s?.up; s = s.up) tokens.push(s.token);
  return pointerJoin("", ...tokens.reverse());
}
function* refsIn(root) {
  const stack = [{ node: root, up: void 0, token: "" }];
  while (stack.length) {
    const step = stack.pop();
    const node = step.node;
    if (node === null || typeof node !== "object") continue;
    const children = [];
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++)
        if (node[i] !== null && typeof node[i] === "object") children.push({ node: node[i], up: step, token: i });
    } else {
      if (isRefObject(node)) yield { pointer: pointerOf(step), ref: node.$ref };
      for (const key3 of Object.keys(node)) {
        const value = node[key3];
        if (value === null || typeof value !== "object" || INSTANCE_KEYWORDS.has(key3) || key3 === "examples" && Array.isArray(value))
          continue;
        children.push({ node: value, up: step, token: key3 });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

// src/core/policy/examples.ts
import { posix as posix4 } from "node:path";
var EXAMPLE = /((^|\/)examples?\/.+|[._-]examples?)\.(json|ya?ml)$/i;
var MANY = /[._-]examples\.(json|ya?ml)$/i;
function checkExamples(docs, paths) {
  const out = [];
  const schemas = /* @__PURE__ */ new Map();
  const byId = /* @__PURE__ */ new Map();
  for (const p of paths) {
    if (EXAMPLE.test(p) || !/\.(json|ya?ml)$/i.test(p)) continue;
    const parsed2 = unlessUnreadable(() => docs.get(p));
    const data2 = parsed2?.data;
    if (!parsed2 || detectKind(p, void 0, data2) !== "jsonschema" || !data2 || typeof data2 !== "object") continue;
    schemas.set(p, data2);
    const id = data2.$id;
    if (typeof id === "string") byId.set(id, p);
  }
  const engines = { modern: newAjv(true), legacy: newAjv(false) };
  const uri = (p) => {
    const id = schemas.get(p)?.$id;
    return typeof id === "string" ? id : `file:///${p}`;
  };
  const compiles = new ExampleBudget(schemas, uri);
  for (const [p, schema2] of schemas) {
    try {
      (isDraft2020(schema2) ? engines.modern : engines.legacy).addSchema({ ...schema2, $id: uri(p) });
    } catch (err) {
      if (isBug(err)) throw err;
    }
  }
  let referenced;
  for (const example of paths.filter((p) => EXAMPLE.test(p))) {
    const parsed2 = unlessUnreadable(() => docs.get(example));
    if (!parsed2) continue;
    const data2 = parsed2.data;
    const schemaPath = pairSchema(example, data2, schemas, byId);
    if (!schemaPath) {
      referenced ??= reachedFrom(docs, paths);
      if (!referenced.has(example)) out.push(finding("example-unpaired", example, { file: example }, { key: example }));
      continue;
    }
    const schema2 = schemas.get(schemaPath);
    if (!compiles.pay(schemaPath)) {
      out.push(finding("example-unvalidated", example, { file: example, schema: schemaPath }, { key: example }));
      continue;
    }
    const ajv = isDraft2020(schema2) ? engines.modern : engines.legacy;
    let validate;
    try {
      validate = ajv.getSchema(uri(schemaPath)) ?? ajv.compile({ ...schema2, $id: uri(schemaPath) });
    } catch (err) {
      if (isBug(err)) throw err;
      out.push(
        finding(
          "example-invalid",
          example,
          { file: example, schema: schemaPath, message: `schema cannot be compiled: ${err.message}` },
          { key: `${example}|compile` }
        )
      );
      continue;
    }
    const instances = MANY.test(example) && Array.isArray(data2) ? data2.map((item, i) => [`/${i}`, item]) : [["", data2]];
    for (const [at4, instance] of instances) {
      if (validate(withoutSchemaKey(instance))) continue;
      const errors = validate.errors ?? [];
      const pointer = at4 + (errors[0]?.instancePath ?? "");
      const message = (at4 ? `example ${at4.slice(1)}: ` : "") + errors.slice(0, 3).map((e) => `${e.instancePath || "(root)"} ${e.message}`).join("; ") + (errors.length > 3 ? `; and ${errors.length - 3} more` : "");
      out.push(
        finding(
          "example-invalid",
          example,
          { file: example, schema: schemaPath, message },
          {
            pointer,
            line: docs.get(example).positions.locate(pointer)?.line,
            key: `${example}|${schemaPath}|${message}`
          }
        )
      );
    }
  }
  return out;
}
var EXAMPLE_COMPILE_NODES = 5e4;
var ExampleBudget = class {
  constructor(schemas, uri) {
    this.schemas = schemas;
    this.uri = uri;
    this.byUri = new Map([...schemas.keys()].map((p) => [uri(p).replace(/#.*$/, ""), p]));
  }
  schemas;
  uri;
  left = EXAMPLE_COMPILE_NODES;
  paid = /* @__PURE__ */ new Set();
  byUri;
  /** Whether compiling `path` fits what is left; if so, it is paid for. */
  pay(path) {
    const reached2 = this.reached(path).filter((p) => !this.paid.has(p));
    const cost = reached2.reduce((n, p) => n + compileSize(this.schemas.get(p), this.left + 1) + 20, 0);
    if (cost > this.left) return false;
    this.left -= cost;
    for (const p of reached2) this.paid.add(p);
    return true;
  }
  /** `path` and the schemas of the tree its `$ref`s reach, as ajv resolves them (against each schema's URI). */
  reached(path) {
    const seen = /* @__PURE__ */ new Set([path]);
    const stack = [path];
    while (stack.length) {
      const p = stack.pop();
      for (const { ref } of refsIn(this.schemas.get(p))) {
        let target;
        try {
          target = this.byUri.get(new URL(ref, this.uri(p)).href.replace(/#.*$/, ""));
        } catch {
          continue;
        }
        if (target && !seen.has(target)) seen.add(target) && stack.push(target);
      }
    }
    return [...seen];
  }
};
function withoutSchemaKey(data2) {
  return data2 && typeof data2 === "object" && !Array.isArray(data2) && "$schema" in data2 ? omit$schema(data2) : data2;
}
function exampleStems(example) {
  const stems = [posix4.basename(example).replace(/\.(json|ya?ml)$/i, "")];
  for (let s = stems[0], t = ""; (t = s.replace(/[._-](examples?|\d+)$/i, "")) !== s && t; s = t) stems.push(t);
  return stems;
}
function omit$schema(data2) {
  const { $schema: _s, ...rest } = data2;
  return rest;
}
function pairSchema(example, data2, schemas, byId) {
  const ref = data2 && typeof data2 === "object" ? data2.$schema : void 0;
  if (typeof ref === "string" && !/json-schema\.org/.test(ref)) {
    const local = posix4.normalize(posix4.join(posix4.dirname(example), ref.split("#")[0]));
    if (schemas.has(local)) return local;
    const viaId = byId.get(ref.split("#")[0]);
    if (viaId) return viaId;
  }
  const schemaStem = (p) => posix4.basename(p).replace(/(\.schema)?\.(json|ya?ml)$/i, "");
  const stems = exampleStems(example);
  let candidates2 = [];
  for (const stem of stems) {
    candidates2 = [...schemas.keys()].filter((p) => schemaStem(p) === stem);
    if (candidates2.length) break;
  }
  const shared = (p) => {
    const a = posix4.dirname(example).split("/");
    const b = posix4.dirname(p).split("/");
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i;
  };
  return candidates2.sort((x, y) => shared(y) - shared(x) || compareText(x, y))[0];
}

// src/core/policy/inline-examples.ts
var COMPILE_NODES = 5e3;
var SPENT2 = "over the schema nodes a check compiles for them";
var MAX_FAILED = 50;
var examplePlace = (file2, pointer) => JSON.stringify([file2, pointer]);
function placeOfFinding(key3) {
  const parsed2 = JSON.parse(key3);
  return Array.isArray(parsed2) && typeof parsed2[0] === "string" && typeof parsed2[1] === "string" ? examplePlace(parsed2[0], parsed2[1]) : void 0;
}
function checkInlineExamples(docs, paths, touched = () => true) {
  const out = [];
  const unchecked = /* @__PURE__ */ new Set();
  const skip = (examples2) => {
    for (const e of examples2) unchecked.add(examplePlace(e.loc.file, e.loc.pointer));
    return examples2.length;
  };
  let left = COMPILE_NODES;
  for (const file2 of paths) {
    if (!/\.(json|ya?ml)$/i.test(file2)) continue;
    const data2 = unlessUnreadable(() => docs.get(file2).data);
    const kind = isObj(data2) ? detectKind(file2, void 0, data2) : void 0;
    if (!isObj(data2) || !kind || !["openapi", "swagger", "asyncapi", "jsonschema"].includes(kind)) continue;
    const text5 = docs.get(file2).text;
    if (!text5.includes("example") && !/\\[ux]/.test(text5)) continue;
    if (!touched([file2, ...reachedFrom(docs, [file2])])) continue;
    const bodies = kind === "openapi" || kind === "swagger" ? [
      ...documented(docs, file2, data2),
      ...kind === "swagger" ? schemaExamples(file2, data2.definitions, "/definitions", true) : schemaExamples(file2, isObj(data2.components) ? data2.components.schemas : void 0, "/components/schemas", true)
    ] : kind === "asyncapi" ? messagesOf2(docs, file2, data2) : schemaExamples(file2, data2);
    if (!bodies.length) continue;
    if (left <= 0) {
      const count = bodies.reduce((n, b) => n + (isObj(b.schema) ? skip(b.examples) : 0), 0);
      if (count)
        out.push(
          finding("inline-examples-unvalidated", file2, { file: file2, count: counted(count, "example"), why: SPENT2 }, { key: `${file2}|inline` })
        );
      continue;
    }
    const bundled = unlessUnreadable(() => judgedDocument(docs, file2));
    if (!bundled) continue;
    const dialect = kind === "swagger" ? "x-nullable" : kind === "openapi" && String(data2.openapi).startsWith("3.0.") ? "nullable" : void 0;
    const draft2020 = kind !== "jsonschema" || isDraft2020(data2);
    const ajv = newAjv(draft2020, true, true);
    const compiled2 = /* @__PURE__ */ new Map();
    const failed = [];
    const reported = /* @__PURE__ */ new Set();
    let unvalidated = 0;
    for (const body of bodies) {
      const copy = bundled.copyOf(body.schema);
      if (!isObj(copy)) continue;
      const key3 = isRefObject(copy) ? copy.$ref : copy;
      const cache4 = compiled2.get(body.direction) ?? /* @__PURE__ */ new Map();
      compiled2.set(body.direction, cache4);
      let validate = cache4.get(key3);
      if (!validate && !cache4.has(key3)) {
        const schema2 = readable(bundled.root, copy, dialect, body.direction, !draft2020);
        const cost = compileSize(schema2, left + 1) + 20;
        if (cost > left) {
          unvalidated += skip(body.examples);
          continue;
        }
        left -= cost;
        try {
          validate = ajv.compile(schema2);
        } catch (err) {
          if (isBug(err)) throw err;
        }
        cache4.set(key3, validate);
      }
      if (!validate) continue;
      for (const [i, example] of body.examples.entries()) {
        if (failed.length >= MAX_FAILED) {
          unvalidated += skip(body.examples.slice(i));
          break;
        }
        if (validate(example.value)) continue;
        const error = validate.errors?.[0];
        const at4 = { file: example.loc.file, pointer: example.loc.pointer + (error?.instancePath ?? "") };
        const message = `${error?.instancePath || "(root)"} ${error?.message ?? "is invalid"}`;
        const key4 = `${example.loc.file}|${example.loc.pointer}|${message}`;
        if (!reported.has(key4)) failed.push({ loc: at4, example: example.loc, label: body.label, message });
        reported.add(key4);
      }
    }
    const pointers = /* @__PURE__ */ new Map();
    for (const { loc } of failed) pushTo(pointers, loc.file, loc.pointer);
    const lines = /* @__PURE__ */ new Map();
    for (const [f, at4] of pointers) lines.set(f, unlessUnreadable(() => docs.get(f).positions.locateAll(at4)) ?? /* @__PURE__ */ new Map());
    for (const { loc, example, label, message } of failed)
      out.push(
        finding(
          "example-invalid",
          loc.file,
          { file: loc.file, schema: label, message },
          {
            pointer: loc.pointer,
            line: lines.get(loc.file)?.get(loc.pointer)?.line,
            key: JSON.stringify([example.file, example.pointer, message])
          }
        )
      );
    if (unvalidated) {
      const why = failed.length >= MAX_FAILED ? `${MAX_FAILED} already fail` : SPENT2;
      out.push(
        finding("inline-examples-unvalidated", file2, { file: file2, count: counted(unvalidated, "example"), why }, { key: `${file2}|inline` })
      );
    }
  }
  return { findings: out, unchecked };
}
function readable(root, schema2, openapi30, direction, draft7 = false) {
  let part = { root: subdocument(root, schema2), node: schema2 };
  const through = (rewrite2) => {
    const convert = rewrite2(part.root);
    part = { root: convert(part.root), node: convert(part.node) };
  };
  if (openapi30) through((r) => fromOpenApi30(r, openapi30));
  if (draft7) through(refSiblingsVoid);
  if (direction) through((r) => withoutHidden(r, direction === "request" ? "readOnly" : "writeOnly"));
  return asDocument(part.node, part.root);
}
function documented(docs, file2, data2) {
  const out = [];
  const deref = (loc, node) => unlessUnreadable(() => docs.deref(loc, node)) ?? { loc, node: void 0 };
  const paths = isObj(data2.paths) ? data2.paths : {};
  for (const [path, raw] of Object.entries(paths)) {
    const item = deref({ file: file2, pointer: pointerJoin("/paths", path) }, raw);
    if (!isObj(item.node)) continue;
    for (const method of METHODS) {
      const op = item.node[method];
      if (!isObj(op)) continue;
      const at4 = { file: item.loc.file, pointer: pointerJoin(item.loc.pointer, method) };
      const label = `${method.toUpperCase()} ${path}`;
      const parameters = [
        ...Array.isArray(item.node.parameters) ? item.node.parameters.map((p, i) => [pointerAt2(item.loc, "parameters", String(i)), p]) : [],
        ...Array.isArray(op.parameters) ? op.parameters.map((p, i) => [pointerAt2(at4, "parameters", String(i)), p]) : []
      ];
      for (const [loc, raw2] of parameters) {
        const p = deref(loc, raw2);
        if (isObj(p.node) && p.node.schema !== void 0)
          out.push(
            ...valuesOf(docs, p.loc, p.node, p.node.schema, `${label} ${String(p.node.in)} parameter ${String(p.node.name)}`, "request")
          );
      }
      const body = deref(pointerAt2(at4, "requestBody"), op.requestBody);
      if (isObj(body.node)) out.push(...bodiesOf(docs, body.loc, body.node, `${label} request`, "request"));
      for (const [status, r] of Object.entries(isObj(op.responses) ? op.responses : {})) {
        const response = deref(pointerAt2(at4, "responses", status), r);
        if (!isObj(response.node)) continue;
        const where = `${label} response ${status}`;
        out.push(
          ...data2.swagger ? swaggerBodies(response.loc, response.node, where) : bodiesOf(docs, response.loc, response.node, where, "response")
        );
      }
    }
  }
  return out;
}
var pointerAt2 = (loc, ...tokens) => ({ file: loc.file, pointer: pointerJoin(loc.pointer, ...tokens) });
function swaggerBodies(loc, response, label) {
  if (response.schema === void 0 || !isObj(response.examples)) return [];
  return Object.entries(response.examples).filter(([media]) => /json/i.test(media)).map(([media, value]) => ({
    label: `${label} ${media}`,
    schema: response.schema,
    direction: "response",
    examples: [{ loc: pointerAt2(loc, "examples", media), value }]
  }));
}
function bodiesOf(docs, loc, holder, label, direction) {
  const out = [];
  for (const [media, m] of Object.entries(isObj(holder.content) ? holder.content : {})) {
    if (!isObj(m) || m.schema === void 0 || !/json/i.test(media)) continue;
    out.push(...valuesOf(docs, pointerAt2(loc, "content", media), m, m.schema, `${label} ${media}`, direction));
  }
  return out;
}
var JSON_PAYLOAD = /^(application\/schema\+(json|yaml)|application\/vnd\.aai\.asyncapi(\+(json|yaml))?)(;|$)/i;
function messagesOf2(docs, file2, data2) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (loc, raw) => {
    const m = isRefObject(raw) ? unlessUnreadable(() => docs.deref(loc, raw)) : { loc, node: raw };
    if (!m || !isObj(m.node) || seen.has(m.node)) return;
    seen.add(m.node);
    const message = m.node;
    if (Array.isArray(message.oneOf)) return message.oneOf.forEach((x, i) => visit(pointerAt2(m.loc, "oneOf", String(i)), x));
    const wrapped = isObj(message.payload) && "schemaFormat" in message.payload && "schema" in message.payload;
    const format = wrapped ? message.payload.schemaFormat : message.schemaFormat;
    if (format !== void 0 && !(typeof format === "string" && JSON_PAYLOAD.test(format))) return;
    const schema2 = wrapped ? message.payload.schema : message.payload;
    if (schema2 === void 0 || !Array.isArray(message.examples)) return;
    const examples2 = message.examples.flatMap(
      (e, i) => isObj(e) && "payload" in e ? [{ loc: pointerAt2(m.loc, "examples", String(i), "payload"), value: e.payload }] : []
    );
    const name = typeof message.name === "string" ? message.name : m.loc.pointer;
    if (examples2.length) out.push({ label: `message ${name} payload`, schema: schema2, examples: examples2 });
  };
  const messages = isObj(data2.components) && isObj(data2.components.messages) ? data2.components.messages : {};
  for (const [name, raw] of Object.entries(messages)) visit({ file: file2, pointer: pointerJoin("/components/messages", name) }, raw);
  for (const [key3, channel] of Object.entries(isObj(data2.channels) ? data2.channels : {})) {
    if (!isObj(channel)) continue;
    const at4 = { file: file2, pointer: pointerJoin("/channels", key3) };
    for (const [name, raw] of Object.entries(isObj(channel.messages) ? channel.messages : {})) visit(pointerAt2(at4, "messages", name), raw);
    for (const op of ["publish", "subscribe"])
      if (isObj(channel[op]) && channel[op].message !== void 0)
        visit(pointerAt2(at4, op, "message"), channel[op].message);
  }
  return out;
}
function schemaExamples(file2, data2, from = "", single = false) {
  const out = [];
  const seen = /* @__PURE__ */ new WeakSet();
  const stack = [[data2, from]];
  while (stack.length) {
    const [node, pointer] = stack.pop();
    if (!node || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push([item, pointerJoin(pointer, String(i))]));
      continue;
    }
    const o = node;
    const examples2 = [
      ...single && "example" in o ? [{ loc: { file: file2, pointer: pointerJoin(pointer, "example") }, value: o.example }] : [],
      ...Array.isArray(o.examples) ? o.examples.map((value, i) => ({ loc: { file: file2, pointer: pointerJoin(pointer, "examples", String(i)) }, value })) : []
    ];
    if (examples2.length) out.push({ label: pointer ? `${file2} ${pointer}` : file2, schema: o, examples: examples2 });
    for (const [k, v] of Object.entries(o)) if (!holdsData(k) && v && typeof v === "object") stack.push([v, pointerJoin(pointer, k)]);
  }
  return out;
}
function valuesOf(docs, at4, holder, schema2, label, direction) {
  const examples2 = [];
  if ("example" in holder) examples2.push({ loc: pointerAt2(at4, "example"), value: holder.example });
  for (const [name, e] of Object.entries(isObj(holder.examples) ? holder.examples : {})) {
    const example = isRefObject(e) ? unlessUnreadable(() => docs.deref(pointerAt2(at4, "examples", name), e)) : { loc: pointerAt2(at4, "examples", name), node: e };
    if (example && isObj(example.node) && "value" in example.node)
      examples2.push({ loc: pointerAt2(example.loc, "value"), value: example.node.value });
  }
  return examples2.length ? [{ label, schema: schema2, direction, examples: examples2 }] : [];
}

// src/core/policy/checks/context.ts
function ratchet(context, run) {
  return markOld(run(context.base), run(context.head), context.movedFrom);
}
function markOld(before, after, movedFrom = () => void 0) {
  const keys = new Set(before.map((f) => f.key));
  const was = (key3) => key3?.split("|").map((s) => movedFrom(s) ?? s).join("|");
  return after.map((f) => keys.has(f.key) || keys.has(was(f.key)) ? { ...f, params: { ...f.params, old: true } } : f);
}
function text2(tree, path) {
  const bytes = tree.read(path);
  return bytes ? Buffer.from(bytes).toString("utf8") : void 0;
}

// src/core/policy/checks/examples.ts
var examples = (context) => {
  const changed = (file2) => {
    const [a, b] = [context.base.tree.read(file2), context.head.tree.read(file2)];
    return !a || !b || Buffer.compare(a, b) !== 0;
  };
  const touched = (files) => context.wholeTree || files.some(changed);
  const inline = (side) => checkInlineExamples(side.docs, side.paths, touched);
  const [base, head] = [inline(context.base), inline(context.head)];
  const unknownAtBase = (key3 = "") => base.unchecked.has(placeOfFinding(key3) ?? "");
  const inlineFindings = markOld(base.findings, head.findings, context.movedFrom).map(
    (f) => !f.params.old && f.ruleId === "example-invalid" && unknownAtBase(f.key) ? { ...f, params: { ...f.params, old: true } } : f
  );
  return { findings: [...ratchet(context, (side) => checkExamples(side.docs, side.paths)), ...inlineFindings] };
};

// src/core/freeze/audit.ts
import semver4 from "semver";
var text3 = (tree, path) => Buffer.from(tree.read(path)).toString("utf8");
var nameOf = (path) => path.slice(path.lastIndexOf("/") + 1);
var key2 = (f) => f.version + (f.label ? `-${f.label}` : "");
function freezesOf(tree, layout, only) {
  const out = [];
  for (const path of tree.paths()) {
    if (!layout.isFreezePath(path) || only && !only(path)) continue;
    try {
      out.push({ path, freeze: readFreeze(path, text3(tree, path)) });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
    }
  }
  return out.sort((a, b) => compareVersions(b.freeze, a.freeze));
}
function auditFrozen(layout, frozenBase, frozenHead, headFiles) {
  const problems = [];
  const differs = (p) => {
    const a = frozenBase.read(p);
    const b = frozenHead.read(p);
    return !a || !b || Buffer.compare(a, b) !== 0;
  };
  for (const file2 of frozenBase.paths()) {
    if (!isHistoryFile(file2)) continue;
    if (!frozenHead.read(file2)) problems.push({ file: file2, action: "deleted" });
    else if (differs(file2)) problems.push({ file: file2, action: "edited" });
  }
  const added = frozenHead.paths().filter((p) => !frozenBase.read(p));
  const touched = frozenHead.paths().filter((p) => frozenBase.read(p) && differs(p) && !isHistoryFile(p));
  if (!added.length && !touched.length) return problems;
  const newestOnBase = freezesOf(frozenBase, layout)[0]?.freeze;
  const addedFreezes = freezesOf(frozenHead, layout, (p) => added.includes(p));
  for (const p of added.filter((f) => layout.isFreezePath(f) && !addedFreezes.some((a) => a.path === f)))
    problems.push({ file: p, action: "added, but it cannot be read as a freeze" });
  for (const { path, freeze } of addedFreezes) {
    const why = dishonesty(freeze, newestOnBase, layout, headFiles);
    if (why) problems.push({ file: path, action: `added, but ${why}` });
  }
  const byKey = new Map(addedFreezes.map((a) => [key2(a.freeze), a.freeze]));
  const newestAtHead = freezesOf(frozenHead, layout)[0];
  for (const file2 of [...added, ...touched]) {
    if (layout.isFreezePath(file2)) continue;
    const name = nameOf(file2);
    const how = added.includes(file2) ? "added" : "edited";
    if (!layout.isFrozen(file2) || file2.slice(layout.frozenDir.length + 1).includes("/")) {
      problems.push({ file: file2, action: `${how}: only freezes and their SHA-256 indexes belong in ${layout.frozenDir}/` });
    } else if (/^sha-index-v.+\.json$/.test(name)) {
      const freeze = byKey.get(name.replace(/^sha-index-v|\.json$/g, ""));
      if (!freeze) problems.push({ file: file2, action: `${how} without the freeze it indexes` });
      else if (!indexMatches(file2, frozenHead, freeze))
        problems.push({ file: file2, action: `${how}, but it does not index freeze v${key2(freeze)}` });
    } else if (name === "freeze-latest.json") {
      const newest = newestAtHead?.path;
      if (!newest || !sameContent(frozenHead.read(file2), frozenHead.read(newest)))
        problems.push({ file: file2, action: `${how}, but it is not a copy of the newest freeze${newest ? ` (${nameOf(newest)})` : ""}` });
    } else if (name === "sha-index-latest.json") {
      const newest = newestAtHead && layout.frozenPath(nameOf(newestAtHead.path).replace(/^freeze-/, "sha-index-"));
      const want = newest ? frozenHead.read(newest) : void 0;
      if (!want || !sameContent(frozenHead.read(file2), want))
        problems.push({ file: file2, action: `${how}, but it is not a copy of the newest SHA-256 index${newest ? ` (${nameOf(newest)})` : ""}` });
    } else if (!isFreezeFile(file2)) {
      problems.push({ file: file2, action: `${how}: only freezes and their SHA-256 indexes belong in ${layout.frozenDir}/` });
    }
  }
  return problems;
}
function dishonesty(freeze, newestOnBase, layout, headFiles) {
  if (newestOnBase && !semver4.gt(freeze.version, newestOnBase.version))
    return `v${freeze.version} is not newer than v${newestOnBase.version}, the newest freeze on the base branch`;
  const broken = verifyFreeze("", freeze).findings[0];
  if (broken) return `its artifact ${broken.path} ${broken.message}`;
  const held = /* @__PURE__ */ new Set();
  for (const a of freeze.artifacts) {
    const path = layout.prefix + a.path;
    held.add(path);
    const bytes = headFiles.read(path);
    if (!bytes) return `it holds ${a.path}, which the pull request's tree does not have`;
    if (!sameContent(bytes, artifactBytes(a))) return `its ${a.path} differs from the pull request's file`;
  }
  const missing = headFiles.paths().find((p) => !held.has(p));
  if (missing) return `it leaves out ${layout.rel(missing)}, which the pull request's tree has`;
  return void 0;
}
function indexMatches(file2, tree, freeze) {
  try {
    const index = readShaIndex(file2, text3(tree, file2));
    return index.version === freeze.version && verifyIndex(file2, index, freeze).length === 0;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return false;
  }
}

// src/core/policy/checks/frozen-history.ts
var frozenHistory = ({ layout, frozenBase, frozenHead, headFiles }) => ({
  findings: auditFrozen(layout, frozenBase, frozenHead, headFiles).map((p) => finding("frozen-history-edited", p.file, { ...p }))
});

// src/core/policy/spectral-ruleset.ts
var isObj8 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var BUILT_IN_RULESETS = ["spectral:oas", "spectral:asyncapi", "spectral:arazzo"];
var TOP_KEYS = /* @__PURE__ */ new Set(["extends", "rules", "formats", "aliases", "documentationUrl", "description", "parserOptions"]);
var EXTEND_MODES = /* @__PURE__ */ new Set(["all", "recommended", "off"]);
var DEFAULT_RULESETS = [".spectral.yaml", ".spectral.yml", ".spectral.json"];
function extendedRulesets(file2, text5) {
  let data2;
  try {
    data2 = parseText(file2, text5, formatOf(file2) ?? "yaml").data;
  } catch {
    return [];
  }
  const extended = isObj8(data2) ? data2.extends : void 0;
  const names = [extended, ...Array.isArray(extended) ? extended : []].flatMap((e) => Array.isArray(e) ? [e[0]] : [e]);
  return BUILT_IN_RULESETS.filter((name) => names.includes(name));
}
function loadRuleset(file2, text5, parts) {
  const { rulesets: LOADED, functions: FUNCTIONS, formats: FORMATS } = parts;
  const doc = parseText(file2, text5, formatOf(file2) ?? "yaml");
  const refuse = (pointer, why) => {
    throw new InputError(`Spectral ruleset refused: ${why}`, file2, doc.positions.locate(pointer)?.line);
  };
  const data2 = doc.data;
  if (!isObj8(data2)) return refuse("", "it is not a mapping of extends and rules");
  for (const key3 of Object.keys(data2)) {
    if (key3 === "functions" || key3 === "functionsDir")
      refuse(
        `/${key3}`,
        `\`${key3}\` loads JavaScript, and contract-guard never runs code from a repository; use Spectral's built-in functions`
      );
    if (key3 === "overrides")
      refuse("/overrides", "`overrides` are not supported; write the rules for every file, or ignore findings in the policy");
    if (!TOP_KEYS.has(key3)) refuse(`/${key3}`, `unknown key \`${key3}\``);
  }
  const definition = {};
  if (data2.extends !== void 0) {
    const list = typeof data2.extends === "string" || Array.isArray(data2.extends) && typeof data2.extends[1] === "string" && EXTEND_MODES.has(data2.extends[1]) ? [data2.extends] : Array.isArray(data2.extends) ? data2.extends : refuse("/extends", "`extends` is not a ruleset name or a list of them");
    definition.extends = list.map((entry, i) => {
      const [name, mode] = Array.isArray(entry) ? entry : [entry, void 0];
      const ruleset = typeof name === "string" ? LOADED[name] : void 0;
      if (!ruleset)
        refuse(
          pointerJoin("/extends", ...list.length > 1 || Array.isArray(data2.extends) ? [i] : []),
          `extends ${JSON.stringify(name)}: only ${BUILT_IN_RULESETS.join(", ")} can be extended (a file, package or URL is never loaded)`
        );
      if (mode !== void 0 && (typeof mode !== "string" || !EXTEND_MODES.has(mode)))
        refuse("/extends", `extends mode ${JSON.stringify(mode)}: use all, recommended or off`);
      return mode ? [ruleset, mode] : ruleset;
    });
  }
  if (data2.formats !== void 0) definition.formats = formatList(data2.formats, "/formats", FORMATS, refuse);
  for (const key3 of ["aliases", "documentationUrl", "description", "parserOptions"])
    if (data2[key3] !== void 0) definition[key3] = data2[key3];
  const rules = {};
  for (const [id, rule2] of Object.entries(isObj8(data2.rules) ? data2.rules : {})) {
    const at4 = pointerJoin("/rules", id);
    if (!isObj8(rule2)) {
      rules[id] = rule2;
      continue;
    }
    const out = { ...rule2 };
    if (rule2.formats !== void 0) out.formats = formatList(rule2.formats, pointerJoin(at4, "formats"), FORMATS, refuse);
    if (rule2.then !== void 0) {
      const thens = Array.isArray(rule2.then) ? rule2.then : [rule2.then];
      const built = thens.map((then, i) => {
        const where = Array.isArray(rule2.then) ? pointerJoin(at4, "then", i, "function") : pointerJoin(at4, "then", "function");
        if (!isObj8(then)) return refuse(where, `rule ${id}: \`then\` is not a mapping`);
        const fn = typeof then.function === "string" ? FUNCTIONS[then.function] : void 0;
        if (!fn)
          refuse(
            where,
            `rule ${id} calls ${JSON.stringify(then.function)}, which is not one of Spectral's built-in functions (${Object.keys(FUNCTIONS).join(", ")}); custom functions are JavaScript and are never run`
          );
        return { ...then, function: fn };
      });
      out.then = Array.isArray(rule2.then) ? built : built[0];
    }
    rules[id] = out;
  }
  if (data2.rules !== void 0) definition.rules = rules;
  return { file: file2, definition };
}
function formatList(value, at4, FORMATS, refuse) {
  if (!Array.isArray(value)) return refuse(at4, "`formats` is not a list");
  return value.map(
    (name, i) => typeof name === "string" && FORMATS[name] || refuse(pointerJoin(at4, i), `unknown format ${JSON.stringify(name)}`)
  );
}

// src/core/policy/checks/guard-policy.ts
function guardFiles(config) {
  const ruleset = config.spectral.ruleset ? [config.spectral.ruleset] : DEFAULT_RULESETS;
  return [config.source?.file ?? CONFIG_PATH, ...ruleset];
}
var MAX_WHAT = 170;
var MORE_ROOM = "; and 99 more".length;
var MAX_DEPTH3 = 12;
var guardPolicy = ({ config, guard }) => {
  if (!guard || !config.council.teams.length && !config.council.users.length) return { findings: [] };
  const findings = [];
  for (const file2 of guardFiles(config)) {
    const [before, after] = [guard.base.read(file2), guard.head.read(file2)];
    if (before === after || before && after && sameBytes(before, after)) continue;
    const told = whatChanged(file2, before, after);
    if (!told) continue;
    findings.push(
      finding(
        "policy-changed",
        file2,
        { file: file2, what: told.what, council: "the Contract Council" },
        // the message abridges (long values, "and 2 more"): an approval is of this content, not of what it shows
        { line: told.line, key: `policy|${file2}`, identity: told.identity ?? (after ? contentId(after) : "deleted") }
      )
    );
  }
  return {
    findings,
    checklist: findings.map((f) => ({ text: `The Contract Council approves the change to ${f.file}`, done: false }))
  };
};
var text4 = (bytes) => Buffer.from(bytes).toString("utf8");
var contentId = (bytes) => bytes instanceof Oversized ? bytes.id : sha256(bytes);
function sameBytes(a, b) {
  if (a instanceof Oversized || b instanceof Oversized) return a instanceof Oversized && b instanceof Oversized && a.id === b.id;
  return Buffer.from(a).equals(Buffer.from(b));
}
function whatChanged(file2, before, after) {
  if (!before) return { what: "added" };
  if (!after) return { what: "deleted" };
  if (after instanceof Oversized) return { what: `not read: ${overSizeLimit(file2, after.size).message}` };
  let why = "";
  let at4;
  const parsed2 = (bytes) => {
    try {
      return parseText(file2, text4(bytes), file2.endsWith(".json") ? "json" : "yaml");
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      [why, at4] = [show(err.message, 80), err.line];
      return void 0;
    }
  };
  const [a, b] = [parsed2(before), parsed2(after)];
  if (!b) return { what: `it no longer parses (${why})`, line: at4 };
  if (!a) return { what: "rewritten (it did not parse before)" };
  const found2 = [];
  differences(a.data, b.data, [], found2);
  if (!found2.length) return void 0;
  const items = found2.map((d) => `${d.key ? codeSpan(short2(d.key)) : "the whole file"}: ${shown(d.from)} \u2192 ${shown(d.to)}`);
  let listed2 = items[0];
  let n = 1;
  while (n < items.length && listed2.length + items[n].length + 2 + MORE_ROOM <= MAX_WHAT) listed2 += "; " + items[n++];
  const more = n < items.length ? `; and ${items.length - n} more` : "";
  const first = found2.find((d) => d.to !== void 0) ?? found2[0];
  return { what: listed2 + more, line: b.positions.locate(first.pointer)?.line, identity: sha256(Buffer.from(JSON.stringify(b.data))) };
}
function differences(a, b, path, out) {
  if (same(a, b)) return;
  const key3 = path.join(".");
  const pointer = path.map((t) => "/" + t.replace(/~/g, "~0").replace(/\//g, "~1")).join("");
  if (!isObj(a) || !isObj(b) || path.length >= MAX_DEPTH3) {
    out.push({ key: key3, from: a, to: b, pointer });
    return;
  }
  for (const k of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) differences(own(a, k), own(b, k), [...path, k], out);
}
var own = (o, k) => Object.hasOwn(o, k) ? o[k] : void 0;
var same = (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b);
function shown(value) {
  return value === void 0 ? "absent" : codeSpan(short2(JSON.stringify(value)));
}
var short2 = (text5) => show(text5, 40);

// src/core/policy/invariants.ts
function viewOf(docs, file2, pointer, errors) {
  if (!docs.has(file2)) return void 0;
  const resolved = unlessUnreadable(() => docs.resolveRef({ file: file2, pointer: "" }, `#${pointer}`));
  if (!resolved) return void 0;
  const node = resolved.node;
  return new ViewBuilder(docs, errors).view([{ loc: { file: file2, pointer }, node }]);
}
function checkSchemaInvariant(inv, file2, base, head) {
  const errors = [];
  const pointer = inv.pointer ?? "";
  const before = viewOf(base, file2, pointer, errors);
  const after = viewOf(head, file2, pointer, errors);
  const builder = new ViewBuilder(head, errors);
  const baseBuilder = new ViewBuilder(base, errors);
  const out = [];
  const add = (name, problem, at4 = pointer) => out.push(
    finding(
      "invariant-removed",
      file2,
      { invariant: inv.id, name, file: file2, problem },
      { line: head.has(file2) ? head.lineOf({ file: file2, pointer: at4 }) : void 0, key: `${inv.id}|${name}|${problem}` }
    )
  );
  for (const name of inv.keep) {
    if (!after) {
      add(name, "is gone: the file or schema no longer exists");
      continue;
    }
    const prop = after.properties.get(name);
    if (!prop) {
      add(name, "was removed", pointerJoin(pointer, "properties"));
      continue;
    }
    if (!after.required.has(name)) add(name, "is no longer required", pointerJoin(pointer, "required"));
    const old = before?.properties.get(name);
    if (old) {
      const typeOf = (v) => [...v.types ?? ["any"]].sort().join("|");
      const was = typeOf(baseBuilder.view(old));
      const now = typeOf(builder.view(prop));
      if (was !== now) add(name, `changed type from ${was} to ${now}`, prop[0].loc.pointer);
    }
  }
  return out;
}
function checkCodeInvariant(inv, code) {
  const files = code.paths().filter((p) => matchesAny(p, inv.paths));
  const out = [];
  if (inv.forbid !== void 0) {
    const re = safeLinePattern(inv.forbid);
    for (const file2 of files) {
      const text5 = Buffer.from(code.read(file2) ?? []).toString("utf8");
      let [line, from] = [1, 0];
      for (const m of re.matches(text5, MAX_FORBIDDEN - out.length)) {
        line += newlines(text5, from, m.index);
        from = m.index;
        out.push(
          finding(
            "code-invariant-forbidden",
            file2,
            { invariant: inv.id, pattern: inv.forbid, file: `${file2}:${line}` },
            { line, key: `${inv.id}|${file2}|${m.text}` }
          )
        );
      }
      if (out.length >= MAX_FORBIDDEN) return out;
    }
  }
  if (inv.require !== void 0) {
    const re = safeLinePattern(inv.require);
    if (!files.length)
      out.push(
        finding(
          "code-invariant-missing",
          inv.paths.join(", "),
          { invariant: inv.id, pattern: inv.require, file: `no file matching ${inv.paths.join(", ")}` },
          { key: `${inv.id}|none` }
        )
      );
    for (const file2 of files) {
      if (!re.test(Buffer.from(code.read(file2) ?? []).toString("utf8"))) {
        out.push(finding("code-invariant-missing", file2, { invariant: inv.id, pattern: inv.require, file: file2 }, { key: `${inv.id}|${file2}` }));
      }
    }
  }
  return out;
}
var MAX_FORBIDDEN = 50;
function newlines(text5, from, to) {
  let n = 0;
  for (let i = text5.indexOf("\n", from); i !== -1 && i < to; i = text5.indexOf("\n", i + 1)) n++;
  return n;
}
function touchedFiles(inv, base, head) {
  const paths = new Set([...base.paths(), ...head.paths()].filter((p) => matchesAny(p, inv.paths)));
  return [...paths].filter((p) => {
    const a = base.read(p);
    const b = head.read(p);
    return !a || !b || Buffer.compare(a, b) !== 0;
  }).sort();
}
function codeGlobs(invariants2) {
  return invariants2.filter((i) => !isSchemaInvariant(i)).flatMap((i) => i.paths);
}

// src/core/policy/checks/invariants.ts
var invariants = ({ config, base, head, code }) => {
  const findings = [];
  const checklist = [];
  for (const inv of config.invariants) {
    if (isSchemaInvariant(inv)) findings.push(...checkSchemaInvariant(inv, inv.file, base.docs, head.docs));
    else if (code && inv.on_change !== void 0) {
      for (const file2 of touchedFiles(inv, code.base, code.head)) {
        findings.push(finding("code-invariant-touched", file2, { invariant: inv.id, file: file2, text: inv.on_change }));
        checklist.push({ text: `${inv.id}: ${inv.on_change} (${file2} changed)`, done: false });
      }
    } else if (code) {
      findings.push(...markOld(checkCodeInvariant(inv, code.base), checkCodeInvariant(inv, code.head)));
    }
  }
  return { findings, checklist };
};

// src/core/policy/lint.ts
var DIALECT_2020 = /json-schema\.org\/draft\/2020-12\/schema/;
var isObj9 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function lintOpenApi(docs, paths) {
  const out = [];
  for (const file2 of paths) {
    if (!/\.(json|ya?ml)$/i.test(file2)) continue;
    const parsed2 = unlessUnreadable(() => docs.get(file2));
    if (!parsed2 || detectKind(file2, void 0, parsed2.data) !== "openapi") continue;
    const doc = parsed2.data;
    const line = (pointer) => docs.lineOf({ file: file2, pointer });
    if (!/^3\.1\./.test(String(doc.openapi))) {
      out.push(
        finding(
          "openapi-not-3-1",
          file2,
          { file: file2, problem: `declares openapi ${String(doc.openapi)}, not 3.1` },
          { line: line("/openapi"), key: `${file2}|version` }
        )
      );
    } else if (typeof doc.jsonSchemaDialect !== "string" || !DIALECT_2020.test(doc.jsonSchemaDialect)) {
      out.push(
        finding(
          "openapi-not-3-1",
          file2,
          { file: file2, problem: "does not declare jsonSchemaDialect https://json-schema.org/draft/2020-12/schema" },
          { line: line("/jsonSchemaDialect"), key: `${file2}|dialect` }
        )
      );
    }
    const schemeType = (name) => {
      const raw = isObj9(doc.components) && isObj9(doc.components.securitySchemes) ? doc.components.securitySchemes[name] : void 0;
      try {
        const s = docs.deref({ file: file2, pointer: pointerJoin("/components/securitySchemes", name) }, raw).node;
        if (!isObj9(s)) return "";
        return s.type === "http" ? `http:${String(s.scheme).toLowerCase()}` : String(s.type);
      } catch (err) {
        if (err instanceof InputError) return "";
        throw err;
      }
    };
    const requirements = Array.isArray(doc.security) ? doc.security.filter(isObj9) : [];
    const complete = requirements.some((r) => {
      const types = Object.keys(r).map(schemeType);
      return types.includes("mutualTLS") && types.includes("http:bearer");
    });
    if (!complete) {
      const types = requirements.flatMap((r) => Object.keys(r).map(schemeType));
      const missing = [!types.includes("mutualTLS") && "an mTLS (mutualTLS) scheme", !types.includes("http:bearer") && "a Bearer (http bearer) scheme"].filter(Boolean).join(" and ") || "mTLS and Bearer in the same requirement";
      out.push(finding("security-not-global", file2, { file: file2, missing }, { line: line("/security"), key: `${file2}|security` }));
    }
    for (const { path, method, node: op } of operations(doc, file2)) {
      const label = `${method.toUpperCase()} ${path}`;
      const at4 = pointerJoin("/paths", path, method);
      const responses = isObj9(op.responses) ? Object.keys(op.responses) : [];
      if (!responses.some((s) => /^4(\d\d|xx)$/i.test(s)))
        out.push(finding("operation-missing-4xx", file2, { file: file2, op: label }, { line: line(at4), key: `${file2}|${label}|4xx` }));
      if (/(^|\/)health$/.test(path)) {
        const exempt = Array.isArray(op.security) && (op.security.length === 0 || op.security.some((r) => isObj9(r) && Object.keys(r).length === 0));
        if (!exempt) out.push(finding("health-not-exempt", file2, { file: file2, op: label }, { line: line(at4), key: `${file2}|${label}|health` }));
      }
    }
  }
  return out;
}

// src/core/policy/checks/openapi-lint.ts
var openapiLint = (context) => ({
  findings: context.config.preset === "memoryos" ? ratchet(context, (side) => lintOpenApi(side.docs, side.paths)) : []
});

// src/core/policy/checks/published-versions.ts
import semver5 from "semver";
var publishedVersions = (context) => {
  const [before, after] = [new Set(context.base.paths), new Set(context.head.paths)];
  const edited = /* @__PURE__ */ new Map();
  for (const c of context.changes) {
    if (!after.has(c.file) || !before.has(context.movedFrom(c.file) ?? c.file) || !pathVersion(c.file)) continue;
    const known = edited.get(c.file);
    if (!known || levelRank(c.level) > levelRank(known.level)) edited.set(c.file, { level: c.level, module: c.module, line: c.line });
  }
  const findings = [];
  for (const [file2, { level, module, line }] of edited) {
    const pv = pathVersion(file2);
    if (levelRank(level) < levelRank(pv.kind === "release" ? "minor" : "major")) continue;
    const from = maxVersion(pv.version, newestIn(after, pv.unit));
    const next = semver5.inc(from, level === "major" ? "major" : "minor");
    const params = { file: file2, level, version: pv.written, path: generatedFrom(context.head.docs, file2, next) ?? publishedAs(pv, next) };
    findings.push(finding("published-version-changed", file2, params, { module, file: file2, ...line ? { line } : {} }));
  }
  const touched = [.../* @__PURE__ */ new Set([...context.changes.map((c) => c.file), ...[...after].filter((p) => !before.has(p))])].sort();
  const mismatches = (side) => touched.flatMap((file2) => {
    const at4 = side === context.base ? context.movedFrom(file2) ?? file2 : file2;
    const pv = (side === context.base ? before : after).has(at4) ? pathVersion(at4) : void 0;
    const said = pv && saidVersion(side.docs, at4);
    if (!pv || pv.kind !== "release" || !said || said.version === pv.version) return [];
    const params = { file: at4, path: pv.written, where: said.where, said: said.written, expected: said.expected(pv) };
    const line = side.docs.lineOf({ file: at4, pointer: said.pointer });
    return [
      finding("version-path-mismatch", at4, params, { module: context.units.unitOf(at4), file: at4, line, key: `${at4}|${said.written}` })
    ];
  });
  findings.push(...ratchet(context, mismatches));
  return { findings };
};
function saidVersion(docs, file2) {
  const data2 = unlessUnreadable(() => docs.has(file2) ? docs.get(file2).data : void 0);
  if (!isObj(data2)) return void 0;
  const self = isObj(data2.self) ? data2.self.version : void 0;
  if (typeof self === "string" && /^\d+-\d+-\d+$/.test(self))
    return {
      version: self.split("-").map(Number).join("."),
      written: self,
      where: "`self.version`",
      pointer: "/self/version",
      expected: (pv) => `\`${pv.written}\``
    };
  const id = idVersion(data2);
  if (id && typeof data2.$id === "string")
    return {
      version: id.version,
      written: `\`${data2.$id}\``,
      where: "its `$id`",
      pointer: "/$id",
      expected: (pv) => `\`${idWithVersion(data2.$id, id.written, pv.written)}\``
    };
  return void 0;
}
function generatedFrom(docs, file2, next) {
  const data2 = unlessUnreadable(() => docs.get(file2))?.data;
  const title = data2?.info?.title;
  const pv = typeof title === "string" && /\.proto$/.test(title) ? pathVersion(title) : void 0;
  if (!pv || pv.kind !== "line") return void 0;
  return `${publishedAs(pv, next)} in the .proto sources (this file is generated from ${title}), and generate it from there`;
}
var maxVersion = (a, b) => b && semver5.gt(b, a) ? b : a;

// src/core/policy/checks/readability.ts
var readability = (context) => {
  const base = context.base.docs;
  const wasContract = (file2) => {
    const at4 = context.movedFrom(file2) ?? file2;
    const data2 = base.has(at4) ? unlessUnreadable(() => base.get(at4).data) : void 0;
    return data2 !== void 0 && isContractKind(detectKind(at4, void 0, data2));
  };
  const isContract = (file2) => context.isContract(file2) || wasContract(file2);
  const problems = /* @__PURE__ */ new Map();
  const problemsOf = (side) => problems.get(side) ?? problems.set(side, checkReadable(side.docs, side.paths, isContract).problems).get(side);
  const findings = ratchet(context, (side) => unreadableFindings(problemsOf(side)));
  return { findings, errors: sided(problemsOf(context.base), problemsOf(context.head)) };
};
function sided(base, head) {
  const key3 = (d) => `${d.file}|${d.message}`;
  const inBase = new Set(base.map(key3));
  const inHead = new Set(head.map(key3));
  return [
    ...head.map((d) => ({ ...d, side: inBase.has(key3(d)) ? "both" : "head" })),
    ...base.filter((d) => !inHead.has(key3(d))).map((d) => ({ ...d, side: "baseline" }))
  ];
}
function unreadableFindings(problems) {
  const byFile = /* @__PURE__ */ new Map();
  for (const p of problems) pushTo(byFile, p.file, p);
  return [...byFile].map(([file2, list]) => {
    const more = list.length > 1 ? ` (and ${list.length - 1} more)` : "";
    const rule2 = list[0].tooLarge ? "contract-too-large" : "contract-unreadable";
    return finding(rule2, file2, { file: file2, problem: list[0].message + more }, { line: list[0].line, key: file2 });
  });
}

// src/core/policy/checks/spectral.ts
var spectral = (context) => ({
  findings: context.linted ? markOld(context.linted.base, context.linted.head, context.movedFrom) : []
});

// src/core/policy/checks/versioning.ts
import semver6 from "semver";

// src/core/report/change-text.ts
function changeText(change) {
  return change.message + routes(change) + semanticNote(change);
}
function routes(change) {
  const via = change.via;
  if (!via) return "";
  const first = via.first && !via.named ? ` (via ${via.first})` : "";
  const { others } = via;
  const list = others.length > 2 ? `${others.slice(0, 2).join(", ")} and ${others.length - 2} more` : others.join(" and ");
  return first + (others.length ? ` (also via ${list})` : "");
}
function semanticNote(change) {
  const s = change.semantic;
  if (!s) return "";
  if (s.verdict === "compatible") return " \u2014 proven compatible (no valid value breaks)";
  const example = s.witness === void 0 ? "" : showValue(s.witness);
  const broke = s.side === "writer" ? `${example} may now be sent and old readers reject it` : `${example} was accepted and is now rejected`;
  if (s.verdict === "policy") return example ? ` \u2014 level from policy (set inclusion: ${broke})` : " \u2014 level from policy";
  return example ? ` \u2014 e.g. ${broke}` : "";
}
function showValue(value, { spaced = false } = {}) {
  const v = shortenStrings(value);
  const text5 = (spaced ? spacedJson(v) : JSON.stringify(v)) ?? String(value);
  if (text5.length <= MAX_SHOWN) return codeSpan(oneLine(text5));
  return codeSpan(oneLine(abridged(v, spaced, MAX_SHOWN))) + " (abridged; the JSON report has it whole)";
}
var MAX_SHOWN = 300;
function abridged(value, spaced, room) {
  if (!value || typeof value !== "object") {
    const text5 = JSON.stringify(value) ?? "null";
    return text5.length <= room ? text5 : `${text5.slice(0, Math.max(1, room - 1))}\u2026`;
  }
  const list = Array.isArray(value);
  const entries = list ? value.map((v) => [void 0, v]) : Object.entries(value).filter(([, v]) => v !== void 0);
  const parts = [];
  let used = 2;
  for (const [k, v] of entries) {
    const head = k === void 0 ? "" : JSON.stringify(k) + (spaced ? ": " : ":");
    const left = room - used - head.length - 16;
    if (left < 4) break;
    const part = head + abridged(v, spaced, left);
    parts.push(part);
    used += part.length + 2;
  }
  if (parts.length < entries.length) parts.push(`\u2026 ${(entries.length - parts.length).toLocaleString("en-US")} more`);
  const inside = parts.join(spaced ? ", " : ",");
  return list ? `[${inside}]` : `{${inside}}`;
}
function spacedJson(value) {
  if (Array.isArray(value)) return `[${value.map((v) => spacedJson(v) ?? "null").join(", ")}]`;
  if (value && typeof value === "object")
    return `{${Object.entries(value).filter(([, v]) => v !== void 0).map(([k, v]) => `${JSON.stringify(k)}: ${spacedJson(v)}`).join(", ")}}`;
  return JSON.stringify(value);
}
var LONG = 40;
function shortenStrings(value) {
  if (typeof value === "string") return value.length > LONG ? `${value.slice(0, 24)}\u2026${value.slice(-12)}` : value;
  if (Array.isArray(value)) return value.map(shortenStrings);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortenStrings(v)]));
  return value;
}

// src/core/policy/proposals.ts
var MAX_LISTED = 10;
function listed(changes, line) {
  const out = changes.slice(0, MAX_LISTED).map(line);
  if (changes.length > MAX_LISTED) out.push(`- \u2026 and ${changes.length - MAX_LISTED} more changes`);
  return out;
}
var ordered = (changes) => {
  const rank = { major: 0, minor: 1, patch: 2, none: 3 };
  return [...changes].sort((a, b) => rank[a.level] - rank[b.level]);
};
var UNRELEASED = /^##\s+\[?unreleased\]?\s*$/i;
var KEEP_A_CHANGELOG = /^##\s+\[v?\d+(\.\d+)*[^\]]*\]\s+-\s+\d{4}-\d{2}-\d{2}/;
function changelogHeading(existing, module, version2, today) {
  const headings = (existing ?? "").split(/\r?\n/).filter((l) => /^##\s/.test(l));
  const newest = headings.find((l) => !UNRELEASED.test(l));
  const kept = newest !== void 0 ? KEEP_A_CHANGELOG.test(newest) : headings.some((l) => UNRELEASED.test(l) && l.includes("["));
  if (!module && kept) return `[${version2}] - ${today}`;
  return [module, version2].filter(Boolean).join(" ");
}
function changelogProposal(path, existing, module, version2, changes, today) {
  const lines = [
    `## ${changelogHeading(existing, module, version2, today)}`,
    ...listed(ordered(changes), (c) => `- ${c.level === "major" ? "**Breaking:** " : ""}${changeText(c)}`)
  ];
  if (!changes.length) lines.push("- (describe the change)");
  const entry = lines.join("\n") + "\n";
  if (existing === void 0) return { path, text: `# Changelog

${entry}` };
  const rows = existing.split(/\r?\n/);
  const newest = rows.findIndex((l) => /^##\s/.test(l) && !UNRELEASED.test(l));
  if (newest >= 0) return { path, text: entry + "\n", after: newest };
  if (rows.some((l) => UNRELEASED.test(l))) return { path, text: "\n" + entry, after: rows.at(-1) === "" ? rows.length - 1 : rows.length };
  const title = rows.findIndex((l) => /^#\s/.test(l));
  return title >= 0 ? { path, text: "\n" + entry, after: title + 1 } : { path, text: entry + "\n", after: 0 };
}
function changesetProposal(name, level, changes) {
  const lines = listed(ordered(changes), (c) => `- ${c.level === "major" ? "**Breaking:** " : ""}${changeText(c)}`);
  return changesetDraft(name, level, lines.length ? lines : ["- (describe the change)"]);
}
var migrationNotePath = (folder, module, version2) => `${folder}/${unitSlug(module)}-${version2}.md`;
function migrationProposal(folder, module, from, version2, majors) {
  const text5 = [
    `# Migrating to ${module} ${version2}`,
    "",
    `${from ? `From ${module} ${from} to ${version2}` : `${module} ${version2}`}: ${majors.length} breaking change${majors.length === 1 ? "" : "s"}.`,
    "",
    "## Breaking changes",
    "",
    ...listed(
      majors,
      (c) => `- \`${c.ruleId}\` ${changeText(c)} (${codeSpan(oneLine(`${c.file}${c.line ? `:${c.line}` : ""}`))})
  - What to do: ${c.migrate ?? c.hint}`
    ),
    "",
    "## Timeline",
    "",
    `- Both versions served (or dual-published) until: <date>`,
    `- ${module} ${from ?? "the previous version"} removed on: <date>`,
    "",
    "## Rollback",
    "",
    `Restore the last freeze of ${module} and re-release; consumers that already migrated keep working if the old fields are still accepted.`,
    ""
  ].join("\n");
  return { path: migrationNotePath(folder, module, version2), text: text5 };
}

// src/core/policy/checks/impact.ts
function bookkeeping(context) {
  const { changelog, migrations } = context.config.versioning;
  const homes = new Set(
    context.units.list.flatMap(
      (u) => u.home && u.home.kind !== "info" && u.home.kind !== "path" && u.home.kind !== "id" ? [u.home.file] : []
    )
  );
  return (file2) => /(^|\/)versions\.ya?ml$/.test(file2) || file2 === changelog || file2.startsWith(migrations + "/") || homes.has(file2);
}
function moduleImpact(context) {
  const { units, head } = context;
  const homes = new Set(units.list.map((u) => u.home && u.home.kind !== "path" && `${u.home.file}#${u.home.pointer}`));
  const isBookkeeping = bookkeeping(context);
  const counted2 = context.changes.filter((c) => !isBookkeeping(c.file) && !homes.has(`${c.file}#${c.pointer}`));
  const names = new Set(counted2.map((c) => c.module));
  for (const unit of units.list) if (unit.home) names.add(unit.name);
  const order = new Map(counted2.map((c, i) => [c, i]));
  const byModule = /* @__PURE__ */ new Map();
  const byFile = /* @__PURE__ */ new Map();
  for (const c of counted2) {
    pushTo(byModule, c.module, c);
    pushTo(byFile, c.file, c);
  }
  const ownerOf = /* @__PURE__ */ new Map();
  const unitOf = (file2) => ownerOf.get(file2) ?? ownerOf.set(file2, units.unitOf(file2)).get(file2);
  const filesOf = /* @__PURE__ */ new Map();
  for (const file2 of head.paths) pushTo(filesOf, unitOf(file2), file2);
  const inheritedBy = /* @__PURE__ */ new Map();
  for (const [owner, files] of filesOf) {
    for (const target of reachedFrom(head.docs, files)) {
      if (byFile.has(target) && unitOf(target) !== owner) {
        const set = inheritedBy.get(owner) ?? /* @__PURE__ */ new Set();
        inheritedBy.set(owner, set.add(target));
        names.add(owner);
      }
    }
  }
  const modules = [...names].sort().map((name) => {
    const inheritedFiles = [...inheritedBy.get(name) ?? []].sort();
    const inherited = inheritedFiles.flatMap((f) => byFile.get(f) ?? []).sort((a, b) => order.get(a) - order.get(b));
    return { name, own: byModule.get(name) ?? [], inheritedFiles, inherited };
  });
  return { modules, inheritedFiles: new Set([...inheritedBy.values()].flatMap((s) => [...s])) };
}

// src/core/policy/checks/versioning.ts
var versioning = (context) => {
  const { config, head, units } = context;
  const { changelog: configuredChangelog, migrations } = config.versioning;
  const impact = moduleImpact(context);
  const findings = [];
  const checklist = [];
  const modules = [];
  const changelogs = /* @__PURE__ */ new Map();
  const changelogText = (path) => {
    if (!changelogs.has(path)) changelogs.set(path, text2(head.tree, path));
    return changelogs.get(path);
  };
  const headPaths = head.tree.paths();
  const headSet = new Set(headPaths);
  const nearest = unitChangelogs(headPaths, configuredChangelog, config.contracts);
  const declaredBy = context.changesets ? declaredBumps(headPaths.filter(isChangeset).map((path) => ({ path, text: text2(head.tree, path) ?? "" }))) : void 0;
  const migrationTexts = head.paths.filter((p) => p.startsWith(migrations + "/")).map((p) => `${p}
${text2(head.tree, p) ?? ""}`);
  const single = units.single;
  const byFreezes = !context.releaseTag && !units.versioned ? latestRelease2(context.freezes) : void 0;
  let releaseLevel = "none";
  const baseFiles = new Set(context.base.paths);
  for (const { name, own: own2, inherited, inheritedFiles } of impact.modules) {
    const home = units.get(name)?.home;
    const inPaths = home?.kind === "path";
    const published = inPaths ? own2.filter((c) => !baseFiles.has(context.movedFrom(c.file) ?? c.file) && pathVersion(c.file)?.unit === home?.file) : [];
    const inLine = !inPaths && home && pathVersion(home.file)?.kind === "line";
    const counted2 = inPaths ? published : [...own2, ...inherited].filter((c) => !inLine || c.level !== "major");
    const level = maxLevel(counted2.map((c) => c.level));
    const rest = !home && name === units.rest;
    if (rest && own2.every((c) => impact.inheritedFiles.has(c.file))) continue;
    const versionsFile = home?.file ?? (rest ? config.modules.globals_versions : `${config.modules.root}/${name}/versions.yaml`);
    const pointer = home?.pointer ?? "/current";
    const key3 = pointer.slice(1).replace(/\//g, ".");
    const was = home && context.movedFrom(home.file);
    const before = home || !units.has(name) ? void 0 : units.homeBefore(name);
    const frozenVersion = versionAt(context.base.docs, was ? { ...home, file: was } : home ?? before);
    const currentVersion = versionAt(head.docs, home);
    const changes = [...own2, ...inherited];
    const majors = changes.filter((c) => c.level === "major");
    if (level === "none" && frozenVersion === currentVersion) {
      if ((inPaths || inLine) && majors.length) findings.push(councilFinding(name, versionsFile, majors.length, config));
      continue;
    }
    const frozen = looseVersion(frozenVersion);
    const current = looseVersion(currentVersion);
    const shape = current ?? frozen;
    const needed = requiredBump(level, frozen?.semver, config.versioning.zero_major);
    const visible = shape ? visibleBump(needed, shape) : needed;
    const schemaVer = inPaths && published.some((c) => isSchemaVer(pathVersion(c.file)));
    const required = schemaVer && visible === "minor" ? "patch" : visible;
    const tagged = !home && !currentVersion ? context.releaseTag : void 0;
    const built = !home && !currentVersion ? filledByBuild(own2, head.docs) : "";
    const released = !tagged && !home && !currentVersion && !built ? byFreezes : void 0;
    const latest = tagged?.version ?? released;
    const needs2 = latest && requiredBump(level, latest, config.versioning.zero_major);
    const next = latest && needs2 && (needs2 === "none" ? latest : semver6.inc(latest, needs2));
    const release2 = tagged ? { by: "tag", name: tagged.tag.replace(tagged.version, next) } : released ? { by: "freeze", name: `v${next}` } : void 0;
    modules.push({
      name,
      level,
      changes: own2.length,
      frozenVersion: latest ?? frozenVersion,
      currentVersion,
      requiredBump: needs2 || required,
      // released by tag or freeze, its version lives in no file
      ...release2 ? { release: release2 } : { versionsFile, versionPointer: pointer },
      ...inPaths ? { versionInPaths: true } : {},
      ...inheritedFiles.length ? { inherits: inheritedFiles } : {}
    });
    const at4 = { module: name, file: versionsFile };
    if (frozen && !current && (before || currentVersion !== void 0) && required !== "none") {
      const file2 = before?.file ?? versionsFile;
      const how = currentVersion !== void 0 ? ` (\`${key3}: ${currentVersion}\` is not a version number)` : headSet.has(file2) ? "" : ` (${file2} was removed)`;
      const suggested2 = nextVersion(frozen, required, frozen, context.today);
      const line2 = home ? versionLine(head.docs, home) : void 0;
      findings.push(
        finding("version-removed", file2, { module: name, frozen: frozenVersion, how, file: file2, suggested: suggested2, required }, { ...at4, file: file2, line: line2 })
      );
      if (majors.length) findings.push(councilFinding(name, majors[0].file, majors.length, config));
      continue;
    }
    const councilAt = headSet.has(versionsFile) ? versionsFile : majors[0]?.file ?? versionsFile;
    const council = () => findings.push(councilFinding(name, councilAt, majors.length, config));
    if (tagged && level !== "none") {
      checklist.push({
        text: `After merge, release it as the tag \`${release2.name}\` (needs ${needs2}; the latest release is \`${tagged.tag}\`)`,
        done: false,
        module: name
      });
      if (majors.length) council();
      continue;
    }
    if (released) {
      releaseLevel = maxLevel([releaseLevel, level]);
      if (majors.length) council();
      continue;
    }
    if (!current) {
      const written3 = currentVersion ? ` (\`${key3}: ${currentVersion}\` is not a version number)` : built;
      const also = rest && !units.versioned ? ", or release the contracts by git tag (`v1.0.0`) or by freeze (`contract-guard freeze create 1.0.0`)" : "";
      const gone = !units.has(name) && !!units.homeBefore(name);
      if (level !== "none" && !gone)
        findings.push(finding("version-missing", versionsFile, { module: name, file: versionsFile, key: key3, written: written3, also }, at4));
      if (majors.length) council();
      continue;
    }
    if (!frozen) {
      if (majors.length) council();
      continue;
    }
    const suggested = required === "none" ? frozenVersion : nextVersion(frozen, required, shape, context.today);
    const declared = declaredBy && home?.kind === "package" && currentVersion === frozenVersion ? declaredBy.get(name) ?? "none" : void 0;
    const bump = declared ?? bumpOf(frozen.semver, current.semver);
    const pending = declared && declared !== "none" ? nextVersion(frozen, declared, shape, context.today) : void 0;
    const id = home && idAt(head.docs, home);
    const written2 = id ? idWithVersion(id, currentVersion, suggested) : suggested;
    const params = {
      module: name,
      level,
      required,
      frozen: frozenVersion,
      current: currentVersion,
      suggested: written2,
      bump,
      file: versionsFile,
      key: key3,
      // as the file writes it: a pom.xml's `<version>`, a TOML `version = "…"`
      assignment: (home && manifestVersionWritten(head.docs, home, suggested)) ?? `${key3}: ${written2}`
    };
    const line = versionLine(head.docs, home ?? { file: versionsFile, pointer, kind: "versions" });
    const anchor = line ? { file: versionsFile, line } : void 0;
    const lower = semver6.lt(current.semver, frozen.semver);
    const reached2 = levelRank(bump) >= levelRank(required) && !lower ? pending ?? currentVersion : suggested;
    const target = schemaVer ? reached2.replace(/\./g, "-") : releaseOf(reached2);
    const suggestion = { find: currentVersion, replace: suggested };
    const newest = inPaths ? published.map((c) => pathVersion(c.file)).find((pv) => pv.version === currentVersion) : void 0;
    if (inPaths) {
      if (newest && levelRank(bump) < levelRank(required))
        findings.push(finding("version-path-too-low", versionsFile, { ...params, path: publishedAs(newest, suggested) }, at4));
    } else if (declared !== void 0) {
      if (levelRank(bump) < levelRank(required)) {
        const proposal = { ...changesetProposal(name, required, changes), anchor };
        const said = declared === "none" ? "no pending changeset declares one" : `its changesets declare a ${declared} one`;
        findings.push(finding("changeset-missing", versionsFile, { ...params, declared: said, draft: proposal.path }, { ...at4, proposal }));
      }
    } else if (lower) findings.push(finding("version-decreased", versionsFile, params, { ...at4, line, suggestion }));
    else if (levelRank(bump) < levelRank(required))
      findings.push(finding("version-bump-missing", versionsFile, params, { ...at4, line, suggestion }));
    else if (levelRank(bump) > levelRank(required)) findings.push(finding("version-bump-excess", versionsFile, params, { ...at4, line }));
    if ((inPaths || inLine) && majors.length && level !== "major") council();
    if (required !== "none") {
      const bumped = levelRank(bump) >= levelRank(required) && !lower;
      const now = currentVersion === frozenVersion ? "" : `; it is ${currentVersion} now`;
      if (declared !== void 0) {
        checklist.push({
          text: bumped ? `A changeset declares a ${declared} release of \`${name}\` (needs ${required})` : `Add a changeset declaring a ${required} release of \`${name}\``,
          done: bumped,
          ruleId: "changeset-missing",
          module: name
        });
      } else if (newest)
        checklist.push({
          text: bumped ? `Changes of \`${name}\` published as \`${newest.written}\` (needs ${required})` : `Publish the changes of \`${name}\` as \`${publishedAs(newest, suggested)}\` (needs ${required}; they are \`${newest.written}\` now)`,
          done: bumped,
          ruleId: "version-path-too-low",
          module: name
        });
      else
        checklist.push({
          text: bumped ? `Version of \`${name}\` bumped ${frozenVersion} \u2192 ${currentVersion} (needs ${required})` : `Bump \`${name}\` from ${frozenVersion} to \u2265 ${suggested} (needs ${required}${now})`,
          done: bumped,
          ruleId: "version-bump-missing",
          module: name
        });
      const unitLog = home ? nearest(home.file) : void 0;
      const changelogPath = unitLog ?? configuredChangelog;
      const changelog = changelogText(changelogPath);
      const alone = single || !!unitLog;
      const logged = declared !== void 0 || !!changelog && changelog.split("\n").some((l) => (alone || l.includes(name) || l.includes(unitSlug(name))) && new RegExp(`\\b${escapeRegExp(target)}\\b`).test(l));
      if (declared === void 0)
        checklist.push({
          text: `${changelogPath} has an entry for ${name} ${target}`,
          done: logged,
          ruleId: "changelog-missing",
          module: name
        });
      if (!logged) {
        const proposal = { ...changelogProposal(changelogPath, changelog, alone ? "" : name, target, changes, context.today), anchor };
        const entry = changelogHeading(changelog, alone ? "" : name, target, context.today);
        const none = changelog === void 0 ? " (there is none yet: create it, as drafted; keeping none, turn this warning off: `rules: {changelog-missing: off}`)" : "";
        const params2 = { changelog: changelogPath, module: name, current: target, entry, none };
        findings.push(finding("changelog-missing", changelogPath, params2, { ...at4, proposal }));
      }
    }
    if (level === "major") {
      const noted = migrationTexts.some((t) => (t.includes(name) || t.includes(unitSlug(name))) && t.includes(target));
      checklist.push({
        text: `Migration note for ${name} ${target} in ${migrations}/`,
        done: noted,
        ruleId: "migration-note-missing",
        module: name
      });
      if (!noted) {
        const proposal = { ...migrationProposal(migrations, name, frozenVersion, target, majors), anchor };
        const params2 = { module: name, current: target, migrations, note: proposal.path };
        findings.push(finding("migration-note-missing", migrations, params2, { ...at4, proposal }));
      }
      council();
      const listed2 = consumersOf(head.docs, versionsFile);
      const dropped = consumersOf(context.base.docs, context.movedFrom(versionsFile) ?? versionsFile).filter((c) => !listed2.includes(c));
      const consumers = [...dropped.map((c) => `${c} (dropped from the list by this pull request)`), ...listed2];
      checklist.push({
        text: consumers.length ? `Notify the consumers of ${name}: ${consumers.join(", ")}` : home?.kind === "versions" ? `Notify the consumers of ${name} (list them as \`consumers:\` in ${versionsFile})` : `Notify the consumers of ${name}`,
        done: false,
        module: name,
        breaking: true
      });
    }
  }
  const needs = byFreezes && requiredBump(releaseLevel, byFreezes, config.versioning.zero_major);
  const release = byFreezes && needs && needs !== "none" ? { version: semver6.inc(byFreezes, needs), needs, latest: byFreezes } : void 0;
  return { findings, checklist, modules, ...release ? { release } : {} };
};
function latestRelease2(freezes) {
  return freezes.map((f) => f.version).filter((v) => semver6.valid(v)).sort(semver6.rcompare)[0];
}
function councilFinding(module, file2, count, config) {
  const council = config.council.teams.length || config.council.users.length ? "the Contract Council" : `the Contract Council once it has members (it has none: name them in \`council.teams\` or \`council.users\` of ${config.source?.file ?? CONFIG_PATH} on the default branch)`;
  return finding("major-change", file2, { module, count, plural: count === 1 ? "" : "s", council }, { module, file: file2 });
}
function requiredBump(level, frozen, zeroMajor) {
  if (level === "major" && frozen && semver6.major(frozen) === 0 && zeroMajor === "minor") return "minor";
  return level;
}
function bumpOf(from, to) {
  if (SNAPSHOT.test(from) && SNAPSHOT.test(to)) return bumpOf(releaseOf(from), releaseOf(to));
  if (semver6.prerelease(to)) return "none";
  const d = semver6.diff(from, to);
  if (!d) return "none";
  if (d === "major" || d === "premajor") return "major";
  if (d === "minor" || d === "preminor") return "minor";
  return "patch";
}
function consumersOf(docs, versionsFile) {
  const data2 = unlessUnreadable(() => docs.has(versionsFile) ? docs.get(versionsFile).data : void 0);
  const listed2 = isObj(data2) ? data2.consumers : void 0;
  const named = (c) => typeof c === "string" || typeof c === "number" ? String(c).trim() : isObj(c) && typeof c.name === "string" ? c.name : "";
  return (Array.isArray(listed2) ? listed2 : typeof listed2 === "string" ? [listed2] : []).map(named).filter(Boolean);
}
function filledByBuild(changes, docs) {
  for (const file2 of new Set(changes.map((c) => c.file))) {
    const data2 = unlessUnreadable(() => docs.has(file2) ? docs.get(file2).data : void 0);
    const version2 = isObj(data2) && isObj(data2.info) ? data2.info.version : void 0;
    const generator = isObj(data2) ? generatorDefault(data2.info) : void 0;
    if (isBuildPlaceholder(version2) || generator)
      return ` (\`info.version: ${version2}\` in ${file2} is ${generator ? `what ${generator} writes when given no version` : "written in by the build"}, and no build manifest beside it, such as pom.xml, build.gradle or package.json, has a version)`;
  }
  return "";
}
function unitChangelogs(paths, configured, root) {
  const slash = configured.lastIndexOf("/");
  const name = configured.slice(slash + 1);
  const stops = /* @__PURE__ */ new Set(["", configured.slice(0, slash + 1), root ? root + "/" : ""]);
  const present = new Set(paths.filter((p) => p.endsWith("/" + name)));
  return (home) => {
    for (let dir = home.slice(0, home.lastIndexOf("/") + 1); !stops.has(dir); dir = dir.slice(0, dir.lastIndexOf("/", dir.length - 2) + 1))
      if (present.has(dir + name)) return dir + name;
    return void 0;
  };
}

// src/core/policy/checks/index.ts
var POLICY_CHECKS = [
  versioning,
  publishedVersions,
  eventChannels,
  deprecationWindow,
  readability,
  examples,
  openapiLint,
  spectral,
  invariants,
  frozenHistory,
  guardPolicy
];

// src/core/policy/evaluate.ts
function evaluate(input) {
  const { config, layout, now } = input;
  const warnings = [...input.report.warnings];
  const ignored = [];
  const today = now.toISOString().slice(0, 10);
  const active = [];
  const findings = [];
  for (const entry of config.ignore) {
    if (entry.until && entry.until < today) {
      const where = entry.file ? ` in ${entry.file}` : "";
      findings.push(finding("ignore-expired", CONFIG_PATH, { rule: entry.rule, where, until: entry.until, reason: entry.reason }));
    } else active.push(entry);
  }
  const ignoredBy = (ruleId, file2, pointer) => active.find((e) => {
    const base = findRule(ruleId)?.rule.id;
    if (e.rule !== ruleId && e.rule !== base) return false;
    const rel = layout.rel(file2);
    if (e.file && !(e.file === file2 || e.file === rel || matchesAny(file2, [e.file]) || matchesAny(rel, [e.file]))) return false;
    return !e.pointer || (pointer ?? "").startsWith(e.pointer);
  });
  const ignore = (ruleId, file2, reason, until) => ignored.push({ ruleId, file: file2, reason, ...until ? { until } : {} });
  const changes = [];
  for (const c of input.report.changes) {
    const override = config.rules[c.ruleId] ?? config.rules[c.rule];
    if (override === "off") continue;
    const hit = ignoredBy(c.ruleId, c.file, c.pointer);
    if (hit) {
      ignore(c.ruleId, c.file, hit.reason, hit.until);
      continue;
    }
    changes.push(override && LEVELS.includes(override) ? { ...c, level: override } : c);
  }
  const side = (docs) => ({ tree: docs.tree, docs, paths: docs.tree.paths() });
  const context = {
    config,
    today,
    layout,
    units: input.units,
    changes,
    base: side(input.base),
    head: side(input.head),
    freezes: input.freezes,
    frozenBase: input.frozenBase,
    frozenHead: input.frozenHead,
    headFiles: input.headFiles,
    code: input.code,
    ...input.guard ? { guard: input.guard } : {},
    linted: input.linted,
    isContract: (file2) => matchesAny(file2, config.files.contracts),
    movedFrom: movedFromOf(input.moves),
    wholeTree: input.wholeTree ?? false,
    changesets: input.changesets ?? false,
    ...input.releaseTag ? { releaseTag: input.releaseTag } : {}
  };
  const modules = [];
  const checklist = [];
  const errors = [...input.report.errors];
  let release;
  for (const check of POLICY_CHECKS) {
    const result = check(context);
    release ??= result.release;
    findings.push(...result.findings);
    checklist.push(...result.checklist ?? []);
    modules.push(...result.modules ?? []);
    for (const e of result.errors ?? []) {
      const known = errors.findIndex((k) => k.file === e.file && k.message === e.message);
      if (known < 0) errors.push(e);
      else if (e.side) errors[known] = { ...errors[known], side: e.side };
    }
  }
  const violations = [];
  const drafts = [];
  for (const f of findings) {
    const rule2 = getPolicyRule(f.ruleId);
    const override = config.rules[f.ruleId];
    if (override === "off") continue;
    const hit = ignoredBy(f.ruleId, f.file, f.pointer);
    if (hit && f.ruleId !== "ignore-expired") {
      ignore(f.ruleId, f.file, hit.reason, hit.until);
      continue;
    }
    let severity = override === "warn" || override === "block" ? override : rule2.severity;
    if (f.params.old && rule2.ratchet !== false && override !== "block") severity = "warn";
    const { message, fix } = describe(f);
    violations.push({
      ruleId: f.ruleId,
      file: f.file,
      ...f.line ? { line: f.line } : {},
      ...f.module ? { module: f.module } : {},
      message: f.params.old ? message + DEBT_NOTE : message,
      fix,
      blocking: severity === "block",
      approvable: severity === "approve",
      ...f.suggestion && f.line ? { suggestion: f.suggestion } : {},
      ...f.params.old && severity === "warn" ? { debt: true } : {},
      ...f.identity ? { identity: f.identity } : {}
    });
    const { message: said, blocking } = violations.at(-1);
    if (f.proposal)
      drafts.push({ ruleId: f.ruleId, ...f.module ? { module: f.module } : {}, message: said, fix, blocking, proposal: f.proposal });
  }
  violations.sort(
    (a, b) => Number(b.blocking) - Number(a.blocking) || Number(b.approvable) - Number(a.approvable) || compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0)
  );
  for (const v of violations) if (!v.blocking && !v.approvable) warnings.push(warningLine(v));
  const reasons = violations.filter((v) => v.approvable).map((v) => v.message);
  if (!config.council.teams.length && !config.council.users.length && (changes.length || reasons.length))
    warnings.push(
      `no one can approve a major change: the Contract Council is empty (set council.teams or council.users in ${config.source?.file ?? CONFIG_PATH})`
    );
  const guard = guardFiles(config);
  if (changes.length || violations.some((v) => (v.blocking || v.approvable) && layout.inRoot(v.file) && !guard.includes(v.file))) {
    checklist.push({
      text: `After merge: \`contract-guard freeze create ${release?.version ?? "<version>"}\` and \`contract-guard freeze tag --push\` on the default branch${release ? ` (needs ${release.needs}; the latest freeze is v${release.latest})` : ""}`,
      done: false
    });
  }
  modules.sort((a, b) => levelRank(b.level) - levelRank(a.level) || compareText(a.name, b.name));
  return {
    ...input.report,
    level: maxLevel(changes.map((c) => c.level)),
    blocked: violations.some((v) => v.blocking),
    modules,
    changes: sortChanges(changes),
    errors,
    violations: violations.filter((v) => v.blocking || v.approvable),
    warned: violations.filter((v) => !v.blocking && !v.approvable),
    approval: { required: reasons.length > 0, reasons },
    checklist,
    ignored,
    warnings,
    ...drafts.length ? { drafts } : {}
  };
}

// src/core/policy/scope.ts
var DEPENDENCY_DIRS = ["node_modules", "vendor", ".git", ".venv", "venv", "__pycache__"];
var BUILD_DIRS = ["dist", "build", "target", "out", "coverage"];
var dirs = (names) => new RegExp(`(^|/)(${names.map((d) => d.replace(".", "\\.")).join("|")})/`);
var DEPENDENCY = dirs(DEPENDENCY_DIRS);
var DEPENDENCY_OR_BUILD = dirs([...DEPENDENCY_DIRS, ...BUILD_DIRS]);
function contractScope(config) {
  const prefix = config.contracts ? config.contracts + "/" : "";
  const excluded = config.contracts && !config.scope.length ? DEPENDENCY : DEPENDENCY_OR_BUILD;
  return (p) => p.startsWith(prefix) && !excluded.test(p) && (!config.scope.length || matchesAny(p, config.scope));
}
function withReferences(config, inScope, trees) {
  if (!config.scope.length) return inScope;
  const prefix = config.contracts ? config.contracts + "/" : "";
  const extra = /* @__PURE__ */ new Set();
  for (const tree of trees) {
    const docs = new Documents(tree);
    let frontier = tree.paths().filter(inScope);
    const seen = new Set(frontier);
    while (frontier.length) {
      const next = [];
      for (const f of reachedFrom(docs, frontier)) {
        if (seen.has(f) || !f.startsWith(prefix) || DEPENDENCY.test(f)) continue;
        seen.add(f);
        next.push(f);
        if (!inScope(f)) extra.add(f);
      }
      frontier = next;
    }
  }
  return extra.size ? (p) => inScope(p) || extra.has(p) : inScope;
}

// src/core/source/submodules.ts
function submodulePaths(gitmodules) {
  if (!gitmodules) return [];
  const out = [];
  for (const line of gitmodules.split(/\r?\n/)) {
    const m = /^\s*path\s*=\s*(.+?)\s*$/.exec(line);
    if (m) out.push(m[1].replace(/^"(.*)"$/, "$1").replace(/\/+$/, ""));
  }
  return out;
}
function inSubmodule(path, submodules) {
  const folder = submodules.find((s) => path.startsWith(s + "/"));
  return folder ? `it is in the git submodule ${folder}, another repository, whose files no check reads` : void 0;
}

// src/services/config-file.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
function contractsRoot(top, asked) {
  return normalizeRoot(asked ?? (existsSync2(join2(top, DEFAULT_CONFIG.contracts)) ? DEFAULT_CONFIG.contracts : ""));
}

// src/services/freezes.ts
var MAX_FREEZE_BYTES = 512 * 1024 * 1024;

// src/services/spectral-lint.ts
import { posix as posix5 } from "node:path";
import { setFlagsFromString } from "node:v8";
import Queue4 from "yocto-queue";
async function readRuleset(config, read) {
  const named = config.spectral.ruleset;
  for (const path of named ? [named] : DEFAULT_RULESETS) {
    const text5 = await read(path);
    if (text5 !== void 0) return loadRuleset(path, text5, await spectralParts(extendedRulesets(path, text5)));
  }
  if (named)
    throw new InputError(
      `config key spectral.ruleset names ${named}, which is not in the repository`,
      config.source?.file,
      config.source?.lineOf("/spectral/ruleset")
    );
  return void 0;
}
function exportsOf(module) {
  const out = { ...module.default ?? {}, ...module };
  delete out.default;
  return out;
}
function defaultExport(module) {
  const d = module.default;
  return d && typeof d === "object" && "__esModule" in d && "default" in d ? d.default : d;
}
var RULESET_MODULES = {
  "spectral:oas": () => import("@stoplight/spectral-rulesets/dist/oas/index.js"),
  "spectral:asyncapi": () => import("@stoplight/spectral-rulesets/dist/asyncapi/index.js"),
  "spectral:arazzo": () => import("@stoplight/spectral-rulesets/dist/arazzo/index.js")
};
async function spectralParts(names) {
  setFlagsFromString("--enable-experimental-regexp-engine-on-excessive-backtracks");
  const [functions, formats, ...rulesets] = await Promise.all([
    import("@stoplight/spectral-functions"),
    import("@stoplight/spectral-formats"),
    ...names.map((name) => RULESET_MODULES[name]())
  ]);
  return {
    rulesets: Object.fromEntries(names.map((name, i) => [name, defaultExport(rulesets[i])])),
    functions: exportsOf(functions),
    formats: exportsOf(formats)
  };
}
function firstUnsafeCheck(docs, reached2) {
  for (const file2 of reached2) {
    const doc = unlessUnreadable(() => docs.get(file2));
    const pattern = unsafePatterns(doc.data)[0];
    const found2 = pattern ? { ...pattern, code: "unsafe-pattern" } : void 0;
    const bad = found2 ?? (() => {
      const s = uncheckableString(doc.data);
      return s && { ...s, code: "unsafe-format" };
    })();
    if (bad) return { file: file2, ...bad, line: doc.positions.locate(bad.pointer)?.line };
  }
  return void 0;
}
function filesReached(docs, start) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const queue = new Queue4();
  queue.enqueue(start);
  while (queue.size) {
    const file2 = queue.dequeue();
    if (seen.has(file2) || seen.size > 1e3) continue;
    seen.add(file2);
    const doc = unlessUnreadable(() => docs.get(file2));
    if (!doc) continue;
    out.push(file2);
    for (const ref of refTargets(doc.data)) queue.enqueue(posix5.normalize(posix5.join(posix5.dirname(file2), ref)));
  }
  return out;
}
function refTargets(data2) {
  const files = [...refsIn(data2)].map(({ ref }) => ref.split("#")[0]).filter((f) => f && !/^[a-z]+:/i.test(f));
  return [...new Set(files)];
}
var SEVERITY = { 0: "spectral-error", 1: "spectral-warning" };
async function spectralFindings(ruleset, docs, paths, progress) {
  const [core, parsers, refs] = await Promise.all([
    import("@stoplight/spectral-core"),
    import("@stoplight/spectral-parsers"),
    import("@stoplight/spectral-ref-resolver")
  ]);
  const { Document, Spectral } = exportsOf(core);
  const { Resolver } = exportsOf(refs);
  const { Yaml, Json } = exportsOf(parsers);
  const text5 = (file2) => Buffer.from(docs.tree.read(file2) ?? new Uint8Array()).toString("utf8");
  const noNetwork = {
    resolve: async (ref) => {
      throw new Error(`remote $ref ${ref.toString()} is not fetched`);
    }
  };
  const resolver = new Resolver({
    resolvers: {
      // documents are given as `/<path>`: a `$ref` resolves to a path in the tree, never to the disk
      file: {
        resolve: async (ref) => {
          const file2 = posix5.normalize(ref.path()).replace(/^\/+/, "");
          if (!docs.has(file2)) throw new Error(`$ref target ${file2} not found`);
          return text5(file2);
        }
      },
      http: noNetwork,
      https: noNetwork
    }
  });
  const spectral2 = new Spectral({ resolver });
  spectral2.setRuleset(ruleset.definition);
  const out = /* @__PURE__ */ new Map();
  let bytesLeft = LIMITS.maxLintedBytes;
  for (const file2 of paths) {
    const data2 = /\.(ya?ml|json)$/i.test(file2) ? unlessUnreadable(() => docs.get(file2).data) : void 0;
    if (!data2 || typeof data2 !== "object" || !("openapi" in data2 || "swagger" in data2 || "asyncapi" in data2)) continue;
    progress?.(file2);
    const reached2 = filesReached(docs, file2);
    const unsafe = firstUnsafeCheck(docs, reached2);
    if (unsafe) {
      const key3 = `${unsafe.file}|${unsafe.code}|${unsafe.pointer}`;
      const message = `not linted: ${unsafe.message} (at ${unsafe.pointer})`;
      out.set(
        key3,
        finding("spectral-warning", file2, { file: file2, code: unsafe.code, message, ruleset: ruleset.file }, { line: unsafe.line, key: key3 })
      );
      continue;
    }
    const bytes = reached2.reduce((n, f) => n + (docs.tree.read(f)?.length ?? 0), 0);
    if (bytes > bytesLeft) {
      const key3 = `${file2}|over-budget`;
      const mb = (n) => (n / 1024 / 1024).toFixed(1);
      const message = `not linted: the descriptions linted in this check would pass ${mb(LIMITS.maxLintedBytes)} MB with this one (${mb(bytes)} MB with what its $refs reach); run Spectral on it in your own CI`;
      out.set(key3, finding("spectral-warning", file2, { file: file2, code: "over-budget", message, ruleset: ruleset.file }, { key: key3 }));
      continue;
    }
    bytesLeft -= bytes;
    const results = await spectral2.run(new Document(text5(file2), /\.json$/i.test(file2) ? Json : Yaml, `/${file2}`), {
      ignoreUnknownFormat: true
    });
    for (const r of results) {
      const ruleId = SEVERITY[r.severity];
      if (!ruleId || r.code === "invalid-ref" || r.code === "parser") continue;
      const at4 = r.source ? r.source.replace(/^\/+/, "") : file2;
      const key3 = `${at4}|${String(r.code)}|${r.path.join("/")}`;
      if (out.has(key3)) continue;
      out.set(
        key3,
        finding(
          ruleId,
          at4,
          { file: at4, code: String(r.code), message: r.message, ruleset: ruleset.file },
          { line: r.range.start.line + 1, key: key3 }
        )
      );
    }
  }
  return [...out.values()];
}

// src/services/check-run.ts
async function policyOnBase(source, baseBranch, configPath = CONFIG_PATH, top, given) {
  const text5 = given ?? await source.file(baseBranch, configPath);
  const parsed2 = parseConfig(configPath, text5 ?? "");
  const config = parsed2.contractsDefaulted ? { ...parsed2, contracts: await rootOnBase(source, baseBranch, top) } : parsed2;
  const ruleset = await readRuleset(config, (path) => source.file(baseBranch, path));
  return { config, ruleset, warnings: [], text: text5 };
}
async function rootOnBase(source, baseBranch, top) {
  let commit;
  try {
    commit = await source.commit(baseBranch);
  } catch {
    return top === void 0 ? DEFAULT_CONFIG.contracts : contractsRoot(top, void 0);
  }
  let found2 = false;
  await source.tree(commit, DEFAULT_CONFIG.contracts, () => (found2 = true, false));
  return defaultRoot(found2);
}
var defaultRoot = (hasContractsFolder) => hasContractsFolder ? DEFAULT_CONFIG.contracts : "";
function filesReadOnBase(config, basePaths) {
  if (!config.contractsDefaulted) return filesRead(config);
  const prefix = DEFAULT_CONFIG.contracts + "/";
  return filesRead({ ...config, contracts: defaultRoot(basePaths.some((p) => p.startsWith(prefix))) });
}
function outsideCandidates(config) {
  const prefix = config.contracts ? config.contracts + "/" : "";
  if (!prefix) return { files: [], folders: [] };
  const { files, folders } = configPathCandidates(config);
  return { files: files.filter((f) => !f.startsWith(prefix)), folders: folders.filter((f) => !f.startsWith(prefix)) };
}
function outsideRoot(config) {
  const { files, folders } = outsideCandidates(config);
  if (!files.length && !folders.length) return void 0;
  const prefix = config.contracts + "/";
  return (p) => !p.startsWith(prefix) && (files.includes(p) || folders.some((f) => p.startsWith(f + "/")));
}
function filesRead(given) {
  const config = { ...given, contracts: normalizeRoot(given.contracts) };
  const inScope = contractScope(config);
  const layout = new ContractsLayout(config.contracts);
  const code = codeGlobs(config.invariants);
  const outside = outsideRoot(config);
  const changelog = releaseNotesNamed(config);
  const named = [...guardFiles(config), ".gitmodules"];
  return (p) => inScope(p) || layout.isFrozen(p) || code.length > 0 && matchesAny(p, code) || !!outside?.(p) || changelog(p) || named.includes(p);
}
function fsFiles(top, config) {
  const { files, folders } = outsideCandidates(config);
  const fs = new FsTree(top, folders);
  const tree = new MapTree();
  for (const p of [...files, ...fs.paths()]) {
    const bytes = fs.read(p);
    if (bytes) tree.set(p, bytes);
  }
  return tree;
}
function judgeTrees(t) {
  const root = t.config.contracts;
  const rootLayout = new ContractsLayout(root);
  const isFrozen = (p) => rootLayout.isFrozen(p);
  const visible = (p) => !isFrozen(p) && !matchesAny(p, t.config.files.ignore);
  const inScope = withReferences(t.config, contractScope(t.config), [filterTree(t.base, visible), filterTree(t.head, visible)]);
  const named = configPathCandidates(t.config);
  const namedFiles = named.files;
  const changelog = releaseNotesNamed(t.config);
  const isNamed = (p) => namedFiles.includes(p) || named.folders.some((f) => p.startsWith(f + "/")) || changelog(p);
  const skipped = (p) => isFrozen(p) || matchesAny(p, t.config.files.ignore) || !inScope(p) && !isNamed(p);
  const base = filterTree(t.base, (p) => !skipped(p));
  const head = filterTree(t.head, (p) => !skipped(p));
  const resolved = resolveConfigPaths(t.config, { paths: [.../* @__PURE__ */ new Set([...base.paths(), ...t.baseBranchPaths ?? []])] });
  const config = resolved.config;
  const layout = new ContractsLayout(root, config.modules.root);
  const configuredRole = (file2) => config.roles.find((r) => matchesAny(file2, [r.glob]) || matchesAny(file2.slice(root.length + 1), [r.glob]))?.role;
  const isContract = (file2) => matchesAny(file2, config.files.contracts);
  const documents = Documents.pair(base, head);
  const listed2 = t.config.scope.length ? t.config.scope.join(", ") : root || ".";
  documents.base.unreadBecause = documents.head.unreadBecause = (p) => inSubmodule(p, t.submodules ?? []) ?? (inScope(p) ? void 0 : `it is outside what the check reads (${listed2}); if it is in the repository, add its folder to \`contracts:\` in ${t.config.source?.file ?? CONFIG_PATH}`);
  const contractPaths = (tree) => tree.paths().filter((p) => inScope(p) || namedFiles.includes(p));
  const baseUnits = findUnits(contractPaths(base), documents.base, layout, config.units);
  const units = findUnits(contractPaths(head), documents.head, layout, config.units, baseUnits);
  const mode = modeOf(config, (file2) => units.unitOf(file2));
  const roleOf = (file2) => roleOfMode(mode(file2)) ?? configuredRole(file2);
  const moduleOf = (file2) => units.unitOf(file2);
  const judged2 = diffTrees(filterTree(base, inScope), filterTree(head, inScope), {
    moduleOf,
    roleOf,
    isContract,
    // the whole repository: its Kubernetes manifests, settings and translations are no contract unless `$ref`'d
    data: root === "" ? "referenced" : "always",
    documents,
    judgement: config.judgement,
    onFile: t.progress
  });
  const freezes = freezeHistory(t.frozenBase ?? t.head, layout, judged2.errors);
  const movedFrom = movedFromOf(judged2.moves);
  const promised = (file2) => mode(movedFrom(file2) ?? file2);
  withoutPromise(judged2.changes, promised);
  const older = transitiveChanges(
    judged2.changes,
    filterTree(head, inScope),
    freezes,
    root,
    promised,
    { moduleOf, roleOf, judgement: config.judgement, documents: { head: documents.head } },
    movedFrom
  );
  const changes = sortChanges([...judged2.changes, ...older]);
  const result = { ...judged2, changes, level: maxLevel(changes.map((c) => c.level)) };
  const report = buildReport(result, { baseline: t.baseline, head: t.headLabel, warnings: [...t.warnings, ...resolved.warnings] });
  return evaluate({
    config,
    layout,
    report,
    base: documents.base,
    head: documents.head,
    freezes,
    frozenBase: filterTree(t.frozenBase ?? t.head, isFrozen),
    frozenHead: filterTree(t.head, isFrozen),
    headFiles: filterTree(t.head, (p) => inScope(p) && !isFrozen(p)),
    units,
    moves: judged2.moves,
    code: t.code,
    guard: t.guard,
    linted: t.linted,
    now: t.now,
    wholeTree: t.wholeTree,
    changesets: t.changesets,
    releaseTag: t.releaseTag
  });
}
function freezeHistory(tree, layout, errors) {
  const out = [];
  for (const path of tree.paths()) {
    if (!layout.isFreezePath(path)) continue;
    try {
      out.push(readFreeze(path, Buffer.from(tree.read(path)).toString("utf8")));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push({ file: err.file ?? path, line: err.line, message: err.message });
    }
  }
  return out.sort((a, b) => compareVersions(b, a));
}
async function guardTrees(source, config, fork, head, top) {
  const files = guardFiles(config);
  const wanted = (p) => files.includes(p);
  const base = await source.tree(fork, "", wanted);
  if (head !== void 0) return { base, head: await source.tree(head, "", wanted) };
  const working = new FsTree(top);
  const now = new MapTree();
  for (const path of files) {
    const bytes = working.read(path);
    if (bytes) now.set(path, bytes);
  }
  return { base, head: now };
}
function bothChangedWarning(paths, baseBranch) {
  const named = paths.length > 3 ? `${paths.slice(0, 3).join(", ")} and ${paths.length - 3} more` : paths.join(", ");
  return `${named} changed on ${baseBranch} too since this branch forked from it: judged as this branch has ${paths.length === 1 ? "it" : "them"}; merge ${baseBranch} into it for the verdict of the merge`;
}
async function bothOrFirstError(a, b) {
  const [x, y] = await Promise.allSettled([a, b]);
  if (x.status === "rejected") throw x.reason;
  if (y.status === "rejected") throw y.reason;
  return [x.value, y.value];
}
async function checkSource(c) {
  const { source, config } = c;
  const root = config.contracts;
  const layout = new ContractsLayout(root, config.modules.root);
  const top = c.workingTree;
  if (!c.head && top === void 0) throw new Error("a check needs a head commit or a working tree");
  const headSide = async () => {
    if (!c.head) return { tree: new FsTree(top, [root]) };
    const sha = await source.commit(c.head);
    return { sha, tree: await source.tree(sha, root) };
  };
  const [baseline, { sha: headSha, tree: headAlone }] = await bothOrFirstError(resolveBaseline(source, layout, c.baseline), headSide());
  const baseBranch = c.baseline.baseBranch;
  const baseSha = baseBranch ? await source.commit(baseBranch) : void 0;
  const fork = baseline.atTip && baseSha ? await source.mergeBase(headSha ?? c.baseline.mergeFrom, baseSha).catch(() => void 0) : void 0;
  const behind = fork !== void 0 && fork !== baseSha;
  const bothChanged = [];
  const asMerged = async (tree, under, keep2) => {
    if (!behind) return tree;
    const merged = mergedTree(await source.tree(baseSha, under, keep2), tree, await source.tree(fork, under, keep2));
    bothChanged.push(...merged.bothChanged);
    return merged.tree;
  };
  const head = await asMerged(headAlone, root);
  const headLabel = headSha ? `${/^[0-9a-f]{40}$/i.test(c.head) ? headSha.slice(0, 7) : `${c.head} (${headSha.slice(0, 7)})`}${behind ? ` as merged into ${baseBranch}` : ""}${source.note}` : `working tree${behind ? ` as merged into ${baseBranch}` : ""}`;
  const frozenBase = baseSha ? await source.tree(baseSha, layout.frozenDir) : void 0;
  const release = baseBranch ? await releaseTag(source, baseBranch).catch(() => void 0) : void 0;
  const changesets = baseSha ? await source.file(baseSha, `${CHANGESET_DIR}/config.json`).catch(() => void 0) !== void 0 : false;
  let code;
  const globs = codeGlobs(config.invariants);
  if (globs.length) {
    const wanted = (p) => matchesAny(p, globs);
    const mergeBase = baseSha ? await source.mergeBase(c.baseline.mergeFrom, baseSha) : void 0;
    const codeBase = mergeBase ? await source.tree(mergeBase, "", wanted) : new MapTree();
    const codeHead = headSha ? await source.tree(headSha, "", wanted) : filterTree(new FsTree(top), wanted);
    code = { base: codeBase, head: codeHead };
  }
  const forked = baseSha ? await source.mergeBase(c.baseline.mergeFrom, baseSha).catch(() => baseSha) : void 0;
  const guard = forked ? await guardTrees(source, config, forked, headSha, top) : void 0;
  const gitmodules = await Promise.all([
    baseSha ? source.file(baseSha, ".gitmodules").catch(() => void 0) : void 0,
    headSha ? source.file(headSha, ".gitmodules").catch(() => void 0) : text2(new FsTree(top), ".gitmodules")
  ]);
  const submodules = [...new Set(gitmodules.flatMap(submodulePaths))];
  const outside = outsideRoot(config);
  const extraBase = baseSha && outside ? await source.tree(baseSha, "", outside) : new MapTree();
  const extraHead = !outside ? new MapTree() : await asMerged(headSha ? await source.tree(headSha, "", outside) : fsFiles(top, config), "", outside);
  const withExtra = (tree, extra) => outside ? overlayTree([
    { tree, owns: (p) => !outside(p) || layout.inRoot(p) },
    { tree: extra, owns: () => true }
  ]) : tree;
  const keep = (p) => !layout.isFrozen(p);
  const baseTree = filterTree(baseline.tree, keep);
  const lint = (tree) => spectralFindings(
    c.ruleset,
    new Documents(tree),
    tree.paths().filter((p) => !matchesAny(p, config.files.ignore)),
    c.progress
  );
  const linted = c.ruleset ? { base: await lint(baseTree), head: await lint(filterTree(head, keep)) } : void 0;
  return judgeTrees({
    config,
    base: withExtra(baseTree, extraBase),
    head: withExtra(head, extraHead),
    linted,
    baseBranchPaths: extraBase.paths(),
    frozenBase,
    baseline: baseline.description,
    headLabel,
    warnings: [...c.warnings ?? [], ...baseline.warnings, ...bothChanged.length ? [bothChangedWarning(bothChanged, baseBranch)] : []],
    code,
    guard,
    submodules,
    now: c.now,
    progress: c.progress,
    wholeTree: c.wholeTree,
    changesets,
    ...release ? { releaseTag: release } : {}
  });
}

// src/services/unit-versions.ts
function contractsOf(whole, config, layout) {
  const inScope = withReferences(config, contractScope(config), [whole]);
  const named = configPathCandidates(config).files;
  const tree = filterTree(whole, (p) => !layout.isFrozen(p) && inScope(p));
  const docs = new Documents(filterTree(whole, (p) => !layout.isFrozen(p) && (inScope(p) || named.includes(p))));
  const units = findUnits(docs.tree.paths(), docs, layout, config.units).list.filter((u) => u.home);
  return { units: units.map((u) => ({ name: u.name, version: versionAt(docs, u.home) })), tree };
}

// src/services/freeze-on-merge.ts
async function hotfixOf(port2, config, commit) {
  return (await port2.pullsOfCommit(commit)).find((p) => p.labels.includes(config.hotfix.label))?.number;
}
async function afterPush(port2, config, push, withSource) {
  const hotfix = await hotfixOf(port2, config, push.after);
  if (config.freeze.on_merge === "off" && hotfix === void 0) return "freeze.on_merge is off and no emergency hotfix was merged";
  return withSource((source) => freezeOnMerge(source, port2, config, { ...push, hotfix }));
}
async function freezeOnMerge(source, port2, config, push) {
  const layout = new ContractsLayout(config.contracts, config.modules.root);
  if (push.hotfix !== void 0) {
    const at4 = await unitsAt(source, config, layout, push.after);
    const next = at4.units.length ? void 0 : await releasedByFreezes(source, config, layout, push);
    return `hotfix #${push.hotfix}: ${await commitFreeze(source, port2, layout, push, at4, next ?? void 0)}`;
  }
  if (config.freeze.on_merge === "off") return "freeze.on_merge is off";
  const now = await unitsAt(source, config, layout, push.after);
  const was = push.before ? (await unitsAt(source, config, layout, push.before)).units : [];
  const bumped = now.units.filter((m) => m.version && was.find((w) => w.name === m.name)?.version !== m.version);
  if (!bumped.length) {
    const next = config.freeze.on_merge === "commit" && !now.units.length ? await releasedByFreezes(source, config, layout, push) : void 0;
    if (next === null) return "no contract changed since the latest freeze";
    return next ? commitFreeze(source, port2, layout, push, now, next) : "no unit version changed";
  }
  if (config.freeze.on_merge === "tag") {
    const tags = [];
    for (const m of bumped) {
      const tag = moduleTagName(m.name, m.version);
      if (await port2.createTag(tag, push.after)) tags.push(tag);
    }
    return `tagged ${tags.join(", ") || "nothing new"}`;
  }
  return commitFreeze(source, port2, layout, push, now);
}
async function unitsAt(source, config, layout, commit) {
  return contractsOf(await source.tree(commit, layout.root), config, layout);
}
async function releasedByFreezes(source, config, layout, push) {
  if (await releaseTag(source, push.branch).catch(() => void 0)) return void 0;
  const whole = await source.tree(push.after, layout.root);
  const latest = latestFreeze(whole, layout);
  if (!latest) return void 0;
  const report = judgeTrees({
    config,
    base: freezeTree(latest, layout.root),
    head: whole,
    frozenBase: whole,
    baseline: `freeze v${latest.version}`,
    headLabel: push.after.slice(0, 7),
    warnings: [],
    now: push.now
  });
  const versions = report.modules.flatMap((m) => m.release?.by === "freeze" ? [m.release.name.slice(1)] : []);
  return versions.sort(semver7.rcompare)[0] ?? null;
}
function latestFreeze(whole, layout) {
  return whole.paths().filter((p) => layout.isFreezePath(p)).map((p) => readFreeze(p, Buffer.from(whole.read(p)).toString("utf8"))).filter((f) => semver7.valid(f.version)).sort((a, b) => semver7.rcompare(a.version, b.version))[0];
}
async function commitFreeze(source, port2, layout, push, at4, named) {
  const whole = await source.tree(push.after, layout.root);
  const contracts = new MapTree(at4.tree.paths().map((p) => [layout.rel(p), at4.tree.read(p)]));
  const latest = latestFreeze(whole, layout)?.version;
  const globals = looseVersion(at4.units.find((m) => m.name === GLOBALS)?.version)?.semver;
  const moved2 = named ?? globals ?? highestRelease(at4.units.map((m) => m.version));
  const version2 = moved2 && (!latest || semver7.gt(moved2, latest)) ? moved2 : latest ? semver7.inc(latest, "patch") : "1.0.0";
  const { freeze, index } = createFreeze(contracts, version2, { now: push.now, latest });
  const sha = await port2.commitFiles({
    branch: push.branch,
    parent: push.after,
    message: `contracts: freeze v${version2}

Frozen by contract-guard after ${push.after.slice(0, 7)} (${counted(freeze.artifacts.length, "artifact")}).`,
    files: freezeFiles(freeze, index).map((f) => ({ path: layout.frozenPath(f.name), content: f.content }))
  });
  if (!sha) return `not frozen: ${push.branch} moved past ${push.after.slice(0, 7)}`;
  return `froze v${version2} (${counted(freeze.artifacts.length, "artifact")}) in ${sha.slice(0, 7)}`;
}

// src/services/base-moved.ts
async function pullsToJudgeAgain(port2, config, push, options = {}) {
  const policyFiles = /* @__PURE__ */ new Set([
    options.configPath ?? CONFIG_PATH,
    ...config.spectral.ruleset ? [config.spectral.ruleset] : DEFAULT_RULESETS,
    ".changeset/config.json"
  ]);
  const into = await port2.openPulls(push.branch);
  if (!into.length && !options.policyForAll) return { pulls: [], why: `no open pull request is into ${push.branch}` };
  let changed;
  try {
    changed = await whatChanged2(port2, config, push, policyFiles);
  } catch (err) {
    const why = `the pushed trees could not be compared (${err.message.split("\n")[0]}): every pull request into ${push.branch}`;
    return { pulls: into, why };
  }
  if (changed.policy && options.policyForAll)
    return { pulls: await port2.openPulls(), why: `the policy changed on ${push.branch}: every open pull request` };
  if (changed.policy || changed.reads) return { pulls: into, why: `${push.branch} changed what its pull requests are judged by` };
  return { pulls: [], why: `${push.branch} changed nothing its pull requests are judged by` };
}
async function whatChanged2(port2, config, push, policyFiles) {
  const [was, now] = await Promise.all([push.before ? port2.readTree(push.before) : Promise.resolve([]), port2.readTree(push.after)]);
  const paths = (tree) => tree.map((e) => e.path);
  const readBefore = filesReadOnBase(config, paths(was));
  const readAfter = filesReadOnBase(config, paths(now));
  const blobs = new Map(was.map((e) => [e.path, e.sha]));
  const differing = /* @__PURE__ */ new Set();
  for (const e of now) {
    if (blobs.get(e.path) !== e.sha) differing.add(e.path);
    blobs.delete(e.path);
  }
  for (const path of blobs.keys()) differing.add(path);
  const touched = [...differing];
  return {
    policy: touched.some((p) => policyFiles.has(p)),
    reads: touched.some((p) => readBefore(p) || readAfter(p))
  };
}

// src/core/report/drafts.ts
function githubDraftLinks(repoUrl, branch) {
  const base = repoUrl.replace(/\/$/, "");
  const ref = branch.split("/").map(encodeURIComponent).join("/");
  return {
    newFile: (path, text5) => `${base}/new/${ref}?filename=${encodeURIComponent(path)}${text5.length <= 4e3 ? `&value=${encodeURIComponent(text5)}` : ""}`,
    editFile: (path) => `${base}/edit/${ref}/${path.split("/").map(encodeURIComponent).join("/")}`
  };
}
function draftLink(p, links) {
  if (!links) return "";
  if (p.after === void 0)
    return `<a href="${attr(links.newFile(p.path, p.text))}">Create <code>${html(p.path)}</code> from this draft</a>`;
  const where = p.after === 0 ? "at the top" : `after line ${p.after}`;
  return `<a href="${attr(links.editFile(p.path))}">Edit <code>${html(p.path)}</code></a> and paste it ${where}`;
}
function draftDetails(p, links) {
  const link2 = draftLink(p, links);
  return [
    `<details><summary>\u{1F4DD} Draft for <code>${html(p.path)}</code>${link2 ? ` \xB7 ${link2}` : ""}</summary>`,
    "",
    fenced(p.text, "markdown"),
    "",
    "</details>"
  ].join("\n");
}
function fenced(text5, lang = "") {
  const longest = Math.max(2, ...[...text5.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}
${text5.replace(/\n$/, "")}
${fence}`;
}
var html = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
var attr = (s) => html(s).replace(/"/g, "&quot;");

// src/core/report/verdict.ts
function verdictOf2(report) {
  if (report.hotfix?.authorised && (report.blocked || report.approval?.required)) return "hotfix";
  if (report.blocked) return "blocked";
  if (report.approval?.required) return report.approval.approved ? "approved" : "approval";
  return "pass";
}
var BLOCKED_BY = {
  "version-bump-missing": (v, r) => `needs a ${r.modules.find((m) => m.name === v.module)?.requiredBump ?? "bigger"} version bump`,
  "changeset-missing": (v, r) => `needs a changeset declaring a ${r.modules.find((m) => m.name === v.module)?.requiredBump ?? "bigger"} release`,
  "version-decreased": () => "its version went down",
  "invariant-removed": () => "removes a frozen invariant",
  "frozen-history-edited": () => "edits the frozen history",
  "contract-unreadable": () => "leaves a contract unreadable",
  "contract-too-large": () => "holds a contract too large to read"
};
var ASKED_FOR = {
  "policy-changed": (v) => `it changes the guard's policy (${v.file})`,
  "code-invariant-touched": () => "it changes code a frozen contract guards"
};
function verdictExplains(ruleId) {
  return ruleId === "version-bump-missing" || ruleId === "changeset-missing" || ruleId === "version-decreased" || ruleId === "major-change";
}
function verdictLine(report) {
  const kind = verdictOf2(report);
  const own2 = report.changes.filter((c) => !c.earlier);
  const breaking = own2.filter((c) => c.level === "major").length;
  const level = maxLevel(own2.map((c) => c.level));
  const earlier = report.changes.filter((c) => c.earlier && c.level === "major");
  const none = own2.length < report.changes.length ? "no contract changes of its own" : "no contract changes";
  const asked = report.violations?.find((v) => v.approvable && ASKED_FOR[v.ruleId]);
  const what = (breaking ? counted(breaking, "breaking change") : asked ? ASKED_FOR[asked.ruleId](asked) : level !== "none" ? `${level} change` : none) + (earlier.length ? ` (${counted(earlier.length, "breaking change")} already on ${earlier[0].earlier})` : "");
  if (kind === "hotfix") return `\u{1F6A8} emergency hotfix: ${what} (authorised by @${report.hotfix.by}; freeze right after merge)`;
  if (kind === "blocked") {
    const blocking = report.violations?.filter((v) => v.blocking) ?? [];
    const first = blocking[0];
    const why = first && BLOCKED_BY[first.ruleId] ? BLOCKED_BY[first.ruleId](first, report) : `${counted(blocking.length, "problem")} to fix`;
    const more = first && BLOCKED_BY[first.ruleId] && blocking.length > 1 ? ` (and ${counted(blocking.length - 1, "more problem")})` : "";
    return `\u26D4 blocked: ${why}${more}`;
  }
  if (kind === "approval") return `\u26A0\uFE0F needs Contract Council approval: ${what}`;
  if (kind === "approved")
    return `\u2705 approved by the Contract Council (${report.approval.approvedBy.map((u) => `@${u}`).join(", ")}): ${what}`;
  return `\u2705 passes: ${what}`;
}

// src/core/rules/doc.ts
var RULES_DOC_URL = "https://github.com/contract-guard/contract-guard/blob/main/docs/rules.md";
function ruleAnchor(id) {
  return findRule(id)?.rule.id ?? id;
}
function ruleDocLink(id) {
  return `${RULES_DOC_URL}#${ruleAnchor(id)}`;
}

// src/core/report/markdown.ts
var MAX_MARKDOWN = 6e4;
var ICON = { major: "\u{1F534}", minor: "\u{1F7E1}", patch: "\u{1F535}", none: "\u26AA" };
function renderMarkdown(report, options = {}) {
  const { limit = MAX_MARKDOWN, links } = options;
  const top = [];
  const verdict = report.violations ? verdictLine(report) : `: ${ICON[report.level]} ${report.changes.length ? `**${report.level}** contract change` : "no contract changes"}`;
  top.push(`### contract-guard${report.violations ? " " : ""}${verdict}`, "");
  const context = [report.baseline && `baseline: ${report.baseline}`, report.head && `head: ${report.head}`].filter(Boolean);
  if (context.length) top.push(`<sub>${escape(context.join(" \xB7 "))}</sub>`, "");
  const h = report.hotfix;
  if (h?.authorised)
    top.push(
      `> \u{1F6A8} **Emergency hotfix** authorised by @${h.by} (label \`${h.label}\`): this check passes although the problems below stand. Freeze the contracts right after merge, and fix forward.`,
      ""
    );
  else if (h?.rebased)
    top.push(
      `> \u26A0\uFE0F The label \`${h.label}\` was added by @${h.by} before this pull request's base branch was changed: it let the head into the branch it targeted then, not this one. A Contract Council member must add it again (remove it and add it) for this base.`,
      ""
    );
  else if (h?.stale)
    top.push(
      `> \u26A0\uFE0F The label \`${h.label}\` was added by @${h.by} before the latest push: it let through what was pushed then, not the commits since. A Contract Council member must add it again (remove it and add it) for this head.`,
      ""
    );
  else if (h)
    top.push(
      `> \u26A0\uFE0F The label \`${h.label}\` was added by @${h.by}, who is not on the Contract Council: it has no effect. A Contract Council member must add it (remove it and ask one).`,
      ""
    );
  const approved = report.approval?.approved && report.approval.approvedBy?.length;
  const breaking = report.changes.filter((c) => c.level === "major");
  if (breaking.length) {
    const title = approved ? `**Breaking changes** approved by ${report.approval.approvedBy.map((u) => `@${u}`).join(", ")}` : "**Breaking changes**";
    top.push(title, "", "| where | what changed | who breaks |", "|---|---|---|");
    for (const c of varied(breaking).slice(0, MAX_BREAKING_ROWS)) top.push(breakingRow(c));
    if (breaking.length > MAX_BREAKING_ROWS)
      top.push(
        "",
        `\u2026 and ${breaking.length - MAX_BREAKING_ROWS} more breaking changes: each is annotated on its line in the check run, and all are in the JSON report.`
      );
    top.push("");
  }
  const blocking = report.violations?.filter((v) => v.blocking) ?? [];
  const pending = approved ? [] : report.violations?.filter((v) => v.approvable) ?? [];
  const next = blocking[0] ?? pending.find((v) => v.ruleId === "major-change") ?? pending[0];
  if (next) {
    const where = placeOf(next.file, next.line);
    const more2 = blocking.length + pending.length - 1;
    top.push(
      `**To do:** ${verdictExplains(next.ruleId) ? "" : `${escape(next.message)}. `}${escape(next.fix)} <sub>${where}${next.suggestion ? ": a suggested change is on that line" : ""} \xB7 ${ruleLink(next.ruleId)}${more2 > 0 ? ` \xB7 ${more2} more below` : ""}</sub>`,
      ""
    );
  }
  if (report.errors.length) {
    top.push("**Files that could not be analysed:**", "");
    for (const e of report.errors.slice(0, 20)) top.push(`- ${placeOf(e.file, e.line)}: ${escape(diagnosticText(e))}`);
    if (report.errors.length > 20) top.push(`- \u2026 and ${report.errors.length - 20} more (see the JSON report)`);
    top.push("");
  }
  const rest = [];
  const debt = (report.warned ?? []).filter((v) => v.debt);
  const warnings = shownWarnings(report);
  for (const { line, finding: v } of warnings.slice(0, 20))
    rest.push(
      v ? `> \u26A0\uFE0F ${escape(v.message)}. **Fix:** ${escape(v.fix)} <sub>${ruleLink(v.ruleId)} \xB7 ${placeOf(v.file, v.line)}</sub>` : `> \u26A0\uFE0F ${escape(line)}`,
      ""
    );
  if (warnings.length > 20) rest.push(`> \u26A0\uFE0F \u2026 and ${warnings.length - 20} more warnings (see the JSON report)`, "");
  const list = (title, icon, items) => {
    if (!items.length) return;
    rest.push(`**${title}**`, "");
    for (const v of items)
      rest.push(`- ${icon} ${escape(v.message)}. **Fix:** ${escape(v.fix)} <sub>${ruleLink(v.ruleId)} \xB7 ${placeOf(v.file, v.line)}</sub>`);
    rest.push("");
  };
  list(
    "Blocking",
    "\u26D4",
    blocking.filter((v) => v !== next)
  );
  list(
    "Needs Contract Council approval",
    "\u26A0\uFE0F",
    pending.filter((v) => v !== next)
  );
  if (report.modules.some((m) => m.requiredBump !== void 0)) {
    rest.push("| unit | level | frozen | current | required bump |", "|---|---|---|---|---|");
    for (const m of report.modules.filter((x) => x.requiredBump !== void 0))
      rest.push(
        `| ${m.name}${m.inherits?.length ? ` (inherits ${m.inherits.map((f) => `\`${f}\``).join(", ")})` : ""} | ${ICON[m.level]} ${m.level} | ${m.frozenVersion ?? "\u2013"} | ${currentShown(m, "\u2013")} | ${m.requiredBump} |`
      );
    rest.push("");
  }
  for (const d of report.drafts ?? []) rest.push(draftDetails(d.proposal, links), "");
  const asked = new Set([...blocking, ...pending, ...report.warned ?? []].map((v) => `${v.ruleId}|${v.module ?? ""}`));
  const checklist = (report.checklist ?? []).filter((i) => i.done || !i.ruleId || !asked.has(`${i.ruleId}|${i.module ?? ""}`));
  if (checklist.length) {
    rest.push("**Migration checklist**", "");
    for (const item of checklist) rest.push(`- [${item.done ? "x" : " "}] ${escape(item.text)}`);
    rest.push("");
  }
  if (debt.length) {
    rest.push(`**${debt.length} problem${debt.length === 1 ? "" : "s"} already on the base branch** (debt: reported, not blocking)`, "");
    for (const v of debt.slice(0, 50))
      rest.push(
        `- ${escape(v.message.endsWith(DEBT_NOTE) ? v.message.slice(0, -DEBT_NOTE.length) : v.message)} <sub>${ruleLink(v.ruleId)} \xB7 ${placeOf(v.file, v.line)}</sub>`
      );
    if (debt.length > 50) rest.push(`- \u2026 and ${debt.length - 50} more (see the JSON report)`);
    rest.push("");
  }
  const unproven = coverageLine(report.semantic);
  if (unproven) rest.push(unproven, "");
  let head = top.join("\n");
  if (head.length > limit / 2)
    head = head.slice(0, limit / 2).replace(/\n[^\n]*$/, "") + "\n\n\u2026 (cut: see the check run and the JSON report)\n";
  const others = report.changes.filter((c) => c.level !== "major");
  const more = blocking.length + pending.length - (next ? 1 : 0);
  const drafts = report.drafts?.length ?? 0;
  const summary = [
    more && `${more} more to do`,
    drafts && `${drafts} draft${drafts === 1 ? "" : "s"}`,
    checklist.length && "the checklist",
    others.length && `${others.length} other change${others.length === 1 ? "" : "s"}`,
    debt.length && `${debt.length} old problem${debt.length === 1 ? "" : "s"}`
  ].filter(Boolean);
  if (!summary.length) summary.push("details");
  if (!rest.length && !others.length) return bounded(head, limit);
  const open = `<details><summary>${summary.join(" \xB7 ")}</summary>

`;
  const close = "\n</details>\n";
  let body = rest.join("\n");
  const budget = limit - head.length - open.length - close.length;
  if (body.length > budget / 2) body = body.slice(0, budget / 2).replace(/\n[^\n]*$/, "") + "\n\n\u2026 (cut: see the JSON report)\n";
  return bounded(head + "\n" + open + body + changeList(others, budget - body.length) + close, limit);
}
function coverageLine(s) {
  if (!s?.unproven) return void 0;
  const spent = s.overBudget ? ` (${s.overBudget} stopped by a budget)` : "";
  return `<sub>Set inclusion judged ${s.judged} changed schema${s.judged === 1 ? "" : "s"}: ${s.proven} proven compatible, ${s.breaking} breaking with a witness, ${s.unproven} unproven${spent}. An unproven schema's changes keep the rules' levels; the JSON report marks each \`unproven\` with its reason.</sub>`;
}
var MAX_BREAKING_ROWS = 4;
function bounded(text5, limit) {
  return text5.length <= limit ? text5 : text5.slice(0, limit - 60).replace(/\n[^\n]*$/, "") + "\n\n\u2026 (cut at the size limit: see the JSON report)\n";
}
var WHO = {
  request: "clients sending requests",
  "request-parameter": "clients sending requests",
  response: "clients reading responses",
  "response-header": "clients reading responses",
  event: "consumers of the event",
  "event-sent": "consumers of the event",
  "event-received": "producers of the event",
  storage: "readers of stored data",
  "webhook-request": "webhook receivers",
  "webhook-response": "webhook receivers"
};
function whoBreaks(c) {
  const family = findRule(c.ruleId)?.rule.family;
  if (family === "avro")
    return c.role === "storage" ? "readers of stored data" : c.role === "request" || c.role === "response" ? "consumers of the event" : "producers and consumers";
  if (c.context) return WHO[c.context] ?? "readers";
  if (c.role) return WHO[c.role] ?? "readers";
  return family === "asyncapi" ? "publishers and subscribers" : family === "openapi" ? "API clients" : "readers of this file";
}
function varied(changes) {
  const seen = /* @__PURE__ */ new Map();
  const rank = new Map(changes.map((c) => [c, seen.set(c.ruleId, (seen.get(c.ruleId) ?? 0) + 1).get(c.ruleId)]));
  return [...changes].sort((a, b) => rank.get(a) - rank.get(b));
}
var OPERATION = /^((?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \S+) (.+)$/;
function placeEnd(message) {
  let quoted = false;
  let code = false;
  for (let i = 0; i < message.length - 1; i++) {
    const ch = message[i];
    if (quoted && ch === "\\") i++;
    else if (ch === '"' && !code) quoted = !quoted;
    else if (ch === "`" && !quoted) code = !code;
    else if (!quoted && !code && ch === ":" && message[i + 1] === " ") return i;
  }
  return -1;
}
function breakingRow(c) {
  const colon = placeEnd(c.message);
  const op = colon < 0 ? OPERATION.exec(c.message) : null;
  const where = colon > 0 ? c.message.slice(0, colon) : op ? op[1] : c.file.split("/").pop();
  const what = colon > 0 ? c.message.slice(colon + 2) : op ? `operation ${op[2]}` : c.message;
  const s = c.semantic;
  const cell = (t) => escape(t).replace(/\|/g, "\\|");
  const witness = s?.witness !== void 0 ? `<br>e.g. ${cell(`${showValue(s.witness, { spaced: true })} ${s.side === "writer" ? "may now be sent" : "was accepted, now rejected"}`)}` : "";
  const at4 = `<sub>${placeOf(c.file, c.line).replace(/\|/g, "\\|")}</sub>`;
  const earlier = c.earlier ? `<br><sub>already on ${cell(c.earlier)}: not this pull request's</sub>` : "";
  return `| ${cell(where)}<br>${at4} | ${cell(what)} <sub>${ruleLink(c.ruleId)}</sub>${witness}${earlier} | ${whoBreaks(c)} |`;
}
var ruleLink = (id) => `[\`${id}\`](${ruleDocLink(id)})`;
function changeList(changes, budget) {
  if (!changes.length) return "";
  const rows = changes.map(
    (c) => `- ${ICON[c.level]} ${ruleLink(c.ruleId)} ${escape(changeText(c))} (${placeOf(c.file, c.line)})${c.earlier ? ` <sub>already on ${escape(c.earlier)}</sub>` : ""}`
  );
  let body = "\n**Other changes**\n\n";
  let shown2 = 0;
  for (const row of rows) {
    const rest = `- \u2026 and ${rows.length - shown2} more (see the JSON report)
`;
    if (body.length + row.length + 1 + rest.length > budget) {
      body += rest;
      break;
    }
    body += row + "\n";
    shown2++;
  }
  return body;
}
function placeOf(file2, line) {
  return codeSpan(oneLine(`${file2}${line ? `:${line}` : ""}`));
}
function escape(text5) {
  const line = text5.replace(/\r?\n|\r/g, " ");
  let out = "";
  let at4 = 0;
  for (const m of line.matchAll(/`+/g)) {
    if (m.index < at4) continue;
    const close = closingRun(line, m.index + m[0].length, m[0].length);
    if (close < 0) continue;
    out += inert(line.slice(at4, m.index)) + line.slice(m.index, close + m[0].length);
    at4 = close + m[0].length;
  }
  return out + inert(line.slice(at4));
}
function closingRun(text5, from, length) {
  for (let i = text5.indexOf("`", from); i >= 0; i = text5.indexOf("`", i)) {
    let end = i;
    while (text5[end] === "`") end++;
    if (end - i === length) return i;
    i = end;
  }
  return -1;
}
var inert = (text5) => text5.replace(/[<>]/g, (c) => c === "<" ? "&lt;" : "&gt;").replace(/[[\]]/g, "\\$&").replace(/@(?=[A-Za-z0-9])/g, "@\u200B");

// src/services/review-comments.ts
var MARKER = "<!-- contract-guard:review:";
var marker = (key3) => `${MARKER}${encodeURIComponent(key3)} -->`;
var keyOf = (body) => {
  const raw = body.slice(MARKER.length, body.indexOf(" -->"));
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};
function commentablePaths(report) {
  const paths = /* @__PURE__ */ new Set();
  for (const v of report.violations ?? []) if (v.suggestion) paths.add(v.file);
  for (const v of report.drafts ?? []) {
    paths.add(v.proposal.path);
    if (v.proposal.anchor) paths.add(v.proposal.anchor.file);
  }
  for (const c of report.changes) if (c.level === "major") paths.add(c.file);
  return [...paths].sort();
}
async function planReviewComments(input) {
  const { report, commentable } = input;
  const inDiff = (path, line) => !!line && !!commentable.get(path)?.has(line);
  const out = [];
  for (const v of report.violations ?? []) {
    if (!v.suggestion || !inDiff(v.file, v.line)) continue;
    const text5 = (await input.headText(v.file))?.split(/\r?\n/)[v.line - 1];
    if (text5 === void 0 || !text5.includes(v.suggestion.find)) continue;
    const key3 = `suggest|${v.ruleId}|${v.file}`;
    const fixed = text5.replace(v.suggestion.find, v.suggestion.replace);
    out.push({
      key: key3,
      path: v.file,
      line: v.line,
      body: `${marker(key3)}
**contract-guard** ${v.blocking ? "\u26D4" : "\u26A0\uFE0F"} ${escape(v.message)}. ${escape(v.fix)}

${fenced(fixed, "suggestion")}`
    });
  }
  for (const v of report.drafts ?? []) {
    const p = v.proposal;
    const key3 = `draft|${v.ruleId}|${p.path}`;
    const intro = `${marker(key3)}
**contract-guard** ${v.blocking ? "\u26D4" : "\u26A0\uFE0F"} ${escape(v.message)}.`;
    const line = p.after === void 0 ? void 0 : Math.max(p.after, 1);
    const original = line !== void 0 && inDiff(p.path, line) ? (await input.headText(p.path))?.split(/\r?\n/)[line - 1] : void 0;
    if (line !== void 0 && original !== void 0) {
      const replaced = p.after === 0 ? p.text + original : `${original}
${p.text}`;
      out.push({ key: key3, path: p.path, line, body: `${intro} A draft, from the changes:

${fenced(replaced, "suggestion")}` });
    } else if (p.anchor && inDiff(p.anchor.file, p.anchor.line)) {
      out.push({ key: key3, path: p.anchor.file, line: p.anchor.line, body: `${intro} ${escape(v.fix)}

${draftDetails(p, input.links)}` });
    }
  }
  const majors = report.changes.filter((c) => c.level === "major" && inDiff(c.file, c.line));
  for (const c of majors.slice(0, input.maxInline)) {
    const key3 = `change|${c.ruleId}|${c.file}|${c.pointer}`;
    const body = `${marker(key3)}
\u{1F534} **major** \`${c.ruleId}\`: ${escape(changeText(c))}

${escape(c.hint)}`;
    out.push({ key: key3, path: c.file, line: c.line, body });
  }
  return out;
}
async function syncReviewComments(port2, pr, commitId, planned) {
  const existing = (await port2.listReviewComments(pr)).filter((c) => c.byBot && c.body.startsWith(MARKER));
  const counts = { created: 0, updated: 0, kept: 0, deleted: 0 };
  const wanted = new Map(planned.map((p) => [p.key, p]));
  for (const c of existing) {
    const want = wanted.get(keyOf(c.body));
    if (!want || c.path !== want.path || c.line !== want.line) {
      await port2.deleteReviewComment(c.id);
      counts.deleted++;
      continue;
    }
    wanted.delete(want.key);
    if (c.body === want.body) counts.kept++;
    else {
      await port2.updateReviewComment(c.id, want.body);
      counts.updated++;
    }
  }
  const fresh = [...wanted.values()];
  if (fresh.length) {
    const body = `contract-guard: ${fresh.length} note${fresh.length === 1 ? "" : "s"} on the changed lines (the summary is in the pull request's comment).`;
    await port2.createReviewComments(pr, { commitId, body, comments: fresh.map(({ path, line, body: body2 }) => ({ path, line, body: body2 })) });
    counts.created = fresh.length;
  }
  return counts;
}

// src/services/remote-tags.ts
function withRemoteTags(local, remote) {
  const missing = /* @__PURE__ */ new Set();
  const tagged = /* @__PURE__ */ new Set();
  let listed2;
  const from = (commit) => missing.has(commit) ? remote : local;
  return {
    note: local.note,
    commit: async (ref) => {
      if (!ref.startsWith("refs/tags/")) return local.commit(ref);
      const commit = await remote.commit(ref);
      tagged.add(commit);
      const held = await local.commit(commit).then(
        () => true,
        () => false
      );
      if (!held) missing.add(commit);
      return commit;
    },
    tree: (commit, under, keep) => from(commit).tree(commit, under, keep),
    file: (ref, path) => from(ref).file(ref, path),
    // a shallow clone may hold a tag's commit but not the history joining it to the branch: GitHub has it
    mergeBase: (a, b) => missing.has(a) || missing.has(b) ? remote.mergeBase(a, b) : local.mergeBase(a, b).catch((err) => tagged.has(a) || tagged.has(b) ? remote.mergeBase(a, b) : Promise.reject(err)),
    // one listing for every prefix asked
    tags: async (prefix) => (await (listed2 ??= remote.tags(""))).filter((t) => t.startsWith(prefix)),
    ...local.diffLines ? { diffLines: local.diffLines.bind(local) } : {},
    ...local.changedPaths ? { changedPaths: local.changedPaths.bind(local) } : {}
  };
}

// src/services/pull-request.ts
var MARKER2 = "<!-- contract-guard:sticky -->";
var ANNOTATION_BATCH = 50;
var QUIET_FETCH = ["--no-tags", "--no-auto-maintenance"];
async function ensureRefs(clone, baseRef, headSha, known) {
  const g = git(clone.top);
  const has = (ref) => clone.commit(ref).then(
    () => true,
    () => false
  );
  if (known) {
    const commits = [.../* @__PURE__ */ new Set([known.base, headSha, known.mergeBase])];
    const missing = (await Promise.all(commits.map(async (c) => await has(c) ? [] : [c]))).flat();
    if (missing.length) await g.raw(["fetch", ...QUIET_FETCH, "--depth=1", "origin", ...missing]);
    clone.knowRef(`origin/${baseRef}`, known.base);
    clone.knowMergeBase(known.base, headSha, known.mergeBase);
    return;
  }
  const base = `refs/remotes/origin/${baseRef}`;
  if (!await has(base)) await g.raw(["fetch", ...QUIET_FETCH, "--depth=50", "origin", `+refs/heads/${baseRef}:${base}`]);
  if (!await has(headSha)) await g.raw(["fetch", ...QUIET_FETCH, "--depth=50", "origin", headSha]);
  for (let i = 0; i < 4; i++) {
    try {
      await clone.mergeBase(base, headSha);
      return;
    } catch {
      if ((await g.raw(["rev-parse", "--is-shallow-repository"])).trim() !== "true") return;
      await g.raw(["fetch", ...QUIET_FETCH, i < 3 ? "--deepen=200" : "--unshallow", "origin", `+refs/heads/${baseRef}:${base}`]);
    }
  }
}
async function comparison(input, log) {
  if (input.comparison || !input.port) return input.comparison;
  try {
    return await input.port.comparison(input.pr.baseRef, input.pr.headSha);
  } catch (err) {
    log(`the compare API did not answer (${err.message.split("\n")[0]}): the checkout's history finds the merge base`);
    return void 0;
  }
}
var changeKey = (c) => `${c.ruleId}|${c.file}|${c.pointer}|${c.identity ?? c.message}`;
var majorsOf = (changes) => new Set(changes.filter((c) => c.level === "major").map(changeKey));
var findingKey = (v) => `${v.ruleId}|${v.file}|${v.identity ?? v.message}`;
var askedOf = (violations = []) => violations.filter((v) => v.approvable && v.ruleId !== "major-change").map(findingKey);
var approvedIn = (report) => /* @__PURE__ */ new Set([...majorsOf(report.changes), ...askedOf(report.violations)]);
async function judgePullRequest(input) {
  if (input.cwd === void 0) return judgeThrough(input, void 0);
  return withGitSource(await repoTop(input.cwd), (clone) => {
    if (input.sizes) clone.knowSizes(input.sizes);
    return judgeThrough(input, clone);
  });
}
async function judgeThrough(input, clone) {
  const { pr, port: port2 } = input;
  const log = input.log ?? (() => {
  });
  const source = clone && port2 ? withRemoteTags(clone, new RestSource(port2)) : clone ?? input.source;
  if (!source) throw new Error("judging a pull request needs a checkout or a tree source");
  const { report, config, baseBranch } = await verdictFor(input, clone, source, pr, await comparison(input, log));
  let readOnly = !port2;
  const shared = port2 && !pr.group ? await strictestSharing(input, clone, source, verdictOf2(report)) : void 0;
  const kind = shared?.kind ?? verdictOf2(report);
  const conclusion = kind === "blocked" ? "failure" : kind === "approval" ? "action_required" : "success";
  const links = pr.head ? githubDraftLinks(pr.head.url, pr.head.ref) : void 0;
  const markdown = renderMarkdown(report, { links });
  const title = shared?.title ?? verdictLine(report);
  const sharedNote = shared ? `> **Note:** ${shared.note} GitHub keeps one check per commit, so it concludes as the strictest of the pull requests the commit heads; what this pull request is told follows.

` : "";
  const annotations = annotationsOf(report);
  let comment = "skipped";
  let checkRunId;
  const unwritten = [];
  const guard = async (what, fn) => {
    try {
      return await fn();
    } catch (err) {
      if (statusOf(err) === 403 && !/rate limit/i.test(err.message)) {
        log(`${what}: refused (403: ${err.message})`);
        unwritten.push(`the ${what} could not be written (GitHub refused it: ${err.message})`);
        return void 0;
      }
      throw err;
    }
  };
  if (port2) {
    checkRunId = await guard(
      "check run",
      () => publishCheckRun(
        port2,
        input.checkName,
        pr.headSha,
        conclusion,
        title,
        sharedNote + checkSummary(markdown, sharedNote.length),
        annotations
      )
    );
    if (checkRunId === void 0) {
      readOnly = true;
      if (input.comment) comment = "not-allowed";
    }
  }
  if (port2 && !readOnly && input.comment) {
    const result = await guard("sticky comment", () => stickyComment(port2, pr.number, report, markdown));
    comment = result ?? "not-allowed";
  }
  let review;
  if (port2 && !readOnly && input.comment && comment !== "not-allowed" && source.diffLines) {
    const diffLines2 = source.diffLines.bind(source);
    review = await guard("review comments", async () => {
      const base = await source.mergeBase(pr.headSha, baseBranch).catch(() => "");
      if (!base) {
        log("review comments: no merge-base with the base branch in this clone; the check run carries the annotations");
        return void 0;
      }
      const commentable = await diffLines2(base, pr.headSha, commentablePaths(report));
      const headText = (path) => source.file(pr.headSha, path);
      const planned = await planReviewComments({ report, commentable, headText, maxInline: config.review.max_inline, links });
      return syncReviewComments(port2, pr.number, pr.headSha, planned);
    });
  }
  if (port2 && checkRunId !== void 0 && unwritten.length) {
    const note = `> **Note:** ${unwritten.join("; ")}. The verdict above stands.

`;
    const summary = note + sharedNote + checkSummary(markdown, note.length + sharedNote.length);
    await port2.updateCheckRun(checkRunId, { output: { title, summary } });
  }
  return { report, conclusion, kind, title, annotations, comment, checkRunId, readOnly, markdown, review };
}
async function verdictFor(input, clone, source, pr, known) {
  const { port: port2 } = input;
  const log = input.log ?? (() => {
  });
  const top = clone?.top;
  if (clone) await ensureRefs(clone, pr.baseRef, pr.headSha, known);
  const baseBranch = top === void 0 ? pr.baseRef : `origin/${pr.baseRef}`;
  const { config, ruleset } = await policyOnBase(source, baseBranch, input.configPath, top, input.configText);
  if (clone) await clone.prefetch([baseBranch, pr.headSha], "", filesRead(config));
  const checkOf2 = async (head) => {
    const judged2 = await checkSource({
      source,
      config: { ...config, contracts: normalizeRoot(config.contracts) },
      // the head commit, not HEAD: the App's clone checks nothing out
      baseline: { baseBranch, mergeFrom: head },
      head,
      warnings: input.warnings,
      ruleset,
      now: /* @__PURE__ */ new Date(),
      progress: input.progress
    });
    input.progress?.("");
    return judged2;
  };
  const report = await checkOf2(pr.headSha);
  let rebased;
  const rebasedAt = () => rebased ??= port2.baseChangedAt(pr.number);
  const where = pr.group ? `${pr.group.parent.slice(0, 7)} (the commit its merge queue group was built on)` : pr.baseRef;
  let breaking = majorsOf(report.changes);
  let asked = (report.violations ?? []).filter((v) => v.approvable);
  const found2 = report.changes.length > 0 || (report.violations?.length ?? 0) > 0;
  if (found2 && await changesNothingRead(source, pr, baseBranch, filesRead(config))) {
    for (const c of report.changes) c.earlier = where;
    [breaking, asked] = [/* @__PURE__ */ new Set(), []];
    const blocking = (report.violations ?? []).filter((v) => v.blocking);
    if (blocking.length) {
      const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more)` : "";
      report.warnings.push(
        `${where} is blocked itself: ${blocking[0].message}${more}; not this pull request's to fix, as it changes no file the check reads`
      );
      report.blocked = false;
      report.violations = report.violations?.filter((v) => !v.blocking);
    }
  } else if (report.approval?.required) {
    if (clone && pr.group) await ensureRefs(clone, pr.baseRef, pr.group.parent).catch(() => void 0);
    const own2 = ownFindings(report, await checkOf2(pr.group?.parent ?? baseBranch), where);
    [breaking, asked] = [own2.majors, own2.approvable];
  }
  report.checklist = ownChecklist(report);
  if (report.approval?.required && !breaking.size && !asked.length) {
    report.approval = { ...report.approval, required: false, reasons: [] };
    report.violations = report.violations?.filter((v) => !v.approvable);
    report.warnings.push(
      `its breaking changes are already on ${where} against the same baseline, approved where they were made: this pull request adds none`
    );
  }
  if (report.approval?.required && port2) {
    const current = /* @__PURE__ */ new Set([...breaking, ...askedOf(asked)]);
    const approvedBy = await councilApprovals(port2, pr, config, current, rebasedAt, async (sha) => {
      if (clone) await ensureRefs(clone, pr.baseRef, sha).catch(() => void 0);
      return approvedIn(await checkOf2(sha));
    });
    report.approval = { ...report.approval, approvedBy, approved: approvedBy.length >= config.council.approvals };
    log(`council approvals: ${approvedBy.length ? approvedBy.join(", ") : "none"} (need ${config.council.approvals})`);
  }
  if (port2 && (report.blocked || report.approval?.required)) {
    const added = await port2.labelAddedBy(pr.number, config.hotfix.label);
    if (added) {
      const council = await councilMember(port2, config)(added.by);
      const labelled = pr.group ? await port2.pullHead(pr.number) ?? pr.headSha : pr.headSha;
      const started = (await port2.listCheckRuns(labelled, input.checkName)).map((r) => r.startedAt).filter((t) => !!t);
      const seen = started.length ? Math.min(...started.map((t) => Date.parse(t))) : Date.now();
      const changed = council ? await rebasedAt() : void 0;
      const moved2 = changed !== void 0 && !!added.at && Date.parse(added.at) < Date.parse(changed);
      const stale = council && (!added.at || Date.parse(added.at) < seen || moved2);
      report.hotfix = {
        label: config.hotfix.label,
        by: added.by,
        authorised: council && !stale,
        ...stale ? { stale: true } : {},
        ...stale && moved2 ? { rebased: true } : {}
      };
      log(
        `hotfix label ${config.hotfix.label} added by ${added.by}: ${report.hotfix.authorised ? "authorised" : moved2 ? "before the base branch was changed, no effect" : stale ? "before the latest push, no effect" : "not a council member, no effect"}`
      );
    }
  }
  return { report, config, baseBranch };
}
var MAX_SHARED_BASES = 5;
var STRICTNESS = { blocked: 2, approval: 1, hotfix: 0, approved: 0, pass: 0 };
async function strictestSharing(input, clone, source, own2) {
  const { pr, port: port2 } = input;
  const bases = /* @__PURE__ */ new Map();
  for (const p of await port2.pullsOfCommit(pr.headSha))
    if (p.state === "open" && p.headSha === pr.headSha && p.baseRef && p.baseRef !== pr.baseRef && !bases.has(p.baseRef))
      bases.set(p.baseRef, p.number);
  if (!bases.size) return void 0;
  const sorted = [...bases].sort((a, b) => a[1] - b[1]);
  const named = ([baseRef, number]) => `#${number} (into \`${baseRef}\`)`;
  if (sorted.length > MAX_SHARED_BASES)
    return {
      kind: "blocked",
      title: `\u26D4 blocked: this commit heads pull requests into ${sorted.length + 1} branches; at most ${MAX_SHARED_BASES + 1} are judged`,
      note: `This commit also heads ${sorted.map(named).join(", ")}: more branches than one check judges.`
    };
  let strictest2;
  let rank = STRICTNESS[own2];
  for (const [baseRef, number] of sorted) {
    const other = { number, baseRef, headSha: pr.headSha };
    const judged2 = await verdictFor({ ...input, progress: void 0 }, clone, source, other, void 0).catch((err) => {
      if (isBug(err)) throw err;
      return err.message.split("\n")[0];
    });
    const kind = typeof judged2 === "string" ? "blocked" : verdictOf2(judged2.report);
    const line = typeof judged2 === "string" ? `\u26D4 blocked: it could not be judged there (${judged2})` : verdictLine(judged2.report);
    input.log?.(`this commit also heads #${number} (into ${baseRef}): ${line}`);
    if (STRICTNESS[kind] <= rank) continue;
    rank = STRICTNESS[kind];
    strictest2 = {
      kind,
      title: line.replace(":", ` in #${number} (into ${baseRef}):`),
      note: `This commit also heads ${named([baseRef, number])}, where it is ${line}.`
    };
  }
  return strictest2;
}
function councilMember(port2, config) {
  const members = /* @__PURE__ */ new Map();
  return async (user) => {
    if (config.council.users.some((u) => u.toLowerCase() === user.toLowerCase())) return true;
    if (!members.has(user)) {
      let member2 = false;
      for (const slug of config.council.teams) {
        const [org, team] = slug.split("/");
        if (await port2.isTeamMember(org, team, user)) {
          member2 = true;
          break;
        }
      }
      members.set(user, member2);
    }
    return members.get(user);
  };
}
async function councilApprovals(port2, pr, config, current, rebasedAt, majorsAt) {
  const reviews = await port2.listReviews(pr.number);
  const latest = /* @__PURE__ */ new Map();
  for (const r of reviews) if (r.state !== "COMMENTED" && r.state !== "PENDING") latest.set(r.user.toLowerCase(), r);
  const isCouncil = councilMember(port2, config);
  const majorsCache = /* @__PURE__ */ new Map();
  const approvers = [];
  const sinceBaseChange = async (r) => {
    const at4 = await rebasedAt();
    return at4 === void 0 || r.submittedAt !== void 0 && Date.parse(r.submittedAt) >= Date.parse(at4);
  };
  for (const r of latest.values()) {
    if (r.state !== "APPROVED" || !await isCouncil(r.user) || !await sinceBaseChange(r)) continue;
    if (r.commitId !== pr.headSha) {
      if (!majorsCache.has(r.commitId)) majorsCache.set(r.commitId, await majorsAt(r.commitId).catch(() => void 0));
      const approved = majorsCache.get(r.commitId);
      if (!approved || [...current].some((m) => !approved.has(m))) continue;
    }
    approvers.push(r.user);
  }
  return approvers.sort();
}
async function changesNothingRead(source, pr, baseBranch, read) {
  if (!source.changedPaths) return false;
  try {
    const fork = pr.group?.parent ?? await source.mergeBase(pr.headSha, baseBranch);
    const changed = await source.changedPaths(fork, pr.headSha);
    return changed !== void 0 && !changed.some(read);
  } catch {
    return false;
  }
}
function ownFindings(report, before, where) {
  const asked = new Set((before.violations ?? []).filter((v) => v.approvable).map(findingKey));
  const there = new Set(before.changes.map(changeKey));
  for (const c of report.changes) if (there.has(changeKey(c))) c.earlier = where;
  return {
    majors: new Set([...majorsOf(report.changes)].filter((m) => !there.has(m))),
    approvable: (report.violations ?? []).filter((v) => v.approvable && !asked.has(findingKey(v)))
  };
}
function fixedSince(previous) {
  const verdict = /^### contract-guard (.+)$/m.exec(previous)?.[1];
  const todo = /^\*\*To do:\*\* (.+?) <sub>/m.exec(previous)?.[1];
  const breaks = [...previous.matchAll(/^\| (.+?)<br>.*? \| (.+?) <sub>/gm)].map((m) => `${m[1]}: ${m[2]}`);
  return [
    ...verdict ? [`- ~~${verdict}~~`] : [],
    ...todo ? [`- ~~To do: ${todo}~~`] : [],
    ...breaks.map((b) => `- ~~${b}~~ no longer breaks`)
  ].join("\n");
}
async function stickyComment(port2, pr, report, markdown) {
  const existing = (await port2.listComments(pr)).find((c) => c.byBot && c.body.includes(MARKER2));
  const touched = report.changes.some((c) => !c.earlier) || (report.violations?.length ?? 0) > 0 || report.errors.length > 0;
  if (!existing && !touched) return "skipped";
  const kind = verdictOf2(report);
  let body;
  let outcome;
  if (existing && kind === "pass" && /⛔ blocked|⚠️ needs Contract Council approval/.test(existing.body)) {
    const todo = (report.checklist ?? []).map((i) => `- [${i.done ? "x" : " "}] ${i.text}`).join("\n");
    body = `${MARKER2}
### contract-guard \u2705 resolved: ${verdictLine(report).replace(/^✅ passes: /, "")}

The problems reported earlier are fixed:

${fixedSince(existing.body)}${todo ? `

**Migration checklist**

${todo}` : ""}
`;
    outcome = "resolved";
  } else {
    body = `${MARKER2}
${markdown}`;
    outcome = existing ? "updated" : "created";
  }
  if (existing) {
    if (existing.body === body) return "unchanged";
    await port2.updateComment(existing.id, body);
    return outcome;
  }
  await port2.createComment(pr, body);
  return outcome;
}
async function publishCheckRun(port2, name, headSha, conclusion, title, summary, annotations) {
  const batches = [];
  for (let i = 0; i < annotations.length; i += ANNOTATION_BATCH) batches.push(annotations.slice(i, i + ANNOTATION_BATCH));
  const first = { title, summary, annotations: batches[0] ?? [] };
  const id = await concludeCheckRun(port2, name, headSha, conclusion, first);
  for (const batch of batches.slice(1)) await port2.updateCheckRun(id, { output: { title, summary, annotations: batch } });
  return id;
}
async function concludeCheckRun(port2, name, headSha, conclusion, output) {
  const [known] = await port2.listCheckRuns(headSha, name);
  if (known && await port2.updateCheckRun(known.id, { conclusion, output })) return known.id;
  return port2.createCheckRun({ name, headSha, conclusion, output });
}
function checkSummary(markdown, room = 0) {
  const max = 65e3 - room;
  return markdown.length > max ? markdown.slice(0, max) : markdown;
}
var MAX_ANNOTATIONS = 250;
function annotationsOf(report) {
  const out = [];
  const level = (v) => v.blocking ? "failure" : v.approvable ? "warning" : "notice";
  for (const v of report.violations ?? []) {
    out.push({
      path: v.file,
      start_line: v.line ?? 1,
      end_line: v.line ?? 1,
      annotation_level: level(v),
      title: `contract-guard: ${v.ruleId}`,
      message: `${v.message}
Fix: ${v.fix}`
    });
  }
  for (const c of report.changes) {
    if (c.level !== "major" && c.level !== "minor" || c.earlier) continue;
    out.push({
      path: c.file,
      start_line: c.line ?? 1,
      end_line: c.line ?? 1,
      annotation_level: c.level === "major" ? "warning" : "notice",
      title: `${c.level} change: ${c.ruleId}`,
      message: `${changeText(c)}
${c.hint}`
    });
  }
  const rank = { failure: 0, warning: 1, notice: 2 };
  return out.sort((x, y) => rank[x.annotation_level] - rank[y.annotation_level]).slice(0, MAX_ANNOTATIONS);
}

// src/app/clone.ts
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";
var CloneError = class extends Error {
};
function authenticatedUrl(cloneUrl, token) {
  const url = new URL(cloneUrl);
  url.username = "x-access-token";
  url.password = token;
  return url.toString();
}
function redact(text5) {
  return text5.replace(/\/\/[^/@\s]*:[^/@\s]*@/g, "//***@");
}
async function withClone(cloneUrl, token, fetch2, run) {
  const dir = mkdtempSync(join3(tmpdir(), "contract-guard-app-"));
  try {
    const g = git(dir);
    try {
      await g.raw(["init", "--quiet"]);
    } catch (err) {
      throw new CloneError(`git is not usable here: ${redact(err.message)}`);
    }
    const quoted = `"${authenticatedUrl(cloneUrl, token).replace(/[\\"]/g, (c) => `\\${c}`)}"`;
    appendFileSync(
      join3(dir, ".git", "config"),
      `[remote "origin"]
	url = ${quoted}
	promisor = true
	partialclonefilter = blob:none
[maintenance]
	auto = false
[gc]
	auto = 0
`
    );
    try {
      await gitWithInput(
        dir,
        ["fetch", "--quiet", "--no-tags", "--filter=blob:none", `--depth=${fetch2.depth}`, "--stdin", "origin"],
        fetch2.wants
      );
    } catch (err) {
      throw new CloneError(`cloning failed: ${redact(err.message).split("\n")[0]}`);
    }
    return await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// src/app/fetch-plan.ts
function fetchByName(pr) {
  return {
    wants: [`+refs/heads/${pr.baseRef}:refs/remotes/origin/${pr.baseRef}`, `+refs/pull/${pr.number}/head:refs/remotes/pull/${pr.number}`],
    depth: 50
  };
}
async function planFetch(port2, pr, reads, log) {
  try {
    const [comparison2, head] = await Promise.all([port2.comparison(pr.baseRef, pr.headSha), port2.readTree(pr.headSha)]);
    const { base, mergeBase } = comparison2;
    const others = await Promise.all([base, ...mergeBase !== base ? [mergeBase] : []].map((c) => port2.readTree(c)));
    const read = reads(others[0].map((e) => e.path));
    const blobs = /* @__PURE__ */ new Set();
    const unfetched = /* @__PURE__ */ new Map();
    for (const tree of [head, ...others]) {
      const budget = new TreeBudget();
      for (const e of tree) {
        if (!read(e.path)) continue;
        if (e.size <= LIMITS.maxFileBytes && budget.take(e.size)) blobs.add(e.sha);
        else unfetched.set(e.sha, e.size);
      }
    }
    const commits = [`+${base}:refs/remotes/origin/${pr.baseRef}`, `+${pr.headSha}:refs/remotes/pull/${pr.number}`];
    return { wants: [...commits, ...mergeBase !== base ? [mergeBase] : [], ...blobs], depth: 1, comparison: comparison2, unfetched };
  } catch (err) {
    log(`planning the fetch through the API failed (${err.message.split("\n")[0]}): fetching by ref name`);
    return fetchByName(pr);
  }
}

// src/app/jobs.ts
var CHECK_NAME = "contract-guard";
async function configText(octokit, owner, repo) {
  const { config } = await octokit.config.get({ owner, repo, path: CONFIG_PATH });
  if (!config || !Object.keys(config).length) return void 0;
  const { _extends: _e, ...rest } = config;
  return dump(rest);
}
async function installationToken(probot2, installationId) {
  const appOctokit = await probot2.auth();
  const { data: data2 } = await appOctokit.request("POST /app/installations/{installation_id}/access_tokens", { installation_id: installationId });
  return data2.token;
}
function ownAppId() {
  const id = Number(process.env.APP_ID);
  return Number.isInteger(id) && id > 0 ? id : void 0;
}
async function processJob(probot2, job, log, progress, dispatch = () => void 0) {
  const octokit = await probot2.auth(job.installationId);
  const port2 = new OctokitPort(octokit, job.owner, job.repo, ownAppId());
  const where = `${job.owner}/${job.repo}`;
  const text5 = await configText(octokit, job.owner, job.repo);
  if (job.kind === "push") {
    if (!job.ref.startsWith("refs/heads/") || /^0+$/.test(job.after)) return "skipped";
    const config2 = parseConfig(CONFIG_PATH, text5 ?? "");
    const first = /^0+$/.test(job.before);
    const branch = job.ref.slice("refs/heads/".length);
    let outcome = "skipped";
    if (branch === job.defaultBranch) {
      const push = { branch, before: first ? void 0 : job.before, after: job.after, now: /* @__PURE__ */ new Date() };
      const fetch2 = { wants: [job.after, ...first ? [] : [job.before]], depth: 1 };
      const frozen = await afterPush(
        port2,
        config2,
        push,
        async (run) => withClone(job.cloneUrl, await installationToken(probot2, job.installationId), fetch2, (dir) => withGitSource(dir, run))
      );
      log(`${where}: ${frozen}`);
      outcome = "frozen";
    }
    const stale = await pullsToJudgeAgain(
      port2,
      config2,
      { branch, ...first ? {} : { before: job.before }, after: job.after },
      { policyForAll: branch === job.defaultBranch }
    );
    log(`${where}: ${stale.why}${stale.pulls.length ? `: judging ${stale.pulls.map((p) => `#${p.number}`).join(", ")} again` : ""}`);
    const { kind: _k, ref: _r, before: _b, after: _a, defaultBranch: _d, ...common2 } = job;
    for (const pr2 of stale.pulls) dispatch({ ...common2, kind: "pull_request", delivery: `${job.delivery}-pr-${pr2.number}`, pr: pr2 });
    return outcome;
  }
  const { pr } = job;
  const current = pr.group ? void 0 : await port2.pullHead(pr.number);
  if (current && current !== pr.headSha) {
    log(`${where}#${pr.number} @ ${pr.headSha.slice(0, 7)}: superseded by ${current.slice(0, 7)}`);
    return "superseded";
  }
  const config = parseConfig(CONFIG_PATH, text5 ?? "");
  const common = { pr, port: port2, checkName: CHECK_NAME, comment: !pr.group, configText: text5 ?? "", log, progress };
  let judged2;
  try {
    const [token, plan] = await Promise.all([
      installationToken(probot2, job.installationId),
      planFetch(port2, pr, (basePaths) => filesReadOnBase(config, basePaths), log)
    ]);
    judged2 = await withClone(
      job.cloneUrl,
      token,
      plan,
      (dir) => judgePullRequest({ cwd: dir, comparison: plan.comparison, sizes: plan.unfetched, ...common })
    );
  } catch (err) {
    if (!(err instanceof CloneError)) throw err;
    log(`${where}: ${err.message}; falling back to the contents API`);
    const warning = `the repository could not be cloned (${err.message}): contracts were read through the contents API`;
    judged2 = await judgePullRequest({ ...common, source: new RestSource(port2), warnings: [warning] });
  }
  log(`${where}#${pr.number} @ ${pr.headSha.slice(0, 7)}: ${judged2.conclusion}, comment ${judged2.comment}`);
  return "judged";
}

// src/app/probot.ts
import { createProbot, ProbotOctokit } from "probot";
var baseUrl = process.env.GITHUB_API_URL;
var retryLimited = (after, options, octokit, count) => {
  octokit.log.warn(`rate limited on ${options.method} ${options.url}; retrying in ${after}s`);
  return count < 3;
};
var unpaced = process.env.CONTRACT_GUARD_THROTTLE === "off";
var Octokit = ProbotOctokit.defaults((given) => {
  const request = given.request;
  const options = { ...given, request: { ...request, fetch: timedFetch(requestTimeoutMs(), request?.fetch) } };
  if (unpaced) return { ...options, throttle: { enabled: false } };
  const throttle = options.throttle;
  return throttle && throttle.enabled !== false ? { ...options, throttle: { ...throttle, onRateLimit: retryLimited, onSecondaryRateLimit: retryLimited } } : options;
});
function makeProbot() {
  return createProbot({ overrides: { Octokit, ...baseUrl ? { baseUrl } : {} } });
}

// src/app/judge-thread.ts
var probot = makeProbot();
var port = parentPort;
var send = (m) => port.postMessage(m);
port.on("message", (job) => {
  processJob(
    probot,
    job,
    (line) => send({ log: line }),
    (file2) => send({ file: file2 }),
    (then) => send({ then })
  ).then(
    (outcome) => send({ outcome }),
    (err) => send({ error: err?.message ?? String(err) })
  );
});
