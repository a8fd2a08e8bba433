// One baseline resolver, two tree sources: a pull request read from a git repository and read through the REST API
// (the fake GitHub) is judged against the same baseline, with the same changes and verdict.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { getOctokit } from '@actions/github';
import { FsTree } from '../src/adapters/fs-tree.js';
import { GitSource } from '../src/adapters/git-source.js';
import { planFetch } from '../src/app/fetch-plan.js';
import { DEFAULT_CONFIG } from '../src/core/policy/config.js';
import type { InputError } from '../src/core/errors.js';
import { LIMITS } from '../src/core/source/limits.js';
import { Oversized } from '../src/core/source/withheld.js';
import { Documents } from '../src/core/source/tree.js';
import { reportJson } from '../src/core/report/json.js';
import { OctokitPort } from '../src/github/octokit-port.js';
import { RestSource } from '../src/github/rest-source.js';
import { checkSource, runCheck, type SourceCheck } from '../src/services/check-run.js';
import type { TreeSource } from '../src/services/tree-source.js';
import { FakeGitHub } from './fake-github.js';
import { commitAll, gitRepo, gitRepoFrozen, gitRun, PROJECT, runCli, tempDir, writeTree } from './helpers.js';
import type { Report } from '../src/core/report/model.js';
import { shopSpec } from './fixtures.js';

const fake = new FakeGitHub();
let repo = '';
const sha: Record<string, string> = {};

