// A pull request is hostile input: each way one could walk around the guard, or hang it, tried through the built CLI
// on real git repositories. docs/security.md names each defence and points here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createFreeze, serialize, sha256 } from '../src/core/freeze/model.js';
import { Documents, MapTree } from '../src/core/source/tree.js';
import { diffTrees } from '../src/core/diff/tree-diff.js';
import { dump } from 'js-yaml';
import { LIMITS } from '../src/core/source/limits.js';
import { DEFAULT_CONFIG } from '../src/core/policy/config.js';
import { readRuleset, spectralFindings } from '../src/services/spectral-lint.js';
import type { Report } from '../src/core/report/model.js';
import { shopSpec } from './fixtures.js';
import { CLI, checkPullRequest, commitAll, gitRepo, gitRun, pullRequestRepo, runCli, tempDir, writeTree, frozenRepo } from './helpers.js';

const SPEC = 'contracts/modules/shop/api/openapi.yaml';
const VERSIONS = 'contracts/modules/shop/versions.yaml';
const ENVELOPE = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['event_id', 'band'],
  properties: { event_id: { type: 'string' }, band: { type: 'string' } },
};
const FILES: Record<string, string> = {
  [VERSIONS]: 'current: 1.0.0\n',
  [SPEC]: shopSpec(),
  'contracts/CHANGELOG.md': '# log\n',
  'contracts/events/envelope.schema.json': JSON.stringify(ENVELOPE, null, 2) + '\n',
  '.github/contract-guard.yml':
    'versioning: {deprecation_releases: 2}\ninvariants:\n  - {id: envelope, file: contracts/events/envelope.schema.json, keep: [event_id, band]}\n',
};

/** main with FILES frozen at 1.0.0, then a branch `feature` checked out. */
function featureRepo(files: Record<string, string> = FILES): string {
  const repo = frozenRepo(files);
  gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
  return repo;
}

function check(repo: string, ...args: string[]): Report & { exit: number | null } {
  const r = runCli(['check', '--format', 'json', ...args], repo);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return { ...(JSON.parse(r.stdout) as Report), exit: r.status };
}
const blocking = (r: Report) => (r.violations ?? []).filter((v) => v.blocking).map((v) => v.ruleId);
const approvable = (r: Report) => (r.violations ?? []).filter((v) => v.approvable).map((v) => v.ruleId);

/** A freeze file as a PR could forge it: any content, SHA-256 recomputed so `freeze verify` passes it. */
function forgedFreeze(repo: string, version: string, spec: string): void {
  const tree = new MapTree([
    ['modules/shop/api/openapi.yaml', spec],
    ['modules/shop/versions.yaml', 'current: 1.0.0\n'],
  ]);
  const { freeze, index } = createFreeze(tree, version, { now: new Date() });
  writeTree(repo, {
    [`contracts/_frozen/freeze-v${version}.json`]: serialize(freeze),
    [`contracts/_frozen/sha-index-v${version}.json`]: serialize(index),
  });
}

const withoutName = shopSpec({ name: false });
const deprecatedName = shopSpec().replace('name: {type: string}', 'name: {type: string, deprecated: true}');

