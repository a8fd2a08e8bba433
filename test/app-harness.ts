// Running the built App (dist/app.js) as a real server on 127.0.0.1 and sending it signed webhook deliveries.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { mkdirSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { FakeGitHub } from './fake-github.js';
import { shopSpec } from './fixtures.js';
import { commitAll, gitRepo, gitRun, PROJECT, tempDir, writeTree, gitRepoFrozen } from './helpers.js';

const require = createRequire(import.meta.url);
const EXAMPLES = require('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: Record<string, unknown>[] }[];
/** GitHub's own example payload of an event (and action), to edit. */
export const example = (event: string, action?: string) =>
  structuredClone(EXAMPLES.find((e) => e.name === event)!.examples.find((x) => !action || x.action === action)!) as Record<string, any>;

export const SECRET = 'webhook-secret';
export const PRIVATE_KEY: string = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
}).privateKey;

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface RunningApp {
  url: string;
  process: ChildProcess;
  /** What the App printed (its log), when started with `capture`. */
  output: () => string;
}

/**
 * Does process `pid` hold the socket listening on 127.0.0.1:`port`? A free port found by `freePort` can be taken by
 * another test file's server before the App binds it; the App then exits, and the other server answers /healthz.
 */
function listensOn(pid: number, port: number): boolean {
  const local = `0100007F:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  const inodes = new Set(
    readFileSync('/proc/net/tcp', 'utf8')
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => f[1] === local && f[3] === '0A')
      .map((f) => f[9]),
  );
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return inodes.has(/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1]);
      } catch {
        return false; // closed meanwhile
      }
    });
  } catch {
    return false; // the process has exited
  }
}

/**
 * A server started on a free port, ready when `ready` says so and its own process holds the port; started again on
 * another port when it exits first (someone else took the port) or never gets ready.
 */
async function onOwnPort(
  what: string,
  polls: number,
  start: (port: number) => ChildProcess,
  ready: (port: number) => Promise<boolean>,
): Promise<{ port: number; child: ChildProcess }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const child = start(port);
    for (let i = 0; i < polls && child.exitCode === null && child.signalCode === null; i++) {
      if ((await ready(port)) && listensOn(child.pid!, port)) return { port, child };
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill();
  }
  throw new Error(`${what} did not start`);
}

/** Start dist/app.js against `apiUrl` and wait until it answers /healthz on its own port. */
export async function startApp(apiUrl: string, env: Record<string, string> = {}, options: { capture?: boolean } = {}): Promise<RunningApp> {
  let printed = '';
  const { port, child } = await onOwnPort(
    'the app',
    600,
    (port) => {
      printed = '';
      const child = spawn(process.execPath, [join(PROJECT, 'dist', 'app.js')], {
        env: {
          PATH: process.env.PATH!,
          HOME: process.env.HOME ?? '/tmp',
          APP_ID: '1',
          PRIVATE_KEY,
          WEBHOOK_SECRET: SECRET,
          PORT: String(port),
          HOST: '127.0.0.1',
          GITHUB_API_URL: apiUrl,
          LOG_LEVEL: process.env.APP_LOG ?? 'fatal',
          LOG_FORMAT: 'json',
          // a delivery is answered when its work is done, however busy the machine (GitHub's 10 s is not ours to race)
          CONTRACT_GUARD_ANSWER_WITHIN_MS: '600000',
          // the fake needs no pacing of writes (a second each): the tests of rate limits turn it back on
          CONTRACT_GUARD_THROTTLE: 'off',
          ...env,
        } as NodeJS.ProcessEnv,
        stdio: ['ignore', options.capture ? 'pipe' : 'inherit', options.capture ? 'pipe' : 'inherit'],
      });
      child.stdout?.on('data', (c: Buffer) => (printed += c.toString()));
      child.stderr?.on('data', (c: Buffer) => (printed += c.toString()));
      return child;
    },
    (port) =>
      fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      ),
  );
  return { url: `http://127.0.0.1:${port}`, process: child, output: () => printed };
}

