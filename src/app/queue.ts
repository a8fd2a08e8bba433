// Scale-out on Redis: webhooks become BullMQ jobs that any replica's worker takes. A job id per delivery drops
// redeliveries; a lock per pull request (Redis SET NX PX, renewed while held, released only by its holder) keeps two
// replicas from writing one pull request's comment or check run at once; a job that finds its head superseded
// stops (jobs.ts), so the newest head is judged last. Crashed workers' jobs are retried when their lock lapses.
import { hostname } from 'node:os';
import { DelayedError, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Probot } from 'probot';
import type { Dispatcher } from './app.js';
import { jobKey, reportFailure, type Job } from './jobs.js';
import { FinalJudgementError, judgeConcurrency, type JudgeThreads } from './threads.js';
import type { Metrics } from './metrics.js';

const QUEUE = 'contract-guard';
const LOCK_PREFIX = 'contract-guard:lock:';
// release or renew a lock only while we still hold it
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

export interface QueueSettings {
  url: string;
  /** How long a job or a pull request's lock is held without renewal: a crashed worker's job is retried after it. */
  lockMs: number;
  attempts: number;
  backoffMs: number;
  concurrency: number;
}

export function queueSettings(env: NodeJS.ProcessEnv, url: string): QueueSettings {
  const num = (name: string, fallback: number) => {
    const v = Number(env[name] ?? fallback);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number, not '${env[name]}'`);
    return v;
  };
  return {
    url,
    lockMs: num('CONTRACT_GUARD_LOCK_MS', 30_000),
    attempts: num('CONTRACT_GUARD_ATTEMPTS', 3),
    backoffMs: num('CONTRACT_GUARD_BACKOFF_MS', 2_000),
    concurrency: judgeConcurrency(env),
  };
}

const connect = (url: string) => new Redis(url, { maxRetriesPerRequest: null });

type Queued = Job & { receivedAt: number };

export class RedisDispatcher implements Dispatcher {
  readonly queue: Queue;
  private readonly redis: Redis;

  constructor(private readonly settings: QueueSettings) {
    this.redis = connect(settings.url);
    this.queue = new Queue(QUEUE, { connection: this.redis });
  }

  async dispatch(job: Job): Promise<void> {
    const data: Queued = { ...job, receivedAt: Date.now() };
    await this.queue.add(job.kind, data, {
      jobId: `delivery-${job.delivery}`, // a redelivery finds its job and adds nothing
      attempts: this.settings.attempts,
      backoff: { type: 'exponential', delay: this.settings.backoffMs },
      removeOnComplete: { age: 24 * 3600, count: 50_000 },
      removeOnFail: true, // reported on the check run; a manual redelivery may then try again
    });
  }

  depth(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
  }

  async healthy(): Promise<boolean> {
    return (await this.redis.ping().catch(() => '')) === 'PONG';
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.redis.disconnect();
  }
}

export function startWorker(
  probot: Probot,
  settings: QueueSettings,
  metrics: Metrics,
  threads: JudgeThreads,
  /** Queues the jobs a job leaves to be done: they are queued before it completes (a retry queues them again, by the same ids). */
  dispatch: (job: Job) => Promise<void>,
): Worker {
  const redis = connect(settings.url);
  const log = (line: string) => probot.log.info(line);
  return new Worker(
    QUEUE,
    async (bull, token) => {
      const job = bull.data as Queued;
      const key = LOCK_PREFIX + jobKey(job);
      const holder = `${hostname()}:${process.pid}:${bull.id}`;
      if ((await redis.set(key, holder, 'PX', settings.lockMs, 'NX')) !== 'OK') {
        // another replica is on this pull request: come back shortly, without spending an attempt
        await bull.moveToDelayed(Date.now() + 150 + Math.floor(Math.random() * 250), token);
        throw new DelayedError();
      }
      const renew = setInterval(() => void redis.eval(RENEW, 1, key, holder, settings.lockMs).catch(() => undefined), settings.lockMs / 3);
      try {
        // judged in a thread: this one stays free to renew both locks and answer webhooks
        const left: Promise<void>[] = [];
        const outcome = await metrics.time(() => threads.run(job, log, (next) => left.push(dispatch(next))));
        await Promise.all(left);
        metrics.delivered.observe((Date.now() - job.receivedAt) / 1000);
        return outcome;
      } catch (err) {
        const reason = (err as Error).message ?? String(err);
        probot.log.warn(`${jobKey(job)}: attempt ${bull.attemptsMade + 1} of ${settings.attempts} failed: ${reason}`);
        const final = err instanceof FinalJudgementError || bull.attemptsMade + 1 >= settings.attempts;
        if (final) await reportFailure(probot, job, reason).catch(() => undefined);
        // past the deadline or out of memory once, so again: not retried
        throw err instanceof FinalJudgementError ? new UnrecoverableError(reason) : err;
      } finally {
        clearInterval(renew);
        await redis.eval(RELEASE, 1, key, holder).catch(() => undefined);
      }
    },
    {
      connection: connect(settings.url),
      concurrency: settings.concurrency,
      lockDuration: settings.lockMs,
      stalledInterval: settings.lockMs,
      maxStalledCount: 3,
    },
  );
}
