import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  lintOpenApi,
  readRuleset,
  releaseTag,
  withGitSource
} from "./chunk-HCQ36O5V.js";
import {
  CONFIG_PATH,
  CONFIG_SCHEMA,
  DEFAULT_CONFIG,
  FreezeStore,
  contractScope,
  git,
  inDependencyDir,
  parseConfig,
  readVersion,
  repoTop
} from "./chunk-KCJREJXD.js";
import "./chunk-ZP6QAKNC.js";
import {
  FsTree
} from "./chunk-26GVR4GN.js";
import "./chunk-WFBQG7YW.js";
import {
  METHODS
} from "./chunk-X5YIPVHM.js";
import {
  Documents,
  MapTree
} from "./chunk-MLD5EQ7M.js";
import "./chunk-5BNPDLWZ.js";
import "./chunk-LQT5G54K.js";
import {
  findUnits,
  highestRelease,
  isManifest,
  readManifest,
  require_semver,
  versionAt,
  versionLine
} from "./chunk-LIEK4HVD.js";
import {
  ContractsLayout,
  detectKind,
  formatOf,
  isIgluSchema,
  isToolingName,
  parseText,
  pathVersion,
  referenceClosure,
  unjudgedFormat
} from "./chunk-76DSMZKO.js";
import {
  InputError,
  unlessUnreadable
} from "./chunk-KNFEERHG.js";
import {
  compareText,
  counted
} from "./chunk-VH6BFWQB.js";
import {
  __toESM
} from "./chunk-555N3RVI.js";

// src/cli/commands/init.ts
import { parseArgs } from "node:util";

