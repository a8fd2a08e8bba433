// A team's first day, and the small things a newcomer trips over: through the built CLI on real repositories, and the
// App on a repository that has no freeze yet.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Report } from '../src/core/report/model.js';
import { deliver, ShopWorld, startApp, type RunningApp } from './app-harness.js';
import { shopSpec } from './fixtures.js';
import { commitAll, gitRepo, gitRun, PROJECT, runCli, tempDir, writeTree, frozenRepo, gitRepoFrozen } from './helpers.js';

const SPEC = 'contracts/modules/shop/api/openapi.yaml';
const VERSIONS = 'contracts/modules/shop/versions.yaml';
const FILES = { [VERSIONS]: 'current: 0.3.0\n', [SPEC]: shopSpec(), 'contracts/CHANGELOG.md': '# log\n' };
const json = (dir: string, ...args: string[]) => JSON.parse(runCli([...args, '--format', 'json'], dir).stdout) as Report;

describe('the command line, as a newcomer meets it', () => {
  test('--version says the version', () => {
    const r = runCli(['--version']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `contract-guard ${JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')).version}\n`);
  });

  test('a configuration of comments alone is the defaults; an unknown rule id names its line and the nearest one', () => {
    const repo = gitRepo({ ...FILES, '.github/contract-guard.yml': '# every key commented out\n# council: {teams: []}\n' });
    assert.equal(runCli(['check'], repo).status, 0, runCli(['check'], repo).stderr);
    writeTree(repo, { '.github/contract-guard.yml': 'council: {users: [dana]}\nrules:\n  response-property-remvoed: off\n' });
    const r = runCli(['check', '--config', '.github/contract-guard.yml'], repo);
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr,
      'contract-guard: error: .github/contract-guard.yml:3: config key rules.response-property-remvoed names no rule (did you mean response-property-removed? see docs/rules.md)\n',
    );
  });

  test('a prerelease does not meet "at least 0.4.0"; 0.4.0 does', () => {
    const repo = frozenRepo(FILES, '0.3.0', 'freeze');
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    writeTree(repo, {
      [SPEC]: shopSpec({ extraOps: 1 }),
      [VERSIONS]: 'current: 0.4.0-rc.1\n',
      'contracts/CHANGELOG.md': '# log\n## shop 0.4.0-rc.1\n',
    });
    const rc = json(repo, 'check');
    assert.ok(
      rc.violations!.some((v) => v.ruleId === 'version-bump-missing' && /0\.4\.0-rc\.1/.test(v.message)),
      JSON.stringify(rc.violations),
    );
    writeTree(repo, { [VERSIONS]: 'current: 0.4.0\n', 'contracts/CHANGELOG.md': '# log\n## shop 0.4.0\n' });
    assert.ok(!json(repo, 'check').violations!.some((v) => v.ruleId === 'version-bump-missing'));
  });

  test('freeze restore --dry-run shows its plan over uncommitted work; the real restore still refuses', () => {
    const repo = frozenRepo(FILES, '0.3.0', 'freeze');
    writeTree(repo, { [SPEC]: shopSpec({ name: false }) });
    const dry = runCli(['freeze', 'restore', '0.3.0', '--dry-run'], repo);
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /^would restore contracts\/modules\/shop\/api\/openapi\.yaml$/m);
    assert.equal(readFileSync(join(repo, SPEC), 'utf8'), shopSpec({ name: false }), 'nothing written');
    assert.equal(runCli(['freeze', 'restore', '0.3.0'], repo).status, 2);
  });

  test('diff --fail-on exits 1 when the changes reach the level, and --judgement is checked', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.yaml': shopSpec(), 'b.yaml': shopSpec({ name: false }), 'c.yaml': shopSpec({ extraOps: 1 }) });
    assert.equal(runCli(['diff', 'a.yaml', 'b.yaml', '--fail-on', 'major'], dir).status, 1);
    assert.equal(runCli(['diff', 'a.yaml', 'c.yaml', '--fail-on', 'major'], dir).status, 0);
    assert.equal(runCli(['diff', 'a.yaml', 'c.yaml', '--fail-on', 'minor'], dir).status, 1);
    assert.equal(runCli(['diff', 'a.yaml', 'b.yaml'], dir).status, 0);
    assert.equal(runCli(['diff', 'a.yaml', 'b.yaml', '--judgement', 'strict'], dir).status, 0);
    const bad = runCli(['diff', 'a.yaml', 'b.yaml', '--fail-on', 'huge'], dir);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--fail-on must be major, minor or patch, not 'huge'/);
  });

  test('an empty council is said at every check with changes', () => {
    const repo = gitRepo(FILES);
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    writeTree(repo, { [SPEC]: shopSpec({ name: false }) });
    assert.ok(
      json(repo, 'check').warnings.some((w) =>
        /no one can approve a major change: the Contract Council is empty \(set council\.teams or council\.users/.test(w),
      ),
    );
    const staffed = gitRepo({ ...FILES, '.github/contract-guard.yml': 'council: {users: [dana]}\n' });
    gitRun(staffed, 'checkout', '--quiet', '-b', 'feature');
    writeTree(staffed, { [SPEC]: shopSpec({ name: false }) });
    assert.ok(!json(staffed, 'check').warnings.some((w) => /Contract Council is empty/.test(w)));
  });
});

