// Freezes through the built CLI on real git repositories: create, list, show, diff, verify, restore, tag, baselines.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sha256 } from '../src/core/freeze/model.js';
import { cliLoads, commitAll, filesUnder, gitRepo, gitRun, PROJECT, runCli, tempDir, writeTree, frozenRepo } from './helpers.js';

const spec = (status = '200') => `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /items:
    get:
      responses:
        '${status}': {description: ok}
`;
const FILES = {
  'contracts/versions.yaml': 'current: 1.0.0\n',
  'contracts/modules/shop/versions.yaml': 'current: 1.0.0\n',
  'contracts/modules/shop/api/openapi.yaml': spec(),
  'contracts/storage/common.schema.json': '{"$defs": {"id": {"type": "string"}}}\n',
  'contracts/assets/logo.bin': new Uint8Array([0, 1, 2, 255]),
  'README.md': 'not a contract\n',
};

function repoWithFreeze(version = '1.0.0'): string {
  return frozenRepo(FILES, version);
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const frozen = (repo: string, name: string) => join(repo, 'contracts/_frozen', name);

describe('freeze create / list / show', () => {
  test('a freeze is self-contained: path, SHA-256, size and content of every artifact, sorted', () => {
    const repo = repoWithFreeze();
    const freeze = readJson(frozen(repo, 'freeze-v1.0.0.json'));
    assert.equal(freeze.version, '1.0.0');
    assert.deepEqual(
      freeze.artifacts.map((a: { path: string }) => a.path),
      ['assets/logo.bin', 'modules/shop/api/openapi.yaml', 'modules/shop/versions.yaml', 'storage/common.schema.json', 'versions.yaml'],
    );
    const api = freeze.artifacts.find((a: { path: string }) => a.path === 'modules/shop/api/openapi.yaml');
    assert.equal(api.content, spec());
    assert.equal(api.sha256, sha256(Buffer.from(spec())));
    assert.equal(api.size, Buffer.byteLength(spec()));
    const logo = freeze.artifacts.find((a: { path: string }) => a.path === 'assets/logo.bin');
    assert.equal(logo.encoding, 'base64');
    assert.deepEqual(readFileSync(frozen(repo, 'freeze-latest.json'), 'utf8'), readFileSync(frozen(repo, 'freeze-v1.0.0.json'), 'utf8'));
    const index = readJson(frozen(repo, 'sha-index-latest.json'));
    assert.equal(index.index[api.sha256].path, 'modules/shop/api/openapi.yaml');
  });

  test('deterministic: the same tree freezes to the same bytes apart from timestamps', () => {
    const a = repoWithFreeze('1.0.0');
    const b = gitRepo(FILES);
    runCli(['freeze', 'create', '1.0.0'], b);
    const strip = (p: string) => readFileSync(p, 'utf8').replace(/"(created_at|frozen_at)": "[^"]+"/g, '"$1": ""');
    assert.equal(strip(frozen(a, 'freeze-v1.0.0.json')), strip(frozen(b, 'freeze-v1.0.0.json')));
  });

  test('versions must be SemVer and increase; labels name the file; list is newest first', () => {
    const repo = repoWithFreeze('1.0.0');
    assert.match(runCli(['freeze', 'create', 'one'], repo).stderr, /not a valid SemVer version/);
    const down = runCli(['freeze', 'create', '0.9.0'], repo);
    assert.equal(down.status, 2);
    assert.match(down.stderr, /must be greater than the latest freeze v1\.0\.0/);
    assert.equal(runCli(['freeze', 'create', '1.1.0', '--label', 'stable'], repo).status, 0);
    assert.ok(existsSync(frozen(repo, 'freeze-v1.1.0-stable.json')));
    const list = JSON.parse(runCli(['freeze', 'list', '--format', 'json'], repo).stdout);
    assert.deepEqual(
      list.map((f: { version: string }) => f.version),
      ['1.1.0', '1.0.0'],
    );
    assert.equal(list[0].artifacts, 5);
    const show = runCli(['freeze', 'show', '1.1.0-stable'], repo);
    assert.equal(show.status, 0);
    assert.match(show.stdout, /modules\/shop\/api\/openapi\.yaml/);
    const unknown = runCli(['freeze', 'show', '9.9.9'], repo);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /no freeze '9\.9\.9' \(known: 1\.1\.0-stable, 1\.0\.0\)/);
  });
});