describe('frozen history comes from the base branch', () => {
  test('fake freezes that mark a field deprecated do not open the deprecation window', () => {
    const repo = featureRepo();
    writeTree(repo, { [SPEC]: withoutName, [VERSIONS]: 'current: 2.0.0\n' });
    const honest = check(repo);
    assert.ok(approvable(honest).includes('removal-without-deprecation'), 'the removal needs the council without a window');
    forgedFreeze(repo, '1.0.1', deprecatedName);
    forgedFreeze(repo, '1.0.2', deprecatedName);
    commitAll(repo, 'remove name, with two forged freezes');
    const r = check(repo);
    assert.ok(approvable(r).includes('removal-without-deprecation'), 'the forged history is not read');
    const forged = (r.violations ?? []).filter((v) => v.ruleId === 'frozen-history-edited');
    assert.deepEqual(forged.map((v) => v.file).sort(), ['contracts/_frozen/freeze-v1.0.1.json', 'contracts/_frozen/freeze-v1.0.2.json']);
    assert.match(forged[0]!.message, /was added, but its modules\/shop\/api\/openapi\.yaml differs from the pull request's file/);
    assert.equal(r.exit, 1);
  });

  test('a freeze-latest.json edited to drop a field is blocked, and the baseline stays the base branch freeze', () => {
    const repo = featureRepo();
    const latest = join(repo, 'contracts/_frozen/freeze-latest.json');
    const freeze = JSON.parse(readFileSync(latest, 'utf8'));
    const spec = freeze.artifacts.find((a: { path: string }) => a.path === 'modules/shop/api/openapi.yaml');
    spec.content = withoutName;
    spec.sha256 = sha256(Buffer.from(withoutName));
    spec.size = Buffer.byteLength(withoutName);
    writeFileSync(latest, JSON.stringify(freeze, null, 2) + '\n');
    commitAll(repo, 'poison the baseline');
    const r = check(repo);
    assert.deepEqual(blocking(r), ['frozen-history-edited']);
    assert.match(
      r.violations![0]!.message,
      /freeze-latest\.json was edited, but it is not a copy of the newest freeze \(freeze-v1\.0\.0\.json\)/,
    );
    assert.equal(r.exit, 1);
  });

  test('a freeze added that is not newer than the base branch newest, or leaves a file out, is blocked', () => {
    const repo = featureRepo();
    writeTree(repo, { [VERSIONS]: 'current: 1.0.1\n' });
    assert.equal(runCli(['freeze', 'create', '1.0.1'], repo).status, 0);
    assert.deepEqual(blocking(check(repo)), [], 'an honest freeze of the final tree is fine');
    writeTree(repo, { 'contracts/events/extra.schema.json': '{"type": "string"}\n' });
    const r = check(repo);
    assert.ok(
      r.violations!.some((v) => /freeze-v1\.0\.1\.json was added, but it leaves out events\/extra\.schema\.json/.test(v.message)),
      JSON.stringify(r.violations),
    );
    const old = featureRepo();
    forgedFreeze(old, '0.9.0', shopSpec());
    assert.ok(
      check(old).violations!.some((v) => /v0\.9\.0 is not newer than v1\.0\.0, the newest freeze on the base branch/.test(v.message)),
    );
  });

  test('a tag named like the base branch does not stand in for it (git looks for tags before branches)', () => {
    const repo = featureRepo();
    writeTree(repo, { [SPEC]: withoutName });
    commitAll(repo, 'drop name');
    // on a commit of its own: a freeze that already holds the change, tagged `main` and `origin/main`
    gitRun(repo, 'checkout', '--quiet', '--detach');
    forgedFreeze(repo, '1.0.0', withoutName);
    writeTree(repo, {
      'contracts/_frozen/freeze-latest.json': readFileSync(join(repo, 'contracts/_frozen/freeze-v1.0.0.json'), 'utf8'),
    });
    commitAll(repo, 'a baseline of my own');
    gitRun(repo, 'tag', 'main');
    gitRun(repo, 'tag', 'origin/main');
    gitRun(repo, 'checkout', '--quiet', 'feature');
    for (const args of [[], ['--base-branch', 'origin/main']]) {
      if (args.length) gitRun(repo, 'update-ref', 'refs/remotes/origin/main', 'refs/heads/main');
      const r = check(repo, ...args);
      assert.equal(r.level, 'major', `${args.join(' ')}: ${r.baseline}`);
      assert.ok(r.changes.some((c) => c.level === 'major' && /name/.test(c.message)));
    }
  });

  test('a base branch whose freeze does not verify is said at every check', () => {
    const repo = gitRepo(FILES);
    assert.equal(runCli(['freeze', 'create', '1.0.0'], repo).status, 0);
    const latest = join(repo, 'contracts/_frozen/freeze-latest.json');
    writeFileSync(latest, readFileSync(latest, 'utf8').replace('name: {type: string}', 'name: {type: integer}'));
    commitAll(repo, 'a hand edit, merged before the guard ran');
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    const r = check(repo);
    assert.ok(
      r.warnings.some((w) =>
        /^contracts\/_frozen\/freeze-latest\.json on main does not verify \(1 artifact, first modules\/shop\/api\/openapi\.yaml: content does not match its SHA-256/.test(
          w,
        ),
      ),
      r.warnings.join('\n'),
    );
  });

  test('anything else under _frozen/ is refused', () => {
    const repo = featureRepo();
    writeTree(repo, { 'contracts/_frozen/notes.json': '{}\n' });
    assert.match(check(repo).violations!.find((v) => v.ruleId === 'frozen-history-edited')!.message, /notes\.json was added: only freezes/);
  });
});

describe('the policy comes from the base branch, in the CLI too', () => {
  const dropped = JSON.stringify({ ...ENVELOPE, required: ['event_id'], properties: { event_id: { type: 'string' } } }, null, 2);
  test("the pull request's own policy cannot switch a rule off", () => {
    const repo = featureRepo();
    writeTree(repo, {
      '.github/contract-guard.yml': 'rules: {invariant-removed: off, major-change: off, version-bump-missing: off}\n',
      'contracts/events/envelope.schema.json': dropped,
    });
    commitAll(repo, 'weaken the policy and drop band');
    const r = check(repo, '--base-branch', 'main');
    assert.ok(blocking(r).includes('invariant-removed'), JSON.stringify(r.violations));
    assert.ok(
      r.warnings.some((w) => /working tree's \.github\/contract-guard\.yml differs from main's, which is the one that applies/.test(w)),
    );
    const mine = check(repo, '--base-branch', 'main', '--config', '.github/contract-guard.yml');
    assert.ok(!blocking(mine).includes('invariant-removed'), '--config asks for the working tree policy');
    assert.ok(
      mine.warnings.some((w) => /policy from the working tree's \.github\/contract-guard\.yml \(--config\), not from main/.test(w)),
    );
  });

  test('with no policy on the base branch, the defaults apply, never the one the pull request adds', () => {
    const files = { ...FILES };
    delete files['.github/contract-guard.yml'];
    const repo = featureRepo(files);
    writeTree(repo, { '.github/contract-guard.yml': 'rules: {version-bump-missing: off, major-change: off}\n', [SPEC]: withoutName });
    const r = check(repo);
    assert.ok(blocking(r).includes('version-bump-missing'));
    assert.ok(r.warnings.some((w) => /is not on main yet: judged by the built-in defaults/.test(w)));
    assert.ok(!approvable(r).includes('policy-changed'), 'no Council on main: no one to ask, and naming one is a policy edit');
  });

  test("a pull request that edits the guard's policy or adds a Spectral ruleset needs the Council, and is told what it changed", () => {
    const POLICY = '.github/contract-guard.yml';
    const council = FILES[POLICY] + 'council:\n  users: [alice, bob]\n  approvals: 2\n';
    const repo = featureRepo({ ...FILES, [POLICY]: council });
    // comments and layout only: what the policy says is the same, nothing to ask
    writeTree(repo, { [POLICY]: '# the Council decides\n' + council.replace('[alice, bob]', '[ alice,  bob ]') });
    commitAll(repo, 'comment the policy');
    assert.ok(!approvable(check(repo, '--base-branch', 'main')).includes('policy-changed'));

    // next pull requests would be judged by a Council of one the author names, with major changes let through
    writeTree(repo, {
      [POLICY]: council.replace('[alice, bob]', '[mallory]').replace('approvals: 2', 'approvals: 1') + 'rules: {major-change: off}\n',
      '.spectral.yaml': 'extends: [spectral:oas]\n',
    });
    commitAll(repo, 'a Council of one');
    const r = check(repo, '--base-branch', 'main');
    const asked = (r.violations ?? []).filter((v) => v.ruleId === 'policy-changed');
    assert.deepEqual(
      asked.map((v) => [v.file, v.approvable, v.line]),
      [
        ['.github/contract-guard.yml', true, 5],
        ['.spectral.yaml', true, undefined],
      ],
    );
    assert.equal(
      asked[0]!.message,
      '.github/contract-guard.yml changed: `council.users`: `["alice","bob"]` → `["mallory"]`; `council.approvals`: `2` → `1`; `rules`: absent → `{"major-change":"off"}`',
    );
    assert.equal(asked[1]!.message, '.spectral.yaml changed: added');
    assert.equal(r.approval?.required, true);
    assert.ok(r.checklist?.some((i) => i.text === 'The Contract Council approves the change to .github/contract-guard.yml'));
    assert.ok(!r.checklist?.some((i) => /freeze create/.test(i.text)), 'nothing of the contracts changed: nothing to freeze');

    // a policy that no longer parses says why, at its line
    writeTree(repo, { [POLICY]: council + 'rules: {major-change: off\n' });
    commitAll(repo, 'a broken policy');
    const broken = (check(repo, '--base-branch', 'main').violations ?? []).find((v) => v.ruleId === 'policy-changed')!;
    assert.match(broken.message, /^\.github\/contract-guard\.yml changed: it no longer parses \(invalid YAML: [^)]+\)$/);
    assert.ok(broken.line !== undefined && broken.line >= 8, String(broken.line));

    // long values: each cut within its own code span, never the message in the middle of one
    const long = '`<img src=x onerror=alert(1)>` '.repeat(20);
    writeTree(repo, { [POLICY]: council.replace('[alice, bob]', JSON.stringify([long, 'a', 'b'])) + `rules: {${'x'.repeat(300)}: off}\n` });
    commitAll(repo, 'long values');
    const message = (check(repo, '--base-branch', 'main').violations ?? []).find((v) => v.ruleId === 'policy-changed')!.message;
    assert.equal(
      message,
      '.github/contract-guard.yml changed: `council.users`: `["alice","bob"]` → `` ["`<img src=x onerror=alert(1)>` `<im... ``; `rules`: absent → `{"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...`',
    );
  });
});

describe('what is checked is decided on the base branch', () => {
  const user = (type: string) =>
    JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { id: { type } } });

  test('a pull request that adds a contracts/ folder does not take the rest of the repository out of its own check', () => {
    // no configuration and no contracts/ folder on main: the whole repository is checked
    const repo = gitRepo({ 'schemas/user.schema.json': user('string') });
    gitRun(repo, 'checkout', '--quiet', '-b', 'pr');
    writeTree(repo, { 'contracts/README.md': '# contracts\n', 'schemas/user.schema.json': user('boolean') });
    commitAll(repo, 'a contracts folder, and a break elsewhere');
    for (const args of [['--head', 'pr'], []]) {
      const report = JSON.parse(runCli(['check', '--base-branch', 'main', '--format', 'json', ...args], repo).stdout) as Report;
      assert.equal(report.level, 'major', `check ${args.join(' ')}`);
      assert.ok(report.changes.some((c) => c.file === 'schemas/user.schema.json' && c.level === 'major'));
    }
  });

  test('a policy that names only the Council reads the whole repository when it has no contracts/ folder, and a break in a unit without a version needs the Council', () => {
    const repo = gitRepo({ '.github/contract-guard.yml': 'council:\n  users: [alice]\n', 'schemas/user.schema.json': user('string') });
    gitRun(repo, 'checkout', '--quiet', '-b', 'pr');
    writeTree(repo, { 'schemas/user.schema.json': user('number') });
    commitAll(repo, 'break');
    const report = JSON.parse(runCli(['check', '--base-branch', 'main', '--head', 'pr', '--format', 'json'], repo).stdout) as Report;
    assert.ok(
      report.changes.some((c) => c.file === 'schemas/user.schema.json' && c.level === 'major'),
      JSON.stringify(report.changes),
    );
    assert.equal(report.approval?.required, true);
    assert.ok((report.violations ?? []).some((v) => v.ruleId === 'major-change'));
  });
});

