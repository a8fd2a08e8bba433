// npm run load: the App's throughput and latency on this machine, measured in the same run: judgements per minute and
// p95 from a delivery being sent to its check run being created, for one process without Redis and for one, two and
// three replicas sharing one redis-server; the CPU one judgement costs (the App, its git, the fake GitHub) and the
// git requests it makes. Real processes, real git over HTTP, the fake GitHub in this process.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { deliver, ShopWorld, startApp, startRedis, type RunningApp } from '../test/app-harness.js';

const PULL_REQUESTS = Number(process.env.LOAD_PRS ?? 24);
const PACED = Number(process.env.LOAD_PACED_PRS ?? 6);
// a first judgement of a breaking change writes a check run, a comment and a review: ~7 s of GitHub's pacing
const STEADY_MS = Number(process.env.LOAD_STEADY_MS ?? 8_000);
const world = new ShopWorld();
let next = 100;

/** CPU seconds a process used, itself and its waited-for children (git), from /proc (Linux). */
function cpu(pid: number | 'self'): { self: number; children: number } {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticks = (i: number) => Number(f[i - 3]) / 100; // fields 14–17: utime, stime, cutime, cstime
    return { self: ticks(14) + ticks(15), children: ticks(16) + ticks(17) };
  } catch {
    return { self: NaN, children: NaN };
  }
}

/** The machine's CPU time, busy and in all, in ticks since boot (/proc/stat's first line). */
function machine(): { busy: number; total: number } {
  try {
    const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const ticks = f.slice(0, 8).map(Number); // user … steal (guest time is counted in user already)
    const total = ticks.reduce((a, b) => a + b, 0);
    return { busy: total - ticks[3]! - (ticks[4] ?? 0), total }; // idle and iowait are not busy
  } catch {
    return { busy: NaN, total: NaN };
  }
}

interface Result {
  label: string;
  perMinute: number;
  p95: number;
  cpu: string;
  gitRequests: number;
  /** How busy the whole machine was during the round (every core), 0–1. */
  busy: number;
}

async function round(label: string, apps: RunningApp[], count: number, everyMs = 0): Promise<Result> {
  const prs = Array.from({ length: count }, () => next++);
  const heads = prs.map((n) => world.pullRequest(n));
  const sent = new Map<string, number>();
  const gitBefore = world.fake.count('GET', /\/info\/refs$/) + world.fake.count('POST', /\/git-upload-pack$/);
  const before = { apps: apps.map((a) => cpu(a.process.pid!)), me: cpu('self'), machine: machine() };
  const t0 = Date.now();
  // every delivery at once, or one every `everyMs`, spread over the replicas (a load balancer's round robin)
  const deliveries: Promise<number>[] = [];
  for (const [i, n] of prs.entries()) {
    if (i && everyMs) await new Promise((r) => setTimeout(r, everyMs));
    sent.set(heads[i]!, Date.now());
    deliveries.push(deliver(apps[i % apps.length]!.url, 'pull_request', world.payload(n, heads[i]!, 'opened')));
  }
  while (!heads.every((h) => world.runsFor(h).length)) await new Promise((r) => setTimeout(r, 50));
  await Promise.all(deliveries);
  const after = { apps: apps.map((a) => cpu(a.process.pid!)), me: cpu('self'), machine: machine() };
  const spent = (k: 'self' | 'children') => after.apps.reduce((t, a, i) => t + a[k] - before.apps[i]![k], 0) / count;
  const latencies = heads.map((h) => world.runsFor(h)[0]!.createdAt - sent.get(h)!).sort((a, b) => a - b);
  const seconds = (Math.max(...heads.map((h) => world.runsFor(h)[0]!.createdAt)) - t0) / 1000;
  const gitAfter = world.fake.count('GET', /\/info\/refs$/) + world.fake.count('POST', /\/git-upload-pack$/);
  return {
    label,
    perMinute: (count / seconds) * 60,
    p95: latencies[Math.ceil(latencies.length * 0.95) - 1]! / 1000,
    cpu: `App ${spent('self').toFixed(2)} s + its git ${spent('children').toFixed(2)} s, fake GitHub ${((after.me.self - before.me.self) / count).toFixed(2)} s + its git ${((after.me.children - before.me.children) / count).toFixed(2)} s`,
    gitRequests: (gitAfter - gitBefore) / count,
    busy: (after.machine.busy - before.machine.busy) / (after.machine.total - before.machine.total),
  };
}

