// The built CLI (dist/cli.js) as a child process, the way users and CI run it.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { commitAll, gitRepo, gitRepoFrozen, gitRun, runCli, tempDir, writeTree } from './helpers.js';

const spec = (extra = '') => `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /items:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [id]
                properties:
                  id: {type: string}
${extra}`;

describe('contract-guard diff', () => {
  test('two files, JSON output with level and located changes', () => {
    const dir = tempDir();
    writeTree(dir, { 'a/api.yaml': spec(), 'b/api.yaml': spec('                  name: {type: string}\n') });
    const r = runCli(['diff', join(dir, 'a/api.yaml'), join(dir, 'b/api.yaml'), '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.level, 'minor');
    assert.deepEqual(
      out.changes.map((c: { ruleId: string }) => c.ruleId),
      ['response-property-added'],
    );
    assert.deepEqual(
      Object.keys(out.changes[0])
        .filter((k) => ['ruleId', 'level', 'file', 'pointer', 'message', 'line'].includes(k))
        .sort(),
      ['file', 'level', 'line', 'message', 'pointer', 'ruleId'],
    );
    assert.equal(out.changes[0].line, 16);
  });

  test('--role decides how a JSON Schema is read', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.json': '{"type": "string"}', 'b.json': '{"type": ["string", "null"]}' });
    const level = (role: string) =>
      JSON.parse(runCli(['diff', join(dir, 'a.json'), join(dir, 'b.json'), '--role', role, '--format', 'json']).stdout).level;
    assert.equal(level('storage'), 'minor');
    assert.equal(level('response'), 'major');
  });

  test('two folders, text output grouped by module with the most severe first', () => {
    const dir = tempDir();
    writeTree(dir, {
      'a/modules/shop/api.yaml': spec(),
      'b/modules/shop/api.yaml': spec().replace('required: [id]', 'required: []'),
      'a/README.md': 'a',
      'b/README.md': 'b',
    });
    const r = runCli(['diff', join(dir, 'a'), join(dir, 'b')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^contract-guard {2}MAJOR/);
    assert.ok(r.stdout.indexOf('shop') < r.stdout.indexOf('globals'), r.stdout);
    assert.match(r.stdout, /response-property-became-optional/);
    assert.match(r.stdout, /modules\/shop\/api\.yaml:15/);
  });

  test('markdown output is a report a reviewer can read', () => {
    const dir = tempDir();
    writeTree(dir, { 'a/api.yaml': spec(), 'b/api.yaml': spec().replace('required: [id]', 'required: []') });
    const r = runCli(['diff', join(dir, 'a'), join(dir, 'b'), '--format', 'markdown']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^### contract-guard: .* \*\*major\*\* contract change/);
    // the break in the table, with the value that proves it, and nothing else to collapse
    assert.match(
      r.stdout,
      /^\| GET \/items response 200<br>.* \| property `id` became optional <sub>.*<\/sub><br>e\.g\. `\{\}` may now be sent \| clients reading responses \|$/m,
    );
    assert.doesNotMatch(r.stdout, /<details>/);
  });

  test('a broken contract in two folders: one line naming file and line, listed in errors, the rest still judged, exit 0', () => {
    const dir = tempDir();
    writeTree(dir, {
      'a/x.schema.yaml': 'type: object\n',
      'b/x.schema.yaml': 'a: [1,\nb: 2\n',
      'a/y.schema.json': '{"type":"string"}',
      'b/y.schema.json': '{"type":"integer"}',
    });
    const r = runCli(['diff', join(dir, 'a'), join(dir, 'b'), '--format', 'json']);
    assert.equal(r.status, 0);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, /^contract-guard: error: x\.schema\.yaml:\d+: invalid YAML/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    const report = JSON.parse(r.stdout);
    assert.equal(report.changes[0].ruleId, 'storage-type-changed');
    assert.deepEqual(
      report.errors.map((e: { file: string }) => e.file),
      ['x.schema.yaml'],
    );
  });

  test('a broken file given alone leaves nothing to judge: exit 2, one line naming file and line', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.json': '{"type":"string"}', 'b.json': '{"type": [\n' });
    const r = runCli(['diff', join(dir, 'a.json'), join(dir, 'b.json')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^contract-guard: error: b\.json:\d+: invalid JSON/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  test('usage mistakes exit 2 with a message', () => {
    for (const args of [
      ['diff', 'only-one'],
      ['diff', 'a', 'b', '--format', 'xml'],
      ['diff', 'nope1', 'nope2'],
      ['frobnicate'],
      ['diff', 'a', 'b', '--role', 'writer'],
    ]) {
      const r = runCli(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^contract-guard: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });

  test('every command has --help', () => {
    for (const cmd of ['diff', 'check', 'demo']) {
      const r = runCli([cmd, '--help']);
      assert.equal(r.status, 0);
      assert.match(r.stdout, new RegExp(`^Usage: contract-guard ${cmd}`));
    }
  });
});

describe('contract-guard check', () => {
  const files = {
    'contracts/modules/shop/api/openapi.yaml': spec(),
    'contracts/modules/shop/versions.yaml': 'current: 1.0.0\n',
    'src/app.js': 'x',
  };

  test('compares the working tree with the merge-base of the default branch, grouped by module', () => {
    const repo = gitRepo(files);
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    writeFileSync(join(repo, 'contracts/modules/shop/api/openapi.yaml'), spec().replace("'200'", "'201'"));
    const r = runCli(['check', '--format', 'json'], repo);
    const out = JSON.parse(r.stdout);
    assert.equal(r.status, 1, 'a major change without a major bump is blocked');
    assert.equal(out.blocked, true);
    assert.equal(out.level, 'major');
    assert.deepEqual(
      out.modules.map((m: { name: string }) => m.name),
      ['shop'],
    );
    assert.match(out.baseline, /merge-base with main/);
    assert.equal(out.head, 'working tree');
    assert.ok(out.changes.every((c: { file: string }) => c.file.startsWith('contracts/')));
  });

  test('--base and --head compare two commits; files outside the contracts root are ignored', () => {
    const repo = gitRepo(files);
    writeFileSync(join(repo, 'src/app.js'), 'y');
    writeFileSync(join(repo, 'contracts/modules/shop/versions.yaml'), 'current: 1.1.0\n');
    commitAll(repo, 'bump');
    const r = runCli(['check', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'], repo);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(
      out.changes.map((c: { ruleId: string }) => c.ruleId),
      ['module-version-changed'],
    );
    assert.equal(out.level, 'patch');
  });

  test('a branch behind main is judged as it would merge: the freeze and the contract main gained since are not its doing', () => {
    const repo = gitRepoFrozen(files);
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    writeTree(repo, {
      'contracts/modules/shop/api/openapi.yaml': spec('  /more:\n    get:\n      responses: {"200": {description: ok}}\n'),
      'contracts/modules/shop/versions.yaml': 'current: 1.1.0\n',
    });
    commitAll(repo, 'feature');
    // main moves on: another API in the unit, released and frozen as 1.0.1
    gitRun(repo, 'checkout', '--quiet', 'main');
    writeTree(repo, { 'contracts/modules/shop/api/admin.yaml': spec().replace('title: t', 'title: admin') });
    writeTree(repo, { 'contracts/modules/shop/versions.yaml': 'current: 1.0.1\n' });
    assert.equal(runCli(['freeze', 'create', '1.0.1'], repo).status, 0);
    commitAll(repo, 'main moves on');
    gitRun(repo, 'checkout', '--quiet', 'feature');
    const r = runCli(['check', '--format', 'json'], repo);
    const out = JSON.parse(r.stdout);
    assert.equal(r.status, 0, r.stdout);
    assert.equal(out.head, 'working tree as merged into main');
    assert.equal(out.level, 'minor', 'its own addition; not the removal of admin.yaml, nor a deleted freeze');
    assert.deepEqual(out.violations, []);
    assert.ok(
      out.warnings.some((w: string) => /^contracts\/modules\/shop\/versions\.yaml changed on main too since this branch forked/.test(w)),
    );
  });

  test('a $ref to a file outside the contracts folder says the file is not read, and how to have it read', () => {
    const api = spec().replace('type: object\n', "$ref: '../shared/item.json'\n                type: object\n");
    const repo = gitRepo({ 'contracts/api.yaml': api, 'shared/item.json': '{"type": "object"}' });
    const r = runCli(['check', '--format', 'json'], repo);
    const errors = (JSON.parse(r.stdout) as { errors: { message: string }[] }).errors.map((e) => e.message);
    assert.ok(
      errors.some((m) =>
        m.includes(
          'not found (no shared/item.json: it is outside what the check reads (contracts); if it is in the repository, add its folder to `contracts:` in .github/contract-guard.yml)',
        ),
      ),
      errors.join('\n'),
    );
  });

  test('outside a git repository, or with an unknown ref: a clear error and exit 2', () => {
    const r1 = runCli(['check'], tempDir());
    assert.equal(r1.status, 2);
    assert.match(r1.stderr, /not inside a git repository/);
    const r2 = runCli(['check', '--base', 'no-such-ref'], gitRepo(files));
    assert.equal(r2.status, 2);
    assert.match(r2.stderr, /unknown git ref 'no-such-ref'/);
  });
});

describe('npm start (contract-guard demo)', () => {
  test('judges the bundled example change against the bundled sample, offline', () => {
    const r = runCli(['demo']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /contract-guard {2}MAJOR/);
    assert.match(r.stdout, /GET \/v1\/retrieval\/queries\/\{query_id\} added/);
    assert.match(r.stdout, /optional property `reasons` added/);
    assert.match(
      r.stdout,
      // the memory item lives in its own file, $ref'd from the API: judged across files, so the break carries a witness
      /required property `band` removed \(also via GET \/v1\/memories\/\{memory_id\}\) — e\.g\. `\{"id":.*` may now be sent and old readers reject it {2}\[response-required-property-removed\]/,
    );
  });
  test('the sample tree itself analyses cleanly', () => {
    const r = runCli(['diff', 'contracts', 'contracts', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).level, 'none');
  });
});