describe('nothing a contract holds runs unbounded', () => {
  const evil = 'a'.repeat(40) + '!';
  const hostile = (schema: object, example: unknown) => ({
    'contracts/modules/shop/storage/token.schema.json': JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      ...schema,
    }),
    'contracts/modules/shop/examples/token.json': JSON.stringify(example),
  });
  /** The built CLI, killed after 60 s: a catastrophic pattern on a backtracking engine runs for minutes. */
  const bounded = (args: string[], cwd: string) => {
    const r = spawnSync(process.execPath, [CLI, ...args], {
      cwd,
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 1 << 28,
      env: { ...process.env, NO_COLOR: '1' },
    });
    assert.notEqual(r.signal, 'SIGTERM', 'killed: the check did not finish');
    return r;
  };

  test('a catastrophic pattern in a schema, its example and patternProperties: judged, the example refused', () => {
    const repo = featureRepo({ ...FILES, ...hostile({ type: 'string', pattern: '^[a-z]+$' }, 'abc') });
    writeTree(repo, {
      ...hostile({ type: 'string', pattern: '^(a+)+$' }, evil),
      'contracts/modules/shop/storage/bag.schema.json': JSON.stringify({
        type: 'object',
        patternProperties: { '^(x+x+)+y$': { type: 'string' } },
      }),
      'contracts/modules/shop/examples/bag.json': JSON.stringify({ ['x'.repeat(40)]: 1 }),
    });
    const r = bounded(['check', '--format', 'json'], repo);
    const report = JSON.parse(r.stdout) as Report;
    assert.ok(
      report.violations!.some((v) => v.ruleId === 'example-invalid' && v.file === 'contracts/modules/shop/examples/token.json'),
      JSON.stringify(report.violations),
    );
    assert.ok(report.changes.some((c) => c.ruleId.endsWith('pattern-changed') || c.ruleId.endsWith('pattern-added')));
  });

  test('a pattern whose automaton has millions of ways to its first string is sampled in memory bounded by its states', () => {
    // refa's words() walked paths: `([a-z]{1,8}-){24}` has millions shorter than its first string (4 GB, then a crash)
    const dir = tempDir();
    const schema = (pattern: string) =>
      JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string', pattern });
    writeTree(dir, { 'a/s.json': schema('^[a-z]+$'), 'b/s.json': schema(`^(${'[a-z]{1,8}-'.repeat(24)})x$`) });
    const r = spawnSync(process.execPath, [CLI, 'diff', 'a', 'b', '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '--max-old-space-size=256' },
    });
    assert.equal(r.status, 0, r.stderr.slice(0, 300));
    const change = (JSON.parse(r.stdout) as Report).changes.find((c) => c.ruleId.endsWith('pattern-changed'))!;
    assert.deepEqual([change.level, change.semantic?.verdict, change.semantic?.witness], ['major', 'breaking', 'a']);
  });

  test("a format's expression does not run away on a long example: RE2 where it can run it, else long strings unchecked", () => {
    // ajv-formats' `url` backtracks in time quadratic in the string: 400,000 characters took minutes
    const long = 'http://' + ':'.repeat(400_000);
    const repo = featureRepo({ ...FILES, ...hostile({ type: 'string', format: 'url' }, 'https://example.com') });
    writeTree(repo, {
      ...hostile({ type: 'string', format: 'url' }, long),
      'contracts/modules/shop/storage/mail.schema.json': JSON.stringify({ type: 'string', format: 'email' }),
      'contracts/modules/shop/examples/mail.json': JSON.stringify('a'.repeat(400_000) + '!'),
    });
    const report = JSON.parse(bounded(['check', '--format', 'json'], repo).stdout) as Report;
    const invalid = report.violations!.filter((v) => v.ruleId === 'example-invalid').map((v) => v.file);
    // `email` runs on RE2, and the string is no address; `url` cannot, and a string that long is not checked
    assert.deepEqual(invalid, ['contracts/modules/shop/examples/mail.json'], JSON.stringify(report.violations));
  });

  test("a code invariant's pattern (the policy's) runs over a pull request's files in linear time, and still finds its lines", () => {
    // the policy's own example is quadratic on a backtracking engine (a megabyte line: minutes), a nested one exponential
    const policy =
      'invariants:\n' +
      '  - {id: no-keys, paths: ["src/**/*.py"], forbid: "serialize.*api_key"}\n' +
      '  - {id: calls, paths: ["src/**/*.py"], require: "^(\\\\w+\\\\s?)+\\\\("}\n';
    const repo = featureRepo({ ...FILES, '.github/contract-guard.yml': policy, 'src/app.py': 'run(x)\n' });
    writeTree(repo, {
      'src/app.py': 'run(x)\n' + 'serialize'.repeat(200_000) + '\n' + 'x = 1\nserialize(model, api_key)\n',
      'src/other.py': 'a'.repeat(40) + '!\n',
    });
    commitAll(repo, 'a long line');
    const r = JSON.parse(bounded(['check', '--format', 'json', '--base-branch', 'main'], repo).stdout) as Report;
    const forbidden = r.violations!.filter((v) => v.ruleId === 'code-invariant-forbidden');
    assert.deepEqual(
      forbidden.map((v) => v.line),
      [4],
      JSON.stringify(forbidden),
    );
    assert.deepEqual(
      r.violations!.filter((v) => v.ruleId === 'code-invariant-missing').map((v) => v.file),
      ['src/other.py'],
    );
  });

  test('60,000 properties each changing type are 60,000 changes, grouped in time linear in them', () => {
    // changes were grouped by file and by unit copying the group at every change: over a minute here
    const dir = tempDir('cg-wide-');
    const schema = (type: string) =>
      JSON.stringify({ type: 'object', properties: Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`p${i}`, { type }])) });
    writeTree(dir, { 'a.schema.json': schema('string'), 'b.schema.json': schema('integer') });
    const r = bounded(['diff', join(dir, 'a.schema.json'), join(dir, 'b.schema.json'), '--format', 'json'], dir);
    const report = JSON.parse(r.stdout) as Report;
    assert.equal(report.changes.length, 60_000);
    assert.deepEqual(report.modules, [{ name: 'globals', level: 'major', changes: 60_000 }]);
  });

  test('consumers a pull request drops from the list with its break are still to be told, and named so', () => {
    const repo = featureRepo({ ...FILES, [VERSIONS]: 'current: 1.0.0\nconsumers: [billing, search]\n' });
    writeTree(repo, { [SPEC]: withoutName, [VERSIONS]: 'current: 2.0.0\nconsumers: [search, web]\n' });
    commitAll(repo, 'a break, and billing no longer listed');
    const r = check(repo);
    assert.deepEqual(
      r.checklist!.filter((i) => /^Notify/.test(i.text)).map((i) => i.text),
      ['Notify the consumers of shop: billing (dropped from the list by this pull request), search, web'],
    );
  });

  test("a versions file's consumers are read as YAML: blank lines after `consumers:` cost nothing, a list one per line is read", () => {
    // an expression over the text took time quadratic in the blank lines (100 KB: 9 s; these 600 KB: minutes)
    const repo = featureRepo();
    const padded = (list: string) => `current: 2.0.0\nconsumers:\n${' \n'.repeat(300_000)}${list}`;
    writeTree(repo, { [SPEC]: withoutName, [VERSIONS]: padded('owners: [shop]\n') });
    commitAll(repo, 'a break, and a padded versions file');
    const r = JSON.parse(bounded(['check', '--format', 'json', '--base-branch', 'main'], repo).stdout) as Report;
    assert.ok(
      r.checklist!.some((i) => /^Notify the consumers of shop/.test(i.text)),
      JSON.stringify(r.checklist),
    );
    writeTree(repo, { [VERSIONS]: padded('  - billing\n  - search\n') });
    commitAll(repo, 'consumers one per line');
    const listed = JSON.parse(bounded(['check', '--format', 'json', '--base-branch', 'main'], repo).stdout) as Report;
    assert.ok(
      listed.checklist!.some((i) => i.text === 'Notify the consumers of shop: billing, search'),
      JSON.stringify(listed.checklist),
    );
  });

  test('Avro IDL is read in time linear in the file: 20,000 fields, then a change in the first', () => {
    // avsc counted a line number from the file's start for every optional part a field lacked: over a minute here
    const dir = tempDir('cg-idl-');
    const idl = (first: string) =>
      `protocol P {\n  record A {\n    ${first} f0;\n${Array.from({ length: 20_000 }, (_, i) => `    int f${i + 1};`).join('\n')}\n  }\n}\n`;
    writeTree(dir, { 'a/p.avdl': idl('int'), 'b/p.avdl': idl('string') });
    const r = bounded(['diff', join(dir, 'a/p.avdl'), join(dir, 'b/p.avdl'), '--format', 'json'], dir);
    const report = JSON.parse(r.stdout) as Report;
    assert.deepEqual(
      report.changes.map((c) => `${c.ruleId}:${c.line}`),
      ['avro-type-changed:3'],
    );
  });

  test("the policy's globs match a pull request's paths in linear time, however deep, and still match them", () => {
    // picomatch took 1.1 s for one such path of a thousand characters against this glob, and its time grows as the
    // path's length to the fourth power
    const policy = 'files:\n  ignore: ["**/a/**/b/**/c/**/*.schema.json"]\n';
    const repo = featureRepo({ ...FILES, '.github/contract-guard.yml': policy });
    const deep = (leaf: string) => `contracts/${'a/b/c/'.repeat(300)}${leaf}`;
    for (let i = 0; i < 8; i++) writeTree(repo, { [deep(`x${i}.schema.json`)]: '{' });
    writeTree(repo, { [deep('kept.json')]: '{' });
    commitAll(repo, 'deep paths');
    const r = bounded(['check', '--format', 'json', '--base-branch', 'main'], repo);
    const report = JSON.parse(r.stdout) as Report;
    // the eight ignored files are not read; the one the glob does not match is, and does not parse
    const unreadable = report.warnings.filter((w) => /not readable as data/.test(w));
    assert.equal(unreadable.length, 1, unreadable.join('\n').slice(0, 500));
    assert.ok(unreadable[0]!.startsWith(`${deep('kept.json')}:1: `));
  });

  test('Spectral is not handed a long string where a format only a backtracking expression checks is used', () => {
    const spec = (example: string) =>
      shopSpec().replace(
        '                  id: {type: string}',
        () => `                  id: {type: string, format: url, example: '${example}'}`,
      );
    const ruleset = 'extends: [[spectral:oas, off]]\nrules:\n  oas3-valid-schema-example: error\n';
    const repo = featureRepo({ ...FILES, [SPEC]: spec('https://example.com'), '.spectral.yaml': ruleset });
    writeTree(repo, { [SPEC]: spec('http://' + ':'.repeat(400_000)) });
    const r = JSON.parse(bounded(['check', '--format', 'json'], repo).stdout) as Report;
    const skipped = [...(r.warned ?? []), ...(r.violations ?? [])].find((v) =>
      /not linted: a string of 400,007 characters/.test(v.message),
    );
    assert.ok(skipped, JSON.stringify(r.warned));
    assert.match(skipped.message, /format "url"/);
  });

  test('Spectral on a description with a catastrophic pattern finishes; a lookahead pattern is not handed to it', () => {
    const spec = (pattern: string) =>
      shopSpec().replace(
        '                  id: {type: string}',
        () => `                  id: {type: string, pattern: '${pattern}', example: '${evil}'}`,
      );
    const ruleset = 'extends: [[spectral:oas, off]]\nrules:\n  oas3-valid-media-example: error\n  oas3-valid-schema-example: error\n';
    const repo = featureRepo({ ...FILES, [SPEC]: spec('^[a-z!]+$'), '.spectral.yaml': ruleset });
    writeTree(repo, { [SPEC]: spec('^(a+)+$') });
    const r = JSON.parse(bounded(['check', '--format', 'json'], repo).stdout) as Report;
    assert.ok(
      r.violations!.some((v) => v.ruleId === 'spectral-error'),
      'Spectral ran and found the example invalid',
    );
    writeTree(repo, { [SPEC]: spec('^(?=a)(a+)+$') });
    const look = JSON.parse(bounded(['check', '--format', 'json'], repo).stdout) as Report;
    const skipped = [...(look.warned ?? []), ...(look.violations ?? [])].find((v) => /not linted: pattern/.test(v.message));
    assert.ok(skipped, JSON.stringify(look.warned));
    assert.match(skipped.message, /cannot be checked safely: RE2 cannot run it/);
  });

  test('Spectral lints descriptions within a byte budget: past it, a description is said to be unlinted', async () => {
    // Spectral takes ~4 s a MB: a pull request adding large descriptions added minutes to the check
    const api = (title: string) =>
      JSON.stringify({
        openapi: '3.1.0',
        info: { title, version: '1' },
        paths: { '/x': { get: { responses: { '200': { description: 'ok' } } } } },
        components: { schemas: { Padding: { description: 'p'.repeat(2_000) } } },
      });
    const tree = new MapTree([
      ['a.json', api('a')],
      ['b.json', api('b')],
      ['c.json', api('c')],
    ]);
    const ruleset = (await readRuleset(DEFAULT_CONFIG, async (p) =>
      p === '.spectral.yaml' ? 'extends: [[spectral:oas, recommended]]\n' : undefined,
    ))!;
    const limit = LIMITS.maxLintedBytes;
    LIMITS.maxLintedBytes = Math.floor(tree.read('a.json')!.length * 2.5);
    try {
      const findings = await spectralFindings(ruleset, new Documents(tree), tree.paths());
      const byFile = (f: string) => findings.filter((x) => x.file === f).map((x) => String(x.params.code));
      assert.ok(byFile('a.json').includes('info-contact'), 'the first is linted');
      assert.ok(byFile('b.json').includes('info-contact'), 'and the second');
      assert.deepEqual(byFile('c.json'), ['over-budget']);
      const said = findings.find((x) => x.file === 'c.json')!;
      assert.equal(said.ruleId, 'spectral-warning');
      assert.match(String(said.params.message), /^not linted: the descriptions linted in this check would pass 0\.0 MB with this one/);
    } finally {
      LIMITS.maxLintedBytes = limit;
    }
  });

  test('a file of 5,000 [ is one line naming it (exit 2); an enum of 150,000 values is judged', () => {
    const dir = tempDir();
    writeTree(dir, {
      'ok.json': '{}\n',
      'deep.json': '['.repeat(5000),
      'a.schema.json': JSON.stringify({ type: 'string', enum: Array.from({ length: 150_000 }, (_, i) => `v${i}`) }),
      'b.schema.json': JSON.stringify({ type: 'string', enum: Array.from({ length: 149_999 }, (_, i) => `v${i}`) }),
    });
    const deep = runCli(['diff', 'ok.json', 'deep.json'], dir);
    assert.equal(deep.status, 2);
    assert.equal(deep.stdout, '', 'no verdict before the error');
    assert.equal(deep.stderr.trim(), 'contract-guard: error: deep.json:1: nesting deeper than 200 levels');
    const big = runCli(['diff', 'a.schema.json', 'b.schema.json', '--format', 'json'], dir);
    assert.equal(big.status, 0, big.stderr);
    const out = JSON.parse(big.stdout) as Report;
    assert.equal(out.level, 'major');
    assert.match(out.changes[0]!.message, /enum value v149999 removed/);
  });

  test('a value of a megabyte is abridged in every message and hint; a pattern past 100,000 characters is refused, not compiled', () => {
    // a removed enum value was printed whole in its message and its hint (a megabyte per change, in every annotation),
    // and a megabyte pattern took ~48 s in the judge's sampler (refa) and RE2
    const dir = tempDir();
    const huge = 'x'.repeat(1_000_000);
    writeTree(dir, {
      'a.schema.json': JSON.stringify({ type: 'string', enum: [huge, 'ok'] }),
      'b.schema.json': JSON.stringify({ type: 'string', enum: ['ok'] }),
      'c.schema.json': JSON.stringify({ type: 'string', pattern: `^${huge}$` }),
      'd.schema.json': JSON.stringify({ type: 'string', pattern: `^y${huge}$` }),
    });
    const text = runCli(['diff', 'a.schema.json', 'b.schema.json'], dir);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /enum value x{100,}\.\.\. removed/);
    assert.ok(text.stdout.length < 5_000, `${text.stdout.length} characters`);
    const r = runCli(['diff', 'c.schema.json', 'd.schema.json', '--format', 'json'], dir);
    assert.equal(r.status, 0, r.stderr);
    const [change] = (JSON.parse(r.stdout) as Report).changes;
    assert.equal(change!.ruleId, 'storage-pattern-changed');
    assert.ok(change!.message.length < 600, `${change!.message.length} characters of message`);
    assert.deepEqual(change!.semantic, {
      verdict: 'unproven',
      reason: `pattern ${JSON.stringify('^' + 'x'.repeat(76) + '…')} cannot be checked safely: longer than 100,000 characters (1,000,002)`,
    });
  });

  test('$refs that chain or nest thousands deep are one line each naming the file, not an internal error or minutes', () => {
    // each was "internal error: Maximum call stack size exceeded" (exit 3); a chain of 10,000 aliases, once the
    // stack held, took 300 s, as each $ref was followed to the chain's end
    const api = (schemas: (i: number) => object, n: number, type: string) =>
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 't', version: '1' },
        paths: {
          '/x': {
            post: {
              requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/S0' } } } },
              responses: { '200': { description: 'ok' } },
            },
          },
        },
        components: { schemas: Object.fromEntries(Array.from({ length: n }, (_, i) => [`S${i}`, i === n - 1 ? { type } : schemas(i)])) },
      });
    const alias = (i: number) => ({ $ref: `#/components/schemas/S${i + 1}` });
    const nest = (i: number) => ({ type: 'object', properties: { n: { $ref: `#/components/schemas/S${i + 1}` } } });
    const file = (i: number, type: string) =>
      JSON.stringify(i === 1_999 ? { type } : { type: 'object', properties: { n: { $ref: `s${i + 1}.schema.json` } } });
    const dir = tempDir();
    writeTree(dir, {
      'chain/a/api.json': api(alias, 10_000, 'string'),
      'chain/b/api.json': api(alias, 10_000, 'integer'),
      'nest/a/api.json': api(nest, 1_500, 'string'),
      'nest/b/api.json': api(nest, 1_500, 'integer'),
      ...Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`files/a/s${i}.schema.json`, file(i, 'string')])),
      ...Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`files/b/s${i}.schema.json`, file(i, 'integer')])),
    });
    for (const [tree, said] of [
      ['chain', /^api\.json:1: a chain of more than 300 \$refs, each to the next$/m],
      ['nest', /^api\.json:1: schemas nested more than 300 levels deep: not compared beyond this schema$/m],
      ['files', /^s\d+\.schema\.json:1: schemas nested more than 300 levels deep: not compared beyond this schema$/m],
    ] as const) {
      const r = bounded(['diff', `${tree}/a`, `${tree}/b`, '--format', 'json'], dir);
      assert.equal(r.status, 0, `${tree}: ${r.stderr.slice(0, 300)}`);
      const errors = (JSON.parse(r.stdout) as Report).errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n');
      assert.match(errors, said, `${tree}: ${errors}`);
    }
  });

  test('a bound no value could meet in memory makes no value of that size: minItems 500,000,000 is judged, not a crash', () => {
    // the judge filled a candidate array up to minItems: V8 gave up past ~170 million items with a fatal error (signal 5)
    const dir = tempDir();
    writeTree(dir, {
      'a.schema.json': JSON.stringify({ type: 'array', minItems: 500_000_000 }),
      'b.schema.json': JSON.stringify({ type: 'array', minItems: 500_000_000, maxItems: 600_000_000 }),
    });
    const r = bounded(['diff', 'a.schema.json', 'b.schema.json', '--format', 'json'], dir);
    assert.equal(r.status, 0, r.stderr.slice(0, 300));
    const change = (JSON.parse(r.stdout) as Report).changes.find((c) => c.ruleId === 'storage-constraint-tightened');
    assert.equal(change?.level, 'major');
    assert.equal(change?.semantic?.witness, undefined, 'no value of 600,000,001 items is made to show it');
  });
});

