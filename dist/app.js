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
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
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
    var NAMED = /* @__PURE__ */ new Set(["record", "error", "enum", "fixed"]);
    for (const Union of [avsc.types && avsc.types.WrappedUnionType, avsc.types && avsc.types.UnwrappedUnionType]) {
      const tried = Union && Union.prototype._update;
      if (typeof tried !== "function" || tried.linear) continue;
      Union.prototype._update = Object.assign(
        function(resolver, type, opts) {
          if (!type.name || !NAMED.has(type.typeName)) return tried.call(this, resolver, type, opts);
          const strict = !(opts && opts.ignoreNamespaces);
          const named = (n) => strict ? n : n.slice(n.lastIndexOf(".") + 1);
          const wanted = named(type.name);
          const types = this.types.filter(
            (t) => !NAMED.has(t.typeName) || [t.name, ...t.aliases || []].some((a) => a && named(a) === wanted)
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

// src/app/server.ts
import { createServer } from "node:http";

// src/app/jobs.ts
import { dump } from "js-yaml";

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
function overSizeLimit(file2, size) {
  const mb = (n) => (n / 1024 / 1024).toFixed(1);
  return new OverSizeLimit(`file is ${mb(size)} MB, over the ${mb(LIMITS.maxFileBytes)} MB limit`, file2);
}

// src/adapters/git-tree.ts
import { simpleGit } from "simple-git";

// src/adapters/cat-file.ts
import Queue from "yocto-queue";

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

// src/core/model.ts
var ROLES = ["request", "response", "event", "storage"];

// src/core/source/parse.ts
import { CORE_SCHEMA, load, mergeTag, YAMLException } from "js-yaml";
import { parse as parseJsonc, printParseErrorCode } from "jsonc-parser";

// src/core/source/positions.ts
import { EVENT_ID, getScalarValue, parseEvents } from "js-yaml";

// src/core/source/avro-idl.ts
var import_libraries = __toESM(require_libraries(), 1);

// src/core/source/parse.ts
var YAML_SCHEMA = CORE_SCHEMA.withTags(mergeTag);

// src/core/source/tree.ts
var GIT_SYMLINK_MODE = "120000";

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
                                      for (const key2 in data7) {
                                        if (!(key2 === "file" || key2 === "key")) {
                                          validate10.errors = [{ instancePath: instancePath + "/units/" + i1 + "/version", schemaPath: "#/properties/units/items/properties/version/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
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
function compiled(pattern, lines) {
  const key2 = `${lines ? "m" : "u"}:${pattern}`;
  let hit = cache.get(key2);
  if (!hit) {
    hit = compile(pattern, lines);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(key2, hit);
  }
  if (hit instanceof UnsafePattern) throw hit;
  return hit;
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
      test: (text2) => re.matcher(text2).find(),
      matches: (text2, limit) => {
        const out = [];
        const m = re.matcher(text2);
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
var safeRegExpEngine = Object.assign((pattern) => safePattern(pattern), { code: "safePattern" });

// src/core/policy/glob.ts
var import_libraries3 = __toESM(require_libraries(), 1);
import zeptomatch from "zeptomatch";

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
function timedFetch(ms = requestTimeoutMs(), base2 = fetch) {
  return (input, init) => {
    const deadline = AbortSignal.timeout(ms);
    return base2(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
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
  async openPulls(base2) {
    const { data: data2 } = await this.octokit.request("GET /repos/{owner}/{repo}/pulls", {
      ...this.where,
      state: "open",
      ...base2 ? { base: base2 } : {},
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
      const { bytes, json: json2 } = await this.raw("GET /repos/{owner}/{repo}/contents/{path}", { path, ref });
      return json2 ? void 0 : bytes;
    } catch (err) {
      if (statusOf(err) === 404) return void 0;
      throw err;
    }
  }
  async comparison(base2, head) {
    const data2 = await this.json("GET /repos/{owner}/{repo}/compare/{basehead}", { basehead: `${base2}...${head}` });
    const found = data2;
    const [tip, mergeBase] = [found.base_commit?.sha, found.merge_base_commit?.sha];
    if (!tip || !mergeBase) throw new Error(`the compare of ${base2}...${head} named no base or merge-base commit`);
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
  async compareFiles(base2, head) {
    const data2 = await this.json("GET /repos/{owner}/{repo}/compare/{basehead}", { basehead: `${base2}...${head}` });
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

// src/services/freeze-on-merge.ts
import semver7 from "semver";

// src/core/freeze/model.ts
import semver from "semver";

// src/core/freeze/read.ts
var validateFreeze2 = validators.validateFreeze;
var validateIndex2 = validators.validateIndex;

// src/core/loose-version.ts
import semver2 from "semver";

// src/core/modules.ts
import { load as load2 } from "js-yaml";

// src/core/semantic/bundle.ts
import Queue2 from "yocto-queue";

// src/services/baseline.ts
import semver3 from "semver";

// src/core/diff/avro-diff.ts
var import_libraries4 = __toESM(require_libraries(), 1);
import Queue3 from "yocto-queue";

// src/core/diff/fingerprint.ts
var [SEED_LO, SEED_HI] = globalThis.crypto.getRandomValues(new Uint32Array(2));
var START_LO = [0, 1, 2, 3, 4, 5, 6].map((kind) => Math.imul(SEED_LO ^ kind, 2246822507) ^ SEED_HI);
var START_HI = [0, 1, 2, 3, 4, 5, 6].map((kind) => Math.imul(SEED_HI ^ kind, 3266489909) ^ SEED_LO);

// src/core/semantic/strings.ts
var import_libraries5 = __toESM(require_libraries(), 1);

// src/core/semantic/validator.ts
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { fullFormats as fullFormats2 } from "ajv-formats/dist/formats.js";

// src/core/diff/moves.ts
import { posix } from "node:path";
var { basename } = posix;

// src/core/diff/schema-view.ts
var LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains"];
var UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains"];
var OTHER_CONSTRAINTS = ["multipleOf", "uniqueItems", "pattern", "format"];
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

// src/core/changesets.ts
import { load as load3 } from "js-yaml";

// src/core/freeze/audit.ts
import semver4 from "semver";

// src/core/policy/checks/guard-policy.ts
var MORE_ROOM = "; and 99 more".length;

// src/core/policy/checks/published-versions.ts
import semver5 from "semver";

// src/core/policy/checks/versioning.ts
import semver6 from "semver";

// src/core/policy/scope.ts
var DEPENDENCY_DIRS = ["node_modules", "vendor", ".git", ".venv", "venv", "__pycache__"];
var BUILD_DIRS = ["dist", "build", "target", "out", "coverage"];
var dirs = (names) => new RegExp(`(^|/)(${names.map((d) => d.replace(".", "\\.")).join("|")})/`);
var DEPENDENCY = dirs(DEPENDENCY_DIRS);
var DEPENDENCY_OR_BUILD = dirs([...DEPENDENCY_DIRS, ...BUILD_DIRS]);

// src/services/freezes.ts
var MAX_FREEZE_BYTES = 512 * 1024 * 1024;

// src/services/spectral-lint.ts
import Queue4 from "yocto-queue";

// src/services/pull-request.ts
async function concludeCheckRun(port2, name, headSha, conclusion, output) {
  const [known] = await port2.listCheckRuns(headSha, name);
  if (known && await port2.updateCheckRun(known.id, { conclusion, output })) return known.id;
  return port2.createCheckRun({ name, headSha, conclusion, output });
}

// src/app/jobs.ts
var CHECK_NAME = "contract-guard";
var jobKey = (job) => `${job.owner}/${job.repo}${job.kind === "pull_request" ? `#${job.pr.number}` : "@push"}`;
function ownAppId() {
  const id = Number(process.env.APP_ID);
  return Number.isInteger(id) && id > 0 ? id : void 0;
}
async function reportFailure(probot2, job, reason) {
  if (job.kind !== "pull_request") return;
  const octokit = await probot2.auth(job.installationId);
  const port2 = new OctokitPort(octokit, job.owner, job.repo, ownAppId());
  const output = {
    title: "contract-guard could not judge this pull request",
    summary: `The judgement failed after several attempts: ${reason}

Re-run the check once the cause is fixed.`
  };
  await concludeCheckRun(port2, CHECK_NAME, job.pr.headSha, "failure", output);
}

// src/app/webhooks.ts
var MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;
var RefusedEvent = class extends Error {
};
function answer(res, status, message) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ message }));
}
function readBounded(req, max) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners("data");
        req.pause();
        resolve(void 0);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
function webhookEndpoint(probot2, options) {
  const max = options.maxBytes ?? MAX_WEBHOOK_BYTES;
  return async (req, res) => {
    if (new URL(req.url ?? "/", "http://localhost").pathname !== options.path) return false;
    if (req.method !== "POST") {
      answer(res, 405, "webhooks are POSTed");
      return true;
    }
    const tooLarge = () => {
      answer(res, 413, `payload over ${Math.round(max / 1024 / 1024)} MB`);
      req.removeAllListeners("data");
      req.resume();
      res.on("finish", () => setTimeout(() => req.socket.destroy(), 5e3).unref());
    };
    if (Number(req.headers["content-length"] ?? 0) > max) {
      tooLarge();
      return true;
    }
    const id = String(req.headers["x-github-delivery"] ?? "");
    const name = String(req.headers["x-github-event"] ?? "");
    const signature = String(req.headers["x-hub-signature-256"] ?? "");
    if (!id || !name || !signature) {
      answer(res, 400, "x-github-delivery, x-github-event and x-hub-signature-256 are required");
      return true;
    }
    const body = await readBounded(req, max);
    if (!body) {
      tooLarge();
      return true;
    }
    const text2 = body.toString("utf8");
    if (!await probot2.webhooks.verify(text2, signature).catch(() => false)) {
      options.log.warn(`delivery ${id} (${name}): signature does not match; ignored`);
      answer(res, 401, "signature does not match");
      return true;
    }
    let payload;
    try {
      payload = JSON.parse(text2);
    } catch {
      answer(res, 400, "the payload is not JSON");
      return true;
    }
    const work = probot2.receive({ id, name, payload }).then(() => {
      const failed = options.failures.get(id);
      options.failures.delete(id);
      if (failed !== void 0) throw failed;
      return { status: 200, message: "ok" };
    }).catch((err) => {
      const inner = err.errors?.[0] ?? err;
      if (inner instanceof RefusedEvent) return { status: 400, message: inner.message };
      options.log.warn(`delivery ${id} (${name}) failed: ${String(inner?.message ?? inner).split("\n")[0]}`);
      return { status: 500, message: "the delivery could not be handled; the App logged why" };
    });
    let timer;
    const late = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ status: 202, message: "accepted; still working" }), options.answerWithinMs);
    });
    const outcome = await Promise.race([work, late]);
    clearTimeout(timer);
    answer(res, outcome.status, outcome.message);
    return true;
  };
}

// src/services/merge-queue.ts
function pullInQueue(group) {
  const m = /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]+$/.exec(group.head_ref);
  if (!m) return void 0;
  const baseRef = group.base_ref.replace(/^refs\/heads\//, "");
  return { number: Number(m[1]), baseRef, headSha: group.head_sha, group: { parent: group.base_sha } };
}

// src/app/app.ts
var prRef = (pr) => ({
  number: pr.number,
  baseRef: pr.base.ref,
  headSha: pr.head.sha,
  ...pr.head.repo && pr.head.ref ? { head: { url: pr.head.repo.html_url, ref: pr.head.ref } } : {}
});
function base(context, cloneUrl) {
  const payload = context.payload;
  const installationId = payload.installation?.id;
  if (!installationId) throw new RefusedEvent("the event carries no installation: is it for this App?");
  if (!payload.repository?.name || !payload.repository.owner?.login) throw new RefusedEvent("the event names no repository");
  return { delivery: context.id, installationId, ...context.repo(), cloneUrl };
}
function contractGuardApp(dispatcher2, failures3 = /* @__PURE__ */ new Map()) {
  const judge = (context, pr, cloneUrl) => {
    if (!pr?.head?.sha || !pr.base?.ref) throw new RefusedEvent("the event names no pull request");
    return dispatcher2.dispatch({ kind: "pull_request", ...base(context, cloneUrl ?? ""), pr: prRef(pr) });
  };
  return (probot2) => {
    const app = {
      on: (events, handler) => probot2.on(events, async (context) => {
        try {
          await handler(context);
        } catch (err) {
          failures3.set(context.id, err);
        }
      })
    };
    const prEvents = [
      "pull_request.opened",
      "pull_request.synchronize",
      "pull_request.reopened",
      "pull_request.edited",
      // the hotfix label turns the check green (or back) when a council member adds (or anyone removes) it
      "pull_request.labeled",
      "pull_request.unlabeled"
    ];
    app.on([...prEvents], async (context) => {
      const { pull_request: pr, repository } = context.payload;
      if (context.payload.action === "edited" && !context.payload.changes?.base) return;
      await judge(context, pr, repository?.clone_url);
    });
    app.on("pull_request.closed", async (context) => {
      const { pull_request: pr, repository } = context.payload;
      if (!pr?.head?.sha) throw new RefusedEvent("the event names no pull request");
      const { data: data2 } = await context.octokit.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", {
        ...context.repo(),
        commit_sha: pr.head.sha,
        per_page: 100
      });
      for (const other of data2)
        if (other.state === "open" && other.number !== pr.number && other.head?.sha === pr.head.sha)
          await judge(context, other, repository?.clone_url);
    });
    app.on(["pull_request_review.submitted", "pull_request_review.dismissed"], async (context) => {
      const { pull_request: pr, repository } = context.payload;
      await judge(context, pr, repository?.clone_url);
    });
    app.on(["check_run.rerequested", "check_suite.rerequested"], async (context) => {
      const payload = context.payload;
      if (payload.check_run && payload.check_run.name !== CHECK_NAME) return;
      for (const pr of payload.check_run?.pull_requests ?? payload.check_suite?.pull_requests ?? [])
        await judge(context, pr, payload.repository?.clone_url);
    });
    app.on("merge_group.checks_requested", async (context) => {
      const { merge_group: group, repository } = context.payload;
      const pr = group && pullInQueue(group);
      if (!pr) throw new RefusedEvent("the merge group names no pull request in its head ref");
      await dispatcher2.dispatch({ kind: "pull_request", ...base(context, repository?.clone_url ?? ""), pr });
    });
    app.on("push", async (context) => {
      const { ref, before, after, repository } = context.payload;
      if (!repository) throw new RefusedEvent("the event names no repository");
      if (!ref.startsWith("refs/heads/") || /^0+$/.test(after)) return;
      await dispatcher2.dispatch({
        kind: "push",
        ...base(context, repository.clone_url),
        ref,
        before,
        after,
        defaultBranch: repository.default_branch
      });
    });
  };
}

// src/app/threads.ts
import { Worker } from "node:worker_threads";
var FinalJudgementError = class extends Error {
};
var JudgementDeadline = class extends FinalJudgementError {
};
var JudgementOutOfMemory = class extends FinalJudgementError {
};
function judgeMemoryMb(env = process.env) {
  const v = Number(env.CONTRACT_GUARD_JUDGE_MEMORY_MB ?? 2048);
  return Number.isFinite(v) && v >= 64 ? v : 2048;
}
function judgeDeadlineMs(env = process.env) {
  const v = Number(env.CONTRACT_GUARD_JUDGE_DEADLINE_MS ?? 12e4);
  return Number.isFinite(v) && v > 0 ? v : 12e4;
}
function judgeConcurrency(env = process.env) {
  const v = Number(env.CONTRACT_GUARD_CONCURRENCY ?? 4);
  if (!Number.isInteger(v) || v <= 0)
    throw new Error(`CONTRACT_GUARD_CONCURRENCY must be a positive whole number, not '${env.CONTRACT_GUARD_CONCURRENCY}'`);
  return v;
}
var JudgeThreads = class {
  constructor(deadlineMs = judgeDeadlineMs(), max = judgeConcurrency(), entry = new URL("./judge-thread.js", import.meta.url), memoryMb = judgeMemoryMb()) {
    this.deadlineMs = deadlineMs;
    this.max = max;
    this.entry = entry;
    this.memoryMb = memoryMb;
  }
  deadlineMs;
  max;
  entry;
  memoryMb;
  idle = [];
  busy = 0;
  /** Judgements waiting for a thread, first come first served. */
  waiting = [];
  /** What drops an idle thread when it fails or ends before it is given work (removed when it is taken). */
  idleGone = /* @__PURE__ */ new Map();
  thread() {
    return new Worker(this.entry, { resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } });
  }
  /** `then`: told each job this one leaves to be done (pull requests a push may have changed the verdict of). */
  async run(job, log, then = () => void 0) {
    if (this.busy >= this.max) await new Promise((r) => this.waiting.push(r));
    this.busy++;
    try {
      return await this.judge(job, log, then);
    } finally {
      this.busy--;
      this.waiting.shift()?.();
    }
  }
  /** Start up to `n` threads now, so the first judgements do not wait for one to load (~0.6 s of CPU each). */
  warm(n = 1) {
    for (let i = 0; i < n && this.idle.length < this.max; i++) this.keep(this.thread());
  }
  /** A thread waiting for work: one that fails or ends meanwhile (its code could not load) is dropped, not thrown. */
  keep(worker) {
    worker.unref();
    const gone = () => {
      this.idleGone.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
    };
    worker.once("error", gone).once("exit", gone);
    this.idleGone.set(worker, gone);
    this.idle.push(worker);
  }
  take() {
    const worker = this.idle.pop();
    const gone = worker && this.idleGone.get(worker);
    if (worker && gone) {
      worker.off("error", gone).off("exit", gone);
      this.idleGone.delete(worker);
    }
    return worker;
  }
  judge(job, log, then) {
    const worker = this.take() ?? this.thread();
    worker.ref();
    let file2;
    return new Promise((resolve, reject) => {
      const done = (keep) => {
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        if (keep) this.keep(worker);
        else void worker.terminate();
      };
      const where = () => file2 ? `; it was judging ${file2}` : file2 === "" ? "; the contracts were judged, and it was reporting to GitHub" : "";
      const timer = setTimeout(() => {
        done(false);
        const seconds = Math.round(this.deadlineMs / 1e3);
        reject(new JudgementDeadline(`the judgement took longer than ${seconds} s${where()}`));
      }, this.deadlineMs);
      const onMessage = (m) => {
        if ("log" in m) log(m.log);
        else if ("file" in m) file2 = m.file;
        else if ("then" in m) then(m.then);
        else {
          done(true);
          if ("error" in m) reject(new Error(m.error));
          else resolve(m.outcome);
        }
      };
      const onError = (err) => {
        done(false);
        reject(
          err.code === "ERR_WORKER_OUT_OF_MEMORY" ? new JudgementOutOfMemory(`the judgement ran out of memory (${this.memoryMb} MB)${where()}`) : err
        );
      };
      const onExit = (code) => {
        done(false);
        reject(new Error(`the judging thread ended (exit ${code})`));
      };
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage(job);
    });
  }
  async close() {
    const idle = [];
    for (let w = this.take(); w; w = this.take()) idle.push(w);
    await Promise.all(idle.map((w) => w.terminate()));
  }
};

// src/app/in-process.ts
var InProcessDispatcher = class {
  constructor(probot2, metrics2, threads2) {
    this.probot = probot2;
    this.metrics = metrics2;
    this.threads = threads2;
  }
  probot;
  metrics;
  threads;
  chains = /* @__PURE__ */ new Map();
  get depth() {
    return this.chains.size;
  }
  async dispatch(job) {
    const key2 = jobKey(job);
    const previous = this.chains.get(key2) ?? Promise.resolve();
    const left = [];
    const leave = (then) => left.push(this.dispatch(then).catch((err) => this.probot.log.warn(`${jobKey(then)}: ${err.message}`)));
    const next = previous.catch(() => void 0).then(() => this.metrics.time(() => this.threads.run(job, (l) => this.probot.log.info(l), leave))).catch(async (err) => {
      if (err instanceof FinalJudgementError) await reportFailure(this.probot, job, err.message).catch(() => void 0);
      throw err;
    });
    this.chains.set(key2, next);
    void next.finally(() => this.chains.get(key2) === next && this.chains.delete(key2)).catch(() => void 0);
    await next;
    await Promise.all(left);
  }
};

// src/app/metrics.ts
import { Counter, Gauge, Histogram, Registry } from "prom-client";
var Metrics = class {
  registry = new Registry();
  duration = new Histogram({
    name: "contract_guard_job_duration_seconds",
    help: "Time to process one job (a judgement or a freeze), from start to the check run.",
    labelNames: ["outcome"],
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120],
    registers: [this.registry]
  });
  failures = new Counter({
    name: "contract_guard_job_failures_total",
    help: "Job attempts that threw (retried while attempts remain).",
    registers: [this.registry]
  });
  delivered = new Histogram({
    name: "contract_guard_delivery_to_done_seconds",
    help: "From the webhook delivery being accepted to its job finishing.",
    buckets: [0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
    registers: [this.registry]
  });
  /** `depth` reads the queue's job counts by state when scraped. */
  constructor(depth) {
    new Gauge({
      name: "contract_guard_queue_jobs",
      help: "Jobs in the queue, by state.",
      labelNames: ["state"],
      registers: [this.registry],
      async collect() {
        for (const [state, n] of Object.entries(await depth())) this.set({ state }, n);
      }
    });
  }
  async time(run) {
    const stop = this.duration.startTimer();
    try {
      const outcome = await run();
      stop({ outcome });
      return outcome;
    } catch (err) {
      this.failures.inc();
      stop({ outcome: "failed" });
      throw err;
    }
  }
};

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

// src/app/queue.ts
import { hostname } from "node:os";
import { DelayedError, Queue as Queue5, UnrecoverableError, Worker as Worker2 } from "bullmq";
import { Redis } from "ioredis";
var QUEUE = "contract-guard";
var LOCK_PREFIX = "contract-guard:lock:";
var RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
var RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
function queueSettings(env, url) {
  const num2 = (name, fallback) => {
    const v = Number(env[name] ?? fallback);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number, not '${env[name]}'`);
    return v;
  };
  return {
    url,
    lockMs: num2("CONTRACT_GUARD_LOCK_MS", 3e4),
    attempts: num2("CONTRACT_GUARD_ATTEMPTS", 3),
    backoffMs: num2("CONTRACT_GUARD_BACKOFF_MS", 2e3),
    concurrency: judgeConcurrency(env)
  };
}
var connect = (url) => new Redis(url, { maxRetriesPerRequest: null });
var RedisDispatcher = class {
  constructor(settings) {
    this.settings = settings;
    this.redis = connect(settings.url);
    this.queue = new Queue5(QUEUE, { connection: this.redis });
  }
  settings;
  queue;
  redis;
  async dispatch(job) {
    const data2 = { ...job, receivedAt: Date.now() };
    await this.queue.add(job.kind, data2, {
      jobId: `delivery-${job.delivery}`,
      // a redelivery finds its job and adds nothing
      attempts: this.settings.attempts,
      backoff: { type: "exponential", delay: this.settings.backoffMs },
      removeOnComplete: { age: 24 * 3600, count: 5e4 },
      removeOnFail: true
      // reported on the check run; a manual redelivery may then try again
    });
  }
  depth() {
    return this.queue.getJobCounts("waiting", "active", "delayed", "prioritized", "failed");
  }
  async healthy() {
    return await this.redis.ping().catch(() => "") === "PONG";
  }
  async close() {
    await this.queue.close();
    this.redis.disconnect();
  }
};
function startWorker(probot2, settings, metrics2, threads2, dispatch) {
  const redis = connect(settings.url);
  const log = (line) => probot2.log.info(line);
  return new Worker2(
    QUEUE,
    async (bull, token) => {
      const job = bull.data;
      const key2 = LOCK_PREFIX + jobKey(job);
      const holder = `${hostname()}:${process.pid}:${bull.id}`;
      if (await redis.set(key2, holder, "PX", settings.lockMs, "NX") !== "OK") {
        await bull.moveToDelayed(Date.now() + 150 + Math.floor(Math.random() * 250), token);
        throw new DelayedError();
      }
      const renew = setInterval(() => void redis.eval(RENEW, 1, key2, holder, settings.lockMs).catch(() => void 0), settings.lockMs / 3);
      try {
        const left = [];
        const outcome = await metrics2.time(() => threads2.run(job, log, (next) => left.push(dispatch(next))));
        await Promise.all(left);
        metrics2.delivered.observe((Date.now() - job.receivedAt) / 1e3);
        return outcome;
      } catch (err) {
        const reason = err.message ?? String(err);
        probot2.log.warn(`${jobKey(job)}: attempt ${bull.attemptsMade + 1} of ${settings.attempts} failed: ${reason}`);
        const final = err instanceof FinalJudgementError || bull.attemptsMade + 1 >= settings.attempts;
        if (final) await reportFailure(probot2, job, reason).catch(() => void 0);
        throw err instanceof FinalJudgementError ? new UnrecoverableError(reason) : err;
      } finally {
        clearInterval(renew);
        await redis.eval(RELEASE, 1, key2, holder).catch(() => void 0);
      }
    },
    {
      connection: connect(settings.url),
      concurrency: settings.concurrency,
      lockDuration: settings.lockMs,
      stalledInterval: settings.lockMs,
      maxStalledCount: 3
    }
  );
}

// src/app/server.ts
var probot = makeProbot();
var threads = new JudgeThreads();
var redisUrl = process.env.REDIS_URL;
var judgesHere = !redisUrl || process.env.CONTRACT_GUARD_WORKER !== "off";
var dispatcher;
var health;
var metrics;
var closing = async () => {
};
if (redisUrl) {
  const settings = queueSettings(process.env, redisUrl);
  const queued = new RedisDispatcher(settings);
  metrics = new Metrics(() => queued.depth());
  const worker = judgesHere ? startWorker(probot, settings, metrics, threads, (job) => queued.dispatch(job)) : void 0;
  worker?.on("error", (err) => probot.log.error(`worker: ${err.message}`));
  dispatcher = queued;
  health = async () => {
    const ok = await queued.healthy();
    return {
      ok,
      body: { status: ok ? "ok" : "redis unreachable", queue: "redis", worker: !!worker, jobs: ok ? await queued.depth() : {} }
    };
  };
  closing = async () => {
    await worker?.close();
    await queued.close();
  };
} else {
  let inProcess;
  metrics = new Metrics(async () => ({ active: inProcess?.depth ?? 0 }));
  inProcess = new InProcessDispatcher(probot, metrics, threads);
  dispatcher = inProcess;
  health = async () => ({ ok: true, body: { status: "ok", queue: "in-process", jobs: { active: inProcess.depth } } });
}
if (judgesHere) threads.warm(1);
var failures2 = /* @__PURE__ */ new Map();
await probot.load(contractGuardApp(dispatcher, failures2));
var webhooks = webhookEndpoint(probot, {
  path: process.env.WEBHOOK_PATH ?? "/api/github/webhooks",
  // GitHub gives up on a delivery after 10 s: answer 202 by then and finish in the background
  answerWithinMs: Number(process.env.CONTRACT_GUARD_ANSWER_WITHIN_MS ?? 9e3),
  log: probot.log,
  failures: failures2
});
var metricsToken = process.env.CONTRACT_GUARD_METRICS_TOKEN;
var json = (res, status, body) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};
var handle = (req, res) => {
  if (req.method === "GET" && (req.url === "/healthz" || req.url === "/health")) {
    void health().then(({ ok, body }) => json(res, ok ? 200 : 503, body));
    return;
  }
  if (req.method === "GET" && req.url === "/metrics") {
    if (metricsToken && req.headers.authorization !== `Bearer ${metricsToken}`) return json(res, 401, { message: "a token is required" });
    void metrics.registry.metrics().then((text2) => {
      res.writeHead(200, { "content-type": metrics.registry.contentType });
      res.end(text2);
    });
    return;
  }
  webhooks(req, res).then((handled) => handled || json(res, 404, { message: "not found" })).catch((err) => {
    probot.log.warn(`request failed: ${err.message}`);
    if (!res.headersSent) json(res, 500, { message: "internal error" });
  });
};
var server = createServer(handle);
server.on("checkContinue", (req, res) => {
  if (Number(req.headers["content-length"] ?? 0) <= MAX_WEBHOOK_BYTES) res.writeContinue();
  handle(req, res);
});
var port = Number(process.env.PORT ?? 3e3);
var host = process.env.HOST ?? "0.0.0.0";
server.listen(port, host, () => {
  const address = server.address();
  probot.log.info(
    `contract-guard app listening on ${typeof address === "object" && address ? `${address.address}:${address.port}` : port}`
  );
});
for (const signal of ["SIGTERM", "SIGINT"])
  process.on(signal, () => server.close(() => void closing().finally(() => process.exit(0))));
