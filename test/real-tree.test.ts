// A MemoryOS-style tree as the seed's own tools leave it (test/fixtures/memoryos), judged through the built CLI on a
// real git repository: every class of input that made real trees give no verdict.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { commitAll, gitRun, runCli } from './helpers.js';
import { memoryosRepo } from './real-tree.js';

interface Json {
  level: string;
  blocked?: boolean;
  changes: { ruleId: string; file: string; level: string }[];
  errors: { file: string; line?: number; message: string }[];
  warnings: string[];
  violations?: { ruleId: string; file: string; blocking: boolean }[];
  checklist?: { text: string; done: boolean }[];
}
const json = (stdout: string): Json => JSON.parse(stdout);

describe('freezes written on Windows (CRLF hashes, LF content)', () => {
  test('verify accepts them, says so once, and still catches a real edit', () => {
    const repo = memoryosRepo();
    gitRun(repo, 'checkout', '--quiet', 'main');
    const ok = runCli(['freeze', 'verify'], repo);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.equal(ok.stdout.split('\n').filter((l) => /CRLF/.test(l)).length, 1, ok.stdout);
    assert.match(ok.stdout, /^note: 64 artifact records were hashed over CRLF line endings/);
    assert.match(ok.stdout, /2 freezes verified/);
    const file = join(repo, 'contracts/_frozen/freeze-v1.0.0.json');
    const freeze = JSON.parse(readFileSync(file, 'utf8'));
    const schema = freeze.artifacts.find((a: { path: string }) => a.path.endsWith('action_decision.schema.json'));
    schema.content = schema.content.replace('"action": {"type": "string"}', '"action": {"type": "integer"}');
    writeFileSync(file, JSON.stringify(freeze, null, 2));
    const edited = runCli(['freeze', 'verify'], repo);
    assert.equal(edited.status, 1);
    assert.match(
      edited.stdout,
      /MISMATCH contracts\/_frozen\/freeze-v1\.0\.0\.json events\/schemas\/action_decision\.schema\.json: content does not match its SHA-256/,
    );
  });

  test('line endings alone are no difference: diff, check baseline and restore see an untouched tree', () => {
    const repo = memoryosRepo();
    gitRun(repo, 'checkout', '--quiet', 'main');
    const diff = runCli(['freeze', 'diff', '2.0.0-stable', '--format', 'json'], repo);
    assert.equal(diff.status, 0, diff.stderr);
    assert.deepEqual(json(diff.stdout).changes, [], 'the working tree (CRLF files included) is the freeze');
    const restore = runCli(['freeze', 'restore', '2.0.0-stable', '--dry-run'], repo);
    assert.match(restore.stdout, /dry run: 0 restored, 0 removed/);
    writeFileSync(join(repo, 'contracts/events/topics.yaml'), 'topics: []\n');
    commitAll(repo, 'edit');
    assert.equal(runCli(['freeze', 'restore', '2.0.0-stable'], repo).status, 0);
    assert.match(readFileSync(join(repo, 'contracts/events/topics.yaml'), 'utf8'), /retrieval\.completed/);
  });
});

describe('freeze diff between the first and the last freeze', () => {
  test('a verdict (exit 0): $id-relative refs resolve, the truly broken file is in errors, the rest is judged', () => {
    const repo = memoryosRepo();
    const r = runCli(['freeze', 'diff', '1.0.0', '2.0.0-stable', '--format', 'json'], repo);
    assert.equal(r.status, 0, r.stderr);
    const report = json(r.stdout);
    assert.deepEqual(
      report.errors.map((e) => e.file),
      ['contracts/storage/schemas/legacy_session.schema.json'],
    );
    assert.match(report.errors[0]!.message, /session_common\.json.* not found/);
    assert.equal(report.errors[0]!.line, 5);
    assert.ok(report.changes.some((c) => c.ruleId === 'response-property-added'));
    assert.equal(report.level, 'minor');
  });
});

