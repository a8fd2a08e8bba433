#!/usr/bin/env node
// The contract-guard command line: parse, call the core through the services, render. Nothing else.
import pkg from '../../package.json' with { type: 'json' };
import { InputError, UsageError } from '../core/errors.js';
import { bumpCommand } from './commands/bump.js';
import { checkCommand } from './commands/check.js';
import { demoCommand } from './commands/demo.js';
import { diffCommand } from './commands/diff.js';
import { explainCommand } from './commands/explain.js';
import { initCommand } from './commands/init.js';
import { newCommand } from './commands/new.js';
import { fixCommand } from './commands/fix.js';
import { validateCommand } from './commands/validate.js';
import { workflowCommand } from './commands/workflow.js';
import { freezeCommand } from './commands/freeze.js';

const HELP = `Usage: contract-guard <command> [options]

Commands:
  diff <base> <revision>   classify the changes between two contract files or folders
  check                    classify the contract changes of a git branch against its baseline
  freeze <command>         create, list, show, diff, verify, restore and tag frozen snapshots
  init                     set a repository up: policy, its JSON Schema, the workflow, a first freeze
  new <kind> …             write an endpoint, a schema or an event in the house style
  fix [--write]            make the safe lint fixes (missing 4xx responses, the 2020-12 dialect)
  bump [<module>]          set the versions the changes need, with the changelog entry and migration note
  validate                 the whole tree's health: contracts parse, examples validate, the OpenAPI lint
  workflow <level> "<s>"   bump, validate and check in one step, the changelog entry opening with <s>
  explain <rule-id>        what a rule means and how to fix what it reports
  demo                     run check on the bundled sample contracts and example change (npm start)

Run 'contract-guard <command> --help' for a command's options, 'contract-guard --version' for the version.
`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  diff: diffCommand,
  check: checkCommand,
  freeze: freezeCommand,
  init: initCommand,
  new: newCommand,
  fix: fixCommand,
  bump: bumpCommand,
  validate: validateCommand,
  workflow: workflowCommand,
  explain: explainCommand,
  demo: demoCommand,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V') {
    process.stdout.write(`contract-guard ${pkg.version}\n`);
    return 0;
  }
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`unknown command '${command}' (try: ${Object.keys(COMMANDS).join(', ')})`);
  return run(rest);
}

// `contract-guard check | head`: the reader left, which is not an error of ours
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof InputError) process.stderr.write(`contract-guard: error: ${err.oneLine()}\n`);
    else if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`contract-guard: ${(err as Error).message}\n`);
    } else {
      // a bug, not bad input: keep the trace off the user's screen unless asked for
      process.stderr.write(`contract-guard: internal error: ${(err as Error).message ?? String(err)}\n`);
      if (process.env.CONTRACT_GUARD_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
      process.exitCode = 3;
      return;
    }
    process.exitCode = 2;
  },
);
