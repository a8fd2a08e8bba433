import { UsageError } from '../../core/errors.js';
import { explainRule, KNOWN_IDS } from '../../core/rules/explain.js';

export const EXPLAIN_HELP = `Usage: contract-guard explain <rule-id>

What a rule means, its level (by role for schema rules) or severity (policy rules), how it reads in a report,
and how to fix what it reports. Schema rules are accepted with their context prefix (response-property-removed).
`;

export async function explainCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(EXPLAIN_HELP);
    return 0;
  }
  if (argv.length !== 1) throw new UsageError('explain takes one rule id (try: contract-guard explain property-removed)');
  const id = argv[0]!;
  const lines = explainRule(id);
  if (!lines) {
    const near = KNOWN_IDS.filter((k) => k.includes(id) || id.includes(k)).slice(0, 5);
    throw new UsageError(
      `unknown rule '${id}'${near.length ? ` (did you mean: ${near.join(', ')}?)` : ''}; every rule is in docs/rules.md`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
