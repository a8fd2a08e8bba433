// npm run load: the App's throughput and latency on this machine, as ratios to one process without Redis, measured
// in the same run: judgements per minute, and p95 from a delivery being sent to its check run being created, for
// one, two and three replicas sharing one redis-server. Real processes, real git over HTTP, the fake GitHub.
import { spawnSync } from 'node:child_process';
import { deliver, ShopWorld, startApp, startRedis, type RunningApp } from '../test/app-harness.js';

const PULL_REQUESTS = Number(process.env.LOAD_PRS ?? 24);
const PACED = Number(process.env.LOAD_PACED_PRS ?? 6);
const world = new ShopWorld();
let next = 100;

async function round(label: string, apps: RunningApp[], count: number) {
  const prs = Array.from({ length: count }, () => next++);
  const heads = prs.map((n) => world.pullRequest(n));
  const sent = new Map<string, number>();
  const t0 = Date.now();
  // every delivery at once, spread over the replicas (a load balancer's round robin)
  const deliveries = prs.map((n, i) => {
    sent.set(heads[i]!, Date.now());
    return deliver(apps[i % apps.length]!.url, 'pull_request', world.payload(n, heads[i]!, 'opened'));
  });
  while (!heads.every((h) => world.runsFor(h).length)) await new Promise((r) => setTimeout(r, 50));
  await Promise.all(deliveries);
  const latencies = heads.map((h) => world.runsFor(h)[0]!.createdAt - sent.get(h)!).sort((a, b) => a - b);
  const seconds = (Math.max(...heads.map((h) => world.runsFor(h)[0]!.createdAt)) - t0) / 1000;
  return { label, perMinute: (count / seconds) * 60, p95: latencies[Math.ceil(latencies.length * 0.95) - 1]! / 1000 };
}

async function series(title: string, prs: number, replicas: number[], env: Record<string, string>, redisUrl: string) {
  const results = [];
  const base = await startApp(world.fake.url, env);
  results.push(await round('1 process, no Redis (baseline)', [base], prs));
  base.process.kill();
  for (const n of replicas) {
    spawnSync('redis-cli', ['-u', redisUrl, 'flushall']);
    const apps = await Promise.all(Array.from({ length: n }, () => startApp(world.fake.url, { ...env, REDIS_URL: redisUrl })));
    results.push(await round(`${n} replica${n > 1 ? 's' : ''} on Redis`, apps, prs));
    for (const a of apps) a.process.kill();
  }
  const [b] = results;
  console.log(`\n${title}: ${prs} pull requests delivered at once, each judged with a clone over HTTP`);
  for (const r of results)
    console.log(
      `  ${r.label.padEnd(32)} ${r.perMinute.toFixed(0).padStart(5)} judgements/min (${(r.perMinute / b!.perMinute).toFixed(2)}×)   p95 delivery → check run ${r.p95.toFixed(1).padStart(5)} s (${(r.p95 / b!.p95).toFixed(2)}×)`,
    );
}

async function main() {
  await world.start();
  const redis = await startRedis();
  try {
    // what the App's own work allows: client-side pacing off
    await series('compute (CONTRACT_GUARD_THROTTLE=off)', PULL_REQUESTS, [1, 2, 3], { CONTRACT_GUARD_THROTTLE: 'off' }, redis.url);
    // with GitHub's pacing of content creation (~3 s per comment or review per installation, shared through Redis)
    await series("GitHub's pacing (the default)", PACED, [3], {}, redis.url);
  } finally {
    redis.process.kill();
    await world.fake.stop();
  }
}

await main();
process.exit(0);
