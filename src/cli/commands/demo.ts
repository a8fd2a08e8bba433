// `npm start`: the main job on the bundled sample. A throwaway git repository holds the sample contracts on
// `main` and the bundled example change on a branch; `check` then judges the change as it would on a PR.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { git } from '../../adapters/git-tree.js';
import { runCheck } from '../../services/check-run.js';
import { parseFormat, render, printErrors } from '../output.js';

export const DEMO_HELP = `Usage: contract-guard demo [--format text|json|markdown] [--keep]

Run check on the bundled sample contracts (contracts/) and the bundled example change
(examples/change/), in a temporary git repository. No network, no setup.
`;

export function projectDir(): string {
  // dist/cli.js and src/cli/commands/demo.ts both find the project root by walking up to package.json
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { format: { type: 'string' }, keep: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(DEMO_HELP);
    return 0;
  }
  const format = parseFormat(values.format);
  const project = projectDir();
  const example = join(project, 'examples', 'change');
  const work = mkdtempSync(join(tmpdir(), 'contract-guard-demo-'));
  try {
    cpSync(join(project, 'contracts'), join(work, 'contracts'), { recursive: true });
    const g = git(work);
    const author = ['-c', 'user.name=contract-guard demo', '-c', 'user.email=demo@contract-guard.invalid', '-c', 'commit.gpgsign=false'];
    await g.raw(['init', '--quiet', '--initial-branch=main']);
    await g.raw(['add', '-A']);
    await g.raw([...author, 'commit', '--quiet', '-m', 'contracts: sample baseline']);
    await g.raw(['checkout', '--quiet', '-b', 'example-change']);
    cpSync(join(example, 'files'), work, { recursive: true });
    const deletions = join(example, 'deleted.txt');
    if (existsSync(deletions)) {
      for (const line of readFileSync(deletions, 'utf8')
        .split('\n')
        .map((l) => l.trim())) {
        if (line && !line.startsWith('#')) rmSync(resolve(work, line), { force: true });
      }
    }
    await g.raw(['add', '-A']);
    await g.raw([...author, 'commit', '--quiet', '-m', 'example change']);
    if (format === 'text') {
      const about = readFileSync(join(example, 'README.md'), 'utf8')
        .split('\n')
        .find((l) => l.trim() && !l.startsWith('#'));
      process.stdout.write(`Sample: ${join(project, 'contracts')}\nExample change: ${about ?? 'examples/change'}\n\n`);
    }
    // no --base: the baseline is the latest freeze on main, as on a pull request
    const report = await runCheck({ cwd: work, baseBranch: 'main', head: 'example-change' });
    process.stdout.write(render(report, format));
    // the demo shows a blocked change on purpose: that is what it is for, so it succeeds
    printErrors(report);
    return 0;
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    else process.stderr.write(`kept ${work}\n`);
  }
}
