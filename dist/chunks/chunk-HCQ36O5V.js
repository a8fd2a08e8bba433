import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  GitObjects,
  freezeTree,
  git,
  parseModuleTag,
  readFreeze,
  verifyFreeze
} from "./chunk-KCJREJXD.js";
import {
  refsIn
} from "./chunk-ZP6QAKNC.js";
import {
  getPolicyRule
} from "./chunk-WFBQG7YW.js";
import {
  operations
} from "./chunk-X5YIPVHM.js";
import {
  overlayTree,
  uncheckableString,
  unsafePatterns
} from "./chunk-MLD5EQ7M.js";
import {
  fill
} from "./chunk-5BNPDLWZ.js";
import {
  require_semver
} from "./chunk-LIEK4HVD.js";
import {
  LIMITS,
  OverSizeLimit,
  detectKind,
  formatOf,
  parseText
} from "./chunk-76DSMZKO.js";
import {
  InputError,
  unlessUnreadable
} from "./chunk-KNFEERHG.js";
import {
  pointerJoin,
  pushTo
} from "./chunk-VH6BFWQB.js";
import {
  __toESM
} from "./chunk-555N3RVI.js";

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
    const listed = await Promise.all(commits.map((c) => this.objects.list(c, under, keep)));
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
  knowMergeBase(a, b, base) {
    this.bases.set([a, b].sort().join("\0"), Promise.resolve(base));
  }
  /** Asked once per pair of commits, however their refs are spelled (`origin/main`, `refs/remotes/origin/main`). */
  async mergeBase(a, b) {
    const [ca, cb] = await Promise.all([this.commit(a), this.commit(b)]);
    if (ca === cb) return ca;
    const key = [ca, cb].sort().join("\0");
    let known = this.bases.get(key);
    if (!known) {
      known = git(this.top).raw(["merge-base", ca, cb]).then((out) => {
        const base = out.trim();
        if (!/^[0-9a-f]{40,64}$/.test(base))
          throw new InputError(`${a} and ${b} have no common history here (in a shallow clone, fetch more of it)`);
        return base;
      });
      known.catch(() => this.bases.delete(key));
      this.bases.set(key, known);
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

// src/core/policy/finding.ts
function finding(ruleId, file, params, extra = {}) {
  return { ruleId, file, params, ...extra };
}
function describe(f) {
  const rule = getPolicyRule(f.ruleId);
  return { message: fill(rule.message, f.params), fix: fill(rule.fix, f.params) };
}

// src/core/policy/lint.ts
var DIALECT_2020 = /json-schema\.org\/draft\/2020-12\/schema/;
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function lintOpenApi(docs, paths) {
  const out = [];
  for (const file of paths) {
    if (!/\.(json|ya?ml)$/i.test(file)) continue;
    const parsed = unlessUnreadable(() => docs.get(file));
    if (!parsed || detectKind(file, void 0, parsed.data) !== "openapi") continue;
    const doc = parsed.data;
    const line = (pointer) => docs.lineOf({ file, pointer });
    if (!/^3\.1\./.test(String(doc.openapi))) {
      out.push(
        finding(
          "openapi-not-3-1",
          file,
          { file, problem: `declares openapi ${String(doc.openapi)}, not 3.1` },
          { line: line("/openapi"), key: `${file}|version` }
        )
      );
    } else if (typeof doc.jsonSchemaDialect !== "string" || !DIALECT_2020.test(doc.jsonSchemaDialect)) {
      out.push(
        finding(
          "openapi-not-3-1",
          file,
          { file, problem: "does not declare jsonSchemaDialect https://json-schema.org/draft/2020-12/schema" },
          { line: line("/jsonSchemaDialect"), key: `${file}|dialect` }
        )
      );
    }
    const schemeType = (name) => {
      const raw = isObj(doc.components) && isObj(doc.components.securitySchemes) ? doc.components.securitySchemes[name] : void 0;
      try {
        const s = docs.deref({ file, pointer: pointerJoin("/components/securitySchemes", name) }, raw).node;
        if (!isObj(s)) return "";
        return s.type === "http" ? `http:${String(s.scheme).toLowerCase()}` : String(s.type);
      } catch (err) {
        if (err instanceof InputError) return "";
        throw err;
      }
    };
    const requirements = Array.isArray(doc.security) ? doc.security.filter(isObj) : [];
    const complete = requirements.some((r) => {
      const types = Object.keys(r).map(schemeType);
      return types.includes("mutualTLS") && types.includes("http:bearer");
    });
    if (!complete) {
      const types = requirements.flatMap((r) => Object.keys(r).map(schemeType));
      const missing = [!types.includes("mutualTLS") && "an mTLS (mutualTLS) scheme", !types.includes("http:bearer") && "a Bearer (http bearer) scheme"].filter(Boolean).join(" and ") || "mTLS and Bearer in the same requirement";
      out.push(finding("security-not-global", file, { file, missing }, { line: line("/security"), key: `${file}|security` }));
    }
    for (const { path, method, node: op } of operations(doc, file)) {
      const label = `${method.toUpperCase()} ${path}`;
      const at = pointerJoin("/paths", path, method);
      const responses = isObj(op.responses) ? Object.keys(op.responses) : [];
      if (!responses.some((s) => /^4(\d\d|xx)$/i.test(s)))
        out.push(finding("operation-missing-4xx", file, { file, op: label }, { line: line(at), key: `${file}|${label}|4xx` }));
      if (/(^|\/)health$/.test(path)) {
        const exempt = Array.isArray(op.security) && (op.security.length === 0 || op.security.some((r) => isObj(r) && Object.keys(r).length === 0));
        if (!exempt) out.push(finding("health-not-exempt", file, { file, op: label }, { line: line(at), key: `${file}|${label}|health` }));
      }
    }
  }
  return out;
}

// src/services/baseline.ts
var import_semver = __toESM(require_semver(), 1);
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
  const { tags, skipped } = await releasedModuleTags(source, branch);
  const notOnBranch = skipped.length ? [
    `${skipped.length === 1 ? "tag" : "tags"} ${skipped.join(", ")} ${skipped.length === 1 ? "is" : "are"} not on ${branch}: not a baseline (a release tag marks a commit merged there)`
  ] : [];
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
    const parsed = parseModuleTag(tag);
    if (!parsed || !import_semver.default.valid(parsed.version)) continue;
    pushTo(byModule, parsed.module, { tag, version: parsed.version });
  }
  const tags = /* @__PURE__ */ new Map();
  const skipped = [];
  for (const [module, list] of byModule) {
    for (const { tag } of list.sort((a, b) => import_semver.default.rcompare(a.version, b.version))) {
      const commit = await tagOnBranch(source, tag, branch);
      if (commit) {
        tags.set(module, { tag, commit });
        break;
      }
      skipped.push(tag);
    }
  }
  return { tags, skipped: skipped.sort() };
}
async function releaseTag(source, branch) {
  const tags = (await source.tags("")).map((tag) => ({ tag, version: /^v?(\d+\.\d+\.\d+)$/.exec(tag)?.[1] })).filter((t) => !!t.version && !!import_semver.default.valid(t.version)).sort((a, b) => import_semver.default.rcompare(a.version, b.version));
  for (const t of tags.slice(0, 5)) if (await tagOnBranch(source, t.tag, branch)) return t;
  return void 0;
}
async function tagOnBranch(source, tag, branch) {
  const commit = await source.commit(`refs/tags/${tag}`);
  const base = await source.mergeBase(commit, branch).catch((err) => {
    if (err instanceof InputError) return void 0;
    throw err;
  });
  return base === commit ? commit : void 0;
}

