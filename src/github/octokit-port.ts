// The port over an Octokit instance. @actions/github's getOctokit and Probot's context.octokit both fit.
import type {
  CheckRunInput,
  CheckRunOutput,
  CommitPull,
  Comparison,
  Comment,
  FilesCommit,
  GitHubPort,
  NewReviewComments,
  OpenPull,
  Review,
  ReviewComment,
  TreeEntry,
} from './port.js';
import { overSizeLimit } from '../core/source/withheld.js';
import { LIMITS } from '../core/source/limits.js';
import { GIT_SYMLINK_MODE } from '../core/source/tree.js';
import { statusOf } from './port.js';
import { ambiguous } from './timeout.js';

/**
 * A create that may have been carried out although it failed (see `ambiguous`) is never repeated blind: it is tried
 * once, without the client's retries; after an ambiguous failure `lookup` finds what it made, else it is tried again.
 */
async function createOnce<T>(create: (extra: object) => Promise<T>, lookup: () => Promise<T | undefined>): Promise<T> {
  try {
    return await create({ request: { retries: 0 } });
  } catch (err) {
    if (!ambiguous(err)) throw err;
    return (await lookup()) ?? create({});
  }
}

/** The slice of Octokit we use (both clients provide it). */
export interface OctokitLike {
  request: (route: string, params?: Record<string, unknown>) => Promise<{ data: unknown; headers?: Record<string, unknown> }>;
  paginate: (route: string, params?: Record<string, unknown>) => Promise<unknown[]>;
}

export class OctokitPort implements GitHubPort {
  constructor(
    private readonly octokit: OctokitLike,
    private readonly owner: string,
    private readonly repo: string,
    /**
     * The App's id, when the client is the App: its check run is found among its own only. A pull request's workflow
     * can make a run of the same name; taken for ours, it would be updated (GitHub refuses: the check never concludes).
     */
    private readonly appId?: number,
  ) {}

  /** The App's login (`<slug>[bot]`), learnt from a comment GitHub records as its app's. */
  private ownLogin?: string;

  private get where() {
    return { owner: this.owner, repo: this.repo };
  }

