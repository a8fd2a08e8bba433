// The built App (dist/app.js) as a server on 127.0.0.1, receiving signed webhook deliveries and talking to the
// fake GitHub, which also serves the repository over git's smart HTTP so the App really clones.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { deliver as deliverTo, example, startApp, type RunningApp } from './app-harness.js';
import { FakeGitHub } from './fake-github.js';
import { commitAll, gitRepo, gitRun, runCli, tempDir, writeTree, gitRepoFrozen } from './helpers.js';
import { shopSpec } from './fixtures.js';
import { LIMITS } from '../src/core/source/limits.js';

const fake = new FakeGitHub();
let app: RunningApp | undefined;
let appUrl = '';
let src = '';
let bare = '';
const heads: Record<string, string> = {};

const spec = (name = true) => shopSpec({ name, required: [] });

/** Push the source repo's branches to the served bare repository, with a pull ref for PR 7. */
function publish(prHead: string): void {
  gitRun(src, 'push', '--quiet', '--force', bare, '+refs/heads/*:refs/heads/*');
  gitRun(bare, 'update-ref', 'refs/pull/7/head', heads[prHead]!);
}

function branch(name: string, from: string, files: Record<string, string>): string {
  gitRun(src, 'checkout', '--quiet', '-B', name, from);
  writeTree(src, files);
  commitAll(src, name);
  heads[name] = gitRun(src, 'rev-parse', 'HEAD').trim();
  gitRun(src, 'checkout', '--quiet', 'main');
  return heads[name]!;
}