// src/core/policy/spectral-ruleset.ts
var isObj2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var BUILT_IN_RULESETS = ["spectral:oas", "spectral:asyncapi", "spectral:arazzo"];
var TOP_KEYS = /* @__PURE__ */ new Set(["extends", "rules", "formats", "aliases", "documentationUrl", "description", "parserOptions"]);
var EXTEND_MODES = /* @__PURE__ */ new Set(["all", "recommended", "off"]);
var DEFAULT_RULESETS = [".spectral.yaml", ".spectral.yml", ".spectral.json"];
function extendedRulesets(file, text) {
  let data;
  try {
    data = parseText(file, text, formatOf(file) ?? "yaml").data;
  } catch {
    return [];
  }
  const extended = isObj2(data) ? data.extends : void 0;
  const names = [extended, ...Array.isArray(extended) ? extended : []].flatMap((e) => Array.isArray(e) ? [e[0]] : [e]);
  return BUILT_IN_RULESETS.filter((name) => names.includes(name));
}
function loadRuleset(file, text, parts) {
  const { rulesets: LOADED, functions: FUNCTIONS, formats: FORMATS } = parts;
  const doc = parseText(file, text, formatOf(file) ?? "yaml");
  const refuse = (pointer, why) => {
    throw new InputError(`Spectral ruleset refused: ${why}`, file, doc.positions.locate(pointer)?.line);
  };
  const data = doc.data;
  if (!isObj2(data)) return refuse("", "it is not a mapping of extends and rules");
  for (const key of Object.keys(data)) {
    if (key === "functions" || key === "functionsDir")
      refuse(
        `/${key}`,
        `\`${key}\` loads JavaScript, and contract-guard never runs code from a repository; use Spectral's built-in functions`
      );
    if (key === "overrides")
      refuse("/overrides", "`overrides` are not supported; write the rules for every file, or ignore findings in the policy");
    if (!TOP_KEYS.has(key)) refuse(`/${key}`, `unknown key \`${key}\``);
  }
  const definition = {};
  if (data.extends !== void 0) {
    const list = typeof data.extends === "string" || Array.isArray(data.extends) && typeof data.extends[1] === "string" && EXTEND_MODES.has(data.extends[1]) ? [data.extends] : Array.isArray(data.extends) ? data.extends : refuse("/extends", "`extends` is not a ruleset name or a list of them");
    definition.extends = list.map((entry, i) => {
      const [name, mode] = Array.isArray(entry) ? entry : [entry, void 0];
      const ruleset = typeof name === "string" ? LOADED[name] : void 0;
      if (!ruleset)
        refuse(
          pointerJoin("/extends", ...list.length > 1 || Array.isArray(data.extends) ? [i] : []),
          `extends ${JSON.stringify(name)}: only ${BUILT_IN_RULESETS.join(", ")} can be extended (a file, package or URL is never loaded)`
        );
      if (mode !== void 0 && (typeof mode !== "string" || !EXTEND_MODES.has(mode)))
        refuse("/extends", `extends mode ${JSON.stringify(mode)}: use all, recommended or off`);
      return mode ? [ruleset, mode] : ruleset;
    });
  }
  if (data.formats !== void 0) definition.formats = formatList(data.formats, "/formats", FORMATS, refuse);
  for (const key of ["aliases", "documentationUrl", "description", "parserOptions"])
    if (data[key] !== void 0) definition[key] = data[key];
  const rules = {};
  for (const [id, rule] of Object.entries(isObj2(data.rules) ? data.rules : {})) {
    const at = pointerJoin("/rules", id);
    if (!isObj2(rule)) {
      rules[id] = rule;
      continue;
    }
    const out = { ...rule };
    if (rule.formats !== void 0) out.formats = formatList(rule.formats, pointerJoin(at, "formats"), FORMATS, refuse);
    if (rule.then !== void 0) {
      const thens = Array.isArray(rule.then) ? rule.then : [rule.then];
      const built = thens.map((then, i) => {
        const where = Array.isArray(rule.then) ? pointerJoin(at, "then", i, "function") : pointerJoin(at, "then", "function");
        if (!isObj2(then)) return refuse(where, `rule ${id}: \`then\` is not a mapping`);
        const fn = typeof then.function === "string" ? FUNCTIONS[then.function] : void 0;
        if (!fn)
          refuse(
            where,
            `rule ${id} calls ${JSON.stringify(then.function)}, which is not one of Spectral's built-in functions (${Object.keys(FUNCTIONS).join(", ")}); custom functions are JavaScript and are never run`
          );
        return { ...then, function: fn };
      });
      out.then = Array.isArray(rule.then) ? built : built[0];
    }
    rules[id] = out;
  }
  if (data.rules !== void 0) definition.rules = rules;
  return { file, definition };
}
function formatList(value, at, FORMATS, refuse) {
  if (!Array.isArray(value)) return refuse(at, "`formats` is not a list");
  return value.map(
    (name, i) => typeof name === "string" && FORMATS[name] || refuse(pointerJoin(at, i), `unknown format ${JSON.stringify(name)}`)
  );
}

