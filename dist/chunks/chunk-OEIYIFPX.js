import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  describe,
  finding,
  lintOpenApi,
  readRuleset,
  releaseTag,
  resolveBaseline,
  spectralFindings,
  withGitSource
} from "./chunk-HCQ36O5V.js";
import {
  CHANGESET_DIR,
  changesetDraft,
  configPathCandidates,
  declaredBumps,
  isChangeset,
  releaseNotesNamed,
  resolveConfigPaths
} from "./chunk-UAJXAT5M.js";
import {
  CONFIG_PATH,
  DEFAULT_CONFIG,
  FreezeStore,
  artifactBytes,
  compareVersions,
  contractScope,
  contractsRoot,
  freezeTree,
  git,
  isSchemaInvariant,
  loadConfig,
  normalizeRoot,
  parseConfig,
  readFreeze,
  readShaIndex,
  repoTop,
  verifyFreeze,
  verifyIndex,
  withReferences
} from "./chunk-KCJREJXD.js";
import {
  checkReadable,
  refsIn
} from "./chunk-ZP6QAKNC.js";
import {
  changeText
} from "./chunk-HT7574KT.js";
import {
  FsTree
} from "./chunk-26GVR4GN.js";
import {
  getPolicyRule
} from "./chunk-WFBQG7YW.js";
import {
  ViewBuilder,
  asDocument,
  compileSize,
  diffTrees,
  fromOpenApi30,
  holdsData,
  isDraft2020,
  isObj,
  movedFromOf,
  newAjv,
  readAsyncApi,
  refSiblingsVoid,
  subdocument,
  withoutHidden
} from "./chunk-EHJQXAUD.js";
import {
  METHODS
} from "./chunk-X5YIPVHM.js";
import {
  Documents,
  MapTree,
  filterTree,
  isRefObject,
  mergedTree,
  overlayTree,
  safeLinePattern,
  sameContent
} from "./chunk-MLD5EQ7M.js";
import {
  codeSpan,
  findRule,
  getRule,
  oneLine
} from "./chunk-5BNPDLWZ.js";
import {
  DEBT_NOTE,
  buildReport,
  warningLine
} from "./chunk-HDYLMNIM.js";
import {
  SNAPSHOT,
  findUnits,
  generatorDefault,
  idAt,
  idWithVersion,
  isBuildPlaceholder,
  looseVersion,
  matchesAny,
  nextVersion,
  releaseOf,
  require_semver,
  unitSlug,
  versionAt,
  versionLine,
  visibleBump
} from "./chunk-LIEK4HVD.js";
import {
  ContractsLayout,
  FROZEN_DIR,
  GLOBALS,
  detectKind,
  formatOf,
  isContractKind,
  isFreezeFile,
  isHistoryFile,
  isSchemaVer,
  isTopicCatalog,
  judgedDocument,
  newestIn,
  parseText,
  pathVersion,
  predecessors,
  publishedAs,
  referenceClosure
} from "./chunk-76DSMZKO.js";
import {
  InputError,
  isBug,
  unlessUnreadable
} from "./chunk-KNFEERHG.js";
import {
  LEVELS,
  compareText,
  counted,
  levelRank,
  maxLevel,
  pointerJoin,
  pointerTokens,
  pushTo,
  sortChanges
} from "./chunk-VH6BFWQB.js";
import {
  __toESM
} from "./chunk-555N3RVI.js";

// src/core/policy/compatibility.ts
function modeOf(config, unitOf) {
  if (!config.compatibility.length) return () => void 0;
  return (file) => config.compatibility.find((e) => e.files && matchesAny(file, e.files) || e.unit !== void 0 && e.unit === unitOf(file))?.mode;
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
      const key2 = `${c.ruleId}|${c.file}|${c.pointer}`;
      if (c.level !== "major" || known.has(key2)) continue;
      known.add(key2);
      out.push({ ...c, message: `${c.message} (breaks what freeze v${freeze.version} holds: ${mode(c.file)})` });
    }
  }
  return out;
}

// src/services/check-run.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

