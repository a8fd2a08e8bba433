import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { progressOnStderr } from '../progress.js';
import { FsTree, repositoryRootOf } from '../../adapters/fs-tree.js';
import { UsageError } from '../../core/errors.js';
import { diffTrees } from '../../core/diff/tree-diff.js';
import { isRole, levelRank, type Level, type Role } from '../../core/model.js';
import { buildReport } from '../../core/report/model.js';
import { checkReadable } from '../../core/source/readable.js';
import { Documents } from '../../core/source/tree.js';
import { parseFormat, render, printErrors } from '../output.js';

export const DIFF_HELP = `Usage: contract-guard diff <base> <revision> [options]

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

export async function diffCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      format: { type: 'string' },
      judgement: { type: 'string' },
      'fail-on': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(DIFF_HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError('diff takes two paths: contract-guard diff <base> <revision>');
  const format = parseFormat(values.format);
  if (values.role !== undefined && !isRole(values.role))
    throw new UsageError(`--role must be request, response, event or storage, not '${values.role}'`);
  const role = values.role as Role | undefined;
  const judgement = values.judgement ?? 'policy';
  if (judgement !== 'policy' && judgement !== 'strict') throw new UsageError(`--judgement must be policy or strict, not '${judgement}'`);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !['major', 'minor', 'patch'].includes(failOn))
    throw new UsageError(`--fail-on must be major, minor or patch, not '${failOn}'`);
  const [a, b] = positionals.map((p) => resolve(p)) as [string, string];
  const kindOf = (p: string) => {
    try {
      return statSync(p).isDirectory() ? 'dir' : 'file';
    } catch {
      throw new UsageError(`no such file or folder: ${p}`);
    }
  };
  const ka = kindOf(a);
  if (ka !== kindOf(b)) throw new UsageError('diff compares two files or two folders, not one of each');
  let result;
  const progress = progressOnStderr();
  const onFile = (file: string) => progress.tell(file);
  let trees: [FsTree, FsTree, string[], string[]];
  let documents: { base: Documents; head: Documents };
  if (ka === 'dir') {
    trees = [new FsTree(a), new FsTree(b), [], []];
    trees[2] = trees[0].paths();
    trees[3] = trees[1].paths();
    documents = Documents.pair(trees[0], trees[1]);
    result = diffTrees(trees[0], trees[1], {
      role,
      forceRole: role !== undefined,
      looseSchemas: role !== undefined,
      documents,
      judgement,
      onFile,
    });
  } else {
    // each file is read inside its repository, so relative `$ref`s to its neighbours resolve
    const ra = repositoryRootOf(a);
    const rb = repositoryRootOf(b);
    const rel = (root: string, p: string) => relative(root, p).split(sep).join('/');
    trees = [new FsTree(ra, []), new FsTree(rb, []), [rel(ra, a)], [rel(rb, b)]];
    documents = Documents.pair(trees[0], trees[1]);
    result = diffTrees(trees[0], trees[1], {
      role: role ?? 'storage',
      forceRole: role !== undefined,
      looseSchemas: true,
      pairs: [{ base: trees[2][0]!, head: trees[3][0]! }],
      documents,
      judgement,
      onFile,
    });
  }
  progress.done();
  const report = buildReport(result);
  // every contract read whole, identical or not: parse errors, `$ref`s that resolve nowhere, `$ref` loops
  for (const [docs, paths] of [
    [documents.base, trees[2]],
    [documents.head, trees[3]],
  ] as const) {
    for (const e of checkReadable(docs, paths, () => ka === 'file').problems)
      if (!report.errors.some((k) => k.file === e.file && k.message === e.message)) report.errors.push(e);
  }
  // two files: a broken one leaves nothing to judge (exit 2, no verdict); in two folders it is that file's problem
  if (ka === 'file' && report.errors.length) {
    printErrors(report);
    return 2;
  }
  process.stdout.write(render(report, format));
  printErrors(report);
  return failOn && levelRank(report.level) >= levelRank(failOn as Level) ? 1 : 0;
}
