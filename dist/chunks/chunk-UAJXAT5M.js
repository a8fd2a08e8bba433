import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  isSchemaInvariant
} from "./chunk-KCJREJXD.js";
import {
  matchesAny
} from "./chunk-LIEK4HVD.js";
import {
  load
} from "./chunk-76DSMZKO.js";
import {
  InputError
} from "./chunk-KNFEERHG.js";
import {
  levelRank
} from "./chunk-VH6BFWQB.js";

// src/core/changesets.ts
var CHANGESET_DIR = ".changeset";
var isChangeset = (path) => path.startsWith(`${CHANGESET_DIR}/`) && /^[^/]+\.md$/.test(path.slice(CHANGESET_DIR.length + 1)) && !/\/README\.md$/i.test(path);
var LEVELS = /* @__PURE__ */ new Set(["major", "minor", "patch", "none"]);
function declaredBumps(files) {
  const out = /* @__PURE__ */ new Map();
  for (const { text } of files) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text.replace(/^\uFEFF/, ""))?.[1];
    if (front === void 0) continue;
    let data;
    try {
      data = load(front);
    } catch {
      continue;
    }
    if (!data || typeof data !== "object") continue;
    for (const [name, level] of Object.entries(data)) {
      if (typeof level !== "string" || !LEVELS.has(level)) continue;
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
  for (const key of pathKeys(config)) {
    const value = clean(key.get(config));
    (key.folder ? folders : files).push(value, prefix + value);
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
  const file = config.source?.file ?? "configuration";
  for (const key of pathKeys(config)) {
    const value = clean(key.get(config));
    if (!config.source?.given(key.pointer)) {
      key.set(out, prefix + value);
      continue;
    }
    const name = key.pointer.slice(1).replace(/\//g, ".");
    const underRoot = prefix + value;
    const atTop = exists(value, key.folder);
    const atRoot = prefix !== "" && !value.startsWith(prefix) && exists(underRoot, key.folder);
    if (atTop || !atRoot) {
      if (!atTop && key.required) {
        const both = prefix && !value.startsWith(prefix) ? ` nor as ${underRoot}` : "";
        throw new InputError(
          `config key ${name}: ${value} does not exist at the baseline (paths are from the repository root; not found as ${value}${both})`,
          file,
          config.source.lineOf(key.pointer)
        );
      }
      key.set(out, value);
      if (atTop && atRoot)
        warnings.push(`config key ${name}: both ${value} and ${underRoot} exist; using ${value} (paths are from the repository root)`);
      continue;
    }
    key.set(out, underRoot);
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
function deprecatedGlob(key, glob, prefix) {
  return `config key ${key}: '${glob}' matches only relative to the contracts folder; write ${prefix}${glob} (from the repository root) \u2014 this spelling is deprecated`;
}

export {
  CHANGESET_DIR,
  isChangeset,
  declaredBumps,
  changesetDraft,
  releaseNotesNamed,
  configPathCandidates,
  resolveConfigPaths
};
