// Judgements run in worker threads, a few kept warm: a contract that takes long to judge blocks only its thread, and a
// judgement past its deadline is ended (the thread with it), naming the file it was on.
import { Worker } from 'node:worker_threads';
import type { Job, Outcome } from './jobs.js';

/** What a judging thread sends back. */
export type FromThread = { log: string } | { file: string } | { then: Job } | { outcome: Outcome } | { error: string };

/** A judgement that cannot succeed by trying again: the check run says why, and it is not retried. */
export class FinalJudgementError extends Error {}

/** A judgement that passed its deadline (tried again, it would take as long). */
export class JudgementDeadline extends FinalJudgementError {}

/** A judgement that ran out of its thread's memory (tried again, it would too): many or large files in a pull request. */
export class JudgementOutOfMemory extends FinalJudgementError {}

/** Heap of one judging thread (CONTRACT_GUARD_JUDGE_MEMORY_MB, default 2048): a judgement past it ends alone. */
export function judgeMemoryMb(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.CONTRACT_GUARD_JUDGE_MEMORY_MB ?? 2048);
  return Number.isFinite(v) && v >= 64 ? v : 2048;
}

export function judgeDeadlineMs(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.CONTRACT_GUARD_JUDGE_DEADLINE_MS ?? 120_000);
  return Number.isFinite(v) && v > 0 ? v : 120_000;
}

/** How many judgements one process runs at once (CONTRACT_GUARD_CONCURRENCY, default 4). */
export function judgeConcurrency(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.CONTRACT_GUARD_CONCURRENCY ?? 4);
  if (!Number.isInteger(v) || v <= 0)
    throw new Error(`CONTRACT_GUARD_CONCURRENCY must be a positive whole number, not '${env.CONTRACT_GUARD_CONCURRENCY}'`);
  return v;
}

export class JudgeThreads {
  private readonly idle: Worker[] = [];
  private busy = 0;
  /** Judgements waiting for a thread, first come first served. */
  private readonly waiting: (() => void)[] = [];
  /** What drops an idle thread when it fails or ends before it is given work (removed when it is taken). */
  private readonly idleGone = new Map<Worker, () => void>();

  constructor(
    private readonly deadlineMs = judgeDeadlineMs(),
    /** Threads at most: more judgements at once than cores only share the cores, each thread with a heap of its own. */
    private readonly max = judgeConcurrency(),
    // beside this file once bundled: dist/judge-thread.js next to dist/app.js
    private readonly entry = new URL('./judge-thread.js', import.meta.url),
    // each thread's own heap limit: a pull request of a hundred thousand small files takes ~8 KB each, and threads at
    // once, each with the process's default heap, could take the machine's memory
    private readonly memoryMb = judgeMemoryMb(),
  ) {}

  private thread(): Worker {
    return new Worker(this.entry, { resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } });
  }

  /** `then`: told each job this one leaves to be done (pull requests a push may have changed the verdict of). */
  async run(job: Job, log: (line: string) => void, then: (job: Job) => void = () => undefined): Promise<Outcome> {
    if (this.busy >= this.max) await new Promise<void>((r) => this.waiting.push(r));
    this.busy++;
    try {
      return await this.judge(job, log, then);
    } finally {
      this.busy--;
      this.waiting.shift()?.();
    }
  }

  /** Start up to `n` threads now, so the first judgements do not wait for one to load (~0.6 s of CPU each). */
  warm(n = 1): void {
    for (let i = 0; i < n && this.idle.length < this.max; i++) this.keep(this.thread());
  }

  /** A thread waiting for work: one that fails or ends meanwhile (its code could not load) is dropped, not thrown. */
  private keep(worker: Worker): void {
    worker.unref();
    const gone = () => {
      this.idleGone.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
    };
    worker.once('error', gone).once('exit', gone);
    this.idleGone.set(worker, gone);
    this.idle.push(worker);
  }

  private take(): Worker | undefined {
    const worker = this.idle.pop();
    const gone = worker && this.idleGone.get(worker);
    if (worker && gone) {
      worker.off('error', gone).off('exit', gone);
      this.idleGone.delete(worker);
    }
    return worker;
  }

  private judge(job: Job, log: (line: string) => void, then: (job: Job) => void): Promise<Outcome> {
    const worker = this.take() ?? this.thread();
    worker.ref();
    // the file being judged; '' once every file is judged (then it is talking to GitHub)
    let file: string | undefined;
    return new Promise<Outcome>((resolve, reject) => {
      const done = (keep: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (keep) this.keep(worker);
        else void worker.terminate();
      };
      const where = () =>
        file ? `; it was judging ${file}` : file === '' ? '; the contracts were judged, and it was reporting to GitHub' : '';
      const timer = setTimeout(() => {
        done(false);
        const seconds = Math.round(this.deadlineMs / 1000);
        reject(new JudgementDeadline(`the judgement took longer than ${seconds} s${where()}`));
      }, this.deadlineMs);
      const onMessage = (m: FromThread) => {
        if ('log' in m) log(m.log);
        else if ('file' in m) file = m.file;
        else if ('then' in m) then(m.then);
        else {
          done(true);
          if ('error' in m) reject(new Error(m.error));
          else resolve(m.outcome);
        }
      };
      const onError = (err: Error & { code?: string }) => {
        done(false);
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new JudgementOutOfMemory(`the judgement ran out of memory (${this.memoryMb} MB)${where()}`)
            : err,
        );
      };
      const onExit = (code: number) => {
        done(false);
        reject(new Error(`the judging thread ended (exit ${code})`));
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    const idle: Worker[] = [];
    for (let w = this.take(); w; w = this.take()) idle.push(w);
    await Promise.all(idle.map((w) => w.terminate()));
  }
}
