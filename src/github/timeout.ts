// Every request to GitHub ends: a fetch that aborts after a deadline, given to Octokit as its `request.fetch`, so it
// covers every call and every page of a listing. A request that never answers would otherwise hold the Action until
// the job's timeout, and the App's job and its pull request's lock forever.

/** Milliseconds a request to GitHub may take (CONTRACT_GUARD_REQUEST_TIMEOUT_MS; default 30 s). */
export function requestTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.CONTRACT_GUARD_REQUEST_TIMEOUT_MS ?? 30_000);
  return Number.isFinite(v) && v > 0 ? v : 30_000;
}

/** `base` (node's fetch, or one that goes through a proxy) with a deadline on every request. */
export function timedFetch(ms = requestTimeoutMs(), base: typeof fetch = fetch): typeof fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(ms);
    return base(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
  };
}

/**
 * A failure after which a write may or may not have been carried out: GitHub answered 5xx, or never answered. A
 * create is then looked up before it is tried again, never repeated blind.
 */
export function ambiguous(err: unknown): boolean {
  const status = (err as { status?: unknown }).status;
  return typeof status !== 'number' || status >= 500;
}
