import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  progressOnStderr
} from "./chunk-KSOAYQDT.js";
import {
  parseFormat,
  printErrors,
  render
} from "./chunk-RRAUH2I6.js";
import "./chunk-H7PA7AWM.js";
import {
  checkReadable
} from "./chunk-ZP6QAKNC.js";
import "./chunk-AZ2DVI3S.js";
import "./chunk-LSC7VEJX.js";
import "./chunk-HT7574KT.js";
import {
  FsTree,
  repositoryRootOf
} from "./chunk-26GVR4GN.js";
import "./chunk-LX5R2PVH.js";
import "./chunk-WFBQG7YW.js";
import {
  diffTrees
} from "./chunk-EHJQXAUD.js";
import "./chunk-X5YIPVHM.js";
import "./chunk-AVMXVU6T.js";
import {
  Documents
} from "./chunk-MLD5EQ7M.js";
import "./chunk-5BNPDLWZ.js";
import "./chunk-LQT5G54K.js";
import {
  buildReport
} from "./chunk-HDYLMNIM.js";
import "./chunk-76DSMZKO.js";
import {
  UsageError
} from "./chunk-KNFEERHG.js";
import {
  isRole,
  levelRank
} from "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";

// src/cli/commands/diff.ts
import { statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
var DIFF_HELP = `Usage: contract-guard diff <base> <revision> [options]

Classify the changes between two contract files or two folders.

Options:
  --role <role>      request | response | event | storage: how a JSON Schema is read
                     (default: from its path, else storage)
  --format <format>  text | json | markdown | sarif | github (default: text)
  --judgement <how>  policy (default): set inclusion proves or refutes a change, the rules keep their level;
                     strict: set inclusion decides the level of every JSON Schema change
  --fail-on <level>  major | minor | patch: exit 1 when the changes reach that level (for CI)
  -h, --help         show this help

Exit codes: 0 compared (files in two folders that cannot be read are listed under errors),
1 the changes reach --fail-on, 2 bad input or usage (including either of two files given not being readable).
`;
async function diffCommand(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: "string" },
      format: { type: "string" },
      judgement: { type: "string" },
      "fail-on": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    process.stdout.write(DIFF_HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError("diff takes two paths: contract-guard diff <base> <revision>");
  const format = parseFormat(values.format);
  if (values.role !== void 0 && !isRole(values.role))
    throw new UsageError(`--role must be request, response, event or storage, not '${values.role}'`);
  const role = values.role;
  const judgement = values.judgement ?? "policy";
  if (judgement !== "policy" && judgement !== "strict") throw new UsageError(`--judgement must be policy or strict, not '${judgement}'`);
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !["major", "minor", "patch"].includes(failOn))
    throw new UsageError(`--fail-on must be major, minor or patch, not '${failOn}'`);
  const [a, b] = positionals.map((p) => resolve(p));
  const kindOf = (p) => {
    try {
      return statSync(p).isDirectory() ? "dir" : "file";
    } catch {
      throw new UsageError(`no such file or folder: ${p}`);
    }
  };
  const ka = kindOf(a);
  if (ka !== kindOf(b)) throw new UsageError("diff compares two files or two folders, not one of each");
  let result;
  const progress = progressOnStderr();
  const onFile = (file) => progress.tell(file);
  let trees;
  let documents;
  if (ka === "dir") {
    trees = [new FsTree(a), new FsTree(b), [], []];
    trees[2] = trees[0].paths();
    trees[3] = trees[1].paths();
    documents = Documents.pair(trees[0], trees[1]);
    result = diffTrees(trees[0], trees[1], {
      role,
      forceRole: role !== void 0,
      looseSchemas: role !== void 0,
      documents,
      judgement,
      onFile
    });
  } else {
    const ra = repositoryRootOf(a);
    const rb = repositoryRootOf(b);
    const rel = (root, p) => relative(root, p).split(sep).join("/");
    trees = [new FsTree(ra, []), new FsTree(rb, []), [rel(ra, a)], [rel(rb, b)]];
    documents = Documents.pair(trees[0], trees[1]);
    result = diffTrees(trees[0], trees[1], {
      role: role ?? "storage",
      forceRole: role !== void 0,
      looseSchemas: true,
      pairs: [{ base: trees[2][0], head: trees[3][0] }],
      documents,
      judgement,
      onFile
    });
  }
  progress.done();
  const report = buildReport(result);
  for (const [docs, paths] of [
    [documents.base, trees[2]],
    [documents.head, trees[3]]
  ]) {
    for (const e of checkReadable(docs, paths, () => ka === "file").problems)
      if (!report.errors.some((k) => k.file === e.file && k.message === e.message)) report.errors.push(e);
  }
  if (ka === "file" && report.errors.length) {
    printErrors(report);
    return 2;
  }
  process.stdout.write(render(report, format));
  printErrors(report);
  return failOn && levelRank(report.level) >= levelRank(failOn) ? 1 : 0;
}
export {
  DIFF_HELP,
  diffCommand
};
