import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  runCheck
} from "./chunk-OEIYIFPX.js";
import "./chunk-HCQ36O5V.js";
import "./chunk-UAJXAT5M.js";
import "./chunk-KCJREJXD.js";
import {
  progressOnStderr
} from "./chunk-KSOAYQDT.js";
import {
  parseFormat,
  printErrors,
  render
} from "./chunk-RRAUH2I6.js";
import "./chunk-H7PA7AWM.js";
import "./chunk-ZP6QAKNC.js";
import "./chunk-AZ2DVI3S.js";
import "./chunk-LSC7VEJX.js";
import "./chunk-HT7574KT.js";
import "./chunk-26GVR4GN.js";
import "./chunk-LX5R2PVH.js";
import "./chunk-WFBQG7YW.js";
import "./chunk-EHJQXAUD.js";
import "./chunk-X5YIPVHM.js";
import "./chunk-AVMXVU6T.js";
import "./chunk-MLD5EQ7M.js";
import "./chunk-5BNPDLWZ.js";
import "./chunk-LQT5G54K.js";
import "./chunk-HDYLMNIM.js";
import "./chunk-LIEK4HVD.js";
import "./chunk-76DSMZKO.js";
import "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";

// src/cli/commands/check.ts
import { parseArgs } from "node:util";
var CHECK_HELP = `Usage: contract-guard check [options]

In a git repository, classify the contract changes between a baseline and a head, grouped by module.

Options:
  --base <spec>      baseline: a git ref, freeze:<version> or tag:<name>
                     (default: the latest freeze on the base branch, else module tags,
                     else the merge-base with the base branch)
  --base-branch <b>  the branch the change goes into (default: the repository's default branch)
  --head <ref>       head git ref (default: the working tree)
  --root <folder>    contracts folder relative to the repository root (default: the config's, else contracts)
  --config <file>    configuration file (default: .github/contract-guard.yml; built-in defaults when absent)
  --format <format>  text | json | markdown | sarif | github (default: text)
  -h, --help         show this help

A contract that cannot be read (bad YAML/JSON, a $ref that resolves nowhere, a $ref loop) is listed under
errors and judged by the contract-unreadable rule; every other file is still judged.

Exit codes: 0 not blocked (council approval is reported, not enforced, here), 1 blocked,
2 unusable input as a whole (no repository or contracts folder, bad config, bad arguments).
`;
async function checkCommand(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      base: { type: "string" },
      "base-branch": { type: "string" },
      head: { type: "string" },
      root: { type: "string" },
      config: { type: "string" },
      format: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    process.stdout.write(CHECK_HELP);
    return 0;
  }
  const format = parseFormat(values.format);
  const progress = progressOnStderr();
  const report = await runCheck({
    progress: (file) => progress.tell(file),
    cwd: process.cwd(),
    base: values.base,
    baseBranch: values["base-branch"],
    head: values.head,
    root: values.root,
    configPath: values.config
  });
  progress.done();
  process.stdout.write(render(report, format));
  printErrors(report);
  return report.blocked ? 1 : 0;
}
export {
  CHECK_HELP,
  checkCommand
};