describe('a contract over the size limit', () => {
  const BIG = 'contracts/modules/shop/big.schema.json';
  /** main holds BIG, sparse (33 MiB that take no room), unfrozen: unreadable on the base branch already (debt). */
  const withBig = () => {
    const repo = gitRepo({ [VERSIONS]: 'current: 1.0.0\n' });
    const fd = openSync(join(repo, BIG), 'w');
    ftruncateSync(fd, LIMITS.maxFileBytes + 1024 * 1024);
    closeSync(fd);
    commitAll(repo, 'a large contract');
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    return repo;
  };
  const scribble = (repo: string) => {
    const fd = openSync(join(repo, BIG), 'r+');
    writeSync(fd, '{"required": ["a pull request wrote this"]}', 4096);
    closeSync(fd);
  };

  test('changed, it is a change that cannot be judged, not "no contract changes": in a commit and in the working tree', () => {
    const repo = withBig();
    const unchanged = check(repo, '--base-branch', 'main');
    assert.deepEqual(unchanged.changes, [], 'the same file on both sides is no change');
    scribble(repo);
    for (const head of [[], ['--head', 'feature']]) {
      if (head.length) commitAll(repo, 'edited');
      const r = check(repo, '--base-branch', 'main', ...head);
      assert.deepEqual(
        r.changes.map((c) => [c.ruleId, c.level, c.file]),
        [['unreadable-contract-changed', 'major', BIG]],
      );
      assert.match(r.changes[0]!.message, /cannot be read on either side \(file is 33\.0 MB, over the 32\.0 MB limit\)/);
      assert.ok(blocking(r).includes('version-bump-missing'));
    }
  });

  test("the guard's policy grown past the size limit by a pull request is not read, and asks the Council all the same", () => {
    const POLICY = '.github/contract-guard.yml';
    const repo = featureRepo({ ...FILES, [POLICY]: FILES[POLICY] + 'council:\n  users: [alice]\n' });
    const fd = openSync(join(repo, POLICY), 'r+');
    ftruncateSync(fd, LIMITS.maxFileBytes + 1024 * 1024);
    closeSync(fd);
    for (const head of [[], ['--head', 'feature']]) {
      if (head.length) commitAll(repo, 'a policy of 33 MB');
      const asked = (check(repo, '--base-branch', 'main', ...head).violations ?? []).filter((v) => v.ruleId === 'policy-changed');
      assert.deepEqual(
        asked.map((v) => v.message),
        ['.github/contract-guard.yml changed: not read: file is 33.0 MB, over the 32.0 MB limit'],
        head.join(' ') || 'working tree',
      );
    }
  });

  test('added by a pull request, it blocks as too large to read, with what to do about that (not "fix the file")', () => {
    const repo = gitRepo({ [VERSIONS]: 'current: 1.0.0\n' });
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    const fd = openSync(join(repo, BIG), 'w');
    ftruncateSync(fd, LIMITS.maxFileBytes + 1024 * 1024);
    closeSync(fd);
    commitAll(repo, 'a large contract');
    const r = check(repo, '--base-branch', 'main', '--head', 'feature');
    assert.deepEqual(blocking(r), ['contract-too-large']);
    const v = r.violations!.find((x) => x.ruleId === 'contract-too-large')!;
    assert.equal(v.message, `${BIG}: file is 33.0 MB, over the 32.0 MB limit`);
    assert.match(
      v.fix,
      /smaller or split it, or, when the files before it take what a check reads, split the pull request; .* `files\.ignore`/,
    );
  });

  test('freeze create refuses it by name, exit 2, and writes nothing (it snapshot 32 MB of zeros)', () => {
    const repo = withBig();
    const r = runCli(['freeze', 'create', '1.0.0'], repo);
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr.trim(),
      `contract-guard: error: ${BIG}: file is 33.0 MB, over the 32.0 MB limit: a freeze cannot hold it (leave it out with files.ignore)`,
    );
    assert.equal(gitRun(repo, 'status', '--porcelain').trim(), '');
  });
});

