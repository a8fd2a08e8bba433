// Runs the App as a server: Probot's middleware for webhooks, /healthz for load balancers, /metrics for Prometheus.
// With REDIS_URL, webhooks are queued in Redis and this process is also one of the workers (unless
// CONTRACT_GUARD_WORKER=off); Probot's throttling then shares its rate-limit state through the same Redis.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { contractGuardApp, type Dispatcher } from './app.js';
import { InProcessDispatcher } from './in-process.js';
import { Metrics } from './metrics.js';
import { makeProbot } from './probot.js';
import { queueSettings, RedisDispatcher, startWorker } from './queue.js';
import { JudgeThreads } from './threads.js';
import { MAX_WEBHOOK_BYTES, webhookEndpoint } from './webhooks.js';

const probot = makeProbot();
const threads = new JudgeThreads();
const redisUrl = process.env.REDIS_URL;
// this replica judges, unless it only receives webhooks for the others (CONTRACT_GUARD_WORKER=off, with Redis)
const judgesHere = !redisUrl || process.env.CONTRACT_GUARD_WORKER !== 'off';
let dispatcher: Dispatcher;
let health: () => Promise<{ ok: boolean; body: Record<string, unknown> }>;
let metrics: Metrics;
let closing: () => Promise<void> = async () => {};
if (redisUrl) {
  const settings = queueSettings(process.env, redisUrl);
  const queued = new RedisDispatcher(settings);
  metrics = new Metrics(() => queued.depth());
  const worker = judgesHere ? startWorker(probot, settings, metrics, threads, (job) => queued.dispatch(job)) : undefined;
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
  inProcess = new InProcessDispatcher(probot, metrics, threads);
  dispatcher = inProcess;
  health = async () => ({ ok: true, body: { status: 'ok', queue: 'in-process', jobs: { active: inProcess!.depth } } });
}
// a judging thread loads while the App starts, not while the first pull request waits
if (judgesHere) threads.warm(1);
const failures = new Map<string, unknown>();
await probot.load(contractGuardApp(dispatcher, failures));
const webhooks = webhookEndpoint(probot, {
  path: process.env.WEBHOOK_PATH ?? '/api/github/webhooks',
  // GitHub gives up on a delivery after 10 s: answer 202 by then and finish in the background
  answerWithinMs: Number(process.env.CONTRACT_GUARD_ANSWER_WITHIN_MS ?? 9_000),
  log: probot.log,
  failures,
});
// /metrics tells how busy the App is: behind a token when CONTRACT_GUARD_METRICS_TOKEN is set
const metricsToken = process.env.CONTRACT_GUARD_METRICS_TOKEN;
const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

const handle = (req: IncomingMessage, res: ServerResponse) => {
  if (req.method === 'GET' && (req.url === '/healthz' || req.url === '/health')) {
    void health().then(({ ok, body }) => json(res, ok ? 200 : 503, body));
    return;
  }
  if (req.method === 'GET' && req.url === '/metrics') {
    if (metricsToken && req.headers.authorization !== `Bearer ${metricsToken}`) return json(res, 401, { message: 'a token is required' });
    void metrics.registry.metrics().then((text) => {
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      res.end(text);
    });
    return;
  }
  webhooks(req, res)
    .then((handled) => handled || json(res, 404, { message: 'not found' }))
    .catch((err: unknown) => {
      probot.log.warn(`request failed: ${(err as Error).message}`);
      if (!res.headersSent) json(res, 500, { message: 'internal error' });
    });
};
const server = createServer(handle);
// a sender that asks first (Expect: 100-continue) is told to go on only when its body may be read at all
server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
  if (Number(req.headers['content-length'] ?? 0) <= MAX_WEBHOOK_BYTES) res.writeContinue();
  handle(req, res);
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
