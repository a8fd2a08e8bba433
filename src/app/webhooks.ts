// The webhook endpoint, in front of Probot: anyone on the network can reach it, so nothing is believed before the
// signature is. A body over GitHub's 25 MB limit is refused before it is read, the signature is checked before the
// body is parsed, bodies are never logged, and an error answers in our words, not with an internal message.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Probot } from 'probot';

/** GitHub caps webhook payloads at 25 MB. */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;

/** A delivery the App will not handle, for a reason it can say (no installation, no repository…): answered 400. */
export class RefusedEvent extends Error {}

export interface WebhookOptions {
  path: string;
  maxBytes?: number;
  /** How long a delivery is waited for before it is answered 202 and finished in the background. */
  answerWithinMs: number;
  log: { info(m: string): void; warn(m: string): void };
  /** Where the App's handlers leave how a delivery failed (app.ts), so Probot never logs its payload. */
  failures: Map<string, unknown>;
}

function answer(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ message }));
}

/** Read at most `max` bytes; undefined (and the connection closed) past that. */
function readBounded(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Handles the webhook path; false for any other request. */
export function webhookEndpoint(probot: Probot, options: WebhookOptions) {
  const max = options.maxBytes ?? MAX_WEBHOOK_BYTES;
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== options.path) return false;
    if (req.method !== 'POST') {
      answer(res, 405, 'webhooks are POSTed');
      return true;
    }
    const tooLarge = () => {
      // answered before the rest arrives; whatever still comes is dropped unread (never kept), and the connection is
      // closed after a grace period: closing it at once, with bytes still arriving, resets it, and a reset can lose
      // the answer on the sender's side
      answer(res, 413, `payload over ${Math.round(max / 1024 / 1024)} MB`);
      req.removeAllListeners('data');
      req.resume();
      res.on('finish', () => setTimeout(() => req.socket.destroy(), 5_000).unref());
    };
    if (Number(req.headers['content-length'] ?? 0) > max) {
      tooLarge();
      return true;
    }
    const id = String(req.headers['x-github-delivery'] ?? '');
    const name = String(req.headers['x-github-event'] ?? '');
    const signature = String(req.headers['x-hub-signature-256'] ?? '');
    if (!id || !name || !signature) {
      answer(res, 400, 'x-github-delivery, x-github-event and x-hub-signature-256 are required');
      return true;
    }
    const body = await readBounded(req, max);
    if (!body) {
      tooLarge();
      return true;
    }
    const text = body.toString('utf8');
    if (!(await probot.webhooks.verify(text, signature).catch(() => false))) {
      options.log.warn(`delivery ${id} (${name}): signature does not match; ignored`);
      answer(res, 401, 'signature does not match');
      return true;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      answer(res, 400, 'the payload is not JSON');
      return true;
    }
    const work = probot
      .receive({ id, name, payload } as never)
      .then(() => {
        const failed = options.failures.get(id);
        options.failures.delete(id);
        if (failed !== undefined) throw failed;
        return { status: 200, message: 'ok' };
      })
      .catch((err: unknown) => {
        // @octokit/webhooks gathers handler errors; the first says what went wrong
        const inner = ((err as { errors?: unknown[] }).errors?.[0] ?? err) as Error;
        if (inner instanceof RefusedEvent) return { status: 400, message: inner.message };
        options.log.warn(`delivery ${id} (${name}) failed: ${String(inner?.message ?? inner).split('\n')[0]}`);
        return { status: 500, message: 'the delivery could not be handled; the App logged why' };
      });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<{ status: number; message: string }>((resolve) => {
      timer = setTimeout(() => resolve({ status: 202, message: 'accepted; still working' }), options.answerWithinMs);
    });
    const outcome = await Promise.race([work, late]);
    clearTimeout(timer);
    answer(res, outcome.status, outcome.message);
    return true;
  };
}
