// A JavaScript monorepo released with changesets: a pull request declares its packages' next releases in
// `.changeset/*.md` and never writes their versions; the release pull request does.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../src/core/report/model.js';
import { checkPullRequest, commitAll, gitRepoFrozen, gitRun, pullRequestRepo, runCli, writeTree } from './helpers.js';

const order = (required: string[]) =>
  JSON.stringify({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: { id: { type: 'string' }, total: { type: 'number' } },
    required,
  });
const BASE = {
  'package.json': '{"name": "acme", "private": true, "workspaces": ["packages/*"]}\n',
  '.changeset/config.json': '{"changelog": "@changesets/cli/changelog", "baseBranch": "main"}\n',
  '.changeset/README.md': '# Changesets\n',
  'packages/schemas/package.json': '{"name": "@acme/schemas", "version": "1.2.0"}\n',
  'packages/schemas/schemas/order.json': order(['id']),
};
const BREAK = { 'packages/schemas/schemas/order.json': order(['id', 'total']) };
const changeset = (level: string) => `---\n"@acme/schemas": ${level}\n---\n\norder.total is required\n`;
const ruleIds = (r: Report) => (r.violations ?? []).map((v) => v.ruleId).sort();

test('a break declared major in a changeset needs no version written; declared minor, it needs a major changeset, drafted', () => {
  const declared = checkPullRequest(pullRequestRepo(BASE, { ...BREAK, '.changeset/brave-lions.md': changeset('major') })).report;
  assert.deepEqual(ruleIds(declared), ['major-change'], 'only the Council: the release writes 2.0.0');
  assert.ok(declared.checklist!.some((i) => i.done && i.text === 'A changeset declares a major release of `@acme/schemas` (needs major)'));
  assert.ok(!declared.checklist!.some((i) => /CHANGELOG/.test(i.text)), 'the changeset is the changelog entry: the release writes it');

  const small = checkPullRequest(pullRequestRepo(BASE, { ...BREAK, '.changeset/brave-lions.md': changeset('minor') })).report;
  assert.deepEqual(ruleIds(small), ['changeset-missing', 'major-change']);
  const missing = small.violations!.find((v) => v.ruleId === 'changeset-missing')!;
  assert.equal(missing.message, '@acme/schemas: major changes need a major release, but its changesets declare a minor one');
  assert.doesNotMatch(missing.fix, /package\.json/, 'never "set version: 2.0.0 in package.json"');
  const draft = small.drafts!.find((d) => d.ruleId === 'changeset-missing')!;
  assert.equal(draft.proposal.path, '.changeset/acme-schemas-major.md');
  assert.match(
    draft.proposal.text,
    /^---\n"@acme\/schemas": major\n---\n\n- \*\*Breaking:\*\* order\.json: property `total` became required/,
  );

  // no changeset at all
  const none = checkPullRequest(pullRequestRepo(BASE, BREAK)).report;
  assert.match(none.violations!.find((v) => v.ruleId === 'changeset-missing')!.message, /but no pending changeset declares one$/);
});

test('bump writes the changeset and leaves the version to the release', () => {
  const dir = pullRequestRepo(BASE, BREAK);
  gitRun(dir, 'checkout', '--quiet', '-B', 'pr');
  const r = runCli(['bump'], dir);
  assert.equal(r.status, 0, r.stderr + r.stdout);
  assert.match(r.stdout, /wrote \.changeset\/acme-schemas-major\.md/);
  assert.equal(readFileSync(join(dir, 'packages/schemas/package.json'), 'utf8'), BASE['packages/schemas/package.json']);
  assert.ok(existsSync(join(dir, '.changeset/acme-schemas-major.md')));
  const after = JSON.parse(runCli(['check', '--base-branch', 'main', '--format', 'json'], dir).stdout) as Report;
  assert.ok(!ruleIds(after).includes('changeset-missing'));
});

test("whether the repository releases with changesets is the base branch's to say: a pull request adding the config is judged by versions", () => {
  const { ['.changeset/config.json']: _config, ['.changeset/README.md']: _readme, ...plain } = BASE;
  const adopted = checkPullRequest(
    pullRequestRepo(plain, { ...BREAK, '.changeset/config.json': BASE['.changeset/config.json'], '.changeset/x.md': changeset('major') }),
  ).report;
  assert.ok(ruleIds(adopted).includes('version-bump-missing'), JSON.stringify(adopted.violations));
});

test('with a freeze for baseline (which holds contracts, not .changeset/), the base branch still says it releases with changesets', () => {
  const dir = gitRepoFrozen(BASE, '1.2.0');
  gitRun(dir, 'checkout', '--quiet', '-b', 'pr');
  writeTree(dir, { ...BREAK, '.changeset/brave-lions.md': changeset('major') });
  commitAll(dir, 'pr');
  const { report } = checkPullRequest(dir);
  assert.match(report.baseline ?? '', /^freeze v1\.2\.0/);
  assert.deepEqual(ruleIds(report), ['major-change']);
});
