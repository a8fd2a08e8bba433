// A repository whose releases are its git tags (a Go module, one released by tagging): no file carries a version,
// so the check names the tag the release needs, from the last release tag on the base branch.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkPullRequest, commitAll, gitRepo, gitRun, pullRequestRepo, runCli, writeTree } from './helpers.js';

const address = (required: string[]) =>
  JSON.stringify({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: { street: { type: 'string' }, city: { type: 'string' } },
    required,
  });
const BASE = { 'go.mod': 'module github.com/acme/events\n\ngo 1.22\n', 'schemas/address.json': address(['street']) };

test('a break in a repository released by tags is told the tag its release needs; a tag on the pull request is none', () => {
  const dir = pullRequestRepo(BASE, { 'schemas/address.json': address(['street', 'city']) });
  gitRun(dir, 'tag', 'v1.2.0', 'main');
  gitRun(dir, 'tag', 'v9.0.0', 'pr'); // anyone who can push a branch can push a tag on it: no release
  const { report } = checkPullRequest(dir);
  const items = (report.checklist ?? []).map((i) => i.text);
  assert.ok(items.includes('After merge, release it as the tag `v2.0.0` (needs major; the latest release is `v1.2.0`)'), items.join('\n'));
  assert.ok(!(report.warned ?? []).some((w) => w.ruleId === 'version-missing'), 'not "changed but has no version"');
  // nor is a higher tag put on an older commit of main than the latest release
  gitRun(dir, 'checkout', '--quiet', 'main');
  gitRun(dir, 'commit', '--quiet', '--allow-empty', '-m', 'release 1.3.0');
  gitRun(dir, 'tag', 'v1.3.0');
  gitRun(dir, 'tag', 'v8.0.0', 'v1.2.0');
  gitRun(dir, 'checkout', '--quiet', 'pr');
  gitRun(dir, 'rebase', '--quiet', 'main');
  const again = (checkPullRequest(dir).report.checklist ?? []).map((i) => i.text);
  assert.ok(again.includes('After merge, release it as the tag `v2.0.0` (needs major; the latest release is `v1.3.0`)'), again.join('\n'));
});

test('init names the first freeze after the latest release tag', () => {
  const dir = gitRepo(BASE);
  gitRun(dir, 'tag', 'v1.2.0');
  const r = runCli(['init'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /the first freeze: v1\.2\.0/);
  assert.match(r.stdout, /^note: no file versions these contracts: the repository's tags release them \(the latest is v1\.2\.0\)/m);
  assert.ok(readdirSync(join(dir, 'schemas', '_frozen')).includes('freeze-v1.2.0.json'));
});

test('a break in a repository released by tags: its unit shows the latest release and the tag to make, and bump writes nothing', () => {
  const dir = pullRequestRepo(BASE, { 'schemas/address.json': address(['street', 'city']) });
  gitRun(dir, 'tag', 'v1.2.0', 'main');
  const { report } = checkPullRequest(dir);
  const unit = report.modules.find((m) => m.level === 'major');
  assert.equal(unit?.frozenVersion, '1.2.0', JSON.stringify(report.modules));
  assert.deepEqual(unit?.release, { by: 'tag', name: 'v2.0.0' });
  // `bump` used to tell it "a new module (no frozen version); set its first version yourself"
  const bump = runCli(['bump'], dir);
  assert.equal(bump.status, 0, bump.stderr);
  assert.match(
    bump.stdout + bump.stderr,
    /no file carries its version, so bump writes none; after merge, release it as the tag `v2\.0\.0` \(needs major\)/,
  );
  assert.equal(gitRun(dir, 'status', '--porcelain'), '', 'no file written');
});

// JSON Schemas that nothing versions: no versions file, no document with a version, no tag. `init` made a first freeze,
// so the freezes are the releases; before, the unit was the house's "globals", told to write `current: 1.0.0` in a
// versions.yaml, and asked after merge for `freeze create <version>`, whichever version that was.
const LOOSE = {
  'schemas/user.json': JSON.stringify({
    title: 'User',
    type: 'object',
    properties: { id: { type: 'string' }, email: { type: 'string' } },
    required: ['id'],
  }),
  'schemas/order.json': JSON.stringify({ title: 'Order', type: 'object', properties: { id: { type: 'string' } }, required: ['id'] }),
};
const breakUser = (dir: string) =>
  writeTree(dir, { 'schemas/user.json': LOOSE['schemas/user.json'].replace('"required":["id"]', '"required":["id","email"]') });

test('a repository released by its freezes is told the freeze a change needs, in its own words', () => {
  const dir = gitRepo(LOOSE);
  const init = runCli(['init'], dir);
  assert.equal(init.status, 0);
  // told at set-up how its contracts are released
  assert.match(init.stdout, /^note: no file or tag versions these contracts: their freezes are their releases \(this one is v1\.0\.0\)/m);
  commitAll(dir, 'contract-guard init');
  for (const [edit, needs, next] of [
    [breakUser, 'major', '2.0.0'],
    [
      (d: string) =>
        writeTree(d, {
          'schemas/order.json': LOOSE['schemas/order.json'].replace(
            '"id":{"type":"string"}',
            '"id":{"type":"string"},"note":{"type":"string"}',
          ),
        }),
      'minor',
      '1.1.0',
    ],
  ] as const) {
    gitRun(dir, 'checkout', '--quiet', '--force', '-B', 'pr', 'main');
    edit(dir);
    commitAll(dir, needs);
    const { report } = checkPullRequest(dir);
    const items = (report.checklist ?? []).map((i) => i.text);
    assert.ok(
      items.includes(
        `After merge: \`contract-guard freeze create ${next}\` and \`contract-guard freeze tag --push\` on the default branch (needs ${needs}; the latest freeze is v1.0.0)`,
      ),
      items.join('\n'),
    );
    assert.ok(!(report.warned ?? []).some((w) => w.ruleId === 'version-missing'), JSON.stringify(report.warned));
    assert.deepEqual(
      report.modules.map((m) => [m.name, m.frozenVersion, m.requiredBump, m.release?.name]),
      [['contracts', '1.0.0', needs, `v${next}`]],
    );
    assert.doesNotMatch(JSON.stringify(report), /globals|versions\.yaml/, 'no word of the house layout');
  }
  const bump = runCli(['bump'], dir);
  assert.match(
    bump.stdout + bump.stderr,
    /contracts: no file carries its version, so bump writes none; after merge, release it as `contract-guard freeze create 1\.1\.0`/,
  );
});

test('before any freeze or tag, a change nothing versions is told every way to version it, the fix beneath the warning', () => {
  const dir = pullRequestRepo(LOOSE, {});
  breakUser(dir);
  commitAll(dir, 'break');
  const text = runCli(['check', '--base-branch', 'main', '--head', 'pr'], dir).stdout;
  assert.match(text, /^warning: contracts: changed, with no version to compare \[version-missing\]$/m);
  assert.match(
    text,
    /^ {2}fix: Write its version \(e\.g\. `current: 1\.0\.0`\) in versions\.yaml, or release the contracts by git tag \(`v1\.0\.0`\) or by freeze \(`contract-guard freeze create 1\.0\.0`\); /m,
  );
  const markdown = runCli(['check', '--base-branch', 'main', '--head', 'pr', '--format', 'markdown'], dir).stdout;
  assert.match(
    markdown,
    /^> ⚠️ contracts: changed, with no version to compare\. \*\*Fix:\*\* Write its version .* or by freeze .*<sub>\[`version-missing`\]/m,
  );
  assert.doesNotMatch(text + markdown, /globals/);
});
