#!/usr/bin/env node
// The contract-guard command line: parse, call the core through the services, render. Nothing else.
import pkg from '../../package.json' with { type: 'json' };
import { isInputError, isUsageError, UsageError } from '../core/errors.js';

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

// each command is loaded when it runs: `--help` and a small diff do not pay for what `check` or `init` need
const COMMANDS: Record<string, () => Promise<(argv: string[]) => Promise<number>>> = {
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  freeze: async () => (await import('./commands/freeze.js')).freezeCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
  new: async () => (await import('./commands/new.js')).newCommand,
  fix: async () => (await import('./commands/fix.js')).fixCommand,
  bump: async () => (await import('./commands/bump.js')).bumpCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  workflow: async () => (await import('./commands/workflow.js')).workflowCommand,
  explain: async () => (await import('./commands/explain.js')).explainCommand,
  demo: async () => (await import('./commands/demo.js')).demoCommand,
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
  const load = COMMANDS[command];
  if (!load) throw new UsageError(`unknown command '${command}' (try: ${Object.keys(COMMANDS).join(', ')})`);
  return (await load())(rest);
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
    if (isInputError(err)) process.stderr.write(`contract-guard: error: ${err.oneLine()}\n`);
    else if (isUsageError(err) || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
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
