import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x3) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x3, {
  get: (a, b3) => (typeof require !== "undefined" ? require : a)[b3]
}) : x3)(function(x3) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x3 + '" is not supported');
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
var __copyProps = (to2, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to2, key2) && key2 !== except)
        __defProp(to2, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to2;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re2 = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t2 = exports.t = {};
    var R3 = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R3++;
      debug(name, index, value);
      t2[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re2[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t2.NUMERICIDENTIFIER]})\\.(${src[t2.NUMERICIDENTIFIER]})\\.(${src[t2.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t2.NUMERICIDENTIFIERLOOSE]})\\.(${src[t2.NUMERICIDENTIFIERLOOSE]})\\.(${src[t2.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t2.NONNUMERICIDENTIFIER]}|${src[t2.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t2.NONNUMERICIDENTIFIER]}|${src[t2.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t2.PRERELEASEIDENTIFIER]}(?:\\.${src[t2.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t2.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t2.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t2.BUILDIDENTIFIER]}(?:\\.${src[t2.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t2.MAINVERSION]}${src[t2.PRERELEASE]}?${src[t2.BUILD]}?`);
    createToken("FULL", `^${src[t2.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t2.MAINVERSIONLOOSE]}${src[t2.PRERELEASELOOSE]}?${src[t2.BUILD]}?`);
    createToken("LOOSE", `^${src[t2.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t2.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t2.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t2.XRANGEIDENTIFIER]})(?:\\.(${src[t2.XRANGEIDENTIFIER]})(?:\\.(${src[t2.XRANGEIDENTIFIER]})(?:${src[t2.PRERELEASE]})?${src[t2.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t2.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t2.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t2.XRANGEIDENTIFIERLOOSE]})(?:${src[t2.PRERELEASELOOSE]})?${src[t2.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t2.GTLT]}\\s*${src[t2.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t2.GTLT]}\\s*${src[t2.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t2.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t2.COERCEPLAIN] + `(?:${src[t2.PRERELEASE]})?(?:${src[t2.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t2.COERCE], true);
    createToken("COERCERTLFULL", src[t2.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t2.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t2.LONETILDE]}${src[t2.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t2.LONETILDE]}${src[t2.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t2.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t2.LONECARET]}${src[t2.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t2.LONECARET]}${src[t2.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t2.GTLT]}\\s*(${src[t2.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t2.GTLT]}\\s*(${src[t2.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t2.GTLT]}\\s*(${src[t2.LOOSEPLAIN]}|${src[t2.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t2.XRANGEPLAIN]})\\s+-\\s+(${src[t2.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t2.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t2.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b3) => {
      if (typeof a === "number" && typeof b3 === "number") {
        return a === b3 ? 0 : a < b3 ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b3);
      if (anum && bnum) {
        a = +a;
        b3 = +b3;
      }
      return a === b3 ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b3 ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b3) => compareIdentifiers(b3, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re2, t: t2 } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version2, options) {
        options = parseOptions(options);
        if (version2 instanceof _SemVer) {
          if (version2.loose === !!options.loose && version2.includePrerelease === !!options.includePrerelease) {
            return version2;
          } else {
            version2 = version2.version;
          }
        } else if (typeof version2 !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version2}".`);
        }
        if (version2.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version2, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m2 = version2.trim().match(options.loose ? re2[t2.LOOSE] : re2[t2.FULL]);
        if (!m2) {
          throw new TypeError(`Invalid Version: ${version2}`);
        }
        this.raw = version2;
        this.major = +m2[1];
        this.minor = +m2[2];
        this.patch = +m2[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m2[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m2[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m2[5] ? m2[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b3 = other.prerelease[i];
          debug("prerelease compare", i, a, b3);
          if (a === void 0 && b3 === void 0) {
            return 0;
          } else if (b3 === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b3) {
            continue;
          } else {
            return compareIdentifiers(a, b3);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b3 = other.build[i];
          debug("build compare", i, a, b3);
          if (a === void 0 && b3 === void 0) {
            return 0;
          } else if (b3 === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b3) {
            continue;
          } else {
            return compareIdentifiers(a, b3);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match2 = `-${identifier}`.match(this.options.loose ? re2[t2.PRERELEASELOOSE] : re2[t2.PRERELEASE]);
            if (!match2 || match2[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse4 = (version2, options, throwErrors = false) => {
      if (version2 instanceof SemVer) {
        return version2;
      }
      try {
        return new SemVer(version2, options);
      } catch (er2) {
        if (!throwErrors) {
          return null;
        }
        throw er2;
      }
    };
    module.exports = parse4;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse4 = require_parse();
    var valid = (version2, options) => {
      const v2 = parse4(version2, options);
      return v2 ? v2.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse4 = require_parse();
    var clean = (version2, options) => {
      const s = parse4(version2.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version2, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version2 instanceof SemVer ? version2.version : version2,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er2) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse4 = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse4(version1, null, true);
      const v2 = parse4(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse4 = require_parse();
    var prerelease = (version2, options) => {
      const parsed = parse4(version2, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b3, loose) => new SemVer(a, loose).compare(new SemVer(b3, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b3, loose) => compare(b3, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b3) => compare(a, b3, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b3, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b3, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b3) => compareBuild(a, b3, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b3) => compareBuild(b3, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt2 = (a, b3, loose) => compare(a, b3, loose) > 0;
    module.exports = gt2;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt2 = (a, b3, loose) => compare(a, b3, loose) < 0;
    module.exports = lt2;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b3, loose) => compare(a, b3, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b3, loose) => compare(a, b3, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b3, loose) => compare(a, b3, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b3, loose) => compare(a, b3, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt2 = require_gt();
    var gte = require_gte();
    var lt2 = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b3, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b3 === "object") {
            b3 = b3.version;
          }
          return a === b3;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b3 === "object") {
            b3 = b3.version;
          }
          return a !== b3;
        case "":
        case "=":
        case "==":
          return eq(a, b3, loose);
        case "!=":
          return neq(a, b3, loose);
        case ">":
          return gt2(a, b3, loose);
        case ">=":
          return gte(a, b3, loose);
        case "<":
          return lt2(a, b3, loose);
        case "<=":
          return lte(a, b3, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse4 = require_parse();
    var { safeRe: re2, t: t2 } = require_re();
    var coerce = (version2, options) => {
      if (version2 instanceof SemVer) {
        return version2;
      }
      if (typeof version2 === "number") {
        version2 = String(version2);
      }
      if (typeof version2 !== "string") {
        return null;
      }
      options = options || {};
      let match2 = null;
      if (!options.rtl) {
        match2 = version2.match(options.includePrerelease ? re2[t2.COERCEFULL] : re2[t2.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re2[t2.COERCERTLFULL] : re2[t2.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version2)) && (!match2 || match2.index + match2[0].length !== version2.length)) {
          if (!match2 || next.index + next[0].length !== match2.index + match2[0].length) {
            match2 = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match2 === null) {
        return null;
      }
      const major = match2[2];
      const minor = match2[3] || "0";
      const patch = match2[4] || "0";
      const prerelease = options.includePrerelease && match2[5] ? `-${match2[5]}` : "";
      const build = options.includePrerelease && match2[6] ? `+${match2[6]}` : "";
      return parse4(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse4 = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version2, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version2, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version2, options) => {
      const versionStringToParse = version2 instanceof SemVer ? version2.version : version2;
      return parse4(versionStringToParse, options);
    };
    var doTruncation = (version2, truncation) => {
      if (isPrerelease(truncation)) {
        return version2.version;
      }
      version2.prerelease = [];
      switch (truncation) {
        case "major":
          version2.minor = 0;
          version2.patch = 0;
          break;
        case "minor":
          version2.patch = 0;
          break;
      }
      return version2.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key2) {
        const value = this.map.get(key2);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key2);
          this.map.set(key2, value);
          return value;
        }
      }
      delete(key2) {
        return this.map.delete(key2);
      }
      set(key2, value) {
        const deleted = this.delete(key2);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key2, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit2 = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit2(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit2(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit2(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit2(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit2(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range2 = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r2) => this.parseRange(r2.trim())).filter((c3) => c3.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c3) => !isNullSet(c3[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c3 of this.set) {
              if (c3.length === 1 && isAny(c3[0])) {
                this.set = [c3];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k2 = 0; k2 < comps.length; k2++) {
              if (k2 > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k2].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache3.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr2 = loose ? re2[t2.HYPHENRANGELOOSE] : re2[t2.HYPHENRANGE];
        range = range.replace(hr2, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re2[t2.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re2[t2.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re2[t2.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache3.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version2) {
        if (!version2) {
          return false;
        }
        if (typeof version2 === "string") {
          try {
            version2 = new SemVer(version2, this.options);
          } catch (er2) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version2, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range2;
    var LRU = require_lrucache();
    var cache3 = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re2,
      src,
      t: t2,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t2.BUILD], "g");
    var isNullSet = (c3) => c3.value === "<0.0.0-0";
    var isAny = (c3) => c3.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re2[t2.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M4, m2, p2) => isX(M4) && !isX(m2) || isX(m2) && p2 && !isX(p2);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c3) => replaceTilde(c3, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r2 = options.loose ? re2[t2.TILDELOOSE] : re2[t2.TILDE];
      const z3 = options.includePrerelease ? "-0" : "";
      return comp.replace(r2, (_3, M4, m2, p2, pr2) => {
        debug("tilde", comp, _3, M4, m2, p2, pr2);
        let ret;
        if (isX(M4)) {
          ret = "";
        } else if (isX(m2)) {
          ret = `>=${M4}.0.0${z3} <${+M4 + 1}.0.0-0`;
        } else if (isX(p2)) {
          ret = `>=${M4}.${m2}.0${z3} <${M4}.${+m2 + 1}.0-0`;
        } else if (pr2) {
          debug("replaceTilde pr", pr2);
          ret = `>=${M4}.${m2}.${p2}-${pr2} <${M4}.${+m2 + 1}.0-0`;
        } else {
          ret = `>=${M4}.${m2}.${p2} <${M4}.${+m2 + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c3) => replaceCaret(c3, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r2 = options.loose ? re2[t2.CARETLOOSE] : re2[t2.CARET];
      const z3 = options.includePrerelease ? "-0" : "";
      return comp.replace(r2, (_3, M4, m2, p2, pr2) => {
        debug("caret", comp, _3, M4, m2, p2, pr2);
        let ret;
        if (isX(M4)) {
          ret = "";
        } else if (isX(m2)) {
          ret = `>=${M4}.0.0${z3} <${+M4 + 1}.0.0-0`;
        } else if (isX(p2)) {
          if (M4 === "0") {
            ret = `>=${M4}.${m2}.0${z3} <${M4}.${+m2 + 1}.0-0`;
          } else {
            ret = `>=${M4}.${m2}.0${z3} <${+M4 + 1}.0.0-0`;
          }
        } else if (pr2) {
          debug("replaceCaret pr", pr2);
          if (M4 === "0") {
            if (m2 === "0") {
              ret = `>=${M4}.${m2}.${p2}-${pr2} <${M4}.${m2}.${+p2 + 1}-0`;
            } else {
              ret = `>=${M4}.${m2}.${p2}-${pr2} <${M4}.${+m2 + 1}.0-0`;
            }
          } else {
            ret = `>=${M4}.${m2}.${p2}-${pr2} <${+M4 + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M4 === "0") {
            if (m2 === "0") {
              ret = `>=${M4}.${m2}.${p2} <${M4}.${m2}.${+p2 + 1}-0`;
            } else {
              ret = `>=${M4}.${m2}.${p2} <${M4}.${+m2 + 1}.0-0`;
            }
          } else {
            ret = `>=${M4}.${m2}.${p2} <${+M4 + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c3) => replaceXRange(c3, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r2 = options.loose ? re2[t2.XRANGELOOSE] : re2[t2.XRANGE];
      return comp.replace(r2, (ret, gtlt, M4, m2, p2, pr2) => {
        debug("xRange", comp, ret, gtlt, M4, m2, p2, pr2);
        if (invalidXRangeOrder(M4, m2, p2)) {
          return comp;
        }
        const xM = isX(M4);
        const xm = xM || isX(m2);
        const xp = xm || isX(p2);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr2 = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m2 = 0;
          }
          p2 = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M4 = +M4 + 1;
              m2 = 0;
              p2 = 0;
            } else {
              m2 = +m2 + 1;
              p2 = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M4 = +M4 + 1;
            } else {
              m2 = +m2 + 1;
            }
          }
          if (gtlt === "<") {
            pr2 = "-0";
          }
          ret = `${gtlt + M4}.${m2}.${p2}${pr2}`;
        } else if (xm) {
          ret = `>=${M4}.0.0${pr2} <${+M4 + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M4}.${m2}.0${pr2} <${M4}.${+m2 + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re2[t2.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re2[options.includePrerelease ? t2.GTE0PRE : t2.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to2, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to2 = "";
      } else if (isX(tm)) {
        to2 = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to2 = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to2 = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to2 = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to2 = `<=${to2}`;
      }
      return `${from} ${to2}`.trim();
    };
    var testSet = (set, version2, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version2)) {
          return false;
        }
      }
      if (version2.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version2.major && allowed.minor === version2.minor && allowed.patch === version2.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r2 = this.options.loose ? re2[t2.COMPARATORLOOSE] : re2[t2.COMPARATOR];
        const m2 = comp.match(r2);
        if (!m2) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m2[1] !== void 0 ? m2[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m2[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m2[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version2) {
        debug("Comparator.test", version2, this.options.loose);
        if (this.semver === ANY || version2 === ANY) {
          return true;
        }
        if (typeof version2 === "string") {
          try {
            version2 = new SemVer(version2, this.options);
          } catch (er2) {
            return false;
          }
        }
        return cmp(version2, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range2(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range2(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re2, t: t2 } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range2 = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range2 = require_range();
    var satisfies = (version2, range, options) => {
      try {
        range = new Range2(range, options);
      } catch (er2) {
        return false;
      }
      return range.test(version2);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range2 = require_range();
    var toComparators = (range, options) => new Range2(range, options).set.map((comp) => comp.map((c3) => c3.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range2 = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range2(range, options);
      } catch (er2) {
        return null;
      }
      versions.forEach((v2) => {
        if (rangeObj.test(v2)) {
          if (!max || maxSV.compare(v2) === -1) {
            max = v2;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range2 = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range2(range, options);
      } catch (er2) {
        return null;
      }
      versions.forEach((v2) => {
        if (rangeObj.test(v2)) {
          if (!min || minSV.compare(v2) === 1) {
            min = v2;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range2 = require_range();
    var gt2 = require_gt();
    var minVersion = (range, loose) => {
      range = new Range2(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt2(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt2(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range2 = require_range();
    var validRange = (range, options) => {
      try {
        return new Range2(range, options).range || "*";
      } catch (er2) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range2 = require_range();
    var satisfies = require_satisfies();
    var gt2 = require_gt();
    var lt2 = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version2, range, hilo, options) => {
      version2 = new SemVer(version2, options);
      range = new Range2(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt2;
          ltefn = lte;
          ltfn = lt2;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt2;
          ltefn = gte;
          ltfn = gt2;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version2, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version2, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version2, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version2, range, options) => outside(version2, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version2, range, options) => outside(version2, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range2 = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range2(r1, options);
      r2 = new Range2(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v2 = versions.sort((a, b3) => compare(a, b3, options));
      for (const version2 of v2) {
        const included = satisfies(version2, range, options);
        if (included) {
          prev = version2;
          if (!first) {
            first = version2;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v2[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v2[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range2 = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range2(sub, options);
      dom = new Range2(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt2, lt2;
      for (const c3 of sub) {
        if (c3.operator === ">" || c3.operator === ">=") {
          gt2 = higherGT(gt2, c3, options);
        } else if (c3.operator === "<" || c3.operator === "<=") {
          lt2 = lowerLT(lt2, c3, options);
        } else {
          eqSet.add(c3.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt2 && lt2) {
        gtltComp = compare(gt2.semver, lt2.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt2.operator !== ">=" || lt2.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt2 && !satisfies(eq, String(gt2), options)) {
          return null;
        }
        if (lt2 && !satisfies(eq, String(lt2), options)) {
          return null;
        }
        for (const c3 of dom) {
          if (!satisfies(eq, String(c3), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt2 && !options.includePrerelease && lt2.semver.prerelease.length ? lt2.semver : false;
      let needDomGTPre = gt2 && !options.includePrerelease && gt2.semver.prerelease.length ? gt2.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt2.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c3 of dom) {
        hasDomGT = hasDomGT || c3.operator === ">" || c3.operator === ">=";
        hasDomLT = hasDomLT || c3.operator === "<" || c3.operator === "<=";
        if (gt2) {
          if (needDomGTPre) {
            if (c3.semver.prerelease && c3.semver.prerelease.length && c3.semver.major === needDomGTPre.major && c3.semver.minor === needDomGTPre.minor && c3.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c3.operator === ">" || c3.operator === ">=") {
            higher = higherGT(gt2, c3, options);
            if (higher === c3 && higher !== gt2) {
              return false;
            }
          } else if (gt2.operator === ">=" && !c3.test(gt2.semver)) {
            return false;
          }
        }
        if (lt2) {
          if (needDomLTPre) {
            if (c3.semver.prerelease && c3.semver.prerelease.length && c3.semver.major === needDomLTPre.major && c3.semver.minor === needDomLTPre.minor && c3.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c3.operator === "<" || c3.operator === "<=") {
            lower = lowerLT(lt2, c3, options);
            if (lower === c3 && lower !== lt2) {
              return false;
            }
          } else if (lt2.operator === "<=" && !c3.test(lt2.semver)) {
            return false;
          }
        }
        if (!c3.operator && (lt2 || gt2) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt2 && hasDomLT && !lt2 && gtltComp !== 0) {
        return false;
      }
      if (lt2 && hasDomGT && !gt2 && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b3, options) => {
      if (!a) {
        return b3;
      }
      const comp = compare(a.semver, b3.semver, options);
      return comp > 0 ? a : comp < 0 ? b3 : b3.operator === ">" && a.operator === ">=" ? b3 : a;
    };
    var lowerLT = (a, b3, options) => {
      if (!a) {
        return b3;
      }
      const comp = compare(a.semver, b3.semver, options);
      return comp < 0 ? a : comp > 0 ? b3 : b3.operator === "<" && a.operator === "<=" ? b3 : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse4 = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt2 = require_gt();
    var lt2 = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range2 = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse: parse4,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt: gt2,
      lt: lt2,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range: Range2,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

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
        return parse4(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse4(str2) {
      str2 = String(str2);
      if (str2.length > 100) {
        return;
      }
      var match2 = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str2
      );
      if (!match2) {
        return;
      }
      var n = parseFloat(match2[1]);
      var type = (match2[2] || "ms").toLowerCase();
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
      Object.keys(env).forEach((key2) => {
        createDebug[key2] = env[key2];
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
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match2, format2) => {
            if (match2 === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format2];
            if (typeof formatter === "function") {
              const val = args[index];
              match2 = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match2;
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
      args[0].replace(/%[a-zA-Z%]/g, (match2) => {
        if (match2 === "%%") {
          return;
        }
        index++;
        if (match2 === "%c") {
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
    exports.init = init2;
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
    exports.inspectOpts = Object.keys(process.env).filter((key2) => {
      return /^debug_/i.test(key2);
    }).reduce((obj, key2) => {
      const prop = key2.substring(6).toLowerCase().replace(/_([a-z])/g, (_3, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key2];
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
    function init2(debug) {
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

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
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
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
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
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex: regex3,
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
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
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
    function date(str2) {
      const matches = DATE.exec(str2);
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
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str2) {
        const matches = TIME.exec(str2);
        if (!matches)
          return false;
        const hr2 = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr2 <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr2 - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str2) {
        const dateTime = str2.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
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
    function uri(str2) {
      return NOT_URI_FRAGMENT.test(str2) && URI.test(str2);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str2) {
      BYTE.lastIndex = 0;
      return BYTE.test(str2);
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
    function regex3(str2) {
      if (Z_ANCHOR.test(str2))
        return false;
      try {
        new RegExp(str2);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/cli/commands/init.ts
import { parseArgs } from "node:util";

// src/core/model.ts
var counted = (n, word2) => `${n} ${word2}${n === 1 ? "" : "s"}`;
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
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function pointerJoin(pointer, ...tokens) {
  let out = pointer;
  for (const t2 of tokens) out += "/" + String(t2).replace(/~/g, "~0").replace(/\//g, "~1");
  return out;
}
function pointerTokens(pointer) {
  if (pointer === "" || pointer === "#") return [];
  return pointer.replace(/^#/, "").slice(1).split("/").map((t2) => t2.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function compareText(a, b3) {
  return a < b3 ? -1 : a > b3 ? 1 : 0;
}

// src/services/init.ts
var import_semver4 = __toESM(require_semver2(), 1);
import { existsSync as existsSync3, mkdirSync as mkdirSync2, readFileSync as readFileSync3, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname3, join as join3 } from "node:path";

// src/core/loose-version.ts
var import_semver = __toESM(require_semver2(), 1);
function looseVersion(text) {
  if (text === void 0) return void 0;
  const prefix = /^v/i.test(text) ? "v" : "";
  const full = import_semver.default.valid(text);
  if (full) return { semver: full, parts: 3, prefix };
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)))
    return { semver: `${day[1]}${day[2]}${day[3]}.0.0`, parts: 1, prefix: "", calendar: true };
  const short = /^v?(0|[1-9]\d{0,8})(?:\.(0|[1-9]\d{0,8}))?$/i.exec(text);
  if (!short) return void 0;
  return { semver: `${short[1]}.${short[2] ?? 0}.0`, parts: short[2] === void 0 ? 1 : 2, prefix };
}
function highestRelease(versions) {
  return versions.map((v2) => looseVersion(v2)).filter((v2) => v2 && !v2.calendar && !import_semver.default.prerelease(v2.semver)).map((v2) => v2.semver).sort(import_semver.default.rcompare)[0];
}
function isBuildPlaceholder(text) {
  return typeof text === "string" && /^\s*(@[\w.-]+@|\$\{[\w.-]+\}|\{\{\s*[\w.-]+\s*\}\}|%[\w.-]+%|__[A-Z][A-Z0-9_]*__)\s*$/.test(text);
}

// src/adapters/git-tree.ts
import { spawn as spawn2 } from "node:child_process";

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

// src/adapters/cat-file.ts
import { spawn } from "node:child_process";

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// src/adapters/cat-file.ts
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
    return new Promise((resolve4) => {
      child.once("close", () => resolve4());
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
    for (const h3 of [child, child.stdin, child.stdout, child.stderr])
      if (busy) h3.ref();
      else h3.unref();
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
var byUri = new Map(DOCUMENTS.map((d2) => [key(d2.$id), pathOf(d2.$id)]));
var byPath = new Map(DOCUMENTS.map((d2) => [pathOf(d2.$id), d2]));
function metaSchemaPath(uri) {
  return byUri.get(key(uri));
}
function metaSchemaText(path) {
  const doc = byPath.get(path);
  return doc && JSON.stringify(doc, null, 2);
}

// src/core/source/tree.ts
import { posix } from "node:path";

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data2) => String(data2)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data2) => data2),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data2) => data2),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data2) => typeof data2 === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match2 = YAML_DATE_REGEXP.exec(source);
  if (match2 === null) match2 = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match2 === null) return NOT_RESOLVED;
  const year = +match2[1];
  const month = +match2[2] - 1;
  const day = +match2[3];
  if (!match2[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match2[4];
  const minute = +match2[5];
  const second = +match2[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match2[7]) {
    let value = match2[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match2[9]) {
    const offsetHour = +match2[10];
    const offsetMinute = +(match2[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match2[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data2) {
  if (data2 === null || typeof data2 !== "object" || Array.isArray(data2)) return false;
  const prototype = Object.getPrototypeOf(data2);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key2 of keys) if (object[key2] !== void 0) result[key2] = object[key2];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key2;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key2 = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key2 = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key2)) return "duplicate key in ordered map";
    carrier.seen.add(key2);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o2) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o2)) map.set(key2, o2[key2]);
    return map;
  },
  addPair: (container, key2, value) => {
    if (key2 !== null && typeof key2 === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key2);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key2) => {
    if (key2 !== null && typeof key2 === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key2));
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data2) => data2 instanceof Set,
  represent: (data2) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of data2) map.set(key2, null);
    return map;
  },
  addPair: (container, key2, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key2);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key2 of tag.implicitFirstChars) keys.add(key2);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key2 of keys) implicitScalarByFirstChar.set(key2, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key2) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key2, value) => {
    container.set(key2, value);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: (container, key2) => container.get(key2),
  identify: (data2) => data2 instanceof Map || isPlainObject(data2),
  represent: (data2) => {
    if (data2 instanceof Map) return data2;
    const map = /* @__PURE__ */ new Map();
    const obj = data2;
    for (const key2 of Object.keys(obj)) map.set(key2, obj[key2]);
    return map;
  }
});
function normalizeKey(key2) {
  if (Array.isArray(key2)) {
    const array = Array.prototype.slice.call(key2);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key2 === "object" && Object.prototype.toString.call(key2) === "[object Object]") return "[object Object]";
  return String(key2);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o2) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o2)) map.set(key2, o2[key2]);
    return map;
  },
  addPair: (container, key2, value) => {
    const normalizedKey = normalizeKey(key2);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key2) => {
    const normalizedKey = normalizeKey(key2);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string2, max) {
  return " ".repeat(Math.max(max - string2.length, 0)) + string2;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re2 = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match2;
  let foundLineNo = -1;
  while (match2 = re2.exec(mark.buffer)) {
    lineEnds.push(match2.index);
    lineStarts.push(match2.index + match2[0].length);
    if (mark.position <= match2.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c3) {
  switch (c3) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c3) {
  if (c3 <= 65535) return String.fromCharCode(c3);
  return String.fromCharCode((c3 - 65536 >> 10) + 55296, (c3 - 65536 & 1023) + 56320);
}
function fromHexCode$1(c3) {
  if (c3 >= 48 && c3 <= 57) return c3 - 48;
  return (c3 | 32) - 97 + 10;
}
function escapedHexLen$1(c3) {
  if (c3 === 120) return 2;
  if (c3 === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key2, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key2) && !frame.overridable?.has(key2)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key2, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key2);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key2 = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key2, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c3) {
  return c3 === 10 || c3 === 13;
}
function isWhiteSpace(c3) {
  return c3 === 9 || c3 === 32;
}
function isWsOrEol(c3) {
  return isWhiteSpace(c3) || isEol(c3);
}
function isWsOrEolOrEnd(c3) {
  return c3 === 0 || isWsOrEol(c3);
}
function isFlowIndicator(c3) {
  return c3 === 44 || c3 === 91 || c3 === 93 || c3 === 123 || c3 === 125;
}
function fromDecimalCode(c3) {
  return c3 >= 48 && c3 <= 57 ? c3 - 48 : -1;
}
function fromHexCode(c3) {
  if (c3 >= 48 && c3 <= 57) return c3 - 48;
  const lc = c3 | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c3) {
  if (c3 === 120) return 2;
  if (c3 === 117) return 4;
  if (c3 === 85) return 8;
  return 0;
}
function isSimpleEscape(c3) {
  return c3 === 48 || c3 === 97 || c3 === 98 || c3 === 116 || c3 === 9 || c3 === 110 || c3 === 118 || c3 === 102 || c3 === 114 || c3 === 101 || c3 === 32 || c3 === 34 || c3 === 47 || c3 === 92 || c3 === 78 || c3 === 95 || c3 === 76 || c3 === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match2 = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match2 !== null) {
    state.position = start + match2.index + match2[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match2 = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match2 === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match2[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function load(input, options) {
  const documents = loadDocuments(input, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w2 = layout.presenterOptions.lineWidth;
  if (w2 === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w2, 40), w2 - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace2(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace2(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace2(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace2(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_3, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_3, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_3, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_3, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_3, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_3, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_3, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  return currentParent[0];
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
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

// src/core/source/positions.ts
var PositionIndex = class {
  constructor(text, json = false) {
    this.text = text;
    this.json = json;
  }
  text;
  json;
  lineStarts;
  offsets = /* @__PURE__ */ new Map();
  /** Resolve many pointers in one pass over the parser's events; a missing pointer falls back to its nearest ancestor. */
  locateAll(pointers) {
    const wanted = [...new Set(pointers)].filter((p2) => !this.offsets.has(p2));
    if (wanted.length) this.scan(wanted);
    const out = /* @__PURE__ */ new Map();
    for (const p2 of pointers) {
      const tokens = pointerTokens(p2);
      for (let n = tokens.length; n >= 0; n--) {
        const prefix = pointerJoin("", ...tokens.slice(0, n));
        const offset = this.offsets.get(prefix);
        if (offset !== void 0) {
          out.set(p2, this.toPosition(offset));
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
    for (const p2 of pointers) {
      let node = root;
      for (const t2 of pointerTokens(p2)) {
        let next = node.children.get(t2);
        if (!next) {
          next = { children: /* @__PURE__ */ new Map(), pointer: pointerJoin(node.pointer, t2) };
          node.children.set(t2, next);
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
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
};
var SPACE = /* @__PURE__ */ new Set([32, 9, 10, 13]);
function skipSpace(text, i) {
  while (i < text.length && SPACE.has(text.charCodeAt(i))) i++;
  return i;
}
function endOfString(text, i) {
  for (let j3 = i + 1; j3 < text.length; j3++) {
    const c3 = text.charCodeAt(j3);
    if (c3 === 92)
      j3++;
    else if (c3 === 34) return j3 + 1;
  }
  throw new Error("unterminated string");
}
function endOfValue(text, i) {
  const c3 = text.charCodeAt(i);
  if (c3 === 34) return endOfString(text, i);
  if (c3 !== 123 && c3 !== 91) {
    let j3 = i;
    while (j3 < text.length && !SPACE.has(text.charCodeAt(j3)) && !",]}".includes(text[j3])) j3++;
    return j3;
  }
  let depth = 0;
  for (let j3 = i; j3 < text.length; j3++) {
    const d2 = text.charCodeAt(j3);
    if (d2 === 34) j3 = endOfString(text, j3) - 1;
    else if (d2 === 123 || d2 === 91) depth++;
    else if ((d2 === 125 || d2 === 93) && --depth === 0) return j3 + 1;
  }
  throw new Error("unbalanced brackets");
}
function scanJson(text, i, trie, offsets) {
  const open = text.charCodeAt(i);
  if (!trie.children.size || open !== 123 && open !== 91) return endOfValue(text, i);
  const object = open === 123;
  let j3 = skipSpace(text, i + 1);
  for (let index = 0; text.charCodeAt(j3) !== (object ? 125 : 93); index++) {
    let child;
    const start = j3;
    if (object) {
      const end = endOfString(text, j3);
      const raw = text.slice(j3 + 1, end - 1);
      child = trie.children.get(raw.includes("\\") ? JSON.parse(text.slice(j3, end)) : raw);
      j3 = skipSpace(text, end);
      j3 = skipSpace(text, j3 + 1);
    } else child = trie.children.get(String(index));
    if (child) offsets.set(child.pointer, start);
    j3 = skipSpace(text, child ? scanJson(text, j3, child, offsets) : endOfValue(text, j3));
    if (text.charCodeAt(j3) === 44) j3 = skipSpace(text, j3 + 1);
  }
  return j3 + 1;
}

// src/core/source/avro-idl.ts
var import_libraries = __toESM(require_libraries(), 1);
var IMPORT = /^[ \t]*import[ \t]+(idl|protocol|schema)[ \t]+"[^"\n]*"[ \t]*;/gm;
function parseAvroIdl(file2, text) {
  const own = text.replace(IMPORT, (m2) => " ".repeat(m2.length));
  try {
    return import_libraries.default.avsc().readProtocol(own);
  } catch (err) {
    if (err instanceof RangeError) throw new InputError("Avro IDL nested too deep to read", file2);
    const message = err.message;
    const at3 = /"pos":(\d+)/.exec(message);
    const line = at3 ? text.slice(0, Number(at3[1])).split("\n").length : void 0;
    const reason = message.replace(/^invalid token \{.*?\}: /, "");
    throw new InputError(
      `not Avro IDL avsc can read (Avro 1.10's syntax: \`string?\` is \`union { null, string }\`): ${reason}`,
      file2,
      line
    );
  }
}
var IdlPositions = class extends PositionIndex {
  constructor(text, protocol) {
    super(text);
    this.protocol = protocol;
  }
  protocol;
  /** Every part's place at once, in one pass: each search starts where the part before it was found. */
  scan() {
    if (this.offsets.size) return;
    this.offsets.set("", 0);
    const p2 = this.protocol;
    let cursor = 0;
    let misses = 0;
    const found2 = (pointer, source) => {
      if (misses > MAX_MISSES) return false;
      const re2 = new RegExp(source, "g");
      re2.lastIndex = cursor;
      const at3 = re2.exec(this.text)?.index;
      if (at3 === void 0) misses++;
      else this.offsets.set(pointer, at3), cursor = at3;
      return at3 !== void 0;
    };
    const members = (pointer, names, after) => names.forEach((n, j3) => typeof n === "string" && found2(`${pointer}/${j3}`, `${word(n)}${after}`));
    (Array.isArray(p2.types) ? p2.types : []).forEach((t2, i) => {
      if (typeof t2?.name !== "string" || !found2(`/types/${i}`, `\\b(record|error|enum|fixed)\\s+${word(t2.name.replace(/^.*\./, ""))}`))
        return;
      members(
        `/types/${i}/fields`,
        (t2.fields ?? []).map((f3) => f3?.name),
        "\\s*[=;]"
      );
      members(`/types/${i}/symbols`, t2.symbols ?? [], "");
    });
    for (const [name, m2] of Object.entries(p2.messages ?? {})) {
      const at3 = pointerJoin("/messages", name);
      if (found2(at3, `${word(name)}\\s*\\(`))
        members(
          `${at3}/request`,
          (m2?.request ?? []).map((r2) => r2?.name),
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
    const at3 = lossy.indexOf("\uFFFD");
    const line = at3 < 0 ? void 0 : lossy.slice(0, at3).split("\n").length;
    throw new InputError("not valid UTF-8 text", file2, line);
  }
}
function parseText(file2, text, format2) {
  if (format2 === "avdl") {
    const data3 = parseAvroIdl(file2, text);
    return { file: file2, format: format2, text, data: data3, positions: new IdlPositions(text, data3) };
  }
  const data2 = format2 === "json" ? parseJson(file2, text) : parseYaml(file2, text);
  return { file: file2, format: format2, text, data: data2, positions: new PositionIndex(text, format2 === "json") };
}
function parseJson(file2, text) {
  checkJsonShape(file2, text);
  let data2;
  try {
    data2 = JSON.parse(text);
  } catch (err) {
    const errors = [];
    parse2(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const line = first ? text.slice(0, first.offset).split("\n").length : void 0;
    const reason = first ? printParseErrorCode(first.error) : err.message.replace(/, "[\s\S]*" is not valid JSON$/, "");
    throw new InputError(`invalid JSON: ${reason}`, file2, line);
  }
  return data2;
}
var YAML_SCHEMA = CORE_SCHEMA.withTags(mergeTag);
function parseYaml(file2, text) {
  let data2;
  try {
    data2 = load(text, { filename: file2, maxDepth: LIMITS.maxDepth, schema: YAML_SCHEMA, maxTotalMergeKeys: LIMITS.maxMergeKeys });
  } catch (err) {
    if (err instanceof YAMLException) {
      const line = err.mark ? err.mark.line + 1 : secondDocumentLine(text);
      if (/maxTotalMergeKeys/.test(err.reason))
        throw new InputError(`YAML merge keys copy more than ${LIMITS.maxMergeKeys.toLocaleString("en")} keys (merge bomb?)`, file2, line);
      throw new InputError(`invalid YAML: ${err.reason}`, file2, line);
    }
    throw new InputError(`invalid YAML: ${err.message}`, file2);
  }
  if (text.includes("*")) checkExpansion(file2, data2);
  return data2;
}
function secondDocumentLine(text) {
  const lines = text.split("\n");
  const markers = lines.flatMap((l3, i) => /^---(\s|$)/.test(l3) ? [i] : []);
  const opening = lines.findIndex((l3) => l3.trim() !== "" && !l3.trimStart().startsWith("#") && !l3.startsWith("%"));
  const at3 = markers[0] === opening ? markers[1] : markers[0];
  return at3 === void 0 ? void 0 : at3 + 1;
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
function checkJsonShape(file2, text) {
  const lineAt = (i) => text.slice(0, i).split("\n").length;
  const duplicate = (start, end) => new InputError(`duplicate key "${text.slice(start, end)}" in one object`, file2, lineAt(start - 1));
  const open = [];
  const sets = [];
  let from = new Int32Array(256);
  let to2 = new Int32Array(256);
  let top = 0;
  const next = /["[\]{}]/g;
  for (let m2 = next.exec(text); m2; m2 = next.exec(text)) {
    let i = m2.index;
    const c3 = text.charCodeAt(i);
    if (c3 === 34) {
      const start = i + 1;
      for (i = text.indexOf('"', start); i >= 0; i = text.indexOf('"', i + 1)) {
        let b3 = i - 1;
        while (text.charCodeAt(b3) === 92) b3--;
        if ((i - 1 - b3) % 2 === 0) break;
      }
      if (i < 0) i = text.length;
      next.lastIndex = i + 1;
      const depth = open.length;
      if (!depth || open[depth - 1] < 0) continue;
      let k2 = i + 1;
      while (k2 < text.length && (text.charCodeAt(k2) === 32 || text.charCodeAt(k2) === 10 || text.charCodeAt(k2) === 13 || text.charCodeAt(k2) === 9))
        k2++;
      if (text.charCodeAt(k2) !== 58) continue;
      const set = sets[depth - 1];
      if (set) {
        const key2 = text.slice(start, i);
        if (set.has(key2)) throw duplicate(start, i);
        set.add(key2);
        continue;
      }
      const base = open[depth - 1];
      for (let j3 = base; j3 < top; j3++) if (sameSpan(text, from[j3], to2[j3], start, i)) throw duplicate(start, i);
      if (top - base === SMALL_OBJECT) {
        const keys = /* @__PURE__ */ new Set([text.slice(start, i)]);
        for (let j3 = base; j3 < top; j3++) keys.add(text.slice(from[j3], to2[j3]));
        sets[depth - 1] = keys;
        top = base;
        continue;
      }
      if (top === from.length) {
        from = grown(from);
        to2 = grown(to2);
      }
      from[top] = start;
      to2[top++] = i;
    } else if (c3 === 91 || c3 === 123) {
      open.push(c3 === 123 ? top : -1);
      sets.push(void 0);
      if (open.length > LIMITS.maxDepth) throw new InputError(`nesting deeper than ${LIMITS.maxDepth} levels`, file2, lineAt(i));
    } else if (c3 === 93 || c3 === 125) {
      const base = open.pop();
      sets.pop();
      if (base !== void 0 && base >= 0) top = base;
    }
  }
}
function grown(a) {
  const b3 = new Int32Array(a.length * 2);
  b3.set(a);
  return b3;
}
var SMALL_OBJECT = 16;
function sameSpan(text, a, aEnd, b3, bEnd) {
  if (aEnd - a !== bEnd - b3) return false;
  for (; a < aEnd; a++, b3++) if (text.charCodeAt(a) !== text.charCodeAt(b3)) return false;
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
    const [b3, h3] = [new _Documents(base), new _Documents(head)];
    [b3.peer, h3.peer] = [h3, b3];
    h3.baseline = b3;
    return { base: b3, head: h3 };
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
    const format2 = formatOf(file2);
    try {
      if (!bytes) throw new InputError("file not found", file2);
      if (!format2) throw new InputError("not a YAML or JSON file", file2);
      return parseText(file2, decodeText(file2, bytes), format2);
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
    const key2 = `${from.file}\0${target}`;
    let found2 = this.targets.get(key2);
    if (found2 === void 0) this.targets.set(key2, found2 = this.findTarget(from, ref, target));
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
  note(text) {
    if (!this.notes.includes(text)) this.notes.push(text);
  }
  /** Follow a chain of pure `$ref` objects to the first real node; a chain that loops is an error. */
  deref(loc, node) {
    const seen = /* @__PURE__ */ new Set();
    let current = { loc, node };
    while (isRefObject(current.node)) {
      const key2 = `${current.loc.file}#${current.loc.pointer}`;
      if (seen.has(key2)) throw this.refError(current.loc, `cyclic $ref: ${[...seen].join(" -> ")} -> ${key2}`);
      if (seen.size >= MAX_REF_CHAIN) throw this.refError(loc, `a chain of more than ${MAX_REF_CHAIN} $refs, each to the next`);
      seen.add(key2);
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
  refError(at3, message) {
    return new InputError(message, at3.file, this.lineOf(at3));
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
    for (const [key2, path] of this.baseline?.ids() ?? [])
      if (this.has(path) && idKey(this.baseUri(path) ?? "") === key2) index.set(key2, path);
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
  return { paths: () => tree.paths().filter(keep), read: (p2) => keep(p2) ? tree.read(p2) : void 0 };
}

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
      known = this.objects.info(spellings(ref).map((r2) => `${r2}^{commit}`)).then((infos) => commitOrUnknown(ref, infos.find((info) => info?.type === "commit")?.sha));
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
    this.promisor ??= git(this.dir).raw(["config", "--get", "remote.origin.promisor"]).then((v2) => v2.trim() === "true").catch(() => false);
    if (!await this.promisor) return;
    const resolved = await Promise.all(commits.map((c3) => this.commit(c3)));
    if (!this.missing || resolved.some((c3) => !this.missing.commits.has(c3))) {
      const listed = await git(this.dir).raw(["rev-list", "--objects", "--missing=print", "--no-object-names", "--no-walk", ...resolved]);
      const absent = listed.split("\n").filter((l3) => l3.startsWith("?")).map((l3) => l3.slice(1));
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
    const listed = await this.list(commit, prefix, keep);
    const shas = listed.map((e) => e.sha);
    await this.prefetch([commit], shas);
    const sizes = await this.sizesOf(shas);
    const budget = new TreeBudget();
    const markers = new Map(listed.map((e) => [e.path, withheld(sizes.get(e.sha), () => e.sha, budget)]));
    const blobs = await this.read(listed.filter((e) => !markers.get(e.path)).map((e) => e.sha));
    const tree = new MapTree();
    for (const e of listed) tree.set(e.path, markers.get(e.path) ?? blobs.get(e.sha) ?? new Uint8Array(0));
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
  return new Promise((resolve4, reject) => {
    const child = spawn2("git", args, { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
    const chunks = [];
    let stderr = "";
    child.stdout.on("data", (c3) => chunks.push(c3));
    child.stderr.on("data", (c3) => stderr += c3.toString());
    child.on("error", reject);
    child.on(
      "close",
      (code) => code === 0 ? resolve4(Buffer.concat(chunks)) : reject(new Error(`git ${args.find((a, i) => !a.startsWith("-") && args[i - 1] !== "-c")} failed: ${stderr.trim()}`))
    );
    child.stdin.end(lines.join("\n") + "\n");
  });
}

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

// src/core/source/kind.ts
var DOC_EXTENSIONS = /\.(md|markdown|txt|rst|adoc|html?)$/i;
function detectKind(file2, bytes, data2) {
  if (DOC_EXTENSIONS.test(file2)) return "document";
  if (isToolingName(file2)) return "other";
  if (/(^|\/)versions\.ya?ml$/i.test(file2)) return "versions";
  if (!formatOf(file2)) return bytes && isBinary(bytes) ? "binary" : "document";
  if (isAvroFile(file2)) return "avro";
  if (/\.schema\.(json|ya?ml)$/i.test(file2) && (typeof data2 === "boolean" || data2 !== null && typeof data2 === "object" && !Array.isArray(data2))) {
    const d2 = data2;
    if (typeof d2 !== "object" || !("openapi" in d2 || "swagger" in d2)) return "jsonschema";
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
  const isSchemaMap = (v2) => v2 !== null && typeof v2 === "object" && !Array.isArray(v2) && Object.values(v2).every((s) => typeof s === "boolean" || s !== null && typeof s === "object" && !Array.isArray(s));
  const types = Array.isArray(doc.type) ? doc.type : [doc.type];
  if (!types.length || !types.every((t2) => typeof t2 === "string" && JSON_TYPES.has(t2))) return false;
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
function isToolingName(file2) {
  const p2 = "/" + file2.toLowerCase();
  return /\.(py|sh|bash|ps1|bat|cmd|js|mjs|cjs|ts|rb|go|java|kt|rs|lock|ini|cfg|toml|env)$/.test(p2) || /\/(makefile|dockerfile|\.gitignore|\.gitattributes|\.editorconfig)$/.test(p2) || /\.(test|spec)\.(json|ya?ml)$/.test(p2) || /\.postman_(collection|environment)\.json$/.test(p2) || /\/\.?spectral[^/]*\.(json|ya?ml)$/.test(p2) || /\/(package|package-lock|tsconfig)\.json$/.test(p2) || /\/(pom\.xml|gradle\.properties|build\.gradle\.kts|build\.gradle)$/.test(p2) || /\/(tests?|tooling|scripts|harness|ci|\.github)\//.test(p2);
}

// src/core/source/operations.ts
var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
var isObj = (v2) => v2 !== null && typeof v2 === "object" && !Array.isArray(v2);
function operations(doc, file2, sections = ["paths"], deref = (item) => item, base = "") {
  const out = [];
  for (const section of sections) {
    const items = doc[section];
    if (!isObj(items)) continue;
    for (const [path, raw] of Object.entries(items)) {
      const item = deref({ loc: { file: file2, pointer: pointerJoin(base, section, path) }, node: raw });
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
var BY_ID = new Map(RULES.map((r2) => [r2.id, r2]));
if (BY_ID.size !== RULES.length) throw new Error("duplicate rule id in catalog");
function findRule(id) {
  const direct = BY_ID.get(id);
  if (direct) return { rule: direct };
  for (const context of [...SCHEMA_CONTEXTS].sort((a, b3) => b3.length - a.length)) {
    if (id.startsWith(context + "-")) {
      const rule2 = BY_ID.get(id.slice(context.length + 1));
      if (rule2?.family === "schema") return { rule: rule2, context };
    }
  }
  return void 0;
}

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
var BY_ID2 = new Map(POLICY_RULES.map((r2) => [r2.id, r2]));

// src/core/policy/finding.ts
function finding(ruleId, file2, params, extra = {}) {
  return { ruleId, file: file2, params, ...extra };
}

// src/core/policy/lint.ts
var DIALECT_2020 = /json-schema\.org\/draft\/2020-12\/schema/;
var isObj2 = (v2) => v2 !== null && typeof v2 === "object" && !Array.isArray(v2);
function lintOpenApi(docs, paths) {
  const out = [];
  for (const file2 of paths) {
    if (!/\.(json|ya?ml)$/i.test(file2)) continue;
    const parsed = unlessUnreadable(() => docs.get(file2));
    if (!parsed || detectKind(file2, void 0, parsed.data) !== "openapi") continue;
    const doc = parsed.data;
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
      const raw = isObj2(doc.components) && isObj2(doc.components.securitySchemes) ? doc.components.securitySchemes[name] : void 0;
      try {
        const s = docs.deref({ file: file2, pointer: pointerJoin("/components/securitySchemes", name) }, raw).node;
        if (!isObj2(s)) return "";
        return s.type === "http" ? `http:${String(s.scheme).toLowerCase()}` : String(s.type);
      } catch (err) {
        if (err instanceof InputError) return "";
        throw err;
      }
    };
    const requirements = Array.isArray(doc.security) ? doc.security.filter(isObj2) : [];
    const complete = requirements.some((r2) => {
      const types = Object.keys(r2).map(schemeType);
      return types.includes("mutualTLS") && types.includes("http:bearer");
    });
    if (!complete) {
      const types = requirements.flatMap((r2) => Object.keys(r2).map(schemeType));
      const missing = [!types.includes("mutualTLS") && "an mTLS (mutualTLS) scheme", !types.includes("http:bearer") && "a Bearer (http bearer) scheme"].filter(Boolean).join(" and ") || "mTLS and Bearer in the same requirement";
      out.push(finding("security-not-global", file2, { file: file2, missing }, { line: line("/security"), key: `${file2}|security` }));
    }
    for (const { path, method, node: op } of operations(doc, file2)) {
      const label = `${method.toUpperCase()} ${path}`;
      const at3 = pointerJoin("/paths", path, method);
      const responses = isObj2(op.responses) ? Object.keys(op.responses) : [];
      if (!responses.some((s) => /^4(\d\d|xx)$/i.test(s)))
        out.push(finding("operation-missing-4xx", file2, { file: file2, op: label }, { line: line(at3), key: `${file2}|${label}|4xx` }));
      if (/(^|\/)health$/.test(path)) {
        const exempt = Array.isArray(op.security) && (op.security.length === 0 || op.security.some((r2) => isObj2(r2) && Object.keys(r2).length === 0));
        if (!exempt) out.push(finding("health-not-exempt", file2, { file: file2, op: label }, { line: line(at3), key: `${file2}|${label}|health` }));
      }
    }
  }
  return out;
}

// src/core/layout.ts
var FROZEN_DIR = "_frozen";
var GLOBALS = "globals";
var FREEZE_FILE = /^freeze-v[^/]+\.json$/;
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
    const slash2 = rest.indexOf("/");
    return slash2 > 0 ? rest.slice(0, slash2) : GLOBALS;
  }
  /** `<modulesDir>/<name>/versions.yaml` or the root's `versions.yaml`: the module's versions file, when it is one. */
  versionsModule(path) {
    if (/^versions\.ya?ml$/.test(this.rel(path)) && this.inRoot(path)) return GLOBALS;
    const start = this.modulesDir + "/";
    return path.startsWith(start) && /^[^/]+\/versions\.ya?ml$/.test(path.slice(start.length)) ? this.moduleOf(path) : void 0;
  }
};
function isFreezeFile(path) {
  return FREEZE_FILE.test(baseName(path));
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

// src/core/manifests.ts
var MANIFEST = /(^|\/)(pom\.xml|gradle\.properties|build\.gradle(\.kts)?|pyproject\.toml|Cargo\.toml|VERSION|[^/]+\.csproj|Directory\.Build\.props)$/;
var MAX_MANIFEST_CHARS = 1e6;
var isManifest = (path) => MANIFEST.test(path);
function readManifest(path, text) {
  if (text.length > MAX_MANIFEST_CHARS) return {};
  const file2 = path.slice(path.lastIndexOf("/") + 1);
  if (file2 === "pom.xml") return pom(text);
  if (file2.endsWith(".csproj") || file2 === "Directory.Build.props") return msbuild(text, file2.replace(/\.csproj$/, ""));
  if (file2 === "gradle.properties") return { version: found(text, /^[ \t]*version[ \t]*[=:][ \t]*([^\s#!]+)[ \t]*$/m) };
  if (file2.startsWith("build.gradle")) return { version: found(text, /^version[ \t]*=[ \t]*(?:"([^"\n$]+)"|'([^'\n$]+)')/m) };
  if (file2 === "pyproject.toml") return toml(text, ["project", "tool.poetry"]);
  if (file2 === "Cargo.toml") return toml(text, ["package", "workspace.package"]);
  if (file2 === "VERSION") return { version: found(text, /^[ \t]*(v?\d[0-9A-Za-z.+-]*)[ \t]*(?:\r?\n|$)/) };
  return void 0;
}
function found(text, re2) {
  const m2 = re2.exec(text);
  const value = m2?.[1] ?? m2?.[2];
  return m2 && value ? at2(text, m2.index + m2[0].lastIndexOf(value), value) : void 0;
}
function at2(text, start, value) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < start; i = text.indexOf("\n", i + 1)) line++;
  return { value, start, end: start + value.length, line };
}
function toml(text, tables) {
  const entries = /* @__PURE__ */ new Map();
  let table = "";
  let offset = 0;
  for (const raw of text.split("\n")) {
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
        else entry.version = at2(text, offset + kv[0].length - value.length - 1, value);
        entries.set(table, entry);
      }
    }
    offset += raw.length + 1;
  }
  return tables.map((t2) => entries.get(t2)).find((e) => e?.version) ?? entries.get(tables[0]) ?? {};
}
function pom(text) {
  const value = xmlLeaves(text, /^project\/(artifactId|version|properties\/[^/]+)$/);
  let version2 = value("project/version");
  const property = version2 && /^\$\{([\w.-]+)\}$/.exec(version2.value)?.[1];
  if (property) version2 = value(`project/properties/${property}`);
  if (version2?.value.includes("${")) version2 = void 0;
  return { name: value("project/artifactId")?.value, version: version2 };
}
function msbuild(text, file2) {
  const value = xmlLeaves(text, /^Project\/PropertyGroup\/(Version|VersionPrefix|PackageVersion|PackageId|AssemblyName)$/);
  const pick2 = (names) => names.map((n) => value(`Project/PropertyGroup/${n}`)).find(Boolean);
  const version2 = pick2(["Version", "VersionPrefix", "PackageVersion"]);
  const name = pick2(["PackageId", "AssemblyName"])?.value ?? (file2 === "Directory.Build.props" ? void 0 : file2);
  return { name, version: version2?.value.includes("$(") ? void 0 : version2 };
}
function xmlLeaves(text, wanted) {
  const blank = blanked(text);
  const stack = [];
  const leaves = /* @__PURE__ */ new Map();
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)([^<>]*)>/g;
  for (let m2 = tag.exec(blank); m2; m2 = tag.exec(blank)) {
    if (m2[1]) {
      stack.pop();
      continue;
    }
    if (m2[3].endsWith("/")) continue;
    stack.push(m2[2]);
    const where = stack.length <= 3 ? stack.join("/") : "";
    if (wanted.test(where) && !leaves.has(where)) {
      const start = m2.index + m2[0].length;
      const end = blank.indexOf("<", start);
      if (end !== -1) leaves.set(where, { start, end });
    }
  }
  return (where) => {
    const leaf = leaves.get(where);
    if (!leaf) return void 0;
    const raw = text.slice(leaf.start, leaf.end);
    const trimmed = raw.trim();
    return trimmed ? at2(text, leaf.start + raw.indexOf(trimmed), trimmed) : void 0;
  };
}
function blanked(text) {
  let out = "";
  let from = 0;
  for (; ; ) {
    const comment = text.indexOf("<!--", from);
    const cdata = text.indexOf("<![CDATA[", from);
    const start = comment === -1 ? cdata : cdata === -1 ? comment : Math.min(comment, cdata);
    if (start === -1) return out + text.slice(from);
    const close = start === comment ? "-->" : "]]>";
    const stop = text.indexOf(close, start + 4);
    const end = stop === -1 ? text.length : stop + close.length;
    out += text.slice(from, start) + text.slice(start, end).replace(/[^\n]/g, " ");
    from = end;
  }
}

// node_modules/graphmatch/dist/utils.js
var getNodes = (node) => {
  const nodes = /* @__PURE__ */ new Set();
  const queue = [node];
  for (let i = 0; i < queue.length; i++) {
    const node2 = queue[i];
    if (nodes.has(node2))
      continue;
    nodes.add(node2);
    const { children } = node2;
    if (!children?.length)
      continue;
    for (let ci = 0, cl = children.length; ci < cl; ci++) {
      queue.push(children[ci]);
    }
  }
  return Array.from(nodes);
};
var getNodeFlags = (node) => {
  let flags = "";
  const nodes = getNodes(node);
  for (let i = 0, l3 = nodes.length; i < l3; i++) {
    const node2 = nodes[i];
    if (!node2.regex)
      continue;
    const nodeFlags = node2.regex.flags;
    flags || (flags = nodeFlags);
    if (flags === nodeFlags)
      continue;
    throw new Error(`Inconsistent RegExp flags used: "${flags}" and "${nodeFlags}"`);
  }
  return flags;
};
var getNodeSourceWithCache = (node, partial, cache3) => {
  const cached = cache3.get(node);
  if (cached !== void 0)
    return cached;
  const isNodePartial = node.partial ?? partial;
  let source = "";
  if (node.regex) {
    source += isNodePartial ? "(?:$|" : "";
    source += node.regex.source;
  }
  if (node.children?.length) {
    const children = uniq(node.children.map((node2) => getNodeSourceWithCache(node2, partial, cache3)).filter(Boolean));
    if (children?.length) {
      const isSomeChildNonPartial = node.children.some((child) => !child.regex || !(child.partial ?? partial));
      const needsWrapperGroup = children.length > 1 || isNodePartial && (!source.length || isSomeChildNonPartial);
      source += needsWrapperGroup ? isNodePartial ? "(?:$|" : "(?:" : "";
      source += children.join("|");
      source += needsWrapperGroup ? ")" : "";
    }
  }
  if (node.regex) {
    source += isNodePartial ? ")" : "";
  }
  cache3.set(node, source);
  return source;
};
var getNodeSource = (node, partial) => {
  const cache3 = /* @__PURE__ */ new Map();
  const nodes = getNodes(node);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const source = getNodeSourceWithCache(nodes[i], partial, cache3);
    if (i > 0)
      continue;
    return source;
  }
  return "";
};
var uniq = (values) => {
  return Array.from(new Set(values));
};

// node_modules/graphmatch/dist/index.js
var graphmatch = (node, input, options) => {
  return graphmatch.compile(node, options).test(input);
};
graphmatch.compile = (node, options) => {
  const partial = options?.partial ?? false;
  const source = getNodeSource(node, partial);
  const flags = getNodeFlags(node);
  return new RegExp(`^(?:${source})$`, flags);
};
var dist_default = graphmatch;

// node_modules/zeptomatch/dist/compile/index.js
var compile = (node, options) => {
  const re2 = dist_default.compile(node, options);
  const source = `${re2.source.slice(0, -1)}[\\\\/]?$`;
  const flags = re2.flags;
  return new RegExp(source, flags);
};
var compile_default = compile;

// node_modules/zeptomatch/dist/merge/index.js
var merge = (res) => {
  const source = res.map((re2) => re2.source).join("|") || "$^";
  const flags = res[0]?.flags;
  return new RegExp(source, flags);
};
var merge_default = merge;

// node_modules/grammex/dist/utils.js
var isArray = (value) => {
  return Array.isArray(value);
};
var isFunction = (value) => {
  return typeof value === "function";
};
var isFunctionNullary = (value) => {
  return value.length === 0;
};
var isFunctionStrictlyNullaryOrUnary = (() => {
  const { toString } = Function.prototype;
  const re2 = /(?:^\(\s*(?:[^,.()]|\.(?!\.\.))*\s*\)\s*=>|^\s*[a-zA-Z$_][a-zA-Z0-9$_]*\s*=>)/;
  return (value) => {
    return (value.length === 0 || value.length === 1) && re2.test(toString.call(value));
  };
})();
var isNumber = (value) => {
  return typeof value === "number";
};
var isObject = (value) => {
  return typeof value === "object" && value !== null;
};
var isRegExp = (value) => {
  return value instanceof RegExp;
};
var isRegExpCapturing = /* @__PURE__ */ (() => {
  const sourceRe = /\\\(|\((?!\?(?::|=|!|<=|<!))/;
  return (re2) => {
    return sourceRe.test(re2.source);
  };
})();
var isRegExpStatic = /* @__PURE__ */ (() => {
  const sourceRe = /^[a-zA-Z0-9_-]+$/;
  return (re2) => {
    return sourceRe.test(re2.source) && !re2.flags.includes("i");
  };
})();
var isString = (value) => {
  return typeof value === "string";
};
var isUndefined = (value) => {
  return value === void 0;
};
var memoize = (fn2) => {
  const cache3 = /* @__PURE__ */ new Map();
  return (arg) => {
    const cached = cache3.get(arg);
    if (cached !== void 0)
      return cached;
    const value = fn2(arg);
    cache3.set(arg, value);
    return value;
  };
};

// node_modules/grammex/dist/index.js
var parse3 = (input, rule2, options = {}) => {
  const state = { cache: {}, input, index: 0, indexBacktrackMax: 0, options, output: [] };
  const matched = resolve2(rule2)(state);
  const indexMax = Math.max(state.index, state.indexBacktrackMax);
  if (matched && state.index === input.length) {
    return state.output;
  } else {
    throw new Error(`Failed to parse at index ${indexMax}`);
  }
};
var match = (target, handler) => {
  if (isArray(target)) {
    return chars(target, handler);
  } else if (isString(target)) {
    return string(target, handler);
  } else {
    return regex(target, handler);
  }
};
var chars = (target, handler) => {
  const charCodes = {};
  for (const char of target) {
    if (char.length !== 1)
      throw new Error(`Invalid character: "${char}"`);
    const charCode = char.charCodeAt(0);
    charCodes[charCode] = true;
  }
  return (state) => {
    const input = state.input;
    let indexStart = state.index;
    let indexEnd = indexStart;
    while (indexEnd < input.length) {
      const charCode = input.charCodeAt(indexEnd);
      if (!(charCode in charCodes))
        break;
      indexEnd += 1;
    }
    if (indexEnd > indexStart) {
      if (!isUndefined(handler) && !state.options.silent) {
        const target2 = input.slice(indexStart, indexEnd);
        const output = isFunction(handler) ? handler(target2, input, `${indexStart}`) : handler;
        if (!isUndefined(output)) {
          state.output.push(output);
        }
      }
      state.index = indexEnd;
    }
    return true;
  };
};
var regex = (target, handler) => {
  if (isRegExpStatic(target)) {
    return string(target.source, handler);
  } else {
    const source = target.source;
    const flags = target.flags.replace(/y|$/, "y");
    const re2 = new RegExp(source, flags);
    if (isRegExpCapturing(target) && isFunction(handler) && !isFunctionStrictlyNullaryOrUnary(handler)) {
      return regexCapturing(re2, handler);
    } else {
      return regexNonCapturing(re2, handler);
    }
  }
};
var regexCapturing = (re2, handler) => {
  return (state) => {
    const indexStart = state.index;
    const input = state.input;
    re2.lastIndex = indexStart;
    const match2 = re2.exec(input);
    if (match2) {
      const indexEnd = re2.lastIndex;
      if (!state.options.silent) {
        const output = handler(...match2, input, `${indexStart}`);
        if (!isUndefined(output)) {
          state.output.push(output);
        }
      }
      state.index = indexEnd;
      return true;
    } else {
      return false;
    }
  };
};
var regexNonCapturing = (re2, handler) => {
  return (state) => {
    const indexStart = state.index;
    const input = state.input;
    re2.lastIndex = indexStart;
    const matched = re2.test(input);
    if (matched) {
      const indexEnd = re2.lastIndex;
      if (!isUndefined(handler) && !state.options.silent) {
        const output = isFunction(handler) ? handler(input.slice(indexStart, indexEnd), input, `${indexStart}`) : handler;
        if (!isUndefined(output)) {
          state.output.push(output);
        }
      }
      state.index = indexEnd;
      return true;
    } else {
      return false;
    }
  };
};
var string = (target, handler) => {
  return (state) => {
    const indexStart = state.index;
    const input = state.input;
    const matched = input.startsWith(target, indexStart);
    if (matched) {
      if (!isUndefined(handler) && !state.options.silent) {
        const output = isFunction(handler) ? handler(target, input, `${indexStart}`) : handler;
        if (!isUndefined(output)) {
          state.output.push(output);
        }
      }
      state.index += target.length;
      return true;
    } else {
      return false;
    }
  };
};
var repeat = (rule2, min, max, handler) => {
  const erule = resolve2(rule2);
  const isBacktrackable = min > 1;
  return memoizable(handleable(backtrackable((state) => {
    let repetitions = 0;
    while (repetitions < max) {
      const index = state.index;
      const matched = erule(state);
      if (!matched)
        break;
      repetitions += 1;
      if (state.index === index)
        break;
    }
    return repetitions >= min;
  }, isBacktrackable), handler));
};
var optional = (rule2, handler) => {
  return repeat(rule2, 0, 1, handler);
};
var star = (rule2, handler) => {
  return repeat(rule2, 0, Infinity, handler);
};
var plus = (rule2, handler) => {
  return repeat(rule2, 1, Infinity, handler);
};
var and = (rules, handler) => {
  const erules = rules.map(resolve2);
  return memoizable(handleable(backtrackable((state) => {
    for (let i = 0, l3 = erules.length; i < l3; i++) {
      if (!erules[i](state))
        return false;
    }
    return true;
  }), handler));
};
var or2 = (rules, handler) => {
  const erules = rules.map(resolve2);
  return memoizable(handleable((state) => {
    for (let i = 0, l3 = erules.length; i < l3; i++) {
      if (erules[i](state))
        return true;
    }
    return false;
  }, handler));
};
var backtrackable = (rule2, enabled = true, force = false) => {
  const erule = resolve2(rule2);
  if (!enabled)
    return erule;
  return (state) => {
    const index = state.index;
    const length = state.output.length;
    const matched = erule(state);
    if (!matched && !force) {
      state.indexBacktrackMax = Math.max(state.indexBacktrackMax, state.index);
    }
    if (!matched || force) {
      state.index = index;
      if (state.output.length !== length) {
        state.output.length = length;
      }
    }
    return matched;
  };
};
var handleable = (rule2, handler) => {
  const erule = resolve2(rule2);
  if (!handler)
    return erule;
  return (state) => {
    if (state.options.silent)
      return erule(state);
    const length = state.output.length;
    const matched = erule(state);
    if (matched) {
      const outputs = state.output.splice(length, Infinity);
      const output = handler(outputs);
      if (!isUndefined(output)) {
        state.output.push(output);
      }
      return true;
    } else {
      return false;
    }
  };
};
var memoizable = /* @__PURE__ */ (() => {
  let RULE_ID = 0;
  return (rule2) => {
    const erule = resolve2(rule2);
    const ruleId = RULE_ID += 1;
    return (state) => {
      var _a;
      if (state.options.memoization === false)
        return erule(state);
      const indexStart = state.index;
      const cache3 = (_a = state.cache)[ruleId] || (_a[ruleId] = { indexMax: -1, queue: [] });
      const cacheQueue = cache3.queue;
      const isPotentiallyCached = indexStart <= cache3.indexMax;
      if (isPotentiallyCached) {
        const cacheStore = cache3.store || (cache3.store = /* @__PURE__ */ new Map());
        if (cacheQueue.length) {
          for (let i = 0, l3 = cacheQueue.length; i < l3; i += 2) {
            const key2 = cacheQueue[i * 2];
            const value = cacheQueue[i * 2 + 1];
            cacheStore.set(key2, value);
          }
          cacheQueue.length = 0;
        }
        const cached = cacheStore.get(indexStart);
        if (cached === false) {
          return false;
        } else if (isNumber(cached)) {
          state.index = cached;
          return true;
        } else if (cached) {
          state.index = cached.index;
          if (cached.output?.length) {
            state.output.push(...cached.output);
          }
          return true;
        }
      }
      const lengthStart = state.output.length;
      const matched = erule(state);
      cache3.indexMax = Math.max(cache3.indexMax, indexStart);
      if (matched) {
        const indexEnd = state.index;
        const lengthEnd = state.output.length;
        if (lengthEnd > lengthStart) {
          const output = state.output.slice(lengthStart, lengthEnd);
          cacheQueue.push(indexStart, { index: indexEnd, output });
        } else {
          cacheQueue.push(indexStart, indexEnd);
        }
        return true;
      } else {
        cacheQueue.push(indexStart, false);
        return false;
      }
    };
  };
})();
var lazy = (getter) => {
  let erule;
  return (state) => {
    erule || (erule = resolve2(getter()));
    return erule(state);
  };
};
var resolve2 = memoize((rule2) => {
  if (isFunction(rule2)) {
    if (isFunctionNullary(rule2)) {
      return lazy(rule2);
    } else {
      return rule2;
    }
  }
  if (isString(rule2) || isRegExp(rule2)) {
    return match(rule2);
  }
  if (isArray(rule2)) {
    return and(rule2);
  }
  if (isObject(rule2)) {
    return or2(Object.values(rule2));
  }
  throw new Error("Invalid rule");
});

// node_modules/zeptomatch/dist/utils.js
var identity = (value) => {
  return value;
};
var isString2 = (value) => {
  return typeof value === "string";
};
var memoizeByObject = (fn2) => {
  const cacheFull = /* @__PURE__ */ new WeakMap();
  const cachePartial = /* @__PURE__ */ new WeakMap();
  return (globs, options) => {
    const cache3 = options?.partial ? cachePartial : cacheFull;
    const cached = cache3.get(globs);
    if (cached !== void 0)
      return cached;
    const result = fn2(globs, options);
    cache3.set(globs, result);
    return result;
  };
};
var memoizeByPrimitive = (fn2) => {
  const cacheFull = {};
  const cachePartial = {};
  return (glob, options) => {
    const cache3 = options?.partial ? cachePartial : cacheFull;
    return cache3[glob] ?? (cache3[glob] = fn2(glob, options));
  };
};

// node_modules/zeptomatch/dist/normalize/grammar.js
var Escaped = match(/\\./, identity);
var Passthrough = match(/./, identity);
var StarStarStar = match(/\*\*\*+/, "*");
var StarStarNoLeft = match(/([^/{[(!])\*\*/, (_3, $1) => `${$1}*`);
var StarStarNoRight = match(/(^|.)\*\*(?=[^*/)\]}])/, (_3, $1) => `${$1}*`);
var Grammar = star(or2([Escaped, StarStarStar, StarStarNoLeft, StarStarNoRight, Passthrough]));
var grammar_default = Grammar;

// node_modules/zeptomatch/dist/normalize/index.js
var normalize = (glob) => {
  return parse3(glob, grammar_default, { memoization: false }).join("");
};
var normalize_default = normalize;

// node_modules/zeptomatch/dist/range.js
var ALPHABET = "abcdefghijklmnopqrstuvwxyz";
var int2alpha = (int) => {
  let alpha = "";
  while (int > 0) {
    const reminder = (int - 1) % 26;
    alpha = ALPHABET[reminder] + alpha;
    int = Math.floor((int - 1) / 26);
  }
  return alpha;
};
var alpha2int = (str2) => {
  let int = 0;
  for (let i = 0, l3 = str2.length; i < l3; i++) {
    int = int * 26 + ALPHABET.indexOf(str2[i]) + 1;
  }
  return int;
};
var makeRangeInt = (start, end) => {
  if (end < start)
    return makeRangeInt(end, start);
  const range = [];
  while (start <= end) {
    range.push(start++);
  }
  return range;
};
var makeRangePaddedInt = (start, end, paddingLength) => {
  return makeRangeInt(start, end).map((int) => String(int).padStart(paddingLength, "0"));
};
var makeRangeAlpha = (start, end) => {
  return makeRangeInt(alpha2int(start), alpha2int(end)).map(int2alpha);
};

// node_modules/zeptomatch/dist/parse/utils.js
var regex2 = (source) => {
  const regex3 = new RegExp(source, "s");
  return { partial: false, regex: regex3, children: [] };
};
var alternation = (children) => {
  return { children };
};
var sequence = /* @__PURE__ */ (() => {
  const pushToLeaves = (parent, child, handled) => {
    if (handled.has(parent))
      return;
    handled.add(parent);
    const { children } = parent;
    if (!children.length) {
      children.push(child);
    } else {
      for (let i = 0, l3 = children.length; i < l3; i++) {
        pushToLeaves(children[i], child, handled);
      }
    }
  };
  return (nodes) => {
    if (!nodes.length) {
      return alternation([]);
    }
    for (let i = nodes.length - 1; i >= 1; i--) {
      const handled = /* @__PURE__ */ new Set();
      const parent = nodes[i - 1];
      const child = nodes[i];
      pushToLeaves(parent, child, handled);
    }
    return nodes[0];
  };
})();
var slash = () => {
  const regex3 = new RegExp("[\\\\/]", "s");
  return { regex: regex3, children: [] };
};

// node_modules/zeptomatch/dist/parse/grammar.js
var Escaped2 = match(/\\./, regex2);
var Escape = match(/[$.*+?^(){}[\]\|]/, (char) => regex2(`\\${char}`));
var Slash = match(/[\\\/]/, slash);
var Passthrough2 = match(/[^$.*+?^(){}[\]\|\\\/]+/, regex2);
var NegationOdd = match(/^(?:!!)*!(.*)$/, (_3, glob) => regex2(`(?!^${dist_default2.compile(glob).source}$).*?`));
var NegationEven = match(/^(!!)+/);
var Negation = or2([NegationOdd, NegationEven]);
var StarStarBetween = match(/\/(\*\*\/)+/, () => alternation([sequence([slash(), regex2(".+?"), slash()]), slash()]));
var StarStarStart = match(/^(\*\*\/)+/, () => alternation([regex2("^"), sequence([regex2(".*?"), slash()])]));
var StarStarEnd = match(/\/(\*\*)$/, () => alternation([sequence([slash(), regex2(".*?")]), regex2("$")]));
var StarStarNone = match(/\*\*/, () => regex2(".*?"));
var StarStar = or2([StarStarBetween, StarStarStart, StarStarEnd, StarStarNone]);
var StarDouble = match(/\*\/(?!\*\*\/|\*$)/, () => sequence([regex2("[^\\\\/]*?"), slash()]));
var StarSingle = match(/\*/, () => regex2("[^\\\\/]*"));
var Star = or2([StarDouble, StarSingle]);
var Question = match("?", () => regex2("[^\\\\/]"));
var ClassOpen = match("[", identity);
var ClassClose = match("]", identity);
var ClassNegation = match(/[!^]/, "^\\\\/");
var ClassRange = match(/[a-z]-[a-z]|[0-9]-[0-9]/i, identity);
var ClassEscaped = match(/\\./, identity);
var ClassEscape = match(/[$.*+?^(){}[\|]/, (char) => `\\${char}`);
var ClassSlash = match(/[\\\/]/, "\\\\/");
var ClassPassthrough = match(/[^$.*+?^(){}[\]\|\\\/]+/, identity);
var ClassValue = or2([ClassEscaped, ClassEscape, ClassSlash, ClassRange, ClassPassthrough]);
var Class = and([ClassOpen, optional(ClassNegation), star(ClassValue), ClassClose], (_3) => regex2(_3.join("")));
var RangeOpen = match("{", "(?:");
var RangeClose = match("}", ")");
var RangeNumeric = match(/(\d+)\.\.(\d+)/, (_3, $1, $22) => makeRangePaddedInt(+$1, +$22, Math.min($1.length, $22.length)).join("|"));
var RangeAlphaLower = match(/([a-z]+)\.\.([a-z]+)/, (_3, $1, $22) => makeRangeAlpha($1, $22).join("|"));
var RangeAlphaUpper = match(/([A-Z]+)\.\.([A-Z]+)/, (_3, $1, $22) => makeRangeAlpha($1.toLowerCase(), $22.toLowerCase()).join("|").toUpperCase());
var RangeValue = or2([RangeNumeric, RangeAlphaLower, RangeAlphaUpper]);
var Range = and([RangeOpen, RangeValue, RangeClose], (_3) => regex2(_3.join("")));
var BracesOpen = match("{");
var BracesClose = match("}");
var BracesComma = match(",");
var BracesEscaped = match(/\\./, regex2);
var BracesEscape = match(/[$.*+?^(){[\]\|]/, (char) => regex2(`\\${char}`));
var BracesSlash = match(/[\\\/]/, slash);
var BracesPassthrough = match(/[^$.*+?^(){}[\]\|\\\/,]+/, regex2);
var BracesNested = lazy(() => Braces);
var BracesEmptyValue = match("", () => regex2("(?:)"));
var BracesFullValue = plus(or2([StarStar, Star, Question, Class, Range, BracesNested, BracesEscaped, BracesEscape, BracesSlash, BracesPassthrough]), sequence);
var BracesValue = or2([BracesFullValue, BracesEmptyValue]);
var Braces = and([BracesOpen, optional(and([BracesValue, star(and([BracesComma, BracesValue]))])), BracesClose], alternation);
var Grammar2 = star(or2([Negation, StarStar, Star, Question, Class, Range, Braces, Escaped2, Escape, Slash, Passthrough2]), sequence);
var grammar_default2 = Grammar2;

// node_modules/zeptomatch/dist/parse/index.js
var _parse = (glob) => {
  return parse3(glob, grammar_default2, { memoization: false })[0];
};
var parse_default = _parse;

// node_modules/zeptomatch/dist/index.js
var zeptomatch = (glob, path, options) => {
  return zeptomatch.compile(glob, options).test(path);
};
zeptomatch.compile = (() => {
  const compileGlob2 = memoizeByPrimitive((glob, options) => {
    return compile_default(parse_default(normalize_default(glob)), options);
  });
  const compileGlobs = memoizeByObject((globs, options) => {
    return merge_default(globs.map((glob) => compileGlob2(glob, options)));
  });
  return (glob, options) => {
    if (isString2(glob)) {
      return compileGlob2(glob, options);
    } else {
      return compileGlobs(glob, options);
    }
  };
})();
var dist_default2 = zeptomatch;

// src/core/policy/glob.ts
var import_libraries2 = __toESM(require_libraries(), 1);
var cache = /* @__PURE__ */ new Map();
function matchesAny(path, globs) {
  return globs.some((g2) => matcher(g2)(path));
}
function matcher(glob) {
  let m2 = cache.get(glob);
  if (!m2) cache.set(glob, m2 = compileGlob(glob));
  return m2;
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
  const match2 = expression(glob.slice(negations));
  return negations % 2 ? (path) => !match2(path) : match2;
}
function expression(glob) {
  const re2 = dist_default2.compile(glob);
  const source = re2.source.replaceAll("[\\\\/]", "\\/").replaceAll("[^\\\\/]", "[^/]");
  const { RE2JS } = import_libraries2.default.re2js();
  const flags = (re2.flags.includes("s") ? RE2JS.DOTALL : 0) | (re2.flags.includes("i") ? RE2JS.CASE_INSENSITIVE : 0);
  const safe = RE2JS.compile(RE2JS.translateRegExp(source), flags);
  return (path) => safe.matcher(path).find();
}

// src/core/semantic/bundle.ts
function hasExternalRef(text) {
  return /["']?\$ref["']?\s*:\s*["']?(?!#)[^\s"']/.test(text);
}

// src/core/policy/references.ts
function collectRefs(node, out) {
  if (Array.isArray(node)) node.forEach((n) => collectRefs(n, out));
  else if (node && typeof node === "object") {
    for (const [k2, v2] of Object.entries(node)) {
      if (k2 === "$ref" && typeof v2 === "string") out.add(v2);
      else collectRefs(v2, out);
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
  const parsed = unlessUnreadable(() => docs.get(file2));
  if (parsed && !hasExternalRef(parsed.text)) targets = /* @__PURE__ */ new Set();
  else if (parsed) {
    const refs = /* @__PURE__ */ new Set();
    collectRefs(parsed.data, refs);
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
      const t2 = stack.pop();
      if (t2 === file2 || out.has(t2)) continue;
      out.add(t2);
      for (const u2 of targetsOf(t2) ?? []) stack.push(u2);
    }
    closure.set(file2, out);
  }
  return closure;
}
function soleReachers(docs, starts) {
  const by = /* @__PURE__ */ new Map();
  for (const start of starts) {
    const stack = [...targetsOfFile(docs, start) ?? []];
    while (stack.length) {
      const t2 = stack.pop();
      const known = by.get(t2);
      if (t2 === start || known === start || known === null) continue;
      by.set(t2, known === void 0 ? start : null);
      for (const u2 of targetsOfFile(docs, t2) ?? []) stack.push(u2);
    }
  }
  return by;
}

// src/core/version-path.ts
var WHOLE = /^(v?)(\d{1,3})(?:([.\-_])(\d{1,4})(?:\3(\d{1,4}))?)?$/i;
var SUFFIX = /^(.+?)([._-])(v?)(\d{1,3})(?:\.(\d{1,4})(?:\.(\d{1,4}))?)?$/i;
var EXTENSION = /(\.schema)?\.(json|ya?ml|avsc|avpr|avdl)$/i;
function pathVersion(path) {
  const parts = path.split("/");
  const own = nameVersion(parts);
  if (own?.kind !== "line") return own ?? folderVersion(parts);
  const folder = folderVersion(parts);
  return folder?.kind === "release" ? folder : own;
}
function nameVersion(parts) {
  const name = parts[parts.length - 1];
  const ext = EXTENSION.exec(name)?.[0] ?? "";
  const stem = name.slice(0, name.length - ext.length);
  const dir = parts.slice(0, -1).join("/");
  const whole = WHOLE.exec(stem);
  if (whole && (whole[1] || whole[4] !== void 0 || inVersions(parts, parts.length - 1))) {
    const at3 = dir ? `${dir}/{version}${ext}` : `{version}${ext}`;
    return version(whole[0], whole[1], whole[2], whole[4], whole[5], at3, at3);
  }
  const suffix = SUFFIX.exec(stem);
  if (suffix && (suffix[3] || suffix[6] !== void 0)) {
    const at3 = `${dir ? dir + "/" : ""}${suffix[1]}${suffix[2]}{version}${ext}`;
    return version(stem.slice(suffix[1].length + 1), suffix[3], suffix[4], suffix[5], suffix[6], at3, at3);
  }
  return void 0;
}
function folderVersion(parts) {
  for (let i = parts.length - 2; i >= 0; i--) {
    const m2 = WHOLE.exec(parts[i]);
    if (!m2 || !m2[1] && m2[4] === void 0 && !inVersions(parts, i)) continue;
    const series = [...parts.slice(0, i), "{version}", ...parts.slice(i + 1)].join("/");
    const unit = [...parts.slice(0, i), "{version}"].join("/");
    return version(m2[0], m2[1], m2[2], m2[4], m2[5], series, unit);
  }
  return void 0;
}
function inVersions(parts, i) {
  return i > 0 && parts[i - 1] === "versions" && /^\d{1,4}(\.[a-z]+)*$/i.test(parts[i].replace(EXTENSION, ""));
}
function version(written, v2, major, minor, patch, series, unit) {
  const n = (s) => String(Number(s ?? 0));
  return {
    series,
    unit,
    version: `${n(major)}.${n(minor)}.${n(patch)}`,
    written,
    kind: v2 && minor === void 0 ? "line" : "release"
  };
}
function newestIn(paths, unit) {
  let newest;
  for (const p2 of paths) {
    const pv = pathVersion(p2);
    if (pv?.unit === unit && (!newest || compareVersions(pv.version, newest) > 0)) newest = pv.version;
  }
  return newest;
}
function compareVersions(a, b3) {
  const [x3, y2] = [a.split(".").map(Number), b3.split(".").map(Number)];
  return x3[0] - y2[0] || x3[1] - y2[1] || x3[2] - y2[2];
}

// src/core/units.ts
var isObj4 = (v2) => v2 !== null && typeof v2 === "object" && !Array.isArray(v2);
var Units = class {
  constructor(list, owner, fallback, rest = GLOBALS) {
    this.list = list;
    this.owner = owner;
    this.fallback = fallback;
    this.rest = rest;
    this.byName = new Map(list.map((u2) => [u2.name, u2]));
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
    return unit && [...this.list, ...this.fallback?.list ?? []].find((u2) => u2.home?.kind === "path" && u2.home.file === unit)?.name;
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
    return this.list.some((u2) => u2.home);
  }
  /** One versioned unit, not a house module, is the whole repository: changelog entries need not name it. */
  get single() {
    const versioned = this.list.filter((u2) => u2.home);
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
  const text = line === void 0 ? void 0 : lineText(docs.get(home.file).text, line);
  const key2 = escapeRegExp(home.pointer.slice(home.pointer.lastIndexOf("/") + 1));
  const written = text && new RegExp(`(?:^|[\\s{,])["']?${key2}["']?\\s*:\\s*(\\d[\\d.]*)`).exec(text)?.[1];
  return written !== void 0 && Number(written) === value ? written : String(value);
}
function lineText(text, n) {
  let start = 0;
  for (let i = 1; i < n && start >= 0; i++) start = text.indexOf("\n", start) + 1 || -1;
  if (start < 0) return "";
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? void 0 : end);
}
function versionLine(docs, home) {
  return home.kind === "manifest" ? manifestAt(docs, home.file)?.line : docs.lineOf({ file: home.file, pointer: home.pointer });
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
  for (const t2 of pointer.split("/").slice(1)) node = isObj4(node) ? node[t2.replace(/~1/g, "/").replace(/~0/g, "~")] : void 0;
  return node;
}
function findUnits(paths, docs, layout, configured, fallback) {
  const owner = /* @__PURE__ */ new Map();
  const units = [];
  const data2 = (p2) => /\.(ya?ml|json)$/i.test(p2) ? unlessUnreadable(() => docs.get(p2))?.data : void 0;
  for (const u2 of configured) {
    units.push({ name: u2.name, home: { file: u2.version.file, pointer: "/" + u2.version.key.split(".").join("/"), kind: "configured" } });
    for (const p2 of paths) if (!owner.has(p2) && matchesAny(p2, u2.files)) owner.set(p2, u2.name);
  }
  const modules = /* @__PURE__ */ new Map();
  for (const p2 of paths) {
    const name = layout.versionsModule(p2);
    if (!name || owner.has(p2)) continue;
    const d2 = data2(p2);
    const pointer = isObj4(d2) && !("current" in d2) && "version" in d2 ? "/version" : "/current";
    modules.set(name, { name, home: { file: p2, pointer, kind: "versions" } });
  }
  for (const p2 of paths) {
    if (owner.has(p2)) continue;
    const m2 = layout.moduleOf(p2);
    if (m2 === GLOBALS) continue;
    owner.set(p2, m2);
    if (!modules.has(m2)) modules.set(m2, { name: m2 });
  }
  for (const unit of modules.values()) {
    if (unit.home || unit.name === GLOBALS) continue;
    const doc = paths.find((p2) => owner.get(p2) === unit.name && infoOf(data2(p2)));
    if (doc) unit.home = { file: doc, pointer: "/info/version", kind: "info" };
  }
  const house = modules.size > 0;
  const globalsHome = modules.get(GLOBALS);
  modules.delete(GLOBALS);
  units.push(...modules.values());
  if (globalsHome) {
    for (const p2 of paths) if (!owner.has(p2)) owner.set(p2, GLOBALS);
    units.push(globalsHome);
    return new Units(units, owner, fallback);
  }
  const documents = paths.filter((p2) => !owner.has(p2) && infoOf(data2(p2)) && pathVersion(p2)?.kind !== "release");
  const names = documentNames(documents, (p2) => infoOf(data2(p2)));
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
  const versionedIds = paths.filter((p2) => !owner.has(p2) && !shared.has(p2) && !pathVersion(p2) && idVersion(data2(p2)));
  const idNames = distinctNames(versionedIds, (p2) => idUnitName(data2(p2).$id), new Set(units.map((u2) => u2.name)));
  for (const p2 of versionedIds) {
    owner.set(p2, idNames.get(p2));
    units.push({ name: idNames.get(p2), home: { file: p2, pointer: "/$id", kind: "id" } });
  }
  const published = /* @__PURE__ */ new Map();
  for (const p2 of paths) {
    const pv = owner.has(p2) || shared.has(p2) ? void 0 : pathVersion(p2);
    if (!pv) continue;
    const unit = published.get(pv.unit) ?? { name: pathUnitName(pv.unit), home: { file: pv.unit, pointer: "", kind: "path" } };
    published.set(pv.unit, unit);
    owner.set(p2, unit.name);
  }
  units.push(...published.values());
  const packages = /* @__PURE__ */ new Map();
  for (const p2 of paths) {
    const dir = p2.slice(0, p2.lastIndexOf("/") + 1);
    const unnamed = dir.replace(/\/$/, "") || (/(^|\/)VERSION$/.test(p2) ? "contracts" : "package");
    if (/(^|\/)package\.json$/.test(p2)) {
      const d2 = data2(p2);
      if (!isObj4(d2) || typeof d2.version !== "string") continue;
      const name = typeof d2.name === "string" && d2.name ? d2.name : unnamed;
      packages.set(dir, { name, home: { file: p2, pointer: "/version", kind: "package" } });
    } else if (isManifest(p2) && !packages.has(dir)) {
      const manifest = manifestIn(docs, p2);
      if (!manifest?.version) continue;
      packages.set(dir, { name: manifest.name || unnamed, home: { file: p2, pointer: "/version", kind: "manifest" } });
    }
  }
  const taken = new Set(units.map((u2) => u2.name));
  for (const [dir, u2] of packages) if (taken.has(u2.name)) u2.name = dir.replace(/\/$/, "") || u2.name;
  const byPackage = [];
  for (const p2 of paths) {
    if (owner.has(p2) || shared.has(p2)) continue;
    const dir = nearestFolder(p2, (d2) => packages.has(d2));
    if (dir !== void 0) {
      owner.set(p2, packages.get(dir).name);
      byPackage.push(p2);
    }
  }
  const versions = /* @__PURE__ */ new Set();
  for (const p2 of byPackage) if (holdsContract(p2, data2(p2))) versions.add(owner.get(p2));
  for (const u2 of packages.values()) if (versions.has(u2.name)) units.push(u2);
  for (const p2 of byPackage) if (!versions.has(owner.get(p2))) owner.delete(p2);
  const lone = units.length === 1 ? units[0].home : void 0;
  if (lone && lone.kind !== "path" && lone.kind !== "id") {
    for (const p2 of paths) if (!owner.has(p2) && !shared.has(p2)) owner.set(p2, units[0].name);
  }
  return new Units(units, owner, fallback, restName(house, units));
}
function restName(house, units) {
  const name = house ? GLOBALS : units.length ? "other contracts" : "contracts";
  return units.some((u2) => u2.name === name) ? GLOBALS : name;
}
function nearestFolder(path, is2) {
  for (let end = path.lastIndexOf("/"); ; end = end > 0 ? path.lastIndexOf("/", end - 1) : -1) {
    const dir = end < 0 ? "" : path.slice(0, end + 1);
    if (is2(dir)) return dir;
    if (end < 0) return void 0;
  }
}
function holdsContract(path, data2) {
  return !NOT_CONTRACTS.has(detectKind(path, void 0, data2));
}
var NOT_CONTRACTS = /* @__PURE__ */ new Set(["other", "document", "binary", "data", "versions"]);
function idVersion(data2) {
  if (!isObj4(data2) || typeof data2.$id !== "string" || !("$schema" in data2 || "type" in data2 || "properties" in data2)) return void 0;
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
function idUnitName(id) {
  const unit = pathVersion(idPath(id)).unit;
  const name = pathUnitName(unit) || unit;
  return /^urn:/i.test(id) ? name.split("/").join(":") : name;
}
function pathUnitName(unit) {
  const at3 = unit.indexOf("{version}");
  const before = unit.slice(0, at3).replace(/[/._-]+$/, "").replace(/\/versions$/, "");
  return before || unit.slice(at3 + "{version}".length).replace(/^[/._-]+/, "") || "versions";
}
function infoOf(d2) {
  if (!isObj4(d2) || !(typeof d2.openapi === "string" || d2.swagger !== void 0 || typeof d2.asyncapi === "string")) return void 0;
  const info = d2.info;
  if (!isObj4(info) || info.version === void 0 || info.version === null || isBuildPlaceholder(info.version)) return void 0;
  if (generatorDefault(info)) return void 0;
  return info;
}
var GENERATOR_INFO = [
  { generator: "springdoc", title: "OpenAPI definition", version: "v0" },
  { generator: "FastAPI", title: "FastAPI", version: "0.1.0" },
  { generator: "grpc-gateway's protoc-gen-openapiv2", version: "version not set" }
];
function generatorDefault(info) {
  if (!isObj4(info)) return void 0;
  return GENERATOR_INFO.find((g2) => (g2.title === void 0 || info.title === g2.title) && info.version === g2.version)?.generator;
}
function documentNames(documents, info) {
  return distinctNames(documents, (p2) => {
    const title = info(p2).title;
    if (typeof title === "string" && title.trim()) return title.trim();
    const parts = p2.split("/");
    return parts.length > 1 ? parts[parts.length - 2] : parts[0].replace(/\.(ya?ml|json)$/i, "");
  });
}
function distinctNames(files, base, taken = /* @__PURE__ */ new Set()) {
  const names = new Map(files.map((f3) => [f3, base(f3)]));
  const counts = /* @__PURE__ */ new Map();
  for (const n of names.values()) counts.set(n, (counts.get(n) ?? 0) + 1);
  const shared = (n) => counts.get(n) > 1 || taken.has(n);
  return new Map(files.map((f3) => [f3, shared(names.get(f3)) ? `${names.get(f3)} (${f3})` : names.get(f3)]));
}

// src/core/modules.ts
function readVersion(text) {
  if (text === void 0) return void 0;
  try {
    const data2 = load(text);
    const v2 = data2 && typeof data2 === "object" ? data2.current ?? data2.version : void 0;
    return v2 === void 0 || v2 === null ? void 0 : String(v2);
  } catch {
    return void 0;
  }
}

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

// src/core/source/safe-regex.ts
var import_formats = __toESM(require_formats(), 1);
var import_libraries3 = __toESM(require_libraries(), 1);
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
var cache2 = /* @__PURE__ */ new Map();
var MAX_CACHE = 5e3;
function safePattern(pattern) {
  return compiled(pattern, false);
}
function safeLinePattern(pattern) {
  return compiled(pattern, true);
}
function compiled(pattern, lines) {
  const key2 = `${lines ? "m" : "u"}:${pattern}`;
  let hit = cache2.get(key2);
  if (!hit) {
    hit = compile2(pattern, lines);
    if (cache2.size >= MAX_CACHE) cache2.clear();
    cache2.set(key2, hit);
  }
  if (hit instanceof UnsafePattern) throw hit;
  return hit;
}
var MAX_PATTERN_CHARS = 1e5;
function compile2(pattern, lines) {
  if (pattern.length > MAX_PATTERN_CHARS)
    return new UnsafePattern(
      pattern,
      `longer than ${MAX_PATTERN_CHARS.toLocaleString("en")} characters (${pattern.length.toLocaleString("en")})`
    );
  try {
    const { RE2JS } = import_libraries3.default.re2js();
    const re2 = RE2JS.compile(RE2JS.translateRegExp(pattern), lines ? RE2JS.MULTILINE : 0);
    return {
      test: (text) => re2.matcher(text).find(),
      matches: (text, limit) => {
        const out = [];
        const m2 = re2.matcher(text);
        while (out.length < limit && m2.find()) out.push({ index: m2.start(), text: m2.group() ?? "" });
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
function parseConfig(file2, text) {
  const doc = parseText(file2, text.replace(/^\s*#.*$/gm, "").trim() ? text : "{}", "yaml");
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
    const key2 = pointer ? pointer.slice(1).replace(/\//g, ".") : "(root)";
    throw new InputError(`config key ${key2} ${what}`, file2, doc.positions.locate(pointer)?.line);
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
    const near = closest(id, ruleIds());
    throw new InputError(
      `config key rules.${id} names no rule (did you mean ${near}? see docs/rules.md)`,
      file2,
      doc.positions.locate(`/rules/${id}`)?.line
    );
  }
  const d2 = data2;
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
      file: file2,
      lineOf: (pointer) => doc.positions.locate(pointer)?.line,
      given: (pointer) => pointerIn(data2, pointer)
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
function refuseUnreadableGlobs(file2, data2, locate) {
  const d2 = data2;
  const found2 = [];
  const list = (pointer, values) => Array.isArray(values) && values.forEach((v2, i) => found2.push([`${pointer}/${i}`, v2]));
  list("/contracts", d2.contracts);
  list("/files/contracts", d2.files?.contracts);
  list("/files/ignore", d2.files?.ignore);
  for (const key2 of ["roles", "invariants", "ignore", "units", "compatibility"])
    (d2[key2] ?? []).forEach((o2, i) => {
      const at3 = `/${key2}/${i}`;
      if (key2 === "roles" && o2.glob !== void 0) found2.push([`${at3}/glob`, o2.glob]);
      if (key2 === "ignore" && o2.file !== void 0) found2.push([`${at3}/file`, o2.file]);
      list(`${at3}/files`, o2.files);
      list(`${at3}/paths`, o2.paths);
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
  const d2 = data2;
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
    let value = data2;
    for (const t2 of pointer.slice(1).split("/"))
      value = value && typeof value === "object" ? value[t2] : void 0;
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

// src/services/spectral-lint.ts
import { setFlagsFromString } from "node:v8";

// src/core/policy/spectral-ruleset.ts
var isObj5 = (v2) => v2 !== null && typeof v2 === "object" && !Array.isArray(v2);
var BUILT_IN_RULESETS = ["spectral:oas", "spectral:asyncapi", "spectral:arazzo"];
var TOP_KEYS = /* @__PURE__ */ new Set(["extends", "rules", "formats", "aliases", "documentationUrl", "description", "parserOptions"]);
var EXTEND_MODES = /* @__PURE__ */ new Set(["all", "recommended", "off"]);
var DEFAULT_RULESETS = [".spectral.yaml", ".spectral.yml", ".spectral.json"];
function extendedRulesets(file2, text) {
  let data2;
  try {
    data2 = parseText(file2, text, formatOf(file2) ?? "yaml").data;
  } catch {
    return [];
  }
  const extended = isObj5(data2) ? data2.extends : void 0;
  const names = [extended, ...Array.isArray(extended) ? extended : []].flatMap((e) => Array.isArray(e) ? [e[0]] : [e]);
  return BUILT_IN_RULESETS.filter((name) => names.includes(name));
}
function loadRuleset(file2, text, parts) {
  const { rulesets: LOADED, functions: FUNCTIONS, formats: FORMATS } = parts;
  const doc = parseText(file2, text, formatOf(file2) ?? "yaml");
  const refuse = (pointer, why) => {
    throw new InputError(`Spectral ruleset refused: ${why}`, file2, doc.positions.locate(pointer)?.line);
  };
  const data2 = doc.data;
  if (!isObj5(data2)) return refuse("", "it is not a mapping of extends and rules");
  for (const key2 of Object.keys(data2)) {
    if (key2 === "functions" || key2 === "functionsDir")
      refuse(
        `/${key2}`,
        `\`${key2}\` loads JavaScript, and contract-guard never runs code from a repository; use Spectral's built-in functions`
      );
    if (key2 === "overrides")
      refuse("/overrides", "`overrides` are not supported; write the rules for every file, or ignore findings in the policy");
    if (!TOP_KEYS.has(key2)) refuse(`/${key2}`, `unknown key \`${key2}\``);
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
  for (const key2 of ["aliases", "documentationUrl", "description", "parserOptions"])
    if (data2[key2] !== void 0) definition[key2] = data2[key2];
  const rules = {};
  for (const [id, rule2] of Object.entries(isObj5(data2.rules) ? data2.rules : {})) {
    const at3 = pointerJoin("/rules", id);
    if (!isObj5(rule2)) {
      rules[id] = rule2;
      continue;
    }
    const out = { ...rule2 };
    if (rule2.formats !== void 0) out.formats = formatList(rule2.formats, pointerJoin(at3, "formats"), FORMATS, refuse);
    if (rule2.then !== void 0) {
      const thens = Array.isArray(rule2.then) ? rule2.then : [rule2.then];
      const built = thens.map((then, i) => {
        const where = Array.isArray(rule2.then) ? pointerJoin(at3, "then", i, "function") : pointerJoin(at3, "then", "function");
        if (!isObj5(then)) return refuse(where, `rule ${id}: \`then\` is not a mapping`);
        const fn2 = typeof then.function === "string" ? FUNCTIONS[then.function] : void 0;
        if (!fn2)
          refuse(
            where,
            `rule ${id} calls ${JSON.stringify(then.function)}, which is not one of Spectral's built-in functions (${Object.keys(FUNCTIONS).join(", ")}); custom functions are JavaScript and are never run`
          );
        return { ...then, function: fn2 };
      });
      out.then = Array.isArray(rule2.then) ? built : built[0];
    }
    rules[id] = out;
  }
  if (data2.rules !== void 0) definition.rules = rules;
  return { file: file2, definition };
}
function formatList(value, at3, FORMATS, refuse) {
  if (!Array.isArray(value)) return refuse(at3, "`formats` is not a list");
  return value.map(
    (name, i) => typeof name === "string" && FORMATS[name] || refuse(pointerJoin(at3, i), `unknown format ${JSON.stringify(name)}`)
  );
}

// src/services/spectral-lint.ts
async function readRuleset(config, read) {
  const named = config.spectral.ruleset;
  for (const path of named ? [named] : DEFAULT_RULESETS) {
    const text = await read(path);
    if (text !== void 0) return loadRuleset(path, text, await spectralParts(extendedRulesets(path, text)));
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
  const d2 = module.default;
  return d2 && typeof d2 === "object" && "__esModule" in d2 && "default" in d2 ? d2.default : d2;
}
var RULESET_MODULES = {
  "spectral:oas": () => import("../spectral/oas.js"),
  "spectral:asyncapi": () => import("../spectral/asyncapi.js"),
  "spectral:arazzo": () => import("../spectral/arazzo.js")
};
async function spectralParts(names) {
  setFlagsFromString("--enable-experimental-regexp-engine-on-excessive-backtracks");
  const [functions, formats, ...rulesets] = await Promise.all([
    import("../spectral/functions.js"),
    import("../spectral/formats.js"),
    ...names.map((name) => RULESET_MODULES[name]())
  ]);
  return {
    rulesets: Object.fromEntries(names.map((name, i) => [name, defaultExport(rulesets[i])])),
    functions: exportsOf(functions),
    formats: exportsOf(formats)
  };
}

// src/core/policy/scope.ts
var DEPENDENCY_DIRS = ["node_modules", "vendor", ".git", ".venv", "venv", "__pycache__"];
var BUILD_DIRS = ["dist", "build", "target", "out", "coverage"];
var dirs = (names) => new RegExp(`(^|/)(${names.map((d2) => d2.replace(".", "\\.")).join("|")})/`);
var DEPENDENCY = dirs(DEPENDENCY_DIRS);
var DEPENDENCY_OR_BUILD = dirs([...DEPENDENCY_DIRS, ...BUILD_DIRS]);
function inDependencyDir(path) {
  return DEPENDENCY_OR_BUILD.test(path);
}
function contractScope(config) {
  const prefix = config.contracts ? config.contracts + "/" : "";
  const excluded = config.contracts && !config.scope.length ? DEPENDENCY : DEPENDENCY_OR_BUILD;
  return (p2) => p2.startsWith(prefix) && !excluded.test(p2) && (!config.scope.length || matchesAny(p2, config.scope));
}

// src/core/policy/init-layout.ts
var SPECTRAL = /(^|\/)\.?spectral[^/]*\.(ya?ml|json)$/i;
var KIND_NAMES = {
  openapi: "OpenAPI",
  swagger: "Swagger 2.0",
  asyncapi: "AsyncAPI",
  jsonschema: "JSON Schema",
  avro: "Avro schema",
  "openapi-fragment": "OpenAPI components",
  "path-item": "OpenAPI path item",
  "openapi-part": "OpenAPI response, parameter or body",
  versions: "versions file",
  topics: "topic catalog"
};
function referencedKind(data2) {
  if (!data2 || typeof data2 !== "object" || Array.isArray(data2)) return "jsonschema";
  const o2 = data2;
  if (METHODS.some((m2) => o2[m2] && typeof o2[m2] === "object")) return "path-item";
  if ("content" in o2 || "in" in o2 && "name" in o2) return "openapi-part";
  return "jsonschema";
}
function findContracts(paths, read) {
  const leftOut = [];
  const tree = new MapTree();
  const candidates = [];
  for (const p2 of paths) {
    if (!(/\.(ya?ml|json|avsc|avpr|avdl)$/i.test(p2) || isIgluSchema(p2)) || /(^|\/)_frozen\//.test(p2)) continue;
    if (inDependencyDir(p2)) continue;
    if (p2.startsWith(".github/")) continue;
    if (isToolingName(p2) && !/(^|\/)package\.json$/.test(p2)) {
      leftOut.push({ file: p2, why: "tooling or test file" });
      continue;
    }
    const text = read(p2);
    if (text === void 0) continue;
    if (text.length > 5e6) {
      leftOut.push({ file: p2, why: "over 5 MB" });
      continue;
    }
    tree.set(p2, text);
    candidates.push(p2);
  }
  const docs = new Documents(tree);
  const kinds = /* @__PURE__ */ new Map();
  for (const p2 of candidates) {
    const data2 = unlessUnreadable(() => docs.get(p2).data);
    if (data2 === void 0) {
      leftOut.push({ file: p2, why: "does not parse" });
      continue;
    }
    const kind = /(^|\/)package\.json$/.test(p2) ? "package" : isTopicCatalog(p2) ? "topics" : detectKind(p2, void 0, data2);
    if (KIND_NAMES[kind]) kinds.set(p2, kind);
  }
  const closure = referenceClosure(docs, [...kinds.keys()]);
  const readable = new Set(candidates);
  for (const p2 of kinds.keys())
    for (const r2 of closure.get(p2) ?? [])
      if (!kinds.has(r2) && readable.has(r2)) kinds.set(r2, referencedKind(unlessUnreadable(() => docs.get(r2).data)));
  const found2 = [...kinds].map(([file2, kind]) => ({ file: file2, kind: KIND_NAMES[kind] })).sort((a, b3) => compareText(a.file, b3.file));
  for (const p2 of candidates) {
    if (kinds.has(p2) || /(^|\/)package\.json$/.test(p2)) continue;
    const why = /(^|\/)examples?\//.test(p2) ? "an example: validated against its schema, not a contract itself" : "data: no openapi, asyncapi or $schema key, and no contract references it";
    leftOut.push({ file: p2, why });
  }
  return { found: found2, leftOut: leftOut.sort((a, b3) => compareText(a.file, b3.file)), tree };
}
function scopeDir(file2) {
  const pv = pathVersion(file2);
  const parts = pv ? pv.series.split("/").slice(0, -1) : [];
  const at3 = parts.indexOf("{version}");
  if (!pv || at3 < 0) return { dir: file2.slice(0, file2.lastIndexOf("/")), series: false };
  return { dir: at3 > 0 ? parts.slice(0, at3).join("/") : /^v/i.test(pv.written) ? "v[0-9]*" : "[0-9]*", series: true };
}
var topmostOf = (dirs2) => dirs2.filter((d2) => !dirs2.some((o2) => o2 !== d2 && d2.startsWith(o2 + "/")));
function scopeOf(all, packages) {
  const registries = [...new Set(all.filter(isIgluSchema).map((f3) => f3.split("/").slice(0, -4).join("/")))].sort();
  const iglu = registries.map((r2) => `${r2 ? r2 + "/" : ""}**/jsonschema/*-*-*`);
  const files = all.filter((f3) => !isIgluSchema(f3));
  const scoped = files.filter((f3) => f3.includes("/")).map(scopeDir);
  const series = new Set(scoped.filter((s) => s.series).map((s) => s.dir));
  const parentOf = (d2) => d2.slice(0, Math.max(0, d2.lastIndexOf("/")));
  const registry = new Set([...series].map(parentOf).filter((p2, i, all2) => p2 && all2.indexOf(p2) !== i));
  const dirs2 = scoped.map((s) => s.series && registry.has(parentOf(s.dir)) ? parentOf(s.dir) : s.dir);
  const topmost = topmostOf([...new Set(dirs2)].sort());
  const loose = files.filter((f3) => !f3.includes("/"));
  const covered = (p2) => loose.includes(p2) || topmost.some((d2) => p2.startsWith(d2 + "/"));
  const avro2 = ["avsc", "avpr", "avdl"].filter((e) => files.some((f3) => f3.toLowerCase().endsWith(`.${e}`)));
  return [
    ...loose,
    ...packages.filter((p2) => !covered(p2)),
    ...topmost.map((d2) => `${d2}/**/*.{${["yaml", "yml", "json", ...avro2].join(",")}}`),
    ...iglu
  ];
}
function detectLayout(paths, read) {
  const { found: found2, leftOut, tree } = findContracts(paths, read);
  const contracts = found2.map((f3) => f3.file);
  const house = contracts.some((p2) => p2.startsWith("contracts/"));
  const inFound = new Set(contracts);
  const versioned = (p2) => /(^|\/)package\.json$/.test(p2) ? /"version"\s*:/.test(read(p2) ?? "") : isManifest(p2) && readManifest(p2, read(p2) ?? "")?.version !== void 0;
  const packages = paths.filter(
    (p2) => !inDependencyDir(p2) && contracts.some((c3) => c3.startsWith(p2.slice(0, p2.lastIndexOf("/") + 1))) && versioned(p2)
  );
  for (const p2 of packages) if (!tree.read(p2)) tree.set(p2, read(p2));
  const listed = house || !contracts.length ? void 0 : scopeOf(contracts, packages);
  const single = listed?.length === 1 && /^[^/*]+\/\*\*\/\*\.\{yaml,yml,json(,avsc)?(,avpr)?(,avdl)?\}$/.test(listed[0]) ? listed[0].split("/")[0] : void 0;
  const root = house ? "contracts" : single ?? "";
  const scope = single ? void 0 : listed;
  const docs = new Documents(tree);
  const unitPaths = tree.paths().filter((p2) => house ? p2.startsWith("contracts/") : inFound.has(p2) || packages.includes(p2));
  const rootLayout = new ContractsLayout(root);
  const units = findUnits(unitPaths, docs, rootLayout, []).list.map((u2) => ({
    name: u2.name,
    version: versionAt(docs, u2.home),
    file: u2.home?.file ?? "",
    line: u2.home ? versionLine(docs, u2.home) : void 0,
    key: u2.home ? u2.home.pointer.slice(1).replace(/\//g, ".") : ""
  }));
  const under = (p2) => root ? p2.startsWith(root + "/") : true;
  const rel = (p2) => root ? p2.slice(root.length + 1) : p2;
  const versions = contracts.filter((p2) => under(p2) && /(^|\/)versions\.ya?ml$/.test(p2)).map(rel);
  const moduleFiles = versions.filter((p2) => p2.split("/").length === 3);
  const modulesRoot = moduleFiles.length ? mostCommon(moduleFiles.map((p2) => p2.split("/")[0])) : "modules";
  const modules = moduleFiles.filter((p2) => p2.startsWith(modulesRoot + "/")).map((p2) => p2.split("/")[1]);
  const at3 = (p2) => root ? `${root}/${p2}` : p2;
  const changelog = [at3("CHANGELOG.md"), "CHANGELOG.md"].find((p2) => paths.includes(p2));
  const unitChangelogs = paths.filter((p2) => p2.endsWith("/CHANGELOG.md") && p2 !== changelog && !inDependencyDir(p2));
  const envelopeFile = contracts.find((p2) => under(p2) && /envelope[^/]*\.schema\.(json|ya?ml)$/i.test(p2));
  let envelope;
  if (envelopeFile) {
    try {
      const doc = parseText(envelopeFile, read(envelopeFile) ?? "", formatOf(envelopeFile) ?? "yaml").data;
      const keep = Array.isArray(doc?.required) ? doc.required.filter((k2) => typeof k2 === "string") : [];
      if (keep.length) envelope = { file: envelopeFile, keep };
    } catch {
    }
  }
  const spectral = paths.find((p2) => SPECTRAL.test(p2) && !p2.startsWith("node_modules/") && !/^\.spectral\.(ya?ml|json)$/.test(p2));
  return {
    ...spectral ? { spectral: { file: spectral } } : {},
    root,
    ...scope ? { scope } : {},
    found: found2.filter((f3) => f3.kind !== "package"),
    leftOut,
    units,
    modulesRoot,
    modules: modules.sort(),
    ...changelog ? { changelog } : {},
    ...unitChangelogs.length ? { unitChangelogs } : {},
    migrations: at3("migrations"),
    ...versions.includes("versions.yaml") ? { globalsVersions: at3("versions.yaml") } : {},
    ...envelope ? { envelope } : {},
    examples: [
      ...new Set(paths.filter((p2) => under(p2) && /(^|\/)examples\//.test(p2)).map((p2) => p2.slice(0, p2.indexOf("examples/") + 8)))
    ].sort()
  };
}
function mostCommon(values) {
  const n = /* @__PURE__ */ new Map();
  for (const v2 of values) n.set(v2, (n.get(v2) ?? 0) + 1);
  return [...n].sort((a, b3) => b3[1] - a[1])[0][0];
}
var q3 = (s) => /^[\w./-]+$/.test(s) ? s : JSON.stringify(s);
function configText(l3, schemaFile) {
  const fromTop = (p2) => l3.root ? `${l3.root}/${p2}` : p2;
  const lines = [
    `# yaml-language-server: $schema=./${schemaFile}`,
    "# contract-guard policy. It is read from the default branch, so a pull request cannot weaken the rules it is",
    "# judged by. Every key is optional; docs/policy.md lists them all. Paths are from the repository root.",
    "",
    ...l3.scope ? [
      "# the contracts, found by what they hold: folders, files and globs (a new contract elsewhere: add it here)",
      "contracts:",
      ...l3.scope.map((s) => `  - ${JSON.stringify(s)}`)
    ] : [`contracts: ${q3(l3.root || ".")}                 # the contracts folder`],
    ...l3.modules.length || !l3.scope ? [
      "modules:",
      // from the repository root, as every path here: written from the contracts folder it read with a deprecation warning
      `  root: ${q3(fromTop(l3.modulesRoot))}                # ${fromTop(l3.modulesRoot)}/<name>/versions.yaml${l3.modules.length ? ` (found: ${l3.modules.join(", ")})` : " (none found yet)"}`
    ] : [],
    ...l3.units.length ? [
      "# versioned units found (each carries one version; a change needs a bump where it is written):",
      ...l3.units.map(
        (u2) => `#   ${u2.name}: ${u2.version ?? "no version"} at ${u2.file}${u2.line ? `:${u2.line}` : ""}${u2.key ? ` (${u2.key})` : ""}`
      ),
      "# to group files another way: units: [{ name, files: [globs], version: { file, key } }]"
    ] : [],
    "",
    "# who approves breaking changes: their approving review turns the check green",
    "council:",
    "  teams: []                   # e.g. [your-org/contract-council]",
    "  users: []                   # e.g. [alice, bob]",
    "  approvals: 1",
    "",
    "versioning:",
    l3.unitChangelogs ? `  ${l3.changelog ? `changelog: ${q3(l3.changelog)}` : "# changelog: CHANGELOG.md"}   # a unit with a CHANGELOG.md of its own keeps its entries there (${l3.unitChangelogs[0]}${l3.unitChangelogs.length > 1 ? `, +${l3.unitChangelogs.length - 1} more` : ""})` : l3.changelog ? `  changelog: ${q3(l3.changelog)}` : `  # changelog: CHANGELOG.md   # none found: a major or minor change will be offered a first entry there`,
    `  migrations: ${q3(l3.migrations)}   # one note per breaking version: <module>-<version>.md`,
    "  deprecation_releases: 2      # freezes a field stays deprecated before it may be removed",
    "",
    "# after a merge to the default branch: off, tag (contracts-<module>-<version>) or commit (a new freeze)",
    "freeze:",
    "  on_merge: off"
  ];
  const events = l3.found.filter((f3) => f3.kind === "AsyncAPI" || f3.kind === "Avro schema");
  if (events.length) {
    const avro2 = events.find((f3) => f3.kind === "Avro schema");
    lines.push(
      "",
      `# events (found: ${events.map((f3) => f3.file).join(", ")}): a breaking change to a channel in use may need a new versioned`,
      "# channel beside it (new-channel), or a major bump and the council are enough (bump, the default)",
      "# events:",
      "#   breaking: new-channel",
      "# a schema registry's compatibility per unit or file: backward, forward, full, none, each also _transitive (every freeze)",
      "# compatibility:",
      `#   - { files: [${JSON.stringify(avro2 ? avro2.file.replace(/[^/]+$/, "**/*.avsc") : "**/asyncapi.yaml")}], mode: backward_transitive }`
    );
  }
  if (l3.envelope)
    lines.push(
      "",
      "# frozen fields no change may remove (found: the event envelope and its required fields)",
      "invariants:",
      "  - id: event-envelope",
      `    file: ${q3(l3.envelope.file)}`,
      `    keep: [${l3.envelope.keep.map(q3).join(", ")}]`
    );
  else
    lines.push(
      "",
      "# frozen fields no change may remove, e.g. an event envelope:",
      "# invariants:",
      "#   - id: event-envelope",
      "#     file: contracts/events/envelope.schema.json",
      "#     keep: [event_id, type]"
    );
  lines.push(
    "",
    l3.preset ? "# house rules your OpenAPI documents already follow: global mTLS + Bearer, /health exempt, a 4xx on every operation, 3.1" : "# house rules (global mTLS + Bearer, /health exempt, a 4xx on every operation, 3.1): your documents do not all follow them",
    l3.preset ? "preset: memoryos" : "# preset: memoryos"
  );
  if (l3.spectral && !l3.spectral.refused)
    lines.push(
      "",
      "# the Spectral ruleset run in the same check (new error findings block)",
      "spectral:",
      `  ruleset: ${q3(l3.spectral.file)}`
    );
  else if (l3.spectral)
    lines.push(
      "",
      `# ${l3.spectral.file} cannot run in the check: ${l3.spectral.refused}`,
      "# spectral:",
      `#   ruleset: ${q3(l3.spectral.file)}`
    );
  return lines.join("\n") + "\n";
}
function workflowText(action) {
  return `# contract-guard: judges every pull request's contract changes (and a merge queue's groups); freezes after merges
# to the default branch, and judges again the pull requests a push to it may have changed the verdict of.
name: contract-guard
on:
  pull_request:
    types: [opened, synchronize, reopened, edited, labeled, unlabeled]
  pull_request_review:
    types: [submitted, dismissed]
  merge_group:
  push:
    branches: [main]
permissions:
  contents: write        # the freeze commit after a merged hotfix
  pull-requests: write   # the comment and review comments
  checks: write          # the check run to make required
concurrency:
  group: contract-guard-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: \${{ github.event_name != 'push' }}
jobs:
  contract-guard:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha || github.sha }}
      - uses: ${action}
        with:
          fail-on: blocked
`;
}

// src/services/freezes.ts
import { existsSync as existsSync2, lstatSync as lstatSync2, mkdirSync, readdirSync as readdirSync2, readFileSync as readFileSync2, realpathSync as realpathSync2, rmSync, statSync as statSync2, writeFileSync } from "node:fs";
import { dirname as dirname2, join as join2, posix as posix3, resolve as resolve3, sep as sep2 } from "node:path";

// src/core/sha256.ts
import { createHash as createHash2 } from "node:crypto";
function sha256(bytes) {
  return createHash2("sha256").update(bytes).digest("hex");
}

// src/core/freeze/model.ts
var import_semver2 = __toESM(require_semver2(), 1);
import { posix as posix2 } from "node:path";
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
  if (!import_semver2.default.valid(version2)) throw new InputError(`'${version2}' is not a valid SemVer version (e.g. 1.2.0)`);
  if (options.latest && !import_semver2.default.gt(version2, options.latest)) {
    throw new InputError(`version ${version2} must be greater than the latest freeze v${options.latest}`);
  }
  if (options.label !== void 0 && !/^[a-z0-9][a-z0-9.-]*$/.test(options.label)) {
    throw new InputError(`label '${options.label}' must be lowercase letters, digits, dots and dashes`);
  }
  const at3 = options.now.toISOString();
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
      frozen_at: at3
    });
  }
  const freeze = { version: version2, ...options.label ? { label: options.label } : {}, created_at: at3, artifacts };
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
function compareVersions2(a, b3) {
  return import_semver2.default.compare(a.version, b3.version) || compareText(a.created_at, b3.created_at);
}

// src/core/source/line-endings.ts
var CR = 13;
var LF = 10;
function toCrlf(bytes) {
  const parts = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === LF && bytes[i - 1] !== CR) parts.push(CR);
    parts.push(bytes[i]);
  }
  return Uint8Array.from(parts);
}

// src/core/freeze/read.ts
var validateFreeze2 = validators.validateFreeze;
var validateIndex2 = validators.validateIndex;
function shapeError(file2, text, errors) {
  const e = errors?.[0];
  const pointer = e?.instancePath ?? "";
  const line = parseText(file2, text, "json").positions.locate(pointer)?.line;
  return new InputError(`not a freeze file: ${pointer || "(root)"} ${e?.message ?? "is malformed"}`, file2, line);
}
function parseJsonFile(file2, text) {
  return parseText(file2, text, "json").data;
}
function readFreeze(file2, text) {
  const data2 = parseJsonFile(file2, text);
  if (!validateFreeze2(data2)) throw shapeError(file2, text, validateFreeze2.errors);
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
function readShaIndex(file2, text) {
  const data2 = parseJsonFile(file2, text);
  if (!validateIndex2(data2)) throw shapeError(file2, text, validateIndex2.errors);
  const raw = data2;
  const index = {};
  for (const [sha, entry] of Object.entries(raw.index)) {
    const paths = entry.paths?.map((p2) => safeArtifactPath(p2, file2));
    index[sha.toLowerCase()] = {
      path: safeArtifactPath(entry.path, file2),
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
    lfs.forEach((at3, line) => {
      out.set(bytes.subarray(from, at3), to2);
      to2 += at3 - from;
      if (isCrlf(line)) out[to2++] = 13;
      from = at3;
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

// src/services/freezes.ts
var MAX_FREEZE_BYTES = 512 * 1024 * 1024;
var FreezeStore = class {
  /**
   * `root`: the contracts folder on disk. `display`: how to name files in messages (e.g. `contracts/_frozen/x`).
   * `keep`: which files under the root (root-relative) a freeze holds: the contracts scope.
   */
  constructor(root, display = (name) => join2(FROZEN_DIR, name), keep = () => true) {
    this.root = root;
    this.display = display;
    this.keep = keep;
    this.frozenDir = join2(root, FROZEN_DIR);
  }
  root;
  display;
  keep;
  frozenDir;
  read(name) {
    const full = join2(this.frozenDir, name);
    if (statSync2(full).size > MAX_FREEZE_BYTES) throw new InputError("freeze file over 512 MB", this.display(name));
    return readFileSync2(full, "utf8");
  }
  /** Versioned freezes (not the -latest copies), newest first. */
  list() {
    if (!existsSync2(this.frozenDir)) return [];
    return readdirSync2(this.frozenDir).filter((n) => /^freeze-v.+\.json$/.test(n)).map((n) => ({ file: this.display(n), freeze: readFreeze(this.display(n), this.read(n)) })).sort((a, b3) => compareVersions2(b3.freeze, a.freeze));
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
  create(version2, options = {}) {
    const latest = this.latest();
    let made;
    try {
      made = createFreeze(filterTree(new FsTree(this.root), this.keep), version2.replace(/^v/, ""), {
        label: options.label,
        now: options.now ?? /* @__PURE__ */ new Date(),
        latest: latest?.freeze.version
      });
    } catch (err) {
      if (err instanceof InputError && err.file) throw new InputError(err.message, posix3.join(posix3.dirname(this.display("")), err.file));
      throw err;
    }
    const { freeze, index } = made;
    const [first, ...rest] = freezeFiles(freeze, index);
    const name = first.name;
    if (existsSync2(join2(this.frozenDir, name)))
      throw new InputError(`freeze ${name} already exists; frozen history is append-only`, this.display(name));
    mkdirSync(this.frozenDir, { recursive: true });
    writeFileSync(join2(this.frozenDir, name), first.content, { flag: "wx" });
    for (const f3 of rest) writeFileSync(join2(this.frozenDir, f3.name), f3.content);
    return { file: this.display(name), freeze };
  }
  /** Recompute every hash of every freeze and index. */
  verify() {
    const findings = [];
    const lineEndings = [];
    let crlf = 0;
    if (!existsSync2(this.frozenDir)) throw new InputError("no frozen history to verify: the folder does not exist", this.display(""));
    const freezes = this.list();
    if (!freezes.length) throw new InputError("no frozen history to verify: the folder holds no freeze-v*.json", this.display(""));
    for (const s of freezes) {
      const v2 = verifyFreeze(s.file, s.freeze);
      findings.push(...v2.findings);
      crlf += v2.crlf;
      lineEndings.push(...v2.lineEndings.map((p2) => `${s.file} ${p2}`));
    }
    const byVersion = new Map(freezes.map((s) => [s.freeze.version + (s.freeze.label ? `-${s.freeze.label}` : ""), s.freeze]));
    const names = existsSync2(this.frozenDir) ? readdirSync2(this.frozenDir) : [];
    for (const name of names.filter((n) => /^sha-index-.+\.json$/.test(n))) {
      const index = readShaIndex(this.display(name), this.read(name));
      const key2 = name === "sha-index-latest.json" ? void 0 : name.replace(/^sha-index-v|\.json$/g, "");
      const freeze = key2 ? byVersion.get(key2) ?? freezes.find((s) => s.freeze.version === index.version)?.freeze : freezes[0]?.freeze;
      if (!freeze) findings.push({ file: this.display(name), message: `no freeze v${index.version || key2} to match this index` });
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

// src/services/baseline.ts
var import_semver3 = __toESM(require_semver2(), 1);
async function isAncestor(source, a, b3) {
  const base = await source.mergeBase(a, b3).catch((err) => {
    if (err instanceof InputError) return void 0;
    throw err;
  });
  return base === a;
}
async function releaseTag(source, branch) {
  const tags = (await source.tags("")).map((tag) => ({ tag, version: /^v?(\d+\.\d+\.\d+)$/.exec(tag)?.[1] })).filter((t2) => !!t2.version && !!import_semver3.default.valid(t2.version)).sort((a, b3) => import_semver3.default.rcompare(a.version, b3.version));
  const { release } = await latestRelease(source, branch, tags.slice(0, 5));
  return release && { tag: release.tag, version: release.version };
}
async function latestRelease(source, branch, tags) {
  let release;
  const skipped = [];
  const older = [];
  for (const t2 of tags) {
    const commit = await tagOnBranch(source, t2.tag, branch);
    if (!commit) {
      if (!release) skipped.push(t2.tag);
      continue;
    }
    if (release && (commit === release.commit || !await isAncestor(source, release.commit, commit))) break;
    if (release) older.push(`${release.tag} names an older commit than ${t2.tag}`);
    release = { ...t2, commit };
  }
  return { release, skipped, older };
}
async function tagOnBranch(source, tag, branch) {
  const commit = await source.commit(`refs/tags/${tag}`);
  const tip = await source.commit(branch);
  return await isAncestor(source, commit, tip) ? commit : void 0;
}

// src/services/diff-lines.ts
function hunkLines(patch) {
  const lines = /* @__PURE__ */ new Set();
  let line = 0;
  for (const l3 of patch.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l3);
    if (hunk) line = Number(hunk[1]);
    else if (line && (l3.startsWith("+") || l3.startsWith(" "))) lines.add(line++);
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
    const listed = await Promise.all(commits.map((c3) => this.objects.list(c3, under, keep)));
    await this.objects.prefetch(
      commits,
      listed.flat().map((e) => e.sha)
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
  knowMergeBase(a, b3, base) {
    this.bases.set([a, b3].sort().join("\0"), Promise.resolve(base));
  }
  /** Asked once per pair of commits, however their refs are spelled (`origin/main`, `refs/remotes/origin/main`). */
  async mergeBase(a, b3) {
    const [ca, cb] = await Promise.all([this.commit(a), this.commit(b3)]);
    if (ca === cb) return ca;
    const key2 = [ca, cb].sort().join("\0");
    let known = this.bases.get(key2);
    if (!known) {
      known = git(this.top).raw(["merge-base", ca, cb]).then((out) => {
        const base = out.trim();
        if (!/^[0-9a-f]{40,64}$/.test(base))
          throw new InputError(`${a} and ${b3} have no common history here (in a shallow clone, fetch more of it)`);
        return base;
      });
      known.catch(() => this.bases.delete(key2));
      this.bases.set(key2, known);
    }
    return known;
  }
  /** `git diff` with GitHub's three lines of context: every head line inside a hunk can carry a review comment. */
  async diffLines(base, head, paths) {
    if (paths && !paths.length) return /* @__PURE__ */ new Map();
    const narrowed = paths && paths.join("").length <= MAX_PATHSPEC_CHARS ? ["--", ...paths] : [];
    const args = ["--literal-pathspecs", "diff", "--unified=3", "--no-color", "--no-ext-diff", "--no-renames", base, head, ...narrowed];
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
      (out) => out.split("\n").map((t2) => t2.trim()).filter(Boolean)
    );
    return (await this.allTags).filter((t2) => t2.startsWith(prefix));
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

// src/services/init.ts
var SCHEMA_PATH = ".github/contract-guard.schema.json";
var WORKFLOW_PATH = ".github/workflows/contract-guard.yml";
async function init(cwd, action) {
  const top = await repoTop(cwd);
  const listed = await git(top).raw(["ls-files", "--cached", "--others", "--exclude-standard", "-z"]);
  const paths = listed.split("\0").filter(Boolean);
  const read = (p2) => existsSync3(join3(top, p2)) ? readFileSync3(join3(top, p2), "utf8") : void 0;
  const layout = detectLayout(paths, read);
  if (layout.spectral) {
    try {
      await readRuleset({ ...DEFAULT_CONFIG, spectral: { ruleset: layout.spectral.file } }, async (p2) => read(p2));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      layout.spectral.refused = err.message.replace(/^Spectral ruleset refused: /, "");
    }
  }
  const docs = new Documents(new FsTree(top, [layout.root]));
  const candidates = layout.found.map((f3) => f3.file);
  const apis = candidates.filter(
    (p2) => detectKind(
      p2,
      void 0,
      unlessUnreadable(() => docs.get(p2).data)
    ) === "openapi"
  );
  if (apis.length && !lintOpenApi(docs, apis).length) layout.preset = "memoryos";
  const written = [];
  const kept = [];
  const write = (path, text, what) => {
    const full = join3(top, path);
    if (existsSync3(full)) {
      kept.push(path);
      return;
    }
    mkdirSync2(dirname3(full), { recursive: true });
    writeFileSync2(full, text);
    written.push(`${path} (${what})`);
  };
  const policy = configText(layout, SCHEMA_PATH.split("/").pop());
  parseConfig(CONFIG_PATH, policy);
  write(CONFIG_PATH, policy, "the policy, with comments");
  write(SCHEMA_PATH, JSON.stringify(CONFIG_SCHEMA, null, 2) + "\n", "its JSON Schema, for editors");
  write(WORKFLOW_PATH, workflowText(action), "the Action on pull requests and after merges");
  const root = join3(top, layout.root);
  let releasedBy;
  if (existsSync3(root) && layout.found.length) {
    const inScope = contractScope({ contracts: layout.root, scope: layout.scope ?? [] });
    const prefix = layout.root ? layout.root + "/" : "";
    const store = new FreezeStore(
      root,
      (n) => [layout.root, "_frozen", n].filter(Boolean).join("/"),
      (p2) => inScope(prefix + p2)
    );
    if (!store.latest()) {
      const tagged = await withGitSource(top, (source) => releaseTag(source, "HEAD")).catch(() => void 0);
      const version2 = firstFreezeVersion(layout, read, tagged?.version);
      const { file: file2, freeze } = store.create(version2, {});
      written.push(`${file2} (the first freeze: v${version2}, ${counted(freeze.artifacts.length, "artifact")})`);
      if (!layout.units.some((u2) => u2.version) && !layout.globalsVersions)
        releasedBy = tagged ? `no file versions these contracts: the repository's tags release them (the latest is ${tagged.tag}); each check names the tag a change needs` : `no file or tag versions these contracts: their freezes are their releases (this one is v${version2}), and each check names the next a change needs (\`contract-guard freeze create 2.0.0\` after a break); to version them in a file instead, write it in a VERSION file, a versions.yaml or a package.json`;
    } else kept.push(`${layout.root || "."}/_frozen (freezes exist)`);
  }
  const policyNow = unlessUnreadable(() => parseConfig(CONFIG_PATH, readFileSync3(join3(top, CONFIG_PATH), "utf8")));
  const notes = policyNow && !policyNow.council.teams.length && !policyNow.council.users.length ? [
    `the Contract Council is empty: no one can approve a major change until council.teams or council.users in ${CONFIG_PATH} names someone`
  ] : [];
  if (releasedBy) notes.push(releasedBy);
  const unjudged = paths.filter((p2) => !inDependencyDir(p2)).flatMap((p2) => {
    const u2 = unjudgedFormat(p2);
    return u2 ? [`${p2} (${u2.format}: ${u2.tool})`] : [];
  });
  if (unjudged.length)
    notes.push(
      `${counted(unjudged.length, "contract")} in formats check lists when they change but does not judge (review them by hand, or in CI with the tool named): ${unjudged.slice(0, 10).join(", ")}${unjudged.length > 10 ? `, and ${unjudged.length - 10} more` : ""}`
    );
  if (!layout.found.length)
    notes.push(
      `no contract ${unjudged.length ? "it judges " : ""}found (OpenAPI, AsyncAPI, JSON Schema, Avro): set \`contracts:\` to where they will be`
    );
  return { layout, written, kept, notes };
}
function firstFreezeVersion(layout, read, tagged) {
  const globals = layout.globalsVersions && readVersion(read(layout.globalsVersions));
  if (globals && import_semver4.default.valid(globals)) return globals;
  return highestRelease(layout.units.map((u2) => u2.version)) ?? tagged ?? "1.0.0";
}

// src/cli/commands/init.ts
var INIT_HELP = `Usage: contract-guard init [--action <owner/repo@ref>]

In a git repository, find the contracts (root folder, modules with versions.yaml, changelog, an event envelope
whose required fields become an invariant) and write:
  .github/contract-guard.yml             the policy, commented, with a yaml-language-server $schema line
  .github/contract-guard.schema.json     the policy's JSON Schema, so editors complete and check it
  .github/workflows/contract-guard.yml   the Action on pull requests, reviews, labels and merges
  <root>/_frozen/                        a first freeze, when there is none
A file that exists is never replaced: it is listed as kept. Then commit them.

Options:
  --action <ref>   the Action to use in the workflow (default: contract-guard/contract-guard@v1)
  -h, --help       show this help
`;
async function initCommand(argv) {
  const { values } = parseArgs({ args: argv, options: { action: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    process.stdout.write(INIT_HELP);
    return 0;
  }
  const { layout, written, kept, notes } = await init(process.cwd(), values.action ?? "contract-guard/contract-guard@v1");
  const out = (s) => process.stdout.write(s + "\n");
  out(
    `found ${layout.found.length} contract${layout.found.length === 1 ? "" : "s"}${layout.scope ? "" : ` under ${layout.root || "."}/`}:`
  );
  for (const f3 of layout.found) out(`  ${f3.file} (${f3.kind})`);
  if (layout.leftOut.length) {
    out(`left out ${layout.leftOut.length} YAML/JSON file${layout.leftOut.length === 1 ? "" : "s"}:`);
    for (const f3 of layout.leftOut.slice(0, 20)) out(`  ${f3.file}: ${f3.why}`);
    if (layout.leftOut.length > 20) out(`  \u2026 and ${layout.leftOut.length - 20} more`);
  }
  for (const u2 of layout.units)
    out(
      `unit ${u2.name}: ${u2.version ?? "no version"}${u2.file ? ` at ${u2.file}${u2.line ? `:${u2.line}` : ""}${u2.key ? ` (${u2.key})` : ""}` : ""}`
    );
  if (layout.modules.length) out(`modules under ${layout.modulesRoot}/: ${layout.modules.join(", ")}`);
  if (layout.envelope) out(`invariant: ${layout.envelope.file} keeps ${layout.envelope.keep.join(", ")}`);
  for (const w2 of written) out(`wrote ${w2}`);
  for (const k2 of kept) out(`kept ${k2}: it exists, not overwritten`);
  for (const n of notes) out(`note: ${n}`);
  if (written.length) out("next: fill in council.teams, commit these files, and make the contract-guard check required (README).");
  return 0;
}
export {
  INIT_HELP,
  initCommand
};