describe('check on a pull request of the real tree', () => {
  test('a verdict with exit 1: only the contract broken at the head blocks; old breakage, examples and non-contracts are listed', () => {
    const repo = memoryosRepo();
    const r = runCli(['check', '--base-branch', 'main', '--format', 'json'], repo);
    assert.equal(r.status, 1, r.stderr);
    const report = json(r.stdout);
    const blocking = report.violations!.filter((v) => v.blocking);
    assert.deepEqual(
      blocking.map((v) => [v.ruleId, v.file]),
      [['contract-unreadable', 'contracts/storage/schemas/memory_item.schema.json']],
    );
    // errors: the broken files; never the schemas whose refs resolve through $id
    assert.deepEqual(report.errors.map((e) => e.file).sort(), [
      'contracts/storage/schemas/legacy_session.schema.json',
      'contracts/storage/schemas/memory_item.schema.json',
    ]);
    assert.ok(!report.errors.some((e) => /retrieval_completed|ISOInstant|action_decision|envelope/.test(e.file + e.message)));
    // debt: broken at the baseline too
    assert.ok(report.warnings.some((w) => /legacy_session\.schema\.json.*already at the baseline.*\[contract-unreadable\]/.test(w)));
    // examples paired by the names real trees use, mismatches as findings
    for (const pattern of [
      /envelope\.examples\.json: example 1: \/band/,
      /action_decision_02\.json: \/confidence must be <= 1/,
      /affect_state\.example\.json: \(root\) must NOT have additional properties/,
    ]) {
      assert.ok(
        report.warnings.some((w) => pattern.test(w)),
        `${pattern}\n${report.warnings.join('\n')}`,
      );
    }
    assert.ok(!report.warnings.some((w) => /action_decision_01|envelope\.examples\.json: example 0/.test(w)));
    // non-contracts: listed, never an error
    const other = report.changes
      .filter((c) => c.ruleId === 'other-file-changed')
      .map((c) => c.file)
      .sort();
    assert.deepEqual(other, ['contracts/postman/memoryos.postman_collection.json', 'contracts/tests/user_creation_workflow.test.yaml']);
    // config paths from the repository root: the envelope invariant holds and the changelog entry is found
    assert.ok(!report.violations!.some((v) => v.ruleId === 'invariant-removed'));
    assert.ok(report.checklist!.some((i) => i.done && i.text === 'contracts/CHANGELOG.md has an entry for retrieval 0.5.0'));
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  test('the same pull request without the broken file passes (exit 0)', () => {
    const repo = memoryosRepo({ pr: 'clean' });
    const r = runCli(['check', '--base-branch', 'main', '--format', 'json'], repo);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const report = json(r.stdout);
    assert.equal(report.blocked, false);
    assert.equal(report.level, 'minor');
    assert.deepEqual(
      report.errors.map((e) => e.file),
      ['contracts/storage/schemas/legacy_session.schema.json'],
    );
  });

  test('a broken $ref new at the head blocks; one also broken at the baseline is debt', () => {
    const repo = memoryosRepo({ pr: 'clean' });
    const file = join(repo, 'contracts/events/schemas/action_decision.schema.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('_common.json#/definitions/ISOInstant', '_common.json#/definitions/Instant'));
    commitAll(repo, 'typo in a ref');
    const report = json(runCli(['check', '--base-branch', 'main', '--format', 'json'], repo).stdout);
    const v = report.violations!.find((x) => x.ruleId === 'contract-unreadable');
    assert.equal(v?.file, 'contracts/events/schemas/action_decision.schema.json');
    assert.equal(v?.blocking, true);
  });
});

describe('paths in the configuration', () => {
  const withConfig = (text: string) => {
    const repo = memoryosRepo({ pr: 'clean' });
    gitRun(repo, 'checkout', '--quiet', 'main');
    writeFileSync(join(repo, '.github/contract-guard.yml'), text);
    commitAll(repo, 'config');
    gitRun(repo, 'checkout', '--quiet', 'pr');
    gitRun(repo, 'rebase', '--quiet', 'main');
    return repo;
  };
  const KEEP = 'keep: [band, obligations, policy_version, id, ts, topic, actor, device, space_id, qos, hashes, signature]';

  test("today's contracts-relative spelling still works, with a one-line deprecation warning", () => {
    const repo = withConfig(
      `invariants:\n  - id: envelope\n    file: events/envelope.schema.json\n    ${KEEP}\nversioning:\n  changelog: CHANGELOG.md\n`,
    );
    const r = runCli(['check', '--base-branch', 'main', '--format', 'json'], repo);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const report = json(r.stdout);
    assert.ok(
      report.warnings.some((w) =>
        /^config key invariants\.0\.file: 'events\/envelope\.schema\.json' is read relative to the contracts folder .*deprecated/.test(w),
      ),
      report.warnings.join('\n'),
    );
    assert.ok(report.checklist!.some((i) => i.done && i.text === 'contracts/CHANGELOG.md has an entry for retrieval 0.5.0'));
  });

  test('a configured file that exists at neither place stops with exit 2 naming the key, the path and the line', () => {
    const repo = withConfig(`# envelope\ninvariants:\n  - id: envelope\n    file: contracts/events/envelop.schema.json\n    ${KEEP}\n`);
    const r = runCli(['check', '--base-branch', 'main'], repo);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(
      r.stderr,
      /^contract-guard: error: \.github\/contract-guard\.yml:4: config key invariants\.0\.file: contracts\/events\/envelop\.schema\.json does not exist at the baseline/,
    );
    assert.doesNotMatch(r.stderr, /is gone|invariant-removed|\n\s+at /);
  });

  test('a changelog at the repository root is read from there', () => {
    const repo = withConfig('versioning:\n  changelog: CHANGELOG.md\n');
    writeFileSync(join(repo, 'CHANGELOG.md'), '# all\n## retrieval 0.5.0\n');
    // not on the base branch yet: `CHANGELOG.md` is today's contracts-relative spelling of contracts/CHANGELOG.md
    const before = json(runCli(['check', '--base-branch', 'main', '--format', 'json'], repo).stdout);
    assert.ok(before.warnings.some((w) => /versioning\.changelog: 'CHANGELOG\.md' is read relative to the contracts folder/.test(w)));
    gitRun(repo, 'checkout', '--quiet', 'main');
    writeFileSync(join(repo, 'CHANGELOG.md'), '# all\n');
    commitAll(repo, 'root changelog');
    gitRun(repo, 'checkout', '--quiet', 'pr');
    gitRun(repo, 'rebase', '--quiet', 'main');
    writeFileSync(join(repo, 'CHANGELOG.md'), '# all\n## retrieval 0.5.0\n');
    const ok = runCli(['check', '--base-branch', 'main', '--format', 'json'], repo);
    const report = json(ok.stdout);
    assert.ok(
      report.checklist!.some((i) => i.done && i.text === 'CHANGELOG.md has an entry for retrieval 0.5.0'),
      ok.stdout,
    );
    assert.ok(report.warnings.some((w) => /both CHANGELOG\.md and contracts\/CHANGELOG\.md exist; using CHANGELOG\.md/.test(w)));
  });
});