describe('what a pull request writes in its contracts stays text in the comment', () => {
  test('names and values with backticks, line breaks, HTML, links and @-mentions render as text, in one row each', async () => {
    const { marked } = await import('marked');
    const evil =
      'a`b|c\n### contract-guard ✅ passes: no contract changes\n@acme/council <img src=https://evil.example/t.png> [approve here](https://evil.example) <details>';
    const schema = (props: Record<string, unknown>, required: string[]) =>
      JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', required, properties: props });
    const repo = gitRepo({
      'schemas/order.schema.json': schema({ id: { type: 'string' }, [evil]: { enum: ['ok', '@everyone'] } }, ['id']),
    });
    writeTree(repo, {
      'schemas/order.schema.json': schema({ id: { type: 'string' }, [evil]: { enum: ['ok'] }, ['x\n| injected | row |']: {} }, [
        'id',
        evil,
      ]),
    });
    const r = runCli(['check', '--base-branch', 'main', '--format', 'markdown'], repo);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const html = await marked.parse(r.stdout, { gfm: true });
    assert.equal(html.match(/<h3/g)?.length, 1, 'one heading: the verdict');
    assert.match(html, /<h3[^>]*>contract-guard ⚠️ needs Contract Council approval/);
    assert.ok(!/<img/.test(html), 'no image');
    // links: the rule docs, or a bare address shown as itself (as GitHub links one); never text over another address
    const links = [...html.matchAll(/<a href="([^"]*)">([\s\S]*?)<\/a>/g)].map((m) => [m[1]!, m[2]!] as const);
    assert.ok(links.length > 0);
    for (const [href, text] of links)
      assert.ok(href.startsWith('https://github.com/contract-guard/') || href === text, `${text} → ${href}`);
    assert.equal(html.match(/<details>/g)?.length, 1, "only the comment's own collapsed section");
    // outside code, no mention: `@` is kept from touching the name
    const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '');
    assert.ok(!/@(acme|everyone)/.test(outsideCode), outsideCode);
    // every row of the breaking-changes table has its three cells
    const table = html.slice(0, html.indexOf('</table>'));
    for (const row of table.split('<tr>').slice(2)) assert.equal(row.match(/<td/g)?.length, 3, row);
    assert.ok(!r.stdout.includes('\n| injected'), 'a line break in a name starts no line of its own');
  });

  test('invisible characters in a name are shown as escapes: a zero-width space does not make a removal look like nothing', () => {
    const schema = (props: Record<string, unknown>) =>
      JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: props });
    const repo = gitRepo({ 'schemas/order.schema.json': schema({ id: { type: 'string' }, total: { type: 'number' } }) });
    // `id` renamed to itself and a zero-width space; `total` to a name a right-to-left override shows reversed
    writeTree(repo, { 'schemas/order.schema.json': schema({ 'id\u200b': { type: 'string' }, '\u202elatot': { type: 'number' } }) });
    for (const format of ['markdown', 'text']) {
      const r = runCli(['check', '--base-branch', 'main', '--format', format], repo);
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      assert.ok(!/[\u200b\u202e]/.test(r.stdout.replace(/@\u200b/g, '')), `${format}: no invisible character reaches the reader`);
      assert.match(r.stdout, /id\\u200b/, format);
      assert.match(r.stdout, /\\u202elatot/, format);
    }
  });

  test('a property named with `: ` or a dot is quoted in the place a message names, and the comment splits it there', async () => {
    // `.a: b: type changed…` was split at the name: "where" `.a`, "what" `b: type changed…`; `.x.y` read as nested
    const { marked } = await import('marked');
    const schema = (type: string) =>
      JSON.stringify({ type: 'object', properties: { 'a: b': { type }, 'x.y': { type }, 'x-id': { type } } });
    const repo = gitRepo({ 'schemas/order.schema.json': schema('string') });
    writeTree(repo, { 'schemas/order.schema.json': schema('integer') });
    const json = JSON.parse(runCli(['check', '--base-branch', 'main', '--format', 'json'], repo).stdout) as Report;
    assert.deepEqual(json.changes.map((c) => c.message.split(': type changed')[0]).sort(), [
      'order.schema.json .x-id',
      'order.schema.json ["a: b"]',
      'order.schema.json ["x.y"]',
    ]);
    const html = await marked.parse(runCli(['check', '--base-branch', 'main', '--format', 'markdown'], repo).stdout, { gfm: true });
    const breaking = html.slice(0, html.indexOf('</table>'));
    const whats = [...breaking.matchAll(/<tr>\s*<td>[\s\S]*?<\/td>\s*<td>([^<]*)/g)].map((m) => m[1]!.trim());
    assert.deepEqual(whats, [
      'type changed from string to integer',
      'type changed from string to integer',
      'type changed from string to integer',
    ]);
  });

  test('a file name with backticks, a link, a mention, a pipe or a terminal escape renders as text, in its row', async () => {
    const { marked } = await import('marked');
    // git allows all of these in a name; a span written around the path ended at its backtick
    const file = 'schemas/x`[approve](evil.example)`@octocat|y\u001b[2J.schema.json';
    const schema = (type: string) => JSON.stringify({ type: 'object', properties: { a: { type } } });
    const repo = gitRepo({ [file]: schema('string') });
    writeTree(repo, { [file]: schema('integer') });
    const r = runCli(['check', '--base-branch', 'main', '--format', 'markdown'], repo);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const html = await marked.parse(r.stdout, { gfm: true });
    const links = [...html.matchAll(/<a href="([^"]*)">/g)].map((m) => m[1]!);
    assert.ok(
      links.every((href) => href.startsWith('https://github.com/contract-guard/')),
      links.join(' '),
    );
    const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '');
    assert.ok(!/@octocat/.test(outsideCode), outsideCode);
    const table = html.slice(0, html.indexOf('</table>'));
    for (const row of table.split('<tr>').slice(2)) assert.equal(row.match(/<td/g)?.length, 3, row);
    assert.ok(!/[\u0000-\u0008\u000b-\u001f]/.test(r.stdout), 'no control byte');
    const text = runCli(['check', '--base-branch', 'main'], repo);
    assert.ok(!/[\u0000-\u0008\u000b-\u001f]/.test(text.stdout), 'no control byte in the terminal either');
    assert.ok(text.stdout.includes('\\u001b[2J.schema.json'), text.stdout);
  });

  test('a name holding terminal escapes prints them as escapes, never as control bytes', () => {
    const schema = (props: Record<string, unknown>) => JSON.stringify({ type: 'object', properties: props });
    const name = '\u001b]8;;https://evil.example\u0007click\u001b[2J';
    const repo = gitRepo({ 'schemas/order.schema.json': schema({ [name]: { type: 'string' } }) });
    writeTree(repo, { 'schemas/order.schema.json': schema({}) });
    const r = runCli(['check', '--base-branch', 'main'], repo);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.ok(!/[\u0000-\u0008\u000b-\u001f]/.test(r.stdout), 'no control byte but line breaks');
    assert.ok(r.stdout.includes('\\u001b]8;;https://evil.example\\u0007click\\u001b[2J'), r.stdout);
  });
});