// src/services/spectral-lint.ts
import { posix } from "node:path";
import { setFlagsFromString } from "node:v8";
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
  const d = module.default;
  return d && typeof d === "object" && "__esModule" in d && "default" in d ? d.default : d;
}
var RULESET_MODULES = {
  "spectral:oas": () => import("./oas-LMUFH7I6.js"),
  "spectral:asyncapi": () => import("./asyncapi-WSRP6T4G.js"),
  "spectral:arazzo": () => import("./arazzo-7CEDMV6G.js")
};
async function spectralParts(names) {
  setFlagsFromString("--enable-experimental-regexp-engine-on-excessive-backtracks");
  const [functions, formats, ...rulesets] = await Promise.all([
    import("./dist-E5NAW5S2.js"),
    import("./dist-TSRN3L4U.js"),
    ...names.map((name) => RULESET_MODULES[name]())
  ]);
  return {
    rulesets: Object.fromEntries(names.map((name, i) => [name, defaultExport(rulesets[i])])),
    functions: exportsOf(functions),
    formats: exportsOf(formats)
  };
}
function firstUnsafeCheck(docs, reached) {
  for (const file of reached) {
    const doc = unlessUnreadable(() => docs.get(file));
    const pattern = unsafePatterns(doc.data)[0];
    const found = pattern ? { ...pattern, code: "unsafe-pattern" } : void 0;
    const bad = found ?? (() => {
      const s = uncheckableString(doc.data);
      return s && { ...s, code: "unsafe-format" };
    })();
    if (bad) return { file, ...bad, line: doc.positions.locate(bad.pointer)?.line };
  }
  return void 0;
}
function filesReached(docs, start) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const queue = [start];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || seen.size > 1e3) continue;
    seen.add(file);
    const doc = unlessUnreadable(() => docs.get(file));
    if (!doc) continue;
    out.push(file);
    for (const ref of refTargets(doc.data)) queue.push(posix.normalize(posix.join(posix.dirname(file), ref)));
  }
  return out;
}
function refTargets(data) {
  const files = [...refsIn(data)].map(({ ref }) => ref.split("#")[0]).filter((f) => f && !/^[a-z]+:/i.test(f));
  return [...new Set(files)];
}
var SEVERITY = { 0: "spectral-error", 1: "spectral-warning" };
async function spectralFindings(ruleset, docs, paths, progress) {
  const [core, parsers, refs] = await Promise.all([
    import("./dist-HXX6NZI3.js"),
    import("./dist-GWWDQ65Q.js"),
    import("./dist-XFUSPDBK.js")
  ]);
  const { Document, Spectral } = exportsOf(core);
  const { Resolver } = exportsOf(refs);
  const { Yaml, Json } = exportsOf(parsers);
  const text = (file) => Buffer.from(docs.tree.read(file) ?? new Uint8Array()).toString("utf8");
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
          const file = posix.normalize(ref.path()).replace(/^\/+/, "");
          if (!docs.has(file)) throw new Error(`$ref target ${file} not found`);
          return text(file);
        }
      },
      http: noNetwork,
      https: noNetwork
    }
  });
  const spectral = new Spectral({ resolver });
  spectral.setRuleset(ruleset.definition);
  const out = /* @__PURE__ */ new Map();
  let bytesLeft = LIMITS.maxLintedBytes;
  for (const file of paths) {
    const data = /\.(ya?ml|json)$/i.test(file) ? unlessUnreadable(() => docs.get(file).data) : void 0;
    if (!data || typeof data !== "object" || !("openapi" in data || "swagger" in data || "asyncapi" in data)) continue;
    progress?.(file);
    const reached = filesReached(docs, file);
    const unsafe = firstUnsafeCheck(docs, reached);
    if (unsafe) {
      const key = `${unsafe.file}|${unsafe.code}|${unsafe.pointer}`;
      const message = `not linted: ${unsafe.message} (at ${unsafe.pointer})`;
      out.set(
        key,
        finding("spectral-warning", file, { file, code: unsafe.code, message, ruleset: ruleset.file }, { line: unsafe.line, key })
      );
      continue;
    }
    const bytes = reached.reduce((n, f) => n + (docs.tree.read(f)?.length ?? 0), 0);
    if (bytes > bytesLeft) {
      const key = `${file}|over-budget`;
      const mb = (n) => (n / 1024 / 1024).toFixed(1);
      const message = `not linted: the descriptions linted in this check would pass ${mb(LIMITS.maxLintedBytes)} MB with this one (${mb(bytes)} MB with what its $refs reach); run Spectral on it in your own CI`;
      out.set(key, finding("spectral-warning", file, { file, code: "over-budget", message, ruleset: ruleset.file }, { key }));
      continue;
    }
    bytesLeft -= bytes;
    const results = await spectral.run(new Document(text(file), /\.json$/i.test(file) ? Json : Yaml, `/${file}`), {
      ignoreUnknownFormat: true
    });
    for (const r of results) {
      const ruleId = SEVERITY[r.severity];
      if (!ruleId || r.code === "invalid-ref" || r.code === "parser") continue;
      const at = r.source ? r.source.replace(/^\/+/, "") : file;
      const key = `${at}|${String(r.code)}|${r.path.join("/")}`;
      if (out.has(key)) continue;
      out.set(
        key,
        finding(
          ruleId,
          at,
          { file: at, code: String(r.code), message: r.message, ruleset: ruleset.file },
          { line: r.range.start.line + 1, key }
        )
      );
    }
  }
  return [...out.values()];
}

export {
  withGitSource,
  finding,
  describe,
  lintOpenApi,
  resolveBaseline,
  releaseTag,
  DEFAULT_RULESETS,
  readRuleset,
  spectralFindings
};
