import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);
import {
  runCheck
} from "./chunk-OEIYIFPX.js";
import {
  POLICY_RULES
} from "./chunk-WFBQG7YW.js";

// src/cli/commands/validate.ts
import { parseArgs } from "node:util";
var VALIDATE_HELP = `Usage: contract-guard validate [--config <file>]

The health of the whole contracts tree as it is now, not only what changed: every contract parses and its $refs
resolve, every example validates against its schema, every OpenAPI document keeps the house lint (3.1 with the
2020-12 dialect, global mTLS + Bearer, 4xx responses), and the code invariants hold. Problems already in the
baseline are listed as debt; new ones fail.

Options:
  --config <file>    configuration file (default: .github/contract-guard.yml)
  -h, --help         show this help

Exit codes: 0 no new problem (debt is listed), 1 a new problem, 2 bad input.
`;
var TREE_RULES = new Set(POLICY_RULES.filter((r) => r.ratchet).map((r) => r.id));
function treeProblems(report) {
  const tree = (list) => (list ?? []).filter((v) => TREE_RULES.has(v.ruleId));
  return { fresh: tree(report.violations), debt: tree(report.warned) };
}
function printValidation(report) {
  const { fresh, debt } = treeProblems(report);
  const line = (tag, v) => process.stdout.write(`${tag} ${v.file}${v.line ? `:${v.line}` : ""}: ${v.message.replace(`${v.file}: `, "")} [${v.ruleId}]
`);
  for (const v of fresh) line("new ", v);
  for (const v of debt) line("debt", v);
  process.stdout.write(
    `validate: ${fresh.length ? `${fresh.length} new problem${fresh.length === 1 ? "" : "s"}` : "no new problems"}${debt.length ? `, ${debt.length} already in the baseline (debt)` : ""}
`
  );
  return fresh.length === 0;
}
async function validateCommand(argv) {
  const { values } = parseArgs({ args: argv, options: { config: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    process.stdout.write(VALIDATE_HELP);
    return 0;
  }
  return printValidation(await runCheck({ cwd: process.cwd(), configPath: values.config, wholeTree: true })) ? 0 : 1;
}

export {
  VALIDATE_HELP,
  treeProblems,
  printValidation,
  validateCommand
};
