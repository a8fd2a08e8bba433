import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  GLOBALS,
  detectKind,
  newestIn,
  pathVersion,
  referenceClosure,
  require_libraries,
  require_semver,
  unlessUnreadable
} from "./chunk-WPC2KJZX.js";
import {
  __toESM,
  escapeRegExp,
  pushTo
} from "./chunk-QGZXPBIK.js";

// src/core/manifests.ts
var MANIFEST = /(^|\/)(pom\.xml|gradle\.properties|build\.gradle(\.kts)?|pyproject\.toml|Cargo\.toml|VERSION|[^/]+\.csproj|Directory\.Build\.props)$/;
var MAX_MANIFEST_CHARS = 1e6;
var isManifest = (path) => MANIFEST.test(path);
function readManifest(path, text) {
  if (text.length > MAX_MANIFEST_CHARS) return {};
  const file = path.slice(path.lastIndexOf("/") + 1);
  if (file === "pom.xml") return pom(text);
  if (file.endsWith(".csproj") || file === "Directory.Build.props") return msbuild(text, file.replace(/\.csproj$/, ""));
  if (file === "gradle.properties") return { version: found(text, /^[ \t]*version[ \t]*[=:][ \t]*([^\s#!]+)[ \t]*$/m) };
  if (file.startsWith("build.gradle")) return { version: found(text, /^version[ \t]*=[ \t]*(?:"([^"\n$]+)"|'([^'\n$]+)')/m) };
  if (file === "pyproject.toml") return toml(text, ["project", "tool.poetry"]);
  if (file === "Cargo.toml") return toml(text, ["package", "workspace.package"]);
  if (file === "VERSION") return { version: found(text, /^[ \t]*(v?\d[0-9A-Za-z.+-]*)[ \t]*(?:\r?\n|$)/) };
  return void 0;
}
function found(text, re) {
  const m = re.exec(text);
  const value = m?.[1] ?? m?.[2];
  return m && value ? at(text, m.index + m[0].lastIndexOf(value), value) : void 0;
}
function at(text, start, value) {
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
        else entry.version = at(text, offset + kv[0].length - value.length - 1, value);
        entries.set(table, entry);
      }
    }
    offset += raw.length + 1;
  }
  return tables.map((t) => entries.get(t)).find((e) => e?.version) ?? entries.get(tables[0]) ?? {};
}
function pom(text) {
  const value = xmlLeaves(text, /^project\/(artifactId|version|properties\/[^/]+)$/);
  let version = value("project/version");
  const property = version && /^\$\{([\w.-]+)\}$/.exec(version.value)?.[1];
  if (property) version = value(`project/properties/${property}`);
  if (version?.value.includes("${")) version = void 0;
  return { name: value("project/artifactId")?.value, version };
}
function msbuild(text, file) {
  const value = xmlLeaves(text, /^Project\/PropertyGroup\/(Version|VersionPrefix|PackageVersion|PackageId|AssemblyName)$/);
  const pick = (names) => names.map((n) => value(`Project/PropertyGroup/${n}`)).find(Boolean);
  const version = pick(["Version", "VersionPrefix", "PackageVersion"]);
  const name = pick(["PackageId", "AssemblyName"])?.value ?? (file === "Directory.Build.props" ? void 0 : file);
  return { name, version: version?.value.includes("$(") ? void 0 : version };
}
function xmlLeaves(text, wanted) {
  const blank = blanked(text);
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
    const raw = text.slice(leaf.start, leaf.end);
    const trimmed = raw.trim();
    return trimmed ? at(text, leaf.start + raw.indexOf(trimmed), trimmed) : void 0;
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
  for (let i = 0, l = nodes.length; i < l; i++) {
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
var getNodeSourceWithCache = (node, partial, cache2) => {
  const cached = cache2.get(node);
  if (cached !== void 0)
    return cached;
  const isNodePartial = node.partial ?? partial;
  let source = "";
  if (node.regex) {
    source += isNodePartial ? "(?:$|" : "";
    source += node.regex.source;
  }
  if (node.children?.length) {
    const children = uniq(node.children.map((node2) => getNodeSourceWithCache(node2, partial, cache2)).filter(Boolean));
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
  cache2.set(node, source);
  return source;
};
var getNodeSource = (node, partial) => {
  const cache2 = /* @__PURE__ */ new Map();
  const nodes = getNodes(node);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const source = getNodeSourceWithCache(nodes[i], partial, cache2);
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
  const re = dist_default.compile(node, options);
  const source = `${re.source.slice(0, -1)}[\\\\/]?$`;
  const flags = re.flags;
  return new RegExp(source, flags);
};
var compile_default = compile;

// node_modules/zeptomatch/dist/merge/index.js
var merge = (res) => {
  const source = res.map((re) => re.source).join("|") || "$^";
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
  const re = /(?:^\(\s*(?:[^,.()]|\.(?!\.\.))*\s*\)\s*=>|^\s*[a-zA-Z$_][a-zA-Z0-9$_]*\s*=>)/;
  return (value) => {
    return (value.length === 0 || value.length === 1) && re.test(toString.call(value));
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
  return (re) => {
    return sourceRe.test(re.source);
  };
})();
var isRegExpStatic = /* @__PURE__ */ (() => {
  const sourceRe = /^[a-zA-Z0-9_-]+$/;
  return (re) => {
    return sourceRe.test(re.source) && !re.flags.includes("i");
  };
})();
var isString = (value) => {
  return typeof value === "string";
};
var isUndefined = (value) => {
  return value === void 0;
};
var memoize = (fn) => {
  const cache2 = /* @__PURE__ */ new Map();
  return (arg) => {
    const cached = cache2.get(arg);
    if (cached !== void 0)
      return cached;
    const value = fn(arg);
    cache2.set(arg, value);
    return value;
  };
};

// node_modules/grammex/dist/index.js
var parse = (input, rule, options = {}) => {
  const state = { cache: {}, input, index: 0, indexBacktrackMax: 0, options, output: [] };
  const matched = resolve(rule)(state);
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
    const re = new RegExp(source, flags);
    if (isRegExpCapturing(target) && isFunction(handler) && !isFunctionStrictlyNullaryOrUnary(handler)) {
      return regexCapturing(re, handler);
    } else {
      return regexNonCapturing(re, handler);
    }
  }
};
var regexCapturing = (re, handler) => {
  return (state) => {
    const indexStart = state.index;
    const input = state.input;
    re.lastIndex = indexStart;
    const match2 = re.exec(input);
    if (match2) {
      const indexEnd = re.lastIndex;
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
var regexNonCapturing = (re, handler) => {
  return (state) => {
    const indexStart = state.index;
    const input = state.input;
    re.lastIndex = indexStart;
    const matched = re.test(input);
    if (matched) {
      const indexEnd = re.lastIndex;
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
var repeat = (rule, min, max, handler) => {
  const erule = resolve(rule);
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
var optional = (rule, handler) => {
  return repeat(rule, 0, 1, handler);
};
var star = (rule, handler) => {
  return repeat(rule, 0, Infinity, handler);
};
var plus = (rule, handler) => {
  return repeat(rule, 1, Infinity, handler);
};
var and = (rules, handler) => {
  const erules = rules.map(resolve);
  return memoizable(handleable(backtrackable((state) => {
    for (let i = 0, l = erules.length; i < l; i++) {
      if (!erules[i](state))
        return false;
    }
    return true;
  }), handler));
};
var or = (rules, handler) => {
  const erules = rules.map(resolve);
  return memoizable(handleable((state) => {
    for (let i = 0, l = erules.length; i < l; i++) {
      if (erules[i](state))
        return true;
    }
    return false;
  }, handler));
};
var backtrackable = (rule, enabled = true, force = false) => {
  const erule = resolve(rule);
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
var handleable = (rule, handler) => {
  const erule = resolve(rule);
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
  return (rule) => {
    const erule = resolve(rule);
    const ruleId = RULE_ID += 1;
    return (state) => {
      var _a;
      if (state.options.memoization === false)
        return erule(state);
      const indexStart = state.index;
      const cache2 = (_a = state.cache)[ruleId] || (_a[ruleId] = { indexMax: -1, queue: [] });
      const cacheQueue = cache2.queue;
      const isPotentiallyCached = indexStart <= cache2.indexMax;
      if (isPotentiallyCached) {
        const cacheStore = cache2.store || (cache2.store = /* @__PURE__ */ new Map());
        if (cacheQueue.length) {
          for (let i = 0, l = cacheQueue.length; i < l; i += 2) {
            const key = cacheQueue[i * 2];
            const value = cacheQueue[i * 2 + 1];
            cacheStore.set(key, value);
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
      cache2.indexMax = Math.max(cache2.indexMax, indexStart);
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
    erule || (erule = resolve(getter()));
    return erule(state);
  };
};
var resolve = memoize((rule) => {
  if (isFunction(rule)) {
    if (isFunctionNullary(rule)) {
      return lazy(rule);
    } else {
      return rule;
    }
  }
  if (isString(rule) || isRegExp(rule)) {
    return match(rule);
  }
  if (isArray(rule)) {
    return and(rule);
  }
  if (isObject(rule)) {
    return or(Object.values(rule));
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
var memoizeByObject = (fn) => {
  const cacheFull = /* @__PURE__ */ new WeakMap();
  const cachePartial = /* @__PURE__ */ new WeakMap();
  return (globs, options) => {
    const cache2 = options?.partial ? cachePartial : cacheFull;
    const cached = cache2.get(globs);
    if (cached !== void 0)
      return cached;
    const result = fn(globs, options);
    cache2.set(globs, result);
    return result;
  };
};
var memoizeByPrimitive = (fn) => {
  const cacheFull = {};
  const cachePartial = {};
  return (glob, options) => {
    const cache2 = options?.partial ? cachePartial : cacheFull;
    return cache2[glob] ?? (cache2[glob] = fn(glob, options));
  };
};

// node_modules/zeptomatch/dist/normalize/grammar.js
var Escaped = match(/\\./, identity);
var Passthrough = match(/./, identity);
var StarStarStar = match(/\*\*\*+/, "*");
var StarStarNoLeft = match(/([^/{[(!])\*\*/, (_, $1) => `${$1}*`);
var StarStarNoRight = match(/(^|.)\*\*(?=[^*/)\]}])/, (_, $1) => `${$1}*`);
var Grammar = star(or([Escaped, StarStarStar, StarStarNoLeft, StarStarNoRight, Passthrough]));
var grammar_default = Grammar;

// node_modules/zeptomatch/dist/normalize/index.js
var normalize = (glob) => {
  return parse(glob, grammar_default, { memoization: false }).join("");
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
var alpha2int = (str) => {
  let int = 0;
  for (let i = 0, l = str.length; i < l; i++) {
    int = int * 26 + ALPHABET.indexOf(str[i]) + 1;
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
      for (let i = 0, l = children.length; i < l; i++) {
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
var NegationOdd = match(/^(?:!!)*!(.*)$/, (_, glob) => regex2(`(?!^${dist_default2.compile(glob).source}$).*?`));
var NegationEven = match(/^(!!)+/);
var Negation = or([NegationOdd, NegationEven]);
var StarStarBetween = match(/\/(\*\*\/)+/, () => alternation([sequence([slash(), regex2(".+?"), slash()]), slash()]));
var StarStarStart = match(/^(\*\*\/)+/, () => alternation([regex2("^"), sequence([regex2(".*?"), slash()])]));
var StarStarEnd = match(/\/(\*\*)$/, () => alternation([sequence([slash(), regex2(".*?")]), regex2("$")]));
var StarStarNone = match(/\*\*/, () => regex2(".*?"));
var StarStar = or([StarStarBetween, StarStarStart, StarStarEnd, StarStarNone]);
var StarDouble = match(/\*\/(?!\*\*\/|\*$)/, () => sequence([regex2("[^\\\\/]*?"), slash()]));
var StarSingle = match(/\*/, () => regex2("[^\\\\/]*"));
var Star = or([StarDouble, StarSingle]);
var Question = match("?", () => regex2("[^\\\\/]"));
var ClassOpen = match("[", identity);
var ClassClose = match("]", identity);
var ClassNegation = match(/[!^]/, "^\\\\/");
var ClassRange = match(/[a-z]-[a-z]|[0-9]-[0-9]/i, identity);
var ClassEscaped = match(/\\./, identity);
var ClassEscape = match(/[$.*+?^(){}[\|]/, (char) => `\\${char}`);
var ClassSlash = match(/[\\\/]/, "\\\\/");
var ClassPassthrough = match(/[^$.*+?^(){}[\]\|\\\/]+/, identity);
var ClassValue = or([ClassEscaped, ClassEscape, ClassSlash, ClassRange, ClassPassthrough]);
var Class = and([ClassOpen, optional(ClassNegation), star(ClassValue), ClassClose], (_) => regex2(_.join("")));
var RangeOpen = match("{", "(?:");
var RangeClose = match("}", ")");
var RangeNumeric = match(/(\d+)\.\.(\d+)/, (_, $1, $2) => makeRangePaddedInt(+$1, +$2, Math.min($1.length, $2.length)).join("|"));
var RangeAlphaLower = match(/([a-z]+)\.\.([a-z]+)/, (_, $1, $2) => makeRangeAlpha($1, $2).join("|"));
var RangeAlphaUpper = match(/([A-Z]+)\.\.([A-Z]+)/, (_, $1, $2) => makeRangeAlpha($1.toLowerCase(), $2.toLowerCase()).join("|").toUpperCase());
var RangeValue = or([RangeNumeric, RangeAlphaLower, RangeAlphaUpper]);
var Range = and([RangeOpen, RangeValue, RangeClose], (_) => regex2(_.join("")));
var BracesOpen = match("{");
var BracesClose = match("}");
var BracesComma = match(",");
var BracesEscaped = match(/\\./, regex2);
var BracesEscape = match(/[$.*+?^(){[\]\|]/, (char) => regex2(`\\${char}`));
var BracesSlash = match(/[\\\/]/, slash);
var BracesPassthrough = match(/[^$.*+?^(){}[\]\|\\\/,]+/, regex2);
var BracesNested = lazy(() => Braces);
var BracesEmptyValue = match("", () => regex2("(?:)"));
var BracesFullValue = plus(or([StarStar, Star, Question, Class, Range, BracesNested, BracesEscaped, BracesEscape, BracesSlash, BracesPassthrough]), sequence);
var BracesValue = or([BracesFullValue, BracesEmptyValue]);
var Braces = and([BracesOpen, optional(and([BracesValue, star(and([BracesComma, BracesValue]))])), BracesClose], alternation);
var Grammar2 = star(or([Negation, StarStar, Star, Question, Class, Range, Braces, Escaped2, Escape, Slash, Passthrough2]), sequence);
var grammar_default2 = Grammar2;

// node_modules/zeptomatch/dist/parse/index.js
var _parse = (glob) => {
  return parse(glob, grammar_default2, { memoization: false })[0];
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
var import_libraries = __toESM(require_libraries(), 1);
var cache = /* @__PURE__ */ new Map();
function matchesAny(path, globs) {
  return globs.some((g) => matcher(g)(path));
}
function matcher(glob) {
  let m = cache.get(glob);
  if (!m) cache.set(glob, m = compileGlob(glob));
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
  const match2 = expression(glob.slice(negations));
  return negations % 2 ? (path) => !match2(path) : match2;
}
function expression(glob) {
  const re = dist_default2.compile(glob);
  const source = re.source.replaceAll("[\\\\/]", "\\/").replaceAll("[^\\\\/]", "[^/]");
  const { RE2JS } = import_libraries.default.re2js();
  const flags = (re.flags.includes("s") ? RE2JS.DOTALL : 0) | (re.flags.includes("i") ? RE2JS.CASE_INSENSITIVE : 0);
  const safe = RE2JS.compile(RE2JS.translateRegExp(source), flags);
  return (path) => safe.matcher(path).find();
}

// src/core/loose-version.ts
var import_semver = __toESM(require_semver(), 1);
function isBuildPlaceholder(text) {
  return typeof text === "string" && /^\s*(@[\w.-]+@|\$\{[\w.-]+\}|\{\{\s*[\w.-]+\s*\}\}|%[\w.-]+%|__[A-Z][A-Z0-9_]*__)\s*$/.test(text);
}

// src/core/units.ts
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
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
  const data = unlessUnreadable(() => docs.get(home.file))?.data;
  const value = valueAt(data, home.pointer);
  if (typeof value === "number") return asWritten(docs, home, value);
  return value === void 0 || value === null || typeof value === "object" ? void 0 : String(value);
}
function asWritten(docs, home, value) {
  const line = docs.lineOf({ file: home.file, pointer: home.pointer });
  const text = line === void 0 ? void 0 : lineText(docs.get(home.file).text, line);
  const key = escapeRegExp(home.pointer.slice(home.pointer.lastIndexOf("/") + 1));
  const written = text && new RegExp(`(?:^|[\\s{,])["']?${key}["']?\\s*:\\s*(\\d[\\d.]*)`).exec(text)?.[1];
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
function manifestVersionWritten(docs, home, version) {
  const bytes = home.kind === "manifest" ? docs.tree.read(home.file) : void 0;
  const text = bytes && new TextDecoder().decode(bytes);
  const at2 = text ? readManifest(home.file, text)?.version : void 0;
  if (!text || !at2) return void 0;
  const end = text.indexOf("\n", at2.end);
  const line = (text.slice(text.lastIndexOf("\n", at2.start - 1) + 1, at2.start) + version + text.slice(at2.end, end < 0 ? void 0 : end)).trim();
  return line.length <= 100 ? line : void 0;
}
function manifestAt(docs, file) {
  return manifestIn(docs, file)?.version;
}
function manifestIn(docs, file) {
  const bytes = docs.tree.read(file);
  return bytes && readManifest(file, new TextDecoder().decode(bytes));
}
function valueAt(data, pointer) {
  let node = data;
  for (const t of pointer.split("/").slice(1)) node = isObj(node) ? node[t.replace(/~1/g, "/").replace(/~0/g, "~")] : void 0;
  return node;
}
function unitSlug(name) {
  return name.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[-.]+|-+$/g, "") || "contracts";
}
function findUnits(paths, docs, layout, configured, fallback) {
  const owner = /* @__PURE__ */ new Map();
  const units = [];
  const data = (p) => /\.(ya?ml|json)$/i.test(p) ? unlessUnreadable(() => docs.get(p))?.data : void 0;
  for (const u of configured) {
    units.push({ name: u.name, home: { file: u.version.file, pointer: "/" + u.version.key.split(".").join("/"), kind: "configured" } });
    for (const p of paths) if (!owner.has(p) && matchesAny(p, u.files)) owner.set(p, u.name);
  }
  const modules = /* @__PURE__ */ new Map();
  for (const p of paths) {
    const name = layout.versionsModule(p);
    if (!name || owner.has(p)) continue;
    const d = data(p);
    const pointer = isObj(d) && !("current" in d) && "version" in d ? "/version" : "/current";
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
    const doc = paths.find((p) => owner.get(p) === unit.name && infoOf(data(p)));
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
  const documents = paths.filter((p) => !owner.has(p) && infoOf(data(p)) && pathVersion(p)?.kind !== "release");
  const closure = referenceClosure(docs, paths);
  const reachedBy = /* @__PURE__ */ new Map();
  const names = documentNames(documents, (p) => infoOf(data(p)));
  for (const doc of documents) {
    owner.set(doc, names.get(doc));
    units.push({ name: names.get(doc), home: { file: doc, pointer: "/info/version", kind: "info" } });
    for (const r of closure.get(doc) ?? []) pushTo(reachedBy, r, doc);
  }
  const shared = /* @__PURE__ */ new Set();
  for (const [file, by] of reachedBy) {
    if (owner.has(file)) continue;
    if (by.length === 1) owner.set(file, names.get(by[0]));
    else shared.add(file);
  }
  const versionedIds = paths.filter((p) => !owner.has(p) && !shared.has(p) && !pathVersion(p) && idVersion(data(p)));
  const idNames = distinctNames(versionedIds, (p) => idUnitName(data(p).$id), new Set(units.map((u) => u.name)));
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
      const d = data(p);
      if (!isObj(d) || typeof d.version !== "string") continue;
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
  for (const p of byPackage) if (holdsContract(p, data(p))) versions.add(owner.get(p));
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
function holdsContract(path, data) {
  return !NOT_CONTRACTS.has(detectKind(path, void 0, data));
}
var NOT_CONTRACTS = /* @__PURE__ */ new Set(["other", "document", "binary", "data", "versions"]);
function idVersion(data) {
  if (!isObj(data) || typeof data.$id !== "string" || !("$schema" in data || "type" in data || "properties" in data)) return void 0;
  const path = idPath(data.$id);
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
function idWithVersion(id, written, next) {
  const at2 = id.lastIndexOf(written);
  return at2 < 0 ? id : id.slice(0, at2) + next + id.slice(at2 + written.length);
}
function idUnitName(id) {
  const unit = pathVersion(idPath(id)).unit;
  const name = pathUnitName(unit) || unit;
  return /^urn:/i.test(id) ? name.split("/").join(":") : name;
}
function pathUnitName(unit) {
  const at2 = unit.indexOf("{version}");
  const before = unit.slice(0, at2).replace(/[/._-]+$/, "").replace(/\/versions$/, "");
  return before || unit.slice(at2 + "{version}".length).replace(/^[/._-]+/, "") || "versions";
}
function infoOf(d) {
  if (!isObj(d) || !(typeof d.openapi === "string" || d.swagger !== void 0 || typeof d.asyncapi === "string")) return void 0;
  const info = d.info;
  if (!isObj(info) || info.version === void 0 || info.version === null || isBuildPlaceholder(info.version)) return void 0;
  if (generatorDefault(info)) return void 0;
  return info;
}
var GENERATOR_INFO = [
  { generator: "springdoc", title: "OpenAPI definition", version: "v0" },
  { generator: "FastAPI", title: "FastAPI", version: "0.1.0" },
  { generator: "grpc-gateway's protoc-gen-openapiv2", version: "version not set" }
];
function generatorDefault(info) {
  if (!isObj(info)) return void 0;
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

export {
  matchesAny,
  globError,
  Units,
  versionAt,
  versionLine,
  manifestVersionWritten,
  unitSlug,
  findUnits,
  idVersion,
  idAt,
  idWithVersion,
  generatorDefault
};