before(async () => {
  await fake.start();
  fake.gitRoot = tempDir('cg-gitroot-');
  // no freeze yet: the baseline is the shop module's tag, the rest from the merge-base
  repo = gitRepo({
    'contracts/modules/shop/versions.yaml': 'current: 1.0.0\n',
    'contracts/modules/shop/api/openapi.yaml': shopSpec({ name: true, required: [] }),
    'contracts/modules/shop/events/order.schema.json': JSON.stringify({ type: 'object', properties: { id: { type: 'string' } } }),
    'contracts/CHANGELOG.md': '# log\n',
  });
  gitRun(repo, 'tag', 'contracts-shop-1.0.0');
  gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
  writeTree(repo, {
    'contracts/modules/shop/api/openapi.yaml': shopSpec({ name: false, required: [] }),
    'contracts/modules/shop/events/order.schema.json': JSON.stringify({ type: 'object', properties: { id: { type: 'integer' } } }),
    'contracts/modules/shop/versions.yaml': 'current: 1.1.0\n',
  });
  commitAll(repo, 'feature');
  sha.feature = gitRun(repo, 'rev-parse', 'HEAD').trim();
  // a tag pushed on the branch's own head: no baseline, in either source
  gitRun(repo, 'tag', 'contracts-shop-1.1.0');
  gitRun(repo, 'checkout', '--quiet', 'main');
  writeTree(repo, { 'contracts/README.md': 'main moved on after the branch\n' });
  commitAll(repo, 'main moves');
  const bare = join(fake.gitRoot, 'acme', 'shop.git');
  gitRun(fake.gitRoot, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  gitRun(repo, 'push', '--quiet', bare, '+refs/heads/*:refs/heads/*', '+refs/tags/*:refs/tags/*');
});
after(() => fake.stop());

/** The git processes `run` starts (arguments, one line each), logged by a `git` ahead of the real one on PATH. */
async function gitCalls(run: () => Promise<void>): Promise<string[]> {
  const shim = tempDir('cg-git-shim-');
  const log = join(shim, 'calls');
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(join(shim, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
  writeFileSync(log, '');
  const path = process.env.PATH;
  process.env.PATH = `${shim}:${path}`;
  try {
    await run();
  } finally {
    process.env.PATH = path;
  }
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

/** The check of `head` against main, through `source`. */
function judgeHead(head: string) {
  return (source: TreeSource) => {
    const check: SourceCheck = {
      source,
      config: { ...DEFAULT_CONFIG },
      baseline: { baseBranch: 'main', mergeFrom: head },
      head,
      now: new Date('2026-11-22T00:00:00Z'),
    };
    return checkSource(check);
  };
}

const judge = (source: TreeSource) => judgeHead(sha.feature!)(source);

/** `dir`'s branches served by the fake GitHub as acme/<name>; the REST source of it. */
function serve(dir: string, name: string): RestSource {
  const bare = join(fake.gitRoot!, 'acme', `${name}.git`);
  gitRun(fake.gitRoot!, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  gitRun(dir, 'push', '--quiet', bare, '+refs/heads/*:refs/heads/*');
  return new RestSource(new OctokitPort(getOctokit('token', { baseUrl: fake.url }) as never, 'acme', name));
}

describe('tree sources', () => {
  test('the files a head changes are told by name; through the API, past the 300 files a compare lists, they are not guessed', async () => {
    const port = new OctokitPort(getOctokit('token', { baseUrl: fake.url }) as never, 'acme', 'shop');
    const fork = gitRun(repo, 'merge-base', 'main', sha.feature!).trim();
    const expected = [
      'contracts/modules/shop/api/openapi.yaml',
      'contracts/modules/shop/events/order.schema.json',
      'contracts/modules/shop/versions.yaml',
    ];
    assert.deepEqual(await new GitSource(repo).changedPaths(fork, sha.feature!), expected);
    assert.deepEqual(await new RestSource(port).changedPaths(fork, sha.feature!), expected);
    // 300 documents changed, and a contract after them: GitHub's compare stops at 300, so the API cannot say
    const many = join(tempDir('cg-many-'), 'w');
    gitRun(tempDir(), 'clone', '--quiet', repo, many);
    gitRun(many, 'checkout', '--quiet', '-b', 'many', sha.feature!);
    writeTree(many, Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`docs/${String(i).padStart(3, '0')}.md`, `${i}\n`])));
    writeTree(many, { 'zz/contracts.yaml': 'x: 1\n' });
    commitAll(many, 'many');
    const head = gitRun(many, 'rev-parse', 'HEAD').trim();
    gitRun(many, 'push', '--quiet', join(fake.gitRoot!, 'acme', 'shop.git'), 'many');
    assert.equal((await new GitSource(many).changedPaths(sha.feature!, head))!.length, 301);
    assert.equal(await new RestSource(port).changedPaths(sha.feature!, head), undefined);
  });

  test('git and the REST API give the same baseline, changes and verdict', async () => {
    const port = new OctokitPort(getOctokit('token', { baseUrl: fake.url }) as never, 'acme', 'shop');
    const viaGit = await judge(new GitSource(repo));
    const viaApi = await judge(new RestSource(port));
    assert.match(viaGit.baseline!, /^module tags contracts-shop-1\.0\.0; other modules from the merge-base with main/);
    assert.equal(viaApi.baseline, `${viaGit.baseline} (read through the API)`);
    for (const report of [viaGit, viaApi])
      assert.ok(
        report.warnings.includes('tag contracts-shop-1.1.0 is not on main: not a baseline (a release tag marks a commit merged there)'),
      );
    assert.equal(viaGit.level, 'major');
    assert.ok(
      viaGit.changes.some((c) => c.ruleId === 'event-type-changed'),
      'the event schema change is seen',
    );
    const withoutNote = (text: string) => text.replaceAll(' (read through the API)', '');
    assert.equal(withoutNote(reportJson(viaApi)), reportJson(viaGit));
  });

  test('a freeze and a file past 10 MB are read whole through the API, as git reads them (raw: GitHub leaves content past 1 MB out of its JSON, and octokit cannot parse JSON past ~10 MB)', async () => {
    const schema = (type: string) => JSON.stringify({ type: 'object', properties: { p0: { type }, p1: { type: 'string' } } });
    const big = gitRepoFrozen({
      'contracts/modules/shop/versions.yaml': 'current: 1.0.0\n',
      'contracts/modules/shop/events/big.schema.json': schema('string'),
      'contracts/modules/shop/examples/large.json': JSON.stringify({ note: 'n'.repeat(11 * 1024 * 1024) }),
    });
    const latest = execFileSync('git', ['ls-files', '*freeze-latest.json'], { cwd: big, encoding: 'utf8' }).trim();
    assert.ok(readFileSync(join(big, latest)).length > 10 * 1024 * 1024, 'the freeze is past 10 MB');
    gitRun(big, 'checkout', '--quiet', '-b', 'feature');
    writeTree(big, { 'contracts/modules/shop/events/big.schema.json': schema('integer') });
    commitAll(big, 'p0 becomes an integer');
    const head = gitRun(big, 'rev-parse', 'HEAD').trim();
    gitRun(big, 'checkout', '--quiet', 'main');
    const api = serve(big, 'big');
    const judgeBig = judgeHead(head);
    const viaGit = await judgeBig(new GitSource(big));
    const viaApi = await judgeBig(api);
    assert.match(viaGit.baseline!, /^freeze v1\.0\.0 from \S*freeze-latest\.json on main/);
    assert.equal(viaApi.baseline, `${viaGit.baseline} (read through the API)`);
    assert.ok(
      viaGit.changes.some((c) => c.ruleId === 'event-type-changed' && c.pointer.includes('p0')),
      'the change is seen against the freeze',
    );
    assert.equal(reportJson(viaApi).replaceAll(' (read through the API)', ''), reportJson(viaGit));
    // over the size limit, where the host gave its size (the API, the App's partial clone), the freeze is refused by
    // name, never taken for no freeze (the merge-base)
    const [blob, size] = execFileSync('git', ['ls-tree', '-l', 'main', latest], { cwd: big, encoding: 'utf8' }).split(/\s+/).slice(2, 4);
    const limit = LIMITS.maxFileBytes;
    LIMITS.maxFileBytes = 1024 * 1024;
    try {
      const tooLarge = /freeze-latest\.json.*over the 1\.0 MB limit|over the 1\.0 MB limit.*freeze-latest\.json/s;
      const refusal = (err: unknown) => tooLarge.test(`${(err as InputError).file}: ${(err as Error).message}`);
      const sized = new GitSource(big);
      sized.knowSizes(new Map([[blob!, Number(size)]])); // as the App's partial clone knows them from the host
      await assert.rejects(judgeBig(sized), refusal, 'git, sizes known');
      await assert.rejects(
        judgeBig(new RestSource(new OctokitPort(getOctokit('token', { baseUrl: fake.url }) as never, 'acme', 'big'))),
        refusal,
        'the API',
      );
    } finally {
      LIMITS.maxFileBytes = limit;
    }
  });

  test('what a check reads of one tree is bounded alike by git, the API, the working tree and the planned fetch', async () => {
    // three schemas of ~30 KB under a 64 KB budget: the first two are read, the third stands in, never read or fetched
    const schema = (n: number) => JSON.stringify({ type: 'object', description: String(n).repeat(30_000) });
    const files = ['a', 'b', 'c'].map((n) => `contracts/modules/shop/${n}.schema.json`);
    const dir = gitRepo({
      'contracts/modules/shop/versions.yaml': 'current: 1.0.0\n',
      ...Object.fromEntries(files.map((f, i) => [f, schema(i)])),
    });
    const head = gitRun(dir, 'rev-parse', 'HEAD').trim();
    const bare = join(fake.gitRoot!, 'acme', 'budget.git');
    gitRun(fake.gitRoot!, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
    gitRun(dir, 'push', '--quiet', bare, '+refs/heads/*:refs/heads/*');
    const port = new OctokitPort(getOctokit('token', { baseUrl: fake.url }) as never, 'acme', 'budget');
    const budget = LIMITS.maxTreeBytes;
    LIMITS.maxTreeBytes = 64 * 1024;
    try {
      const trees = [
        await new GitSource(dir).tree(head, 'contracts'),
        await new RestSource(port).tree(head, 'contracts'),
        new FsTree(dir, ['contracts']),
      ];
      for (const tree of trees) {
        assert.deepEqual(
          files.map((f) => tree.read(f) instanceof Oversized),
          [false, false, true],
        );
        assert.throws(
          () => new Documents(tree).get(files[2]!),
          /not read: with the files before it \(in path order\), it would pass the 0.1 MB/,
        );
      }
      const blob = (f: string) => gitRun(dir, 'rev-parse', `HEAD:${f}`).trim();
      const plan = await planFetch(
        port,
        { number: 1, baseRef: 'main', headSha: head },
        () => () => true,
        () => {},
      );
      assert.ok(plan.wants.includes(blob(files[1]!)) && !plan.wants.includes(blob(files[2]!)), 'the third is not fetched');
      assert.equal(plan.unfetched?.get(blob(files[2]!)), schema(2).length);
    } finally {
      LIMITS.maxTreeBytes = budget;
    }
  });

  test('a symbolic link is read from no source: git, the REST API and the working tree agree', async () => {
    const linked = gitRepo({
      'contracts/modules/shop/versions.yaml': 'current: 1.0.0\n',
      'contracts/modules/shop/events/order.schema.json': JSON.stringify({ type: 'object', properties: { id: { type: 'string' } } }),
    });
    gitRun(linked, 'checkout', '--quiet', '-b', 'feature');
    // an alias of a contract, and a link out of the repository: each a blob holding a path, in git and on GitHub
    symlinkSync('order.schema.json', join(linked, 'contracts/modules/shop/events/latest.schema.json'));
    symlinkSync('/etc/passwd', join(linked, 'contracts/modules/shop/events/passwd.schema.json'));
    writeTree(linked, {
      'contracts/modules/shop/events/order.schema.json': JSON.stringify({ type: 'object', properties: { id: { type: 'integer' } } }),
    });
    commitAll(linked, 'links');
    const head = gitRun(linked, 'rev-parse', 'HEAD').trim();
    gitRun(linked, 'checkout', '--quiet', 'main');
    const api = serve(linked, 'linked');
    const judgeLinked = judgeHead(head);
    const files = (r: { changes: { file: string }[]; errors: { file: string }[] }) =>
      [...new Set([...r.changes, ...r.errors].map((c) => c.file))].sort();
    const viaGit = await judgeLinked(new GitSource(linked));
    const viaApi = await judgeLinked(api);
    assert.deepEqual(files(viaGit), ['contracts/modules/shop/events/order.schema.json']);
    assert.deepEqual(files(viaApi), files(viaGit));
    // the working tree of the same head, through the built CLI
    gitRun(linked, 'checkout', '--quiet', 'feature');
    const local = runCli(['check', '--base-branch', 'main', '--format', 'json'], linked);
    assert.deepEqual(files(JSON.parse(local.stdout) as Report), files(viaGit), local.stderr);
  });

  test('a git submodule is read from no source, and a $ref into one says so: git, the REST API and the working tree agree', async () => {
    // shared schemas kept in a repository of their own, checked out beside the contracts as a submodule
    const shared = gitRepo({ 'money.json': JSON.stringify({ type: 'object', properties: { amount: { type: 'number' } } }) });
    const order = (extra: object) => JSON.stringify({ type: 'object', properties: { total: { $ref: 'shared/money.json' }, ...extra } });
    const repo = gitRepo({ 'contracts/modules/shop/versions.yaml': 'current: 1.0.0\n', 'contracts/modules/shop/order.json': order({}) });
    gitRun(repo, '-c', 'protocol.file.allow=always', 'submodule', 'add', '--quiet', shared, 'contracts/modules/shop/shared');
    commitAll(repo, 'shared schemas as a submodule');
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    writeTree(repo, { 'contracts/modules/shop/order.json': order({ note: { type: 'string' } }) });
    commitAll(repo, 'a note');
    const head = gitRun(repo, 'rev-parse', 'HEAD').trim();
    const api = serve(repo, 'submodules');
    const judge = judgeHead(head);
    const said = (r: { errors: { file: string; message: string }[] }) => r.errors.map((e) => `${e.file}: ${e.message}`);
    const viaGit = await judge(new GitSource(repo));
    assert.deepEqual(said(viaGit), [
      'contracts/modules/shop/order.json: $ref target shared/money.json not found (no contracts/modules/shop/shared/money.json: it is in the git submodule contracts/modules/shop/shared, another repository, whose files no check reads)',
    ]);
    const viaApi = await judge(api);
    assert.deepEqual(said(viaApi), said(viaGit));
    // the working tree holds the submodule's files checked out: they are not read there either
    const local = JSON.parse(runCli(['check', '--base-branch', 'main', '--format', 'json'], repo).stdout) as Report;
    assert.deepEqual(said(local), said(viaGit));
  });

  test('the REST source reads each blob once, however many trees share it', async () => {
    const port = new OctokitPort(getOctokit('token', { baseUrl: fake.url }) as never, 'acme', 'shop');
    const before = fake.requests.length;
    await judge(new RestSource(port));
    const blobs = fake.requests.slice(before).filter((r) => r.method === 'GET' && /\/git\/blobs\//.test(r.path));
    assert.ok(blobs.length > 0);
    assert.equal(new Set(blobs.map((r) => r.path)).size, blobs.length, 'no blob is fetched twice');
  });

  test('the git source lists each commit once and reads each blob once, however many trees and files ask', async () => {
    const calls = await gitCalls(async () => {
      const viaGit = await judge(new GitSource(repo));
      assert.equal(viaGit.level, 'major', 'judged as before');
    });
    const listings = calls.filter((c) => c.startsWith('ls-tree')).map((c) => c.split(' ').at(-1));
    assert.ok(listings.length > 0);
    assert.equal(new Set(listings).size, listings.length, `a commit listed twice: ${listings.join(', ')}`);
    assert.equal(calls.filter((c) => c.startsWith('show ')).length, 0, 'files are read from the listing, not one `git show` each');
    assert.ok(calls.length <= 20, `${calls.length} git processes: ${calls.join(' | ')}`);
  });

  test('in a partial clone, two trees read at once fetch their missing files once', async () => {
    // a blobless clone of the repository, as the App makes one: every file is missing until fetched
    const origin = join(tempDir('cg-partial-origin-'), 'shop.git');
    gitRun(repo, 'clone', '--quiet', '--bare', repo, origin);
    gitRun(origin, 'config', 'uploadpack.allowFilter', 'true');
    const clone = join(tempDir('cg-partial-'), 'shop');
    gitRun(repo, 'clone', '--quiet', '--no-checkout', '--filter=blob:none', `file://${origin}`, clone);
    const source = new GitSource(clone);
    const calls = await gitCalls(async () => {
      const [a, b] = await Promise.all([source.tree(sha.feature!, 'contracts'), source.tree(sha.feature!, 'contracts')]);
      assert.deepEqual([...a.paths()].sort(), [...b.paths()].sort());
      assert.match(Buffer.from(a.read('contracts/modules/shop/versions.yaml')!).toString(), /current: 1\.1\.0/);
    });
    const fetches = calls.filter((c) => /^(-c \S+ )?fetch /.test(c));
    assert.equal(fetches.length, 1, `fetched ${fetches.length} times: ${calls.join(' | ')}`);
  });

  test('`check` reads the policy and judges through one view and one reading process: the base listed once, refs resolved in the pipe', async () => {
    const calls = await gitCalls(async () => {
      const report = await runCheck({ cwd: repo, baseBranch: 'main', head: 'feature', now: new Date('2026-11-22T00:00:00Z') });
      assert.equal(report.level, 'major', 'judged as before');
    });
    const listings = calls.filter((c) => c.startsWith('ls-tree')).map((c) => c.split(' ').at(-1));
    assert.equal(new Set(listings).size, listings.length, `a commit listed twice: ${calls.join(' | ')}`);
    assert.deepEqual(
      calls.filter((c) => c.startsWith('cat-file') || c.startsWith('rev-parse --verify')),
      ['cat-file --batch-command'],
      'refs, sizes and contents all go through one process',
    );
    // one merge-base for the branch, and one per tag asked whether the base branch holds it, highest first: here the
    // 1.1.0 on the branch's own head (passed over), then 1.0.0
    assert.ok(calls.filter((c) => c.startsWith('merge-base')).length <= 3, 'one merge-base per question, however its refs are spelled');
    assert.ok(calls.length <= 9, `${calls.length} git processes: ${calls.join(' | ')}`);
  });

  test('a ref that would slip a second command into the reading pipe names no commit, and the pipe stays in step', async () => {
    const source = new GitSource(repo);
    try {
      for (const hostile of [`main\ncontents ${sha.feature}:contracts/CHANGELOG.md`, 'main extra', 'main\r', ''])
        await assert.rejects(source.commit(hostile), /unknown git ref/, JSON.stringify(hostile));
      assert.equal(await source.commit('feature'), sha.feature);
      assert.match((await source.file('feature', 'contracts/modules/shop/versions.yaml'))!, /current: 1\.1\.0/);
    } finally {
      await source.close();
    }
  });

  test("the diff's lines are narrowed to the paths named, read literally: a path with a pathspec's magic names only itself", async () => {
    const dir = gitRepo({ 'c/a.json': '1\n', 'c/ab.json': '1\n', 'c/a*.json': '1\n' });
    writeTree(dir, { 'c/a.json': '2\n', 'c/ab.json': '2\n', 'c/a*.json': '2\n' });
    commitAll(dir, 'all three');
    const source = new GitSource(dir);
    try {
      const files = async (paths?: string[]) => [...(await source.diffLines('HEAD~1', 'HEAD', paths)).keys()].sort();
      assert.deepEqual(await files(), ['c/a*.json', 'c/a.json', 'c/ab.json']);
      assert.deepEqual(await files(['c/a*.json']), ['c/a*.json'], 'a glob character is a character');
      assert.deepEqual(await files([':(glob)c/*']), [], 'pathspec magic is a file name');
      assert.deepEqual(await files([]), [], 'no path, no diff');
    } finally {
      await source.close();
    }
  });

  test('a file many times the size of a pipe buffer is read whole; closing the view ends its git process', async () => {
    const big = Array.from({ length: 60_000 }, (_, i) => `line ${i} ${'x'.repeat(i % 97)}`).join('\n');
    const dir = gitRepo({ 'contracts/big.txt': big, 'contracts/empty.txt': '' });
    const source = new GitSource(dir);
    assert.equal(await source.file('main', 'contracts/big.txt'), big);
    assert.equal(await source.file('main', 'contracts/empty.txt'), '');
    assert.equal(await source.file('main', 'contracts/none.txt'), undefined);
    const pid = source.readerPid;
    assert.ok(pid, 'one git process reads for the view');
    await source.close();
    assert.equal(source.readerPid, undefined);
    assert.throws(() => process.kill(pid, 0), /ESRCH/, 'the process has exited');
  });

  test('a command that never closes its view still exits: an idle reading process keeps nothing alive', () => {
    const script = `import { GitSource } from './src/adapters/git-source.ts';\nconsole.log(await new GitSource(${JSON.stringify(repo)}).commit('feature'));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: PROJECT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(r.signal, null, 'it exited by itself');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), sha.feature);
  });
});
