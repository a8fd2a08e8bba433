// The App's front door and its deadlines, on the built server (dist/app.js): what anyone on the network can send it,
// and a judgement that would never end.
import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, beforeEach, describe, test } from 'node:test';
import { FinalJudgementError, JudgeThreads, JudgementDeadline, JudgementOutOfMemory } from '../src/app/threads.js';
import { SECRET, ShopWorld, startApp, type RunningApp } from './app-harness.js';
import { tempDir } from './helpers.js';

const world = new ShopWorld();
let app: RunningApp;

before(async () => {
  await world.start();
  app = await startApp(
    world.fake.url,
    { LOG_LEVEL: 'info', CONTRACT_GUARD_METRICS_TOKEN: 'metrics-token', CONTRACT_GUARD_JUDGE_DEADLINE_MS: '20000' },
    { capture: true },
  );
});
after(async () => {
  app?.process.kill();
  await world.fake.stop();
});
beforeEach(() => {
  world.fake.faults = [];
});

/** POST raw bytes to the webhook path; the status and the answer's text. */
async function post(body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const res = await fetch(`${app.url}/api/github/webhooks`, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}
const signed = (event: string, body: string, secret = SECRET) => ({
  'content-type': 'application/json',
  'x-github-event': event,
  'x-github-delivery': randomUUID(),
  'x-hub-signature-256': 'sha256=' + createHmac('sha256', secret).update(body).digest('hex'),
});

/**
 * Send up to `total` body bytes on a raw connection (declared with content-length, or chunked) and return the status
 * the App answers with: as soon as it answers, sending stops.
 */
function flood(total: number, declare: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(app.url);
    const socket = connect(Number(port), hostname);
    let answer = '';
    const head = Object.entries(signed('push', ''))
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n');
    // a declared size asks first, as GitHub's and most clients do for large bodies
    const framing = declare ? `content-length: ${total}\r\nexpect: 100-continue` : 'transfer-encoding: chunked';
    socket.on('data', (d) => {
      answer += d.toString();
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      if (status) {
        socket.destroy();
        resolve(Number(status[1]));
      }
    });
    socket.on('error', (err) => (/EPIPE|ECONNRESET/.test(String(err)) ? undefined : reject(err)));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? -1)));
    socket.write(`POST /api/github/webhooks HTTP/1.1\r\nhost: ${hostname}\r\n${head}\r\n${framing}\r\n\r\n`);
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let sent = 0;
    if (declare) return; // the body waits for "100 Continue", which must not come
    const more = () => {
      while (sent < total && !socket.destroyed) {
        sent += chunk.length;
        const ok = socket.write(Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]));
        if (!ok) return void socket.once('drain', more);
      }
    };
    more();
  });
}

describe('the webhook endpoint', () => {
  test('a body declared over 25 MB is refused before it is read; one streamed past 25 MB is cut off', async () => {
    assert.equal(await flood(100 * 1024 * 1024, true), 413);
    assert.equal(await flood(27 * 1024 * 1024, false), 413);
    assert.equal((await fetch(`${app.url}/healthz`)).status, 200, 'still serving');
  });

  test('the signature is checked before the body is parsed, and bodies are never logged', async () => {
    const body = 'not json at all: BODY-MARKER-7f3a';
    const r = await post(body, signed('push', body, 'wrong-secret'));
    assert.equal(r.status, 401);
    assert.deepEqual(JSON.parse(r.text), { message: 'signature does not match' });
    const json = JSON.stringify({ zen: 'BODY-MARKER-7f3a' });
    assert.equal((await post(json, signed('ping', json, 'wrong'))).status, 401);
    assert.doesNotMatch(app.output(), /BODY-MARKER-7f3a/);
  });

  test('a signed payload without an installation is answered in our words, without internals', async () => {
    const body = JSON.stringify({ ...world.payload(5, 'a'.repeat(40)), installation: undefined });
    const r = await post(body, signed('pull_request', body));
    assert.equal(r.status, 400);
    assert.deepEqual(JSON.parse(r.text), { message: 'the event carries no installation: is it for this App?' });
    const bare = JSON.stringify({ action: 'opened', installation: { id: 42 } });
    const b = await post(bare, signed('pull_request', bare));
    assert.equal(b.status, 400);
    assert.doesNotMatch(b.text, /TypeError|at |undefined/);
  });

  test('/metrics asks for its token when one is set', async () => {
    assert.equal((await fetch(`${app.url}/metrics`)).status, 401);
    const ok = await fetch(`${app.url}/metrics`, { headers: { authorization: 'Bearer metrics-token' } });
    assert.equal(ok.status, 200);
    assert.match(await ok.text(), /contract_guard/);
  });
});

