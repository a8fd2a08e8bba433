import { parseArgs } from 'node:util';
import { POLICY_RULES } from '../../core/policy/policy-rules.js';
import type { Report, Violation } from '../../core/report/model.js';
import { runCheck } from '../../services/check-run.js';

export const VALIDATE_HELP = `Usage: contract-guard validate [--config <file>]

The health of the whole contracts tree as it is now, not only what changed: every contract parses and its $refs
resolve, every example validates against its schema, every OpenAPI document keeps the house lint (3.1 with the
2020-12 dialect, global mTLS + Bearer, 4xx responses), and the code invariants hold. Problems already in the
baseline are listed as debt; new ones fail.

Options:
  --config <file>    configuration file (default: .github/contract-guard.yml)
  -h, --help         show this help

Exit codes: 0 no new problem (debt is listed), 1 a new problem, 2 bad input.
`;

/** The policy rules that judge the tree itself (and are ratcheted), rather than the change. */
const TREE_RULES = new Set(POLICY_RULES.filter((r) => r.ratchet).map((r) => r.id));

export function treeProblems(report: Report): { fresh: Violation[]; debt: Violation[] } {
  const tree = (list: Violation[] | undefined) => (list ?? []).filter((v) => TREE_RULES.has(v.ruleId));
  return { fresh: tree(report.violations), debt: tree(report.warned) };
}

export function printValidation(report: Report): boolean {
  const { fresh, debt } = treeProblems(report);
  const line = (tag: string, v: Violation) =>
    process.stdout.write(`${tag} ${v.file}${v.line ? `:${v.line}` : ''}: ${v.message.replace(`${v.file}: `, '')} [${v.ruleId}]\n`);
  for (const v of fresh) line('new ', v);
  for (const v of debt) line('debt', v);
  process.stdout.write(
    `validate: ${fresh.length ? `${fresh.length} new problem${fresh.length === 1 ? '' : 's'}` : 'no new problems'}` +
      `${debt.length ? `, ${debt.length} already in the baseline (debt)` : ''}\n`,
  );
  return fresh.length === 0;
}

export async function validateCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(VALIDATE_HELP);
    return 0;
  }
  return printValidation(await runCheck({ cwd: process.cwd(), configPath: values.config, wholeTree: true })) ? 0 : 1;
}