describe('reads never leave the repository', () => {
  test('a $ref through a linked folder that points outside reads nothing there', () => {
    const outside = tempDir('cg-outside-');
    writeFileSync(join(outside, 'secret.json'), JSON.stringify({ type: 'string', description: 'TOP-SECRET-VALUE' }));
    const repo = featureRepo();
    symlinkSync(outside, join(repo, 'contracts/modules/shop/linked'));
    writeTree(repo, {
      'contracts/modules/shop/storage/x.schema.json': JSON.stringify({
        type: 'object',
        properties: { s: { $ref: '../linked/secret.json' } },
      }),
    });
    const r = runCli(['check', '--format', 'json'], repo);
    assert.doesNotMatch(r.stdout + r.stderr, /TOP-SECRET-VALUE/);
    const report = JSON.parse(r.stdout) as Report;
    assert.ok(report.errors.some((e) => e.file === 'contracts/modules/shop/storage/x.schema.json' && /not found/.test(e.message)));
  });

  test('a config path or Spectral ruleset outside the repository is refused with its line', () => {
    const repo = featureRepo();
    writeTree(repo, { '.github/contract-guard.yml': 'versioning:\n  changelog: ../elsewhere/CHANGELOG.md\n' });
    const r = runCli(['check', '--config', '.github/contract-guard.yml'], repo);
    assert.equal(r.status, 2);
    assert.match(
      r.stderr,
      /^contract-guard: error: \.github\/contract-guard\.yml:2: config key versioning\.changelog is '\.\.\/elsewhere\/CHANGELOG\.md': paths are written from the repository root and stay inside it\n$/,
    );
    const outside = tempDir('cg-outside-');
    writeFileSync(join(outside, 'rules.yaml'), 'extends: [[spectral:oas, off]]\n');
    symlinkSync(join(outside, 'rules.yaml'), join(repo, 'linked-rules.yaml'));
    writeTree(repo, { '.github/contract-guard.yml': 'spectral: {ruleset: linked-rules.yaml}\n' });
    const s = runCli(['check', '--config', '.github/contract-guard.yml'], repo);
    assert.equal(s.status, 2);
    assert.match(s.stderr, /spectral\.ruleset names linked-rules\.yaml, which is not in the repository/);
  });
});