describe('freezes live where the configuration says', () => {
  test('a working tree that moved the contracts folder is judged, its contracts removed; a folder on neither side is an error', () => {
    const repo = gitRepo({ 'api/openapi.yaml': shopSpec(), '.github/contract-guard.yml': 'contracts: api\n' });
    assert.equal(runCli(['freeze', 'create', '1.0.0'], repo).status, 0);
    commitAll(repo, 'freeze 1.0.0');
    gitRun(repo, 'checkout', '--quiet', '-b', 'move');
    gitRun(repo, 'mv', 'api', 'spec');
    // `contracts root 'api' does not exist`, exit 2, was all a developer learnt
    const r = runCli(['check', '--format', 'json'], repo);
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assert.ok(report.changes.some((c) => c.ruleId === 'contract-removed' && c.file === 'api/openapi.yaml'));
    assert.equal(report.blocked, true);
    const typo = runCli(['check', '--root', 'apis'], repo);
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /contracts root 'apis' does not exist/);
  });

  test('with contracts: api, every freeze command works in api/_frozen and the baseline moves', () => {
    const api = (extra: number) => shopSpec({ extraOps: extra }).replace('title: shop', 'title: api');
    const repo = gitRepo({ 'api/openapi.yaml': api(0), '.github/contract-guard.yml': 'contracts: api\n' });
    assert.equal(runCli(['freeze', 'create', '1.0.0'], repo).status, 0);
    assert.ok(existsSync(join(repo, 'api/_frozen/freeze-v1.0.0.json')));
    assert.ok(!existsSync(join(repo, '_frozen')));
    assert.match(runCli(['freeze', 'verify'], repo).stdout, /1 freeze verified/);
    commitAll(repo, 'freeze 1.0.0');
    writeTree(repo, { 'api/openapi.yaml': api(1) });
    assert.equal(runCli(['freeze', 'create', '1.1.0'], repo).status, 0);
    commitAll(repo, 'freeze 1.1.0');
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    const r = json(repo, 'check');
    assert.match(r.baseline ?? '', /^freeze v1\.1\.0 from api\/_frozen\/freeze-latest\.json on main/);
    assert.equal(r.level, 'none');
  });
});

describe('the App on a repository with no freeze yet', () => {
  const world = new ShopWorld();
  let app: RunningApp | undefined;
  before(async () => {
    // a code invariant too: its base side comes from the merge-base, which the App's clone must hold
    const config =
      'council: {teams: [acme/council]}\ninvariants:\n  - {id: wire-format, paths: ["src/wire/**"], on_change: "re-check the wire format"}\n';
    await world.start({ freeze: false, config, files: { 'src/wire/frame.ts': 'export const FRAME = 1;\n' } });
    app = await startApp(world.fake.url);
  });
  after(async () => {
    app?.process.kill();
    await world.fake.stop();
  });

  test('judges against the merge-base, and says there is no freeze yet', async () => {
    const head = world.pullRequest(3);
    assert.equal(await deliver(app!.url, 'pull_request', world.payload(3, head, 'opened')), 200);
    const [run] = world.runsFor(head);
    assert.ok(run, 'a check run');
    assert.equal(run.conclusion, 'action_required', run.output.summary);
    assert.match(world.stickies(3)[0]!.body, /no freeze on origin\/main yet: comparing with the merge-base/);
  });

  test('code invariants are judged against the merge-base too', async () => {
    const head = world.pullRequest(4, '', { 'src/wire/frame.ts': 'export const FRAME = 2;\n' });
    world.fake.requests = [];
    assert.equal(await deliver(app!.url, 'pull_request', world.payload(4, head, 'opened')), 200);
    const git = world.fake.requests.filter((r) => /\.git\/(info\/refs|git-upload-pack)$/.test(r.path));
    assert.equal(git.length, 2, "one fetch brought the merge-base's contracts and watched code with both sides'");
    const [run] = world.runsFor(head);
    assert.ok(run, 'a check run');
    assert.notEqual(run.conclusion, 'failure', run.output.summary);
    assert.match(world.stickies(4)[0]!.body, /wire-format: src\/wire\/frame\.ts changed/);
  });
});

