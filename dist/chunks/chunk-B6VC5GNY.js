import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  require_dist as require_dist2,
  require_dist2 as require_dist3
} from "./chunk-55VFS264.js";
import {
  require__,
  require_ajv,
  require_code,
  require_codegen,
  require_errors,
  require_names,
  require_validate
} from "./chunk-AVMXVU6T.js";
import {
  require_dist
} from "./chunk-7X3LQF5T.js";
import {
  index_es_exports,
  index_es_exports2,
  init_index_es,
  init_index_es2,
  init_tslib_es6,
  require_lodash,
  tslib_es6_exports
} from "./chunk-GFOO7V4B.js";
import {
  __commonJS,
  __esm,
  __export,
  __require,
  __toCommonJS
} from "./chunk-555N3RVI.js";

// node_modules/@stoplight/types/dist/index.js
var require_dist4 = __commonJS({
  "node_modules/@stoplight/types/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HttpParamStyles = void 0;
    (function(HttpParamStyles) {
      HttpParamStyles["Simple"] = "simple";
      HttpParamStyles["Matrix"] = "matrix";
      HttpParamStyles["Label"] = "label";
      HttpParamStyles["Form"] = "form";
      HttpParamStyles["CommaDelimited"] = "commaDelimited";
      HttpParamStyles["SpaceDelimited"] = "spaceDelimited";
      HttpParamStyles["PipeDelimited"] = "pipeDelimited";
      HttpParamStyles["DeepObject"] = "deepObject";
    })(exports.HttpParamStyles || (exports.HttpParamStyles = {}));
    exports.DiagnosticSeverity = void 0;
    (function(DiagnosticSeverity) {
      DiagnosticSeverity[DiagnosticSeverity["Error"] = 0] = "Error";
      DiagnosticSeverity[DiagnosticSeverity["Warning"] = 1] = "Warning";
      DiagnosticSeverity[DiagnosticSeverity["Information"] = 2] = "Information";
      DiagnosticSeverity[DiagnosticSeverity["Hint"] = 3] = "Hint";
    })(exports.DiagnosticSeverity || (exports.DiagnosticSeverity = {}));
    exports.NodeType = void 0;
    (function(NodeType) {
      NodeType["Article"] = "article";
      NodeType["HttpService"] = "http_service";
      NodeType["HttpServer"] = "http_server";
      NodeType["HttpOperation"] = "http_operation";
      NodeType["Model"] = "model";
      NodeType["Generic"] = "generic";
      NodeType["Unknown"] = "unknown";
      NodeType["TableOfContents"] = "table_of_contents";
      NodeType["SpectralRuleset"] = "spectral_ruleset";
      NodeType["Styleguide"] = "styleguide";
      NodeType["Image"] = "image";
    })(exports.NodeType || (exports.NodeType = {}));
    exports.NodeFormat = void 0;
    (function(NodeFormat) {
      NodeFormat["Json"] = "json";
      NodeFormat["Markdown"] = "markdown";
      NodeFormat["Yaml"] = "yaml";
      NodeFormat["Apng"] = "apng";
      NodeFormat["Avif"] = "avif";
      NodeFormat["Bmp"] = "bmp";
      NodeFormat["Gif"] = "gif";
      NodeFormat["Jpeg"] = "jpeg";
      NodeFormat["Png"] = "png";
      NodeFormat["Svg"] = "svg";
      NodeFormat["Webp"] = "webp";
    })(exports.NodeFormat || (exports.NodeFormat = {}));
  }
});

// node_modules/@stoplight/spectral-core/dist/consts.js
var require_consts = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/consts.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_PARSER_OPTIONS = void 0;
    var types_1 = require_dist4();
    exports.DEFAULT_PARSER_OPTIONS = Object.freeze({
      incompatibleValues: types_1.DiagnosticSeverity.Error,
      duplicateKeys: types_1.DiagnosticSeverity.Error
    });
  }
});

// node_modules/@stoplight/spectral-core/dist/errorMessages.js
var require_errorMessages = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/errorMessages.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatResolverErrors = exports.formatParserDiagnostics = exports.prettyPrintResolverErrorMessage = exports.getDiagnosticErrorMessage = void 0;
    var types_1 = require_dist4();
    var lodash_1 = require_lodash();
    var document_1 = require_document();
    var toUpperCase = (word) => word.toUpperCase();
    var splitWord = (word, end, start) => `${end} ${start.toLowerCase()}`;
    function getDiagnosticErrorMessage(diagnostic) {
      const key = getPropertyKey(diagnostic.path);
      let prettifiedMessage = diagnostic.message.replace(/^[a-z]/, toUpperCase);
      if (diagnostic.code !== "YAMLException") {
        prettifiedMessage = prettifiedMessage.replace(/([a-z])([A-Z])/g, splitWord);
      }
      if (key !== void 0) {
        prettifiedMessage = prettifiedMessage.replace(/(Duplicate key)/, `$1: ${key}`);
      }
      return prettifiedMessage;
    }
    exports.getDiagnosticErrorMessage = getDiagnosticErrorMessage;
    var prettyPrintResolverErrorMessage = (message) => message.replace(/^Error\s*:\s*/, "");
    exports.prettyPrintResolverErrorMessage = prettyPrintResolverErrorMessage;
    var getPropertyKey = (path) => {
      if (path !== void 0 && path.length > 0) {
        return path[path.length - 1];
      }
    };
    function formatParserDiagnostics(diagnostics, source) {
      return diagnostics.map((diagnostic) => {
        var _a;
        return {
          ...diagnostic,
          code: "parser",
          message: getDiagnosticErrorMessage(diagnostic),
          path: (_a = diagnostic.path) !== null && _a !== void 0 ? _a : [],
          ...source !== null ? { source } : null
        };
      });
    }
    exports.formatParserDiagnostics = formatParserDiagnostics;
    var formatResolverErrors = (document2, diagnostics) => {
      return (0, lodash_1.uniqBy)(diagnostics, "message").map((error) => {
        var _a;
        const path = [...error.path, "$ref"];
        const range = (_a = document2.getRangeForJsonPath(path, true)) !== null && _a !== void 0 ? _a : document_1.Document.DEFAULT_RANGE;
        const source = error.uriStack.length > 0 ? error.uriStack[error.uriStack.length - 1] : document2.source;
        return {
          code: "invalid-ref",
          path,
          message: (0, exports.prettyPrintResolverErrorMessage)(error.message),
          severity: types_1.DiagnosticSeverity.Error,
          range,
          ...source !== null ? { source } : null
        };
      });
    };
    exports.formatResolverErrors = formatResolverErrors;
  }
});

// node_modules/@stoplight/spectral-core/dist/document.js
var require_document = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/document.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isParsedResult = exports.ParsedDocument = exports.Document = exports.normalizeSource = void 0;
    var path_1 = (init_index_es(), __toCommonJS(index_es_exports));
    var errorMessages_1 = require_errorMessages();
    var spectral_runtime_1 = require_dist2();
    var json_1 = (init_index_es2(), __toCommonJS(index_es_exports2));
    function normalizeSource(source) {
      if (source === void 0)
        return null;
      return source.length > 0 && !(0, spectral_runtime_1.startsWithProtocol)(source) ? (0, path_1.normalize)(source) : source;
    }
    exports.normalizeSource = normalizeSource;
    var Document = class {
      constructor(input, parser, source) {
        this.input = input;
        this.parser = parser;
        this.parserResult = parser.parse(input);
        this.source = normalizeSource(source);
        this.diagnostics = (0, errorMessages_1.formatParserDiagnostics)(this.parserResult.diagnostics, this.source);
      }
      getRangeForJsonPath(path, closest) {
        var _a;
        return (_a = this.parser.getLocationForJsonPath(this.parserResult, path, closest)) === null || _a === void 0 ? void 0 : _a.range;
      }
      trapAccess(obj) {
        return this.parser.trapAccess(obj);
      }
      static get DEFAULT_RANGE() {
        return {
          start: {
            character: 0,
            line: 0
          },
          end: {
            character: 0,
            line: 0
          }
        };
      }
      get data() {
        return this.parserResult.data;
      }
    };
    exports.Document = Document;
    var ParsedDocument = class {
      constructor(parserResult) {
        this.parserResult = parserResult;
        this.source = normalizeSource(parserResult.source);
        this.diagnostics = (0, errorMessages_1.formatParserDiagnostics)(this.parserResult.parsed.diagnostics, this.source);
      }
      trapAccess(obj) {
        return obj;
      }
      getRangeForJsonPath(path, closest) {
        var _a;
        return (_a = this.parserResult.getLocationForJsonPath(this.parserResult.parsed, path, closest)) === null || _a === void 0 ? void 0 : _a.range;
      }
      get data() {
        return this.parserResult.parsed.data;
      }
    };
    exports.ParsedDocument = ParsedDocument;
    var isParsedResult = (obj) => (0, json_1.isPlainObject)(obj) && (0, json_1.isPlainObject)(obj.parsed) && typeof obj.getLocationForJsonPath === "function";
    exports.isParsedResult = isParsedResult;
  }
});

// node_modules/@stoplight/spectral-core/dist/documentInventory.js
var require_documentInventory = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/documentInventory.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DocumentInventory = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var json_1 = (init_index_es2(), __toCommonJS(index_es_exports2));
    var path_1 = (init_index_es(), __toCommonJS(index_es_exports));
    var lodash_1 = require_lodash();
    var document_1 = require_document();
    var errorMessages_1 = require_errorMessages();
    var Parsers = tslib_1.__importStar(require_dist());
    var spectral_runtime_1 = require_dist2();
    var DocumentInventory = class _DocumentInventory {
      get source() {
        return this.document.source;
      }
      get unresolved() {
        return this.document.data;
      }
      get formats() {
        var _a;
        return (_a = this.document.formats) !== null && _a !== void 0 ? _a : null;
      }
      constructor(document2, resolver) {
        this.document = document2;
        this.resolver = resolver;
        this.diagnostics = [];
        this.parseResolveResult = (resolveOpts) => {
          const source = resolveOpts.targetAuthority.href().replace(/\/$/, "");
          const ext = (0, path_1.extname)(source);
          const content = String(resolveOpts.result);
          const parser = ext === ".json" ? Parsers.Json : Parsers.Yaml;
          const document3 = new document_1.Document(content, parser, source);
          resolveOpts.result = document3.data;
          if (document3.diagnostics.length > 0) {
            this.diagnostics.push(...(0, errorMessages_1.formatParserDiagnostics)(document3.diagnostics, document3.source));
          }
          this.referencedDocuments[source] = document3;
          return Promise.resolve(resolveOpts);
        };
        this.graph = null;
        this.errors = null;
        const cacheKey = resolver.uriCache;
        const cachedDocuments = _DocumentInventory._cachedRemoteDocuments.get(cacheKey);
        if (cachedDocuments !== void 0) {
          this.referencedDocuments = cachedDocuments;
        } else {
          this.referencedDocuments = {};
          _DocumentInventory._cachedRemoteDocuments.set(cacheKey, this.referencedDocuments);
        }
      }
      async resolve() {
        if (!(0, lodash_1.isObjectLike)(this.document.data)) {
          this.graph = null;
          this.resolved = this.document.data;
          this.errors = null;
          return;
        }
        const resolveResult = await this.resolver.resolve(this.document.data, {
          ...this.document.source !== null ? { baseUri: this.document.source } : null,
          parseResolveResult: this.parseResolveResult
        });
        this.graph = resolveResult.graph;
        this.resolved = resolveResult.result;
        this.errors = (0, errorMessages_1.formatResolverErrors)(this.document, resolveResult.errors);
      }
      findAssociatedItemForPath(path, resolved) {
        if (!resolved) {
          const newPath = (0, spectral_runtime_1.getClosestJsonPath)(this.unresolved, path);
          const item = {
            document: this.document,
            path: newPath,
            missingPropertyPath: path
          };
          return item;
        }
        try {
          const newPath = (0, spectral_runtime_1.getClosestJsonPath)(this.resolved, path);
          const $ref = (0, spectral_runtime_1.traverseObjUntilRef)(this.unresolved, newPath);
          if ($ref === null) {
            const item2 = {
              document: this.document,
              path: (0, spectral_runtime_1.getClosestJsonPath)(this.unresolved, path),
              missingPropertyPath: path
            };
            return item2;
          }
          const missingPropertyPath = newPath.length === 0 ? [] : path.slice(path.lastIndexOf(newPath[newPath.length - 1]) + 1);
          let { source } = this;
          if (source === null || this.graph === null) {
            return null;
          }
          let refMap = this.graph.getNodeData(source).refMap;
          let resolvedDoc = this.document;
          const adjustedPath = ["#", ...path.map(json_1.encodePointerUriFragment).map(String)];
          let refMapKey = "";
          for (const segment of adjustedPath) {
            if (refMapKey.length > 0) {
              refMapKey += "/";
            }
            refMapKey += segment;
            while (refMapKey in refMap) {
              const newRef = refMap[refMapKey];
              if ((0, json_1.isLocalRef)(newRef)) {
                refMapKey = newRef;
              } else {
                const extractedSource = (0, json_1.extractSourceFromRef)(newRef);
                if (extractedSource === null) {
                  const item2 = {
                    document: resolvedDoc,
                    path: (0, spectral_runtime_1.getClosestJsonPath)(resolvedDoc.data, path),
                    missingPropertyPath: path
                  };
                  return item2;
                }
                source = (0, spectral_runtime_1.isAbsoluteRef)(extractedSource) ? extractedSource : (0, path_1.resolve)(source, "..", extractedSource);
                const newResolvedDoc = source === this.document.source ? this.document : this.referencedDocuments[source];
                if (newResolvedDoc === null || newResolvedDoc === void 0) {
                  const item2 = {
                    document: resolvedDoc,
                    path: (0, spectral_runtime_1.getClosestJsonPath)(resolvedDoc.data, path),
                    missingPropertyPath: path
                  };
                  return item2;
                }
                resolvedDoc = newResolvedDoc;
                refMap = this.graph.getNodeData(source).refMap;
                refMapKey = newRef.indexOf("#") >= 0 ? newRef.slice(newRef.indexOf("#")) : "#";
              }
            }
          }
          const closestPath = (0, spectral_runtime_1.getClosestJsonPath)(resolvedDoc.data, this.convertRefMapKeyToPath(refMapKey));
          const item = {
            document: resolvedDoc,
            path: closestPath,
            missingPropertyPath: [...closestPath, ...missingPropertyPath]
          };
          return item;
        } catch {
          return null;
        }
      }
      convertRefMapKeyToPath(refPath) {
        if (refPath.startsWith("#/")) {
          refPath = refPath.slice(2);
        }
        return refPath.split("/").map(json_1.decodePointerFragment);
      }
    };
    exports.DocumentInventory = DocumentInventory;
    DocumentInventory._cachedRemoteDocuments = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/@stoplight/spectral-core/dist/runner/utils/results.js
var require_results = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/runner/utils/results.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.sortResults = exports.compareResults = exports.comparePosition = exports.prepareResults = void 0;
    var computeResultFingerprint = (rule) => {
      let id = String(rule.code);
      if (rule.path.length > 0) {
        id += JSON.stringify(rule.path);
      } else {
        id += JSON.stringify(rule.range);
      }
      if (rule.source !== void 0) {
        id += rule.source;
      }
      if (rule.message !== void 0) {
        id += rule.message;
      }
      return id;
    };
    var prepareResults = (results) => {
      return (0, exports.sortResults)(deduplicateResults(results));
    };
    exports.prepareResults = prepareResults;
    var deduplicateResults = (results) => {
      const fingerprints = /* @__PURE__ */ new Set();
      return results.filter((result) => {
        const fingerprint = computeResultFingerprint(result);
        if (fingerprints.has(fingerprint)) {
          return false;
        }
        fingerprints.add(fingerprint);
        return true;
      });
    };
    var compareCode = (left, right) => {
      if (left === void 0 && right === void 0) {
        return 0;
      }
      if (left === void 0) {
        return -1;
      }
      if (right === void 0) {
        return 1;
      }
      return String(left).localeCompare(String(right), void 0, { numeric: true });
    };
    var compareSource = (left, right) => {
      if (left === void 0 && right === void 0) {
        return 0;
      }
      if (left === void 0) {
        return -1;
      }
      if (right === void 0) {
        return 1;
      }
      return left.localeCompare(right);
    };
    var normalize = (value) => {
      if (value < 0) {
        return -1;
      }
      if (value > 0) {
        return 1;
      }
      return 0;
    };
    var comparePosition = (left, right) => {
      const diffLine = left.line - right.line;
      if (diffLine !== 0) {
        return normalize(diffLine);
      }
      const diffChar = left.character - right.character;
      return normalize(diffChar);
    };
    exports.comparePosition = comparePosition;
    var compareResults = (left, right) => {
      const diffSource = compareSource(left.source, right.source);
      if (diffSource !== 0) {
        return normalize(diffSource);
      }
      const diffStart = (0, exports.comparePosition)(left.range.start, right.range.start);
      if (diffStart !== 0) {
        return diffStart;
      }
      const diffCode = compareCode(left.code, right.code);
      if (diffCode !== 0) {
        return normalize(diffCode);
      }
      const diffPath = left.path.join().localeCompare(right.path.join());
      return normalize(diffPath);
    };
    exports.compareResults = compareResults;
    var sortResults = (results) => {
      return [...results].sort(exports.compareResults);
    };
    exports.sortResults = sortResults;
  }
});

// node_modules/pony-cause/index.js
var require_pony_cause = __commonJS({
  "node_modules/pony-cause/index.js"(exports, module) {
    "use strict";
    var ErrorWithCause = class _ErrorWithCause extends Error {
      /**
       * @param {string} message
       * @param {{ cause?: T }} [options]
       */
      constructor(message, { cause } = {}) {
        super(message);
        this.name = _ErrorWithCause.name;
        if (cause) {
          this.cause = cause;
        }
        this.message = message;
      }
    };
    var findCauseByReference = (err, reference) => {
      if (!err || !reference) return;
      if (!(err instanceof Error)) return;
      if (!(reference.prototype instanceof Error) && // @ts-ignore
      reference !== Error) return;
      const seen = /* @__PURE__ */ new Set();
      let currentErr = err;
      while (currentErr && !seen.has(currentErr)) {
        seen.add(currentErr);
        if (currentErr instanceof reference) {
          return currentErr;
        }
        currentErr = getErrorCause(currentErr);
      }
    };
    var getErrorCause = (err) => {
      if (!err) return;
      const cause = err.cause;
      if (typeof cause === "function") {
        const causeResult = err.cause();
        return causeResult instanceof Error ? causeResult : void 0;
      } else {
        return cause instanceof Error ? cause : void 0;
      }
    };
    var _stackWithCauses = (err, seen) => {
      if (!(err instanceof Error)) return "";
      const stack = err.stack || "";
      if (seen.has(err)) {
        return stack + "\ncauses have become circular...";
      }
      const cause = getErrorCause(err);
      if (cause) {
        seen.add(err);
        return stack + "\ncaused by: " + _stackWithCauses(cause, seen);
      } else {
        return stack;
      }
    };
    var stackWithCauses = (err) => _stackWithCauses(err, /* @__PURE__ */ new Set());
    var _messageWithCauses = (err, seen, skip) => {
      if (!(err instanceof Error)) return "";
      const message = skip ? "" : err.message || "";
      if (seen.has(err)) {
        return message + ": ...";
      }
      const cause = getErrorCause(err);
      if (cause) {
        seen.add(err);
        const skipIfVErrorStyleCause = typeof err.cause === "function";
        return message + (skipIfVErrorStyleCause ? "" : ": ") + _messageWithCauses(cause, seen, skipIfVErrorStyleCause);
      } else {
        return message;
      }
    };
    var messageWithCauses = (err) => _messageWithCauses(err, /* @__PURE__ */ new Set());
    module.exports = {
      ErrorWithCause,
      findCauseByReference,
      getErrorCause,
      stackWithCauses,
      messageWithCauses
    };
  }
});

// node_modules/jsonpath-plus/dist/index-node-cjs.cjs
var require_index_node_cjs = __commonJS({
  "node_modules/jsonpath-plus/dist/index-node-cjs.cjs"(exports) {
    "use strict";
    var vm = __require("vm");
    var Hooks = class {
      /**
       * @callback HookCallback
       * @this {*|Jsep} this
       * @param {Jsep} env
       * @returns: void
       */
      /**
       * Adds the given callback to the list of callbacks for the given hook.
       *
       * The callback will be invoked when the hook it is registered for is run.
       *
       * One callback function can be registered to multiple hooks and the same hook multiple times.
       *
       * @param {string|object} name The name of the hook, or an object of callbacks keyed by name
       * @param {HookCallback|boolean} callback The callback function which is given environment variables.
       * @param {?boolean} [first=false] Will add the hook to the top of the list (defaults to the bottom)
       * @public
       */
      add(name, callback, first) {
        if (typeof arguments[0] != "string") {
          for (let name2 in arguments[0]) {
            this.add(name2, arguments[0][name2], arguments[1]);
          }
        } else {
          (Array.isArray(name) ? name : [name]).forEach(function(name2) {
            this[name2] = this[name2] || [];
            if (callback) {
              this[name2][first ? "unshift" : "push"](callback);
            }
          }, this);
        }
      }
      /**
       * Runs a hook invoking all registered callbacks with the given environment variables.
       *
       * Callbacks will be invoked synchronously and in the order in which they were registered.
       *
       * @param {string} name The name of the hook.
       * @param {Object<string, any>} env The environment variables of the hook passed to all callbacks registered.
       * @public
       */
      run(name, env) {
        this[name] = this[name] || [];
        this[name].forEach(function(callback) {
          callback.call(env && env.context ? env.context : env, env);
        });
      }
    };
    var Plugins = class {
      constructor(jsep2) {
        this.jsep = jsep2;
        this.registered = {};
      }
      /**
       * @callback PluginSetup
       * @this {Jsep} jsep
       * @returns: void
       */
      /**
       * Adds the given plugin(s) to the registry
       *
       * @param {object} plugins
       * @param {string} plugins.name The name of the plugin
       * @param {PluginSetup} plugins.init The init function
       * @public
       */
      register(...plugins) {
        plugins.forEach((plugin2) => {
          if (typeof plugin2 !== "object" || !plugin2.name || !plugin2.init) {
            throw new Error("Invalid JSEP plugin format");
          }
          if (this.registered[plugin2.name]) {
            return;
          }
          plugin2.init(this.jsep);
          this.registered[plugin2.name] = plugin2;
        });
      }
    };
    var Jsep = class _Jsep {
      /**
       * @returns {string}
       */
      static get version() {
        return "1.4.0";
      }
      /**
       * @returns {string}
       */
      static toString() {
        return "JavaScript Expression Parser (JSEP) v" + _Jsep.version;
      }
      // ==================== CONFIG ================================
      /**
       * @method addUnaryOp
       * @param {string} op_name The name of the unary op to add
       * @returns {Jsep}
       */
      static addUnaryOp(op_name) {
        _Jsep.max_unop_len = Math.max(op_name.length, _Jsep.max_unop_len);
        _Jsep.unary_ops[op_name] = 1;
        return _Jsep;
      }
      /**
       * @method jsep.addBinaryOp
       * @param {string} op_name The name of the binary op to add
       * @param {number} precedence The precedence of the binary op (can be a float). Higher number = higher precedence
       * @param {boolean} [isRightAssociative=false] whether operator is right-associative
       * @returns {Jsep}
       */
      static addBinaryOp(op_name, precedence, isRightAssociative) {
        _Jsep.max_binop_len = Math.max(op_name.length, _Jsep.max_binop_len);
        _Jsep.binary_ops[op_name] = precedence;
        if (isRightAssociative) {
          _Jsep.right_associative.add(op_name);
        } else {
          _Jsep.right_associative.delete(op_name);
        }
        return _Jsep;
      }
      /**
       * @method addIdentifierChar
       * @param {string} char The additional character to treat as a valid part of an identifier
       * @returns {Jsep}
       */
      static addIdentifierChar(char) {
        _Jsep.additional_identifier_chars.add(char);
        return _Jsep;
      }
      /**
       * @method addLiteral
       * @param {string} literal_name The name of the literal to add
       * @param {*} literal_value The value of the literal
       * @returns {Jsep}
       */
      static addLiteral(literal_name, literal_value) {
        _Jsep.literals[literal_name] = literal_value;
        return _Jsep;
      }
      /**
       * @method removeUnaryOp
       * @param {string} op_name The name of the unary op to remove
       * @returns {Jsep}
       */
      static removeUnaryOp(op_name) {
        delete _Jsep.unary_ops[op_name];
        if (op_name.length === _Jsep.max_unop_len) {
          _Jsep.max_unop_len = _Jsep.getMaxKeyLen(_Jsep.unary_ops);
        }
        return _Jsep;
      }
      /**
       * @method removeAllUnaryOps
       * @returns {Jsep}
       */
      static removeAllUnaryOps() {
        _Jsep.unary_ops = {};
        _Jsep.max_unop_len = 0;
        return _Jsep;
      }
      /**
       * @method removeIdentifierChar
       * @param {string} char The additional character to stop treating as a valid part of an identifier
       * @returns {Jsep}
       */
      static removeIdentifierChar(char) {
        _Jsep.additional_identifier_chars.delete(char);
        return _Jsep;
      }
      /**
       * @method removeBinaryOp
       * @param {string} op_name The name of the binary op to remove
       * @returns {Jsep}
       */
      static removeBinaryOp(op_name) {
        delete _Jsep.binary_ops[op_name];
        if (op_name.length === _Jsep.max_binop_len) {
          _Jsep.max_binop_len = _Jsep.getMaxKeyLen(_Jsep.binary_ops);
        }
        _Jsep.right_associative.delete(op_name);
        return _Jsep;
      }
      /**
       * @method removeAllBinaryOps
       * @returns {Jsep}
       */
      static removeAllBinaryOps() {
        _Jsep.binary_ops = {};
        _Jsep.max_binop_len = 0;
        return _Jsep;
      }
      /**
       * @method removeLiteral
       * @param {string} literal_name The name of the literal to remove
       * @returns {Jsep}
       */
      static removeLiteral(literal_name) {
        delete _Jsep.literals[literal_name];
        return _Jsep;
      }
      /**
       * @method removeAllLiterals
       * @returns {Jsep}
       */
      static removeAllLiterals() {
        _Jsep.literals = {};
        return _Jsep;
      }
      // ==================== END CONFIG ============================
      /**
       * @returns {string}
       */
      get char() {
        return this.expr.charAt(this.index);
      }
      /**
       * @returns {number}
       */
      get code() {
        return this.expr.charCodeAt(this.index);
      }
      /**
       * @param {string} expr a string with the passed in express
       * @returns Jsep
       */
      constructor(expr) {
        this.expr = expr;
        this.index = 0;
      }
      /**
       * static top-level parser
       * @returns {jsep.Expression}
       */
      static parse(expr) {
        return new _Jsep(expr).parse();
      }
      /**
       * Get the longest key length of any object
       * @param {object} obj
       * @returns {number}
       */
      static getMaxKeyLen(obj) {
        return Math.max(0, ...Object.keys(obj).map((k) => k.length));
      }
      /**
       * `ch` is a character code in the next three functions
       * @param {number} ch
       * @returns {boolean}
       */
      static isDecimalDigit(ch) {
        return ch >= 48 && ch <= 57;
      }
      /**
       * Returns the precedence of a binary operator or `0` if it isn't a binary operator. Can be float.
       * @param {string} op_val
       * @returns {number}
       */
      static binaryPrecedence(op_val) {
        return _Jsep.binary_ops[op_val] || 0;
      }
      /**
       * Looks for start of identifier
       * @param {number} ch
       * @returns {boolean}
       */
      static isIdentifierStart(ch) {
        return ch >= 65 && ch <= 90 || // A...Z
        ch >= 97 && ch <= 122 || // a...z
        ch >= 128 && !_Jsep.binary_ops[String.fromCharCode(ch)] || // any non-ASCII that is not an operator
        _Jsep.additional_identifier_chars.has(String.fromCharCode(ch));
      }
      /**
       * @param {number} ch
       * @returns {boolean}
       */
      static isIdentifierPart(ch) {
        return _Jsep.isIdentifierStart(ch) || _Jsep.isDecimalDigit(ch);
      }
      /**
       * throw error at index of the expression
       * @param {string} message
       * @throws
       */
      throwError(message) {
        const error = new Error(message + " at character " + this.index);
        error.index = this.index;
        error.description = message;
        throw error;
      }
      /**
       * Run a given hook
       * @param {string} name
       * @param {jsep.Expression|false} [node]
       * @returns {?jsep.Expression}
       */
      runHook(name, node) {
        if (_Jsep.hooks[name]) {
          const env = {
            context: this,
            node
          };
          _Jsep.hooks.run(name, env);
          return env.node;
        }
        return node;
      }
      /**
       * Runs a given hook until one returns a node
       * @param {string} name
       * @returns {?jsep.Expression}
       */
      searchHook(name) {
        if (_Jsep.hooks[name]) {
          const env = {
            context: this
          };
          _Jsep.hooks[name].find(function(callback) {
            callback.call(env.context, env);
            return env.node;
          });
          return env.node;
        }
      }
      /**
       * Push `index` up to the next non-space character
       */
      gobbleSpaces() {
        let ch = this.code;
        while (ch === _Jsep.SPACE_CODE || ch === _Jsep.TAB_CODE || ch === _Jsep.LF_CODE || ch === _Jsep.CR_CODE) {
          ch = this.expr.charCodeAt(++this.index);
        }
        this.runHook("gobble-spaces");
      }
      /**
       * Top-level method to parse all expressions and returns compound or single node
       * @returns {jsep.Expression}
       */
      parse() {
        this.runHook("before-all");
        const nodes = this.gobbleExpressions();
        const node = nodes.length === 1 ? nodes[0] : {
          type: _Jsep.COMPOUND,
          body: nodes
        };
        return this.runHook("after-all", node);
      }
      /**
       * top-level parser (but can be reused within as well)
       * @param {number} [untilICode]
       * @returns {jsep.Expression[]}
       */
      gobbleExpressions(untilICode) {
        let nodes = [], ch_i, node;
        while (this.index < this.expr.length) {
          ch_i = this.code;
          if (ch_i === _Jsep.SEMCOL_CODE || ch_i === _Jsep.COMMA_CODE) {
            this.index++;
          } else {
            if (node = this.gobbleExpression()) {
              nodes.push(node);
            } else if (this.index < this.expr.length) {
              if (ch_i === untilICode) {
                break;
              }
              this.throwError('Unexpected "' + this.char + '"');
            }
          }
        }
        return nodes;
      }
      /**
       * The main parsing function.
       * @returns {?jsep.Expression}
       */
      gobbleExpression() {
        const node = this.searchHook("gobble-expression") || this.gobbleBinaryExpression();
        this.gobbleSpaces();
        return this.runHook("after-expression", node);
      }
      /**
       * Search for the operation portion of the string (e.g. `+`, `===`)
       * Start by taking the longest possible binary operations (3 characters: `===`, `!==`, `>>>`)
       * and move down from 3 to 2 to 1 character until a matching binary operation is found
       * then, return that binary operation
       * @returns {string|boolean}
       */
      gobbleBinaryOp() {
        this.gobbleSpaces();
        let to_check = this.expr.substr(this.index, _Jsep.max_binop_len);
        let tc_len = to_check.length;
        while (tc_len > 0) {
          if (_Jsep.binary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
            this.index += tc_len;
            return to_check;
          }
          to_check = to_check.substr(0, --tc_len);
        }
        return false;
      }
      /**
       * This function is responsible for gobbling an individual expression,
       * e.g. `1`, `1+2`, `a+(b*2)-Math.sqrt(2)`
       * @returns {?jsep.BinaryExpression}
       */
      gobbleBinaryExpression() {
        let node, biop, prec, stack, biop_info, left, right, i, cur_biop;
        left = this.gobbleToken();
        if (!left) {
          return left;
        }
        biop = this.gobbleBinaryOp();
        if (!biop) {
          return left;
        }
        biop_info = {
          value: biop,
          prec: _Jsep.binaryPrecedence(biop),
          right_a: _Jsep.right_associative.has(biop)
        };
        right = this.gobbleToken();
        if (!right) {
          this.throwError("Expected expression after " + biop);
        }
        stack = [left, biop_info, right];
        while (biop = this.gobbleBinaryOp()) {
          prec = _Jsep.binaryPrecedence(biop);
          if (prec === 0) {
            this.index -= biop.length;
            break;
          }
          biop_info = {
            value: biop,
            prec,
            right_a: _Jsep.right_associative.has(biop)
          };
          cur_biop = biop;
          const comparePrev = (prev) => biop_info.right_a && prev.right_a ? prec > prev.prec : prec <= prev.prec;
          while (stack.length > 2 && comparePrev(stack[stack.length - 2])) {
            right = stack.pop();
            biop = stack.pop().value;
            left = stack.pop();
            node = {
              type: _Jsep.BINARY_EXP,
              operator: biop,
              left,
              right
            };
            stack.push(node);
          }
          node = this.gobbleToken();
          if (!node) {
            this.throwError("Expected expression after " + cur_biop);
          }
          stack.push(biop_info, node);
        }
        i = stack.length - 1;
        node = stack[i];
        while (i > 1) {
          node = {
            type: _Jsep.BINARY_EXP,
            operator: stack[i - 1].value,
            left: stack[i - 2],
            right: node
          };
          i -= 2;
        }
        return node;
      }
      /**
       * An individual part of a binary expression:
       * e.g. `foo.bar(baz)`, `1`, `"abc"`, `(a % 2)` (because it's in parenthesis)
       * @returns {boolean|jsep.Expression}
       */
      gobbleToken() {
        let ch, to_check, tc_len, node;
        this.gobbleSpaces();
        node = this.searchHook("gobble-token");
        if (node) {
          return this.runHook("after-token", node);
        }
        ch = this.code;
        if (_Jsep.isDecimalDigit(ch) || ch === _Jsep.PERIOD_CODE) {
          return this.gobbleNumericLiteral();
        }
        if (ch === _Jsep.SQUOTE_CODE || ch === _Jsep.DQUOTE_CODE) {
          node = this.gobbleStringLiteral();
        } else if (ch === _Jsep.OBRACK_CODE) {
          node = this.gobbleArray();
        } else {
          to_check = this.expr.substr(this.index, _Jsep.max_unop_len);
          tc_len = to_check.length;
          while (tc_len > 0) {
            if (_Jsep.unary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
              this.index += tc_len;
              const argument = this.gobbleToken();
              if (!argument) {
                this.throwError("missing unaryOp argument");
              }
              return this.runHook("after-token", {
                type: _Jsep.UNARY_EXP,
                operator: to_check,
                argument,
                prefix: true
              });
            }
            to_check = to_check.substr(0, --tc_len);
          }
          if (_Jsep.isIdentifierStart(ch)) {
            node = this.gobbleIdentifier();
            if (_Jsep.literals.hasOwnProperty(node.name)) {
              node = {
                type: _Jsep.LITERAL,
                value: _Jsep.literals[node.name],
                raw: node.name
              };
            } else if (node.name === _Jsep.this_str) {
              node = {
                type: _Jsep.THIS_EXP
              };
            }
          } else if (ch === _Jsep.OPAREN_CODE) {
            node = this.gobbleGroup();
          }
        }
        if (!node) {
          return this.runHook("after-token", false);
        }
        node = this.gobbleTokenProperty(node);
        return this.runHook("after-token", node);
      }
      /**
       * Gobble properties of of identifiers/strings/arrays/groups.
       * e.g. `foo`, `bar.baz`, `foo['bar'].baz`
       * It also gobbles function calls:
       * e.g. `Math.acos(obj.angle)`
       * @param {jsep.Expression} node
       * @returns {jsep.Expression}
       */
      gobbleTokenProperty(node) {
        this.gobbleSpaces();
        let ch = this.code;
        while (ch === _Jsep.PERIOD_CODE || ch === _Jsep.OBRACK_CODE || ch === _Jsep.OPAREN_CODE || ch === _Jsep.QUMARK_CODE) {
          let optional;
          if (ch === _Jsep.QUMARK_CODE) {
            if (this.expr.charCodeAt(this.index + 1) !== _Jsep.PERIOD_CODE) {
              break;
            }
            optional = true;
            this.index += 2;
            this.gobbleSpaces();
            ch = this.code;
          }
          this.index++;
          if (ch === _Jsep.OBRACK_CODE) {
            node = {
              type: _Jsep.MEMBER_EXP,
              computed: true,
              object: node,
              property: this.gobbleExpression()
            };
            if (!node.property) {
              this.throwError('Unexpected "' + this.char + '"');
            }
            this.gobbleSpaces();
            ch = this.code;
            if (ch !== _Jsep.CBRACK_CODE) {
              this.throwError("Unclosed [");
            }
            this.index++;
          } else if (ch === _Jsep.OPAREN_CODE) {
            node = {
              type: _Jsep.CALL_EXP,
              "arguments": this.gobbleArguments(_Jsep.CPAREN_CODE),
              callee: node
            };
          } else if (ch === _Jsep.PERIOD_CODE || optional) {
            if (optional) {
              this.index--;
            }
            this.gobbleSpaces();
            node = {
              type: _Jsep.MEMBER_EXP,
              computed: false,
              object: node,
              property: this.gobbleIdentifier()
            };
          }
          if (optional) {
            node.optional = true;
          }
          this.gobbleSpaces();
          ch = this.code;
        }
        return node;
      }
      /**
       * Parse simple numeric literals: `12`, `3.4`, `.5`. Do this by using a string to
       * keep track of everything in the numeric literal and then calling `parseFloat` on that string
       * @returns {jsep.Literal}
       */
      gobbleNumericLiteral() {
        let number = "", ch, chCode;
        while (_Jsep.isDecimalDigit(this.code)) {
          number += this.expr.charAt(this.index++);
        }
        if (this.code === _Jsep.PERIOD_CODE) {
          number += this.expr.charAt(this.index++);
          while (_Jsep.isDecimalDigit(this.code)) {
            number += this.expr.charAt(this.index++);
          }
        }
        ch = this.char;
        if (ch === "e" || ch === "E") {
          number += this.expr.charAt(this.index++);
          ch = this.char;
          if (ch === "+" || ch === "-") {
            number += this.expr.charAt(this.index++);
          }
          while (_Jsep.isDecimalDigit(this.code)) {
            number += this.expr.charAt(this.index++);
          }
          if (!_Jsep.isDecimalDigit(this.expr.charCodeAt(this.index - 1))) {
            this.throwError("Expected exponent (" + number + this.char + ")");
          }
        }
        chCode = this.code;
        if (_Jsep.isIdentifierStart(chCode)) {
          this.throwError("Variable names cannot start with a number (" + number + this.char + ")");
        } else if (chCode === _Jsep.PERIOD_CODE || number.length === 1 && number.charCodeAt(0) === _Jsep.PERIOD_CODE) {
          this.throwError("Unexpected period");
        }
        return {
          type: _Jsep.LITERAL,
          value: parseFloat(number),
          raw: number
        };
      }
      /**
       * Parses a string literal, staring with single or double quotes with basic support for escape codes
       * e.g. `"hello world"`, `'this is\nJSEP'`
       * @returns {jsep.Literal}
       */
      gobbleStringLiteral() {
        let str = "";
        const startIndex = this.index;
        const quote = this.expr.charAt(this.index++);
        let closed = false;
        while (this.index < this.expr.length) {
          let ch = this.expr.charAt(this.index++);
          if (ch === quote) {
            closed = true;
            break;
          } else if (ch === "\\") {
            ch = this.expr.charAt(this.index++);
            switch (ch) {
              case "n":
                str += "\n";
                break;
              case "r":
                str += "\r";
                break;
              case "t":
                str += "	";
                break;
              case "b":
                str += "\b";
                break;
              case "f":
                str += "\f";
                break;
              case "v":
                str += "\v";
                break;
              default:
                str += ch;
            }
          } else {
            str += ch;
          }
        }
        if (!closed) {
          this.throwError('Unclosed quote after "' + str + '"');
        }
        return {
          type: _Jsep.LITERAL,
          value: str,
          raw: this.expr.substring(startIndex, this.index)
        };
      }
      /**
       * Gobbles only identifiers
       * e.g.: `foo`, `_value`, `$x1`
       * Also, this function checks if that identifier is a literal:
       * (e.g. `true`, `false`, `null`) or `this`
       * @returns {jsep.Identifier}
       */
      gobbleIdentifier() {
        let ch = this.code, start = this.index;
        if (_Jsep.isIdentifierStart(ch)) {
          this.index++;
        } else {
          this.throwError("Unexpected " + this.char);
        }
        while (this.index < this.expr.length) {
          ch = this.code;
          if (_Jsep.isIdentifierPart(ch)) {
            this.index++;
          } else {
            break;
          }
        }
        return {
          type: _Jsep.IDENTIFIER,
          name: this.expr.slice(start, this.index)
        };
      }
      /**
       * Gobbles a list of arguments within the context of a function call
       * or array literal. This function also assumes that the opening character
       * `(` or `[` has already been gobbled, and gobbles expressions and commas
       * until the terminator character `)` or `]` is encountered.
       * e.g. `foo(bar, baz)`, `my_func()`, or `[bar, baz]`
       * @param {number} termination
       * @returns {jsep.Expression[]}
       */
      gobbleArguments(termination) {
        const args = [];
        let closed = false;
        let separator_count = 0;
        while (this.index < this.expr.length) {
          this.gobbleSpaces();
          let ch_i = this.code;
          if (ch_i === termination) {
            closed = true;
            this.index++;
            if (termination === _Jsep.CPAREN_CODE && separator_count && separator_count >= args.length) {
              this.throwError("Unexpected token " + String.fromCharCode(termination));
            }
            break;
          } else if (ch_i === _Jsep.COMMA_CODE) {
            this.index++;
            separator_count++;
            if (separator_count !== args.length) {
              if (termination === _Jsep.CPAREN_CODE) {
                this.throwError("Unexpected token ,");
              } else if (termination === _Jsep.CBRACK_CODE) {
                for (let arg = args.length; arg < separator_count; arg++) {
                  args.push(null);
                }
              }
            }
          } else if (args.length !== separator_count && separator_count !== 0) {
            this.throwError("Expected comma");
          } else {
            const node = this.gobbleExpression();
            if (!node || node.type === _Jsep.COMPOUND) {
              this.throwError("Expected comma");
            }
            args.push(node);
          }
        }
        if (!closed) {
          this.throwError("Expected " + String.fromCharCode(termination));
        }
        return args;
      }
      /**
       * Responsible for parsing a group of things within parentheses `()`
       * that have no identifier in front (so not a function call)
       * This function assumes that it needs to gobble the opening parenthesis
       * and then tries to gobble everything within that parenthesis, assuming
       * that the next thing it should see is the close parenthesis. If not,
       * then the expression probably doesn't have a `)`
       * @returns {boolean|jsep.Expression}
       */
      gobbleGroup() {
        this.index++;
        let nodes = this.gobbleExpressions(_Jsep.CPAREN_CODE);
        if (this.code === _Jsep.CPAREN_CODE) {
          this.index++;
          if (nodes.length === 1) {
            return nodes[0];
          } else if (!nodes.length) {
            return false;
          } else {
            return {
              type: _Jsep.SEQUENCE_EXP,
              expressions: nodes
            };
          }
        } else {
          this.throwError("Unclosed (");
        }
      }
      /**
       * Responsible for parsing Array literals `[1, 2, 3]`
       * This function assumes that it needs to gobble the opening bracket
       * and then tries to gobble the expressions as arguments.
       * @returns {jsep.ArrayExpression}
       */
      gobbleArray() {
        this.index++;
        return {
          type: _Jsep.ARRAY_EXP,
          elements: this.gobbleArguments(_Jsep.CBRACK_CODE)
        };
      }
    };
    var hooks = new Hooks();
    Object.assign(Jsep, {
      hooks,
      plugins: new Plugins(Jsep),
      // Node Types
      // ----------
      // This is the full set of types that any JSEP node can be.
      // Store them here to save space when minified
      COMPOUND: "Compound",
      SEQUENCE_EXP: "SequenceExpression",
      IDENTIFIER: "Identifier",
      MEMBER_EXP: "MemberExpression",
      LITERAL: "Literal",
      THIS_EXP: "ThisExpression",
      CALL_EXP: "CallExpression",
      UNARY_EXP: "UnaryExpression",
      BINARY_EXP: "BinaryExpression",
      ARRAY_EXP: "ArrayExpression",
      TAB_CODE: 9,
      LF_CODE: 10,
      CR_CODE: 13,
      SPACE_CODE: 32,
      PERIOD_CODE: 46,
      // '.'
      COMMA_CODE: 44,
      // ','
      SQUOTE_CODE: 39,
      // single quote
      DQUOTE_CODE: 34,
      // double quotes
      OPAREN_CODE: 40,
      // (
      CPAREN_CODE: 41,
      // )
      OBRACK_CODE: 91,
      // [
      CBRACK_CODE: 93,
      // ]
      QUMARK_CODE: 63,
      // ?
      SEMCOL_CODE: 59,
      // ;
      COLON_CODE: 58,
      // :
      // Operations
      // ----------
      // Use a quickly-accessible map to store all of the unary operators
      // Values are set to `1` (it really doesn't matter)
      unary_ops: {
        "-": 1,
        "!": 1,
        "~": 1,
        "+": 1
      },
      // Also use a map for the binary operations but set their values to their
      // binary precedence for quick reference (higher number = higher precedence)
      // see [Order of operations](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Operator_Precedence)
      binary_ops: {
        "||": 1,
        "??": 1,
        "&&": 2,
        "|": 3,
        "^": 4,
        "&": 5,
        "==": 6,
        "!=": 6,
        "===": 6,
        "!==": 6,
        "<": 7,
        ">": 7,
        "<=": 7,
        ">=": 7,
        "<<": 8,
        ">>": 8,
        ">>>": 8,
        "+": 9,
        "-": 9,
        "*": 10,
        "/": 10,
        "%": 10,
        "**": 11
      },
      // sets specific binary_ops as right-associative
      right_associative: /* @__PURE__ */ new Set(["**"]),
      // Additional valid identifier chars, apart from a-z, A-Z and 0-9 (except on the starting char)
      additional_identifier_chars: /* @__PURE__ */ new Set(["$", "_"]),
      // Literals
      // ----------
      // Store the values to return for the various literals we may encounter
      literals: {
        "true": true,
        "false": false,
        "null": null
      },
      // Except for `this`, which is special. This could be changed to something like `'self'` as well
      this_str: "this"
    });
    Jsep.max_unop_len = Jsep.getMaxKeyLen(Jsep.unary_ops);
    Jsep.max_binop_len = Jsep.getMaxKeyLen(Jsep.binary_ops);
    var jsep = (expr) => new Jsep(expr).parse();
    var stdClassProps = Object.getOwnPropertyNames(class Test {
    });
    Object.getOwnPropertyNames(Jsep).filter((prop) => !stdClassProps.includes(prop) && jsep[prop] === void 0).forEach((m) => {
      jsep[m] = Jsep[m];
    });
    jsep.Jsep = Jsep;
    var CONDITIONAL_EXP2 = "ConditionalExpression";
    var ternary = {
      name: "ternary",
      init(jsep2) {
        jsep2.hooks.add("after-expression", function gobbleTernary(env) {
          if (env.node && this.code === jsep2.QUMARK_CODE) {
            this.index++;
            const test = env.node;
            const consequent = this.gobbleExpression();
            if (!consequent) {
              this.throwError("Expected expression");
            }
            this.gobbleSpaces();
            if (this.code === jsep2.COLON_CODE) {
              this.index++;
              const alternate = this.gobbleExpression();
              if (!alternate) {
                this.throwError("Expected expression");
              }
              env.node = {
                type: CONDITIONAL_EXP2,
                test,
                consequent,
                alternate
              };
              if (test.operator && jsep2.binary_ops[test.operator] <= 0.9) {
                let newTest = test;
                while (newTest.right.operator && jsep2.binary_ops[newTest.right.operator] <= 0.9) {
                  newTest = newTest.right;
                }
                env.node.test = newTest.right;
                newTest.right = env.node;
                env.node = test;
              }
            } else {
              this.throwError("Expected :");
            }
          }
        });
      }
    };
    jsep.plugins.register(ternary);
    var FSLASH_CODE2 = 47;
    var BSLASH_CODE2 = 92;
    var index3 = {
      name: "regex",
      init(jsep2) {
        jsep2.hooks.add("gobble-token", function gobbleRegexLiteral(env) {
          if (this.code === FSLASH_CODE2) {
            const patternIndex = ++this.index;
            let inCharSet = false;
            while (this.index < this.expr.length) {
              if (this.code === FSLASH_CODE2 && !inCharSet) {
                const pattern = this.expr.slice(patternIndex, this.index);
                let flags = "";
                while (++this.index < this.expr.length) {
                  const code = this.code;
                  if (code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57) {
                    flags += this.char;
                  } else {
                    break;
                  }
                }
                let value;
                try {
                  value = new RegExp(pattern, flags);
                } catch (e) {
                  this.throwError(e.message);
                }
                env.node = {
                  type: jsep2.LITERAL,
                  value,
                  raw: this.expr.slice(patternIndex - 1, this.index)
                };
                env.node = this.gobbleTokenProperty(env.node);
                return env.node;
              }
              if (this.code === jsep2.OBRACK_CODE) {
                inCharSet = true;
              } else if (inCharSet && this.code === jsep2.CBRACK_CODE) {
                inCharSet = false;
              }
              this.index += this.code === BSLASH_CODE2 ? 2 : 1;
            }
            this.throwError("Unclosed Regex");
          }
        });
      }
    };
    var PLUS_CODE = 43;
    var MINUS_CODE = 45;
    var plugin = {
      name: "assignment",
      assignmentOperators: /* @__PURE__ */ new Set(["=", "*=", "**=", "/=", "%=", "+=", "-=", "<<=", ">>=", ">>>=", "&=", "^=", "|=", "||=", "&&=", "??="]),
      updateOperators: [PLUS_CODE, MINUS_CODE],
      assignmentPrecedence: 0.9,
      init(jsep2) {
        const updateNodeTypes = [jsep2.IDENTIFIER, jsep2.MEMBER_EXP];
        plugin.assignmentOperators.forEach((op) => jsep2.addBinaryOp(op, plugin.assignmentPrecedence, true));
        jsep2.hooks.add("gobble-token", function gobbleUpdatePrefix(env) {
          const code = this.code;
          if (plugin.updateOperators.some((c) => c === code && c === this.expr.charCodeAt(this.index + 1))) {
            this.index += 2;
            env.node = {
              type: "UpdateExpression",
              operator: code === PLUS_CODE ? "++" : "--",
              argument: this.gobbleTokenProperty(this.gobbleIdentifier()),
              prefix: true
            };
            if (!env.node.argument || !updateNodeTypes.includes(env.node.argument.type)) {
              this.throwError(`Unexpected ${env.node.operator}`);
            }
          }
        });
        jsep2.hooks.add("after-token", function gobbleUpdatePostfix(env) {
          if (env.node) {
            const code = this.code;
            if (plugin.updateOperators.some((c) => c === code && c === this.expr.charCodeAt(this.index + 1))) {
              if (!updateNodeTypes.includes(env.node.type)) {
                this.throwError(`Unexpected ${env.node.operator}`);
              }
              this.index += 2;
              env.node = {
                type: "UpdateExpression",
                operator: code === PLUS_CODE ? "++" : "--",
                argument: env.node,
                prefix: false
              };
            }
          }
        });
        jsep2.hooks.add("after-expression", function gobbleAssignment(env) {
          if (env.node) {
            updateBinariesToAssignments(env.node);
          }
        });
        function updateBinariesToAssignments(node) {
          if (plugin.assignmentOperators.has(node.operator)) {
            node.type = "AssignmentExpression";
            updateBinariesToAssignments(node.left);
            updateBinariesToAssignments(node.right);
          } else if (!node.operator) {
            Object.values(node).forEach((val) => {
              if (val && typeof val === "object") {
                updateBinariesToAssignments(val);
              }
            });
          }
        }
      }
    };
    jsep.plugins.register(index3, plugin);
    jsep.addUnaryOp("typeof");
    jsep.addUnaryOp("void");
    jsep.addLiteral("null", null);
    jsep.addLiteral("undefined", void 0);
    var BLOCKED_PROTO_PROPERTIES = /* @__PURE__ */ new Set(["constructor", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"]);
    var SafeEval = {
      /**
       * @param {jsep.Expression} ast
       * @param {Record<string, any>} subs
       */
      evalAst(ast, subs) {
        switch (ast.type) {
          case "BinaryExpression":
          case "LogicalExpression":
            return SafeEval.evalBinaryExpression(ast, subs);
          case "Compound":
            return SafeEval.evalCompound(ast, subs);
          case "ConditionalExpression":
            return SafeEval.evalConditionalExpression(ast, subs);
          case "Identifier":
            return SafeEval.evalIdentifier(ast, subs);
          case "Literal":
            return SafeEval.evalLiteral(ast, subs);
          case "MemberExpression":
            return SafeEval.evalMemberExpression(ast, subs);
          case "UnaryExpression":
            return SafeEval.evalUnaryExpression(ast, subs);
          case "ArrayExpression":
            return SafeEval.evalArrayExpression(ast, subs);
          case "CallExpression":
            return SafeEval.evalCallExpression(ast, subs);
          case "AssignmentExpression":
            return SafeEval.evalAssignmentExpression(ast, subs);
          default:
            throw SyntaxError("Unexpected expression", ast);
        }
      },
      evalBinaryExpression(ast, subs) {
        const result = {
          "||": (a, b) => a || b(),
          "&&": (a, b) => a && b(),
          "|": (a, b) => a | b(),
          "^": (a, b) => a ^ b(),
          "&": (a, b) => a & b(),
          // eslint-disable-next-line eqeqeq -- API
          "==": (a, b) => a == b(),
          // eslint-disable-next-line eqeqeq -- API
          "!=": (a, b) => a != b(),
          "===": (a, b) => a === b(),
          "!==": (a, b) => a !== b(),
          "<": (a, b) => a < b(),
          ">": (a, b) => a > b(),
          "<=": (a, b) => a <= b(),
          ">=": (a, b) => a >= b(),
          "<<": (a, b) => a << b(),
          ">>": (a, b) => a >> b(),
          ">>>": (a, b) => a >>> b(),
          "+": (a, b) => a + b(),
          "-": (a, b) => a - b(),
          "*": (a, b) => a * b(),
          "/": (a, b) => a / b(),
          "%": (a, b) => a % b()
        }[ast.operator](SafeEval.evalAst(ast.left, subs), () => SafeEval.evalAst(ast.right, subs));
        return result;
      },
      evalCompound(ast, subs) {
        let last;
        for (let i = 0; i < ast.body.length; i++) {
          if (ast.body[i].type === "Identifier" && ["var", "let", "const"].includes(ast.body[i].name) && ast.body[i + 1] && ast.body[i + 1].type === "AssignmentExpression") {
            i += 1;
          }
          const expr = ast.body[i];
          last = SafeEval.evalAst(expr, subs);
        }
        return last;
      },
      evalConditionalExpression(ast, subs) {
        if (SafeEval.evalAst(ast.test, subs)) {
          return SafeEval.evalAst(ast.consequent, subs);
        }
        return SafeEval.evalAst(ast.alternate, subs);
      },
      evalIdentifier(ast, subs) {
        if (Object.hasOwn(subs, ast.name)) {
          return subs[ast.name];
        }
        throw ReferenceError(`${ast.name} is not defined`);
      },
      evalLiteral(ast) {
        return ast.value;
      },
      evalMemberExpression(ast, subs) {
        const prop = String(
          // NOTE: `String(value)` throws error when
          // value has overwritten the toString method to return non-string
          // i.e. `value = {toString: () => []}`
          ast.computed ? SafeEval.evalAst(ast.property) : ast.property.name
          // `object.property` property is Identifier
        );
        const obj = SafeEval.evalAst(ast.object, subs);
        if (obj === void 0 || obj === null) {
          throw TypeError(`Cannot read properties of ${obj} (reading '${prop}')`);
        }
        if (!Object.hasOwn(obj, prop) && BLOCKED_PROTO_PROPERTIES.has(prop)) {
          throw TypeError(`Cannot read properties of ${obj} (reading '${prop}')`);
        }
        const result = obj[prop];
        if (typeof result === "function") {
          return result.bind(obj);
        }
        return result;
      },
      evalUnaryExpression(ast, subs) {
        const result = {
          "-": (a) => -SafeEval.evalAst(a, subs),
          "!": (a) => !SafeEval.evalAst(a, subs),
          "~": (a) => ~SafeEval.evalAst(a, subs),
          // eslint-disable-next-line no-implicit-coercion -- API
          "+": (a) => +SafeEval.evalAst(a, subs),
          typeof: (a) => typeof SafeEval.evalAst(a, subs),
          // eslint-disable-next-line no-void, sonarjs/void-use -- feature
          void: (a) => void SafeEval.evalAst(a, subs)
        }[ast.operator](ast.argument);
        return result;
      },
      evalArrayExpression(ast, subs) {
        return ast.elements.map((el) => SafeEval.evalAst(el, subs));
      },
      evalCallExpression(ast, subs) {
        const args = ast.arguments.map((arg) => SafeEval.evalAst(arg, subs));
        const func = SafeEval.evalAst(ast.callee, subs);
        if (func === Function) {
          throw new Error("Function constructor is disabled");
        }
        return func(...args);
      },
      evalAssignmentExpression(ast, subs) {
        if (ast.left.type !== "Identifier") {
          throw SyntaxError("Invalid left-hand side in assignment");
        }
        const id = ast.left.name;
        const value = SafeEval.evalAst(ast.right, subs);
        subs[id] = value;
        return subs[id];
      }
    };
    var SafeScript = class {
      /**
       * @param {string} expr Expression to evaluate
       */
      constructor(expr) {
        this.code = expr;
        this.ast = jsep(this.code);
      }
      /**
       * @param {object} context Object whose items will be added
       *   to evaluation
       * @returns {EvaluatedResult} Result of evaluated code
       */
      runInNewContext(context) {
        const keyMap = Object.assign(/* @__PURE__ */ Object.create(null), context);
        return SafeEval.evalAst(this.ast, keyMap);
      }
    };
    function push(arr, item) {
      arr = arr.slice();
      arr.push(item);
      return arr;
    }
    function unshift(item, arr) {
      arr = arr.slice();
      arr.unshift(item);
      return arr;
    }
    var NewError = class extends Error {
      /**
       * @param {AnyResult} value The evaluated scalar value
       */
      constructor(value) {
        super('JSONPath should not be called with "new" (it prevents return of (unwrapped) scalar values)');
        this.avoidNew = true;
        this.value = value;
        this.name = "NewError";
      }
    };
    function JSONPath(opts, expr, obj, callback, otherTypeCallback) {
      if (!(this instanceof JSONPath)) {
        try {
          return new JSONPath(opts, expr, obj, callback, otherTypeCallback);
        } catch (e) {
          if (!e.avoidNew) {
            throw e;
          }
          return e.value;
        }
      }
      if (typeof opts === "string") {
        otherTypeCallback = callback;
        callback = obj;
        obj = expr;
        expr = opts;
        opts = null;
      }
      const optObj = opts && typeof opts === "object";
      opts = opts || {};
      this.json = opts.json || obj;
      this.path = opts.path || expr;
      this.resultType = opts.resultType || "value";
      this.flatten = opts.flatten || false;
      this.wrap = Object.hasOwn(opts, "wrap") ? opts.wrap : true;
      this.sandbox = opts.sandbox || {};
      this.eval = opts.eval === void 0 ? "safe" : opts.eval;
      this.ignoreEvalErrors = typeof opts.ignoreEvalErrors === "undefined" ? false : opts.ignoreEvalErrors;
      this.parent = opts.parent || null;
      this.parentProperty = opts.parentProperty || null;
      this.callback = opts.callback || callback || null;
      this.otherTypeCallback = opts.otherTypeCallback || otherTypeCallback || function() {
        throw new TypeError("You must supply an otherTypeCallback callback option with the @other() operator.");
      };
      if (opts.autostart !== false) {
        const args = {
          path: optObj ? opts.path : expr
        };
        if (!optObj) {
          args.json = obj;
        } else if ("json" in opts) {
          args.json = opts.json;
        }
        const ret = this.evaluate(args);
        if (!ret || typeof ret !== "object") {
          throw new NewError(ret);
        }
        return ret;
      }
    }
    JSONPath.prototype.evaluate = function(expr, json, callback, otherTypeCallback) {
      let currParent = this.parent, currParentProperty = this.parentProperty;
      let {
        flatten,
        wrap
      } = this;
      this.currResultType = this.resultType;
      this.currEval = this.eval;
      this.currSandbox = this.sandbox;
      callback = callback || this.callback;
      this.currOtherTypeCallback = otherTypeCallback || this.otherTypeCallback;
      json = json || this.json;
      expr = expr || this.path;
      if (expr && typeof expr === "object" && !Array.isArray(expr)) {
        if (!expr.path && expr.path !== "") {
          throw new TypeError('You must supply a "path" property when providing an object argument to JSONPath.evaluate().');
        }
        if (!Object.hasOwn(expr, "json")) {
          throw new TypeError('You must supply a "json" property when providing an object argument to JSONPath.evaluate().');
        }
        ({
          json
        } = expr);
        flatten = Object.hasOwn(expr, "flatten") ? expr.flatten : flatten;
        this.currResultType = Object.hasOwn(expr, "resultType") ? expr.resultType : this.currResultType;
        this.currSandbox = Object.hasOwn(expr, "sandbox") ? expr.sandbox : this.currSandbox;
        wrap = Object.hasOwn(expr, "wrap") ? expr.wrap : wrap;
        this.currEval = Object.hasOwn(expr, "eval") ? expr.eval : this.currEval;
        callback = Object.hasOwn(expr, "callback") ? expr.callback : callback;
        this.currOtherTypeCallback = Object.hasOwn(expr, "otherTypeCallback") ? expr.otherTypeCallback : this.currOtherTypeCallback;
        currParent = Object.hasOwn(expr, "parent") ? expr.parent : currParent;
        currParentProperty = Object.hasOwn(expr, "parentProperty") ? expr.parentProperty : currParentProperty;
        expr = expr.path;
      }
      currParent = currParent || null;
      currParentProperty = currParentProperty || null;
      if (Array.isArray(expr)) {
        expr = JSONPath.toPathString(expr);
      }
      if (!expr && expr !== "" || !json) {
        return void 0;
      }
      const exprList = JSONPath.toPathArray(expr);
      if (exprList[0] === "$" && exprList.length > 1) {
        exprList.shift();
      }
      this._hasParentSelector = null;
      const result = this._trace(exprList, json, ["$"], currParent, currParentProperty, callback).filter(function(ea) {
        return ea && !ea.isParentSelector;
      });
      if (!result.length) {
        return wrap ? [] : void 0;
      }
      if (!wrap && result.length === 1 && !result[0].hasArrExpr) {
        return this._getPreferredOutput(result[0]);
      }
      return result.reduce((rslt, ea) => {
        const valOrPath = this._getPreferredOutput(ea);
        if (flatten && Array.isArray(valOrPath)) {
          rslt = rslt.concat(valOrPath);
        } else {
          rslt.push(valOrPath);
        }
        return rslt;
      }, []);
    };
    JSONPath.prototype._getPreferredOutput = function(ea) {
      const resultType = this.currResultType;
      switch (resultType) {
        case "all": {
          const path = Array.isArray(ea.path) ? ea.path : JSONPath.toPathArray(ea.path);
          ea.pointer = JSONPath.toPointer(path);
          ea.path = typeof ea.path === "string" ? ea.path : JSONPath.toPathString(ea.path);
          return ea;
        }
        case "value":
        case "parent":
        case "parentProperty":
          return ea[resultType];
        case "path":
          return JSONPath.toPathString(ea[resultType]);
        case "pointer":
          return JSONPath.toPointer(ea.path);
        default:
          throw new TypeError("Unknown result type");
      }
    };
    JSONPath.prototype._handleCallback = function(fullRetObj, callback, type) {
      if (callback) {
        const preferredOutput = this._getPreferredOutput(fullRetObj);
        fullRetObj.path = typeof fullRetObj.path === "string" ? fullRetObj.path : JSONPath.toPathString(fullRetObj.path);
        callback(preferredOutput, type, fullRetObj);
      }
    };
    JSONPath.prototype._trace = function(expr, val, path, parent, parentPropName, callback, hasArrExpr, literalPriority) {
      let retObj;
      if (!expr.length) {
        retObj = {
          path,
          value: val,
          parent,
          parentProperty: parentPropName,
          hasArrExpr
        };
        this._handleCallback(retObj, callback, "value");
        return retObj;
      }
      const loc = expr[0], x = expr.slice(1);
      const ret = [];
      function addRet(elems) {
        if (Array.isArray(elems)) {
          elems.forEach((t) => {
            ret.push(t);
          });
        } else {
          ret.push(elems);
        }
      }
      if ((typeof loc !== "string" || literalPriority) && val && Object.hasOwn(val, loc)) {
        addRet(this._trace(x, val[loc], push(path, loc), val, loc, callback, hasArrExpr));
      } else if (loc === "*") {
        this._walk(val, (m) => {
          addRet(this._trace(x, val[m], push(path, m), val, m, callback, true, true));
        });
      } else if (loc === "..") {
        addRet(this._trace(x, val, path, parent, parentPropName, callback, hasArrExpr));
        this._walk(val, (m) => {
          if (typeof val[m] === "object") {
            addRet(this._trace(expr.slice(), val[m], push(path, m), val, m, callback, true));
          }
        });
      } else if (loc === "^") {
        this._hasParentSelector = true;
        return {
          path: path.slice(0, -1),
          expr: x,
          isParentSelector: true
        };
      } else if (loc === "~") {
        retObj = {
          path: push(path, loc),
          value: parentPropName,
          parent,
          parentProperty: null
        };
        this._handleCallback(retObj, callback, "property");
        return retObj;
      } else if (loc === "$") {
        addRet(this._trace(x, val, path, null, null, callback, hasArrExpr));
      } else if (/^(-?\d*):(-?\d*):?(\d*)$/u.test(loc)) {
        addRet(this._slice(loc, x, val, path, parent, parentPropName, callback));
      } else if (loc.indexOf("?(") === 0) {
        if (this.currEval === false) {
          throw new Error("Eval [?(expr)] prevented in JSONPath expression.");
        }
        const safeLoc = loc.replace(/^\?\((.*?)\)$/u, "$1");
        const nested = /@.?([^?]*)[['](\??\(.*?\))(?!.\)\])[\]']/gu.exec(safeLoc);
        if (nested) {
          this._walk(val, (m) => {
            const npath = [nested[2]];
            const nvalue = nested[1] ? val[m][nested[1]] : val[m];
            const filterResults = this._trace(npath, nvalue, path, parent, parentPropName, callback, true);
            if (filterResults.length > 0) {
              addRet(this._trace(x, val[m], push(path, m), val, m, callback, true));
            }
          });
        } else {
          this._walk(val, (m) => {
            if (this._eval(safeLoc, val[m], m, path, parent, parentPropName)) {
              addRet(this._trace(x, val[m], push(path, m), val, m, callback, true));
            }
          });
        }
      } else if (loc[0] === "(") {
        if (this.currEval === false) {
          throw new Error("Eval [(expr)] prevented in JSONPath expression.");
        }
        addRet(this._trace(unshift(this._eval(loc, val, path.at(-1), path.slice(0, -1), parent, parentPropName), x), val, path, parent, parentPropName, callback, hasArrExpr));
      } else if (loc[0] === "@") {
        let addType = false;
        const valueType = loc.slice(1, -2);
        switch (valueType) {
          case "scalar":
            if (!val || !["object", "function"].includes(typeof val)) {
              addType = true;
            }
            break;
          case "boolean":
          case "string":
          case "undefined":
          case "function":
            if (typeof val === valueType) {
              addType = true;
            }
            break;
          case "integer":
            if (Number.isFinite(val) && !(val % 1)) {
              addType = true;
            }
            break;
          case "number":
            if (Number.isFinite(val)) {
              addType = true;
            }
            break;
          case "nonFinite":
            if (typeof val === "number" && !Number.isFinite(val)) {
              addType = true;
            }
            break;
          case "object":
            if (val && typeof val === valueType) {
              addType = true;
            }
            break;
          case "array":
            if (Array.isArray(val)) {
              addType = true;
            }
            break;
          case "other":
            addType = this.currOtherTypeCallback(val, path, parent, parentPropName);
            break;
          case "null":
            if (val === null) {
              addType = true;
            }
            break;
          /* c8 ignore next 2 */
          default:
            throw new TypeError("Unknown value type " + valueType);
        }
        if (addType) {
          retObj = {
            path,
            value: val,
            parent,
            parentProperty: parentPropName
          };
          this._handleCallback(retObj, callback, "value");
          return retObj;
        }
      } else if (loc[0] === "`" && val && Object.hasOwn(val, loc.slice(1))) {
        const locProp = loc.slice(1);
        addRet(this._trace(x, val[locProp], push(path, locProp), val, locProp, callback, hasArrExpr, true));
      } else if (loc.includes(",")) {
        const parts = loc.split(",");
        for (const part of parts) {
          addRet(this._trace(unshift(part, x), val, path, parent, parentPropName, callback, true));
        }
      } else if (!literalPriority && val && Object.hasOwn(val, loc)) {
        addRet(this._trace(x, val[loc], push(path, loc), val, loc, callback, hasArrExpr, true));
      }
      if (this._hasParentSelector) {
        for (let t = 0; t < ret.length; t++) {
          const rett = ret[t];
          if (rett && rett.isParentSelector) {
            const tmp = this._trace(rett.expr, val, rett.path, parent, parentPropName, callback, hasArrExpr);
            if (Array.isArray(tmp)) {
              ret[t] = tmp[0];
              const tl = tmp.length;
              for (let tt = 1; tt < tl; tt++) {
                t++;
                ret.splice(t, 0, tmp[tt]);
              }
            } else {
              ret[t] = tmp;
            }
          }
        }
      }
      return ret;
    };
    JSONPath.prototype._walk = function(val, f) {
      if (Array.isArray(val)) {
        const n = val.length;
        for (let i = 0; i < n; i++) {
          f(i);
        }
      } else if (val && typeof val === "object") {
        Object.keys(val).forEach((m) => {
          f(m);
        });
      }
    };
    JSONPath.prototype._slice = function(loc, expr, val, path, parent, parentPropName, callback) {
      if (!Array.isArray(val)) {
        return void 0;
      }
      const len = val.length, parts = loc.split(":"), step = parts[2] && Number.parseInt(parts[2]) || 1;
      let start = parts[0] && Number.parseInt(parts[0]) || 0, end = parts[1] && Number.parseInt(parts[1]) || len;
      start = start < 0 ? Math.max(0, start + len) : Math.min(len, start);
      end = end < 0 ? Math.max(0, end + len) : Math.min(len, end);
      const ret = [];
      for (let i = start; i < end; i += step) {
        const tmp = this._trace(unshift(i, expr), val, path, parent, parentPropName, callback, true);
        tmp.forEach((t) => {
          ret.push(t);
        });
      }
      return ret;
    };
    JSONPath.prototype._eval = function(code, _v, _vname, path, parent, parentPropName) {
      this.currSandbox._$_parentProperty = parentPropName;
      this.currSandbox._$_parent = parent;
      this.currSandbox._$_property = _vname;
      this.currSandbox._$_root = this.json;
      this.currSandbox._$_v = _v;
      const containsPath = code.includes("@path");
      if (containsPath) {
        this.currSandbox._$_path = JSONPath.toPathString(path.concat([_vname]));
      }
      const scriptCacheKey = this.currEval + "Script:" + code;
      if (!JSONPath.cache[scriptCacheKey]) {
        let script = code.replaceAll("@parentProperty", "_$_parentProperty").replaceAll("@parent", "_$_parent").replaceAll("@property", "_$_property").replaceAll("@root", "_$_root").replaceAll(/@([.\s)[])/gu, "_$_v$1");
        if (containsPath) {
          script = script.replaceAll("@path", "_$_path");
        }
        if (this.currEval === "safe" || this.currEval === true || this.currEval === void 0) {
          JSONPath.cache[scriptCacheKey] = new this.safeVm.Script(script);
        } else if (this.currEval === "native") {
          JSONPath.cache[scriptCacheKey] = new this.vm.Script(script);
        } else if (typeof this.currEval === "function" && this.currEval.prototype && Object.hasOwn(this.currEval.prototype, "runInNewContext")) {
          const CurrEval = this.currEval;
          JSONPath.cache[scriptCacheKey] = new CurrEval(script);
        } else if (typeof this.currEval === "function") {
          JSONPath.cache[scriptCacheKey] = {
            runInNewContext: (context) => this.currEval(script, context)
          };
        } else {
          throw new TypeError(`Unknown "eval" property "${this.currEval}"`);
        }
      }
      try {
        return JSONPath.cache[scriptCacheKey].runInNewContext(this.currSandbox);
      } catch (e) {
        if (this.ignoreEvalErrors) {
          return false;
        }
        throw new Error("jsonPath: " + e.message + ": " + code);
      }
    };
    JSONPath.cache = {};
    JSONPath.toPathString = function(pathArr) {
      const x = pathArr, n = x.length;
      let p = "$";
      for (let i = 1; i < n; i++) {
        if (!/^(~|\^|@.*?\(\))$/u.test(x[i])) {
          p += /^[0-9*]+$/u.test(x[i]) ? "[" + x[i] + "]" : "['" + x[i] + "']";
        }
      }
      return p;
    };
    JSONPath.toPointer = function(pointer) {
      const x = pointer, n = x.length;
      let p = "";
      for (let i = 1; i < n; i++) {
        if (!/^(~|\^|@.*?\(\))$/u.test(x[i])) {
          p += "/" + x[i].toString().replaceAll("~", "~0").replaceAll("/", "~1");
        }
      }
      return p;
    };
    JSONPath.toPathArray = function(expr) {
      const {
        cache
      } = JSONPath;
      if (cache[expr]) {
        return cache[expr].concat();
      }
      const subx = [];
      const normalized = expr.replaceAll(/@(?:null|boolean|number|string|integer|undefined|nonFinite|scalar|array|object|function|other)\(\)/gu, ";$&;").replaceAll(/[['](\??\(.*?\))[\]'](?!.\])/gu, function($0, $1) {
        return "[#" + (subx.push($1) - 1) + "]";
      }).replaceAll(/\[['"]([^'\]]*)['"]\]/gu, function($0, prop) {
        return "['" + prop.replaceAll(".", "%@%").replaceAll("~", "%%@@%%") + "']";
      }).replaceAll("~", ";~;").replaceAll(/['"]?\.['"]?(?![^[]*\])|\[['"]?/gu, ";").replaceAll("%@%", ".").replaceAll("%%@@%%", "~").replaceAll(/(?:;)?(\^+)(?:;)?/gu, function($0, ups) {
        return ";" + ups.split("").join(";") + ";";
      }).replaceAll(/;;;|;;/gu, ";..;").replaceAll(/;$|'?\]|'$/gu, "");
      const exprList = normalized.split(";").map(function(exp) {
        const match = exp.match(/#(\d+)/u);
        return !match || !match[1] ? exp : subx[match[1]];
      });
      cache[expr] = exprList;
      return cache[expr].concat();
    };
    JSONPath.prototype.safeVm = {
      Script: SafeScript
    };
    JSONPath.prototype.vm = vm;
    exports.JSONPath = JSONPath;
  }
});

// node_modules/@stoplight/spectral-core/dist/runner/utils/getLintTargets.js
var require_getLintTargets = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/runner/utils/getLintTargets.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getLintTargets = void 0;
    var jsonpath_plus_1 = require_index_node_cjs();
    var lodash_1 = require_lodash();
    var getLintTargets = (targetValue, field) => {
      const targets = [];
      if ((0, lodash_1.isObject)(targetValue) && typeof field === "string") {
        if (field === "@key") {
          for (const key of Object.keys(targetValue)) {
            targets.push({
              path: [key],
              value: key
            });
          }
        } else if (field.startsWith("$")) {
          (0, jsonpath_plus_1.JSONPath)({
            path: field,
            json: targetValue,
            resultType: "all",
            callback(result) {
              targets.push({
                path: (0, lodash_1.toPath)(result.path.slice(1)),
                value: result.value
              });
            }
          });
        } else {
          targets.push({
            path: (0, lodash_1.toPath)(field),
            value: (0, lodash_1.get)(targetValue, field)
          });
        }
      } else {
        targets.push({
          path: [],
          value: targetValue
        });
      }
      if (targets.length === 0) {
        targets.push({
          path: [],
          value: void 0
        });
      }
      return targets;
    };
    exports.getLintTargets = getLintTargets;
  }
});

// node_modules/expr-eval-fork/dist/bundle.js
var require_bundle = __commonJS({
  "node_modules/expr-eval-fork/dist/bundle.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? factory(exports) : typeof define === "function" && define.amd ? define(["exports"], factory) : (global2 = global2 || self, factory(global2.exprEval = {}));
    })(exports, (function(exports2) {
      "use strict";
      var INUMBER = "INUMBER";
      var IOP1 = "IOP1";
      var IOP2 = "IOP2";
      var IOP3 = "IOP3";
      var IVAR = "IVAR";
      var IVARNAME = "IVARNAME";
      var IFUNCALL = "IFUNCALL";
      var IFUNDEF = "IFUNDEF";
      var IEXPR = "IEXPR";
      var IEXPREVAL = "IEXPREVAL";
      var IMEMBER = "IMEMBER";
      var IENDSTATEMENT = "IENDSTATEMENT";
      var IARRAY = "IARRAY";
      function Instruction(type, value) {
        this.type = type;
        this.value = value !== void 0 && value !== null ? value : 0;
      }
      Instruction.prototype.toString = function() {
        switch (this.type) {
          case INUMBER:
          case IOP1:
          case IOP2:
          case IOP3:
          case IVAR:
          case IVARNAME:
          case IENDSTATEMENT:
            return this.value;
          case IFUNCALL:
            return "CALL " + this.value;
          case IFUNDEF:
            return "DEF " + this.value;
          case IARRAY:
            return "ARRAY " + this.value;
          case IMEMBER:
            return "." + this.value;
          default:
            return "Invalid Instruction";
        }
      };
      function unaryInstruction(value) {
        return new Instruction(IOP1, value);
      }
      function binaryInstruction(value) {
        return new Instruction(IOP2, value);
      }
      function ternaryInstruction(value) {
        return new Instruction(IOP3, value);
      }
      function simplify(tokens, unaryOps, binaryOps, ternaryOps, values) {
        var nstack = [];
        var newexpression = [];
        var n1, n2, n3;
        var f;
        for (var i = 0; i < tokens.length; i++) {
          var item = tokens[i];
          var type = item.type;
          if (type === INUMBER || type === IVARNAME) {
            if (Array.isArray(item.value)) {
              nstack.push.apply(nstack, simplify(item.value.map(function(x) {
                return new Instruction(INUMBER, x);
              }).concat(new Instruction(IARRAY, item.value.length)), unaryOps, binaryOps, ternaryOps, values));
            } else {
              nstack.push(item);
            }
          } else if (type === IVAR && Object.hasOwn(values, item.value)) {
            item = new Instruction(INUMBER, values[item.value]);
            nstack.push(item);
          } else if (type === IOP2 && nstack.length > 1) {
            n2 = nstack.pop();
            n1 = nstack.pop();
            f = binaryOps[item.value];
            item = new Instruction(INUMBER, f(n1.value, n2.value));
            nstack.push(item);
          } else if (type === IOP3 && nstack.length > 2) {
            n3 = nstack.pop();
            n2 = nstack.pop();
            n1 = nstack.pop();
            if (item.value === "?") {
              nstack.push(n1.value ? n2.value : n3.value);
            } else {
              f = ternaryOps[item.value];
              item = new Instruction(INUMBER, f(n1.value, n2.value, n3.value));
              nstack.push(item);
            }
          } else if (type === IOP1 && nstack.length > 0) {
            n1 = nstack.pop();
            f = unaryOps[item.value];
            item = new Instruction(INUMBER, f(n1.value));
            nstack.push(item);
          } else if (type === IEXPR) {
            while (nstack.length > 0) {
              newexpression.push(nstack.shift());
            }
            newexpression.push(new Instruction(IEXPR, simplify(item.value, unaryOps, binaryOps, ternaryOps, values)));
          } else if (type === IMEMBER && nstack.length > 0) {
            n1 = nstack.pop();
            nstack.push(new Instruction(INUMBER, n1.value[item.value]));
          } else {
            while (nstack.length > 0) {
              newexpression.push(nstack.shift());
            }
            newexpression.push(item);
          }
        }
        while (nstack.length > 0) {
          newexpression.push(nstack.shift());
        }
        return newexpression;
      }
      function substitute(tokens, variable, expr) {
        var newexpression = [];
        for (var i = 0; i < tokens.length; i++) {
          var item = tokens[i];
          var type = item.type;
          if (type === IVAR && item.value === variable) {
            for (var j = 0; j < expr.tokens.length; j++) {
              var expritem = expr.tokens[j];
              var replitem;
              if (expritem.type === IOP1) {
                replitem = unaryInstruction(expritem.value);
              } else if (expritem.type === IOP2) {
                replitem = binaryInstruction(expritem.value);
              } else if (expritem.type === IOP3) {
                replitem = ternaryInstruction(expritem.value);
              } else {
                replitem = new Instruction(expritem.type, expritem.value);
              }
              newexpression.push(replitem);
            }
          } else if (type === IEXPR) {
            newexpression.push(new Instruction(IEXPR, substitute(item.value, variable, expr)));
          } else {
            newexpression.push(item);
          }
        }
        return newexpression;
      }
      function isAllowedFunc(f, expr, values) {
        if (Object.values(expr.functions).includes(f)) return true;
        for (const v of Object.values(values)) {
          if (typeof v === "object" && v !== null) {
            for (const subV of Object.values(v)) {
              if (subV === f) {
                const SAFE_MATH = Object.freeze({
                  abs: Math.abs,
                  acos: Math.acos,
                  asin: Math.asin,
                  atan: Math.atan,
                  atan2: Math.atan2,
                  ceil: Math.ceil,
                  clz32: Math.clz32,
                  cos: Math.cos,
                  exp: Math.exp,
                  floor: Math.floor,
                  imul: Math.imul,
                  fround: Math.fround,
                  f16round: Math.f16round,
                  log: Math.log,
                  max: Math.max,
                  min: Math.min,
                  pow: Math.pow,
                  random: Math.random,
                  round: Math.round,
                  sin: Math.sin,
                  sqrt: Math.sqrt,
                  tan: Math.tan,
                  log10: Math.log10,
                  log2: Math.log2,
                  log1p: Math.log1p,
                  expm1: Math.expm1,
                  cosh: Math.cosh,
                  sinh: Math.sinh,
                  tanh: Math.tanh,
                  acosh: Math.acosh,
                  asinh: Math.asinh,
                  atanh: Math.atanh,
                  hypot: Math.hypot,
                  trunc: Math.trunc,
                  sign: Math.sign,
                  cbrt: Math.cbrt
                });
                for (var key of Object.getOwnPropertyNames(SAFE_MATH)) {
                  if (SAFE_MATH[key] === subV) return true;
                }
                return Object.values(expr.functions).includes(subV);
              }
            }
          }
        }
        return false;
      }
      function evaluate(tokens, expr, values) {
        var nstack = [];
        var n1, n2, n3;
        var f, args, argCount;
        if (isExpressionEvaluator(tokens)) {
          return resolveExpression(tokens, values);
        }
        var numTokens = tokens.length;
        for (var i = 0; i < numTokens; i++) {
          var item = tokens[i];
          var type = item.type;
          if (type === INUMBER || type === IVARNAME) {
            nstack.push(item.value);
          } else if (type === IOP2) {
            n2 = nstack.pop();
            n1 = nstack.pop();
            if (item.value === "and") {
              nstack.push(n1 ? !!evaluate(n2, expr, values) : false);
            } else if (item.value === "or") {
              nstack.push(n1 ? true : !!evaluate(n2, expr, values));
            } else if (item.value === "=") {
              f = expr.binaryOps[item.value];
              nstack.push(f(n1, evaluate(n2, expr, values), values));
            } else {
              f = expr.binaryOps[item.value];
              nstack.push(f(resolveExpression(n1, values), resolveExpression(n2, values)));
            }
          } else if (type === IOP3) {
            n3 = nstack.pop();
            n2 = nstack.pop();
            n1 = nstack.pop();
            if (item.value === "?") {
              nstack.push(evaluate(n1 ? n2 : n3, expr, values));
            } else {
              f = expr.ternaryOps[item.value];
              nstack.push(f(resolveExpression(n1, values), resolveExpression(n2, values), resolveExpression(n3, values)));
            }
          } else if (type === IVAR) {
            if (/^__proto__|prototype|constructor$/.test(item.value)) {
              throw new Error("prototype access detected");
            }
            if (item.value in expr.functions) {
              nstack.push(expr.functions[item.value]);
            } else if (item.value in expr.unaryOps && expr.parser.isOperatorEnabled(item.value)) {
              nstack.push(expr.unaryOps[item.value]);
            } else {
              var v = values[item.value];
              if (v !== void 0) {
                if (typeof v === "function" && !isAllowedFunc(v, expr, values)) {
                  throw new Error("Variable references an unallowed function: " + item.value);
                }
                nstack.push(v);
              } else {
                throw new Error("undefined variable: " + item.value);
              }
            }
          } else if (type === IOP1) {
            n1 = nstack.pop();
            f = expr.unaryOps[item.value];
            nstack.push(f(resolveExpression(n1, values)));
          } else if (type === IFUNCALL) {
            argCount = item.value;
            args = [];
            while (argCount-- > 0) {
              args.unshift(resolveExpression(nstack.pop(), values));
            }
            f = nstack.pop();
            if (!isAllowedFunc(f, expr, values)) {
              throw new Error("Is not an allowed function.");
            }
            if (f.apply && f.call) {
              nstack.push(f.apply(void 0, args));
            } else {
              throw new Error(f + " is not a function");
            }
          } else if (type === IFUNDEF) {
            nstack.push((function() {
              var n22 = nstack.pop();
              var args2 = [];
              var argCount2 = item.value;
              while (argCount2-- > 0) {
                args2.unshift(nstack.pop());
              }
              var n12 = nstack.pop();
              var f2 = function() {
                var scope = Object.assign({}, values);
                for (var i2 = 0, len = args2.length; i2 < len; i2++) {
                  scope[args2[i2]] = arguments[i2];
                }
                return evaluate(n22, expr, scope);
              };
              expr.functions["lambda_" + expr.functions.__counter++] = f2;
              values[n12] = f2;
              return f2;
            })());
          } else if (type === IEXPR) {
            nstack.push(createExpressionEvaluator(item, expr));
          } else if (type === IEXPREVAL) {
            nstack.push(item);
          } else if (type === IMEMBER) {
            n1 = nstack.pop();
            if (/^__proto__|prototype|constructor$/.test(item.value)) {
              throw new Error("prototype access detected in MEMBER");
            }
            if (typeof n1 === "object" && typeof n1[item.value] === "function" && !isAllowedFunc(n1[item.value], expr, values)) {
              throw new Error("Is not an allowed function in MEMBER.");
            }
            nstack.push(n1[item.value]);
          } else if (type === IENDSTATEMENT) {
            nstack.pop();
          } else if (type === IARRAY) {
            argCount = item.value;
            args = [];
            while (argCount-- > 0) {
              args.unshift(nstack.pop());
            }
            nstack.push(args);
          } else {
            throw new Error("invalid Expression");
          }
        }
        if (nstack.length > 1) {
          throw new Error("invalid Expression (parity)");
        }
        return nstack[0] === 0 ? 0 : resolveExpression(nstack[0], values);
      }
      function createExpressionEvaluator(token, expr, values) {
        if (isExpressionEvaluator(token)) return token;
        return {
          type: IEXPREVAL,
          value: function(scope) {
            return evaluate(token.value, expr, scope);
          }
        };
      }
      function isExpressionEvaluator(n) {
        return n && n.type === IEXPREVAL;
      }
      function resolveExpression(n, values) {
        return isExpressionEvaluator(n) ? n.value(values) : n;
      }
      function expressionToString(tokens, toJS) {
        var nstack = [];
        var n1, n2, n3;
        var f, args, argCount;
        for (var i = 0; i < tokens.length; i++) {
          var item = tokens[i];
          var type = item.type;
          if (type === INUMBER) {
            if (typeof item.value === "number" && item.value < 0) {
              nstack.push("(" + item.value + ")");
            } else if (Array.isArray(item.value)) {
              nstack.push("[" + item.value.map(escapeValue).join(", ") + "]");
            } else {
              nstack.push(escapeValue(item.value));
            }
          } else if (type === IOP2) {
            n2 = nstack.pop();
            n1 = nstack.pop();
            f = item.value;
            if (toJS) {
              if (f === "^") {
                nstack.push("Math.pow(" + n1 + ", " + n2 + ")");
              } else if (f === "and") {
                nstack.push("(!!" + n1 + " && !!" + n2 + ")");
              } else if (f === "or") {
                nstack.push("(!!" + n1 + " || !!" + n2 + ")");
              } else if (f === "||") {
                nstack.push("(function(a,b){ return Array.isArray(a) && Array.isArray(b) ? a.concat(b) : String(a) + String(b); }((" + n1 + "),(" + n2 + ")))");
              } else if (f === "==") {
                nstack.push("(" + n1 + " === " + n2 + ")");
              } else if (f === "!=") {
                nstack.push("(" + n1 + " !== " + n2 + ")");
              } else if (f === "[") {
                nstack.push(n1 + "[(" + n2 + ") | 0]");
              } else {
                nstack.push("(" + n1 + " " + f + " " + n2 + ")");
              }
            } else {
              if (f === "[") {
                nstack.push(n1 + "[" + n2 + "]");
              } else {
                nstack.push("(" + n1 + " " + f + " " + n2 + ")");
              }
            }
          } else if (type === IOP3) {
            n3 = nstack.pop();
            n2 = nstack.pop();
            n1 = nstack.pop();
            f = item.value;
            if (f === "?") {
              nstack.push("(" + n1 + " ? " + n2 + " : " + n3 + ")");
            } else {
              throw new Error("invalid Expression");
            }
          } else if (type === IVAR || type === IVARNAME) {
            nstack.push(item.value);
          } else if (type === IOP1) {
            n1 = nstack.pop();
            f = item.value;
            if (f === "-" || f === "+") {
              nstack.push("(" + f + n1 + ")");
            } else if (toJS) {
              if (f === "not") {
                nstack.push("(!" + n1 + ")");
              } else if (f === "!") {
                nstack.push("fac(" + n1 + ")");
              } else {
                nstack.push(f + "(" + n1 + ")");
              }
            } else if (f === "!") {
              nstack.push("(" + n1 + "!)");
            } else {
              nstack.push("(" + f + " " + n1 + ")");
            }
          } else if (type === IFUNCALL) {
            argCount = item.value;
            args = [];
            while (argCount-- > 0) {
              args.unshift(nstack.pop());
            }
            f = nstack.pop();
            nstack.push(f + "(" + args.join(", ") + ")");
          } else if (type === IFUNDEF) {
            n2 = nstack.pop();
            argCount = item.value;
            args = [];
            while (argCount-- > 0) {
              args.unshift(nstack.pop());
            }
            n1 = nstack.pop();
            if (toJS) {
              nstack.push("(" + n1 + " = function(" + args.join(", ") + ") { return " + n2 + " })");
            } else {
              nstack.push("(" + n1 + "(" + args.join(", ") + ") = " + n2 + ")");
            }
          } else if (type === IMEMBER) {
            n1 = nstack.pop();
            nstack.push(n1 + "." + item.value);
          } else if (type === IARRAY) {
            argCount = item.value;
            args = [];
            while (argCount-- > 0) {
              args.unshift(nstack.pop());
            }
            nstack.push("[" + args.join(", ") + "]");
          } else if (type === IEXPR) {
            nstack.push("(" + expressionToString(item.value, toJS) + ")");
          } else if (type === IENDSTATEMENT) ;
          else {
            throw new Error("invalid Expression");
          }
        }
        if (nstack.length > 1) {
          if (toJS) {
            nstack = [nstack.join(",")];
          } else {
            nstack = [nstack.join(";")];
          }
        }
        return String(nstack[0]);
      }
      function escapeValue(v) {
        if (typeof v === "string") {
          return JSON.stringify(v).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
        }
        return v;
      }
      function contains(array, obj) {
        for (var i = 0; i < array.length; i++) {
          if (array[i] === obj) {
            return true;
          }
        }
        return false;
      }
      function getSymbols(tokens, symbols, options) {
        options = options || {};
        var withMembers = !!options.withMembers;
        var prevVar = null;
        for (var i = 0; i < tokens.length; i++) {
          var item = tokens[i];
          if (item.type === IVAR || item.type === IVARNAME) {
            if (!withMembers && !contains(symbols, item.value)) {
              symbols.push(item.value);
            } else if (prevVar !== null) {
              if (!contains(symbols, prevVar)) {
                symbols.push(prevVar);
              }
              prevVar = item.value;
            } else {
              prevVar = item.value;
            }
          } else if (item.type === IMEMBER && withMembers && prevVar !== null) {
            prevVar += "." + item.value;
          } else if (item.type === IEXPR) {
            getSymbols(item.value, symbols, options);
          } else if (prevVar !== null) {
            if (!contains(symbols, prevVar)) {
              symbols.push(prevVar);
            }
            prevVar = null;
          }
        }
        if (prevVar !== null && !contains(symbols, prevVar)) {
          symbols.push(prevVar);
        }
      }
      function Expression(tokens, parser) {
        this.tokens = tokens;
        this.parser = parser;
        this.unaryOps = parser.unaryOps;
        this.binaryOps = parser.binaryOps;
        this.ternaryOps = parser.ternaryOps;
        this.functions = parser.functions;
      }
      Expression.prototype.simplify = function(values) {
        values = values || {};
        return new Expression(simplify(this.tokens, this.unaryOps, this.binaryOps, this.ternaryOps, values), this.parser);
      };
      Expression.prototype.substitute = function(variable, expr) {
        if (!(expr instanceof Expression)) {
          expr = this.parser.parse(String(expr));
        }
        return new Expression(substitute(this.tokens, variable, expr), this.parser);
      };
      Expression.prototype.evaluate = function(values) {
        values = values || {};
        return evaluate(this.tokens, this, values);
      };
      Expression.prototype.toString = function() {
        return expressionToString(this.tokens, false);
      };
      Expression.prototype.symbols = function(options) {
        options = options || {};
        var vars = [];
        getSymbols(this.tokens, vars, options);
        return vars;
      };
      Expression.prototype.variables = function(options) {
        options = options || {};
        var vars = [];
        getSymbols(this.tokens, vars, options);
        var functions = this.functions;
        return vars.filter(function(name) {
          return !(name in functions);
        });
      };
      Expression.prototype.toJSFunction = function(param, variables) {
        var expr = this;
        var f = new Function(param, "with(this.functions) with (this.ternaryOps) with (this.binaryOps) with (this.unaryOps) { return " + expressionToString(this.simplify(variables).tokens, true) + "; }");
        return function() {
          return f.apply(expr, arguments);
        };
      };
      var TEOF = "TEOF";
      var TOP = "TOP";
      var TNUMBER = "TNUMBER";
      var TSTRING = "TSTRING";
      var TPAREN = "TPAREN";
      var TBRACKET = "TBRACKET";
      var TCOMMA = "TCOMMA";
      var TNAME = "TNAME";
      var TSEMICOLON = "TSEMICOLON";
      function Token(type, value, index4) {
        this.type = type;
        this.value = value;
        this.index = index4;
      }
      Token.prototype.toString = function() {
        return this.type + ": " + this.value;
      };
      function TokenStream(parser, expression) {
        this.pos = 0;
        this.current = null;
        this.unaryOps = parser.unaryOps;
        this.binaryOps = parser.binaryOps;
        this.ternaryOps = parser.ternaryOps;
        this.consts = parser.consts;
        this.expression = expression;
        this.savedPosition = 0;
        this.savedCurrent = null;
        this.options = parser.options;
        this.parser = parser;
      }
      TokenStream.prototype.newToken = function(type, value, pos) {
        return new Token(type, value, pos != null ? pos : this.pos);
      };
      TokenStream.prototype.save = function() {
        this.savedPosition = this.pos;
        this.savedCurrent = this.current;
      };
      TokenStream.prototype.restore = function() {
        this.pos = this.savedPosition;
        this.current = this.savedCurrent;
      };
      TokenStream.prototype.next = function() {
        if (this.pos >= this.expression.length) {
          return this.newToken(TEOF, "EOF");
        }
        if (this.isWhitespace() || this.isComment()) {
          return this.next();
        } else if (this.isRadixInteger() || this.isNumber() || this.isOperator() || this.isString() || this.isParen() || this.isBracket() || this.isComma() || this.isSemicolon() || this.isNamedOp() || this.isConst() || this.isName()) {
          return this.current;
        } else {
          this.parseError('Unknown character "' + this.expression.charAt(this.pos) + '"');
        }
      };
      TokenStream.prototype.isString = function() {
        var r = false;
        var startPos = this.pos;
        var quote = this.expression.charAt(startPos);
        if (quote === "'" || quote === '"') {
          var index4 = this.expression.indexOf(quote, startPos + 1);
          while (index4 >= 0 && this.pos < this.expression.length) {
            this.pos = index4 + 1;
            if (this.expression.charAt(index4 - 1) !== "\\") {
              var rawString = this.expression.substring(startPos + 1, index4);
              this.current = this.newToken(TSTRING, this.unescape(rawString), startPos);
              r = true;
              break;
            }
            index4 = this.expression.indexOf(quote, index4 + 1);
          }
        }
        return r;
      };
      TokenStream.prototype.isParen = function() {
        var c = this.expression.charAt(this.pos);
        if (c === "(" || c === ")") {
          this.current = this.newToken(TPAREN, c);
          this.pos++;
          return true;
        }
        return false;
      };
      TokenStream.prototype.isBracket = function() {
        var c = this.expression.charAt(this.pos);
        if ((c === "[" || c === "]") && this.isOperatorEnabled("[")) {
          this.current = this.newToken(TBRACKET, c);
          this.pos++;
          return true;
        }
        return false;
      };
      TokenStream.prototype.isComma = function() {
        var c = this.expression.charAt(this.pos);
        if (c === ",") {
          this.current = this.newToken(TCOMMA, ",");
          this.pos++;
          return true;
        }
        return false;
      };
      TokenStream.prototype.isSemicolon = function() {
        var c = this.expression.charAt(this.pos);
        if (c === ";") {
          this.current = this.newToken(TSEMICOLON, ";");
          this.pos++;
          return true;
        }
        return false;
      };
      TokenStream.prototype.isConst = function() {
        var startPos = this.pos;
        var i = startPos;
        for (; i < this.expression.length; i++) {
          var c = this.expression.charAt(i);
          if (c.toUpperCase() === c.toLowerCase()) {
            if (i === this.pos || c !== "_" && c !== "." && (c < "0" || c > "9")) {
              break;
            }
          }
        }
        if (i > startPos) {
          var str = this.expression.substring(startPos, i);
          if (str in this.consts) {
            this.current = this.newToken(TNUMBER, this.consts[str]);
            this.pos += str.length;
            return true;
          }
        }
        return false;
      };
      TokenStream.prototype.isNamedOp = function() {
        var startPos = this.pos;
        var i = startPos;
        for (; i < this.expression.length; i++) {
          var c = this.expression.charAt(i);
          if (c.toUpperCase() === c.toLowerCase()) {
            if (i === this.pos || c !== "_" && (c < "0" || c > "9")) {
              break;
            }
          }
        }
        if (i > startPos) {
          var str = this.expression.substring(startPos, i);
          if (this.isOperatorEnabled(str) && (str in this.binaryOps || str in this.unaryOps || str in this.ternaryOps)) {
            this.current = this.newToken(TOP, str);
            this.pos += str.length;
            return true;
          }
        }
        return false;
      };
      TokenStream.prototype.isName = function() {
        var startPos = this.pos;
        var i = startPos;
        var hasLetter = false;
        for (; i < this.expression.length; i++) {
          var c = this.expression.charAt(i);
          if (c.toUpperCase() === c.toLowerCase()) {
            if (i === this.pos && (c === "$" || c === "_")) {
              if (c === "_") {
                hasLetter = true;
              }
              continue;
            } else if (i === this.pos || !hasLetter || c !== "_" && (c < "0" || c > "9")) {
              break;
            }
          } else {
            hasLetter = true;
          }
        }
        if (hasLetter) {
          var str = this.expression.substring(startPos, i);
          this.current = this.newToken(TNAME, str);
          this.pos += str.length;
          return true;
        }
        return false;
      };
      TokenStream.prototype.isWhitespace = function() {
        var r = false;
        var c = this.expression.charAt(this.pos);
        while (c === " " || c === "	" || c === "\n" || c === "\r") {
          r = true;
          this.pos++;
          if (this.pos >= this.expression.length) {
            break;
          }
          c = this.expression.charAt(this.pos);
        }
        return r;
      };
      var codePointPattern = /^[0-9a-f]{4}$/i;
      TokenStream.prototype.unescape = function(v) {
        var index4 = v.indexOf("\\");
        if (index4 < 0) {
          return v;
        }
        var buffer = v.substring(0, index4);
        while (index4 >= 0) {
          var c = v.charAt(++index4);
          switch (c) {
            case "'":
              buffer += "'";
              break;
            case '"':
              buffer += '"';
              break;
            case "\\":
              buffer += "\\";
              break;
            case "/":
              buffer += "/";
              break;
            case "b":
              buffer += "\b";
              break;
            case "f":
              buffer += "\f";
              break;
            case "n":
              buffer += "\n";
              break;
            case "r":
              buffer += "\r";
              break;
            case "t":
              buffer += "	";
              break;
            case "u":
              var codePoint = v.substring(index4 + 1, index4 + 5);
              if (!codePointPattern.test(codePoint)) {
                this.parseError("Illegal escape sequence: \\u" + codePoint);
              }
              buffer += String.fromCharCode(parseInt(codePoint, 16));
              index4 += 4;
              break;
            default:
              throw this.parseError('Illegal escape sequence: "\\' + c + '"');
          }
          ++index4;
          var backslash = v.indexOf("\\", index4);
          buffer += v.substring(index4, backslash < 0 ? v.length : backslash);
          index4 = backslash;
        }
        return buffer;
      };
      TokenStream.prototype.isComment = function() {
        var c = this.expression.charAt(this.pos);
        if (c === "/" && this.expression.charAt(this.pos + 1) === "*") {
          this.pos = this.expression.indexOf("*/", this.pos) + 2;
          if (this.pos === 1) {
            this.pos = this.expression.length;
          }
          return true;
        }
        return false;
      };
      TokenStream.prototype.isRadixInteger = function() {
        var pos = this.pos;
        if (pos >= this.expression.length - 2 || this.expression.charAt(pos) !== "0") {
          return false;
        }
        ++pos;
        var radix;
        var validDigit;
        if (this.expression.charAt(pos) === "x") {
          radix = 16;
          validDigit = /^[0-9a-f]$/i;
          ++pos;
        } else if (this.expression.charAt(pos) === "b") {
          radix = 2;
          validDigit = /^[01]$/i;
          ++pos;
        } else {
          return false;
        }
        var valid = false;
        var startPos = pos;
        while (pos < this.expression.length) {
          var c = this.expression.charAt(pos);
          if (validDigit.test(c)) {
            pos++;
            valid = true;
          } else {
            break;
          }
        }
        if (valid) {
          this.current = this.newToken(TNUMBER, parseInt(this.expression.substring(startPos, pos), radix));
          this.pos = pos;
        }
        return valid;
      };
      TokenStream.prototype.isNumber = function() {
        var valid = false;
        var pos = this.pos;
        var startPos = pos;
        var resetPos = pos;
        var foundDot = false;
        var foundDigits = false;
        var c;
        while (pos < this.expression.length) {
          c = this.expression.charAt(pos);
          if (c >= "0" && c <= "9" || !foundDot && c === ".") {
            if (c === ".") {
              foundDot = true;
            } else {
              foundDigits = true;
            }
            pos++;
            valid = foundDigits;
          } else {
            break;
          }
        }
        if (valid) {
          resetPos = pos;
        }
        if (c === "e" || c === "E") {
          pos++;
          var acceptSign = true;
          var validExponent = false;
          while (pos < this.expression.length) {
            c = this.expression.charAt(pos);
            if (acceptSign && (c === "+" || c === "-")) {
              acceptSign = false;
            } else if (c >= "0" && c <= "9") {
              validExponent = true;
              acceptSign = false;
            } else {
              break;
            }
            pos++;
          }
          if (!validExponent) {
            pos = resetPos;
          }
        }
        if (valid) {
          this.current = this.newToken(TNUMBER, parseFloat(this.expression.substring(startPos, pos)));
          this.pos = pos;
        } else {
          this.pos = resetPos;
        }
        return valid;
      };
      TokenStream.prototype.isOperator = function() {
        var startPos = this.pos;
        var c = this.expression.charAt(this.pos);
        if (c === "+" || c === "-" || c === "*" || c === "/" || c === "%" || c === "^" || c === "?" || c === ":" || c === ".") {
          this.current = this.newToken(TOP, c);
        } else if (c === "\u2219" || c === "\u2022") {
          this.current = this.newToken(TOP, "*");
        } else if (c === ">") {
          if (this.expression.charAt(this.pos + 1) === "=") {
            this.current = this.newToken(TOP, ">=");
            this.pos++;
          } else {
            this.current = this.newToken(TOP, ">");
          }
        } else if (c === "<") {
          if (this.expression.charAt(this.pos + 1) === "=") {
            this.current = this.newToken(TOP, "<=");
            this.pos++;
          } else {
            this.current = this.newToken(TOP, "<");
          }
        } else if (c === "|") {
          if (this.expression.charAt(this.pos + 1) === "|") {
            this.current = this.newToken(TOP, "||");
            this.pos++;
          } else {
            return false;
          }
        } else if (c === "=") {
          if (this.expression.charAt(this.pos + 1) === "=") {
            this.current = this.newToken(TOP, "==");
            this.pos++;
          } else {
            this.current = this.newToken(TOP, c);
          }
        } else if (c === "!") {
          if (this.expression.charAt(this.pos + 1) === "=") {
            this.current = this.newToken(TOP, "!=");
            this.pos++;
          } else {
            this.current = this.newToken(TOP, c);
          }
        } else {
          return false;
        }
        this.pos++;
        if (this.isOperatorEnabled(this.current.value)) {
          return true;
        } else {
          this.pos = startPos;
          return false;
        }
      };
      TokenStream.prototype.isOperatorEnabled = function(op) {
        return this.parser.isOperatorEnabled(op);
      };
      TokenStream.prototype.getCoordinates = function() {
        var line = 0;
        var column;
        var newline = -1;
        do {
          line++;
          column = this.pos - newline;
          newline = this.expression.indexOf("\n", newline + 1);
        } while (newline >= 0 && newline < this.pos);
        return {
          line,
          column
        };
      };
      TokenStream.prototype.parseError = function(msg) {
        var coords = this.getCoordinates();
        throw new Error("parse error [" + coords.line + ":" + coords.column + "]: " + msg);
      };
      function ParserState(parser, tokenStream, options) {
        this.parser = parser;
        this.tokens = tokenStream;
        this.current = null;
        this.nextToken = null;
        this.next();
        this.savedCurrent = null;
        this.savedNextToken = null;
        this.allowMemberAccess = options.allowMemberAccess !== false;
      }
      ParserState.prototype.next = function() {
        this.current = this.nextToken;
        return this.nextToken = this.tokens.next();
      };
      ParserState.prototype.tokenMatches = function(token, value) {
        if (typeof value === "undefined") {
          return true;
        } else if (Array.isArray(value)) {
          return contains(value, token.value);
        } else if (typeof value === "function") {
          return value(token);
        } else {
          return token.value === value;
        }
      };
      ParserState.prototype.save = function() {
        this.savedCurrent = this.current;
        this.savedNextToken = this.nextToken;
        this.tokens.save();
      };
      ParserState.prototype.restore = function() {
        this.tokens.restore();
        this.current = this.savedCurrent;
        this.nextToken = this.savedNextToken;
      };
      ParserState.prototype.accept = function(type, value) {
        if (this.nextToken.type === type && this.tokenMatches(this.nextToken, value)) {
          this.next();
          return true;
        }
        return false;
      };
      ParserState.prototype.expect = function(type, value) {
        if (!this.accept(type, value)) {
          var coords = this.tokens.getCoordinates();
          throw new Error("parse error [" + coords.line + ":" + coords.column + "]: Expected " + (value || type));
        }
      };
      ParserState.prototype.parseAtom = function(instr) {
        var unaryOps = this.tokens.unaryOps;
        function isPrefixOperator(token) {
          return token.value in unaryOps;
        }
        if (this.accept(TNAME) || this.accept(TOP, isPrefixOperator)) {
          instr.push(new Instruction(IVAR, this.current.value));
        } else if (this.accept(TNUMBER)) {
          instr.push(new Instruction(INUMBER, this.current.value));
        } else if (this.accept(TSTRING)) {
          instr.push(new Instruction(INUMBER, this.current.value));
        } else if (this.accept(TPAREN, "(")) {
          this.parseExpression(instr);
          this.expect(TPAREN, ")");
        } else if (this.accept(TBRACKET, "[")) {
          if (this.accept(TBRACKET, "]")) {
            instr.push(new Instruction(IARRAY, 0));
          } else {
            var argCount = this.parseArrayList(instr);
            instr.push(new Instruction(IARRAY, argCount));
          }
        } else {
          throw new Error("unexpected " + this.nextToken);
        }
      };
      ParserState.prototype.parseExpression = function(instr) {
        var exprInstr = [];
        if (this.parseUntilEndStatement(instr, exprInstr)) {
          return;
        }
        this.parseVariableAssignmentExpression(exprInstr);
        if (this.parseUntilEndStatement(instr, exprInstr)) {
          return;
        }
        this.pushExpression(instr, exprInstr);
      };
      ParserState.prototype.pushExpression = function(instr, exprInstr) {
        for (var i = 0, len = exprInstr.length; i < len; i++) {
          instr.push(exprInstr[i]);
        }
      };
      ParserState.prototype.parseUntilEndStatement = function(instr, exprInstr) {
        if (!this.accept(TSEMICOLON)) return false;
        if (this.nextToken && this.nextToken.type !== TEOF && !(this.nextToken.type === TPAREN && this.nextToken.value === ")")) {
          exprInstr.push(new Instruction(IENDSTATEMENT));
        }
        if (this.nextToken.type !== TEOF) {
          this.parseExpression(exprInstr);
        }
        instr.push(new Instruction(IEXPR, exprInstr));
        return true;
      };
      ParserState.prototype.parseArrayList = function(instr) {
        var argCount = 0;
        while (!this.accept(TBRACKET, "]")) {
          this.parseExpression(instr);
          ++argCount;
          while (this.accept(TCOMMA)) {
            this.parseExpression(instr);
            ++argCount;
          }
        }
        return argCount;
      };
      ParserState.prototype.parseVariableAssignmentExpression = function(instr) {
        this.parseConditionalExpression(instr);
        while (this.accept(TOP, "=")) {
          var varName = instr.pop();
          var varValue = [];
          var lastInstrIndex = instr.length - 1;
          if (varName.type === IFUNCALL) {
            if (!this.tokens.isOperatorEnabled("()=")) {
              throw new Error("function definition is not permitted");
            }
            for (var i = 0, len = varName.value + 1; i < len; i++) {
              var index4 = lastInstrIndex - i;
              if (instr[index4].type === IVAR) {
                instr[index4] = new Instruction(IVARNAME, instr[index4].value);
              }
            }
            this.parseVariableAssignmentExpression(varValue);
            instr.push(new Instruction(IEXPR, varValue));
            instr.push(new Instruction(IFUNDEF, varName.value));
            continue;
          }
          if (varName.type !== IVAR && varName.type !== IMEMBER) {
            throw new Error("expected variable for assignment");
          }
          this.parseVariableAssignmentExpression(varValue);
          instr.push(new Instruction(IVARNAME, varName.value));
          instr.push(new Instruction(IEXPR, varValue));
          instr.push(binaryInstruction("="));
        }
      };
      ParserState.prototype.parseConditionalExpression = function(instr) {
        this.parseOrExpression(instr);
        while (this.accept(TOP, "?")) {
          var trueBranch = [];
          var falseBranch = [];
          this.parseConditionalExpression(trueBranch);
          this.expect(TOP, ":");
          this.parseConditionalExpression(falseBranch);
          instr.push(new Instruction(IEXPR, trueBranch));
          instr.push(new Instruction(IEXPR, falseBranch));
          instr.push(ternaryInstruction("?"));
        }
      };
      ParserState.prototype.parseOrExpression = function(instr) {
        this.parseAndExpression(instr);
        while (this.accept(TOP, "or")) {
          var falseBranch = [];
          this.parseAndExpression(falseBranch);
          instr.push(new Instruction(IEXPR, falseBranch));
          instr.push(binaryInstruction("or"));
        }
      };
      ParserState.prototype.parseAndExpression = function(instr) {
        this.parseComparison(instr);
        while (this.accept(TOP, "and")) {
          var trueBranch = [];
          this.parseComparison(trueBranch);
          instr.push(new Instruction(IEXPR, trueBranch));
          instr.push(binaryInstruction("and"));
        }
      };
      var COMPARISON_OPERATORS = ["==", "!=", "<", "<=", ">=", ">", "in"];
      ParserState.prototype.parseComparison = function(instr) {
        this.parseAddSub(instr);
        while (this.accept(TOP, COMPARISON_OPERATORS)) {
          var op = this.current;
          this.parseAddSub(instr);
          instr.push(binaryInstruction(op.value));
        }
      };
      var ADD_SUB_OPERATORS = ["+", "-", "||"];
      ParserState.prototype.parseAddSub = function(instr) {
        this.parseTerm(instr);
        while (this.accept(TOP, ADD_SUB_OPERATORS)) {
          var op = this.current;
          this.parseTerm(instr);
          instr.push(binaryInstruction(op.value));
        }
      };
      var TERM_OPERATORS = ["*", "/", "%"];
      ParserState.prototype.parseTerm = function(instr) {
        this.parseFactor(instr);
        while (this.accept(TOP, TERM_OPERATORS)) {
          var op = this.current;
          this.parseFactor(instr);
          instr.push(binaryInstruction(op.value));
        }
      };
      ParserState.prototype.parseFactor = function(instr) {
        var unaryOps = this.tokens.unaryOps;
        function isPrefixOperator(token) {
          return token.value in unaryOps;
        }
        this.save();
        if (this.accept(TOP, isPrefixOperator)) {
          if (this.current.value !== "-" && this.current.value !== "+") {
            if (this.nextToken.type === TPAREN && this.nextToken.value === "(") {
              this.restore();
              this.parseExponential(instr);
              return;
            } else if (this.nextToken.type === TSEMICOLON || this.nextToken.type === TCOMMA || this.nextToken.type === TEOF || this.nextToken.type === TPAREN && this.nextToken.value === ")") {
              this.restore();
              this.parseAtom(instr);
              return;
            }
          }
          var op = this.current;
          this.parseFactor(instr);
          instr.push(unaryInstruction(op.value));
        } else {
          this.parseExponential(instr);
        }
      };
      ParserState.prototype.parseExponential = function(instr) {
        this.parsePostfixExpression(instr);
        while (this.accept(TOP, "^")) {
          this.parseFactor(instr);
          instr.push(binaryInstruction("^"));
        }
      };
      ParserState.prototype.parsePostfixExpression = function(instr) {
        this.parseFunctionCall(instr);
        while (this.accept(TOP, "!")) {
          instr.push(unaryInstruction("!"));
        }
      };
      ParserState.prototype.parseFunctionCall = function(instr) {
        var unaryOps = this.tokens.unaryOps;
        function isPrefixOperator(token) {
          return token.value in unaryOps;
        }
        if (this.accept(TOP, isPrefixOperator)) {
          var op = this.current;
          this.parseAtom(instr);
          instr.push(unaryInstruction(op.value));
        } else {
          this.parseMemberExpression(instr);
          while (this.accept(TPAREN, "(")) {
            if (this.accept(TPAREN, ")")) {
              instr.push(new Instruction(IFUNCALL, 0));
            } else {
              var argCount = this.parseArgumentList(instr);
              instr.push(new Instruction(IFUNCALL, argCount));
            }
          }
        }
      };
      ParserState.prototype.parseArgumentList = function(instr) {
        var argCount = 0;
        while (!this.accept(TPAREN, ")")) {
          this.parseExpression(instr);
          ++argCount;
          while (this.accept(TCOMMA)) {
            this.parseExpression(instr);
            ++argCount;
          }
        }
        return argCount;
      };
      ParserState.prototype.parseMemberExpression = function(instr) {
        this.parseAtom(instr);
        while (this.accept(TOP, ".") || this.accept(TBRACKET, "[")) {
          var op = this.current;
          if (op.value === ".") {
            if (!this.allowMemberAccess) {
              throw new Error('unexpected ".", member access is not permitted');
            }
            this.expect(TNAME);
            instr.push(new Instruction(IMEMBER, this.current.value));
          } else if (op.value === "[") {
            if (!this.tokens.isOperatorEnabled("[")) {
              throw new Error('unexpected "[]", arrays are disabled');
            }
            this.parseExpression(instr);
            this.expect(TBRACKET, "]");
            instr.push(binaryInstruction("["));
          } else {
            throw new Error("unexpected symbol: " + op.value);
          }
        }
      };
      function add(a, b) {
        return Number(a) + Number(b);
      }
      function sub(a, b) {
        return a - b;
      }
      function mul(a, b) {
        return a * b;
      }
      function div(a, b) {
        return a / b;
      }
      function mod(a, b) {
        return a % b;
      }
      function concat(a, b) {
        if (Array.isArray(a) && Array.isArray(b)) {
          return a.concat(b);
        }
        return "" + a + b;
      }
      function equal(a, b) {
        return a === b;
      }
      function notEqual(a, b) {
        return a !== b;
      }
      function greaterThan(a, b) {
        return a > b;
      }
      function lessThan(a, b) {
        return a < b;
      }
      function greaterThanEqual(a, b) {
        return a >= b;
      }
      function lessThanEqual(a, b) {
        return a <= b;
      }
      function andOperator(a, b) {
        return Boolean(a && b);
      }
      function orOperator(a, b) {
        return Boolean(a || b);
      }
      function inOperator(a, b) {
        return contains(b, a);
      }
      function sinh(a) {
        return (Math.exp(a) - Math.exp(-a)) / 2;
      }
      function cosh(a) {
        return (Math.exp(a) + Math.exp(-a)) / 2;
      }
      function tanh(a) {
        if (a === Infinity) return 1;
        if (a === -Infinity) return -1;
        return (Math.exp(a) - Math.exp(-a)) / (Math.exp(a) + Math.exp(-a));
      }
      function asinh(a) {
        if (a === -Infinity) return a;
        return Math.log(a + Math.sqrt(a * a + 1));
      }
      function acosh(a) {
        return Math.log(a + Math.sqrt(a * a - 1));
      }
      function atanh(a) {
        return Math.log((1 + a) / (1 - a)) / 2;
      }
      function log10(a) {
        return Math.log(a) * Math.LOG10E;
      }
      function neg(a) {
        return -a;
      }
      function not(a) {
        return !a;
      }
      function trunc(a) {
        return a < 0 ? Math.ceil(a) : Math.floor(a);
      }
      function random(a) {
        return Math.random() * (a || 1);
      }
      function factorial(a) {
        return gamma(a + 1);
      }
      function isInteger(value) {
        return isFinite(value) && value === Math.round(value);
      }
      var GAMMA_G = 4.7421875;
      var GAMMA_P = [
        0.9999999999999971,
        57.15623566586292,
        -59.59796035547549,
        14.136097974741746,
        -0.4919138160976202,
        3399464998481189e-20,
        4652362892704858e-20,
        -9837447530487956e-20,
        1580887032249125e-19,
        -21026444172410488e-20,
        21743961811521265e-20,
        -1643181065367639e-19,
        8441822398385275e-20,
        -26190838401581408e-21,
        36899182659531625e-22
      ];
      function gamma(n) {
        var t, x;
        if (isInteger(n)) {
          if (n <= 0) {
            return isFinite(n) ? Infinity : NaN;
          }
          if (n > 171) {
            return Infinity;
          }
          var value = n - 2;
          var res = n - 1;
          while (value > 1) {
            res *= value;
            value--;
          }
          if (res === 0) {
            res = 1;
          }
          return res;
        }
        if (n < 0.5) {
          return Math.PI / (Math.sin(Math.PI * n) * gamma(1 - n));
        }
        if (n >= 171.35) {
          return Infinity;
        }
        if (n > 85) {
          var twoN = n * n;
          var threeN = twoN * n;
          var fourN = threeN * n;
          var fiveN = fourN * n;
          return Math.sqrt(2 * Math.PI / n) * Math.pow(n / Math.E, n) * (1 + 1 / (12 * n) + 1 / (288 * twoN) - 139 / (51840 * threeN) - 571 / (2488320 * fourN) + 163879 / (209018880 * fiveN) + 5246819 / (75246796800 * fiveN * n));
        }
        --n;
        x = GAMMA_P[0];
        for (var i = 1; i < GAMMA_P.length; ++i) {
          x += GAMMA_P[i] / (n + i);
        }
        t = n + GAMMA_G + 0.5;
        return Math.sqrt(2 * Math.PI) * Math.pow(t, n + 0.5) * Math.exp(-t) * x;
      }
      function stringOrArrayLength(s) {
        if (Array.isArray(s)) {
          return s.length;
        }
        return String(s).length;
      }
      function hypot() {
        var sum2 = 0;
        var larg = 0;
        for (var i = 0; i < arguments.length; i++) {
          var arg = Math.abs(arguments[i]);
          var div2;
          if (larg < arg) {
            div2 = larg / arg;
            sum2 = sum2 * div2 * div2 + 1;
            larg = arg;
          } else if (arg > 0) {
            div2 = arg / larg;
            sum2 += div2 * div2;
          } else {
            sum2 += arg;
          }
        }
        return larg === Infinity ? Infinity : larg * Math.sqrt(sum2);
      }
      function condition(cond, yep, nope) {
        return cond ? yep : nope;
      }
      function roundTo(value, exp) {
        if (typeof exp === "undefined" || +exp === 0) {
          return Math.round(value);
        }
        value = +value;
        exp = -+exp;
        if (isNaN(value) || !(typeof exp === "number" && exp % 1 === 0)) {
          return NaN;
        }
        value = value.toString().split("e");
        value = Math.round(+(value[0] + "e" + (value[1] ? +value[1] - exp : -exp)));
        value = value.toString().split("e");
        return +(value[0] + "e" + (value[1] ? +value[1] + exp : exp));
      }
      function setVar(name, value, variables) {
        if (variables) variables[name] = value;
        return value;
      }
      function arrayIndex(array, index4) {
        return array[index4 | 0];
      }
      function max(array) {
        if (arguments.length === 1 && Array.isArray(array)) {
          return Math.max.apply(Math, array);
        } else {
          return Math.max.apply(Math, arguments);
        }
      }
      function min(array) {
        if (arguments.length === 1 && Array.isArray(array)) {
          return Math.min.apply(Math, array);
        } else {
          return Math.min.apply(Math, arguments);
        }
      }
      function arrayMap(f, a) {
        if (typeof f !== "function") {
          throw new Error("First argument to map is not a function");
        }
        if (!Array.isArray(a)) {
          throw new Error("Second argument to map is not an array");
        }
        return a.map(function(x, i) {
          return f(x, i);
        });
      }
      function arrayFold(f, init, a) {
        if (typeof f !== "function") {
          throw new Error("First argument to fold is not a function");
        }
        if (!Array.isArray(a)) {
          throw new Error("Second argument to fold is not an array");
        }
        return a.reduce(function(acc, x, i) {
          return f(acc, x, i);
        }, init);
      }
      function arrayFilter(f, a) {
        if (typeof f !== "function") {
          throw new Error("First argument to filter is not a function");
        }
        if (!Array.isArray(a)) {
          throw new Error("Second argument to filter is not an array");
        }
        return a.filter(function(x, i) {
          return f(x, i);
        });
      }
      function stringOrArrayIndexOf(target, s) {
        if (!(Array.isArray(s) || typeof s === "string")) {
          throw new Error("Second argument to indexOf is not a string or array");
        }
        return s.indexOf(target);
      }
      function arrayJoin(sep, a) {
        if (!Array.isArray(a)) {
          throw new Error("Second argument to join is not an array");
        }
        return a.join(sep);
      }
      function sign(x) {
        return (x > 0) - (x < 0) || +x;
      }
      var ONE_THIRD = 1 / 3;
      function cbrt(x) {
        return x < 0 ? -Math.pow(-x, ONE_THIRD) : Math.pow(x, ONE_THIRD);
      }
      function expm1(x) {
        return Math.exp(x) - 1;
      }
      function log1p(x) {
        return Math.log(1 + x);
      }
      function log2(x) {
        return Math.log(x) / Math.LN2;
      }
      function sum(array) {
        if (!Array.isArray(array)) {
          throw new Error("Sum argument is not an array");
        }
        return array.reduce(function(total, value) {
          return total + Number(value);
        }, 0);
      }
      function Parser(options) {
        this.options = options || {};
        this.unaryOps = {
          sin: Math.sin,
          cos: Math.cos,
          tan: Math.tan,
          asin: Math.asin,
          acos: Math.acos,
          atan: Math.atan,
          sinh: Math.sinh || sinh,
          cosh: Math.cosh || cosh,
          tanh: Math.tanh || tanh,
          asinh: Math.asinh || asinh,
          acosh: Math.acosh || acosh,
          atanh: Math.atanh || atanh,
          sqrt: Math.sqrt,
          cbrt: Math.cbrt || cbrt,
          log: Math.log,
          log2: Math.log2 || log2,
          ln: Math.log,
          lg: Math.log10 || log10,
          log10: Math.log10 || log10,
          expm1: Math.expm1 || expm1,
          log1p: Math.log1p || log1p,
          abs: Math.abs,
          ceil: Math.ceil,
          floor: Math.floor,
          round: Math.round,
          trunc: Math.trunc || trunc,
          "-": neg,
          "+": Number,
          exp: Math.exp,
          not,
          length: stringOrArrayLength,
          "!": factorial,
          sign: Math.sign || sign
        };
        this.binaryOps = {
          "+": add,
          "-": sub,
          "*": mul,
          "/": div,
          "%": mod,
          "^": Math.pow,
          "||": concat,
          "==": equal,
          "!=": notEqual,
          ">": greaterThan,
          "<": lessThan,
          ">=": greaterThanEqual,
          "<=": lessThanEqual,
          and: andOperator,
          or: orOperator,
          in: inOperator,
          "=": setVar,
          "[": arrayIndex
        };
        this.ternaryOps = {
          "?": condition
        };
        this.functions = {
          random,
          fac: factorial,
          min,
          max,
          hypot: Math.hypot || hypot,
          pyt: Math.hypot || hypot,
          // backward compat
          pow: Math.pow,
          atan2: Math.atan2,
          if: condition,
          gamma,
          roundTo,
          map: arrayMap,
          fold: arrayFold,
          filter: arrayFilter,
          indexOf: stringOrArrayIndexOf,
          join: arrayJoin,
          sum
        };
        this.consts = {
          E: Math.E,
          PI: Math.PI,
          true: true,
          false: false
        };
      }
      Parser.prototype.parse = function(expr) {
        var instr = [];
        var parserState = new ParserState(
          this,
          new TokenStream(this, expr),
          { allowMemberAccess: this.options.allowMemberAccess }
        );
        parserState.parseExpression(instr);
        parserState.expect(TEOF, "EOF");
        return new Expression(instr, this);
      };
      Parser.prototype.evaluate = function(expr, variables) {
        return this.parse(expr).evaluate(variables);
      };
      var sharedParser = new Parser();
      Parser.parse = function(expr) {
        return sharedParser.parse(expr);
      };
      Parser.evaluate = function(expr, variables) {
        return sharedParser.parse(expr).evaluate(variables);
      };
      var optionNameMap = {
        "+": "add",
        "-": "subtract",
        "*": "multiply",
        "/": "divide",
        "%": "remainder",
        "^": "power",
        "!": "factorial",
        "<": "comparison",
        ">": "comparison",
        "<=": "comparison",
        ">=": "comparison",
        "==": "comparison",
        "!=": "comparison",
        "||": "concatenate",
        and: "logical",
        or: "logical",
        not: "logical",
        "?": "conditional",
        ":": "conditional",
        "=": "assignment",
        "[": "array",
        "()=": "fndef"
      };
      function getOptionName(op) {
        return Object.hasOwn(optionNameMap, op) ? optionNameMap[op] : op;
      }
      Parser.prototype.isOperatorEnabled = function(op) {
        var optionName = getOptionName(op);
        var operators = this.options.operators || {};
        return !(optionName in operators) || !!operators[optionName];
      };
      var index3 = {
        Parser,
        Expression
      };
      exports2.Expression = Expression;
      exports2.Parser = Parser;
      exports2.default = index3;
      Object.defineProperty(exports2, "__esModule", { value: true });
    }));
  }
});

// node_modules/@stoplight/spectral-core/dist/utils/replacer.js
var require_replacer = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/utils/replacer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Replacer = void 0;
    var expr_eval_fork_1 = require_bundle();
    var Replacer = class {
      constructor(count) {
        this.regex = new RegExp(`#?${"{".repeat(count)}([^}
]+)${"}".repeat(count)}`, "g");
        this.functions = {};
      }
      addFunction(name, filter) {
        this.functions[name] = filter;
      }
      print(input, values) {
        const parser = new expr_eval_fork_1.Parser();
        const functions = parser.functions;
        functions.toUpperCase = (value) => {
          return String(value).toUpperCase();
        };
        functions.concat = (...args) => {
          return args.map(String).join("");
        };
        Object.entries(this.functions).forEach(([name, fn]) => {
          functions[name] = fn.bind(values);
        });
        const context = values;
        return input.replace(this.regex, (_substr, identifier, index3) => {
          if (index3 < 0 || index3 >= input.length) {
            return "";
          }
          const shouldEvaluate = input[index3] === "#";
          if (shouldEvaluate) {
            let expression = identifier.trim();
            if (/constructor|process|require|global|mainModule|fs|child_process/.test(expression)) {
              console.error("Disallowed expression detected:", expression);
              return "";
            }
            try {
              expression = expression.replace(/(\S+)\.toUpperCase\(\)/g, "toUpperCase($1)").replace(/\s*\+\s*/g, ",").replace(/^(.+)$/, "concat($1)");
              return String(parser.evaluate(expression, context));
            } catch (error) {
              console.error("Expression evaluation error:", error);
              return "";
            }
          }
          if (!(identifier in values)) {
            return "";
          }
          return String(values[identifier]);
        });
      }
    };
    exports.Replacer = Replacer;
  }
});

// node_modules/@stoplight/spectral-core/dist/runner/utils/message.js
var require_message = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/runner/utils/message.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.message = void 0;
    var spectral_runtime_1 = require_dist2();
    var replacer_1 = require_replacer();
    var MessageReplacer = new replacer_1.Replacer(2);
    MessageReplacer.addFunction("print", function(type) {
      if (typeof type !== "string")
        return "";
      const { property, value } = this;
      switch (type) {
        case "property":
          if (property !== void 0 && property !== "") {
            return `"${property}" property `;
          }
          return `The document `;
        case "value":
          return (0, spectral_runtime_1.printValue)(value);
        default:
          if (type in this && this[type] !== null) {
            return String(this[type]);
          }
          return "";
      }
    });
    exports.message = MessageReplacer.print.bind(MessageReplacer);
  }
});

// node_modules/@stoplight/spectral-core/dist/runner/utils/index.js
var require_utils = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/runner/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    tslib_1.__exportStar(require_getLintTargets(), exports);
    tslib_1.__exportStar(require_message(), exports);
  }
});

// node_modules/@stoplight/spectral-core/dist/runner/lintNode.js
var require_lintNode = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/runner/lintNode.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.lintNode = void 0;
    var spectral_runtime_1 = require_dist2();
    var lodash_1 = require_lodash();
    var pony_cause_1 = require_pony_cause();
    var document_1 = require_document();
    var utils_1 = require_utils();
    var lintNode = (context, node, rule) => {
      var _a;
      const givenPath = node.path.length > 0 && node.path[0] === "$" ? node.path.slice(1) : node.path.slice();
      const fnContext = {
        document: context.documentInventory.document,
        documentInventory: context.documentInventory,
        rule,
        path: givenPath
      };
      for (const then of rule.then) {
        const targets = (0, utils_1.getLintTargets)(node.value, then.field);
        for (const target of targets) {
          if (target.path.length > 0) {
            fnContext.path = [...givenPath, ...target.path];
          } else {
            fnContext.path = givenPath;
          }
          let targetResults;
          try {
            targetResults = then.function(target.value, (_a = then.functionOptions) !== null && _a !== void 0 ? _a : null, fnContext);
          } catch (e) {
            throw new pony_cause_1.ErrorWithCause(`Function "${then.function.name}" threw an exception${(0, lodash_1.isError)(e) ? `: ${e.message}` : ""}`, {
              cause: e
            });
          }
          if (targetResults === void 0)
            continue;
          if ("then" in targetResults) {
            const _fnContext = { ...fnContext };
            context.promises.push(targetResults.then((results) => results === void 0 ? void 0 : processTargetResults(context, _fnContext, results)));
          } else {
            processTargetResults(context, fnContext, targetResults);
          }
        }
      }
    };
    exports.lintNode = lintNode;
    function processTargetResults(context, fnContext, results) {
      var _a, _b, _c, _d, _e, _f;
      const { rule, path: targetPath } = fnContext;
      for (const result of results) {
        const escapedJsonPath = ((_a = result.path) !== null && _a !== void 0 ? _a : targetPath).map(spectral_runtime_1.decodeSegmentFragment);
        const associatedItem = context.documentInventory.findAssociatedItemForPath(escapedJsonPath, rule.resolved);
        const path = (_b = associatedItem === null || associatedItem === void 0 ? void 0 : associatedItem.path) !== null && _b !== void 0 ? _b : (0, spectral_runtime_1.getClosestJsonPath)(context.documentInventory.resolved, escapedJsonPath);
        const source = associatedItem === null || associatedItem === void 0 ? void 0 : associatedItem.document.source;
        const document2 = (_c = associatedItem === null || associatedItem === void 0 ? void 0 : associatedItem.document) !== null && _c !== void 0 ? _c : context.documentInventory.document;
        const range = (_d = document2.getRangeForJsonPath(path, true)) !== null && _d !== void 0 ? _d : document_1.Document.DEFAULT_RANGE;
        const value = path.length === 0 ? document2.data : (0, lodash_1.get)(document2.data, path);
        const vars = {
          property: (associatedItem === null || associatedItem === void 0 ? void 0 : associatedItem.missingPropertyPath) !== void 0 && associatedItem.missingPropertyPath.length > path.length ? (0, spectral_runtime_1.printPath)(associatedItem.missingPropertyPath.slice(path.length - 1), spectral_runtime_1.PrintStyle.Dot) : path.length > 0 ? path[path.length - 1] : "",
          error: result.message,
          path: (0, spectral_runtime_1.printPath)(path, spectral_runtime_1.PrintStyle.EscapedPointer),
          description: rule.description,
          value
        };
        const resultMessage = (0, utils_1.message)(result.message, vars);
        vars.error = resultMessage;
        const severity = source !== null && source !== void 0 ? rule.getSeverityForSource(source, path) : rule.severity;
        if (severity === -1)
          continue;
        context.results.push({
          code: rule.name,
          message: (rule.message === null ? (_e = rule.description) !== null && _e !== void 0 ? _e : resultMessage : (0, utils_1.message)(rule.message, vars)).trim(),
          path,
          severity,
          ...source !== null ? { source } : null,
          range,
          documentationUrl: (_f = rule.documentationUrl) !== null && _f !== void 0 ? _f : void 0
        });
      }
    }
  }
});

// node_modules/nimma/dist/legacy/cjs/_virtual/_rollupPluginBabelHelpers.js
var require_rollupPluginBabelHelpers = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/_virtual/_rollupPluginBabelHelpers.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function _defineProperty(obj, key, value) {
      if (key in obj) {
        Object.defineProperty(obj, key, {
          value,
          enumerable: true,
          configurable: true,
          writable: true
        });
      } else {
        obj[key] = value;
      }
      return obj;
    }
    function _classPrivateFieldGet(receiver, privateMap) {
      var descriptor = _classExtractFieldDescriptor(receiver, privateMap, "get");
      return _classApplyDescriptorGet(receiver, descriptor);
    }
    function _classPrivateFieldSet(receiver, privateMap, value) {
      var descriptor = _classExtractFieldDescriptor(receiver, privateMap, "set");
      _classApplyDescriptorSet(receiver, descriptor, value);
      return value;
    }
    function _classExtractFieldDescriptor(receiver, privateMap, action) {
      if (!privateMap.has(receiver)) {
        throw new TypeError("attempted to " + action + " private field on non-instance");
      }
      return privateMap.get(receiver);
    }
    function _classApplyDescriptorGet(receiver, descriptor) {
      if (descriptor.get) {
        return descriptor.get.call(receiver);
      }
      return descriptor.value;
    }
    function _classApplyDescriptorSet(receiver, descriptor, value) {
      if (descriptor.set) {
        descriptor.set.call(receiver, value);
      } else {
        if (!descriptor.writable) {
          throw new TypeError("attempted to set read only private field");
        }
        descriptor.value = value;
      }
    }
    exports.classApplyDescriptorGet = _classApplyDescriptorGet;
    exports.classApplyDescriptorSet = _classApplyDescriptorSet;
    exports.classExtractFieldDescriptor = _classExtractFieldDescriptor;
    exports.classPrivateFieldGet = _classPrivateFieldGet;
    exports.classPrivateFieldSet = _classPrivateFieldSet;
    exports.defineProperty = _defineProperty;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/ast/builders.js
var require_builders = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/ast/builders.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function program(body) {
      return {
        type: "Program",
        body
      };
    }
    function blockStatement(body, directives) {
      return {
        type: "BlockStatement",
        body,
        directives
      };
    }
    function expressionStatement(expression) {
      return {
        type: "ExpressionStatement",
        expression
      };
    }
    function literal(value) {
      switch (typeof value) {
        case "number":
          return numericLiteral(value);
        case "string":
          return stringLiteral(value);
        case "boolean":
          return booleanLiteral(value);
      }
    }
    function stringLiteral(value) {
      return {
        type: "StringLiteral",
        value
      };
    }
    function booleanLiteral(value) {
      return {
        type: "BooleanLiteral",
        value
      };
    }
    function numericLiteral(value) {
      return {
        type: "NumericLiteral",
        value
      };
    }
    function nullLiteral() {
      return {
        type: "NullLiteral",
        value: null
      };
    }
    function regExpLiteral(pattern, flags = "") {
      return {
        type: "RegExpLiteral",
        pattern,
        flags
      };
    }
    function identifier(name) {
      return {
        type: "Identifier",
        name
      };
    }
    function logicalExpression(operator, left, right) {
      return {
        type: "LogicalExpression",
        operator,
        left,
        right
      };
    }
    function conditionalExpression(test, consequent, alternate) {
      return {
        type: "ConditionalExpression",
        test,
        consequent,
        alternate
      };
    }
    function ifStatement(test, consequent, alternate) {
      return {
        type: "IfStatement",
        test,
        consequent,
        alternate
      };
    }
    function binaryExpression(operator, left, right) {
      return {
        type: "BinaryExpression",
        operator,
        left,
        right
      };
    }
    function safeBinaryExpression(operator, left, right) {
      let actualRight = right;
      if (right.type === "NumericLiteral") {
        actualRight = stringLiteral(String(right.value));
      } else if (right.type === "StringLiteral" && Number.isSafeInteger(Number(right.value))) {
        actualRight = stringLiteral(String(right.value));
      }
      return {
        type: "BinaryExpression",
        operator,
        left: actualRight === right ? left : callExpression(identifier("String"), [left]),
        right: actualRight
      };
    }
    function unaryExpression(operator, argument, prefix = true) {
      return {
        type: "UnaryExpression",
        operator,
        argument,
        prefix
      };
    }
    function memberExpression(object, property, computed = false, optional = null) {
      return {
        type: "MemberExpression",
        object,
        property,
        computed,
        optional
      };
    }
    function assignmentExpression(operator, left, right) {
      return {
        type: "AssignmentExpression",
        operator,
        left,
        right
      };
    }
    function callExpression(callee, _arguments) {
      return {
        type: "CallExpression",
        callee,
        arguments: _arguments
      };
    }
    function functionDeclaration(id, params, body) {
      return {
        type: "FunctionDeclaration",
        id,
        params,
        body
      };
    }
    function returnStatement(argument) {
      return {
        type: "ReturnStatement",
        argument
      };
    }
    function sequenceExpression(expressions) {
      return {
        type: "SequenceExpression",
        expressions
      };
    }
    function forOfStatement(left, right, body, _await) {
      return {
        type: "ForOfStatement",
        left,
        right,
        body,
        await: _await
      };
    }
    function arrayExpression(elements) {
      return {
        type: "ArrayExpression",
        elements
      };
    }
    function objectExpression(properties) {
      return {
        type: "ObjectExpression",
        properties
      };
    }
    function objectMethod(kind, key, params, body, computed = false, generator = false, _async = false) {
      return {
        type: "ObjectMethod",
        kind,
        key,
        params,
        body,
        computed,
        generator,
        async: _async
      };
    }
    function objectProperty(key, value, computed = false, shorthand = false, decorators = null) {
      return {
        type: "ObjectProperty",
        key,
        value,
        computed,
        shorthand,
        decorators
      };
    }
    function variableDeclaration(kind, declarations) {
      return {
        type: "VariableDeclaration",
        kind,
        declarations
      };
    }
    function variableDeclarator(id, init) {
      return {
        type: "VariableDeclarator",
        id,
        init
      };
    }
    function newExpression(callee, _arguments) {
      return {
        type: "NewExpression",
        callee,
        arguments: _arguments
      };
    }
    function importDeclaration(specifiers, source) {
      return {
        type: "ImportDeclaration",
        specifiers,
        source
      };
    }
    function importSpecifier(local, imported) {
      return {
        type: "ImportSpecifier",
        local,
        imported
      };
    }
    function exportDefaultDeclaration(declaration) {
      return {
        type: "ExportDefaultDeclaration",
        declaration
      };
    }
    function arrowFunctionExpression(params, body, _async = false) {
      return {
        type: "ArrowFunctionExpression",
        params,
        body,
        async: _async
      };
    }
    function tryStatement(block, handler = null, finalizer = null) {
      return {
        type: "TryStatement",
        block,
        handler,
        finalizer
      };
    }
    function templateElement(value, tail = false) {
      return {
        type: "TemplateElement",
        value,
        tail
      };
    }
    function templateLiteral(quasis, expressions) {
      return {
        type: "TemplateLiteral",
        quasis,
        expressions
      };
    }
    exports.arrayExpression = arrayExpression;
    exports.arrowFunctionExpression = arrowFunctionExpression;
    exports.assignmentExpression = assignmentExpression;
    exports.binaryExpression = binaryExpression;
    exports.blockStatement = blockStatement;
    exports.booleanLiteral = booleanLiteral;
    exports.callExpression = callExpression;
    exports.conditionalExpression = conditionalExpression;
    exports.exportDefaultDeclaration = exportDefaultDeclaration;
    exports.expressionStatement = expressionStatement;
    exports.forOfStatement = forOfStatement;
    exports.functionDeclaration = functionDeclaration;
    exports.identifier = identifier;
    exports.ifStatement = ifStatement;
    exports.importDeclaration = importDeclaration;
    exports.importSpecifier = importSpecifier;
    exports.literal = literal;
    exports.logicalExpression = logicalExpression;
    exports.memberExpression = memberExpression;
    exports.newExpression = newExpression;
    exports.nullLiteral = nullLiteral;
    exports.numericLiteral = numericLiteral;
    exports.objectExpression = objectExpression;
    exports.objectMethod = objectMethod;
    exports.objectProperty = objectProperty;
    exports.program = program;
    exports.regExpLiteral = regExpLiteral;
    exports.returnStatement = returnStatement;
    exports.safeBinaryExpression = safeBinaryExpression;
    exports.sequenceExpression = sequenceExpression;
    exports.stringLiteral = stringLiteral;
    exports.templateElement = templateElement;
    exports.templateLiteral = templateLiteral;
    exports.tryStatement = tryStatement;
    exports.unaryExpression = unaryExpression;
    exports.variableDeclaration = variableDeclaration;
    exports.variableDeclarator = variableDeclarator;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/templates/scope.js
var require_scope = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/templates/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var builders = require_builders();
    var SCOPE_IDENTIFIER = builders.identifier("scope");
    var scope = {
      _: SCOPE_IDENTIFIER,
      bail: builders.memberExpression(SCOPE_IDENTIFIER, builders.identifier("bail")),
      callbacks: builders.memberExpression(SCOPE_IDENTIFIER, builders.identifier("callbacks")),
      depth: builders.memberExpression(SCOPE_IDENTIFIER, builders.identifier("depth")),
      destroy: builders.memberExpression(SCOPE_IDENTIFIER, builders.identifier("destroy")),
      emit: builders.memberExpression(SCOPE_IDENTIFIER, builders.identifier("emit")),
      fork: builders.memberExpression(SCOPE_IDENTIFIER, builders.identifier("fork")),
      path: builders.memberExpression(SCOPE_IDENTIFIER, builders.identifier("path")),
      property: builders.memberExpression(SCOPE_IDENTIFIER, builders.identifier("property")),
      sandbox: builders.memberExpression(SCOPE_IDENTIFIER, builders.identifier("sandbox")),
      traverse: builders.memberExpression(SCOPE_IDENTIFIER, builders.identifier("traverse")),
      value: builders.memberExpression(SCOPE_IDENTIFIER, builders.identifier("value"))
    };
    exports["default"] = scope;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/templates/emit-call.js
var require_emit_call = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/templates/emit-call.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var builders = require_builders();
    var scope = require_scope();
    function generateEmitCall(id, {
      parents,
      keyed
    }) {
      return builders.expressionStatement(builders.callExpression(scope["default"].emit, [builders.stringLiteral(id), builders.numericLiteral(parents), builders.booleanLiteral(keyed)]));
    }
    exports["default"] = generateEmitCall;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/templates/sandbox.js
var require_sandbox = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/templates/sandbox.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var builders = require_builders();
    var scope = require_scope();
    var sandbox = {
      at: builders.memberExpression(scope["default"].sandbox, builders.identifier("at")),
      index: builders.memberExpression(scope["default"].sandbox, builders.identifier("index")),
      parent: builders.memberExpression(scope["default"].sandbox, builders.identifier("parent")),
      parentProperty: builders.memberExpression(scope["default"].sandbox, builders.identifier("parentProperty")),
      parentValue: builders.memberExpression(scope["default"].sandbox, builders.identifier("parentValue")),
      path: builders.memberExpression(scope["default"].sandbox, builders.identifier("path")),
      property: builders.memberExpression(scope["default"].sandbox, builders.identifier("property")),
      root: builders.memberExpression(scope["default"].sandbox, builders.identifier("root")),
      value: builders.memberExpression(scope["default"].sandbox, builders.identifier("value"))
    };
    exports["default"] = sandbox;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/all-parents.js
var require_all_parents = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/all-parents.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var builders = require_builders();
    var emitCall = require_emit_call();
    var sandbox = require_sandbox();
    var IS_OBJECT_IDENTIFIER = builders.identifier("isObject");
    var IS_NOT_OBJECT_IF_STATEMENT = builders.ifStatement(builders.unaryExpression("!", builders.callExpression(IS_OBJECT_IDENTIFIER, [sandbox["default"].value])), builders.returnStatement());
    var EMIT_ROOT_CALL_EXPRESSION = emitCall["default"]("$..", {
      keyed: false,
      parents: 0
    });
    var allParents = ((nodes, tree, ctx) => {
      if (nodes.length !== 1 || nodes[0].type !== "AllParentExpression") {
        return false;
      }
      tree.addRuntimeDependency(IS_OBJECT_IDENTIFIER.name);
      tree.push(builders.blockStatement([IS_NOT_OBJECT_IF_STATEMENT, emitCall["default"](ctx.id, ctx.iterator.modifiers)]), "tree-method");
      tree.push(builders.stringLiteral(ctx.id), "traverse");
      tree.push(EMIT_ROOT_CALL_EXPRESSION, "body");
      return true;
    });
    exports["default"] = allParents;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/guards.js
var require_guards = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/guards.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function isMemberExpression(node) {
      return node.type === "MemberExpression";
    }
    function isScriptFilterExpression(node) {
      return node.type === "ScriptFilterExpression";
    }
    function isModifierExpression(node) {
      return node.type === "KeyExpression" || node.type === "ParentExpression";
    }
    function isWildcardExpression(node) {
      return node.type === "WildcardExpression";
    }
    function isDeep(node) {
      return node.deep;
    }
    exports.isDeep = isDeep;
    exports.isMemberExpression = isMemberExpression;
    exports.isModifierExpression = isModifierExpression;
    exports.isScriptFilterExpression = isScriptFilterExpression;
    exports.isWildcardExpression = isWildcardExpression;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/deep-single-member.js
var require_deep_single_member = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/deep-single-member.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var builders = require_builders();
    var guards = require_guards();
    var emitCall = require_emit_call();
    var scope = require_scope();
    var deepSingleMember = ((nodes, tree, ctx) => {
      if (nodes.length !== 1 || !guards.isDeep(nodes[0]) || !guards.isMemberExpression(nodes[0])) {
        return false;
      }
      tree.push(builders.blockStatement([builders.ifStatement(builders.safeBinaryExpression("!==", scope["default"].property, builders.stringLiteral(nodes[0].value)), builders.returnStatement()), emitCall["default"](ctx.id, ctx.iterator.modifiers)]), "tree-method");
      tree.push(builders.stringLiteral(ctx.id), "traverse");
      return true;
    });
    exports["default"] = deepSingleMember;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/deep-wildcard.js
var require_deep_wildcard = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/deep-wildcard.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var builders = require_builders();
    var guards = require_guards();
    var emitCall = require_emit_call();
    var deepWildcard = ((nodes, tree, ctx) => {
      if (nodes.length !== 1 || !guards.isWildcardExpression(nodes[0]) || !guards.isDeep(nodes[0])) {
        return false;
      }
      tree.push(builders.blockStatement([emitCall["default"](ctx.id, ctx.iterator.modifiers)]), "tree-method");
      tree.push(builders.stringLiteral(ctx.id), "traverse");
      return true;
    });
    exports["default"] = deepWildcard;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/templates/fn-params.js
var require_fn_params = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/templates/fn-params.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var scope = require_scope();
    var fnParams = [scope["default"]._];
    exports["default"] = fnParams;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/templates/internal-scope.js
var require_internal_scope = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/templates/internal-scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var builders = require_builders();
    var internalScope = {
      pos: builders.identifier("pos"),
      shorthands: builders.identifier("shorthands"),
      tree: builders.identifier("tree")
    };
    exports["default"] = internalScope;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/templates/tree-method-call.js
var require_tree_method_call = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/templates/tree-method-call.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var builders = require_builders();
    var fnParams = require_fn_params();
    var internalScope = require_internal_scope();
    function treeMethodCall(id) {
      const property = builders.stringLiteral(id);
      return builders.expressionStatement(builders.callExpression(builders.memberExpression(internalScope["default"].tree, property, true), fnParams["default"]));
    }
    exports["default"] = treeMethodCall;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/fixed.js
var require_fixed = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/fixed.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var builders = require_builders();
    var guards = require_guards();
    var emitCall = require_emit_call();
    var sandbox = require_sandbox();
    var scope = require_scope();
    var treeMethodCall = require_tree_method_call();
    var VALUE_IDENTIFIER = builders.identifier("value");
    var IS_OBJECT_IDENTIFIER = builders.identifier("isObject");
    var GET_IDENTIFIER = builders.identifier("get");
    var IS_NOT_OBJECT_IF_STATEMENT = builders.ifStatement(builders.unaryExpression("!", builders.callExpression(IS_OBJECT_IDENTIFIER, [VALUE_IDENTIFIER])), builders.returnStatement());
    var IS_NULL_SCOPE_IF_STATEMENT = builders.ifStatement(builders.binaryExpression("===", scope["default"]._, builders.nullLiteral()), builders.returnStatement());
    function toLiteral(node) {
      return builders.literal(node.value);
    }
    var fixed = ((nodes, tree, ctx) => {
      if (!nodes.every(guards.isMemberExpression) || nodes.some(guards.isDeep)) {
        return false;
      }
      const valueVariableDeclaration = builders.variableDeclaration("const", [builders.variableDeclarator(VALUE_IDENTIFIER, nodes.slice(0, -1).reduce((object, node) => {
        if (tree.format === "ES2018") {
          object.arguments[1].elements.push(builders.literal(node.value));
          return object;
        }
        return builders.memberExpression(object, builders.literal(node.value), true, true);
      }, tree.format === "ES2018" && nodes.length > 0 ? builders.callExpression(builders.identifier("get"), [sandbox["default"].root, builders.arrayExpression([])]) : sandbox["default"].root))]);
      tree.addRuntimeDependency(IS_OBJECT_IDENTIFIER.name);
      if (tree.format === "ES2018") {
        tree.addRuntimeDependency(GET_IDENTIFIER.name);
      }
      tree.pushAll([[builders.blockStatement([valueVariableDeclaration, IS_NOT_OBJECT_IF_STATEMENT, builders.expressionStatement(builders.assignmentExpression("=", scope["default"]._, builders.callExpression(scope["default"].fork, [builders.arrayExpression(nodes.map(toLiteral))]))), IS_NULL_SCOPE_IF_STATEMENT, emitCall["default"](ctx.id, ctx.iterator.modifiers)]), "tree-method"], [treeMethodCall["default"](ctx.id), "body"]]);
      return true;
    });
    exports["default"] = fixed;
  }
});

// node_modules/@jsep-plugin/regex/dist/index.js
var dist_exports = {};
__export(dist_exports, {
  default: () => index
});
var FSLASH_CODE, BSLASH_CODE, index;
var init_dist = __esm({
  "node_modules/@jsep-plugin/regex/dist/index.js"() {
    FSLASH_CODE = 47;
    BSLASH_CODE = 92;
    index = {
      name: "regex",
      init(jsep) {
        jsep.hooks.add("gobble-token", function gobbleRegexLiteral(env) {
          if (this.code === FSLASH_CODE) {
            const patternIndex = ++this.index;
            let inCharSet = false;
            while (this.index < this.expr.length) {
              if (this.code === FSLASH_CODE && !inCharSet) {
                const pattern = this.expr.slice(patternIndex, this.index);
                let flags = "";
                while (++this.index < this.expr.length) {
                  const code = this.code;
                  if (code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57) {
                    flags += this.char;
                  } else {
                    break;
                  }
                }
                let value;
                try {
                  value = new RegExp(pattern, flags);
                } catch (e) {
                  this.throwError(e.message);
                }
                env.node = {
                  type: jsep.LITERAL,
                  value,
                  raw: this.expr.slice(patternIndex - 1, this.index)
                };
                env.node = this.gobbleTokenProperty(env.node);
                return env.node;
              }
              if (this.code === jsep.OBRACK_CODE) {
                inCharSet = true;
              } else if (inCharSet && this.code === jsep.CBRACK_CODE) {
                inCharSet = false;
              }
              this.index += this.code === BSLASH_CODE ? 2 : 1;
            }
            this.throwError("Unclosed Regex");
          }
        });
      }
    };
  }
});

// node_modules/@jsep-plugin/ternary/dist/index.js
var dist_exports2 = {};
__export(dist_exports2, {
  default: () => index2
});
var CONDITIONAL_EXP, index2;
var init_dist2 = __esm({
  "node_modules/@jsep-plugin/ternary/dist/index.js"() {
    CONDITIONAL_EXP = "ConditionalExpression";
    index2 = {
      name: "ternary",
      init(jsep) {
        jsep.hooks.add("after-expression", function gobbleTernary(env) {
          if (env.node && this.code === jsep.QUMARK_CODE) {
            this.index++;
            const test = env.node;
            const consequent = this.gobbleExpression();
            if (!consequent) {
              this.throwError("Expected expression");
            }
            this.gobbleSpaces();
            if (this.code === jsep.COLON_CODE) {
              this.index++;
              const alternate = this.gobbleExpression();
              if (!alternate) {
                this.throwError("Expected expression");
              }
              env.node = {
                type: CONDITIONAL_EXP,
                test,
                consequent,
                alternate
              };
              if (test.operator && jsep.binary_ops[test.operator] <= 0.9) {
                let newTest = test;
                while (newTest.right.operator && jsep.binary_ops[newTest.right.operator] <= 0.9) {
                  newTest = newTest.right;
                }
                env.node.test = newTest.right;
                newTest.right = env.node;
                env.node = test;
              }
            } else {
              this.throwError("Expected :");
            }
          }
        });
      }
    };
  }
});

// node_modules/jsep/dist/cjs/jsep.cjs.js
var require_jsep_cjs = __commonJS({
  "node_modules/jsep/dist/cjs/jsep.cjs.js"(exports, module) {
    "use strict";
    var Hooks = class {
      /**
       * @callback HookCallback
       * @this {*|Jsep} this
       * @param {Jsep} env
       * @returns: void
       */
      /**
       * Adds the given callback to the list of callbacks for the given hook.
       *
       * The callback will be invoked when the hook it is registered for is run.
       *
       * One callback function can be registered to multiple hooks and the same hook multiple times.
       *
       * @param {string|object} name The name of the hook, or an object of callbacks keyed by name
       * @param {HookCallback|boolean} callback The callback function which is given environment variables.
       * @param {?boolean} [first=false] Will add the hook to the top of the list (defaults to the bottom)
       * @public
       */
      add(name, callback, first) {
        if (typeof arguments[0] != "string") {
          for (let name2 in arguments[0]) {
            this.add(name2, arguments[0][name2], arguments[1]);
          }
        } else {
          (Array.isArray(name) ? name : [name]).forEach(function(name2) {
            this[name2] = this[name2] || [];
            if (callback) {
              this[name2][first ? "unshift" : "push"](callback);
            }
          }, this);
        }
      }
      /**
       * Runs a hook invoking all registered callbacks with the given environment variables.
       *
       * Callbacks will be invoked synchronously and in the order in which they were registered.
       *
       * @param {string} name The name of the hook.
       * @param {Object<string, any>} env The environment variables of the hook passed to all callbacks registered.
       * @public
       */
      run(name, env) {
        this[name] = this[name] || [];
        this[name].forEach(function(callback) {
          callback.call(env && env.context ? env.context : env, env);
        });
      }
    };
    var Plugins = class {
      constructor(jsep2) {
        this.jsep = jsep2;
        this.registered = {};
      }
      /**
       * @callback PluginSetup
       * @this {Jsep} jsep
       * @returns: void
       */
      /**
       * Adds the given plugin(s) to the registry
       *
       * @param {object} plugins
       * @param {string} plugins.name The name of the plugin
       * @param {PluginSetup} plugins.init The init function
       * @public
       */
      register(...plugins) {
        plugins.forEach((plugin) => {
          if (typeof plugin !== "object" || !plugin.name || !plugin.init) {
            throw new Error("Invalid JSEP plugin format");
          }
          if (this.registered[plugin.name]) {
            return;
          }
          plugin.init(this.jsep);
          this.registered[plugin.name] = plugin;
        });
      }
    };
    var Jsep = class _Jsep {
      /**
       * @returns {string}
       */
      static get version() {
        return "1.6.0";
      }
      /**
       * @returns {string}
       */
      static toString() {
        return "JavaScript Expression Parser (JSEP) v" + _Jsep.version;
      }
      // ==================== CONFIG ================================
      /**
       * @method addUnaryOp
       * @param {string} op_name The name of the unary op to add
       * @returns {Jsep}
       */
      static addUnaryOp(op_name) {
        _Jsep.max_unop_len = Math.max(op_name.length, _Jsep.max_unop_len);
        _Jsep.unary_ops[op_name] = 1;
        return _Jsep;
      }
      /**
       * @method jsep.addBinaryOp
       * @param {string} op_name The name of the binary op to add
       * @param {number} precedence The precedence of the binary op (can be a float). Higher number = higher precedence
       * @param {boolean} [isRightAssociative=false] whether operator is right-associative
       * @returns {Jsep}
       */
      static addBinaryOp(op_name, precedence, isRightAssociative) {
        _Jsep.max_binop_len = Math.max(op_name.length, _Jsep.max_binop_len);
        _Jsep.binary_ops[op_name] = precedence;
        if (isRightAssociative) {
          _Jsep.right_associative.add(op_name);
        } else {
          _Jsep.right_associative.delete(op_name);
        }
        return _Jsep;
      }
      /**
       * @method addIdentifierChar
       * @param {string} char The additional character to treat as a valid part of an identifier
       * @returns {Jsep}
       */
      static addIdentifierChar(char) {
        _Jsep.additional_identifier_chars.add(char);
        return _Jsep;
      }
      /**
       * @method addLiteral
       * @param {string} literal_name The name of the literal to add
       * @param {*} literal_value The value of the literal
       * @returns {Jsep}
       */
      static addLiteral(literal_name, literal_value) {
        _Jsep.literals[literal_name] = literal_value;
        return _Jsep;
      }
      /**
       * @method removeUnaryOp
       * @param {string} op_name The name of the unary op to remove
       * @returns {Jsep}
       */
      static removeUnaryOp(op_name) {
        delete _Jsep.unary_ops[op_name];
        if (op_name.length === _Jsep.max_unop_len) {
          _Jsep.max_unop_len = _Jsep.getMaxKeyLen(_Jsep.unary_ops);
        }
        return _Jsep;
      }
      /**
       * @method removeAllUnaryOps
       * @returns {Jsep}
       */
      static removeAllUnaryOps() {
        _Jsep.unary_ops = {};
        _Jsep.max_unop_len = 0;
        return _Jsep;
      }
      /**
       * @method removeIdentifierChar
       * @param {string} char The additional character to stop treating as a valid part of an identifier
       * @returns {Jsep}
       */
      static removeIdentifierChar(char) {
        _Jsep.additional_identifier_chars.delete(char);
        return _Jsep;
      }
      /**
       * @method removeBinaryOp
       * @param {string} op_name The name of the binary op to remove
       * @returns {Jsep}
       */
      static removeBinaryOp(op_name) {
        delete _Jsep.binary_ops[op_name];
        if (op_name.length === _Jsep.max_binop_len) {
          _Jsep.max_binop_len = _Jsep.getMaxKeyLen(_Jsep.binary_ops);
        }
        _Jsep.right_associative.delete(op_name);
        return _Jsep;
      }
      /**
       * @method removeAllBinaryOps
       * @returns {Jsep}
       */
      static removeAllBinaryOps() {
        _Jsep.binary_ops = {};
        _Jsep.max_binop_len = 0;
        return _Jsep;
      }
      /**
       * @method removeLiteral
       * @param {string} literal_name The name of the literal to remove
       * @returns {Jsep}
       */
      static removeLiteral(literal_name) {
        delete _Jsep.literals[literal_name];
        return _Jsep;
      }
      /**
       * @method removeAllLiterals
       * @returns {Jsep}
       */
      static removeAllLiterals() {
        _Jsep.literals = {};
        return _Jsep;
      }
      // ==================== END CONFIG ============================
      /**
       * @returns {string}
       */
      get char() {
        return this.expr.charAt(this.index);
      }
      /**
       * @returns {number}
       */
      get code() {
        return this.expr.charCodeAt(this.index);
      }
      /**
       * @param {string} expr a string with the passed in express
       * @returns Jsep
       */
      constructor(expr) {
        this.expr = expr;
        this.index = 0;
      }
      /**
       * static top-level parser
       * @returns {jsep.Expression}
       */
      static parse(expr) {
        return new _Jsep(expr).parse();
      }
      /**
       * Get the longest key length of any object
       * @param {object} obj
       * @returns {number}
       */
      static getMaxKeyLen(obj) {
        return Math.max(0, ...Object.keys(obj).map((k) => k.length));
      }
      /**
       * `ch` is a character code in the next three functions
       * @param {number} ch
       * @returns {boolean}
       */
      static isDecimalDigit(ch) {
        return ch >= 48 && ch <= 57;
      }
      /**
       * Returns the precedence of a binary operator or `0` if it isn't a binary operator. Can be float.
       * @param {string} op_val
       * @returns {number}
       */
      static binaryPrecedence(op_val) {
        return _Jsep.binary_ops[op_val] || 0;
      }
      /**
       * Looks for start of identifier
       * @param {number} ch
       * @returns {boolean}
       */
      static isIdentifierStart(ch) {
        return ch >= 65 && ch <= 90 || // A...Z
        ch >= 97 && ch <= 122 || // a...z
        ch >= 128 && !_Jsep.binary_ops[String.fromCharCode(ch)] || // any non-ASCII that is not an operator
        _Jsep.additional_identifier_chars.has(String.fromCharCode(ch));
      }
      /**
       * @param {number} ch
       * @returns {boolean}
       */
      static isIdentifierPart(ch) {
        return _Jsep.isIdentifierStart(ch) || _Jsep.isDecimalDigit(ch);
      }
      /**
       * throw error at index of the expression
       * @param {string} message
       * @throws
       */
      throwError(message) {
        const error = new Error(message + " at character " + this.index);
        error.index = this.index;
        error.description = message;
        throw error;
      }
      /**
       * Run a given hook
       * @param {string} name
       * @param {jsep.Expression|false} [node]
       * @returns {?jsep.Expression}
       */
      runHook(name, node) {
        if (_Jsep.hooks[name]) {
          const env = { context: this, node };
          _Jsep.hooks.run(name, env);
          return env.node;
        }
        return node;
      }
      /**
       * Runs a given hook until one returns a node
       * @param {string} name
       * @returns {?jsep.Expression}
       */
      searchHook(name) {
        if (_Jsep.hooks[name]) {
          const env = { context: this };
          _Jsep.hooks[name].find(function(callback) {
            callback.call(env.context, env);
            return env.node;
          });
          return env.node;
        }
      }
      /**
       * Push `index` up to the next non-space character
       */
      gobbleSpaces() {
        let ch = this.code;
        while (ch === _Jsep.SPACE_CODE || ch === _Jsep.TAB_CODE || ch === _Jsep.LF_CODE || ch === _Jsep.CR_CODE) {
          ch = this.expr.charCodeAt(++this.index);
        }
        this.runHook("gobble-spaces");
      }
      /**
       * Top-level method to parse all expressions and returns compound or single node
       * @returns {jsep.Expression}
       */
      parse() {
        this.runHook("before-all");
        const nodes = this.gobbleExpressions();
        const node = nodes.length === 1 ? nodes[0] : {
          type: _Jsep.COMPOUND,
          body: nodes
        };
        return this.runHook("after-all", node);
      }
      /**
       * top-level parser (but can be reused within as well)
       * @param {number} [untilICode]
       * @returns {jsep.Expression[]}
       */
      gobbleExpressions(untilICode) {
        let nodes = [], ch_i, node;
        while (this.index < this.expr.length) {
          ch_i = this.code;
          if (ch_i === _Jsep.SEMCOL_CODE || ch_i === _Jsep.COMMA_CODE) {
            this.index++;
          } else {
            if (node = this.gobbleExpression()) {
              nodes.push(node);
            } else if (this.index < this.expr.length) {
              if (ch_i === untilICode) {
                break;
              }
              this.throwError('Unexpected "' + this.char + '"');
            }
          }
        }
        return nodes;
      }
      /**
       * The main parsing function.
       * @returns {?jsep.Expression}
       */
      gobbleExpression() {
        const node = this.searchHook("gobble-expression") || this.gobbleBinaryExpression();
        this.gobbleSpaces();
        return this.runHook("after-expression", node);
      }
      /**
       * Search for the operation portion of the string (e.g. `+`, `===`)
       * Start by taking the longest possible binary operations (3 characters: `===`, `!==`, `>>>`)
       * and move down from 3 to 2 to 1 character until a matching binary operation is found
       * then, return that binary operation
       * @returns {string|boolean}
       */
      gobbleBinaryOp() {
        this.gobbleSpaces();
        let to_check = this.expr.substr(this.index, _Jsep.max_binop_len);
        let tc_len = to_check.length;
        while (tc_len > 0) {
          if (_Jsep.binary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
            this.index += tc_len;
            return to_check;
          }
          to_check = to_check.substr(0, --tc_len);
        }
        return false;
      }
      /**
       * This function is responsible for gobbling an individual expression,
       * e.g. `1`, `1+2`, `a+(b*2)-Math.sqrt(2)`
       * @returns {?jsep.BinaryExpression}
       */
      gobbleBinaryExpression() {
        let node, biop, prec, stack, biop_info, left, right, i, cur_biop;
        left = this.gobbleToken();
        if (!left) {
          return left;
        }
        biop = this.gobbleBinaryOp();
        if (!biop) {
          return left;
        }
        biop_info = { value: biop, prec: _Jsep.binaryPrecedence(biop), right_a: _Jsep.right_associative.has(biop) };
        right = this.gobbleToken();
        if (!right) {
          this.throwError("Expected expression after " + biop);
        }
        stack = [left, biop_info, right];
        while (biop = this.gobbleBinaryOp()) {
          prec = _Jsep.binaryPrecedence(biop);
          if (prec === 0) {
            this.index -= biop.length;
            break;
          }
          biop_info = { value: biop, prec, right_a: _Jsep.right_associative.has(biop) };
          cur_biop = biop;
          const comparePrev = (prev) => biop_info.right_a && prev.right_a ? prec > prev.prec : prec <= prev.prec;
          while (stack.length > 2 && comparePrev(stack[stack.length - 2])) {
            right = stack.pop();
            biop = stack.pop().value;
            left = stack.pop();
            node = {
              type: _Jsep.BINARY_EXP,
              operator: biop,
              left,
              right
            };
            stack.push(node);
          }
          node = this.gobbleToken();
          if (!node) {
            this.throwError("Expected expression after " + cur_biop);
          }
          stack.push(biop_info, node);
        }
        i = stack.length - 1;
        node = stack[i];
        while (i > 1) {
          node = {
            type: _Jsep.BINARY_EXP,
            operator: stack[i - 1].value,
            left: stack[i - 2],
            right: node
          };
          i -= 2;
        }
        return node;
      }
      /**
       * An individual part of a binary expression:
       * e.g. `foo.bar(baz)`, `1`, `"abc"`, `(a % 2)` (because it's in parenthesis)
       * @returns {boolean|jsep.Expression}
       */
      gobbleToken() {
        let ch, to_check, tc_len, node;
        this.gobbleSpaces();
        node = this.searchHook("gobble-token");
        if (node) {
          return this.runHook("after-token", node);
        }
        ch = this.code;
        if (_Jsep.isDecimalDigit(ch) || ch === _Jsep.PERIOD_CODE) {
          return this.gobbleNumericLiteral();
        }
        if (ch === _Jsep.SQUOTE_CODE || ch === _Jsep.DQUOTE_CODE) {
          node = this.gobbleStringLiteral();
        } else if (ch === _Jsep.OBRACK_CODE) {
          node = this.gobbleArray();
        } else {
          to_check = this.expr.substr(this.index, _Jsep.max_unop_len);
          tc_len = to_check.length;
          while (tc_len > 0) {
            if (_Jsep.unary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
              this.index += tc_len;
              const argument = this.gobbleToken();
              if (!argument) {
                this.throwError("missing unaryOp argument");
              }
              return this.runHook("after-token", {
                type: _Jsep.UNARY_EXP,
                operator: to_check,
                argument,
                prefix: true
              });
            }
            to_check = to_check.substr(0, --tc_len);
          }
          if (_Jsep.isIdentifierStart(ch)) {
            node = this.gobbleIdentifier();
            if (_Jsep.literals.hasOwnProperty(node.name)) {
              node = {
                type: _Jsep.LITERAL,
                value: _Jsep.literals[node.name],
                raw: node.name
              };
            } else if (node.name === _Jsep.this_str) {
              node = { type: _Jsep.THIS_EXP };
            }
          } else if (ch === _Jsep.OPAREN_CODE) {
            node = this.gobbleGroup();
          }
        }
        if (!node) {
          return this.runHook("after-token", false);
        }
        node = this.gobbleTokenProperty(node);
        return this.runHook("after-token", node);
      }
      /**
       * Gobble properties of of identifiers/strings/arrays/groups.
       * e.g. `foo`, `bar.baz`, `foo['bar'].baz`
       * It also gobbles function calls:
       * e.g. `Math.acos(obj.angle)`
       * @param {jsep.Expression} node
       * @returns {jsep.Expression}
       */
      gobbleTokenProperty(node) {
        this.gobbleSpaces();
        let ch = this.code;
        while (ch === _Jsep.PERIOD_CODE || ch === _Jsep.OBRACK_CODE || ch === _Jsep.OPAREN_CODE || ch === _Jsep.QUMARK_CODE) {
          let optional;
          if (ch === _Jsep.QUMARK_CODE) {
            if (this.expr.charCodeAt(this.index + 1) !== _Jsep.PERIOD_CODE) {
              break;
            }
            optional = true;
            this.index += 2;
            this.gobbleSpaces();
            ch = this.code;
          }
          this.index++;
          if (ch === _Jsep.OBRACK_CODE) {
            node = {
              type: _Jsep.MEMBER_EXP,
              computed: true,
              object: node,
              property: this.gobbleExpression()
            };
            if (!node.property) {
              this.throwError('Unexpected "' + this.char + '"');
            }
            this.gobbleSpaces();
            ch = this.code;
            if (ch !== _Jsep.CBRACK_CODE) {
              this.throwError("Unclosed [");
            }
            this.index++;
          } else if (ch === _Jsep.OPAREN_CODE) {
            node = {
              type: _Jsep.CALL_EXP,
              "arguments": this.gobbleArguments(_Jsep.CPAREN_CODE),
              callee: node
            };
          } else if (ch === _Jsep.PERIOD_CODE || optional) {
            if (optional) {
              this.index--;
            }
            this.gobbleSpaces();
            node = {
              type: _Jsep.MEMBER_EXP,
              computed: false,
              object: node,
              property: this.gobbleIdentifier()
            };
          }
          if (optional) {
            node.optional = true;
          }
          this.gobbleSpaces();
          ch = this.code;
        }
        return node;
      }
      /**
       * Parse simple numeric literals: `12`, `3.4`, `.5`. Do this by using a string to
       * keep track of everything in the numeric literal and then calling `parseFloat` on that string
       * @returns {jsep.Literal}
       */
      gobbleNumericLiteral() {
        let number = "", ch, chCode;
        while (_Jsep.isDecimalDigit(this.code)) {
          number += this.expr.charAt(this.index++);
        }
        if (this.code === _Jsep.PERIOD_CODE) {
          number += this.expr.charAt(this.index++);
          while (_Jsep.isDecimalDigit(this.code)) {
            number += this.expr.charAt(this.index++);
          }
        }
        ch = this.char;
        if (ch === "e" || ch === "E") {
          number += this.expr.charAt(this.index++);
          ch = this.char;
          if (ch === "+" || ch === "-") {
            number += this.expr.charAt(this.index++);
          }
          while (_Jsep.isDecimalDigit(this.code)) {
            number += this.expr.charAt(this.index++);
          }
          if (!_Jsep.isDecimalDigit(this.expr.charCodeAt(this.index - 1))) {
            this.throwError("Expected exponent (" + number + this.char + ")");
          }
        }
        chCode = this.code;
        if (_Jsep.isIdentifierStart(chCode)) {
          this.throwError("Variable names cannot start with a number (" + number + this.char + ")");
        } else if (chCode === _Jsep.PERIOD_CODE || number.length === 1 && number.charCodeAt(0) === _Jsep.PERIOD_CODE) {
          this.throwError("Unexpected period");
        }
        return {
          type: _Jsep.LITERAL,
          value: parseFloat(number),
          raw: number
        };
      }
      /**
       * Parses a string literal, staring with single or double quotes with basic support for escape codes
       * e.g. `"hello world"`, `'this is\nJSEP'`
       * @returns {jsep.Literal}
       */
      gobbleStringLiteral() {
        let str = "";
        const startIndex = this.index;
        const quote = this.expr.charAt(this.index++);
        let closed = false;
        while (this.index < this.expr.length) {
          let ch = this.expr.charAt(this.index++);
          if (ch === quote) {
            closed = true;
            break;
          } else if (ch === "\\") {
            ch = this.expr.charAt(this.index++);
            switch (ch) {
              case "n":
                str += "\n";
                break;
              case "r":
                str += "\r";
                break;
              case "t":
                str += "	";
                break;
              case "b":
                str += "\b";
                break;
              case "f":
                str += "\f";
                break;
              case "v":
                str += "\v";
                break;
              default:
                str += ch;
            }
          } else {
            str += ch;
          }
        }
        if (!closed) {
          this.throwError('Unclosed quote after "' + str + '"');
        }
        return {
          type: _Jsep.LITERAL,
          value: str,
          raw: this.expr.substring(startIndex, this.index)
        };
      }
      /**
       * Gobbles only identifiers
       * e.g.: `foo`, `_value`, `$x1`
       * Also, this function checks if that identifier is a literal:
       * (e.g. `true`, `false`, `null`) or `this`
       * @returns {jsep.Identifier}
       */
      gobbleIdentifier() {
        let ch = this.code, start = this.index;
        if (_Jsep.isIdentifierStart(ch)) {
          this.index++;
        } else {
          this.throwError("Unexpected " + this.char);
        }
        while (this.index < this.expr.length) {
          ch = this.code;
          if (_Jsep.isIdentifierPart(ch)) {
            this.index++;
          } else {
            break;
          }
        }
        return {
          type: _Jsep.IDENTIFIER,
          name: this.expr.slice(start, this.index)
        };
      }
      /**
       * Gobbles a list of arguments within the context of a function call
       * or array literal. This function also assumes that the opening character
       * `(` or `[` has already been gobbled, and gobbles expressions and commas
       * until the terminator character `)` or `]` is encountered.
       * e.g. `foo(bar, baz)`, `my_func()`, or `[bar, baz]`
       * @param {number} termination
       * @returns {jsep.Expression[]}
       */
      gobbleArguments(termination) {
        const args = [];
        let closed = false;
        let separator_count = 0;
        while (this.index < this.expr.length) {
          this.gobbleSpaces();
          let ch_i = this.code;
          if (ch_i === termination) {
            closed = true;
            this.index++;
            if (termination === _Jsep.CPAREN_CODE && separator_count && separator_count >= args.length) {
              this.throwError("Unexpected token " + String.fromCharCode(termination));
            }
            break;
          } else if (ch_i === _Jsep.COMMA_CODE) {
            this.index++;
            separator_count++;
            if (separator_count !== args.length) {
              if (termination === _Jsep.CPAREN_CODE) {
                this.throwError("Unexpected token ,");
              } else if (termination === _Jsep.CBRACK_CODE) {
                for (let arg = args.length; arg < separator_count; arg++) {
                  args.push(null);
                }
              }
            }
          } else if (args.length !== separator_count && separator_count !== 0) {
            this.throwError("Expected comma");
          } else {
            const node = this.gobbleExpression();
            if (!node || node.type === _Jsep.COMPOUND) {
              this.throwError("Expected comma");
            }
            args.push(node);
          }
        }
        if (!closed) {
          this.throwError("Expected " + String.fromCharCode(termination));
        }
        return args;
      }
      /**
       * Responsible for parsing a group of things within parentheses `()`
       * that have no identifier in front (so not a function call)
       * This function assumes that it needs to gobble the opening parenthesis
       * and then tries to gobble everything within that parenthesis, assuming
       * that the next thing it should see is the close parenthesis. If not,
       * then the expression probably doesn't have a `)`
       * @returns {boolean|jsep.Expression}
       */
      gobbleGroup() {
        this.index++;
        let nodes = this.gobbleExpressions(_Jsep.CPAREN_CODE);
        if (this.code === _Jsep.CPAREN_CODE) {
          this.index++;
          if (nodes.length === 1) {
            return nodes[0];
          } else if (!nodes.length) {
            return false;
          } else {
            return {
              type: _Jsep.SEQUENCE_EXP,
              expressions: nodes
            };
          }
        } else {
          this.throwError("Unclosed (");
        }
      }
      /**
       * Responsible for parsing Array literals `[1, 2, 3]`
       * This function assumes that it needs to gobble the opening bracket
       * and then tries to gobble the expressions as arguments.
       * @returns {jsep.ArrayExpression}
       */
      gobbleArray() {
        this.index++;
        return {
          type: _Jsep.ARRAY_EXP,
          elements: this.gobbleArguments(_Jsep.CBRACK_CODE)
        };
      }
    };
    var hooks = new Hooks();
    Object.assign(Jsep, {
      hooks,
      plugins: new Plugins(Jsep),
      // Node Types
      // ----------
      // This is the full set of types that any JSEP node can be.
      // Store them here to save space when minified
      COMPOUND: "Compound",
      SEQUENCE_EXP: "SequenceExpression",
      IDENTIFIER: "Identifier",
      MEMBER_EXP: "MemberExpression",
      LITERAL: "Literal",
      THIS_EXP: "ThisExpression",
      CALL_EXP: "CallExpression",
      UNARY_EXP: "UnaryExpression",
      BINARY_EXP: "BinaryExpression",
      ARRAY_EXP: "ArrayExpression",
      TAB_CODE: 9,
      LF_CODE: 10,
      CR_CODE: 13,
      SPACE_CODE: 32,
      PERIOD_CODE: 46,
      // '.'
      COMMA_CODE: 44,
      // ','
      SQUOTE_CODE: 39,
      // single quote
      DQUOTE_CODE: 34,
      // double quotes
      OPAREN_CODE: 40,
      // (
      CPAREN_CODE: 41,
      // )
      OBRACK_CODE: 91,
      // [
      CBRACK_CODE: 93,
      // ]
      QUMARK_CODE: 63,
      // ?
      SEMCOL_CODE: 59,
      // ;
      COLON_CODE: 58,
      // :
      // Operations
      // ----------
      // Use a quickly-accessible map to store all of the unary operators
      // Values are set to `1` (it really doesn't matter)
      unary_ops: {
        "-": 1,
        "!": 1,
        "~": 1,
        "+": 1
      },
      // Also use a map for the binary operations but set their values to their
      // binary precedence for quick reference (higher number = higher precedence)
      // see [Order of operations](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Operator_Precedence)
      binary_ops: {
        "||": 1,
        "??": 1,
        "&&": 2,
        "|": 3,
        "^": 4,
        "&": 5,
        "==": 6,
        "!=": 6,
        "===": 6,
        "!==": 6,
        "<": 7,
        ">": 7,
        "<=": 7,
        ">=": 7,
        "<<": 8,
        ">>": 8,
        ">>>": 8,
        "+": 9,
        "-": 9,
        "*": 10,
        "/": 10,
        "%": 10,
        "**": 11
      },
      // sets specific binary_ops as right-associative
      right_associative: /* @__PURE__ */ new Set(["**"]),
      // Additional valid identifier chars, apart from a-z, A-Z and 0-9 (except on the starting char)
      additional_identifier_chars: /* @__PURE__ */ new Set(["$", "_"]),
      // Literals
      // ----------
      // Store the values to return for the various literals we may encounter
      literals: {
        "true": true,
        "false": false,
        "null": null
      },
      // Except for `this`, which is special. This could be changed to something like `'self'` as well
      this_str: "this"
    });
    Jsep.max_unop_len = Jsep.getMaxKeyLen(Jsep.unary_ops);
    Jsep.max_binop_len = Jsep.getMaxKeyLen(Jsep.binary_ops);
    var jsep = (expr) => new Jsep(expr).parse();
    var stdClassProps = Object.getOwnPropertyNames(class Test {
    });
    Object.getOwnPropertyNames(Jsep).filter((prop) => !stdClassProps.includes(prop) && jsep[prop] === void 0).forEach((m) => {
      jsep[m] = Jsep[m];
    });
    jsep.Jsep = Jsep;
    var CONDITIONAL_EXP2 = "ConditionalExpression";
    var ternary = {
      name: "ternary",
      init(jsep2) {
        jsep2.hooks.add("after-expression", function gobbleTernary(env) {
          if (env.node && this.code === jsep2.QUMARK_CODE) {
            this.index++;
            const test = env.node;
            const consequent = this.gobbleExpression();
            if (!consequent) {
              this.throwError("Expected expression");
            }
            this.gobbleSpaces();
            if (this.code === jsep2.COLON_CODE) {
              this.index++;
              const alternate = this.gobbleExpression();
              if (!alternate) {
                this.throwError("Expected expression");
              }
              env.node = {
                type: CONDITIONAL_EXP2,
                test,
                consequent,
                alternate
              };
              if (test.operator && jsep2.binary_ops[test.operator] <= 0.9) {
                let newTest = test;
                while (newTest.right.operator && jsep2.binary_ops[newTest.right.operator] <= 0.9) {
                  newTest = newTest.right;
                }
                env.node.test = newTest.right;
                newTest.right = env.node;
                env.node = test;
              }
            } else {
              this.throwError("Expected :");
            }
          }
        });
      }
    };
    jsep.plugins.register(ternary);
    module.exports = jsep;
  }
});

// node_modules/nimma/dist/legacy/cjs/parser/jsep.js
var require_jsep = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/parser/jsep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var regex = (init_dist(), __toCommonJS(dist_exports));
    var ternary = (init_dist2(), __toCommonJS(dist_exports2));
    var Jsep = require_jsep_cjs();
    function _interopDefaultLegacy(e) {
      return e && typeof e === "object" && "default" in e ? e : { "default": e };
    }
    var regex__default = /* @__PURE__ */ _interopDefaultLegacy(regex);
    var ternary__default = /* @__PURE__ */ _interopDefaultLegacy(ternary);
    var Jsep__default = /* @__PURE__ */ _interopDefaultLegacy(Jsep);
    Jsep__default["default"].addIdentifierChar("@");
    Jsep__default["default"].addUnaryOp("void");
    Jsep__default["default"].addBinaryOp("in", 12);
    Jsep__default["default"].addBinaryOp("~=", 20);
    Jsep__default["default"].plugins.register(regex__default["default"], ternary__default["default"]);
    var jsep = ((expr) => Jsep__default["default"].parse(expr));
    exports["default"] = jsep;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/baseline/generators.js
var require_generators = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/baseline/generators.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var jsep = require_jsep();
    var builders = require_builders();
    var internalScope = require_internal_scope();
    var sandbox = require_sandbox();
    var scope = require_scope();
    function generateMemberExpression(iterator, {
      deep,
      value
    }) {
      if (iterator.feedback.bailed) {
        return builders.safeBinaryExpression("!==", scope["default"].property, builders.literal(value));
      }
      if (iterator.state.inverted) {
        return builders.safeBinaryExpression("!==", iterator.state.pos === 0 ? scope["default"].property : builders.memberExpression(scope["default"].path, builders.binaryExpression("-", scope["default"].depth, builders.numericLiteral(Math.abs(iterator.state.pos))), true), builders.literal(value));
      }
      if (deep) {
        var _iterator$feedback;
        const isLastNode = iterator.nextNode === null || iterator.nextNode === "KeyExpression";
        (_iterator$feedback = iterator.feedback).mutatesPos || (_iterator$feedback.mutatesPos = !isLastNode);
        const right2 = builders.sequenceExpression([builders.assignmentExpression("=", internalScope["default"].pos, isLastNode ? builders.conditionalExpression(builders.safeBinaryExpression("!==", scope["default"].property, builders.literal(value)), builders.numericLiteral(-1), scope["default"].depth) : builders.callExpression(builders.memberExpression(scope["default"].path, builders.identifier("indexOf")), [builders.literal(value), iterator.state.pos === 0 ? internalScope["default"].pos : builders.binaryExpression("+", internalScope["default"].pos, builders.numericLiteral(1))])), builders.binaryExpression("===", internalScope["default"].pos, builders.numericLiteral(-1))]);
        if (isLastNode) {
          return builders.logicalExpression("||", builders.binaryExpression("<", scope["default"].depth, iterator.state.pos === 0 ? internalScope["default"].pos : builders.binaryExpression("+", internalScope["default"].pos, builders.numericLiteral(iterator.state.pos))), right2);
        }
        return right2;
      }
      let left;
      if (!iterator.feedback.fixed && iterator.state.absolutePos !== 0) {
        left = builders.binaryExpression("<", scope["default"].depth, iterator.state.pos === 0 ? internalScope["default"].pos : builders.binaryExpression("+", internalScope["default"].pos, builders.numericLiteral(iterator.state.pos)));
      }
      const right = builders.safeBinaryExpression("!==", builders.memberExpression(scope["default"].path, iterator.state.pos === 0 ? builders.numericLiteral(0) : iterator.feedback.fixed ? builders.numericLiteral(iterator.state.pos) : builders.binaryExpression("+", internalScope["default"].pos, builders.numericLiteral(iterator.state.pos)), true), builders.literal(value));
      return left !== void 0 ? builders.logicalExpression("||", left, right) : right;
    }
    function generateMultipleMemberExpression(iterator, node) {
      return node.value.slice(1).reduce((concat, member) => builders.logicalExpression("&&", concat, generateMemberExpression(iterator, {
        type: "MemberExpression",
        value: member,
        // eslint-disable-next-line sort-keys
        deep: node.deep
      })), generateMemberExpression(iterator, {
        type: "MemberExpression",
        value: node.value[0],
        // eslint-disable-next-line sort-keys
        deep: node.deep
      }));
    }
    var IN_BOUNDS_IDENTIFIER = builders.identifier("inBounds");
    function generateSliceExpression(iterator, node, tree) {
      const member = iterator.state.inverted ? builders.binaryExpression("-", scope["default"].depth, builders.numericLiteral(iterator.state.pos)) : iterator.state.pos === 0 ? builders.numericLiteral(0) : iterator.feedback.fixed ? builders.numericLiteral(iterator.state.pos) : builders.binaryExpression("+", internalScope["default"].pos, builders.numericLiteral(iterator.state.pos));
      const path = iterator.feedback.bailed ? scope["default"].property : builders.memberExpression(scope["default"].path, member, true);
      const isNumberBinaryExpression = builders.binaryExpression("!==", builders.unaryExpression("typeof", path), builders.stringLiteral("number"));
      const hasNegativeIndex = node.value.some((value) => Number.isFinite(value) && value < 0);
      if (hasNegativeIndex) {
        tree.addRuntimeDependency(IN_BOUNDS_IDENTIFIER.name);
        return builders.binaryExpression("||", isNumberBinaryExpression, builders.unaryExpression("!", builders.callExpression(IN_BOUNDS_IDENTIFIER, [iterator.state.absolutePos === 0 ? remapSandbox(sandbox["default"].value, iterator.state.absolutePos - 2) : remapSandbox(sandbox["default"].value, iterator.state.absolutePos), builders.memberExpression(scope["default"].path, iterator.feedback.bailed ? builders.binaryExpression("-", builders.memberExpression(scope["default"].path, builders.identifier("length")), builders.numericLiteral(1)) : member, true), ...node.value.map((value) => builders.numericLiteral(value))])));
      }
      return node.value.reduce((merged, value, i) => {
        if (i === 0 && value === 0) {
          return merged;
        }
        if (i === 1 && !Number.isFinite(value)) {
          return merged;
        }
        if (i === 2 && value === 1) {
          return merged;
        }
        const operator = i === 0 ? "<" : i === 1 ? ">=" : "%";
        const expression = builders.binaryExpression(operator, path, builders.numericLiteral(Number(value)));
        return builders.logicalExpression("||", merged, operator === "%" ? builders.logicalExpression("&&", builders.binaryExpression("!==", path, builders.numericLiteral(node.value[0])), builders.binaryExpression("!==", expression, builders.numericLiteral(node.value[0]))) : expression);
      }, isNumberBinaryExpression);
    }
    function generateWildcardExpression(iterator) {
      if (iterator.feedback.bailed) {
        return builders.booleanLiteral(false);
      } else if (iterator.nextNode === null && !iterator.feedback.fixed) {
        return builders.sequenceExpression([builders.assignmentExpression("=", internalScope["default"].pos, builders.conditionalExpression(builders.binaryExpression("<", scope["default"].depth, builders.numericLiteral(iterator.state.pos)), builders.numericLiteral(-1), scope["default"].depth)), builders.binaryExpression("===", internalScope["default"].pos, builders.numericLiteral(-1))]);
      } else {
        return null;
      }
    }
    function generateFilterScriptExpression(iterator, {
      deep,
      value
    }, tree) {
      var _iterator$feedback2;
      const esTree = jsep["default"](value);
      assertDefinedIdentifier(esTree);
      const node = builders.unaryExpression("!", rewriteESTree(tree, esTree, iterator.state.fixed && iterator.state.pos > 0 && iterator.nextNode !== null ? iterator.state.pos + 1 : iterator.state.inverted && iterator.state.pos !== 0 ? iterator.state.pos - 1 : 0));
      if (iterator.feedback.bailed || !deep || iterator.state.inverted) return node;
      (_iterator$feedback2 = iterator.feedback).mutatesPos || (_iterator$feedback2.mutatesPos = iterator.nextNode !== null && iterator.nextNode !== "KeyExpression");
      const assignment = builders.sequenceExpression([builders.assignmentExpression("=", internalScope["default"].pos, builders.conditionalExpression(node, builders.numericLiteral(-1), scope["default"].depth)), builders.binaryExpression("===", internalScope["default"].pos, builders.numericLiteral(-1))]);
      if (iterator.state.pos === 0) return assignment;
      return builders.logicalExpression("||", builders.binaryExpression("<", scope["default"].depth, iterator.state.pos === 0 ? internalScope["default"].pos : builders.binaryExpression("+", internalScope["default"].pos, builders.numericLiteral(iterator.state.pos))), assignment);
    }
    function rewriteESTree(tree, node, pos) {
      switch (node.type) {
        case "LogicalExpression":
        case "BinaryExpression":
          if (node.operator === "in") {
            node.operator = "===";
            node.left = builders.callExpression(builders.memberExpression(node.right, builders.identifier("includes")), [rewriteESTree(tree, node.left, pos)]);
            node.right = builders.booleanLiteral(true);
          } else if (node.operator === "~=") {
            node.operator = "===";
            if (node.right.type !== "Literal") {
              throw SyntaxError("Expected string");
            }
            node.left = builders.callExpression(builders.memberExpression(builders.regExpLiteral(node.right.value, ""), builders.identifier("test")), [rewriteESTree(tree, node.left, pos)]);
            node.right = builders.booleanLiteral(true);
          } else {
            node.left = rewriteESTree(tree, node.left, pos);
            node.right = rewriteESTree(tree, node.right, pos);
            assertDefinedIdentifier(node.left);
            assertDefinedIdentifier(node.right);
          }
          break;
        case "UnaryExpression":
          node.argument = rewriteESTree(tree, node.argument, pos);
          assertDefinedIdentifier(node.argument);
          return node;
        case "MemberExpression":
          node.object = rewriteESTree(tree, node.object, pos);
          assertDefinedIdentifier(node.object);
          node.property = rewriteESTree(tree, node.property, pos);
          if (node.computed) {
            assertDefinedIdentifier(node.property);
          }
          break;
        case "CallExpression":
          if (node.callee.type === "Identifier" && node.callee.name.startsWith("@")) {
            return processAtIdentifier(tree, node.callee.name, pos);
          }
          node.callee = rewriteESTree(tree, node.callee, pos);
          node.arguments = node.arguments.map((argument) => rewriteESTree(tree, argument, pos));
          if (node.callee.type === "MemberExpression" && node.callee.object === sandbox["default"].property && node.callee.property.name in String.prototype) {
            node.callee.object = builders.callExpression(builders.identifier("String"), [node.callee.object]);
          }
          assertDefinedIdentifier(node.callee);
          break;
        case "Identifier":
          if (node.name.startsWith("@")) {
            return processAtIdentifier(tree, node.name, pos);
          }
          if (node.name === "undefined") {
            return builders.unaryExpression("void", builders.numericLiteral(0));
          }
          if (node.name === "index") {
            return sandbox["default"].index;
          }
          break;
      }
      return node;
    }
    function processAtIdentifier(tree, name, pos) {
      switch (name) {
        case "@":
          return remapSandbox(sandbox["default"].value, pos);
        case "@root":
          return remapSandbox(sandbox["default"].root, pos);
        case "@path":
          return remapSandbox(sandbox["default"].path, pos);
        case "@property":
          return remapSandbox(sandbox["default"].property, pos);
        case "@parent":
          return remapSandbox(sandbox["default"].parentValue, pos);
        case "@parentProperty":
          return remapSandbox(sandbox["default"].parentProperty, pos);
        case "@string":
        case "@number":
        case "@boolean":
          return builders.binaryExpression("===", builders.unaryExpression("typeof", remapSandbox(sandbox["default"].value, pos)), builders.stringLiteral(name.slice(1)));
        case "@scalar":
          return builders.logicalExpression("||", builders.binaryExpression("===", remapSandbox(sandbox["default"].value, pos), builders.nullLiteral()), builders.binaryExpression("!==", builders.unaryExpression("typeof", remapSandbox(sandbox["default"].value, pos)), builders.stringLiteral("object")));
        case "@array":
          return builders.callExpression(builders.memberExpression(builders.identifier("Array"), builders.identifier("isArray")), [remapSandbox(sandbox["default"].value, pos)]);
        case "@null":
          return builders.binaryExpression("===", remapSandbox(sandbox["default"].value, pos), builders.nullLiteral());
        case "@object":
          return builders.logicalExpression("&&", builders.binaryExpression("!==", remapSandbox(sandbox["default"].value, pos), builders.nullLiteral()), builders.binaryExpression("===", builders.unaryExpression("typeof", remapSandbox(sandbox["default"].value, pos)), builders.stringLiteral("object")));
        case "@integer":
          return builders.callExpression(builders.memberExpression(builders.identifier("Number"), builders.identifier("isInteger")), [remapSandbox(sandbox["default"].value, pos)]);
        default:
          if (name.startsWith("@@")) {
            const shorthandName = name.slice(2);
            tree.attachCustomShorthand(shorthandName);
            return builders.callExpression(builders.memberExpression(internalScope["default"].shorthands, builders.identifier(shorthandName)), [scope["default"]._]);
          }
          throw new SyntaxError(`Unsupported shorthand '${name}'`);
      }
    }
    var KNOWN_IDENTIFIERS = [scope["default"]._.name, "index"];
    function assertDefinedIdentifier(node) {
      if (node.type !== "Identifier") return;
      if (KNOWN_IDENTIFIERS.includes(node.name)) return;
      throw ReferenceError(`'${node.name}' is not defined`);
    }
    function remapSandbox(node, pos) {
      if (node.type === "MemberExpression" && pos !== 0) {
        return {
          ...node,
          object: builders.callExpression(sandbox["default"].at, [builders.numericLiteral(pos)])
        };
      }
      return node;
    }
    exports.generateFilterScriptExpression = generateFilterScriptExpression;
    exports.generateMemberExpression = generateMemberExpression;
    exports.generateMultipleMemberExpression = generateMultipleMemberExpression;
    exports.generateSliceExpression = generateSliceExpression;
    exports.generateWildcardExpression = generateWildcardExpression;
    exports.rewriteESTree = rewriteESTree;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/only-filter-script-expression.js
var require_only_filter_script_expression = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/only-filter-script-expression.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var jsep = require_jsep();
    var builders = require_builders();
    var generators = require_generators();
    var guards = require_guards();
    var emitCall = require_emit_call();
    var scope = require_scope();
    var TOP_LEVEL_DEPTH_IF_STATEMENT = builders.ifStatement(builders.binaryExpression("!==", scope["default"].depth, builders.numericLiteral(0)), builders.returnStatement());
    var onlyFilterScriptExpression = ((nodes, tree, ctx) => {
      if (nodes.length !== 1 || !guards.isScriptFilterExpression(nodes[0])) {
        return false;
      }
      const condition = builders.unaryExpression("!", generators.rewriteESTree(tree, jsep["default"](nodes[0].value), 0), true);
      tree.pushAll([[builders.blockStatement([...guards.isDeep(nodes[0]) ? [] : [TOP_LEVEL_DEPTH_IF_STATEMENT], builders.ifStatement(condition, builders.returnStatement()), emitCall["default"](ctx.id, ctx.iterator.modifiers)]), "tree-method"], [builders.stringLiteral(ctx.id), "traverse"]]);
      if (!guards.isDeep(nodes[0])) {
        var _tree$traversalZones$;
        (_tree$traversalZones$ = tree.traversalZones.create()) === null || _tree$traversalZones$ === void 0 ? void 0 : _tree$traversalZones$.resize().attach();
      }
      return true;
    });
    exports["default"] = onlyFilterScriptExpression;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/root.js
var require_root = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/root.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var emitCall = require_emit_call();
    var EMIT_ROOT_CALL_EXPRESSION = emitCall["default"]("$", {
      keyed: false,
      parents: 0
    });
    var root = ((nodes, tree) => {
      if (nodes.length > 0) {
        return false;
      }
      tree.push(EMIT_ROOT_CALL_EXPRESSION, "body");
      return true;
    });
    exports["default"] = root;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/top-level-wildcard.js
var require_top_level_wildcard = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/top-level-wildcard.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var builders = require_builders();
    var guards = require_guards();
    var emitCall = require_emit_call();
    var scope = require_scope();
    var IS_NOT_ZERO_DEPTH_IF_STATEMENT = builders.ifStatement(builders.binaryExpression("!==", scope["default"].depth, builders.numericLiteral(0)), builders.returnStatement());
    var topLevelWildcard = ((nodes, tree, ctx) => {
      var _tree$traversalZones$;
      if (nodes.length !== 1 || !guards.isWildcardExpression(nodes[0]) || guards.isDeep(nodes[0])) {
        return false;
      }
      tree.push(builders.blockStatement([IS_NOT_ZERO_DEPTH_IF_STATEMENT, emitCall["default"](ctx.id, ctx.iterator.modifiers)]), "tree-method");
      tree.push(builders.stringLiteral(ctx.id), "traverse");
      (_tree$traversalZones$ = tree.traversalZones.create()) === null || _tree$traversalZones$ === void 0 ? void 0 : _tree$traversalZones$.resize().attach();
      return true;
    });
    exports["default"] = topLevelWildcard;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/index.js
var require_fast_paths = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/fast-paths/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var allParents = require_all_parents();
    var deepSingleMember = require_deep_single_member();
    var deepWildcard = require_deep_wildcard();
    var fixed = require_fixed();
    var onlyFilterScriptExpression = require_only_filter_script_expression();
    var root = require_root();
    var topLevelWildcard = require_top_level_wildcard();
    var fastPaths = [root["default"], onlyFilterScriptExpression["default"], deepSingleMember["default"], deepWildcard["default"], topLevelWildcard["default"], fixed["default"], allParents["default"]];
    exports["default"] = fastPaths;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/iterator.js
var require_iterator = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/iterator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var _rollupPluginBabelHelpers = require_rollupPluginBabelHelpers();
    var guards = require_guards();
    var _Symbol$iterator;
    function isBailable(nodes) {
      let deep = false;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        if (!guards.isDeep(node)) continue;
        if (deep) {
          return true;
        } else if (guards.isMemberExpression(node)) {
          i++;
          let hadFlatMemberExpressions = false;
          let deepNodes = 1;
          for (; i < nodes.length - 1; i++) {
            const node2 = nodes[i];
            if (guards.isDeep(node2)) {
              deepNodes++;
            } else {
              hadFlatMemberExpressions || (hadFlatMemberExpressions = guards.isMemberExpression(node2) || guards.isWildcardExpression(node2));
              continue;
            }
            if (guards.isMemberExpression(node2) || guards.isWildcardExpression(node2)) {
              if (hadFlatMemberExpressions) return true;
              continue;
            }
            return true;
          }
          return guards.isDeep(nodes[nodes.length - 1]) ? hadFlatMemberExpressions || guards.isWildcardExpression(nodes[nodes.length - 1]) : deepNodes > 1;
        } else {
          deep = true;
        }
      }
      return false;
    }
    var _i = /* @__PURE__ */ new WeakMap();
    _Symbol$iterator = Symbol.iterator;
    var Iterator = class _Iterator {
      constructor(nodes) {
        _rollupPluginBabelHelpers.defineProperty(this, "nodes", void 0);
        _i.set(this, {
          writable: true,
          value: void 0
        });
        this.modifiers = _Iterator.trim(nodes);
        this.nodes = _Iterator.compact(nodes);
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _i, -1);
        this.feedback = _Iterator.analyze(this.nodes, this.modifiers.keyed || this.modifiers.parents > 0);
        this.length = this.nodes.length;
        this.state = {
          absolutePos: -1,
          fixed: true,
          inverted: false,
          pos: -1
        };
        if (this.feedback.fixed && this.modifiers.parents > this.length) {
          this.length = -1;
        }
      }
      get nextNode() {
        return _rollupPluginBabelHelpers.classPrivateFieldGet(this, _i) + 1 < this.nodes.length ? this.nodes[_rollupPluginBabelHelpers.classPrivateFieldGet(this, _i) + 1] : null;
      }
      static compact(nodes) {
        let marked;
        for (let i = 0; i < nodes.length; i++) {
          if (guards.isWildcardExpression(nodes[i]) && guards.isDeep(nodes[i]) && i !== nodes.length - 1) {
            var _marked;
            ((_marked = marked) !== null && _marked !== void 0 ? _marked : marked = []).push(i);
          }
        }
        if (marked === void 0) {
          return nodes;
        }
        const _nodes = nodes.slice();
        for (let i = 0; i < marked.length; i++) {
          _nodes[marked[i] - i + 1].deep = true;
          _nodes.splice(marked[i] - i, 1);
        }
        return _nodes;
      }
      static trim(nodes) {
        const modifiers = {
          keyed: false,
          parents: 0
        };
        while (nodes.length > 0 && guards.isModifierExpression(nodes[nodes.length - 1])) {
          switch (nodes.pop().type) {
            case "KeyExpression":
              modifiers.keyed = true;
              modifiers.parents = 0;
              break;
            case "ParentExpression":
              modifiers.parents++;
              break;
          }
        }
        return modifiers;
      }
      static analyze(nodes) {
        const feedback = {
          bailed: isBailable(nodes),
          fixed: true,
          inverseAt: -1
        };
        if (feedback.bailed) {
          feedback.fixed = false;
          return feedback;
        }
        let potentialInvertAtPoint = -1;
        for (let i = 0; i < nodes.length; i++) {
          const node = nodes[i];
          if (!guards.isDeep(node)) continue;
          feedback.fixed = false;
          i++;
          potentialInvertAtPoint = i - 1;
          for (; i < nodes.length; i++) {
            const nextNode = nodes[i];
            if (guards.isDeep(nextNode)) {
              potentialInvertAtPoint = -1;
            }
          }
        }
        if (nodes.length > 1 && potentialInvertAtPoint !== -1 && potentialInvertAtPoint < nodes.length - 1) {
          feedback.inverseAt = potentialInvertAtPoint;
        }
        return feedback;
      }
      *[_Symbol$iterator]() {
        if (this.feedback.bailed) {
          return yield* this.nodes;
        }
        const {
          ...feedback
        } = this.feedback;
        let order = 1;
        const nodes = this.feedback.inverseAt !== -1 ? this.nodes.slice() : this.nodes;
        for (let i = 0; i < nodes.length; i++) {
          if (this.feedback.inverseAt !== -1 && i === this.feedback.inverseAt) {
            nodes.splice(0, i);
            nodes.reverse();
            this.state.pos = 1;
            i = 0;
            this.feedback.inverseAt = -1;
            this.state.inverted = true;
            order = -1;
          }
          const node = nodes[i];
          this.state.pos += order;
          _rollupPluginBabelHelpers.classPrivateFieldSet(this, _i, +_rollupPluginBabelHelpers.classPrivateFieldGet(this, _i) + 1);
          this.state.absolutePos++;
          if (guards.isDeep(node)) {
            this.state.fixed = false;
            yield node;
            this.state.pos = 0;
          } else {
            yield node;
          }
        }
        Object.assign(this.feedback, {
          ...feedback,
          mutatesPos: this.feedback.mutatesPos
        });
      }
    };
    exports["default"] = Iterator;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/optimizer/index.js
var require_optimizer = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/optimizer/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var internalScope = require_internal_scope();
    var scope = require_scope();
    function dropNode(branch, i) {
      branch.splice(i, 1);
      return i - 1;
    }
    function leftOrRight(node, left, right) {
      if (left === null) {
        return right;
      } else if (right === null) {
        return left;
      }
      node.left = left;
      node.right = right;
      return node;
    }
    function reduceBinaryExpression(node) {
      if (node.operator === "<" && node.left === scope["default"].depth) {
        return null;
      }
      return leftOrRight(node, eliminate(node.left), eliminate(node.right));
    }
    function eliminate(node) {
      switch (node.type) {
        case "AssignmentExpression":
          if (node.left !== internalScope["default"].pos) {
            return node;
          }
          return eliminate(node.right);
        case "ConditionalExpression":
          if (node.consequent.type === "NumericLiteral" && node.consequent.value === -1) {
            return eliminate(node.test);
          }
          return node;
        case "SequenceExpression":
          return eliminate(node.expressions[0]);
        case "LogicalExpression":
          return leftOrRight(node, eliminate(node.left), eliminate(node.right));
        case "BinaryExpression":
          return reduceBinaryExpression(node);
        case "IfStatement":
          return eliminate(node.test);
        case "Identifier":
          if (node === internalScope["default"].pos) {
            return null;
          }
          return node;
        case "MemberExpression":
          node.property = eliminate(node.property);
          return node;
        default:
          return node;
      }
    }
    function optimizer(branch, iterator) {
      if (iterator.feedback.mutatesPos) return;
      let i = Math.max(0, Math.min(1, iterator.length));
      for (; i < branch.length; i++) {
        const node = branch[i];
        if (node.type === "VariableDeclaration" && node.kind === "let" && node.declarations[0].id === internalScope["default"].pos) {
          i = dropNode(branch, i);
          continue;
        }
        const test = eliminate(node);
        if (test === null || test === scope["default"].depth) {
          i = dropNode(branch, i);
        } else {
          node.test = test;
        }
      }
    }
    exports["default"] = optimizer;
  }
});

// node_modules/astring/dist/astring.js
var require_astring = __commonJS({
  "node_modules/astring/dist/astring.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.generate = generate;
    exports.baseGenerator = exports.GENERATOR = exports.EXPRESSIONS_PRECEDENCE = exports.NEEDS_PARENTHESES = void 0;
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    function _defineProperties(target, props) {
      for (var i = 0; i < props.length; i++) {
        var descriptor = props[i];
        descriptor.enumerable = descriptor.enumerable || false;
        descriptor.configurable = true;
        if ("value" in descriptor) descriptor.writable = true;
        Object.defineProperty(target, descriptor.key, descriptor);
      }
    }
    function _createClass(Constructor, protoProps, staticProps) {
      if (protoProps) _defineProperties(Constructor.prototype, protoProps);
      if (staticProps) _defineProperties(Constructor, staticProps);
      return Constructor;
    }
    var stringify = JSON.stringify;
    if (!String.prototype.repeat) {
      throw new Error("String.prototype.repeat is undefined, see https://github.com/davidbonnet/astring#installation");
    }
    if (!String.prototype.endsWith) {
      throw new Error("String.prototype.endsWith is undefined, see https://github.com/davidbonnet/astring#installation");
    }
    var OPERATOR_PRECEDENCE = {
      "||": 2,
      "??": 3,
      "&&": 4,
      "|": 5,
      "^": 6,
      "&": 7,
      "==": 8,
      "!=": 8,
      "===": 8,
      "!==": 8,
      "<": 9,
      ">": 9,
      "<=": 9,
      ">=": 9,
      "in": 9,
      "instanceof": 9,
      "<<": 10,
      ">>": 10,
      ">>>": 10,
      "+": 11,
      "-": 11,
      "*": 12,
      "%": 12,
      "/": 12,
      "**": 13
    };
    var NEEDS_PARENTHESES = 17;
    exports.NEEDS_PARENTHESES = NEEDS_PARENTHESES;
    var EXPRESSIONS_PRECEDENCE = {
      ArrayExpression: 20,
      TaggedTemplateExpression: 20,
      ThisExpression: 20,
      Identifier: 20,
      PrivateIdentifier: 20,
      Literal: 18,
      TemplateLiteral: 20,
      Super: 20,
      SequenceExpression: 20,
      MemberExpression: 19,
      ChainExpression: 19,
      CallExpression: 19,
      NewExpression: 19,
      ArrowFunctionExpression: NEEDS_PARENTHESES,
      ClassExpression: NEEDS_PARENTHESES,
      FunctionExpression: NEEDS_PARENTHESES,
      ObjectExpression: NEEDS_PARENTHESES,
      UpdateExpression: 16,
      UnaryExpression: 15,
      AwaitExpression: 15,
      BinaryExpression: 14,
      LogicalExpression: 13,
      ConditionalExpression: 4,
      AssignmentExpression: 3,
      YieldExpression: 2,
      RestElement: 1
    };
    exports.EXPRESSIONS_PRECEDENCE = EXPRESSIONS_PRECEDENCE;
    function formatSequence(state, nodes) {
      var generator = state.generator;
      state.write("(");
      if (nodes != null && nodes.length > 0) {
        generator[nodes[0].type](nodes[0], state);
        var length = nodes.length;
        for (var i = 1; i < length; i++) {
          var param = nodes[i];
          state.write(", ");
          generator[param.type](param, state);
        }
      }
      state.write(")");
    }
    function expressionNeedsParenthesis(state, node, parentNode, isRightHand) {
      var nodePrecedence = state.expressionsPrecedence[node.type];
      if (nodePrecedence === NEEDS_PARENTHESES) {
        return true;
      }
      var parentNodePrecedence = state.expressionsPrecedence[parentNode.type];
      if (nodePrecedence !== parentNodePrecedence) {
        return !isRightHand && nodePrecedence === 15 && parentNodePrecedence === 14 && parentNode.operator === "**" || nodePrecedence < parentNodePrecedence;
      }
      if (nodePrecedence !== 13 && nodePrecedence !== 14) {
        return false;
      }
      if (node.operator === "**" && parentNode.operator === "**") {
        return !isRightHand;
      }
      if (nodePrecedence === 13 && parentNodePrecedence === 13 && (node.operator === "??" || parentNode.operator === "??")) {
        return true;
      }
      if (isRightHand) {
        return OPERATOR_PRECEDENCE[node.operator] <= OPERATOR_PRECEDENCE[parentNode.operator];
      }
      return OPERATOR_PRECEDENCE[node.operator] < OPERATOR_PRECEDENCE[parentNode.operator];
    }
    function formatExpression(state, node, parentNode, isRightHand) {
      var generator = state.generator;
      if (expressionNeedsParenthesis(state, node, parentNode, isRightHand)) {
        state.write("(");
        generator[node.type](node, state);
        state.write(")");
      } else {
        generator[node.type](node, state);
      }
    }
    function reindent(state, text, indent, lineEnd) {
      var lines = text.split("\n");
      var end = lines.length - 1;
      state.write(lines[0].trim());
      if (end > 0) {
        state.write(lineEnd);
        for (var i = 1; i < end; i++) {
          state.write(indent + lines[i].trim() + lineEnd);
        }
        state.write(indent + lines[end].trim());
      }
    }
    function formatComments(state, comments, indent, lineEnd) {
      var length = comments.length;
      for (var i = 0; i < length; i++) {
        var comment = comments[i];
        state.write(indent);
        if (comment.type[0] === "L") {
          state.write("// " + comment.value.trim() + "\n", comment);
        } else {
          state.write("/*");
          reindent(state, comment.value, indent, lineEnd);
          state.write("*/" + lineEnd);
        }
      }
    }
    function hasCallExpression(node) {
      var currentNode = node;
      while (currentNode != null) {
        var _currentNode = currentNode, type = _currentNode.type;
        if (type[0] === "C" && type[1] === "a") {
          return true;
        } else if (type[0] === "M" && type[1] === "e" && type[2] === "m") {
          currentNode = currentNode.object;
        } else {
          return false;
        }
      }
    }
    function formatVariableDeclaration(state, node) {
      var generator = state.generator;
      var declarations = node.declarations;
      state.write(node.kind + " ");
      var length = declarations.length;
      if (length > 0) {
        generator.VariableDeclarator(declarations[0], state);
        for (var i = 1; i < length; i++) {
          state.write(", ");
          generator.VariableDeclarator(declarations[i], state);
        }
      }
    }
    var ForInStatement;
    var FunctionDeclaration;
    var RestElement;
    var BinaryExpression;
    var ArrayExpression;
    var BlockStatement;
    var GENERATOR = {
      Program: function Program(node, state) {
        var indent = state.indent.repeat(state.indentLevel);
        var lineEnd = state.lineEnd, writeComments = state.writeComments;
        if (writeComments && node.comments != null) {
          formatComments(state, node.comments, indent, lineEnd);
        }
        var statements = node.body;
        var length = statements.length;
        for (var i = 0; i < length; i++) {
          var statement = statements[i];
          if (writeComments && statement.comments != null) {
            formatComments(state, statement.comments, indent, lineEnd);
          }
          state.write(indent);
          this[statement.type](statement, state);
          state.write(lineEnd);
        }
        if (writeComments && node.trailingComments != null) {
          formatComments(state, node.trailingComments, indent, lineEnd);
        }
      },
      BlockStatement: BlockStatement = function BlockStatement2(node, state) {
        var indent = state.indent.repeat(state.indentLevel++);
        var lineEnd = state.lineEnd, writeComments = state.writeComments;
        var statementIndent = indent + state.indent;
        state.write("{");
        var statements = node.body;
        if (statements != null && statements.length > 0) {
          state.write(lineEnd);
          if (writeComments && node.comments != null) {
            formatComments(state, node.comments, statementIndent, lineEnd);
          }
          var length = statements.length;
          for (var i = 0; i < length; i++) {
            var statement = statements[i];
            if (writeComments && statement.comments != null) {
              formatComments(state, statement.comments, statementIndent, lineEnd);
            }
            state.write(statementIndent);
            this[statement.type](statement, state);
            state.write(lineEnd);
          }
          state.write(indent);
        } else {
          if (writeComments && node.comments != null) {
            state.write(lineEnd);
            formatComments(state, node.comments, statementIndent, lineEnd);
            state.write(indent);
          }
        }
        if (writeComments && node.trailingComments != null) {
          formatComments(state, node.trailingComments, statementIndent, lineEnd);
        }
        state.write("}");
        state.indentLevel--;
      },
      ClassBody: BlockStatement,
      StaticBlock: function StaticBlock(node, state) {
        state.write("static ");
        this.BlockStatement(node, state);
      },
      EmptyStatement: function EmptyStatement(node, state) {
        state.write(";");
      },
      ExpressionStatement: function ExpressionStatement(node, state) {
        var precedence = state.expressionsPrecedence[node.expression.type];
        if (precedence === NEEDS_PARENTHESES || precedence === 3 && node.expression.left.type[0] === "O") {
          state.write("(");
          this[node.expression.type](node.expression, state);
          state.write(")");
        } else {
          this[node.expression.type](node.expression, state);
        }
        state.write(";");
      },
      IfStatement: function IfStatement(node, state) {
        state.write("if (");
        this[node.test.type](node.test, state);
        state.write(") ");
        this[node.consequent.type](node.consequent, state);
        if (node.alternate != null) {
          state.write(" else ");
          this[node.alternate.type](node.alternate, state);
        }
      },
      LabeledStatement: function LabeledStatement(node, state) {
        this[node.label.type](node.label, state);
        state.write(": ");
        this[node.body.type](node.body, state);
      },
      BreakStatement: function BreakStatement(node, state) {
        state.write("break");
        if (node.label != null) {
          state.write(" ");
          this[node.label.type](node.label, state);
        }
        state.write(";");
      },
      ContinueStatement: function ContinueStatement(node, state) {
        state.write("continue");
        if (node.label != null) {
          state.write(" ");
          this[node.label.type](node.label, state);
        }
        state.write(";");
      },
      WithStatement: function WithStatement(node, state) {
        state.write("with (");
        this[node.object.type](node.object, state);
        state.write(") ");
        this[node.body.type](node.body, state);
      },
      SwitchStatement: function SwitchStatement(node, state) {
        var indent = state.indent.repeat(state.indentLevel++);
        var lineEnd = state.lineEnd, writeComments = state.writeComments;
        state.indentLevel++;
        var caseIndent = indent + state.indent;
        var statementIndent = caseIndent + state.indent;
        state.write("switch (");
        this[node.discriminant.type](node.discriminant, state);
        state.write(") {" + lineEnd);
        var occurences = node.cases;
        var occurencesCount = occurences.length;
        for (var i = 0; i < occurencesCount; i++) {
          var occurence = occurences[i];
          if (writeComments && occurence.comments != null) {
            formatComments(state, occurence.comments, caseIndent, lineEnd);
          }
          if (occurence.test) {
            state.write(caseIndent + "case ");
            this[occurence.test.type](occurence.test, state);
            state.write(":" + lineEnd);
          } else {
            state.write(caseIndent + "default:" + lineEnd);
          }
          var consequent = occurence.consequent;
          var consequentCount = consequent.length;
          for (var _i = 0; _i < consequentCount; _i++) {
            var statement = consequent[_i];
            if (writeComments && statement.comments != null) {
              formatComments(state, statement.comments, statementIndent, lineEnd);
            }
            state.write(statementIndent);
            this[statement.type](statement, state);
            state.write(lineEnd);
          }
        }
        state.indentLevel -= 2;
        state.write(indent + "}");
      },
      ReturnStatement: function ReturnStatement(node, state) {
        state.write("return");
        if (node.argument) {
          state.write(" ");
          this[node.argument.type](node.argument, state);
        }
        state.write(";");
      },
      ThrowStatement: function ThrowStatement(node, state) {
        state.write("throw ");
        this[node.argument.type](node.argument, state);
        state.write(";");
      },
      TryStatement: function TryStatement(node, state) {
        state.write("try ");
        this[node.block.type](node.block, state);
        if (node.handler) {
          var handler = node.handler;
          if (handler.param == null) {
            state.write(" catch ");
          } else {
            state.write(" catch (");
            this[handler.param.type](handler.param, state);
            state.write(") ");
          }
          this[handler.body.type](handler.body, state);
        }
        if (node.finalizer) {
          state.write(" finally ");
          this[node.finalizer.type](node.finalizer, state);
        }
      },
      WhileStatement: function WhileStatement(node, state) {
        state.write("while (");
        this[node.test.type](node.test, state);
        state.write(") ");
        this[node.body.type](node.body, state);
      },
      DoWhileStatement: function DoWhileStatement(node, state) {
        state.write("do ");
        this[node.body.type](node.body, state);
        state.write(" while (");
        this[node.test.type](node.test, state);
        state.write(");");
      },
      ForStatement: function ForStatement(node, state) {
        state.write("for (");
        if (node.init != null) {
          var init = node.init;
          if (init.type[0] === "V") {
            formatVariableDeclaration(state, init);
          } else {
            this[init.type](init, state);
          }
        }
        state.write("; ");
        if (node.test) {
          this[node.test.type](node.test, state);
        }
        state.write("; ");
        if (node.update) {
          this[node.update.type](node.update, state);
        }
        state.write(") ");
        this[node.body.type](node.body, state);
      },
      ForInStatement: ForInStatement = function ForInStatement2(node, state) {
        state.write("for ".concat(node["await"] ? "await " : "", "("));
        var left = node.left;
        if (left.type[0] === "V") {
          formatVariableDeclaration(state, left);
        } else {
          this[left.type](left, state);
        }
        state.write(node.type[3] === "I" ? " in " : " of ");
        this[node.right.type](node.right, state);
        state.write(") ");
        this[node.body.type](node.body, state);
      },
      ForOfStatement: ForInStatement,
      DebuggerStatement: function DebuggerStatement(node, state) {
        state.write("debugger;", node);
      },
      FunctionDeclaration: FunctionDeclaration = function FunctionDeclaration2(node, state) {
        state.write((node.async ? "async " : "") + (node.generator ? "function* " : "function ") + (node.id ? node.id.name : ""), node);
        formatSequence(state, node.params);
        state.write(" ");
        this[node.body.type](node.body, state);
      },
      FunctionExpression: FunctionDeclaration,
      VariableDeclaration: function VariableDeclaration(node, state) {
        formatVariableDeclaration(state, node);
        state.write(";");
      },
      VariableDeclarator: function VariableDeclarator(node, state) {
        this[node.id.type](node.id, state);
        if (node.init != null) {
          state.write(" = ");
          this[node.init.type](node.init, state);
        }
      },
      ClassDeclaration: function ClassDeclaration(node, state) {
        state.write("class " + (node.id ? "".concat(node.id.name, " ") : ""), node);
        if (node.superClass) {
          state.write("extends ");
          var superClass = node.superClass;
          var type = superClass.type;
          var precedence = state.expressionsPrecedence[type];
          if ((type[0] !== "C" || type[1] !== "l" || type[5] !== "E") && (precedence === NEEDS_PARENTHESES || precedence < state.expressionsPrecedence.ClassExpression)) {
            state.write("(");
            this[node.superClass.type](superClass, state);
            state.write(")");
          } else {
            this[superClass.type](superClass, state);
          }
          state.write(" ");
        }
        this.ClassBody(node.body, state);
      },
      ImportDeclaration: function ImportDeclaration(node, state) {
        state.write("import ");
        var specifiers = node.specifiers, attributes = node.attributes;
        var length = specifiers.length;
        var i = 0;
        if (length > 0) {
          for (; i < length; ) {
            if (i > 0) {
              state.write(", ");
            }
            var specifier = specifiers[i];
            var type = specifier.type[6];
            if (type === "D") {
              state.write(specifier.local.name, specifier);
              i++;
            } else if (type === "N") {
              state.write("* as " + specifier.local.name, specifier);
              i++;
            } else {
              break;
            }
          }
          if (i < length) {
            state.write("{");
            for (; ; ) {
              var _specifier = specifiers[i];
              var name = _specifier.imported.name;
              state.write(name, _specifier);
              if (name !== _specifier.local.name) {
                state.write(" as " + _specifier.local.name);
              }
              if (++i < length) {
                state.write(", ");
              } else {
                break;
              }
            }
            state.write("}");
          }
          state.write(" from ");
        }
        this.Literal(node.source, state);
        if (attributes && attributes.length > 0) {
          state.write(" with { ");
          for (var _i2 = 0; _i2 < attributes.length; _i2++) {
            this.ImportAttribute(attributes[_i2], state);
            if (_i2 < attributes.length - 1) state.write(", ");
          }
          state.write(" }");
        }
        state.write(";");
      },
      ImportAttribute: function ImportAttribute(node, state) {
        this.Identifier(node.key, state);
        state.write(": ");
        this.Literal(node.value, state);
      },
      ImportExpression: function ImportExpression(node, state) {
        state.write("import(");
        this[node.source.type](node.source, state);
        state.write(")");
      },
      ExportDefaultDeclaration: function ExportDefaultDeclaration(node, state) {
        state.write("export default ");
        this[node.declaration.type](node.declaration, state);
        if (state.expressionsPrecedence[node.declaration.type] != null && node.declaration.type[0] !== "F") {
          state.write(";");
        }
      },
      ExportNamedDeclaration: function ExportNamedDeclaration(node, state) {
        state.write("export ");
        if (node.declaration) {
          this[node.declaration.type](node.declaration, state);
        } else {
          state.write("{");
          var specifiers = node.specifiers, length = specifiers.length;
          if (length > 0) {
            for (var i = 0; ; ) {
              var specifier = specifiers[i];
              var name = specifier.local.name;
              state.write(name, specifier);
              if (name !== specifier.exported.name) {
                state.write(" as " + specifier.exported.name);
              }
              if (++i < length) {
                state.write(", ");
              } else {
                break;
              }
            }
          }
          state.write("}");
          if (node.source) {
            state.write(" from ");
            this.Literal(node.source, state);
          }
          if (node.attributes && node.attributes.length > 0) {
            state.write(" with { ");
            for (var _i3 = 0; _i3 < node.attributes.length; _i3++) {
              this.ImportAttribute(node.attributes[_i3], state);
              if (_i3 < node.attributes.length - 1) state.write(", ");
            }
            state.write(" }");
          }
          state.write(";");
        }
      },
      ExportAllDeclaration: function ExportAllDeclaration(node, state) {
        if (node.exported != null) {
          state.write("export * as " + node.exported.name + " from ");
        } else {
          state.write("export * from ");
        }
        this.Literal(node.source, state);
        if (node.attributes && node.attributes.length > 0) {
          state.write(" with { ");
          for (var i = 0; i < node.attributes.length; i++) {
            this.ImportAttribute(node.attributes[i], state);
            if (i < node.attributes.length - 1) state.write(", ");
          }
          state.write(" }");
        }
        state.write(";");
      },
      MethodDefinition: function MethodDefinition(node, state) {
        if (node["static"]) {
          state.write("static ");
        }
        var kind = node.kind[0];
        if (kind === "g" || kind === "s") {
          state.write(node.kind + " ");
        }
        if (node.value.async) {
          state.write("async ");
        }
        if (node.value.generator) {
          state.write("*");
        }
        if (node.computed) {
          state.write("[");
          this[node.key.type](node.key, state);
          state.write("]");
        } else {
          this[node.key.type](node.key, state);
        }
        formatSequence(state, node.value.params);
        state.write(" ");
        this[node.value.body.type](node.value.body, state);
      },
      ClassExpression: function ClassExpression(node, state) {
        this.ClassDeclaration(node, state);
      },
      ArrowFunctionExpression: function ArrowFunctionExpression(node, state) {
        state.write(node.async ? "async " : "", node);
        var params = node.params;
        if (params != null) {
          if (params.length === 1 && params[0].type[0] === "I") {
            state.write(params[0].name, params[0]);
          } else {
            formatSequence(state, node.params);
          }
        }
        state.write(" => ");
        if (node.body.type[0] === "O") {
          state.write("(");
          this.ObjectExpression(node.body, state);
          state.write(")");
        } else {
          this[node.body.type](node.body, state);
        }
      },
      ThisExpression: function ThisExpression(node, state) {
        state.write("this", node);
      },
      Super: function Super(node, state) {
        state.write("super", node);
      },
      RestElement: RestElement = function RestElement2(node, state) {
        state.write("...");
        this[node.argument.type](node.argument, state);
      },
      SpreadElement: RestElement,
      YieldExpression: function YieldExpression(node, state) {
        state.write(node.delegate ? "yield*" : "yield");
        if (node.argument) {
          state.write(" ");
          this[node.argument.type](node.argument, state);
        }
      },
      AwaitExpression: function AwaitExpression(node, state) {
        state.write("await ", node);
        formatExpression(state, node.argument, node);
      },
      TemplateLiteral: function TemplateLiteral(node, state) {
        var quasis = node.quasis, expressions = node.expressions;
        state.write("`");
        var length = expressions.length;
        for (var i = 0; i < length; i++) {
          var expression = expressions[i];
          var _quasi = quasis[i];
          state.write(_quasi.value.raw, _quasi);
          state.write("${");
          this[expression.type](expression, state);
          state.write("}");
        }
        var quasi = quasis[quasis.length - 1];
        state.write(quasi.value.raw, quasi);
        state.write("`");
      },
      TemplateElement: function TemplateElement(node, state) {
        state.write(node.value.raw, node);
      },
      TaggedTemplateExpression: function TaggedTemplateExpression(node, state) {
        formatExpression(state, node.tag, node);
        this[node.quasi.type](node.quasi, state);
      },
      ArrayExpression: ArrayExpression = function ArrayExpression2(node, state) {
        state.write("[");
        if (node.elements.length > 0) {
          var elements = node.elements, length = elements.length;
          for (var i = 0; ; ) {
            var element = elements[i];
            if (element != null) {
              this[element.type](element, state);
            }
            if (++i < length) {
              state.write(", ");
            } else {
              if (element == null) {
                state.write(", ");
              }
              break;
            }
          }
        }
        state.write("]");
      },
      ArrayPattern: ArrayExpression,
      ObjectExpression: function ObjectExpression(node, state) {
        var indent = state.indent.repeat(state.indentLevel++);
        var lineEnd = state.lineEnd, writeComments = state.writeComments;
        var propertyIndent = indent + state.indent;
        state.write("{");
        if (node.properties.length > 0) {
          state.write(lineEnd);
          if (writeComments && node.comments != null) {
            formatComments(state, node.comments, propertyIndent, lineEnd);
          }
          var comma = "," + lineEnd;
          var properties = node.properties, length = properties.length;
          for (var i = 0; ; ) {
            var property = properties[i];
            if (writeComments && property.comments != null) {
              formatComments(state, property.comments, propertyIndent, lineEnd);
            }
            state.write(propertyIndent);
            this[property.type](property, state);
            if (++i < length) {
              state.write(comma);
            } else {
              break;
            }
          }
          state.write(lineEnd);
          if (writeComments && node.trailingComments != null) {
            formatComments(state, node.trailingComments, propertyIndent, lineEnd);
          }
          state.write(indent + "}");
        } else if (writeComments) {
          if (node.comments != null) {
            state.write(lineEnd);
            formatComments(state, node.comments, propertyIndent, lineEnd);
            if (node.trailingComments != null) {
              formatComments(state, node.trailingComments, propertyIndent, lineEnd);
            }
            state.write(indent + "}");
          } else if (node.trailingComments != null) {
            state.write(lineEnd);
            formatComments(state, node.trailingComments, propertyIndent, lineEnd);
            state.write(indent + "}");
          } else {
            state.write("}");
          }
        } else {
          state.write("}");
        }
        state.indentLevel--;
      },
      Property: function Property(node, state) {
        if (node.method || node.kind[0] !== "i") {
          this.MethodDefinition(node, state);
        } else {
          if (!node.shorthand) {
            if (node.computed) {
              state.write("[");
              this[node.key.type](node.key, state);
              state.write("]");
            } else {
              this[node.key.type](node.key, state);
            }
            state.write(": ");
          }
          this[node.value.type](node.value, state);
        }
      },
      PropertyDefinition: function PropertyDefinition(node, state) {
        if (node["static"]) {
          state.write("static ");
        }
        if (node.computed) {
          state.write("[");
        }
        this[node.key.type](node.key, state);
        if (node.computed) {
          state.write("]");
        }
        if (node.value == null) {
          if (node.key.type[0] !== "F") {
            state.write(";");
          }
          return;
        }
        state.write(" = ");
        this[node.value.type](node.value, state);
        state.write(";");
      },
      ObjectPattern: function ObjectPattern(node, state) {
        state.write("{");
        if (node.properties.length > 0) {
          var properties = node.properties, length = properties.length;
          for (var i = 0; ; ) {
            this[properties[i].type](properties[i], state);
            if (++i < length) {
              state.write(", ");
            } else {
              break;
            }
          }
        }
        state.write("}");
      },
      SequenceExpression: function SequenceExpression(node, state) {
        formatSequence(state, node.expressions);
      },
      UnaryExpression: function UnaryExpression(node, state) {
        if (node.prefix) {
          var operator = node.operator, argument = node.argument, type = node.argument.type;
          state.write(operator);
          var needsParentheses = expressionNeedsParenthesis(state, argument, node);
          if (!needsParentheses && (operator.length > 1 || type[0] === "U" && (type[1] === "n" || type[1] === "p") && argument.prefix && argument.operator[0] === operator && (operator === "+" || operator === "-"))) {
            state.write(" ");
          }
          if (needsParentheses) {
            state.write(operator.length > 1 ? " (" : "(");
            this[type](argument, state);
            state.write(")");
          } else {
            this[type](argument, state);
          }
        } else {
          this[node.argument.type](node.argument, state);
          state.write(node.operator);
        }
      },
      UpdateExpression: function UpdateExpression(node, state) {
        if (node.prefix) {
          state.write(node.operator);
          this[node.argument.type](node.argument, state);
        } else {
          this[node.argument.type](node.argument, state);
          state.write(node.operator);
        }
      },
      AssignmentExpression: function AssignmentExpression(node, state) {
        this[node.left.type](node.left, state);
        state.write(" " + node.operator + " ");
        this[node.right.type](node.right, state);
      },
      AssignmentPattern: function AssignmentPattern(node, state) {
        this[node.left.type](node.left, state);
        state.write(" = ");
        this[node.right.type](node.right, state);
      },
      BinaryExpression: BinaryExpression = function BinaryExpression2(node, state) {
        var isIn = node.operator === "in";
        if (isIn) {
          state.write("(");
        }
        formatExpression(state, node.left, node, false);
        state.write(" " + node.operator + " ");
        formatExpression(state, node.right, node, true);
        if (isIn) {
          state.write(")");
        }
      },
      LogicalExpression: BinaryExpression,
      ConditionalExpression: function ConditionalExpression(node, state) {
        var test = node.test;
        var precedence = state.expressionsPrecedence[test.type];
        if (precedence === NEEDS_PARENTHESES || precedence <= state.expressionsPrecedence.ConditionalExpression) {
          state.write("(");
          this[test.type](test, state);
          state.write(")");
        } else {
          this[test.type](test, state);
        }
        state.write(" ? ");
        this[node.consequent.type](node.consequent, state);
        state.write(" : ");
        this[node.alternate.type](node.alternate, state);
      },
      NewExpression: function NewExpression(node, state) {
        state.write("new ");
        var precedence = state.expressionsPrecedence[node.callee.type];
        if (precedence === NEEDS_PARENTHESES || precedence < state.expressionsPrecedence.CallExpression || hasCallExpression(node.callee)) {
          state.write("(");
          this[node.callee.type](node.callee, state);
          state.write(")");
        } else {
          this[node.callee.type](node.callee, state);
        }
        formatSequence(state, node["arguments"]);
      },
      CallExpression: function CallExpression(node, state) {
        var precedence = state.expressionsPrecedence[node.callee.type];
        if (precedence === NEEDS_PARENTHESES || precedence < state.expressionsPrecedence.CallExpression) {
          state.write("(");
          this[node.callee.type](node.callee, state);
          state.write(")");
        } else {
          this[node.callee.type](node.callee, state);
        }
        if (node.optional) {
          state.write("?.");
        }
        formatSequence(state, node["arguments"]);
      },
      ChainExpression: function ChainExpression(node, state) {
        this[node.expression.type](node.expression, state);
      },
      MemberExpression: function MemberExpression(node, state) {
        var precedence = state.expressionsPrecedence[node.object.type];
        if (precedence === NEEDS_PARENTHESES || precedence < state.expressionsPrecedence.MemberExpression) {
          state.write("(");
          this[node.object.type](node.object, state);
          state.write(")");
        } else {
          this[node.object.type](node.object, state);
        }
        if (node.computed) {
          if (node.optional) {
            state.write("?.");
          }
          state.write("[");
          this[node.property.type](node.property, state);
          state.write("]");
        } else {
          if (node.optional) {
            state.write("?.");
          } else {
            state.write(".");
          }
          this[node.property.type](node.property, state);
        }
      },
      MetaProperty: function MetaProperty(node, state) {
        state.write(node.meta.name + "." + node.property.name, node);
      },
      Identifier: function Identifier(node, state) {
        state.write(node.name, node);
      },
      PrivateIdentifier: function PrivateIdentifier(node, state) {
        state.write("#".concat(node.name), node);
      },
      Literal: function Literal(node, state) {
        if (node.raw != null) {
          state.write(node.raw, node);
        } else if (node.regex != null) {
          this.RegExpLiteral(node, state);
        } else if (node.bigint != null) {
          state.write(node.bigint + "n", node);
        } else {
          state.write(stringify(node.value), node);
        }
      },
      RegExpLiteral: function RegExpLiteral(node, state) {
        var regex = node.regex;
        state.write("/".concat(regex.pattern, "/").concat(regex.flags), node);
      }
    };
    exports.GENERATOR = GENERATOR;
    var EMPTY_OBJECT = {};
    var baseGenerator = GENERATOR;
    exports.baseGenerator = baseGenerator;
    var State = (function() {
      function State2(options) {
        _classCallCheck(this, State2);
        var setup = options == null ? EMPTY_OBJECT : options;
        this.output = "";
        if (setup.output != null) {
          this.output = setup.output;
          this.write = this.writeToStream;
        } else {
          this.output = "";
        }
        this.generator = setup.generator != null ? setup.generator : GENERATOR;
        this.expressionsPrecedence = setup.expressionsPrecedence != null ? setup.expressionsPrecedence : EXPRESSIONS_PRECEDENCE;
        this.indent = setup.indent != null ? setup.indent : "  ";
        this.lineEnd = setup.lineEnd != null ? setup.lineEnd : "\n";
        this.indentLevel = setup.startingIndentLevel != null ? setup.startingIndentLevel : 0;
        this.writeComments = setup.comments ? setup.comments : false;
        if (setup.sourceMap != null) {
          this.write = setup.output == null ? this.writeAndMap : this.writeToStreamAndMap;
          this.sourceMap = setup.sourceMap;
          this.line = 1;
          this.column = 0;
          this.lineEndSize = this.lineEnd.split("\n").length - 1;
          this.mapping = {
            original: null,
            generated: this,
            name: void 0,
            source: setup.sourceMap.file || setup.sourceMap._file
          };
        }
      }
      _createClass(State2, [{
        key: "write",
        value: function write(code) {
          this.output += code;
        }
      }, {
        key: "writeToStream",
        value: function writeToStream(code) {
          this.output.write(code);
        }
      }, {
        key: "writeAndMap",
        value: function writeAndMap(code, node) {
          this.output += code;
          this.map(code, node);
        }
      }, {
        key: "writeToStreamAndMap",
        value: function writeToStreamAndMap(code, node) {
          this.output.write(code);
          this.map(code, node);
        }
      }, {
        key: "map",
        value: function map(code, node) {
          if (node != null) {
            var type = node.type;
            if (type[0] === "L" && type[2] === "n") {
              this.column = 0;
              this.line++;
              return;
            }
            if (node.loc != null) {
              var mapping = this.mapping;
              mapping.original = node.loc.start;
              mapping.name = node.name;
              this.sourceMap.addMapping(mapping);
            }
            if (type[0] === "T" && type[8] === "E" || type[0] === "L" && type[1] === "i" && typeof node.value === "string") {
              var _length = code.length;
              var column = this.column, line = this.line;
              for (var i = 0; i < _length; i++) {
                if (code[i] === "\n") {
                  column = 0;
                  line++;
                } else {
                  column++;
                }
              }
              this.column = column;
              this.line = line;
              return;
            }
          }
          var length = code.length;
          var lineEnd = this.lineEnd;
          if (length > 0) {
            if (this.lineEndSize > 0 && (lineEnd.length === 1 ? code[length - 1] === lineEnd : code.endsWith(lineEnd))) {
              this.line += this.lineEndSize;
              this.column = 0;
            } else {
              this.column += length;
            }
          }
        }
      }, {
        key: "toString",
        value: function toString() {
          return this.output;
        }
      }]);
      return State2;
    })();
    function generate(node, options) {
      var state = new State(options);
      state.generator[node.type](node, state);
      return state.output;
    }
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/dump.js
var require_dump = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/dump.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var astring$1 = require_astring();
    function _interopNamespace(e) {
      if (e && e.__esModule) return e;
      var n = /* @__PURE__ */ Object.create(null);
      if (e) {
        Object.keys(e).forEach(function(k) {
          if (k !== "default") {
            var d = Object.getOwnPropertyDescriptor(e, k);
            Object.defineProperty(n, k, d.get ? d : {
              enumerable: true,
              get: function() {
                return e[k];
              }
            });
          }
        });
      }
      n["default"] = e;
      return Object.freeze(n);
    }
    var astring__namespace = /* @__PURE__ */ _interopNamespace(astring$1);
    var customGenerator = {
      ...astring__namespace.baseGenerator,
      BooleanLiteral(node, state) {
        state.write(`${node.value}`, node);
      },
      NullLiteral(node, state) {
        state.write("null", node);
      },
      NumericLiteral(node, state) {
        state.write(node.value, node);
      },
      ObjectMethod(node, state) {
        const {
          key,
          type,
          ...value
        } = node;
        return this.ObjectProperty({
          key: node.key,
          value: {
            type: "FunctionExpression",
            ...value
          }
        }, state);
      },
      ObjectProperty(node, state) {
        return this.Property({
          ...node,
          kind: "init"
        }, state);
      },
      RegExpLiteral(node, state) {
        state.write(`/${node.pattern}/${node.flags}`, node);
      },
      StringLiteral(node, state) {
        state.write(JSON.stringify(node.value), node);
      }
    };
    function astring(tree) {
      return astring__namespace.generate(tree, {
        generator: customGenerator
      });
    }
    exports["default"] = astring;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/templates/fallback-expressions.js
var require_fallback_expressions = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/templates/fallback-expressions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var builders = require_builders();
    var scope = require_scope();
    function generateFallbackExpressions(fallback, expressions) {
      const path = builders.identifier("path");
      return builders.forOfStatement(builders.variableDeclaration("const", [builders.variableDeclarator(path)]), builders.arrayExpression(expressions.map(builders.stringLiteral)), builders.blockStatement([builders.callExpression(fallback, [builders.identifier("input"), path, builders.memberExpression(scope["default"].callbacks, path, true)])]));
    }
    exports["default"] = generateFallbackExpressions;
  }
});

// node_modules/nimma/dist/legacy/cjs/runtime/codegen-functions/is-object.js
var require_is_object = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/runtime/codegen-functions/is-object.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function isObject(maybeObj) {
      return typeof maybeObj === "object" && maybeObj !== null;
    }
    exports["default"] = isObject;
  }
});

// node_modules/nimma/dist/legacy/cjs/runtime/errors/aggregate-error.js
var require_aggregate_error = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/runtime/errors/aggregate-error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var isObject = require_is_object();
    var _globalThis$Aggregate;
    function isIterable(value) {
      return isObject["default"](value) && typeof value[Symbol.iterator] === "function";
    }
    var AggregateError2 = (_globalThis$Aggregate = globalThis.AggregateError) !== null && _globalThis$Aggregate !== void 0 ? _globalThis$Aggregate : class AggregateError extends Error {
      constructor(errors, message = "") {
        super(message);
        if (!Array.isArray(errors) && !isIterable(errors)) {
          throw new TypeError(`${errors} is not an iterable`);
        }
        this.errors = [...errors];
      }
    };
    exports["default"] = AggregateError2;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/templates/build-json.js
var require_build_json = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/templates/build-json.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var builders = require_builders();
    function buildJson(input) {
      switch (typeof input) {
        case "boolean":
          return builders.booleanLiteral(input);
        case "string":
          return builders.stringLiteral(input);
        case "number":
          return builders.numericLiteral(input);
        case "object":
          if (input === null) {
            return builders.nullLiteral();
          }
          if (Array.isArray(input)) {
            return builders.arrayExpression(input.map(buildJson));
          }
          return builders.objectExpression(Object.keys(input).map((key) => builders.objectProperty(builders.stringLiteral(key), buildJson(input[key]))));
      }
    }
    exports["default"] = buildJson;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/tree/traversal-zones.js
var require_traversal_zones = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/tree/traversal-zones.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var _rollupPluginBabelHelpers = require_rollupPluginBabelHelpers();
    var isObject = require_is_object();
    require_aggregate_error();
    var builders = require_builders();
    var buildJson = require_build_json();
    var _isDestroyed = /* @__PURE__ */ new WeakMap();
    var _zones = /* @__PURE__ */ new WeakMap();
    var TraversalZones = class {
      constructor() {
        _isDestroyed.set(this, {
          writable: true,
          value: false
        });
        _zones.set(this, {
          writable: true,
          value: []
        });
      }
      get root() {
        if (_rollupPluginBabelHelpers.classPrivateFieldGet(this, _isDestroyed) || _rollupPluginBabelHelpers.classPrivateFieldGet(this, _zones).length === 0) {
          return null;
        }
        const zonesIdentifier = builders.identifier("zones");
        return builders.variableDeclaration("const", [builders.variableDeclarator(zonesIdentifier, buildJson["default"](mergeZones(_rollupPluginBabelHelpers.classPrivateFieldGet(this, _zones))))]);
      }
      destroy() {
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _isDestroyed, true);
      }
      attach(zone) {
        _rollupPluginBabelHelpers.classPrivateFieldGet(this, _zones).push(zone);
      }
      create() {
        if (_rollupPluginBabelHelpers.classPrivateFieldGet(this, _isDestroyed)) {
          return null;
        }
        return new Zone(this);
      }
    };
    var _zones2 = /* @__PURE__ */ new WeakMap();
    var _localZones = /* @__PURE__ */ new WeakMap();
    var _relationships = /* @__PURE__ */ new WeakMap();
    var Zone = class {
      constructor(zones) {
        _zones2.set(this, {
          writable: true,
          value: void 0
        });
        _localZones.set(this, {
          writable: true,
          value: void 0
        });
        _relationships.set(this, {
          writable: true,
          value: void 0
        });
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _zones2, zones);
        this.root = {};
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _localZones, [this.root]);
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _relationships, /* @__PURE__ */ new Map());
      }
      attach() {
        _rollupPluginBabelHelpers.classPrivateFieldGet(this, _zones2).attach(this.root);
        _rollupPluginBabelHelpers.classPrivateFieldGet(this, _relationships).clear();
      }
      expand(property) {
        let i = 0;
        for (const value of _rollupPluginBabelHelpers.classPrivateFieldGet(this, _localZones)) {
          if (value === null) continue;
          if (property === "**") {
            const parent = _rollupPluginBabelHelpers.classPrivateFieldGet(this, _relationships).get(value);
            if (parent !== void 0 && "*" in parent) {
              delete parent["*"];
              parent["**"] = null;
              continue;
            }
            value[property] = null;
          } else {
            value[property] = {};
            _rollupPluginBabelHelpers.classPrivateFieldGet(this, _relationships).set(value[property], value);
          }
          _rollupPluginBabelHelpers.classPrivateFieldGet(this, _localZones)[i++] = value[property];
        }
        return this;
      }
      expandMultiple(properties) {
        const root = _rollupPluginBabelHelpers.classPrivateFieldGet(this, _localZones)[0];
        if (root === null) {
          return this;
        }
        let i = 0;
        for (const property of properties) {
          root[property] = property === "**" ? null : {};
          if (_rollupPluginBabelHelpers.classPrivateFieldGet(this, _localZones).length < i) {
            _rollupPluginBabelHelpers.classPrivateFieldGet(this, _localZones).push(root[property]);
          } else {
            _rollupPluginBabelHelpers.classPrivateFieldGet(this, _localZones)[i++] = root[property];
          }
        }
        return this;
      }
      resize() {
        return this.expand("*");
      }
      allIn() {
        return this.expand("**");
      }
    };
    function pullAll(target) {
      return Object.keys(target).reduce((obj, key) => Object.assign(obj, target[key]), {});
    }
    function _mergeZones(target, source) {
      if ("*" in source) {
        const pulled = pullAll(target);
        _mergeZones(pulled, pullAll(source));
        target["*"] = "*" in pulled ? {
          "*": pulled["*"]
        } : pulled;
      } else {
        for (const key of Object.keys(source)) {
          if (!(key in target)) {
            target[key] = source[key];
          } else if (isObject["default"](source[key])) {
            _mergeZones(target[key], source[key]);
          }
        }
      }
    }
    function mergeZones(zones) {
      const target = zones[0];
      for (let i = 1; i < zones.length; i++) {
        _mergeZones(target, zones[i]);
      }
      return target;
    }
    exports["default"] = TraversalZones;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/tree/tree.js
var require_tree = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/tree/tree.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var _rollupPluginBabelHelpers = require_rollupPluginBabelHelpers();
    var jsep = require_jsep();
    var builders = require_builders();
    var dump = require_dump();
    var fallbackExpressions = require_fallback_expressions();
    var fnParams = require_fn_params();
    var internalScope = require_internal_scope();
    var scope = require_scope();
    var treeMethodCall = require_tree_method_call();
    var traversalZones = require_traversal_zones();
    var params = [builders.identifier("input"), builders.identifier("callbacks")];
    var NEW_SCOPE_VARIABLE_DECLARATION = builders.variableDeclaration("const", [builders.variableDeclarator(scope["default"]._, builders.newExpression(builders.identifier("Scope"), params))]);
    var _tree = /* @__PURE__ */ new WeakMap();
    var _shorthands = /* @__PURE__ */ new WeakMap();
    var _runtimeDependencies = /* @__PURE__ */ new WeakMap();
    var _program = /* @__PURE__ */ new WeakMap();
    var _body = /* @__PURE__ */ new WeakMap();
    var _traverse = /* @__PURE__ */ new WeakMap();
    var _availableShorthands = /* @__PURE__ */ new WeakMap();
    var ESTree = class {
      constructor({
        customShorthands,
        format,
        npmProvider
      }) {
        _tree.set(this, {
          writable: true,
          value: builders.objectExpression([])
        });
        _shorthands.set(this, {
          writable: true,
          value: builders.objectExpression([])
        });
        _runtimeDependencies.set(this, {
          writable: true,
          value: /* @__PURE__ */ new Set(["Scope"])
        });
        _program.set(this, {
          writable: true,
          value: /* @__PURE__ */ new Set()
        });
        _body.set(this, {
          writable: true,
          value: /* @__PURE__ */ new Set()
        });
        _traverse.set(this, {
          writable: true,
          value: /* @__PURE__ */ new Set()
        });
        _availableShorthands.set(this, {
          writable: true,
          value: void 0
        });
        this.format = format;
        this.npmProvider = npmProvider;
        this.ctx = null;
        this.traversalZones = new traversalZones["default"]();
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _availableShorthands, customShorthands);
      }
      addRuntimeDependency(specifier) {
        if (!_rollupPluginBabelHelpers.classPrivateFieldGet(this, _runtimeDependencies).has(specifier)) {
          _rollupPluginBabelHelpers.classPrivateFieldGet(this, _runtimeDependencies).add(specifier);
        }
      }
      attachFallbackExpressions(fallback, expressions) {
        this.push(fallbackExpressions["default"](fallback.attach(this), expressions), "body");
      }
      attachCustomShorthand(name) {
        if (_rollupPluginBabelHelpers.classPrivateFieldGet(this, _availableShorthands) === null || !(name in _rollupPluginBabelHelpers.classPrivateFieldGet(this, _availableShorthands))) {
          throw new ReferenceError(`Shorthand '${name}' is not defined`);
        }
        _rollupPluginBabelHelpers.classPrivateFieldGet(this, _shorthands).properties.push(builders.objectMethod("method", builders.identifier(name), fnParams["default"], builders.blockStatement([builders.returnStatement(jsep["default"](_rollupPluginBabelHelpers.classPrivateFieldGet(this, _availableShorthands)[name]))])));
      }
      getMethodByHash(hash) {
        return _rollupPluginBabelHelpers.classPrivateFieldGet(this, _tree).properties.find((prop) => prop.key.value === hash);
      }
      push(node, placement) {
        switch (placement) {
          case "tree-method":
            _rollupPluginBabelHelpers.classPrivateFieldGet(this, _tree).properties.push(builders.objectMethod("method", builders.stringLiteral(this.ctx.id), fnParams["default"], node));
            break;
          case "program":
            if (!_rollupPluginBabelHelpers.classPrivateFieldGet(this, _program).has(node)) {
              _rollupPluginBabelHelpers.classPrivateFieldGet(this, _program).add(node);
            }
            break;
          case "body":
            if (!_rollupPluginBabelHelpers.classPrivateFieldGet(this, _body).has(node)) {
              _rollupPluginBabelHelpers.classPrivateFieldGet(this, _body).add(node);
            }
            break;
          case "traverse":
            _rollupPluginBabelHelpers.classPrivateFieldGet(this, _traverse).add(treeMethodCall["default"](node.value));
            break;
        }
      }
      pushAll(items) {
        for (const item of items) {
          this.push(...item);
        }
      }
      toString() {
        var _this$npmProvider;
        const traversalZones2 = this.traversalZones.root;
        return dump["default"](builders.program([builders.importDeclaration([..._rollupPluginBabelHelpers.classPrivateFieldGet(this, _runtimeDependencies)].map((dep) => builders.importSpecifier(builders.identifier(dep), builders.identifier(dep))), builders.stringLiteral(`${(_this$npmProvider = this.npmProvider) !== null && _this$npmProvider !== void 0 ? _this$npmProvider : ""}nimma/legacy/runtime`)), ..._rollupPluginBabelHelpers.classPrivateFieldGet(this, _program), traversalZones2, _rollupPluginBabelHelpers.classPrivateFieldGet(this, _tree).properties.length === 0 ? null : builders.variableDeclaration("const", [builders.variableDeclarator(internalScope["default"].tree, _rollupPluginBabelHelpers.classPrivateFieldGet(this, _tree))]), _rollupPluginBabelHelpers.classPrivateFieldGet(this, _shorthands).properties.length === 0 ? null : builders.variableDeclaration("const", [builders.variableDeclarator(internalScope["default"].shorthands, _rollupPluginBabelHelpers.classPrivateFieldGet(this, _shorthands))]), builders.exportDefaultDeclaration(builders.functionDeclaration(null, params, builders.blockStatement([NEW_SCOPE_VARIABLE_DECLARATION, builders.tryStatement(builders.blockStatement([..._rollupPluginBabelHelpers.classPrivateFieldGet(this, _body), _rollupPluginBabelHelpers.classPrivateFieldGet(this, _traverse).size === 0 ? null : builders.expressionStatement(builders.callExpression(scope["default"].traverse, [builders.arrowFunctionExpression([], builders.blockStatement(Array.from(_rollupPluginBabelHelpers.classPrivateFieldGet(this, _traverse)))), traversalZones2 === null ? builders.nullLiteral() : traversalZones2.declarations[0].id]))].filter(Boolean)), null, builders.blockStatement([builders.expressionStatement(builders.callExpression(scope["default"].destroy, []))]))].filter(Boolean))))].filter(Boolean)));
      }
    };
    exports["default"] = ESTree;
  }
});

// node_modules/nimma/dist/legacy/cjs/codegen/baseline/index.js
var require_baseline = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/codegen/baseline/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var builders = require_builders();
    var index3 = require_fast_paths();
    var guards = require_guards();
    var iterator = require_iterator();
    var index$1 = require_optimizer();
    var emitCall = require_emit_call();
    var fnParams = require_fn_params();
    var internalScope = require_internal_scope();
    var scope = require_scope();
    var tree = require_tree();
    var generators = require_generators();
    var POS_VARIABLE_DECLARATION = builders.variableDeclaration("let", [builders.variableDeclarator(internalScope["default"].pos, builders.numericLiteral(0))]);
    function baseline(jsonPaths, opts) {
      const tree$1 = new tree["default"](opts);
      const hashes = /* @__PURE__ */ new Map();
      const callbacks = /* @__PURE__ */ new Map();
      traverse: for (const [id, nodes] of jsonPaths) {
        const iterator$1 = new iterator["default"](nodes);
        if (iterator$1.length === -1) {
          continue;
        }
        const hash = JSON.stringify(iterator$1.nodes);
        const existingHash = hashes.get(hash);
        if (existingHash !== void 0) {
          var _callbacks$get$push, _callbacks$get;
          void ((_callbacks$get$push = (_callbacks$get = callbacks.get(existingHash)) === null || _callbacks$get === void 0 ? void 0 : _callbacks$get.push(id)) !== null && _callbacks$get$push !== void 0 ? _callbacks$get$push : callbacks.set(existingHash, [id]));
          const method = tree$1.getMethodByHash(existingHash);
          let body = method.body.body;
          if (iterator$1.feedback.bailed) {
            body = body[0].expression.arguments[1].body.body;
          }
          body.push(emitCall["default"](id, iterator$1.modifiers));
          continue;
        } else {
          hashes.set(hash, id);
        }
        if (iterator$1.feedback.bailed || nodes.length > 0 && guards.isDeep(nodes[0])) {
          tree$1.traversalZones.destroy();
        }
        const ctx = {
          id,
          iterator: iterator$1
        };
        tree$1.ctx = ctx;
        for (const fastPath of index3["default"]) {
          if (fastPath(nodes, tree$1, ctx)) {
            continue traverse;
          }
        }
        const branch = iterator$1.feedback.bailed ? [] : [builders.ifStatement(builders.binaryExpression(iterator$1.feedback.fixed ? "!==" : "<", scope["default"].depth, builders.numericLiteral(iterator$1.length - 1)), builders.returnStatement())].concat(iterator$1.feedback.fixed ? [] : POS_VARIABLE_DECLARATION);
        const zone = iterator$1.feedback.bailed ? null : tree$1.traversalZones.create();
        const inverseAt = iterator$1.feedback.inverseAt;
        for (const node of iterator$1) {
          if (guards.isDeep(node) || inverseAt === iterator$1.state.absolutePos) {
            zone === null || zone === void 0 ? void 0 : zone.allIn();
          }
          let treeNode;
          switch (node.type) {
            case "MemberExpression":
              treeNode = generators.generateMemberExpression(iterator$1, node);
              zone === null || zone === void 0 ? void 0 : zone.expand(node.value);
              break;
            case "MultipleMemberExpression":
              treeNode = generators.generateMultipleMemberExpression(iterator$1, node);
              zone === null || zone === void 0 ? void 0 : zone.expandMultiple(node.value);
              break;
            case "SliceExpression":
              treeNode = generators.generateSliceExpression(iterator$1, node, tree$1);
              zone === null || zone === void 0 ? void 0 : zone.resize();
              break;
            case "ScriptFilterExpression":
              treeNode = generators.generateFilterScriptExpression(iterator$1, node, tree$1);
              zone === null || zone === void 0 ? void 0 : zone.resize();
              break;
            case "WildcardExpression":
              treeNode = generators.generateWildcardExpression(iterator$1);
              zone === null || zone === void 0 ? void 0 : zone.resize();
              if (treeNode === null) {
                continue;
              }
              break;
          }
          if (iterator$1.feedback.bailed) {
            branch.push(builders.objectExpression([builders.objectProperty(builders.identifier("fn"), builders.arrowFunctionExpression([scope["default"]._], treeNode)), builders.objectProperty(builders.identifier("deep"), builders.booleanLiteral(node.deep))]));
          } else {
            branch.push(builders.ifStatement(treeNode, builders.returnStatement()));
          }
        }
        if (!iterator$1.feedback.fixed && !iterator$1.feedback.bailed && !iterator$1.state.inverted) {
          branch.push(builders.ifStatement(builders.binaryExpression("!==", scope["default"].depth, iterator$1.state.pos === 0 ? internalScope["default"].pos : builders.binaryExpression("+", internalScope["default"].pos, builders.numericLiteral(iterator$1.state.pos))), builders.returnStatement()));
        }
        const placement = iterator$1.feedback.bailed ? "body" : "traverse";
        if (iterator$1.feedback.bailed) {
          branch.splice(0, branch.length, builders.expressionStatement(builders.callExpression(scope["default"].bail, [builders.stringLiteral(id), builders.arrowFunctionExpression([scope["default"]._], builders.blockStatement([builders.expressionStatement(emitCall["default"](ctx.id, iterator$1.modifiers).expression)])), builders.arrayExpression([...branch])])));
        } else {
          branch.push(emitCall["default"](ctx.id, iterator$1.modifiers));
        }
        if (placement === "body") {
          tree$1.push(builders.expressionStatement(builders.callExpression(builders.memberExpression(internalScope["default"].tree, builders.stringLiteral(id), true), fnParams["default"])), placement);
        } else {
          tree$1.push(builders.stringLiteral(id), placement);
        }
        index$1["default"](branch, iterator$1);
        tree$1.push(builders.blockStatement(branch), "tree-method");
        zone === null || zone === void 0 ? void 0 : zone.attach();
      }
      return tree$1;
    }
    exports["default"] = baseline;
  }
});

// node_modules/nimma/dist/legacy/cjs/runtime/codegen-functions/get.js
var require_get = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/runtime/codegen-functions/get.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var isObject = require_is_object();
    function get(input, path) {
      if (path.length === 0 || !isObject["default"](input)) return input;
      let value = input;
      for (const segment of path.slice(0, path.length - 1)) {
        value = value[segment];
        if (!isObject["default"](value)) return;
      }
      return value[path[path.length - 1]];
    }
    exports["default"] = get;
  }
});

// node_modules/nimma/dist/legacy/cjs/runtime/codegen-functions/in-bounds.js
var require_in_bounds = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/runtime/codegen-functions/in-bounds.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function inBounds(value, pos, start, end, step) {
      const actualStart = start < 0 ? Math.max(0, start + value.length) : Math.min(value.length, start);
      const actualEnd = end < 0 ? Math.max(0, end + value.length) : Math.min(value.length, end);
      return pos >= actualStart && pos < actualEnd && (step === 1 || actualEnd - Math.abs(step) > 0 && (pos + start) % step === 0);
    }
    exports["default"] = inBounds;
  }
});

// node_modules/nimma/dist/legacy/cjs/runtime/errors/cause-error.js
var require_cause_error = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/runtime/errors/cause-error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var CauseError = class extends Error {
      constructor(message, extra) {
        super(message);
        if (extra !== void 0 && "cause" in extra) {
          this.cause = extra.cause;
        }
      }
    };
    exports["default"] = CauseError;
  }
});

// node_modules/nimma/dist/legacy/cjs/runtime/errors/runtime-error.js
var require_runtime_error = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/runtime/errors/runtime-error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var causeError = require_cause_error();
    var RuntimeError = class extends causeError["default"] {
    };
    exports["default"] = RuntimeError;
  }
});

// node_modules/nimma/dist/legacy/cjs/runtime/proxy-callbacks.js
var require_proxy_callbacks = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/runtime/proxy-callbacks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var runtimeError = require_runtime_error();
    function printPrimitive(value) {
      if (typeof value === "string" || typeof value === "number") {
        return JSON.stringify(value);
      }
      return "unknown";
    }
    function printError(e) {
      if (e instanceof Error) {
        return `${e.constructor.name}(${printPrimitive(e.message)})`;
      }
      return printPrimitive(e);
    }
    function proxyCallbacks(callbacks, errors) {
      const _callbacks = {};
      for (const key of Object.keys(callbacks)) {
        const fn = callbacks[key];
        _callbacks[key] = (...args) => {
          try {
            fn(...args);
          } catch (e) {
            const message = `${fn.name || key} threw: ${printError(e)}`;
            errors.push(new runtimeError["default"](message, {
              cause: e
            }));
          }
        };
      }
      return _callbacks;
    }
    exports["default"] = proxyCallbacks;
  }
});

// node_modules/nimma/dist/legacy/cjs/runtime/sandbox.js
var require_sandbox2 = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/runtime/sandbox.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var _rollupPluginBabelHelpers = require_rollupPluginBabelHelpers();
    var isObject = require_is_object();
    function printSegment(path, segment) {
      return path + `[${typeof segment === "string" ? `'${segment}'` : segment}]`;
    }
    function dumpPath(path) {
      return `$${path.reduce(printSegment, "")}`;
    }
    var _history = /* @__PURE__ */ new WeakMap();
    var _path = /* @__PURE__ */ new WeakMap();
    var _value = /* @__PURE__ */ new WeakMap();
    var _parent = /* @__PURE__ */ new WeakMap();
    var Sandbox = class _Sandbox {
      constructor(path, root, history = null) {
        _parent.set(this, {
          get: _get_parent,
          set: void 0
        });
        _history.set(this, {
          writable: true,
          value: void 0
        });
        _path.set(this, {
          writable: true,
          value: void 0
        });
        _value.set(this, {
          writable: true,
          value: void 0
        });
        this.root = root;
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _path, path);
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _history, history !== null && history !== void 0 ? history : [[0, root]]);
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _value, void 0);
      }
      get path() {
        return dumpPath(_rollupPluginBabelHelpers.classPrivateFieldGet(this, _path));
      }
      get depth() {
        return _rollupPluginBabelHelpers.classPrivateFieldGet(this, _path).length - 1;
      }
      get value() {
        var _classPrivateFieldGet2;
        if (_rollupPluginBabelHelpers.classPrivateFieldGet(this, _value) !== void 0) {
          return _rollupPluginBabelHelpers.classPrivateFieldGet(this, _value);
        }
        return (_classPrivateFieldGet2 = _rollupPluginBabelHelpers.classPrivateFieldGet(this, _value)) !== null && _classPrivateFieldGet2 !== void 0 ? _classPrivateFieldGet2 : _rollupPluginBabelHelpers.classPrivateFieldSet(this, _value, _rollupPluginBabelHelpers.classPrivateFieldGet(this, _history)[_rollupPluginBabelHelpers.classPrivateFieldGet(this, _history).length - 1][1]);
      }
      get property() {
        return unwrapOrNull(_rollupPluginBabelHelpers.classPrivateFieldGet(this, _path), this.depth);
      }
      get parentValue() {
        var _classPrivateFieldGet3;
        return (_classPrivateFieldGet3 = _rollupPluginBabelHelpers.classPrivateFieldGet(this, _parent)) === null || _classPrivateFieldGet3 === void 0 ? void 0 : _classPrivateFieldGet3[1];
      }
      get parentProperty() {
        var _classPrivateFieldGet4;
        return _rollupPluginBabelHelpers.classPrivateFieldGet(this, _path)[(_classPrivateFieldGet4 = _rollupPluginBabelHelpers.classPrivateFieldGet(this, _parent)) === null || _classPrivateFieldGet4 === void 0 ? void 0 : _classPrivateFieldGet4[0]];
      }
      destroy() {
        _rollupPluginBabelHelpers.classPrivateFieldGet(this, _history).length = 0;
      }
      push() {
        const root = this.property !== null && isObject["default"](this.value) ? this.value[this.property] : null;
        _rollupPluginBabelHelpers.classPrivateFieldGet(this, _history).push([_rollupPluginBabelHelpers.classPrivateFieldGet(this, _path).length, root]);
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _value, root);
        return this;
      }
      pop() {
        const length = Math.max(0, _rollupPluginBabelHelpers.classPrivateFieldGet(this, _path).length + 1);
        while (_rollupPluginBabelHelpers.classPrivateFieldGet(this, _history).length > length) {
          _rollupPluginBabelHelpers.classPrivateFieldGet(this, _history).pop();
        }
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _value, void 0);
        return this;
      }
      at(pos) {
        if (Math.abs(pos) > _rollupPluginBabelHelpers.classPrivateFieldGet(this, _history).length) {
          return null;
        }
        const actualPos = (pos < 0 ? _rollupPluginBabelHelpers.classPrivateFieldGet(this, _history).length : 0) + pos;
        const history = _rollupPluginBabelHelpers.classPrivateFieldGet(this, _history).slice(0, actualPos + 1);
        return new _Sandbox(_rollupPluginBabelHelpers.classPrivateFieldGet(this, _path).slice(0, history[history.length - 1][0]), history[history.length - 1][1], history);
      }
    };
    function _get_parent() {
      if (_rollupPluginBabelHelpers.classPrivateFieldGet(this, _history).length < 3) {
        return void 0;
      }
      return _rollupPluginBabelHelpers.classPrivateFieldGet(this, _history)[_rollupPluginBabelHelpers.classPrivateFieldGet(this, _history).length - 3];
    }
    function unwrapOrNull(collection, pos) {
      return pos >= 0 && collection.length > pos ? collection[pos] : null;
    }
    exports.Sandbox = Sandbox;
  }
});

// node_modules/nimma/dist/legacy/cjs/runtime/traverse.js
var require_traverse = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/runtime/traverse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var isObject = require_is_object();
    function _traverseBody(key, curObj, scope, cb, deps) {
      const value = curObj[key];
      const pos = scope.enter(key);
      const matched = deps !== null && deps.length > 0 && !deps[0].fn(scope);
      if (deps === null || deps.length === 1 && matched) {
        cb(scope);
      }
      if (!isObject["default"](value)) ;
      else if (deps === null) {
        _traverse(value, scope, cb, deps);
      } else if (deps.length > 0) {
        if (matched) {
          _traverse(value, scope, cb, deps.slice(1));
        }
        if (deps[0].deep) {
          scope.exit(pos);
          scope.enter(key);
          _traverse(value, scope, cb, deps);
        }
      }
      scope.exit(pos);
    }
    function _traverse(curObj, scope, cb, deps) {
      if (Array.isArray(curObj)) {
        for (let i = 0; i < curObj.length; i++) {
          _traverseBody(i, curObj, scope, cb, deps);
        }
      } else {
        for (const key of Object.keys(curObj)) {
          _traverseBody(key, curObj, scope, cb, deps);
        }
      }
    }
    function traverse(cb) {
      _traverse(this.root, this, cb, null);
    }
    function bailedTraverse(cb, deps) {
      _traverse(this.value, this, cb, deps);
    }
    function zonedTraverse(cb, zones) {
      if (isSaneObject(this.root)) {
        zonesRegistry.set(this.root, zones);
        _traverse(new Proxy(this.root, traps), this, cb, null);
      } else {
        _traverse(this.root, this, cb, null);
      }
    }
    var zonesRegistry = /* @__PURE__ */ new WeakMap();
    var traps = {
      get(target, prop) {
        const value = target[prop];
        if (Array.isArray(target)) {
          if (prop === "length") {
            return target.length;
          }
          const stored2 = zonesRegistry.get(target);
          if (prop in stored2 && isObject["default"](value)) {
            zonesRegistry.set(value, stored2[prop]);
          }
          return value;
        }
        if (!isObject["default"](value)) {
          return value;
        }
        if (!isSaneObject(value)) {
          return value;
        }
        if (Array.isArray(value)) {
          for (const item of value) {
            if (isObject["default"](item)) {
              zonesRegistry.set(item, zonesRegistry.get(value));
            }
          }
        }
        const stored = zonesRegistry.get(value);
        return "**" in stored ? value : new Proxy(value, traps);
      },
      ownKeys(target) {
        const stored = zonesRegistry.get(target);
        zonesRegistry.delete(target);
        if ("*" in stored) {
          const actualKeys2 = Object.keys(target);
          for (const key of actualKeys2) {
            const value = target[key];
            if (isObject["default"](value)) {
              zonesRegistry.set(value, stored["*"]);
            }
          }
          return actualKeys2;
        }
        const actualKeys = Object.keys(stored);
        for (let i = 0; i < actualKeys.length; i++) {
          const key = actualKeys[i];
          if (!Object.hasOwnProperty.call(target, key)) {
            actualKeys.splice(i, 1);
            i--;
            continue;
          }
          const value = target[key];
          if (isObject["default"](value)) {
            zonesRegistry.set(value, stored[key]);
          }
        }
        return actualKeys;
      }
    };
    function isSaneObject(object) {
      return !(Object.isFrozen(object) || Object.isSealed(object) || !Object.isExtensible(object));
    }
    exports.bailedTraverse = bailedTraverse;
    exports.traverse = traverse;
    exports.zonedTraverse = zonedTraverse;
  }
});

// node_modules/nimma/dist/legacy/cjs/runtime/scope.js
var require_scope2 = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/runtime/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var _rollupPluginBabelHelpers = require_rollupPluginBabelHelpers();
    var aggregateError = require_aggregate_error();
    var proxyCallbacks = require_proxy_callbacks();
    var sandbox = require_sandbox2();
    var traverse = require_traverse();
    var _parent = /* @__PURE__ */ new WeakMap();
    var _output = /* @__PURE__ */ new WeakMap();
    var Scope = class _Scope {
      constructor(root, callbacks, parent = null) {
        _parent.set(this, {
          writable: true,
          value: void 0
        });
        _output.set(this, {
          writable: true,
          value: void 0
        });
        this.root = root;
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _parent, parent);
        this.path = [];
        this.errors = [];
        this.sandbox = new sandbox.Sandbox(this.path, root, null);
        this.callbacks = proxyCallbacks["default"](callbacks, this.errors);
        const self2 = this;
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _output, {
          path: this.path,
          get value() {
            return self2.value;
          }
        });
      }
      get depth() {
        return this.path.length - 1;
      }
      get property() {
        return this.sandbox.property;
      }
      get value() {
        return this.sandbox.value;
      }
      enter(key) {
        this.path.push(key);
        this.sandbox = this.sandbox.push();
        return this.path.length;
      }
      exit(depth) {
        const length = Math.max(0, depth - 1);
        while (this.path.length > length) {
          this.path.pop();
        }
        this.sandbox = this.sandbox.pop();
        return this.path.length;
      }
      fork(path) {
        const newScope = new _Scope(this.root, this.callbacks, this);
        for (const segment of path) {
          newScope.enter(segment);
          if (newScope.value === void 0) {
            return null;
          }
        }
        return newScope;
      }
      traverse(fn, zones) {
        if (zones !== null) {
          traverse.zonedTraverse.call(this, fn, zones);
        } else {
          traverse.traverse.call(this, fn);
        }
      }
      bail(id, fn, deps) {
        const scope = this.fork(this.path);
        traverse.bailedTraverse.call(scope, fn, deps);
      }
      emit(id, pos, withKeys) {
        var _this$sandbox$at;
        const fn = this.callbacks[id];
        if (pos === 0 && !withKeys) {
          return void fn(_rollupPluginBabelHelpers.classPrivateFieldGet(this, _output));
        }
        if (pos !== 0 && pos > this.depth + 1) {
          return;
        }
        const output = pos === 0 ? _rollupPluginBabelHelpers.classPrivateFieldGet(this, _output) : {
          path: _rollupPluginBabelHelpers.classPrivateFieldGet(this, _output).path.slice(0, Math.max(0, _rollupPluginBabelHelpers.classPrivateFieldGet(this, _output).path.length - pos)),
          value: ((_this$sandbox$at = this.sandbox.at(-pos - 1)) !== null && _this$sandbox$at !== void 0 ? _this$sandbox$at : this.sandbox.at(0)).value
        };
        if (!withKeys) {
          fn(output);
        } else {
          fn({
            path: output.path,
            value: output.path.length === 0 ? void 0 : output.path[output.path.length - 1]
          });
        }
      }
      destroy() {
        this.path.length = 0;
        this.sandbox.destroy();
        this.sandbox = null;
        if (this.errors.length > 0) {
          throw new aggregateError["default"](this.errors, "Error running Nimma");
        }
      }
    };
    exports["default"] = Scope;
  }
});

// node_modules/nimma/dist/legacy/cjs/runtime/index.js
var require_runtime = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/runtime/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var get = require_get();
    var inBounds = require_in_bounds();
    var isObject = require_is_object();
    var scope = require_scope2();
    exports.get = get["default"];
    exports.inBounds = inBounds["default"];
    exports.isObject = isObject["default"];
    exports.Scope = scope["default"];
  }
});

// node_modules/nimma/dist/legacy/cjs/core/utils/determine-format.js
var require_determine_format = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/core/utils/determine-format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function getOutputFormat() {
      try {
        Function("a", "a?.b")({});
        return "ES2021";
      } catch {
        return "ES2018";
      }
    }
    exports["default"] = getOutputFormat;
  }
});

// node_modules/nimma/dist/legacy/cjs/runtime/errors/parser-error.js
var require_parser_error = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/runtime/errors/parser-error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var causeError = require_cause_error();
    var ParserError = class extends causeError["default"] {
      constructor(message, expression, extra) {
        super(message, extra);
        this.input = expression;
      }
    };
    exports["default"] = ParserError;
  }
});

// node_modules/nimma/dist/legacy/cjs/parser/parser.js
var require_parser = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/parser/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function peg$subclass(child, parent) {
      function C() {
        this.constructor = child;
      }
      C.prototype = parent.prototype;
      child.prototype = new C();
    }
    function peg$SyntaxError(message, expected, found, location) {
      var self2 = Error.call(this, message);
      if (Object.setPrototypeOf) {
        Object.setPrototypeOf(self2, peg$SyntaxError.prototype);
      }
      self2.expected = expected;
      self2.found = found;
      self2.location = location;
      self2.name = "SyntaxError";
      return self2;
    }
    peg$subclass(peg$SyntaxError, Error);
    function peg$padEnd(str, targetLength, padString) {
      padString = padString || " ";
      if (str.length > targetLength) {
        return str;
      }
      targetLength -= str.length;
      padString += padString.repeat(targetLength);
      return str + padString.slice(0, targetLength);
    }
    peg$SyntaxError.prototype.format = function(sources) {
      var str = "Error: " + this.message;
      if (this.location) {
        var src = null;
        var k;
        for (k = 0; k < sources.length; k++) {
          if (sources[k].source === this.location.source) {
            src = sources[k].text.split(/\r\n|\n|\r/g);
            break;
          }
        }
        var s = this.location.start;
        var loc = this.location.source + ":" + s.line + ":" + s.column;
        if (src) {
          var e = this.location.end;
          var filler = peg$padEnd("", s.line.toString().length);
          var line = src[s.line - 1];
          var last = s.line === e.line ? e.column : line.length + 1;
          str += "\n --> " + loc + "\n" + filler + " |\n" + s.line + " | " + line + "\n" + filler + " | " + peg$padEnd("", s.column - 1) + peg$padEnd("", last - s.column, "^");
        } else {
          str += "\n at " + loc;
        }
      }
      return str;
    };
    peg$SyntaxError.buildMessage = function(expected, found) {
      var DESCRIBE_EXPECTATION_FNS = {
        literal: function(expectation) {
          return '"' + literalEscape(expectation.text) + '"';
        },
        class: function(expectation) {
          var escapedParts = expectation.parts.map(function(part) {
            return Array.isArray(part) ? classEscape(part[0]) + "-" + classEscape(part[1]) : classEscape(part);
          });
          return "[" + (expectation.inverted ? "^" : "") + escapedParts + "]";
        },
        any: function() {
          return "any character";
        },
        end: function() {
          return "end of input";
        },
        other: function(expectation) {
          return expectation.description;
        }
      };
      function hex(ch) {
        return ch.charCodeAt(0).toString(16).toUpperCase();
      }
      function literalEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function classEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function describeExpectation(expectation) {
        return DESCRIBE_EXPECTATION_FNS[expectation.type](expectation);
      }
      function describeExpected(expected2) {
        var descriptions = expected2.map(describeExpectation);
        var i, j;
        descriptions.sort();
        if (descriptions.length > 0) {
          for (i = 1, j = 1; i < descriptions.length; i++) {
            if (descriptions[i - 1] !== descriptions[i]) {
              descriptions[j] = descriptions[i];
              j++;
            }
          }
          descriptions.length = j;
        }
        switch (descriptions.length) {
          case 1:
            return descriptions[0];
          case 2:
            return descriptions[0] + " or " + descriptions[1];
          default:
            return descriptions.slice(0, -1).join(", ") + ", or " + descriptions[descriptions.length - 1];
        }
      }
      function describeFound(found2) {
        return found2 ? '"' + literalEscape(found2) + '"' : "end of input";
      }
      return "Expected " + describeExpected(expected) + " but " + describeFound(found) + " found.";
    };
    function peg$parse(input, options) {
      options = options !== void 0 ? options : {};
      var peg$FAILED = {};
      var peg$source = options.grammarSource;
      var peg$startRuleFunctions = {
        JSONPath: peg$parseJSONPath
      };
      var peg$startRuleFunction = peg$parseJSONPath;
      var peg$c0 = "$";
      var peg$c1 = "[";
      var peg$c2 = "]";
      var peg$c4 = "..";
      var peg$c5 = "(";
      var peg$c6 = ")";
      var peg$c7 = "?(";
      var peg$c8 = ":";
      var peg$c9 = "@";
      var peg$c10 = "()";
      var peg$c11 = "~";
      var peg$c12 = "^";
      var peg$c13 = ".";
      var peg$c14 = '"';
      var peg$c15 = "'";
      var peg$c16 = "-";
      var peg$c17 = "*";
      var peg$c18 = ".length";
      var peg$r0 = /^[a-z]/;
      var peg$r1 = /^[@[]/;
      var peg$r2 = /^[$_\-]/;
      var peg$r3 = /^[^"]/;
      var peg$r4 = /^[^']/;
      var peg$r5 = /^[A-Za-z]/;
      var peg$r6 = /^[0-9]/;
      var peg$r7 = /^[ \t]/;
      var peg$r8 = /^["]/;
      var peg$r9 = /^[']/;
      var peg$r10 = /^[ $@.,_=<>!|&+~%\^*\/;\-[\]]/;
      var peg$e0 = peg$literalExpectation("$", false);
      var peg$e1 = peg$literalExpectation("[", false);
      var peg$e2 = peg$literalExpectation("]", false);
      var peg$e3 = peg$literalExpectation(",", false);
      var peg$e4 = peg$literalExpectation("..", false);
      var peg$e5 = peg$literalExpectation("(", false);
      var peg$e6 = peg$literalExpectation(")", false);
      var peg$e7 = peg$literalExpectation("?(", false);
      var peg$e8 = peg$literalExpectation(":", false);
      var peg$e9 = peg$literalExpectation("@", false);
      var peg$e10 = peg$classExpectation([["a", "z"]], false, false);
      var peg$e11 = peg$literalExpectation("()", false);
      var peg$e12 = peg$literalExpectation("~", false);
      var peg$e13 = peg$literalExpectation("^", false);
      var peg$e14 = peg$literalExpectation(".", false);
      var peg$e15 = peg$classExpectation(["@", "["], false, false);
      var peg$e16 = peg$classExpectation(["$", "_", "-"], false, false);
      var peg$e17 = peg$literalExpectation('"', false);
      var peg$e18 = peg$classExpectation(['"'], true, false);
      var peg$e19 = peg$literalExpectation("'", false);
      var peg$e20 = peg$classExpectation(["'"], true, false);
      var peg$e21 = peg$literalExpectation("-", false);
      var peg$e22 = peg$literalExpectation("*", false);
      var peg$e23 = peg$classExpectation([["A", "Z"], ["a", "z"]], false, false);
      var peg$e24 = peg$classExpectation([["0", "9"]], false, false);
      var peg$e25 = peg$classExpectation([" ", "	"], false, false);
      var peg$e26 = peg$classExpectation(['"'], false, false);
      var peg$e27 = peg$classExpectation(["'"], false, false);
      var peg$e28 = peg$classExpectation([" ", "$", "@", ".", ",", "_", "=", "<", ">", "!", "|", "&", "+", "~", "%", "^", "*", "/", ";", "-", "[", "]"], false, false);
      var peg$e29 = peg$literalExpectation(".length", false);
      var peg$f0 = function(deep, step) {
        return {
          ...step,
          deep
        };
      };
      var peg$f1 = function(nodes, modifiers) {
        return nodes.concat(Array.isArray(modifiers) ? modifiers : modifiers === null ? [] : modifiers);
      };
      var peg$f2 = function() {
        return {
          type: "WildcardExpression"
        };
      };
      var peg$f3 = function(expression) {
        return expression;
      };
      var peg$f4 = function(value) {
        return value;
      };
      var peg$f5 = function(value) {
        return {
          type: "MultipleMemberExpression",
          value: [...new Set(value)]
        };
      };
      var peg$f6 = function() {
        return /^\$\.{2}[~^]*$/.test(input);
      };
      var peg$f7 = function() {
        return {
          type: "AllParentExpression"
        };
      };
      var peg$f8 = function(value) {
        return {
          type: "MemberExpression",
          value
        };
      };
      var peg$f9 = function(value) {
        return {
          type: "ScriptFilterExpression",
          value
        };
      };
      var peg$f10 = function(value) {
        return {
          type: "SliceExpression",
          value: value.split(":").reduce((values, val, i) => {
            if (val !== "") values[i] = Number(val);
            return values;
          }, [0, Infinity, 1])
        };
      };
      var peg$f11 = function(value) {
        return {
          type: "ScriptFilterExpression",
          value
        };
      };
      var peg$f12 = function(node) {
        return node.value;
      };
      var peg$f13 = function() {
        return {
          type: "KeyExpression"
        };
      };
      var peg$f14 = function() {
        return {
          type: "ParentExpression"
        };
      };
      var peg$f15 = function() {
        return true;
      };
      var peg$f16 = function() {
        return false;
      };
      var peg$f17 = function(value) {
        return value.length > 0 && Number.isSafeInteger(Number(value)) ? Number(value) : value;
      };
      var peg$f18 = function() {
        return text().slice(1, -1);
      };
      var peg$f19 = function() {
        return Number(text());
      };
      var peg$f20 = function(value) {
        return {
          type: "SliceExpression",
          value: [-value, Infinity, 1]
        };
      };
      var peg$currPos = 0;
      var peg$savedPos = 0;
      var peg$posDetailsCache = [{
        line: 1,
        column: 1
      }];
      var peg$maxFailPos = 0;
      var peg$maxFailExpected = [];
      var peg$silentFails = 0;
      var peg$result;
      if ("startRule" in options) {
        if (!(options.startRule in peg$startRuleFunctions)) {
          throw new Error(`Can't start parsing from rule "` + options.startRule + '".');
        }
        peg$startRuleFunction = peg$startRuleFunctions[options.startRule];
      }
      function text() {
        return input.substring(peg$savedPos, peg$currPos);
      }
      function peg$literalExpectation(text2, ignoreCase) {
        return {
          type: "literal",
          text: text2,
          ignoreCase
        };
      }
      function peg$classExpectation(parts, inverted, ignoreCase) {
        return {
          type: "class",
          parts,
          inverted,
          ignoreCase
        };
      }
      function peg$endExpectation() {
        return {
          type: "end"
        };
      }
      function peg$computePosDetails(pos) {
        var details = peg$posDetailsCache[pos];
        var p;
        if (details) {
          return details;
        } else {
          p = pos - 1;
          while (!peg$posDetailsCache[p]) {
            p--;
          }
          details = peg$posDetailsCache[p];
          details = {
            line: details.line,
            column: details.column
          };
          while (p < pos) {
            if (input.charCodeAt(p) === 10) {
              details.line++;
              details.column = 1;
            } else {
              details.column++;
            }
            p++;
          }
          peg$posDetailsCache[pos] = details;
          return details;
        }
      }
      function peg$computeLocation(startPos, endPos) {
        var startPosDetails = peg$computePosDetails(startPos);
        var endPosDetails = peg$computePosDetails(endPos);
        return {
          source: peg$source,
          start: {
            offset: startPos,
            line: startPosDetails.line,
            column: startPosDetails.column
          },
          end: {
            offset: endPos,
            line: endPosDetails.line,
            column: endPosDetails.column
          }
        };
      }
      function peg$fail(expected) {
        if (peg$currPos < peg$maxFailPos) {
          return;
        }
        if (peg$currPos > peg$maxFailPos) {
          peg$maxFailPos = peg$currPos;
          peg$maxFailExpected = [];
        }
        peg$maxFailExpected.push(expected);
      }
      function peg$buildStructuredError(expected, found, location) {
        return new peg$SyntaxError(peg$SyntaxError.buildMessage(expected, found), expected, found, location);
      }
      function peg$parseJSONPath() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = peg$parseRoot();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$parseAllParentExpression();
          if (s3 === peg$FAILED) {
            s3 = peg$currPos;
            s4 = peg$parseDescendant();
            if (s4 !== peg$FAILED) {
              s5 = peg$parseNode();
              if (s5 !== peg$FAILED) {
                peg$savedPos = s3;
                s3 = peg$f0(s4, s5);
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$parseAllParentExpression();
            if (s3 === peg$FAILED) {
              s3 = peg$currPos;
              s4 = peg$parseDescendant();
              if (s4 !== peg$FAILED) {
                s5 = peg$parseNode();
                if (s5 !== peg$FAILED) {
                  peg$savedPos = s3;
                  s3 = peg$f0(s4, s5);
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            }
          }
          s3 = [];
          s4 = peg$parseModifier();
          if (s4 !== peg$FAILED) {
            while (s4 !== peg$FAILED) {
              s3.push(s4);
              s4 = peg$parseModifier();
            }
          } else {
            s3 = peg$FAILED;
          }
          if (s3 === peg$FAILED) {
            s3 = null;
          }
          peg$savedPos = s0;
          s0 = peg$f1(s2, s3);
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseRoot() {
        var s0;
        if (input.charCodeAt(peg$currPos) === 36) {
          s0 = peg$c0;
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e0);
          }
        }
        return s0;
      }
      function peg$parseNode() {
        var s0, s1, s2, s3, s4;
        s0 = peg$parseMemberExpression();
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = peg$parseWildcard();
          if (s1 === peg$FAILED) {
            s1 = peg$currPos;
            if (input.charCodeAt(peg$currPos) === 91) {
              s2 = peg$c1;
              peg$currPos++;
            } else {
              s2 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e1);
              }
            }
            if (s2 !== peg$FAILED) {
              s3 = peg$parseWildcard();
              if (s3 !== peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 93) {
                  s4 = peg$c2;
                  peg$currPos++;
                } else {
                  s4 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$e2);
                  }
                }
                if (s4 !== peg$FAILED) {
                  s2 = [s2, s3, s4];
                  s1 = s2;
                } else {
                  peg$currPos = s1;
                  s1 = peg$FAILED;
                }
              } else {
                peg$currPos = s1;
                s1 = peg$FAILED;
              }
            } else {
              peg$currPos = s1;
              s1 = peg$FAILED;
            }
          }
          if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f2();
          }
          s0 = s1;
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            if (input.charCodeAt(peg$currPos) === 91) {
              s1 = peg$c1;
              peg$currPos++;
            } else {
              s1 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e1);
              }
            }
            if (s1 !== peg$FAILED) {
              s2 = peg$parseScriptExpression();
              if (s2 !== peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 93) {
                  s3 = peg$c2;
                  peg$currPos++;
                } else {
                  s3 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$e2);
                  }
                }
                if (s3 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s0 = peg$f3(s2);
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
            if (s0 === peg$FAILED) {
              s0 = peg$currPos;
              if (input.charCodeAt(peg$currPos) === 91) {
                s1 = peg$c1;
                peg$currPos++;
              } else {
                s1 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$e1);
                }
              }
              if (s1 !== peg$FAILED) {
                s2 = peg$parseScriptFilterExpression();
                if (s2 !== peg$FAILED) {
                  if (input.charCodeAt(peg$currPos) === 93) {
                    s3 = peg$c2;
                    peg$currPos++;
                  } else {
                    s3 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$e2);
                    }
                  }
                  if (s3 !== peg$FAILED) {
                    peg$savedPos = s0;
                    s0 = peg$f3(s2);
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
              if (s0 === peg$FAILED) {
                s0 = peg$currPos;
                s1 = peg$parseJsonPathPlusFilterFunction();
                if (s1 === peg$FAILED) {
                  s1 = peg$parseCustomScriptFilterExpression();
                }
                if (s1 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$f3(s1);
                }
                s0 = s1;
                if (s0 === peg$FAILED) {
                  s0 = peg$currPos;
                  if (input.charCodeAt(peg$currPos) === 91) {
                    s1 = peg$c1;
                    peg$currPos++;
                  } else {
                    s1 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$e1);
                    }
                  }
                  if (s1 !== peg$FAILED) {
                    s2 = [];
                    s3 = peg$currPos;
                    s4 = peg$parseMemberIdentifier();
                    if (s4 !== peg$FAILED) {
                      if (input.charCodeAt(peg$currPos) === 44) {
                        peg$currPos++;
                      } else {
                        if (peg$silentFails === 0) {
                          peg$fail(peg$e3);
                        }
                      }
                      peg$savedPos = s3;
                      s3 = peg$f4(s4);
                    } else {
                      peg$currPos = s3;
                      s3 = peg$FAILED;
                    }
                    while (s3 !== peg$FAILED) {
                      s2.push(s3);
                      s3 = peg$currPos;
                      s4 = peg$parseMemberIdentifier();
                      if (s4 !== peg$FAILED) {
                        if (input.charCodeAt(peg$currPos) === 44) {
                          peg$currPos++;
                        } else {
                          if (peg$silentFails === 0) {
                            peg$fail(peg$e3);
                          }
                        }
                        peg$savedPos = s3;
                        s3 = peg$f4(s4);
                      } else {
                        peg$currPos = s3;
                        s3 = peg$FAILED;
                      }
                    }
                    if (input.charCodeAt(peg$currPos) === 93) {
                      s3 = peg$c2;
                      peg$currPos++;
                    } else {
                      s3 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$e2);
                      }
                    }
                    if (s3 !== peg$FAILED) {
                      peg$savedPos = s0;
                      s0 = peg$f5(s2);
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                  if (s0 === peg$FAILED) {
                    s0 = peg$currPos;
                    if (input.charCodeAt(peg$currPos) === 91) {
                      s1 = peg$c1;
                      peg$currPos++;
                    } else {
                      s1 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$e1);
                      }
                    }
                    if (s1 !== peg$FAILED) {
                      s2 = peg$parseSliceExpression();
                      if (s2 !== peg$FAILED) {
                        if (input.charCodeAt(peg$currPos) === 93) {
                          s3 = peg$c2;
                          peg$currPos++;
                        } else {
                          s3 = peg$FAILED;
                          if (peg$silentFails === 0) {
                            peg$fail(peg$e2);
                          }
                        }
                        if (s3 !== peg$FAILED) {
                          peg$savedPos = s0;
                          s0 = peg$f3(s2);
                        } else {
                          peg$currPos = s0;
                          s0 = peg$FAILED;
                        }
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  }
                }
              }
            }
          }
        }
        return s0;
      }
      function peg$parseAllParentExpression() {
        var s0, s1, s2;
        s0 = peg$currPos;
        peg$savedPos = peg$currPos;
        s1 = peg$f6();
        if (s1) {
          s1 = void 0;
        } else {
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          if (input.substr(peg$currPos, 2) === peg$c4) {
            s2 = peg$c4;
            peg$currPos += 2;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e4);
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s0 = peg$f7();
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseMemberExpression() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = peg$parseIdentifier();
        if (s1 === peg$FAILED) {
          s1 = peg$currPos;
          if (input.charCodeAt(peg$currPos) === 91) {
            s2 = peg$c1;
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e1);
            }
          }
          if (s2 !== peg$FAILED) {
            s3 = peg$parseMemberIdentifier();
            if (s3 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 93) {
                s4 = peg$c2;
                peg$currPos++;
              } else {
                s4 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$e2);
                }
              }
              if (s4 !== peg$FAILED) {
                peg$savedPos = s1;
                s1 = peg$f4(s3);
              } else {
                peg$currPos = s1;
                s1 = peg$FAILED;
              }
            } else {
              peg$currPos = s1;
              s1 = peg$FAILED;
            }
          } else {
            peg$currPos = s1;
            s1 = peg$FAILED;
          }
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$f8(s1);
        }
        s0 = s1;
        return s0;
      }
      function peg$parseScriptExpression() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 40) {
          s1 = peg$c5;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e5);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseEvalExpression();
          if (s2 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 41) {
              s3 = peg$c6;
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e6);
              }
            }
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s0 = peg$f4(s2);
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseScriptFilterExpression() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 2) === peg$c7) {
          s1 = peg$c7;
          peg$currPos += 2;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e7);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseJSScript();
          if (s2 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 41) {
              s3 = peg$c6;
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e6);
              }
            }
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s0 = peg$f9(s2);
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseSliceExpression() {
        var s0, s1, s2, s3, s4, s5, s6;
        s0 = peg$currPos;
        s1 = peg$currPos;
        s2 = peg$currPos;
        s3 = peg$currPos;
        s4 = peg$parseNumber();
        if (s4 !== peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 58) {
            s5 = peg$c8;
            peg$currPos++;
          } else {
            s5 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e8);
            }
          }
          if (s5 !== peg$FAILED) {
            s6 = peg$parseNumber();
            if (s6 === peg$FAILED) {
              s6 = null;
            }
            s4 = [s4, s5, s6];
            s3 = s4;
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
        } else {
          peg$currPos = s3;
          s3 = peg$FAILED;
        }
        if (s3 === peg$FAILED) {
          s3 = peg$currPos;
          if (input.charCodeAt(peg$currPos) === 58) {
            s4 = peg$c8;
            peg$currPos++;
          } else {
            s4 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e8);
            }
          }
          if (s4 !== peg$FAILED) {
            s5 = peg$parseNumber();
            if (s5 === peg$FAILED) {
              s5 = null;
            }
            s4 = [s4, s5];
            s3 = s4;
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          if (s3 === peg$FAILED) {
            s3 = peg$parseNumber();
          }
        }
        if (s3 !== peg$FAILED) {
          s4 = peg$currPos;
          if (input.charCodeAt(peg$currPos) === 58) {
            s5 = peg$c8;
            peg$currPos++;
          } else {
            s5 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e8);
            }
          }
          if (s5 !== peg$FAILED) {
            s6 = peg$parseNumber();
            if (s6 !== peg$FAILED) {
              s5 = [s5, s6];
              s4 = s5;
            } else {
              peg$currPos = s4;
              s4 = peg$FAILED;
            }
          } else {
            peg$currPos = s4;
            s4 = peg$FAILED;
          }
          if (s4 === peg$FAILED) {
            s4 = null;
          }
          s3 = [s3, s4];
          s2 = s3;
        } else {
          peg$currPos = s2;
          s2 = peg$FAILED;
        }
        if (s2 !== peg$FAILED) {
          s1 = input.substring(s1, peg$currPos);
        } else {
          s1 = s2;
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$f10(s1);
        }
        s0 = s1;
        return s0;
      }
      function peg$parseJsonPathPlusFilterFunction() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = peg$currPos;
        s2 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 64) {
          s3 = peg$c9;
          peg$currPos++;
        } else {
          s3 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e9);
          }
        }
        if (s3 !== peg$FAILED) {
          s4 = [];
          if (peg$r0.test(input.charAt(peg$currPos))) {
            s5 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s5 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e10);
            }
          }
          if (s5 !== peg$FAILED) {
            while (s5 !== peg$FAILED) {
              s4.push(s5);
              if (peg$r0.test(input.charAt(peg$currPos))) {
                s5 = input.charAt(peg$currPos);
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$e10);
                }
              }
            }
          } else {
            s4 = peg$FAILED;
          }
          if (s4 !== peg$FAILED) {
            if (input.substr(peg$currPos, 2) === peg$c10) {
              s5 = peg$c10;
              peg$currPos += 2;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e11);
              }
            }
            if (s5 !== peg$FAILED) {
              s3 = [s3, s4, s5];
              s2 = s3;
            } else {
              peg$currPos = s2;
              s2 = peg$FAILED;
            }
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
        } else {
          peg$currPos = s2;
          s2 = peg$FAILED;
        }
        if (s2 !== peg$FAILED) {
          s1 = input.substring(s1, peg$currPos);
        } else {
          s1 = s2;
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$f11(s1);
        }
        s0 = s1;
        return s0;
      }
      function peg$parseCustomScriptFilterExpression() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = peg$currPos;
        s2 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 64) {
          s3 = peg$c9;
          peg$currPos++;
        } else {
          s3 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e9);
          }
        }
        if (s3 !== peg$FAILED) {
          s4 = peg$parseJsonPathPlusFilterFunction();
          if (s4 !== peg$FAILED) {
            peg$savedPos = s2;
            s2 = peg$f12(s4);
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
        } else {
          peg$currPos = s2;
          s2 = peg$FAILED;
        }
        if (s2 !== peg$FAILED) {
          s1 = input.substring(s1, peg$currPos);
        } else {
          s1 = s2;
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$f11(s1);
        }
        s0 = s1;
        return s0;
      }
      function peg$parseKeyExpression() {
        var s0, s1;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 126) {
          s1 = peg$c11;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e12);
          }
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$f13();
        }
        s0 = s1;
        return s0;
      }
      function peg$parseParentExpression() {
        var s0, s1;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 94) {
          s1 = peg$c12;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e13);
          }
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$f14();
        }
        s0 = s1;
        return s0;
      }
      function peg$parseModifier() {
        var s0;
        s0 = peg$parseKeyExpression();
        if (s0 === peg$FAILED) {
          s0 = peg$parseParentExpression();
        }
        return s0;
      }
      function peg$parseDescendant() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 2) === peg$c4) {
          s1 = peg$c4;
          peg$currPos += 2;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e4);
          }
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$f15();
        }
        s0 = s1;
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          if (input.charCodeAt(peg$currPos) === 46) {
            s1 = peg$c13;
            peg$currPos++;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e14);
            }
          }
          if (s1 !== peg$FAILED) {
            s2 = peg$currPos;
            peg$silentFails++;
            if (input.charCodeAt(peg$currPos) === 91) {
              s3 = peg$c1;
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e1);
              }
            }
            peg$silentFails--;
            if (s3 !== peg$FAILED) {
              peg$currPos = s2;
              s2 = void 0;
            } else {
              s2 = peg$FAILED;
            }
            if (s2 !== peg$FAILED) {
              peg$savedPos = s0;
              s0 = peg$f15();
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            if (input.charCodeAt(peg$currPos) === 46) {
              s1 = peg$c13;
              peg$currPos++;
            } else {
              s1 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e14);
              }
            }
            if (s1 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$f16();
            }
            s0 = s1;
            if (s0 === peg$FAILED) {
              s0 = peg$currPos;
              s1 = peg$currPos;
              peg$silentFails++;
              if (peg$r1.test(input.charAt(peg$currPos))) {
                s2 = input.charAt(peg$currPos);
                peg$currPos++;
              } else {
                s2 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$e15);
                }
              }
              peg$silentFails--;
              if (s2 !== peg$FAILED) {
                peg$currPos = s1;
                s1 = void 0;
              } else {
                s1 = peg$FAILED;
              }
              if (s1 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$f16();
              }
              s0 = s1;
            }
          }
        }
        return s0;
      }
      function peg$parseIdentifier() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        if (peg$r2.test(input.charAt(peg$currPos))) {
          s2 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s2 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e16);
          }
        }
        if (s2 === peg$FAILED) {
          s2 = peg$parseChar();
          if (s2 === peg$FAILED) {
            s2 = peg$parseDigit();
          }
        }
        if (s2 !== peg$FAILED) {
          while (s2 !== peg$FAILED) {
            s1.push(s2);
            if (peg$r2.test(input.charAt(peg$currPos))) {
              s2 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s2 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e16);
              }
            }
            if (s2 === peg$FAILED) {
              s2 = peg$parseChar();
              if (s2 === peg$FAILED) {
                s2 = peg$parseDigit();
              }
            }
          }
        } else {
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          s0 = input.substring(s0, peg$currPos);
        } else {
          s0 = s1;
        }
        return s0;
      }
      function peg$parseMemberIdentifier() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = peg$parseIdentifier();
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$f17(s1);
        }
        s0 = s1;
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = peg$currPos;
          if (input.charCodeAt(peg$currPos) === 34) {
            s2 = peg$c14;
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e17);
            }
          }
          if (s2 !== peg$FAILED) {
            s3 = peg$currPos;
            s4 = [];
            if (peg$r3.test(input.charAt(peg$currPos))) {
              s5 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e18);
              }
            }
            while (s5 !== peg$FAILED) {
              s4.push(s5);
              if (peg$r3.test(input.charAt(peg$currPos))) {
                s5 = input.charAt(peg$currPos);
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$e18);
                }
              }
            }
            s3 = input.substring(s3, peg$currPos);
            if (input.charCodeAt(peg$currPos) === 34) {
              s4 = peg$c14;
              peg$currPos++;
            } else {
              s4 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e17);
              }
            }
            if (s4 !== peg$FAILED) {
              s2 = [s2, s3, s4];
              s1 = s2;
            } else {
              peg$currPos = s1;
              s1 = peg$FAILED;
            }
          } else {
            peg$currPos = s1;
            s1 = peg$FAILED;
          }
          if (s1 === peg$FAILED) {
            s1 = peg$currPos;
            if (input.charCodeAt(peg$currPos) === 39) {
              s2 = peg$c15;
              peg$currPos++;
            } else {
              s2 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e19);
              }
            }
            if (s2 !== peg$FAILED) {
              s3 = peg$currPos;
              s4 = [];
              if (peg$r4.test(input.charAt(peg$currPos))) {
                s5 = input.charAt(peg$currPos);
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$e20);
                }
              }
              while (s5 !== peg$FAILED) {
                s4.push(s5);
                if (peg$r4.test(input.charAt(peg$currPos))) {
                  s5 = input.charAt(peg$currPos);
                  peg$currPos++;
                } else {
                  s5 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$e20);
                  }
                }
              }
              s3 = input.substring(s3, peg$currPos);
              if (input.charCodeAt(peg$currPos) === 39) {
                s4 = peg$c15;
                peg$currPos++;
              } else {
                s4 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$e19);
                }
              }
              if (s4 !== peg$FAILED) {
                s2 = [s2, s3, s4];
                s1 = s2;
              } else {
                peg$currPos = s1;
                s1 = peg$FAILED;
              }
            } else {
              peg$currPos = s1;
              s1 = peg$FAILED;
            }
          }
          if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f18();
          }
          s0 = s1;
        }
        return s0;
      }
      function peg$parseNumber() {
        var s0, s2, s3;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 45) {
          peg$currPos++;
        } else {
          if (peg$silentFails === 0) {
            peg$fail(peg$e21);
          }
        }
        s2 = [];
        s3 = peg$parseDigit();
        if (s3 !== peg$FAILED) {
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$parseDigit();
          }
        } else {
          s2 = peg$FAILED;
        }
        if (s2 !== peg$FAILED) {
          peg$savedPos = s0;
          s0 = peg$f19();
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseWildcard() {
        var s0;
        if (input.charCodeAt(peg$currPos) === 42) {
          s0 = peg$c17;
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e22);
          }
        }
        return s0;
      }
      function peg$parseChar() {
        var s0;
        if (peg$r5.test(input.charAt(peg$currPos))) {
          s0 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e23);
          }
        }
        return s0;
      }
      function peg$parseDigit() {
        var s0;
        if (peg$r6.test(input.charAt(peg$currPos))) {
          s0 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e24);
          }
        }
        return s0;
      }
      function peg$parseSpace() {
        var s0;
        if (peg$r7.test(input.charAt(peg$currPos))) {
          s0 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e25);
          }
        }
        return s0;
      }
      function peg$parseJSScript() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parseChar();
        if (s2 === peg$FAILED) {
          s2 = peg$parseDigit();
          if (s2 === peg$FAILED) {
            s2 = peg$parseSpace();
            if (s2 === peg$FAILED) {
              s2 = peg$parseJSToken();
              if (s2 === peg$FAILED) {
                s2 = peg$parseJSString();
                if (s2 === peg$FAILED) {
                  s2 = peg$parseJSScriptElementAccess();
                  if (s2 === peg$FAILED) {
                    s2 = peg$parseJSFnCall();
                  }
                }
              }
            }
          }
        }
        if (s2 !== peg$FAILED) {
          while (s2 !== peg$FAILED) {
            s1.push(s2);
            s2 = peg$parseChar();
            if (s2 === peg$FAILED) {
              s2 = peg$parseDigit();
              if (s2 === peg$FAILED) {
                s2 = peg$parseSpace();
                if (s2 === peg$FAILED) {
                  s2 = peg$parseJSToken();
                  if (s2 === peg$FAILED) {
                    s2 = peg$parseJSString();
                    if (s2 === peg$FAILED) {
                      s2 = peg$parseJSScriptElementAccess();
                      if (s2 === peg$FAILED) {
                        s2 = peg$parseJSFnCall();
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          s0 = input.substring(s0, peg$currPos);
        } else {
          s0 = s1;
        }
        return s0;
      }
      function peg$parseJSScriptElementAccess() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 91) {
          s1 = peg$c1;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e1);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$parseDigit();
          if (s3 === peg$FAILED) {
            s3 = peg$parseChar();
            if (s3 === peg$FAILED) {
              s3 = peg$parseJSString();
              if (s3 === peg$FAILED) {
                s3 = peg$parseJSFnCall();
              }
            }
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$parseDigit();
            if (s3 === peg$FAILED) {
              s3 = peg$parseChar();
              if (s3 === peg$FAILED) {
                s3 = peg$parseJSString();
                if (s3 === peg$FAILED) {
                  s3 = peg$parseJSFnCall();
                }
              }
            }
          }
          if (input.charCodeAt(peg$currPos) === 93) {
            s3 = peg$c2;
            peg$currPos++;
          } else {
            s3 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e2);
            }
          }
          if (s3 !== peg$FAILED) {
            s1 = [s1, s2, s3];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseJSString() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (peg$r8.test(input.charAt(peg$currPos))) {
          s1 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e26);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = [];
          if (peg$r3.test(input.charAt(peg$currPos))) {
            s3 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s3 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e18);
            }
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            if (peg$r3.test(input.charAt(peg$currPos))) {
              s3 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e18);
              }
            }
          }
          if (peg$r8.test(input.charAt(peg$currPos))) {
            s3 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s3 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e26);
            }
          }
          if (s3 !== peg$FAILED) {
            s1 = [s1, s2, s3];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          if (peg$r9.test(input.charAt(peg$currPos))) {
            s1 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e27);
            }
          }
          if (s1 !== peg$FAILED) {
            s2 = [];
            if (peg$r4.test(input.charAt(peg$currPos))) {
              s3 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e20);
              }
            }
            while (s3 !== peg$FAILED) {
              s2.push(s3);
              if (peg$r4.test(input.charAt(peg$currPos))) {
                s3 = input.charAt(peg$currPos);
                peg$currPos++;
              } else {
                s3 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$e20);
                }
              }
            }
            if (peg$r9.test(input.charAt(peg$currPos))) {
              s3 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e27);
              }
            }
            if (s3 !== peg$FAILED) {
              s1 = [s1, s2, s3];
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        }
        return s0;
      }
      function peg$parseJSToken() {
        var s0;
        if (peg$r10.test(input.charAt(peg$currPos))) {
          s0 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e28);
          }
        }
        return s0;
      }
      function peg$parseJSFnCall() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 40) {
          s1 = peg$c5;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e5);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$parseJSString();
          if (s3 === peg$FAILED) {
            s3 = peg$parseChar();
            if (s3 === peg$FAILED) {
              s3 = peg$parseDigit();
              if (s3 === peg$FAILED) {
                s3 = peg$parseJSScriptElementAccess();
                if (s3 === peg$FAILED) {
                  s3 = peg$parseJSToken();
                  if (s3 === peg$FAILED) {
                    s3 = peg$parseSpace();
                    if (s3 === peg$FAILED) {
                      s3 = peg$parseJSFnCall();
                    }
                  }
                }
              }
            }
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$parseJSString();
            if (s3 === peg$FAILED) {
              s3 = peg$parseChar();
              if (s3 === peg$FAILED) {
                s3 = peg$parseDigit();
                if (s3 === peg$FAILED) {
                  s3 = peg$parseJSScriptElementAccess();
                  if (s3 === peg$FAILED) {
                    s3 = peg$parseJSToken();
                    if (s3 === peg$FAILED) {
                      s3 = peg$parseSpace();
                      if (s3 === peg$FAILED) {
                        s3 = peg$parseJSFnCall();
                      }
                    }
                  }
                }
              }
            }
          }
          if (input.charCodeAt(peg$currPos) === 41) {
            s3 = peg$c6;
            peg$currPos++;
          } else {
            s3 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e6);
            }
          }
          if (s3 !== peg$FAILED) {
            s1 = [s1, s2, s3];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseEvalExpression() {
        var s0, s1, s2;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 64) {
          s1 = peg$c9;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e9);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseLengthEvalExpression();
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s0 = peg$f4(s2);
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseLengthEvalExpression() {
        var s0, s1, s2, s3, s4, s5, s6, s7;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 7) === peg$c18) {
          s1 = peg$c18;
          peg$currPos += 7;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e29);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$parseSpace();
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$parseSpace();
          }
          if (input.charCodeAt(peg$currPos) === 45) {
            s3 = peg$c16;
            peg$currPos++;
          } else {
            s3 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e21);
            }
          }
          if (s3 !== peg$FAILED) {
            s4 = [];
            s5 = peg$parseSpace();
            while (s5 !== peg$FAILED) {
              s4.push(s5);
              s5 = peg$parseSpace();
            }
            s5 = peg$currPos;
            s6 = [];
            s7 = peg$parseDigit();
            if (s7 !== peg$FAILED) {
              while (s7 !== peg$FAILED) {
                s6.push(s7);
                s7 = peg$parseDigit();
              }
            } else {
              s6 = peg$FAILED;
            }
            if (s6 !== peg$FAILED) {
              s5 = input.substring(s5, peg$currPos);
            } else {
              s5 = s6;
            }
            if (s5 !== peg$FAILED) {
              peg$savedPos = s0;
              s0 = peg$f20(s5);
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      peg$result = peg$startRuleFunction();
      if (peg$result !== peg$FAILED && peg$currPos === input.length) {
        return peg$result;
      } else {
        if (peg$result !== peg$FAILED && peg$currPos < input.length) {
          peg$fail(peg$endExpectation());
        }
        throw peg$buildStructuredError(peg$maxFailExpected, peg$maxFailPos < input.length ? input.charAt(peg$maxFailPos) : null, peg$maxFailPos < input.length ? peg$computeLocation(peg$maxFailPos, peg$maxFailPos + 1) : peg$computeLocation(peg$maxFailPos, peg$maxFailPos));
      }
    }
    exports.SyntaxError = peg$SyntaxError;
    exports.parse = peg$parse;
  }
});

// node_modules/nimma/dist/legacy/cjs/parser/index.js
var require_parser2 = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/parser/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var parserError = require_parser_error();
    var parser = require_parser();
    var {
      parse
    } = parser;
    function parse$1(input) {
      try {
        return parse(input);
      } catch (e) {
        throw new parserError["default"](e.message, input, {
          cause: e
        });
      }
    }
    exports["default"] = parse$1;
  }
});

// node_modules/nimma/dist/legacy/cjs/core/utils/parse-expressions.js
var require_parse_expressions = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/core/utils/parse-expressions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var iterator = require_iterator();
    var index3 = require_parser2();
    var aggregateError = require_aggregate_error();
    function pickException([, ex]) {
      return ex;
    }
    function pickExpression([expression]) {
      return expression;
    }
    function parseExpressions(expressions, unsafe, hasFallback) {
      const mappedExpressions = [];
      const erroredExpressions = [];
      for (const expression of new Set(expressions)) {
        try {
          const parsed = index3["default"](expression);
          if (unsafe === false && iterator["default"].analyze(parsed).bailed) {
            throw SyntaxError("Unsafe expressions are ignored, but no fallback was specified");
          }
          mappedExpressions.push([expression, parsed]);
        } catch (e) {
          erroredExpressions.push([expression, e]);
        }
      }
      if (!hasFallback && erroredExpressions.length > 0) {
        throw new aggregateError["default"](erroredExpressions.map(pickException), `Error parsing ${erroredExpressions.map(pickExpression).join(", ")}`);
      }
      return {
        erroredExpressions: erroredExpressions.map(pickExpression),
        mappedExpressions
      };
    }
    exports["default"] = parseExpressions;
  }
});

// node_modules/nimma/dist/legacy/cjs/core/index.js
var require_core = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var _rollupPluginBabelHelpers = require_rollupPluginBabelHelpers();
    var index3 = require_baseline();
    var index$1 = require_runtime();
    var determineFormat = require_determine_format();
    var parseExpressions = require_parse_expressions();
    var IMPORT_DECLARATIONS_REGEXP = /import\s*({[^}]+})\s*from\s*['"][^'"]+['"];?/;
    var _fallback = /* @__PURE__ */ new WeakMap();
    var _compiledFn = /* @__PURE__ */ new WeakMap();
    var Nimma = class {
      constructor(expressions, {
        fallback = null,
        unsafe = true,
        output = "auto",
        npmProvider = null,
        customShorthands = null
      } = {}) {
        _fallback.set(this, {
          writable: true,
          value: void 0
        });
        _compiledFn.set(this, {
          writable: true,
          value: void 0
        });
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _fallback, fallback);
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _compiledFn, null);
        const {
          erroredExpressions,
          mappedExpressions
        } = parseExpressions["default"](expressions, unsafe, fallback !== null);
        this.tree = index3["default"](mappedExpressions, {
          customShorthands,
          format: output === "auto" ? determineFormat["default"]() : output,
          npmProvider
        });
        if (erroredExpressions.length > 0) {
          this.tree.attachFallbackExpressions(fallback, erroredExpressions);
        }
        this.sourceCode = String(this.tree);
      }
      query(input, callbacks) {
        if (_rollupPluginBabelHelpers.classPrivateFieldGet(this, _compiledFn) !== null) {
          _rollupPluginBabelHelpers.classPrivateFieldGet(this, _compiledFn).call(this, input, callbacks);
          return;
        }
        const globals = "__nimma_globals__";
        const code = this.sourceCode.replace("export default function", `return function`).replace(IMPORT_DECLARATIONS_REGEXP, `const $1 = ${globals};`).replace(RegExp(IMPORT_DECLARATIONS_REGEXP.source, "g"), "");
        _rollupPluginBabelHelpers.classPrivateFieldSet(this, _compiledFn, Function(globals, ..._rollupPluginBabelHelpers.classPrivateFieldGet(this, _fallback) === null ? [] : Array.from(_rollupPluginBabelHelpers.classPrivateFieldGet(this, _fallback).runtimeDeps.keys()), code)(index$1, ..._rollupPluginBabelHelpers.classPrivateFieldGet(this, _fallback) === null ? [] : Array.from(_rollupPluginBabelHelpers.classPrivateFieldGet(this, _fallback).runtimeDeps.values())));
        _rollupPluginBabelHelpers.classPrivateFieldGet(this, _compiledFn).call(this, input, callbacks);
      }
    };
    exports["default"] = Nimma;
  }
});

// node_modules/nimma/dist/legacy/cjs/index.js
var require_cjs = __commonJS({
  "node_modules/nimma/dist/legacy/cjs/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var index3 = require_core();
    exports.default = index3["default"];
  }
});

// node_modules/lodash.topath/index.js
var require_lodash2 = __commonJS({
  "node_modules/lodash.topath/index.js"(exports, module) {
    var FUNC_ERROR_TEXT = "Expected a function";
    var HASH_UNDEFINED = "__lodash_hash_undefined__";
    var INFINITY = 1 / 0;
    var funcTag = "[object Function]";
    var genTag = "[object GeneratorFunction]";
    var symbolTag = "[object Symbol]";
    var reLeadingDot = /^\./;
    var rePropName = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
    var reRegExpChar = /[\\^$.*+?()[\]{}|]/g;
    var reEscapeChar = /\\(\\)?/g;
    var reIsHostCtor = /^\[object .+?Constructor\]$/;
    var freeGlobal = typeof global == "object" && global && global.Object === Object && global;
    var freeSelf = typeof self == "object" && self && self.Object === Object && self;
    var root = freeGlobal || freeSelf || Function("return this")();
    function arrayMap(array, iteratee) {
      var index3 = -1, length = array ? array.length : 0, result = Array(length);
      while (++index3 < length) {
        result[index3] = iteratee(array[index3], index3, array);
      }
      return result;
    }
    function getValue(object, key) {
      return object == null ? void 0 : object[key];
    }
    function isHostObject(value) {
      var result = false;
      if (value != null && typeof value.toString != "function") {
        try {
          result = !!(value + "");
        } catch (e) {
        }
      }
      return result;
    }
    var arrayProto = Array.prototype;
    var funcProto = Function.prototype;
    var objectProto = Object.prototype;
    var coreJsData = root["__core-js_shared__"];
    var maskSrcKey = (function() {
      var uid = /[^.]+$/.exec(coreJsData && coreJsData.keys && coreJsData.keys.IE_PROTO || "");
      return uid ? "Symbol(src)_1." + uid : "";
    })();
    var funcToString = funcProto.toString;
    var hasOwnProperty = objectProto.hasOwnProperty;
    var objectToString = objectProto.toString;
    var reIsNative = RegExp(
      "^" + funcToString.call(hasOwnProperty).replace(reRegExpChar, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
    );
    var Symbol2 = root.Symbol;
    var splice = arrayProto.splice;
    var Map2 = getNative(root, "Map");
    var nativeCreate = getNative(Object, "create");
    var symbolProto = Symbol2 ? Symbol2.prototype : void 0;
    var symbolToString = symbolProto ? symbolProto.toString : void 0;
    function Hash(entries) {
      var index3 = -1, length = entries ? entries.length : 0;
      this.clear();
      while (++index3 < length) {
        var entry = entries[index3];
        this.set(entry[0], entry[1]);
      }
    }
    function hashClear() {
      this.__data__ = nativeCreate ? nativeCreate(null) : {};
    }
    function hashDelete(key) {
      return this.has(key) && delete this.__data__[key];
    }
    function hashGet(key) {
      var data = this.__data__;
      if (nativeCreate) {
        var result = data[key];
        return result === HASH_UNDEFINED ? void 0 : result;
      }
      return hasOwnProperty.call(data, key) ? data[key] : void 0;
    }
    function hashHas(key) {
      var data = this.__data__;
      return nativeCreate ? data[key] !== void 0 : hasOwnProperty.call(data, key);
    }
    function hashSet(key, value) {
      var data = this.__data__;
      data[key] = nativeCreate && value === void 0 ? HASH_UNDEFINED : value;
      return this;
    }
    Hash.prototype.clear = hashClear;
    Hash.prototype["delete"] = hashDelete;
    Hash.prototype.get = hashGet;
    Hash.prototype.has = hashHas;
    Hash.prototype.set = hashSet;
    function ListCache(entries) {
      var index3 = -1, length = entries ? entries.length : 0;
      this.clear();
      while (++index3 < length) {
        var entry = entries[index3];
        this.set(entry[0], entry[1]);
      }
    }
    function listCacheClear() {
      this.__data__ = [];
    }
    function listCacheDelete(key) {
      var data = this.__data__, index3 = assocIndexOf(data, key);
      if (index3 < 0) {
        return false;
      }
      var lastIndex = data.length - 1;
      if (index3 == lastIndex) {
        data.pop();
      } else {
        splice.call(data, index3, 1);
      }
      return true;
    }
    function listCacheGet(key) {
      var data = this.__data__, index3 = assocIndexOf(data, key);
      return index3 < 0 ? void 0 : data[index3][1];
    }
    function listCacheHas(key) {
      return assocIndexOf(this.__data__, key) > -1;
    }
    function listCacheSet(key, value) {
      var data = this.__data__, index3 = assocIndexOf(data, key);
      if (index3 < 0) {
        data.push([key, value]);
      } else {
        data[index3][1] = value;
      }
      return this;
    }
    ListCache.prototype.clear = listCacheClear;
    ListCache.prototype["delete"] = listCacheDelete;
    ListCache.prototype.get = listCacheGet;
    ListCache.prototype.has = listCacheHas;
    ListCache.prototype.set = listCacheSet;
    function MapCache(entries) {
      var index3 = -1, length = entries ? entries.length : 0;
      this.clear();
      while (++index3 < length) {
        var entry = entries[index3];
        this.set(entry[0], entry[1]);
      }
    }
    function mapCacheClear() {
      this.__data__ = {
        "hash": new Hash(),
        "map": new (Map2 || ListCache)(),
        "string": new Hash()
      };
    }
    function mapCacheDelete(key) {
      return getMapData(this, key)["delete"](key);
    }
    function mapCacheGet(key) {
      return getMapData(this, key).get(key);
    }
    function mapCacheHas(key) {
      return getMapData(this, key).has(key);
    }
    function mapCacheSet(key, value) {
      getMapData(this, key).set(key, value);
      return this;
    }
    MapCache.prototype.clear = mapCacheClear;
    MapCache.prototype["delete"] = mapCacheDelete;
    MapCache.prototype.get = mapCacheGet;
    MapCache.prototype.has = mapCacheHas;
    MapCache.prototype.set = mapCacheSet;
    function assocIndexOf(array, key) {
      var length = array.length;
      while (length--) {
        if (eq(array[length][0], key)) {
          return length;
        }
      }
      return -1;
    }
    function baseIsNative(value) {
      if (!isObject(value) || isMasked(value)) {
        return false;
      }
      var pattern = isFunction(value) || isHostObject(value) ? reIsNative : reIsHostCtor;
      return pattern.test(toSource(value));
    }
    function baseToString(value) {
      if (typeof value == "string") {
        return value;
      }
      if (isSymbol(value)) {
        return symbolToString ? symbolToString.call(value) : "";
      }
      var result = value + "";
      return result == "0" && 1 / value == -INFINITY ? "-0" : result;
    }
    function copyArray(source, array) {
      var index3 = -1, length = source.length;
      array || (array = Array(length));
      while (++index3 < length) {
        array[index3] = source[index3];
      }
      return array;
    }
    function getMapData(map, key) {
      var data = map.__data__;
      return isKeyable(key) ? data[typeof key == "string" ? "string" : "hash"] : data.map;
    }
    function getNative(object, key) {
      var value = getValue(object, key);
      return baseIsNative(value) ? value : void 0;
    }
    function isKeyable(value) {
      var type = typeof value;
      return type == "string" || type == "number" || type == "symbol" || type == "boolean" ? value !== "__proto__" : value === null;
    }
    function isMasked(func) {
      return !!maskSrcKey && maskSrcKey in func;
    }
    var stringToPath = memoize(function(string) {
      string = toString(string);
      var result = [];
      if (reLeadingDot.test(string)) {
        result.push("");
      }
      string.replace(rePropName, function(match, number, quote, string2) {
        result.push(quote ? string2.replace(reEscapeChar, "$1") : number || match);
      });
      return result;
    });
    function toKey(value) {
      if (typeof value == "string" || isSymbol(value)) {
        return value;
      }
      var result = value + "";
      return result == "0" && 1 / value == -INFINITY ? "-0" : result;
    }
    function toSource(func) {
      if (func != null) {
        try {
          return funcToString.call(func);
        } catch (e) {
        }
        try {
          return func + "";
        } catch (e) {
        }
      }
      return "";
    }
    function memoize(func, resolver) {
      if (typeof func != "function" || resolver && typeof resolver != "function") {
        throw new TypeError(FUNC_ERROR_TEXT);
      }
      var memoized = function() {
        var args = arguments, key = resolver ? resolver.apply(this, args) : args[0], cache = memoized.cache;
        if (cache.has(key)) {
          return cache.get(key);
        }
        var result = func.apply(this, args);
        memoized.cache = cache.set(key, result);
        return result;
      };
      memoized.cache = new (memoize.Cache || MapCache)();
      return memoized;
    }
    memoize.Cache = MapCache;
    function eq(value, other) {
      return value === other || value !== value && other !== other;
    }
    var isArray = Array.isArray;
    function isFunction(value) {
      var tag = isObject(value) ? objectToString.call(value) : "";
      return tag == funcTag || tag == genTag;
    }
    function isObject(value) {
      var type = typeof value;
      return !!value && (type == "object" || type == "function");
    }
    function isObjectLike(value) {
      return !!value && typeof value == "object";
    }
    function isSymbol(value) {
      return typeof value == "symbol" || isObjectLike(value) && objectToString.call(value) == symbolTag;
    }
    function toString(value) {
      return value == null ? "" : baseToString(value);
    }
    function toPath(value) {
      if (isArray(value)) {
        return arrayMap(value, toKey);
      }
      return isSymbol(value) ? [value] : copyArray(stringToPath(value));
    }
    module.exports = toPath;
  }
});

// node_modules/nimma/dist/cjs/codegen/ast/builders.js
var require_builders2 = __commonJS({
  "node_modules/nimma/dist/cjs/codegen/ast/builders.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function program(body) {
      return {
        type: "Program",
        body
      };
    }
    function blockStatement(body, directives) {
      return {
        type: "BlockStatement",
        body,
        directives
      };
    }
    function expressionStatement(expression) {
      return {
        type: "ExpressionStatement",
        expression
      };
    }
    function literal(value) {
      switch (typeof value) {
        case "number":
          return numericLiteral(value);
        case "string":
          return stringLiteral(value);
        case "boolean":
          return booleanLiteral(value);
      }
    }
    function stringLiteral(value) {
      return {
        type: "StringLiteral",
        value
      };
    }
    function booleanLiteral(value) {
      return {
        type: "BooleanLiteral",
        value
      };
    }
    function numericLiteral(value) {
      return {
        type: "NumericLiteral",
        value
      };
    }
    function nullLiteral() {
      return {
        type: "NullLiteral",
        value: null
      };
    }
    function regExpLiteral(pattern, flags = "") {
      return {
        type: "RegExpLiteral",
        pattern,
        flags
      };
    }
    function identifier(name) {
      return {
        type: "Identifier",
        name
      };
    }
    function logicalExpression(operator, left, right) {
      return {
        type: "LogicalExpression",
        operator,
        left,
        right
      };
    }
    function conditionalExpression(test, consequent, alternate) {
      return {
        type: "ConditionalExpression",
        test,
        consequent,
        alternate
      };
    }
    function ifStatement(test, consequent, alternate) {
      return {
        type: "IfStatement",
        test,
        consequent,
        alternate
      };
    }
    function binaryExpression(operator, left, right) {
      return {
        type: "BinaryExpression",
        operator,
        left,
        right
      };
    }
    function safeBinaryExpression(operator, left, right) {
      let actualRight = right;
      if (right.type === "NumericLiteral") {
        actualRight = stringLiteral(String(right.value));
      } else if (right.type === "StringLiteral" && Number.isSafeInteger(Number(right.value))) {
        actualRight = stringLiteral(String(right.value));
      }
      return {
        type: "BinaryExpression",
        operator,
        left: actualRight === right ? left : callExpression(identifier("String"), [left]),
        right: actualRight
      };
    }
    function unaryExpression(operator, argument, prefix = true) {
      return {
        type: "UnaryExpression",
        operator,
        argument,
        prefix
      };
    }
    function memberExpression(object, property, computed = false, optional = null) {
      return {
        type: "MemberExpression",
        object,
        property,
        computed,
        optional
      };
    }
    function assignmentExpression(operator, left, right) {
      return {
        type: "AssignmentExpression",
        operator,
        left,
        right
      };
    }
    function callExpression(callee, _arguments) {
      return {
        type: "CallExpression",
        callee,
        arguments: _arguments
      };
    }
    function functionDeclaration(id, params, body) {
      return {
        type: "FunctionDeclaration",
        id,
        params,
        body
      };
    }
    function returnStatement(argument) {
      return {
        type: "ReturnStatement",
        argument
      };
    }
    function sequenceExpression(expressions) {
      return {
        type: "SequenceExpression",
        expressions
      };
    }
    function forOfStatement(left, right, body, _await) {
      return {
        type: "ForOfStatement",
        left,
        right,
        body,
        await: _await
      };
    }
    function arrayExpression(elements) {
      return {
        type: "ArrayExpression",
        elements
      };
    }
    function objectExpression(properties) {
      return {
        type: "ObjectExpression",
        properties
      };
    }
    function objectMethod(kind, key, params, body, computed = false, generator = false, _async = false) {
      return {
        type: "ObjectMethod",
        kind,
        key,
        params,
        body,
        computed,
        generator,
        async: _async
      };
    }
    function objectProperty(key, value, computed = false, shorthand = false, decorators = null) {
      return {
        type: "ObjectProperty",
        key,
        value,
        computed,
        shorthand,
        decorators
      };
    }
    function variableDeclaration(kind, declarations) {
      return {
        type: "VariableDeclaration",
        kind,
        declarations
      };
    }
    function variableDeclarator(id, init) {
      return {
        type: "VariableDeclarator",
        id,
        init
      };
    }
    function newExpression(callee, _arguments) {
      return {
        type: "NewExpression",
        callee,
        arguments: _arguments
      };
    }
    function importDeclaration(specifiers, source) {
      return {
        type: "ImportDeclaration",
        specifiers,
        source
      };
    }
    function importSpecifier(local, imported) {
      return {
        type: "ImportSpecifier",
        local,
        imported
      };
    }
    function exportDefaultDeclaration(declaration) {
      return {
        type: "ExportDefaultDeclaration",
        declaration
      };
    }
    function arrowFunctionExpression(params, body, _async = false) {
      return {
        type: "ArrowFunctionExpression",
        params,
        body,
        async: _async
      };
    }
    function tryStatement(block, handler = null, finalizer = null) {
      return {
        type: "TryStatement",
        block,
        handler,
        finalizer
      };
    }
    function templateElement(value, tail = false) {
      return {
        type: "TemplateElement",
        value,
        tail
      };
    }
    function templateLiteral(quasis, expressions) {
      return {
        type: "TemplateLiteral",
        quasis,
        expressions
      };
    }
    exports.arrayExpression = arrayExpression;
    exports.arrowFunctionExpression = arrowFunctionExpression;
    exports.assignmentExpression = assignmentExpression;
    exports.binaryExpression = binaryExpression;
    exports.blockStatement = blockStatement;
    exports.booleanLiteral = booleanLiteral;
    exports.callExpression = callExpression;
    exports.conditionalExpression = conditionalExpression;
    exports.exportDefaultDeclaration = exportDefaultDeclaration;
    exports.expressionStatement = expressionStatement;
    exports.forOfStatement = forOfStatement;
    exports.functionDeclaration = functionDeclaration;
    exports.identifier = identifier;
    exports.ifStatement = ifStatement;
    exports.importDeclaration = importDeclaration;
    exports.importSpecifier = importSpecifier;
    exports.literal = literal;
    exports.logicalExpression = logicalExpression;
    exports.memberExpression = memberExpression;
    exports.newExpression = newExpression;
    exports.nullLiteral = nullLiteral;
    exports.numericLiteral = numericLiteral;
    exports.objectExpression = objectExpression;
    exports.objectMethod = objectMethod;
    exports.objectProperty = objectProperty;
    exports.program = program;
    exports.regExpLiteral = regExpLiteral;
    exports.returnStatement = returnStatement;
    exports.safeBinaryExpression = safeBinaryExpression;
    exports.sequenceExpression = sequenceExpression;
    exports.stringLiteral = stringLiteral;
    exports.templateElement = templateElement;
    exports.templateLiteral = templateLiteral;
    exports.tryStatement = tryStatement;
    exports.unaryExpression = unaryExpression;
    exports.variableDeclaration = variableDeclaration;
    exports.variableDeclarator = variableDeclarator;
  }
});

// node_modules/nimma/dist/cjs/codegen/fallback.js
var require_fallback = __commonJS({
  "node_modules/nimma/dist/cjs/codegen/fallback.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var builders = require_builders2();
    function safeName(name) {
      return `nimma_${name}`;
    }
    function safeIdentifier(name) {
      return builders.identifier(safeName(name));
    }
    function getFunctionBody(fn) {
      const source = Reflect.apply(Function.toString, fn, []);
      const paramsDefEnd = source.indexOf(")") + 1;
      const body = source.slice(paramsDefEnd).replace(/^\s*(=>\s*)?/, "");
      const arr = source.slice(source.indexOf("("), paramsDefEnd).split(/[,\s]+/).splice(0, 3);
      return `${arr.join(", ")} => ${body}`;
    }
    var Fallback = class {
      #modules = /* @__PURE__ */ new Set();
      #deps = /* @__PURE__ */ new Map();
      #fn;
      #extraCode = "";
      runtimeDeps = /* @__PURE__ */ new Map();
      constructor(deps, fn) {
        this.#fn = fn;
        for (const [source, specifiers] of Object.entries(deps)) {
          const importSpecifiers = [];
          for (const {
            imported,
            local,
            value
          } of specifiers) {
            this.#deps.set(local, value);
            this.runtimeDeps.set(safeName(local), value);
            importSpecifiers.push(builders.importSpecifier(safeIdentifier(local), builders.identifier(imported)));
            this.#modules.add(builders.importDeclaration(importSpecifiers, builders.stringLiteral(source)));
          }
        }
      }
      get extraCode() {
        this.#extraCode || (this.#extraCode = getFunctionBody(this.#fn));
        return this.#extraCode;
      }
      attach(tree) {
        for (const mod of this.#modules) {
          tree.push(mod, "program");
        }
        const id = builders.identifier("fallback");
        const args = Array.from(this.#deps.keys());
        tree.push(builders.variableDeclaration("const", [builders.variableDeclarator(id, builders.callExpression(builders.memberExpression(builders.callExpression(builders.identifier("Function"), [builders.templateLiteral([builders.templateElement({
          raw: `return ${this.extraCode}`
        })], [])]), builders.identifier("call")), [builders.objectExpression(args.map((arg) => builders.objectProperty(builders.stringLiteral(arg), safeIdentifier(arg))))]))]), "program");
        return id;
      }
    };
    exports["default"] = Fallback;
  }
});

// node_modules/nimma/dist/cjs/fallbacks/jsonpath-plus.js
var require_jsonpath_plus = __commonJS({
  "node_modules/nimma/dist/cjs/fallbacks/jsonpath-plus.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var jsonpathPlus$1 = require_index_node_cjs();
    var toPath = require_lodash2();
    var fallback = require_fallback();
    function _interopDefaultLegacy(e) {
      return e && typeof e === "object" && "default" in e ? e : { "default": e };
    }
    var toPath__default = /* @__PURE__ */ _interopDefaultLegacy(toPath);
    var jsonpathPlus = new fallback["default"](
      {
        "jsonpath-plus": [{
          imported: "JSONPath",
          local: "JSONPath",
          value: jsonpathPlus$1.JSONPath
        }],
        "lodash.topath": [{
          imported: "default",
          local: "toPath",
          value: toPath__default["default"]
        }]
      },
      // this part is tested, but cannot be covered because we never get to execute the actual fn
      // what we do is we get the source code of it and construct a new fn based on that code
      /* c8 ignore start */
      function(input, path, fn) {
        this.JSONPath({
          callback: (result) => {
            fn({
              path: this.toPath(result.path.slice(1)),
              value: result.value
            });
          },
          json: input,
          path,
          resultType: "all"
        });
      }
    );
    exports["default"] = jsonpathPlus;
  }
});

// node_modules/nimma/dist/cjs/fallbacks/index.js
var require_fallbacks = __commonJS({
  "node_modules/nimma/dist/cjs/fallbacks/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var jsonpathPlus = require_jsonpath_plus();
    exports.jsonPathPlus = jsonpathPlus["default"];
  }
});

// node_modules/@stoplight/spectral-core/dist/runner/runner.js
var require_runner = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/runner/runner.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Runner = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var results_1 = require_results();
    var lintNode_1 = require_lintNode();
    var legacy_1 = tslib_1.__importDefault(require_cjs());
    var fallbacks_1 = require_fallbacks();
    var json_1 = (init_index_es2(), __toCommonJS(index_es_exports2));
    var Runner = class {
      constructor(inventory) {
        var _a;
        this.inventory = inventory;
        this.results = [...this.inventory.diagnostics, ...(_a = this.inventory.errors) !== null && _a !== void 0 ? _a : []];
      }
      get document() {
        return this.inventory.document;
      }
      addResult(result) {
        this.results.push(result);
      }
      async run(ruleset) {
        var _a, _b;
        var _c;
        const { inventory: documentInventory } = this;
        const { rules } = ruleset;
        const formats = (_a = this.document.formats) !== null && _a !== void 0 ? _a : null;
        const runnerContext = {
          ruleset,
          documentInventory,
          results: this.results,
          promises: []
        };
        const enabledRules = Object.values(rules).filter((rule) => rule.enabled);
        const relevantRules = enabledRules.filter((rule) => rule.matchesFormat(documentInventory.formats));
        const callbacks = {
          resolved: {},
          unresolved: {}
        };
        for (const rule of relevantRules) {
          for (const given of rule.getGivenForFormats(formats)) {
            const cb = (scope) => {
              (0, lintNode_1.lintNode)(runnerContext, scope, rule);
            };
            ((_b = (_c = callbacks[rule.resolved ? "resolved" : "unresolved"])[given]) !== null && _b !== void 0 ? _b : _c[given] = []).push(cb);
          }
        }
        const resolvedJsonPaths = Object.keys(callbacks.resolved);
        const unresolvedJsonPaths = Object.keys(callbacks.unresolved);
        if (resolvedJsonPaths.length > 0) {
          execute(runnerContext.documentInventory.resolved, callbacks.resolved, resolvedJsonPaths);
        }
        if (unresolvedJsonPaths.length > 0) {
          execute(runnerContext.documentInventory.unresolved, callbacks.unresolved, unresolvedJsonPaths);
        }
        if (runnerContext.promises.length > 0) {
          await Promise.all(runnerContext.promises);
        }
      }
      getResults() {
        return (0, results_1.prepareResults)(this.results);
      }
    };
    exports.Runner = Runner;
    function execute(input, callbacks, jsonPathExpressions) {
      var _a;
      if (!(0, json_1.isPlainObject)(input) && !Array.isArray(input)) {
        for (const cb of (_a = callbacks.$) !== null && _a !== void 0 ? _a : []) {
          cb({
            path: [],
            value: input
          });
        }
        return;
      }
      const nimma = new legacy_1.default(jsonPathExpressions, {
        fallback: fallbacks_1.jsonPathPlus,
        unsafe: false,
        output: "auto",
        customShorthands: {}
      });
      nimma.query(input, Object.entries(callbacks).reduce((mapped, [key, cbs]) => {
        mapped[key] = (scope) => {
          for (const cb of cbs) {
            cb(scope);
          }
        };
        return mapped;
      }, {}));
    }
  }
});

// node_modules/@stoplight/spectral-core/dist/runner/index.js
var require_runner2 = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/runner/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Runner = void 0;
    var runner_1 = require_runner();
    Object.defineProperty(exports, "Runner", { enumerable: true, get: function() {
      return runner_1.Runner;
    } });
  }
});

// node_modules/concat-map/index.js
var require_concat_map = __commonJS({
  "node_modules/concat-map/index.js"(exports, module) {
    module.exports = function(xs, fn) {
      var res = [];
      for (var i = 0; i < xs.length; i++) {
        var x = fn(xs[i], i);
        if (isArray(x)) res.push.apply(res, x);
        else res.push(x);
      }
      return res;
    };
    var isArray = Array.isArray || function(xs) {
      return Object.prototype.toString.call(xs) === "[object Array]";
    };
  }
});

// node_modules/balanced-match/index.js
var require_balanced_match = __commonJS({
  "node_modules/balanced-match/index.js"(exports, module) {
    "use strict";
    module.exports = balanced;
    function balanced(a, b, str) {
      if (a instanceof RegExp) a = maybeMatch(a, str);
      if (b instanceof RegExp) b = maybeMatch(b, str);
      var r = range(a, b, str);
      return r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + a.length, r[1]),
        post: str.slice(r[1] + b.length)
      };
    }
    function maybeMatch(reg, str) {
      var m = str.match(reg);
      return m ? m[0] : null;
    }
    balanced.range = range;
    function range(a, b, str) {
      var begs, beg, left, right, result;
      var ai = str.indexOf(a);
      var bi = str.indexOf(b, ai + 1);
      var i = ai;
      if (ai >= 0 && bi > 0) {
        if (a === b) {
          return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
          if (i == ai) {
            begs.push(i);
            ai = str.indexOf(a, i + 1);
          } else if (begs.length == 1) {
            result = [begs.pop(), bi];
          } else {
            beg = begs.pop();
            if (beg < left) {
              left = beg;
              right = bi;
            }
            bi = str.indexOf(b, i + 1);
          }
          i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length) {
          result = [left, right];
        }
      }
      return result;
    }
  }
});

// node_modules/brace-expansion/index.js
var require_brace_expansion = __commonJS({
  "node_modules/brace-expansion/index.js"(exports, module) {
    var concatMap = require_concat_map();
    var balanced = require_balanced_match();
    module.exports = expandTop;
    var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
    var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
    var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
    var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
    var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
    var EXPANSION_MAX = 1e5;
    var EXPANSION_MAX_LENGTH = 4e6;
    var EXPANSION_MAX_DEPTH = 1e3;
    var EXPANSION_MAX_REWRITES = 1e3;
    var EXPANSION_MAX_STEPS = 2e7;
    var CALL_STEPS = 16;
    function numeric(str) {
      return parseInt(str, 10) == str ? parseInt(str, 10) : str.charCodeAt(0);
    }
    function escapeBraces(str) {
      return str.split("\\\\").join(escSlash).split("\\{").join(escOpen).split("\\}").join(escClose).split("\\,").join(escComma).split("\\.").join(escPeriod);
    }
    function unescapeBraces(str) {
      return str.split(escSlash).join("\\").split(escOpen).join("{").split(escClose).join("}").split(escComma).join(",").split(escPeriod).join(".");
    }
    function pushAll(target, items) {
      for (var i = 0; i < items.length; i++) {
        target.push(items[i]);
      }
    }
    function balancedWithBudget(str, masked, budget) {
      if (budget.remaining < 0) {
        return void 0;
      }
      var r = balanced.range("{", "}", masked);
      var unmatched = r !== void 0 && masked.indexOf("{") < r[0];
      budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
      if (!r || budget.remaining < 0) {
        return void 0;
      }
      return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched
      };
    }
    function maskUnmatchedOpens(masked, budget) {
      budget.remaining -= masked.length;
      var open = [];
      for (var i = 0; i < masked.length; i++) {
        var c = masked.charCodeAt(i);
        if (c === 123) {
          open.push(i);
        } else if (c === 125 && open.length) {
          open.pop();
        }
      }
      var out = "";
      var last = 0;
      for (var j = 0; j < open.length; j++) {
        out += masked.slice(last, open[j]) + "\0";
        last = open[j] + 1;
      }
      return out + masked.slice(last);
    }
    function commaSetFollows(str, budget) {
      budget.remaining -= str.length;
      if (budget.remaining < 0) {
        return false;
      }
      var close = false;
      for (var i = str.length - 1; i >= 0; i--) {
        var c = str.charCodeAt(i);
        if (c === 125) {
          close = true;
        } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
          close = false;
        } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
          return true;
        }
      }
      return false;
    }
    function parseCommaParts(str, budget) {
      var parts = [];
      var carry = "";
      for (; ; ) {
        var m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
          return void 0;
        }
        if (!m) {
          var tail = str.split(",");
          tail[0] = carry + tail[0];
          pushAll(parts, tail);
          return parts;
        }
        var pre = m.pre;
        var body = m.body;
        var post = m.post;
        var p = pre.split(",");
        p[0] = carry + p[0];
        p[p.length - 1] += "{" + body + "}";
        if (!post.length) {
          pushAll(parts, p);
          return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
      }
    }
    function bound(value, fallback) {
      return value == null || isNaN(value) ? fallback : value;
    }
    function expandTop(str, options) {
      if (!str) return [];
      options = options || {};
      var max = bound(options.max, EXPANSION_MAX);
      var maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
      var maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
      var maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
      var maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
      if (str.substr(0, 2) === "{}") {
        str = "\\{\\}" + str.substr(2);
      }
      return expand(
        escapeBraces(str),
        max,
        maxLength,
        maxDepth,
        0,
        maxRewrites,
        { remaining: maxSteps },
        true
      ).map(unescapeBraces);
    }
    function embrace(str) {
      return "{" + str + "}";
    }
    function isPadded(el) {
      return /^-?0\d/.test(el);
    }
    function lte(i, y) {
      return i <= y;
    }
    function gte(i, y) {
      return i >= y;
    }
    function combine(acc, base, pre, values, max, maxLength, dropEmpties, outBase, budget) {
      var out = [];
      var length = 0;
      var nonEmpty;
      outer: for (var a = 0; a < acc.length; a++) {
        var prefix = acc[a] + pre;
        var vs = values;
        if (dropEmpties && prefix.length === base[a]) {
          if (!nonEmpty) nonEmpty = values.filter(Boolean);
          vs = nonEmpty;
        }
        for (var v = 0; v < vs.length; v++) {
          if (out.length >= max) break outer;
          var expansion = prefix + vs[v];
          if (length + expansion.length > maxLength) break outer;
          out.push(expansion);
          outBase.push(base[a]);
          length += expansion.length;
        }
      }
      budget.remaining -= out.length;
      return out;
    }
    function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
      var n = body.split(/\.\./);
      var N = [];
      if (n[0] === void 0 || n[1] === void 0) {
        return N;
      }
      var x = numeric(n[0]);
      var y = numeric(n[1]);
      var width = Math.max(n[0].length, n[1].length);
      var incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
      var test = lte;
      var reverse = y < x;
      if (reverse) {
        incr *= -1;
        test = gte;
      }
      var pad = n.some(isPadded);
      var cost = pad ? width : 1;
      var length = 0;
      for (var i = x; test(i, y) && N.length < max; i += incr) {
        budget.remaining -= cost;
        if (budget.remaining < 0) {
          return void 0;
        }
        var c;
        if (isAlphaSequence) {
          c = String.fromCharCode(i);
          if (c === "\\") {
            c = "";
          }
        } else {
          c = String(i);
          if (pad) {
            var need = width - c.length;
            if (need > 0) {
              var z = new Array(need + 1).join("0");
              if (i < 0) {
                c = "-" + z + c.slice(1);
              } else {
                c = z + c;
              }
            }
          }
        }
        if (length + c.length > maxLength) break;
        N.push(c);
        length += c.length;
      }
      return N;
    }
    function expand(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
      budget.remaining -= CALL_STEPS;
      if (depth > maxDepth) {
        return [str];
      }
      var acc = [""];
      var accBase = [0];
      var rewrites = 0;
      var dropEmpties = false;
      var firstGroup = true;
      var masked = str;
      var nextBase;
      for (; ; ) {
        var m = balancedWithBudget(str, masked, budget);
        if (!m) {
          return combine(
            acc,
            accBase,
            str,
            [""],
            max,
            maxLength,
            dropEmpties,
            [],
            budget
          );
        }
        if (m.unmatched) {
          masked = maskUnmatchedOpens(masked, budget);
        }
        var pre = m.pre;
        var literal = function() {
          return combine(
            acc,
            accBase,
            pre + "{" + m.body + "}" + m.post,
            [""],
            max,
            maxLength,
            dropEmpties,
            [],
            budget
          );
        };
        if (/\$$/.test(pre)) {
          return combine(
            acc,
            accBase,
            str,
            [""],
            max,
            maxLength,
            dropEmpties,
            [],
            budget
          );
        }
        var isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        var isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(
          m.body
        );
        var isSequence = isNumericSequence || isAlphaSequence;
        var isOptions = m.body.indexOf(",") >= 0;
        if (!isSequence && !isOptions) {
          if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
            rewrites++;
            str = m.pre + "{" + m.body + escClose + m.post;
            masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
            isTop = true;
            firstGroup = true;
            dropEmpties = false;
            accBase = [];
            for (var b = 0; b < acc.length; b++) {
              accBase.push(acc[b].length);
            }
            continue;
          }
          return literal();
        }
        if (firstGroup) {
          dropEmpties = isTop && !isSequence;
          firstGroup = false;
        }
        var values;
        if (isSequence) {
          values = expandSequence(
            m.body,
            isAlphaSequence,
            max,
            maxLength,
            budget
          );
          if (!values) {
            return literal();
          }
        } else {
          var n = parseCommaParts(m.body, budget);
          if (!n) {
            return literal();
          }
          if (n.length === 1 && n[0] !== void 0) {
            n = expand(
              n[0],
              max,
              maxLength,
              maxDepth,
              depth + 1,
              maxRewrites,
              budget,
              false
            ).map(embrace);
            if (budget.remaining < 0) {
              return literal();
            }
            if (n.length === 1) {
              nextBase = [];
              var single = combine(
                acc,
                accBase,
                pre + n[0],
                [""],
                max,
                maxLength,
                dropEmpties && !m.post.length,
                nextBase,
                budget
              );
              if (budget.remaining < 0) {
                return literal();
              }
              acc = single;
              accBase = nextBase;
              if (!m.post.length) break;
              str = m.post;
              masked = masked.slice(m.end + 1);
              continue;
            }
          }
          var dropsEmpties = dropEmpties && !m.post.length && !pre;
          for (var d = 0; dropsEmpties && d < acc.length; d++) {
            if (acc[d].length !== accBase[d]) {
              dropsEmpties = false;
            }
          }
          values = [];
          var valuesLength = 0;
          outer: for (var j = 0; j < n.length; j++) {
            var expanded = expand(
              n[j],
              max,
              maxLength,
              maxDepth,
              depth + 1,
              maxRewrites,
              budget,
              false
            );
            if (budget.remaining < 0) {
              return literal();
            }
            for (var k = 0; k < expanded.length; k++) {
              var v = expanded[k];
              if (dropsEmpties && !v) continue;
              if (values.length >= max || valuesLength + v.length > maxLength) {
                break outer;
              }
              values.push(v);
              valuesLength += v.length;
            }
          }
        }
        nextBase = [];
        var next = combine(
          acc,
          accBase,
          pre,
          values,
          max,
          maxLength,
          dropEmpties && !m.post.length,
          nextBase,
          budget
        );
        if (budget.remaining < 0) {
          return literal();
        }
        acc = next;
        accBase = nextBase;
        if (!m.post.length) break;
        str = m.post;
        masked = masked.slice(m.end + 1);
      }
      return acc;
    }
  }
});

// node_modules/minimatch/minimatch.js
var require_minimatch = __commonJS({
  "node_modules/minimatch/minimatch.js"(exports, module) {
    module.exports = minimatch;
    minimatch.Minimatch = Minimatch;
    var path = (function() {
      try {
        return __require("path");
      } catch (e) {
      }
    })() || {
      sep: "/"
    };
    minimatch.sep = path.sep;
    var GLOBSTAR = minimatch.GLOBSTAR = Minimatch.GLOBSTAR = {};
    var expand = require_brace_expansion();
    var plTypes = {
      "!": { open: "(?:(?!(?:", close: "))[^/]*?)" },
      "?": { open: "(?:", close: ")?" },
      "+": { open: "(?:", close: ")+" },
      "*": { open: "(?:", close: ")*" },
      "@": { open: "(?:", close: ")" }
    };
    var qmark = "[^/]";
    var star = qmark + "*?";
    var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
    var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
    var reSpecials = charSet("().*{}+?[]^$\\!");
    function charSet(s) {
      return s.split("").reduce(function(set, c) {
        set[c] = true;
        return set;
      }, {});
    }
    var slashSplit = /\/+/;
    minimatch.filter = filter;
    function filter(pattern, options) {
      options = options || {};
      return function(p, i, list) {
        return minimatch(p, pattern, options);
      };
    }
    function ext(a, b) {
      b = b || {};
      var t = {};
      Object.keys(a).forEach(function(k) {
        t[k] = a[k];
      });
      Object.keys(b).forEach(function(k) {
        t[k] = b[k];
      });
      return t;
    }
    minimatch.defaults = function(def) {
      if (!def || typeof def !== "object" || !Object.keys(def).length) {
        return minimatch;
      }
      var orig = minimatch;
      var m = function minimatch2(p, pattern, options) {
        return orig(p, pattern, ext(def, options));
      };
      m.Minimatch = function Minimatch2(pattern, options) {
        return new orig.Minimatch(pattern, ext(def, options));
      };
      m.Minimatch.defaults = function defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      };
      m.filter = function filter2(pattern, options) {
        return orig.filter(pattern, ext(def, options));
      };
      m.defaults = function defaults(options) {
        return orig.defaults(ext(def, options));
      };
      m.makeRe = function makeRe2(pattern, options) {
        return orig.makeRe(pattern, ext(def, options));
      };
      m.braceExpand = function braceExpand2(pattern, options) {
        return orig.braceExpand(pattern, ext(def, options));
      };
      m.match = function(list, pattern, options) {
        return orig.match(list, pattern, ext(def, options));
      };
      return m;
    };
    Minimatch.defaults = function(def) {
      return minimatch.defaults(def).Minimatch;
    };
    function minimatch(p, pattern, options) {
      assertValidPattern(pattern);
      if (!options) options = {};
      if (!options.nocomment && pattern.charAt(0) === "#") {
        return false;
      }
      return new Minimatch(pattern, options).match(p);
    }
    function Minimatch(pattern, options) {
      if (!(this instanceof Minimatch)) {
        return new Minimatch(pattern, options);
      }
      assertValidPattern(pattern);
      if (!options) options = {};
      pattern = pattern.trim();
      if (!options.allowWindowsEscape && path.sep !== "/") {
        pattern = pattern.split(path.sep).join("/");
      }
      this.options = options;
      this.maxGlobstarRecursion = options.maxGlobstarRecursion !== void 0 ? options.maxGlobstarRecursion : 200;
      this.set = [];
      this.pattern = pattern;
      this.regexp = null;
      this.negate = false;
      this.comment = false;
      this.empty = false;
      this.partial = !!options.partial;
      this.make();
    }
    Minimatch.prototype.debug = function() {
    };
    Minimatch.prototype.make = make;
    function make() {
      var pattern = this.pattern;
      var options = this.options;
      if (!options.nocomment && pattern.charAt(0) === "#") {
        this.comment = true;
        return;
      }
      if (!pattern) {
        this.empty = true;
        return;
      }
      this.parseNegate();
      var set = this.globSet = this.braceExpand();
      if (options.debug) this.debug = function debug() {
        console.error.apply(console, arguments);
      };
      this.debug(this.pattern, set);
      set = this.globParts = set.map(function(s) {
        return s.split(slashSplit);
      });
      this.debug(this.pattern, set);
      set = set.map(function(s, si, set2) {
        return s.map(this.parse, this);
      }, this);
      this.debug(this.pattern, set);
      set = set.filter(function(s) {
        return s.indexOf(false) === -1;
      });
      this.debug(this.pattern, set);
      this.set = set;
    }
    Minimatch.prototype.parseNegate = parseNegate;
    function parseNegate() {
      var pattern = this.pattern;
      var negate = false;
      var options = this.options;
      var negateOffset = 0;
      if (options.nonegate) return;
      for (var i = 0, l = pattern.length; i < l && pattern.charAt(i) === "!"; i++) {
        negate = !negate;
        negateOffset++;
      }
      if (negateOffset) this.pattern = pattern.substr(negateOffset);
      this.negate = negate;
    }
    minimatch.braceExpand = function(pattern, options) {
      return braceExpand(pattern, options);
    };
    Minimatch.prototype.braceExpand = braceExpand;
    function braceExpand(pattern, options) {
      if (!options) {
        if (this instanceof Minimatch) {
          options = this.options;
        } else {
          options = {};
        }
      }
      pattern = typeof pattern === "undefined" ? this.pattern : pattern;
      assertValidPattern(pattern);
      if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        return [pattern];
      }
      return expand(pattern);
    }
    var MAX_PATTERN_LENGTH = 1024 * 64;
    var assertValidPattern = function(pattern) {
      if (typeof pattern !== "string") {
        throw new TypeError("invalid pattern");
      }
      if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError("pattern is too long");
      }
    };
    Minimatch.prototype.parse = parse;
    var SUBPARSE = {};
    function parse(pattern, isSub) {
      assertValidPattern(pattern);
      var options = this.options;
      if (pattern === "**") {
        if (!options.noglobstar)
          return GLOBSTAR;
        else
          pattern = "*";
      }
      if (pattern === "") return "";
      var re = "";
      var hasMagic = !!options.nocase;
      var escaping = false;
      var patternListStack = [];
      var negativeLists = [];
      var stateChar;
      var inClass = false;
      var reClassStart = -1;
      var classStart = -1;
      var patternStart = pattern.charAt(0) === "." ? "" : options.dot ? "(?!(?:^|\\/)\\.{1,2}(?:$|\\/))" : "(?!\\.)";
      var self2 = this;
      function clearStateChar() {
        if (stateChar) {
          switch (stateChar) {
            case "*":
              re += star;
              hasMagic = true;
              break;
            case "?":
              re += qmark;
              hasMagic = true;
              break;
            default:
              re += "\\" + stateChar;
              break;
          }
          self2.debug("clearStateChar %j %j", stateChar, re);
          stateChar = false;
        }
      }
      for (var i = 0, len = pattern.length, c; i < len && (c = pattern.charAt(i)); i++) {
        this.debug("%s	%s %s %j", pattern, i, re, c);
        if (escaping && reSpecials[c]) {
          re += "\\" + c;
          escaping = false;
          continue;
        }
        switch (c) {
          /* istanbul ignore next */
          case "/": {
            return false;
          }
          case "\\":
            clearStateChar();
            escaping = true;
            continue;
          // the various stateChar values
          // for the "extglob" stuff.
          case "?":
          case "*":
          case "+":
          case "@":
          case "!":
            this.debug("%s	%s %s %j <-- stateChar", pattern, i, re, c);
            if (inClass) {
              this.debug("  in class");
              if (c === "!" && i === classStart + 1) c = "^";
              re += c;
              continue;
            }
            if (c === "*" && stateChar === "*") continue;
            self2.debug("call clearStateChar %j", stateChar);
            clearStateChar();
            stateChar = c;
            if (options.noext) clearStateChar();
            continue;
          case "(":
            if (inClass) {
              re += "(";
              continue;
            }
            if (!stateChar) {
              re += "\\(";
              continue;
            }
            patternListStack.push({
              type: stateChar,
              start: i - 1,
              reStart: re.length,
              open: plTypes[stateChar].open,
              close: plTypes[stateChar].close
            });
            re += stateChar === "!" ? "(?:(?!(?:" : "(?:";
            this.debug("plType %j %j", stateChar, re);
            stateChar = false;
            continue;
          case ")":
            if (inClass || !patternListStack.length) {
              re += "\\)";
              continue;
            }
            clearStateChar();
            hasMagic = true;
            var pl = patternListStack.pop();
            re += pl.close;
            if (pl.type === "!") {
              negativeLists.push(pl);
            }
            pl.reEnd = re.length;
            continue;
          case "|":
            if (inClass || !patternListStack.length || escaping) {
              re += "\\|";
              escaping = false;
              continue;
            }
            clearStateChar();
            re += "|";
            continue;
          // these are mostly the same in regexp and glob
          case "[":
            clearStateChar();
            if (inClass) {
              re += "\\" + c;
              continue;
            }
            inClass = true;
            classStart = i;
            reClassStart = re.length;
            re += c;
            continue;
          case "]":
            if (i === classStart + 1 || !inClass) {
              re += "\\" + c;
              escaping = false;
              continue;
            }
            var cs = pattern.substring(classStart + 1, i);
            try {
              RegExp("[" + cs + "]");
            } catch (er) {
              var sp = this.parse(cs, SUBPARSE);
              re = re.substr(0, reClassStart) + "\\[" + sp[0] + "\\]";
              hasMagic = hasMagic || sp[1];
              inClass = false;
              continue;
            }
            hasMagic = true;
            inClass = false;
            re += c;
            continue;
          default:
            clearStateChar();
            if (escaping) {
              escaping = false;
            } else if (reSpecials[c] && !(c === "^" && inClass)) {
              re += "\\";
            }
            re += c;
        }
      }
      if (inClass) {
        cs = pattern.substr(classStart + 1);
        sp = this.parse(cs, SUBPARSE);
        re = re.substr(0, reClassStart) + "\\[" + sp[0];
        hasMagic = hasMagic || sp[1];
      }
      for (pl = patternListStack.pop(); pl; pl = patternListStack.pop()) {
        var tail = re.slice(pl.reStart + pl.open.length);
        this.debug("setting tail", re, pl);
        tail = tail.replace(/((?:\\{2}){0,64})(\\?)\|/g, function(_, $1, $2) {
          if (!$2) {
            $2 = "\\";
          }
          return $1 + $1 + $2 + "|";
        });
        this.debug("tail=%j\n   %s", tail, tail, pl, re);
        var t = pl.type === "*" ? star : pl.type === "?" ? qmark : "\\" + pl.type;
        hasMagic = true;
        re = re.slice(0, pl.reStart) + t + "\\(" + tail;
      }
      clearStateChar();
      if (escaping) {
        re += "\\\\";
      }
      var addPatternStart = false;
      switch (re.charAt(0)) {
        case "[":
        case ".":
        case "(":
          addPatternStart = true;
      }
      for (var n = negativeLists.length - 1; n > -1; n--) {
        var nl = negativeLists[n];
        var nlBefore = re.slice(0, nl.reStart);
        var nlFirst = re.slice(nl.reStart, nl.reEnd - 8);
        var nlLast = re.slice(nl.reEnd - 8, nl.reEnd);
        var nlAfter = re.slice(nl.reEnd);
        nlLast += nlAfter;
        var openParensBefore = nlBefore.split("(").length - 1;
        var cleanAfter = nlAfter;
        for (i = 0; i < openParensBefore; i++) {
          cleanAfter = cleanAfter.replace(/\)[+*?]?/, "");
        }
        nlAfter = cleanAfter;
        var dollar = "";
        if (nlAfter === "" && isSub !== SUBPARSE) {
          dollar = "$";
        }
        var newRe = nlBefore + nlFirst + nlAfter + dollar + nlLast;
        re = newRe;
      }
      if (re !== "" && hasMagic) {
        re = "(?=.)" + re;
      }
      if (addPatternStart) {
        re = patternStart + re;
      }
      if (isSub === SUBPARSE) {
        return [re, hasMagic];
      }
      if (!hasMagic) {
        return globUnescape(pattern);
      }
      var flags = options.nocase ? "i" : "";
      try {
        var regExp = new RegExp("^" + re + "$", flags);
      } catch (er) {
        return new RegExp("$.");
      }
      regExp._glob = pattern;
      regExp._src = re;
      return regExp;
    }
    minimatch.makeRe = function(pattern, options) {
      return new Minimatch(pattern, options || {}).makeRe();
    };
    Minimatch.prototype.makeRe = makeRe;
    function makeRe() {
      if (this.regexp || this.regexp === false) return this.regexp;
      var set = this.set;
      if (!set.length) {
        this.regexp = false;
        return this.regexp;
      }
      var options = this.options;
      var twoStar = options.noglobstar ? star : options.dot ? twoStarDot : twoStarNoDot;
      var flags = options.nocase ? "i" : "";
      var re = set.map(function(pattern) {
        return pattern.map(function(p) {
          return p === GLOBSTAR ? twoStar : typeof p === "string" ? regExpEscape(p) : p._src;
        }).join("\\/");
      }).join("|");
      re = "^(?:" + re + ")$";
      if (this.negate) re = "^(?!" + re + ").*$";
      try {
        this.regexp = new RegExp(re, flags);
      } catch (ex) {
        this.regexp = false;
      }
      return this.regexp;
    }
    minimatch.match = function(list, pattern, options) {
      options = options || {};
      var mm = new Minimatch(pattern, options);
      list = list.filter(function(f) {
        return mm.match(f);
      });
      if (mm.options.nonull && !list.length) {
        list.push(pattern);
      }
      return list;
    };
    Minimatch.prototype.match = function match(f, partial) {
      if (typeof partial === "undefined") partial = this.partial;
      this.debug("match", f, this.pattern);
      if (this.comment) return false;
      if (this.empty) return f === "";
      if (f === "/" && partial) return true;
      var options = this.options;
      if (path.sep !== "/") {
        f = f.split(path.sep).join("/");
      }
      f = f.split(slashSplit);
      this.debug(this.pattern, "split", f);
      var set = this.set;
      this.debug(this.pattern, "set", set);
      var filename;
      var i;
      for (i = f.length - 1; i >= 0; i--) {
        filename = f[i];
        if (filename) break;
      }
      for (i = 0; i < set.length; i++) {
        var pattern = set[i];
        var file = f;
        if (options.matchBase && pattern.length === 1) {
          file = [filename];
        }
        var hit = this.matchOne(file, pattern, partial);
        if (hit) {
          if (options.flipNegate) return true;
          return !this.negate;
        }
      }
      if (options.flipNegate) return false;
      return this.negate;
    };
    Minimatch.prototype.matchOne = function(file, pattern, partial) {
      if (pattern.indexOf(GLOBSTAR) !== -1) {
        return this._matchGlobstar(file, pattern, partial, 0, 0);
      }
      return this._matchOne(file, pattern, partial, 0, 0);
    };
    Minimatch.prototype._matchGlobstar = function(file, pattern, partial, fileIndex, patternIndex) {
      var i;
      var firstgs = -1;
      for (i = patternIndex; i < pattern.length; i++) {
        if (pattern[i] === GLOBSTAR) {
          firstgs = i;
          break;
        }
      }
      var lastgs = -1;
      for (i = pattern.length - 1; i >= 0; i--) {
        if (pattern[i] === GLOBSTAR) {
          lastgs = i;
          break;
        }
      }
      var head = pattern.slice(patternIndex, firstgs);
      var body = partial ? pattern.slice(firstgs + 1) : pattern.slice(firstgs + 1, lastgs);
      var tail = partial ? [] : pattern.slice(lastgs + 1);
      if (head.length) {
        var fileHead = file.slice(fileIndex, fileIndex + head.length);
        if (!this._matchOne(fileHead, head, partial, 0, 0)) {
          return false;
        }
        fileIndex += head.length;
      }
      var fileTailMatch = 0;
      if (tail.length) {
        if (tail.length + fileIndex > file.length) return false;
        var tailStart = file.length - tail.length;
        if (this._matchOne(file, tail, partial, tailStart, 0)) {
          fileTailMatch = tail.length;
        } else {
          if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
            return false;
          }
          tailStart--;
          if (!this._matchOne(file, tail, partial, tailStart, 0)) {
            return false;
          }
          fileTailMatch = tail.length + 1;
        }
      }
      if (!body.length) {
        var sawSome = !!fileTailMatch;
        for (i = fileIndex; i < file.length - fileTailMatch; i++) {
          var f = String(file[i]);
          sawSome = true;
          if (f === "." || f === ".." || !this.options.dot && f.charAt(0) === ".") {
            return false;
          }
        }
        return partial || sawSome;
      }
      var bodySegments = [[[], 0]];
      var currentBody = bodySegments[0];
      var nonGsParts = 0;
      var nonGsPartsSums = [0];
      for (var bi = 0; bi < body.length; bi++) {
        var b = body[bi];
        if (b === GLOBSTAR) {
          nonGsPartsSums.push(nonGsParts);
          currentBody = [[], 0];
          bodySegments.push(currentBody);
        } else {
          currentBody[0].push(b);
          nonGsParts++;
        }
      }
      var idx = bodySegments.length - 1;
      var fileLength = file.length - fileTailMatch;
      for (var si = 0; si < bodySegments.length; si++) {
        bodySegments[si][1] = fileLength - (nonGsPartsSums[idx--] + bodySegments[si][0].length);
      }
      return !!this._matchGlobStarBodySections(
        file,
        bodySegments,
        fileIndex,
        0,
        partial,
        0,
        !!fileTailMatch
      );
    };
    Minimatch.prototype._matchGlobStarBodySections = function(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
      var bs = bodySegments[bodyIndex];
      if (!bs) {
        for (var i = fileIndex; i < file.length; i++) {
          sawTail = true;
          var f = file[i];
          if (f === "." || f === ".." || !this.options.dot && f.charAt(0) === ".") {
            return false;
          }
        }
        return sawTail;
      }
      var body = bs[0];
      var after = bs[1];
      while (fileIndex <= after) {
        var m = this._matchOne(
          file.slice(0, fileIndex + body.length),
          body,
          partial,
          fileIndex,
          0
        );
        if (m && globStarDepth < this.maxGlobstarRecursion) {
          var sub = this._matchGlobStarBodySections(
            file,
            bodySegments,
            fileIndex + body.length,
            bodyIndex + 1,
            partial,
            globStarDepth + 1,
            sawTail
          );
          if (sub !== false) {
            return sub;
          }
        }
        var f = file[fileIndex];
        if (f === "." || f === ".." || !this.options.dot && f.charAt(0) === ".") {
          return false;
        }
        fileIndex++;
      }
      return partial || null;
    };
    Minimatch.prototype._matchOne = function(file, pattern, partial, fileIndex, patternIndex) {
      var fi, pi, fl, pl;
      for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
        this.debug("matchOne loop");
        var p = pattern[pi];
        var f = file[fi];
        this.debug(pattern, p, f);
        if (p === false || p === GLOBSTAR) return false;
        var hit;
        if (typeof p === "string") {
          hit = f === p;
          this.debug("string match", p, f, hit);
        } else {
          hit = f.match(p);
          this.debug("pattern match", p, f, hit);
        }
        if (!hit) return false;
      }
      if (fi === fl && pi === pl) {
        return true;
      } else if (fi === fl) {
        return partial;
      } else if (pi === pl) {
        return fi === fl - 1 && file[fi] === "";
      }
      throw new Error("wtf?");
    };
    function globUnescape(s) {
      return s.replace(/\\(.)/g, "$1");
    }
    function regExpEscape(s) {
      return s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
    }
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/utils/minimatch.js
var require_minimatch2 = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/utils/minimatch.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.minimatch = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var minimatch_1 = tslib_1.__importDefault(require_minimatch());
    var DEFAULT_OPTS = { matchBase: true };
    function minimatch(source, pattern) {
      return (0, minimatch_1.default)(source, pattern, DEFAULT_OPTS);
    }
    exports.minimatch = minimatch;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/utils/severity.js
var require_severity = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/utils/severity.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getDiagnosticSeverity = exports.DEFAULT_SEVERITY_LEVEL = void 0;
    var types_1 = require_dist4();
    exports.DEFAULT_SEVERITY_LEVEL = types_1.DiagnosticSeverity.Warning;
    var SEVERITY_MAP = {
      error: types_1.DiagnosticSeverity.Error,
      warn: types_1.DiagnosticSeverity.Warning,
      info: types_1.DiagnosticSeverity.Information,
      hint: types_1.DiagnosticSeverity.Hint,
      off: -1
    };
    function getDiagnosticSeverity(severity) {
      if (Number.isNaN(Number(severity))) {
        return SEVERITY_MAP[severity];
      }
      return Number(severity);
    }
    exports.getDiagnosticSeverity = getDiagnosticSeverity;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/formats.js
var require_formats = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Formats = void 0;
    function printFormat(format) {
      var _a;
      return (_a = format.displayName) !== null && _a !== void 0 ? _a : format.name;
    }
    var Formats = class extends Set {
      toJSON() {
        return Array.from(this).map(printFormat);
      }
    };
    exports.Formats = Formats;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/utils/guards.js
var require_guards2 = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/utils/guards.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isScopedAliasDefinition = exports.isValidAliasTarget = exports.isSimpleAliasDefinition = void 0;
    var json_1 = (init_index_es2(), __toCommonJS(index_es_exports2));
    var lodash_1 = require_lodash();
    function isSimpleAliasDefinition(alias) {
      return Array.isArray(alias);
    }
    exports.isSimpleAliasDefinition = isSimpleAliasDefinition;
    function isValidAliasTarget(target) {
      const formats = target.formats;
      if (!Array.isArray(formats) && !(formats instanceof Set)) {
        return false;
      }
      return Array.isArray(target.given) && target.given.every(lodash_1.isString);
    }
    exports.isValidAliasTarget = isValidAliasTarget;
    function isScopedAliasDefinition(alias) {
      return (0, json_1.isPlainObject)(alias) && Array.isArray(alias.targets) && alias.targets.every(isValidAliasTarget);
    }
    exports.isScopedAliasDefinition = isScopedAliasDefinition;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/alias.js
var require_alias = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/alias.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveAlias = exports.resolveAliasForFormats = void 0;
    var guards_1 = require_guards2();
    var ALIAS = /^#([A-Za-z0-9_-]+)/;
    function resolveAliasForFormats({ targets }, formats) {
      if (formats === null || formats.size === 0) {
        return null;
      }
      for (let i = targets.length - 1; i >= 0; i--) {
        const target = targets[i];
        for (const format of target.formats) {
          if (formats.has(format)) {
            return target.given;
          }
        }
      }
      return null;
    }
    exports.resolveAliasForFormats = resolveAliasForFormats;
    function resolveAlias(aliases, expression, formats) {
      return _resolveAlias(aliases, expression, formats, /* @__PURE__ */ new Set());
    }
    exports.resolveAlias = resolveAlias;
    function _resolveAlias(aliases, expression, formats, stack) {
      var _a;
      const resolvedExpressions = [];
      if (expression.startsWith("#")) {
        const alias = (_a = ALIAS.exec(expression)) === null || _a === void 0 ? void 0 : _a[1];
        if (alias === void 0 || alias === null) {
          throw new TypeError(`Alias must match /^#([A-Za-z0-9_-]+)/`);
        }
        if (stack.has(alias)) {
          const _stack = [...stack, alias];
          throw new Error(`Alias "${_stack[0]}" is circular. Resolution stack: ${_stack.join(" -> ")}`);
        }
        stack.add(alias);
        if (aliases === null || !(alias in aliases)) {
          throw new ReferenceError(`Alias "${alias}" does not exist`);
        }
        const aliasValue = aliases[alias];
        let actualAliasValue;
        if ((0, guards_1.isSimpleAliasDefinition)(aliasValue)) {
          actualAliasValue = aliasValue;
        } else if ((0, guards_1.isScopedAliasDefinition)(aliasValue)) {
          actualAliasValue = resolveAliasForFormats(aliasValue, formats);
        } else {
          actualAliasValue = null;
        }
        if (actualAliasValue !== null) {
          resolvedExpressions.push(...actualAliasValue.flatMap((item) => _resolveAlias(aliases, item + expression.slice(alias.length + 1), formats, /* @__PURE__ */ new Set([...stack]))));
        }
      } else {
        resolvedExpressions.push(expression);
      }
      return resolvedExpressions;
    }
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/rule.js
var require_rule = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/rule.js"(exports) {
    "use strict";
    var _Rule_severity;
    var _Rule_enabled;
    var _Rule_then;
    var _Rule_given;
    var _Rule_aliasSource;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Rule = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var lodash_1 = require_lodash();
    var path_1 = (init_index_es(), __toCommonJS(index_es_exports));
    var json_1 = (init_index_es2(), __toCommonJS(index_es_exports2));
    var severity_1 = require_severity();
    var minimatch_1 = require_minimatch2();
    var formats_1 = require_formats();
    var alias_1 = require_alias();
    var Rule = class _Rule {
      constructor(name, definition, owner, aliasSource = owner) {
        var _a, _b, _c, _d;
        this.name = name;
        this.definition = definition;
        this.owner = owner;
        _Rule_severity.set(this, void 0);
        _Rule_enabled.set(this, void 0);
        _Rule_then.set(this, void 0);
        _Rule_given.set(this, void 0);
        _Rule_aliasSource.set(this, void 0);
        tslib_1.__classPrivateFieldSet(this, _Rule_aliasSource, aliasSource, "f");
        this.recommended = definition.recommended !== false;
        tslib_1.__classPrivateFieldSet(this, _Rule_enabled, this.recommended, "f");
        this.description = (_a = definition.description) !== null && _a !== void 0 ? _a : null;
        this.message = (_b = definition.message) !== null && _b !== void 0 ? _b : null;
        this.documentationUrl = (_c = definition.documentationUrl) !== null && _c !== void 0 ? _c : null;
        this.severity = definition.severity;
        this.resolved = definition.resolved !== false;
        this.formats = "formats" in definition ? new formats_1.Formats(definition.formats) : null;
        this.then = definition.then;
        this.given = definition.given;
        this.extensions = (_d = definition.extensions) !== null && _d !== void 0 ? _d : null;
      }
      get enabled() {
        return tslib_1.__classPrivateFieldGet(this, _Rule_enabled, "f") || this.overrides !== void 0;
      }
      set enabled(enabled) {
        tslib_1.__classPrivateFieldSet(this, _Rule_enabled, enabled, "f");
      }
      static isEnabled(rule, severity) {
        return severity === "all" || severity === "recommended" && rule.recommended;
      }
      getSeverityForSource(source, path) {
        if (this.overrides === void 0 || this.overrides.definition.size === 0) {
          return this.severity;
        }
        const relativeSource = (0, path_1.relative)((0, path_1.dirname)(this.overrides.rulesetSource), source);
        const relevantOverrides = [];
        for (const [source2, override] of this.overrides.definition.entries()) {
          if ((0, minimatch_1.minimatch)(relativeSource, source2)) {
            relevantOverrides.push(override);
          }
        }
        if (relevantOverrides.length === 0) {
          return this.severity;
        }
        let severity = this.severity;
        let closestPointer = "";
        const pointer = (0, json_1.pathToPointer)(path);
        for (const relevantOverride of relevantOverrides) {
          for (const [overridePath, overrideSeverity] of relevantOverride.entries()) {
            if (overridePath.length >= closestPointer.length && (pointer === overridePath || pointer.startsWith(`${overridePath}/`))) {
              closestPointer = overridePath;
              severity = overrideSeverity;
            }
          }
        }
        return severity;
      }
      get severity() {
        return tslib_1.__classPrivateFieldGet(this, _Rule_severity, "f");
      }
      set severity(severity) {
        if (severity === void 0) {
          tslib_1.__classPrivateFieldSet(this, _Rule_severity, severity_1.DEFAULT_SEVERITY_LEVEL, "f");
        } else {
          tslib_1.__classPrivateFieldSet(this, _Rule_severity, (0, severity_1.getDiagnosticSeverity)(severity), "f");
        }
      }
      get then() {
        return tslib_1.__classPrivateFieldGet(this, _Rule_then, "f");
      }
      set then(then) {
        tslib_1.__classPrivateFieldSet(this, _Rule_then, Array.isArray(then) ? then : [then], "f");
      }
      get aliasSource() {
        return tslib_1.__classPrivateFieldGet(this, _Rule_aliasSource, "f");
      }
      set aliasSource(aliasSource) {
        tslib_1.__classPrivateFieldSet(this, _Rule_aliasSource, aliasSource, "f");
      }
      get given() {
        return tslib_1.__classPrivateFieldGet(this, _Rule_given, "f");
      }
      set given(given) {
        const actualGiven = Array.isArray(given) ? given : [given];
        tslib_1.__classPrivateFieldSet(this, _Rule_given, tslib_1.__classPrivateFieldGet(this, _Rule_aliasSource, "f").hasComplexAliases ? actualGiven : actualGiven.flatMap((expr) => (0, alias_1.resolveAlias)(tslib_1.__classPrivateFieldGet(this, _Rule_aliasSource, "f").aliases, expr, null)).filter(lodash_1.isString), "f");
      }
      getGivenForFormats(formats) {
        return tslib_1.__classPrivateFieldGet(this, _Rule_aliasSource, "f").hasComplexAliases ? tslib_1.__classPrivateFieldGet(this, _Rule_given, "f").flatMap((expr) => (0, alias_1.resolveAlias)(tslib_1.__classPrivateFieldGet(this, _Rule_aliasSource, "f").aliases, expr, formats)) : tslib_1.__classPrivateFieldGet(this, _Rule_given, "f");
      }
      matchesFormat(formats) {
        if (this.formats === null) {
          return true;
        }
        if (formats === null) {
          return false;
        }
        for (const format of this.formats) {
          if (formats.has(format)) {
            return true;
          }
        }
        return false;
      }
      clone() {
        return new _Rule(this.name, this.definition, this.owner);
      }
      toJSON() {
        return {
          name: this.name,
          recommended: this.recommended,
          enabled: this.enabled,
          description: this.description,
          message: this.message,
          documentationUrl: this.documentationUrl,
          severity: this.severity,
          resolved: this.resolved,
          formats: this.formats,
          then: this.then.map((then) => ({
            ...then,
            function: then.function.name
          })),
          given: Array.isArray(this.definition.given) ? this.definition.given : [this.definition.given],
          owner: this.owner.id,
          extensions: this.extensions
        };
      }
    };
    exports.Rule = Rule;
    _Rule_severity = /* @__PURE__ */ new WeakMap(), _Rule_enabled = /* @__PURE__ */ new WeakMap(), _Rule_then = /* @__PURE__ */ new WeakMap(), _Rule_given = /* @__PURE__ */ new WeakMap(), _Rule_aliasSource = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/@stoplight/spectral-core/dist/guards/isAggregateError.js
var require_isAggregateError = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/guards/isAggregateError.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAggregateError = void 0;
    var lodash_1 = require_lodash();
    function isAggregateError(maybeAggregateError) {
      return (0, lodash_1.isError)(maybeAggregateError) && maybeAggregateError.constructor.name === "AggregateError";
    }
    exports.isAggregateError = isAggregateError;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/validation/errors.js
var require_errors2 = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/validation/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertAjvErrors = exports.RulesetValidationError = void 0;
    var isAggregateError_1 = require_isAggregateError();
    var RulesetValidationError = class extends Error {
      constructor(code, message, path, location) {
        super(message);
        this.code = code;
        this.message = message;
        this.path = path;
        this.range = location === null || location === void 0 ? void 0 : location.range;
        this.source = location === null || location === void 0 ? void 0 : location.source;
      }
    };
    exports.RulesetValidationError = RulesetValidationError;
    var RULE_INSTANCE_PATH = /^\/rules\/[^/]+/;
    var GENERIC_INSTANCE_PATH = /^\/(?:aliases|extends|overrides(?:\/\d+\/extends)?)/;
    function convertAjvErrors(errors, sourceContext) {
      const sortedErrors = [...errors].sort((errorA, errorB) => {
        const diff = errorA.instancePath.length - errorB.instancePath.length;
        return diff === 0 ? errorA.keyword === "errorMessage" && errorB.keyword !== "errorMessage" ? -1 : 0 : diff;
      }).filter((error, i, sortedErrors2) => i === 0 || sortedErrors2[i - 1].instancePath !== error.instancePath);
      const filteredErrors = [];
      l: for (let i = 0; i < sortedErrors.length; i++) {
        const error = sortedErrors[i];
        const prevError = filteredErrors.length === 0 ? null : filteredErrors[filteredErrors.length - 1];
        if (error.keyword === "if")
          continue;
        if (GENERIC_INSTANCE_PATH.test(error.instancePath)) {
          let x = 1;
          while (i + x < sortedErrors.length) {
            if (sortedErrors[i + x].instancePath.startsWith(error.instancePath) || !GENERIC_INSTANCE_PATH.test(sortedErrors[i + x].instancePath)) {
              continue l;
            }
            x++;
          }
        } else if (prevError === null) {
          filteredErrors.push(error);
          continue;
        } else {
          const match = RULE_INSTANCE_PATH.exec(error.instancePath);
          if (match !== null && match[0] !== match.input && match[0] === prevError.instancePath) {
            filteredErrors.pop();
          }
        }
        filteredErrors.push(error);
      }
      return filteredErrors.flatMap((error) => {
        var _a;
        if (error.keyword === "x-spectral-runtime") {
          return flatErrors(error.params.errors).map((e) => enrichWithLocation(e, sourceContext));
        }
        const path = error.instancePath.slice(1).split("/");
        return new RulesetValidationError(inferErrorCode(path, error.keyword), (_a = error.message) !== null && _a !== void 0 ? _a : "unknown error", path, resolveLocation(path, sourceContext));
      });
    }
    exports.convertAjvErrors = convertAjvErrors;
    function flatErrors(error) {
      if ((0, isAggregateError_1.isAggregateError)(error)) {
        return error.errors.flatMap(flatErrors);
      }
      if (error instanceof RulesetValidationError) {
        return [error];
      }
      return [];
    }
    function resolveLocation(path, sourceContext) {
      var _a;
      if (sourceContext === void 0) {
        return void 0;
      }
      return {
        source: sourceContext.source,
        range: (_a = sourceContext.getLocationForJsonPath(path)) === null || _a === void 0 ? void 0 : _a.range
      };
    }
    function enrichWithLocation(error, sourceContext) {
      if (sourceContext === void 0 || error.source !== void 0 || error.range !== void 0) {
        return error;
      }
      return new RulesetValidationError(error.code, error.message, error.path, resolveLocation(error.path, sourceContext));
    }
    function inferErrorCode(path, keyword) {
      if (path.length === 0) {
        return "generic-validation-error";
      }
      if (path.length === 1 && keyword !== "errorMessage") {
        return "invalid-ruleset-definition";
      }
      switch (path[0]) {
        case "rules":
          return inferErrorCodeFromRulesError(path);
        case "parserOptions":
          return "invalid-parser-options-definition";
        case "aliases":
          return inferErrorCodeFromAliasesError(path);
        case "extends":
          return "invalid-extend-definition";
        case "overrides":
          return inferErrorCodeFromOverrideError(path, keyword);
        case "formats":
          if (path.length === 1) {
            return "invalid-ruleset-definition";
          }
          return "invalid-format";
        default:
          return "generic-validation-error";
      }
    }
    function inferErrorCodeFromRulesError(path) {
      if (path.length === 3 && path[2] === "severity") {
        return "invalid-severity";
      }
      if (path.length === 4 && path[2] === "formats") {
        return "invalid-format";
      }
      if (path.length === 4 && path[2] === "given") {
        return "invalid-given-definition";
      }
      return "invalid-rule-definition";
    }
    function inferErrorCodeFromOverrideError(path, keyword) {
      if (path.length >= 3) {
        return inferErrorCode(path.slice(2), keyword);
      }
      return "invalid-override-definition";
    }
    function inferErrorCodeFromAliasesError(path) {
      if (path.length === 6) {
        if (path[4] === "given") {
          return "invalid-given-definition";
        }
        if (path[4] === "formats") {
          return "invalid-format";
        }
      }
      return "invalid-alias-definition";
    }
  }
});

// node_modules/@stoplight/spectral-core/node_modules/ajv-formats/dist/formats.js
var require_formats2 = __commonJS({
  "node_modules/@stoplight/spectral-core/node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(time, compareTime),
      "date-time": fmtDef(date_time, compareDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d)(\.\d+)?(z|[+-]\d\d(?::?\d\d)?)?$/i;
    function time(str, withTimeZone) {
      const matches = TIME.exec(str);
      if (!matches)
        return false;
      const hour = +matches[1];
      const minute = +matches[2];
      const second = +matches[3];
      const timeZone = matches[5];
      return (hour <= 23 && minute <= 59 && second <= 59 || hour === 23 && minute === 59 && second === 60) && (!withTimeZone || timeZone !== "");
    }
    function compareTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3] + (a1[4] || "");
      t2 = a2[1] + a2[2] + a2[3] + (a2[4] || "");
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function date_time(str) {
      const dateTime = str.split(DATE_TIME_SEPARATOR);
      return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1], true);
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/@stoplight/spectral-core/node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/@stoplight/spectral-core/node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => codegen_1.str`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => codegen_1._`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self: self2 } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self2.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self2.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", codegen_1._`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data(codegen_1.or(codegen_1._`typeof ${fmt} != "object"`, codegen_1._`${fmt} instanceof RegExp`, codegen_1._`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self2.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? codegen_1._`${opts.code.formats}${codegen_1.getProperty(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return codegen_1._`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/@stoplight/spectral-core/node_modules/ajv-formats/dist/index.js
var require_dist5 = __commonJS({
  "node_modules/@stoplight/spectral-core/node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats2();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats(ajv, list, formats, exportName);
      if (opts.keywords)
        limit_1.default(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats(ajv, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = codegen_1._`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// node_modules/ajv-errors/dist/index.js
var require_dist6 = __commonJS({
  "node_modules/ajv-errors/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    var validate_1 = require_validate();
    var errors_1 = require_errors();
    var names_1 = require_names();
    var keyword = "errorMessage";
    var used = new ajv_1.Name("emUsed");
    var KEYWORD_PROPERTY_PARAMS = {
      required: "missingProperty",
      dependencies: "property",
      dependentRequired: "property"
    };
    var INTERPOLATION = /\$\{[^}]+\}/;
    var INTERPOLATION_REPLACE = /\$\{([^}]+)\}/g;
    var EMPTY_STR = /^""\s*\+\s*|\s*\+\s*""$/g;
    function errorMessage(options) {
      return {
        keyword,
        schemaType: ["string", "object"],
        post: true,
        code(cxt) {
          const { gen, data, schema, schemaValue, it } = cxt;
          if (it.createErrors === false)
            return;
          const sch = schema;
          const instancePath = codegen_1.strConcat(names_1.default.instancePath, it.errorPath);
          gen.if(ajv_1._`${names_1.default.errors} > 0`, () => {
            if (typeof sch == "object") {
              const [kwdPropErrors, kwdErrors] = keywordErrorsConfig(sch);
              if (kwdErrors)
                processKeywordErrors(kwdErrors);
              if (kwdPropErrors)
                processKeywordPropErrors(kwdPropErrors);
              processChildErrors(childErrorsConfig(sch));
            }
            const schMessage = typeof sch == "string" ? sch : sch._;
            if (schMessage)
              processAllErrors(schMessage);
            if (!options.keepErrors)
              removeUsedErrors();
          });
          function childErrorsConfig({ properties, items }) {
            const errors = {};
            if (properties) {
              errors.props = {};
              for (const p in properties)
                errors.props[p] = [];
            }
            if (items) {
              errors.items = {};
              for (let i = 0; i < items.length; i++)
                errors.items[i] = [];
            }
            return errors;
          }
          function keywordErrorsConfig(emSchema) {
            let propErrors;
            let errors;
            for (const k in emSchema) {
              if (k === "properties" || k === "items")
                continue;
              const kwdSch = emSchema[k];
              if (typeof kwdSch == "object") {
                propErrors || (propErrors = {});
                const errMap = propErrors[k] = {};
                for (const p in kwdSch)
                  errMap[p] = [];
              } else {
                errors || (errors = {});
                errors[k] = [];
              }
            }
            return [propErrors, errors];
          }
          function processKeywordErrors(kwdErrors) {
            const kwdErrs = gen.const("emErrors", ajv_1.stringify(kwdErrors));
            const templates = gen.const("templates", getTemplatesCode(kwdErrors, schema));
            gen.forOf("err", names_1.default.vErrors, (err) => gen.if(matchKeywordError(err, kwdErrs), () => gen.code(ajv_1._`${kwdErrs}[${err}.keyword].push(${err})`).assign(ajv_1._`${err}.${used}`, true)));
            const { singleError } = options;
            if (singleError) {
              const message = gen.let("message", ajv_1._`""`);
              const paramsErrors = gen.let("paramsErrors", ajv_1._`[]`);
              loopErrors((key) => {
                gen.if(message, () => gen.code(ajv_1._`${message} += ${typeof singleError == "string" ? singleError : ";"}`));
                gen.code(ajv_1._`${message} += ${errMessage(key)}`);
                gen.assign(paramsErrors, ajv_1._`${paramsErrors}.concat(${kwdErrs}[${key}])`);
              });
              errors_1.reportError(cxt, { message, params: ajv_1._`{errors: ${paramsErrors}}` });
            } else {
              loopErrors((key) => errors_1.reportError(cxt, {
                message: errMessage(key),
                params: ajv_1._`{errors: ${kwdErrs}[${key}]}`
              }));
            }
            function loopErrors(body) {
              gen.forIn("key", kwdErrs, (key) => gen.if(ajv_1._`${kwdErrs}[${key}].length`, () => body(key)));
            }
            function errMessage(key) {
              return ajv_1._`${key} in ${templates} ? ${templates}[${key}]() : ${schemaValue}[${key}]`;
            }
          }
          function processKeywordPropErrors(kwdPropErrors) {
            const kwdErrs = gen.const("emErrors", ajv_1.stringify(kwdPropErrors));
            const templatesCode = [];
            for (const k in kwdPropErrors) {
              templatesCode.push([
                k,
                getTemplatesCode(kwdPropErrors[k], schema[k])
              ]);
            }
            const templates = gen.const("templates", gen.object(...templatesCode));
            const kwdPropParams = gen.scopeValue("obj", {
              ref: KEYWORD_PROPERTY_PARAMS,
              code: ajv_1.stringify(KEYWORD_PROPERTY_PARAMS)
            });
            const propParam = gen.let("emPropParams");
            const paramsErrors = gen.let("emParamsErrors");
            gen.forOf("err", names_1.default.vErrors, (err) => gen.if(matchKeywordError(err, kwdErrs), () => {
              gen.assign(propParam, ajv_1._`${kwdPropParams}[${err}.keyword]`);
              gen.assign(paramsErrors, ajv_1._`${kwdErrs}[${err}.keyword][${err}.params[${propParam}]]`);
              gen.if(paramsErrors, () => gen.code(ajv_1._`${paramsErrors}.push(${err})`).assign(ajv_1._`${err}.${used}`, true));
            }));
            gen.forIn("key", kwdErrs, (key) => gen.forIn("keyProp", ajv_1._`${kwdErrs}[${key}]`, (keyProp) => {
              gen.assign(paramsErrors, ajv_1._`${kwdErrs}[${key}][${keyProp}]`);
              gen.if(ajv_1._`${paramsErrors}.length`, () => {
                const tmpl = gen.const("tmpl", ajv_1._`${templates}[${key}] && ${templates}[${key}][${keyProp}]`);
                errors_1.reportError(cxt, {
                  message: ajv_1._`${tmpl} ? ${tmpl}() : ${schemaValue}[${key}][${keyProp}]`,
                  params: ajv_1._`{errors: ${paramsErrors}}`
                });
              });
            }));
          }
          function processChildErrors(childErrors) {
            const { props, items } = childErrors;
            if (!props && !items)
              return;
            const isObj = ajv_1._`typeof ${data} == "object"`;
            const isArr = ajv_1._`Array.isArray(${data})`;
            const childErrs = gen.let("emErrors");
            let childKwd;
            let childProp;
            const templates = gen.let("templates");
            if (props && items) {
              childKwd = gen.let("emChildKwd");
              gen.if(isObj);
              gen.if(isArr, () => {
                init(items, schema.items);
                gen.assign(childKwd, ajv_1.str`items`);
              }, () => {
                init(props, schema.properties);
                gen.assign(childKwd, ajv_1.str`properties`);
              });
              childProp = ajv_1._`[${childKwd}]`;
            } else if (items) {
              gen.if(isArr);
              init(items, schema.items);
              childProp = ajv_1._`.items`;
            } else if (props) {
              gen.if(codegen_1.and(isObj, codegen_1.not(isArr)));
              init(props, schema.properties);
              childProp = ajv_1._`.properties`;
            }
            gen.forOf("err", names_1.default.vErrors, (err) => ifMatchesChildError(err, childErrs, (child) => gen.code(ajv_1._`${childErrs}[${child}].push(${err})`).assign(ajv_1._`${err}.${used}`, true)));
            gen.forIn("key", childErrs, (key) => gen.if(ajv_1._`${childErrs}[${key}].length`, () => {
              errors_1.reportError(cxt, {
                message: ajv_1._`${key} in ${templates} ? ${templates}[${key}]() : ${schemaValue}${childProp}[${key}]`,
                params: ajv_1._`{errors: ${childErrs}[${key}]}`
              });
              gen.assign(ajv_1._`${names_1.default.vErrors}[${names_1.default.errors}-1].instancePath`, ajv_1._`${instancePath} + "/" + ${key}.replace(/~/g, "~0").replace(/\\//g, "~1")`);
            }));
            gen.endIf();
            function init(children, msgs) {
              gen.assign(childErrs, ajv_1.stringify(children));
              gen.assign(templates, getTemplatesCode(children, msgs));
            }
          }
          function processAllErrors(schMessage) {
            const errs = gen.const("emErrs", ajv_1._`[]`);
            gen.forOf("err", names_1.default.vErrors, (err) => gen.if(matchAnyError(err), () => gen.code(ajv_1._`${errs}.push(${err})`).assign(ajv_1._`${err}.${used}`, true)));
            gen.if(ajv_1._`${errs}.length`, () => errors_1.reportError(cxt, {
              message: templateExpr(schMessage),
              params: ajv_1._`{errors: ${errs}}`
            }));
          }
          function removeUsedErrors() {
            const errs = gen.const("emErrs", ajv_1._`[]`);
            gen.forOf("err", names_1.default.vErrors, (err) => gen.if(ajv_1._`!${err}.${used}`, () => gen.code(ajv_1._`${errs}.push(${err})`)));
            gen.assign(names_1.default.vErrors, errs).assign(names_1.default.errors, ajv_1._`${errs}.length`);
          }
          function matchKeywordError(err, kwdErrs) {
            return codegen_1.and(
              ajv_1._`${err}.keyword !== ${keyword}`,
              ajv_1._`!${err}.${used}`,
              ajv_1._`${err}.instancePath === ${instancePath}`,
              ajv_1._`${err}.keyword in ${kwdErrs}`,
              // TODO match the end of the string?
              ajv_1._`${err}.schemaPath.indexOf(${it.errSchemaPath}) === 0`,
              ajv_1._`/^\\/[^\\/]*$/.test(${err}.schemaPath.slice(${it.errSchemaPath.length}))`
            );
          }
          function ifMatchesChildError(err, childErrs, thenBody) {
            gen.if(codegen_1.and(ajv_1._`${err}.keyword !== ${keyword}`, ajv_1._`!${err}.${used}`, ajv_1._`${err}.instancePath.indexOf(${instancePath}) === 0`), () => {
              const childRegex = gen.scopeValue("pattern", {
                ref: /^\/([^/]*)(?:\/|$)/,
                code: ajv_1._`new RegExp("^\\\/([^/]*)(?:\\\/|$)")`
              });
              const matches = gen.const("emMatches", ajv_1._`${childRegex}.exec(${err}.instancePath.slice(${instancePath}.length))`);
              const child = gen.const("emChild", ajv_1._`${matches} && ${matches}[1].replace(/~1/g, "/").replace(/~0/g, "~")`);
              gen.if(ajv_1._`${child} !== undefined && ${child} in ${childErrs}`, () => thenBody(child));
            });
          }
          function matchAnyError(err) {
            return codegen_1.and(ajv_1._`${err}.keyword !== ${keyword}`, ajv_1._`!${err}.${used}`, codegen_1.or(ajv_1._`${err}.instancePath === ${instancePath}`, codegen_1.and(ajv_1._`${err}.instancePath.indexOf(${instancePath}) === 0`, ajv_1._`${err}.instancePath[${instancePath}.length] === "/"`)), ajv_1._`${err}.schemaPath.indexOf(${it.errSchemaPath}) === 0`, ajv_1._`${err}.schemaPath[${it.errSchemaPath}.length] === "/"`);
          }
          function getTemplatesCode(keys, msgs) {
            const templatesCode = [];
            for (const k in keys) {
              const msg = msgs[k];
              if (INTERPOLATION.test(msg))
                templatesCode.push([k, templateFunc(msg)]);
            }
            return gen.object(...templatesCode);
          }
          function templateExpr(msg) {
            if (!INTERPOLATION.test(msg))
              return ajv_1.stringify(msg);
            return new code_1._Code(code_1.safeStringify(msg).replace(INTERPOLATION_REPLACE, (_s, ptr) => `" + JSON.stringify(${validate_1.getData(ptr, it)}) + "`).replace(EMPTY_STR, ""));
          }
          function templateFunc(msg) {
            return ajv_1._`function(){return ${templateExpr(msg)}}`;
          }
        },
        metaSchema: {
          anyOf: [
            { type: "string" },
            {
              type: "object",
              properties: {
                properties: { $ref: "#/$defs/stringMap" },
                items: { $ref: "#/$defs/stringList" },
                required: { $ref: "#/$defs/stringOrMap" },
                dependencies: { $ref: "#/$defs/stringOrMap" }
              },
              additionalProperties: { type: "string" }
            }
          ],
          $defs: {
            stringMap: {
              type: "object",
              additionalProperties: { type: "string" }
            },
            stringOrMap: {
              anyOf: [{ type: "string" }, { $ref: "#/$defs/stringMap" }]
            },
            stringList: { type: "array", items: { type: "string" } }
          }
        }
      };
    }
    var ajvErrors = (ajv, options = {}) => {
      if (!ajv.opts.allErrors)
        throw new Error("ajv-errors: Ajv option allErrors must be true");
      if (ajv.opts.jsPropertySyntax) {
        throw new Error("ajv-errors: ajv option jsPropertySyntax is not supported");
      }
      return ajv.addKeyword(errorMessage(options));
    };
    exports.default = ajvErrors;
    module.exports = ajvErrors;
    module.exports.default = ajvErrors;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/meta/rule.schema.json
var require_rule_schema = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/meta/rule.schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "@stoplight/spectral-core/meta/rule.schema",
      $defs: {
        Then: {
          type: "object",
          allOf: [
            {
              properties: {
                field: {
                  type: "string"
                }
              }
            },
            {
              $ref: "extensions#function"
            }
          ]
        },
        Severity: {
          $ref: "shared#severity"
        }
      },
      if: {
        type: "object"
      },
      then: {
        type: "object",
        properties: {
          description: {
            type: "string"
          },
          documentationUrl: {
            type: "string",
            format: "url",
            errorMessage: "must be a valid URL"
          },
          recommended: {
            type: "boolean"
          },
          given: {
            $ref: "shared#given"
          },
          resolved: {
            type: "boolean"
          },
          severity: {
            $ref: "#/$defs/Severity"
          },
          message: {
            type: "string"
          },
          tags: {
            items: {
              type: "string"
            },
            type: "array"
          },
          formats: {
            $ref: "shared#formats"
          },
          then: {
            if: {
              type: "array"
            },
            then: {
              type: "array",
              items: {
                $ref: "#/$defs/Then"
              }
            },
            else: {
              $ref: "#/$defs/Then"
            }
          },
          type: {
            enum: ["style", "validation"],
            errorMessage: 'allowed types are "style" and "validation"'
          },
          extensions: {
            type: "object"
          }
        },
        required: ["given", "then"],
        additionalProperties: false,
        patternProperties: {
          "^x-": true
        },
        errorMessage: {
          required: 'the rule must have at least "given" and "then" properties'
        }
      },
      else: {
        oneOf: [
          {
            $ref: "shared#/$defs/HumanReadableSeverity"
          },
          {
            type: "boolean"
          }
        ]
      }
    };
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/meta/shared.json
var require_shared = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/meta/shared.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "@stoplight/spectral-core/meta/shared",
      $defs: {
        Formats: {
          $anchor: "formats",
          type: "array",
          items: {
            $ref: "extensions#format"
          },
          errorMessage: "must be an array of formats"
        },
        DiagnosticSeverity: {
          enum: [-1, 0, 1, 2, 3]
        },
        HumanReadableSeverity: {
          enum: ["error", "warn", "info", "hint", "off"]
        },
        Severity: {
          $anchor: "severity",
          oneOf: [
            {
              $ref: "#/$defs/DiagnosticSeverity"
            },
            {
              $ref: "#/$defs/HumanReadableSeverity"
            }
          ],
          errorMessage: 'the value has to be one of: 0, 1, 2, 3 or "error", "warn", "info", "hint", "off"'
        },
        Given: {
          $anchor: "given",
          if: {
            type: "array"
          },
          then: {
            $anchor: "arrayish-given",
            type: "array",
            items: {
              $ref: "path-expression"
            },
            minItems: 1,
            errorMessage: {
              minItems: "must be a non-empty array of expressions"
            }
          },
          else: {
            $ref: "path-expression"
          }
        },
        PathExpression: {
          $id: "path-expression",
          if: {
            type: "string"
          },
          then: {
            type: "string",
            if: {
              pattern: "^#"
            },
            then: {
              "x-spectral-runtime": "alias"
            },
            else: {
              pattern: "^\\$",
              errorMessage: "must be a valid JSON Path expression or a reference to the existing Alias optionally paired with a JSON Path expression subset"
            }
          },
          else: {
            not: {},
            errorMessage: "must be a valid JSON Path expression or a reference to the existing Alias optionally paired with a JSON Path expression subset"
          }
        }
      }
    };
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/meta/ruleset.schema.json
var require_ruleset_schema = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/meta/ruleset.schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "@stoplight/spectral-core/meta/ruleset.schema",
      type: "object",
      additionalProperties: false,
      properties: {
        documentationUrl: {
          type: "string",
          format: "url",
          errorMessage: "must be a valid URL"
        },
        description: {
          type: "string"
        },
        rules: {
          type: "object",
          additionalProperties: {
            $ref: "rule.schema#"
          }
        },
        functions: {
          $ref: "extensions#functions"
        },
        functionsDir: {
          $ref: "extensions#functionsDir"
        },
        formats: {
          $ref: "shared#formats"
        },
        extends: {
          $ref: "extensions#extends"
        },
        parserOptions: {
          type: "object",
          properties: {
            duplicateKeys: {
              $ref: "shared#severity"
            },
            incompatibleValues: {
              $ref: "shared#severity"
            }
          },
          additionalProperties: false
        },
        overrides: {
          type: "array",
          minItems: 1,
          items: {
            if: {
              type: "object",
              properties: {
                files: {
                  type: "array",
                  minItems: 1,
                  items: {
                    type: "string",
                    minLength: 1,
                    pattern: "^[^#]+#"
                  },
                  errorMessage: "must be an non-empty array of glob patterns"
                }
              },
              required: ["files"]
            },
            then: {
              type: "object",
              properties: {
                files: true,
                rules: {
                  type: "object",
                  additionalProperties: {
                    $ref: "shared#severity"
                  },
                  errorMessage: {
                    enum: "must be a valid severity level"
                  }
                }
              },
              required: ["rules"],
              additionalProperties: false,
              errorMessage: {
                required: "must contain rules when JSON Pointers are defined",
                additionalProperties: "must not override any other property than rules when JSON Pointers are defined"
              }
            },
            else: {
              allOf: [
                {
                  type: "object",
                  properties: {
                    files: {
                      type: "array",
                      minItems: 1,
                      items: {
                        type: "string",
                        pattern: "[^#]",
                        minLength: 1
                      },
                      errorMessage: "must be an non-empty array of glob patterns"
                    }
                  },
                  required: ["files"],
                  errorMessage: {
                    type: 'must be an override, i.e. { "files": ["v2/**/*.json"], "rules": {} }'
                  }
                },
                {
                  type: "object",
                  properties: {
                    formats: {
                      $ref: "shared#formats"
                    },
                    extends: {
                      $ref: "#/properties/extends"
                    },
                    rules: {
                      $ref: "#/properties/rules"
                    },
                    parserOptions: {
                      $ref: "#/properties/parserOptions"
                    },
                    aliases: {
                      $ref: "#/properties/aliases"
                    }
                  },
                  anyOf: [
                    {
                      required: ["extends"]
                    },
                    {
                      required: ["rules"]
                    }
                  ]
                }
              ]
            }
          },
          errorMessage: {
            minItems: "must not be empty"
          }
        },
        aliases: {
          type: "object",
          propertyNames: {
            pattern: "^[A-Za-z][A-Za-z0-9_-]*$",
            errorMessage: {
              pattern: "to avoid confusion the name must match /^[A-Za-z][A-Za-z0-9_-]*$/ regular expression",
              minLength: "the name of an alias must not be empty"
            }
          },
          additionalProperties: {
            if: {
              type: "object"
            },
            then: {
              type: "object",
              properties: {
                description: {
                  type: "string"
                },
                targets: {
                  type: "array",
                  minItems: 1,
                  items: {
                    type: "object",
                    properties: {
                      formats: {
                        $ref: "shared#formats"
                      },
                      given: {
                        $ref: "shared#arrayish-given"
                      }
                    },
                    required: ["formats", "given"],
                    errorMessage: "a valid target must contain given and non-empty formats"
                  },
                  errorMessage: {
                    minItems: "targets must have at least a single alias definition"
                  }
                }
              },
              required: ["targets"],
              errorMessage: {
                required: "targets must be present and have at least a single alias definition"
              }
            },
            else: {
              $ref: "shared#arrayish-given"
            }
          }
        }
      },
      patternProperties: {
        "^x-": true
      },
      anyOf: [
        {
          required: ["extends"]
        },
        {
          required: ["rules"]
        },
        {
          required: ["overrides"]
        }
      ]
    };
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/meta/js-extensions.json
var require_js_extensions = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/meta/js-extensions.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "@stoplight/spectral-core/meta/extensions",
      $defs: {
        Extends: {
          $anchor: "extends",
          oneOf: [
            {
              $id: "ruleset",
              $ref: "ruleset.schema#",
              errorMessage: "must be a valid ruleset"
            },
            {
              type: "array",
              items: {
                anyOf: [
                  {
                    $ref: "ruleset"
                  },
                  {
                    type: "array",
                    minItems: 2,
                    items: false,
                    prefixItems: [
                      {
                        $ref: "ruleset"
                      },
                      {
                        enum: ["off", "recommended", "all"],
                        errorMessage: 'allowed types are "off", "recommended" and "all"'
                      }
                    ]
                  }
                ]
              }
            }
          ],
          errorMessage: "must be a valid ruleset"
        },
        Format: {
          $anchor: "format",
          "x-spectral-runtime": "format",
          errorMessage: "must be a valid format"
        },
        Function: {
          $anchor: "function",
          "x-spectral-runtime": "ruleset-function",
          type: "object",
          properties: {
            function: true
          },
          required: ["function"]
        },
        Functions: {
          $anchor: "functions",
          not: {}
        },
        FunctionsDir: {
          $anchor: "functionsDir",
          not: {}
        }
      }
    };
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/meta/json-extensions.json
var require_json_extensions = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/meta/json-extensions.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "@stoplight/spectral-core/meta/extensions",
      $defs: {
        Extends: {
          $anchor: "extends",
          oneOf: [
            {
              type: "string"
            },
            {
              type: "array",
              items: {
                oneOf: [
                  {
                    type: "string"
                  },
                  {
                    type: "array",
                    minItems: 2,
                    items: false,
                    prefixItems: [
                      {
                        type: "string"
                      },
                      {
                        enum: ["all", "recommended", "off"],
                        errorMessage: 'allowed types are "off", "recommended" and "all"'
                      }
                    ]
                  }
                ]
              }
            }
          ]
        },
        Format: {
          $anchor: "format",
          type: "string",
          errorMessage: "must be a valid format"
        },
        Functions: {
          $anchor: "functions",
          type: "array",
          items: {
            type: "string"
          }
        },
        FunctionsDir: {
          $anchor: "functionsDir",
          type: "string"
        },
        Function: {
          $anchor: "function",
          type: "object",
          properties: {
            function: {
              type: "string"
            }
          },
          required: ["function"]
        }
      }
    };
  }
});

// node_modules/function-bind/implementation.js
var require_implementation = __commonJS({
  "node_modules/function-bind/implementation.js"(exports, module) {
    "use strict";
    var ERROR_MESSAGE = "Function.prototype.bind called on incompatible ";
    var toStr = Object.prototype.toString;
    var max = Math.max;
    var funcType = "[object Function]";
    var concatty = function concatty2(a, b) {
      var arr = [];
      for (var i = 0; i < a.length; i += 1) {
        arr[i] = a[i];
      }
      for (var j = 0; j < b.length; j += 1) {
        arr[j + a.length] = b[j];
      }
      return arr;
    };
    var slicy = function slicy2(arrLike, offset) {
      var arr = [];
      for (var i = offset || 0, j = 0; i < arrLike.length; i += 1, j += 1) {
        arr[j] = arrLike[i];
      }
      return arr;
    };
    var joiny = function(arr, joiner) {
      var str = "";
      for (var i = 0; i < arr.length; i += 1) {
        str += arr[i];
        if (i + 1 < arr.length) {
          str += joiner;
        }
      }
      return str;
    };
    module.exports = function bind(that) {
      var target = this;
      if (typeof target !== "function" || toStr.apply(target) !== funcType) {
        throw new TypeError(ERROR_MESSAGE + target);
      }
      var args = slicy(arguments, 1);
      var bound;
      var binder = function() {
        if (this instanceof bound) {
          var result = target.apply(
            this,
            concatty(args, arguments)
          );
          if (Object(result) === result) {
            return result;
          }
          return this;
        }
        return target.apply(
          that,
          concatty(args, arguments)
        );
      };
      var boundLength = max(0, target.length - args.length);
      var boundArgs = [];
      for (var i = 0; i < boundLength; i++) {
        boundArgs[i] = "$" + i;
      }
      bound = Function("binder", "return function (" + joiny(boundArgs, ",") + "){ return binder.apply(this,arguments); }")(binder);
      if (target.prototype) {
        var Empty = function Empty2() {
        };
        Empty.prototype = target.prototype;
        bound.prototype = new Empty();
        Empty.prototype = null;
      }
      return bound;
    };
  }
});

// node_modules/function-bind/index.js
var require_function_bind = __commonJS({
  "node_modules/function-bind/index.js"(exports, module) {
    "use strict";
    var implementation = require_implementation();
    module.exports = Function.prototype.bind || implementation;
  }
});

// node_modules/object-keys/isArguments.js
var require_isArguments = __commonJS({
  "node_modules/object-keys/isArguments.js"(exports, module) {
    "use strict";
    var toStr = Object.prototype.toString;
    module.exports = function isArguments(value) {
      var str = toStr.call(value);
      var isArgs = str === "[object Arguments]";
      if (!isArgs) {
        isArgs = str !== "[object Array]" && value !== null && typeof value === "object" && typeof value.length === "number" && value.length >= 0 && toStr.call(value.callee) === "[object Function]";
      }
      return isArgs;
    };
  }
});

// node_modules/object-keys/implementation.js
var require_implementation2 = __commonJS({
  "node_modules/object-keys/implementation.js"(exports, module) {
    "use strict";
    var keysShim;
    if (!Object.keys) {
      has = Object.prototype.hasOwnProperty;
      toStr = Object.prototype.toString;
      isArgs = require_isArguments();
      isEnumerable = Object.prototype.propertyIsEnumerable;
      hasDontEnumBug = !isEnumerable.call({ toString: null }, "toString");
      hasProtoEnumBug = isEnumerable.call(function() {
      }, "prototype");
      dontEnums = [
        "toString",
        "toLocaleString",
        "valueOf",
        "hasOwnProperty",
        "isPrototypeOf",
        "propertyIsEnumerable",
        "constructor"
      ];
      equalsConstructorPrototype = function(o) {
        var ctor = o.constructor;
        return ctor && ctor.prototype === o;
      };
      excludedKeys = {
        $applicationCache: true,
        $console: true,
        $external: true,
        $frame: true,
        $frameElement: true,
        $frames: true,
        $innerHeight: true,
        $innerWidth: true,
        $onmozfullscreenchange: true,
        $onmozfullscreenerror: true,
        $outerHeight: true,
        $outerWidth: true,
        $pageXOffset: true,
        $pageYOffset: true,
        $parent: true,
        $scrollLeft: true,
        $scrollTop: true,
        $scrollX: true,
        $scrollY: true,
        $self: true,
        $webkitIndexedDB: true,
        $webkitStorageInfo: true,
        $window: true
      };
      hasAutomationEqualityBug = (function() {
        if (typeof window === "undefined") {
          return false;
        }
        for (var k in window) {
          try {
            if (!excludedKeys["$" + k] && has.call(window, k) && window[k] !== null && typeof window[k] === "object") {
              try {
                equalsConstructorPrototype(window[k]);
              } catch (e) {
                return true;
              }
            }
          } catch (e) {
            return true;
          }
        }
        return false;
      })();
      equalsConstructorPrototypeIfNotBuggy = function(o) {
        if (typeof window === "undefined" || !hasAutomationEqualityBug) {
          return equalsConstructorPrototype(o);
        }
        try {
          return equalsConstructorPrototype(o);
        } catch (e) {
          return false;
        }
      };
      keysShim = function keys(object) {
        var isObject = object !== null && typeof object === "object";
        var isFunction = toStr.call(object) === "[object Function]";
        var isArguments = isArgs(object);
        var isString = isObject && toStr.call(object) === "[object String]";
        var theKeys = [];
        if (!isObject && !isFunction && !isArguments) {
          throw new TypeError("Object.keys called on a non-object");
        }
        var skipProto = hasProtoEnumBug && isFunction;
        if (isString && object.length > 0 && !has.call(object, 0)) {
          for (var i = 0; i < object.length; ++i) {
            theKeys.push(String(i));
          }
        }
        if (isArguments && object.length > 0) {
          for (var j = 0; j < object.length; ++j) {
            theKeys.push(String(j));
          }
        } else {
          for (var name in object) {
            if (!(skipProto && name === "prototype") && has.call(object, name)) {
              theKeys.push(String(name));
            }
          }
        }
        if (hasDontEnumBug) {
          var skipConstructor = equalsConstructorPrototypeIfNotBuggy(object);
          for (var k = 0; k < dontEnums.length; ++k) {
            if (!(skipConstructor && dontEnums[k] === "constructor") && has.call(object, dontEnums[k])) {
              theKeys.push(dontEnums[k]);
            }
          }
        }
        return theKeys;
      };
    }
    var has;
    var toStr;
    var isArgs;
    var isEnumerable;
    var hasDontEnumBug;
    var hasProtoEnumBug;
    var dontEnums;
    var equalsConstructorPrototype;
    var excludedKeys;
    var hasAutomationEqualityBug;
    var equalsConstructorPrototypeIfNotBuggy;
    module.exports = keysShim;
  }
});

// node_modules/object-keys/index.js
var require_object_keys = __commonJS({
  "node_modules/object-keys/index.js"(exports, module) {
    "use strict";
    var slice = Array.prototype.slice;
    var isArgs = require_isArguments();
    var origKeys = Object.keys;
    var keysShim = origKeys ? function keys(o) {
      return origKeys(o);
    } : require_implementation2();
    var originalKeys = Object.keys;
    keysShim.shim = function shimObjectKeys() {
      if (Object.keys) {
        var keysWorksWithArguments = (function() {
          var args = Object.keys(arguments);
          return args && args.length === arguments.length;
        })(1, 2);
        if (!keysWorksWithArguments) {
          Object.keys = function keys(object) {
            if (isArgs(object)) {
              return originalKeys(slice.call(object));
            }
            return originalKeys(object);
          };
        }
      } else {
        Object.keys = keysShim;
      }
      return Object.keys || keysShim;
    };
    module.exports = keysShim;
  }
});

// node_modules/es-define-property/index.js
var require_es_define_property = __commonJS({
  "node_modules/es-define-property/index.js"(exports, module) {
    "use strict";
    var $defineProperty = Object.defineProperty || false;
    if ($defineProperty) {
      try {
        $defineProperty({}, "a", { value: 1 });
      } catch (e) {
        $defineProperty = false;
      }
    }
    module.exports = $defineProperty;
  }
});

// node_modules/es-errors/syntax.js
var require_syntax = __commonJS({
  "node_modules/es-errors/syntax.js"(exports, module) {
    "use strict";
    module.exports = SyntaxError;
  }
});

// node_modules/es-errors/type.js
var require_type = __commonJS({
  "node_modules/es-errors/type.js"(exports, module) {
    "use strict";
    module.exports = TypeError;
  }
});

// node_modules/gopd/gOPD.js
var require_gOPD = __commonJS({
  "node_modules/gopd/gOPD.js"(exports, module) {
    "use strict";
    module.exports = Object.getOwnPropertyDescriptor;
  }
});

// node_modules/gopd/index.js
var require_gopd = __commonJS({
  "node_modules/gopd/index.js"(exports, module) {
    "use strict";
    var $gOPD = require_gOPD();
    if ($gOPD) {
      try {
        $gOPD([], "length");
      } catch (e) {
        $gOPD = null;
      }
    }
    module.exports = $gOPD;
  }
});

// node_modules/define-data-property/index.js
var require_define_data_property = __commonJS({
  "node_modules/define-data-property/index.js"(exports, module) {
    "use strict";
    var $defineProperty = require_es_define_property();
    var $SyntaxError = require_syntax();
    var $TypeError = require_type();
    var gopd = require_gopd();
    module.exports = function defineDataProperty(obj, property, value) {
      if (!obj || typeof obj !== "object" && typeof obj !== "function") {
        throw new $TypeError("`obj` must be an object or a function`");
      }
      if (typeof property !== "string" && typeof property !== "symbol") {
        throw new $TypeError("`property` must be a string or a symbol`");
      }
      if (arguments.length > 3 && typeof arguments[3] !== "boolean" && arguments[3] !== null) {
        throw new $TypeError("`nonEnumerable`, if provided, must be a boolean or null");
      }
      if (arguments.length > 4 && typeof arguments[4] !== "boolean" && arguments[4] !== null) {
        throw new $TypeError("`nonWritable`, if provided, must be a boolean or null");
      }
      if (arguments.length > 5 && typeof arguments[5] !== "boolean" && arguments[5] !== null) {
        throw new $TypeError("`nonConfigurable`, if provided, must be a boolean or null");
      }
      if (arguments.length > 6 && typeof arguments[6] !== "boolean") {
        throw new $TypeError("`loose`, if provided, must be a boolean");
      }
      var nonEnumerable = arguments.length > 3 ? arguments[3] : null;
      var nonWritable = arguments.length > 4 ? arguments[4] : null;
      var nonConfigurable = arguments.length > 5 ? arguments[5] : null;
      var loose = arguments.length > 6 ? arguments[6] : false;
      var desc = !!gopd && gopd(obj, property);
      if ($defineProperty) {
        $defineProperty(obj, property, {
          configurable: nonConfigurable === null && desc ? desc.configurable : !nonConfigurable,
          enumerable: nonEnumerable === null && desc ? desc.enumerable : !nonEnumerable,
          value,
          writable: nonWritable === null && desc ? desc.writable : !nonWritable
        });
      } else if (loose || !nonEnumerable && !nonWritable && !nonConfigurable) {
        obj[property] = value;
      } else {
        throw new $SyntaxError("This environment does not support defining a property as non-configurable, non-writable, or non-enumerable.");
      }
    };
  }
});

// node_modules/has-property-descriptors/index.js
var require_has_property_descriptors = __commonJS({
  "node_modules/has-property-descriptors/index.js"(exports, module) {
    "use strict";
    var $defineProperty = require_es_define_property();
    var hasPropertyDescriptors = function hasPropertyDescriptors2() {
      return !!$defineProperty;
    };
    hasPropertyDescriptors.hasArrayLengthDefineBug = function hasArrayLengthDefineBug() {
      if (!$defineProperty) {
        return null;
      }
      try {
        return $defineProperty([], "length", { value: 1 }).length !== 1;
      } catch (e) {
        return true;
      }
    };
    module.exports = hasPropertyDescriptors;
  }
});

// node_modules/define-properties/index.js
var require_define_properties = __commonJS({
  "node_modules/define-properties/index.js"(exports, module) {
    "use strict";
    var keys = require_object_keys();
    var hasSymbols = typeof Symbol === "function" && typeof /* @__PURE__ */ Symbol("foo") === "symbol";
    var toStr = Object.prototype.toString;
    var concat = Array.prototype.concat;
    var defineDataProperty = require_define_data_property();
    var isFunction = function(fn) {
      return typeof fn === "function" && toStr.call(fn) === "[object Function]";
    };
    var supportsDescriptors = require_has_property_descriptors()();
    var defineProperty = function(object, name, value, predicate) {
      if (name in object) {
        if (predicate === true) {
          if (object[name] === value) {
            return;
          }
        } else if (!isFunction(predicate) || !predicate()) {
          return;
        }
      }
      if (supportsDescriptors) {
        defineDataProperty(object, name, value, true);
      } else {
        defineDataProperty(object, name, value);
      }
    };
    var defineProperties = function(object, map) {
      var predicates = arguments.length > 2 ? arguments[2] : {};
      var props = keys(map);
      if (hasSymbols) {
        props = concat.call(props, Object.getOwnPropertySymbols(map));
      }
      for (var i = 0; i < props.length; i += 1) {
        defineProperty(object, props[i], map[props[i]], predicates[props[i]]);
      }
    };
    defineProperties.supportsDescriptors = !!supportsDescriptors;
    module.exports = defineProperties;
  }
});

// node_modules/functions-have-names/index.js
var require_functions_have_names = __commonJS({
  "node_modules/functions-have-names/index.js"(exports, module) {
    "use strict";
    var functionsHaveNames = function functionsHaveNames2() {
      return typeof function f() {
      }.name === "string";
    };
    var gOPD = Object.getOwnPropertyDescriptor;
    if (gOPD) {
      try {
        gOPD([], "length");
      } catch (e) {
        gOPD = null;
      }
    }
    functionsHaveNames.functionsHaveConfigurableNames = function functionsHaveConfigurableNames() {
      if (!functionsHaveNames() || !gOPD) {
        return false;
      }
      var desc = gOPD(function() {
      }, "name");
      return !!desc && !!desc.configurable;
    };
    var $bind = Function.prototype.bind;
    functionsHaveNames.boundFunctionsHaveNames = function boundFunctionsHaveNames() {
      return functionsHaveNames() && typeof $bind === "function" && function f() {
      }.bind().name !== "";
    };
    module.exports = functionsHaveNames;
  }
});

// node_modules/set-function-name/index.js
var require_set_function_name = __commonJS({
  "node_modules/set-function-name/index.js"(exports, module) {
    "use strict";
    var define2 = require_define_data_property();
    var hasDescriptors = require_has_property_descriptors()();
    var functionsHaveConfigurableNames = require_functions_have_names().functionsHaveConfigurableNames();
    var $TypeError = require_type();
    module.exports = function setFunctionName(fn, name) {
      if (typeof fn !== "function") {
        throw new $TypeError("`fn` is not a function");
      }
      var loose = arguments.length > 2 && !!arguments[2];
      if (!loose || functionsHaveConfigurableNames) {
        if (hasDescriptors) {
          define2(
            /** @type {Parameters<define>[0]} */
            fn,
            "name",
            name,
            true,
            true
          );
        } else {
          define2(
            /** @type {Parameters<define>[0]} */
            fn,
            "name",
            name
          );
        }
      }
      return fn;
    };
  }
});

// node_modules/es-object-atoms/isObject.js
var require_isObject = __commonJS({
  "node_modules/es-object-atoms/isObject.js"(exports, module) {
    "use strict";
    module.exports = function isObject(x) {
      return !!x && (typeof x === "function" || typeof x === "object");
    };
  }
});

// node_modules/es-abstract/helpers/isPropertyKey.js
var require_isPropertyKey = __commonJS({
  "node_modules/es-abstract/helpers/isPropertyKey.js"(exports, module) {
    "use strict";
    module.exports = function isPropertyKey(argument) {
      return typeof argument === "string" || typeof argument === "symbol";
    };
  }
});

// node_modules/hasown/index.js
var require_hasown = __commonJS({
  "node_modules/hasown/index.js"(exports, module) {
    "use strict";
    var call = Function.prototype.call;
    var $hasOwn = Object.prototype.hasOwnProperty;
    var bind = require_function_bind();
    module.exports = bind.call(call, $hasOwn);
  }
});

// node_modules/es-abstract/helpers/records/property-descriptor.js
var require_property_descriptor = __commonJS({
  "node_modules/es-abstract/helpers/records/property-descriptor.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var hasOwn = require_hasown();
    var allowed = {
      __proto__: null,
      "[[Configurable]]": true,
      "[[Enumerable]]": true,
      "[[Get]]": true,
      "[[Set]]": true,
      "[[Value]]": true,
      "[[Writable]]": true
    };
    module.exports = function isPropertyDescriptor(Desc) {
      if (!Desc || typeof Desc !== "object") {
        return false;
      }
      for (var key in Desc) {
        if (hasOwn(Desc, key) && !allowed[key]) {
          return false;
        }
      }
      var isData = hasOwn(Desc, "[[Value]]") || hasOwn(Desc, "[[Writable]]");
      var IsAccessor = hasOwn(Desc, "[[Get]]") || hasOwn(Desc, "[[Set]]");
      if (isData && IsAccessor) {
        throw new $TypeError("Property Descriptors may not be both accessor and data descriptors");
      }
      return true;
    };
  }
});

// node_modules/es-abstract/2025/IsAccessorDescriptor.js
var require_IsAccessorDescriptor = __commonJS({
  "node_modules/es-abstract/2025/IsAccessorDescriptor.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var hasOwn = require_hasown();
    var isPropertyDescriptor = require_property_descriptor();
    module.exports = function IsAccessorDescriptor(Desc) {
      if (typeof Desc === "undefined") {
        return false;
      }
      if (!isPropertyDescriptor(Desc)) {
        throw new $TypeError("Assertion failed: `Desc` must be a Property Descriptor");
      }
      if (!hasOwn(Desc, "[[Get]]") && !hasOwn(Desc, "[[Set]]")) {
        return false;
      }
      return true;
    };
  }
});

// node_modules/es-object-atoms/index.js
var require_es_object_atoms = __commonJS({
  "node_modules/es-object-atoms/index.js"(exports, module) {
    "use strict";
    module.exports = Object;
  }
});

// node_modules/es-errors/index.js
var require_es_errors = __commonJS({
  "node_modules/es-errors/index.js"(exports, module) {
    "use strict";
    module.exports = Error;
  }
});

// node_modules/es-errors/eval.js
var require_eval = __commonJS({
  "node_modules/es-errors/eval.js"(exports, module) {
    "use strict";
    module.exports = EvalError;
  }
});

// node_modules/es-errors/range.js
var require_range = __commonJS({
  "node_modules/es-errors/range.js"(exports, module) {
    "use strict";
    module.exports = RangeError;
  }
});

// node_modules/es-errors/ref.js
var require_ref = __commonJS({
  "node_modules/es-errors/ref.js"(exports, module) {
    "use strict";
    module.exports = ReferenceError;
  }
});

// node_modules/es-errors/uri.js
var require_uri = __commonJS({
  "node_modules/es-errors/uri.js"(exports, module) {
    "use strict";
    module.exports = URIError;
  }
});

// node_modules/math-intrinsics/abs.js
var require_abs = __commonJS({
  "node_modules/math-intrinsics/abs.js"(exports, module) {
    "use strict";
    module.exports = Math.abs;
  }
});

// node_modules/math-intrinsics/floor.js
var require_floor = __commonJS({
  "node_modules/math-intrinsics/floor.js"(exports, module) {
    "use strict";
    module.exports = Math.floor;
  }
});

// node_modules/math-intrinsics/max.js
var require_max = __commonJS({
  "node_modules/math-intrinsics/max.js"(exports, module) {
    "use strict";
    module.exports = Math.max;
  }
});

// node_modules/math-intrinsics/min.js
var require_min = __commonJS({
  "node_modules/math-intrinsics/min.js"(exports, module) {
    "use strict";
    module.exports = Math.min;
  }
});

// node_modules/math-intrinsics/pow.js
var require_pow = __commonJS({
  "node_modules/math-intrinsics/pow.js"(exports, module) {
    "use strict";
    module.exports = Math.pow;
  }
});

// node_modules/math-intrinsics/round.js
var require_round = __commonJS({
  "node_modules/math-intrinsics/round.js"(exports, module) {
    "use strict";
    module.exports = Math.round;
  }
});

// node_modules/math-intrinsics/isNaN.js
var require_isNaN = __commonJS({
  "node_modules/math-intrinsics/isNaN.js"(exports, module) {
    "use strict";
    module.exports = Number.isNaN || function isNaN2(a) {
      return a !== a;
    };
  }
});

// node_modules/math-intrinsics/sign.js
var require_sign = __commonJS({
  "node_modules/math-intrinsics/sign.js"(exports, module) {
    "use strict";
    var $isNaN = require_isNaN();
    module.exports = function sign(number) {
      if ($isNaN(number) || number === 0) {
        return number;
      }
      return number < 0 ? -1 : 1;
    };
  }
});

// node_modules/has-symbols/shams.js
var require_shams = __commonJS({
  "node_modules/has-symbols/shams.js"(exports, module) {
    "use strict";
    module.exports = function hasSymbols() {
      if (typeof Symbol !== "function" || typeof Object.getOwnPropertySymbols !== "function") {
        return false;
      }
      if (typeof Symbol.iterator === "symbol") {
        return true;
      }
      var obj = {};
      var sym = /* @__PURE__ */ Symbol("test");
      var symObj = Object(sym);
      if (typeof sym === "string") {
        return false;
      }
      if (Object.prototype.toString.call(sym) !== "[object Symbol]") {
        return false;
      }
      if (Object.prototype.toString.call(symObj) !== "[object Symbol]") {
        return false;
      }
      var symVal = 42;
      obj[sym] = symVal;
      for (var _ in obj) {
        return false;
      }
      if (typeof Object.keys === "function" && Object.keys(obj).length !== 0) {
        return false;
      }
      if (typeof Object.getOwnPropertyNames === "function" && Object.getOwnPropertyNames(obj).length !== 0) {
        return false;
      }
      var syms = Object.getOwnPropertySymbols(obj);
      if (syms.length !== 1 || syms[0] !== sym) {
        return false;
      }
      if (!Object.prototype.propertyIsEnumerable.call(obj, sym)) {
        return false;
      }
      if (typeof Object.getOwnPropertyDescriptor === "function") {
        var descriptor = (
          /** @type {PropertyDescriptor} */
          Object.getOwnPropertyDescriptor(obj, sym)
        );
        if (descriptor.value !== symVal || descriptor.enumerable !== true) {
          return false;
        }
      }
      return true;
    };
  }
});

// node_modules/has-symbols/index.js
var require_has_symbols = __commonJS({
  "node_modules/has-symbols/index.js"(exports, module) {
    "use strict";
    var origSymbol = typeof Symbol !== "undefined" && Symbol;
    var hasSymbolSham = require_shams();
    module.exports = function hasNativeSymbols() {
      if (typeof origSymbol !== "function") {
        return false;
      }
      if (typeof Symbol !== "function") {
        return false;
      }
      if (typeof origSymbol("foo") !== "symbol") {
        return false;
      }
      if (typeof /* @__PURE__ */ Symbol("bar") !== "symbol") {
        return false;
      }
      return hasSymbolSham();
    };
  }
});

// node_modules/get-proto/Reflect.getPrototypeOf.js
var require_Reflect_getPrototypeOf = __commonJS({
  "node_modules/get-proto/Reflect.getPrototypeOf.js"(exports, module) {
    "use strict";
    module.exports = typeof Reflect !== "undefined" && Reflect.getPrototypeOf || null;
  }
});

// node_modules/get-proto/Object.getPrototypeOf.js
var require_Object_getPrototypeOf = __commonJS({
  "node_modules/get-proto/Object.getPrototypeOf.js"(exports, module) {
    "use strict";
    var $Object = require_es_object_atoms();
    module.exports = $Object.getPrototypeOf || null;
  }
});

// node_modules/call-bind-apply-helpers/functionCall.js
var require_functionCall = __commonJS({
  "node_modules/call-bind-apply-helpers/functionCall.js"(exports, module) {
    "use strict";
    module.exports = Function.prototype.call;
  }
});

// node_modules/call-bind-apply-helpers/functionApply.js
var require_functionApply = __commonJS({
  "node_modules/call-bind-apply-helpers/functionApply.js"(exports, module) {
    "use strict";
    module.exports = Function.prototype.apply;
  }
});

// node_modules/call-bind-apply-helpers/reflectApply.js
var require_reflectApply = __commonJS({
  "node_modules/call-bind-apply-helpers/reflectApply.js"(exports, module) {
    "use strict";
    module.exports = typeof Reflect !== "undefined" && Reflect && Reflect.apply;
  }
});

// node_modules/call-bind-apply-helpers/actualApply.js
var require_actualApply = __commonJS({
  "node_modules/call-bind-apply-helpers/actualApply.js"(exports, module) {
    "use strict";
    var bind = require_function_bind();
    var $apply = require_functionApply();
    var $call = require_functionCall();
    var $reflectApply = require_reflectApply();
    module.exports = $reflectApply || bind.call($call, $apply);
  }
});

// node_modules/call-bind-apply-helpers/index.js
var require_call_bind_apply_helpers = __commonJS({
  "node_modules/call-bind-apply-helpers/index.js"(exports, module) {
    "use strict";
    var bind = require_function_bind();
    var $TypeError = require_type();
    var $call = require_functionCall();
    var $actualApply = require_actualApply();
    module.exports = function callBindBasic(args) {
      if (args.length < 1 || typeof args[0] !== "function") {
        throw new $TypeError("a function is required");
      }
      return $actualApply(bind, $call, args);
    };
  }
});

// node_modules/dunder-proto/get.js
var require_get2 = __commonJS({
  "node_modules/dunder-proto/get.js"(exports, module) {
    "use strict";
    var callBind = require_call_bind_apply_helpers();
    var gOPD = require_gopd();
    var hasProtoAccessor;
    try {
      hasProtoAccessor = /** @type {{ __proto__?: typeof Array.prototype }} */
      [].__proto__ === Array.prototype;
    } catch (e) {
      if (!e || typeof e !== "object" || !("code" in e) || e.code !== "ERR_PROTO_ACCESS") {
        throw e;
      }
    }
    var desc = !!hasProtoAccessor && gOPD && gOPD(
      Object.prototype,
      /** @type {keyof typeof Object.prototype} */
      "__proto__"
    );
    var $Object = Object;
    var $getPrototypeOf = $Object.getPrototypeOf;
    module.exports = desc && typeof desc.get === "function" ? callBind([desc.get]) : typeof $getPrototypeOf === "function" ? (
      /** @type {import('./get')} */
      function getDunder(value) {
        return $getPrototypeOf(value == null ? value : $Object(value));
      }
    ) : false;
  }
});

// node_modules/get-proto/index.js
var require_get_proto = __commonJS({
  "node_modules/get-proto/index.js"(exports, module) {
    "use strict";
    var reflectGetProto = require_Reflect_getPrototypeOf();
    var originalGetProto = require_Object_getPrototypeOf();
    var getDunderProto = require_get2();
    module.exports = reflectGetProto ? function getProto(O) {
      return reflectGetProto(O);
    } : originalGetProto ? function getProto(O) {
      if (!O || typeof O !== "object" && typeof O !== "function") {
        throw new TypeError("getProto: not an object");
      }
      return originalGetProto(O);
    } : getDunderProto ? function getProto(O) {
      return getDunderProto(O);
    } : null;
  }
});

// node_modules/async-function/index.js
var require_async_function = __commonJS({
  "node_modules/async-function/index.js"(exports, module) {
    "use strict";
    var cached = (
      /** @type {import('.').AsyncFunctionConstructor} */
      async function() {
      }.constructor
    );
    module.exports = () => cached;
  }
});

// node_modules/generator-function/index.js
var require_generator_function = __commonJS({
  "node_modules/generator-function/index.js"(exports, module) {
    "use strict";
    var cached = (
      /** @type {GeneratorFunctionConstructor} */
      function* () {
      }.constructor
    );
    module.exports = () => cached;
  }
});

// node_modules/async-generator-function/index.js
var require_async_generator_function = __commonJS({
  "node_modules/async-generator-function/index.js"(exports, module) {
    "use strict";
    var cached = (
      /** @type {import('.').AsyncGeneratorFunctionConstructor} */
      async function* () {
      }.constructor
    );
    module.exports = () => cached;
  }
});

// node_modules/get-intrinsic/index.js
var require_get_intrinsic = __commonJS({
  "node_modules/get-intrinsic/index.js"(exports, module) {
    "use strict";
    var undefined2;
    var $Object = require_es_object_atoms();
    var $Error = require_es_errors();
    var $EvalError = require_eval();
    var $RangeError = require_range();
    var $ReferenceError = require_ref();
    var $SyntaxError = require_syntax();
    var $TypeError = require_type();
    var $URIError = require_uri();
    var abs = require_abs();
    var floor = require_floor();
    var max = require_max();
    var min = require_min();
    var pow = require_pow();
    var round = require_round();
    var sign = require_sign();
    var $gOPD = require_gopd();
    var $defineProperty = require_es_define_property();
    var throwTypeError = function() {
      throw new $TypeError();
    };
    var ThrowTypeError = $gOPD ? (function() {
      try {
        arguments.callee;
        return throwTypeError;
      } catch (calleeThrows) {
        try {
          return $gOPD(arguments, "callee").get;
        } catch (gOPDthrows) {
          return throwTypeError;
        }
      }
    })() : throwTypeError;
    var hasSymbols = require_has_symbols()();
    var getProto = require_get_proto();
    var $ObjectGPO = require_Object_getPrototypeOf();
    var $ReflectGPO = require_Reflect_getPrototypeOf();
    var $apply = require_functionApply();
    var $call = require_functionCall();
    var needsEval = {};
    var TypedArray = typeof Uint8Array === "undefined" || !getProto ? undefined2 : getProto(Uint8Array);
    var INTRINSICS = {
      __proto__: null,
      "%AggregateError%": typeof AggregateError === "undefined" ? undefined2 : AggregateError,
      "%Array%": Array,
      "%ArrayBuffer%": typeof ArrayBuffer === "undefined" ? undefined2 : ArrayBuffer,
      "%ArrayIteratorPrototype%": hasSymbols && getProto ? getProto([][Symbol.iterator]()) : undefined2,
      "%AsyncFromSyncIteratorPrototype%": undefined2,
      "%AsyncFunction%": needsEval,
      "%AsyncGenerator%": needsEval,
      "%AsyncGeneratorFunction%": needsEval,
      "%AsyncIteratorPrototype%": needsEval,
      "%Atomics%": typeof Atomics === "undefined" ? undefined2 : Atomics,
      "%BigInt%": typeof BigInt === "undefined" ? undefined2 : BigInt,
      "%BigInt64Array%": typeof BigInt64Array === "undefined" ? undefined2 : BigInt64Array,
      "%BigUint64Array%": typeof BigUint64Array === "undefined" ? undefined2 : BigUint64Array,
      "%Boolean%": Boolean,
      "%DataView%": typeof DataView === "undefined" ? undefined2 : DataView,
      "%Date%": Date,
      "%decodeURI%": decodeURI,
      "%decodeURIComponent%": decodeURIComponent,
      "%encodeURI%": encodeURI,
      "%encodeURIComponent%": encodeURIComponent,
      "%Error%": $Error,
      "%eval%": eval,
      // eslint-disable-line no-eval
      "%EvalError%": $EvalError,
      "%Float16Array%": typeof Float16Array === "undefined" ? undefined2 : Float16Array,
      "%Float32Array%": typeof Float32Array === "undefined" ? undefined2 : Float32Array,
      "%Float64Array%": typeof Float64Array === "undefined" ? undefined2 : Float64Array,
      "%FinalizationRegistry%": typeof FinalizationRegistry === "undefined" ? undefined2 : FinalizationRegistry,
      "%Function%": Function,
      "%GeneratorFunction%": needsEval,
      "%Int8Array%": typeof Int8Array === "undefined" ? undefined2 : Int8Array,
      "%Int16Array%": typeof Int16Array === "undefined" ? undefined2 : Int16Array,
      "%Int32Array%": typeof Int32Array === "undefined" ? undefined2 : Int32Array,
      "%isFinite%": isFinite,
      "%isNaN%": isNaN,
      "%IteratorPrototype%": hasSymbols && getProto ? getProto(getProto([][Symbol.iterator]())) : undefined2,
      "%JSON%": typeof JSON === "object" ? JSON : undefined2,
      "%Map%": typeof Map === "undefined" ? undefined2 : Map,
      "%MapIteratorPrototype%": typeof Map === "undefined" || !hasSymbols || !getProto ? undefined2 : getProto((/* @__PURE__ */ new Map())[Symbol.iterator]()),
      "%Math%": Math,
      "%Number%": Number,
      "%Object%": $Object,
      "%Object.getOwnPropertyDescriptor%": $gOPD,
      "%parseFloat%": parseFloat,
      "%parseInt%": parseInt,
      "%Promise%": typeof Promise === "undefined" ? undefined2 : Promise,
      "%Proxy%": typeof Proxy === "undefined" ? undefined2 : Proxy,
      "%RangeError%": $RangeError,
      "%ReferenceError%": $ReferenceError,
      "%Reflect%": typeof Reflect === "undefined" ? undefined2 : Reflect,
      "%RegExp%": RegExp,
      "%Set%": typeof Set === "undefined" ? undefined2 : Set,
      "%SetIteratorPrototype%": typeof Set === "undefined" || !hasSymbols || !getProto ? undefined2 : getProto((/* @__PURE__ */ new Set())[Symbol.iterator]()),
      "%SharedArrayBuffer%": typeof SharedArrayBuffer === "undefined" ? undefined2 : SharedArrayBuffer,
      "%String%": String,
      "%StringIteratorPrototype%": hasSymbols && getProto ? getProto(""[Symbol.iterator]()) : undefined2,
      "%Symbol%": hasSymbols ? Symbol : undefined2,
      "%SyntaxError%": $SyntaxError,
      "%ThrowTypeError%": ThrowTypeError,
      "%TypedArray%": TypedArray,
      "%TypeError%": $TypeError,
      "%Uint8Array%": typeof Uint8Array === "undefined" ? undefined2 : Uint8Array,
      "%Uint8ClampedArray%": typeof Uint8ClampedArray === "undefined" ? undefined2 : Uint8ClampedArray,
      "%Uint16Array%": typeof Uint16Array === "undefined" ? undefined2 : Uint16Array,
      "%Uint32Array%": typeof Uint32Array === "undefined" ? undefined2 : Uint32Array,
      "%URIError%": $URIError,
      "%WeakMap%": typeof WeakMap === "undefined" ? undefined2 : WeakMap,
      "%WeakRef%": typeof WeakRef === "undefined" ? undefined2 : WeakRef,
      "%WeakSet%": typeof WeakSet === "undefined" ? undefined2 : WeakSet,
      "%Function.prototype.call%": $call,
      "%Function.prototype.apply%": $apply,
      "%Object.defineProperty%": $defineProperty,
      "%Object.getPrototypeOf%": $ObjectGPO,
      "%Math.abs%": abs,
      "%Math.floor%": floor,
      "%Math.max%": max,
      "%Math.min%": min,
      "%Math.pow%": pow,
      "%Math.round%": round,
      "%Math.sign%": sign,
      "%Reflect.getPrototypeOf%": $ReflectGPO
    };
    if (getProto) {
      try {
        null.error;
      } catch (e) {
        errorProto = getProto(getProto(e));
        INTRINSICS["%Error.prototype%"] = errorProto;
      }
    }
    var errorProto;
    var getAsyncFunction = require_async_function();
    var getGeneratorFunction = require_generator_function();
    var getAsyncGeneratorFunction = require_async_generator_function();
    var doEval = function doEval2(name) {
      var value;
      if (name === "%AsyncFunction%") {
        value = getAsyncFunction() || void undefined2;
      } else if (name === "%GeneratorFunction%") {
        value = getGeneratorFunction() || void undefined2;
      } else if (name === "%AsyncGeneratorFunction%") {
        value = getAsyncGeneratorFunction() || void undefined2;
      } else if (name === "%AsyncGenerator%") {
        var fn = doEval2("%AsyncGeneratorFunction%");
        if (fn) {
          value = fn.prototype;
        }
      } else if (name === "%AsyncIteratorPrototype%") {
        var gen = doEval2("%AsyncGenerator%");
        if (gen && getProto) {
          value = getProto(gen.prototype);
        }
      }
      INTRINSICS[name] = value;
      return value;
    };
    var LEGACY_ALIASES = {
      __proto__: null,
      "%ArrayBufferPrototype%": ["ArrayBuffer", "prototype"],
      "%ArrayPrototype%": ["Array", "prototype"],
      "%ArrayProto_entries%": ["Array", "prototype", "entries"],
      "%ArrayProto_forEach%": ["Array", "prototype", "forEach"],
      "%ArrayProto_keys%": ["Array", "prototype", "keys"],
      "%ArrayProto_values%": ["Array", "prototype", "values"],
      "%AsyncFunctionPrototype%": ["AsyncFunction", "prototype"],
      "%AsyncGenerator%": ["AsyncGeneratorFunction", "prototype"],
      "%AsyncGeneratorPrototype%": ["AsyncGeneratorFunction", "prototype", "prototype"],
      "%BooleanPrototype%": ["Boolean", "prototype"],
      "%DataViewPrototype%": ["DataView", "prototype"],
      "%DatePrototype%": ["Date", "prototype"],
      "%ErrorPrototype%": ["Error", "prototype"],
      "%EvalErrorPrototype%": ["EvalError", "prototype"],
      "%Float32ArrayPrototype%": ["Float32Array", "prototype"],
      "%Float64ArrayPrototype%": ["Float64Array", "prototype"],
      "%FunctionPrototype%": ["Function", "prototype"],
      "%Generator%": ["GeneratorFunction", "prototype"],
      "%GeneratorPrototype%": ["GeneratorFunction", "prototype", "prototype"],
      "%Int8ArrayPrototype%": ["Int8Array", "prototype"],
      "%Int16ArrayPrototype%": ["Int16Array", "prototype"],
      "%Int32ArrayPrototype%": ["Int32Array", "prototype"],
      "%JSONParse%": ["JSON", "parse"],
      "%JSONStringify%": ["JSON", "stringify"],
      "%MapPrototype%": ["Map", "prototype"],
      "%NumberPrototype%": ["Number", "prototype"],
      "%ObjectPrototype%": ["Object", "prototype"],
      "%ObjProto_toString%": ["Object", "prototype", "toString"],
      "%ObjProto_valueOf%": ["Object", "prototype", "valueOf"],
      "%PromisePrototype%": ["Promise", "prototype"],
      "%PromiseProto_then%": ["Promise", "prototype", "then"],
      "%Promise_all%": ["Promise", "all"],
      "%Promise_reject%": ["Promise", "reject"],
      "%Promise_resolve%": ["Promise", "resolve"],
      "%RangeErrorPrototype%": ["RangeError", "prototype"],
      "%ReferenceErrorPrototype%": ["ReferenceError", "prototype"],
      "%RegExpPrototype%": ["RegExp", "prototype"],
      "%SetPrototype%": ["Set", "prototype"],
      "%SharedArrayBufferPrototype%": ["SharedArrayBuffer", "prototype"],
      "%StringPrototype%": ["String", "prototype"],
      "%SymbolPrototype%": ["Symbol", "prototype"],
      "%SyntaxErrorPrototype%": ["SyntaxError", "prototype"],
      "%TypedArrayPrototype%": ["TypedArray", "prototype"],
      "%TypeErrorPrototype%": ["TypeError", "prototype"],
      "%Uint8ArrayPrototype%": ["Uint8Array", "prototype"],
      "%Uint8ClampedArrayPrototype%": ["Uint8ClampedArray", "prototype"],
      "%Uint16ArrayPrototype%": ["Uint16Array", "prototype"],
      "%Uint32ArrayPrototype%": ["Uint32Array", "prototype"],
      "%URIErrorPrototype%": ["URIError", "prototype"],
      "%WeakMapPrototype%": ["WeakMap", "prototype"],
      "%WeakSetPrototype%": ["WeakSet", "prototype"]
    };
    var bind = require_function_bind();
    var hasOwn = require_hasown();
    var $concat = bind.call($call, Array.prototype.concat);
    var $spliceApply = bind.call($apply, Array.prototype.splice);
    var $replace = bind.call($call, String.prototype.replace);
    var $strSlice = bind.call($call, String.prototype.slice);
    var $exec = bind.call($call, RegExp.prototype.exec);
    var rePropName = /[^%.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|%$))/g;
    var reEscapeChar = /\\(\\)?/g;
    var stringToPath = function stringToPath2(string) {
      var first = $strSlice(string, 0, 1);
      var last = $strSlice(string, -1);
      if (first === "%" && last !== "%") {
        throw new $SyntaxError("invalid intrinsic syntax, expected closing `%`");
      } else if (last === "%" && first !== "%") {
        throw new $SyntaxError("invalid intrinsic syntax, expected opening `%`");
      }
      var result = [];
      $replace(string, rePropName, function(match, number, quote, subString) {
        result[result.length] = quote ? $replace(subString, reEscapeChar, "$1") : number || match;
      });
      return result;
    };
    var getBaseIntrinsic = function getBaseIntrinsic2(name, allowMissing) {
      var intrinsicName = name;
      var alias;
      if (hasOwn(LEGACY_ALIASES, intrinsicName)) {
        alias = LEGACY_ALIASES[intrinsicName];
        intrinsicName = "%" + alias[0] + "%";
      }
      if (hasOwn(INTRINSICS, intrinsicName)) {
        var value = INTRINSICS[intrinsicName];
        if (value === needsEval) {
          value = doEval(intrinsicName);
        }
        if (typeof value === "undefined" && !allowMissing) {
          throw new $TypeError("intrinsic " + name + " exists, but is not available. Please file an issue!");
        }
        return {
          alias,
          name: intrinsicName,
          value
        };
      }
      throw new $SyntaxError("intrinsic " + name + " does not exist!");
    };
    module.exports = function GetIntrinsic(name, allowMissing) {
      if (typeof name !== "string" || name.length === 0) {
        throw new $TypeError("intrinsic name must be a non-empty string");
      }
      if (arguments.length > 1 && typeof allowMissing !== "boolean") {
        throw new $TypeError('"allowMissing" argument must be a boolean');
      }
      if ($exec(/^%?[^%]*%?$/, name) === null) {
        throw new $SyntaxError("`%` may not be present anywhere but at the beginning and end of the intrinsic name");
      }
      var parts = stringToPath(name);
      var intrinsicBaseName = parts.length > 0 ? parts[0] : "";
      var intrinsic = getBaseIntrinsic("%" + intrinsicBaseName + "%", allowMissing);
      var intrinsicRealName = intrinsic.name;
      var value = intrinsic.value;
      var skipFurtherCaching = false;
      var alias = intrinsic.alias;
      if (alias) {
        intrinsicBaseName = alias[0];
        $spliceApply(parts, $concat([0, 1], alias));
      }
      for (var i = 1, isOwn = true; i < parts.length; i += 1) {
        var part = parts[i];
        var first = $strSlice(part, 0, 1);
        var last = $strSlice(part, -1);
        if ((first === '"' || first === "'" || first === "`" || (last === '"' || last === "'" || last === "`")) && first !== last) {
          throw new $SyntaxError("property names with quotes must have matching quotes");
        }
        if (part === "constructor" || !isOwn) {
          skipFurtherCaching = true;
        }
        intrinsicBaseName += "." + part;
        intrinsicRealName = "%" + intrinsicBaseName + "%";
        if (hasOwn(INTRINSICS, intrinsicRealName)) {
          value = INTRINSICS[intrinsicRealName];
        } else if (value != null) {
          if (!(part in value)) {
            if (!allowMissing) {
              throw new $TypeError("base intrinsic for " + name + " exists, but the property is not available.");
            }
            return void undefined2;
          }
          if ($gOPD && i + 1 >= parts.length) {
            var desc = $gOPD(value, part);
            isOwn = !!desc;
            if (isOwn && "get" in desc && !("originalValue" in desc.get)) {
              value = desc.get;
            } else {
              value = value[part];
            }
          } else {
            isOwn = hasOwn(value, part);
            value = value[part];
          }
          if (isOwn && !skipFurtherCaching) {
            INTRINSICS[intrinsicRealName] = value;
          }
        }
      }
      return value;
    };
  }
});

// node_modules/es-abstract/helpers/isPrimitive.js
var require_isPrimitive = __commonJS({
  "node_modules/es-abstract/helpers/isPrimitive.js"(exports, module) {
    "use strict";
    module.exports = function isPrimitive(value) {
      return value === null || typeof value !== "function" && typeof value !== "object";
    };
  }
});

// node_modules/es-abstract/2025/IsExtensible.js
var require_IsExtensible = __commonJS({
  "node_modules/es-abstract/2025/IsExtensible.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic();
    var $preventExtensions = GetIntrinsic("%Object.preventExtensions%", true);
    var $isExtensible = GetIntrinsic("%Object.isExtensible%", true);
    var isPrimitive = require_isPrimitive();
    module.exports = $preventExtensions ? function IsExtensible(obj) {
      return !isPrimitive(obj) && $isExtensible(obj);
    } : function IsExtensible(obj) {
      return !isPrimitive(obj);
    };
  }
});

// node_modules/is-callable/index.js
var require_is_callable = __commonJS({
  "node_modules/is-callable/index.js"(exports, module) {
    "use strict";
    var fnToStr = Function.prototype.toString;
    var reflectApply = typeof Reflect === "object" && Reflect !== null && Reflect.apply;
    var badArrayLike;
    var isCallableMarker;
    if (typeof reflectApply === "function" && typeof Object.defineProperty === "function") {
      try {
        badArrayLike = Object.defineProperty({}, "length", {
          get: function() {
            throw isCallableMarker;
          }
        });
        isCallableMarker = {};
        reflectApply(function() {
          throw 42;
        }, null, badArrayLike);
      } catch (_) {
        if (_ !== isCallableMarker) {
          reflectApply = null;
        }
      }
    } else {
      reflectApply = null;
    }
    var constructorRegex = /^\s*class\b/;
    var isES6ClassFn = function isES6ClassFunction(value) {
      try {
        var fnStr = fnToStr.call(value);
        return constructorRegex.test(fnStr);
      } catch (e) {
        return false;
      }
    };
    var tryFunctionObject = function tryFunctionToStr(value) {
      try {
        if (isES6ClassFn(value)) {
          return false;
        }
        fnToStr.call(value);
        return true;
      } catch (e) {
        return false;
      }
    };
    var toStr = Object.prototype.toString;
    var objectClass = "[object Object]";
    var fnClass = "[object Function]";
    var genClass = "[object GeneratorFunction]";
    var ddaClass = "[object HTMLAllCollection]";
    var ddaClass2 = "[object HTML document.all class]";
    var ddaClass3 = "[object HTMLCollection]";
    var hasToStringTag = typeof Symbol === "function" && !!Symbol.toStringTag;
    var isIE68 = !(0 in [,]);
    var isDDA = function isDocumentDotAll() {
      return false;
    };
    if (typeof document === "object") {
      all = document.all;
      if (toStr.call(all) === toStr.call(document.all)) {
        isDDA = function isDocumentDotAll(value) {
          if ((isIE68 || !value) && (typeof value === "undefined" || typeof value === "object")) {
            try {
              var str = toStr.call(value);
              return (str === ddaClass || str === ddaClass2 || str === ddaClass3 || str === objectClass) && value("") == null;
            } catch (e) {
            }
          }
          return false;
        };
      }
    }
    var all;
    module.exports = reflectApply ? function isCallable(value) {
      if (isDDA(value)) {
        return true;
      }
      if (!value) {
        return false;
      }
      if (typeof value !== "function" && typeof value !== "object") {
        return false;
      }
      try {
        reflectApply(value, null, badArrayLike);
      } catch (e) {
        if (e !== isCallableMarker) {
          return false;
        }
      }
      return !isES6ClassFn(value) && tryFunctionObject(value);
    } : function isCallable(value) {
      if (isDDA(value)) {
        return true;
      }
      if (!value) {
        return false;
      }
      if (typeof value !== "function" && typeof value !== "object") {
        return false;
      }
      if (hasToStringTag) {
        return tryFunctionObject(value);
      }
      if (isES6ClassFn(value)) {
        return false;
      }
      var strClass = toStr.call(value);
      if (strClass !== fnClass && strClass !== genClass && !/^\[object HTML/.test(strClass)) {
        return false;
      }
      return tryFunctionObject(value);
    };
  }
});

// node_modules/es-abstract/2025/IsCallable.js
var require_IsCallable = __commonJS({
  "node_modules/es-abstract/2025/IsCallable.js"(exports, module) {
    "use strict";
    module.exports = require_is_callable();
  }
});

// node_modules/es-abstract/2025/ToBoolean.js
var require_ToBoolean = __commonJS({
  "node_modules/es-abstract/2025/ToBoolean.js"(exports, module) {
    "use strict";
    module.exports = function ToBoolean(value) {
      return !!value;
    };
  }
});

// node_modules/es-abstract/2025/ToPropertyDescriptor.js
var require_ToPropertyDescriptor = __commonJS({
  "node_modules/es-abstract/2025/ToPropertyDescriptor.js"(exports, module) {
    "use strict";
    var hasOwn = require_hasown();
    var $TypeError = require_type();
    var isObject = require_isObject();
    var IsCallable = require_IsCallable();
    var ToBoolean = require_ToBoolean();
    module.exports = function ToPropertyDescriptor(Obj) {
      if (!isObject(Obj)) {
        throw new $TypeError("ToPropertyDescriptor requires an object");
      }
      var desc = {};
      if (hasOwn(Obj, "enumerable")) {
        desc["[[Enumerable]]"] = ToBoolean(Obj.enumerable);
      }
      if (hasOwn(Obj, "configurable")) {
        desc["[[Configurable]]"] = ToBoolean(Obj.configurable);
      }
      if (hasOwn(Obj, "value")) {
        desc["[[Value]]"] = Obj.value;
      }
      if (hasOwn(Obj, "writable")) {
        desc["[[Writable]]"] = ToBoolean(Obj.writable);
      }
      if (hasOwn(Obj, "get")) {
        var getter = Obj.get;
        if (typeof getter !== "undefined" && !IsCallable(getter)) {
          throw new $TypeError("getter must be a function");
        }
        desc["[[Get]]"] = getter;
      }
      if (hasOwn(Obj, "set")) {
        var setter = Obj.set;
        if (typeof setter !== "undefined" && !IsCallable(setter)) {
          throw new $TypeError("setter must be a function");
        }
        desc["[[Set]]"] = setter;
      }
      if ((hasOwn(desc, "[[Get]]") || hasOwn(desc, "[[Set]]")) && (hasOwn(desc, "[[Value]]") || hasOwn(desc, "[[Writable]]"))) {
        throw new $TypeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
      }
      return desc;
    };
  }
});

// node_modules/es-abstract/2025/SameValue.js
var require_SameValue = __commonJS({
  "node_modules/es-abstract/2025/SameValue.js"(exports, module) {
    "use strict";
    var $isNaN = require_isNaN();
    module.exports = function SameValue(x, y) {
      if (x === y) {
        if (x === 0) {
          return 1 / x === 1 / y;
        }
        return true;
      }
      return $isNaN(x) && $isNaN(y);
    };
  }
});

// node_modules/call-bound/index.js
var require_call_bound = __commonJS({
  "node_modules/call-bound/index.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic();
    var callBindBasic = require_call_bind_apply_helpers();
    var $indexOf = callBindBasic([GetIntrinsic("%String.prototype.indexOf%")]);
    module.exports = function callBoundIntrinsic(name, allowMissing) {
      var intrinsic = (
        /** @type {(this: unknown, ...args: unknown[]) => unknown} */
        GetIntrinsic(name, !!allowMissing)
      );
      if (typeof intrinsic === "function" && $indexOf(name, ".prototype.") > -1) {
        return callBindBasic(
          /** @type {const} */
          [intrinsic]
        );
      }
      return intrinsic;
    };
  }
});

// node_modules/es-abstract/helpers/IsArray.js
var require_IsArray = __commonJS({
  "node_modules/es-abstract/helpers/IsArray.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic();
    var $Array = GetIntrinsic("%Array%");
    var toStr = !$Array.isArray && require_call_bound()("Object.prototype.toString");
    module.exports = $Array.isArray || function IsArray(argument) {
      return toStr(argument) === "[object Array]";
    };
  }
});

// node_modules/es-abstract/helpers/DefineOwnProperty.js
var require_DefineOwnProperty = __commonJS({
  "node_modules/es-abstract/helpers/DefineOwnProperty.js"(exports, module) {
    "use strict";
    var hasPropertyDescriptors = require_has_property_descriptors();
    var $defineProperty = require_es_define_property();
    var hasArrayLengthDefineBug = hasPropertyDescriptors.hasArrayLengthDefineBug();
    var isArray = hasArrayLengthDefineBug && require_IsArray();
    var callBound = require_call_bound();
    var $isEnumerable = callBound("Object.prototype.propertyIsEnumerable");
    module.exports = function DefineOwnProperty(IsDataDescriptor, SameValue, FromPropertyDescriptor, O, P, desc) {
      if (!$defineProperty) {
        if (!IsDataDescriptor(desc)) {
          return false;
        }
        if (!desc["[[Configurable]]"] || !desc["[[Writable]]"]) {
          return false;
        }
        if (P in O && $isEnumerable(O, P) !== !!desc["[[Enumerable]]"]) {
          return false;
        }
        var V = desc["[[Value]]"];
        O[P] = V;
        return SameValue(O[P], V);
      }
      if (hasArrayLengthDefineBug && P === "length" && "[[Value]]" in desc && isArray(O) && O.length !== desc["[[Value]]"]) {
        O.length = desc["[[Value]]"];
        return O.length === desc["[[Value]]"];
      }
      $defineProperty(O, P, FromPropertyDescriptor(desc));
      return true;
    };
  }
});

// node_modules/es-abstract/helpers/isFullyPopulatedPropertyDescriptor.js
var require_isFullyPopulatedPropertyDescriptor = __commonJS({
  "node_modules/es-abstract/helpers/isFullyPopulatedPropertyDescriptor.js"(exports, module) {
    "use strict";
    var isPropertyDescriptor = require_property_descriptor();
    module.exports = function isFullyPopulatedPropertyDescriptor(ES, Desc) {
      return isPropertyDescriptor(Desc) && "[[Enumerable]]" in Desc && "[[Configurable]]" in Desc && (ES.IsAccessorDescriptor(Desc) || ES.IsDataDescriptor(Desc));
    };
  }
});

// node_modules/es-abstract/helpers/fromPropertyDescriptor.js
var require_fromPropertyDescriptor = __commonJS({
  "node_modules/es-abstract/helpers/fromPropertyDescriptor.js"(exports, module) {
    "use strict";
    module.exports = function fromPropertyDescriptor(Desc) {
      if (typeof Desc === "undefined") {
        return Desc;
      }
      var obj = {};
      if ("[[Value]]" in Desc) {
        obj.value = Desc["[[Value]]"];
      }
      if ("[[Writable]]" in Desc) {
        obj.writable = !!Desc["[[Writable]]"];
      }
      if ("[[Get]]" in Desc) {
        obj.get = Desc["[[Get]]"];
      }
      if ("[[Set]]" in Desc) {
        obj.set = Desc["[[Set]]"];
      }
      if ("[[Enumerable]]" in Desc) {
        obj.enumerable = !!Desc["[[Enumerable]]"];
      }
      if ("[[Configurable]]" in Desc) {
        obj.configurable = !!Desc["[[Configurable]]"];
      }
      return obj;
    };
  }
});

// node_modules/es-abstract/2025/FromPropertyDescriptor.js
var require_FromPropertyDescriptor = __commonJS({
  "node_modules/es-abstract/2025/FromPropertyDescriptor.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var isPropertyDescriptor = require_property_descriptor();
    var fromPropertyDescriptor = require_fromPropertyDescriptor();
    module.exports = function FromPropertyDescriptor(Desc) {
      if (typeof Desc !== "undefined" && !isPropertyDescriptor(Desc)) {
        throw new $TypeError("Assertion failed: `Desc` must be a Property Descriptor");
      }
      return fromPropertyDescriptor(Desc);
    };
  }
});

// node_modules/es-abstract/2025/IsDataDescriptor.js
var require_IsDataDescriptor = __commonJS({
  "node_modules/es-abstract/2025/IsDataDescriptor.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var hasOwn = require_hasown();
    var isPropertyDescriptor = require_property_descriptor();
    module.exports = function IsDataDescriptor(Desc) {
      if (typeof Desc === "undefined") {
        return false;
      }
      if (!isPropertyDescriptor(Desc)) {
        throw new $TypeError("Assertion failed: `Desc` must be a Property Descriptor");
      }
      if (!hasOwn(Desc, "[[Value]]") && !hasOwn(Desc, "[[Writable]]")) {
        return false;
      }
      return true;
    };
  }
});

// node_modules/es-abstract/2025/IsGenericDescriptor.js
var require_IsGenericDescriptor = __commonJS({
  "node_modules/es-abstract/2025/IsGenericDescriptor.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var IsAccessorDescriptor = require_IsAccessorDescriptor();
    var IsDataDescriptor = require_IsDataDescriptor();
    var isPropertyDescriptor = require_property_descriptor();
    module.exports = function IsGenericDescriptor(Desc) {
      if (typeof Desc === "undefined") {
        return false;
      }
      if (!isPropertyDescriptor(Desc)) {
        throw new $TypeError("Assertion failed: `Desc` must be a Property Descriptor");
      }
      if (!IsAccessorDescriptor(Desc) && !IsDataDescriptor(Desc)) {
        return true;
      }
      return false;
    };
  }
});

// node_modules/es-abstract/2025/ValidateAndApplyPropertyDescriptor.js
var require_ValidateAndApplyPropertyDescriptor = __commonJS({
  "node_modules/es-abstract/2025/ValidateAndApplyPropertyDescriptor.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var isObject = require_isObject();
    var DefineOwnProperty = require_DefineOwnProperty();
    var isFullyPopulatedPropertyDescriptor = require_isFullyPopulatedPropertyDescriptor();
    var isPropertyDescriptor = require_property_descriptor();
    var FromPropertyDescriptor = require_FromPropertyDescriptor();
    var IsAccessorDescriptor = require_IsAccessorDescriptor();
    var IsDataDescriptor = require_IsDataDescriptor();
    var IsGenericDescriptor = require_IsGenericDescriptor();
    var isPropertyKey = require_isPropertyKey();
    var SameValue = require_SameValue();
    module.exports = function ValidateAndApplyPropertyDescriptor(O, P, extensible, Desc, current) {
      if (typeof O !== "undefined" && !isObject(O)) {
        throw new $TypeError("Assertion failed: O must be undefined or an Object");
      }
      if (!isPropertyKey(P)) {
        throw new $TypeError("Assertion failed: P must be a Property Key");
      }
      if (typeof extensible !== "boolean") {
        throw new $TypeError("Assertion failed: extensible must be a Boolean");
      }
      if (!isPropertyDescriptor(Desc)) {
        throw new $TypeError("Assertion failed: Desc must be a Property Descriptor");
      }
      if (typeof current !== "undefined" && !isPropertyDescriptor(current)) {
        throw new $TypeError("Assertion failed: current must be a Property Descriptor, or undefined");
      }
      if (typeof current === "undefined") {
        if (!extensible) {
          return false;
        }
        if (typeof O === "undefined") {
          return true;
        }
        if (IsAccessorDescriptor(Desc)) {
          return DefineOwnProperty(
            IsDataDescriptor,
            SameValue,
            FromPropertyDescriptor,
            O,
            P,
            Desc
          );
        }
        return DefineOwnProperty(
          IsDataDescriptor,
          SameValue,
          FromPropertyDescriptor,
          O,
          P,
          {
            "[[Configurable]]": !!Desc["[[Configurable]]"],
            "[[Enumerable]]": !!Desc["[[Enumerable]]"],
            "[[Value]]": Desc["[[Value]]"],
            "[[Writable]]": !!Desc["[[Writable]]"]
          }
        );
      }
      if (!isFullyPopulatedPropertyDescriptor(
        {
          IsAccessorDescriptor,
          IsDataDescriptor
        },
        current
      )) {
        throw new $TypeError("`current`, when present, must be a fully populated and valid Property Descriptor");
      }
      if (!current["[[Configurable]]"]) {
        if ("[[Configurable]]" in Desc && Desc["[[Configurable]]"]) {
          return false;
        }
        if ("[[Enumerable]]" in Desc && !SameValue(Desc["[[Enumerable]]"], current["[[Enumerable]]"])) {
          return false;
        }
        if (!IsGenericDescriptor(Desc) && !SameValue(IsAccessorDescriptor(Desc), IsAccessorDescriptor(current))) {
          return false;
        }
        if (IsAccessorDescriptor(current)) {
          if ("[[Get]]" in Desc && !SameValue(Desc["[[Get]]"], current["[[Get]]"])) {
            return false;
          }
          if ("[[Set]]" in Desc && !SameValue(Desc["[[Set]]"], current["[[Set]]"])) {
            return false;
          }
        } else if (!current["[[Writable]]"]) {
          if ("[[Writable]]" in Desc && Desc["[[Writable]]"]) {
            return false;
          }
          if ("[[Value]]" in Desc && !SameValue(Desc["[[Value]]"], current["[[Value]]"])) {
            return false;
          }
        }
      }
      if (typeof O !== "undefined") {
        var configurable;
        var enumerable;
        if (IsDataDescriptor(current) && IsAccessorDescriptor(Desc)) {
          configurable = ("[[Configurable]]" in Desc ? Desc : current)["[[Configurable]]"];
          enumerable = ("[[Enumerable]]" in Desc ? Desc : current)["[[Enumerable]]"];
          return DefineOwnProperty(
            IsDataDescriptor,
            SameValue,
            FromPropertyDescriptor,
            O,
            P,
            {
              "[[Configurable]]": !!configurable,
              "[[Enumerable]]": !!enumerable,
              "[[Get]]": ("[[Get]]" in Desc ? Desc : current)["[[Get]]"],
              "[[Set]]": ("[[Set]]" in Desc ? Desc : current)["[[Set]]"]
            }
          );
        } else if (IsAccessorDescriptor(current) && IsDataDescriptor(Desc)) {
          configurable = ("[[Configurable]]" in Desc ? Desc : current)["[[Configurable]]"];
          enumerable = ("[[Enumerable]]" in Desc ? Desc : current)["[[Enumerable]]"];
          return DefineOwnProperty(
            IsDataDescriptor,
            SameValue,
            FromPropertyDescriptor,
            O,
            P,
            {
              "[[Configurable]]": !!configurable,
              "[[Enumerable]]": !!enumerable,
              "[[Value]]": ("[[Value]]" in Desc ? Desc : current)["[[Value]]"],
              "[[Writable]]": !!("[[Writable]]" in Desc ? Desc : current)["[[Writable]]"]
            }
          );
        }
        return DefineOwnProperty(
          IsDataDescriptor,
          SameValue,
          FromPropertyDescriptor,
          O,
          P,
          Desc
        );
      }
      return true;
    };
  }
});

// node_modules/es-abstract/2025/OrdinaryDefineOwnProperty.js
var require_OrdinaryDefineOwnProperty = __commonJS({
  "node_modules/es-abstract/2025/OrdinaryDefineOwnProperty.js"(exports, module) {
    "use strict";
    var $gOPD = require_gopd();
    var $SyntaxError = require_syntax();
    var $TypeError = require_type();
    var isObject = require_isObject();
    var isPropertyDescriptor = require_property_descriptor();
    var IsAccessorDescriptor = require_IsAccessorDescriptor();
    var IsExtensible = require_IsExtensible();
    var isPropertyKey = require_isPropertyKey();
    var ToPropertyDescriptor = require_ToPropertyDescriptor();
    var SameValue = require_SameValue();
    var ValidateAndApplyPropertyDescriptor = require_ValidateAndApplyPropertyDescriptor();
    module.exports = function OrdinaryDefineOwnProperty(O, P, Desc) {
      if (!isObject(O)) {
        throw new $TypeError("Assertion failed: O must be an Object");
      }
      if (!isPropertyKey(P)) {
        throw new $TypeError("Assertion failed: P must be a Property Key");
      }
      if (!isPropertyDescriptor(Desc)) {
        throw new $TypeError("Assertion failed: Desc must be a Property Descriptor");
      }
      if (!$gOPD) {
        if (IsAccessorDescriptor(Desc)) {
          throw new $SyntaxError("This environment does not support accessor property descriptors.");
        }
        var creatingNormalDataProperty = !(P in O) && Desc["[[Writable]]"] && Desc["[[Enumerable]]"] && Desc["[[Configurable]]"] && "[[Value]]" in Desc;
        var settingExistingDataProperty = P in O && (!("[[Configurable]]" in Desc) || Desc["[[Configurable]]"]) && (!("[[Enumerable]]" in Desc) || Desc["[[Enumerable]]"]) && (!("[[Writable]]" in Desc) || Desc["[[Writable]]"]) && "[[Value]]" in Desc;
        if (creatingNormalDataProperty || settingExistingDataProperty) {
          O[P] = Desc["[[Value]]"];
          return SameValue(O[P], Desc["[[Value]]"]);
        }
        throw new $SyntaxError("This environment does not support defining non-writable, non-enumerable, or non-configurable properties");
      }
      var desc = $gOPD(O, P);
      var current = desc && ToPropertyDescriptor(desc);
      var extensible = IsExtensible(O);
      return ValidateAndApplyPropertyDescriptor(O, P, extensible, Desc, current);
    };
  }
});

// node_modules/es-abstract/2025/CreateDataProperty.js
var require_CreateDataProperty = __commonJS({
  "node_modules/es-abstract/2025/CreateDataProperty.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var isObject = require_isObject();
    var isPropertyKey = require_isPropertyKey();
    var OrdinaryDefineOwnProperty = require_OrdinaryDefineOwnProperty();
    module.exports = function CreateDataProperty(O, P, V) {
      if (!isObject(O)) {
        throw new $TypeError("Assertion failed: Type(O) is not Object");
      }
      if (!isPropertyKey(P)) {
        throw new $TypeError("Assertion failed: P is not a Property Key");
      }
      var newDesc = {
        "[[Configurable]]": true,
        "[[Enumerable]]": true,
        "[[Value]]": V,
        "[[Writable]]": true
      };
      return OrdinaryDefineOwnProperty(O, P, newDesc);
    };
  }
});

// node_modules/es-abstract/2025/CreateDataPropertyOrThrow.js
var require_CreateDataPropertyOrThrow = __commonJS({
  "node_modules/es-abstract/2025/CreateDataPropertyOrThrow.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var isObject = require_isObject();
    var CreateDataProperty = require_CreateDataProperty();
    var isPropertyKey = require_isPropertyKey();
    module.exports = function CreateDataPropertyOrThrow(O, P, V) {
      if (!isObject(O)) {
        throw new $TypeError("Assertion failed: Type(O) is not Object");
      }
      if (!isPropertyKey(P)) {
        throw new $TypeError("Assertion failed: P is not a Property Key");
      }
      var success = CreateDataProperty(O, P, V);
      if (!success) {
        throw new $TypeError("unable to create data property");
      }
    };
  }
});

// node_modules/es-abstract/2023/FromPropertyDescriptor.js
var require_FromPropertyDescriptor2 = __commonJS({
  "node_modules/es-abstract/2023/FromPropertyDescriptor.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var isPropertyDescriptor = require_property_descriptor();
    var fromPropertyDescriptor = require_fromPropertyDescriptor();
    module.exports = function FromPropertyDescriptor(Desc) {
      if (typeof Desc !== "undefined" && !isPropertyDescriptor(Desc)) {
        throw new $TypeError("Assertion failed: `Desc` must be a Property Descriptor");
      }
      return fromPropertyDescriptor(Desc);
    };
  }
});

// node_modules/es-abstract/2023/IsDataDescriptor.js
var require_IsDataDescriptor2 = __commonJS({
  "node_modules/es-abstract/2023/IsDataDescriptor.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var hasOwn = require_hasown();
    var isPropertyDescriptor = require_property_descriptor();
    module.exports = function IsDataDescriptor(Desc) {
      if (typeof Desc === "undefined") {
        return false;
      }
      if (!isPropertyDescriptor(Desc)) {
        throw new $TypeError("Assertion failed: `Desc` must be a Property Descriptor");
      }
      if (!hasOwn(Desc, "[[Value]]") && !hasOwn(Desc, "[[Writable]]")) {
        return false;
      }
      return true;
    };
  }
});

// node_modules/es-abstract/2023/SameValue.js
var require_SameValue2 = __commonJS({
  "node_modules/es-abstract/2023/SameValue.js"(exports, module) {
    "use strict";
    var $isNaN = require_isNaN();
    module.exports = function SameValue(x, y) {
      if (x === y) {
        if (x === 0) {
          return 1 / x === 1 / y;
        }
        return true;
      }
      return $isNaN(x) && $isNaN(y);
    };
  }
});

// node_modules/es-abstract/2023/IsCallable.js
var require_IsCallable2 = __commonJS({
  "node_modules/es-abstract/2023/IsCallable.js"(exports, module) {
    "use strict";
    module.exports = require_is_callable();
  }
});

// node_modules/es-abstract/2023/ToBoolean.js
var require_ToBoolean2 = __commonJS({
  "node_modules/es-abstract/2023/ToBoolean.js"(exports, module) {
    "use strict";
    module.exports = function ToBoolean(value) {
      return !!value;
    };
  }
});

// node_modules/es-abstract/2023/ToPropertyDescriptor.js
var require_ToPropertyDescriptor2 = __commonJS({
  "node_modules/es-abstract/2023/ToPropertyDescriptor.js"(exports, module) {
    "use strict";
    var hasOwn = require_hasown();
    var $TypeError = require_type();
    var isObject = require_isObject();
    var IsCallable = require_IsCallable2();
    var ToBoolean = require_ToBoolean2();
    module.exports = function ToPropertyDescriptor(Obj) {
      if (!isObject(Obj)) {
        throw new $TypeError("ToPropertyDescriptor requires an object");
      }
      var desc = {};
      if (hasOwn(Obj, "enumerable")) {
        desc["[[Enumerable]]"] = ToBoolean(Obj.enumerable);
      }
      if (hasOwn(Obj, "configurable")) {
        desc["[[Configurable]]"] = ToBoolean(Obj.configurable);
      }
      if (hasOwn(Obj, "value")) {
        desc["[[Value]]"] = Obj.value;
      }
      if (hasOwn(Obj, "writable")) {
        desc["[[Writable]]"] = ToBoolean(Obj.writable);
      }
      if (hasOwn(Obj, "get")) {
        var getter = Obj.get;
        if (typeof getter !== "undefined" && !IsCallable(getter)) {
          throw new $TypeError("getter must be a function");
        }
        desc["[[Get]]"] = getter;
      }
      if (hasOwn(Obj, "set")) {
        var setter = Obj.set;
        if (typeof setter !== "undefined" && !IsCallable(setter)) {
          throw new $TypeError("setter must be a function");
        }
        desc["[[Set]]"] = setter;
      }
      if ((hasOwn(desc, "[[Get]]") || hasOwn(desc, "[[Set]]")) && (hasOwn(desc, "[[Value]]") || hasOwn(desc, "[[Writable]]"))) {
        throw new $TypeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
      }
      return desc;
    };
  }
});

// node_modules/es-abstract/2023/DefinePropertyOrThrow.js
var require_DefinePropertyOrThrow = __commonJS({
  "node_modules/es-abstract/2023/DefinePropertyOrThrow.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var isObject = require_isObject();
    var isPropertyDescriptor = require_property_descriptor();
    var DefineOwnProperty = require_DefineOwnProperty();
    var FromPropertyDescriptor = require_FromPropertyDescriptor2();
    var IsDataDescriptor = require_IsDataDescriptor2();
    var isPropertyKey = require_isPropertyKey();
    var SameValue = require_SameValue2();
    var ToPropertyDescriptor = require_ToPropertyDescriptor2();
    module.exports = function DefinePropertyOrThrow(O, P, desc) {
      if (!isObject(O)) {
        throw new $TypeError("Assertion failed: Type(O) is not Object");
      }
      if (!isPropertyKey(P)) {
        throw new $TypeError("Assertion failed: P is not a Property Key");
      }
      var Desc = isPropertyDescriptor(desc) ? desc : ToPropertyDescriptor(desc);
      if (!isPropertyDescriptor(Desc)) {
        throw new $TypeError("Assertion failed: Desc is not a valid Property Descriptor");
      }
      return DefineOwnProperty(
        IsDataDescriptor,
        SameValue,
        FromPropertyDescriptor,
        O,
        P,
        Desc
      );
    };
  }
});

// node_modules/es-abstract/2023/CreateNonEnumerableDataPropertyOrThrow.js
var require_CreateNonEnumerableDataPropertyOrThrow = __commonJS({
  "node_modules/es-abstract/2023/CreateNonEnumerableDataPropertyOrThrow.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var isObject = require_isObject();
    var DefinePropertyOrThrow = require_DefinePropertyOrThrow();
    var isPropertyKey = require_isPropertyKey();
    module.exports = function CreateNonEnumerableDataPropertyOrThrow(O, P, V) {
      if (!isObject(O)) {
        throw new $TypeError("Assertion failed: Type(O) is not Object");
      }
      if (!isPropertyKey(P)) {
        throw new $TypeError("Assertion failed: P is not a Property Key");
      }
      var newDesc = {
        "[[Configurable]]": true,
        "[[Enumerable]]": false,
        "[[Value]]": V,
        "[[Writable]]": true
      };
      return DefinePropertyOrThrow(O, P, newDesc);
    };
  }
});

// node_modules/object-inspect/util.inspect.js
var require_util_inspect = __commonJS({
  "node_modules/object-inspect/util.inspect.js"(exports, module) {
    module.exports = __require("util").inspect;
  }
});

// node_modules/object-inspect/stringWidthRanges.js
var require_stringWidthRanges = __commonJS({
  "node_modules/object-inspect/stringWidthRanges.js"(exports, module) {
    var $join = Array.prototype.join;
    module.exports = $join.call([
      "00.v,02n.w,0gw.33,07n.6,07b.18,01.0,01.1,01.1,01.0,01k.5,0a.a,01.0,01a.k,0g.0,02t.7,01.5,02.1,01.3,",
      "0x.0,01.0,0u.q,02j.a,01m.8,09.0,0o.3,01.8,01.2,01.4,017.2,01g.1,05.8,016.1k,01j.0,01.0,04.7,04.0,",
      "03.6,0a.1,0t.0,01m.0,04.3,08.0,0k.1,0q.0,02.1,01l.0,04.1,04.1,02.2,03.0,0u.1,03.0,0b.1,01l.0,04.4,",
      "01.1,04.0,0k.1,0m.5,01.0,01m.0,02.0,01.3,08.0,07.1,0b.1,0u.0,01p.0,0c.0,01e.0,03.0,01j.0,01.2,05.2,",
      "01.3,07.1,0b.1,0t.0,01m.0,02.0,06.0,05.1,0k.1,0s.1,01l.1,04.3,08.0,0k.1,0t.0,020.0,07.2,01.0,02i.0,",
      "02.6,0c.7,02q.0,02.8,0b.6,021.1,0r.0,01.0,01.0,01j.d,01.4,01.1,05.a,01.z,09.0,02u.3,01.5,01.1,02.1,",
      "0p.1,04.2,0g.3,0d.0,02.1,06.0,0f.0,22q.2n,0e5.2,0qa.2,0t.1,0u.1,0u.1,01s.1,01.6,08.0,02.a,09.0,",
      "019.4,039.1,0y.0,03a.2,04.1,09.0,06.2,063.1,02.0,01m.0,01.6,01.0,01.0,02.7,06.9,02.0,01c.19,02.b,",
      "0k.3,01c.0,01.4,01.0,05.0,014.8,0c.1,0w.3,02.1,01.2,01k.0,01.1,03.0,01.2,01m.7,02.1,048.2,01.c,01.6,",
      "04.0,06.0,03.1,05i.1r,0ej.4,0q.4,01d.4,01.9,02o.w,2fd.1,2d.1,25a.3,23.0,22.0,2eh.1,2l.1,2q.7,2g.b,",
      "217.0,2a.5,23.0,2d.0,28.1,2h.1,25.1,28.0,25.0,2l.0,27.1,21.0,24.0,22.0,27.0,24.1,2s.0,2z.0,21.0,",
      "24.2,21.0,21p.2,2o.0,2e.0,2nv.1,21f.0,24.0,0bd.2,03x.0,02o.v,23k.p,21.2g,2c.5x,2q.26,22.2d,22.2u,",
      "25.16,21.2l,21.2d,29.1b,21.13,28.mkc,23.1i,0bs.3,01.9,0w.1,028.1,07k.0,03.0,04.0,0p.1,05.0,047.1,",
      "0q.h,0d.0,012.7,0p.a,2e.s,03.2,01c.0,02.3,02.1,013.0,01v.5,02.1,02.1,0c.0,08.0,01b.0,01f.0,01.2,",
      "02.1,05.1,01.0,016.1,08.0,06m.0,02.0,04.0,2i.8mb,26l8.e7,0u.0,0kh.f,20.9,06.f,20.y,21.i,21.3,043.0,",
      "21.2n,23j.6,0i.2,0e9.0,06a.0,045.4,01ae.2,01.1,05.3,014.2,04.0,04l.1,0fx.3,01t.4,08t.1,025.5,01y.a,",
      "01d.3,03f.0,01i.e,015.0,02.1,0a.2,01d.3,02.1,02.0,04.0,0a.0,01e.2,010.4,01.7,01q.0,0c.1,01g.8,0a.3,",
      "02.0,02n.2,02.0,01.1,06.0,02.0,04d.0,03.7,0l.1,01l.1,03.0,011.6,03.4,01y.5,0d.0,01.0,01.0,0e.1,",
      "02d.7,02.2,01.0,0n.0,02c.5,01.0,04.1,01.1,06m.3,06.1,01.1,0r.1,02d.7,02.0,01.1,02y.0,01.0,02.5,01.0,",
      "02t.0,01.0,02.3,01.4,077.8,01.1,074.1,01.0,04.0,040.3,02.1,04.0,0w.9,014.5,02.3,08.0,09.5,02.2,",
      "01a.c,01.1,05i.0,01.2,01.0,05l.6,01.5,01.0,02a.l,02.6,01.1,01.1,03e.5,03.0,01.1,01.6,01.0,020.1,",
      "03.0,01.0,09n.1,0b.1,01g.4,05.0,01.0,0n.0,0445.g,06.e,08ug.b,03.2,01xc.4,01n.6,0t4.0,01r.3,225.4,",
      "2b.6,29.5p1,215.v,22p.36,26pp.3,21.6,21.1,21.82,2f.0,2t.2,22.0,2e.3,28.az,01wh.1,01.3,03mk.19,02.m,",
      "2ev.1,30.4,02.2,09.f,02.6,0u.3,2d.1,30.3,03l.2,257.2e,29.m,01ah.1i,04.1d,08.0,0e.0,0m.4,01.e,011s.6,",
      "01.g,02.6,01.1,01.4,02s.0,04g.6,0af.0,01p.3,0e4.3,072.1,06r.0,02.0,07.1,05.0,0d6.6,031.6,21bt.0,",
      "25m.0,25a.0,22.9,223.s,2d.17,24.8,27.1,2e.5,24a.w,2c.8,21.1x,21.l,2c.16,24.4,2c.g,23.0,23.1y,21.0,",
      "21.56,22.1q,2d.3,21.n,2i.0,2q.1,2d.0,22e.2c,21c.1x,26.0,23.2,22.3,23.3,2b.1,27.8,26b.b,24.0,27v.1a,",
      "21.9,21.54,234.c,23.a,23.1k,21.0,24.f,22.b,24.9,2zr.1ekd,22.1ekd,0e1oj.0,0u.2n,03k.6n"
    ], "");
  }
});

// node_modules/object-inspect/stringWidth.js
var require_stringWidth = __commonJS({
  "node_modules/object-inspect/stringWidth.js"(exports, module) {
    var $charCodeAt = String.prototype.charCodeAt;
    var $indexOf = String.prototype.indexOf;
    var $normalize = String.prototype.normalize;
    var $slice = String.prototype.slice;
    var $split = String.prototype.split;
    var $floor = Math.floor;
    var $parseInt = parseInt;
    var ranges = require_stringWidthRanges();
    var starts = [];
    var ends = [];
    var widths = [];
    var tokens = $split.call(ranges, ",");
    var previousEnd = -1;
    for (t = 0; t < tokens.length; t++) {
      dot = $indexOf.call(tokens[t], ".");
      starts[t] = previousEnd + 1 + $parseInt($slice.call(tokens[t], 1, dot), 36);
      previousEnd = starts[t] + $parseInt($slice.call(tokens[t], dot + 1), 36);
      ends[t] = previousEnd;
      widths[t] = Number($slice.call(tokens[t], 0, 1));
    }
    var dot;
    var t;
    function codePointWidth(code) {
      var low = 0;
      var high = starts.length - 1;
      while (low <= high) {
        var mid = $floor((low + high) / 2);
        if (code < starts[mid]) {
          high = mid - 1;
        } else if (code > ends[mid]) {
          low = mid + 1;
        } else {
          return widths[mid];
        }
      }
      return 1;
    }
    function unicodeWidth(str) {
      var width = 0;
      for (var i = 0; i < str.length; i++) {
        var code = $charCodeAt.call(str, i);
        if (code >= 55296 && code <= 56319 && i + 1 < str.length) {
          var next = $charCodeAt.call(str, i + 1);
          if (next >= 56320 && next <= 57343) {
            code = (code - 55296) * 1024 + (next - 56320) + 65536;
            i += 1;
          }
        }
        width += codePointWidth(code);
      }
      return width;
    }
    module.exports = function getStringWidth(str) {
      var width = 0;
      for (var i = 0; i < str.length; i++) {
        var code = $charCodeAt.call(str, i);
        if (code >= 127) {
          var rest = $slice.call(str, i);
          return width + unicodeWidth($normalize ? $normalize.call(rest, "NFC") : rest);
        }
        width += code >= 32 ? 1 : 0;
      }
      return width;
    };
  }
});

// node_modules/object-inspect/index.js
var require_object_inspect = __commonJS({
  "node_modules/object-inspect/index.js"(exports, module) {
    var hasMap = typeof Map === "function" && Map.prototype;
    var mapSizeDescriptor = Object.getOwnPropertyDescriptor && hasMap ? Object.getOwnPropertyDescriptor(Map.prototype, "size") : null;
    var mapSize = hasMap && mapSizeDescriptor && typeof mapSizeDescriptor.get === "function" ? mapSizeDescriptor.get : null;
    var mapForEach = hasMap && Map.prototype.forEach;
    var mapEntries = hasMap && Map.prototype.entries;
    var hasSet = typeof Set === "function" && Set.prototype;
    var setSizeDescriptor = Object.getOwnPropertyDescriptor && hasSet ? Object.getOwnPropertyDescriptor(Set.prototype, "size") : null;
    var setSize = hasSet && setSizeDescriptor && typeof setSizeDescriptor.get === "function" ? setSizeDescriptor.get : null;
    var setForEach = hasSet && Set.prototype.forEach;
    var setValues = hasSet && Set.prototype.values;
    var hasWeakMap = typeof WeakMap === "function" && WeakMap.prototype;
    var weakMapHas = hasWeakMap ? WeakMap.prototype.has : null;
    var hasWeakSet = typeof WeakSet === "function" && WeakSet.prototype;
    var weakSetHas = hasWeakSet ? WeakSet.prototype.has : null;
    var hasWeakRef = typeof WeakRef === "function" && WeakRef.prototype;
    var weakRefDeref = hasWeakRef ? WeakRef.prototype.deref : null;
    var booleanValueOf = Boolean.prototype.valueOf;
    var objectToString = Object.prototype.toString;
    var functionToString = Function.prototype.toString;
    var $match = String.prototype.match;
    var $slice = String.prototype.slice;
    var $replace = String.prototype.replace;
    var $toUpperCase = String.prototype.toUpperCase;
    var $toLowerCase = String.prototype.toLowerCase;
    var $test = RegExp.prototype.test;
    var $concat = Array.prototype.concat;
    var $join = Array.prototype.join;
    var $arrSlice = Array.prototype.slice;
    var $floor = Math.floor;
    var $max = Math.max;
    var $min = Math.min;
    var $round = Math.round;
    var $sqrt = Math.sqrt;
    var bigIntValueOf = typeof BigInt === "function" ? BigInt.prototype.valueOf : null;
    var gOPS = Object.getOwnPropertySymbols;
    var symToString = typeof Symbol === "function" && typeof Symbol.iterator === "symbol" ? Symbol.prototype.toString : null;
    var hasShammedSymbols = typeof Symbol === "function" && typeof Symbol.iterator === "object";
    var toStringTag = typeof Symbol === "function" && Symbol.toStringTag && (hasShammedSymbols ? typeof Symbol.toStringTag === "object" : typeof Symbol.toStringTag === "symbol") ? Symbol.toStringTag : null;
    var isEnumerable = Object.prototype.propertyIsEnumerable;
    var gPO = (typeof Reflect === "function" ? Reflect.getPrototypeOf : Object.getPrototypeOf) || ([].__proto__ === Array.prototype ? function(O) {
      return O.__proto__;
    } : null);
    var mapIteratorNext = mapEntries && gPO ? gPO(mapEntries.call(/* @__PURE__ */ new Map())).next : null;
    var setIteratorNext = setValues && gPO ? gPO(setValues.call(/* @__PURE__ */ new Set())).next : null;
    var typedArrayProto = typeof Uint8Array === "function" && gPO ? gPO(Uint8Array.prototype) : null;
    var typedArrayTag = typedArrayProto && toStringTag ? getterOf(typedArrayProto, toStringTag) : null;
    var typedArrayLength = typedArrayProto ? getterOf(typedArrayProto, "length") : null;
    var typedArrayToString = /^\[object (?:Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float16|Float32|Float64|BigInt64|BigUint64)Array\]$/;
    var typedArrayLengths = { __proto__: null };
    if (!typedArrayLength) {
      TypedArrays = [
        typeof Int8Array === "function" && Int8Array,
        typeof Uint8Array === "function" && Uint8Array,
        typeof Uint8ClampedArray === "function" && Uint8ClampedArray,
        typeof Int16Array === "function" && Int16Array,
        typeof Uint16Array === "function" && Uint16Array,
        typeof Int32Array === "function" && Int32Array,
        typeof Uint32Array === "function" && Uint32Array,
        typeof Float32Array === "function" && Float32Array,
        typeof Float64Array === "function" && Float64Array
      ];
      for (ta = 0; ta < TypedArrays.length; ta++) {
        TypedArray = TypedArrays[ta];
        lengthGetter = TypedArray && getterOf(TypedArray.prototype, "length");
        if (lengthGetter) {
          typedArrayLengths[toStr(new TypedArray(0))] = lengthGetter;
        }
      }
    }
    var TypedArrays;
    var TypedArray;
    var lengthGetter;
    var ta;
    function addNumericSeparator(num, str) {
      if (num === Infinity || num === -Infinity || num !== num || num && num > -1e3 && num < 1e3 || $test.call(/e/, str)) {
        return str;
      }
      var sepRegex = /[0-9](?=(?:[0-9]{3})+(?![0-9]))/g;
      if (typeof num === "number") {
        var int = num < 0 ? -$floor(-num) : $floor(num);
        if (int !== num) {
          var intStr = String(int);
          var dec = $slice.call(str, intStr.length + 1);
          return $replace.call(intStr, sepRegex, "$&_") + "." + $replace.call($replace.call(dec, /([0-9]{3})/g, "$&_"), /_$/, "");
        }
      }
      return $replace.call(str, sepRegex, "$&_");
    }
    var utilInspect = require_util_inspect();
    var getStringWidth = require_stringWidth();
    var inspectCustom = utilInspect.custom;
    var inspectSymbol = isSymbol(inspectCustom) ? inspectCustom : null;
    var quotes = {
      __proto__: null,
      "double": '"',
      single: "'"
    };
    var quoteREs = {
      __proto__: null,
      "double": /(["\\])/g,
      single: /(['\\])/g
    };
    module.exports = function inspect_(obj, options, depth, seen, breakState) {
      var opts = options || {};
      if (has(opts, "quoteStyle") && !has(quotes, opts.quoteStyle)) {
        throw new TypeError('option "quoteStyle" must be "single" or "double"');
      }
      if (has(opts, "maxStringLength") && (typeof opts.maxStringLength === "number" ? opts.maxStringLength < 0 && opts.maxStringLength !== Infinity : opts.maxStringLength !== null)) {
        throw new TypeError('option "maxStringLength", if provided, must be a non-negative integer, Infinity, or `null`');
      }
      if (has(opts, "maxCollectionLength") && opts.maxCollectionLength !== null && opts.maxCollectionLength !== Infinity && !(typeof opts.maxCollectionLength === "number" && opts.maxCollectionLength >= 0 && $floor(opts.maxCollectionLength) === opts.maxCollectionLength)) {
        throw new TypeError('option "maxCollectionLength", if provided, must be a non-negative integer, Infinity, or `null`');
      }
      var maxCollectionLength = typeof opts.maxCollectionLength === "number" ? opts.maxCollectionLength : Infinity;
      var customInspect = has(opts, "customInspect") ? opts.customInspect : true;
      if (typeof customInspect !== "boolean" && customInspect !== "symbol") {
        throw new TypeError("option \"customInspect\", if provided, must be `true`, `false`, or `'symbol'`");
      }
      if (has(opts, "indent") && opts.indent !== null && opts.indent !== "	" && !(parseInt(opts.indent, 10) === opts.indent && opts.indent > 0)) {
        throw new TypeError('option "indent" must be "\\t", an integer > 0, or `null`');
      }
      if (has(opts, "numericSeparator") && typeof opts.numericSeparator !== "boolean") {
        throw new TypeError('option "numericSeparator", if provided, must be `true` or `false`');
      }
      var numericSeparator = opts.numericSeparator;
      if (has(opts, "multilineStrings") && typeof opts.multilineStrings !== "boolean") {
        throw new TypeError('option "multilineStrings", if provided, must be `true` or `false`');
      }
      var hasBreakLength = has(opts, "breakLength");
      if (hasBreakLength && opts.breakLength !== Infinity && (typeof opts.breakLength !== "number" || opts.breakLength < 0 || parseInt(opts.breakLength, 10) !== opts.breakLength)) {
        throw new TypeError('option "breakLength", if provided, must be a non-negative integer or `Infinity`');
      }
      if (typeof obj === "undefined") {
        return "undefined";
      }
      if (obj === null) {
        return "null";
      }
      if (typeof obj === "boolean") {
        return obj ? "true" : "false";
      }
      if (typeof obj === "string") {
        return inspectString(obj, opts);
      }
      if (typeof obj === "number") {
        if (obj === 0) {
          return Infinity / obj > 0 ? "0" : "-0";
        }
        var str = String(obj);
        return numericSeparator ? addNumericSeparator(obj, str) : str;
      }
      if (typeof obj === "bigint") {
        var bigIntStr = String(obj) + "n";
        return numericSeparator ? addNumericSeparator(obj, bigIntStr) : bigIntStr;
      }
      var maxDepth = typeof opts.depth === "undefined" ? 5 : opts.depth;
      if (typeof depth === "undefined") {
        depth = 0;
      }
      if (depth >= maxDepth && maxDepth > 0 && typeof obj === "object") {
        return isArray(obj) ? "[Array]" : "[Object]";
      }
      var indent = getIndent(hasBreakLength && (typeof opts.indent === "undefined" || opts.indent === null) ? { indent: 2 } : opts, depth);
      var layout = hasBreakLength ? {
        breakLength: opts.breakLength,
        depth,
        indent,
        maxCollectionLength,
        state: breakState || { currentDepth: depth }
      } : null;
      if (typeof seen === "undefined") {
        seen = [];
      } else if (indexOf(seen, obj) >= 0) {
        return "[Circular]";
      }
      function inspect(value, from, noIndent) {
        var nextSeen = seen;
        if (from) {
          nextSeen = $arrSlice.call(seen);
          nextSeen.push(from);
        }
        if (noIndent && !layout) {
          var newOpts = {
            depth: opts.depth
          };
          if (has(opts, "quoteStyle")) {
            newOpts.quoteStyle = opts.quoteStyle;
          }
          if (has(opts, "maxCollectionLength")) {
            newOpts.maxCollectionLength = opts.maxCollectionLength;
          }
          return inspect_(value, newOpts, depth + 1, nextSeen);
        }
        return inspect_(value, opts, depth + 1, nextSeen, layout ? layout.state : breakState);
      }
      function enter() {
        if (layout) {
          var previousDepth = layout.state.currentDepth;
          layout.state.currentDepth = depth;
          return previousDepth;
        }
        return null;
      }
      function leaveIfEmpty(entries, previousDepth) {
        if (layout && entries.length === 0) {
          layout.state.currentDepth = previousDepth;
        }
      }
      if (typeof obj === "function" && !isRegExp(obj)) {
        var name = nameOf(obj);
        var fnDepth = enter();
        var keys = arrObjKeys(obj, inspect);
        leaveIfEmpty(keys, fnDepth);
        if (layout && keys.length > 0) {
          return breakLines(keys, bracesOf("{", "}", "[Function" + (name ? ": " + name : " (anonymous)") + "]", " "), layout);
        }
        return "[Function" + (name ? ": " + name : " (anonymous)") + "]" + (keys.length > 0 ? " { " + $join.call(keys, ", ") + " }" : "");
      }
      if (isSymbol(obj)) {
        var symString = hasShammedSymbols ? $replace.call(String(obj), /^(Symbol\(.*\))_[^)]*$/, "$1") : symToString.call(obj);
        return typeof obj === "object" && !hasShammedSymbols ? markBoxed(symString) : symString;
      }
      if (isElement(obj)) {
        var s = "<" + $toLowerCase.call(String(obj.nodeName));
        var attrs = obj.attributes || [];
        for (var i = 0; i < attrs.length; i++) {
          s += " " + attrs[i].name + "=" + wrapQuotes(quote(attrs[i].value), "double", opts);
        }
        s += ">";
        if (obj.childNodes && obj.childNodes.length) {
          s += "...";
        }
        s += "</" + $toLowerCase.call(String(obj.nodeName)) + ">";
        return s;
      }
      if (isArray(obj)) {
        if (obj.length === 0) {
          return "[]";
        }
        enter();
        var xs = arrObjKeys(obj, inspect, maxCollectionLength);
        if (layout) {
          return breakLines(xs, bracesOf("[", "]", "", " "), layout, obj);
        }
        if (indent && !singleLineValues(xs)) {
          return "[" + indentedJoin(xs, indent) + "]";
        }
        return "[ " + $join.call(xs, ", ") + " ]";
      }
      if (isError(obj)) {
        var errorDepth = enter();
        var parts = arrObjKeys(obj, inspect);
        if (!("cause" in Error.prototype) && "cause" in obj && !isEnumerable.call(obj, "cause")) {
          parts = $concat.call(["[cause]: " + inspect(obj.cause)], parts);
        }
        leaveIfEmpty(parts, errorDepth);
        if (parts.length === 0) {
          return "[" + String(obj) + "]";
        }
        if (layout) {
          return breakLines(parts, bracesOf("{ [" + String(obj) + "]", "}", "", " "), layout);
        }
        return "{ [" + String(obj) + "] " + $join.call(parts, ", ") + " }";
      }
      if (typeof obj === "object" && customInspect) {
        if (inspectSymbol && typeof obj[inspectSymbol] === "function" && utilInspect) {
          return utilInspect(obj, { depth: maxDepth - depth });
        } else if (customInspect !== "symbol" && typeof obj.inspect === "function") {
          return obj.inspect();
        }
      }
      if (isMap(obj)) {
        var mapParts = [];
        var mapDepth = enter();
        if (mapIteratorNext && maxCollectionLength < mapSize.call(obj)) {
          var mapIterator = mapEntries.call(obj);
          var mapStep;
          while (mapParts.length < maxCollectionLength && !(mapStep = mapIteratorNext.call(mapIterator)).done) {
            mapParts.push(inspect(mapStep.value[0], obj, true) + " => " + inspect(mapStep.value[1], obj));
          }
        } else if (mapForEach) {
          mapForEach.call(obj, function(value, key) {
            if (mapParts.length < maxCollectionLength) {
              mapParts.push(inspect(key, obj, true) + " => " + inspect(value, obj));
            }
          });
        }
        var mapLength = mapSize.call(obj);
        if (maxCollectionLength !== Infinity && mapLength > mapParts.length) {
          mapParts.push(moreItems(mapLength - mapParts.length));
        }
        leaveIfEmpty(mapParts, mapDepth);
        if (layout) {
          return breakLines(mapParts, bracesOf("Map (" + mapLength + ") {", "}", "", ""), layout);
        }
        return collectionOf("Map", mapLength, mapParts, indent);
      }
      if (isSet(obj)) {
        var setParts = [];
        var setDepth = enter();
        if (setIteratorNext && maxCollectionLength < setSize.call(obj)) {
          var setIterator = setValues.call(obj);
          var setStep;
          while (setParts.length < maxCollectionLength && !(setStep = setIteratorNext.call(setIterator)).done) {
            setParts.push(inspect(setStep.value, obj));
          }
        } else if (setForEach) {
          setForEach.call(obj, function(value) {
            if (setParts.length < maxCollectionLength) {
              setParts.push(inspect(value, obj));
            }
          });
        }
        var setLength = setSize.call(obj);
        if (maxCollectionLength !== Infinity && setLength > setParts.length) {
          setParts.push(moreItems(setLength - setParts.length));
        }
        leaveIfEmpty(setParts, setDepth);
        if (layout) {
          return breakLines(setParts, bracesOf("Set (" + setLength + ") {", "}", "", ""), layout);
        }
        return collectionOf("Set", setLength, setParts, indent);
      }
      if (isWeakMap(obj)) {
        return weakCollectionOf("WeakMap");
      }
      if (isWeakSet(obj)) {
        return weakCollectionOf("WeakSet");
      }
      if (isWeakRef(obj)) {
        return weakCollectionOf("WeakRef");
      }
      if (isNumber(obj)) {
        return markBoxed(inspect(Number(obj)));
      }
      if (isBigInt(obj)) {
        return markBoxed(inspect(bigIntValueOf.call(obj)));
      }
      if (isBoolean(obj)) {
        return markBoxed(booleanValueOf.call(obj));
      }
      if (isString(obj)) {
        return markBoxed(inspect(String(obj)));
      }
      if (typeof window !== "undefined" && obj === window) {
        return "{ [object Window] }";
      }
      if (typeof globalThis !== "undefined" && obj === globalThis || typeof global !== "undefined" && obj === global) {
        return "{ [object globalThis] }";
      }
      if (!isDate(obj) && !isRegExp(obj)) {
        var objectDepth = enter();
        var ys = arrObjKeys(obj, inspect, maxCollectionLength);
        leaveIfEmpty(ys, objectDepth);
        var isPlainObject = gPO ? gPO(obj) === Object.prototype : obj instanceof Object || obj.constructor === Object;
        var protoTag = (gPO ? gPO(obj) === null : !(obj instanceof Object)) ? "null prototype" : "";
        var stringTag = !isPlainObject && toStringTag && Object(obj) === obj && toStringTag in obj ? $slice.call(toStr(obj), 8, -1) : protoTag ? "Object" : "";
        var constructorTag = isPlainObject || typeof obj.constructor !== "function" ? "" : obj.constructor.name ? obj.constructor.name + " " : "";
        var tag = constructorTag + (stringTag || protoTag ? "[" + $join.call($concat.call([], stringTag || [], protoTag || []), ": ") + "] " : "");
        if (ys.length === 0) {
          return tag + "{}";
        }
        if (layout) {
          return breakLines(ys, bracesOf(tag + "{", "}", "", " "), layout);
        }
        if (indent) {
          return tag + "{" + indentedJoin(ys, indent) + "}";
        }
        return tag + "{ " + $join.call(ys, ", ") + " }";
      }
      return String(obj);
    };
    function wrapQuotes(s, defaultStyle, opts) {
      var style = opts.quoteStyle || defaultStyle;
      var quoteChar = quotes[style];
      return quoteChar + s + quoteChar;
    }
    function quote(s) {
      return $replace.call(String(s), /"/g, "&quot;");
    }
    function canTrustToString(obj) {
      return !toStringTag || !(typeof obj === "object" && (toStringTag in obj || typeof obj[toStringTag] !== "undefined"));
    }
    function isArray(obj) {
      return toStr(obj) === "[object Array]" && canTrustToString(obj);
    }
    function isDate(obj) {
      return toStr(obj) === "[object Date]" && canTrustToString(obj);
    }
    function isRegExp(obj) {
      return toStr(obj) === "[object RegExp]" && canTrustToString(obj);
    }
    function isError(obj) {
      return toStr(obj) === "[object Error]" && canTrustToString(obj);
    }
    function isString(obj) {
      return toStr(obj) === "[object String]" && canTrustToString(obj);
    }
    function isNumber(obj) {
      return toStr(obj) === "[object Number]" && canTrustToString(obj);
    }
    function isBoolean(obj) {
      return toStr(obj) === "[object Boolean]" && canTrustToString(obj);
    }
    function isSymbol(obj) {
      if (hasShammedSymbols) {
        return obj && typeof obj === "object" && obj instanceof Symbol;
      }
      if (typeof obj === "symbol") {
        return true;
      }
      if (!obj || typeof obj !== "object" || !symToString) {
        return false;
      }
      try {
        symToString.call(obj);
        return true;
      } catch (e) {
      }
      return false;
    }
    function isBigInt(obj) {
      if (!obj || typeof obj !== "object" || !bigIntValueOf) {
        return false;
      }
      try {
        bigIntValueOf.call(obj);
        return true;
      } catch (e) {
      }
      return false;
    }
    var hasOwn = Object.prototype.hasOwnProperty || function(key) {
      return key in this;
    };
    function has(obj, key) {
      return hasOwn.call(obj, key);
    }
    function toStr(obj) {
      return objectToString.call(obj);
    }
    function isTypedArray(obj) {
      if (typedArrayTag) {
        return !!typedArrayTag.call(obj);
      }
      return !toStringTag && $test.call(typedArrayToString, toStr(obj));
    }
    function getTypedArrayLength(obj) {
      if (typedArrayLength) {
        return typedArrayLength.call(obj);
      }
      var getter = typedArrayLengths[toStr(obj)];
      return getter ? getter.call(obj) : obj.length;
    }
    function getterOf(obj, key) {
      var descriptor = Object.getOwnPropertyDescriptor ? Object.getOwnPropertyDescriptor(obj, key) : null;
      return descriptor && typeof descriptor.get === "function" ? descriptor.get : null;
    }
    function moreItems(count) {
      return "... " + count + " more item" + (count > 1 ? "s" : "");
    }
    function nameOf(f) {
      if (f.name) {
        return f.name;
      }
      var m = $match.call(functionToString.call(f), /^function\s*([\w$]+)/);
      if (m) {
        return m[1];
      }
      return null;
    }
    function indexOf(xs, x) {
      if (xs.indexOf) {
        return xs.indexOf(x);
      }
      for (var i = 0, l = xs.length; i < l; i++) {
        if (xs[i] === x) {
          return i;
        }
      }
      return -1;
    }
    function isMap(x) {
      if (!mapSize || !x || typeof x !== "object") {
        return false;
      }
      try {
        mapSize.call(x);
        try {
          setSize.call(x);
        } catch (s) {
          return true;
        }
        return x instanceof Map;
      } catch (e) {
      }
      return false;
    }
    function isWeakMap(x) {
      if (!weakMapHas || !x || typeof x !== "object") {
        return false;
      }
      try {
        weakMapHas.call(x, weakMapHas);
        try {
          weakSetHas.call(x, weakSetHas);
        } catch (s) {
          return true;
        }
        return x instanceof WeakMap;
      } catch (e) {
      }
      return false;
    }
    function isWeakRef(x) {
      if (!weakRefDeref || !x || typeof x !== "object") {
        return false;
      }
      try {
        weakRefDeref.call(x);
        return true;
      } catch (e) {
      }
      return false;
    }
    function isSet(x) {
      if (!setSize || !x || typeof x !== "object") {
        return false;
      }
      try {
        setSize.call(x);
        try {
          mapSize.call(x);
        } catch (m) {
          return true;
        }
        return x instanceof Set;
      } catch (e) {
      }
      return false;
    }
    function isWeakSet(x) {
      if (!weakSetHas || !x || typeof x !== "object") {
        return false;
      }
      try {
        weakSetHas.call(x, weakSetHas);
        try {
          weakMapHas.call(x, weakMapHas);
        } catch (s) {
          return true;
        }
        return x instanceof WeakSet;
      } catch (e) {
      }
      return false;
    }
    function isElement(x) {
      if (!x || typeof x !== "object") {
        return false;
      }
      if (typeof HTMLElement !== "undefined" && x instanceof HTMLElement) {
        return true;
      }
      return typeof x.nodeName === "string" && typeof x.getAttribute === "function";
    }
    function inspectString(str, opts) {
      if (str.length > opts.maxStringLength) {
        var remaining = str.length - opts.maxStringLength;
        var trailer = "... " + remaining + " more character" + (remaining > 1 ? "s" : "");
        return inspectString($slice.call(str, 0, opts.maxStringLength), opts) + trailer;
      }
      var quoteRE = quoteREs[opts.quoteStyle || "single"];
      quoteRE.lastIndex = 0;
      var s = $replace.call($replace.call(str, quoteRE, "\\$1"), opts.multilineStrings ? /[\x00-\x09\x0b-\x1f]/g : /[\x00-\x1f]/g, lowbyte);
      return wrapQuotes(s, "single", opts);
    }
    function lowbyte(c) {
      var n = c.charCodeAt(0);
      var x = {
        8: "b",
        9: "t",
        10: "n",
        12: "f",
        13: "r"
      }[n];
      if (x) {
        return "\\" + x;
      }
      return "\\x" + (n < 16 ? "0" : "") + $toUpperCase.call(n.toString(16));
    }
    function markBoxed(str) {
      return "Object(" + str + ")";
    }
    function weakCollectionOf(type) {
      return type + " { ? }";
    }
    function collectionOf(type, size, entries, indent) {
      var joinedEntries = indent ? indentedJoin(entries, indent) : $join.call(entries, ", ");
      return type + " (" + size + ") {" + joinedEntries + "}";
    }
    function isBelowBreakLength(entries, start, breakLength) {
      if (breakLength === Infinity) {
        return singleLineValues(entries);
      }
      var totalLength = entries.length + start;
      if (totalLength + entries.length > breakLength) {
        return false;
      }
      for (var i = 0; i < entries.length; i++) {
        totalLength += entries[i].length;
        if (totalLength > breakLength) {
          return false;
        }
      }
      return true;
    }
    function padTo(str, width, atStart) {
      var fill = width > str.length ? $join.call(Array(width - str.length + 1), " ") : "";
      return atStart ? fill + str : str + fill;
    }
    function groupArrayElements(entries, layout, value) {
      var separatorSpace = 2;
      var totalLength = 0;
      var maxLength = 0;
      var outputLength = entries.length;
      if (layout.maxCollectionLength < entries.length) {
        outputLength -= 1;
      }
      var dataLen = [];
      for (var i = 0; i < outputLength; i++) {
        dataLen[i] = getStringWidth(entries[i]);
        totalLength += dataLen[i] + separatorSpace;
        if (maxLength < dataLen[i]) {
          maxLength = dataLen[i];
        }
      }
      var actualMax = maxLength + separatorSpace;
      var indentationLvl = layout.indent.prev.length;
      if (actualMax * 3 + indentationLvl >= layout.breakLength || totalLength / actualMax <= 5 && maxLength > 6) {
        return entries;
      }
      var averageBias = $sqrt(actualMax - totalLength / entries.length);
      var biasedMax = $max(actualMax - 3 - averageBias, 1);
      var columns = $min(
        $round($sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        $floor((layout.breakLength - indentationLvl) / actualMax),
        12,
        // `compact` * 4
        15
      );
      if (columns <= 1) {
        return entries;
      }
      var maxLineLength = [];
      for (var c = 0; c < columns; c++) {
        var lineMaxLength = 0;
        for (var j = c; j < entries.length; j += columns) {
          if (dataLen[j] > lineMaxLength) {
            lineMaxLength = dataLen[j];
          }
        }
        maxLineLength[c] = lineMaxLength + separatorSpace;
      }
      var numeric = true;
      for (var k = 0; k < entries.length && numeric; k++) {
        numeric = typeof value[k] === "number" || typeof value[k] === "bigint";
      }
      var grouped = [];
      for (var row = 0; row < outputLength; row += columns) {
        var max = $min(row + columns, outputLength);
        var str = "";
        var col = row;
        for (; col < max - 1; col++) {
          str += padTo(entries[col] + ", ", maxLineLength[col - row] + (entries[col].length - dataLen[col]), numeric);
        }
        var lastPadding = maxLineLength[col - row] + (entries[col].length - dataLen[col]) - separatorSpace;
        str += numeric ? padTo(entries[col], lastPadding, true) : entries[col];
        grouped.push(str);
      }
      if (outputLength < entries.length) {
        grouped.push(entries[outputLength]);
      }
      return grouped;
    }
    function bracesOf(opening, closing, base, padding) {
      return [
        opening,
        closing,
        base,
        padding
      ];
    }
    function breakLines(entries, braces, layout, arrayValue) {
      var output = arrayValue && entries.length > 6 ? groupArrayElements(entries, layout, arrayValue) : entries;
      var base = braces[2] ? braces[2] + " " : "";
      if (layout.state.currentDepth - layout.depth < 3 && output.length === entries.length) {
        var start = output.length + layout.indent.prev.length + braces[0].length + braces[2].length + 10;
        if (isBelowBreakLength(output, start, layout.breakLength)) {
          var joined = $join.call(output, ", ");
          if (indexOf(joined, "\n") < 0) {
            return base + braces[0] + braces[3] + joined + braces[3] + braces[1];
          }
        }
      }
      return base + braces[0] + indentedJoin(output, layout.indent) + braces[1];
    }
    function singleLineValues(xs) {
      for (var i = 0; i < xs.length; i++) {
        if (indexOf(xs[i], "\n") >= 0) {
          return false;
        }
      }
      return true;
    }
    function getIndent(opts, depth) {
      var baseIndent;
      if (opts.indent === "	") {
        baseIndent = "	";
      } else if (typeof opts.indent === "number" && opts.indent > 0) {
        baseIndent = $join.call(Array(opts.indent + 1), " ");
      } else {
        return null;
      }
      return {
        base: baseIndent,
        prev: $join.call(Array(depth + 1), baseIndent)
      };
    }
    function indentedJoin(xs, indent) {
      if (xs.length === 0) {
        return "";
      }
      var lineJoiner = "\n" + indent.prev + indent.base;
      return lineJoiner + $join.call(xs, "," + lineJoiner) + "\n" + indent.prev;
    }
    function arrObjKeys(obj, inspect, maxLength) {
      var isArr = isArray(obj);
      var limit = typeof maxLength === "number" ? maxLength : Infinity;
      var typedLength = !isArr && limit !== Infinity && isTypedArray(obj) ? getTypedArrayLength(obj) : null;
      if (typeof typedLength !== "number" || typedLength <= limit) {
        typedLength = null;
      }
      var xs = [];
      if (isArr) {
        xs.length = obj.length < limit ? obj.length : limit;
        for (var i = 0; i < obj.length && i < limit; i++) {
          xs[i] = has(obj, i) ? inspect(obj[i], obj) : "";
        }
        if (obj.length > limit) {
          xs.push(moreItems(obj.length - limit));
        }
      } else if (typedLength !== null) {
        for (var t = 0; t < limit; t++) {
          xs.push(t + ": " + inspect(obj[t], obj));
        }
        xs.push(moreItems(typedLength - limit));
      }
      var syms = typeof gOPS === "function" ? gOPS(obj) : [];
      var symMap;
      if (hasShammedSymbols) {
        symMap = {};
        for (var k = 0; k < syms.length; k++) {
          symMap["$" + syms[k]] = syms[k];
        }
      }
      for (var key in obj) {
        if (!has(obj, key)) {
          continue;
        }
        if (isArr && String(Number(key)) === key && key < obj.length) {
          continue;
        }
        if (typedLength !== null && String(Number(key)) === key && key < typedLength) {
          continue;
        }
        if (hasShammedSymbols && symMap["$" + key] instanceof Symbol) {
          continue;
        } else if ($test.call(/[^\w$]/, key)) {
          xs.push(inspect(key, obj) + ": " + inspect(obj[key], obj));
        } else {
          xs.push(key + ": " + inspect(obj[key], obj));
        }
      }
      if (typeof gOPS === "function") {
        for (var j = 0; j < syms.length; j++) {
          if (isEnumerable.call(obj, syms[j])) {
            xs.push("[" + inspect(syms[j]) + "]: " + inspect(obj[syms[j]], obj));
          }
        }
      }
      return xs;
    }
  }
});

// node_modules/es-abstract/helpers/isLeadingSurrogate.js
var require_isLeadingSurrogate = __commonJS({
  "node_modules/es-abstract/helpers/isLeadingSurrogate.js"(exports, module) {
    "use strict";
    module.exports = function isLeadingSurrogate(charCode) {
      return typeof charCode === "number" && charCode >= 55296 && charCode <= 56319;
    };
  }
});

// node_modules/es-abstract/helpers/isTrailingSurrogate.js
var require_isTrailingSurrogate = __commonJS({
  "node_modules/es-abstract/helpers/isTrailingSurrogate.js"(exports, module) {
    "use strict";
    module.exports = function isTrailingSurrogate(charCode) {
      return typeof charCode === "number" && charCode >= 56320 && charCode <= 57343;
    };
  }
});

// node_modules/es-abstract/2025/UTF16SurrogatePairToCodePoint.js
var require_UTF16SurrogatePairToCodePoint = __commonJS({
  "node_modules/es-abstract/2025/UTF16SurrogatePairToCodePoint.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic();
    var $TypeError = require_type();
    var $fromCharCode = GetIntrinsic("%String.fromCharCode%");
    var isLeadingSurrogate = require_isLeadingSurrogate();
    var isTrailingSurrogate = require_isTrailingSurrogate();
    module.exports = function UTF16SurrogatePairToCodePoint(lead, trail) {
      if (!isLeadingSurrogate(lead) || !isTrailingSurrogate(trail)) {
        throw new $TypeError("Assertion failed: `lead` must be a leading surrogate char code, and `trail` must be a trailing surrogate char code");
      }
      return $fromCharCode(lead) + $fromCharCode(trail);
    };
  }
});

// node_modules/es-abstract/2025/CodePointAt.js
var require_CodePointAt = __commonJS({
  "node_modules/es-abstract/2025/CodePointAt.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var callBound = require_call_bound();
    var isLeadingSurrogate = require_isLeadingSurrogate();
    var isTrailingSurrogate = require_isTrailingSurrogate();
    var UTF16SurrogatePairToCodePoint = require_UTF16SurrogatePairToCodePoint();
    var $charAt = callBound("String.prototype.charAt");
    var $charCodeAt = callBound("String.prototype.charCodeAt");
    module.exports = function CodePointAt(string, position) {
      if (typeof string !== "string") {
        throw new $TypeError("Assertion failed: `string` must be a String");
      }
      var size = string.length;
      if (position < 0 || position >= size) {
        throw new $TypeError("Assertion failed: `position` must be >= 0, and < the length of `string`");
      }
      var first = $charCodeAt(string, position);
      var cp = $charAt(string, position);
      var firstIsLeading = isLeadingSurrogate(first);
      var firstIsTrailing = isTrailingSurrogate(first);
      if (!firstIsLeading && !firstIsTrailing) {
        return {
          "[[CodePoint]]": cp,
          "[[CodeUnitCount]]": 1,
          "[[IsUnpairedSurrogate]]": false
        };
      }
      if (firstIsTrailing || position + 1 === size) {
        return {
          "[[CodePoint]]": cp,
          "[[CodeUnitCount]]": 1,
          "[[IsUnpairedSurrogate]]": true
        };
      }
      var second = $charCodeAt(string, position + 1);
      if (!isTrailingSurrogate(second)) {
        return {
          "[[CodePoint]]": cp,
          "[[CodeUnitCount]]": 1,
          "[[IsUnpairedSurrogate]]": true
        };
      }
      return {
        "[[CodePoint]]": UTF16SurrogatePairToCodePoint(first, second),
        "[[CodeUnitCount]]": 2,
        "[[IsUnpairedSurrogate]]": false
      };
    };
  }
});

// node_modules/math-intrinsics/isFinite.js
var require_isFinite = __commonJS({
  "node_modules/math-intrinsics/isFinite.js"(exports, module) {
    "use strict";
    var $isNaN = require_isNaN();
    module.exports = function isFinite2(x) {
      return (typeof x === "number" || typeof x === "bigint") && !$isNaN(x) && x !== Infinity && x !== -Infinity;
    };
  }
});

// node_modules/math-intrinsics/isInteger.js
var require_isInteger = __commonJS({
  "node_modules/math-intrinsics/isInteger.js"(exports, module) {
    "use strict";
    var $abs = require_abs();
    var $floor = require_floor();
    var $isNaN = require_isNaN();
    var $isFinite = require_isFinite();
    module.exports = function isInteger(argument) {
      if (typeof argument !== "number" || $isNaN(argument) || !$isFinite(argument)) {
        return false;
      }
      var absValue = $abs(argument);
      return $floor(absValue) === absValue;
    };
  }
});

// node_modules/math-intrinsics/constants/maxSafeInteger.js
var require_maxSafeInteger = __commonJS({
  "node_modules/math-intrinsics/constants/maxSafeInteger.js"(exports, module) {
    "use strict";
    module.exports = /** @type {import('./maxSafeInteger')} */
    Number.MAX_SAFE_INTEGER || 9007199254740991;
  }
});

// node_modules/es-abstract/2025/AdvanceStringIndex.js
var require_AdvanceStringIndex = __commonJS({
  "node_modules/es-abstract/2025/AdvanceStringIndex.js"(exports, module) {
    "use strict";
    var CodePointAt = require_CodePointAt();
    var $TypeError = require_type();
    var isInteger = require_isInteger();
    var MAX_SAFE_INTEGER = require_maxSafeInteger();
    module.exports = function AdvanceStringIndex(S, index3, unicode) {
      if (typeof S !== "string") {
        throw new $TypeError("Assertion failed: `S` must be a String");
      }
      if (!isInteger(index3) || index3 < 0 || index3 > MAX_SAFE_INTEGER) {
        throw new $TypeError("Assertion failed: `length` must be an integer >= 0 and <= 2**53");
      }
      if (typeof unicode !== "boolean") {
        throw new $TypeError("Assertion failed: `unicode` must be a Boolean");
      }
      if (!unicode) {
        return index3 + 1;
      }
      var length = S.length;
      if (index3 + 1 >= length) {
        return index3 + 1;
      }
      var cp = CodePointAt(S, index3);
      return index3 + cp["[[CodeUnitCount]]"];
    };
  }
});

// node_modules/es-abstract/2025/CreateIteratorResultObject.js
var require_CreateIteratorResultObject = __commonJS({
  "node_modules/es-abstract/2025/CreateIteratorResultObject.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    module.exports = function CreateIteratorResultObject(value, done) {
      if (typeof done !== "boolean") {
        throw new $TypeError("Assertion failed: Type(done) is not Boolean");
      }
      return {
        value,
        done
      };
    };
  }
});

// node_modules/es-abstract/2025/Get.js
var require_Get = __commonJS({
  "node_modules/es-abstract/2025/Get.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var inspect = require_object_inspect();
    var isPropertyKey = require_isPropertyKey();
    var isObject = require_isObject();
    module.exports = function Get(O, P) {
      if (!isObject(O)) {
        throw new $TypeError("Assertion failed: Type(O) is not Object");
      }
      if (!isPropertyKey(P)) {
        throw new $TypeError("Assertion failed: P is not a Property Key, got " + inspect(P));
      }
      return O[P];
    };
  }
});

// node_modules/es-abstract/2025/IteratorComplete.js
var require_IteratorComplete = __commonJS({
  "node_modules/es-abstract/2025/IteratorComplete.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var isObject = require_isObject();
    var Get = require_Get();
    var ToBoolean = require_ToBoolean();
    module.exports = function IteratorComplete(iterResult) {
      if (!isObject(iterResult)) {
        throw new $TypeError("Assertion failed: Type(iterResult) is not Object");
      }
      return ToBoolean(Get(iterResult, "done"));
    };
  }
});

// node_modules/es-abstract/2025/IteratorValue.js
var require_IteratorValue = __commonJS({
  "node_modules/es-abstract/2025/IteratorValue.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var isObject = require_isObject();
    var Get = require_Get();
    module.exports = function IteratorValue(iterResult) {
      if (!isObject(iterResult)) {
        throw new $TypeError("Assertion failed: Type(iterResult) is not Object");
      }
      return Get(iterResult, "value");
    };
  }
});

// node_modules/set-function-length/index.js
var require_set_function_length = __commonJS({
  "node_modules/set-function-length/index.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic();
    var define2 = require_define_data_property();
    var hasDescriptors = require_has_property_descriptors()();
    var gOPD = require_gopd();
    var $TypeError = require_type();
    var $floor = GetIntrinsic("%Math.floor%");
    module.exports = function setFunctionLength(fn, length) {
      if (typeof fn !== "function") {
        throw new $TypeError("`fn` is not a function");
      }
      if (typeof length !== "number" || length < 0 || length > 4294967295 || $floor(length) !== length) {
        throw new $TypeError("`length` must be a positive 32-bit integer");
      }
      var loose = arguments.length > 2 && !!arguments[2];
      var functionLengthIsConfigurable = true;
      var functionLengthIsWritable = true;
      if ("length" in fn && gOPD) {
        var desc = gOPD(fn, "length");
        if (desc && !desc.configurable) {
          functionLengthIsConfigurable = false;
        }
        if (desc && !desc.writable) {
          functionLengthIsWritable = false;
        }
      }
      if (functionLengthIsConfigurable || functionLengthIsWritable || !loose) {
        if (hasDescriptors) {
          define2(
            /** @type {Parameters<define>[0]} */
            fn,
            "length",
            length,
            true,
            true
          );
        } else {
          define2(
            /** @type {Parameters<define>[0]} */
            fn,
            "length",
            length
          );
        }
      }
      return fn;
    };
  }
});

// node_modules/call-bind-apply-helpers/applyBind.js
var require_applyBind = __commonJS({
  "node_modules/call-bind-apply-helpers/applyBind.js"(exports, module) {
    "use strict";
    var bind = require_function_bind();
    var $apply = require_functionApply();
    var actualApply = require_actualApply();
    module.exports = function applyBind() {
      return actualApply(bind, $apply, arguments);
    };
  }
});

// node_modules/call-bind/index.js
var require_call_bind = __commonJS({
  "node_modules/call-bind/index.js"(exports, module) {
    "use strict";
    var setFunctionLength = require_set_function_length();
    var $defineProperty = require_es_define_property();
    var callBindBasic = require_call_bind_apply_helpers();
    var applyBind = require_applyBind();
    module.exports = function callBind(originalFunction) {
      var func = callBindBasic(arguments);
      var adjustedLength = 1 + originalFunction.length - (arguments.length - 1);
      return setFunctionLength(
        func,
        adjustedLength > 0 ? adjustedLength : 0,
        true
      );
    };
    if ($defineProperty) {
      $defineProperty(module.exports, "apply", { value: applyBind });
    } else {
      module.exports.apply = applyBind;
    }
  }
});

// node_modules/es-abstract/2025/PromiseResolve.js
var require_PromiseResolve = __commonJS({
  "node_modules/es-abstract/2025/PromiseResolve.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic();
    var callBind = require_call_bind();
    var $SyntaxError = require_syntax();
    var $resolve = GetIntrinsic("%Promise.resolve%", true);
    var $PromiseResolve = $resolve && callBind($resolve);
    module.exports = function PromiseResolve(C, x) {
      if (!$PromiseResolve) {
        throw new $SyntaxError("This environment does not support Promises.");
      }
      return $PromiseResolve(C, x);
    };
  }
});

// node_modules/es-abstract/2025/AsyncFromSyncIteratorContinuation.js
var require_AsyncFromSyncIteratorContinuation = __commonJS({
  "node_modules/es-abstract/2025/AsyncFromSyncIteratorContinuation.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic();
    var $SyntaxError = require_syntax();
    var $TypeError = require_type();
    var isObject = require_isObject();
    var $Promise = GetIntrinsic("%Promise%", true);
    var callBound = require_call_bound();
    var CreateIteratorResultObject = require_CreateIteratorResultObject();
    var IteratorComplete = require_IteratorComplete();
    var IteratorValue = require_IteratorValue();
    var PromiseResolve = require_PromiseResolve();
    var $then = callBound("Promise.prototype.then", true);
    module.exports = function AsyncFromSyncIteratorContinuation(result) {
      if (!isObject(result)) {
        throw new $TypeError("Assertion failed: Type(O) is not Object");
      }
      if (arguments.length > 1) {
        throw new $SyntaxError("although AsyncFromSyncIteratorContinuation should take a second argument, it is not used in this implementation");
      }
      if (!$Promise) {
        throw new $SyntaxError("This environment does not support Promises.");
      }
      return new $Promise(function(resolve) {
        var done = IteratorComplete(result);
        var value = IteratorValue(result);
        var valueWrapper = PromiseResolve($Promise, value);
        var onFulfilled = function(value2) {
          return CreateIteratorResultObject(value2, done);
        };
        resolve($then(valueWrapper, onFulfilled));
      });
    };
  }
});

// node_modules/es-abstract/2025/IsArray.js
var require_IsArray2 = __commonJS({
  "node_modules/es-abstract/2025/IsArray.js"(exports, module) {
    "use strict";
    module.exports = require_IsArray();
  }
});

// node_modules/es-abstract/2025/Call.js
var require_Call = __commonJS({
  "node_modules/es-abstract/2025/Call.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic();
    var callBound = require_call_bound();
    var $TypeError = require_type();
    var IsArray = require_IsArray2();
    var $apply = GetIntrinsic("%Reflect.apply%", true) || callBound("Function.prototype.apply");
    module.exports = function Call(F, V) {
      var argumentsList = arguments.length > 2 ? arguments[2] : [];
      if (!IsArray(argumentsList)) {
        throw new $TypeError("Assertion failed: optional `argumentsList`, if provided, must be a List");
      }
      return $apply(F, V, argumentsList);
    };
  }
});

// node_modules/es-abstract/2025/GetV.js
var require_GetV = __commonJS({
  "node_modules/es-abstract/2025/GetV.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var inspect = require_object_inspect();
    var isPropertyKey = require_isPropertyKey();
    module.exports = function GetV(V, P) {
      if (!isPropertyKey(P)) {
        throw new $TypeError("Assertion failed: P is not a Property Key, got " + inspect(P));
      }
      return V[P];
    };
  }
});

// node_modules/es-abstract/2025/GetMethod.js
var require_GetMethod = __commonJS({
  "node_modules/es-abstract/2025/GetMethod.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var GetV = require_GetV();
    var IsCallable = require_IsCallable();
    var isPropertyKey = require_isPropertyKey();
    var inspect = require_object_inspect();
    module.exports = function GetMethod(O, P) {
      if (!isPropertyKey(P)) {
        throw new $TypeError("Assertion failed: P is not a Property Key");
      }
      var func = GetV(O, P);
      if (func == null) {
        return void 0;
      }
      if (!IsCallable(func)) {
        throw new $TypeError(inspect(P) + " is not a function: " + inspect(func));
      }
      return func;
    };
  }
});

// node_modules/es-abstract/helpers/records/iterator-record.js
var require_iterator_record = __commonJS({
  "node_modules/es-abstract/helpers/records/iterator-record.js"(exports, module) {
    "use strict";
    var hasOwn = require_hasown();
    module.exports = function isIteratorRecord(value) {
      return !!value && typeof value === "object" && hasOwn(value, "[[Iterator]]") && hasOwn(value, "[[NextMethod]]") && hasOwn(value, "[[Done]]") && typeof value["[[Done]]"] === "boolean";
    };
  }
});

// node_modules/es-abstract/2025/IteratorNext.js
var require_IteratorNext = __commonJS({
  "node_modules/es-abstract/2025/IteratorNext.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var isObject = require_isObject();
    var Call = require_Call();
    var isIteratorRecord = require_iterator_record();
    module.exports = function IteratorNext(iteratorRecord) {
      if (!isIteratorRecord(iteratorRecord)) {
        throw new $TypeError("Assertion failed: `iteratorRecord` must be an Iterator Record");
      }
      var result;
      try {
        if (arguments.length < 2) {
          result = Call(iteratorRecord["[[NextMethod]]"], iteratorRecord["[[Iterator]]"]);
        } else {
          result = Call(iteratorRecord["[[NextMethod]]"], iteratorRecord["[[Iterator]]"], [arguments[1]]);
        }
      } catch (e) {
        iteratorRecord["[[Done]]"] = true;
        throw e;
      }
      if (!isObject(result)) {
        iteratorRecord["[[Done]]"] = true;
        throw new $TypeError("iterator next must return an object");
      }
      return result;
    };
  }
});

// node_modules/es-abstract/helpers/forEach.js
var require_forEach = __commonJS({
  "node_modules/es-abstract/helpers/forEach.js"(exports, module) {
    "use strict";
    module.exports = function forEach(array, callback) {
      for (var i = 0; i < array.length; i += 1) {
        callback(array[i], i, array);
      }
    };
  }
});

// node_modules/side-channel-list/index.js
var require_side_channel_list = __commonJS({
  "node_modules/side-channel-list/index.js"(exports, module) {
    "use strict";
    var inspect = require_object_inspect();
    var $TypeError = require_type();
    var listGetNode = function(list, key, isDelete) {
      var prev = list;
      var curr;
      for (; (curr = prev.next) != null; prev = curr) {
        if (curr.key === key) {
          prev.next = curr.next;
          if (!isDelete) {
            curr.next = /** @type {NonNullable<typeof list.next>} */
            list.next;
            list.next = curr;
          }
          return curr;
        }
      }
    };
    var listGet = function(objects, key) {
      if (!objects) {
        return void 0;
      }
      var node = listGetNode(objects, key);
      return node && node.value;
    };
    var listSet = function(objects, key, value) {
      var node = listGetNode(objects, key);
      if (node) {
        node.value = value;
      } else {
        objects.next = /** @type {import('./list.d.ts').ListNode<typeof value, typeof key>} */
        {
          // eslint-disable-line no-param-reassign, no-extra-parens
          key,
          next: objects.next,
          value
        };
      }
    };
    var listHas = function(objects, key) {
      if (!objects) {
        return false;
      }
      return !!listGetNode(objects, key);
    };
    var listDelete = function(objects, key) {
      if (objects) {
        return listGetNode(objects, key, true);
      }
    };
    module.exports = function getSideChannelList() {
      var $o;
      var channel = {
        assert: function(key) {
          if (!channel.has(key)) {
            throw new $TypeError("Side channel does not contain " + inspect(key));
          }
        },
        "delete": function(key) {
          var deletedNode = listDelete($o, key);
          if (deletedNode && $o && !$o.next) {
            $o = void 0;
          }
          return !!deletedNode;
        },
        get: function(key) {
          return listGet($o, key);
        },
        has: function(key) {
          return listHas($o, key);
        },
        set: function(key, value) {
          if (!$o) {
            $o = {
              next: void 0
            };
          }
          listSet(
            /** @type {NonNullable<typeof $o>} */
            $o,
            key,
            value
          );
        }
      };
      return channel;
    };
  }
});

// node_modules/side-channel-map/index.js
var require_side_channel_map = __commonJS({
  "node_modules/side-channel-map/index.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic();
    var callBound = require_call_bound();
    var inspect = require_object_inspect();
    var $TypeError = require_type();
    var $Map = GetIntrinsic("%Map%", true);
    var $mapGet = callBound("Map.prototype.get", true);
    var $mapSet = callBound("Map.prototype.set", true);
    var $mapHas = callBound("Map.prototype.has", true);
    var $mapDelete = callBound("Map.prototype.delete", true);
    var $mapSize = callBound("Map.prototype.size", true);
    module.exports = !!$Map && /** @type {Exclude<import('.'), false>} */
    function getSideChannelMap() {
      var $m;
      var channel = {
        assert: function(key) {
          if (!channel.has(key)) {
            throw new $TypeError("Side channel does not contain " + inspect(key));
          }
        },
        "delete": function(key) {
          if ($m) {
            var result = $mapDelete($m, key);
            if ($mapSize($m) === 0) {
              $m = void 0;
            }
            return result;
          }
          return false;
        },
        get: function(key) {
          if ($m) {
            return $mapGet($m, key);
          }
        },
        has: function(key) {
          if ($m) {
            return $mapHas($m, key);
          }
          return false;
        },
        set: function(key, value) {
          if (!$m) {
            $m = new $Map();
          }
          $mapSet($m, key, value);
        }
      };
      return channel;
    };
  }
});

// node_modules/side-channel-weakmap/index.js
var require_side_channel_weakmap = __commonJS({
  "node_modules/side-channel-weakmap/index.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic();
    var callBound = require_call_bound();
    var inspect = require_object_inspect();
    var getSideChannelMap = require_side_channel_map();
    var $TypeError = require_type();
    var $WeakMap = GetIntrinsic("%WeakMap%", true);
    var $weakMapGet = callBound("WeakMap.prototype.get", true);
    var $weakMapSet = callBound("WeakMap.prototype.set", true);
    var $weakMapHas = callBound("WeakMap.prototype.has", true);
    var $weakMapDelete = callBound("WeakMap.prototype.delete", true);
    module.exports = $WeakMap ? (
      /** @type {Exclude<import('.'), false>} */
      function getSideChannelWeakMap() {
        var $wm;
        var $m;
        var channel = {
          assert: function(key) {
            if (!channel.has(key)) {
              throw new $TypeError("Side channel does not contain " + inspect(key));
            }
          },
          "delete": function(key) {
            if ($WeakMap && key && (typeof key === "object" || typeof key === "function")) {
              if ($wm) {
                return $weakMapDelete($wm, key);
              }
            } else if (getSideChannelMap) {
              if ($m) {
                return $m["delete"](key);
              }
            }
            return false;
          },
          get: function(key) {
            if ($WeakMap && key && (typeof key === "object" || typeof key === "function")) {
              if ($wm) {
                return $weakMapGet($wm, key);
              }
            }
            return $m && $m.get(key);
          },
          has: function(key) {
            if ($WeakMap && key && (typeof key === "object" || typeof key === "function")) {
              if ($wm) {
                return $weakMapHas($wm, key);
              }
            }
            return !!$m && $m.has(key);
          },
          set: function(key, value) {
            if ($WeakMap && key && (typeof key === "object" || typeof key === "function")) {
              if (!$wm) {
                $wm = new $WeakMap();
              }
              $weakMapSet($wm, key, value);
            } else if (getSideChannelMap) {
              if (!$m) {
                $m = getSideChannelMap();
              }
              $m.set(key, value);
            }
          }
        };
        return channel;
      }
    ) : getSideChannelMap;
  }
});

// node_modules/side-channel/index.js
var require_side_channel = __commonJS({
  "node_modules/side-channel/index.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var inspect = require_object_inspect();
    var getSideChannelList = require_side_channel_list();
    var getSideChannelMap = require_side_channel_map();
    var getSideChannelWeakMap = require_side_channel_weakmap();
    var makeChannel = getSideChannelWeakMap || getSideChannelMap || getSideChannelList;
    module.exports = function getSideChannel() {
      var $channelData;
      var channel = {
        assert: function(key) {
          if (!channel.has(key)) {
            var keyDesc = key && Object(key) === key ? "the given object key" : inspect(key);
            throw new $TypeError("Side channel does not contain " + keyDesc);
          }
        },
        "delete": function(key) {
          return !!$channelData && $channelData["delete"](key);
        },
        get: function(key) {
          return $channelData && $channelData.get(key);
        },
        has: function(key) {
          return !!$channelData && $channelData.has(key);
        },
        set: function(key, value) {
          if (!$channelData) {
            $channelData = makeChannel();
          }
          $channelData.set(key, value);
        }
      };
      return channel;
    };
  }
});

// node_modules/internal-slot/index.js
var require_internal_slot = __commonJS({
  "node_modules/internal-slot/index.js"(exports, module) {
    "use strict";
    var hasOwn = require_hasown();
    var channel = require_side_channel()();
    var $TypeError = require_type();
    var SLOT = {
      assert: function(O, slot) {
        if (!O || typeof O !== "object" && typeof O !== "function") {
          throw new $TypeError("`O` is not an object");
        }
        if (typeof slot !== "string") {
          throw new $TypeError("`slot` must be a string");
        }
        channel.assert(O);
        if (!SLOT.has(O, slot)) {
          throw new $TypeError("`" + slot + "` is not present on `O`");
        }
      },
      get: function(O, slot) {
        if (!O || typeof O !== "object" && typeof O !== "function") {
          throw new $TypeError("`O` is not an object");
        }
        if (typeof slot !== "string") {
          throw new $TypeError("`slot` must be a string");
        }
        var slots = channel.get(O);
        return slots && slots[
          /** @type {SaltedInternalSlot} */
          "$" + slot
        ];
      },
      has: function(O, slot) {
        if (!O || typeof O !== "object" && typeof O !== "function") {
          throw new $TypeError("`O` is not an object");
        }
        if (typeof slot !== "string") {
          throw new $TypeError("`slot` must be a string");
        }
        var slots = channel.get(O);
        return !!slots && hasOwn(
          slots,
          /** @type {SaltedInternalSlot} */
          "$" + slot
        );
      },
      set: function(O, slot, V) {
        if (!O || typeof O !== "object" && typeof O !== "function") {
          throw new $TypeError("`O` is not an object");
        }
        if (typeof slot !== "string") {
          throw new $TypeError("`slot` must be a string");
        }
        var slots = channel.get(O);
        if (!slots) {
          slots = {};
          channel.set(O, slots);
        }
        slots[
          /** @type {SaltedInternalSlot} */
          "$" + slot
        ] = V;
      }
    };
    if (Object.freeze) {
      Object.freeze(SLOT);
    }
    module.exports = SLOT;
  }
});

// node_modules/has-proto/index.js
var require_has_proto = __commonJS({
  "node_modules/has-proto/index.js"(exports, module) {
    "use strict";
    var test = {
      __proto__: null,
      foo: {}
    };
    var result = { __proto__: test }.foo === test.foo && !(test instanceof Object);
    module.exports = function hasProto() {
      return result;
    };
  }
});

// node_modules/es-abstract/2025/OrdinaryObjectCreate.js
var require_OrdinaryObjectCreate = __commonJS({
  "node_modules/es-abstract/2025/OrdinaryObjectCreate.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic();
    var $ObjectCreate = GetIntrinsic("%Object.create%", true);
    var $TypeError = require_type();
    var $SyntaxError = require_syntax();
    var isObject = require_isObject();
    var IsArray = require_IsArray2();
    var forEach = require_forEach();
    var SLOT = require_internal_slot();
    var hasProto = require_has_proto()();
    module.exports = function OrdinaryObjectCreate(proto) {
      if (proto !== null && !isObject(proto)) {
        throw new $TypeError("Assertion failed: `proto` must be null or an object");
      }
      var additionalInternalSlotsList = arguments.length < 2 ? [] : arguments[1];
      if (!IsArray(additionalInternalSlotsList)) {
        throw new $TypeError("Assertion failed: `additionalInternalSlotsList` must be an Array");
      }
      var O;
      if (hasProto) {
        O = { __proto__: proto };
      } else if ($ObjectCreate) {
        O = $ObjectCreate(proto);
      } else {
        if (proto === null) {
          throw new $SyntaxError("native Object.create support is required to create null objects");
        }
        var T = function T2() {
        };
        T.prototype = proto;
        O = new T();
      }
      if (additionalInternalSlotsList.length > 0) {
        forEach(additionalInternalSlotsList, function(slot) {
          SLOT.set(O, slot, void 0);
        });
      }
      return O;
    };
  }
});

// node_modules/es-abstract/2025/CreateAsyncFromSyncIterator.js
var require_CreateAsyncFromSyncIterator = __commonJS({
  "node_modules/es-abstract/2025/CreateAsyncFromSyncIterator.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic();
    var $SyntaxError = require_syntax();
    var $TypeError = require_type();
    var isObject = require_isObject();
    var $Promise = GetIntrinsic("%Promise%", true);
    var AsyncFromSyncIteratorContinuation = require_AsyncFromSyncIteratorContinuation();
    var Call = require_Call();
    var CreateIteratorResultObject = require_CreateIteratorResultObject();
    var Get = require_Get();
    var GetMethod = require_GetMethod();
    var IteratorNext = require_IteratorNext();
    var OrdinaryObjectCreate = require_OrdinaryObjectCreate();
    var isIteratorRecord = require_iterator_record();
    var SLOT = require_internal_slot();
    var $AsyncFromSyncIteratorPrototype = GetIntrinsic("%AsyncFromSyncIteratorPrototype%", true) || {
      next: function next(value) {
        if (!$Promise) {
          throw new $SyntaxError("This environment does not support Promises.");
        }
        var O = this;
        SLOT.assert(O, "[[SyncIteratorRecord]]");
        var argsLength = arguments.length;
        return new $Promise(function(resolve) {
          var syncIteratorRecord = SLOT.get(O, "[[SyncIteratorRecord]]");
          var result;
          if (argsLength > 0) {
            result = IteratorNext(syncIteratorRecord, value);
          } else {
            result = IteratorNext(syncIteratorRecord);
          }
          resolve(AsyncFromSyncIteratorContinuation(result));
        });
      },
      "return": function() {
        if (!$Promise) {
          throw new $SyntaxError("This environment does not support Promises.");
        }
        var O = this;
        SLOT.assert(O, "[[SyncIteratorRecord]]");
        var valueIsPresent = arguments.length > 0;
        var value = valueIsPresent ? arguments[0] : void 0;
        return new $Promise(function(resolve, reject) {
          var syncIterator = SLOT.get(O, "[[SyncIteratorRecord]]")["[[Iterator]]"];
          var iteratorReturn = GetMethod(syncIterator, "return");
          if (typeof iteratorReturn === "undefined") {
            var iterResult = CreateIteratorResultObject(value, true);
            Call(resolve, void 0, [iterResult]);
            return;
          }
          var result;
          if (valueIsPresent) {
            result = Call(iteratorReturn, syncIterator, [value]);
          } else {
            result = Call(iteratorReturn, syncIterator);
          }
          if (!isObject(result)) {
            Call(reject, void 0, [new $TypeError("Iterator `return` method returned a non-object value.")]);
            return;
          }
          resolve(AsyncFromSyncIteratorContinuation(result));
        });
      },
      "throw": function() {
        if (!$Promise) {
          throw new $SyntaxError("This environment does not support Promises.");
        }
        var O = this;
        SLOT.assert(O, "[[SyncIteratorRecord]]");
        var valueIsPresent = arguments.length > 0;
        var value = valueIsPresent ? arguments[0] : void 0;
        return new $Promise(function(resolve, reject) {
          var syncIterator = SLOT.get(O, "[[SyncIteratorRecord]]")["[[Iterator]]"];
          var throwMethod = GetMethod(syncIterator, "throw");
          if (typeof throwMethod === "undefined") {
            Call(reject, void 0, [value]);
            return;
          }
          var result;
          if (valueIsPresent) {
            result = Call(throwMethod, syncIterator, [value]);
          } else {
            result = Call(throwMethod, syncIterator);
          }
          if (!isObject(result)) {
            Call(reject, void 0, [new $TypeError("Iterator `throw` method returned a non-object value.")]);
            return;
          }
          resolve(AsyncFromSyncIteratorContinuation(
            result
            /* , promiseCapability */
          ));
        });
      }
    };
    module.exports = function CreateAsyncFromSyncIterator(syncIteratorRecord) {
      if (!isIteratorRecord(syncIteratorRecord)) {
        throw new $TypeError("Assertion failed: `syncIteratorRecord` must be an Iterator Record");
      }
      var asyncIterator = OrdinaryObjectCreate($AsyncFromSyncIteratorPrototype);
      SLOT.set(asyncIterator, "[[SyncIteratorRecord]]", syncIteratorRecord);
      var nextMethod = Get(asyncIterator, "next");
      return {
        // steps 3-4
        "[[Iterator]]": asyncIterator,
        "[[NextMethod]]": nextMethod,
        "[[Done]]": false
      };
    };
  }
});

// node_modules/es-abstract/2025/GetIteratorFromMethod.js
var require_GetIteratorFromMethod = __commonJS({
  "node_modules/es-abstract/2025/GetIteratorFromMethod.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var isObject = require_isObject();
    var Call = require_Call();
    var Get = require_Get();
    var IsCallable = require_IsCallable();
    module.exports = function GetIteratorFromMethod(obj, method) {
      if (!IsCallable(method)) {
        throw new $TypeError("method must be a function");
      }
      var iterator = Call(method, obj);
      if (!isObject(iterator)) {
        throw new $TypeError("iterator must return an object");
      }
      var nextMethod = Get(iterator, "next");
      return {
        // steps 4-5
        "[[Iterator]]": iterator,
        "[[NextMethod]]": nextMethod,
        "[[Done]]": false
      };
    };
  }
});

// node_modules/has-tostringtag/shams.js
var require_shams2 = __commonJS({
  "node_modules/has-tostringtag/shams.js"(exports, module) {
    "use strict";
    var hasSymbols = require_shams();
    module.exports = function hasToStringTagShams() {
      return hasSymbols() && !!Symbol.toStringTag;
    };
  }
});

// node_modules/is-string/index.js
var require_is_string = __commonJS({
  "node_modules/is-string/index.js"(exports, module) {
    "use strict";
    var callBound = require_call_bound();
    var $strValueOf = callBound("String.prototype.valueOf");
    var tryStringObject = function tryStringObject2(value) {
      try {
        $strValueOf(value);
        return true;
      } catch (e) {
        return false;
      }
    };
    var $toString = callBound("Object.prototype.toString");
    var strClass = "[object String]";
    var hasToStringTag = require_shams2()();
    module.exports = function isString(value) {
      if (typeof value === "string") {
        return true;
      }
      if (!value || typeof value !== "object") {
        return false;
      }
      return hasToStringTag ? tryStringObject(value) : $toString(value) === strClass;
    };
  }
});

// node_modules/es-abstract/helpers/getIteratorMethod.js
var require_getIteratorMethod = __commonJS({
  "node_modules/es-abstract/helpers/getIteratorMethod.js"(exports, module) {
    "use strict";
    var hasSymbols = require_has_symbols()();
    var GetIntrinsic = require_get_intrinsic();
    var callBound = require_call_bound();
    var isString = require_is_string();
    var $iterator = GetIntrinsic("%Symbol.iterator%", true);
    var $stringSlice = callBound("String.prototype.slice");
    var $String = GetIntrinsic("%String%");
    var IsArray = require_IsArray();
    module.exports = function getIteratorMethod(ES, iterable) {
      var usingIterator;
      if (hasSymbols) {
        usingIterator = ES.GetMethod(iterable, $iterator);
      } else if (IsArray(iterable)) {
        usingIterator = function() {
          var i = -1;
          var arr = this;
          return {
            next: function() {
              i += 1;
              return {
                done: i >= arr.length,
                value: arr[i]
              };
            }
          };
        };
      } else if (isString(iterable)) {
        usingIterator = function() {
          var i = 0;
          return {
            next: function() {
              var nextIndex = ES.AdvanceStringIndex($String(iterable), i, true);
              var value = $stringSlice(iterable, i, nextIndex);
              i = nextIndex;
              var done = nextIndex > iterable.length;
              return {
                done,
                value: done ? void 0 : value
              };
            }
          };
        };
      }
      return usingIterator;
    };
  }
});

// node_modules/es-abstract/2025/GetIterator.js
var require_GetIterator = __commonJS({
  "node_modules/es-abstract/2025/GetIterator.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic();
    var $TypeError = require_type();
    var $asyncIterator = GetIntrinsic("%Symbol.asyncIterator%", true);
    var inspect = require_object_inspect();
    var hasSymbols = require_has_symbols()();
    var AdvanceStringIndex = require_AdvanceStringIndex();
    var CreateAsyncFromSyncIterator = require_CreateAsyncFromSyncIterator();
    var GetIteratorFromMethod = require_GetIteratorFromMethod();
    var GetMethod = require_GetMethod();
    var ES = {
      AdvanceStringIndex,
      GetMethod
    };
    var getIteratorMethod = require_getIteratorMethod();
    module.exports = function GetIterator(obj, kind) {
      if (kind !== "SYNC" && kind !== "ASYNC") {
        throw new $TypeError("Assertion failed: `kind` must be one of 'sync' or 'async', got " + inspect(kind));
      }
      var method;
      if (kind === "ASYNC") {
        if (hasSymbols && $asyncIterator) {
          method = GetMethod(obj, $asyncIterator);
        }
      }
      if (typeof method === "undefined") {
        var syncMethod = getIteratorMethod(ES, obj);
        if (kind === "ASYNC") {
          if (typeof syncMethod === "undefined") {
            throw new $TypeError("iterator method is `undefined`");
          }
          var syncIteratorRecord = GetIteratorFromMethod(obj, syncMethod);
          return CreateAsyncFromSyncIterator(syncIteratorRecord);
        }
        method = syncMethod;
      }
      if (typeof method === "undefined") {
        throw new $TypeError("iterator method is `undefined`");
      }
      return GetIteratorFromMethod(obj, method);
    };
  }
});

// node_modules/es-abstract/2025/IteratorStep.js
var require_IteratorStep = __commonJS({
  "node_modules/es-abstract/2025/IteratorStep.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var IteratorComplete = require_IteratorComplete();
    var IteratorNext = require_IteratorNext();
    var isIteratorRecord = require_iterator_record();
    module.exports = function IteratorStep(iteratorRecord) {
      if (!isIteratorRecord(iteratorRecord)) {
        throw new $TypeError("Assertion failed: `iteratorRecord` must be an Iterator Record");
      }
      var result = IteratorNext(iteratorRecord);
      try {
        var done = IteratorComplete(result);
      } catch (e) {
        iteratorRecord["[[Done]]"] = true;
        throw e;
      }
      if (done) {
        iteratorRecord["[[Done]]"] = true;
        return false;
      }
      return result;
    };
  }
});

// node_modules/es-abstract/2025/IteratorToList.js
var require_IteratorToList = __commonJS({
  "node_modules/es-abstract/2025/IteratorToList.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var IteratorStep = require_IteratorStep();
    var IteratorValue = require_IteratorValue();
    var isIteratorRecord = require_iterator_record();
    module.exports = function IteratorToList(iteratorRecord) {
      if (!isIteratorRecord(iteratorRecord)) {
        throw new $TypeError("Assertion failed: `iteratorRecord` must be an Iterator Record");
      }
      var values = [];
      var next = true;
      while (next) {
        next = IteratorStep(iteratorRecord);
        if (next) {
          var nextValue = IteratorValue(next);
          values[values.length] = nextValue;
        }
      }
      return values;
    };
  }
});

// node_modules/set-proto/Reflect.setPrototypeOf.js
var require_Reflect_setPrototypeOf = __commonJS({
  "node_modules/set-proto/Reflect.setPrototypeOf.js"(exports, module) {
    "use strict";
    module.exports = typeof Reflect !== "undefined" && Reflect.setPrototypeOf || null;
  }
});

// node_modules/set-proto/Object.setPrototypeOf.js
var require_Object_setPrototypeOf = __commonJS({
  "node_modules/set-proto/Object.setPrototypeOf.js"(exports, module) {
    "use strict";
    var $Object = require_es_object_atoms();
    module.exports = $Object.setPrototypeOf || null;
  }
});

// node_modules/dunder-proto/set.js
var require_set = __commonJS({
  "node_modules/dunder-proto/set.js"(exports, module) {
    "use strict";
    var callBind = require_call_bind_apply_helpers();
    var gOPD = require_gopd();
    var $TypeError = require_type();
    var obj = {};
    try {
      obj.__proto__ = null;
    } catch (e) {
      if (!e || typeof e !== "object" || !("code" in e) || e.code !== "ERR_PROTO_ACCESS") {
        throw e;
      }
    }
    var hasProtoMutator = !("toString" in obj);
    var desc = gOPD && gOPD(
      Object.prototype,
      /** @type {keyof typeof Object.prototype} */
      "__proto__"
    );
    module.exports = hasProtoMutator && // eslint-disable-next-line no-extra-parens
    (!!desc && typeof desc.set === "function" && /** @type {import('./set')} */
    callBind([desc.set]) || /** @type {import('./set')} */
    function setDunder(object, proto) {
      if (object == null) {
        throw new $TypeError("set Object.prototype.__proto__ called on null or undefined");
      }
      object.__proto__ = proto;
      return proto;
    });
  }
});

// node_modules/set-proto/index.js
var require_set_proto = __commonJS({
  "node_modules/set-proto/index.js"(exports, module) {
    "use strict";
    var reflectSetProto = require_Reflect_setPrototypeOf();
    var originalSetProto = require_Object_setPrototypeOf();
    var setDunderProto = require_set();
    var $TypeError = require_type();
    module.exports = reflectSetProto ? function setProto(O, proto) {
      if (reflectSetProto(O, proto)) {
        return O;
      }
      throw new $TypeError("Reflect.setPrototypeOf: failed to set [[Prototype]]");
    } : originalSetProto || (setDunderProto ? function setProto(O, proto) {
      setDunderProto(O, proto);
      return O;
    } : null);
  }
});

// node_modules/es-abstract/2025/OrdinaryGetPrototypeOf.js
var require_OrdinaryGetPrototypeOf = __commonJS({
  "node_modules/es-abstract/2025/OrdinaryGetPrototypeOf.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var isObject = require_isObject();
    var $getProto = require_get_proto();
    module.exports = function OrdinaryGetPrototypeOf(O) {
      if (!isObject(O)) {
        throw new $TypeError("Assertion failed: O must be an Object");
      }
      if (!$getProto) {
        throw new $TypeError("This environment does not support fetching prototypes.");
      }
      return $getProto(O);
    };
  }
});

// node_modules/es-abstract/2025/OrdinarySetPrototypeOf.js
var require_OrdinarySetPrototypeOf = __commonJS({
  "node_modules/es-abstract/2025/OrdinarySetPrototypeOf.js"(exports, module) {
    "use strict";
    var $TypeError = require_type();
    var $setProto = require_set_proto();
    var isObject = require_isObject();
    var OrdinaryGetPrototypeOf = require_OrdinaryGetPrototypeOf();
    module.exports = function OrdinarySetPrototypeOf(O, V) {
      if (V !== null && !isObject(V)) {
        throw new $TypeError("Assertion failed: V must be Object or Null");
      }
      try {
        $setProto(O, V);
      } catch (e) {
        return false;
      }
      return OrdinaryGetPrototypeOf(O) === V;
    };
  }
});

// node_modules/es-aggregate-error/implementation.js
var require_implementation3 = __commonJS({
  "node_modules/es-aggregate-error/implementation.js"(exports, module) {
    "use strict";
    var CreateDataPropertyOrThrow = require_CreateDataPropertyOrThrow();
    var CreateNonEnumerableDataPropertyOrThrow = require_CreateNonEnumerableDataPropertyOrThrow();
    var GetIterator = require_GetIterator();
    var hasPropertyDescriptors = require_has_property_descriptors()();
    var IteratorToList = require_IteratorToList();
    var OrdinarySetPrototypeOf = require_OrdinarySetPrototypeOf();
    var $Error = require_es_errors();
    function AggregateError2(errors, message) {
      var error = new $Error(message);
      OrdinarySetPrototypeOf(error, proto);
      delete error.constructor;
      var errorsList = IteratorToList(GetIterator(errors, "SYNC"));
      CreateDataPropertyOrThrow(error, "errors", errorsList);
      return error;
    }
    if (hasPropertyDescriptors) {
      Object.defineProperty(AggregateError2, "prototype", { writable: false });
    }
    var proto = AggregateError2.prototype;
    CreateNonEnumerableDataPropertyOrThrow(proto, "constructor", AggregateError2);
    CreateNonEnumerableDataPropertyOrThrow(proto, "message", "");
    CreateNonEnumerableDataPropertyOrThrow(proto, "name", "AggregateError");
    OrdinarySetPrototypeOf(AggregateError2.prototype, Error.prototype);
    module.exports = AggregateError2;
  }
});

// node_modules/es-aggregate-error/polyfill.js
var require_polyfill = __commonJS({
  "node_modules/es-aggregate-error/polyfill.js"(exports, module) {
    "use strict";
    var implementation = require_implementation3();
    module.exports = function getPolyfill() {
      return typeof AggregateError === "function" ? AggregateError : implementation;
    };
  }
});

// node_modules/globalthis/implementation.js
var require_implementation4 = __commonJS({
  "node_modules/globalthis/implementation.js"(exports, module) {
    "use strict";
    module.exports = global;
  }
});

// node_modules/globalthis/polyfill.js
var require_polyfill2 = __commonJS({
  "node_modules/globalthis/polyfill.js"(exports, module) {
    "use strict";
    var implementation = require_implementation4();
    module.exports = function getPolyfill() {
      if (typeof global !== "object" || !global || global.Math !== Math || global.Array !== Array) {
        return implementation;
      }
      return global;
    };
  }
});

// node_modules/globalthis/shim.js
var require_shim = __commonJS({
  "node_modules/globalthis/shim.js"(exports, module) {
    "use strict";
    var define2 = require_define_properties();
    var gOPD = require_gopd();
    var getPolyfill = require_polyfill2();
    module.exports = function shimGlobal() {
      var polyfill = getPolyfill();
      if (define2.supportsDescriptors) {
        var descriptor = gOPD(polyfill, "globalThis");
        if (!descriptor || descriptor.configurable && (descriptor.enumerable || !descriptor.writable || globalThis !== polyfill)) {
          Object.defineProperty(polyfill, "globalThis", {
            configurable: true,
            enumerable: false,
            value: polyfill,
            writable: true
          });
        }
      } else if (typeof globalThis !== "object" || globalThis !== polyfill) {
        polyfill.globalThis = polyfill;
      }
      return polyfill;
    };
  }
});

// node_modules/globalthis/index.js
var require_globalthis = __commonJS({
  "node_modules/globalthis/index.js"(exports, module) {
    "use strict";
    var defineProperties = require_define_properties();
    var implementation = require_implementation4();
    var getPolyfill = require_polyfill2();
    var shim = require_shim();
    var polyfill = getPolyfill();
    var getGlobal = function() {
      return polyfill;
    };
    defineProperties(getGlobal, {
      getPolyfill,
      implementation,
      shim
    });
    module.exports = getGlobal;
  }
});

// node_modules/es-aggregate-error/shim.js
var require_shim2 = __commonJS({
  "node_modules/es-aggregate-error/shim.js"(exports, module) {
    "use strict";
    var define2 = require_define_properties();
    var globalThis2 = require_globalthis()();
    var getPolyfill = require_polyfill();
    module.exports = function shimAggregateError() {
      var polyfill = getPolyfill();
      define2(
        globalThis2,
        { AggregateError: polyfill },
        {
          AggregateError: function testAggregateError() {
            return globalThis2.AggregateError !== polyfill;
          }
        }
      );
      return polyfill;
    };
  }
});

// node_modules/es-aggregate-error/index.js
var require_es_aggregate_error = __commonJS({
  "node_modules/es-aggregate-error/index.js"(exports, module) {
    "use strict";
    var bind = require_function_bind();
    var define2 = require_define_properties();
    var setFunctionName = require_set_function_name();
    var defineDataProperty = require_define_data_property();
    var implementation = require_implementation3();
    var getPolyfill = require_polyfill();
    var shim = require_shim2();
    var polyfill = getPolyfill();
    var bound = setFunctionName(bind.call(polyfill), polyfill.name, true);
    defineDataProperty(bound, "prototype", polyfill.prototype, true, true, true, true);
    define2(bound, {
      getPolyfill,
      implementation,
      shim
    });
    module.exports = bound;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/validation/validators/common/error.js
var require_error = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/validation/validators/common/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toParsedPath = exports.wrapError = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var lodash_1 = require_lodash();
    var es_aggregate_error_1 = tslib_1.__importDefault(require_es_aggregate_error());
    var errors_1 = require_errors2();
    var isAggregateError_1 = require_isAggregateError();
    function toRulesetValidationError(ex) {
      if (ex instanceof errors_1.RulesetValidationError) {
        ex.path.unshift(...this);
        return ex;
      }
      return new errors_1.RulesetValidationError("generic-validation-error", (0, lodash_1.isError)(ex) ? ex.message : String(ex), [...this]);
    }
    function wrapError(ex, path) {
      const parsedPath = toParsedPath(path);
      if ((0, isAggregateError_1.isAggregateError)(ex)) {
        return new es_aggregate_error_1.default(ex.errors.map(toRulesetValidationError, parsedPath));
      }
      return toRulesetValidationError.call(parsedPath, ex);
    }
    exports.wrapError = wrapError;
    function toParsedPath(path) {
      return path.slice(1).split("/");
    }
    exports.toParsedPath = toParsedPath;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/validation/validators/alias.js
var require_alias2 = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/validation/validators/alias.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAlias = void 0;
    var json_1 = (init_index_es2(), __toCommonJS(index_es_exports2));
    var lodash_1 = require_lodash();
    var alias_1 = require_alias();
    var formats_1 = require_formats();
    var error_1 = require_error();
    var errors_1 = require_errors2();
    function getOverrides(overrides, key) {
      if (!Array.isArray(overrides))
        return null;
      const index3 = Number(key);
      if (Number.isNaN(index3))
        return null;
      if (index3 < 0 && index3 >= overrides.length)
        return null;
      const actualOverrides = overrides[index3];
      return (0, json_1.isPlainObject)(actualOverrides) && (0, json_1.isPlainObject)(actualOverrides.aliases) ? actualOverrides.aliases : null;
    }
    function getExtended(extended, parsedPath) {
      if (!Array.isArray(extended))
        return null;
      const key = parsedPath[1];
      const index3 = Number(key);
      if (Number.isNaN(index3))
        return null;
      if (index3 < 0 && index3 >= extended.length)
        return null;
      const item = extended[index3];
      const isTuple = Array.isArray(item);
      const actualExtended = isTuple ? item[0] : item;
      const aliases = (0, json_1.isPlainObject)(actualExtended) && (0, json_1.isPlainObject)(actualExtended.aliases) ? actualExtended.aliases : null;
      const overridesPathIndex = isTuple ? 3 : 2;
      if (parsedPath.length >= overridesPathIndex + 2 && parsedPath[overridesPathIndex] === "overrides") {
        return {
          ...aliases,
          ...getOverrides(actualExtended.overrides, parsedPath[overridesPathIndex + 1])
        };
      }
      if (parsedPath.length >= overridesPathIndex + 2 && parsedPath[overridesPathIndex] === "extends") {
        if ((0, json_1.isPlainObject)(actualExtended) && Array.isArray(actualExtended.extends)) {
          const nestedAliases = getExtended(actualExtended.extends, parsedPath.slice(overridesPathIndex));
          return nestedAliases !== null && nestedAliases !== void 0 ? nestedAliases : aliases;
        }
      }
      return aliases;
    }
    function getResolvedAliases(parsedPath, ruleset) {
      if (parsedPath[0] === "extends") {
        return getExtended(ruleset.extends, parsedPath);
      } else if (parsedPath[0] === "overrides") {
        return {
          ...ruleset.aliases,
          ...getOverrides(ruleset.overrides, parsedPath[1])
        };
      } else {
        return ruleset.aliases;
      }
    }
    function validateAlias(ruleset, alias, path) {
      const parsedPath = (0, error_1.toParsedPath)(path);
      try {
        const formats = (0, lodash_1.get)(ruleset, [...parsedPath.slice(0, parsedPath.indexOf("rules") + 2), "formats"]);
        const aliases = getResolvedAliases(parsedPath, ruleset);
        (0, alias_1.resolveAlias)(aliases !== null && aliases !== void 0 ? aliases : null, alias, Array.isArray(formats) ? new formats_1.Formats(formats) : null);
      } catch (ex) {
        if (ex instanceof ReferenceError) {
          return new errors_1.RulesetValidationError("undefined-alias", ex.message, parsedPath);
        }
        return (0, error_1.wrapError)(ex, path);
      }
    }
    exports.validateAlias = validateAlias;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/validation/validators/function.js
var require_function = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/validation/validators/function.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateFunction = void 0;
    var error_1 = require_error();
    var errors_1 = require_errors2();
    function assertRulesetFunction(maybeRulesetFunction) {
      if (typeof maybeRulesetFunction !== "function") {
        throw ReferenceError("Function is not defined");
      }
    }
    function validateFunction(fn, opts, path) {
      try {
        assertRulesetFunction(fn);
        if (!("validator" in fn))
          return;
        const validator = fn.validator.bind(fn);
        validator(opts);
      } catch (ex) {
        if (ex instanceof ReferenceError) {
          return new errors_1.RulesetValidationError("undefined-function", ex.message, [...(0, error_1.toParsedPath)(path), "function"]);
        }
        return (0, error_1.wrapError)(ex, path);
      }
    }
    exports.validateFunction = validateFunction;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/validation/ajv.js
var require_ajv2 = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/validation/ajv.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createValidator = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var _2020_1 = tslib_1.__importStar(require__());
    var names_1 = tslib_1.__importDefault(require_names());
    var ajv_formats_1 = tslib_1.__importDefault(require_dist5());
    var ajv_errors_1 = tslib_1.__importDefault(require_dist6());
    var ruleSchema = tslib_1.__importStar(require_rule_schema());
    var shared = tslib_1.__importStar(require_shared());
    var rulesetSchema = tslib_1.__importStar(require_ruleset_schema());
    var jsExtensions = tslib_1.__importStar(require_js_extensions());
    var jsonExtensions = tslib_1.__importStar(require_json_extensions());
    var alias_1 = require_alias2();
    var function_1 = require_function();
    var validators = {
      js: null,
      json: null
    };
    function createValidator(format) {
      const existingValidator = validators[format];
      if (existingValidator !== null) {
        return existingValidator;
      }
      const ajv = new _2020_1.default({
        allErrors: true,
        strict: true,
        strictRequired: false,
        keywords: ["$anchor"],
        schemas: [ruleSchema, shared],
        passContext: true
      });
      (0, ajv_formats_1.default)(ajv);
      (0, ajv_errors_1.default)(ajv);
      ajv.addKeyword({
        keyword: "x-spectral-runtime",
        schemaType: "string",
        error: {
          message(cxt) {
            var _a;
            return (0, _2020_1._)`${((_a = cxt.params) === null || _a === void 0 ? void 0 : _a.message) !== void 0 ? cxt.params.message : ""}`;
          },
          params(cxt) {
            var _a;
            return (0, _2020_1._)`{ errors: ${((_a = cxt.params) === null || _a === void 0 ? void 0 : _a.errors) !== void 0 && cxt.params.errors} || [] }`;
          }
        },
        code(cxt) {
          const { data } = cxt;
          switch (cxt.schema) {
            case "format":
              cxt.fail((0, _2020_1._)`typeof ${data} !== "function"`);
              break;
            case "ruleset-function": {
              const fn = cxt.gen.const("spectralFunction", (0, _2020_1._)`this.validateFunction(${data}.function, ${data}.functionOptions === void 0 ? null : ${data}.functionOptions, ${names_1.default.instancePath})`);
              cxt.gen.if((0, _2020_1._)`${fn} !== void 0`);
              cxt.error(false, { errors: fn });
              cxt.gen.endIf();
              break;
            }
            case "alias": {
              const alias = cxt.gen.const("spectralAlias", (0, _2020_1._)`this.validateAlias(${names_1.default.rootData}, ${data}, ${names_1.default.instancePath})`);
              cxt.gen.if((0, _2020_1._)`${alias} !== void 0`);
              cxt.error(false, { errors: alias });
              cxt.gen.endIf();
              break;
            }
          }
        }
      });
      if (format === "js") {
        ajv.addSchema(jsExtensions);
      } else {
        ajv.addSchema(jsonExtensions);
      }
      const validator = new Proxy(ajv.compile(rulesetSchema), {
        apply(target, thisArg, args) {
          return Reflect.apply(target, { validateAlias: alias_1.validateAlias, validateFunction: function_1.validateFunction }, args);
        }
      });
      validators[format] = validator;
      return validator;
    }
    exports.createValidator = createValidator;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/validation/assertions.js
var require_assertions = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/validation/assertions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assertValidRule = exports.assertValidRuleset = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var json_1 = (init_index_es2(), __toCommonJS(index_es_exports2));
    var ajv_1 = require_ajv2();
    var errors_1 = require_errors2();
    var es_aggregate_error_1 = tslib_1.__importDefault(require_es_aggregate_error());
    function assertValidRuleset(ruleset, format = "js", sourceContext) {
      var _a, _b;
      if (!(0, json_1.isPlainObject)(ruleset)) {
        throw new errors_1.RulesetValidationError("invalid-ruleset-definition", "Provided ruleset is not an object", [], sourceContext === void 0 ? void 0 : { source: sourceContext.source });
      }
      if (!("rules" in ruleset) && !("extends" in ruleset) && !("overrides" in ruleset)) {
        throw new errors_1.RulesetValidationError("invalid-ruleset-definition", "Ruleset must have rules or extends or overrides defined", [], sourceContext === void 0 ? void 0 : { source: sourceContext.source, range: (_a = sourceContext.getLocationForJsonPath([])) === null || _a === void 0 ? void 0 : _a.range });
      }
      const validate = (0, ajv_1.createValidator)(format);
      if (!validate(ruleset)) {
        throw new es_aggregate_error_1.default((0, errors_1.convertAjvErrors)((_b = validate.errors) !== null && _b !== void 0 ? _b : [], sourceContext));
      }
    }
    exports.assertValidRuleset = assertValidRuleset;
    function isRuleDefinition(rule) {
      return typeof rule === "object" && rule !== null && !Array.isArray(rule) && ("given" in rule || "then" in rule);
    }
    function assertValidRule(rule, name) {
      if (!isRuleDefinition(rule)) {
        throw new errors_1.RulesetValidationError("invalid-rule-definition", "Rule definition expected", ["rules", name]);
      }
    }
    exports.assertValidRule = assertValidRule;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/validation/index.js
var require_validation = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assertValidRuleset = exports.RulesetValidationError = void 0;
    var errors_1 = require_errors2();
    Object.defineProperty(exports, "RulesetValidationError", { enumerable: true, get: function() {
      return errors_1.RulesetValidationError;
    } });
    var assertions_1 = require_assertions();
    Object.defineProperty(exports, "assertValidRuleset", { enumerable: true, get: function() {
      return assertions_1.assertValidRuleset;
    } });
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/mergers/rules.js
var require_rules = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/mergers/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.mergeRule = void 0;
    var assertions_1 = require_assertions();
    var rule_1 = require_rule();
    function assertExistingRule(maybeRule, name) {
      if (maybeRule === void 0) {
        throw new ReferenceError(`Cannot extend non-existing rule: "${name}"`);
      }
    }
    function mergeRule(existingRule, name, rule, ruleset) {
      switch (typeof rule) {
        case "boolean":
          assertExistingRule(existingRule, name);
          existingRule.enabled = rule;
          break;
        case "string":
        case "number":
          assertExistingRule(existingRule, name);
          existingRule.severity = rule;
          if (rule === "off") {
            existingRule.enabled = false;
          } else if (!existingRule.enabled) {
            existingRule.enabled = true;
          }
          break;
        case "object":
          if (existingRule !== void 0) {
            if (rule.given !== void 0) {
              existingRule.aliasSource = ruleset;
            }
            Object.assign(existingRule, rule, {
              enabled: true,
              owner: existingRule.owner
            });
          } else {
            (0, assertions_1.assertValidRule)(rule, name);
            return new rule_1.Rule(name, rule, ruleset);
          }
          break;
        default:
          throw new Error("Invalid value");
      }
      return existingRule;
    }
    exports.mergeRule = mergeRule;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/mergers/rulesets.js
var require_rulesets = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/mergers/rulesets.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.mergeRulesets = void 0;
    function getExtension(extension) {
      return Array.isArray(extension) ? extension[0] : extension;
    }
    function getExtensions(extensions) {
      return (Array.isArray(extensions) ? extensions : [extensions]).map(getExtension);
    }
    function mergeRulesets(left, right, isOverride) {
      const ruleset = {
        ...left,
        ...right
      };
      if ("extends" in ruleset && "extends" in ruleset) {
        const rightExtensions = getExtensions(ruleset.extends);
        ruleset.extends = [
          ...(Array.isArray(ruleset.extends) ? ruleset.extends : [ruleset.extends]).filter((ext) => !rightExtensions.includes(getExtension(ext))),
          ...Array.isArray(ruleset.extends) ? ruleset.extends : [ruleset.extends]
        ];
      }
      if ("aliases" in left && "aliases" in right) {
        ruleset.aliases = {
          ...left.aliases,
          ...right.aliases
        };
      }
      if (!("rules" in left) || !("rules" in right))
        return ruleset;
      if (isOverride) {
        ruleset.rules = {
          ...left.rules,
          ...right.rules
        };
      } else {
        const r = ruleset;
        if (!("extends" in r)) {
          r.extends = left;
        } else if (Array.isArray(r.extends)) {
          r.extends = [...r.extends, left];
        } else {
          r.extends = [r.extends, left];
        }
      }
      return ruleset;
    }
    exports.mergeRulesets = mergeRulesets;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/ruleset.js
var require_ruleset = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/ruleset.js"(exports) {
    "use strict";
    var _Ruleset_instances;
    var _Ruleset_context;
    var _Ruleset_getRules;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Ruleset = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var path_1 = (init_index_es(), __toCommonJS(index_es_exports));
    var json_1 = (init_index_es2(), __toCommonJS(index_es_exports2));
    var minimatch_1 = require_minimatch2();
    var rule_1 = require_rule();
    var index_1 = require_validation();
    var rules_1 = require_rules();
    var __1 = require_dist7();
    var rulesets_1 = require_rulesets();
    var formats_1 = require_formats();
    var guards_1 = require_guards2();
    var STACK_SYMBOL = /* @__PURE__ */ Symbol("@stoplight/spectral/ruleset/#stack");
    var EXPLICIT_SEVERITY = /* @__PURE__ */ Symbol("@stoplight/spectral/ruleset/#explicit-severity");
    var DEFAULT_RULESET_FILE = /^\.?spectral\.(ya?ml|json|m?js)$/;
    var SEED = 1;
    var Ruleset = class _Ruleset {
      constructor(maybeDefinition, context) {
        var _a;
        this.maybeDefinition = maybeDefinition;
        _Ruleset_instances.add(this);
        this.id = SEED++;
        this.formats = new formats_1.Formats();
        _Ruleset_context.set(this, void 0);
        let definition;
        if ((0, json_1.isPlainObject)(maybeDefinition) && "extends" in maybeDefinition) {
          const { extends: _, ...def } = maybeDefinition;
          (0, index_1.assertValidRuleset)({ extends: [], ...def }, "js", context === null || context === void 0 ? void 0 : context.sourceContext);
          definition = maybeDefinition;
        } else {
          (0, index_1.assertValidRuleset)(maybeDefinition, "js", context === null || context === void 0 ? void 0 : context.sourceContext);
          definition = maybeDefinition;
        }
        this.definition = definition;
        tslib_1.__classPrivateFieldSet(this, _Ruleset_context, {
          severity: "recommended",
          ...context
        }, "f");
        let hasComplexAliases = false;
        this.aliases = definition.aliases === void 0 ? null : Object.fromEntries(Object.entries(definition.aliases).map((alias) => {
          const [name, value] = alias;
          if ((0, guards_1.isSimpleAliasDefinition)(value)) {
            return alias;
          }
          hasComplexAliases = true;
          const targets = value.targets.map((target) => ({
            formats: new formats_1.Formats(target.formats),
            given: target.given
          }));
          return [name, { ...value, targets }];
        }));
        this.hasComplexAliases = hasComplexAliases;
        const stack = (_a = context === null || context === void 0 ? void 0 : context[STACK_SYMBOL]) !== null && _a !== void 0 ? _a : /* @__PURE__ */ new Map();
        stack.set(this.definition, this);
        this.extends = "extends" in definition ? (Array.isArray(definition.extends) ? definition.extends : [definition.extends]).reduce((extensions, extension) => {
          let actualExtension;
          let severity = "recommended";
          const explicitSeverity = Array.isArray(extension);
          if (explicitSeverity) {
            [actualExtension, severity] = extension;
          } else {
            actualExtension = extension;
          }
          const existingInstance = stack.get(actualExtension);
          if (existingInstance !== void 0) {
            return extensions;
          }
          extensions.push(new _Ruleset(actualExtension, {
            severity,
            [STACK_SYMBOL]: stack,
            [EXPLICIT_SEVERITY]: explicitSeverity
          }));
          return extensions;
        }, []) : null;
        if (stack.size === 1 && definition.overrides) {
          this.overrides = definition.overrides;
        } else {
          this.overrides = null;
        }
        stack.delete(this.definition);
        if (Array.isArray(this.definition.formats)) {
          for (const format of this.definition.formats) {
            this.formats.add(format);
          }
        }
        if (Array.isArray(this.extends)) {
          for (const { formats } of this.extends) {
            for (const format of formats) {
              this.formats.add(format);
            }
          }
        }
        this.rules = tslib_1.__classPrivateFieldGet(this, _Ruleset_instances, "m", _Ruleset_getRules).call(this);
      }
      get source() {
        var _a;
        return (_a = tslib_1.__classPrivateFieldGet(this, _Ruleset_context, "f").source) !== null && _a !== void 0 ? _a : null;
      }
      fromSource(source) {
        if (this.overrides === null) {
          return this;
        }
        const { source: rulesetSource } = this;
        if (source === null) {
          throw new Error("Document must have some source assigned. If you use Spectral programmatically make sure to pass the source to Document");
        }
        if (rulesetSource === null) {
          throw new Error("Ruleset must have some source assigned. If you use Spectral programmatically make sure to pass the source to Ruleset");
        }
        const relativeSource = (0, path_1.relative)((0, path_1.dirname)(rulesetSource), source);
        const pointerOverrides = {};
        const overrides = this.overrides.flatMap(({ files, ...ruleset2 }) => {
          var _a, _b;
          const filteredFiles = [];
          for (const pattern of files) {
            const actualPattern = (_a = (0, json_1.extractSourceFromRef)(pattern)) !== null && _a !== void 0 ? _a : pattern;
            if (!(0, minimatch_1.minimatch)(relativeSource, actualPattern))
              continue;
            const pointer = (0, json_1.extractPointerFromRef)(pattern);
            if (actualPattern === pattern) {
              filteredFiles.push(pattern);
            } else if (!("rules" in ruleset2) || pointer === null) {
              throw new Error("Unknown error. The ruleset is presumably invalid.");
            } else {
              for (const [ruleName, rule] of Object.entries(ruleset2.rules)) {
                if (typeof rule === "object" || typeof rule === "boolean") {
                  throw new Error("Unknown error. The ruleset is presumably invalid.");
                }
                const { definition: rulePointerOverrides } = (_b = pointerOverrides[ruleName]) !== null && _b !== void 0 ? _b : pointerOverrides[ruleName] = {
                  rulesetSource,
                  definition: /* @__PURE__ */ new Map()
                };
                const severity = (0, __1.getDiagnosticSeverity)(rule);
                let sourceRulePointerOverrides = rulePointerOverrides.get(actualPattern);
                if (sourceRulePointerOverrides === void 0) {
                  sourceRulePointerOverrides = /* @__PURE__ */ new Map();
                  rulePointerOverrides.set(actualPattern, sourceRulePointerOverrides);
                }
                sourceRulePointerOverrides.set(pointer, severity);
              }
            }
          }
          return filteredFiles.length === 0 ? [] : ruleset2;
        });
        const { overrides: _, ...definition } = this.definition;
        if (overrides.length === 0 && Object.keys(pointerOverrides).length === 0) {
          return this;
        }
        const mergedOverrides = overrides.length === 0 ? null : overrides.length > 1 ? overrides.slice(1).reduce((left, right) => (0, rulesets_1.mergeRulesets)(left, right, true), overrides[0]) : overrides[0];
        const ruleset = new _Ruleset(mergedOverrides === null ? definition : (0, rulesets_1.mergeRulesets)(definition, mergedOverrides, false), {
          severity: "recommended",
          source: rulesetSource
        });
        for (const [ruleName, rulePointerOverrides] of Object.entries(pointerOverrides)) {
          if (ruleName in ruleset.rules) {
            ruleset.rules[ruleName].overrides = rulePointerOverrides;
          }
        }
        return ruleset;
      }
      get parserOptions() {
        return { ...__1.DEFAULT_PARSER_OPTIONS, ...this.definition.parserOptions };
      }
      static isDefaultRulesetFile(uri) {
        return DEFAULT_RULESET_FILE.test(uri);
      }
      toJSON() {
        return {
          id: this.id,
          extends: this.extends,
          source: this.source,
          aliases: this.aliases,
          formats: this.formats.size === 0 ? null : this.formats,
          rules: this.rules,
          overrides: this.overrides,
          parserOptions: this.parserOptions
        };
      }
    };
    exports.Ruleset = Ruleset;
    _Ruleset_context = /* @__PURE__ */ new WeakMap(), _Ruleset_instances = /* @__PURE__ */ new WeakSet(), _Ruleset_getRules = function _Ruleset_getRules2() {
      const rules = {};
      if (this.extends !== null && this.extends.length > 0) {
        for (const extendedRuleset of this.extends) {
          if (extendedRuleset === this)
            continue;
          for (const rule of Object.values(extendedRuleset.rules)) {
            rules[rule.name] = rule;
            if (tslib_1.__classPrivateFieldGet(this, _Ruleset_context, "f")[STACK_SYMBOL] !== void 0 && tslib_1.__classPrivateFieldGet(this, _Ruleset_context, "f")[EXPLICIT_SEVERITY] === true) {
              rule.enabled = rule_1.Rule.isEnabled(rule, tslib_1.__classPrivateFieldGet(this, _Ruleset_context, "f").severity);
            }
          }
        }
      }
      if ("rules" in this.definition) {
        for (const [name, definition] of Object.entries(this.definition.rules)) {
          const rule = (0, rules_1.mergeRule)(rules[name], name, definition, this);
          rules[name] = rule;
          if (rule.owner === this || tslib_1.__classPrivateFieldGet(this, _Ruleset_context, "f")[EXPLICIT_SEVERITY] === true) {
            rule.enabled = rule_1.Rule.isEnabled(rule, tslib_1.__classPrivateFieldGet(this, _Ruleset_context, "f").severity);
          }
          if (rule.formats !== null) {
            for (const format of rule.formats) {
              this.formats.add(format);
            }
          } else if (rule.owner !== this) {
            rule.formats = rule.owner.definition.formats === void 0 ? null : new formats_1.Formats(rule.owner.definition.formats);
          } else if (this.definition.formats !== void 0) {
            rule.formats = new formats_1.Formats(this.definition.formats);
          }
          if (this.definition.documentationUrl !== void 0 && rule.documentationUrl === null) {
            rule.documentationUrl = `${this.definition.documentationUrl}#${name}`;
          }
        }
      }
      return rules;
    };
  }
});

// node_modules/@stoplight/spectral-core/dist/utils/generateDocumentWideResult.js
var require_generateDocumentWideResult = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/utils/generateDocumentWideResult.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.generateDocumentWideResult = void 0;
    var document_1 = require_document();
    var generateDocumentWideResult = (document2, message, severity, code) => {
      var _a;
      return {
        range: (_a = document2.getRangeForJsonPath([], true)) !== null && _a !== void 0 ? _a : document_1.Document.DEFAULT_RANGE,
        message,
        code,
        severity,
        ...document2.source !== null ? { source: document2.source } : null,
        path: []
      };
    };
    exports.generateDocumentWideResult = generateDocumentWideResult;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/function.js
var require_function2 = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/function.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createRulesetFunction = exports.RulesetFunctionValidationError = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var ajv_1 = tslib_1.__importDefault(require_ajv());
    var ajv_formats_1 = tslib_1.__importDefault(require_dist5());
    var ajv_errors_1 = tslib_1.__importDefault(require_dist6());
    var spectral_runtime_1 = require_dist2();
    var index_1 = require_validation();
    var lodash_1 = require_lodash();
    var AggregateError2 = require_es_aggregate_error();
    var ajv = new ajv_1.default({ allErrors: true, allowUnionTypes: true, strict: true, keywords: ["x-internal"] });
    (0, ajv_errors_1.default)(ajv);
    (0, ajv_formats_1.default)(ajv);
    var RulesetFunctionValidationError = class _RulesetFunctionValidationError extends index_1.RulesetValidationError {
      constructor(fn, error) {
        super("invalid-function-options", _RulesetFunctionValidationError.printMessage(fn, error), _RulesetFunctionValidationError.getPath(error));
      }
      static getPath(error) {
        const path = [
          "functionOptions",
          ...error.instancePath === "" ? [] : error.instancePath.slice(1).split("/")
        ];
        switch (error.keyword) {
          case "additionalProperties": {
            const additionalProperty = error.params.additionalProperty;
            path.push(additionalProperty);
            break;
          }
        }
        return path;
      }
      static printMessage(fn, error) {
        var _a;
        switch (error.keyword) {
          case "type": {
            const path = (0, spectral_runtime_1.printPath)(error.instancePath.slice(1).split("/"), spectral_runtime_1.PrintStyle.Dot);
            const values = Array.isArray(error.params.type) ? error.params.type.join(", ") : String(error.params.type);
            return `"${fn}" function and its "${path}" option accepts only the following types: ${values}`;
          }
          case "required": {
            const missingProperty = error.params.missingProperty;
            const missingPropertyPath = error.instancePath === "" ? missingProperty : (0, spectral_runtime_1.printPath)([...error.instancePath.slice(1).split("/"), missingProperty], spectral_runtime_1.PrintStyle.Dot);
            return `"${fn}" function is missing "${missingPropertyPath}" option`;
          }
          case "additionalProperties": {
            const additionalProperty = error.params.additionalProperty;
            const additionalPropertyPath = error.instancePath === "" ? additionalProperty : (0, spectral_runtime_1.printPath)([...error.instancePath.slice(1).split("/"), additionalProperty], spectral_runtime_1.PrintStyle.Dot);
            return `"${fn}" function does not support "${additionalPropertyPath}" option`;
          }
          case "enum": {
            const path = (0, spectral_runtime_1.printPath)(error.instancePath.slice(1).split("/"), spectral_runtime_1.PrintStyle.Dot);
            const values = error.params.allowedValues.map(spectral_runtime_1.printValue).join(", ");
            return `"${fn}" function and its "${path}" option accepts only the following values: ${values}`;
          }
          default:
            return (_a = error.message) !== null && _a !== void 0 ? _a : "unknown error";
        }
      }
    };
    exports.RulesetFunctionValidationError = RulesetFunctionValidationError;
    var DEFAULT_OPTIONS_VALIDATOR = (o) => o === null;
    function createRulesetFunction({ input, errorOnInvalidInput = false, options }, fn) {
      const validateOptions = options === null ? DEFAULT_OPTIONS_VALIDATOR : ajv.compile(options);
      const validateInput = input !== null ? ajv.compile(input) : input;
      const wrappedFn = function(input2, options2, ...args) {
        var _a, _b, _c;
        if ((validateInput === null || validateInput === void 0 ? void 0 : validateInput(input2)) === false) {
          if (errorOnInvalidInput) {
            return [
              {
                message: (_c = (_b = (_a = validateInput.errors) === null || _a === void 0 ? void 0 : _a.find((error) => error.keyword === "errorMessage")) === null || _b === void 0 ? void 0 : _b.message) !== null && _c !== void 0 ? _c : "invalid input"
              }
            ];
          }
          return;
        }
        wrappedFn.validator(options2);
        return fn(input2, options2, ...args);
      };
      Reflect.defineProperty(wrappedFn, "name", { value: fn.name });
      const validOpts = /* @__PURE__ */ new WeakSet();
      wrappedFn.validator = function(o) {
        if ((0, lodash_1.isObject)(o) && validOpts.has(o))
          return;
        if (validateOptions(o)) {
          if ((0, lodash_1.isObject)(o))
            validOpts.add(o);
          return;
        }
        if (options === null) {
          throw new index_1.RulesetValidationError("invalid-function-options", `"${fn.name || "<unknown>"}" function does not accept any options`, ["functionOptions"]);
        } else if ("errors" in validateOptions && Array.isArray(validateOptions.errors) && validateOptions.errors.length > 0) {
          throw new AggregateError2(validateOptions.errors.map((error) => new RulesetFunctionValidationError(fn.name || "<unknown>", error)));
        } else {
          throw new index_1.RulesetValidationError("invalid-function-options", `"functionOptions" of "${fn.name || "<unknown>"}" function must be valid`, ["functionOptions"]);
        }
      };
      Reflect.defineProperty(wrappedFn, "schemas", {
        enumerable: false,
        value: {
          input,
          options
        }
      });
      return wrappedFn;
    }
    exports.createRulesetFunction = createRulesetFunction;
  }
});

// node_modules/@stoplight/spectral-core/dist/ruleset/index.js
var require_ruleset2 = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/ruleset/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Rule = exports.Formats = exports.Ruleset = exports.createRulesetFunction = exports.getDiagnosticSeverity = exports.RulesetValidationError = exports.assertValidRuleset = void 0;
    var index_1 = require_validation();
    Object.defineProperty(exports, "assertValidRuleset", { enumerable: true, get: function() {
      return index_1.assertValidRuleset;
    } });
    Object.defineProperty(exports, "RulesetValidationError", { enumerable: true, get: function() {
      return index_1.RulesetValidationError;
    } });
    var severity_1 = require_severity();
    Object.defineProperty(exports, "getDiagnosticSeverity", { enumerable: true, get: function() {
      return severity_1.getDiagnosticSeverity;
    } });
    var function_1 = require_function2();
    Object.defineProperty(exports, "createRulesetFunction", { enumerable: true, get: function() {
      return function_1.createRulesetFunction;
    } });
    var ruleset_1 = require_ruleset();
    Object.defineProperty(exports, "Ruleset", { enumerable: true, get: function() {
      return ruleset_1.Ruleset;
    } });
    var formats_1 = require_formats();
    Object.defineProperty(exports, "Formats", { enumerable: true, get: function() {
      return formats_1.Formats;
    } });
    var rule_1 = require_rule();
    Object.defineProperty(exports, "Rule", { enumerable: true, get: function() {
      return rule_1.Rule;
    } });
  }
});

// node_modules/@stoplight/spectral-core/dist/types/spectral.js
var require_spectral = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/types/spectral.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@stoplight/spectral-core/dist/types/function.js
var require_function3 = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/types/function.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@stoplight/spectral-core/dist/types/index.js
var require_types = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/types/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    tslib_1.__exportStar(require_spectral(), exports);
    tslib_1.__exportStar(require_function3(), exports);
  }
});

// node_modules/@stoplight/spectral-core/dist/spectral.js
var require_spectral2 = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/spectral.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Spectral = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var json_1 = (init_index_es2(), __toCommonJS(index_es_exports2));
    var types_1 = require_dist4();
    var Parsers = tslib_1.__importStar(require_dist());
    var spectral_ref_resolver_1 = require_dist3();
    var document_1 = require_document();
    var documentInventory_1 = require_documentInventory();
    var runner_1 = require_runner2();
    var ruleset_1 = require_ruleset();
    var generateDocumentWideResult_1 = require_generateDocumentWideResult();
    var ruleset_2 = require_ruleset2();
    tslib_1.__exportStar(require_types(), exports);
    var Spectral = class {
      constructor(opts) {
        this.opts = opts;
        if ((opts === null || opts === void 0 ? void 0 : opts.resolver) !== void 0) {
          this._resolver = opts.resolver;
        } else {
          this._resolver = (0, spectral_ref_resolver_1.createHttpAndFileResolver)();
        }
      }
      parseDocument(target) {
        return target instanceof document_1.Document ? target : (0, document_1.isParsedResult)(target) ? new document_1.ParsedDocument(target) : new document_1.Document(typeof target === "string" ? target : (0, json_1.stringify)(target, void 0, 2), Parsers.Yaml);
      }
      async runWithResolved(target, opts = {}) {
        if (this.ruleset === void 0) {
          throw new Error("No ruleset has been defined. Have you called setRuleset()?");
        }
        const document2 = this.parseDocument(target);
        const ruleset = this.ruleset.fromSource(document2.source);
        const inventory = new documentInventory_1.DocumentInventory(document2, this._resolver);
        await inventory.resolve();
        const runner = new runner_1.Runner(inventory);
        runner.results.push(...this._filterParserErrors(document2.diagnostics, ruleset.parserOptions));
        if (document2.formats === void 0) {
          const foundFormats = [...ruleset.formats].filter((format) => format(inventory.resolved, document2.source));
          if (foundFormats.length === 0 && opts.ignoreUnknownFormat !== true) {
            document2.formats = null;
            if (ruleset.formats.size > 0) {
              runner.addResult(this._generateUnrecognizedFormatError(document2, Array.from(ruleset.formats)));
            }
          } else {
            document2.formats = new Set(foundFormats);
          }
        }
        await runner.run(ruleset);
        const results = runner.getResults();
        return {
          resolved: inventory.resolved,
          results
        };
      }
      async run(target, opts = {}) {
        return (await this.runWithResolved(target, opts)).results;
      }
      setRuleset(ruleset) {
        this.ruleset = ruleset instanceof ruleset_1.Ruleset ? ruleset : new ruleset_1.Ruleset(ruleset);
      }
      _generateUnrecognizedFormatError(document2, formats) {
        return (0, generateDocumentWideResult_1.generateDocumentWideResult)(document2, `The provided document does not match any of the registered formats [${formats.map((fn) => {
          var _a;
          return (_a = fn.displayName) !== null && _a !== void 0 ? _a : fn.name;
        }).join(", ")}]`, types_1.DiagnosticSeverity.Warning, "unrecognized-format");
      }
      _filterParserErrors(diagnostics, parserOptions) {
        return diagnostics.reduce((diagnostics2, diagnostic) => {
          if (diagnostic.code !== "parser")
            return diagnostics2;
          let severity;
          if (diagnostic.message.startsWith("Mapping key must be a string scalar rather than")) {
            severity = (0, ruleset_2.getDiagnosticSeverity)(parserOptions.incompatibleValues);
          } else if (diagnostic.message.startsWith("Duplicate key")) {
            severity = (0, ruleset_2.getDiagnosticSeverity)(parserOptions.duplicateKeys);
          } else {
            diagnostics2.push(diagnostic);
            return diagnostics2;
          }
          if (severity !== -1) {
            diagnostics2.push(diagnostic);
            diagnostic.severity = severity;
          }
          return diagnostics2;
        }, []);
      }
    };
    exports.Spectral = Spectral;
  }
});

// node_modules/@stoplight/spectral-core/dist/index.js
var require_dist7 = __commonJS({
  "node_modules/@stoplight/spectral-core/dist/index.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParsedDocument = exports.Document = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    tslib_1.__exportStar(require_consts(), exports);
    tslib_1.__exportStar(require_spectral2(), exports);
    var document_1 = require_document();
    Object.defineProperty(exports, "Document", { enumerable: true, get: function() {
      return document_1.Document;
    } });
    Object.defineProperty(exports, "ParsedDocument", { enumerable: true, get: function() {
      return document_1.ParsedDocument;
    } });
    tslib_1.__exportStar(require_ruleset2(), exports);
  }
});

export {
  require_dist6 as require_dist,
  require_dist7 as require_dist2
};