before(async () => {
  await fake.start();
  fake.gitRoot = tempDir('cg-gitroot-');
  fake.botLogin = 'contract-guard[bot]';
  src = gitRepoFrozen(
    {
      'contracts/modules/shop/versions.yaml': 'current: 1.0.0\n',
      'contracts/modules/shop/api/openapi.yaml': spec(),
      'contracts/CHANGELOG.md': '# log\n',
      '.github/contract-guard.yml': 'council: {teams: [acme/council]}\nfreeze: {on_merge: tag}\n',
    },
    '1.0.0',
    'freeze',
  );
  heads.main = gitRun(src, 'rev-parse', 'HEAD').trim();
  branch('feature', 'main', {
    'contracts/modules/shop/api/openapi.yaml': spec(false),
    'contracts/modules/shop/versions.yaml': 'current: 2.0.0\n',
    '.github/contract-guard.yml': 'rules: {major-change: off, removal-without-deprecation: off}\n',
  });
  mkdirSync(join(fake.gitRoot, 'acme'), { recursive: true });
  gitRun(fake.gitRoot, 'init', '--quiet', '--bare', '--initial-branch=main', join(fake.gitRoot, 'acme', '.github.git'));
  bare = join(fake.gitRoot, 'acme', 'shop.git');
  gitRun(fake.gitRoot, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  gitRun(bare, 'config', 'uploadpack.allowFilter', 'true');
  gitRun(bare, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  publish('feature');

  app = await startApp(fake.url);
  appUrl = app.url;
});

after(async () => {
  app?.process.kill();
  await fake.stop();
});

beforeEach(() => {
  fake.requests = [];
  fake.faults = [];
  fake.teams.set('acme/council', new Set(['dana']));
});

function repository(): Record<string, unknown> {
  return {
    ...example('pull_request', 'opened').repository,
    name: 'shop',
    full_name: 'acme/shop',
    owner: { login: 'acme', id: 1, type: 'Organization' },
    clone_url: `${fake.url}/git/acme/shop.git`,
    default_branch: 'main',
  };
}

function prPayload(action: string, head: string): Record<string, any> {
  const p = example('pull_request', 'opened');
  p.action = action;
  p.number = 7;
  p.pull_request = {
    ...p.pull_request,
    number: 7,
    base: { ...p.pull_request.base, ref: 'main' },
    head: { ...p.pull_request.head, sha: head, ref: 'feature' },
  };
  p.repository = repository();
  p.installation = { id: 42, node_id: 'x' };
  return p;
}

const deliver = (event: string, payload: unknown, options: { secret?: string; id?: string } = {}) =>
  deliverTo(appUrl, event, payload, options);

const stickies = () => fake.comments.filter((c) => c.body.includes('<!-- contract-guard:sticky -->'));
const runFor = (sha: string) => fake.checkRuns.filter((r) => r.head_sha === sha);

describe('the App', () => {
  test('a bad signature is rejected with no side effect', async () => {
    const status = await deliver('pull_request', prPayload('opened', heads.feature!), { secret: 'wrong' });
    assert.ok(status >= 400 && status < 500, String(status));
    assert.equal(fake.requests.length, 0);
  });

  test('opened: comment and check run, judged by the default branch config even though the PR edits it', async () => {
    assert.equal(await deliver('pull_request', prPayload('opened', heads.feature!)), 200);
    assert.equal(stickies().length, 1);
    assert.equal(runFor(heads.feature!).length, 1);
    assert.equal(
      runFor(heads.feature!)[0]!.conclusion,
      'action_required',
      'the PR turned the council rules off on its branch; the default branch config still applies',
    );
    assert.ok(fake.count('POST', /\/app\/installations\/42\/access_tokens$/) >= 1);
    assert.ok(
      fake.requests.some((r) => r.path.startsWith('/git/acme/shop.git/')),
      'the app cloned over smart HTTP',
    );
    // one git fetch, planned through the API: the three commits and every contract file of both sides at once
    const git = fake.requests.filter((r) => r.path.startsWith('/git/acme/shop.git/')).map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(git, ['GET /git/acme/shop.git/info/refs', 'POST /git/acme/shop.git/git-upload-pack'], 'two git round trips');
    assert.ok(
      fake.requests.some((r) => /\/contents\/\.github%2Fcontract-guard\.yml|\/contents\/\.github\/contract-guard\.yml/.test(r.path)),
    );
  });

  test('a redelivery of the same event posts no duplicate', async () => {
    const id = randomUUID();
    await deliver('pull_request', prPayload('opened', heads.feature!), { id });
    await deliver('pull_request', prPayload('opened', heads.feature!), { id });
    assert.equal(stickies().length, 1);
    assert.equal(runFor(heads.feature!).length, 1);
  });

  test('council approval: a member turns it green, a non-member does not, a dismissal turns it back', async () => {
    const head = heads.feature!;
    const review = (action: string) => {
      const p = example('pull_request_review', 'submitted');
      return { ...p, action, pull_request: prPayload('opened', head).pull_request, repository: repository(), installation: { id: 42 } };
    };
    fake.addReview(7, 'eve', 'APPROVED', head);
    await deliver('pull_request_review', review('submitted'));
    assert.equal(runFor(head)[0]!.conclusion, 'action_required');
    const id = fake.addReview(7, 'dana', 'APPROVED', head);
    await deliver('pull_request_review', review('submitted'));
    assert.equal(runFor(head)[0]!.conclusion, 'success');
    assert.ok(fake.count('GET', /\/orgs\/acme\/teams\/council\/memberships\/dana$/) >= 1);
    fake.dismissReview(7, id);
    await deliver('pull_request_review', review('dismissed'));
    assert.equal(runFor(head)[0]!.conclusion, 'action_required');
    fake.reviews.clear();
  });

  test('the hotfix label from a council member turns the check green; its removal turns it back; a push after it is not covered', async () => {
    const head = heads.feature!;
    // pushed and judged first, as a pull request is: then the Council adds the label
    assert.equal(await deliver('pull_request', prPayload('synchronize', head)), 200);
    fake.issueEvents.set(7, [{ event: 'labeled', label: { name: 'contract-hotfix' }, actor: { login: 'dana' } }]);
    assert.equal(await deliver('pull_request', prPayload('labeled', head)), 200);
    assert.equal(runFor(head)[0]!.conclusion, 'success');
    assert.match(runFor(head)[0]!.output.title!, /^🚨 emergency hotfix/);
    // a commit pushed after the label is not what the Council let through: the label no longer counts for it
    const later = branch('after-hotfix', 'feature', { 'README.md': 'pushed after the label\n' });
    publish('after-hotfix');
    try {
      assert.equal(await deliver('pull_request', prPayload('synchronize', later)), 200);
      assert.equal(runFor(later)[0]!.conclusion, 'action_required');
      assert.match(fake.comments.at(-1)!.body, /was added by @dana before the latest push: it let through what was pushed then/);
      // added again for this head: it counts
      fake.issueEvents
        .get(7)!
        .push(
          { event: 'unlabeled', label: { name: 'contract-hotfix' }, actor: { login: 'dana' } },
          { event: 'labeled', label: { name: 'contract-hotfix' }, actor: { login: 'dana' } },
        );
      assert.equal(await deliver('pull_request', prPayload('labeled', later)), 200);
      assert.equal(runFor(later)[0]!.conclusion, 'success');
    } finally {
      publish('feature');
    }
    fake.issueEvents.get(7)!.push({ event: 'unlabeled', label: { name: 'contract-hotfix' }, actor: { login: 'dana' } });
    await deliver('pull_request', prPayload('unlabeled', head));
    assert.equal(runFor(head)[0]!.conclusion, 'action_required');
    fake.issueEvents.clear();
  });

  test('rerequested check run: judged again', async () => {
    const p = example('check_run', 'rerequested');
    p.check_run = {
      ...p.check_run,
      name: 'contract-guard',
      pull_requests: [{ number: 7, base: { ref: 'main', sha: heads.main }, head: { ref: 'feature', sha: heads.feature } }],
    };
    p.repository = repository();
    p.installation = { id: 42 };
    assert.equal(await deliver('check_run', p), 200);
    assert.equal(fake.count('PATCH', /\/check-runs\/\d+$/), 1);
    assert.equal(runFor(heads.feature!).length, 1);
  });

  test('synchronize: the same comment is edited', async () => {
    const newer = branch('feature2', 'feature', { 'contracts/modules/shop/versions.yaml': 'current: 1.0.1\n' });
    publish('feature2');
    await deliver('pull_request', prPayload('synchronize', newer));
    assert.equal(stickies().length, 1);
    assert.equal(fake.count('PATCH', /\/issues\/comments\/\d+$/), 1);
    assert.match(stickies()[0]!.body, /⛔ blocked/);
    assert.equal(runFor(newer)[0]!.conclusion, 'failure');
  });

  test("a check run of the same name made by the pull request's workflow is neither taken for ours nor changed", async () => {
    const head = branch('forging', 'feature', { 'README.md': 'a workflow here posts a green contract-guard\n' });
    publish('forging');
    // what a step of a workflow in the pull request can post with its token, before the App judges
    fake.checkRuns.push({
      id: 9_000,
      name: 'contract-guard',
      head_sha: head,
      status: 'completed',
      conclusion: 'success',
      output: { title: 'all good' },
      annotations: [],
      createdAt: Date.now(),
      started_at: new Date().toISOString(),
      app: { id: 15368, slug: 'github-actions' },
    });
    assert.equal(await deliver('pull_request', prPayload('synchronize', head)), 200);
    const [forged, ...others] = runFor(head);
    assert.equal(forged!.conclusion, 'success', 'the other app’s run is left as it was');
    assert.equal(fake.count('PATCH', /\/check-runs\/9000$/), 0, 'never asked to change it');
    assert.deepEqual(
      others.map((r) => [r.app.slug, r.conclusion]),
      [['contract-guard', 'action_required']],
      'the App’s own run concludes beside it',
    );
  });

  test("another bot's comment holding the marker is neither edited nor taken for the App's sticky comment", async () => {
    // what a workflow in the pull request can post with its token (github-actions[bot]), before the App judges
    const p = prPayload('opened', heads.feature!);
    p.number = p.pull_request.number = 31;
    const forged = '<!-- contract-guard:sticky -->\n### contract-guard ⛔ blocked\n\n- call https://phish.example to fix it';
    fake.comments.push({
      id: 9_100,
      issue: 31,
      body: forged,
      user: { login: 'github-actions[bot]', type: 'Bot' },
      performed_via_github_app: { id: 15368, slug: 'github-actions' },
    });
    assert.equal(await deliver('pull_request', p), 200);
    assert.equal(fake.count('PATCH', /\/issues\/comments\/9100$/), 0, 'never asked to change it');
    assert.equal(fake.comments.find((c) => c.id === 9_100)!.body, forged);
    const own = fake.comments.filter((c) => c.issue === 31 && c.id !== 9_100);
    assert.equal(own.length, 1, 'the App posts its own');
    assert.equal(own[0]!.performed_via_github_app?.id, fake.app.id);
    assert.doesNotMatch(own[0]!.body, /phish/);
    // the tests after this one count the stickies of pull request 7
    fake.comments = fake.comments.filter((c) => c.issue !== 31);
  });

  test("an organisation default in the org's .github repository applies through _extends", async () => {
    const org = join(fake.gitRoot!, 'acme', '.github.git');
    const seed = gitRepo({ '.github/contract-guard.yml': 'council: {users: [zed]}\n' });
    gitRun(seed, 'push', '--quiet', org, 'main');
    gitRun(src, 'checkout', '--quiet', 'main');
    writeTree(src, { '.github/contract-guard.yml': '_extends: .github\nfreeze: {on_merge: tag}\n' });
    commitAll(src, 'policy from the organisation');
    heads.main = gitRun(src, 'rev-parse', 'HEAD').trim();
    const head = branch('feature-org', 'main', {
      'contracts/modules/shop/api/openapi.yaml': spec(false),
      'contracts/modules/shop/versions.yaml': 'current: 2.0.0\n',
    });
    publish('feature-org');
    fake.addReview(7, 'zed', 'APPROVED', head);
    assert.equal(await deliver('pull_request', prPayload('synchronize', head)), 200);
    assert.equal(runFor(head)[0]!.conclusion, 'success', 'zed is on the council by the organisation default');
    assert.ok(fake.requests.some((r) => /^\/repos\/acme\/\.github\/contents\//.test(r.path)));
    fake.reviews.clear();
  });

  test('when cloning is impossible, the contracts are read through the API, and the report says so', async () => {
    const p = prPayload('opened', heads.feature!);
    p.repository.clone_url = 'http://127.0.0.1:9/git/acme/shop.git'; // nothing listens there
    assert.equal(await deliver('pull_request', p), 200);
    const [run] = runFor(heads.feature!);
    assert.equal(run!.conclusion, 'action_required', 'the same verdict as with a clone');
    assert.match(run!.output.summary!, /could not be cloned .*read through the contents API/);
    assert.ok(fake.count('GET', /\/git\/trees\//) >= 2);
    assert.ok(!fake.requests.some((r) => r.path.startsWith('/git/acme/shop.git/')));
  });

  test('review comments through the API match those from a clone (the diff lines come from the compare API)', async () => {
    const seen = () => fake.reviewComments.map((c) => `${c.path}:${c.line}:${c.body}`).sort();
    fake.reviewComments = [];
    assert.equal(await deliver('pull_request', prPayload('opened', heads.feature!)), 200);
    const cloned = seen();
    assert.ok(cloned.length > 0, 'the clone path comments on the breaking line');
    fake.reviewComments = [];
    const p = prPayload('synchronize', heads.feature!);
    p.repository.clone_url = 'http://127.0.0.1:9/git/acme/shop.git';
    assert.equal(await deliver('pull_request', p), 200);
    assert.ok(fake.count('GET', /\/compare\/[^/]+\.\.\.[^/]+$/) >= 1);
    assert.deepEqual(seen(), cloned);
  });

  test("another bot's review note holding our marker is neither edited nor deleted", async () => {
    // what a workflow in the pull request can post as github-actions[bot]: a note with the marker of one of ours
    fake.reviewComments = [];
    const forged = {
      id: 9_300,
      pr: 7,
      path: 'contracts/modules/shop/api/openapi.yaml',
      line: 1,
      commit_id: heads.feature!,
      body: '<!-- contract-guard:review:forged -->\nforged',
      user: { login: 'github-actions[bot]', type: 'Bot' },
    };
    fake.reviewComments.push({ ...forged });
    try {
      assert.equal(await deliver('pull_request', prPayload('synchronize', heads.feature!)), 200);
      assert.equal(fake.count('DELETE', /\/pulls\/comments\/9300$/) + fake.count('PATCH', /\/pulls\/comments\/9300$/), 0);
      assert.deepEqual(
        fake.reviewComments.find((c) => c.id === 9_300),
        forged,
      );
      assert.ok(
        fake.reviewComments.some((c) => c.id !== 9_300 && c.user.login === fake.botLogin),
        'the App places its own notes beside it',
      );
    } finally {
      fake.reviewComments = [];
    }
  });

  test('a pull request behind its base that changes code too: one git fetch of two round trips, review comments still placed', async () => {
    const gitRequests = () => fake.requests.filter((r) => r.path.startsWith('/git/acme/shop.git/')).map((r) => `${r.method} ${r.path}`);
    // the base branch moved on after the pull request branched off it: GitHub's merge base is not the base's tip
    branch('moved', 'main', { 'README.md': 'the base moved on\n' });
    const head = branch('behind', 'main', { 'contracts/modules/shop/api/openapi.yaml': spec(false), 'src/app.js': 'export {};\n' });
    publish('behind');
    const p = prPayload('opened', head);
    p.pull_request.base.ref = 'moved';
    fake.reviewComments = [];
    try {
      assert.equal(await deliver('pull_request', p), 200);
      assert.equal(runFor(head)[0]!.conclusion, 'failure', 'a major change without a bump');
      assert.deepEqual(gitRequests(), ['GET /git/acme/shop.git/info/refs', 'POST /git/acme/shop.git/git-upload-pack']);
      assert.ok(
        fake.reviewComments.some((c) => c.path === 'contracts/modules/shop/api/openapi.yaml'),
        'the diff lines came from GitHub’s merge base, in a clone too shallow to find it',
      );

      // when the API cannot plan the fetch, the refs are fetched by name and the blobs after them: slower, same verdict
      fake.requests = [];
      fake.inject({ method: 'GET', path: /\/compare\//, status: 404, times: 1 });
      assert.equal(await deliver('pull_request', { ...p, action: 'reopened' }), 200);
      assert.equal(runFor(head)[0]!.conclusion, 'failure');
      assert.equal(gitRequests().filter((r) => r.startsWith('GET')).length, 2, 'the clone by name, then the blobs');
    } finally {
      publish('feature');
    }
  });

  test('a base branch without contracts/ is checked whole, and its files come in the one planned fetch', async () => {
    // the plan read the unset root as contracts/ on every repository: none of these files were in it, and git fetched
    // them afterwards, a second fetch for what the judgement read
    const gitRequests = () => fake.requests.filter((r) => r.path.startsWith('/git/acme/shop.git/')).map((r) => `${r.method} ${r.path}`);
    gitRun(src, 'checkout', '--quiet', '-B', 'flat', 'main');
    gitRun(src, 'rm', '-rq', 'contracts');
    writeTree(src, { 'openapi.yaml': spec(), 'schemas/note.schema.json': '{"type": "string"}\n' });
    commitAll(src, 'flat');
    heads.flat = gitRun(src, 'rev-parse', 'HEAD').trim();
    gitRun(src, 'checkout', '--quiet', 'main');
    const head = branch('flat-pr', 'flat', { 'openapi.yaml': spec(false), 'schemas/note.schema.json': '{"type": "integer"}\n' });
    publish('flat-pr');
    const p = prPayload('opened', head);
    p.pull_request.base.ref = 'flat';
    try {
      assert.equal(await deliver('pull_request', p), 200);
      const [run] = runFor(head);
      assert.equal(run!.conclusion, 'failure', 'majors without a bump, outside any contracts/ folder');
      assert.match(run!.output.summary!, /note\.schema\.json/);
      assert.deepEqual(gitRequests(), ['GET /git/acme/shop.git/info/refs', 'POST /git/acme/shop.git/git-upload-pack']);
    } finally {
      publish('feature');
    }
  });

  test('a contract file over the size limit is refused by the size GitHub lists, and its bytes never travel', async () => {
    // incompressible, so a pack that carried it would be as large as the file
    const huge = randomBytes(LIMITS.maxFileBytes / 2 + 1024).toString('hex');
    const head = branch('huge', 'main', { 'contracts/modules/shop/api/huge.json': huge });
    publish('huge');
    const before = fake.gitBytes;
    try {
      assert.equal(await deliver('pull_request', prPayload('opened', head)), 200);
      const [run] = runFor(head);
      assert.match(run!.output.summary!, /huge\.json/, 'the file is named');
      assert.match(run!.output.summary!, /over the [\d.]+ MB limit/);
      assert.ok(fake.gitBytes - before < 1024 * 1024, `${fake.gitBytes - before} bytes of git for one judgement`);
    } finally {
      publish('feature');
    }
  });

  test('API faults: a 500 and a secondary rate limit are waited out', async () => {
    fake.inject({ method: 'GET', path: /\/issues\/7\/comments$/, status: 500 });
    fake.inject({
      method: 'POST',
      path: /\/check-runs$|\/check-runs\/\d+$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    const head = branch('feature3', 'feature', { 'README.md': 'readme\n' });
    publish('feature3');
    // GitHub's pacing and its secondary rate limit are the throttling plugin's: an App with them on
    const paced = await startApp(fake.url, { CONTRACT_GUARD_THROTTLE: 'on' });
    try {
      assert.equal(await deliverTo(paced.url, 'pull_request', prPayload('synchronize', head)), 200);
    } finally {
      paced.process.kill();
    }
    assert.equal(stickies().length, 1);
    assert.equal(runFor(head).length, 1);
  });

  test('a commit heading pull requests into two branches gets the strictest check: one into a branch its author froze does not pass it', async () => {
    // the author's own base: the change with a freeze of it, so nothing changed against it; the head is one commit on top
    gitRun(src, 'checkout', '--quiet', '-B', 'scratch', heads.feature!);
    assert.equal(runCli(['freeze', 'create', '2.0.0'], src).status, 0);
    commitAll(src, 'freeze the change as law');
    gitRun(src, 'checkout', '--quiet', 'main');
    const head = branch('two-bases', 'scratch', { 'README.md': 'hello\n' });
    publish('feature');
    const into = (number: number, base: string) => {
      const p = prPayload('opened', head);
      p.number = number;
      p.pull_request = { ...p.pull_request, number, base: { ...p.pull_request.base, ref: base } };
      return p;
    };
    const pull = (number: number, base: string) => ({ number, state: 'open', base: { ref: base }, head: { sha: head }, labels: [] });
    try {
      fake.commitPulls.set(head, [pull(12, 'scratch')]);
      assert.equal(await deliver('pull_request', into(12, 'scratch')), 200);
      assert.equal(runFor(head)[0]!.conclusion, 'success', 'alone, it passes against the base its author froze');

      fake.commitPulls.set(head, [pull(11, 'main'), pull(12, 'scratch')]);
      assert.equal(await deliver('pull_request', into(12, 'scratch')), 200);
      assert.equal(runFor(head).length, 1);
      assert.equal(runFor(head)[0]!.conclusion, 'action_required', 'into main it needs the council');
      assert.match(runFor(head)[0]!.output.title!, /^⚠️ needs Contract Council approval in #11 \(into main\): 1 breaking change$/);

      // #11 closed: the check is #12's alone again, judged at once
      fake.commitPulls.set(head, [{ ...pull(11, 'main'), state: 'closed' }, pull(12, 'scratch')]);
      assert.equal(await deliver('pull_request', { ...into(11, 'main'), action: 'closed' }), 200);
      assert.equal(runFor(head).at(-1)!.conclusion, 'success');
      assert.match(runFor(head).at(-1)!.output.title!, /^✅ passes: /);
    } finally {
      fake.commitPulls.delete(head);
    }
  });

  test("a merge queue's group gets the check, approved by the pull request's Council approvals; the pull request's comment is left alone", async () => {
    // the queue's group: the base branch as it is now, with the pull request merged on top
    gitRun(src, 'checkout', '--quiet', '-B', 'gh-readonly-queue/main/pr-7', heads.main!);
    gitRun(src, 'checkout', '--quiet', 'feature', '--', 'contracts');
    commitAll(src, 'Merge pull request #7');
    const group = gitRun(src, 'rev-parse', 'HEAD').trim();
    gitRun(src, 'checkout', '--quiet', 'main');
    publish('feature');
    const p = example('merge_group');
    Object.assign(p, {
      merge_group: {
        ...p.merge_group,
        head_sha: group,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-7-${heads.main}`,
        base_sha: heads.main,
        base_ref: 'refs/heads/main',
      },
      repository: repository(),
      installation: { id: 42 },
    });
    const comments = fake.comments.length;
    try {
      assert.equal(await deliver('merge_group', p), 200);
      assert.equal(runFor(group).at(-1)!.conclusion, 'action_required', runFor(group).at(-1)?.output.title);
      assert.equal(fake.comments.length, comments, 'no comment for the group');
      // the Council is dana, or zed once the organisation's default applies (an earlier test)
      for (const member of ['dana', 'zed']) fake.addReview(7, member, 'APPROVED', heads.feature!);
      assert.equal(await deliver('merge_group', p, { id: randomUUID() }), 200);
      assert.equal(runFor(group).at(-1)!.conclusion, 'success');
    } finally {
      fake.reviews.clear();
    }
  });

  test('a push to a base branch judges its open pull requests again when it changed what they are judged by, and only then', async () => {
    // a release branch with an open pull request that bumps shop to 1.1.0 for a new operation: green
    gitRun(src, 'checkout', '--quiet', '-B', 'release', heads.main!);
    heads.release = heads.main!;
    const head = branch('bump-b', 'release', {
      'contracts/modules/shop/api/openapi.yaml': shopSpec({ extraOps: 1 }),
      'contracts/modules/shop/versions.yaml': 'current: 1.1.0\n',
    });
    const pull = { number: 21, state: 'open', base: { ref: 'release' }, head: { sha: head, ref: 'bump-b' } };
    const into = prPayload('opened', head);
    into.number = 21;
    into.pull_request = { ...into.pull_request, number: 21, base: { ...into.pull_request.base, ref: 'release' } };
    const pushTo = (before: string, after: string) => {
      const p = example('push');
      Object.assign(p, { ref: 'refs/heads/release', before, after, repository: repository(), installation: { id: 42 } });
      return p;
    };
    const moveRelease = (message: string, files: Record<string, string>, freeze?: string) => {
      gitRun(src, 'checkout', '--quiet', 'release');
      writeTree(src, files);
      if (freeze) assert.equal(runCli(['freeze', 'create', freeze], src).status, 0);
      commitAll(src, message);
      const [before, after] = [heads.release!, gitRun(src, 'rev-parse', 'HEAD').trim()];
      heads.release = after;
      gitRun(src, 'checkout', '--quiet', 'main');
      publish('feature');
      return pushTo(before, after);
    };
    fake.pulls = [pull];
    fake.pullHeads.set(21, head);
    try {
      publish('feature');
      gitRun(bare, 'update-ref', 'refs/pull/21/head', head);
      assert.equal(await deliver('pull_request', into), 200);
      assert.equal(runFor(head).at(-1)!.conclusion, 'success', runFor(head).at(-1)!.output.title);

      // a push to the pull request's own branch, which no pull request is into: no tree is listed to compare
      fake.requests = [];
      const own = { ...pushTo(heads.main!, head), ref: 'refs/heads/bump-b' };
      assert.equal(await deliver('push', own), 200);
      assert.equal(fake.count('GET', /\/git\/trees\//), 0, 'nothing compared');
      assert.equal(fake.count('GET', /^\/repos\/acme\/shop\/pulls$/), 1);

      // a push that touches nothing a judgement reads leaves the check alone
      const writes = () => fake.count('POST', /\/check-runs$/) + fake.count('PATCH', /\/check-runs\/\d+$/);
      const before = writes();
      assert.equal(await deliver('push', moveRelease('docs', { 'README.md': 'release notes live elsewhere\n' })), 200);
      assert.equal(writes(), before, 'nothing read changed: no judgement');

      // another pull request bumping to 1.1.0 was merged into release and frozen: #21 would publish a second 1.1.0
      const merged = moveRelease(
        'release 1.1.0',
        {
          'contracts/modules/shop/api/admin.yaml': shopSpec().replace('title: shop', 'title: shop admin'),
          'contracts/modules/shop/versions.yaml': 'current: 1.1.0\n',
        },
        '1.1.0',
      );
      assert.equal(await deliver('push', merged), 200);
      assert.ok(writes() > before, 'judged again');
      // judged as it would merge: the freeze and the file the base gained are not its doing, its 1.1.0 is taken
      const run = runFor(head).at(-1)!;
      assert.equal(run.conclusion, 'failure');
      assert.equal(run.output.title, '⛔ blocked: needs a minor version bump');
      const sticky = fake.comments.filter((c) => c.issue === 21).at(-1)!.body;
      assert.match(sticky, /as merged into origin\/release/);
      assert.match(sticky, /Set `current: 1\.2\.0` in contracts\/modules\/shop\/versions\.yaml/);
      assert.doesNotMatch(sticky, /frozen-history-edited|operation-removed/);
    } finally {
      fake.pulls = [];
      fake.pullHeads.delete(21);
    }
  });

  test('a push to the default branch with bumped modules creates their tags (freeze.on_merge: tag)', async () => {
    const before = heads.main!;
    gitRun(src, 'checkout', '--quiet', 'main');
    writeTree(src, { 'contracts/modules/shop/versions.yaml': 'current: 1.1.0\n' });
    commitAll(src, 'release shop 1.1.0');
    heads.main = gitRun(src, 'rev-parse', 'HEAD').trim();
    publish('feature');
    const p = example('push');
    Object.assign(p, { ref: 'refs/heads/main', before, after: heads.main, repository: repository(), installation: { id: 42 } });
    assert.equal(await deliver('push', p), 200);
    assert.equal(gitRun(bare, 'rev-parse', 'refs/tags/contracts-shop-1.1.0').trim(), heads.main);
    assert.equal(await deliver('push', p), 200, 'a redelivered push finds the tag and is fine');
  });

  test('a merged emergency hotfix is frozen at once, even with freeze.on_merge: off and no version moved', async () => {
    gitRun(src, 'checkout', '--quiet', 'main');
    writeTree(src, { '.github/contract-guard.yml': 'council: {teams: [acme/council]}\nfreeze: {on_merge: off}\n' });
    commitAll(src, 'policy: no freezes on merge');
    const before = gitRun(src, 'rev-parse', 'HEAD').trim();
    writeTree(src, { 'contracts/modules/shop/api/openapi.yaml': spec(false) });
    commitAll(src, 'hotfix: drop name');
    heads.main = gitRun(src, 'rev-parse', 'HEAD').trim();
    publish('feature');
    const p = example('push');
    Object.assign(p, { ref: 'refs/heads/main', before, after: heads.main, repository: repository(), installation: { id: 42 } });
    assert.equal(await deliver('push', p), 200);
    assert.equal(gitRun(bare, 'rev-parse', 'refs/heads/main').trim(), heads.main, 'no hotfix label: nothing is frozen');
    fake.commitPulls.set(heads.main, [{ number: 9, labels: [{ name: 'contract-hotfix' }] }]);
    assert.equal(await deliver('push', { ...p, after: heads.main }, { id: randomUUID() }), 200);
    const tip = gitRun(bare, 'rev-parse', 'refs/heads/main').trim();
    assert.notEqual(tip, heads.main);
    assert.equal(gitRun(bare, 'rev-parse', `${tip}^`).trim(), heads.main);
    assert.match(gitRun(bare, 'log', '-1', '--format=%s', tip), /^contracts: freeze v/);
    const clone = join(tempDir('cg-verify-'), 'c');
    gitRun(tempDir(), 'clone', '--quiet', bare, clone);
    assert.equal(runCli(['freeze', 'verify'], clone).status, 0);
    const [newest] = JSON.parse(runCli(['freeze', 'list', '--format', 'json'], clone).stdout) as { version: string }[];
    const diff = JSON.parse(runCli(['freeze', 'diff', newest!.version, '--format', 'json'], clone).stdout);
    assert.equal(diff.level, 'none', 'the freeze holds the hotfixed contracts');
    heads.main = tip;
    gitRun(src, 'fetch', '--quiet', bare, 'main');
    gitRun(src, 'reset', '--quiet', '--hard', 'FETCH_HEAD');
    fake.commitPulls.clear();
  });

  test('a push with bumped modules and freeze.on_merge: commit commits a new, verifiable freeze on top', async () => {
    gitRun(src, 'checkout', '--quiet', 'main');
    writeTree(src, { '.github/contract-guard.yml': 'council: {teams: [acme/council]}\nfreeze: {on_merge: commit}\n' });
    commitAll(src, 'policy: commit freezes');
    const before = gitRun(src, 'rev-parse', 'HEAD').trim();
    writeTree(src, { 'contracts/modules/shop/versions.yaml': 'current: 1.2.0\n', 'contracts/versions.yaml': 'current: 1.2.0\n' });
    commitAll(src, 'release 1.2.0');
    heads.main = gitRun(src, 'rev-parse', 'HEAD').trim();
    publish('feature');
    const p = example('push');
    Object.assign(p, { ref: 'refs/heads/main', before, after: heads.main, repository: repository(), installation: { id: 42 } });
    assert.equal(await deliver('push', p), 200);
    const tip = gitRun(bare, 'rev-parse', 'refs/heads/main').trim();
    assert.notEqual(tip, heads.main);
    assert.equal(gitRun(bare, 'rev-parse', `${tip}^`).trim(), heads.main, 'the freeze commit sits on top of the pushed commit');
    assert.equal(gitRun(bare, 'log', '-1', '--format=%s', tip).trim(), 'contracts: freeze v1.2.0');
    const clone = join(tempDir('cg-verify-'), 'c');
    gitRun(tempDir(), 'clone', '--quiet', bare, clone);
    const verify = runCli(['freeze', 'verify'], clone);
    assert.equal(verify.status, 0, verify.stdout);
    assert.match(runCli(['freeze', 'list'], clone).stdout, /^v1\.2\.0 /);
    const diff = JSON.parse(runCli(['freeze', 'diff', '1.2.0', '--format', 'json'], clone).stdout);
    assert.equal(diff.level, 'none', 'the freeze holds exactly the pushed contracts');
  });
});