describe('freeze diff', () => {
  test('between two freezes, and between a freeze and the working tree', () => {
    const repo = repoWithFreeze('1.0.0');
    writeFileSync(join(repo, 'contracts/modules/shop/api/openapi.yaml'), spec('201'));
    const working = JSON.parse(runCli(['freeze', 'diff', '1.0.0', '--format', 'json'], repo).stdout);
    assert.equal(working.level, 'major');
    assert.ok(
      working.changes.some(
        (c: { ruleId: string; module: string }) => c.ruleId === 'response-success-status-removed' && c.module === 'shop',
      ),
    );
    runCli(['freeze', 'create', '2.0.0'], repo);
    const between = JSON.parse(runCli(['freeze', 'diff', '1.0.0', '2.0.0', '--format', 'json'], repo).stdout);
    assert.deepEqual(between.changes.map((c: { ruleId: string }) => c.ruleId).sort(), [
      'response-status-added',
      'response-success-status-removed',
    ]);
  });

  test('creating, listing and verifying freezes never load the diff engine or ajv; diffing them does', () => {
    const repo = repoWithFreeze('1.0.0');
    const loaded = (...args: string[]) => {
      const { status, text } = cliLoads(args, repo);
      assert.equal(status, 0);
      return { diff: text.includes('// src/core/diff/tree-diff.ts'), ajv: text.includes('// node_modules/ajv/dist/core.js') };
    };
    for (const args of [
      ['freeze', 'list'],
      ['freeze', 'verify'],
      ['freeze', 'create', '1.1.0'],
    ])
      assert.deepEqual(loaded(...args), { diff: false, ajv: false }, args.join(' '));
    assert.deepEqual(loaded('freeze', 'diff', '1.0.0', '1.1.0'), { diff: true, ajv: true });
  });
});

describe('freeze verify', () => {
  test('passes on untouched history and names every tampered artifact with exit 1', () => {
    const repo = repoWithFreeze('1.0.0');
    assert.equal(runCli(['freeze', 'verify'], repo).status, 0);
    const file = frozen(repo, 'freeze-v1.0.0.json');
    const f = readJson(file);
    f.artifacts[1].content = f.artifacts[1].content.replace('200', '204');
    writeFileSync(file, JSON.stringify(f, null, 2));
    const r = runCli(['freeze', 'verify'], repo);
    assert.equal(r.status, 1);
    assert.match(
      r.stdout,
      /MISMATCH contracts\/_frozen\/freeze-v1\.0\.0\.json modules\/shop\/api\/openapi\.yaml: content does not match its SHA-256/,
    );
    assert.match(r.stdout, /freeze-latest\.json: is not a copy of the newest freeze/);
  });

  test('an index entry whose artifact is missing is reported', () => {
    const repo = repoWithFreeze('1.0.0');
    const file = frozen(repo, 'freeze-v1.0.0.json');
    const f = readJson(file);
    f.artifacts = f.artifacts.filter((a: { path: string }) => a.path !== 'versions.yaml');
    writeFileSync(file, JSON.stringify(f));
    const r = runCli(['freeze', 'verify'], repo);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /versions\.yaml: indexed artifact is missing from freeze v1\.0\.0/);
  });
});

