// A repository whose releases are its git tags (a Go module, one released by tagging): no file carries a version,
// so the check names the tag the release needs, from the last release tag on the base branch.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkPullRequest, gitRepo, gitRun, pullRequestRepo, runCli } from './helpers.js';

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
  assert.ok(readdirSync(join(dir, 'schemas', '_frozen')).includes('freeze-v1.2.0.json'));
});
