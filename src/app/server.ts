// Runs the App as a server: Probot's middleware for webhooks, plus a health endpoint for load balancers.
import { createServer } from 'node:http';
import { createNodeMiddleware, createProbot, ProbotOctokit } from 'probot';
import { contractGuardApp } from './app.js';

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
const Octokit = ProbotOctokit.defaults((options: Record<string, unknown>) => {
  const throttle = options.throttle as Record<string, unknown> | undefined;
  return throttle && throttle.enabled !== false
    ? { ...options, throttle: { ...throttle, onRateLimit: retryLimited, onSecondaryRateLimit: retryLimited } }
    : options;
});
const probot = createProbot({ overrides: { Octokit, ...(baseUrl ? { baseUrl } : {}) } });
const middleware = await createNodeMiddleware(contractGuardApp, {
  probot,
  webhooksPath: process.env.WEBHOOK_PATH ?? '/api/github/webhooks',
});

const server = createServer((req, res) => {
  if (req.method === 'GET' && (req.url === '/healthz' || req.url === '/health')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
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
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.close(() => process.exit(0)));
