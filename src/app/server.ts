// Runs the App as a server: Probot's middleware for webhooks, /healthz for load balancers, /metrics for Prometheus.
// With REDIS_URL, webhooks are queued in Redis and this process is also one of the workers (unless
// CONTRACT_GUARD_WORKER=off); Probot's throttling then shares its rate-limit state through the same Redis.
import { createServer } from 'node:http';
import { createNodeMiddleware, createProbot, ProbotOctokit } from 'probot';
import { timedFetch } from '../github/timeout.js';
import { contractGuardApp, type Dispatcher } from './app.js';
import { InProcessDispatcher } from './in-process.js';
import { Metrics } from './metrics.js';
import { queueSettings, RedisDispatcher, startWorker } from './queue.js';

// GITHUB_API_URL (as in Actions) or Probot's GHE_HOST select GitHub Enterprise Server or a test double
const baseUrl = process.env.GITHUB_API_URL;
// wait out rate limits, primary and secondary, a few times before giving up (Probot only logs secondary ones)
const retryLimited = (
  after: number,
  options: { method: string; url: string },
  octokit: { log: { warn: (m: string) => void } },
  count: number,
) => {
  octokit.log.warn(`rate limited on ${options.method} ${options.url}; retrying in ${after}s`);
  return count < 3;
};
// a defaults *function* sees the options Probot assembled, so our handlers replace its log-only ones
// CONTRACT_GUARD_THROTTLE=off drops the client-side pacing (GitHub Enterprise Server with rate limits off, load tests)
const unpaced = process.env.CONTRACT_GUARD_THROTTLE === 'off';
const Octokit = ProbotOctokit.defaults((given: Record<string, unknown>) => {
  // every request ends: a deadline on each fetch (github/timeout.ts)
  const options: Record<string, unknown> = { ...given, request: { ...(given.request as object), fetch: timedFetch() } };
  if (unpaced) return { ...options, throttle: { enabled: false } };
  const throttle = options.throttle as Record<string, unknown> | undefined;
  return throttle && throttle.enabled !== false
    ? { ...options, throttle: { ...throttle, onRateLimit: retryLimited, onSecondaryRateLimit: retryLimited } }
    : options;
});
const probot = createProbot({ overrides: { Octokit, ...(baseUrl ? { baseUrl } : {}) } });
const redisUrl = process.env.REDIS_URL;
let dispatcher: Dispatcher;
let health: () => Promise<{ ok: boolean; body: Record<string, unknown> }>;
let metrics: Metrics;
let closing: () => Promise<void> = async () => {};
if (redisUrl) {
  const settings = queueSettings(process.env, redisUrl);
  const queued = new RedisDispatcher(settings);
  metrics = new Metrics(() => queued.depth());
  const worker = process.env.CONTRACT_GUARD_WORKER === 'off' ? undefined : startWorker(probot, settings, metrics);
  worker?.on('error', (err) => probot.log.error(`worker: ${err.message}`));
  dispatcher = queued;
  health = async () => {
    const ok = await queued.healthy();
    return {
      ok,
      body: { status: ok ? 'ok' : 'redis unreachable', queue: 'redis', worker: !!worker, jobs: ok ? await queued.depth() : {} },
    };
  };
  closing = async () => {
    await worker?.close();
    await queued.close();
  };
} else {
  let inProcess: InProcessDispatcher | undefined;
  metrics = new Metrics(async () => ({ active: inProcess?.depth ?? 0 }));
  inProcess = new InProcessDispatcher(probot, metrics);
  dispatcher = inProcess;
  health = async () => ({ ok: true, body: { status: 'ok', queue: 'in-process', jobs: { active: inProcess!.depth } } });
}
const middleware = await createNodeMiddleware(contractGuardApp(dispatcher), {
  probot,
  webhooksPath: process.env.WEBHOOK_PATH ?? '/api/github/webhooks',
});

const server = createServer((req, res) => {
  if (req.method === 'GET' && (req.url === '/healthz' || req.url === '/health')) {
    void health().then(({ ok, body }) => {
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    return;
  }
  if (req.method === 'GET' && req.url === '/metrics') {
    void metrics.registry.metrics().then((text) => {
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      res.end(text);
    });
    return;
  }
  void Promise.resolve(
    middleware(req, res, () => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"message":"not found"}');
    }),
  );
});
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
server.listen(port, host, () => {
  const address = server.address();
  probot.log.info(
    `contract-guard app listening on ${typeof address === 'object' && address ? `${address.address}:${address.port}` : port}`,
  );
});
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => server.close(() => void closing().finally(() => process.exit(0))));