describe('freeze restore', () => {
  test('round trip: freeze, change, restore gives a byte-identical tree', () => {
    const repo = repoWithFreeze('1.0.0');
    const snapshot = () => gitRun(repo, 'ls-files', '-s', 'contracts');
    const before = snapshot();
    writeFileSync(join(repo, 'contracts/modules/shop/api/openapi.yaml'), spec('201'));
    writeTree(repo, { 'contracts/modules/shop/api/extra.yaml': 'x: 1\n' });
    gitRun(repo, 'rm', '-q', 'contracts/storage/common.schema.json');
    commitAll(repo, 'changes');
    const dry = runCli(['freeze', 'restore', '1.0.0', '--dry-run'], repo);
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /would remove contracts\/modules\/shop\/api\/extra\.yaml/);
    assert.ok(existsSync(join(repo, 'contracts/modules/shop/api/extra.yaml')), 'dry run changed nothing');
    const r = runCli(['freeze', 'restore', '1.0.0'], repo);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /2 restored, 1 removed, 3 unchanged/);
    gitRun(repo, 'add', '-A', 'contracts');
    assert.equal(snapshot(), before);
    assert.equal(readFileSync(join(repo, 'README.md'), 'utf8'), 'not a contract\n', 'nothing outside the contracts root is touched');
  });

  test('refuses to run over uncommitted work unless --force', () => {
    const repo = repoWithFreeze('1.0.0');
    writeFileSync(join(repo, 'contracts/modules/shop/api/openapi.yaml'), spec('202'));
    const r = runCli(['freeze', 'restore', '1.0.0'], repo);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /refusing to restore over 1 uncommitted change/);
    assert.equal(readFileSync(join(repo, 'contracts/modules/shop/api/openapi.yaml'), 'utf8'), spec('202'));
    assert.equal(runCli(['freeze', 'restore', '1.0.0', '--force'], repo).status, 0);
    assert.equal(readFileSync(join(repo, 'contracts/modules/shop/api/openapi.yaml'), 'utf8'), spec());
  });

  test('a hostile freeze can never write outside the contracts root', () => {
    const repo = repoWithFreeze('1.0.0');
    const file = frozen(repo, 'freeze-v1.0.0.json');
    const f = readJson(file);
    for (const evil of ['../escaped.txt', '/tmp/abs.txt', 'modules/../../escaped.txt', '..\\escaped.txt']) {
      f.artifacts.push({ path: evil, sha256: sha256(Buffer.from('x')), size: 1, content: 'x' });
      writeFileSync(file, JSON.stringify(f));
      commitAll(repo, 'evil');
      const r = runCli(['freeze', 'restore', '1.0.0'], repo);
      assert.equal(r.status, 2, evil);
      assert.match(r.stderr, /escapes the contracts root/);
      f.artifacts.pop();
    }
    assert.ok(!existsSync(join(repo, 'escaped.txt')));
  });

  test('a symbolic link inside the root that leads outside is not written through', () => {
    const repo = repoWithFreeze('1.0.0');
    const outside = tempDir('cg-outside-');
    gitRun(repo, 'rm', '-rq', 'contracts/modules/shop/api');
    symlinkSync(outside, join(repo, 'contracts/modules/shop/api'));
    commitAll(repo, 'link');
    const r = runCli(['freeze', 'restore', '1.0.0', '--force'], repo);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /link that leaves the contracts root/);
    assert.deepEqual(readdirSync(outside), []);
  });
});

