import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  findUnits,
  globError,
  matchesAny,
  require_semver,
  unitSlug,
  versionAt
} from "./chunk-AIILTFQY.js";
import {
  DEBT_NOTE,
  currentShown,
  shownWarnings
} from "./chunk-Y6SHEXDG.js";
import {
  Documents,
  MapTree,
  RULES,
  UnsafePattern,
  codeSpan,
  filterTree,
  findRule,
  oneLine,
  require_ucs2length,
  safeLinePattern,
  sameContent,
  sha256,
  toCrlf
} from "./chunk-QIUMXQTK.js";
import {
  ContractsLayout,
  FROZEN_DIR,
  InputError,
  Oversized,
  TreeBudget,
  UsageError,
  isBinary,
  overSizeLimit,
  parseText,
  reachedFrom,
  unlessUnreadable,
  withheld
} from "./chunk-SISG3UZI.js";
import {
  ROLES,
  SCHEMA_CONTEXTS,
  __commonJS,
  __export,
  __require,
  __toESM,
  compareText,
  counted,
  diagnosticText,
  maxLevel,
  pushTo
} from "./chunk-QGZXPBIK.js";

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m2 = s * 60;
    var h3 = m2 * 60;
    var d2 = h3 * 24;
    var w2 = d2 * 7;
    var y2 = d2 * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str2) {
      str2 = String(str2);
      if (str2.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str2
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y2;
        case "weeks":
        case "week":
        case "w":
          return n * w2;
        case "days":
        case "day":
        case "d":
          return n * d2;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h3;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m2;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return Math.round(ms2 / d2) + "d";
      }
      if (msAbs >= h3) {
        return Math.round(ms2 / h3) + "h";
      }
      if (msAbs >= m2) {
        return Math.round(ms2 / m2) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms2 / s) + "s";
      }
      return ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return plural(ms2, msAbs, d2, "day");
      }
      if (msAbs >= h3) {
        return plural(ms2, msAbs, h3, "hour");
      }
      if (msAbs >= m2) {
        return plural(ms2, msAbs, m2, "minute");
      }
      if (msAbs >= s) {
        return plural(ms2, msAbs, s, "second");
      }
      return ms2 + " ms";
    }
    function plural(ms2, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms2 = curr - (prevTime || curr);
          self.diff = ms2;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v2) => {
            enableOverride = v2;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns2 of split) {
          if (ns2[0] === "-") {
            createDebug.skips.push(ns2.slice(1));
          } else {
            createDebug.names.push(ns2);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns2 of createDebug.names) {
          if (matchesTemplate(name, ns2)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load2;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m2;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m2 = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m2[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c3 = "color: " + this.color;
      args.splice(1, 0, c3, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c3);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load2() {
      let r2;
      try {
        r2 = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r2 && typeof process !== "undefined" && "env" in process) {
        r2 = process.env.DEBUG;
      }
      return r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v2) {
      try {
        return JSON.stringify(v2);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load2;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = __require("supports-color");
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_3, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c3 = this.color;
        const colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load2() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts).split("\n").map((str2) => str2.trim()).join(" ");
    };
    formatters.O = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __require("fs");
    var debug_1 = __importDefault(require_src());
    var log = debug_1.default("@kwsites/file-exists");
    function check(path, isFile, isDirectory) {
      log(`checking %s`, path);
      try {
        const stat = fs_1.statSync(path);
        if (stat.isFile() && isFile) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat.isDirectory() && isDirectory) {
          log(`[OK] path represents a directory`);
          return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
      } catch (e) {
        if (e.code === "ENOENT") {
          log(`[FAIL] path is not accessible: %o`, e);
          return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
      }
    }
    function exists(path, type = exports.READABLE) {
      return check(path, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
    }
    exports.exists = exists;
    exports.FILE = 1;
    exports.FOLDER = 2;
    exports.READABLE = exports.FILE + exports.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports) {
    "use strict";
    function __export2(m2) {
      for (var p2 in m2) if (!exports.hasOwnProperty(p2)) exports[p2] = m2[p2];
    }
    Object.defineProperty(exports, "__esModule", { value: true });
    __export2(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDeferred = exports.deferred = void 0;
    function deferred() {
      let done;
      let fail;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
      });
      return {
        promise,
        done(result) {
          if (status === "pending") {
            status = "resolved";
            done(result);
          }
        },
        fail(error) {
          if (status === "pending") {
            status = "rejected";
            fail(error);
          }
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports.deferred = deferred;
    exports.createDeferred = deferred;
    exports.default = deferred;
  }
});

// src/cli/commands/freeze.ts
import { join as join4 } from "node:path";
import { parseArgs } from "node:util";

// src/adapters/fs-tree.ts
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, relative, resolve, sep } from "node:path";
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
      const walk = (dir) => {
        let entries;
        try {
          entries = readdirSync(dir);
        } catch {
          return;
        }
        for (const name of entries) {
          if (SKIP_DIRS.has(name)) continue;
          const full = join(dir, name);
          const st2 = lstatSync(full);
          if (st2.isSymbolicLink()) continue;
          if (st2.isDirectory()) {
            if (!this.nested(full)) walk(full);
          } else if (st2.isFile()) out.push(relative(this.root, full).split(sep).join("/"));
        }
      };
      for (const prefix of this.prefixes) walk(join(this.root, prefix));
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
    let is2 = this.repositories.get(dir);
    if (is2 === void 0) this.repositories.set(dir, is2 = dir !== this.root && existsSync(join(dir, ".git")));
    return is2;
  }
  readNow(path) {
    const full = resolve(this.root, path);
    if (full !== this.root && !full.startsWith(this.root + sep)) return void 0;
    for (let dir = dirname(full); dir.startsWith(this.root + sep); dir = dirname(dir)) if (this.nested(dir)) return void 0;
    try {
      const st2 = lstatSync(full);
      if (!st2.isFile()) return void 0;
      this.realRoot ??= realpathSync.native(this.root);
      const real = realpathSync.native(full);
      if (!real.startsWith(this.realRoot + sep)) return void 0;
      return withheld(st2.size, () => blobId(real, st2.size), this.budget) ?? readFileSync(real);
    } catch {
      return void 0;
    }
  }
};
function blobId(path, size) {
  const hash = createHash("sha1").update(`blob ${size}\0`);
  const chunk = Buffer.alloc(1 << 20);
  const fd = openSync(path, "r");
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

// node_modules/@simple-git/args-pathspec/dist/index.mjs
var t = /* @__PURE__ */ new WeakMap();
function c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}

// node_modules/simple-git/dist/index.mjs
var import_file_exists = __toESM(require_dist(), 1);
var import_debug = __toESM(require_src(), 1);
var import_promise_deferred = __toESM(require_dist2(), 1);
import { spawn as ve } from "node:child_process";
import { normalize as Se } from "node:path";

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* x(e, n) {
  const t2 = n === "global";
  for (const o2 of e)
    o2.isGlobal === t2 && (yield o2);
}
var P = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]);
var S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]);
var E = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]);
var F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function A(e, n) {
  for (const { name: o2 } of x(e, "task")) {
    if (P.has(o2))
      return w(true, n);
    if (S.has(o2))
      return w(false, n);
  }
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : E.has(t2) ? w(true, n.slice(1)) : F.has(t2) ? w(false, n.slice(1)) : n.length === 1 ? w(false, n) : w(true, n);
}
function w(e = false, n = []) {
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t2,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t2 = N(n), o2 = t2 && G(n.value);
    o2 && (yield {
      ...o2,
      scope: t2
    });
  }
}
function D(e, n, t2) {
  const o2 = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o2,
    M(n),
    A(n, t2)
  ), o2;
}
function L(e, n, t2) {
  if (t2 === null)
    return;
  const o2 = O(n, t2);
  t2.isWrite ? e.write.push(o2) : e.read.push(o2);
}
var C = {
  short: /* @__PURE__ */ new Map([
    ["c", true]
    //  -c <k=v>    set config key for this invocation
  ])
};
var I = {
  short: new Map([
    ["C", true],
    //  -C <path>   change working directory
    ["P", false],
    // -P          no pager (alias for --no-pager)
    ["h", false],
    // -h          help
    ["p", false],
    // -p          paginate
    ["v", false],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
};
var R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", true],
      // -b <branch>
      ["j", true],
      // -j <n>          parallel jobs
      ["l", false],
      // -l local
      ["n", false],
      // -n no-checkout
      ["o", true],
      // -o <name>       remote name
      ["q", false],
      // -q quiet
      ["s", false],
      // -s shared
      ["u", true]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", true],
      // -C <commit>  reuse message
      ["F", true],
      // -F <file>    read message from file
      ["c", true],
      // -c <commit>  reedit message
      ["m", true],
      // -m <msg>
      ["t", true]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", false],
      // -e  open editor
      ["f", true],
      //  -f <file>
      ["l", false]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  },
  rebase: {
    short: /* @__PURE__ */ new Map([
      ["X", true],
      // -X <option>   strategy option
      ["f", false],
      // -f force-rebase
      ["i", false],
      // -i interactive
      ["k", false],
      // -k keep-base
      ["m", false],
      // -m merge
      ["n", false],
      // -n no-stat
      ["q", false],
      // -q quiet
      ["r", false],
      // -r rebase-merges
      ["s", true],
      // -s <strategy>
      ["v", false],
      // -v verbose
      ["x", true]
      // -x <cmd>      exec
    ]),
    long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
  }
};
var T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t2 = e.indexOf("=");
    if (t2 > 2)
      return [{ name: e.slice(0, t2), value: e.slice(t2 + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o2) }];
  }
  if (e.length === 2) {
    const t2 = e.charAt(1), o2 = n.short.get(t2);
    return [{ name: e, needsNext: o2 === true }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t2 = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < t2.length; a++) {
    const s = t2[a], r2 = n.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: false }];
    if (r2) {
      const i = t2.slice(a + 1).join("");
      if (i && ![...i].every((m2) => n.has(m2)))
        return o2.push({ name: `-${s}`, value: i, needsNext: false }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function W(e, n = []) {
  let t2 = 0;
  for (; t2 < e.length; ) {
    const o2 = String(e[t2]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const a = b(o2);
    let s = t2 + 1;
    for (const r2 of a) {
      const i = {
        name: r2.name,
        value: r2.value,
        absorbedNext: false,
        isGlobal: true
      };
      r2.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = true, s++), n.push(i);
    }
    t2 = s;
  }
  return { flags: n, taskIndex: t2 };
}
function V(e, n, t2 = []) {
  const o2 = B(n), a = [], s = [];
  let r2 = 0;
  for (; r2 < e.length; ) {
    const i = e[r2];
    if (r(i)) {
      s.push(...o(i)), r2++;
      continue;
    }
    const p2 = String(i);
    if (p2 === "--") {
      for (let d2 = r2 + 1; d2 < e.length; d2++) {
        const g2 = e[d2];
        r(g2) ? s.push(...o(g2)) : s.push(String(g2));
      }
      break;
    }
    if (!p2.startsWith("-") || p2.length < 2) {
      a.push(p2), r2++;
      continue;
    }
    const m2 = b(p2, o2);
    let u2 = r2 + 1;
    for (const d2 of m2) {
      const g2 = {
        name: d2.name,
        value: d2.value,
        absorbedNext: false,
        isGlobal: false
      };
      d2.needsNext && g2.value === void 0 && u2 < e.length && !r(e[u2]) && (g2.value = String(e[u2]), g2.absorbedNext = true, u2++), t2.push(g2);
    }
    r2 = u2;
  }
  return { flags: t2, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t2 of K) {
      const o2 = t2(n.key);
      o2 && (yield o2);
    }
}
function f(e, n, t2 = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t2} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t2 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t2, n, e);
}
var K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function* H(e, n) {
  for (const t2 of n)
    for (const o2 of X) {
      const a = o2(e, t2);
      a && (yield a);
    }
}
function c2(e, n, t2, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t2}`;
  return function(m2, u2) {
    if (!(e && m2 !== e) && !(a && !u2.isGlobal) && !(s && u2.value === void 0) && r2.test(u2.name))
      return {
        category: t2,
        message: i
      };
  };
}
var h = { globalOnly: true, withValue: true };
var X = [
  c2(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c2("clone", /^-\w*u/, "allowUnsafePack"),
  c2("clone", "--u", "allowUnsafePack"),
  c2("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c2("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c2(null, "--template", "allowUnsafeTemplateDir"),
  c2(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c2(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c2(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c2(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
function k(e, n, t2) {
  return [...H(e, n), ...q(t2)];
}
function Y(...e) {
  const { flags: n, taskIndex: t2 } = W(e), o2 = t2 < e.length ? String(e[t2]).toLowerCase() : null, a = o2 !== null ? e.slice(t2 + 1) : [], { positionals: s, pathspecs: r2 } = V(a, o2, n), i = D(o2, n, s);
  return {
    task: o2,
    flags: n.map(J),
    paths: r2,
    config: i,
    vulnerabilities: z(k(o2, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
var y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t2 = 0; t2 < n; t2++) {
    const o2 = e[`git_config_key_${t2}`], a = e[`git_config_value_${t2}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t2 = y[n];
      yield {
        category: t2,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t2}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t2, o2] of Object.entries(e)) {
    const a = t2.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o2));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t2 = {
    read: [],
    write: [...Q(n)]
  }, o2 = [
    ...Z(n),
    ...k(null, [], t2)
  ];
  return {
    config: t2,
    vulnerabilities: o2
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}