  async listComments(pr: number): Promise<Comment[]> {
    const list = (await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...this.where,
      issue_number: pr,
      per_page: 100,
    })) as {
      id: number;
      body?: string;
      user?: { type?: string; login?: string } | null;
      performed_via_github_app?: { id?: number } | null;
    }[];
    // the App's own comments are those GitHub records as made by it: another bot (a workflow the pull request adds,
    // with the marker in its comment) was taken for the App, its comment edited and its text read back as ours. Where
    // GitHub names no app for a bot's comment, a bot's is taken, as before (whether it always names one is not known here)
    const ours = (c: (typeof list)[number]) =>
      this.appId !== undefined && c.performed_via_github_app?.id !== undefined
        ? c.performed_via_github_app.id === this.appId
        : isBot(c.user);
    // who the App comments as (`<slug>[bot]`): review comments name no app, only their author
    this.ownLogin ??= list.find((c) => this.appId !== undefined && c.performed_via_github_app?.id === this.appId)?.user?.login;
    return list.map((c) => ({ id: c.id, body: c.body ?? '', byBot: ours(c) }));
  }

  async createComment(pr: number, body: string): Promise<number> {
    const route = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
    return createOnce(
      async (extra) => {
        const { data } = await this.octokit.request(route, { ...this.where, issue_number: pr, body, ...extra });
        const made = data as { id: number; user?: { login?: string } | null };
        if (this.appId !== undefined) this.ownLogin ??= made.user?.login;
        return made.id;
      },
      async () => (await this.listComments(pr)).find((c) => c.byBot && c.body === body)?.id,
    );
  }

  async updateComment(id: number, body: string): Promise<void> {
    await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...this.where, comment_id: id, body });
  }

  async listCheckRuns(headSha: string, name: string): Promise<{ id: number; startedAt?: string }[]> {
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
      ...this.where,
      ref: headSha,
      check_name: name,
      per_page: 100,
      ...(this.appId !== undefined ? { app_id: this.appId } : {}),
    });
    const runs = (data as { check_runs?: { id: number; app?: { id?: number }; started_at?: string | null }[] }).check_runs ?? [];
    // newest first (ids grow): after a run whose conclusion could not change, its successor is the one to keep
    return runs
      .filter((r) => this.appId === undefined || r.app?.id === this.appId)
      .sort((a, b) => b.id - a.id)
      .map((r) => ({ id: r.id, ...(r.started_at ? { startedAt: r.started_at } : {}) }));
  }

  async createCheckRun(input: CheckRunInput): Promise<number> {
    const create = async (extra: object) => {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/check-runs', {
        ...this.where,
        name: input.name,
        head_sha: input.headSha,
        status: 'completed',
        conclusion: input.conclusion,
        output: input.output,
        ...extra,
      });
      return (data as { id: number }).id;
    };
    return createOnce(create, async () => {
      // carried out after all: it says what this one says (an older run that cannot say it is no such run)
      const [made] = await this.listCheckRuns(input.headSha, input.name);
      return made && (await this.updateCheckRun(made.id, input)) ? made.id : undefined;
    });
  }

  async updateCheckRun(id: number, input: Partial<CheckRunInput> & { output: CheckRunOutput }): Promise<boolean> {
    try {
      const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        ...this.where,
        check_run_id: id,
        ...(input.conclusion ? { status: 'completed', conclusion: input.conclusion } : {}),
        output: input.output,
      });
      // a completed run's conclusion may stay as it was, said or not: what GitHub answers is what it holds
      return !input.conclusion || (data as { conclusion?: string | null }).conclusion === input.conclusion;
    } catch (err) {
      const refused = statusOf(err) === 422 || (statusOf(err) === 403 && !/rate limit/i.test((err as Error).message));
      if (input.conclusion && refused) return false;
      throw err;
    }
  }

  async listReviews(pr: number): Promise<Review[]> {
    const list = (await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      ...this.where,
      pull_number: pr,
      per_page: 100,
    })) as {
      id: number;
      user?: { login?: string } | null;
      state: string;
      commit_id: string;
      submitted_at?: string | null;
    }[];
    return list.map((r) => ({
      id: r.id,
      user: r.user?.login ?? '',
      state: r.state,
      commitId: r.commit_id,
      ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}),
    }));
  }

  async isTeamMember(org: string, team: string, user: string): Promise<boolean> {
    try {
      const { data } = await this.octokit.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
        org,
        team_slug: team,
        username: user,
      });
      return (data as { state?: string }).state === 'active';
    } catch (err) {
      if (statusOf(err) === 404) return false;
      throw err;
    }
  }

  async pullsOfCommit(sha: string): Promise<CommitPull[]> {
    const list = (await this.octokit.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
      ...this.where,
      commit_sha: sha,
      per_page: 100,
    })) as { number: number; state?: string; labels?: { name?: string }[]; base?: { ref?: string }; head?: { sha?: string } }[];
    return list.map((p) => ({
      number: p.number,
      labels: (p.labels ?? []).map((l) => l.name ?? ''),
      ...(p.state ? { state: p.state } : {}),
      ...(p.base?.ref ? { baseRef: p.base.ref } : {}),
      ...(p.head?.sha ? { headSha: p.head.sha } : {}),
    }));
  }

  async openPulls(base?: string): Promise<OpenPull[]> {
    // one page, the most recently updated first: a push judges at most a hundred pull requests again
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/pulls', {
      ...this.where,
      state: 'open',
      ...(base ? { base } : {}),
      sort: 'updated',
      direction: 'desc',
      per_page: 100,
    });
    const list = data as {
      number: number;
      base: { ref: string };
      head: { sha: string; ref?: string; repo?: { html_url?: string } | null };
    }[];
    return list.map((p) => ({
      number: p.number,
      baseRef: p.base.ref,
      headSha: p.head.sha,
      ...(p.head.repo?.html_url && p.head.ref ? { head: { url: p.head.repo.html_url, ref: p.head.ref } } : {}),
    }));
  }

  private issueEvents(pr: number) {
    return this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
      ...this.where,
      issue_number: pr,
      per_page: 100,
    }) as Promise<{ event: string; label?: { name?: string }; actor?: { login?: string } | null; created_at?: string }[]>;
  }

  async baseChangedAt(pr: number): Promise<string | undefined> {
    const changes = (await this.issueEvents(pr)).filter((e) => e.event === 'base_ref_changed');
    return changes.at(-1)?.created_at ?? (changes.length ? new Date().toISOString() : undefined);
  }

  async labelAddedBy(pr: number, label: string): Promise<{ by: string; at?: string } | undefined> {
    const events = await this.issueEvents(pr);
    let added: { by: string; at?: string } | undefined;
    for (const e of events) {
      if (e.label?.name !== label) continue;
      if (e.event === 'labeled' && e.actor?.login) added = { by: e.actor.login, ...(e.created_at ? { at: e.created_at } : {}) };
      else if (e.event === 'unlabeled') added = undefined;
    }
    return added;
  }

  async listReviewComments(pr: number): Promise<ReviewComment[]> {
    const list = (await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
      ...this.where,
      pull_number: pr,
      per_page: 100,
    })) as { id: number; path: string; line?: number | null; body?: string; user?: { type?: string; login?: string } | null }[];
    return list.map((c) => ({
      id: c.id,
      path: c.path,
      ...(c.line ? { line: c.line } : {}),
      body: c.body ?? '',
      // the App's own, once it knows who it comments as (from its sticky comment): another bot's note holding our
      // marker was taken for ours, edited or deleted
      byBot: this.ownLogin !== undefined ? c.user?.login === this.ownLogin : isBot(c.user),
    }));
  }

  async createReviewComments(pr: number, review: NewReviewComments): Promise<void> {
    // one review carrying every comment: one request, one notification (GitHub throttles content creation per request)
    const create = async (extra: object) => {
      await this.octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        ...this.where,
        pull_number: pr,
        commit_id: review.commitId,
        event: 'COMMENT',
        body: review.body,
        comments: review.comments.map((c) => ({ path: c.path, line: c.line, side: 'RIGHT', body: c.body })),
        ...extra,
      });
      return true;
    };
    await createOnce(create, async () => {
      const bodies = new Set((await this.listReviewComments(pr)).filter((c) => c.byBot).map((c) => c.body));
      return review.comments.every((c) => bodies.has(c.body)) || undefined;
    });
  }

  async updateReviewComment(id: number, body: string): Promise<void> {
    await this.octokit.request('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}', { ...this.where, comment_id: id, body });
  }

  async deleteReviewComment(id: number): Promise<void> {
    try {
      await this.octokit.request('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', { ...this.where, comment_id: id });
    } catch (err) {
      if (statusOf(err) !== 404) throw err; // gone already
    }
  }

  async resolveRef(ref: string): Promise<string> {
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...this.where, ref });
    return (data as { sha: string }).sha;
  }

  async readTree(ref: string): Promise<TreeEntry[]> {
    const data = await this.json('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { tree_sha: ref, recursive: '1' });
    const { tree, truncated } = data as {
      tree: { path: string; mode?: string; type: string; sha: string; size?: number }[];
      truncated?: boolean;
    };
    if (truncated) throw new Error(`the tree at ${ref} is too large for one listing (GitHub truncated it)`);
    // symbolic links are not read (their blob is the path they point to), as in a checkout (fs-tree.ts)
    return tree
      .filter((e) => e.type === 'blob' && e.mode !== GIT_SYMLINK_MODE)
      .map((e) => ({ path: e.path, sha: e.sha, size: e.size ?? 0 }));
  }

  async readBlob(sha: string): Promise<Uint8Array> {
    return (await this.raw('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { file_sha: sha })).bytes;
  }

  /**
   * A large JSON answer (a recursive tree listing, a compare with its patches: megabytes on a big repository) parsed
   * natively: octokit's parser (json-with-bigint, for ids past 2^53, which these answers do not need) takes ~0.1 s per
   * MB, ~12 times JSON.parse, and runs out of stack past ~10 MB.
   */
  private async json(route: string, params: Record<string, unknown>): Promise<unknown> {
    const { data } = await this.octokit.request(route, { ...this.where, ...params, request: { parseSuccessResponseBody: false } });
    return JSON.parse(await new Response(data as ReadableStream<Uint8Array> | null).text());
  }

  /**
   * A file's bytes as GitHub sends them raw, never as JSON: octokit parses JSON ~0.1 s per MB and gives up past
   * ~10 MB (out of stack), so a large contract or freeze could not be read through the API at all.
   */
  private async raw(route: string, params: Record<string, unknown>): Promise<{ bytes: Uint8Array; json: boolean }> {
    const { data, headers } = await this.octokit.request(route, {
      ...this.where,
      ...params,
      headers: { accept: 'application/vnd.github.raw+json' },
      request: { parseSuccessResponseBody: false },
    });
    const body = new Response(data as ReadableStream<Uint8Array> | null);
    const name = String(params.path ?? params.file_sha);
    const size = Number(headers?.['content-length']);
    if (size > LIMITS.maxFileBytes) {
      await body.body?.cancel();
      throw overSizeLimit(name, size);
    }
    const bytes = new Uint8Array(await body.arrayBuffer());
    // a compressed answer's length says less than it holds
    if (bytes.length > LIMITS.maxFileBytes) throw overSizeLimit(name, bytes.length);
    return { bytes, json: /^application\/json\b/.test(String(headers?.['content-type'] ?? '')) };
  }

  async readFile(ref: string, path: string): Promise<Uint8Array | undefined> {
    try {
      // a folder has no raw form: GitHub lists it as JSON
      const { bytes, json } = await this.raw('GET /repos/{owner}/{repo}/contents/{path}', { path, ref });
      return json ? undefined : bytes;
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  async comparison(base: string, head: string): Promise<Comparison> {
    const data = await this.json('GET /repos/{owner}/{repo}/compare/{basehead}', { basehead: `${base}...${head}` });
    const found = data as { base_commit?: { sha?: string }; merge_base_commit?: { sha?: string } };
    const [tip, mergeBase] = [found.base_commit?.sha, found.merge_base_commit?.sha];
    if (!tip || !mergeBase) throw new Error(`the compare of ${base}...${head} named no base or merge-base commit`);
    return { base: tip, mergeBase };
  }

  async pullHead(pr: number): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...this.where, pull_number: pr });
      return (data as { head?: { sha?: string } }).head?.sha;
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  async compareFiles(base: string, head: string): Promise<{ path: string; patch?: string }[]> {
    // GitHub lists at most 300 files here: lines beyond them get no review comment, only the check run's annotations
    const data = await this.json('GET /repos/{owner}/{repo}/compare/{basehead}', { basehead: `${base}...${head}` });
    const files = (data as { files?: { filename: string; patch?: string }[] }).files ?? [];
    return files.map((f) => ({ path: f.filename, ...(f.patch ? { patch: f.patch } : {}) }));
  }

  async listTags(prefix: string): Promise<string[]> {
    const list = (await this.octokit.paginate('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
      ...this.where,
      ref: `tags/${prefix}`,
      per_page: 100,
    })) as { ref: string }[];
    return list.map((r) => r.ref.replace(/^refs\/tags\//, ''));
  }

  async createTag(name: string, sha: string): Promise<boolean> {
    try {
      await this.octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...this.where, ref: `refs/tags/${name}`, sha });
      return true;
    } catch (err) {
      if (statusOf(err) === 422) return false; // the tag exists already
      throw err;
    }
  }

  async commitFiles(commit: FilesCommit): Promise<string | undefined> {
    const { data: parent } = await this.octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
      ...this.where,
      commit_sha: commit.parent,
    });
    const { data: tree } = await this.octokit.request('POST /repos/{owner}/{repo}/git/trees', {
      ...this.where,
      base_tree: (parent as { tree: { sha: string } }).tree.sha,
      tree: commit.files.map((f) => ({ path: f.path, mode: '100644', type: 'blob', content: f.content })),
    });
    const { data: created } = await this.octokit.request('POST /repos/{owner}/{repo}/git/commits', {
      ...this.where,
      message: commit.message,
      tree: (tree as { sha: string }).sha,
      parents: [commit.parent],
    });
    const sha = (created as { sha: string }).sha;
    try {
      await this.octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        ...this.where,
        ref: `heads/${commit.branch}`,
        sha,
        force: false,
      });
    } catch (err) {
      if (statusOf(err) === 422) return undefined; // not a fast-forward: the branch moved on
      throw err;
    }
    return sha;
  }
}

/** A comment's author is a bot (an app's `<slug>[bot]`, GitHub Actions' github-actions[bot]). */
function isBot(user: { type?: string; login?: string } | null | undefined): boolean {
  return user?.type === 'Bot' || /\[bot\]$/.test(user?.login ?? '');
}
