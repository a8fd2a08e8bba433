// The App scaled out: three replicas of dist/app.js, one real redis-server, the fake GitHub. Deliveries for the
// same pull request hit every replica at once, many pull requests arrive together, a worker dies mid-judgement,
// a job keeps failing: exactly one comment and one check run per head, the newest head wins, nothing is lost.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { deliver, example, ShopWorld, startApp, startRedis, type RunningApp } from './app-harness.js';
import { shopSpec } from './fixtures.js';
import { commitAll, gitRun, writeTree } from './helpers.js';

const REDIS = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';
const REQUIRED = process.env.CONTRACT_GUARD_REQUIRE_REDIS === '1';
const skip = !existsSync(REDIS) && !REQUIRED ? `no redis-server at ${REDIS} (CI installs Debian's redis-server)` : false;

describe('the App on Redis, three replicas', { skip }, () => {
  const world = new ShopWorld();
  const { fake } = world;
  let redis: ChildProcess;
  let redisUrl = '';
  let apps: RunningApp[] = [];
  const pullRequest = (n: number, variant = '') => world.pullRequest(n, variant);
  const payload = (n: number, head: string, action?: string) => world.payload(n, head, action);
  const stickies = (n: number) => world.stickies(n);
  const runsFor = (sha: string) => world.runsFor(sha);

  async function queueIdle(): Promise<Record<string, number>> {
    const health = (await (await fetch(`${apps.at(-1)!.url}/healthz`)).json()) as { jobs: Record<string, number> };
    return health.jobs;
  }

  /** Wait until `done` holds and the queue has nothing waiting, delayed or running. */
  async function settle(done: () => boolean, what: string, ms = 60_000): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const jobs = await queueIdle();
      if (done() && !jobs.waiting && !jobs.active && !jobs.delayed && !jobs.prioritized) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail(`timed out waiting for ${what}: ${JSON.stringify(await queueIdle())}`);
  }

  const env = () => ({
    REDIS_URL: redisUrl,
    CONTRACT_GUARD_LOCK_MS: '1500',
    CONTRACT_GUARD_BACKOFF_MS: '100',
    CONTRACT_GUARD_ATTEMPTS: '3',
    CONTRACT_GUARD_CONCURRENCY: '2',
  });

  before(async () => {
    const started = await startRedis(REDIS);
    [redis, redisUrl] = [started.process, started.url];
    await world.start();
    apps = await Promise.all([0, 1, 2].map(() => startApp(fake.url, env())));
  });

  after(async () => {
    for (const a of apps) a.process.kill('SIGKILL');
    await fake.stop();
    redis?.kill('SIGKILL');
  });

  test('one delivery sent to all three replicas is judged once; three events for one head make one comment, one check run', async () => {
    const head = pullRequest(7);
    const id = randomUUID();
    const statuses = await Promise.all([
      ...apps.map((a) => deliver(a.url, 'pull_request', payload(7, head, 'opened'), { id })),
      deliver(apps[1]!.url, 'pull_request', payload(7, head, 'reopened')),
      deliver(apps[2]!.url, 'pull_request', payload(7, head, 'synchronize')),
    ]);
    assert.deepEqual(statuses, [200, 200, 200, 200, 200], 'each replica answers at once, having only queued');
    await settle(() => runsFor(head).length > 0, 'the check run of PR 7');
    assert.equal(fake.count('GET', /\/pulls\/7$/), 3, 'three deliveries, three jobs: the repeated delivery id added none');
    assert.equal(stickies(7).length, 1, 'one sticky comment');
    assert.equal(runsFor(head).length, 1, 'one check run for the head');
    assert.equal(runsFor(head)[0]!.conclusion, 'action_required');
  });

  test('a newer head supersedes an older one delivered at the same time: the newest verdict stands', async () => {
    const older = pullRequest(8, 'a');
    const newer = pullRequest(8, 'b'); // GitHub's view of PR 8 is now the newer head
    await Promise.all([
      deliver(apps[0]!.url, 'pull_request', payload(8, older)),
      deliver(apps[1]!.url, 'pull_request', payload(8, newer)),
      deliver(apps[2]!.url, 'pull_request', payload(8, older, 'reopened')),
    ]);
    await settle(() => runsFor(newer).length > 0, 'the newer head’s check run');
    assert.equal(runsFor(older).length, 0, 'the superseded head gets no check run');
    assert.equal(runsFor(newer).length, 1);
    assert.equal(stickies(8).length, 1);
    assert.match(stickies(8)[0]!.body, new RegExp(`head: ${newer.slice(0, 7)}\\b`));
  });

  test('many pull requests at once, spread over the replicas: each gets exactly one comment and one check run', async () => {
    const prs = [9, 10, 11, 12, 13, 14];
    const shas = prs.map((n) => pullRequest(n));
    await Promise.all(
      prs.flatMap((n, i) =>
        [0, 1].map((k) => deliver(apps[(i + k) % 3]!.url, 'pull_request', payload(n, shas[i]!, k ? 'reopened' : 'opened'))),
      ),
    );
    await settle(() => shas.every((sha) => runsFor(sha).length > 0), 'every check run');
    for (const [i, n] of prs.entries()) {
      assert.equal(stickies(n).length, 1, `PR ${n}: one comment`);
      assert.equal(runsFor(shas[i]!).length, 1, `PR ${n}: one check run`);
    }
    const metrics = (await Promise.all(apps.map(async (a) => (await fetch(`${a.url}/metrics`)).text()))).join('\n');
    assert.match(metrics, /^contract_guard_queue_jobs\{state="waiting"\} 0$/m);
    const judged = [...metrics.matchAll(/^contract_guard_job_duration_seconds_count\{outcome="judged"\} (\d+)$/gm)].map((m) =>
      Number(m[1]),
    );
    assert.ok(judged.filter((n) => n > 0).length >= 2, `the work was shared: ${judged}`);
    const health = (await (await fetch(`${apps[0]!.url}/healthz`)).json()) as { status: string; queue: string; worker: boolean };
    assert.deepEqual([health.status, health.queue, health.worker], ['ok', 'redis', true]);
  });

  test('a push to main that changes a contract queues each open pull request into it, judged again by any replica', async () => {
    const shas = [20, 21].map((n) => pullRequest(n));
    await Promise.all([20, 21].map((n, i) => deliver(apps[i]!.url, 'pull_request', payload(n, shas[i]!, 'opened'))));
    await settle(() => shas.every((sha) => runsFor(sha).length > 0), 'the first check runs');
    fake.pulls = [20, 21].map((number, i) => ({ number, state: 'open', base: { ref: 'main' }, head: { sha: shas[i]! } }));
    const { src, bare } = world;
    const before = gitRun(src, 'rev-parse', 'main').trim();
    writeTree(src, { 'contracts/modules/shop/api/admin.yaml': shopSpec().replace('title: shop', 'title: shop admin') });
    commitAll(src, 'merged: an admin API');
    const after = gitRun(src, 'rev-parse', 'HEAD').trim();
    gitRun(src, 'push', '--quiet', bare, 'main');
    const push = example('push');
    Object.assign(push, { ref: 'refs/heads/main', before, after, repository: payload(20, shas[0]!).repository, installation: { id: 42 } });
    const seen = fake.requests.length;
    const updated = (sha: string) =>
      fake.requests.slice(seen).some((r) => r.method === 'PATCH' && r.path.endsWith(`/check-runs/${runsFor(sha)[0]!.id}`));
    try {
      assert.equal(await deliver(apps[2]!.url, 'push', push), 200);
      await settle(() => shas.every(updated), 'both pull requests judged again');
      const listed = fake.requests.slice(seen).filter((r) => r.method === 'GET' && /^\/repos\/acme\/shop\/pulls$/.test(r.path));
      assert.equal(listed.length, 1, 'the open pull requests listed once, by the push job');
      for (const sha of shas) assert.equal(runsFor(sha).length, 1, 'judged again in the same check run');
    } finally {
      fake.pulls = [];
    }
  });

  test('a job that keeps failing is reported on its check run with the reason, after every attempt', async () => {
    const head = pullRequest(15);
    fake.inject({ method: 'GET', path: /\/issues\/15\/comments$/, status: 400, body: { message: 'comments are unavailable' }, times: 99 });
    await deliver(apps[0]!.url, 'pull_request', payload(15, head, 'opened'));
    await settle(() => runsFor(head).length > 0, 'the failure check run');
    const [run] = runsFor(head);
    assert.equal(run!.conclusion, 'failure');
    assert.equal(run!.output.title, 'contract-guard could not judge this pull request');
    assert.match(run!.output.summary!, /comments are unavailable/);
    assert.equal(fake.count('GET', /\/pulls\/15$/), 3, 'three attempts');
    fake.faults = [];
  });

  test('every replica killed mid-judgement: a new one picks the job up, and nothing is lost or doubled', async () => {
    const head = pullRequest(16);
    fake.inject({ method: 'GET', path: /\/pulls\/16\/reviews$/, status: 200, hang: true });
    await deliver(apps[0]!.url, 'pull_request', payload(16, head, 'opened'));
    const until = Date.now() + 30_000;
    while (!fake.requests.some((r) => /\/pulls\/16\/reviews$/.test(r.path)) && Date.now() < until)
      await new Promise((r) => setTimeout(r, 50));
    assert.ok(
      fake.requests.some((r) => /\/pulls\/16\/reviews$/.test(r.path)),
      'the judgement reached the reviews',
    );
    for (const a of apps) a.process.kill('SIGKILL'); // mid-judgement: its lock and the pull request's lock lapse
    apps = [await startApp(fake.url, env())];
    await settle(() => runsFor(head).length > 0, 'the retried judgement');
    assert.equal(runsFor(head).length, 1);
    assert.equal(stickies(16).length, 1);
    assert.equal(runsFor(head)[0]!.conclusion, 'action_required');
  });
});
