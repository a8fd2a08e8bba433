// The built Action (dist/index.js) on pull requests and pushes, against the fake GitHub server (see action-harness).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { addBranch, runAction as run, setup as harnessSetup } from './action-harness.js';
import { FakeGitHub } from './fake-github.js';
import { filesUnder, gitRun, PROJECT, runCli, tempDir, writeTree } from './helpers.js';
import { RULESET, shopSpec } from './fixtures.js';

const spec = shopSpec;

const CONFIG = 'council:\n  teams: [acme/council]\n  users: [carol]\n  approvals: 1\n';

const SHOP = {
  'contracts/modules/shop/versions.yaml': 'current: 1.0.0\n',
  'contracts/modules/shop/api/openapi.yaml': spec(),
  'contracts/CHANGELOG.md': '# log\n',
  'README.md': 'hi\n',
};
const setup = (branches: Record<string, Record<string, string>>, checkout: string, config: string | null = CONFIG) =>
  harnessSetup(SHOP, branches, checkout, config);
const runAction = (...args: Parameters<typeof run> extends [unknown, ...infer R] ? R : never) => run(fake, ...args);

const fake = new FakeGitHub();
before(() => fake.start());
after(() => fake.stop());
beforeEach(() => {
  fake.comments = [];
  fake.reviewComments = [];
  fake.issueEvents.clear();
  fake.checkRuns = [];
  fake.reviews.clear();
  fake.requests = [];
  fake.faults = [];
  fake.maxInFlight = 0;
  fake.teams.set('acme/council', new Set(['dana']));
});

const MAJOR = { 'contracts/modules/shop/api/openapi.yaml': spec({ name: false }) };
const BUMPED = {
  ...MAJOR,
  'contracts/modules/shop/versions.yaml': 'current: 2.0.0\n',
  'contracts/CHANGELOG.md': '# log\n## shop 2.0.0\n',
  'contracts/migrations/shop-2.0.0.md': 'shop 2.0.0: name is gone\n',
};