describe('a root openapi.yaml versioned by its info.version', () => {
  const spec = (name = true, version = '1.4.0') =>
    shopSpec({ name }).replace('info: {title: shop, version: 1.0.0}', `info:\n  title: Shop API\n  version: '${version}'`);
  const CHANGELOG = '# Changelog\n\n## 1.4.0\n- the first public release\n';

  test('a break without a bump names info.version in openapi.yaml and its line; bump sets it there, once', () => {
    const repo = gitRepoFrozen(
      {
        'openapi.yaml': spec(),
        'CHANGELOG.md': CHANGELOG,
        '.github/contract-guard.yml': 'contracts: .\nversioning: {changelog: CHANGELOG.md}\ncouncil: {users: [dana]}\n',
      },
      '1.4.0',
      'freeze 1.4.0',
    );
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    writeTree(repo, { 'openapi.yaml': spec(false) });
    const line = spec(false).split('\n').indexOf("  version: '1.4.0'") + 1;
    const r = json(repo, 'check');
    assert.equal(r.blocked, true);
    const v = r.violations!.find((x) => x.ruleId === 'version-bump-missing')!;
    assert.equal(v.file, 'openapi.yaml');
    assert.equal(v.line, line);
    assert.match(v.fix, /^Set `info\.version: 2\.0\.0` in openapi\.yaml\.$/);
    assert.ok(!r.violations!.some((x) => x.ruleId === 'changelog-missing' && /1\.4\.0/.test(x.message)), '## 1.4.0 counts');
    const gh = runCli(['check', '--format', 'github'], repo).stdout;
    assert.match(gh, new RegExp(`::error file=openapi\\.yaml,line=${line},title=version-bump-missing::`));
    assert.doesNotMatch(gh, /versions\.yaml/);

    const b = runCli(['bump'], repo);
    assert.equal(b.status, 0, b.stderr);
    assert.equal(readFileSync(join(repo, 'openapi.yaml'), 'utf8'), spec(false, '2.0.0'), 'only the version changed');
    const log = readFileSync(join(repo, 'CHANGELOG.md'), 'utf8');
    assert.deepEqual(log.match(/^## .*$/gm), ['## 2.0.0', '## 1.4.0'], 'one entry, named by its version alone');
    assert.equal(runCli(['bump'], repo).status, 0);
    assert.equal(readFileSync(join(repo, 'CHANGELOG.md'), 'utf8'), log, 'a second bump adds nothing');
    const after = json(repo, 'check');
    assert.equal(after.blocked, false, JSON.stringify(after.violations));
  });
});

describe('init proposes only what the repository already follows', () => {
  test('a repository without mTLS and without a changelog: no preset, no changelog named, the empty council said', () => {
    const repo = gitRepo({ 'api/openapi.yaml': shopSpec().replace('  - {mtls: [], bearer: []}', '  - {bearer: []}') });
    const r = runCli(['init'], repo);
    assert.equal(r.status, 0, r.stderr);
    const policy = readFileSync(join(repo, '.github/contract-guard.yml'), 'utf8');
    assert.match(policy, /^# preset: memoryos$/m);
    assert.match(policy, /^ {2}# changelog: CHANGELOG\.md {3}# none found/m);
    assert.match(r.stdout, /^note: the Contract Council is empty: no one can approve a major change/m);
    commitAll(repo, 'init');
    assert.equal(runCli(['check'], repo).status, 0, runCli(['check'], repo).stderr);
  });

  test('the sample, which follows the house rules, is offered the memoryos preset', () => {
    const repo = tempDir();
    cpSync(join(PROJECT, 'contracts'), join(repo, 'contracts'), { recursive: true });
    gitRun(repo, 'init', '--quiet', '--initial-branch=main');
    const r = runCli(['init'], repo);
    assert.equal(r.status, 0, r.stderr);
    assert.match(readFileSync(join(repo, '.github/contract-guard.yml'), 'utf8'), /^preset: memoryos$/m);
  });
});
