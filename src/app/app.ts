// The GitHub App on Probot: the same judgement as the Action, for every repository of an installation.
import { dump } from 'js-yaml';
import type { Context, Probot } from 'probot';
import { GitSource } from '../adapters/git-source.js';
import { CONFIG_PATH, parseConfig } from '../core/policy/config.js';
import { OctokitPort } from '../github/octokit-port.js';
import { RestSource } from '../github/rest-source.js';
import { afterPush } from '../services/freeze-on-merge.js';
import { judgePullRequest, type PullRequest } from '../services/pull-request.js';
import { CloneError, withClone } from './clone.js';

const CHECK_NAME = 'contract-guard';
type PrContext = Context<'pull_request' | 'pull_request_review'>;

/** One judgement at a time per pull request in this process: redeliveries and quick pushes queue up. */
const queues = new Map<string, Promise<unknown>>();
function serialized<T>(key: string, job: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(job);
  queues.set(key, next);
  void next.finally(() => queues.get(key) === next && queues.delete(key)).catch(() => undefined);
  return next;
}

/** The policy from the default branch (Probot reads it there, with `_extends` from the org's .github repo). */
async function configText(context: Context): Promise<string | undefined> {
  const config = (await context.config('contract-guard.yml')) as Record<string, unknown> | null;
  if (!config) return undefined;
  const { _extends: _e, ...rest } = config;
  return dump(rest);
}

/** A token for git over HTTPS, asked for with the App's JWT (the installation client's auth ignores GHES base URLs). */
async function installationToken(app: Probot, context: Context): Promise<string> {
  const installationId = (context.payload as { installation?: { id: number } }).installation?.id;
  if (!installationId) throw new Error('the event carries no installation');
  const appOctokit = await app.auth();
  const { data } = await appOctokit.request('POST /app/installations/{installation_id}/access_tokens', { installation_id: installationId });
  return (data as { token: string }).token;
}

type PrRef = PullRequest;

const prRef = (pr: { number: number; base: { ref: string }; head: { sha: string; ref: string; repo: { html_url: string } | null } }) => ({
  number: pr.number,
  baseRef: pr.base.ref,
  headSha: pr.head.sha,
  ...(pr.head.repo ? { head: { url: pr.head.repo.html_url, ref: pr.head.ref } } : {}),
});

async function judge(app: Probot, context: Context, pr: PrRef, cloneUrl: string): Promise<void> {
  const { owner, repo } = context.repo();
  await serialized(`${owner}/${repo}#${pr.number}`, async () => {
    const token = await installationToken(app, context);
    const text = await configText(context);
    if (text !== undefined) parseConfig(CONFIG_PATH, text); // a bad org or repo config fails loudly, with its key
    const refspecs = [
      `+refs/heads/${pr.baseRef}:refs/remotes/origin/${pr.baseRef}`,
      `+refs/pull/${pr.number}/head:refs/remotes/pull/${pr.number}`,
    ];
    const port = new OctokitPort(context.octokit as never, owner, repo);
    const common = {
      pr,
      port,
      checkName: CHECK_NAME,
      comment: true,
      configText: text ?? '',
      log: (line: string) => context.log.info(line),
    };
    let judged;
    try {
      judged = await withClone(cloneUrl, token, refspecs, (dir) => judgePullRequest({ cwd: dir, ...common }));
    } catch (err) {
      if (!(err instanceof CloneError)) throw err;
      // cloning is impossible (no git, git host unreachable): read the same trees through the API, and say so
      context.log.warn(`${owner}/${repo}: ${err.message}; falling back to the contents API`);
      const warning = `the repository could not be cloned (${err.message}): contracts were read through the contents API`;
      judged = await judgePullRequest({ ...common, source: new RestSource(port), warnings: [warning] });
    }
    context.log.info(`${owner}/${repo}#${pr.number} @ ${pr.headSha.slice(0, 7)}: ${judged.conclusion}, comment ${judged.comment}`);
  });
}

export function contractGuardApp(app: Probot): void {
  const prEvents = [
    'pull_request.opened',
    'pull_request.synchronize',
    'pull_request.reopened',
    'pull_request.edited',
    // the hotfix label turns the check green (or back) when a council member adds (or anyone removes) it
    'pull_request.labeled',
    'pull_request.unlabeled',
  ] as const;
  app.on([...prEvents], async (context) => {
    const { pull_request: pr, repository } = context.payload;
    if (context.payload.action === 'edited' && !(context.payload as { changes?: { base?: unknown } }).changes?.base) return;
    await judge(app, context, prRef(pr), repository.clone_url);
  });

  app.on(['pull_request_review.submitted', 'pull_request_review.dismissed'], async (context: PrContext) => {
    const { pull_request: pr, repository } = context.payload;
    await judge(app, context, prRef(pr as never), repository.clone_url);
  });

  app.on(['check_run.rerequested', 'check_suite.rerequested'], async (context) => {
    const payload = context.payload as unknown as {
      check_run?: { name: string; pull_requests: { number: number; base: { ref: string }; head: { sha: string } }[] };
      check_suite?: { pull_requests: { number: number; base: { ref: string }; head: { sha: string } }[] };
      repository: { clone_url: string };
    };
    if (payload.check_run && payload.check_run.name !== CHECK_NAME) return;
    const prs = payload.check_run?.pull_requests ?? payload.check_suite?.pull_requests ?? [];
    for (const pr of prs)
      await judge(app, context, { number: pr.number, baseRef: pr.base.ref, headSha: pr.head.sha }, payload.repository.clone_url);
  });

  app.on('push', async (context) => {
    const { ref, before, after, repository } = context.payload;
    if (ref !== `refs/heads/${repository.default_branch}` || /^0+$/.test(after)) return;
    const config = parseConfig(CONFIG_PATH, (await configText(context)) ?? '');
    const { owner, repo } = context.repo();
    const port = new OctokitPort(context.octokit as never, owner, repo);
    const first = /^0+$/.test(before);
    const push = { branch: repository.default_branch, before: first ? undefined : before, after, now: new Date() };
    const refspecs = [after, ...(first ? [] : [before])];
    const outcome = await afterPush(port, config, push, async (run) =>
      withClone(repository.clone_url, await installationToken(app, context), refspecs, (dir) => run(new GitSource(dir))),
    );
    context.log.info(`${owner}/${repo}: ${outcome}`);
  });
}