/** A job for the judging threads' tests: its contents matter only to the real thread, which these replace. */
const PUSH_JOB = {
  kind: 'push',
  delivery: 'd',
  installationId: 1,
  owner: 'o',
  repo: 'r',
  cloneUrl: '',
  ref: '',
  before: '',
  after: '',
  defaultBranch: 'main',
} as const;

describe('deadlines', () => {
  test('a judgement that never ends is stopped at its deadline and said on the check run; the App stays up', async () => {
    const head = world.pullRequest(21);
    world.fake.inject({ method: 'GET', path: /\/pulls\/21\/reviews$/, status: 200, hang: true });
    const delivered = post(
      JSON.stringify(world.payload(21, head, 'opened')),
      signed('pull_request', JSON.stringify(world.payload(21, head, 'opened'))),
    );
    for (let i = 0; i < 600 && !world.fake.requests.some((r) => /\/pulls\/21\/reviews$/.test(r.path)); i++)
      await new Promise((r) => setTimeout(r, 50));
    assert.equal((await fetch(`${app.url}/healthz`)).status, 200, 'health answers while a judgement is stuck');
    await delivered;
    const [run] = world.runsFor(head);
    assert.equal(run?.conclusion, 'failure');
    assert.match(run!.output.summary!, /the judgement took longer than 20 s; the contracts were judged, and it was reporting to GitHub/);
    const next = world.pullRequest(22);
    const body = JSON.stringify(world.payload(22, next, 'opened'));
    assert.equal((await post(body, signed('pull_request', body))).status, 200, app.output().slice(-3000));
    assert.equal(world.runsFor(next)[0]?.conclusion, 'action_required', 'the next pull request is judged');
    assert.doesNotMatch(app.output(), /Codertocat|clone_url/, 'no payload in the log');
  });

  test('the deadline ends a spinning judging thread and names its file; the main thread runs on meanwhile', async () => {
    const entry = join(tempDir(), 'stuck-thread.mjs');
    writeFileSync(
      entry,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { parentPort.postMessage({ file: 'contracts/huge.yaml' }); for (;;) {} });\n",
    );
    const threads = new JudgeThreads(3000, 4, pathToFileURL(entry));
    // the main thread's timers (lock renewals, /healthz) keep running while the judging thread spins
    let ticks = 0;
    const tick = setInterval(() => ticks++, 50);
    await assert.rejects(
      threads.run(PUSH_JOB, () => undefined),
      (err: Error) => {
        assert.ok(err instanceof JudgementDeadline);
        assert.equal(err.message, 'the judgement took longer than 3 s; it was judging contracts/huge.yaml');
        return true;
      },
    );
    clearInterval(tick);
    assert.ok(ticks >= 2, `the main thread ran ${ticks} timer ticks while the judgement spun`);
    await threads.close();
  });

  test('a judgement past the memory of its thread ends alone, naming its file, and is final; the main thread runs on', async () => {
    const entry = join(tempDir(), 'hungry-thread.mjs');
    writeFileSync(
      entry,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { parentPort.postMessage({ file: 'contracts/many/f99999.json' }); const a = []; for (;;) a.push(new Array(1e5).fill({ x: 1 })); });\n",
    );
    const threads = new JudgeThreads(60_000, 4, pathToFileURL(entry), 64);
    await assert.rejects(
      threads.run(PUSH_JOB, () => undefined),
      (err: Error) => {
        assert.ok(err instanceof JudgementOutOfMemory && err instanceof FinalJudgementError, String(err));
        assert.equal(err.message, 'the judgement ran out of memory (64 MB); it was judging contracts/many/f99999.json');
        return true;
      },
    );
    // the process, and the next judgement's thread, go on
    const fine = join(tempDir(), 'fine-thread.mjs');
    writeFileSync(
      fine,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => parentPort.postMessage({ outcome: 'judged' }));\n",
    );
    const next = new JudgeThreads(60_000, 4, pathToFileURL(fine), 64);
    assert.equal(await next.run(PUSH_JOB, () => undefined), 'judged');
    await Promise.all([threads.close(), next.close()]);
  });

  test('a thread warmed at start-up judges the first job; one whose code fails while idle is dropped, not thrown', async () => {
    const dir = tempDir();
    const journal = join(dir, 'journal');
    writeFileSync(journal, '');
    const entry = join(dir, 'thread.mjs');
    writeFileSync(
      entry,
      `import { parentPort, threadId } from 'node:worker_threads';\nimport { appendFileSync } from 'node:fs';\n` +
        `appendFileSync(${JSON.stringify(journal)}, 'loaded ' + threadId + '\\n');\n` +
        `parentPort.on('message', () => { appendFileSync(${JSON.stringify(journal)}, 'judged ' + threadId + '\\n'); parentPort.postMessage({ outcome: 'judged' }); });\n`,
    );
    const threads = new JudgeThreads(60_000, 4, pathToFileURL(entry));
    try {
      threads.warm(1);
      for (let i = 0; i < 600 && !readFileSync(journal, 'utf8'); i++) await new Promise((r) => setTimeout(r, 20));
      assert.equal(await threads.run(PUSH_JOB, () => undefined), 'judged');
    } finally {
      await threads.close();
    }
    const lines = readFileSync(journal, 'utf8').split('\n').filter(Boolean);
    assert.equal(lines.filter((l) => l.startsWith('loaded')).length, 1, `one thread loaded: ${lines.join(', ')}`);
    assert.equal(lines[1], lines[0]!.replace('loaded', 'judged'), 'the warmed thread judged');

    const broken = join(dir, 'broken.mjs');
    writeFileSync(broken, "throw new Error('cannot load');\n");
    const failing = new JudgeThreads(60_000, 4, pathToFileURL(broken));
    failing.warm(1);
    await new Promise((r) => setTimeout(r, 500)); // its error arrives while it is idle: nobody is waiting on it
    await assert.rejects(
      failing.run(PUSH_JOB, () => undefined),
      /cannot load/,
    );
    await failing.close();
  });

  test('at most CONTRACT_GUARD_CONCURRENCY judgements run at once; the rest wait their turn, their deadline not yet running', async () => {
    // each thread says when it starts and ends (in a shared file), and takes 1 s
    const dir = tempDir();
    const entry = join(dir, 'slow-thread.mjs');
    const journal = join(dir, 'journal');
    writeFileSync(journal, '');
    writeFileSync(
      entry,
      `import { parentPort, threadId } from 'node:worker_threads';\nimport { appendFileSync } from 'node:fs';\n` +
        `parentPort.on('message', () => { appendFileSync(${JSON.stringify(journal)}, '+' + threadId + '\\n');\n` +
        `  setTimeout(() => { appendFileSync(${JSON.stringify(journal)}, '-' + threadId + '\\n'); parentPort.postMessage({ outcome: 'judged' }); }, 1000); });\n`,
    );
    // eight judgements two at a time take four seconds: a 3 s deadline must count from each one's start (2 s to spare)
    const threads = new JudgeThreads(3000, 2, pathToFileURL(entry));
    try {
      const outcomes = await Promise.all(Array.from({ length: 8 }, () => threads.run(PUSH_JOB, () => undefined)));
      assert.deepEqual(outcomes, Array(8).fill('judged'));
    } finally {
      await threads.close();
    }
    let running = 0;
    let most = 0;
    const lines = readFileSync(journal, 'utf8').split('\n').filter(Boolean);
    for (const line of lines) {
      running += line.startsWith('+') ? 1 : -1;
      most = Math.max(most, running);
    }
    assert.equal(lines.length, 16);
    assert.equal(most, 2, `${most} judgements ran at once`);
    assert.equal(new Set(lines.map((l) => l.slice(1))).size, 2, 'two threads, each kept warm for the next judgement');
  });
});
