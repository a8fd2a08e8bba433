import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  contractsOf
} from "./chunk-KZUDJQIB.js";
import "./chunk-UAJXAT5M.js";
import {
  DEFAULT_CONFIG,
  FreezeStore,
  freezeScope,
  freezeTree,
  git,
  loadConfig,
  moduleTagName,
  repoTop,
  restoreFreeze
} from "./chunk-KCJREJXD.js";
import {
  parseFormat,
  printErrors,
  render
} from "./chunk-RRAUH2I6.js";
import "./chunk-H7PA7AWM.js";
import "./chunk-AZ2DVI3S.js";
import "./chunk-LSC7VEJX.js";
import "./chunk-HT7574KT.js";
import {
  FsTree
} from "./chunk-26GVR4GN.js";
import "./chunk-LX5R2PVH.js";
import "./chunk-WFBQG7YW.js";
import {
  Documents,
  filterTree
} from "./chunk-MLD5EQ7M.js";
import "./chunk-5BNPDLWZ.js";
import "./chunk-LQT5G54K.js";
import "./chunk-HDYLMNIM.js";
import "./chunk-LIEK4HVD.js";
import {
  ContractsLayout
} from "./chunk-76DSMZKO.js";
import {
  UsageError,
  unlessUnreadable
} from "./chunk-KNFEERHG.js";
import {
  counted
} from "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";

// src/cli/commands/freeze.ts
import { join } from "node:path";
import { parseArgs } from "node:util";

// src/services/tags.ts
async function tagModules(top, root, options = {}) {
  const g = git(top);
  const have = new Set(
    (await g.raw(["tag", "--list", "contracts-*"])).split("\n").map((t) => t.trim()).filter(Boolean)
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
      await g.raw(["tag", tag, "HEAD"]);
      created.push(tag);
    }
  }
  if (options.push && created.length) await g.raw(["push", options.remote ?? "origin", ...created.map((t) => `refs/tags/${t}`)]);
  return { created, existing };
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
  const rootDir = join(top, root);
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
      const f = stored.freeze;
      if (format === "json")
        out(
          JSON.stringify(
            {
              version: f.version,
              label: f.label,
              created_at: f.created_at,
              file: stored.file,
              artifacts: f.artifacts.map(({ content: _c, ...a }) => a)
            },
            null,
            2
          ) + "\n"
        );
      else {
        out(
          `v${f.version}${f.label ? ` (${f.label})` : ""}  ${f.created_at}  ${counted(f.artifacts.length, "artifact")}  ${stored.file}
`
        );
        for (const a of f.artifacts) out(`  ${a.sha256.slice(0, 12)}  ${String(a.size).padStart(8)}  ${a.path}
`);
      }
      return 0;
    }
    case "diff": {
      const a = store.get(need(args[0], "freeze diff <a> [<b>]"));
      const keep2 = (p) => !layout.isFrozen(p);
      const base = freezeTree(a.freeze, root);
      const head = args[1] ? freezeTree(store.get(args[1]).freeze, root) : filterTree(new FsTree(top, [root]), keep2);
      const [{ diffTrees }, { buildReport }, { findUnits }] = await Promise.all([
        import("./tree-diff-OVZXNTAK.js"),
        import("./model-YY5CG5PF.js"),
        import("./units-TYIXROEJ.js")
      ]);
      const units = unlessUnreadable(() => loadConfig(top, {}))?.units ?? [];
      const documents = Documents.pair(base, head);
      const baseUnits = findUnits(base.paths(), documents.base, layout, units);
      const headUnits = findUnits(head.paths(), documents.head, layout, units, baseUnits);
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
      for (const l of lineEndings)
        out(`line endings differ only: ${l} (hashed with some CRLF lines the stored text no longer has; not an edit)
`);
      if (crlf)
        out(
          `note: ${crlf} artifact record${crlf === 1 ? " was" : "s were"} hashed over CRLF line endings (a freeze written on Windows) and match their content with CRLF: accepted
`
        );
      for (const f of findings) out(`MISMATCH ${f.file}${f.path ? ` ${f.path}` : ""}: ${f.message}
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
      for (const p of plan.write) out(`${verb}restore ${[root, p].filter(Boolean).join("/")}
`);
      for (const p of plan.remove) out(`${verb}remove ${[root, p].filter(Boolean).join("/")}
`);
      out(
        `${values["dry-run"] ? "dry run: " : ""}${plan.write.length} restored, ${plan.remove.length} removed, ${plan.unchanged} unchanged (freeze v${stored.freeze.version})
`
      );
      return 0;
    }
    case "tag": {
      const { created, existing } = await tagModules(top, root, { push: values.push });
      for (const t of created) out(`created tag ${t}${values.push ? " (pushed)" : ""}
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