describe('seed tooling format', () => {
  test('freezes with string sizes and backslash paths are read, verified, diffed and restored', () => {
    const repo = gitRepo({ 'contracts/api/openapi/common.yaml': 'a: 1\n', 'contracts/versions.yaml': 'current: 1.0.0\n' });
    const content = 'a: 1\n';
    const artifact = {
      path: 'api\\openapi\\common.yaml',
      sha256: sha256(Buffer.from(content)),
      size: String(content.length),
      content,
      frozen_at: '2025-09-12T10:00:00',
    };
    const v = {
      path: 'versions.yaml',
      sha256: sha256(Buffer.from('current: 1.0.0\n')),
      size: '15',
      content: 'current: 1.0.0\n',
      frozen_at: '2025-09-12T10:00:00',
    };
    const freeze = { version: '1.1.0', created_at: '2025-09-12T10:00:00', artifacts: [artifact, v] };
    const index = {
      version: '1.1.0',
      created_at: '2025-09-12T10:00:00',
      index: {
        [artifact.sha256]: { path: artifact.path, size: artifact.size, frozen_at: artifact.frozen_at },
        [v.sha256]: { path: v.path, size: v.size, frozen_at: v.frozen_at },
      },
    };
    writeTree(repo, {
      'contracts/_frozen/freeze-v1.1.0-stable.json': JSON.stringify(freeze, null, 2),
      'contracts/_frozen/freeze-latest.json': JSON.stringify(freeze, null, 2),
      'contracts/_frozen/sha-index-latest.json': JSON.stringify(index, null, 2),
    });
    commitAll(repo, 'seed freeze');
    const verify = runCli(['freeze', 'verify'], repo);
    assert.equal(verify.status, 0, verify.stdout + verify.stderr);
    assert.equal(JSON.parse(runCli(['freeze', 'diff', 'v1.1.0-stable', '--format', 'json'], repo).stdout).level, 'none');
    writeFileSync(join(repo, 'contracts/api/openapi/common.yaml'), 'a: 2\n');
    commitAll(repo, 'edit');
    assert.equal(runCli(['freeze', 'restore', 'v1.1.0-stable'], repo).status, 0);
    assert.equal(readFileSync(join(repo, 'contracts/api/openapi/common.yaml'), 'utf8'), content);
  });

  test('a freeze of one file is counted as one artifact when made and listed; freeze diff names units as check does', () => {
    const repo = gitRepo({ 'api/openapi.yaml': spec(), '.github/contract-guard.yml': 'contracts: api\n' });
    const made = runCli(['freeze', 'create', '1.0.0'], repo);
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /^froze 1 artifact as v1\.0\.0 in /m);
    assert.match(runCli(['freeze', 'list'], repo).stdout, /^v1\.0\.0 {2}\S+ {2}1 artifact {2}api\/_frozen\/freeze-v1\.0\.0\.json$/m);
    // a change since: freeze diff names its unit as check does (the document's title), not the house's `globals`
    writeTree(repo, { 'api/openapi.yaml': spec('201') });
    const diff = JSON.parse(runCli(['freeze', 'diff', '1.0.0', '--format', 'json'], repo).stdout) as { changes: { module: string }[] };
    const check = JSON.parse(runCli(['check', '--format', 'json'], repo).stdout) as { changes: { module: string }[] };
    assert.ok(diff.changes.length > 0);
    assert.deepEqual([...new Set(diff.changes.map((c) => c.module))], ['t']);
    assert.deepEqual([...new Set(check.changes.map((c) => c.module))], ['t']);
  });

  test('truncated or invalid freeze files: one line naming the file, exit 2', () => {
    const repo = repoWithFreeze('1.0.0');
    const file = frozen(repo, 'freeze-v1.0.0.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.length / 2));
    const r = runCli(['freeze', 'list'], repo);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^contract-guard: error: contracts\/_frozen\/freeze-v1\.0\.0\.json:\d+: invalid JSON/);
    writeFileSync(file, JSON.stringify({ version: '1.0.0', artifacts: [{ path: 'a', content: 'x' }] }));
    const shape = runCli(['freeze', 'verify'], repo);
    assert.equal(shape.status, 2);
    assert.match(shape.stderr, /not a freeze file: \/artifacts\/0 must have required property 'sha256'/);
    assert.doesNotMatch(shape.stderr, /\n\s+at /);
  });
});

describe('freeze tag', () => {
  test('tags modules whose version is new, once', () => {
    const repo = repoWithFreeze('1.0.0');
    const r = runCli(['freeze', 'tag'], repo);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(gitRun(repo, 'tag', '--list').trim().split('\n').sort(), ['contracts-globals-1.0.0', 'contracts-shop-1.0.0']);
    writeFileSync(join(repo, 'contracts/modules/shop/versions.yaml'), 'current: 1.1.0\n');
    commitAll(repo, 'bump');
    const again = runCli(['freeze', 'tag'], repo);
    assert.match(again.stdout, /created tag contracts-shop-1\.1\.0\n1 tag created, 1 already existed/);
  });

  test("tags a repository's own units: a document by its title", () => {
    const repo = gitRepo(filesUnder(join(PROJECT, 'test/fixtures/layouts/root-openapi')));
    const r = runCli(['freeze', 'tag'], repo);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(gitRun(repo, 'tag', '--list').trim().split('\n'), ['contracts-Petstore-1.4.0']);
  });

  test('--push pushes the new tags to origin', () => {
    const remote = tempDir('cg-remote-');
    gitRun(remote, 'init', '--quiet', '--bare');
    const repo = repoWithFreeze('1.0.0');
    gitRun(repo, 'remote', 'add', 'origin', remote);
    assert.equal(runCli(['freeze', 'tag', '--push'], repo).status, 0);
    assert.match(gitRun(remote, 'tag', '--list'), /contracts-shop-1\.0\.0/);
  });
});

