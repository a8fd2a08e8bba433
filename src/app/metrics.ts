// What to watch on the App, in Prometheus' format: queue depth by state, judgement duration, failures.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  private readonly duration = new Histogram({
    name: 'contract_guard_job_duration_seconds',
    help: 'Time to process one job (a judgement or a freeze), from start to the check run.',
    labelNames: ['outcome'],
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120],
    registers: [this.registry],
  });
  private readonly failures = new Counter({
    name: 'contract_guard_job_failures_total',
    help: 'Job attempts that threw (retried while attempts remain).',
    registers: [this.registry],
  });
  readonly delivered = new Histogram({
    name: 'contract_guard_delivery_to_done_seconds',
    help: 'From the webhook delivery being accepted to its job finishing.',
    buckets: [0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
    registers: [this.registry],
  });

  /** `depth` reads the queue's job counts by state when scraped. */
  constructor(depth: () => Promise<Record<string, number>>) {
    new Gauge({
      name: 'contract_guard_queue_jobs',
      help: 'Jobs in the queue, by state.',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        for (const [state, n] of Object.entries(await depth())) this.set({ state }, n);
      },
    });
  }

  async time<T extends string>(run: () => Promise<T>): Promise<T> {
    const stop = this.duration.startTimer();
    try {
      const outcome = await run();
      stop({ outcome });
      return outcome;
    } catch (err) {
      this.failures.inc();
      stop({ outcome: 'failed' });
      throw err;
    }
  }
}