describe('the Action on a pull request', () => {
  test("a repository released by its tags is told the release tag its change needs, though the Action's checkout holds no tag", async () => {
    // a Go module: no file carries a version, the tags do; GitHub's checkout is one commit deep and fetches no tag
    const address = (required: string[]) =>
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: { city: { type: 'string' } },
        required,
      });
    const s = harnessSetup(
      { 'go.mod': 'module github.com/acme/events\n\ngo 1.22\n', 'schemas/address.json': address([]) },
      { pr: { 'schemas/address.json': address(['city']) } },
      'pr',
      'contracts: schemas\n',
    );
    gitRun(s.origin, 'tag', 'v1.2.0', 'main');
    gitRun(s.origin, 'tag', 'v9.0.0', 'pr'); // anyone who can push a branch can push a tag on it: no release
    assert.equal(gitRun(s.work, 'tag', '--list').trim(), '', 'the checkout holds no tag');
    await runAction(s, { head: s.heads.pr! });
    const summary = fake.checkRuns.at(-1)!.output.summary!;
    assert.match(summary, /After merge, release it as the tag `v2\.0\.0` \(needs major; the latest release is `v1\.2\.0`\)/);
    assert.doesNotMatch(summary, /has no version/);
    // the tag's commit (main's tip) is in the checkout: its files are read there, not through the API
    assert.equal(fake.count('GET', /\/git\/(trees|blobs)\//), 0);
  });

  test('config paths are read from the repository root; one that exists nowhere fails the job naming key and line', async () => {
    const invariant =
      'invariants:\n  - id: item\n    file: contracts/modules/shop/api/openapi.yaml\n    pointer: /paths/~1items/get/responses/200/content/application~1json/schema\n    keep: [id]\n';
    const s = setup(
      { feature: BUMPED },
      'feature',
      `${CONFIG}${invariant}versioning:\n  changelog: contracts/CHANGELOG.md\n  migrations: contracts/migrations\n`,
    );
    const r = await runAction(s, { head: s.heads.feature! });
    assert.equal(r.code, 0, r.stdout);
    const body = fake.comments[0]!.body;
    assert.doesNotMatch(body, /is gone|invariant-removed/);
    assert.match(body, /- \[x\] contracts\/CHANGELOG\.md has an entry for shop 2\.0\.0/);
    assert.match(body, /- \[x\] Migration note for shop 2\.0\.0 in contracts\/migrations\//);
    assert.equal(fake.checkRuns[0]!.conclusion, 'action_required', 'a major change waits for the council, nothing blocks');

    fake.comments = [];
    fake.checkRuns = [];
    // a changelog that does not exist yet is not a configuration mistake: the check runs, and drafts its first entry
    const fresh = setup({ feature: BUMPED }, 'feature', `${CONFIG}versioning:\n  changelog: contracts/CHANGES.md\n`);
    const first = await runAction(fresh, { head: fresh.heads.feature! });
    assert.equal(first.code, 0, first.stdout);
    assert.match(fake.comments[0]!.body, /contracts\/CHANGES\.md has no entry for shop 2\.0\.0/);
    assert.equal(fake.checkRuns[0]!.conclusion, 'action_required');
  });

  test('review comments: a one-click version fix and a note on the breaking line, kept on re-runs, gone when fixed', async () => {
    const tooSmall = { ...MAJOR, 'contracts/modules/shop/versions.yaml': 'current: 1.1.0\n' };
    const s = setup({ feature: tooSmall }, 'feature');
    assert.equal((await runAction(s, { head: s.heads.feature! })).code, 1);
    const suggestion = fake.reviewComments.find((c) => c.path === 'contracts/modules/shop/versions.yaml');
    assert.ok(suggestion, JSON.stringify(fake.reviewComments));
    assert.equal(suggestion.line, 1);
    assert.equal(suggestion.commit_id, s.heads.feature);
    assert.match(suggestion.body, /```suggestion\ncurrent: 2\.0\.0\n```/);
    assert.match(suggestion.body, /⛔ shop: major changes need a major bump from 1\.0\.0, but the version is 1\.1\.0/);
    const note = fake.reviewComments.find((c) => c.path === 'contracts/modules/shop/api/openapi.yaml');
    assert.ok(note, 'a note on the breaking line of the spec');
    assert.match(
      note.body,
      /🔴 \*\*major\*\* `response-property-removed`: GET \/items response 200: optional property `name` removed — e\.g\. `\{.*\}` may now be sent/,
    );
    const count = fake.reviewComments.length;

    await runAction(s, { head: s.heads.feature! });
    assert.equal(fake.reviewComments.length, count, 'a re-run posts no second comment');
    assert.equal(fake.count('POST', /\/pulls\/7\/reviews$/), 1, 'all of them in one review');
    assert.equal(fake.count('PATCH', /\/pulls\/comments\/\d+$/), 0, 'and edits nothing that did not change');

    const fixed = addBranch(s, 'feature', 'feature', BUMPED);
    gitRun(s.work, 'fetch', '--quiet', 'origin', 'feature');
    await runAction(s, { head: fixed });
    assert.ok(!fake.reviewComments.some((c) => c.path.endsWith('versions.yaml')), 'the suggestion is removed once the bump is right');
    assert.ok(
      fake.reviewComments.some((c) => c.path.endsWith('openapi.yaml')),
      'the breaking line still has its note',
    );
  });

  test('drafts: a changelog entry as a suggested change where the PR edits the changelog, a migration note to create in one click', async () => {
    const partial = {
      ...MAJOR,
      'contracts/modules/shop/versions.yaml': 'current: 2.0.0\n',
      'contracts/CHANGELOG.md': '# log\n## shop 1.0.1\n- a typo\n',
    };
    const s = setup({ feature: partial }, 'feature');
    await runAction(s, { head: s.heads.feature! });
    assert.equal(fake.checkRuns.at(-1)!.conclusion, 'action_required', 'the major change still waits for the council');
    const entry = fake.reviewComments.find((c) => c.path === 'contracts/CHANGELOG.md');
    assert.ok(entry, fake.comments[0]?.body);
    assert.equal(entry.line, 1, 'on the line above the newest entry, which the diff shows');
    const block = /```suggestion\n([\s\S]*?)\n```/.exec(entry.body)?.[1];
    assert.ok(block, entry.body);
    const lines = block.split('\n');
    assert.equal(lines[0], '# log', 'the line it replaces is kept');
    assert.equal(lines[1], '## shop 2.0.0');
    assert.match(lines[2]!, /^- \*\*Breaking:\*\* GET \/items response 200: optional property `name` removed/);
    assert.equal(lines.at(-1), '', 'a blank line before the older entry');

    const note = fake.reviewComments.find((c) => c.path.endsWith('versions.yaml') && c.body.includes('migration note'));
    assert.ok(note, 'the migration-note draft sits on the version line the author just bumped');
    assert.equal(note.line, 1);
    const href = /<a href="([^"]+)">Create <code>contracts\/migrations\/shop-2\.0\.0\.md<\/code>/.exec(note.body)?.[1];
    assert.ok(href, note.body);
    const url = new URL(href.replace(/&amp;/g, '&'));
    assert.equal(url.pathname, '/acme/shop/new/feature');
    assert.equal(url.searchParams.get('filename'), 'contracts/migrations/shop-2.0.0.md');
    assert.match(url.searchParams.get('value')!, /^# Migrating to shop 2\.0\.0\n[\s\S]*`response-property-removed`/);
    assert.match(fake.comments[0]!.body, /📝 Draft for <code>contracts\/migrations\/shop-2\.0\.0\.md<\/code>/, 'the summary offers it too');

    // the author writes both: the drafts go away, and a re-run posts nothing twice
    const done = addBranch(s, 'feature', 'feature', {
      'contracts/CHANGELOG.md': '# log\n## shop 2.0.0\n- name removed\n',
      'contracts/migrations/shop-2.0.0.md': 'shop 2.0.0: name is gone\n',
    });
    gitRun(s.work, 'fetch', '--quiet', 'origin', 'feature');
    await runAction(s, { head: done });
    assert.ok(!fake.reviewComments.some((c) => c.body.includes('contract-guard:review:draft')), JSON.stringify(fake.reviewComments));
    assert.doesNotMatch(fake.comments[0]!.body, /📝 Draft/);
  });

  test('on push to the default branch: a merged hotfix is frozen at once from the checkout, even with freeze.on_merge: off', async () => {
    const s = setup({}, 'main', CONFIG + 'freeze: {on_merge: off}\n');
    const before = gitRun(s.work, 'rev-parse', 'HEAD').trim();
    const merged = addBranch(s, 'main', 'main', MAJOR);
    // the workflow's checkout: the pushed commit alone (actions/checkout fetches one commit)
    gitRun(s.work, 'fetch', '--quiet', '--depth=1', 'origin', 'main');
    gitRun(s.work, 'checkout', '--quiet', merged);
    const repository = { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' }, default_branch: 'main' };
    const push = { name: 'push', head: merged, extra: { ref: 'refs/heads/main', before, after: merged, repository } };
    try {
      const quiet = await runAction(s, push);
      assert.equal(quiet.code, 0, quiet.stdout);
      assert.match(quiet.outputs.freeze!, /no emergency hotfix was merged/);
      assert.equal(gitRun(s.origin, 'rev-parse', 'main').trim(), merged, 'nothing frozen without the label');

      fake.commitPulls.set(merged, [{ number: 9, labels: [{ name: 'contract-hotfix' }] }]);
      const frozen = await runAction(s, push);
      assert.equal(frozen.code, 0, frozen.stdout);
      assert.match(frozen.outputs.freeze!, /^hotfix #9: froze v1\.0\.1 \(\d+ artifacts\) in [0-9a-f]{7}$/);
      const tip = gitRun(s.origin, 'rev-parse', 'main').trim();
      assert.equal(gitRun(s.origin, 'rev-parse', `${tip}^`).trim(), merged, 'a freeze commit on top of the merge');
      const clone = join(tempDir('cg-verify-'), 'c');
      gitRun(tempDir(), 'clone', '--quiet', s.origin, clone);
      assert.equal(runCli(['freeze', 'verify'], clone).status, 0);
      const frozenSpec = runCli(['freeze', 'diff', '1.0.0', '--format', 'json'], clone);
      assert.ok(JSON.parse(frozenSpec.stdout).changes.some((c: { ruleId: string }) => c.ruleId === 'response-property-removed'));

      const elsewhere = await runAction(s, { ...push, extra: { ...push.extra, ref: 'refs/heads/feature' } });
      assert.equal(elsewhere.code, 0);
      assert.equal(elsewhere.outputs.freeze, undefined, 'a push to another branch does nothing');
    } finally {
      fake.commitPulls.clear();
    }
  });

  test('on push: the open pull requests into the pushed branch are judged again when it changed what they are judged by, and only then', async () => {
    const minor = {
      'contracts/modules/shop/api/openapi.yaml': spec({ extraOps: 1 }),
      'contracts/modules/shop/versions.yaml': 'current: 1.1.0\n',
      'contracts/CHANGELOG.md': '# log\n## shop 1.1.0\n',
    };
    const s = setup({ feature: minor }, 'feature', CONFIG + 'freeze: {on_merge: off}\n');
    const head = s.heads.feature!;
    assert.equal((await runAction(s, { head })).code, 0, 'green on main as it is');
    const repository = { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' }, default_branch: 'main' };
    const pushed = async (files: Record<string, string>, freeze?: string) => {
      const tmp = join(tempDir('cg-pushed-'), 'w');
      gitRun(tempDir(), 'clone', '--quiet', `file://${s.origin}`, tmp);
      gitRun(tmp, 'checkout', '--quiet', '-B', 'main', 'origin/main');
      const before = gitRun(tmp, 'rev-parse', 'HEAD').trim();
      writeTree(tmp, files);
      if (freeze) assert.equal(runCli(['freeze', 'create', freeze], tmp).status, 0);
      gitRun(tmp, 'add', '-A');
      gitRun(tmp, 'commit', '--quiet', '-m', 'merged');
      gitRun(tmp, 'push', '--quiet', 'origin', 'HEAD:main');
      const after = gitRun(tmp, 'rev-parse', 'HEAD').trim();
      // the push workflow's checkout: the pushed commit alone
      gitRun(s.work, 'fetch', '--quiet', '--depth=1', 'origin', 'main');
      gitRun(s.work, 'checkout', '--quiet', after);
      return runAction(s, { name: 'push', head: after, extra: { ref: 'refs/heads/main', before, after, repository } });
    };
    fake.pulls = [{ number: 7, state: 'open', base: { ref: 'main' }, head: { sha: head, ref: 'feature' } }];
    try {
      const quiet = await pushed({ 'README.md': 'moved on\n' });
      assert.equal(quiet.code, 0, quiet.stdout);
      assert.equal(quiet.outputs['judged-again'], '', 'nothing a judgement reads changed');
      assert.equal(fake.checkRuns.at(-1)!.conclusion, 'success');

      // another pull request released shop 1.1.0 and main froze it: #7 would publish a second, different 1.1.0
      const r = await pushed(
        {
          'contracts/modules/shop/api/admin.yaml': spec().replace('title: shop', 'title: shop admin'),
          'contracts/modules/shop/versions.yaml': 'current: 1.1.0\n',
        },
        '1.1.0',
      );
      assert.equal(r.code, 0, "the push job itself does not fail on a pull request's verdict");
      assert.equal(r.outputs['judged-again'], '7');
      const run = fake.checkRuns.filter((c) => c.head_sha === head).at(-1)!;
      assert.equal(run.conclusion, 'failure');
      assert.equal(run.output.title, '⛔ blocked: needs a minor version bump');
    } finally {
      fake.pulls = [];
    }
  });

  test('on push: freeze.on_merge: commit freezes a repository versioned by info.version, holding its contracts alone', async () => {
    // a root openapi.yaml and the schema it $refs, among code: the unit's version moved, so the merge is frozen at it
    const petstore = filesUnder(join(PROJECT, 'test/fixtures/layouts/root-openapi'));
    const config = `${CONFIG}contracts: [openapi.yaml, "schemas/**"]\nfreeze: {on_merge: commit}\n`;
    const s = harnessSetup({ ...petstore, 'src/app.js': 'console.log(1)\n' }, {}, 'main', config);
    const before = gitRun(s.work, 'rev-parse', 'HEAD').trim();
    const bumped = petstore['openapi.yaml']!.replace('version: 1.4.0', 'version: 2.0.0');
    const merged = addBranch(s, 'main', 'main', { 'openapi.yaml': bumped, 'src/app.js': 'console.log(2)\n' });
    gitRun(s.work, 'fetch', '--quiet', '--depth=1', 'origin', 'main');
    gitRun(s.work, 'checkout', '--quiet', merged);
    const repository = { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' }, default_branch: 'main' };
    const r = await runAction(s, { name: 'push', head: merged, extra: { ref: 'refs/heads/main', before, after: merged, repository } });
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.outputs.freeze!, /^froze v2\.0\.0 \(2 artifacts\) in [0-9a-f]{7}$/, 'its version names it; code is not frozen');
    const clone = join(tempDir('cg-verify-'), 'c');
    gitRun(tempDir(), 'clone', '--quiet', s.origin, clone);
    assert.equal(runCli(['freeze', 'verify'], clone).status, 0);
    const latest = JSON.parse(readFileSync(join(clone, '_frozen/freeze-latest.json'), 'utf8')) as { artifacts: { path: string }[] };
    assert.deepEqual(
      latest.artifacts.map((a) => a.path),
      ['openapi.yaml', 'schemas/pet.json'],
    );
  });

  test('on push: freeze.on_merge: commit freezes a repository its freezes release as the version its changes need', async () => {
    // JSON Schemas no file or tag versions, with a first freeze v1.0.0: a break merged is v2.0.0, as its check named it
    // (it was "no unit version changed", and a hotfix froze it as the next patch)
    const user = (required: string[]) =>
      JSON.stringify({ type: 'object', properties: { id: { type: 'string' }, email: { type: 'string' } }, required });
    const config = `${CONFIG}contracts: schemas\nfreeze: {on_merge: commit}\n`;
    const s = harnessSetup({ 'schemas/user.json': user(['id']), 'README.md': 'hi\n' }, {}, 'main', config);
    const repository = { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' }, default_branch: 'main' };
    const push = async (files: Record<string, string>, hotfix = false) => {
      const before = gitRun(s.work, 'ls-remote', s.origin, 'refs/heads/main').split('\t')[0]!;
      const merged = addBranch(s, 'main', 'main', files);
      if (hotfix) fake.commitPulls.set(merged, [{ number: 9, labels: [{ name: 'contract-hotfix' }] }]);
      gitRun(s.work, 'fetch', '--quiet', '--depth=1', 'origin', 'main');
      gitRun(s.work, 'checkout', '--quiet', merged);
      const r = await runAction(s, { name: 'push', head: merged, extra: { ref: 'refs/heads/main', before, after: merged, repository } });
      assert.equal(r.code, 0, r.stdout);
      return r.outputs.freeze!;
    };
    assert.equal(await push({ 'README.md': 'hello\n' }), 'no contract changed since the latest freeze');
    assert.match(await push({ 'schemas/user.json': user(['id', 'email']) }), /^froze v2\.0\.0 \(1 artifact\) in [0-9a-f]{7}$/);
    const clone = join(tempDir('cg-verify-'), 'c');
    gitRun(tempDir(), 'clone', '--quiet', s.origin, clone);
    assert.equal(runCli(['freeze', 'verify'], clone).status, 0);
    // the next change is measured from v2.0.0: an optional property added is v2.1.0
    const added = JSON.stringify({
      type: 'object',
      properties: { id: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } },
      required: ['id', 'email'],
    });
    assert.match(await push({ 'schemas/user.json': added }), /^froze v2\.1\.0 /);
    // an emergency hotfix is frozen at once, as what it needs too: a break is v3.0.0, not the next patch
    assert.match(
      await push({ 'schemas/user.json': added.replace('"id":{"type":"string"}', '"id":{"type":"integer"}') }, true),
      /^hotfix #9: froze v3\.0\.0 /,
    );
  });

  test('with no policy on the base branch, the defaults apply, not the policy the pull request adds', async () => {
    const weakening = { ...BUMPED, '.github/contract-guard.yml': 'rules:\n  major-change: off\n  removal-without-deprecation: off\n' };
    const s = setup({ feature: weakening }, 'feature', null);
    const r = await runAction(s, { head: s.heads.feature! });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(fake.checkRuns[0]!.conclusion, 'action_required', 'the major change still needs the council');
    assert.match(fake.comments[0]!.body, /needs Contract Council approval/);
  });

  test("Spectral: the base branch's ruleset runs with the ratchet; the one the pull request brings is not used", async () => {
    const added = {
      'contracts/modules/shop/api/openapi.yaml': spec({ extraOps: 1 }),
      'contracts/modules/shop/versions.yaml': 'current: 1.1.0\n',
      'contracts/CHANGELOG.md': '# log\n## shop 1.1.0\n- extra\n',
      '.spectral.yaml': 'extends: [[spectral:oas, off]]\n', // the pull request switching its rules off
    };
    const s = harnessSetup({ ...SHOP, '.spectral.yaml': RULESET }, { feature: added }, 'feature', CONFIG);
    const r = await runAction(s, { head: s.heads.feature! });
    assert.equal(r.code, 1, r.stdout);
    assert.equal(fake.checkRuns.at(-1)!.conclusion, 'failure');
    const body = fake.comments[0]!.body;
    assert.match(body, /Every operation says what it does\. \(Spectral rule operation-description-required\)/);
    assert.match(body, /\[`spectral-error`\]\([^)]*#spectral-error\) · `contracts\/modules\/shop\/api\/openapi\.yaml:\d+`/);
    const annotations = fake.checkRuns.at(-1)!.annotations;
    assert.ok(annotations.some((a) => a.path === 'contracts/modules/shop/api/openapi.yaml' && /Spectral rule/.test(a.message)));
  });

  test("the hotfix path: a council member's label lets a blocked PR through, loudly; anyone else's does nothing", async () => {
    const s = setup({ feature: MAJOR }, 'feature');
    const label = (login: string, event = 'labeled') => ({ event, label: { name: 'contract-hotfix' }, actor: { login } });
    fake.issueEvents.set(7, [label('mallory')]);
    const refused = await runAction(s, { head: s.heads.feature! });
    assert.equal(refused.code, 1, 'not a council member: still blocked');
    assert.equal(fake.checkRuns.at(-1)!.conclusion, 'failure');
    assert.match(
      fake.comments[0]!.body,
      /The label `contract-hotfix` was added by @mallory, who is not on the Contract Council: it has no effect\. A Contract Council member must add it/,
    );

    fake.issueEvents.set(7, [label('mallory'), label('dana')]);
    const hotfix = await runAction(s, { head: s.heads.feature! });
    assert.equal(hotfix.code, 0, hotfix.stdout);
    assert.equal(fake.checkRuns.at(-1)!.conclusion, 'success');
    assert.match(
      fake.checkRuns.at(-1)!.output.title!,
      /^🚨 emergency hotfix: 1 breaking change \(authorised by @dana; freeze right after merge\)/,
    );
    assert.match(fake.comments[0]!.body, /🚨 \*\*Emergency hotfix\*\* authorised by @dana \(label `contract-hotfix`\)/);
    assert.match(fake.comments[0]!.body, /version-bump-missing|bump/, 'the problems are still listed');

    // the base branch changed after the label (both after the head's first check run): it let the head into the branch
    // it targeted then
    const after = (ms: number) => new Date(Date.parse(fake.checkRuns[0]!.started_at) + ms).toISOString();
    const rebased = { event: 'base_ref_changed', actor: { login: 'mallory' }, created_at: after(2000) };
    fake.issueEvents.set(7, [{ ...label('dana'), created_at: after(1000) }, rebased]);
    const retargeted = await runAction(s, {
      action: 'edited',
      head: s.heads.feature!,
      extra: { changes: { base: { ref: { from: 'dev' } } } },
    });
    assert.equal(retargeted.code, 1, 'a label added before the base changed lets nothing through');
    assert.match(fake.comments[0]!.body, /was added by @dana before this pull request's base branch was changed/);

    fake.issueEvents.set(7, [label('dana'), label('dana', 'unlabeled')]);
    assert.equal((await runAction(s, { head: s.heads.feature! })).code, 1, 'the label removed: blocked again');
  });

  test('a commit heading pull requests into two branches is judged against each: one into a branch of its own freezing does not turn it green', async () => {
    const s = setup({ feature: MAJOR }, 'feature');
    // the author's own base: the breaking change with a freeze of it, so nothing changed against it; the head is one
    // commit on top, and into main it merely adds a freeze of its own contracts (as any pull request may)
    const tmp = join(tempDir('cg-forge-'), 'w');
    gitRun(tempDir(), 'clone', '--quiet', `file://${s.origin}`, tmp);
    gitRun(tmp, 'checkout', '--quiet', '-B', 'scratch', 'origin/feature');
    assert.equal(runCli(['freeze', 'create', '2.0.0'], tmp).status, 0);
    gitRun(tmp, 'add', '-A');
    gitRun(tmp, 'commit', '--quiet', '-m', 'freeze the change as law');
    gitRun(tmp, 'push', '--quiet', 'origin', 'scratch');
    const head = addBranch(s, 'feature', 'scratch', { 'README.md': 'hello\n' });
    const pull = (number: number, base: string) => ({
      number,
      state: 'open',
      base: { ref: base },
      head: { sha: head, ref: 'feature' },
      labels: [],
    });
    const intoScratch = {
      number: 8,
      pull_request: {
        number: 8,
        base: { ref: 'scratch' },
        head: { sha: head, ref: 'feature', repo: { html_url: 'https://github.com/acme/shop' } },
      },
    };

    // alone, the pull request into its own base passes: that base is a baseline of its author's making
    fake.commitPulls.set(head, [pull(8, 'scratch')]);
    const alone = await runAction(s, { head, extra: intoScratch });
    assert.equal(alone.code, 0, alone.stdout);
    assert.equal(fake.checkRuns.at(-1)!.conclusion, 'success');

    // the same commit also heads #7 into main, blocked there: GitHub keeps one check per commit, so it is judged against both
    fake.commitPulls.set(head, [pull(7, 'main'), pull(8, 'scratch')]);
    const later = await runAction(s, { head, extra: intoScratch });
    assert.equal(later.code, 1, later.stdout);
    assert.equal(fake.checkRuns.length, 1);
    assert.equal(fake.checkRuns[0]!.conclusion, 'failure');
    assert.match(fake.checkRuns[0]!.output.title!, /^⛔ blocked in #7 \(into main\): needs a major version bump/);
    assert.match(fake.checkRuns[0]!.output.summary!, /This commit also heads #7 \(into `main`\)/);
    const own = await runAction(s, { head });
    assert.equal(own.code, 1);
    assert.equal(fake.checkRuns[0]!.conclusion, 'failure');
    assert.match(fake.checkRuns[0]!.output.title!, /^⛔ blocked: needs a major version bump/, "#7's own verdict is the strictest");

    // a head spread over more branches than one check judges does not pass
    fake.commitPulls.set(head, [pull(8, 'scratch'), ...['a', 'b', 'c', 'd', 'e', 'f'].map((b, i) => pull(20 + i, b))]);
    assert.equal((await runAction(s, { head, extra: intoScratch })).code, 1);
    assert.match(fake.checkRuns[0]!.output.title!, /^⛔ blocked: this commit heads pull requests into 7 branches; at most 6 are judged$/);

    // a branch it cannot be judged against (no common history) is no pass there; the judgement itself still ends
    gitRun(tmp, 'checkout', '--quiet', '--orphan', 'legacy');
    gitRun(tmp, 'rm', '-rfq', '.');
    writeTree(tmp, { 'README.md': 'old\n' });
    gitRun(tmp, 'add', '-A');
    gitRun(tmp, 'commit', '--quiet', '-m', 'legacy');
    gitRun(tmp, 'push', '--quiet', 'origin', 'legacy');
    fake.commitPulls.set(head, [pull(8, 'scratch'), pull(9, 'legacy')]);
    assert.equal((await runAction(s, { head, extra: intoScratch })).code, 1);
    assert.equal(fake.checkRuns[0]!.conclusion, 'failure');
    assert.match(fake.checkRuns[0]!.output.title!, /^⛔ blocked in #9 \(into legacy\): it could not be judged there \(.*no common history/);
  });

  test('review comments: none outside the diff, and none past review.max_inline', async () => {
    const s = setup({ feature: MAJOR }, 'feature', `${CONFIG}review:\n  max_inline: 0\n`);
    await runAction(s, { head: s.heads.feature! });
    assert.equal(fake.reviewComments.length, 0, 'versions.yaml is not in the diff, and notes are off');
  });

  test('first run: sticky comment, check run with annotations on head lines, outputs and job summary', async () => {
    const s = setup({ feature: MAJOR }, 'feature');
    const r = await runAction(s, { action: 'opened', head: s.heads.feature! });
    assert.equal(r.code, 1, r.stdout);
    assert.equal(fake.comments.length, 1);
    assert.match(fake.comments[0]!.body, /<!-- contract-guard:sticky -->\n### contract-guard ⛔ blocked/);
    assert.match(fake.comments[0]!.body, /^\*\*To do:\*\* Set `current: 2\.0\.0` in contracts\/modules\/shop\/versions\.yaml\./m);
    assert.doesNotMatch(fake.comments[0]!.body, /Bump `shop` from|Version of `shop` bumped/, 'the checklist does not repeat the to-do');
    const [run] = fake.checkRuns;
    assert.equal(run!.name, 'contract-guard');
    assert.equal(run!.head_sha, s.heads.feature);
    assert.equal(run!.conclusion, 'failure');
    const removed = run!.annotations.find((a) => /property `name` removed/.test(a.message))!;
    assert.equal(removed.path, 'contracts/modules/shop/api/openapi.yaml');
    assert.equal(removed.start_line, 21, 'the properties block in the head where `name` was');
    assert.ok(run!.annotations.some((a) => a.annotation_level === 'failure' && a.path === 'contracts/modules/shop/versions.yaml'));
    assert.equal(r.outputs.level, 'major');
    assert.equal(r.outputs.blocked, 'true');
    assert.deepEqual(JSON.parse(r.outputs['required-bumps']!), { shop: 'major' });
    assert.equal(JSON.parse(readFileSync(r.outputs.report!, 'utf8')).blocked, true);
    assert.match(r.summary, /### contract-guard ⛔ blocked/);
  });

  test("a shallow checkout behind its base: the base's tip and the merge base come in one fetch, as GitHub's compare names them", async () => {
    const s = setup({ feature: MAJOR }, 'feature');
    addBranch(s, 'main', 'main', { 'README.md': 'the base moved on\n' }); // the merge base is no longer the base's tip
    const shim = tempDir('cg-git-shim-');
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(join(shim, 'git'), `#!/bin/sh\necho "$*" >> '${join(shim, 'calls')}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
    const r = await runAction(s, { head: s.heads.feature!, env: { PATH: `${shim}:${process.env.PATH}` } });
    assert.equal(r.code, 1, r.stdout);
    assert.equal(fake.checkRuns[0]!.conclusion, 'failure');
    assert.ok(fake.reviewComments.length > 0, 'the diff from the merge base places review comments');
    const calls = readFileSync(join(shim, 'calls'), 'utf8').split('\n').filter(Boolean);
    assert.equal(calls.filter((c) => /(^| )fetch /.test(c)).length, 1, calls.join(' | '));
    assert.ok(!calls.some((c) => /merge-base|--deepen|--unshallow/.test(c)), 'no history fetched or walked');
  });

  test('a pull request behind its base is judged as it would merge: a freeze and a contract the base gained since are not its doing', async () => {
    const minor = {
      'contracts/modules/shop/api/openapi.yaml': spec({ extraOps: 1 }),
      'contracts/modules/shop/versions.yaml': 'current: 1.1.0\n',
      'contracts/CHANGELOG.md': '# log\n## shop 1.1.0\n',
    };
    const s = setup({ feature: minor }, 'feature');
    assert.equal((await runAction(s, { head: s.heads.feature! })).code, 0, 'alone on main it passes');
    // meanwhile another pull request released shop 1.1.0 with a second description, and main froze it
    const tmp = join(tempDir('cg-merged-'), 'w');
    gitRun(tempDir(), 'clone', '--quiet', `file://${s.origin}`, tmp);
    gitRun(tmp, 'checkout', '--quiet', '-B', 'main', 'origin/main');
    writeTree(tmp, {
      'contracts/modules/shop/api/admin.yaml': spec().replace('title: shop', 'title: shop admin'),
      'contracts/modules/shop/versions.yaml': 'current: 1.1.0\n',
    });
    assert.equal(runCli(['freeze', 'create', '1.1.0'], tmp).status, 0);
    gitRun(tmp, 'add', '-A');
    gitRun(tmp, 'commit', '--quiet', '-m', 'release shop 1.1.0');
    gitRun(tmp, 'push', '--quiet', 'origin', 'HEAD:main');

    fake.comments = [];
    const r = await runAction(s, { head: s.heads.feature! });
    assert.equal(r.code, 1, r.stdout);
    const body = fake.comments.at(-1)!.body;
    assert.equal(fake.checkRuns.at(-1)!.output.title, '⛔ blocked: needs a minor version bump', body);
    assert.match(body, /baseline: freeze v1\.1\.0 .* as merged into origin\/main/);
    assert.match(body, /Set `current: 1\.2\.0` in contracts\/modules\/shop\/versions\.yaml/);
    // not told it deleted the new freeze, nor that it removed the description main gained
    assert.doesNotMatch(body, /frozen-history-edited|admin\.yaml|removed|too since/);

    // main then changes the description the pull request changes too: judged as the pull request has it, and told so
    writeTree(tmp, { 'contracts/modules/shop/api/openapi.yaml': spec({ extraOps: 2 }) });
    gitRun(tmp, 'commit', '--quiet', '-am', 'another operation');
    gitRun(tmp, 'push', '--quiet', 'origin', 'HEAD:main');
    await runAction(s, { head: s.heads.feature! });
    assert.match(
      fake.comments.at(-1)!.body,
      /contracts\/modules\/shop\/api\/openapi\.yaml changed on origin\/main too since this branch forked from it: judged as this branch has it; merge origin\/main into it/,
    );
  });

  test('a break merged to the base branch before the next freeze is not asked of every later pull request; a break of its own is', async () => {
    const s = setup({}, 'main');
    // an approved break merged to main, not frozen yet (freeze.on_merge: off, the default)
    addBranch(s, 'main', 'main', BUMPED);
    const readme = addBranch(s, 'docs', 'main', { 'README.md': 'documentation only\n' });
    const r = await runAction(s, { head: readme });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(fake.checkRuns.at(-1)!.conclusion, 'success', fake.checkRuns.at(-1)!.output.title);
    assert.equal(fake.checkRuns.at(-1)!.output.title, '✅ passes: no contract changes of its own (1 breaking change already on main)');
    assert.match(fake.checkRuns.at(-1)!.output.summary!, /already on main: not this pull request's/);
    assert.equal(fake.comments.length, 0, 'a pull request that changes no contract gets no comment');
    assert.deepEqual(fake.checkRuns.at(-1)!.annotations, [], "nor annotations on lines that are not the pull request's");

    // one that adds an operation of its own: its change is minor, and the break is still main's
    const added = addBranch(s, 'added', 'main', {
      'contracts/modules/shop/api/openapi.yaml': spec({ name: false, extraOps: 1 }),
      'contracts/CHANGELOG.md': '# log\n## shop 2.0.0\n- GET /extra/0 added\n',
    });
    await runAction(s, { head: added });
    assert.equal(fake.checkRuns.at(-1)!.conclusion, 'success', fake.checkRuns.at(-1)!.output.summary);
    assert.equal(fake.checkRuns.at(-1)!.output.title, '✅ passes: minor change (1 breaking change already on main)');
    const others = fake.checkRuns.at(-1)!.output.summary!;
    assert.match(others, /version 1\.0\.0 → 2\.0\.0 \(`contracts\/modules\/shop\/versions\.yaml:1`\) <sub>already on main<\/sub>/);
    assert.match(others, /GET \/extra\/0 added \(`contracts\/modules\/shop\/api\/openapi\.yaml:\d+`\)\n/, 'its own change is not marked');
    // telling shop's consumers of the break is for whoever merged it, not a task of this pull request
    assert.match(others, /Migration checklist/);
    assert.doesNotMatch(others, /Notify the consumers/);

    // one that breaks something of its own waits for the Council, and an approval of it is enough
    const own = addBranch(s, 'own', 'main', { 'contracts/modules/shop/api/openapi.yaml': spec({ name: false, required: [] }) });
    await runAction(s, { head: own });
    assert.equal(fake.checkRuns.at(-1)!.conclusion, 'action_required');
    assert.match(fake.checkRuns.at(-1)!.output.summary!, /- \[ \] Notify the consumers of shop/);
    fake.addReview(7, 'dana', 'APPROVED', own);
    await runAction(s, { head: own });
    assert.equal(fake.checkRuns.at(-1)!.conclusion, 'success');
  });

  test('a base branch blocked itself (a break pushed without a bump) does not block a pull request that changes none of the files judged', async () => {
    const s = setup({}, 'main');
    addBranch(s, 'main', 'main', MAJOR);
    const readme = addBranch(s, 'docs', 'main', { 'README.md': 'documentation only\n' });
    const r = await runAction(s, { head: readme });
    assert.equal(r.code, 0, r.stdout);
    const run = fake.checkRuns.at(-1)!;
    assert.equal(run.conclusion, 'success', run.output.title);
    assert.match(
      run.output.summary!,
      /main is blocked itself: shop: major changes need a major bump from 1\.0\.0, but the version is 1\.0\.0; not this pull request's to fix/,
    );
    assert.equal(fake.comments.length, 0);
    // one that touches the contracts is judged whole: main's missing bump is now its to make
    const touching = addBranch(s, 'touching', 'main', { 'contracts/modules/shop/api/openapi.yaml': spec({ name: false, extraOps: 1 }) });
    await runAction(s, { head: touching });
    assert.equal(fake.checkRuns.at(-1)!.conclusion, 'failure');
  });

  test('in a merge queue, the group commit gets the check: the pull request approves what it adds, not what the groups ahead of it hold', async () => {
    const s = setup({ feature: BUMPED }, 'main');
    const main = gitRun(s.work, 'rev-parse', 'HEAD').trim();
    const queue = (n: number, from: string, files: Record<string, string>) => {
      const ref = `gh-readonly-queue/main/pr-${n}-${main}`;
      return { ref, sha: addBranch(s, ref, from, files) };
    };
    const judge = (n: number, head: { ref: string; sha: string }, parent: string) =>
      runAction(s, {
        name: 'merge_group',
        action: 'checks_requested',
        head: head.sha,
        extra: { merge_group: { head_sha: head.sha, head_ref: `refs/heads/${head.ref}`, base_sha: parent, base_ref: 'refs/heads/main' } },
      });
    const runOf = (sha: string) => fake.checkRuns.filter((r) => r.head_sha === sha).at(-1)!;
    fake.pullHeads.set(7, s.heads.feature!);
    try {
      // #7 breaks a field: its group waits for the Council, as #7 does
      const first = queue(7, 'feature', { 'README.md': 'queued\n' });
      const waiting = await judge(7, first, main);
      assert.equal(waiting.code, 0, waiting.stdout);
      assert.equal(runOf(first.sha).conclusion, 'action_required');
      assert.equal(fake.comments.length, 0, "the group's verdict is its check run; the pull request's comment stays its own");
      fake.addReview(7, 'dana', 'APPROVED', s.heads.feature!);
      await judge(7, first, main);
      assert.equal(runOf(first.sha).conclusion, 'success', 'approved on the pull request, approved in the queue');
      fake.reviews.clear();

      // #8 queued behind it adds an operation: #7's break is in its group, but approved where it was made
      const second = queue(8, first.ref, { 'contracts/modules/shop/api/openapi.yaml': spec({ name: false, extraOps: 1 }) });
      const behind = await judge(8, second, first.sha);
      assert.equal(behind.code, 0, behind.stdout);
      assert.equal(runOf(second.sha).conclusion, 'success', runOf(second.sha).output.title);
      assert.match(
        runOf(second.sha).output.summary!,
        /its breaking changes are already on [0-9a-f]{7} \(the commit its merge queue group was built on\)/,
      );

      // a #8 that breaks something of its own waits for the Council
      const breaking = queue(8, first.ref, { 'contracts/modules/shop/api/openapi.yaml': spec({ name: false, required: [] }) });
      await judge(8, breaking, first.sha);
      assert.equal(runOf(breaking.sha).conclusion, 'action_required', runOf(breaking.sha).output.title);
    } finally {
      fake.pullHeads.delete(7);
    }
  });

  test('a re-run with nothing changed posts no second comment and makes no edit', async () => {
    const s = setup({ feature: MAJOR }, 'feature');
    await runAction(s, { head: s.heads.feature! });
    await runAction(s, { head: s.heads.feature! });
    assert.equal(fake.comments.length, 1);
    assert.equal(fake.count('PATCH', /\/issues\/comments\//), 0);
    assert.equal(fake.checkRuns.length, 1, 'one check run per head');
  });

  test('the sticky comment is found by marker and bot author across pages', async () => {
    const s = setup({ feature: MAJOR }, 'feature');
    fake.pageSize = 2;
    try {
      for (let i = 0; i < 5; i++)
        fake.comments.push({
          id: 1 + i,
          issue: 7,
          body: i === 0 ? '<!-- contract-guard:sticky --> quoted by a human' : `chat ${i}`,
          user: { login: 'human', type: 'User' },
        });
      await runAction(s, { head: s.heads.feature! });
      await runAction(s, { head: s.heads.feature! });
      assert.equal(fake.comments.filter((c) => c.user.type === 'Bot').length, 1);
      assert.equal(fake.comments[0]!.body, '<!-- contract-guard:sticky --> quoted by a human', "a human's comment is never edited");
    } finally {
      fake.pageSize = 100;
    }
  });

  test('a fix pushed: the comment is rewritten as resolved and the check passes', async () => {
    const s = setup({ feature: MAJOR }, 'feature');
    await runAction(s, { head: s.heads.feature! });
    const fixed = addBranch(s, 'feature', 'main', { 'README.md': 'only docs outside contracts\n' });
    gitRun(s.work, 'fetch', '--quiet', '--depth', '1', 'origin', 'feature');
    const r = await runAction(s, { head: fixed });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(fake.comments.length, 1);
    assert.match(fake.comments[0]!.body, /### contract-guard ✅ resolved/);
    assert.equal(fake.checkRuns.find((c) => c.head_sha === fixed)!.conclusion, 'success');
  });

  test('120 annotations go in three sequential batches of at most 50', async () => {
    const s = setup(
      {
        feature: {
          'contracts/modules/shop/api/openapi.yaml': spec({ extraOps: 120 }),
          'contracts/modules/shop/versions.yaml': 'current: 1.1.0\n',
        },
      },
      'feature',
    );
    const r = await runAction(s, { head: s.heads.feature! });
    assert.equal(r.code, 0, r.stdout);
    const run = fake.checkRuns[0]!;
    assert.equal(run.annotations.length, 120);
    assert.equal(fake.count('POST', /\/check-runs$/), 1);
    assert.equal(fake.count('PATCH', /\/check-runs\/\d+$/), 2);
    const sizes = fake.requests
      .filter((q) => /\/check-runs/.test(q.path) && q.method !== 'GET')
      .map((q) => ((q.body as { output: { annotations: unknown[] } }).output.annotations ?? []).length);
    assert.deepEqual(sizes, [50, 50, 20]);
    assert.equal(fake.maxInFlight, 1, 'one request after another');
  });

  test('a pull request of hundreds of changes gets at most 250 annotations, the blocking ones first', async () => {
    // 400 new operations and no version bump: 400 notices and the blocking bump, once one request per 50 of them
    const s = setup({ feature: { 'contracts/modules/shop/api/openapi.yaml': spec({ extraOps: 400 }) } }, 'feature');
    const r = await runAction(s, { head: s.heads.feature! });
    assert.equal(r.code, 1, r.stdout);
    const run = fake.checkRuns[0]!;
    assert.equal(run.annotations.length, 250);
    assert.equal(run.annotations[0]!.annotation_level, 'failure', 'the blocking problem comes first');
    assert.equal(fake.count('PATCH', /\/check-runs\/\d+$/), 4);
  });

  test('a PR with no contract changes gets no comment', async () => {
    const s = setup({ feature: { 'README.md': 'docs\n' } }, 'feature');
    const r = await runAction(s, { action: 'opened', head: s.heads.feature! });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(fake.comments.length, 0);
    assert.equal(fake.checkRuns[0]!.conclusion, 'success');
    assert.equal(r.outputs.level, 'none');
  });
});

describe('Contract Council approval', () => {
  test('waiting, approved by a team member, still waiting for a non-member, and dismissal withdraws it', async () => {
    const s = setup({ feature: BUMPED }, 'feature');
    const head = s.heads.feature!;
    const waiting = await runAction(s, { head });
    assert.equal(waiting.code, 0, 'fail-on blocked: waiting for approval does not fail the step');
    assert.equal(fake.checkRuns[0]!.conclusion, 'action_required');
    assert.equal(waiting.outputs['needs-approval'], 'true');

    fake.addReview(7, 'eve', 'APPROVED', head);
    await runAction(s, { name: 'pull_request_review', action: 'submitted', head });
    assert.equal(fake.checkRuns[0]!.conclusion, 'action_required', 'eve is not on the council');

    const id = fake.addReview(7, 'dana', 'APPROVED', head);
    const approved = await runAction(s, { name: 'pull_request_review', action: 'submitted', head });
    assert.equal(fake.checkRuns[0]!.conclusion, 'success');
    assert.match(fake.checkRuns[0]!.output.title!, /^✅ approved by the Contract Council \(@dana\): 1 breaking change$/);
    assert.equal(approved.outputs['needs-approval'], 'false');

    fake.dismissReview(7, id);
    await runAction(s, { name: 'pull_request_review', action: 'dismissed', head });
    assert.equal(fake.checkRuns[0]!.conclusion, 'action_required');
  });

  for (const final of ['refuse', 'keep'] as const)
    test(`where GitHub ${final === 'refuse' ? 'refuses to change' : 'silently keeps'} a completed run's conclusion, an approval turns the check green in a new run`, async () => {
      fake.finalConclusions = final;
      try {
        const s = setup({ feature: BUMPED }, 'feature');
        const head = s.heads.feature!;
        await runAction(s, { head });
        assert.deepEqual(
          fake.checkRuns.map((r) => r.conclusion),
          ['action_required'],
        );
        fake.addReview(7, 'dana', 'APPROVED', head);
        await runAction(s, { name: 'pull_request_review', action: 'submitted', head });
        assert.deepEqual(
          fake.checkRuns.map((r) => r.conclusion),
          ['action_required', 'success'],
          'the newest run carries the verdict',
        );
        await runAction(s, { name: 'pull_request_review', action: 'submitted', head });
        assert.equal(fake.checkRuns.length, 2, 'the same verdict again updates the newest run, no third');
      } finally {
        fake.finalConclusions = undefined;
      }
    });

  test('an approval given before the base branch was changed does not carry over to the new base; one given after it does', async () => {
    const s = setup({ feature: BUMPED }, 'feature');
    const head = s.heads.feature!;
    const ago = (s: number) => new Date(Date.now() - s * 1000).toISOString();
    fake.addReview(7, 'dana', 'APPROVED', head, ago(60));
    await runAction(s, { name: 'pull_request_review', action: 'submitted', head });
    assert.equal(fake.checkRuns[0]!.conclusion, 'success');

    fake.issueEvents.set(7, [{ event: 'base_ref_changed', actor: { login: 'mallory' }, created_at: ago(30) }]);
    await runAction(s, { action: 'edited', head, extra: { changes: { base: { ref: { from: 'develop' } } } } });
    assert.equal(fake.checkRuns[0]!.conclusion, 'action_required', 'dana approved the breaking changes against the old base');

    fake.addReview(7, 'dana', 'APPROVED', head);
    await runAction(s, { name: 'pull_request_review', action: 'submitted', head });
    assert.equal(fake.checkRuns[0]!.conclusion, 'success');
  });

  test('an approval of an earlier head counts while the breaking changes are the same, not after they change', async () => {
    const s = setup({ feature: BUMPED }, 'feature');
    const first = s.heads.feature!;
    fake.addReview(7, 'carol', 'APPROVED', first);
    const docsOnly = addBranch(s, 'feature', 'feature', { 'contracts/CHANGELOG.md': '# log\n## shop 2.0.0\n- typo fixed\n' });
    gitRun(s.work, 'fetch', '--quiet', '--depth', '1', 'origin', 'feature');
    await runAction(s, { head: docsOnly });
    assert.equal(fake.checkRuns.find((c) => c.head_sha === docsOnly)!.conclusion, 'success');
    const moreBreaking = addBranch(s, 'feature', 'feature', {
      'contracts/modules/shop/api/openapi.yaml': spec({ name: false, required: [] }),
    });
    gitRun(s.work, 'fetch', '--quiet', '--depth', '1', 'origin', 'feature');
    await runAction(s, { head: moreBreaking });
    assert.equal(fake.checkRuns.find((c) => c.head_sha === moreBreaking)!.conclusion, 'action_required');
  });

  test('an approval of an earlier head covers fewer of its breaks, not a different break at the same place', async () => {
    // approved: id becomes an integer and name goes; then name comes back (still approved); then id becomes an object
    // instead: the same rule, file and pointer, another break
    const retyped = (type: string, name = true) => spec({ name }).replace('id: {type: string}', `id: {type: ${type}}`);
    const s = setup({ feature: { ...BUMPED, 'contracts/modules/shop/api/openapi.yaml': retyped('integer', false) } }, 'feature');
    fake.addReview(7, 'carol', 'APPROVED', s.heads.feature!);
    const fewer = addBranch(s, 'feature', 'feature', { 'contracts/modules/shop/api/openapi.yaml': retyped('integer') });
    gitRun(s.work, 'fetch', '--quiet', '--depth', '1', 'origin', 'feature');
    await runAction(s, { head: fewer });
    assert.equal(fake.checkRuns.find((c) => c.head_sha === fewer)!.conclusion, 'success');
    const other = addBranch(s, 'feature', 'feature', { 'contracts/modules/shop/api/openapi.yaml': retyped('object') });
    gitRun(s.work, 'fetch', '--quiet', '--depth', '1', 'origin', 'feature');
    await runAction(s, { head: other });
    assert.equal(fake.checkRuns.find((c) => c.head_sha === other)!.conclusion, 'action_required');
  });

  test('an approval of an earlier head is of the whole break, not of what its message shows', async () => {
    // a pattern longer than a message shows: two that differ past the part shown read as one break
    const SPEC = 'contracts/modules/shop/api/openapi.yaml';
    const pattern = (tail: string) => `^(${'[a-z]{1,8}-'.repeat(24)})${tail}$`;
    const withPattern = (p: string) => spec().replace('id: {type: string}', () => `id: {type: string, pattern: '${p}'}`);
    const s = harnessSetup(
      { ...SHOP, [SPEC]: withPattern('^[a-z]+$') },
      { feature: { ...BUMPED, [SPEC]: withPattern(pattern('x')) } },
      'feature',
      CONFIG,
    );
    const first = s.heads.feature!;
    await runAction(s, { head: first });
    assert.equal(fake.checkRuns.find((c) => c.head_sha === first)!.conclusion, 'action_required');
    fake.addReview(7, 'carol', 'APPROVED', first);
    const other = addBranch(s, 'feature', 'feature', { [SPEC]: withPattern(pattern('[0-9]+')) });
    gitRun(s.work, 'fetch', '--quiet', '--depth', '1', 'origin', 'feature');
    await runAction(s, { head: other });
    assert.equal(fake.checkRuns.find((c) => c.head_sha === other)!.conclusion, 'action_required');
  });

  test("an edit of the guard's policy needs the Council; an approval of one edit is not one of the next", async () => {
    const POLICY = '.github/contract-guard.yml';
    // a member whose name the message abridges: another name with the same first forty characters reads the same
    const named = (who: string) => CONFIG.replace('users: [carol]', `users: [carol, ${who}]`);
    const trusted = 'release-engineering-on-call-rotation-bot-trusted';
    const s = setup({ feature: { [POLICY]: named(trusted) } }, 'feature');
    const first = s.heads.feature!;
    await runAction(s, { head: first });
    const run = (sha: string) => fake.checkRuns.find((c) => c.head_sha === sha)!;
    assert.equal(run(first).conclusion, 'action_required');
    assert.match(run(first).output.summary!, /council\.users.*`\["carol"\]` → `\["carol","release-engineering-on-call\.\.\.`/);
    assert.equal(run(first).output.title, "⚠️ needs Contract Council approval: it changes the guard's policy (.github/contract-guard.yml)");
    fake.addReview(7, 'carol', 'APPROVED', first);
    await runAction(s, { name: 'pull_request_review', action: 'submitted', head: first });
    assert.equal(run(first).conclusion, 'success');
    const push = async (text: string) => {
      const head = addBranch(s, 'feature', 'feature', { [POLICY]: text });
      gitRun(s.work, 'fetch', '--quiet', '--depth', '1', 'origin', 'feature');
      await runAction(s, { head });
      return run(head).conclusion;
    };
    assert.equal(await push('# who may approve\n' + named(trusted)), 'success', 'a comment: what the policy says is what was approved');
    assert.equal(
      await push(named('release-engineering-on-call-rotation-bot-mallory')),
      'action_required',
      'the same message, another member',
    );
    assert.equal(await push(named(trusted) + 'rules: {major-change: off}\n'), 'action_required');
  });

  test('a review note on a property a pull request named is text: no mention, and its marker holds on re-runs', async () => {
    // `-->` in the name would end the hidden marker early (a new note on every run); `@acme/council` pinged the team
    const SPEC = 'contracts/modules/shop/api/openapi.yaml';
    const named = spec().replace('name: {type: string}', "'@acme/council --> x': {type: string}");
    const s = harnessSetup({ ...SHOP, [SPEC]: named }, { feature: { [SPEC]: spec({ name: false }) } }, 'feature', CONFIG);
    await runAction(s, { head: s.heads.feature! });
    const note = fake.reviewComments.find((c) => c.path === SPEC);
    assert.ok(note, JSON.stringify(fake.reviewComments));
    assert.ok(!/(^|[^`\u200b])@acme/.test(note.body.replace(/`[^`]*`/g, '')), note.body);
    const marker = note.body.slice(0, note.body.indexOf('-->') + 3);
    assert.match(marker, /^<!-- contract-guard:review:change%7C\S+ -->$/, 'the marker ends where it should');
    const count = fake.reviewComments.length;
    await runAction(s, { head: s.heads.feature! });
    assert.equal(fake.reviewComments.length, count);
    assert.equal(fake.count('DELETE', /\/pulls\/comments\/\d+$/), 0, 'kept, not deleted and posted again');
  });

  test('fail-on: approval fails the step while approval is pending', async () => {
    const s = setup({ feature: BUMPED }, 'feature');
    const r = await runAction(s, { head: s.heads.feature! }, { 'fail-on': 'approval' });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /::error::⚠️ needs Contract Council approval/);
  });
});

describe('fork pull requests', () => {
  test('annotate through workflow commands and the job summary, say so, and write nothing through the API', async () => {
    const s = setup({ feature: MAJOR }, 'feature');
    const r = await runAction(s, { head: s.heads.feature!, fork: true });
    assert.equal(fake.count('POST', /./), 0);
    assert.equal(fake.count('PATCH', /./), 0);
    assert.match(
      r.stdout,
      /::warning title=major change%3A response-property-removed,file=contracts\/modules\/shop\/api\/openapi\.yaml,line=21,endLine=21::/,
    );
    assert.match(r.stdout, /::error title=contract-guard%3A version-bump-missing,file=contracts\/modules\/shop\/versions\.yaml,line=1/);
    assert.match(r.summary, /comes from a fork: its token is read-only/);
    // the job summary shows the comment's first screen: the breaks and the one thing to do
    assert.match(r.summary, /^\| where \| what changed \| who breaks \|$/m);
    assert.match(r.summary, /^\*\*To do:\*\* Set `current: 2\.0\.0`/m);
    assert.equal(r.code, 1);
  });
});

describe('faults', () => {
  test('500 and 502 are retried; the run ends with the right verdict and one comment', async () => {
    const s = setup({ feature: MAJOR }, 'feature');
    fake.inject({ method: 'POST', path: /\/issues\/7\/comments$/, status: 500 });
    fake.inject({ method: 'POST', path: /\/check-runs$/, status: 502 });
    const r = await runAction(s, { head: s.heads.feature! });
    assert.equal(r.code, 1, r.stdout);
    assert.equal(fake.comments.length, 1);
    assert.equal(fake.checkRuns.length, 1);
    assert.equal(fake.checkRuns[0]!.conclusion, 'failure');
    assert.equal(fake.count('POST', /\/check-runs$/), 2);
  });

  test('a POST GitHub carried out but answered with a 5xx is looked up, not repeated: one comment, one check run', async () => {
    const s = setup({ feature: MAJOR }, 'feature');
    fake.inject({ method: 'POST', path: /\/issues\/7\/comments$/, status: 502, carriedOut: true });
    fake.inject({ method: 'POST', path: /\/check-runs$/, status: 504, carriedOut: true });
    const r = await runAction(s, { head: s.heads.feature! });
    assert.equal(r.code, 1, r.stdout);
    assert.equal(fake.comments.length, 1, 'no second sticky comment');
    assert.equal(fake.checkRuns.length, 1, 'no second check run');
    assert.equal(fake.count('POST', /\/check-runs$/), 1);
    assert.equal(fake.checkRuns[0]!.conclusion, 'failure');
  });

  test('a request that never answers ends at the request deadline, and is retried', async () => {
    const s = setup({ feature: MAJOR }, 'feature');
    fake.inject({ method: 'GET', path: /\/issues\/7\/comments$/, status: 200, hang: true });
    const r = await runAction(s, { head: s.heads.feature!, env: { CONTRACT_GUARD_REQUEST_TIMEOUT_MS: '1500' } });
    assert.equal(r.code, 1, r.stdout);
    assert.equal(fake.comments.length, 1);
    assert.equal(fake.checkRuns[0]!.conclusion, 'failure');
    assert.ok(fake.count('GET', /\/issues\/7\/comments$/) >= 2, 'the hung request was given up and asked again');
  });

  test('a 403 on the comment (a locked conversation) still leaves the check run, saying why', async () => {
    const s = setup({ feature: MAJOR }, 'feature');
    const message = 'Unable to create comment because issue is locked.';
    fake.inject({ method: 'POST', path: /\/issues\/7\/comments$/, status: 403, body: { message } });
    const r = await runAction(s, { head: s.heads.feature! });
    assert.equal(r.code, 1, r.stdout);
    assert.equal(fake.comments.length, 0);
    assert.equal(fake.checkRuns.length, 1);
    assert.equal(fake.checkRuns[0]!.conclusion, 'failure');
    assert.match(
      JSON.stringify(fake.checkRuns[0]!.output),
      /the sticky comment could not be written \(GitHub refused it: Unable to create comment because issue is locked/,
    );
  });

  test('a secondary rate limit (403 with retry-after) is waited out', async () => {
    const s = setup({ feature: MAJOR }, 'feature');
    fake.inject({
      method: 'GET',
      path: /\/issues\/7\/comments$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    const r = await runAction(s, { head: s.heads.feature!, env: { CONTRACT_GUARD_THROTTLE: 'on' } });
    assert.equal(fake.comments.length, 1, r.stdout);
    assert.match(r.stdout, /secondary rate limit on GET/);
    assert.equal(fake.checkRuns[0]!.conclusion, 'failure');
  });

  test('a 422 on the comment edit fails with a clear error and posts no duplicate', async () => {
    const s = setup({ feature: MAJOR }, 'feature');
    await runAction(s, { head: s.heads.feature! });
    const fixed = addBranch(s, 'feature', 'main', { ...MAJOR, 'contracts/modules/shop/versions.yaml': 'current: 2.0.0\n' });
    gitRun(s.work, 'fetch', '--quiet', '--depth', '1', 'origin', 'feature');
    fake.inject({
      method: 'PATCH',
      path: /\/issues\/comments\/\d+$/,
      status: 422,
      body: { message: 'Validation Failed: body is too long (maximum is 65536 characters)' },
    });
    const r = await runAction(s, { head: fixed });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /::error::contract-guard: Validation Failed: body is too long/);
    assert.doesNotMatch(r.stdout, /\n\s+at /);
    assert.equal(fake.comments.length, 1);
  });
});

describe('the bundle', () => {
  test('dist/index.js holds no Probot and action.yml runs it on node24', () => {
    const bundle = readFileSync(join(PROJECT, 'dist', 'index.js'), 'utf8');
    assert.doesNotMatch(bundle, /from "probot"|probot\/lib/);
    const action = readFileSync(join(PROJECT, 'action.yml'), 'utf8');
    assert.match(action, /using: node24\n {2}main: dist\/index\.js/);
    for (const input of ['github-token', 'config', 'fail-on', 'comment', 'check-name'])
      assert.match(action, new RegExp(`\\n  ${input}:\\n`));
    for (const output of ['level', 'blocked', 'needs-approval', 'required-bumps', 'report'])
      assert.match(action, new RegExp(`\\n  ${output}:\\n`));
    assert.ok(existsSync(join(PROJECT, '.github', 'workflows', 'contract-guard.yml')));
  });

  test('dist/ needs nothing beside it: the libraries loaded on first use (refa for patterns, avsc for Avro) are in it', () => {
    // a copy of dist/ alone, as a workflow runs it: no node_modules anywhere above
    const copy = tempDir('cg-dist-');
    cpSync(join(PROJECT, 'dist'), join(copy, 'dist'), { recursive: true });
    const work = join(copy, 'work');
    const string = (pattern: string) => JSON.stringify({ type: 'object', properties: { a: { type: 'string', pattern } } });
    const record = (type: string) => JSON.stringify({ type: 'record', name: 'R', fields: [{ name: 'a', type }] });
    writeTree(work, {
      'a.schema.json': string('^[a-z]+$'),
      'b.schema.json': string('^[a-c]+$'),
      'a.avsc': record('int'),
      'b.avsc': record('string'),
    });
    const diff = (a: string, b: string) =>
      spawnSync(process.execPath, [join(copy, 'dist', 'cli.js'), 'diff', '--format', 'json', a, b], { cwd: work, encoding: 'utf8' });
    const pattern = diff('a.schema.json', 'b.schema.json');
    assert.equal(pattern.status, 0, pattern.stderr);
    assert.deepEqual(JSON.parse(pattern.stdout).changes[0].semantic.witness, { a: 'd' }, 'the pattern judged, with a witness');
    const avro = diff('a.avsc', 'b.avsc');
    assert.equal(avro.status, 0, avro.stderr);
    assert.equal(JSON.parse(avro.stdout).changes[0].ruleId, 'avro-type-changed');
  });

  test("behind a proxy (a self-hosted runner's HTTP_PROXY), every API call goes through it", async () => {
    // the API's host is a name only the proxy knows: a call that skipped the proxy could not even be resolved
    const fakePort = Number(new URL(fake.url).port);
    const seen: string[] = [];
    const proxy = createServer((req, res) => {
      // a request in absolute form (`GET http://host/path`), forwarded to the fake
      seen.push(new URL(req.url!).host);
      const upstream = httpRequest(
        {
          host: '127.0.0.1',
          port: fakePort,
          method: req.method,
          path: new URL(req.url!).pathname + new URL(req.url!).search,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode!, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(upstream);
    });
    proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
      // a tunnel (`CONNECT host:port`), opened to the fake
      seen.push(req.url!);
      const upstream = connect(fakePort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = proxy.address() as AddressInfo;
      const s = setup({ feature: MAJOR }, 'feature');
      const api = `http://api.github.test:${fakePort}`;
      const r = await runAction(s, { head: s.heads.feature!, env: { GITHUB_API_URL: api, HTTP_PROXY: `http://127.0.0.1:${port}` } });
      assert.equal(r.code, 1, r.stdout);
      assert.equal(fake.comments.length, 1, 'the comment reached GitHub through the proxy');
      assert.equal(fake.checkRuns[0]!.conclusion, 'failure');
      assert.ok(seen.length > 0 && seen.every((host) => host === `api.github.test:${fakePort}`), seen.join(', '));
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  test('undici, there for proxies, is loaded from dist/lib/ when a proxy is configured and never otherwise', () => {
    const copy = tempDir('cg-dist-');
    cpSync(join(PROJECT, 'dist'), join(copy, 'dist'), { recursive: true });
    // told at exit whether the process loaded dist/lib/undici.cjs
    const probe = join(copy, 'probe.mjs');
    writeFileSync(
      probe,
      "import { createRequire } from 'node:module';\nconst cache = createRequire(import.meta.url).cache;\n" +
        "process.on('exit', () => console.log(Object.keys(cache).some((k) => k.endsWith('undici.cjs')) ? 'undici loaded' : 'undici not loaded'));\n",
    );
    writeFileSync(join(copy, 'event.json'), '{}');
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['--import', probe, join(copy, 'dist', 'index.js')], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH!, GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: join(copy, 'event.json'), ...env },
      });
    const direct = run({ GITHUB_API_URL: 'https://api.github.com' });
    assert.equal(direct.status, 0, direct.stderr);
    assert.match(direct.stdout, /nothing to do on 'workflow_dispatch'/);
    assert.match(direct.stdout, /^undici not loaded$/m);
    // @actions/github makes its proxy agent as it loads: a proxy named is enough, nothing is sent through it here
    const proxied = run({ GITHUB_API_URL: 'https://api.github.com', HTTPS_PROXY: 'http://127.0.0.1:9' });
    assert.equal(proxied.status, 0, proxied.stderr);
    assert.match(proxied.stdout, /^undici loaded$/m);
  });
});