async function series(title: string, prs: number, replicas: number[], env: Record<string, string>, redisUrl: string, baseline = true) {
  console.log(`\n${title}: ${prs} pull requests delivered at once, each judged with a clone over HTTP`);
  let first: Result | undefined;
  // each result printed as it comes: a long run that fails later keeps what it measured
  const print = (r: Result) => {
    first ??= r;
    console.log(
      `  ${r.label.padEnd(32)} ${r.perMinute.toFixed(0).padStart(5)} judgements/min (${(r.perMinute / first.perMinute).toFixed(2)}×)   p95 delivery → check run ${r.p95.toFixed(1).padStart(5)} s (${(r.p95 / first.p95).toFixed(2)}×)`,
    );
    console.log(
      `  ${''.padEnd(32)} CPU per judgement: ${r.cpu}; git HTTP requests per judgement: ${r.gitRequests.toFixed(1)}; the machine ${(r.busy * 100).toFixed(0)}% busy`,
    );
  };
  // threads started, code compiled: what follows measures judging (paced, one per replica: pacing makes warm-ups long)
  const warm = (n: number) => (env.CONTRACT_GUARD_THROTTLE === 'off' ? 4 * n : n);
  if (baseline) {
    const base = await startApp(world.fake.url, env);
    await round('warm-up', [base], warm(1));
    print(await round('1 process, no Redis (baseline)', [base], prs));
    base.process.kill('SIGKILL');
  }
  for (const n of replicas) {
    spawnSync('redis-cli', ['-u', redisUrl, 'flushall']);
    const apps = await Promise.all(Array.from({ length: n }, () => startApp(world.fake.url, { ...env, REDIS_URL: redisUrl })));
    await round('warm-up', apps, warm(n));
    print(await round(`${n} replica${n > 1 ? 's' : ''} on Redis`, apps, prs));
    for (const a of apps) a.process.kill('SIGKILL');
  }
}

async function main() {
  await world.start();
  const redis = await startRedis();
  try {
    // does anything serialise judgements across replicas? one judgement at a time per replica, so that one replica
    // leaves a core free on a 2-core machine: two replicas should then judge about twice as many
    await series(
      'scale-out (one judgement at a time per replica, CONTRACT_GUARD_CONCURRENCY=1, pacing off)',
      PULL_REQUESTS,
      [1, 2],
      { CONTRACT_GUARD_THROTTLE: 'off', CONTRACT_GUARD_CONCURRENCY: '1' },
      redis.url,
      false,
    );
    // what the App's own work allows at its defaults: client-side pacing off
    await series('compute (CONTRACT_GUARD_THROTTLE=off)', PULL_REQUESTS, [1, 2, 3], { CONTRACT_GUARD_THROTTLE: 'off' }, redis.url);
    // with GitHub's pacing of content creation (~3 s per comment or review per installation, shared through Redis)
    await series("GitHub's pacing (the default)", PACED, [3], {}, redis.url);
    // pull requests arriving one at a time, at a rate the pacing sustains: the delay a developer sees
    console.log(`\nsteady arrivals with GitHub's pacing: ${PACED} pull requests, one every ${STEADY_MS / 1000} s`);
    spawnSync('redis-cli', ['-u', redis.url, 'flushall']);
    const apps = await Promise.all([0, 1].map(() => startApp(world.fake.url, { REDIS_URL: redis.url })));
    await round('warm-up', apps, 2);
    const r = await round('2 replicas on Redis', apps, PACED, STEADY_MS);
    console.log(
      `  ${r.label.padEnd(32)} p95 delivery → check run ${r.p95.toFixed(1).padStart(5)} s (target under 10 s: ${r.p95 < 10 ? 'met' : 'MISSED'})`,
    );
    for (const a of apps) a.process.kill('SIGKILL');
  } finally {
    redis.process.kill();
    await world.fake.stop();
  }
}

await main();
process.exit(0);