// node_modules/simple-git/dist/index.mjs
import { EventEmitter as Ce } from "node:events";
var O2 = class extends Error {
  constructor(e, n) {
    super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var Ae = class extends O2 {
  constructor(e, n) {
    super(void 0, n), this.config = e;
  }
};
var A2 = class extends O2 {
  constructor(e, n, r2) {
    super(e, r2), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var at = class extends O2 {
  constructor(e, n) {
    super(void 0, n || String(e)), this.git = e;
  }
};
var xe = class extends O2 {
  constructor(e) {
    super(void 0, e);
  }
};
var I2 = "\0";
var W2 = () => {
};
function Ne(t2) {
  return typeof t2 != "function" ? W2 : t2;
}
function $e(t2) {
  return typeof t2 == "function" && t2 !== W2;
}
function Pe(t2, e) {
  const n = t2.indexOf(e);
  return n <= 0 ? [t2, ""] : [t2.substr(0, n), t2.substr(n + 1)];
}
function Me(t2, e = 0) {
  return Dt(t2) && t2.length > e ? t2[e] : void 0;
}
function N2(t2, e = 0) {
  if (Dt(t2) && t2.length > e)
    return t2[t2.length - 1 - e];
}
function Dt(t2) {
  return Bt(t2);
}
function H2(t2 = "", e = true, n = `
`) {
  return t2.split(n).reduce((r2, s) => {
    const o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ut(t2, e) {
  return H2(t2, true).map((n) => e(n));
}
function Lt(t2) {
  return (0, import_file_exists.exists)(t2, import_file_exists.FOLDER);
}
function S2(t2, e) {
  return Array.isArray(t2) ? t2.includes(e) || t2.push(e) : t2.add(e), e;
}
function De(t2, e) {
  return Array.isArray(t2) && !t2.includes(e) && t2.push(e), t2;
}
function ct(t2, e) {
  if (Array.isArray(t2)) {
    const n = t2.indexOf(e);
    n >= 0 && t2.splice(n, 1);
  } else
    t2.delete(e);
  return e;
}
var ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t2) {
  return Array.isArray(t2) ? t2 : [t2];
}
function jt(t2) {
  return t2.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function L2(t2) {
  return v(t2).map((e) => e instanceof String ? e : String(e));
}
function p(t2, e = 0) {
  if (t2 == null)
    return e;
  const n = parseInt(t2, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t2, e) {
  const n = [];
  for (let r2 = 0, s = t2.length; r2 < s; r2++)
    n.push(e, t2[r2]);
  return n;
}
function F2(t2) {
  return (Array.isArray(t2) ? Buffer.concat(t2) : t2).toString("utf-8");
}
function Le(t2) {
  return t2 ? Buffer.isBuffer(t2) ? t2.length : Buffer.byteLength(t2) : 0;
}
function je(t2, e) {
  const n = {};
  return e.forEach((r2) => {
    t2[r2] !== void 0 && (n[r2] = t2[r2]);
  }), n;
}
function wt(t2 = 0) {
  return new Promise((e) => setTimeout(e, t2));
}
function bt(t2) {
  if (t2 !== false)
    return t2;
}
function d(t2, e, n) {
  return e(t2) ? t2 : arguments.length > 2 ? n : void 0;
}
var K2 = (t2) => Array.isArray(t2);
function st(t2, e) {
  const n = r(t2) ? "string" : typeof t2;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
var m = (t2) => typeof t2 == "string" || r(t2);
var Be = (t2) => m(t2) || Buffer.isBuffer(t2);
var G2 = (t2) => m(t2) || Array.isArray(t2) && t2.every(m);
function lt(t2) {
  return !!t2 && ft(t2) === "[object Object]";
}
function Ie(t2) {
  return typeof t2 == "function";
}
var Bt = (t2) => t2 == null || "number|boolean|function".includes(typeof t2) ? false : typeof t2.length == "number";
var V2 = /* @__PURE__ */ ((t2) => (t2[t2.SUCCESS = 0] = "SUCCESS", t2[t2.ERROR = 1] = "ERROR", t2[t2.NOT_FOUND = -2] = "NOT_FOUND", t2[t2.UNCLEAN = 128] = "UNCLEAN", t2))(V2 || {});
var z2 = class _z {
  constructor(e, n) {
    this.stdOut = e, this.stdErr = n;
  }
  asStrings() {
    return new _z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
  }
};
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
var l2 = class {
  constructor(e, n) {
    this.matches = [], this.useMatches = Ue, this.parse = (r2, s) => (this.resetMatches(), this._regExp.every((o2, i) => this.addMatch(o2, i, r2(i))) ? this.useMatches(s, this.prepareMatches()) !== false : false), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
  }
  resetMatches() {
    this.matches.length = 0;
  }
  prepareMatches() {
    return this.matches;
  }
  addMatch(e, n, r2) {
    const s = r2 && e.exec(r2);
    return s && this.pushMatch(n, s), !!s;
  }
  pushMatch(e, n) {
    this.matches.push(...n.slice(1));
  }
};
var x2 = class extends l2 {
  addMatch(e, n, r2) {
    return /^remote:\s/.test(String(r2)) && super.addMatch(e, n, r2);
  }
  pushMatch(e, n) {
    (e > 0 || n.length > 1) && super.pushMatch(e, n);
  }
};
var Fe = {
  binary: "git",
  maxConcurrentProcesses: 5,
  config: [],
  trimmed: false
};
function Ge(...t2) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t2.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
}
function It(t2, e = []) {
  return lt(t2) ? Object.keys(t2).reduce((n, r2) => {
    const s = t2[r2];
    if (r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r2 + "=" + s);
    else if (Array.isArray(s))
      for (const o2 of s)
        st(o2, ["string", "number"]) || n.push(r2 + "=" + o2);
    else
      n.push(r2);
    return n;
  }, e) : e;
}
function h2(t2, e = 0, n = false) {
  const r2 = [];
  for (let s = 0, o2 = e < 0 ? t2.length : e; s < o2; s++)
    "string|number".includes(typeof t2[s]) && r2.push(String(t2[s]));
  return It(ht(t2), r2), n || r2.push(...ze(t2)), r2;
}
function ze(t2) {
  const e = typeof N2(t2) == "function";
  return L2(d(N2(t2, e ? 1 : 0), K2, []));
}
function ht(t2) {
  const e = Ie(N2(t2));
  return d(N2(t2, e ? 1 : 0), lt);
}
function u(t2, e = true) {
  const n = Ne(N2(t2));
  return e || $e(n) ? n : void 0;
}
function Tt(t2, e) {
  return t2(e.stdOut, e.stdErr);
}
function E2(t2, e, n, r2 = true) {
  return v(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      const c3 = (y2 = 0) => {
        if (!(i + y2 >= a))
          return o2[i + y2];
      };
      e.some(({ parse: y2 }) => y2(c3, t2));
    }
  }), t2;
}
var mt = ({ exitCode: t2 }, e, n, r2) => {
  if (t2 === V2.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r2(e);
};
var Ut = (t2) => t2.trim() === "true";
function We(t2) {
  switch (t2) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t2) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t2));
}
var Xe = class {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
};
var Ye = /^[a-z]+\s*/i;
var Qe = /^[a-z]+\s+[a-z]+\s*/i;
var Je = /\/$/;
function Ze(t2, e) {
  const n = new Xe(t2), r2 = t2 ? Qe : Ye;
  return H2(e).forEach((s) => {
    const o2 = s.replace(r2, "");
    n.paths.push(o2), (Je.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
var Ft = [];
function tn(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser: t2
  };
}
function b2(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t2 == "string" ? new xe(t2) : t2;
    }
  };
}
function g(t2, e = false) {
  return {
    commands: t2,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t2) {
  return {
    commands: t2,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t2) {
  return t2.format === "buffer";
}
function kt(t2) {
  return t2.format === "empty" || !t2.commands.length;
}
var nn = "Git clean interactive mode is not supported";
var rn = 'Git clean mode parameter ("n" or "f") is required';
var sn = "Git clean unknown option found in: ";
var zt = /* @__PURE__ */ ((t2) => (t2.DRY_RUN = "n", t2.FORCE = "f", t2.IGNORED_INCLUDED = "x", t2.IGNORED_ONLY = "X", t2.EXCLUDING = "e", t2.QUIET = "q", t2.RECURSIVE = "d", t2))(zt || {});
var qt = /* @__PURE__ */ new Set([
  "i",
  ...L2(Object.values(zt))
]);
function on(t2, e) {
  const { cleanMode: n, options: r2, valid: s } = cn(t2);
  return n ? s.options ? (r2.push(...e), r2.some(hn) ? b2(nn) : an(n, r2)) : b2(sn + JSON.stringify(t2)) : b2(rn);
}
function an(t2, e) {
  return {
    commands: ["clean", `-${t2}`, ...e],
    format: "utf-8",
    parser(r2) {
      return Ze(t2 === "n", r2);
    }
  };
}
function un(t2) {
  return Array.isArray(t2) && t2.every((e) => qt.has(e));
}
function cn(t2) {
  let e, n = [], r2 = { cleanMode: false, options: true };
  return t2.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r2.cleanMode = true) : r2.options = r2.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function fn(t2) {
  return t2 === "f" || t2 === "n";
}
function ln(t2) {
  return /^-[a-z]$/i.test(t2) && qt.has(t2.charAt(1));
}
function hn(t2) {
  return /^-[^\-]/.test(t2) ? t2.indexOf("i") > 0 : t2 === "--interactive";
}
var mn = class {
  constructor() {
    this.files = [], this.values = /* @__PURE__ */ Object.create(null);
  }
  get all() {
    return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
  }
  addFile(e) {
    if (!(e in this.values)) {
      const n = N2(this.files);
      this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
    }
    return this.values[e];
  }
  addValue(e, n, r2) {
    const s = this.addFile(e);
    Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r2) : s[n] = [s[n], r2] : s[n] = r2, this._all = void 0;
  }
};
function pn(t2) {
  const e = new mn();
  for (const n of Wt(t2))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t2, e) {
  let n = null;
  const r2 = [], s = /* @__PURE__ */ new Map();
  for (const o2 of Wt(t2, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function gn(t2) {
  return t2.replace(/^(file):/, "");
}
function* Wt(t2, e = null) {
  const n = t2.split("\0");
  for (let r2 = 0, s = n.length - 1; r2 < s; ) {
    const o2 = gn(n[r2++]);
    let i = n[r2++], a = e;
    if (i.includes(`
`)) {
      const c3 = Pe(i, `
`);
      a = c3[0], i = c3[1];
    }
    yield { file: o2, key: a, value: i };
  }
}
var Ht = /* @__PURE__ */ ((t2) => (t2.system = "system", t2.global = "global", t2.local = "local", t2.worktree = "worktree", t2))(Ht || {});
function Y2(t2, e) {
  return typeof t2 == "string" && Object.hasOwn(Ht, t2) ? t2 : e;
}
function yn(t2, e, n, r2) {
  const s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t2, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function wn(t2, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t2];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return dn(r2, t2);
    }
  };
}
function bn(t2) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t2 && e.push(`--${t2}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t2, e, ...n) {
      return this._runTask(
        yn(
          t2,
          e,
          n[0] === true,
          Y2(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t2, e) {
      return this._runTask(
        wn(t2, Y2(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t2) {
      return this._runTask(
        bn(Y2(t2[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t2) => (t2.ADDED = "A", t2.COPIED = "C", t2.DELETED = "D", t2.MODIFIED = "M", t2.RENAMED = "R", t2.CHANGED = "T", t2.UNMERGED = "U", t2.UNKNOWN = "X", t2.BROKEN = "B", t2))(Kt || {});
var kn = new Set(Object.values(Kt));
function _n(t2) {
  return kn.has(t2);
}
var _t;
var vn = ["-h"];
var j2 = /* @__PURE__ */ Symbol("grepQuery");
var En = class {
  constructor() {
    this[_t] = [];
  }
  *[(_t = j2, Symbol.iterator)]() {
    for (const e of this[j2])
      yield e;
  }
  and(...e) {
    return e.length && this[j2].push("--and", "(", ...U(e, "-e"), ")"), this;
  }
  param(...e) {
    return this[j2].push(...U(e, "-e")), this;
  }
};
function Sn(...t2) {
  return new En().param(...t2);
}
function Rn(t2) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t2, (r2) => {
    const [s, o2, i] = r2.split(I2);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o2),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t2) {
      const e = u(arguments), n = h2(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            b2(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t2 == "string" && (t2 = Sn().param(t2));
      const r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t2];
      return this._runTask(
        {
          commands: r2,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
var Vt = /* @__PURE__ */ ((t2) => (t2.MIXED = "mixed", t2.SOFT = "soft", t2.HARD = "hard", t2.MERGE = "merge", t2.KEEP = "keep", t2))(Vt || {});
var Cn = L2(Object.values(Vt));
function An(t2, e) {
  const n = ["reset"];
  return Xt(t2) && n.push(`--${t2}`), n.push(...e), g(n);
}
function xn(t2) {
  if (Xt(t2))
    return t2;
  switch (typeof t2) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t2) {
  return typeof t2 == "string" && Cn.includes(t2);
}
import_debug.default.formatters.L = (t2) => String(Bt(t2) ? t2.length : "-");
import_debug.default.formatters.B = (t2) => Buffer.isBuffer(t2) ? t2.toString("utf8") : ft(t2);
function Nn() {
  return (0, import_debug.default)("simple-git");
}
function vt(t2, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t2(r2, ...s), n(r2, ...s);
  } : t2 : (r2, ...s) => {
    t2(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function $n(t2, e, { namespace: n }) {
  if (typeof t2 == "string")
    return t2;
  const r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t2, e, n, r2 = Nn()) {
  const s = t2 && `[${t2}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = $n(d(e, m), i, r2);
  return y2(n);
  function c3(w2, T2) {
    return S2(
      o2,
      $2(t2, a.replace(/^[^:]+/, w2), T2, r2)
    );
  }
  function y2(w2) {
    const T2 = w2 && `[${w2}]` || "", k2 = i && vt(i, T2) || W2, C2 = vt(r2, `${s} ${T2}`, k2);
    return Object.assign(i ? k2 : C2, {
      label: t2,
      sibling: c3,
      info: C2,
      step: y2
    });
  }
}
var M2 = class M3 {
  constructor(e = "GitExecutor") {
    this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
  }
  withProgress(e) {
    return this._queue.get(e);
  }
  createProgress(e) {
    const n = M3.getName(e.commands[0]), r2 = $2(this.logLabel, n);
    return {
      task: e,
      logger: r2,
      name: n
    };
  }
  push(e) {
    const n = this.createProgress(e);
    return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
  }
  fatal(e) {
    for (const [n, { logger: r2 }] of Array.from(this._queue.entries()))
      n === e.task ? (r2.info("Failed %o", e), r2(
        "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
      )) : r2.info(
        "A fatal exception occurred in a previous task, the queue has been purged: %o",
        e.message
      ), this.complete(n);
    if (this._queue.size !== 0)
      throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
  }
  complete(e) {
    this.withProgress(e) && this._queue.delete(e);
  }
  attempt(e) {
    const n = this.withProgress(e);
    if (!n)
      throw new O2(void 0, "TasksPendingQueue: attempt called for an unknown task");
    return n.logger("Starting task"), n;
  }
  static getName(e = "empty") {
    return `task:${e}:${++M3.counter}`;
  }
};
M2.counter = 0;
var ot = M2;
var Pn = class {
  constructor(e, n, r2) {
    this._executor = e, this._scheduler = n, this._plugins = r2, this._chain = Promise.resolve(), this._queue = new ot();
  }
  get cwd() {
    return this._cwd || this._executor.cwd;
  }
  set cwd(e) {
    this._cwd = e;
  }
  get env() {
    return this._executor.env;
  }
  get outputHandler() {
    return this._executor.outputHandler;
  }
  chain() {
    return this;
  }
  push(e) {
    return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
  }
  async attemptTask(e) {
    const n = await this._scheduler.next(), r2 = () => this._queue.complete(e);
    try {
      const { logger: s } = this._queue.attempt(e);
      return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
    } catch (s) {
      throw this.onFatalException(e, s);
    } finally {
      r2(), n();
    }
  }
  onFatalException(e, n) {
    const r2 = n instanceof O2 ? Object.assign(n, { task: e }) : new O2(e, n && String(n));
    return this._chain = Promise.resolve(), this._queue.fatal(r2), r2;
  }
  async attemptRemoteTask(e, n) {
    const r2 = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
      "spawn.args",
      [...e.commands],
      this.taskContext(e, e.commands)
    ), o2 = await this.gitResponse(
      e,
      r2,
      s,
      this.outputHandler,
      n.step("SPAWN")
    ), i = await this.handleTaskData(e, s, o2, n.step("HANDLE"));
    return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
  }
  async attemptEmptyTask(e, n) {
    return n("empty task bypassing child process to call to task's parser"), e.parser(this);
  }
  handleTaskData(e, n, r2, s) {
    const { exitCode: o2, rejection: i, stdOut: a, stdErr: c3 } = r2;
    return new Promise((y2, w2) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o2);
      const { error: T2 } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r2
        }
      );
      if (T2 && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r2,
          T2,
          (k2) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k2)), y2(
              new z2(
                Array.isArray(k2) ? Buffer.concat(k2) : k2,
                Buffer.concat(c3)
              )
            );
          },
          w2
        );
      if (T2)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o2,
          c3.length,
          i
        ), w2(T2);
      s.info("retrieving task output complete"), y2(new z2(Buffer.concat(a), Buffer.concat(c3)));
    });
  }
  async gitResponse(e, n, r2, s, o2) {
    const i = o2.sibling("output"), a = this._plugins.exec(
      "spawn.options",
      {
        cwd: this.cwd,
        env: this.env,
        windowsHide: true
      },
      this.taskContext(e, e.commands)
    );
    return new Promise((c3) => {
      const y2 = [], w2 = [];
      o2.info("%s %o", n, r2), o2("%O", a);
      let T2 = this._beforeSpawn(e, r2);
      if (T2)
        return c3({
          stdOut: y2,
          stdErr: w2,
          exitCode: 9901,
          rejection: T2
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r2),
        kill(C2) {
          T2 = C2 || T2;
        }
      });
      const k2 = ve(n, r2, a);
      k2.stdout.on(
        "data",
        Et(y2, "stdOut", o2, i.step("stdOut"))
      ), k2.stderr.on(
        "data",
        Et(w2, "stdErr", o2, i.step("stdErr"))
      ), k2.on("error", Mn(w2, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k2.stdout, k2.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r2),
        spawned: k2,
        close(C2, Te) {
          c3({
            stdOut: y2,
            stdErr: w2,
            exitCode: C2,
            rejection: T2 || Te
          });
        },
        kill(C2) {
          k2.killed || (T2 = C2, k2.kill("SIGINT"));
        }
      });
    });
  }
  _beforeSpawn(e, n) {
    let r2;
    return this._plugins.exec("spawn.before", void 0, {
      ...this.taskContext(e, n),
      kill(s) {
        r2 = s || r2;
      }
    }), r2;
  }
  taskContext(e, n) {
    return {
      method: String(Me(e.commands) || ""),
      commands: n,
      env: { ...this.env },
      input: kt(e) ? void 0 : e.input
    };
  }
};
function Mn(t2, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t2.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t2, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t2.push(s);
  };
}
var Dn = class {
  constructor(e, n, r2) {
    this.cwd = e, this._scheduler = n, this._plugins = r2, this._chain = this.chain();
  }
  chain() {
    return new Pn(this, this._scheduler, this._plugins);
  }
  push(e) {
    return this._chain.push(e);
  }
};
function Ln(t2, e, n = W2) {
  const r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t2 && n(o2, void 0);
  };
  e.then(r2, s);
}
function St(t2, e) {
  return tn((n) => {
    if (!Lt(t2))
      throw new Error(`Git.cwd: cannot change to non-directory "${t2}"`);
    return (e || n).cwd = t2;
  });
}
function Q2(t2) {
  const e = ["checkout", ...t2];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        Q2(h2(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t2, e) {
      return this._runTask(
        Q2(["-b", t2, e, ...h2(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t2) {
      return this._runTask(
        Q2(["-b", t2, ...h2(arguments)]),
        u(arguments)
      );
    }
  };
}
var Yt = (t2, e, n) => {
  const r2 = ["clone", ...n];
  return m(t2) && r2.push(c(t2)), m(e) && r2.push(c(e)), g(r2);
};
var Bn = (t2, e, n) => (S2(n, "--mirror"), Yt(t2, e, n));
function Rt(t2, e, n, ...r2) {
  return m(n) ? e(n, d(r2[0], m), h2(arguments)) : b2(`git.${t2}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t2, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t2, m), ...e),
        u(arguments)
      );
    },
    mirror(t2, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t2, m), ...e),
        u(arguments)
      );
    }
  };
}
var Un = [
  new l2(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t2, [e, n, r2]) => {
    t2.branch = e, t2.commit = r2, t2.root = !!n;
  }),
  new l2(/\s*Author:\s(.+)/i, (t2, [e]) => {
    const n = e.split("<"), r2 = n.pop();
    !r2 || !r2.includes("@") || (t2.author = {
      email: r2.substr(0, r2.length - 1),
      name: n.join("<").trim()
    });
  }),
  new l2(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0, t2.summary.insertions = parseInt(n, 10) || 0, t2.summary.deletions = parseInt(r2, 10) || 0;
    }
  ),
  new l2(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r2 === "-" ? t2.summary.deletions = s : r2 === "+" && (t2.summary.insertions = s);
    }
  )
];
function Fn(t2) {
  return E2({
    author: null,
    branch: "",
    commit: "",
    root: false,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t2);
}
function Gn(t2, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t2, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r2 = u(arguments), s = t2(e) || Gn(
        v(e),
        v(d(n[0], G2, [])),
        [
          ...L2(d(n[1], K2, [])),
          ...h2(arguments, 0, true)
        ]
      );
      return this._runTask(s, r2);
    }
  };
  function t2(e) {
    return !G2(e) && b2(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
var Wn = new l2(
  /([a-z-]+): (\d+)$/,
  (t2, [e, n]) => {
    const r2 = jt(e);
    Object.hasOwn(t2, r2) && (t2[r2] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t2) {
          return E2(qn(), [Wn], t2);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], true),
        u(arguments)
      );
    }
  };
}
function Vn(t2, e) {
  const n = ["hash-object", t2];
  return e && n.push("-w"), g(n, true);
}
var J2 = class {
  constructor(e, n, r2, s) {
    this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
  }
};
var Xn = /^Init.+ repository in (.+)$/;
var Yn = /^Rein.+ in (.+)$/;
function Qn(t2, e, n) {
  const r2 = String(n).trim();
  let s;
  if (s = Xn.exec(r2))
    return new J2(t2, e, false, s[1]);
  if (s = Yn.exec(r2))
    return new J2(t2, e, true, s[1]);
  let o2 = "";
  const i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new J2(t2, e, /^re/i.test(r2), o2);
}
var Qt = "--bare";
function Jn(t2) {
  return t2.includes(Qt);
}
function Zn(t2 = false, e, n) {
  const r2 = ["init", ...n];
  return t2 && !Jn(r2) && r2.splice(1, 0, Qt), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return Qn(r2.includes("--bare"), e, s);
    }
  };
}
function tr(t2) {
  return t2 === void 0 ? b2("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r2 = n.indexOf(":");
          return [
            jt(n.substring(0, r2).toLowerCase()),
            n.substring(r2 + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t2
  };
}
function er() {
  return {
    interpretTrailers(t2) {
      return this._runTask(
        tr(d(t2, Be)),
        u(arguments)
      );
    }
  };
}
var R2 = /* @__PURE__ */ ((t2) => (t2.NONE = "", t2.STAT = "--stat", t2.NUM_STAT = "--numstat", t2.NAME_ONLY = "--name-only", t2.NAME_STATUS = "--name-status", t2))(R2 || {});
var Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t2) {
  for (let e = 0; e < t2.length; e++) {
    const n = Jt.exec(t2[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t2) {
  return Jt.test(t2);
}
var rr = class {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
};
var Ot = [
  new l2(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t2, [e, n, r2 = ""]) => {
      t2.files.push({
        file: e.trim(),
        changes: p(n),
        insertions: r2.replace(/[^+]/g, "").length,
        deletions: r2.replace(/[^-]/g, "").length,
        binary: false
      });
    }
  ),
  new l2(
    /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
    (t2, [e, n, r2]) => {
      t2.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r2),
        binary: true
      });
    }
  ),
  new l2(/^(.+)\s+\|\s+Bin\s*$/, (t2, [e]) => {
    t2.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: true
    });
  }),
  new l2(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t2, [e, n]) => {
      const r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t2.changed = p(e), t2.insertions = p(r2?.[1]), t2.deletions = p(s?.[1]);
    }
  )
];
var sr = [
  new l2(
    /(\d+)\t(\d+)\t(.+)$/,
    (t2, [e, n, r2]) => {
      const s = p(e), o2 = p(n);
      t2.changed++, t2.insertions += s, t2.deletions += o2, t2.files.push({
        file: r2,
        changes: s + o2,
        insertions: s,
        deletions: o2,
        binary: false
      });
    }
  ),
  new l2(/-\t-\t(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: true
    });
  })
];
var or = [
  new l2(/(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      changes: 0,
      insertions: 0,
      deletions: 0,
      binary: false
    });
  })
];
var ir = [
  new l2(
    /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
    (t2, [e, n, r2, s, o2]) => {
      t2.changed++, t2.files.push({
        file: o2 ?? r2,
        changes: 0,
        insertions: 0,
        deletions: 0,
        binary: false,
        status: bt(_n(e) && e),
        from: bt(!!o2 && r2 !== o2 && r2),
        similarity: p(n)
      });
    }
  )
];
var ar = {
  [R2.NONE]: Ot,
  [R2.STAT]: Ot,
  [R2.NUM_STAT]: sr,
  [R2.NAME_STATUS]: ir,
  [R2.NAME_ONLY]: or
};
function Zt(t2 = R2.NONE) {
  const e = ar[t2];
  return (n) => E2(new rr(), e, n, false);
}
var te = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
var ee2 = " \xF2\xF2";
var ne2 = " \xF2 ";
var ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t2, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t2[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t2 = ne2, e = ur, n = R2.NONE) {
  const r2 = Zt(n);
  return function(s) {
    const o2 = H2(
      s.trim(),
      false,
      te
    ).map(function(i) {
      const a = i.split(ee2), c3 = cr(a[0].split(t2), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function fr(t2) {
  let e = pt(t2);
  const n = ["diff"];
  return e === R2.NONE && (e = R2.STAT, n.push("--stat=4096")), n.push(...t2), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t2) {
  const e = t2.filter(nr);
  if (e.length > 1)
    return b2(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t2.includes("-z"))
    return b2(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t2) => (t2[t2["--pretty"] = 0] = "--pretty", t2[t2["max-count"] = 1] = "max-count", t2[t2.maxCount = 2] = "maxCount", t2[t2.n = 3] = "n", t2[t2.file = 4] = "file", t2[t2.format = 5] = "format", t2[t2.from = 6] = "from", t2[t2.to = 7] = "to", t2[t2.splitter = 8] = "splitter", t2[t2.symmetric = 9] = "symmetric", t2[t2.mailMap = 10] = "mailMap", t2[t2.multiLine = 11] = "multiLine", t2[t2.strictDate = 12] = "strictDate", t2))(se || {});
function lr(t2, e) {
  const n = [], r2 = [];
  return Object.keys(t2).forEach((s) => {
    n.push(s), r2.push(String(t2[s]));
  }), [n, r2.join(e)];
}
function hr(t2) {
  return Object.keys(t2).reduce((e, n) => (n in se || (e[n] = t2[n]), e), {});
}
function oe2(t2 = {}, e = []) {
  const n = d(t2.splitter, m, ne2), r2 = lt(t2.format) ? t2.format : {
    hash: "%H",
    date: t2.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t2.multiLine ? "%B" : "%b",
    author_name: t2.mailMap !== false ? "%aN" : "%an",
    author_email: t2.mailMap !== false ? "%aE" : "%ae"
  }, [s, o2] = lr(r2, n), i = [], a = [
    `--pretty=format:${te}${o2}${ee2}`,
    ...e
  ], c3 = t2.n || t2["max-count"] || t2.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t2.from || t2.to) {
    const y2 = t2.symmetric !== false ? "..." : "..";
    i.push(`${t2.from || ""}${y2}${t2.to || ""}`);
  }
  return m(t2.file) && a.push("--follow", c(t2.file)), It(hr(t2), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t2, e, n) {
  const r2 = re(t2, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r2
  };
}
function pr() {
  return {
    log(...n) {
      const r2 = u(arguments), s = oe2(
        ht(arguments),
        L2(d(arguments[0], K2, []))
      ), o2 = e(...n) || dt(s.commands) || t2(s);
      return this._runTask(o2, r2);
    }
  };
  function t2(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r2) {
    return m(n) && m(r2) && b2(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
var Z2 = class {
  constructor(e, n = null, r2) {
    this.reason = e, this.file = n, this.meta = r2;
  }
  toString() {
    return `${this.file}:${this.reason}`;
  }
};
var dr = class {
  constructor() {
    this.conflicts = [], this.merges = [], this.result = "success";
  }
  get failed() {
    return this.conflicts.length > 0;
  }
  get reason() {
    return this.result;
  }
  toString() {
    return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
  }
};
var ie = class {
  constructor() {
    this.remoteMessages = {
      all: []
    }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
      changes: 0,
      deletions: 0,
      insertions: 0
    };
  }
};
var gr = class {
  constructor() {
    this.remote = "", this.hash = {
      local: "",
      remote: ""
    }, this.branch = {
      local: "",
      remote: ""
    }, this.message = "";
  }
  toString() {
    return this.message;
  }
};
function tt(t2) {
  return t2.objects = t2.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t2) {
  const e = /^\s*(\d+)/.exec(t2), n = /delta (\d+)/i.exec(t2);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
var yr = [
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t2, [e, n, r2]) => {
      const s = tt(t2.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r2);
    }
  )
];
var wr = [
  new x2(/^remote:\s*(.+)$/, (t2, [e]) => (t2.remoteMessages.all.push(e.trim()), false)),
  ...yr,
  new x2(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t2, [e]) => {
      t2.remoteMessages.pullRequestUrl = e;
    }
  ),
  new x2(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t2, [e, n, r2]) => {
      t2.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r2
      };
    }
  )
];
function ae(t2, e) {
  return E2({ remoteMessages: new br() }, wr, e);
}
var br = class {
  constructor() {
    this.all = [];
  }
};
var Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
var kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
var _r = /^(create|delete) mode \d+ (.+)/;
var vr = [
  new l2(Tr, (t2, [e, n, r2]) => {
    t2.files.push(e), n && (t2.insertions[e] = n.length), r2 && (t2.deletions[e] = r2.length);
  }),
  new l2(kr, (t2, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t2.summary.changes = +e || 0, t2.summary.insertions = +n || 0, t2.summary.deletions = +r2 || 0, true) : false),
  new l2(_r, (t2, [e, n]) => {
    S2(t2.files, n), S2(e === "create" ? t2.created : t2.deleted, n);
  })
];
var Er = [
  new l2(/^from\s(.+)$/i, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/^fatal:\s(.+)$/, (t2, [e]) => {
    t2.message = e;
  }),
  new l2(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t2, [e, n, r2, s]) => {
      t2.branch.local = r2, t2.hash.local = e, t2.branch.remote = s, t2.hash.remote = n;
    }
  )
];
var Sr = (t2, e) => E2(new ie(), vr, [t2, e]);
var ue = (t2, e) => Object.assign(
  new ie(),
  Sr(t2, e),
  ae(t2, e)
);
function Rr(t2, e) {
  const n = E2(new gr(), Er, [t2, e]);
  return n.message && n;
}
var Or = [
  new l2(/^Auto-merging\s+(.+)$/, (t2, [e]) => {
    t2.merges.push(e);
  }),
  new l2(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t2, [e, n]) => {
    t2.conflicts.push(new Z2(e, n));
  }),
  new l2(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t2, [e, n, r2]) => {
      t2.conflicts.push(new Z2(e, n, { deleteRef: r2 }));
    }
  ),
  new l2(/^CONFLICT\s+\((.+)\):/, (t2, [e]) => {
    t2.conflicts.push(new Z2(e, null));
  }),
  new l2(/^Automatic merge failed;\s+(.+)$/, (t2, [e]) => {
    t2.result = e;
  })
];
var Cr = (t2, e) => Object.assign(Ar(t2), ue(t2, e));
var Ar = (t2) => E2(new dr(), Or, t2);
function At(t2) {
  return t2.length ? {
    commands: ["merge", ...t2],
    format: "utf-8",
    parser(e, n) {
      const r2 = Cr(e, n);
      if (r2.failed)
        throw new at(r2);
      return r2;
    }
  } : b2("Git.merge requires at least one option");
}
function xr(t2, e, n) {
  const r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t2), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t2,
    remote: e
  };
}
var Nr = [
  new l2(/^Pushing to (.+)$/, (t2, [e]) => {
    t2.repo = e;
  }),
  new l2(/^updating local tracking ref '(.+)'/, (t2, [e]) => {
    t2.ref = {
      ...t2.ref || {},
      local: e
    };
  }),
  new l2(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t2, [e, n, r2]) => {
    t2.pushed.push(xr(e, n, r2));
  }),
  new l2(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t2, [e, n, r2]) => {
      t2.branch = {
        ...t2.branch || {},
        local: e,
        remote: n,
        remoteName: r2
      };
    }
  ),
  new l2(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t2, [e, n, r2, s]) => {
      t2.update = {
        head: {
          local: e,
          remote: n
        },
        hash: {
          from: r2,
          to: s
        }
      };
    }
  )
];
var $r = (t2, e) => {
  const n = Pr(t2, e), r2 = ae(t2, e);
  return {
    ...n,
    ...r2
  };
};
var Pr = (t2, e) => E2({ pushed: [] }, Nr, [t2, e]);
function Mr(t2 = {}, e) {
  return S2(e, "--tags"), ce(t2, e);
}
function ce(t2 = {}, e) {
  const n = ["push", ...e];
  return t2.branch && n.splice(1, 0, t2.branch), t2.remote && n.splice(1, 0, t2.remote), ct(n, "-v"), S2(n, "--verbose"), S2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t2 = ["show", ...h2(arguments, 1)];
      return t2.includes("--binary") || t2.splice(1, 0, "--binary"), this._runTask(
        Gt(t2),
        u(arguments)
      );
    },
    show() {
      const t2 = ["show", ...h2(arguments, 1)];
      return this._runTask(
        g(t2),
        u(arguments)
      );
    }
  };
}
var Lr = /^(.+)\0(.+)$/;
var jr = class {
  constructor(e, n, r2) {
    if (this.path = e, this.index = n, this.working_dir = r2, n === "R" || r2 === "R") {
      const s = Lr.exec(e) || [null, e, e];
      this.from = s[2] || "", this.path = s[1] || "";
    }
  }
};
var Br = class {
  constructor() {
    this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = false, this.isClean = () => !this.files.length;
  }
};
function xt(t2) {
  const [e, n] = t2.split(I2);
  return {
    from: n || e,
    to: e
  };
}
function _2(t2, e, n) {
  return [`${t2}${e}`, n];
}
function et(t2, ...e) {
  return e.map((n) => _2(t2, n, (r2, s) => r2.conflicted.push(s)));
}
var Ir = new Map([
  _2(
    " ",
    "A",
    (t2, e) => t2.created.push(e)
  ),
  _2(
    " ",
    "D",
    (t2, e) => t2.deleted.push(e)
  ),
  _2(
    " ",
    "M",
    (t2, e) => t2.modified.push(e)
  ),
  _2("A", " ", (t2, e) => {
    t2.created.push(e), t2.staged.push(e);
  }),
  _2("A", "M", (t2, e) => {
    t2.created.push(e), t2.staged.push(e), t2.modified.push(e);
  }),
  _2("D", " ", (t2, e) => {
    t2.deleted.push(e), t2.staged.push(e);
  }),
  _2("M", " ", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("M", "M", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("R", " ", (t2, e) => {
    t2.renamed.push(xt(e));
  }),
  _2("R", "M", (t2, e) => {
    const n = xt(e);
    t2.renamed.push(n), t2.modified.push(n.to);
  }),
  _2("!", "!", (t2, e) => {
    (t2.ignored = t2.ignored || []).push(e);
  }),
  _2(
    "?",
    "?",
    (t2, e) => t2.not_added.push(e)
  ),
  ...et(
    "A",
    "A",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "D",
    "D",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "U",
    "A",
    "D",
    "U"
    /* UNMERGED */
  ),
  [
    "##",
    (t2, e) => {
      const n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t2.ahead = a && +a[1] || 0, a = r2.exec(e), t2.behind = a && +a[1] || 0, a = s.exec(e), t2.current = d(a?.[1], m, null), a = o2.exec(e), t2.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t2.current = d(a?.[1], m, t2.current)), t2.detached = /\(no branch\)/.test(e);
    }
  ]
]);
var Ur = function(t2) {
  const e = t2.split(I2), n = new Br();
  for (let r2 = 0, s = e.length; r2 < s; ) {
    let o2 = e[r2++].trim();
    o2 && (o2.charAt(0) === "R" && (o2 += I2 + (e[r2++] || "")), Fr(n, o2));
  }
  return n;
};
function Fr(t2, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r2(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r2(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r2(s, o2, i) {
    const a = `${s}${o2}`, c3 = Ir.get(a);
    c3 && c3(t2, i), a !== "##" && a !== "!!" && t2.files.push(new jr(i, s, o2));
  }
}
var Gr = ["--null", "-z"];
function zr(t2) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t2.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
var fe = "installed=false";
function q2(t2 = 0, e = 0, n = 0, r2 = "", s = true) {
  return Object.defineProperty(
    {
      major: t2,
      minor: e,
      patch: n,
      agent: r2,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: false,
      enumerable: false
    }
  );
}
function qr() {
  return q2(0, 0, 0, "", false);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t2, e, n, r2) {
          if (t2.exitCode === V2.NOT_FOUND)
            return n(Buffer.from(fe));
          r2(e);
        }
      });
    }
  };
}
var Hr = [
  new l2(
    /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(
        t2,
        q2(p(e), p(n), p(r2), s)
      );
    }
  ),
  new l2(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(t2, q2(p(e), p(n), r2, s));
    }
  )
];
function Kr(t2) {
  return t2 === fe ? qr() : E2(q2(0, 0, 0, t2), Hr, t2);
}
var le = class {
  constructor(e) {
    this._executor = e;
  }
  _runTask(e, n) {
    const r2 = this._executor.chain(), s = r2.push(e);
    return n && Ln(e, s, n), Object.create(this, {
      then: { value: s.then.bind(s) },
      catch: { value: s.catch.bind(s) },
      _executor: { value: r2 }
    });
  }
  add(e) {
    return this._runTask(
      g(["add", ...v(e)]),
      u(arguments)
    );
  }
  cwd(e) {
    const n = u(arguments);
    return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
      St(
        e.path,
        e.root && this._executor || void 0
      ),
      n
    ) : this._runTask(
      b2("Git.cwd: workingDirectory must be supplied as a string"),
      n
    );
  }
  hashObject(e, n) {
    return this._runTask(
      Vn(e, n === true),
      u(arguments)
    );
  }
  init(e) {
    return this._runTask(
      Zn(e === true, this._executor.cwd, h2(arguments)),
      u(arguments)
    );
  }
  merge() {
    return this._runTask(
      At(h2(arguments)),
      u(arguments)
    );
  }
  mergeFromTo(e, n) {
    return m(e) && m(n) ? this._runTask(
      At([e, n, ...h2(arguments)]),
      u(arguments, false)
    ) : this._runTask(
      b2(
        "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
      )
    );
  }
  outputHandler(e) {
    return this._executor.outputHandler = e, this;
  }
  push() {
    const e = ce(
      {
        remote: d(arguments[0], m),
        branch: d(arguments[1], m)
      },
      h2(arguments)
    );
    return this._runTask(e, u(arguments));
  }
  stash() {
    return this._runTask(
      g(["stash", ...h2(arguments)]),
      u(arguments)
    );
  }
  status() {
    return this._runTask(
      zr(h2(arguments)),
      u(arguments)
    );
  }
};
Object.assign(
  le.prototype,
  jn(),
  In(),
  zn(),
  Tn(),
  Hn(),
  Kn(),
  On(),
  er(),
  pr(),
  Dr(),
  Wr()
);
var Vr = /* @__PURE__ */ (() => {
  let t2 = 0;
  return () => {
    t2++;
    const { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
    return {
      promise: e,
      done: n,
      id: t2
    };
  };
})();
var Xr = class {
  constructor(e = 2) {
    this.concurrency = e, this.logger = $2("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
  }
  schedule() {
    if (!this.pending.length || this.running.length >= this.concurrency) {
      this.logger(
        "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
        this.pending.length,
        this.running.length,
        this.concurrency
      );
      return;
    }
    const e = S2(this.running, this.pending.shift());
    this.logger("Attempting id=%s", e.id), e.done(() => {
      this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
    });
  }
  next() {
    const { promise: e, id: n } = S2(this.pending, Vr());
    return this.logger("Scheduling id=%s", n), this.schedule(), e;
  }
};
function Yr(t2, e) {
  return g(["apply", ...e, ...t2]);
}
var he = /* @__PURE__ */ ((t2) => (t2.CURRENT = "*", t2.LINKED = "+", t2))(he || {});
var Qr = class {
  constructor() {
    this.all = [], this.branches = {}, this.current = "", this.detached = false;
  }
  push(e, n, r2, s, o2) {
    e === "*" && (this.detached = n, this.current = r2), this.all.push(r2), this.branches[r2] = {
      current: e === "*",
      linkedWorkTree: e === "+",
      name: r2,
      commit: s,
      label: o2
    };
  }
};
var Jr = [
  new l2(
    /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), true, n, r2, s);
    }
  ),
  new l2(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), false, n, r2, s);
    }
  )
];
var Zr = new l2(/^(\S+)$/s, (t2, [e]) => {
  t2.push(he.CURRENT, false, e, "", "");
});
function Nt(t2) {
  return t2 ? t2.charAt(0) : "";
}
function me(t2, e = false) {
  return E2(
    new Qr(),
    e ? [Zr] : Jr,
    t2
  );
}
var ts = class {
  constructor() {
    this.all = [], this.branches = {}, this.errors = [];
  }
  get success() {
    return !this.errors.length;
  }
};
function es(t2, e) {
  return {
    branch: t2,
    hash: e,
    success: true
  };
}
function ns(t2) {
  return {
    branch: t2,
    hash: null,
    success: false
  };
}
var rs = /(\S+)\s+\(\S+\s([^)]+)\)/;
var pe = /^error[^']+'([^']+)'/m;
var ss = [
  new l2(rs, (t2, [e, n]) => {
    const r2 = es(e, n);
    t2.all.push(r2), t2.branches[e] = r2;
  }),
  new l2(pe, (t2, [e]) => {
    const n = ns(e);
    t2.errors.push(n), t2.all.push(n), t2.branches[e] = n;
  })
];
var gt = (t2, e) => E2(new ts(), ss, [t2, e]);
function de(t2, e) {
  return e === V2.ERROR && pe.test(t2);
}
function os(t2) {
  const e = ["-d", "-D", "--delete"];
  return t2.some((n) => e.includes(n));
}
function is(t2) {
  const e = os(t2), n = t2.includes("--show-current"), r2 = ["branch", ...t2];
  return r2.length === 1 && r2.push("-a"), r2.includes("-v") || r2.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r2,
    parser(s, o2) {
      return e ? gt(s, o2).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t2) {
      return me(t2);
    }
  };
}
function us(t2, e = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t2],
    parser(n, r2) {
      return gt(n, r2);
    },
    onError({ exitCode: n, stdOut: r2 }, s, o2, i) {
      if (!de(String(s), n))
        return i(s);
      o2(r2);
    }
  };
}
function cs(t2, e = false) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t2],
    parser(r2, s) {
      return gt(r2, s).branches[t2];
    },
    onError({ exitCode: r2, stdErr: s, stdOut: o2 }, i, a, c3) {
      if (!de(String(i), r2))
        return c3(i);
      throw new at(
        n.parser(F2(o2), F2(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t2) {
  return {
    commands: ["check-ignore", ...t2],
    format: "utf-8",
    parser: ls
  };
}
function ls(t2) {
  return t2.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t2) {
  const e = t2.trim().replace(/^["']|["']$/g, "");
  return e && Se(e);
}
var ms = [
  new l2(/From (.+)$/, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.branches.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.tags.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/- \[deleted]\s+\S+\s*-> (.+)$/, (t2, [e]) => {
    t2.deleted.push({
      tracking: e
    });
  }),
  new l2(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t2, [e, n, r2, s]) => {
      t2.updated.push({
        name: r2,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t2, e) {
  return E2({
    raw: t2,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t2, e]);
}
function ds(t2) {
  return /^--upload-pack(=|$)/.test(t2);
}
function gs(t2, e, n) {
  const r2 = ["fetch", ...n];
  return t2 && e && r2.push(t2, e), r2.find(ds) ? b2("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: ps
  };
}
var ys = [
  new l2(/^Renaming (.+) to (.+)$/, (t2, [e, n]) => {
    t2.moves.push({ from: e, to: n });
  })
];
function ws(t2) {
  return E2({ moves: [] }, ys, t2);
}
function bs(t2, e) {
  return {
    commands: ["mv", "-v", ...v(t2), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t2, e, n) {
  const r2 = ["pull", ...n];
  return t2 && e && r2.splice(1, 0, t2, e), {
    commands: r2,
    format: "utf-8",
    parser(s, o2) {
      return ue(s, o2);
    },
    onError(s, o2, i, a) {
      const c3 = Rr(
        F2(s.stdOut),
        F2(s.stdErr)
      );
      if (c3)
        return a(new at(c3));
      a(o2);
    }
  };
}
function ks(t2) {
  const e = {};
  return ge(t2, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t2) {
  const e = {};
  return ge(t2, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function ge(t2, e) {
  ut(t2, (n) => e(n.split(/\s+/)));
}
function vs(t2, e, n) {
  return g(["remote", "add", ...n, t2, e]);
}
function Es(t2) {
  const e = ["remote"];
  return t2 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t2 ? _s : ks
  };
}
function Ss(t2) {
  const e = [...t2];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t2) {
  const e = [...t2];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t2) {
  return g(["remote", "remove", t2]);
}
function Cs(t2 = {}, e) {
  const n = oe2(t2), r2 = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r2)
  );
  return dt(r2) || {
    commands: r2,
    format: "utf-8",
    parser: s
  };
}
function As(t2, e) {
  return X2(["add", t2, e]);
}
function xs(t2) {
  return X2(["init", ...t2]);
}
function X2(t2) {
  const e = [...t2];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t2) {
  return X2(["update", ...t2]);
}
var $s = class {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
};
var Ps = function(t2, e = false) {
  const n = t2.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o2) {
    const i = s.split("."), a = o2.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(B2(i[0]), B2(a[0]));
    for (let c3 = 0, y2 = Math.max(i.length, a.length); c3 < y2; c3++) {
      const w2 = ye(B2(i[c3]), B2(a[c3]));
      if (w2)
        return w2;
    }
    return 0;
  });
  const r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r2);
};
function Ms(t2, e) {
  const n = Number.isNaN(t2), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? ye(t2, e) : 0;
}
function ye(t2, e) {
  return t2 === e ? 0 : t2 > e ? 1 : -1;
}
function Ds(t2) {
  return t2.trim();
}
function B2(t2) {
  return typeof t2 == "string" && parseInt(t2.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t2 = []) {
  const e = t2.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t2],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t2) {
  return {
    format: "utf-8",
    commands: ["tag", t2],
    parser() {
      return { name: t2 };
    }
  };
}
function Bs(t2, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t2],
    parser() {
      return { name: t2 };
    }
  };
}
function f2(t2, e) {
  this._plugins = e, this._executor = new Dn(
    t2.baseDir,
    new Xr(t2.maxConcurrentProcesses),
    e
  ), this._trimmed = t2.trimmed;
}
(f2.prototype = Object.create(le.prototype)).constructor = f2;
f2.prototype.customBinary = function(t2) {
  return this._plugins.reconfigure("binary", t2), this;
};
f2.prototype.env = function(t2, e) {
  return arguments.length === 1 && typeof t2 == "object" ? this._executor.env = t2 : (this._executor.env = this._executor.env || {})[t2] = e, this;
};
f2.prototype.stashList = function(t2) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      K2(t2) && t2 || []
    ),
    u(arguments)
  );
};
f2.prototype.mv = function(t2, e) {
  return this._runTask(bs(t2, e), u(arguments));
};
f2.prototype.checkoutLatestTag = function(t2) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r2) {
      e.checkout(r2.latest, t2);
    });
  });
};
f2.prototype.pull = function(t2, e, n, r2) {
  return this._runTask(
    Ts(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.fetch = function(t2, e) {
  return this._runTask(
    gs(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.tags = function(t2, e) {
  return this._runTask(
    Ls(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.rebase = function() {
  return this._runTask(
    g(["rebase", ...h2(arguments)]),
    u(arguments)
  );
};
f2.prototype.reset = function(t2) {
  return this._runTask(
    An(xn(t2), h2(arguments)),
    u(arguments)
  );
};
f2.prototype.revert = function(t2) {
  const e = u(arguments);
  return typeof t2 != "string" ? this._runTask(b2("Commit must be a string"), e) : this._runTask(
    g(["revert", ...h2(arguments, 0, true), t2]),
    e
  );
};
f2.prototype.addTag = function(t2) {
  const e = typeof t2 == "string" ? js(t2) : b2("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
f2.prototype.addAnnotatedTag = function(t2, e) {
  return this._runTask(
    Bs(t2, e),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranch = function(t2, e, n) {
  return this._runTask(
    cs(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranches = function(t2, e, n) {
  return this._runTask(
    us(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.branch = function(t2, e) {
  return this._runTask(
    is(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.branchLocal = function(t2) {
  return this._runTask(as(), u(arguments));
};
f2.prototype.raw = function(t2) {
  const e = !Array.isArray(t2), n = [].slice.call(e ? arguments : t2, 0);
  for (let s = 0; s < n.length && e; s++)
    if (!st(n[s])) {
      n.splice(s, n.length - s);
      break;
    }
  n.push(...h2(arguments, 0, true));
  var r2 = u(arguments);
  return n.length ? this._runTask(g(n, this._trimmed), r2) : this._runTask(
    b2("Raw: must supply one or more command to execute"),
    r2
  );
};
f2.prototype.submoduleAdd = function(t2, e, n) {
  return this._runTask(As(t2, e), u(arguments));
};
f2.prototype.submoduleUpdate = function(t2, e) {
  return this._runTask(
    Ns(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.submoduleInit = function(t2, e) {
  return this._runTask(
    xs(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.subModule = function(t2, e) {
  return this._runTask(
    X2(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.listRemote = function() {
  return this._runTask(
    Ss(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.addRemote = function(t2, e, n) {
  return this._runTask(
    vs(t2, e, h2(arguments)),
    u(arguments)
  );
};
f2.prototype.removeRemote = function(t2, e) {
  return this._runTask(Os(t2), u(arguments));
};
f2.prototype.getRemotes = function(t2, e) {
  return this._runTask(Es(t2 === true), u(arguments));
};
f2.prototype.remote = function(t2, e) {
  return this._runTask(
    Rs(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.tag = function(t2, e) {
  const n = h2(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
f2.prototype.updateServerInfo = function(t2) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
f2.prototype.pushTags = function(t2, e) {
  const n = Mr(
    { remote: d(t2, m) },
    h2(arguments)
  );
  return this._runTask(n, u(arguments));
};
f2.prototype.rm = function(t2) {
  return this._runTask(
    g(["rm", "-f", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.rmKeepLocal = function(t2) {
  return this._runTask(
    g(["rm", "--cached", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.catFile = function(t2, e) {
  return this._catFile("utf-8", arguments);
};
f2.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
f2.prototype._catFile = function(t2, e) {
  var n = u(e), r2 = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      b2("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r2.push.apply(r2, s);
  const o2 = t2 === "buffer" ? Gt(r2) : g(r2);
  return this._runTask(o2, n);
};
f2.prototype.diff = function(t2, e) {
  const n = m(t2) ? b2(
    "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
  ) : g(["diff", ...h2(arguments)]);
  return this._runTask(n, u(arguments));
};
f2.prototype.diffSummary = function() {
  return this._runTask(
    fr(h2(arguments, 1)),
    u(arguments)
  );
};
f2.prototype.applyPatch = function(t2) {
  const e = G2(t2) ? Yr(v(t2), h2([].slice.call(arguments, 1))) : b2(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
f2.prototype.revparse = function() {
  const t2 = ["rev-parse", ...h2(arguments, true)];
  return this._runTask(
    g(t2, true),
    u(arguments)
  );
};
f2.prototype.clean = function(t2, e, n) {
  const r2 = un(t2), s = r2 && t2.join("") || d(t2, m) || "", o2 = h2([].slice.call(arguments, r2 ? 1 : 0));
  return this._runTask(
    on(s, o2),
    u(arguments)
  );
};
f2.prototype.exec = function(t2) {
  const e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t2 == "function" && t2();
    }
  };
  return this._runTask(e);
};
f2.prototype.checkIgnore = function(t2, e) {
  return this._runTask(
    fs(v(d(t2, G2, []))),
    u(arguments)
  );
};
f2.prototype.checkIsRepo = function(t2, e) {
  return this._runTask(
    We(d(t2, m)),
    u(arguments)
  );
};
function Is(t2) {
  return t2 ? [{
    type: "spawn.before",
    action(r2, s) {
      t2.aborted && s.kill(new A2(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new A2(void 0, "abort", "Abort signal received"));
      }
      t2.addEventListener("abort", o2), s.spawned.on("close", () => t2.removeEventListener("abort", o2));
    }
  }] : void 0;
}
var Us = $2("", "plugin:allowEnvironment");
function Fs(t2, e = false) {
  const n = new Set(t2.map((r2) => r2.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r2, s) {
      const o2 = { ...r2.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o2)) {
        const c3 = a.toLowerCase().trim();
        if (!(!Gs(c3) || n.has(c3))) {
          if (i.has(c3))
            throw new A2(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o2[a];
        }
      }
      return {
        ...r2,
        env: {
          ...o2,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t2) {
  const e = t2.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t2 = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r2 of oe(e, n))
        if (t2[r2.category] !== true)
          throw new A2(void 0, "unsafe", r2.message);
      return e;
    }
  };
}
function qs(t2) {
  const e = U(t2, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
var $t = (0, import_promise_deferred.deferred)().promise;
function Ws({
  onClose: t2 = true,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o2 = {
      close: (0, import_promise_deferred.deferred)(),
      closeTimeout: (0, import_promise_deferred.deferred)(),
      exit: (0, import_promise_deferred.deferred)(),
      exitTimeout: (0, import_promise_deferred.deferred)()
    }, i = Promise.race([
      t2 === false ? $t : o2.closeTimeout.promise,
      e === false ? $t : o2.exitTimeout.promise
    ]);
    return r2(t2, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
      close(a) {
        s = a, o2.close.done();
      },
      exit(a) {
        s = a, o2.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r2(s, o2, i) {
    s !== false && (s === true ? o2.promise : o2.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o2, close: i }) {
      const a = n();
      let c3 = true, y2 = () => {
        c3 = false;
      };
      o2.stdout?.on("data", y2), o2.stderr?.on("data", y2), o2.on("error", y2), o2.on("close", (w2) => a.close(w2)), o2.on("exit", (w2) => a.exit(w2));
      try {
        await a.result, c3 && await wt(50), i(a.exitCode);
      } catch (w2) {
        i(a.exitCode, w2);
      }
    }
  };
}
var we = $2("", "plugin:binary");
var Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
var Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t2) {
  return !t2 || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t2);
}
function Pt(t2, e) {
  if (t2.length < 1 || t2.length > 2)
    throw new A2(void 0, "binary", Hs);
  if (t2.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t2);
    else
      throw new A2(void 0, "binary", Ks);
  const [r2, s] = t2;
  return {
    binary: r2,
    prefix: s
  };
}
function Xs(t2, e = ["git"], n = false) {
  let r2 = Pt(v(e), n);
  t2.on("binary", (s) => {
    r2 = Pt(v(s), n), we.info("reconfiguring %o", r2);
  }), t2.append("spawn.binary", () => r2.binary), t2.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
}
var be = {
  DISALLOWED_ABBREVIATED: {
    text: "disallowed abbreviated or ambiguous option",
    solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
  },
  UNKNOWN: {
    text: "~ unknown ~",
    solution: void 0
  }
};
function Ys(t2) {
  if (!t2)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t2.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
var Qs = class extends O2 {
  constructor(e = "") {
    const n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
};
function Js(t2) {
  return !!(t2.exitCode && t2.stdErr.length);
}
function Zs(t2) {
  return Buffer.concat([...t2.stdOut, ...t2.stdErr]);
}
function to(t2 = false, e = Js, n = Zs) {
  return (r2, s) => !t2 && r2 || !e(s) ? r2 : n(s);
}
function eo(t2, e) {
  return t2 === 128 && e.startsWith("fatal:") ? new Qs(e) : new O2(void 0, e);
}
function Mt(t2) {
  return {
    type: "task.error",
    action(e, n) {
      const r2 = t2(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r2) ? {
        error: eo(n.exitCode, r2.toString("utf-8"))
      } : {
        error: r2
      };
    }
  };
}
var nt = $2("", "plugin:input");
function no(t2) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o2 = t2?.([...n]) ?? r2;
      if (!o2)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o2)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o2);
    }
  };
}
var ro = class {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new Ce();
  }
  on(e, n) {
    this.events.on(e, n);
  }
  reconfigure(e, n) {
    this.events.emit(e, n);
  }
  append(e, n) {
    const r2 = S2(this.plugins, { type: e, action: n });
    return () => this.plugins.delete(r2);
  }
  add(e) {
    const n = [];
    return v(e).forEach(
      (r2) => {
        r2 && this.plugins.add(S2(n, r2));
      }
    ), () => {
      n.forEach((r2) => {
        this.plugins.delete(r2);
      });
    };
  }
  exec(e, n, r2) {
    let s = n;
    const o2 = Object.freeze(Object.create(r2));
    for (const i of this.plugins)
      i.type === e && (s = i.action(s, o2));
    return s;
  }
};
function so(t2) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o2, i) {
      return n.includes(i.method) ? De(o2, e) : o2;
    }
  }, {
    type: "spawn.after",
    action(o2, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c3 = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c3 && t2({
          method: i.method,
          stage: oo(c3[1]),
          progress: p(c3[2]),
          processed: p(c3[3]),
          total: p(c3[4])
        });
      });
    }
  }];
}
function oo(t2) {
  return String(t2.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t2) {
  const e = je(t2, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t2) {
      const e = [];
      let n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t2.length; s++) {
        const o2 = t2[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t2.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
          );
          break;
        }
        e.push(o2);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t2,
  stdErr: e = true,
  stdOut: n = true
}) {
  if (t2 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t2);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o2 && clearTimeout(o2);
        }
        function c3() {
          a(), s.kill(new A2(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
var wo = (t2, e) => {
  const n = new ro(), r2 = Ge(
    t2 && (typeof t2 == "string" ? { baseDir: t2 } : t2) || {},
    e
  );
  if (!Lt(r2.baseDir))
    throw new Ae(
      r2,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(r2.config) && n.add(qs(r2.config)), n.add(zs(r2.unsafe)), n.add(Ws(r2.completion)), r2.abort && n.add(Is(r2.abort)), r2.progress && n.add(so(r2.progress)), r2.timeout && n.add(uo(r2.timeout)), r2.spawnOptions && n.add(io(r2.spawnOptions)), n.add(ao()), n.add(no(r2.input)), n.add(Mt(to(true))), r2.errors && n.add(Mt(r2.errors)), Xs(n, r2.binary, r2.unsafe?.allowUnsafeCustomBinary), n.add(
    Fs(r2.allowEnvironment ?? [], r2.unsafe?.allowAbbreviatedOptions)
  ), new f2(r2, n);
};

// src/adapters/git-tree.ts
function git(dir) {
  return wo({ baseDir: dir, trimmed: false });
}
async function repoTop(dir) {
  try {
    return (await git(dir).revparse(["--show-toplevel"])).trim();
  } catch {
    throw new InputError("not inside a git repository (check needs one; use `contract-guard diff` for two folders)", dir);
  }
}

// src/core/freeze/model.ts
var import_semver = __toESM(require_semver(), 1);
import { posix } from "node:path";
function freezeFileName(version, label) {
  return `freeze-v${version}${label ? `-${label}` : ""}.json`;
}
function shaIndexFileName(version, label) {
  return `sha-index-v${version}${label ? `-${label}` : ""}.json`;
}
function safeArtifactPath(raw, file) {
  const path = posix.normalize(raw.replace(/\\/g, "/"));
  if (!raw || path.startsWith("../") || path === ".." || posix.isAbsolute(path) || /^[a-zA-Z]:/.test(path) || path.includes("\0")) {
    throw new InputError(`artifact path '${raw}' escapes the contracts root`, file);
  }
  return path;
}
function artifactBytes(a) {
  return a.encoding === "base64" ? Buffer.from(a.content, "base64") : Buffer.from(a.content, "utf8");
}
function createFreeze(tree, version, options) {
  if (!import_semver.default.valid(version)) throw new InputError(`'${version}' is not a valid SemVer version (e.g. 1.2.0)`);
  if (options.latest && !import_semver.default.gt(version, options.latest)) {
    throw new InputError(`version ${version} must be greater than the latest freeze v${options.latest}`);
  }
  if (options.label !== void 0 && !/^[a-z0-9][a-z0-9.-]*$/.test(options.label)) {
    throw new InputError(`label '${options.label}' must be lowercase letters, digits, dots and dashes`);
  }
  const at2 = options.now.toISOString();
  const artifacts = [];
  for (const path of tree.paths()) {
    if (path === FROZEN_DIR || path.startsWith(FROZEN_DIR + "/")) continue;
    const bytes = tree.read(path);
    if (bytes instanceof Oversized)
      throw new InputError(`${overSizeLimit(path, bytes.size).message}: a freeze cannot hold it (leave it out with files.ignore)`, path);
    const text = !isBinary(bytes) && isUtf8(bytes);
    artifacts.push({
      path,
      sha256: sha256(bytes),
      size: bytes.length,
      content: text ? Buffer.from(bytes).toString("utf8") : Buffer.from(bytes).toString("base64"),
      ...text ? {} : { encoding: "base64" },
      frozen_at: at2
    });
  }
  const freeze = { version, ...options.label ? { label: options.label } : {}, created_at: at2, artifacts };
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
function compareVersions(a, b3) {
  return import_semver.default.compare(a.version, b3.version) || compareText(a.created_at, b3.created_at);
}

// src/services/config-file.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// node_modules/fastest-levenshtein/esm/mod.js
var peq = new Uint32Array(65536);
var myers_32 = (a, b3) => {
  const n = a.length;
  const m2 = b3.length;
  const lst = 1 << n - 1;
  let pv = -1;
  let mv = 0;
  let sc = n;
  let i = n;
  while (i--) {
    peq[a.charCodeAt(i)] |= 1 << i;
  }
  for (i = 0; i < m2; i++) {
    let eq = peq[b3.charCodeAt(i)];
    const xv = eq | mv;
    eq |= (eq & pv) + pv ^ pv;
    mv |= ~(eq | pv);
    pv &= eq;
    if (mv & lst) {
      sc++;
    }
    if (pv & lst) {
      sc--;
    }
    mv = mv << 1 | 1;
    pv = pv << 1 | ~(xv | mv);
    mv &= xv;
  }
  i = n;
  while (i--) {
    peq[a.charCodeAt(i)] = 0;
  }
  return sc;
};
var myers_x = (b3, a) => {
  const n = a.length;
  const m2 = b3.length;
  const mhc = [];
  const phc = [];
  const hsize = Math.ceil(n / 32);
  const vsize = Math.ceil(m2 / 32);
  for (let i = 0; i < hsize; i++) {
    phc[i] = -1;
    mhc[i] = 0;
  }
  let j3 = 0;
  for (; j3 < vsize - 1; j3++) {
    let mv2 = 0;
    let pv2 = -1;
    const start2 = j3 * 32;
    const vlen2 = Math.min(32, m2) + start2;
    for (let k2 = start2; k2 < vlen2; k2++) {
      peq[b3.charCodeAt(k2)] |= 1 << k2;
    }
    for (let i = 0; i < n; i++) {
      const eq = peq[a.charCodeAt(i)];
      const pb = phc[i / 32 | 0] >>> i & 1;
      const mb = mhc[i / 32 | 0] >>> i & 1;
      const xv = eq | mv2;
      const xh = ((eq | mb) & pv2) + pv2 ^ pv2 | eq | mb;
      let ph = mv2 | ~(xh | pv2);
      let mh = pv2 & xh;
      if (ph >>> 31 ^ pb) {
        phc[i / 32 | 0] ^= 1 << i;
      }
      if (mh >>> 31 ^ mb) {
        mhc[i / 32 | 0] ^= 1 << i;
      }
      ph = ph << 1 | pb;
      mh = mh << 1 | mb;
      pv2 = mh | ~(xv | ph);
      mv2 = ph & xv;
    }
    for (let k2 = start2; k2 < vlen2; k2++) {
      peq[b3.charCodeAt(k2)] = 0;
    }
  }
  let mv = 0;
  let pv = -1;
  const start = j3 * 32;
  const vlen = Math.min(32, m2 - start) + start;
  for (let k2 = start; k2 < vlen; k2++) {
    peq[b3.charCodeAt(k2)] |= 1 << k2;
  }
  let score = m2;
  for (let i = 0; i < n; i++) {
    const eq = peq[a.charCodeAt(i)];
    const pb = phc[i / 32 | 0] >>> i & 1;
    const mb = mhc[i / 32 | 0] >>> i & 1;
    const xv = eq | mv;
    const xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    score += ph >>> m2 - 1 & 1;
    score -= mh >>> m2 - 1 & 1;
    if (ph >>> 31 ^ pb) {
      phc[i / 32 | 0] ^= 1 << i;
    }
    if (mh >>> 31 ^ mb) {
      mhc[i / 32 | 0] ^= 1 << i;
    }
    ph = ph << 1 | pb;
    mh = mh << 1 | mb;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let k2 = start; k2 < vlen; k2++) {
    peq[b3.charCodeAt(k2)] = 0;
  }
  return score;
};
var distance = (a, b3) => {
  if (a.length < b3.length) {
    const tmp = b3;
    b3 = a;
    a = tmp;
  }
  if (b3.length === 0) {
    return a.length;
  }
  if (a.length <= 32) {
    return myers_32(a, b3);
  }
  return myers_x(a, b3);
};
var closest = (str2, arr) => {
  let min_distance = Infinity;
  let min_index = 0;
  for (let i = 0; i < arr.length; i++) {
    const dist = distance(str2, arr[i]);
    if (dist < min_distance) {
      min_distance = dist;
      min_index = i;
    }
  }
  return arr[min_index];
};

// src/core/validators.generated.ts
var validators_generated_exports = {};
__export(validators_generated_exports, {
  validateConfig: () => validateConfig,
  validateFreeze: () => validateFreeze,
  validateIndex: () => validateIndex
});
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validateConfig = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "contract-guard configuration", "type": "object", "additionalProperties": false, "properties": { "contracts": { "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "units": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "files", "version"], "properties": { "name": { "type": "string", "minLength": 1 }, "files": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "version": { "type": "object", "additionalProperties": false, "required": ["file"], "properties": { "file": { "type": "string", "minLength": 1 }, "key": { "type": "string", "minLength": 1 } } } } } }, "modules": { "type": "object", "additionalProperties": false, "properties": { "root": { "type": "string", "minLength": 1 }, "globals_versions": { "type": "string", "minLength": 1 } } }, "roles": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["glob", "role"], "properties": { "glob": { "type": "string", "minLength": 1 }, "role": { "enum": ["request", "response", "event", "storage"] } } } }, "compatibility": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["mode"], "minProperties": 2, "properties": { "files": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "unit": { "type": "string", "minLength": 1 }, "mode": { "enum": ["backward", "forward", "full", "none", "backward_transitive", "forward_transitive", "full_transitive"] } } } }, "events": { "type": "object", "additionalProperties": false, "properties": { "breaking": { "enum": ["new-channel", "bump"] } } }, "invariants": { "type": "array", "items": { "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["id", "file", "keep"], "properties": { "id": { "type": "string", "minLength": 1 }, "file": { "type": "string", "minLength": 1 }, "pointer": { "type": "string" }, "keep": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 } } }, { "type": "object", "additionalProperties": false, "required": ["id", "paths", "forbid"], "properties": { "id": { "type": "string", "minLength": 1 }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "forbid": { "type": "string", "minLength": 1 } } }, { "type": "object", "additionalProperties": false, "required": ["id", "paths", "require"], "properties": { "id": { "type": "string", "minLength": 1 }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "require": { "type": "string", "minLength": 1 } } }, { "type": "object", "additionalProperties": false, "required": ["id", "paths", "on_change"], "properties": { "id": { "type": "string", "minLength": 1 }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "on_change": { "type": "string", "minLength": 1 } } }] } }, "council": { "type": "object", "additionalProperties": false, "properties": { "teams": { "type": "array", "items": { "type": "string", "pattern": "^[^/\\s]+/[^/\\s]+$" } }, "users": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "approvals": { "type": "integer", "minimum": 1 } } }, "versioning": { "type": "object", "additionalProperties": false, "properties": { "zero_major": { "enum": ["minor", "major"] }, "deprecation_releases": { "type": "integer", "minimum": 0 }, "changelog": { "type": "string", "minLength": 1 }, "migrations": { "type": "string", "minLength": 1 } } }, "rules": { "type": "object", "additionalProperties": { "enum": ["off", "patch", "minor", "major", "warn", "block"] } }, "freeze": { "type": "object", "additionalProperties": false, "properties": { "on_merge": { "enum": ["tag", "commit", "off"] } } }, "files": { "type": "object", "additionalProperties": false, "properties": { "contracts": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "ignore": { "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "judgement": { "enum": ["policy", "strict"] }, "preset": { "enum": ["none", "memoryos"] }, "review": { "type": "object", "additionalProperties": false, "properties": { "max_inline": { "type": "integer", "minimum": 0 } } }, "hotfix": { "type": "object", "additionalProperties": false, "properties": { "label": { "type": "string", "minLength": 1 } } }, "spectral": { "type": "object", "additionalProperties": false, "properties": { "ruleset": { "type": "string", "minLength": 1 } } }, "ignore": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "reason"], "properties": { "rule": { "type": "string", "minLength": 1 }, "file": { "type": "string", "minLength": 1 }, "pointer": { "type": "string" }, "reason": { "type": "string", "minLength": 1 }, "until": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default;
var pattern0 = new RegExp("^[^/\\s]+/[^/\\s]+$", "u");
var pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!func2.call(schema11.properties, key0)) {
          validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.contracts !== void 0) {
          let data0 = data.contracts;
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
          if (data.units !== void 0) {
            let data2 = data.units;
            const _errs6 = errors;
            if (errors === _errs6) {
              if (Array.isArray(data2)) {
                var valid2 = true;
                const len1 = data2.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data3 = data2[i1];
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
            if (data.modules !== void 0) {
              let data10 = data.modules;
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
              if (data.roles !== void 0) {
                let data13 = data.roles;
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
                if (data.compatibility !== void 0) {
                  let data17 = data.compatibility;
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
                  if (data.events !== void 0) {
                    let data23 = data.events;
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
                    if (data.invariants !== void 0) {
                      let data25 = data.invariants;
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
                      if (data.council !== void 0) {
                        let data44 = data.council;
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
                        if (data.versioning !== void 0) {
                          let data50 = data.versioning;
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
                          if (data.rules !== void 0) {
                            let data55 = data.rules;
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
                            if (data.freeze !== void 0) {
                              let data57 = data.freeze;
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
                              if (data.files !== void 0) {
                                let data59 = data.files;
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
                                if (data.judgement !== void 0) {
                                  let data64 = data.judgement;
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
                                  if (data.preset !== void 0) {
                                    let data65 = data.preset;
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
                                    if (data.review !== void 0) {
                                      let data66 = data.review;
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
                                      if (data.hotfix !== void 0) {
                                        let data68 = data.hotfix;
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
                                        if (data.spectral !== void 0) {
                                          let data70 = data.spectral;
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
                                          if (data.ignore !== void 0) {
                                            let data72 = data.ignore;
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
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.artifacts === void 0 && (missing0 = "artifacts")) {
        validate11.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          let data0 = data.version;
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
          if (data.label !== void 0) {
            const _errs3 = errors;
            if (typeof data.label !== "string") {
              validate11.errors = [{ instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.created_at !== void 0) {
              const _errs5 = errors;
              if (typeof data.created_at !== "string") {
                validate11.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.artifacts !== void 0) {
                let data3 = data.artifacts;
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
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.index === void 0 && (missing0 = "index")) {
        validate12.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (typeof data.version !== "string") {
            validate12.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.created_at !== void 0) {
            const _errs3 = errors;
            if (typeof data.created_at !== "string") {
              validate12.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.index !== void 0) {
              let data2 = data.index;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  for (const key0 in data2) {
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
                    for (const key1 in data2) {
                      let data3 = data2[key1];
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

// src/core/policy/policy-rules.ts
var rule = (id, severity, summary, message, fix, ratchet = false) => ({
  id,
  severity,
  summary,
  message,
  fix,
  ratchet
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
var BY_ID = new Map(POLICY_RULES.map((r2) => [r2.id, r2]));
function getPolicyRule(id) {
  const r2 = BY_ID.get(id);
  if (!r2) throw new Error(`unknown policy rule ${id}`);
  return r2;
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
function parseConfig(file, text) {
  const doc = parseText(file, text.replace(/^\s*#.*$/gm, "").trim() ? text : "{}", "yaml");
  const data = doc.data ?? {};
  const validator = validators.validateConfig;
  if (!validator(data)) {
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
    const key = pointer ? pointer.slice(1).replace(/\//g, ".") : "(root)";
    throw new InputError(`config key ${key} ${what}`, file, doc.positions.locate(pointer)?.line);
  }
  for (const [i, inv] of (data.invariants ?? []).entries()) {
    for (const field of ["forbid", "require"]) {
      const pattern = inv[field];
      if (pattern === void 0) continue;
      const refuse = (what) => {
        throw new InputError(`config key invariants.${i}.${field} ${what}`, file, doc.positions.locate(`/invariants/${i}/${field}`)?.line);
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
  refuseEscapingPaths(file, data, doc.positions.locate.bind(doc.positions));
  refuseUnreadableGlobs(file, data, doc.positions.locate.bind(doc.positions));
  for (const id of Object.keys(data.rules ?? {})) {
    if (knownRule(id)) continue;
    const near = closest(id, ruleIds());
    throw new InputError(
      `config key rules.${id} names no rule (did you mean ${near}? see docs/rules.md)`,
      file,
      doc.positions.locate(`/rules/${id}`)?.line
    );
  }
  const d2 = data;
  const scope = contractsScope(d2.contracts ?? DEFAULT_CONFIG.contracts);
  return {
    contracts: scope.root,
    ...d2.contracts === void 0 ? { contractsDefaulted: true } : {},
    scope: scope.globs,
    units: (d2.units ?? []).map((u2) => ({ ...u2, version: { file: u2.version.file, key: u2.version.key ?? "version" } })),
    modules: { ...DEFAULT_CONFIG.modules, ...d2.modules },
    roles: d2.roles ?? [],
    compatibility: d2.compatibility ?? [],
    events: { ...DEFAULT_CONFIG.events, ...d2.events },
    invariants: d2.invariants ?? [],
    council: { ...DEFAULT_CONFIG.council, ...d2.council },
    versioning: { ...DEFAULT_CONFIG.versioning, ...d2.versioning },
    rules: d2.rules ?? {},
    ignore: d2.ignore ?? [],
    freeze: { ...DEFAULT_CONFIG.freeze, ...d2.freeze },
    files: { contracts: d2.files?.contracts ?? [], ignore: d2.files?.ignore ?? [] },
    judgement: d2.judgement ?? "policy",
    preset: d2.preset ?? "none",
    review: { ...DEFAULT_CONFIG.review, ...d2.review },
    hotfix: { ...DEFAULT_CONFIG.hotfix, ...d2.hotfix },
    spectral: { ...DEFAULT_CONFIG.spectral, ...d2.spectral },
    source: {
      file,
      lineOf: (pointer) => doc.positions.locate(pointer)?.line,
      given: (pointer) => pointerIn(data, pointer)
    }
  };
}
function knownRule(id) {
  return !!findRule(id) || POLICY_RULES.some((r2) => r2.id === id);
}
function ruleIds() {
  const prefixed = RULES.filter((r2) => r2.family === "schema").flatMap((r2) => SCHEMA_CONTEXTS.map((c3) => `${c3}-${r2.id}`));
  return [...RULES.map((r2) => r2.id), ...prefixed, ...POLICY_RULES.map((r2) => r2.id)];
}
function refuseUnreadableGlobs(file, data, locate2) {
  const d2 = data;
  const found = [];
  const list = (pointer, values) => Array.isArray(values) && values.forEach((v2, i) => found.push([`${pointer}/${i}`, v2]));
  list("/contracts", d2.contracts);
  list("/files/contracts", d2.files?.contracts);
  list("/files/ignore", d2.files?.ignore);
  for (const key of ["roles", "invariants", "ignore", "units", "compatibility"])
    (d2[key] ?? []).forEach((o2, i) => {
      const at2 = `/${key}/${i}`;
      if (key === "roles" && o2.glob !== void 0) found.push([`${at2}/glob`, o2.glob]);
      if (key === "ignore" && o2.file !== void 0) found.push([`${at2}/file`, o2.file]);
      list(`${at2}/files`, o2.files);
      list(`${at2}/paths`, o2.paths);
    });
  for (const [pointer, glob] of found) {
    const why = globError(glob);
    if (why)
      throw new InputError(
        `config key ${pointer.slice(1).replace(/\//g, ".")} is a glob that cannot be read: ${why}`,
        file,
        locate2(pointer)?.line
      );
  }
}
function refuseEscapingPaths(file, data, locate2) {
  const d2 = data;
  const pointers = [
    "/contracts",
    "/modules/root",
    "/modules/globals_versions",
    "/versioning/changelog",
    "/versioning/migrations",
    "/spectral/ruleset"
  ];
  (d2.invariants ?? []).forEach((inv, i) => pointers.push(..."file" in inv ? [`/invariants/${i}/file`] : []));
  if (Array.isArray(d2.contracts)) d2.contracts.forEach((_3, i) => pointers.push(`/contracts/${i}`));
  (d2.units ?? []).forEach((u2, i) => {
    pointers.push(`/units/${i}/version/file`, ...u2.files.map((_3, j3) => `/units/${i}/files/${j3}`));
  });
  for (const pointer of pointers) {
    let value = data;
    for (const t2 of pointer.slice(1).split("/"))
      value = value && typeof value === "object" ? value[t2] : void 0;
    if (typeof value !== "string") continue;
    const parts = value.replace(/\\/g, "/").split("/");
    if (parts.includes("..") || value.startsWith("/") || /^[a-zA-Z]:/.test(value))
      throw new InputError(
        `config key ${pointer.slice(1).replace(/\//g, ".")} is '${value}': paths are written from the repository root and stay inside it`,
        file,
        locate2(pointer)?.line
      );
  }
}
function pointerIn(data, pointer) {
  let node = data;
  for (const token of pointer.slice(1).split("/")) {
    if (node === null || typeof node !== "object" || !(token in node)) return false;
    node = node[token];
  }
  return true;
}
function isSchemaInvariant(inv) {
  return "keep" in inv;
}

// src/services/config-file.ts
function contractsRoot(top, asked) {
  return normalizeRoot(asked ?? (existsSync2(join2(top, DEFAULT_CONFIG.contracts)) ? DEFAULT_CONFIG.contracts : ""));
}
function loadConfig(top, input) {
  const path = input.configPath ?? CONFIG_PATH;
  if (input.configText !== void 0) return parseConfig(path, input.configText);
  const full = join2(top, path);
  if (!existsSync2(full)) {
    if (input.configPath) throw new InputError("config file not found", path);
    return { ...DEFAULT_CONFIG, contracts: contractsRoot(top, void 0) };
  }
  const config = parseConfig(path, readFileSync2(full, "utf8"));
  return config.contractsDefaulted ? { ...config, contracts: contractsRoot(top, void 0) } : config;
}

// src/services/freezes.ts
import { existsSync as existsSync3, lstatSync as lstatSync2, mkdirSync, readdirSync as readdirSync2, readFileSync as readFileSync3, realpathSync as realpathSync2, rmSync, statSync as statSync2, writeFileSync } from "node:fs";
import { dirname as dirname2, join as join3, posix as posix2, resolve as resolve2, sep as sep2 } from "node:path";

// src/core/freeze/read.ts
var validateFreeze2 = validators.validateFreeze;
var validateIndex2 = validators.validateIndex;
function shapeError(file, text, errors) {
  const e = errors?.[0];
  const pointer = e?.instancePath ?? "";
  const line = parseText(file, text, "json").positions.locate(pointer)?.line;
  return new InputError(`not a freeze file: ${pointer || "(root)"} ${e?.message ?? "is malformed"}`, file, line);
}
function parseJsonFile(file, text) {
  return parseText(file, text, "json").data;
}
function readFreeze(file, text) {
  const data = parseJsonFile(file, text);
  if (!validateFreeze2(data)) throw shapeError(file, text, validateFreeze2.errors);
  const raw = data;
  const seen = /* @__PURE__ */ new Set();
  const artifacts = raw.artifacts.map((a) => {
    const path = safeArtifactPath(String(a.path), file);
    if (seen.has(path)) throw new InputError(`artifact '${path}' appears twice`, file);
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
function readShaIndex(file, text) {
  const data = parseJsonFile(file, text);
  if (!validateIndex2(data)) throw shapeError(file, text, validateIndex2.errors);
  const raw = data;
  const index = {};
  for (const [sha, entry] of Object.entries(raw.index)) {
    const paths = entry.paths?.map((p2) => safeArtifactPath(p2, file));
    index[sha.toLowerCase()] = {
      path: safeArtifactPath(entry.path, file),
      ...paths ? { paths } : {},
      size: Number(entry.size ?? 0),
      frozen_at: entry.frozen_at ?? ""
    };
  }
  return { version: (raw.version ?? "").replace(/^v/, ""), created_at: raw.created_at ?? "", index };
}

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
function mixedEndingsMatch(bytes, k2, sha) {
  const lfs = [];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) lfs.push(i);
  const n = lfs.length;
  if (k2 <= 0 || k2 >= n || n > 2e4) return false;
  const withCr = (isCrlf) => {
    const out = new Uint8Array(bytes.length + k2);
    let from = 0;
    let to2 = 0;
    lfs.forEach((at2, line) => {
      out.set(bytes.subarray(from, at2), to2);
      to2 += at2 - from;
      if (isCrlf(line)) out[to2++] = 13;
      from = at2;
    });
    out.set(bytes.subarray(from), to2);
    return out;
  };
  for (let start = 0; start + k2 <= n; start++) {
    if (sha256(withCr((l3) => l3 >= start && l3 < start + k2)) === sha) return true;
    const lf = n - k2;
    if (start + lf <= n && sha256(withCr((l3) => l3 < start || l3 >= start + lf)) === sha) return true;
  }
  return false;
}
function verifyFreeze(file, freeze) {
  const findings = [];
  const lineEndings = [];
  let crlf = 0;
  for (const a of freeze.artifacts) {
    const { integrity, actual, bytes } = artifactIntegrity(a);
    if (integrity === "crlf") crlf++;
    else if (integrity === "line-endings") lineEndings.push(a.path);
    else if (integrity === "hash-mismatch") {
      findings.push({
        file,
        path: a.path,
        message: `content does not match its SHA-256 (recorded ${a.sha256.slice(0, 12)}\u2026, actual ${actual.slice(0, 12)}\u2026): edited by hand?`
      });
    } else if (integrity === "size-mismatch")
      findings.push({ file, path: a.path, message: `size ${a.size} recorded, ${bytes} bytes stored` });
  }
  return { findings, crlf, lineEndings };
}
function verifyIndex(file, index, freeze) {
  const out = [];
  const byPath = new Map(freeze.artifacts.map((a) => [a.path, a]));
  for (const [sha, entry] of Object.entries(index.index)) {
    for (const path of entry.paths ?? [entry.path]) {
      const a = byPath.get(path);
      if (!a) out.push({ file, path, message: `indexed artifact is missing from freeze v${freeze.version}` });
      else if (a.sha256 !== sha)
        out.push({ file, path, message: `index records ${sha.slice(0, 12)}\u2026, freeze v${freeze.version} holds ${a.sha256.slice(0, 12)}\u2026` });
    }
  }
  const indexed = new Set(Object.keys(index.index));
  for (const a of freeze.artifacts)
    if (!indexed.has(a.sha256))
      out.push({ file, path: a.path, message: `artifact of freeze v${freeze.version} is missing from the index` });
  return out;
}

// src/core/policy/scope.ts
var DEPENDENCY_DIRS = ["node_modules", "vendor", ".git", ".venv", "venv", "__pycache__"];
var BUILD_DIRS = ["dist", "build", "target", "out", "coverage"];
var dirs = (names) => new RegExp(`(^|/)(${names.map((d2) => d2.replace(".", "\\.")).join("|")})/`);
var DEPENDENCY = dirs(DEPENDENCY_DIRS);
var DEPENDENCY_OR_BUILD = dirs([...DEPENDENCY_DIRS, ...BUILD_DIRS]);
function contractScope(config) {
  const prefix = config.contracts ? config.contracts + "/" : "";
  const excluded = config.contracts && !config.scope.length ? DEPENDENCY : DEPENDENCY_OR_BUILD;
  return (p2) => p2.startsWith(prefix) && !excluded.test(p2) && (!config.scope.length || matchesAny(p2, config.scope));
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
      for (const f3 of reachedFrom(docs, frontier)) {
        if (seen.has(f3) || !f3.startsWith(prefix) || DEPENDENCY.test(f3)) continue;
        seen.add(f3);
        next.push(f3);
        if (!inScope(f3)) extra.add(f3);
      }
      frontier = next;
    }
  }
  return extra.size ? (p2) => inScope(p2) || extra.has(p2) : inScope;
}

// src/services/freezes.ts
var MAX_FREEZE_BYTES = 512 * 1024 * 1024;
function freezeScope(top, rootOption) {
  const config = unlessUnreadable(() => loadConfig(top, {}));
  const root = contractsRoot(top, rootOption ?? (config?.source?.given("/contracts") ? config.contracts : void 0));
  if (!existsSync3(join3(top, root))) throw new InputError(`contracts root '${root}' does not exist`, top);
  const scope = { contracts: root, scope: rootOption === void 0 ? config?.scope ?? [] : [] };
  const inScope = withReferences(scope, contractScope(scope), [new FsTree(top, [root])]);
  const prefix = root ? root + "/" : "";
  return { root, keep: (p2) => inScope(prefix + p2) };
}
var FreezeStore = class {
  /**
   * `root`: the contracts folder on disk. `display`: how to name files in messages (e.g. `contracts/_frozen/x`).
   * `keep`: which files under the root (root-relative) a freeze holds: the contracts scope.
   */
  constructor(root, display = (name) => join3(FROZEN_DIR, name), keep = () => true) {
    this.root = root;
    this.display = display;
    this.keep = keep;
    this.frozenDir = join3(root, FROZEN_DIR);
  }
  root;
  display;
  keep;
  frozenDir;
  read(name) {
    const full = join3(this.frozenDir, name);
    if (statSync2(full).size > MAX_FREEZE_BYTES) throw new InputError("freeze file over 512 MB", this.display(name));
    return readFileSync3(full, "utf8");
  }
  /** Versioned freezes (not the -latest copies), newest first. */
  list() {
    if (!existsSync3(this.frozenDir)) return [];
    return readdirSync2(this.frozenDir).filter((n) => /^freeze-v.+\.json$/.test(n)).map((n) => ({ file: this.display(n), freeze: readFreeze(this.display(n), this.read(n)) })).sort((a, b3) => compareVersions(b3.freeze, a.freeze));
  }
  latest() {
    return this.list()[0];
  }
  /** By file suffix (`1.1.0-stable` → freeze-v1.1.0-stable.json) or by version. */
  get(spec) {
    const want = spec.replace(/^v/, "");
    const all = this.list();
    const hit = all.find((s) => s.file.endsWith(freezeFileName(want))) ?? all.find((s) => s.freeze.version === want);
    if (!hit) {
      const known = all.map((s) => s.freeze.version + (s.freeze.label ? `-${s.freeze.label}` : "")).join(", ") || "none";
      throw new InputError(`no freeze '${spec}' (known: ${known})`, this.display(""));
    }
    return hit;
  }
  create(version, options = {}) {
    const latest = this.latest();
    let made;
    try {
      made = createFreeze(filterTree(new FsTree(this.root), this.keep), version.replace(/^v/, ""), {
        label: options.label,
        now: options.now ?? /* @__PURE__ */ new Date(),
        latest: latest?.freeze.version
      });
    } catch (err) {
      if (err instanceof InputError && err.file) throw new InputError(err.message, posix2.join(posix2.dirname(this.display("")), err.file));
      throw err;
    }
    const { freeze, index } = made;
    const [first, ...rest] = freezeFiles(freeze, index);
    const name = first.name;
    if (existsSync3(join3(this.frozenDir, name)))
      throw new InputError(`freeze ${name} already exists; frozen history is append-only`, this.display(name));
    mkdirSync(this.frozenDir, { recursive: true });
    writeFileSync(join3(this.frozenDir, name), first.content, { flag: "wx" });
    for (const f3 of rest) writeFileSync(join3(this.frozenDir, f3.name), f3.content);
    return { file: this.display(name), freeze };
  }
  /** Recompute every hash of every freeze and index. */
  verify() {
    const findings = [];
    const lineEndings = [];
    let crlf = 0;
    if (!existsSync3(this.frozenDir)) throw new InputError("no frozen history to verify: the folder does not exist", this.display(""));
    const freezes = this.list();
    if (!freezes.length) throw new InputError("no frozen history to verify: the folder holds no freeze-v*.json", this.display(""));
    for (const s of freezes) {
      const v2 = verifyFreeze(s.file, s.freeze);
      findings.push(...v2.findings);
      crlf += v2.crlf;
      lineEndings.push(...v2.lineEndings.map((p2) => `${s.file} ${p2}`));
    }
    const byVersion = new Map(freezes.map((s) => [s.freeze.version + (s.freeze.label ? `-${s.freeze.label}` : ""), s.freeze]));
    const names = existsSync3(this.frozenDir) ? readdirSync2(this.frozenDir) : [];
    for (const name of names.filter((n) => /^sha-index-.+\.json$/.test(n))) {
      const index = readShaIndex(this.display(name), this.read(name));
      const key = name === "sha-index-latest.json" ? void 0 : name.replace(/^sha-index-v|\.json$/g, "");
      const freeze = key ? byVersion.get(key) ?? freezes.find((s) => s.freeze.version === index.version)?.freeze : freezes[0]?.freeze;
      if (!freeze) findings.push({ file: this.display(name), message: `no freeze v${index.version || key} to match this index` });
      else findings.push(...verifyIndex(this.display(name), index, freeze));
    }
    if (names.includes("freeze-latest.json")) {
      const latest = readFreeze(this.display("freeze-latest.json"), this.read("freeze-latest.json"));
      findings.push(...verifyFreeze(this.display("freeze-latest.json"), latest).findings);
      const newest = freezes[0]?.freeze;
      if (newest && (latest.version !== newest.version || serialize(latest) !== serialize(newest))) {
        findings.push({ file: this.display("freeze-latest.json"), message: `is not a copy of the newest freeze v${newest.version}` });
      }
    }
    return { checked: freezes.length, findings, crlf, lineEndings };
  }
};
async function restoreFreeze(root, freeze, options = {}) {
  const realRoot = realpathSync2(root);
  if (!options.force && !options.dryRun) await refuseUncommitted(root);
  const targets = new Map(freeze.artifacts.map((a) => [a.path, a]));
  const plan = { write: [], remove: [], unchanged: 0 };
  for (const [path, artifact] of targets) {
    const full = containedPath(realRoot, path);
    const want = artifactBytes(artifact);
    const have = existsSync3(full) && lstatSync2(full).isFile() ? readFileSync3(full) : void 0;
    if (have && sameContent(have, want)) plan.unchanged++;
    else plan.write.push(path);
  }
  for (const path of new FsTree(realRoot).paths()) {
    if (path.startsWith(FROZEN_DIR + "/")) continue;
    if (!targets.has(path)) plan.remove.push(path);
  }
  if (options.dryRun) return plan;
  for (const path of plan.write) {
    const full = containedPath(realRoot, path);
    mkdirSync(dirname2(full), { recursive: true });
    containedPath(realRoot, path);
    writeFileSync(full, artifactBytes(targets.get(path)));
  }
  for (const path of plan.remove) rmSync(containedPath(realRoot, path), { force: true });
  return plan;
}
function containedPath(realRoot, rel) {
  const full = resolve2(realRoot, rel);
  if (!full.startsWith(realRoot + sep2)) throw new InputError(`refusing to write outside the contracts root: ${rel}`);
  let existing = full;
  while (!existsSync3(existing)) existing = dirname2(existing);
  const real = realpathSync2(existing);
  if (real !== realRoot && !real.startsWith(realRoot + sep2))
    throw new InputError(`refusing to write through a link that leaves the contracts root: ${rel}`);
  if (existsSync3(full) && lstatSync2(full).isSymbolicLink()) throw new InputError(`refusing to overwrite a symbolic link: ${rel}`);
  return full;
}
async function refuseUncommitted(root) {
  let status;
  try {
    status = await git(root).raw(["status", "--porcelain", "--untracked-files=all", "--", "."]);
  } catch {
    throw new InputError(
      "cannot tell whether the contracts folder has uncommitted work (not a git repository); pass --force to restore anyway",
      root
    );
  }
  const dirty = status.split("\n").filter((l3) => l3.trim() && !l3.slice(3).includes(`${FROZEN_DIR}/`));
  if (dirty.length) {
    throw new InputError(
      `refusing to restore over ${dirty.length} uncommitted change${dirty.length === 1 ? "" : "s"} in the contracts folder (${dirty.slice(0, 3).map((l3) => l3.slice(3)).join(", ")}${dirty.length > 3 ? ", \u2026" : ""}); commit or stash them, or pass --force`,
      root
    );
  }
}

// src/core/modules.ts
function moduleTagName(module, version) {
  return `contracts-${/^[\w.-]+$/.test(module) ? module : unitSlug(module)}-${version}`;
}

// src/core/policy/config-paths.ts
function pathKeys(config) {
  const keys = [
    // a changelog that does not exist yet is the changelog check's to report, with a first entry drafted: not exit 2
    { pointer: "/versioning/changelog", get: (c3) => c3.versioning.changelog, set: (c3, v2) => c3.versioning.changelog = v2 },
    { pointer: "/versioning/migrations", get: (c3) => c3.versioning.migrations, set: (c3, v2) => c3.versioning.migrations = v2, folder: true },
    { pointer: "/modules/root", get: (c3) => c3.modules.root, set: (c3, v2) => c3.modules.root = v2, folder: true },
    { pointer: "/modules/globals_versions", get: (c3) => c3.modules.globals_versions, set: (c3, v2) => c3.modules.globals_versions = v2 }
  ];
  config.units.forEach((u2, i) => {
    keys.push({ pointer: `/units/${i}/version/file`, get: (c3) => c3.units[i].version.file, set: (c3, v2) => c3.units[i].version.file = v2 });
  });
  config.invariants.forEach((inv, i) => {
    if (!isSchemaInvariant(inv)) return;
    keys.push({
      pointer: `/invariants/${i}/file`,
      get: (c3) => c3.invariants[i].file,
      set: (c3, v2) => c3.invariants[i].file = v2,
      required: true
    });
  });
  return keys;
}
function configPathCandidates(config) {
  const prefix = config.contracts ? config.contracts + "/" : "";
  const files = [];
  const folders = [];
  for (const key of pathKeys(config)) {
    const value = clean(key.get(config));
    (key.folder ? folders : files).push(value, prefix + value);
  }
  return { files, folders };
}
function clean(path) {
  return path.replace(/^\.\//, "").replace(/\/+$/, "");
}

// src/services/unit-versions.ts
function contractsOf(whole, config, layout) {
  const inScope = withReferences(config, contractScope(config), [whole]);
  const named = configPathCandidates(config).files;
  const tree = filterTree(whole, (p2) => !layout.isFrozen(p2) && inScope(p2));
  const docs = new Documents(filterTree(whole, (p2) => !layout.isFrozen(p2) && (inScope(p2) || named.includes(p2))));
  const units = findUnits(docs.tree.paths(), docs, layout, config.units).list.filter((u2) => u2.home);
  return { units: units.map((u2) => ({ name: u2.name, version: versionAt(docs, u2.home) })), tree };
}

// src/services/tags.ts
async function tagModules(top, root, options = {}) {
  const g2 = git(top);
  const have = new Set(
    (await g2.raw(["tag", "--list", "contracts-*"])).split("\n").map((t2) => t2.trim()).filter(Boolean)
  );
  const config = { ...unlessUnreadable(() => loadConfig(top, {})) ?? DEFAULT_CONFIG, contracts: root };
  const layout = new ContractsLayout(root, config.modules.root);
  const created = [];
  const existing = [];
  for (const unit of contractsOf(new FsTree(top, [root]), config, layout).units) {
    if (!unit.version) continue;
    const tag = moduleTagName(unit.name, unit.version);
    if (have.has(tag)) existing.push(tag);
    else {
      await g2.raw(["tag", tag, "HEAD"]);
      created.push(tag);
    }
  }
  if (options.push && created.length) await g2.raw(["push", options.remote ?? "origin", ...created.map((t2) => `refs/tags/${t2}`)]);
  return { created, existing };
}

// src/cli/output.ts
import { styleText } from "node:util";

// package.json
var package_default = {
  name: "contract-guard",
  version: "0.1.0",
  description: 'Contract governance for "contracts are law" repositories: diff, classify and gate OpenAPI, JSON Schema and versions.yaml changes against frozen snapshots.',
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20.12"
  },
  bin: {
    "contract-guard": "dist/cli.js"
  },
  scripts: {
    start: "node dist/cli.js demo",
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "npm run format:check && npm run build && npm run typecheck && node scripts/run-tests.mjs",
    conformance: "node --import tsx scripts/conformance.ts",
    bench: "npm run build && node --import tsx scripts/bench.ts",
    docs: "node --import tsx scripts/gen-rules-doc.ts",
    app: "node dist/app.js",
    format: 'prettier --write "src/**/*.ts" "test/**/*.ts" "scripts/**/*.{ts,mjs}"',
    "format:check": 'prettier --check "src/**/*.ts" "test/**/*.ts" "scripts/**/*.{ts,mjs}"',
    load: "npm run build && node --import tsx scripts/load.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@stoplight/spectral-core": "^1.24.1",
    "@stoplight/spectral-functions": "^1.11.1",
    "@stoplight/spectral-parsers": "^1.0.5",
    "@stoplight/spectral-rulesets": "^1.23.1",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    avsc: "^5.7.9",
    bullmq: "^5.81.5",
    diff: "^9.0.0",
    "fastest-levenshtein": "^1.0.16",
    "js-yaml": "^5.5.0",
    "jsonc-parser": "^3.3.1",
    probot: "^14.3.2",
    "prom-client": "^15.1.3",
    re2js: "^2.10.0",
    refa: "^0.12.1",
    semver: "^7.8.6",
    "simple-git": "^4.0.2",
    ulid: "^3.0.2",
    yaml: "^2.9.1",
    "yocto-queue": "^1.2.2",
    zeptomatch: "^2.1.0"
  },
  devDependencies: {
    "@asyncapi/diff": "^0.5.0",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/node": "^20.19.43",
    "@types/semver": "^7.8.0",
    esbuild: "^0.28.2",
    "github-markdown-css": "^5.9.0",
    marked: "^18.2.1",
    "octokit-openapi-new": "npm:@octokit/openapi@23.0.2",
    "octokit-openapi-old": "npm:@octokit/openapi@21.0.0",
    "octokit-webhooks-new": "npm:@octokit/openapi-webhooks@^12.1.0",
    "octokit-webhooks-old": "npm:@octokit/openapi-webhooks@^11.0.0",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    tsx: "^4.23.15",
    typescript: "^7.0.2"
  },
  overrides: {
    "msgpackr-extract": "3.0.4"
  },
  scarfSettings: {
    enabled: false
  }
};

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
  const v2 = shortenStrings(value);
  const text = (spaced ? spacedJson(v2) : JSON.stringify(v2)) ?? String(value);
  if (text.length <= MAX_SHOWN) return codeSpan(oneLine(text));
  return codeSpan(oneLine(abridged(v2, spaced, MAX_SHOWN))) + " (abridged; the JSON report has it whole)";
}
var MAX_SHOWN = 300;
function abridged(value, spaced, room) {
  if (!value || typeof value !== "object") {
    const text = JSON.stringify(value) ?? "null";
    return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1))}\u2026`;
  }
  const list = Array.isArray(value);
  const entries = list ? value.map((v2) => [void 0, v2]) : Object.entries(value).filter(([, v2]) => v2 !== void 0);
  const parts = [];
  let used = 2;
  for (const [k2, v2] of entries) {
    const head = k2 === void 0 ? "" : JSON.stringify(k2) + (spaced ? ": " : ":");
    const left = room - used - head.length - 16;
    if (left < 4) break;
    const part = head + abridged(v2, spaced, left);
    parts.push(part);
    used += part.length + 2;
  }
  if (parts.length < entries.length) parts.push(`\u2026 ${(entries.length - parts.length).toLocaleString("en-US")} more`);
  const inside = parts.join(spaced ? ", " : ",");
  return list ? `[${inside}]` : `{${inside}}`;
}
function spacedJson(value) {
  if (Array.isArray(value)) return `[${value.map((v2) => spacedJson(v2) ?? "null").join(", ")}]`;
  if (value && typeof value === "object")
    return `{${Object.entries(value).filter(([, v2]) => v2 !== void 0).map(([k2, v2]) => `${JSON.stringify(k2)}: ${spacedJson(v2)}`).join(", ")}}`;
  return JSON.stringify(value);
}
var LONG = 40;
function shortenStrings(value) {
  if (typeof value === "string") return value.length > LONG ? `${value.slice(0, 24)}\u2026${value.slice(-12)}` : value;
  if (Array.isArray(value)) return value.map(shortenStrings);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k2, v2]) => [k2, shortenStrings(v2)]));
  return value;
}

// src/core/report/verdict.ts
function verdictOf(report) {
  if (report.hotfix?.authorised && (report.blocked || report.approval?.required)) return "hotfix";
  if (report.blocked) return "blocked";
  if (report.approval?.required) return report.approval.approved ? "approved" : "approval";
  return "pass";
}
var BLOCKED_BY = {
  "version-bump-missing": (v2, r2) => `needs a ${r2.modules.find((m2) => m2.name === v2.module)?.requiredBump ?? "bigger"} version bump`,
  "changeset-missing": (v2, r2) => `needs a changeset declaring a ${r2.modules.find((m2) => m2.name === v2.module)?.requiredBump ?? "bigger"} release`,
  "version-decreased": () => "its version went down",
  "invariant-removed": () => "removes a frozen invariant",
  "frozen-history-edited": () => "edits the frozen history",
  "contract-unreadable": () => "leaves a contract unreadable",
  "contract-too-large": () => "holds a contract too large to read"
};
var ASKED_FOR = {
  "policy-changed": (v2) => `it changes the guard's policy (${v2.file})`,
  "code-invariant-touched": () => "it changes code a frozen contract guards"
};
function verdictExplains(ruleId) {
  return ruleId === "version-bump-missing" || ruleId === "changeset-missing" || ruleId === "version-decreased" || ruleId === "major-change";
}
function verdictLine(report) {
  const kind = verdictOf(report);
  const own = report.changes.filter((c3) => !c3.earlier);
  const breaking = own.filter((c3) => c3.level === "major").length;
  const level = maxLevel(own.map((c3) => c3.level));
  const earlier = report.changes.filter((c3) => c3.earlier && c3.level === "major");
  const none = own.length < report.changes.length ? "no contract changes of its own" : "no contract changes";
  const asked = report.violations?.find((v2) => v2.approvable && ASKED_FOR[v2.ruleId]);
  const what = (breaking ? counted(breaking, "breaking change") : asked ? ASKED_FOR[asked.ruleId](asked) : level !== "none" ? `${level} change` : none) + (earlier.length ? ` (${counted(earlier.length, "breaking change")} already on ${earlier[0].earlier})` : "");
  if (kind === "hotfix") return `\u{1F6A8} emergency hotfix: ${what} (authorised by @${report.hotfix.by}; freeze right after merge)`;
  if (kind === "blocked") {
    const blocking = report.violations?.filter((v2) => v2.blocking) ?? [];
    const first = blocking[0];
    const why = first && BLOCKED_BY[first.ruleId] ? BLOCKED_BY[first.ruleId](first, report) : `${counted(blocking.length, "problem")} to fix`;
    const more = first && BLOCKED_BY[first.ruleId] && blocking.length > 1 ? ` (and ${counted(blocking.length - 1, "more problem")})` : "";
    return `\u26D4 blocked: ${why}${more}`;
  }
  if (kind === "approval") return `\u26A0\uFE0F needs Contract Council approval: ${what}`;
  if (kind === "approved")
    return `\u2705 approved by the Contract Council (${report.approval.approvedBy.map((u2) => `@${u2}`).join(", ")}): ${what}`;
  return `\u2705 passes: ${what}`;
}

// src/core/report/github.ts
var CHANGE_COMMAND = { major: "error", minor: "warning", patch: "notice" };
var ANNOTATIONS_PER_KIND = 10;
function renderGithub(report) {
  const wanted = [];
  const add = (kind, line) => wanted.push({ kind, line });
  for (const v2 of (report.violations ?? []).filter((x3) => x3.blocking))
    add("error", command("error", v2.file, v2.line, v2.ruleId, `${v2.message}. Fix: ${v2.fix}`));
  for (const e of report.errors) add("error", command("error", e.file, e.line, "unreadable contract", diagnosticText(e)));
  for (const v2 of (report.violations ?? []).filter((x3) => !x3.blocking))
    add("warning", command("warning", v2.file, v2.line, v2.ruleId, `${v2.message}. Fix: ${v2.fix}`));
  for (const c3 of report.changes) {
    const cmd = CHANGE_COMMAND[c3.level];
    if (cmd) add(cmd, command(cmd, c3.file, c3.line, `${c3.level} change: ${c3.ruleId}`, `${changeText(c3)}
${c3.hint}`));
  }
  const { shown, rest } = withinStepLimits(wanted, (w2) => w2.kind);
  const lines = shown.map((w2) => w2.line);
  if (rest)
    lines.push(
      `::notice title=contract-guard::${escapeData(`${rest} more than GitHub shows in one step: run \`contract-guard check\` (or --format json) for the full report`)}`
    );
  lines.push(`contract-guard ${report.violations ? verdictLine(report) : `${report.level} contract change`}`);
  return lines.join("\n") + "\n";
}
function withinStepLimits(items, kindOf) {
  const count = { error: 0, warning: 0, notice: 0 };
  const dropped = { error: 0, warning: 0, notice: 0 };
  const shown = [];
  for (const item of items) {
    const kind = kindOf(item);
    if (count[kind] < ANNOTATIONS_PER_KIND - (kind === "notice" ? 1 : 0)) {
      shown.push(item);
      count[kind]++;
    } else dropped[kind]++;
  }
  const rest = Object.entries(dropped).filter(([, n]) => n).map(([k2, n]) => `${n} ${k2}${n === 1 ? "" : "s"}`).join(", ");
  return { shown, rest };
}
function command(kind, file, line, title, message) {
  const props = [`file=${escapeProperty(file)}`, ...line ? [`line=${line}`] : [], `title=${escapeProperty(title)}`];
  return `::${kind} ${props.join(",")}::${escapeData(message)}`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/core/report/json.ts
function publicChange(c3) {
  return {
    ruleId: c3.ruleId,
    level: c3.level,
    module: c3.module,
    file: c3.file,
    pointer: c3.pointer,
    ...c3.line !== void 0 ? { line: c3.line, column: c3.column } : {},
    message: changeText(c3),
    hint: c3.hint,
    ...c3.via?.first ? { via: [c3.via.first, ...c3.via.others] } : {},
    ...c3.semantic ? { semantic: c3.semantic } : {}
  };
}
function publicReport(report) {
  return { ...report, changes: report.changes.map(publicChange) };
}
function reportJson(report) {
  return JSON.stringify(publicReport(report), null, 2);
}

// src/core/report/sarif.ts
var CHANGE_LEVEL = { major: "error", minor: "warning", patch: "note", none: "none" };
function renderSarif(report, version) {
  const results = [
    ...(report.violations ?? []).map((v2) => ({
      ruleId: v2.ruleId,
      level: v2.blocking ? "error" : "warning",
      message: { text: `${v2.message}. Fix: ${v2.fix}` },
      locations: [location(v2.file, v2.line)]
    })),
    ...report.changes.map((c3) => ({
      ruleId: c3.ruleId,
      level: CHANGE_LEVEL[c3.level],
      message: { text: `${changeText(c3)}. ${c3.hint}` },
      locations: [location(c3.file, c3.line)],
      // the same change on another run is the same alert in code scanning
      partialFingerprints: { contractGuard: `${c3.ruleId}|${c3.file}|${c3.pointer}` }
    }))
  ];
  const used = new Set(results.map((r2) => r2.ruleId));
  const rules = [
    ...RULES.flatMap((r2) => [...used].filter((id) => findRule(id)?.rule.id === r2.id).map((id) => ({ id, text: r2.summary, help: r2.hint }))),
    ...POLICY_RULES.filter((r2) => used.has(r2.id)).map((r2) => ({ id: r2.id, text: r2.summary, help: getPolicyRule(r2.id).fix }))
  ];
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "contract-guard",
            version,
            rules: rules.map((r2) => ({ id: r2.id, shortDescription: { text: r2.text }, help: { text: r2.help } }))
          }
        },
        results
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
function location(file, line) {
  return { physicalLocation: { artifactLocation: { uri: file }, ...line ? { region: { startLine: line } } : {} } };
}

// src/core/report/drafts.ts
function draftLink(p2, links) {
  if (!links) return "";
  if (p2.after === void 0)
    return `<a href="${attr(links.newFile(p2.path, p2.text))}">Create <code>${html(p2.path)}</code> from this draft</a>`;
  const where = p2.after === 0 ? "at the top" : `after line ${p2.after}`;
  return `<a href="${attr(links.editFile(p2.path))}">Edit <code>${html(p2.path)}</code></a> and paste it ${where}`;
}
function draftDetails(p2, links) {
  const link = draftLink(p2, links);
  return [
    `<details><summary>\u{1F4DD} Draft for <code>${html(p2.path)}</code>${link ? ` \xB7 ${link}` : ""}</summary>`,
    "",
    fenced(p2.text, "markdown"),
    "",
    "</details>"
  ].join("\n");
}
function fenced(text, lang = "") {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m2) => m2[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}
${text.replace(/\n$/, "")}
${fence}`;
}
var html = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
var attr = (s) => html(s).replace(/"/g, "&quot;");

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
  const h3 = report.hotfix;
  if (h3?.authorised)
    top.push(
      `> \u{1F6A8} **Emergency hotfix** authorised by @${h3.by} (label \`${h3.label}\`): this check passes although the problems below stand. Freeze the contracts right after merge, and fix forward.`,
      ""
    );
  else if (h3?.rebased)
    top.push(
      `> \u26A0\uFE0F The label \`${h3.label}\` was added by @${h3.by} before this pull request's base branch was changed: it let the head into the branch it targeted then, not this one. A Contract Council member must add it again (remove it and add it) for this base.`,
      ""
    );
  else if (h3?.stale)
    top.push(
      `> \u26A0\uFE0F The label \`${h3.label}\` was added by @${h3.by} before the latest push: it let through what was pushed then, not the commits since. A Contract Council member must add it again (remove it and add it) for this head.`,
      ""
    );
  else if (h3)
    top.push(
      `> \u26A0\uFE0F The label \`${h3.label}\` was added by @${h3.by}, who is not on the Contract Council: it has no effect. A Contract Council member must add it (remove it and ask one).`,
      ""
    );
  const approved = report.approval?.approved && report.approval.approvedBy?.length;
  const breaking = report.changes.filter((c3) => c3.level === "major");
  if (breaking.length) {
    const title = approved ? `**Breaking changes** approved by ${report.approval.approvedBy.map((u2) => `@${u2}`).join(", ")}` : "**Breaking changes**";
    top.push(title, "", "| where | what changed | who breaks |", "|---|---|---|");
    for (const c3 of varied(breaking).slice(0, MAX_BREAKING_ROWS)) top.push(breakingRow(c3));
    if (breaking.length > MAX_BREAKING_ROWS)
      top.push(
        "",
        `\u2026 and ${breaking.length - MAX_BREAKING_ROWS} more breaking changes: each is annotated on its line in the check run, and all are in the JSON report.`
      );
    top.push("");
  }
  const blocking = report.violations?.filter((v2) => v2.blocking) ?? [];
  const pending = approved ? [] : report.violations?.filter((v2) => v2.approvable) ?? [];
  const next = blocking[0] ?? pending.find((v2) => v2.ruleId === "major-change") ?? pending[0];
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
  const debt = (report.warned ?? []).filter((v2) => v2.debt);
  const warnings = shownWarnings(report);
  for (const { line, finding: v2 } of warnings.slice(0, 20))
    rest.push(
      v2 ? `> \u26A0\uFE0F ${escape(v2.message)}. **Fix:** ${escape(v2.fix)} <sub>${ruleLink(v2.ruleId)} \xB7 ${placeOf(v2.file, v2.line)}</sub>` : `> \u26A0\uFE0F ${escape(line)}`,
      ""
    );
  if (warnings.length > 20) rest.push(`> \u26A0\uFE0F \u2026 and ${warnings.length - 20} more warnings (see the JSON report)`, "");
  const list = (title, icon, items) => {
    if (!items.length) return;
    rest.push(`**${title}**`, "");
    for (const v2 of items)
      rest.push(`- ${icon} ${escape(v2.message)}. **Fix:** ${escape(v2.fix)} <sub>${ruleLink(v2.ruleId)} \xB7 ${placeOf(v2.file, v2.line)}</sub>`);
    rest.push("");
  };
  list(
    "Blocking",
    "\u26D4",
    blocking.filter((v2) => v2 !== next)
  );
  list(
    "Needs Contract Council approval",
    "\u26A0\uFE0F",
    pending.filter((v2) => v2 !== next)
  );
  if (report.modules.some((m2) => m2.requiredBump !== void 0)) {
    rest.push("| unit | level | frozen | current | required bump |", "|---|---|---|---|---|");
    for (const m2 of report.modules.filter((x3) => x3.requiredBump !== void 0))
      rest.push(
        `| ${m2.name}${m2.inherits?.length ? ` (inherits ${m2.inherits.map((f3) => `\`${f3}\``).join(", ")})` : ""} | ${ICON[m2.level]} ${m2.level} | ${m2.frozenVersion ?? "\u2013"} | ${currentShown(m2, "\u2013")} | ${m2.requiredBump} |`
      );
    rest.push("");
  }
  for (const d2 of report.drafts ?? []) rest.push(draftDetails(d2.proposal, links), "");
  const asked = new Set([...blocking, ...pending, ...report.warned ?? []].map((v2) => `${v2.ruleId}|${v2.module ?? ""}`));
  const checklist = (report.checklist ?? []).filter((i) => i.done || !i.ruleId || !asked.has(`${i.ruleId}|${i.module ?? ""}`));
  if (checklist.length) {
    rest.push("**Migration checklist**", "");
    for (const item of checklist) rest.push(`- [${item.done ? "x" : " "}] ${escape(item.text)}`);
    rest.push("");
  }
  if (debt.length) {
    rest.push(`**${debt.length} problem${debt.length === 1 ? "" : "s"} already on the base branch** (debt: reported, not blocking)`, "");
    for (const v2 of debt.slice(0, 50))
      rest.push(
        `- ${escape(v2.message.endsWith(DEBT_NOTE) ? v2.message.slice(0, -DEBT_NOTE.length) : v2.message)} <sub>${ruleLink(v2.ruleId)} \xB7 ${placeOf(v2.file, v2.line)}</sub>`
      );
    if (debt.length > 50) rest.push(`- \u2026 and ${debt.length - 50} more (see the JSON report)`);
    rest.push("");
  }
  const unproven = coverageLine(report.semantic);
  if (unproven) rest.push(unproven, "");
  let head = top.join("\n");
  if (head.length > limit / 2)
    head = head.slice(0, limit / 2).replace(/\n[^\n]*$/, "") + "\n\n\u2026 (cut: see the check run and the JSON report)\n";
  const others = report.changes.filter((c3) => c3.level !== "major");
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
function bounded(text, limit) {
  return text.length <= limit ? text : text.slice(0, limit - 60).replace(/\n[^\n]*$/, "") + "\n\n\u2026 (cut at the size limit: see the JSON report)\n";
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
function whoBreaks(c3) {
  const family = findRule(c3.ruleId)?.rule.family;
  if (family === "avro")
    return c3.role === "storage" ? "readers of stored data" : c3.role === "request" || c3.role === "response" ? "consumers of the event" : "producers and consumers";
  if (c3.context) return WHO[c3.context] ?? "readers";
  if (c3.role) return WHO[c3.role] ?? "readers";
  return family === "asyncapi" ? "publishers and subscribers" : family === "openapi" ? "API clients" : "readers of this file";
}
function varied(changes) {
  const seen = /* @__PURE__ */ new Map();
  const rank = new Map(changes.map((c3) => [c3, seen.set(c3.ruleId, (seen.get(c3.ruleId) ?? 0) + 1).get(c3.ruleId)]));
  return [...changes].sort((a, b3) => rank.get(a) - rank.get(b3));
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
function breakingRow(c3) {
  const colon = placeEnd(c3.message);
  const op = colon < 0 ? OPERATION.exec(c3.message) : null;
  const where = colon > 0 ? c3.message.slice(0, colon) : op ? op[1] : c3.file.split("/").pop();
  const what = colon > 0 ? c3.message.slice(colon + 2) : op ? `operation ${op[2]}` : c3.message;
  const s = c3.semantic;
  const cell = (t2) => escape(t2).replace(/\|/g, "\\|");
  const witness = s?.witness !== void 0 ? `<br>e.g. ${cell(`${showValue(s.witness, { spaced: true })} ${s.side === "writer" ? "may now be sent" : "was accepted, now rejected"}`)}` : "";
  const at2 = `<sub>${placeOf(c3.file, c3.line).replace(/\|/g, "\\|")}</sub>`;
  const earlier = c3.earlier ? `<br><sub>already on ${cell(c3.earlier)}: not this pull request's</sub>` : "";
  return `| ${cell(where)}<br>${at2} | ${cell(what)} <sub>${ruleLink(c3.ruleId)}</sub>${witness}${earlier} | ${whoBreaks(c3)} |`;
}
var ruleLink = (id) => `[\`${id}\`](${ruleDocLink(id)})`;
function changeList(changes, budget) {
  if (!changes.length) return "";
  const rows = changes.map(
    (c3) => `- ${ICON[c3.level]} ${ruleLink(c3.ruleId)} ${escape(changeText(c3))} (${placeOf(c3.file, c3.line)})${c3.earlier ? ` <sub>already on ${escape(c3.earlier)}</sub>` : ""}`
  );
  let body = "\n**Other changes**\n\n";
  let shown = 0;
  for (const row of rows) {
    const rest = `- \u2026 and ${rows.length - shown} more (see the JSON report)
`;
    if (body.length + row.length + 1 + rest.length > budget) {
      body += rest;
      break;
    }
    body += row + "\n";
    shown++;
  }
  return body;
}
function placeOf(file, line) {
  return codeSpan(oneLine(`${file}${line ? `:${line}` : ""}`));
}
function escape(text) {
  const line = text.replace(/\r?\n|\r/g, " ");
  let out = "";
  let at2 = 0;
  for (const m2 of line.matchAll(/`+/g)) {
    if (m2.index < at2) continue;
    const close = closingRun(line, m2.index + m2[0].length, m2[0].length);
    if (close < 0) continue;
    out += inert(line.slice(at2, m2.index)) + line.slice(m2.index, close + m2[0].length);
    at2 = close + m2[0].length;
  }
  return out + inert(line.slice(at2));
}
function closingRun(text, from, length) {
  for (let i = text.indexOf("`", from); i >= 0; i = text.indexOf("`", i)) {
    let end = i;
    while (text[end] === "`") end++;
    if (end - i === length) return i;
    i = end;
  }
  return -1;
}
var inert = (text) => text.replace(/[<>]/g, (c3) => c3 === "<" ? "&lt;" : "&gt;").replace(/[[\]]/g, "\\$&").replace(/@(?=[A-Za-z0-9])/g, "@\u200B");

// src/core/report/text.ts
var plain = (_style, text) => text;
var LEVEL_STYLE = { major: "red", minor: "yellow", patch: "cyan", none: "gray" };
function renderText(report, paint2 = plain) {
  const lines = [];
  const lvl = (l3) => paint2(LEVEL_STYLE[l3], l3.toUpperCase().padEnd(5));
  const count = report.changes.length;
  const changed = [...new Set(report.changes.map((c3) => c3.module))];
  const byLevelAndUnit = /* @__PURE__ */ new Map();
  for (const c3 of report.changes) pushTo(byLevelAndUnit, `${c3.level}
${c3.module}`, c3);
  const perLevel = ["major", "minor", "patch", "none"].map((l3) => [l3, report.changes.filter((c3) => c3.level === l3).length]).filter(([, n]) => n).map(([l3, n]) => `${n} ${l3}`).join(" \xB7 ");
  const summary = count ? `${perLevel} in ${changed.length} unit${changed.length === 1 ? "" : "s"}` : "no contract changes";
  lines.push(`${paint2("bold", "contract-guard")}  ${lvl(report.level)}  ${summary}`);
  if (report.violations) lines.push(paint2(report.blocked ? "red" : report.approval?.required ? "yellow" : "green", verdictLine(report)));
  if (report.baseline || report.head) lines.push(paint2("gray", `baseline: ${report.baseline ?? "?"}   head: ${report.head ?? "?"}`));
  const debt = (report.warned ?? []).filter((v2) => v2.debt);
  for (const { line, finding: v2 } of shownWarnings(report)) {
    lines.push(paint2("yellow", `warning: ${line}`));
    if (v2) lines.push(`  ${paint2("gray", "fix:")} ${v2.fix}${v2.line ? paint2("gray", `  (${oneLine(v2.file)}:${v2.line})`) : ""}`);
  }
  const versioned = report.modules.filter((m2) => m2.requiredBump !== void 0);
  if (versioned.length) {
    lines.push("", paint2("bold", "units") + paint2("gray", "  (frozen \u2192 current, bump needed)"));
    for (const m2 of versioned) {
      const inherits = m2.inherits?.length ? paint2("gray", `  inherits ${m2.inherits.join(", ")}`) : "";
      lines.push(
        `  ${m2.name.padEnd(16)} ${lvl(m2.level)}  ${m2.frozenVersion ?? "none"} \u2192 ${currentShown(m2, "none")}, needs ${m2.requiredBump}${inherits}`
      );
    }
  }
  const section = (title, style, list) => {
    if (!list.length) return;
    lines.push("", paint2(style, title));
    for (const v2 of list) {
      lines.push(`  ${paint2(style, "\u25CF")} ${v2.message}  ${paint2("gray", `[${v2.ruleId}]`)}`);
      lines.push(`    ${paint2("gray", "fix:")} ${v2.fix}${v2.line ? paint2("gray", `  (${oneLine(v2.file)}:${v2.line})`) : ""}`);
    }
  };
  section("blocking", "red", report.violations?.filter((v2) => v2.blocking) ?? []);
  section("needs Contract Council approval", "yellow", report.violations?.filter((v2) => v2.approvable) ?? []);
  if (report.checklist?.length) {
    lines.push("", paint2("bold", "migration checklist"));
    for (const item of report.checklist) lines.push(`  [${item.done ? paint2("green", "x") : " "}] ${item.text}`);
  }
  if (report.changes.length && report.violations) lines.push("", paint2("bold", "changes"));
  for (const level of ["major", "minor", "patch", "none"]) {
    for (const name of [...changed].sort()) {
      const list = byLevelAndUnit.get(`${level}
${name}`) ?? [];
      if (!list.length) continue;
      lines.push("", `${lvl(level)}  ${paint2("bold", name)}  (${list.length})`);
      for (const c3 of list) {
        const where = oneLine(`${c3.file}${c3.line ? `:${c3.line}` : ""}`);
        lines.push(`  ${changeText(c3)}  ${paint2("gray", `[${c3.ruleId}]`)}`);
        lines.push(`    ${paint2("gray", where)}`);
        if (c3.level === "major" || c3.level === "minor") lines.push(`    ${paint2("gray", "\u2192")} ${c3.hint}`);
      }
    }
  }
  if (debt.length) {
    lines.push("", paint2("gray", `already on the base branch (debt, not blocking): ${debt.length}`));
    for (const v2 of debt)
      lines.push(paint2("gray", `  ${v2.message.endsWith(DEBT_NOTE) ? v2.message.slice(0, -DEBT_NOTE.length) : v2.message}  [${v2.ruleId}]`));
  }
  return lines.join("\n") + "\n";
}

// src/cli/output.ts
var FORMATS = ["text", "json", "markdown", "sarif", "github"];
function parseFormat(value) {
  const format = value ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(", ")}, not '${format}'`);
  return format;
}
var paint = (style, text) => styleText(style, text);
function render(report, format, stream = process.stdout) {
  if (format === "json") return reportJson(report) + "\n";
  if (format === "markdown") return renderMarkdown(report);
  if (format === "sarif") return renderSarif(report, package_default.version);
  if (format === "github") return renderGithub(report);
  const color = stream.isTTY && !process.env.NO_COLOR;
  return renderText(report, color ? paint : plain);
}
function printErrors(report) {
  for (const e of report.errors)
    process.stderr.write(`contract-guard: error: ${e.file}${e.line ? `:${e.line}` : ""}: ${diagnosticText(e)}
`);
}

// src/cli/commands/freeze.ts
var FREEZE_HELP = `Usage: contract-guard freeze <command> [options]

Frozen, SHA-256-indexed snapshots of the contracts folder: the baseline of every check, and the rollback.

Commands:
  create <version> [--label <text>]   snapshot every artifact into _frozen/freeze-v<version>[-<label>].json,
                                      and update freeze-latest.json and sha-index-latest.json
  list                                freezes, newest first
  show <version>                      a freeze's artifacts
  diff <a> [<b>]                      classified diff between two freezes (b defaults to the working tree)
  verify                              recompute every SHA-256; exit 1 on any mismatch
  restore <version> [--dry-run] [--force]
                                      roll the contracts folder back to a freeze; refuses over uncommitted
                                      work unless --force; removes files the freeze does not hold
  tag [--push]                        create contracts-<module>-<version> tags for new module versions

Options:
  --root <folder>    contracts folder (default: contracts in the repository, else the current folder)
  --format <format>  text | json | markdown | sarif | github (list, show, diff)
  -h, --help         show this help
`;
async function freezeCommand(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      label: { type: "string" },
      root: { type: "string" },
      format: { type: "string" },
      "dry-run": { type: "boolean" },
      force: { type: "boolean" },
      push: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  const [sub, ...args] = positionals;
  if (values.help || !sub) {
    process.stdout.write(FREEZE_HELP);
    return values.help ? 0 : 2;
  }
  const format = parseFormat(values.format);
  const { top, root, keep } = await locate(values.root);
  const rootDir = join4(top, root);
  const layout = new ContractsLayout(root);
  const show = (n) => n ? layout.frozenPath(n) : layout.frozenDir;
  const store = new FreezeStore(rootDir, show, keep);
  const out = (s) => process.stdout.write(s);
  switch (sub) {
    case "create": {
      const [version] = args;
      if (!version) throw new UsageError("freeze create needs a version: contract-guard freeze create 1.2.0");
      const { file, freeze } = store.create(version, { label: values.label });
      out(
        `froze ${counted(freeze.artifacts.length, "artifact")} as v${freeze.version} in ${file}
updated ${show("freeze-latest.json")} and ${show("sha-index-latest.json")}
`
      );
      return 0;
    }
    case "list": {
      const list = store.list();
      if (format === "json")
        out(
          JSON.stringify(
            list.map((s) => ({
              version: s.freeze.version,
              label: s.freeze.label,
              created_at: s.freeze.created_at,
              artifacts: s.freeze.artifacts.length,
              file: s.file
            })),
            null,
            2
          ) + "\n"
        );
      else if (!list.length) out(`no freezes in ${show("")}
`);
      else
        for (const s of list)
          out(
            `v${s.freeze.version}${s.freeze.label ? `-${s.freeze.label}` : ""}  ${s.freeze.created_at || "undated"}  ${counted(s.freeze.artifacts.length, "artifact")}  ${s.file}
`
          );
      return 0;
    }
    case "show": {
      const stored = store.get(need(args[0], "freeze show <version>"));
      const f3 = stored.freeze;
      if (format === "json")
        out(
          JSON.stringify(
            {
              version: f3.version,
              label: f3.label,
              created_at: f3.created_at,
              file: stored.file,
              artifacts: f3.artifacts.map(({ content: _c, ...a }) => a)
            },
            null,
            2
          ) + "\n"
        );
      else {
        out(
          `v${f3.version}${f3.label ? ` (${f3.label})` : ""}  ${f3.created_at}  ${counted(f3.artifacts.length, "artifact")}  ${stored.file}
`
        );
        for (const a of f3.artifacts) out(`  ${a.sha256.slice(0, 12)}  ${String(a.size).padStart(8)}  ${a.path}
`);
      }
      return 0;
    }
    case "diff": {
      const a = store.get(need(args[0], "freeze diff <a> [<b>]"));
      const keep2 = (p2) => !layout.isFrozen(p2);
      const base = freezeTree(a.freeze, root);
      const head = args[1] ? freezeTree(store.get(args[1]).freeze, root) : filterTree(new FsTree(top, [root]), keep2);
      const [{ diffTrees }, { buildReport }, { findUnits: findUnits2 }] = await Promise.all([
        import("./tree-diff-2SCU6QDH.js"),
        import("./model-E6LNUJDW.js"),
        import("./units-SA6S3P4G.js")
      ]);
      const units = unlessUnreadable(() => loadConfig(top, {}))?.units ?? [];
      const documents = Documents.pair(base, head);
      const baseUnits = findUnits2(base.paths(), documents.base, layout, units);
      const headUnits = findUnits2(head.paths(), documents.head, layout, units, baseUnits);
      const diffed = diffTrees(base, head, { moduleOf: (file) => headUnits.unitOf(file), documents });
      const report = buildReport(diffed, {
        baseline: `freeze v${a.freeze.version}`,
        head: args[1] ? `freeze v${store.get(args[1]).freeze.version}` : "working tree"
      });
      out(render(report, format));
      printErrors(report);
      return 0;
    }
    case "verify": {
      const { checked, findings, crlf, lineEndings } = store.verify();
      for (const l3 of lineEndings)
        out(`line endings differ only: ${l3} (hashed with some CRLF lines the stored text no longer has; not an edit)
`);
      if (crlf)
        out(
          `note: ${crlf} artifact record${crlf === 1 ? " was" : "s were"} hashed over CRLF line endings (a freeze written on Windows) and match their content with CRLF: accepted
`
        );
      for (const f3 of findings) out(`MISMATCH ${f3.file}${f3.path ? ` ${f3.path}` : ""}: ${f3.message}
`);
      out(
        findings.length ? `${findings.length} integrity problem${findings.length === 1 ? "" : "s"} in ${checked} freezes
` : `${checked} freeze${checked === 1 ? "" : "s"} verified: every SHA-256 matches
`
      );
      return findings.length ? 1 : 0;
    }
    case "restore": {
      const stored = store.get(need(args[0], "freeze restore <version>"));
      const plan = await restoreFreeze(rootDir, stored.freeze, { dryRun: values["dry-run"], force: values.force });
      const verb = values["dry-run"] ? "would " : "";
      for (const p2 of plan.write) out(`${verb}restore ${[root, p2].filter(Boolean).join("/")}
`);
      for (const p2 of plan.remove) out(`${verb}remove ${[root, p2].filter(Boolean).join("/")}
`);
      out(
        `${values["dry-run"] ? "dry run: " : ""}${plan.write.length} restored, ${plan.remove.length} removed, ${plan.unchanged} unchanged (freeze v${stored.freeze.version})
`
      );
      return 0;
    }
    case "tag": {
      const { created, existing } = await tagModules(top, root, { push: values.push });
      for (const t2 of created) out(`created tag ${t2}${values.push ? " (pushed)" : ""}
`);
      out(`${created.length} tag${created.length === 1 ? "" : "s"} created, ${existing.length} already existed
`);
      return 0;
    }
    default:
      throw new UsageError(`unknown freeze command '${sub}' (create, list, show, diff, verify, restore, tag)`);
  }
}
function need(value, usage) {
  if (!value) throw new UsageError(`usage: contract-guard ${usage}`);
  return value;
}
async function locate(rootOption) {
  let top;
  try {
    top = await repoTop(process.cwd());
  } catch {
    top = process.cwd();
  }
  return { top, ...freezeScope(top, rootOption) };
}
export {
  FREEZE_HELP,
  freezeCommand
};
