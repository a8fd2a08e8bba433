import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  replaceString
} from "./chunk-DKPYHRXK.js";
import {
  runCheck
} from "./chunk-OEIYIFPX.js";
import {
  CHANGESET_DIR
} from "./chunk-UAJXAT5M.js";
import {
  repoTop
} from "./chunk-KCJREJXD.js";
import {
  idWithVersion,
  isManifest,
  looseVersion,
  nextVersion,
  readManifest
} from "./chunk-LIEK4HVD.js";
import {
  formatOf,
  parseText
} from "./chunk-76DSMZKO.js";
import {
  InputError
} from "./chunk-KNFEERHG.js";

// src/services/bump.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
async function bump(input) {
  const top = await repoTop(input.cwd);
  const check = () => runCheck({ cwd: top, root: input.root, configPath: input.configPath });
  const written = [];
  const notes = [];
  let modules = (await check()).modules.filter((m) => m.versionsFile !== void 0 || m.requiredBump !== void 0);
  if (input.module) {
    const named = modules.filter((m) => m.name === input.module);
    if (!named.length)
      throw new InputError(
        `module '${input.module}' has no contract changes since the baseline${modules.length ? ` (changed: ${modules.map((m) => m.name).join(", ")})` : ""}`
      );
    modules = named;
  }
  if (!modules.length) notes.push("no module has contract changes since the baseline: nothing to bump");
  for (const m of modules) {
    const level = input.level ?? m.requiredBump;
    if (!level || level === "none") {
      notes.push(`${m.name}: its changes need no version bump`);
      continue;
    }
    const frozen = looseVersion(m.frozenVersion);
    if (!frozen) {
      notes.push(`${m.name}: a new module (no frozen version); set its first version yourself`);
      continue;
    }
    if (m.versionInPaths) {
      notes.push(
        `${m.name}: its version is written in its paths (${m.versionsFile}); bump moves no files: publish the changes under the version the check names`
      );
      continue;
    }
    if (/(^|\/)package\.json$/.test(m.versionsFile ?? "") && existsSync(join(top, CHANGESET_DIR, "config.json"))) {
      notes.push(`${m.name}: released with changesets, so its version is left to the release; a changeset declares the bump`);
      continue;
    }
    const file = m.versionsFile && join(top, m.versionsFile);
    if (!file || !existsSync(file)) {
      notes.push(`${m.name}: ${m.versionsFile ?? "its versions file"} does not exist; create it with \`current: <version>\``);
      continue;
    }
    const next = nextVersion(frozen, level, looseVersion(m.currentVersion) ?? frozen, (/* @__PURE__ */ new Date()).toISOString().slice(0, 10));
    if (m.currentVersion === next) {
      notes.push(`${m.name}: already at ${next}`);
      continue;
    }
    const text = readFileSync(file, "utf8");
    const format = /* @__PURE__ */ ((f) => f === "json" ? f : "yaml")(formatOf(m.versionsFile));
    const path = (m.versionPointer ?? "/current").split("/").slice(1);
    let edited;
    try {
      edited = isManifest(m.versionsFile) ? replaceManifestVersion(m.versionsFile, text, next) : replaceString(text, format, path, path.join("/") === "$id" ? idBumped(text, format, m.currentVersion, next) : next);
    } catch {
      notes.push(`${m.name}: ${m.versionsFile} has no '${path.join(".")}' to update`);
      continue;
    }
    writeFileSync(file, edited);
    written.push(
      `${m.versionsFile}: ${m.name}${path.join(".") === "current" ? "" : ` ${path.join(".")}`} ${m.currentVersion ?? "(none)"} \u2192 ${next} (${level}, from the frozen ${m.frozenVersion})`
    );
  }
  const names = new Set(modules.map((m) => m.name));
  const after = await check();
  for (const draft of after.drafts ?? []) {
    if (!draft.module || !names.has(draft.module)) continue;
    const { path, after: line } = draft.proposal;
    const text = input.summary && draft.ruleId === "changelog-missing" ? draft.proposal.text.replace(/^(## .*\n)/m, `$1- ${input.summary}
`) : input.summary && draft.ruleId === "changeset-missing" ? draft.proposal.text.replace(/^(---\n[\s\S]*?\n---\n\n)/, `$1${input.summary}

`) : draft.proposal.text;
    const full = join(top, path);
    if (line === void 0) {
      if (existsSync(full)) {
        notes.push(`${path} exists: left as it is`);
        continue;
      }
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
      written.push(
        draft.ruleId === "changeset-missing" ? `${path}: a changeset declaring the ${draft.module} release its changes need` : `${path}: created from the breaking changes (fill in the dates)`
      );
      continue;
    }
    const old = readFileSync(full, "utf8");
    const eol = old.includes("\r\n") ? "\r\n" : "\n";
    const lines = old.split(/\r?\n/);
    lines.splice(line, 0, ...text.replace(/\n$/, "").split("\n"));
    writeFileSync(full, lines.join(eol));
    written.push(`${path}: added the ${draft.module} entry`);
  }
  return { written, notes, report: written.length ? await check() : after };
}
function replaceManifestVersion(file, text, next) {
  const at = readManifest(file, text)?.version;
  if (!at) throw new Error(`${file} has no version`);
  return text.slice(0, at.start) + next + text.slice(at.end);
}
function idBumped(text, format, current, next) {
  const id = parseText("$id", text, format).data.$id;
  if (typeof id !== "string") throw new Error("no $id");
  return idWithVersion(id, current, next);
}

export {
  bump
};
