// One `git cat-file --batch-command` process for everything a judgement asks of a repository's objects: refs
// resolved, sizes asked and blobs read through one pipe, where each used to start a git process of its own (on a busy
// machine, starting processes is most of what git costs). Answers come back in the order asked.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Socket } from 'node:net';
import Queue from 'yocto-queue';

export interface ObjectInfo {
  sha: string;
  type: string;
  size: number;
}

interface Asked {
  contents: boolean;
  done: (answer: { info: ObjectInfo; bytes?: Uint8Array } | undefined) => void;
  fail: (err: Error) => void;
}

/** A name git reads as one command argument: no whitespace or control characters (which would start another command). */
const PLAIN_NAME = /^[^\s\x00-\x1f\x7f]+$/;

export class CatFile {
  private child?: ChildProcessWithoutNullStreams;
  // a queue, not an array: shifting an array of 50,000 waiting reads is quadratic (a pull request of 50,000 files took
  // 6 s here alone)
  private readonly asked = new Queue<Asked>();
  private header: Buffer[] = [];
  private body?: { info: ObjectInfo; parts: Buffer[]; got: number; asked: Asked };
  private stderr = '';

  constructor(private readonly dir: string) {}

  /** Type and size of each object a name resolves to (`<ref>^{commit}` peels); undefined when there is none. */
  info(names: string[]): Promise<(ObjectInfo | undefined)[]> {
    return Promise.all(names.map((n) => this.ask(n, false).then((a) => a?.info)));
  }

  /** The bytes of each object; undefined when there is none. */
  contents(names: string[]): Promise<(Uint8Array | undefined)[]> {
    return Promise.all(names.map((n) => this.ask(n, true).then((a) => a?.bytes)));
  }

  /** Ends the process, resolved once it has exited (asking again starts another). */
  close(): Promise<void> {
    const child = this.child;
    if (!child) return Promise.resolve();
    this.hold(true);
    this.child = undefined;
    return new Promise((resolve) => {
      child.once('close', () => resolve());
      child.stdin.end();
      child.kill();
    });
  }

  /** The running process's id, if one runs. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  private ask(name: string, contents: boolean): Promise<{ info: ObjectInfo; bytes?: Uint8Array } | undefined> {
    if (!PLAIN_NAME.test(name)) return Promise.resolve(undefined);
    const child = this.process();
    return new Promise((done, fail) => {
      if (!this.asked.size) this.hold(true);
      this.asked.enqueue({ contents, done, fail });
      child.stdin.write(`${contents ? 'contents' : 'info'} ${name}\n`);
    });
  }

  private process(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['cat-file', '--batch-command'], { cwd: this.dir, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    this.stderr = '';
    child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    child.stdin.on('error', () => undefined); // the exit below says why
    const end = (why: string) => {
      if (this.child === child) this.child = undefined;
      const pending = [...this.asked.drain()];
      if (this.body) pending.unshift(this.body.asked);
      this.body = undefined;
      this.header = [];
      if (!pending.length) return;
      const failure = new Error(`git cat-file ${why}: ${this.stderr.trim() || 'no reason given'}`);
      for (const a of pending) a.fail(failure);
    };
    child.on('error', (err) => end(`could not start (${err.message})`));
    child.on('close', (code) => end(`ended (${code})`));
    this.hold(false);
    return child;
  }

  /** An idle process keeps nothing alive: a command that never closes its view still exits. */
  private hold(busy: boolean): void {
    const child = this.child;
    if (!child) return;
    for (const h of [child, child.stdin, child.stdout, child.stderr] as unknown as Pick<Socket, 'ref' | 'unref'>[])
      if (busy) h.ref();
      else h.unref();
  }

  private read(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      const body = this.body;
      if (body) {
        // the object's bytes and the newline after them
        const take = Math.min(body.info.size + 1 - body.got, chunk.length - pos);
        body.parts.push(chunk.subarray(pos, pos + take));
        body.got += take;
        pos += take;
        if (body.got === body.info.size + 1) {
          this.body = undefined;
          const bytes = Buffer.concat(body.parts).subarray(0, body.info.size);
          this.answered(body.asked, { info: body.info, bytes });
        }
        continue;
      }
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) {
        this.header.push(chunk.subarray(pos));
        break;
      }
      const line = Buffer.concat([...this.header, chunk.subarray(pos, nl)]).toString();
      this.header = [];
      pos = nl + 1;
      const asked = this.asked.dequeue();
      if (!asked) continue;
      const [sha, type, size] = line.split(' ');
      // `<name> missing` or `<name> ambiguous`
      if (size === undefined || !/^\d+$/.test(size)) this.answered(asked, undefined);
      else if (asked.contents) this.body = { info: { sha: sha!, type: type!, size: Number(size) }, parts: [], got: 0, asked };
      else this.answered(asked, { info: { sha: sha!, type: type!, size: Number(size) } });
    }
  }

  private answered(asked: Asked, answer: { info: ObjectInfo; bytes?: Uint8Array } | undefined): void {
    asked.done(answer);
    if (!this.asked.size && !this.body) this.hold(false);
  }
}
