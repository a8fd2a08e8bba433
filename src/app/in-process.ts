// Without Redis: jobs run in this process as they arrive, one at a time per pull request (redeliveries and quick
// pushes wait their turn), and the webhook is answered when the job is done. A redelivery judges again, which is
// idempotent (one comment, one check run per head).
import type { Probot } from 'probot';
import type { Dispatcher } from './app.js';
import { jobKey, reportFailure, type Job } from './jobs.js';
import { FinalJudgementError, type JudgeThreads } from './threads.js';
import type { Metrics } from './metrics.js';

export class InProcessDispatcher implements Dispatcher {
  private readonly chains = new Map<string, Promise<unknown>>();

  constructor(
    private readonly probot: Probot,
    private readonly metrics: Metrics,
    private readonly threads: JudgeThreads,
  ) {}

  get depth(): number {
    return this.chains.size;
  }

  async dispatch(job: Job): Promise<void> {
    const key = jobKey(job);
    const previous = this.chains.get(key) ?? Promise.resolve();
    // the jobs this one leaves (pull requests a push may have changed the verdict of) run in their own chains
    const left: Promise<void>[] = [];
    const leave = (then: Job) =>
      left.push(this.dispatch(then).catch((err: unknown) => this.probot.log.warn(`${jobKey(then)}: ${(err as Error).message}`)));
    const next = previous
      .catch(() => undefined)
      .then(() => this.metrics.time(() => this.threads.run(job, (l) => this.probot.log.info(l), leave)))
      .catch(async (err: unknown) => {
        if (err instanceof FinalJudgementError) await reportFailure(this.probot, job, err.message).catch(() => undefined);
        throw err;
      });
    this.chains.set(key, next);
    void next.finally(() => this.chains.get(key) === next && this.chains.delete(key)).catch(() => undefined);
    await next;
    await Promise.all(left);
  }
}
