// The App's Probot, the same in the server and in the threads that judge: GitHub's address, rate limits waited out,
// a deadline on every request.
import { createProbot, ProbotOctokit, type Probot } from 'probot';
import { requestTimeoutMs, timedFetch } from '../github/timeout.js';

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
  // every request ends: a deadline on each fetch (github/timeout.ts), around the fetch given, if any
  const request = given.request as { fetch?: typeof fetch } | undefined;
  const options: Record<string, unknown> = { ...given, request: { ...request, fetch: timedFetch(requestTimeoutMs(), request?.fetch) } };
  if (unpaced) return { ...options, throttle: { enabled: false } };
  const throttle = options.throttle as Record<string, unknown> | undefined;
  return throttle && throttle.enabled !== false
    ? { ...options, throttle: { ...throttle, onRateLimit: retryLimited, onSecondaryRateLimit: retryLimited } }
    : options;
});

export function makeProbot(): Probot {
  return createProbot({ overrides: { Octokit, ...(baseUrl ? { baseUrl } : {}) } });
}
