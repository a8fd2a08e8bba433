// A thread that judges: jobs arrive as messages, the work is processJob's, and what it logs, the file it is on and
// how it ended go back to the main thread. The main thread keeps answering webhooks and /healthz and renewing locks
// meanwhile, and ends this thread when a judgement passes its deadline.
import { parentPort } from 'node:worker_threads';
import { processJob, type Job } from './jobs.js';
import { makeProbot } from './probot.js';
import type { FromThread } from './threads.js';

const probot = makeProbot();
const port = parentPort!;
const send = (m: FromThread) => port.postMessage(m);

port.on('message', (job: Job) => {
  processJob(
    probot,
    job,
    (line) => send({ log: line }),
    (file) => send({ file }),
    (then) => send({ then }),
  ).then(
    (outcome) => send({ outcome }),
    (err: unknown) => send({ error: (err as Error)?.message ?? String(err) }),
  );
});