// src/core/policy/deprecation.ts
var parsed = /* @__PURE__ */ new WeakMap();
function frozenData(artifact, file) {
  let known = parsed.get(artifact);
  if (!known) {
    const format = formatOf(file);
    const text3 = artifact.encoding === "base64" ? Buffer.from(artifactBytes(artifact)).toString("utf8") : artifact.content;
    known = { data: format ? unlessUnreadable(() => parseText(file, text3, format).data) : void 0 };
    parsed.set(artifact, known);
  }
  return known.data;
}
function deprecatedStreak(freezes, file, pointer) {
  let streak = 0;
  for (const freeze of freezes) {
    const artifact = freeze.artifacts.find((a) => a.path === file);
    if (!artifact || !isDeprecated(frozenData(artifact, file), pointer)) break;
    streak++;
  }
  return streak;
}
function isDeprecated(data, pointer) {
  let node = data;
  if (node === void 0) return false;
  for (const t of pointerTokens(pointer)) {
    if (!node || typeof node !== "object") return false;
    node = node[t];
  }
  return !!node && typeof node === "object" && node.deprecated === true;
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
function topicOf(name, version) {
  const m = VERSIONED.exec(name);
  return m ? { stem: m[1], version: Number(m[3]) } : { stem: name, version: version ?? 1 };
}
function successorName(name, version) {
  const m = VERSIONED.exec(name);
  const sep = name.includes("/") && !name.includes(".") ? "/" : ".";
  return m ? `${m[1]}${m[2]}v${Number(m[3]) + 1}` : `${name}${sep}v${version + 1}`;
}
function channels(side) {
  const topics = [];
  const bySchema = /* @__PURE__ */ new Map();
  for (const file of side.paths) {
    if (!/\.(ya?ml|json)$/i.test(file)) continue;
    const data = unlessUnreadable(() => side.docs.get(file).data);
    if (data === void 0) continue;
    if (detectKind(file, void 0, data) === "asyncapi") {
      const model = unlessUnreadable(() => readAsyncApi(side.docs, file, []));
      for (const c of model?.channels.values() ?? []) {
        const name = c.address ?? c.key;
        topics.push({ ...topicOf(name), name, file });
      }
    } else if (isTopicCatalog(file)) {
      const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
      const entries = data.topics;
      for (const e of Array.isArray(entries) ? entries : []) {
        if (!e || typeof e.name !== "string") continue;
        const version = Number.isInteger(e.version) ? e.version : void 0;
        const name = version !== void 0 && !VERSIONED.test(e.name) ? `${e.name} v${version}` : e.name;
        const t = { ...topicOf(name), name, file };
        topics.push(t);
        if (typeof e.schema === "string") {
          const schema = normalize(dir + e.schema);
          pushTo(bySchema, schema, t);
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
      const key2 = `${t.stem}|${t.version}`;
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
            { line: c.line, pointer: c.pointer, module: c.module, key: `${key2}|${c.ruleId}|${c.pointer}` }
          )
        );
      if (done.has(key2)) continue;
      done.add(key2);
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

// src/core/policy/examples.ts
import { posix } from "node:path";
var EXAMPLE = /((^|\/)examples?\/.+|[._-]examples?)\.(json|ya?ml)$/i;
var MANY = /[._-]examples\.(json|ya?ml)$/i;
function checkExamples(docs, paths) {
  const out = [];
  const schemas = /* @__PURE__ */ new Map();
  const byId = /* @__PURE__ */ new Map();
  for (const p of paths) {
    if (EXAMPLE.test(p) || !/\.(json|ya?ml)$/i.test(p)) continue;
    const parsed2 = unlessUnreadable(() => docs.get(p));
    const data = parsed2?.data;
    if (!parsed2 || detectKind(p, void 0, data) !== "jsonschema" || !data || typeof data !== "object") continue;
    schemas.set(p, data);
    const id = data.$id;
    if (typeof id === "string") byId.set(id, p);
  }
  const engines = { modern: newAjv(true), legacy: newAjv(false) };
  const uri = (p) => {
    const id = schemas.get(p)?.$id;
    return typeof id === "string" ? id : `file:///${p}`;
  };
  const compiles = new ExampleBudget(schemas, uri);
  for (const [p, schema] of schemas) {
    try {
      (isDraft2020(schema) ? engines.modern : engines.legacy).addSchema({ ...schema, $id: uri(p) });
    } catch (err) {
      if (isBug(err)) throw err;
    }
  }
  for (const example of paths.filter((p) => EXAMPLE.test(p))) {
    const parsed2 = unlessUnreadable(() => docs.get(example));
    if (!parsed2) continue;
    const data = parsed2.data;
    const schemaPath = pairSchema(example, data, schemas, byId);
    if (!schemaPath) {
      out.push(finding("example-unpaired", example, { file: example }, { key: example }));
      continue;
    }
    const schema = schemas.get(schemaPath);
    if (!compiles.pay(schemaPath)) {
      out.push(finding("example-unvalidated", example, { file: example, schema: schemaPath }, { key: example }));
      continue;
    }
    const ajv = isDraft2020(schema) ? engines.modern : engines.legacy;
    let validate;
    try {
      validate = ajv.getSchema(uri(schemaPath)) ?? ajv.compile({ ...schema, $id: uri(schemaPath) });
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
    const instances = MANY.test(example) && Array.isArray(data) ? data.map((item, i) => [`/${i}`, item]) : [["", data]];
    for (const [at, instance] of instances) {
      if (validate(withoutSchemaKey(instance))) continue;
      const errors = validate.errors ?? [];
      const pointer = at + (errors[0]?.instancePath ?? "");
      const message = (at ? `example ${at.slice(1)}: ` : "") + errors.slice(0, 3).map((e) => `${e.instancePath || "(root)"} ${e.message}`).join("; ") + (errors.length > 3 ? `; and ${errors.length - 3} more` : "");
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
function withoutSchemaKey(data) {
  return data && typeof data === "object" && !Array.isArray(data) && "$schema" in data ? omit$schema(data) : data;
}
function exampleStems(example) {
  const stems = [posix.basename(example).replace(/\.(json|ya?ml)$/i, "")];
  for (let s = stems[0], t = ""; (t = s.replace(/[._-](examples?|\d+)$/i, "")) !== s && t; s = t) stems.push(t);
  return stems;
}
function omit$schema(data) {
  const { $schema: _s, ...rest } = data;
  return rest;
}
function pairSchema(example, data, schemas, byId) {
  const ref = data && typeof data === "object" ? data.$schema : void 0;
  if (typeof ref === "string" && !/json-schema\.org/.test(ref)) {
    const local = posix.normalize(posix.join(posix.dirname(example), ref.split("#")[0]));
    if (schemas.has(local)) return local;
    const viaId = byId.get(ref.split("#")[0]);
    if (viaId) return viaId;
  }
  const schemaStem = (p) => posix.basename(p).replace(/(\.schema)?\.(json|ya?ml)$/i, "");
  const stems = exampleStems(example);
  let candidates = [];
  for (const stem of stems) {
    candidates = [...schemas.keys()].filter((p) => schemaStem(p) === stem);
    if (candidates.length) break;
  }
  const shared = (p) => {
    const a = posix.dirname(example).split("/");
    const b = posix.dirname(p).split("/");
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i;
  };
  return candidates.sort((x, y) => shared(y) - shared(x) || compareText(x, y))[0];
}

// src/core/policy/inline-examples.ts
var COMPILE_NODES = 5e3;
var MAX_FAILED = 50;
var examplePlace = (file, pointer) => JSON.stringify([file, pointer]);
function placeOfFinding(key2) {
  const parsed2 = JSON.parse(key2);
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
  for (const file of paths) {
    if (!/\.(json|ya?ml)$/i.test(file)) continue;
    const data = unlessUnreadable(() => docs.get(file).data);
    const kind = isObj(data) ? detectKind(file, void 0, data) : void 0;
    if (!isObj(data) || !kind || !["openapi", "swagger", "asyncapi", "jsonschema"].includes(kind)) continue;
    const bundled = unlessUnreadable(() => judgedDocument(docs, file));
    if (!bundled || !touched(bundled.files)) continue;
    const bodies = kind === "openapi" || kind === "swagger" ? [
      ...documented(docs, file, data),
      ...kind === "swagger" ? schemaExamples(file, data.definitions, "/definitions", true) : schemaExamples(file, isObj(data.components) ? data.components.schemas : void 0, "/components/schemas", true)
    ] : kind === "asyncapi" ? messagesOf(docs, file, data) : schemaExamples(file, data);
    if (!bodies.length) continue;
    const dialect = kind === "swagger" ? "x-nullable" : kind === "openapi" && String(data.openapi).startsWith("3.0.") ? "nullable" : void 0;
    const draft2020 = kind !== "jsonschema" || isDraft2020(data);
    const ajv = newAjv(draft2020, true, true);
    const compiled = /* @__PURE__ */ new Map();
    const failed = [];
    const reported = /* @__PURE__ */ new Set();
    let unvalidated = 0;
    for (const body of bodies) {
      const copy = bundled.copyOf(body.schema);
      if (!isObj(copy)) continue;
      const key2 = isRefObject(copy) ? copy.$ref : copy;
      const cache = compiled.get(body.direction) ?? /* @__PURE__ */ new Map();
      compiled.set(body.direction, cache);
      let validate = cache.get(key2);
      if (!validate && !cache.has(key2)) {
        const schema = readable(bundled.root, copy, dialect, body.direction, !draft2020);
        const cost = compileSize(schema, left + 1) + 20;
        if (cost > left) {
          unvalidated += skip(body.examples);
          continue;
        }
        left -= cost;
        try {
          validate = ajv.compile(schema);
        } catch (err) {
          if (isBug(err)) throw err;
        }
        cache.set(key2, validate);
      }
      if (!validate) continue;
      for (const [i, example] of body.examples.entries()) {
        if (failed.length >= MAX_FAILED) {
          unvalidated += skip(body.examples.slice(i));
          break;
        }
        if (validate(example.value)) continue;
        const error = validate.errors?.[0];
        const at = { file: example.loc.file, pointer: example.loc.pointer + (error?.instancePath ?? "") };
        const message = `${error?.instancePath || "(root)"} ${error?.message ?? "is invalid"}`;
        const key3 = `${example.loc.file}|${example.loc.pointer}|${message}`;
        if (!reported.has(key3)) failed.push({ loc: at, example: example.loc, label: body.label, message });
        reported.add(key3);
      }
    }
    const pointers = /* @__PURE__ */ new Map();
    for (const { loc } of failed) pushTo(pointers, loc.file, loc.pointer);
    const lines = /* @__PURE__ */ new Map();
    for (const [f, at] of pointers) lines.set(f, unlessUnreadable(() => docs.get(f).positions.locateAll(at)) ?? /* @__PURE__ */ new Map());
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
      const why = failed.length >= MAX_FAILED ? `${MAX_FAILED} already fail` : "over the schema nodes a check compiles for them";
      out.push(
        finding("inline-examples-unvalidated", file, { file, count: counted(unvalidated, "example"), why }, { key: `${file}|inline` })
      );
    }
  }
  return { findings: out, unchecked };
}
function readable(root, schema, openapi30, direction, draft7 = false) {
  let part = { root: subdocument(root, schema), node: schema };
  const through = (rewrite) => {
    const convert = rewrite(part.root);
    part = { root: convert(part.root), node: convert(part.node) };
  };
  if (openapi30) through((r) => fromOpenApi30(r, openapi30));
  if (draft7) through(refSiblingsVoid);
  if (direction) through((r) => withoutHidden(r, direction === "request" ? "readOnly" : "writeOnly"));
  return asDocument(part.node, part.root);
}
function documented(docs, file, data) {
  const out = [];
  const deref = (loc, node) => unlessUnreadable(() => docs.deref(loc, node)) ?? { loc, node: void 0 };
  const paths = isObj(data.paths) ? data.paths : {};
  for (const [path, raw] of Object.entries(paths)) {
    const item = deref({ file, pointer: pointerJoin("/paths", path) }, raw);
    if (!isObj(item.node)) continue;
    for (const method of METHODS) {
      const op = item.node[method];
      if (!isObj(op)) continue;
      const at = { file: item.loc.file, pointer: pointerJoin(item.loc.pointer, method) };
      const label = `${method.toUpperCase()} ${path}`;
      const parameters = [
        ...Array.isArray(item.node.parameters) ? item.node.parameters.map((p, i) => [pointerAt(item.loc, "parameters", String(i)), p]) : [],
        ...Array.isArray(op.parameters) ? op.parameters.map((p, i) => [pointerAt(at, "parameters", String(i)), p]) : []
      ];
      for (const [loc, raw2] of parameters) {
        const p = deref(loc, raw2);
        if (isObj(p.node) && p.node.schema !== void 0)
          out.push(
            ...valuesOf(docs, p.loc, p.node, p.node.schema, `${label} ${String(p.node.in)} parameter ${String(p.node.name)}`, "request")
          );
      }
      const body = deref(pointerAt(at, "requestBody"), op.requestBody);
      if (isObj(body.node)) out.push(...bodiesOf(docs, body.loc, body.node, `${label} request`, "request"));
      for (const [status, r] of Object.entries(isObj(op.responses) ? op.responses : {})) {
        const response = deref(pointerAt(at, "responses", status), r);
        if (!isObj(response.node)) continue;
        const where = `${label} response ${status}`;
        out.push(
          ...data.swagger ? swaggerBodies(response.loc, response.node, where) : bodiesOf(docs, response.loc, response.node, where, "response")
        );
      }
    }
  }
  return out;
}
var pointerAt = (loc, ...tokens) => ({ file: loc.file, pointer: pointerJoin(loc.pointer, ...tokens) });
function swaggerBodies(loc, response, label) {
  if (response.schema === void 0 || !isObj(response.examples)) return [];
  return Object.entries(response.examples).filter(([media]) => /json/i.test(media)).map(([media, value]) => ({
    label: `${label} ${media}`,
    schema: response.schema,
    direction: "response",
    examples: [{ loc: pointerAt(loc, "examples", media), value }]
  }));
}
function bodiesOf(docs, loc, holder, label, direction) {
  const out = [];
  for (const [media, m] of Object.entries(isObj(holder.content) ? holder.content : {})) {
    if (!isObj(m) || m.schema === void 0 || !/json/i.test(media)) continue;
    out.push(...valuesOf(docs, pointerAt(loc, "content", media), m, m.schema, `${label} ${media}`, direction));
  }
  return out;
}
var JSON_PAYLOAD = /^(application\/schema\+(json|yaml)|application\/vnd\.aai\.asyncapi(\+(json|yaml))?)(;|$)/i;
function messagesOf(docs, file, data) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (loc, raw) => {
    const m = isRefObject(raw) ? unlessUnreadable(() => docs.deref(loc, raw)) : { loc, node: raw };
    if (!m || !isObj(m.node) || seen.has(m.node)) return;
    seen.add(m.node);
    const message = m.node;
    if (Array.isArray(message.oneOf)) return message.oneOf.forEach((x, i) => visit(pointerAt(m.loc, "oneOf", String(i)), x));
    const wrapped = isObj(message.payload) && "schemaFormat" in message.payload && "schema" in message.payload;
    const format = wrapped ? message.payload.schemaFormat : message.schemaFormat;
    if (format !== void 0 && !(typeof format === "string" && JSON_PAYLOAD.test(format))) return;
    const schema = wrapped ? message.payload.schema : message.payload;
    if (schema === void 0 || !Array.isArray(message.examples)) return;
    const examples2 = message.examples.flatMap(
      (e, i) => isObj(e) && "payload" in e ? [{ loc: pointerAt(m.loc, "examples", String(i), "payload"), value: e.payload }] : []
    );
    const name = typeof message.name === "string" ? message.name : m.loc.pointer;
    if (examples2.length) out.push({ label: `message ${name} payload`, schema, examples: examples2 });
  };
  const messages = isObj(data.components) && isObj(data.components.messages) ? data.components.messages : {};
  for (const [name, raw] of Object.entries(messages)) visit({ file, pointer: pointerJoin("/components/messages", name) }, raw);
  for (const [key2, channel] of Object.entries(isObj(data.channels) ? data.channels : {})) {
    if (!isObj(channel)) continue;
    const at = { file, pointer: pointerJoin("/channels", key2) };
    for (const [name, raw] of Object.entries(isObj(channel.messages) ? channel.messages : {})) visit(pointerAt(at, "messages", name), raw);
    for (const op of ["publish", "subscribe"])
      if (isObj(channel[op]) && channel[op].message !== void 0)
        visit(pointerAt(at, op, "message"), channel[op].message);
  }
  return out;
}
function schemaExamples(file, data, from = "", single = false) {
  const out = [];
  const seen = /* @__PURE__ */ new WeakSet();
  const stack = [[data, from]];
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
      ...single && "example" in o ? [{ loc: { file, pointer: pointerJoin(pointer, "example") }, value: o.example }] : [],
      ...Array.isArray(o.examples) ? o.examples.map((value, i) => ({ loc: { file, pointer: pointerJoin(pointer, "examples", String(i)) }, value })) : []
    ];
    if (examples2.length) out.push({ label: pointer ? `${file} ${pointer}` : file, schema: o, examples: examples2 });
    for (const [k, v] of Object.entries(o)) if (!holdsData(k) && v && typeof v === "object") stack.push([v, pointerJoin(pointer, k)]);
  }
  return out;
}
function valuesOf(docs, at, holder, schema, label, direction) {
  const examples2 = [];
  if ("example" in holder) examples2.push({ loc: pointerAt(at, "example"), value: holder.example });
  for (const [name, e] of Object.entries(isObj(holder.examples) ? holder.examples : {})) {
    const example = isRefObject(e) ? unlessUnreadable(() => docs.deref(pointerAt(at, "examples", name), e)) : { loc: pointerAt(at, "examples", name), node: e };
    if (example && isObj(example.node) && "value" in example.node)
      examples2.push({ loc: pointerAt(example.loc, "value"), value: example.node.value });
  }
  return examples2.length ? [{ label, schema, direction, examples: examples2 }] : [];
}

// src/core/policy/checks/context.ts
function ratchet(context, run) {
  return markOld(run(context.base), run(context.head), context.movedFrom);
}
function markOld(before, after, movedFrom = () => void 0) {
  const keys = new Set(before.map((f) => f.key));
  const was = (key2) => key2?.split("|").map((s) => movedFrom(s) ?? s).join("|");
  return after.map((f) => keys.has(f.key) || keys.has(was(f.key)) ? { ...f, params: { ...f.params, old: true } } : f);
}
function text(tree, path) {
  const bytes = tree.read(path);
  return bytes ? Buffer.from(bytes).toString("utf8") : void 0;
}

// src/core/policy/checks/examples.ts
var examples = (context) => {
  const changed = (file) => {
    const [a, b] = [context.base.tree.read(file), context.head.tree.read(file)];
    return !a || !b || Buffer.compare(a, b) !== 0;
  };
  const touched = (files) => context.wholeTree || files.some(changed);
  const inline = (side) => checkInlineExamples(side.docs, side.paths, touched);
  const [base, head] = [inline(context.base), inline(context.head)];
  const unknownAtBase = (key2 = "") => base.unchecked.has(placeOfFinding(key2) ?? "");
  const inlineFindings = markOld(base.findings, head.findings, context.movedFrom).map(
    (f) => !f.params.old && f.ruleId === "example-invalid" && unknownAtBase(f.key) ? { ...f, params: { ...f.params, old: true } } : f
  );
  return { findings: [...ratchet(context, (side) => checkExamples(side.docs, side.paths)), ...inlineFindings] };
};

// src/core/freeze/audit.ts
var import_semver = __toESM(require_semver(), 1);
var text2 = (tree, path) => Buffer.from(tree.read(path)).toString("utf8");
var nameOf = (path) => path.slice(path.lastIndexOf("/") + 1);
var key = (f) => f.version + (f.label ? `-${f.label}` : "");
function freezesOf(tree, layout, only) {
  const out = [];
  for (const path of tree.paths()) {
    if (!layout.isFreezePath(path) || only && !only(path)) continue;
    try {
      out.push({ path, freeze: readFreeze(path, text2(tree, path)) });
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
  for (const file of frozenBase.paths()) {
    if (!isHistoryFile(file)) continue;
    if (!frozenHead.read(file)) problems.push({ file, action: "deleted" });
    else if (differs(file)) problems.push({ file, action: "edited" });
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
  const byKey = new Map(addedFreezes.map((a) => [key(a.freeze), a.freeze]));
  const newestAtHead = freezesOf(frozenHead, layout)[0];
  for (const file of [...added, ...touched]) {
    if (layout.isFreezePath(file)) continue;
    const name = nameOf(file);
    const how = added.includes(file) ? "added" : "edited";
    if (!layout.isFrozen(file) || file.slice(layout.frozenDir.length + 1).includes("/")) {
      problems.push({ file, action: `${how}: only freezes and their SHA-256 indexes belong in ${layout.frozenDir}/` });
    } else if (/^sha-index-v.+\.json$/.test(name)) {
      const freeze = byKey.get(name.replace(/^sha-index-v|\.json$/g, ""));
      if (!freeze) problems.push({ file, action: `${how} without the freeze it indexes` });
      else if (!indexMatches(file, frozenHead, freeze))
        problems.push({ file, action: `${how}, but it does not index freeze v${key(freeze)}` });
    } else if (name === "freeze-latest.json") {
      const newest = newestAtHead?.path;
      if (!newest || !sameContent(frozenHead.read(file), frozenHead.read(newest)))
        problems.push({ file, action: `${how}, but it is not a copy of the newest freeze${newest ? ` (${nameOf(newest)})` : ""}` });
    } else if (name === "sha-index-latest.json") {
      const newest = newestAtHead && layout.frozenPath(nameOf(newestAtHead.path).replace(/^freeze-/, "sha-index-"));
      const want = newest ? frozenHead.read(newest) : void 0;
      if (!want || !sameContent(frozenHead.read(file), want))
        problems.push({ file, action: `${how}, but it is not a copy of the newest SHA-256 index${newest ? ` (${nameOf(newest)})` : ""}` });
    } else if (!isFreezeFile(file)) {
      problems.push({ file, action: `${how}: only freezes and their SHA-256 indexes belong in ${layout.frozenDir}/` });
    }
  }
  return problems;
}
function dishonesty(freeze, newestOnBase, layout, headFiles) {
  if (newestOnBase && !import_semver.default.gt(freeze.version, newestOnBase.version))
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
function indexMatches(file, tree, freeze) {
  try {
    const index = readShaIndex(file, text2(tree, file));
    return index.version === freeze.version && verifyIndex(file, index, freeze).length === 0;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return false;
  }
}

// src/core/policy/checks/frozen-history.ts
var frozenHistory = ({ layout, frozenBase, frozenHead, headFiles }) => ({
  findings: auditFrozen(layout, frozenBase, frozenHead, headFiles).map((p) => finding("frozen-history-edited", p.file, { ...p }))
});

// src/core/policy/invariants.ts
function viewOf(docs, file, pointer, errors) {
  if (!docs.has(file)) return void 0;
  const resolved = unlessUnreadable(() => docs.resolveRef({ file, pointer: "" }, `#${pointer}`));
  if (!resolved) return void 0;
  const node = resolved.node;
  return new ViewBuilder(docs, errors).view([{ loc: { file, pointer }, node }]);
}
function checkSchemaInvariant(inv, file, base, head) {
  const errors = [];
  const pointer = inv.pointer ?? "";
  const before = viewOf(base, file, pointer, errors);
  const after = viewOf(head, file, pointer, errors);
  const builder = new ViewBuilder(head, errors);
  const baseBuilder = new ViewBuilder(base, errors);
  const out = [];
  const add = (name, problem, at = pointer) => out.push(
    finding(
      "invariant-removed",
      file,
      { invariant: inv.id, name, file, problem },
      { line: head.has(file) ? head.lineOf({ file, pointer: at }) : void 0, key: `${inv.id}|${name}|${problem}` }
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
    for (const file of files) {
      const text3 = Buffer.from(code.read(file) ?? []).toString("utf8");
      let [line, from] = [1, 0];
      for (const m of re.matches(text3, MAX_FORBIDDEN - out.length)) {
        line += newlines(text3, from, m.index);
        from = m.index;
        out.push(
          finding(
            "code-invariant-forbidden",
            file,
            { invariant: inv.id, pattern: inv.forbid, file: `${file}:${line}` },
            { line, key: `${inv.id}|${file}|${m.text}` }
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
    for (const file of files) {
      if (!re.test(Buffer.from(code.read(file) ?? []).toString("utf8"))) {
        out.push(finding("code-invariant-missing", file, { invariant: inv.id, pattern: inv.require, file }, { key: `${inv.id}|${file}` }));
      }
    }
  }
  return out;
}
var MAX_FORBIDDEN = 50;
function newlines(text3, from, to) {
  let n = 0;
  for (let i = text3.indexOf("\n", from); i !== -1 && i < to; i = text3.indexOf("\n", i + 1)) n++;
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
      for (const file of touchedFiles(inv, code.base, code.head)) {
        findings.push(finding("code-invariant-touched", file, { invariant: inv.id, file, text: inv.on_change }));
        checklist.push({ text: `${inv.id}: ${inv.on_change} (${file} changed)`, done: false });
      }
    } else if (code) {
      findings.push(...markOld(checkCodeInvariant(inv, code.base), checkCodeInvariant(inv, code.head)));
    }
  }
  return { findings, checklist };
};

// src/core/policy/checks/openapi-lint.ts
var openapiLint = (context) => ({
  findings: context.config.preset === "memoryos" ? ratchet(context, (side) => lintOpenApi(side.docs, side.paths)) : []
});

// src/core/policy/checks/published-versions.ts
var import_semver2 = __toESM(require_semver(), 1);
var publishedVersions = (context) => {
  const [before, after] = [new Set(context.base.paths), new Set(context.head.paths)];
  const edited = /* @__PURE__ */ new Map();
  for (const c of context.changes) {
    if (!after.has(c.file) || !before.has(context.movedFrom(c.file) ?? c.file) || !pathVersion(c.file)) continue;
    const known = edited.get(c.file);
    if (!known || levelRank(c.level) > levelRank(known.level)) edited.set(c.file, { level: c.level, module: c.module, line: c.line });
  }
  const findings = [];
  for (const [file, { level, module, line }] of edited) {
    const pv = pathVersion(file);
    if (levelRank(level) < levelRank(pv.kind === "release" ? "minor" : "major")) continue;
    const from = maxVersion(pv.version, newestIn(after, pv.unit));
    const next = import_semver2.default.inc(from, level === "major" ? "major" : "minor");
    const params = { file, level, version: pv.written, path: generatedFrom(context.head.docs, file, next) ?? publishedAs(pv, next) };
    findings.push(finding("published-version-changed", file, params, { module, file, ...line ? { line } : {} }));
  }
  return { findings };
};
function generatedFrom(docs, file, next) {
  const data = unlessUnreadable(() => docs.get(file))?.data;
  const title = data?.info?.title;
  const pv = typeof title === "string" && /\.proto$/.test(title) ? pathVersion(title) : void 0;
  if (!pv || pv.kind !== "line") return void 0;
  return `${publishedAs(pv, next)} in the .proto sources (this file is generated from ${title}), and generate it from there`;
}
var maxVersion = (a, b) => b && import_semver2.default.gt(b, a) ? b : a;

// src/core/policy/checks/readability.ts
var readability = (context) => {
  const base = context.base.docs;
  const wasContract = (file) => {
    const at = context.movedFrom(file) ?? file;
    const data = base.has(at) ? unlessUnreadable(() => base.get(at).data) : void 0;
    return data !== void 0 && isContractKind(detectKind(at, void 0, data));
  };
  const isContract = (file) => context.isContract(file) || wasContract(file);
  const problems = /* @__PURE__ */ new Map();
  const problemsOf = (side) => problems.get(side) ?? problems.set(side, checkReadable(side.docs, side.paths, isContract).problems).get(side);
  const findings = ratchet(context, (side) => unreadableFindings(problemsOf(side)));
  return { findings, errors: sided(problemsOf(context.base), problemsOf(context.head)) };
};
function sided(base, head) {
  const key2 = (d) => `${d.file}|${d.message}`;
  const inBase = new Set(base.map(key2));
  const inHead = new Set(head.map(key2));
  return [
    ...head.map((d) => ({ ...d, side: inBase.has(key2(d)) ? "both" : "head" })),
    ...base.filter((d) => !inHead.has(key2(d))).map((d) => ({ ...d, side: "baseline" }))
  ];
}
function unreadableFindings(problems) {
  const byFile = /* @__PURE__ */ new Map();
  for (const p of problems) pushTo(byFile, p.file, p);
  return [...byFile].map(([file, list]) => {
    const more = list.length > 1 ? ` (and ${list.length - 1} more)` : "";
    const rule = list[0].tooLarge ? "contract-too-large" : "contract-unreadable";
    return finding(rule, file, { file, problem: list[0].message + more }, { line: list[0].line, key: file });
  });
}

// src/core/policy/checks/spectral.ts
var spectral = (context) => ({
  findings: context.linted ? markOld(context.linted.base, context.linted.head, context.movedFrom) : []
});

// src/core/policy/checks/versioning.ts
var import_semver3 = __toESM(require_semver(), 1);

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
function changelogProposal(path, existing, module, version, changes) {
  const lines = [
    `## ${[module, version].filter(Boolean).join(" ")}`,
    ...listed(ordered(changes), (c) => `- ${c.level === "major" ? "**Breaking:** " : ""}${changeText(c)}`)
  ];
  if (!changes.length) lines.push("- (describe the change)");
  const entry = lines.join("\n") + "\n";
  if (existing === void 0) return { path, text: `# Changelog

${entry}` };
  const rows = existing.split(/\r?\n/);
  const newest = rows.findIndex((l) => /^##\s/.test(l));
  if (newest >= 0) return { path, text: entry + "\n", after: newest };
  const title = rows.findIndex((l) => /^#\s/.test(l));
  return title >= 0 ? { path, text: "\n" + entry, after: title + 1 } : { path, text: entry + "\n", after: 0 };
}
function changesetProposal(name, level, changes) {
  const lines = listed(ordered(changes), (c) => `- ${c.level === "major" ? "**Breaking:** " : ""}${changeText(c)}`);
  return changesetDraft(name, level, lines.length ? lines : ["- (describe the change)"]);
}
var migrationNotePath = (folder, module, version) => `${folder}/${unitSlug(module)}-${version}.md`;
function migrationProposal(folder, module, from, version, majors) {
  const text3 = [
    `# Migrating to ${module} ${version}`,
    "",
    `${from ? `From ${module} ${from} to ${version}` : `${module} ${version}`}: ${majors.length} breaking change${majors.length === 1 ? "" : "s"}.`,
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
  return { path: migrationNotePath(folder, module, version), text: text3 };
}

// src/core/policy/checks/impact.ts
function isBookkeeping(context, file) {
  const { changelog, migrations } = context.config.versioning;
  return /(^|\/)versions\.ya?ml$/.test(file) || file === changelog || file.startsWith(migrations + "/") || // a contract carrying its own version (info.version, a versioned `$id`) is no bookkeeping: only that value is
  context.units.list.some((u) => u.home?.file === file && u.home.kind !== "info" && u.home.kind !== "path" && u.home.kind !== "id");
}
function moduleImpact(context) {
  const { units, head } = context;
  const homes = new Set(units.list.map((u) => u.home && u.home.kind !== "path" && `${u.home.file}#${u.home.pointer}`));
  const counted2 = context.changes.filter((c) => !isBookkeeping(context, c.file) && !homes.has(`${c.file}#${c.pointer}`));
  const names = new Set(counted2.map((c) => c.module));
  for (const unit of units.list) if (unit.home) names.add(unit.name);
  const changedFiles = new Set(counted2.map((c) => c.file));
  const closure = referenceClosure(head.docs, head.paths);
  const inheritedBy = /* @__PURE__ */ new Map();
  for (const file of head.paths) {
    const owner = units.unitOf(file);
    for (const target of closure.get(file) ?? []) {
      if (changedFiles.has(target) && units.unitOf(target) !== owner) {
        inheritedBy.set(owner, /* @__PURE__ */ new Set([...inheritedBy.get(owner) ?? [], target]));
        names.add(owner);
      }
    }
  }
  const modules = [...names].sort().map((name) => {
    const inheritedFiles = [...inheritedBy.get(name) ?? []].sort();
    return {
      name,
      own: counted2.filter((c) => c.module === name),
      inheritedFiles,
      inherited: counted2.filter((c) => inheritedFiles.includes(c.file))
    };
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
    if (!changelogs.has(path)) changelogs.set(path, text(head.tree, path));
    return changelogs.get(path);
  };
  const headPaths = head.tree.paths();
  const nearest = unitChangelogs(headPaths, configuredChangelog, config.contracts);
  const declaredBy = context.changesets ? declaredBumps(headPaths.filter(isChangeset).map((path) => ({ path, text: text(head.tree, path) ?? "" }))) : void 0;
  const migrationTexts = head.paths.filter((p) => p.startsWith(migrations + "/")).map((p) => `${p}
${text(head.tree, p) ?? ""}`);
  const single = units.single;
  const baseFiles = new Set(context.base.paths);
  for (const { name, own, inherited, inheritedFiles } of impact.modules) {
    const home = units.get(name)?.home;
    const inPaths = home?.kind === "path";
    const published = inPaths ? own.filter((c) => !baseFiles.has(context.movedFrom(c.file) ?? c.file) && pathVersion(c.file)?.unit === home?.file) : [];
    const inLine = !inPaths && home && pathVersion(home.file)?.kind === "line";
    const counted2 = inPaths ? published : [...own, ...inherited].filter((c) => !inLine || c.level !== "major");
    const level = maxLevel(counted2.map((c) => c.level));
    if (!home && name === GLOBALS && own.every((c) => impact.inheritedFiles.has(c.file))) continue;
    const versionsFile = home?.file ?? (name === GLOBALS ? config.modules.globals_versions : `${config.modules.root}/${name}/versions.yaml`);
    const pointer = home?.pointer ?? "/current";
    const key2 = pointer.slice(1).replace(/\//g, ".");
    const was = home && context.movedFrom(home.file);
    const frozenVersion = versionAt(context.base.docs, was ? { ...home, file: was } : home);
    const currentVersion = versionAt(head.docs, home);
    const changes = [...own, ...inherited];
    const majors = changes.filter((c) => c.level === "major");
    if (level === "none" && frozenVersion === currentVersion) {
      if ((inPaths || inLine) && majors.length) findings.push(councilFinding(name, versionsFile, majors.length));
      continue;
    }
    const frozen = looseVersion(frozenVersion);
    const current = looseVersion(currentVersion);
    const shape = current ?? frozen;
    const needed = requiredBump(level, frozen?.semver, config.versioning.zero_major);
    const visible = shape ? visibleBump(needed, shape) : needed;
    const schemaVer = inPaths && published.some((c) => isSchemaVer(pathVersion(c.file)));
    const required = schemaVer && visible === "minor" ? "patch" : visible;
    modules.push({
      name,
      level,
      changes: own.length,
      frozenVersion,
      currentVersion,
      requiredBump: required,
      versionsFile,
      versionPointer: pointer,
      ...inPaths ? { versionInPaths: true } : {},
      ...inheritedFiles.length ? { inherits: inheritedFiles } : {}
    });
    const at = { module: name, file: versionsFile };
    const council = () => findings.push(councilFinding(name, versionsFile, majors.length));
    const tagged = !home && !currentVersion ? context.releaseTag : void 0;
    if (tagged && level !== "none") {
      const needs = requiredBump(level, tagged.version, config.versioning.zero_major);
      const next = needs === "none" ? tagged.version : import_semver3.default.inc(tagged.version, needs);
      const tag = tagged.tag.replace(tagged.version, next);
      checklist.push({
        text: `After merge, release it as the tag \`${tag}\` (needs ${needs}; the latest release is \`${tagged.tag}\`)`,
        done: false,
        module: name
      });
      if (majors.length) council();
      continue;
    }
    if (!current) {
      const written = currentVersion ? ` (\`${key2}: ${currentVersion}\` is not a version number)` : home ? "" : filledByBuild(own, head.docs);
      if (level !== "none") findings.push(finding("version-missing", versionsFile, { module: name, file: versionsFile, key: key2, written }, at));
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
    const params = {
      module: name,
      level,
      required,
      frozen: frozenVersion,
      current: currentVersion,
      suggested: id ? idWithVersion(id, currentVersion, suggested) : suggested,
      bump,
      file: versionsFile,
      key: key2
    };
    const line = versionLine(head.docs, home ?? { file: versionsFile, pointer, kind: "versions" });
    const anchor = line ? { file: versionsFile, line } : void 0;
    const lower = import_semver3.default.lt(current.semver, frozen.semver);
    const reached2 = levelRank(bump) >= levelRank(required) && !lower ? pending ?? currentVersion : suggested;
    const target = schemaVer ? reached2.replace(/\./g, "-") : releaseOf(reached2);
    const suggestion = { find: currentVersion, replace: suggested };
    if (inPaths) {
      const newest = published.map((c) => pathVersion(c.file)).find((pv) => pv.version === currentVersion);
      if (newest && levelRank(bump) < levelRank(required))
        findings.push(finding("version-path-too-low", versionsFile, { ...params, path: publishedAs(newest, suggested) }, at));
    } else if (declared !== void 0) {
      if (levelRank(bump) < levelRank(required)) {
        const proposal = { ...changesetProposal(name, required, changes), anchor };
        const said = declared === "none" ? "no pending changeset declares one" : `its changesets declare a ${declared} one`;
        findings.push(finding("changeset-missing", versionsFile, { ...params, declared: said, draft: proposal.path }, { ...at, proposal }));
      }
    } else if (lower) findings.push(finding("version-decreased", versionsFile, params, { ...at, line, suggestion }));
    else if (levelRank(bump) < levelRank(required))
      findings.push(finding("version-bump-missing", versionsFile, params, { ...at, line, suggestion }));
    else if (levelRank(bump) > levelRank(required)) findings.push(finding("version-bump-excess", versionsFile, params, { ...at, line }));
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
      } else
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
      const logged = declared !== void 0 || !!changelog && changelog.split("\n").some((l) => (alone || l.includes(name) || l.includes(unitSlug(name))) && new RegExp(`\\b${escapeRe(target)}\\b`).test(l));
      if (declared === void 0)
        checklist.push({
          text: `${changelogPath} has an entry for ${name} ${target}`,
          done: logged,
          ruleId: "changelog-missing",
          module: name
        });
      if (!logged) {
        const proposal = { ...changelogProposal(changelogPath, changelog, alone ? "" : name, target, changes), anchor };
        const entry = alone ? target : `${name} ${target}`;
        const params2 = { changelog: changelogPath, module: name, current: target, entry };
        findings.push(finding("changelog-missing", changelogPath, params2, { ...at, proposal }));
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
        findings.push(finding("migration-note-missing", migrations, params2, { ...at, proposal }));
      }
      council();
      const consumers = consumersOf(head.docs, versionsFile);
      checklist.push({
        text: consumers.length ? `Notify the consumers of ${name}: ${consumers.join(", ")}` : home?.kind === "versions" ? `Notify the consumers of ${name} (list them as \`consumers:\` in ${versionsFile})` : `Notify the consumers of ${name}`,
        done: false
      });
    }
  }
  return { findings, checklist, modules };
};
function councilFinding(module, file, count) {
  return finding("major-change", file, { module, count, plural: count === 1 ? "" : "s" }, { module, file });
}
function requiredBump(level, frozen, zeroMajor) {
  if (level === "major" && frozen && import_semver3.default.major(frozen) === 0 && zeroMajor === "minor") return "minor";
  return level;
}
function bumpOf(from, to) {
  if (SNAPSHOT.test(from) && SNAPSHOT.test(to)) return bumpOf(releaseOf(from), releaseOf(to));
  if (import_semver3.default.prerelease(to)) return "none";
  const d = import_semver3.default.diff(from, to);
  if (!d) return "none";
  if (d === "major" || d === "premajor") return "major";
  if (d === "minor" || d === "preminor") return "minor";
  return "patch";
}
function consumersOf(docs, versionsFile) {
  const data = unlessUnreadable(() => docs.has(versionsFile) ? docs.get(versionsFile).data : void 0);
  const listed2 = isObj(data) ? data.consumers : void 0;
  const named = (c) => typeof c === "string" || typeof c === "number" ? String(c).trim() : isObj(c) && typeof c.name === "string" ? c.name : "";
  return (Array.isArray(listed2) ? listed2 : typeof listed2 === "string" ? [listed2] : []).map(named).filter(Boolean);
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function filledByBuild(changes, docs) {
  for (const file of new Set(changes.map((c) => c.file))) {
    const data = unlessUnreadable(() => docs.has(file) ? docs.get(file).data : void 0);
    const version = isObj(data) && isObj(data.info) ? data.info.version : void 0;
    const generator = isObj(data) ? generatorDefault(data.info) : void 0;
    if (isBuildPlaceholder(version) || generator)
      return ` (\`info.version: ${version}\` in ${file} is ${generator ? `what ${generator} writes when given no version` : "written in by the build"}, and no build manifest beside it, such as pom.xml, build.gradle or package.json, has a version)`;
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
  frozenHistory
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
  const ignoredBy = (ruleId, file, pointer) => active.find((e) => {
    const base = findRule(ruleId)?.rule.id;
    if (e.rule !== ruleId && e.rule !== base) return false;
    const rel = layout.rel(file);
    if (e.file && !(e.file === file || e.file === rel || matchesAny(file, [e.file]) || matchesAny(rel, [e.file]))) return false;
    return !e.pointer || (pointer ?? "").startsWith(e.pointer);
  });
  const ignore = (ruleId, file, reason, until) => ignored.push({ ruleId, file, reason, ...until ? { until } : {} });
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
    linted: input.linted,
    isContract: (file) => matchesAny(file, config.files.contracts),
    movedFrom: movedFromOf(input.moves),
    wholeTree: input.wholeTree ?? false,
    changesets: input.changesets ?? false,
    ...input.releaseTag ? { releaseTag: input.releaseTag } : {}
  };
  const modules = [];
  const checklist = [];
  const errors = [...input.report.errors];
  for (const check of POLICY_CHECKS) {
    const result = check(context);
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
    const rule = getPolicyRule(f.ruleId);
    const override = config.rules[f.ruleId];
    if (override === "off") continue;
    const hit = ignoredBy(f.ruleId, f.file, f.pointer);
    if (hit && f.ruleId !== "ignore-expired") {
      ignore(f.ruleId, f.file, hit.reason, hit.until);
      continue;
    }
    let severity = override === "warn" || override === "block" ? override : rule.severity;
    if (f.params.old && rule.ratchet !== false && override !== "block") severity = "warn";
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
      ...f.params.old && severity === "warn" ? { debt: true } : {}
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
  if (changes.length || violations.some((v) => v.blocking || v.approvable)) {
    checklist.push({
      text: "After merge: `contract-guard freeze create <version>` and `contract-guard freeze tag --push` on the default branch",
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

// src/services/check-run.ts
async function defaultBranch(source) {
  try {
    const ref = (await git(source.top).raw(["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"])).trim();
    if (ref) return ref.replace(/^refs\/remotes\//, "");
  } catch {
  }
  for (const candidate of ["main", "master", "origin/main", "origin/master"]) {
    try {
      await source.commit(candidate);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
async function policyOnBase(source, baseBranch, configPath = CONFIG_PATH, top, given) {
  const text3 = given ?? await source.file(baseBranch, configPath);
  const parsed2 = parseConfig(configPath, text3 ?? "");
  const config = parsed2.contractsDefaulted ? { ...parsed2, contracts: await rootOnBase(source, baseBranch, top) } : parsed2;
  const ruleset = await readRuleset(config, (path) => source.file(baseBranch, path));
  return { config, ruleset, warnings: [], text: text3 };
}
async function rootOnBase(source, baseBranch, top) {
  let commit;
  try {
    commit = await source.commit(baseBranch);
  } catch {
    return top === void 0 ? DEFAULT_CONFIG.contracts : contractsRoot(top, void 0);
  }
  let found = false;
  await source.tree(commit, DEFAULT_CONFIG.contracts, () => (found = true, false));
  return defaultRoot(found);
}
var defaultRoot = (hasContractsFolder) => hasContractsFolder ? DEFAULT_CONFIG.contracts : "";
function filesReadOnBase(config, basePaths) {
  if (!config.contractsDefaulted) return filesRead(config);
  const prefix = DEFAULT_CONFIG.contracts + "/";
  return filesRead({ ...config, contracts: defaultRoot(basePaths.some((p) => p.startsWith(prefix))) });
}
async function localPolicy(source, input, baseBranch) {
  const top = source.top;
  const fromTree = async () => {
    const config = loadConfig(top, input);
    const tree = new FsTree(top);
    const read = async (p) => {
      const bytes = tree.read(p);
      return bytes && Buffer.from(bytes).toString("utf8");
    };
    return { config, ruleset: await readRuleset(config, read), warnings: [] };
  };
  if (input.configText !== void 0 || !baseBranch) return fromTree();
  if (input.configPath !== void 0) {
    const policy2 = await fromTree();
    policy2.warnings.push(
      `policy from the working tree's ${input.configPath} (--config), not from ${baseBranch}: a pull request is judged by ${baseBranch}'s`
    );
    return policy2;
  }
  const policy = await policyOnBase(source, baseBranch, CONFIG_PATH, top);
  const local = join(top, CONFIG_PATH);
  const onBase = policy.text;
  if (existsSync(local) && readFileSync(local, "utf8") !== onBase)
    policy.warnings.push(
      onBase === void 0 ? `${CONFIG_PATH} is not on ${baseBranch} yet: judged by the built-in defaults until it is merged (try it with --config ${CONFIG_PATH})` : `the working tree's ${CONFIG_PATH} differs from ${baseBranch}'s, which is the one that applies (try yours with --config ${CONFIG_PATH})`
    );
  return policy;
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
  return (p) => inScope(p) || layout.isFrozen(p) || code.length > 0 && matchesAny(p, code) || !!outside?.(p) || changelog(p);
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
  const configuredRole = (file) => config.roles.find((r) => matchesAny(file, [r.glob]) || matchesAny(file.slice(root.length + 1), [r.glob]))?.role;
  const isContract = (file) => matchesAny(file, config.files.contracts);
  const documents = Documents.pair(base, head);
  const listed2 = t.config.scope.length ? t.config.scope.join(", ") : root || ".";
  documents.base.unreadBecause = documents.head.unreadBecause = (p) => inScope(p) ? void 0 : `it is outside what the check reads (${listed2}); if it is in the repository, add its folder to \`contracts:\` in ${t.config.source?.file ?? CONFIG_PATH}`;
  const contractPaths = (tree) => tree.paths().filter((p) => inScope(p) || namedFiles.includes(p));
  const baseUnits = findUnits(contractPaths(base), documents.base, layout, config.units);
  const units = findUnits(contractPaths(head), documents.head, layout, config.units, baseUnits);
  const mode = modeOf(config, (file) => units.unitOf(file));
  const roleOf = (file) => roleOfMode(mode(file)) ?? configuredRole(file);
  const moduleOf = (file) => units.unitOf(file);
  const judged = diffTrees(filterTree(base, inScope), filterTree(head, inScope), {
    moduleOf,
    roleOf,
    isContract,
    // the whole repository: its Kubernetes manifests, settings and translations are no contract unless `$ref`'d
    data: root === "" ? "referenced" : "always",
    documents,
    judgement: config.judgement,
    onFile: t.progress
  });
  const freezes = freezeHistory(t.frozenBase ?? t.head, layout, judged.errors);
  withoutPromise(judged.changes, mode);
  const older = transitiveChanges(
    judged.changes,
    filterTree(head, inScope),
    freezes,
    root,
    mode,
    { moduleOf, roleOf, judgement: config.judgement, documents: { head: documents.head } },
    movedFromOf(judged.moves)
  );
  const changes = sortChanges([...judged.changes, ...older]);
  const result = { ...judged, changes, level: maxLevel(changes.map((c) => c.level)) };
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
    moves: judged.moves,
    code: t.code,
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
    now: c.now,
    progress: c.progress,
    wholeTree: c.wholeTree,
    changesets,
    ...release ? { releaseTag: release } : {}
  });
}
async function runCheck(input) {
  return withGitSource(await repoTop(input.cwd), (source) => checkThrough(source, input));
}
async function checkThrough(source, input) {
  const top = source.top;
  const baseBranch = input.baseBranch ?? await defaultBranch(source);
  const policy = await localPolicy(source, input, baseBranch);
  const config = policy.config;
  const root = contractsRoot(top, input.root ?? config.contracts);
  if (root && !existsSync(join(top, root)) && !input.head && !(baseBranch && await source.holds(baseBranch, root)))
    throw new InputError(`contracts root '${root}' does not exist`, top);
  const freezes = new FreezeStore(join(top, root), (n) => [root, FROZEN_DIR, n].filter(Boolean).join("/"));
  return checkSource({
    source,
    // `--root` names one folder: the configured list of folders and globs then does not apply
    config: { ...config, contracts: root, scope: input.root === void 0 ? config.scope : [] },
    baseline: { base: input.base, baseBranch, mergeFrom: "HEAD", freezes },
    head: input.head,
    workingTree: top,
    warnings: policy.warnings,
    ruleset: policy.ruleset,
    now: input.now ?? /* @__PURE__ */ new Date(),
    progress: input.progress,
    wholeTree: input.wholeTree
  });
}

export {
  policyOnBase,
  filesReadOnBase,
  filesRead,
  checkSource,
  runCheck
};
