import { parseArgs } from 'node:util';
import { fix } from '../../services/fix.js';
import { showCheck } from '../check-summary.js';

export const FIX_HELP = `Usage: contract-guard fix [--write]

The house lint's findings (with \`preset: memoryos\` in the policy) that have one safe fix, made for you:
  operation-missing-4xx   an operation with no 4xx response gets 400 (when it takes input), 401, 403 and 404
                          (with path parameters) as $refs to the shared error responses your contracts define
  openapi-not-3-1         an OpenAPI 3.1 document without jsonSchemaDialect gets the 2020-12 dialect
  (JSON Schema)           a schema without $schema that already reads as 2020-12 gets it declared
Without --write, prints the changes as a unified diff and writes nothing. Only the lines shown change: comments,
layout and line endings stay as they are.

Options:
  --write            write the changes, then show what check says
  --config <file>    configuration file (default: .github/contract-guard.yml)
  -h, --help         show this help

Exit codes: 0 nothing to fix, or fixed with --write; 1 fixes to make (shown, not written); 2 bad input.
`;

export async function fixCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { write: { type: 'boolean' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(FIX_HELP);
    return 0;
  }
  const result = await fix(process.cwd(), values.write ?? false, values.config);
  if (result.off) {
    process.stdout.write(
      'nothing to fix: these are the house lint’s fixes, and it is off (`preset: memoryos` in the policy turns it on)\n',
    );
    return 0;
  }
  if (!result.fixes.length) {
    process.stdout.write('nothing to fix\n');
    return 0;
  }
  if (!values.write) {
    process.stdout.write(result.patch);
    const n = result.fixes.reduce((k, f) => k + f.fixes.length, 0);
    process.stderr.write(
      `${n} fix${n === 1 ? '' : 'es'} in ${result.fixes.length} file${result.fixes.length === 1 ? '' : 's'}; run 'contract-guard fix --write' to make them\n`,
    );
    return 1;
  }
  for (const line of result.written) process.stdout.write(`wrote ${line}\n`);
  await showCheck(process.cwd(), values.config);
  return 0;
}