// src/services/init.ts
var import_semver = __toESM(require_semver(), 1);
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

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
  versions: "versions file"
};
function referencedKind(data) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return "jsonschema";
  const o = data;
  if (METHODS.some((m) => o[m] && typeof o[m] === "object")) return "path-item";
  if ("content" in o || "in" in o && "name" in o) return "openapi-part";
  return "jsonschema";
}
function findContracts(paths, read) {
  const leftOut = [];
  const tree = new MapTree();
  const candidates = [];
  for (const p of paths) {
    if (!(/\.(ya?ml|json|avsc|avpr|avdl)$/i.test(p) || isIgluSchema(p)) || /(^|\/)_frozen\//.test(p)) continue;
    if (inDependencyDir(p)) continue;
    if (p.startsWith(".github/")) continue;
    if (isToolingName(p) && !/(^|\/)package\.json$/.test(p)) {
      leftOut.push({ file: p, why: "tooling or test file" });
      continue;
    }
    const text = read(p);
    if (text === void 0) continue;
    if (text.length > 5e6) {
      leftOut.push({ file: p, why: "over 5 MB" });
      continue;
    }
    tree.set(p, text);
    candidates.push(p);
  }
  const docs = new Documents(tree);
  const kinds = /* @__PURE__ */ new Map();
  for (const p of candidates) {
    const data = unlessUnreadable(() => docs.get(p).data);
    if (data === void 0) {
      leftOut.push({ file: p, why: "does not parse" });
      continue;
    }
    const kind = /(^|\/)package\.json$/.test(p) ? "package" : detectKind(p, void 0, data);
    if (KIND_NAMES[kind]) kinds.set(p, kind);
  }
  const closure = referenceClosure(docs, [...kinds.keys()]);
  const readable = new Set(candidates);
  for (const p of kinds.keys())
    for (const r of closure.get(p) ?? [])
      if (!kinds.has(r) && readable.has(r)) kinds.set(r, referencedKind(unlessUnreadable(() => docs.get(r).data)));
  const found = [...kinds].map(([file, kind]) => ({ file, kind: KIND_NAMES[kind] })).sort((a, b) => compareText(a.file, b.file));
  for (const p of candidates) {
    if (kinds.has(p) || /(^|\/)package\.json$/.test(p)) continue;
    const why = /(^|\/)examples?\//.test(p) ? "an example: validated against its schema, not a contract itself" : "data: no openapi, asyncapi or $schema key, and no contract references it";
    leftOut.push({ file: p, why });
  }
  return { found, leftOut: leftOut.sort((a, b) => compareText(a.file, b.file)), tree };
}
function scopeDir(file) {
  const pv = pathVersion(file);
  const parts = pv ? pv.series.split("/").slice(0, -1) : [];
  const at = parts.indexOf("{version}");
  if (!pv || at < 0) return { dir: file.slice(0, file.lastIndexOf("/")), series: false };
  return { dir: at > 0 ? parts.slice(0, at).join("/") : /^v/i.test(pv.written) ? "v[0-9]*" : "[0-9]*", series: true };
}
var topmostOf = (dirs) => dirs.filter((d) => !dirs.some((o) => o !== d && d.startsWith(o + "/")));
function scopeOf(all, packages) {
  const registries = [...new Set(all.filter(isIgluSchema).map((f) => f.split("/").slice(0, -4).join("/")))].sort();
  const iglu = registries.map((r) => `${r ? r + "/" : ""}**/jsonschema/*-*-*`);
  const files = all.filter((f) => !isIgluSchema(f));
  const scoped = files.filter((f) => f.includes("/")).map(scopeDir);
  const series = new Set(scoped.filter((s) => s.series).map((s) => s.dir));
  const parentOf = (d) => d.slice(0, Math.max(0, d.lastIndexOf("/")));
  const registry = new Set([...series].map(parentOf).filter((p, i, all2) => p && all2.indexOf(p) !== i));
  const dirs = scoped.map((s) => s.series && registry.has(parentOf(s.dir)) ? parentOf(s.dir) : s.dir);
  const topmost = topmostOf([...new Set(dirs)].sort());
  const loose = files.filter((f) => !f.includes("/"));
  const covered = (p) => loose.includes(p) || topmost.some((d) => p.startsWith(d + "/"));
  const avro = ["avsc", "avpr", "avdl"].filter((e) => files.some((f) => f.toLowerCase().endsWith(`.${e}`)));
  return [
    ...loose,
    ...packages.filter((p) => !covered(p)),
    ...topmost.map((d) => `${d}/**/*.{${["yaml", "yml", "json", ...avro].join(",")}}`),
    ...iglu
  ];
}
function detectLayout(paths, read) {
  const { found, leftOut, tree } = findContracts(paths, read);
  const contracts = found.map((f) => f.file);
  const house = contracts.some((p) => p.startsWith("contracts/"));
  const inFound = new Set(contracts);
  const versioned = (p) => /(^|\/)package\.json$/.test(p) ? /"version"\s*:/.test(read(p) ?? "") : isManifest(p) && readManifest(p, read(p) ?? "")?.version !== void 0;
  const packages = paths.filter(
    (p) => !inDependencyDir(p) && contracts.some((c) => c.startsWith(p.slice(0, p.lastIndexOf("/") + 1))) && versioned(p)
  );
  for (const p of packages) if (!tree.read(p)) tree.set(p, read(p));
  const listed = house || !contracts.length ? void 0 : scopeOf(contracts, packages);
  const single = listed?.length === 1 && /^[^/*]+\/\*\*\/\*\.\{yaml,yml,json(,avsc)?(,avpr)?(,avdl)?\}$/.test(listed[0]) ? listed[0].split("/")[0] : void 0;
  const root = house ? "contracts" : single ?? "";
  const scope = single ? void 0 : listed;
  const docs = new Documents(tree);
  const unitPaths = tree.paths().filter((p) => house ? p.startsWith("contracts/") : inFound.has(p) || packages.includes(p));
  const rootLayout = new ContractsLayout(root);
  const units = findUnits(unitPaths, docs, rootLayout, []).list.map((u) => ({
    name: u.name,
    version: versionAt(docs, u.home),
    file: u.home?.file ?? "",
    line: u.home ? versionLine(docs, u.home) : void 0,
    key: u.home ? u.home.pointer.slice(1).replace(/\//g, ".") : ""
  }));
  const under = (p) => root ? p.startsWith(root + "/") : true;
  const rel = (p) => root ? p.slice(root.length + 1) : p;
  const versions = contracts.filter((p) => under(p) && /(^|\/)versions\.ya?ml$/.test(p)).map(rel);
  const moduleFiles = versions.filter((p) => p.split("/").length === 3);
  const modulesRoot = moduleFiles.length ? mostCommon(moduleFiles.map((p) => p.split("/")[0])) : "modules";
  const modules = moduleFiles.filter((p) => p.startsWith(modulesRoot + "/")).map((p) => p.split("/")[1]);
  const at = (p) => root ? `${root}/${p}` : p;
  const changelog = [at("CHANGELOG.md"), "CHANGELOG.md"].find((p) => paths.includes(p));
  const unitChangelogs = paths.filter((p) => p.endsWith("/CHANGELOG.md") && p !== changelog && !inDependencyDir(p));
  const envelopeFile = contracts.find((p) => under(p) && /envelope[^/]*\.schema\.(json|ya?ml)$/i.test(p));
  let envelope;
  if (envelopeFile) {
    try {
      const doc = parseText(envelopeFile, read(envelopeFile) ?? "", formatOf(envelopeFile) ?? "yaml").data;
      const keep = Array.isArray(doc?.required) ? doc.required.filter((k) => typeof k === "string") : [];
      if (keep.length) envelope = { file: envelopeFile, keep };
    } catch {
    }
  }
  const spectral = paths.find((p) => SPECTRAL.test(p) && !p.startsWith("node_modules/") && !/^\.spectral\.(ya?ml|json)$/.test(p));
  return {
    ...spectral ? { spectral: { file: spectral } } : {},
    root,
    ...scope ? { scope } : {},
    found: found.filter((f) => f.kind !== "package"),
    leftOut,
    units,
    modulesRoot,
    modules: modules.sort(),
    ...changelog ? { changelog } : {},
    ...unitChangelogs.length ? { unitChangelogs } : {},
    migrations: at("migrations"),
    ...versions.includes("versions.yaml") ? { globalsVersions: at("versions.yaml") } : {},
    ...envelope ? { envelope } : {},
    examples: [
      ...new Set(paths.filter((p) => under(p) && /(^|\/)examples\//.test(p)).map((p) => p.slice(0, p.indexOf("examples/") + 8)))
    ].sort()
  };
}
function mostCommon(values) {
  const n = /* @__PURE__ */ new Map();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0][0];
}
var q = (s) => /^[\w./-]+$/.test(s) ? s : JSON.stringify(s);
function configText(l, schemaFile) {
  const lines = [
    `# yaml-language-server: $schema=./${schemaFile}`,
    "# contract-guard policy. It is read from the default branch, so a pull request cannot weaken the rules it is",
    "# judged by. Every key is optional; docs/policy.md lists them all. Paths are from the repository root.",
    "",
    ...l.scope ? [
      "# the contracts, found by what they hold: folders, files and globs (a new contract elsewhere: add it here)",
      "contracts:",
      ...l.scope.map((s) => `  - ${JSON.stringify(s)}`)
    ] : [`contracts: ${q(l.root || ".")}                 # the contracts folder`],
    ...l.modules.length || !l.scope ? [
      "modules:",
      `  root: ${q(l.modulesRoot)}                # <contracts>/${l.modulesRoot}/<name>/versions.yaml${l.modules.length ? ` (found: ${l.modules.join(", ")})` : " (none found yet)"}`
    ] : [],
    ...l.units.length ? [
      "# versioned units found (each carries one version; a change needs a bump where it is written):",
      ...l.units.map(
        (u) => `#   ${u.name}: ${u.version ?? "no version"} at ${u.file}${u.line ? `:${u.line}` : ""}${u.key ? ` (${u.key})` : ""}`
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
    l.unitChangelogs ? `  ${l.changelog ? `changelog: ${q(l.changelog)}` : "# changelog: CHANGELOG.md"}   # a unit with a CHANGELOG.md of its own keeps its entries there (${l.unitChangelogs[0]}${l.unitChangelogs.length > 1 ? `, +${l.unitChangelogs.length - 1} more` : ""})` : l.changelog ? `  changelog: ${q(l.changelog)}` : `  # changelog: CHANGELOG.md   # none found: a major or minor change will be offered a first entry there`,
    `  migrations: ${q(l.migrations)}   # one note per breaking version: <module>-<version>.md`,
    "  deprecation_releases: 2      # freezes a field stays deprecated before it may be removed",
    "",
    "# after a merge to the default branch: off, tag (contracts-<module>-<version>) or commit (a new freeze)",
    "freeze:",
    "  on_merge: off"
  ];
  const events = l.found.filter((f) => f.kind === "AsyncAPI" || f.kind === "Avro schema");
  if (events.length) {
    const avro = events.find((f) => f.kind === "Avro schema");
    lines.push(
      "",
      `# events (found: ${events.map((f) => f.file).join(", ")}): a breaking change to a channel in use may need a new versioned`,
      "# channel beside it (new-channel), or a major bump and the council are enough (bump, the default)",
      "# events:",
      "#   breaking: new-channel",
      "# a schema registry's compatibility per unit or file: backward, forward, full, none, each also _transitive (every freeze)",
      "# compatibility:",
      `#   - { files: [${JSON.stringify(avro ? avro.file.replace(/[^/]+$/, "**/*.avsc") : "**/asyncapi.yaml")}], mode: backward_transitive }`
    );
  }
  if (l.envelope)
    lines.push(
      "",
      "# frozen fields no change may remove (found: the event envelope and its required fields)",
      "invariants:",
      "  - id: event-envelope",
      `    file: ${q(l.envelope.file)}`,
      `    keep: [${l.envelope.keep.map(q).join(", ")}]`
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
    l.preset ? "# house rules your OpenAPI documents already follow: global mTLS + Bearer, /health exempt, a 4xx on every operation, 3.1" : "# house rules (global mTLS + Bearer, /health exempt, a 4xx on every operation, 3.1): your documents do not all follow them",
    l.preset ? "preset: memoryos" : "# preset: memoryos"
  );
  if (l.spectral && !l.spectral.refused)
    lines.push(
      "",
      "# the Spectral ruleset run in the same check (new error findings block)",
      "spectral:",
      `  ruleset: ${q(l.spectral.file)}`
    );
  else if (l.spectral)
    lines.push(
      "",
      `# ${l.spectral.file} cannot run in the check: ${l.spectral.refused}`,
      "# spectral:",
      `#   ruleset: ${q(l.spectral.file)}`
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

// src/services/init.ts
var SCHEMA_PATH = ".github/contract-guard.schema.json";
var WORKFLOW_PATH = ".github/workflows/contract-guard.yml";
async function init(cwd, action) {
  const top = await repoTop(cwd);
  const listed = await git(top).raw(["ls-files", "--cached", "--others", "--exclude-standard", "-z"]);
  const paths = listed.split("\0").filter(Boolean);
  const read = (p) => existsSync(join(top, p)) ? readFileSync(join(top, p), "utf8") : void 0;
  const layout = detectLayout(paths, read);
  if (layout.spectral) {
    try {
      await readRuleset({ ...DEFAULT_CONFIG, spectral: { ruleset: layout.spectral.file } }, async (p) => read(p));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      layout.spectral.refused = err.message.replace(/^Spectral ruleset refused: /, "");
    }
  }
  const docs = new Documents(new FsTree(top, [layout.root]));
  const candidates = layout.found.map((f) => f.file);
  const apis = candidates.filter(
    (p) => detectKind(
      p,
      void 0,
      unlessUnreadable(() => docs.get(p).data)
    ) === "openapi"
  );
  if (apis.length && !lintOpenApi(docs, apis).length) layout.preset = "memoryos";
  const written = [];
  const kept = [];
  const write = (path, text, what) => {
    const full = join(top, path);
    if (existsSync(full)) {
      kept.push(path);
      return;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    written.push(`${path} (${what})`);
  };
  const policy = configText(layout, SCHEMA_PATH.split("/").pop());
  parseConfig(CONFIG_PATH, policy);
  write(CONFIG_PATH, policy, "the policy, with comments");
  write(SCHEMA_PATH, JSON.stringify(CONFIG_SCHEMA, null, 2) + "\n", "its JSON Schema, for editors");
  write(WORKFLOW_PATH, workflowText(action), "the Action on pull requests and after merges");
  const root = join(top, layout.root);
  if (existsSync(root) && layout.found.length) {
    const inScope = contractScope({ contracts: layout.root, scope: layout.scope ?? [] });
    const prefix = layout.root ? layout.root + "/" : "";
    const store = new FreezeStore(
      root,
      (n) => [layout.root, "_frozen", n].filter(Boolean).join("/"),
      (p) => inScope(prefix + p)
    );
    if (!store.latest()) {
      const tagged = await withGitSource(top, (source) => releaseTag(source, "HEAD")).catch(() => void 0);
      const version = firstFreezeVersion(layout, read, tagged?.version);
      const { file, freeze } = store.create(version, {});
      written.push(`${file} (the first freeze: v${version}, ${counted(freeze.artifacts.length, "artifact")})`);
    } else kept.push(`${layout.root || "."}/_frozen (freezes exist)`);
  }
  const policyNow = unlessUnreadable(() => parseConfig(CONFIG_PATH, readFileSync(join(top, CONFIG_PATH), "utf8")));
  const notes = policyNow && !policyNow.council.teams.length && !policyNow.council.users.length ? [
    `the Contract Council is empty: no one can approve a major change until council.teams or council.users in ${CONFIG_PATH} names someone`
  ] : [];
  const unjudged = paths.filter((p) => !inDependencyDir(p)).flatMap((p) => {
    const u = unjudgedFormat(p);
    return u ? [`${p} (${u.format}: ${u.tool})`] : [];
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
  if (globals && import_semver.default.valid(globals)) return globals;
  return highestRelease(layout.units.map((u) => u.version)) ?? tagged ?? "1.0.0";
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
  for (const f of layout.found) out(`  ${f.file} (${f.kind})`);
  if (layout.leftOut.length) {
    out(`left out ${layout.leftOut.length} YAML/JSON file${layout.leftOut.length === 1 ? "" : "s"}:`);
    for (const f of layout.leftOut.slice(0, 20)) out(`  ${f.file}: ${f.why}`);
    if (layout.leftOut.length > 20) out(`  \u2026 and ${layout.leftOut.length - 20} more`);
  }
  for (const u of layout.units)
    out(
      `unit ${u.name}: ${u.version ?? "no version"}${u.file ? ` at ${u.file}${u.line ? `:${u.line}` : ""}${u.key ? ` (${u.key})` : ""}` : ""}`
    );
  if (layout.modules.length) out(`modules under ${layout.modulesRoot}/: ${layout.modules.join(", ")}`);
  if (layout.envelope) out(`invariant: ${layout.envelope.file} keeps ${layout.envelope.keep.join(", ")}`);
  for (const w of written) out(`wrote ${w}`);
  for (const k of kept) out(`kept ${k}: it exists, not overwritten`);
  for (const n of notes) out(`note: ${n}`);
  if (written.length) out("next: fill in council.teams, commit these files, and make the contract-guard check required (README).");
  return 0;
}
export {
  INIT_HELP,
  initCommand
};