describe('the baseline of check', () => {
  const changeOnBranch = (repo: string) => {
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    writeFileSync(join(repo, 'contracts/modules/shop/api/openapi.yaml'), spec('201'));
    commitAll(repo, 'change');
  };
  const check = (repo: string, ...args: string[]) => {
    const r = runCli(['check', '--format', 'json', ...args], repo);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(r.status, out.blocked ? 1 : 0, 'exit 1 exactly when blocked');
    return out;
  };

  test('default: the latest freeze on the base branch, read from git', () => {
    const repo = repoWithFreeze('1.0.0');
    writeFileSync(join(repo, 'contracts/storage/common.schema.json'), '{"$defs": {"id": {"type": "integer"}}}\n');
    commitAll(repo, 'main moved on after the freeze');
    changeOnBranch(repo);
    const out = check(repo);
    assert.equal(out.baseline, 'freeze v1.0.0 from contracts/_frozen/freeze-latest.json on main');
    assert.ok(!out.warnings.some((w: string) => /no freeze/.test(w)), out.warnings.join('\n'));
    assert.ok(
      out.changes.some((c: { file: string }) => c.file === 'contracts/storage/common.schema.json'),
      'judged against the freeze, not main',
    );
  });

  test('a PR cannot move its own baseline by editing the freeze on its branch', () => {
    const repo = repoWithFreeze('1.0.0');
    changeOnBranch(repo);
    runCli(['freeze', 'create', '2.0.0'], repo);
    commitAll(repo, 'sneaky freeze');
    const out = check(repo);
    assert.match(out.baseline, /^freeze v1\.0\.0 .* on main$/);
    assert.equal(out.level, 'major');
  });

  test('--base freeze:<version>, tag:<name> and a git ref', () => {
    const repo = repoWithFreeze('1.0.0');
    runCli(['freeze', 'tag'], repo);
    changeOnBranch(repo);
    assert.match(
      check(repo, '--base', 'freeze:1.0.0').baseline,
      /^freeze v1\.0\.0 from contracts\/_frozen\/freeze-v1\.0\.0\.json \(--base\)$/,
    );
    assert.match(check(repo, '--base', 'tag:contracts-shop-1.0.0').baseline, /^tag:contracts-shop-1\.0\.0 \(/);
    const byRef = check(repo, '--base', 'HEAD');
    assert.equal(byRef.level, 'none');
  });

  test('no freeze: per module, the highest contracts-<module>-<version> tag', () => {
    const repo = gitRepo(FILES);
    gitRun(repo, 'tag', 'contracts-shop-1.0.0');
    writeFileSync(join(repo, 'contracts/modules/shop/api/openapi.yaml'), spec('202'));
    commitAll(repo, 'shop 1.1.0');
    gitRun(repo, 'tag', 'contracts-shop-1.1.0');
    gitRun(repo, 'tag', 'contracts-shop-0.9.0', 'HEAD~1');
    changeOnBranch(repo);
    const out = check(repo);
    assert.match(out.baseline, /^module tags contracts-shop-1\.1\.0; other modules from the merge-base with main/);
    assert.deepEqual(out.changes.map((c: { ruleId: string }) => c.ruleId).sort(), [
      'response-status-added',
      'response-success-status-removed',
    ]);
    assert.match(out.changes[0].message, /20[12]/);
    assert.match(out.warnings[0], /no freeze on main yet/);
  });

  test("a tag on a pull request's own commit is no baseline: only tags on the base branch count", () => {
    const repo = gitRepo(FILES);
    gitRun(repo, 'tag', 'contracts-shop-1.0.0');
    changeOnBranch(repo);
    // anyone who can push the branch can push a tag on its head: that made the head its own baseline, with no changes
    gitRun(repo, 'tag', 'contracts-shop-9.9.9');
    const out = check(repo);
    assert.match(out.baseline, /^module tags contracts-shop-1\.0\.0;/);
    assert.deepEqual(out.changes.map((c: { ruleId: string }) => c.ruleId).sort(), [
      'response-status-added',
      'response-success-status-removed',
    ]);
    assert.ok(
      out.warnings.some((w: string) => /tag contracts-shop-9\.9\.9 is not on main: not a baseline/.test(w)),
      JSON.stringify(out.warnings),
    );
    // with no tag on main at all, the merge-base, and the same warning
    gitRun(repo, 'tag', '--delete', 'contracts-shop-1.0.0');
    const alone = check(repo);
    assert.match(alone.baseline, /^merge-base with main/);
    assert.equal(alone.changes.length, 2);
    assert.ok(alone.warnings.some((w: string) => /contracts-shop-9\.9\.9 is not on main/.test(w)));
  });

  test('a higher tag put on an older commit of the base branch is no baseline: releases go forward with history', () => {
    const repo = gitRepo(FILES);
    gitRun(repo, 'tag', 'contracts-shop-1.0.0');
    writeFileSync(join(repo, 'contracts/modules/shop/api/openapi.yaml'), spec('201'));
    commitAll(repo, 'shop 1.1.0: 200 became 201');
    gitRun(repo, 'tag', 'contracts-shop-1.1.0');
    // anyone who can push can tag an old commit of main: as the baseline, it made 201 unreleased, and its removal unseen
    gitRun(repo, 'tag', 'contracts-shop-9.9.9', 'HEAD~1');
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    writeFileSync(join(repo, 'contracts/modules/shop/api/openapi.yaml'), spec('200'));
    commitAll(repo, 'back to 200');
    const out = check(repo);
    assert.match(out.baseline, /^module tags contracts-shop-1\.1\.0;/);
    assert.deepEqual(out.changes.map((c: { ruleId: string }) => c.ruleId).sort(), [
      'response-status-added',
      'response-success-status-removed',
    ]);
    assert.ok(
      out.warnings.some((w: string) =>
        /tag contracts-shop-9\.9\.9 names an older commit than contracts-shop-1\.1\.0 on main: not a baseline \(releases go forward with history\)/.test(
          w,
        ),
      ),
      JSON.stringify(out.warnings),
    );
  });

  test('no freeze and no tags: the merge-base, with a warning', () => {
    const repo = gitRepo(FILES);
    changeOnBranch(repo);
    const out = check(repo);
    assert.match(out.baseline, /^merge-base with main \([0-9a-f]{7}\)$/);
    assert.match(out.warnings[0], /no freeze on main yet: comparing with the merge-base/);
    const text = runCli(['check'], repo).stdout;
    assert.match(text, /warning: no freeze on main yet/);
  });

  test('frozen snapshots are history, not contracts: they never show up as changes', () => {
    const repo = repoWithFreeze('1.0.0');
    changeOnBranch(repo);
    runCli(['freeze', 'create', '2.0.0'], repo);
    const out = check(repo);
    assert.ok(out.changes.every((c: { file: string }) => !c.file.includes('_frozen')));
  });
});

describe('the sample contracts', () => {
  test('carry a verified freeze that matches the tree', () => {
    const r = runCli(['freeze', 'verify']);
    assert.equal(r.status, 0, r.stdout);
    const d = runCli(['freeze', 'diff', '1.1.0', '--format', 'json']);
    assert.equal(JSON.parse(d.stdout).level, 'none', 'contracts/ changed since its freeze: create a new freeze');
  });
});