describe('smaller holes', () => {
  test('a contract known by its content at the baseline that no longer parses blocks, whatever its name', () => {
    // order.json and api.yaml are contracts by what they hold, not by their names: replaced by a Git LFS pointer (or
    // any stray character) they were "not a contract", and the pull request passed with "no contract changes"
    const lfs =
      'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';
    const repo = gitRepo({
      'order.json': JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' }),
      'api.yaml': 'openapi: 3.1.0\ninfo: {title: Shop, version: 1.0.0}\npaths: {}\n',
    });
    gitRun(repo, 'checkout', '--quiet', '-b', 'pr');
    writeTree(repo, { 'order.json': lfs, 'api.yaml': 'openapi: 3.1.0\ninfo: {title: Shop, version: 1.0.0\n' });
    commitAll(repo, 'pr');
    const r = runCli(['check', '--base-branch', 'main', '--head', 'pr', '--format', 'json'], repo);
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assert.deepEqual(report.violations!.map((v) => [v.ruleId, v.file]).sort(), [
      ['contract-unreadable', 'api.yaml'],
      ['contract-unreadable', 'order.json'],
    ]);
  });

  test('duplicate keys in JSON are an error naming the line', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.schema.json': '{"type": "object"}\n', 'b.schema.json': '{\n  "type": "object",\n  "type": "string"\n}\n' });
    const r = runCli(['diff', 'a.schema.json', 'b.schema.json'], dir);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim(), 'contract-guard: error: b.schema.json:3: duplicate key "type" in one object');
  });

  test('two identical unreadable files, and $ref loops or dangling refs, are reported by diff', () => {
    const dir = tempDir();
    writeTree(dir, {
      'a/x.schema.json': '{"type": ',
      'b/x.schema.json': '{"type": ',
      'c/loop.schema.json': '{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}',
      'c/dangling.schema.json': '{"properties": {"a": {"$ref": "missing.json"}}}',
      'd/loop.schema.json': '{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}',
      'd/dangling.schema.json': '{"properties": {"a": {"$ref": "missing.json"}}}',
    });
    const same = runCli(['diff', 'a/x.schema.json', 'b/x.schema.json'], dir);
    assert.equal(same.status, 2);
    assert.match(same.stderr, /x\.schema\.json:1: invalid JSON/);
    const dirs = runCli(['diff', 'c', 'd', '--format', 'json'], dir);
    assert.equal(dirs.status, 0);
    const errors = (JSON.parse(dirs.stdout) as Report).errors.map((e) => `${e.file}: ${e.message}`).join('\n');
    assert.match(errors, /loop\.schema\.json: .*loop/i);
    assert.match(errors, /dangling\.schema\.json: .*missing\.json/);
  });

  test('freeze verify with no frozen history is an error, not "0 freezes verified"', () => {
    const repo = featureRepo();
    rmSync(join(repo, 'contracts/_frozen'), { recursive: true });
    const r = runCli(['freeze', 'verify'], repo);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no frozen history to verify/);
  });
});

describe("the seed tool's freezes", () => {
  const markdown = '# Notes\r\nline two\nline three\n';
  test('hex-encoded artifacts are decoded; mixed line endings are said to differ only in line endings', () => {
    const repo = gitRepo({ 'contracts/versions.yaml': 'current: 1.0.0\n' });
    const lf = markdown.replace(/\r\n/g, '\n');
    const md = Buffer.from('# Guide\n\nSome *text*.\n');
    const artifacts = [
      { path: 'versions.yaml', sha256: sha256(Buffer.from('current: 1.0.0\n')), size: 15, content: 'current: 1.0.0\n' },
      { path: 'guide.md', sha256: sha256(md), size: md.length, content: md.toString('hex') },
      { path: 'notes.md', sha256: sha256(Buffer.from(markdown)), size: Buffer.byteLength(markdown), content: lf },
    ];
    mkdirSync(join(repo, 'contracts/_frozen'), { recursive: true });
    writeFileSync(
      join(repo, 'contracts/_frozen/freeze-v1.0.0.json'),
      JSON.stringify({ version: 'v1.0.0', created_at: '2025-01-01', artifacts }),
    );
    const ok = runCli(['freeze', 'verify'], repo);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /^line endings differ only: contracts\/_frozen\/freeze-v1\.0\.0\.json notes\.md/m);
    assert.match(ok.stdout, /1 freeze verified/);
    const shown = runCli(['freeze', 'diff', '1.0.0', '--format', 'json'], repo);
    assert.ok(!JSON.parse(shown.stdout).changes.some((c: { file: string }) => c.file.endsWith('guide.md') && /changed/.test(c.file)));
    // a real edit of the same size is still caught
    artifacts[2]!.content = lf.replace('two', 'TWO');
    writeFileSync(
      join(repo, 'contracts/_frozen/freeze-v1.0.0.json'),
      JSON.stringify({ version: 'v1.0.0', created_at: '2025-01-01', artifacts }),
    );
    const edited = runCli(['freeze', 'verify'], repo);
    assert.equal(edited.status, 1);
    assert.match(edited.stdout, /MISMATCH .* notes\.md: content does not match its SHA-256/);
  });

  test('an error says whether it is in the baseline, the head or both', () => {
    const repo = featureRepo({ ...FILES, 'contracts/events/broken.schema.json': '{"type": ' });
    writeTree(repo, { 'contracts/events/broken.schema.json': '{"type": "string"}\n', 'contracts/events/new.schema.json': '{"type": ' });
    const r = check(repo);
    const side = (file: string) => r.errors.find((e) => e.file === file)?.side;
    assert.equal(side('contracts/events/broken.schema.json'), 'baseline');
    assert.equal(side('contracts/events/new.schema.json'), 'head');
    const text = runCli(['check'], repo).stdout + runCli(['check'], repo).stderr;
    assert.match(text, /broken\.schema\.json:1: invalid JSON.*\(in the baseline only; the head is fine\)/);
  });
});

