// A fake GitHub REST server on 127.0.0.1: only the endpoints contract-guard calls, state in memory, faults on
// demand, and git over smart HTTP through `git http-backend` so the App really clones.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Fault {
  method?: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** how many matching requests fail (default 1) */
  times?: number;
  /** never answer (a request in flight when its client dies) */
  hang?: boolean;
  /** carry the request out, then answer with `status` anyway (a write GitHub did, behind a gateway error) */
  carriedOut?: boolean;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
  /** The app that made it, as GitHub records it (none for a person's comment). */
  performed_via_github_app?: { id: number; slug: string };
}

export interface StoredCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  output: { title?: string; summary?: string };
  annotations: { path: string; start_line: number; annotation_level: string; message: string }[];
  /** When it was created (ms since the epoch): load measurements time deliveries to it. */
  createdAt: number;
  /** As GitHub gives it: when it started (its creation, here). */
  started_at: string;
  /** The app that made it: only that app may change it. */
  app: { id: number; slug: string };
}

export class FakeGitHub {
  private server?: Server;
  url = '';
  comments: StoredComment[] = [];
  /** pull requests a commit belongs to, as `GET commits/{sha}/pulls` lists them */
  commitPulls = new Map<
    string,
    { number: number; labels: { name: string }[]; state?: string; base?: { ref: string }; head?: { sha: string; ref?: string } }[]
  >();
  /** issue events per pull request (label added/removed, by whom, when: stamped when first read if a test left it out) */
  issueEvents = new Map<number, { event: string; label?: { name: string }; actor: { login: string }; created_at?: string }[]>();
  reviewComments: {
    id: number;
    pr: number;
    path: string;
    line: number;
    commit_id: string;
    body: string;
    user: { login: string; type: string };
  }[] = [];
  checkRuns: StoredCheckRun[] = [];
  /** A completed check run's conclusion cannot change: `refuse` answers 422, `keep` answers 200 and keeps it. */
  finalConclusions?: 'refuse' | 'keep';
  /** The app every write comes from (the App under test runs as APP_ID 1). */
  app = { id: 1, slug: 'contract-guard' };
  reviews = new Map<number, { id: number; user: { login: string }; state: string; commit_id: string; submitted_at?: string }[]>();
  teams = new Map<string, Set<string>>();
  requests: { method: string; path: string; body?: unknown }[] = [];
  /** Bytes of git's answers served (packs and advertisements), from the start. */
  gitBytes = 0;
  faults: Fault[] = [];
  /** comments page size, small in tests so paging is exercised */
  pageSize = 100;
  /** bare repositories served at /git/<owner>/<repo>.git */
  gitRoot?: string;
  /** The repository's pull requests as `GET pulls` lists them (filtered by its `state` and `base`). */
  pulls: { number: number; state: string; base: { ref: string }; head: { sha: string; ref?: string } }[] = [];
  /** Pull request number → its head commit now (GET …/pulls/{n}); unknown pull requests answer 404. */
  pullHeads = new Map<number, string>();
  botLogin = 'github-actions[bot]';
  tokens: string[] = [];
  private nextId = 1000;
  private inFlight = 0;
  maxInFlight = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    // idle connections are closed by the client first, as with GitHub: a server closing one as the client reuses it
    // (both at ~5 s, after a pause in a test on a busy machine) would reset a request that did nothing wrong
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  inject(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  addReview(pr: number, user: string, state: string, commitId: string, submittedAt = new Date().toISOString()): number {
    const id = this.nextId++;
    const review = { id, user: { login: user }, state, commit_id: commitId, submitted_at: submittedAt };
    this.reviews.set(pr, [...(this.reviews.get(pr) ?? []), review]);
    return id;
  }

  dismissReview(pr: number, id: number): void {
    const r = this.reviews.get(pr)?.find((x) => x.id === id);
    if (r) r.state = 'DISMISSED';
  }

  count(method: string, path: RegExp): number {
    return this.requests.filter((r) => r.method === method && path.test(r.path)).length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const path = url.pathname;
    if (path.startsWith('/git/')) return this.git(req, res, url);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const raw = await readBody(req);
      const body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
      this.requests.push({ method: req.method!, path, body });
      const fault = this.faults.find((f) => (!f.method || f.method === req.method) && f.path.test(path) && (f.times ?? 1) > 0);
      if (fault) {
        fault.times = (fault.times ?? 1) - 1;
        if (fault.hang) return;
        if (fault.carriedOut) this.route(req.method!, path, url, body, discard(), String(req.headers.accept ?? ''));
        return send(res, fault.status, fault.body ?? { message: `injected ${fault.status}` }, fault.headers);
      }
      await new Promise((r) => setTimeout(r, 2)); // let overlapping requests show in maxInFlight
      this.route(req.method!, path, url, body, res, String(req.headers.accept ?? ''));
    } catch (err) {
      // the fake's own failure answers at once, naming itself, rather than leaving the client waiting
      if (!res.headersSent) send(res, 500, { message: `fake GitHub failed: ${(err as Error).message}` });
    } finally {
      this.inFlight--;
    }
  }

