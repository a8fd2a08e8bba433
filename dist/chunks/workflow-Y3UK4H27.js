import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  bump
} from "./chunk-BRPPCXKA.js";
import {
  printCheck
} from "./chunk-DKPYHRXK.js";
import {
  printValidation
} from "./chunk-V6QDDEXJ.js";
import "./chunk-OEIYIFPX.js";
import "./chunk-HCQ36O5V.js";
import "./chunk-UAJXAT5M.js";
import "./chunk-KCJREJXD.js";
import "./chunk-ZP6QAKNC.js";
import "./chunk-LSC7VEJX.js";
import "./chunk-HT7574KT.js";
import "./chunk-26GVR4GN.js";
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
import {
  UsageError
} from "./chunk-KNFEERHG.js";
import "./chunk-VH6BFWQB.js";
import "./chunk-555N3RVI.js";

// src/cli/commands/workflow.ts
import { parseArgs } from "node:util";
var WORKFLOW_HELP = `Usage: contract-guard workflow <patch|minor|major> "<summary>" [<module>]

The whole contract change in one step, once the contracts are edited:
  1. bump    every changed module (or <module>) by <level> from its frozen version; the changelog entry opens
             with <summary> and lists the changes; a major gets its migration note
  2. validate the whole tree (contracts parse, examples validate, the OpenAPI lint)
  3. check   what the pull request will be told
Prints every file it writes. Nothing is committed: review the changes, then commit.

Options:
  --config <file>    configuration file (default: .github/contract-guard.yml)
  -h, --help         show this help

Exit codes: 0 the check passes (or needs only council approval), 1 validate or the check fails, 2 bad input.
`;
async function workflowCommand(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { config: { type: "string" }, help: { type: "boolean", short: "h" } }
  });
  if (values.help) {
    process.stdout.write(WORKFLOW_HELP);
    return 0;
  }
  const [level, summary, module, ...extra] = positionals;
  if (level !== "patch" && level !== "minor" && level !== "major")
    throw new UsageError(`workflow needs a level first: patch, minor or major, not '${level ?? ""}'`);
  if (!summary?.trim()) throw new UsageError('workflow needs a summary: contract-guard workflow minor "add user preferences"');
  if (extra.length) throw new UsageError(`workflow takes at most one module, not ${extra.length + 1}`);
  const result = await bump({ cwd: process.cwd(), module, level, summary: summary.trim(), configPath: values.config });
  for (const line of result.written) process.stdout.write(`wrote ${line}
`);
  for (const line of result.notes) process.stdout.write(`note: ${line}
`);
  const valid = printValidation(result.report);
  printCheck(result.report);
  return valid && !result.report.blocked ? 0 : 1;
}
export {
  WORKFLOW_HELP,
  workflowCommand
};