/** POST a signed delivery; the HTTP status. */
export async function deliver(
  appUrl: string,
  event: string,
  payload: unknown,
  options: { secret?: string; id?: string } = {},
): Promise<number> {
  const body = JSON.stringify(payload);
  const signature =
    'sha256=' +
    createHmac('sha256', options.secret ?? SECRET)
      .update(body)
      .digest('hex');
  // a connection of its own per delivery, as GitHub's are: a kept-alive socket the App closed while this busy process
  // was not looking would fail the next delivery ("other side closed") before the App ever saw it
  return new Promise<number>((resolve, reject) => {
    const req = request(`${appUrl}/api/github/webhooks`, {
      method: 'POST',
      agent: false,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'x-github-event': event,
        'x-github-delivery': options.id ?? randomUUID(),
        'x-hub-signature-256': signature,
      },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0)).on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A redis-server of our own on a free loopback port, without persistence. */
export async function startRedis(
  binary = process.env.REDIS_SERVER ?? '/usr/bin/redis-server',
): Promise<{ url: string; process: ChildProcess }> {
  const { port, child } = await onOwnPort(
    'redis-server',
    50,
    (port) => spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' }),
    async (port) => spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG',
  );
  return { url: `redis://127.0.0.1:${port}`, process: child };
}

/**
 * The fake GitHub serving one repository, acme/shop, over smart HTTP, with a frozen baseline on main and pull
 * requests made on demand, each with its own head that breaks a field.
 */
export class ShopWorld {
  readonly fake = new FakeGitHub();
  src = '';
  bare = '';

  /** `freeze: false`: a repository on its first day, with no freeze yet. */
  async start(options: { freeze?: boolean; config?: string; files?: Record<string, string> } = {}): Promise<void> {
    await this.fake.start();
    this.fake.gitRoot = tempDir('cg-gitroot-');
    this.fake.botLogin = 'contract-guard[bot]';
    this.fake.teams.set('acme/council', new Set(['dana']));
    const files = {
      'contracts/modules/shop/versions.yaml': 'current: 1.0.0\n',
      'contracts/modules/shop/api/openapi.yaml': shopSpec({ required: [] }),
      'contracts/CHANGELOG.md': '# log\n',
      '.github/contract-guard.yml': options.config ?? 'council: {teams: [acme/council]}\n',
      ...options.files,
    };
    this.src = options.freeze !== false ? gitRepoFrozen(files, '1.0.0', 'freeze') : gitRepo(files);
    mkdirSync(join(this.fake.gitRoot, 'acme'), { recursive: true });
    this.bare = join(this.fake.gitRoot, 'acme', 'shop.git');
    gitRun(this.fake.gitRoot, 'init', '--quiet', '--bare', '--initial-branch=main', this.bare);
    gitRun(this.bare, 'config', 'uploadpack.allowFilter', 'true');
    gitRun(this.bare, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    gitRun(this.src, 'push', '--quiet', this.bare, 'main');
  }

  /** A new head for pull request `n` (GitHub's view of the pull request moves to it). */
  pullRequest(n: number, variant = '', extra: Record<string, string> = {}): string {
    const { src, bare } = this;
    gitRun(src, 'checkout', '--quiet', '-B', `pr-${n}${variant}`, 'main');
    writeTree(src, {
      ...extra,
      'contracts/modules/shop/api/openapi.yaml': shopSpec({ name: false, required: [] }).replace(
        'title: shop',
        `title: shop ${n}${variant}`,
      ),
      'contracts/modules/shop/versions.yaml': 'current: 2.0.0\n',
    });
    commitAll(src, `pr ${n}${variant}`);
    const head = gitRun(src, 'rev-parse', 'HEAD').trim();
    gitRun(src, 'push', '--quiet', '--force', bare, `HEAD:refs/heads/pr-${n}${variant}`);
    gitRun(bare, 'update-ref', `refs/pull/${n}/head`, head);
    gitRun(src, 'checkout', '--quiet', 'main');
    this.fake.pullHeads.set(n, head);
    return head;
  }

  payload(n: number, head: string, action = 'synchronize'): Record<string, any> {
    const p = example('pull_request', 'opened');
    p.action = action;
    p.number = n;
    p.pull_request = {
      ...p.pull_request,
      number: n,
      base: { ...p.pull_request.base, ref: 'main' },
      head: { ...p.pull_request.head, sha: head },
    };
    p.repository = {
      ...p.repository,
      name: 'shop',
      full_name: 'acme/shop',
      owner: { login: 'acme', id: 1, type: 'Organization' },
      clone_url: `${this.fake.url}/git/acme/shop.git`,
      default_branch: 'main',
    };
    p.installation = { id: 42, node_id: 'x' };
    return p;
  }

  stickies(n: number) {
    return this.fake.comments.filter((c) => c.issue === n && c.body.includes('<!-- contract-guard:sticky -->'));
  }

  runsFor(sha: string) {
    return this.fake.checkRuns.filter((r) => r.head_sha === sha);
  }
}