  private bare(owner: string, repo: string): string | undefined {
    const dir = this.gitRoot && join(this.gitRoot, owner, `${repo}.git`);
    return dir && existsSync(dir) ? dir : undefined;
  }

  private route(
    method: string,
    path: string,
    url: URL,
    body: Record<string, unknown> | undefined,
    res: ServerResponse,
    accept: string,
  ): void {
    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(path))) {
      const dir = this.bare(m[1]!, m[2]!);
      const object = `${url.searchParams.get('ref') ?? 'HEAD'}:${decodeURIComponent(m[3]!)}`;
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
      let sha: string;
      try {
        if (!dir) throw new Error('no repository');
        sha = git('rev-parse', '--verify', object).toString().trim();
      } catch {
        return send(res, 404, { message: 'Not Found' });
      }
      // a folder is listed as JSON, whatever the client accepts (it has no raw form)
      if (git('cat-file', '-t', sha).toString().trim() === 'tree') {
        const names = git('ls-tree', '--name-only', sha).toString().split('\n').filter(Boolean);
        return send(
          res,
          200,
          names.map((name) => ({ type: 'file', name, path: `${m![3]}/${name}` })),
        );
      }
      const content = git('cat-file', 'blob', sha);
      if (accept.includes('raw')) return sendRaw(res, content);
      // as GitHub does: past 1 MB the object form leaves the content out (the raw form or the blob API carry it)
      const size = content.length;
      if (size > 1024 * 1024) return send(res, 200, { type: 'file', encoding: 'none', content: '', size, sha, path: m[3] });
      return send(res, 200, { type: 'file', encoding: 'base64', content: content.toString('base64'), size, sha, path: m[3] });
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/git\/trees\/(.+)$/.exec(path))) {
      const dir = this.bare(m[1]!, m[2]!);
      if (!dir) return send(res, 404, { message: 'Not Found' });
      const listing = execFileSync('git', ['ls-tree', '-r', '-l', decodeURIComponent(m[3]!)], { cwd: dir, encoding: 'utf8' });
      const tree = listing
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [meta, file] = line.split('\t') as [string, string];
          const [mode, type, sha, size] = meta.split(/\s+/) as [string, string, string, string];
          return { path: file, mode, type, sha, size: Number(size) };
        });
      return send(res, 200, { sha: m[3], truncated: false, tree });
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/git\/blobs\/([0-9a-f]+)$/.exec(path))) {
      const dir = this.bare(m[1]!, m[2]!);
      if (!dir) return send(res, 404, { message: 'Not Found' });
      const content = execFileSync('git', ['cat-file', 'blob', m[3]!], { cwd: dir, maxBuffer: 1 << 28 });
      if (accept.includes('raw')) return sendRaw(res, content);
      return send(res, 200, { sha: m[3], size: content.length, encoding: 'base64', content: content.toString('base64') });
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)$/.exec(path))) {
      const sha = this.revParse(m[1]!, m[2]!, decodeURIComponent(m[3]!));
      return sha ? send(res, 200, { sha }) : send(res, 404, { message: 'No commit found for SHA' });
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/git\/commits\/([0-9a-f]+)$/.exec(path))) {
      const dir = this.bare(m[1]!, m[2]!);
      const tree = dir && this.revParse(m[1]!, m[2]!, `${m[3]}^{tree}`);
      return tree ? send(res, 200, { sha: m[3], tree: { sha: tree } }) : send(res, 404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/compare\/(.+)\.\.\.(.+)$/.exec(path))) {
      const dir = this.bare(m[1]!, m[2]!);
      if (!dir) return send(res, 404, { message: 'Not Found' });
      try {
        const base = execFileSync('git', ['merge-base', decodeURIComponent(m[3]!), decodeURIComponent(m[4]!)], {
          cwd: dir,
          encoding: 'utf8',
        });
        // GitHub's three-dot compare: the files changed from the merge-base, each with its patch
        const diff = execFileSync('git', ['diff', '--unified=3', '--no-renames', base.trim(), decodeURIComponent(m[4]!)], {
          cwd: dir,
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        });
        const files = diff
          .split(/^diff --git /m)
          .slice(1)
          .map((part) => {
            const added = /^\+\+\+ (?:b\/)?(.+)$/m.exec(part)?.[1];
            const name = added && added !== '/dev/null' ? added : (/^--- (?:a\/)?(.+)$/m.exec(part)?.[1] ?? '');
            const at = part.indexOf('\n@@');
            const patch = at >= 0 ? part.slice(at + 1).replace(/\n$/, '') : '';
            // like GitHub, no patch for a file whose diff is too large to show
            return { filename: name, status: 'modified', ...(patch && patch.length <= 1024 * 1024 ? { patch } : {}) };
          });
        const baseCommit = this.revParse(m[1]!, m[2]!, decodeURIComponent(m[3]!));
        return send(res, 200, {
          base_commit: { sha: baseCommit },
          merge_base_commit: { sha: base.trim() },
          files: files.slice(0, 300),
        });
      } catch {
        return send(res, 404, { message: 'Not Found' });
      }
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/git\/matching-refs\/(.+)$/.exec(path))) {
      const dir = this.bare(m[1]!, m[2]!);
      if (!dir) return send(res, 404, { message: 'Not Found' });
      const prefix = `refs/${decodeURIComponent(m[3]!)}`;
      const refs = execFileSync('git', ['for-each-ref', '--format=%(refname) %(objectname)', 'refs/'], { cwd: dir, encoding: 'utf8' })
        .split('\n')
        .filter((l) => l.startsWith(prefix))
        .map((l) => ({ ref: l.split(' ')[0], object: { sha: l.split(' ')[1], type: 'commit' } }));
      return this.page(res, url, refs, Number(url.searchParams.get('per_page') ?? 100));
    }
    if (method === 'POST' && (m = /^\/repos\/([^/]+)\/([^/]+)\/git\/trees$/.exec(path))) {
      const dir = this.bare(m[1]!, m[2]!);
      if (!dir) return send(res, 404, { message: 'Not Found' });
      const index = join(dir, `index-${this.nextId++}`);
      const env = { ...process.env, GIT_INDEX_FILE: index };
      execFileSync('git', ['read-tree', String(body?.base_tree)], { cwd: dir, env });
      for (const entry of (body?.tree ?? []) as { path: string; mode: string; content: string }[]) {
        const sha = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: entry.content, encoding: 'utf8' }).trim();
        execFileSync('git', ['update-index', '--add', '--cacheinfo', `${entry.mode},${sha},${entry.path}`], { cwd: dir, env });
      }
      const sha = execFileSync('git', ['write-tree'], { cwd: dir, env, encoding: 'utf8' }).trim();
      return send(res, 201, { sha });
    }
    if (method === 'POST' && (m = /^\/repos\/([^/]+)\/([^/]+)\/git\/commits$/.exec(path))) {
      const dir = this.bare(m[1]!, m[2]!);
      if (!dir) return send(res, 404, { message: 'Not Found' });
      const parents = ((body?.parents ?? []) as string[]).flatMap((p) => ['-p', p]);
      const env = {
        ...process.env,
        GIT_AUTHOR_NAME: 'app',
        GIT_AUTHOR_EMAIL: 'app@example.invalid',
        GIT_COMMITTER_NAME: 'app',
        GIT_COMMITTER_EMAIL: 'app@example.invalid',
      };
      const sha = execFileSync('git', ['commit-tree', String(body?.tree), ...parents, '-m', String(body?.message)], {
        cwd: dir,
        env,
        encoding: 'utf8',
      }).trim();
      return send(res, 201, { sha });
    }
    if (method === 'PATCH' && (m = /^\/repos\/([^/]+)\/([^/]+)\/git\/refs\/(.+)$/.exec(path))) {
      const dir = this.bare(m[1]!, m[2]!);
      if (!dir) return send(res, 404, { message: 'Not Found' });
      const ref = `refs/${decodeURIComponent(m[3]!)}`;
      const old = execFileSync('git', ['rev-parse', ref], { cwd: dir, encoding: 'utf8' }).trim();
      try {
        if (!body?.force) execFileSync('git', ['merge-base', '--is-ancestor', old, String(body?.sha)], { cwd: dir });
      } catch {
        return send(res, 422, { message: 'Update is not a fast forward' });
      }
      execFileSync('git', ['update-ref', ref, String(body?.sha)], { cwd: dir });
      return send(res, 200, { ref, object: { sha: body?.sha } });
    }
    if (method === 'POST' && (m = /^\/repos\/([^/]+)\/([^/]+)\/git\/refs$/.exec(path))) {
      const dir = this.bare(m[1]!, m[2]!);
      if (!dir) return send(res, 404, { message: 'Not Found' });
      try {
        execFileSync('git', ['rev-parse', '--verify', '--quiet', String(body?.ref)], { cwd: dir, stdio: 'ignore' });
        return send(res, 422, { message: 'Reference already exists' });
      } catch {
        execFileSync('git', ['update-ref', String(body?.ref), String(body?.sha)], { cwd: dir });
        return send(res, 201, { ref: body?.ref, object: { sha: body?.sha, type: 'commit' } });
      }
    }
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/pulls$/.exec(path))) {
      return send(res, 200, this.commitPulls.get(m[1]!) ?? []);
    }
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/events$/.exec(path))) {
      const events = this.issueEvents.get(Number(m[1])) ?? [];
      for (const e of events) e.created_at ??= new Date().toISOString();
      return this.page(res, url, events, Number(url.searchParams.get('per_page') ?? 30));
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls$/.test(path)) {
      const state = url.searchParams.get('state') ?? 'open';
      const base = url.searchParams.get('base');
      const listed = this.pulls.filter((p) => (state === 'all' || p.state === state) && (!base || p.base.ref === base));
      return this.page(res, url, listed, Number(url.searchParams.get('per_page') ?? 30));
    }
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(path))) {
      const head = this.pullHeads.get(Number(m[1]));
      return head ? send(res, 200, { number: Number(m[1]), state: 'open', head: { sha: head } }) : send(res, 404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/comments$/.exec(path))) {
      const pr = Number(m[1]);
      return this.page(
        res,
        url,
        this.reviewComments.filter((c) => c.pr === pr),
        Number(url.searchParams.get('per_page') ?? 30),
      );
    }
    if (method === 'POST' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/.exec(path))) {
      // a review: its comments land on the pull request's lines; a COMMENT review needs a body, as on GitHub
      const pr = Number(m[1]);
      const comments = (body?.comments ?? []) as { path?: unknown; line?: unknown; body?: unknown }[];
      if (typeof body?.commit_id !== 'string' || (body?.event === 'COMMENT' && !body?.body))
        return send(res, 422, { message: 'commit_id is required, and a body for a COMMENT review' });
      if (comments.some((c) => typeof c.line !== 'number' || typeof c.path !== 'string'))
        return send(res, 422, { message: 'each comment needs a path and a line' });
      const id = this.nextId++;
      for (const c of comments)
        this.reviewComments.push({
          id: this.nextId++,
          pr,
          path: c.path as string,
          line: c.line as number,
          commit_id: body.commit_id,
          body: String(c.body),
          user: { login: this.botLogin, type: 'Bot' },
        });
      const review = { id, user: { login: this.botLogin }, state: 'COMMENTED', commit_id: body.commit_id };
      this.reviews.set(pr, [...(this.reviews.get(pr) ?? []), review]);
      return send(res, 200, review);
    }
    if (method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/.exec(path))) {
      const c = this.reviewComments.find((x) => x.id === Number(m![1]));
      if (!c) return send(res, 404, { message: 'Not Found' });
      c.body = String(body?.body);
      return send(res, 200, c);
    }
    if (method === 'DELETE' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/.exec(path))) {
      const before = this.reviewComments.length;
      this.reviewComments = this.reviewComments.filter((x) => x.id !== Number(m![1]));
      if (before === this.reviewComments.length) return send(res, 404, { message: 'Not Found' });
      res.writeHead(204);
      res.end();
      return;
    }
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const all = this.comments.filter((c) => c.issue === Number(m![1]));
      return this.page(res, url, all, Math.min(this.pageSize, Number(url.searchParams.get('per_page') ?? 30)));
    }
    if (method === 'POST' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      // as GitHub records a comment an app makes
      const c = {
        id: this.nextId++,
        issue: Number(m[1]),
        body: String(body?.body),
        user: { login: this.botLogin, type: 'Bot' },
        performed_via_github_app: this.app,
      };
      this.comments.push(c);
      return send(res, 201, c);
    }
    if (method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path))) {
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c) return send(res, 404, { message: 'Not Found' });
      if (String(body?.body).length > 65536)
        return send(res, 422, { message: 'Validation Failed', errors: [{ field: 'body', code: 'too_long' }] });
      c.body = String(body?.body);
      return send(res, 200, c);
    }
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/check-runs$/.exec(path))) {
      const [name, app] = [url.searchParams.get('check_name'), url.searchParams.get('app_id')];
      const runs = this.checkRuns.filter((r) => r.head_sha === m![1] && (!name || r.name === name) && (!app || r.app.id === Number(app)));
      return send(res, 200, { total_count: runs.length, check_runs: runs.map(({ annotations: _a, ...r }) => r) });
    }
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(path)) {
      const output = (body?.output ?? {}) as { title?: string; summary?: string; annotations?: StoredCheckRun['annotations'] };
      if ((output.annotations?.length ?? 0) > 50) return send(res, 422, { message: 'at most 50 annotations per request' });
      const run: StoredCheckRun = {
        id: this.nextId++,
        name: String(body?.name),
        head_sha: String(body?.head_sha),
        status: String(body?.status ?? 'queued'),
        conclusion: body?.conclusion as string | undefined,
        output: { title: output.title, summary: output.summary },
        annotations: [...(output.annotations ?? [])],
        createdAt: Date.now(),
        started_at: new Date().toISOString(),
        app: this.app,
      };
      this.checkRuns.push(run);
      return send(res, 201, run);
    }
    if (method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(path))) {
      const run = this.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return send(res, 404, { message: 'Not Found' });
      // as GitHub: an app changes its own check runs only
      if (run.app.id !== this.app.id) return send(res, 403, { message: 'Resource not accessible by integration' });
      const output = (body?.output ?? {}) as { title?: string; summary?: string; annotations?: StoredCheckRun['annotations'] };
      if ((output.annotations?.length ?? 0) > 50) return send(res, 422, { message: 'at most 50 annotations per request' });
      // what the sources say of real GitHub, on demand: a completed run's conclusion is final (refused, or kept silently)
      const changes = run.status === 'completed' && !!body?.conclusion && body.conclusion !== run.conclusion;
      if (changes && this.finalConclusions === 'refuse') return send(res, 422, { message: 'the check run is already completed' });
      if (!(changes && this.finalConclusions === 'keep')) {
        if (body?.conclusion) run.conclusion = String(body.conclusion);
        if (body?.status) run.status = String(body.status);
      }
      run.output = { title: output.title ?? run.output.title, summary: output.summary ?? run.output.summary };
      run.annotations.push(...(output.annotations ?? []));
      return send(res, 200, run);
    }
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/.exec(path))) {
      return this.page(res, url, this.reviews.get(Number(m[1])) ?? [], Number(url.searchParams.get('per_page') ?? 30));
    }
    if (method === 'GET' && (m = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(path))) {
      const members = this.teams.get(`${m[1]}/${m[2]}`);
      return members?.has(m[3]!) ? send(res, 200, { state: 'active', role: 'member' }) : send(res, 404, { message: 'Not Found' });
    }
    if (method === 'POST' && (m = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path))) {
      const token = `ghs_fake${this.nextId++}`;
      this.tokens.push(token);
      return send(res, 201, { token, expires_at: new Date(Date.now() + 3600_000).toISOString(), permissions: {} });
    }
    return send(res, 404, { message: `fake GitHub does not implement ${method} ${path}` });
  }

  private revParse(owner: string, repo: string, ref: string): string | undefined {
    const dir = this.bare(owner, repo);
    if (!dir) return undefined;
    try {
      return execFileSync('git', ['rev-parse', '--verify', '--quiet', ref], { cwd: dir, encoding: 'utf8' }).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  private page(res: ServerResponse, url: URL, all: unknown[], perPage: number): void {
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < all.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    send(res, 200, slice, headers);
  }

  /** Smart HTTP through git http-backend (CGI). */
  private async git(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const input = await readBody(req);
    this.requests.push({ method: req.method!, path: url.pathname });
    const child = spawn('git', ['http-backend'], {
      env: {
        ...process.env,
        GIT_PROJECT_ROOT: this.gitRoot!,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: url.pathname.slice('/git'.length),
        REQUEST_METHOD: req.method!,
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        CONTENT_LENGTH: String(input.length),
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        REMOTE_ADDR: '127.0.0.1',
      },
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    // http-backend may exit before reading all of a request it refuses: a closed pipe is its answer, not our failure
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    await new Promise((resolve) => child.on('close', resolve));
    const out = Buffer.concat(chunks);
    const split = out.indexOf('\r\n\r\n');
    const head = out.subarray(0, split).toString();
    let status = 200;
    for (const line of head.split('\r\n')) {
      const [k, ...v] = line.split(':');
      if (!k) continue;
      if (k.toLowerCase() === 'status') status = Number(v.join(':').trim().split(' ')[0]);
      else res.setHeader(k, v.join(':').trim());
    }
    res.statusCode = status;
    this.gitBytes += out.length - split - 4;
    res.end(out.subarray(split + 4));
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A response nobody reads: what a request carried out behind a failing gateway wrote. */
function discard(): ServerResponse {
  return { writeHead: () => undefined, setHeader: () => undefined, end: () => undefined, write: () => true } as unknown as ServerResponse;
}

/** A file's bytes, as GitHub answers the raw media type. */
function sendRaw(res: ServerResponse, content: Buffer): void {
  res.writeHead(200, { 'content-type': 'application/vnd.github.raw; charset=utf-8', 'content-length': content.length });
  res.end(content);
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