describe("the judge's own names are its own", () => {
  test('a definition named like the bundle\'s embedded files is judged as written: a break named so was "proven compatible"', () => {
    // the judge embeds the files a schema reaches under `$defs/contract-guard-bundled-<n>`: a definition of that name
    // was replaced by the embedded file (here common.json, which the pull request widened), so `nick` going from a
    // string to an integer was judged against `{}` and dropped to minor
    const pet = (type: string) =>
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: { id: { $ref: 'common.json' }, nick: { $ref: '#/$defs/contract-guard-bundled-1' } },
        $defs: { 'contract-guard-bundled-1': { type } },
      });
    const side = (type: string, common: object) =>
      new MapTree([
        ['common.json', JSON.stringify(common)],
        ['pet.schema.json', pet(type)],
      ]);
    const nick = diffTrees(side('string', { type: 'string' }), side('integer', {})).changes.find((c) => c.file === 'pet.schema.json');
    assert.equal(nick?.level, 'major');
    assert.equal(nick?.semantic?.verdict, 'breaking');
    assert.deepEqual(nick?.semantic?.witness, { nick: '' });
  });

  test("the judge's link keyword written in a contract is an annotation there, not a call (it was an internal error)", () => {
    const doc = (extra: object) =>
      dump({
        openapi: '3.0.3',
        info: { title: 'T', version: '1.0.0' },
        paths: {
          '/x': {
            get: {
              responses: {
                '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/X' } } } },
              },
            },
          },
        },
        components: {
          schemas: {
            X: { type: 'object', properties: { a: { $ref: '#/components/schemas/A' }, ...extra } },
            A: { type: 'string', 'x-contract-guard-link': 'nope' },
          },
        },
      });
    const out = diffTrees(new MapTree([['api.yaml', doc({})]]), new MapTree([['api.yaml', doc({ b: { type: 'integer' } })]]));
    assert.deepEqual(
      out.changes.map((c) => `${c.level} ${c.ruleId}`),
      ['minor response-property-added'],
    );
    assert.deepEqual(out.errors, []);
  });
});

describe('a file added with an existing $id', () => {
  test('takes no $ref: the file that held the $id at the baseline keeps it, its break is judged where it is used, and the copy is said', () => {
    const user = (required: string[]) =>
      JSON.stringify({ $id: 'https://acme.test/user.json', type: 'object', required, properties: { id: { type: 'string' } } });
    const api = dump({
      openapi: '3.1.0',
      info: { title: 't', version: '1.0.0' },
      paths: {
        '/users': {
          post: {
            requestBody: { content: { 'application/json': { schema: { $ref: 'https://acme.test/user.json' } } } },
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    });
    const base = new MapTree([
      ['api.yaml', api],
      ['schemas/user.json', user([])],
    ]);
    // a copy of the old user.json, named to come first in path order, while the real one breaks
    const head = new MapTree([
      ['aaa/user.json', user([])],
      ['api.yaml', api],
      ['schemas/user.json', user(['id'])],
    ]);
    const out = diffTrees(base, head);
    // judged as the request body it is (read through the copy, it was judged alone, as storage)
    assert.deepEqual(
      out.changes.filter((c) => c.level === 'major').map((c) => `${c.ruleId} ${c.file}`),
      ['request-property-became-required schemas/user.json'],
    );
    assert.ok(
      (out.warnings ?? []).includes(
        'aaa/user.json has the $id of schemas/user.json (https://acme.test/user.json): $refs to it resolve to schemas/user.json; give one of them an $id of its own',
      ),
      (out.warnings ?? []).join('\n'),
    );
  });
});

describe('a file added where a $ref resolved through $id', () => {
  test('takes it not: a copy put beside the referrer leaves the $ref on the real file, whose widening in a response stays major', () => {
    const money = (currency: object) =>
      JSON.stringify({ $id: 'https://acme.test/common/money.json', type: 'object', properties: { amount: { type: 'number' }, currency } });
    const order = JSON.stringify({
      $id: 'https://acme.test/common/order.json',
      type: 'object',
      properties: { total: { $ref: 'money.json' } },
    });
    const api = dump({
      openapi: '3.1.0',
      info: { title: 't', version: '1.0.0' },
      paths: {
        '/orders/{id}': {
          get: {
            responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: 'schemas/orders/order.json' } } } } },
          },
        },
      },
    });
    const strict = { type: 'string', maxLength: 3 };
    const base = new MapTree([
      ['api.yaml', api],
      ['schemas/common/money.json', money(strict)],
      ['schemas/orders/order.json', order],
    ]);
    // `money.json` beside order.json: by location it was the copy, and the real file's widening was judged alone, as storage
    const head = new MapTree([
      ['api.yaml', api],
      ['schemas/common/money.json', money({ type: 'string' })],
      ['schemas/orders/money.json', money(strict)],
      ['schemas/orders/order.json', order],
    ]);
    const out = diffTrees(base, head);
    assert.deepEqual(
      out.changes.filter((c) => c.level !== 'patch' && c.level !== 'none').map((c) => `${c.level} ${c.ruleId} ${c.file}`),
      ['major response-constraint-relaxed schemas/common/money.json', 'minor contract-added schemas/orders/money.json'],
    );
    assert.ok(
      (out.warnings ?? []).some((w) =>
        /by location but to schemas\/common\/money\.json through \$id, as on the base branch; using schemas\/common\/money\.json/.test(w),
      ),
      (out.warnings ?? []).join('\n'),
    );
  });
});

describe('who reads a file is the published version’s to say', () => {
  test('an event schema moved under storage/ with a widening is judged as the event it was', () => {
    const order = (count: object) =>
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        required: ['id', 'count'],
        properties: { id: { type: 'string' }, note: { type: 'string' }, count },
      });
    const base = new MapTree([['events/order.schema.json', order({ type: 'integer', minimum: 0 })]]);
    // in storage/, a relaxed minimum is minor: its readers read what they read before
    const moved = diffTrees(base, new MapTree([['storage/order.schema.json', order({ type: 'integer' })]]));
    assert.deepEqual(
      moved.changes.filter((c) => c.level !== 'patch').map((c) => `${c.level} ${c.ruleId} ${c.file}`),
      ['major event-constraint-relaxed storage/order.schema.json'],
    );
    // the other way round, as a storage schema
    const back = diffTrees(
      new MapTree([['storage/order.schema.json', order({ type: 'integer', minimum: 0 })]]),
      new MapTree([['events/order.schema.json', order({ type: 'integer' })]]),
    );
    assert.deepEqual(
      back.changes.filter((c) => c.level !== 'patch').map((c) => `${c.level} ${c.ruleId}`),
      ['minor storage-constraint-relaxed'],
    );
  });

  test('a file moved under a glob whose compatibility mode is `none` is held to the mode it was published under', () => {
    const order = (total: string) =>
      JSON.stringify({
        type: 'record',
        name: 'Order',
        namespace: 'com.acme',
        fields: [
          { name: 'id', type: 'string' },
          { name: 'total', type: total },
        ],
      });
    const config =
      'contracts: ["schemas/**"]\ncompatibility:\n  - { files: ["schemas/sandbox/**"], mode: none }\n  - { files: ["schemas/events/**"], mode: full }\n';
    const base = { '.github/contract-guard.yml': config, 'schemas/events/order.avsc': order('double') };
    const moved = checkPullRequest(
      pullRequestRepo(base, { 'schemas/events/order.avsc': undefined, 'schemas/sandbox/order.avsc': order('string') }),
    );
    assert.deepEqual(
      moved.report.changes.map((c) => `${c.level} ${c.ruleId} ${c.file}`),
      ['major avro-type-changed schemas/sandbox/order.avsc', 'patch contract-moved schemas/sandbox/order.avsc'],
    );
    assert.deepEqual(approvable(moved.report), ['major-change']);
    // a sandbox file of its own promised nothing: reported, as minor
    const sandbox = checkPullRequest(
      pullRequestRepo({ ...base, 'schemas/sandbox/draft.avsc': order('double') }, { 'schemas/sandbox/draft.avsc': order('string') }),
    );
    assert.deepEqual(
      sandbox.report.changes.map((c) => `${c.level} ${c.ruleId}`),
      ['minor avro-type-changed'],
    );
  });
});
