// The GitHub App on Probot: each webhook becomes a job (jobs.ts) handed to a dispatcher, which runs it at once in
// this process, or queues it in Redis for any replica (queue.ts). The judgement is the Action's, through the port.
import type { Context, Probot } from 'probot';
import type { PullRequest } from '../services/pull-request.js';
import { CHECK_NAME, type Job } from './jobs.js';
import { RefusedEvent } from './webhooks.js';
import { pullInQueue, type MergeGroup } from '../services/merge-queue.js';

export interface Dispatcher {
  /** Resolves once the job is accepted (queued), or done (in-process). */
  dispatch(job: Job): Promise<void>;
}

type Pr = { number: number; base: { ref: string }; head: { sha: string; ref?: string; repo?: { html_url: string } | null } };
const prRef = (pr: Pr): PullRequest => ({
  number: pr.number,
  baseRef: pr.base.ref,
  headSha: pr.head.sha,
  ...(pr.head.repo && pr.head.ref ? { head: { url: pr.head.repo.html_url, ref: pr.head.ref } } : {}),
});

function base(context: Context, cloneUrl: string) {
  const payload = context.payload as { installation?: { id: number }; repository?: { name?: string; owner?: { login?: string } } };
  const installationId = payload.installation?.id;
  if (!installationId) throw new RefusedEvent('the event carries no installation: is it for this App?');
  if (!payload.repository?.name || !payload.repository.owner?.login) throw new RefusedEvent('the event names no repository');
  return { delivery: context.id, installationId, ...context.repo(), cloneUrl };
}

/**
 * How each delivery's handling failed, by delivery id, for the webhook endpoint to answer with. Errors never reach
 * Probot: its error handler logs the whole payload.
 */
export type DeliveryFailures = Map<string, unknown>;

export function contractGuardApp(dispatcher: Dispatcher, failures: DeliveryFailures = new Map()): (app: Probot) => void {
  const judge = (context: Context, pr: Pr | undefined, cloneUrl: string | undefined) => {
    if (!pr?.head?.sha || !pr.base?.ref) throw new RefusedEvent('the event names no pull request');
    return dispatcher.dispatch({ kind: 'pull_request', ...base(context, cloneUrl ?? ''), pr: prRef(pr) });
  };
  return (probot) => {
    const app = {
      on: (events: string | string[], handler: (context: any) => Promise<void>) =>
        probot.on(events as never, async (context: Context) => {
          try {
            await handler(context);
          } catch (err) {
            failures.set(context.id, err);
          }
        }),
    };
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
      await judge(context, pr as Pr | undefined, repository?.clone_url);
    });

    // a closed pull request no longer decides the check of a commit it shared with others: they are judged again
    app.on('pull_request.closed', async (context) => {
      const { pull_request: pr, repository } = context.payload as { pull_request?: Pr; repository?: { clone_url?: string } };
      if (!pr?.head?.sha) throw new RefusedEvent('the event names no pull request');
      const { data } = await context.octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
        ...context.repo(),
        commit_sha: pr.head.sha,
        per_page: 100,
      });
      for (const other of data as (Pr & { state?: string })[])
        if (other.state === 'open' && other.number !== pr.number && other.head?.sha === pr.head.sha)
          await judge(context, other, repository?.clone_url);
    });

    app.on(['pull_request_review.submitted', 'pull_request_review.dismissed'], async (context) => {
      const { pull_request: pr, repository } = context.payload;
      await judge(context, pr as Pr | undefined, repository?.clone_url);
    });

    app.on(['check_run.rerequested', 'check_suite.rerequested'], async (context) => {
      const payload = context.payload as unknown as {
        check_run?: { name: string; pull_requests: Pr[] };
        check_suite?: { pull_requests: Pr[] };
        repository: { clone_url: string };
      };
      if (payload.check_run && payload.check_run.name !== CHECK_NAME) return;
      for (const pr of payload.check_run?.pull_requests ?? payload.check_suite?.pull_requests ?? [])
        await judge(context, pr, payload.repository?.clone_url);
    });

    // a merge queue's group: its commit gets the check branch protection waits for before the queue merges it
    app.on('merge_group.checks_requested', async (context) => {
      const { merge_group: group, repository } = context.payload as { merge_group?: MergeGroup; repository?: { clone_url?: string } };
      const pr = group && pullInQueue(group);
      if (!pr) throw new RefusedEvent('the merge group names no pull request in its head ref');
      await dispatcher.dispatch({ kind: 'pull_request', ...base(context, repository?.clone_url ?? ''), pr });
    });

    app.on('push', async (context) => {
      const { ref, before, after, repository } = context.payload;
      if (!repository) throw new RefusedEvent('the event names no repository');
      // any branch: a push may change the verdict of the pull requests into it; the default branch's is also frozen
      if (!ref.startsWith('refs/heads/') || /^0+$/.test(after)) return;
      await dispatcher.dispatch({
        kind: 'push',
        ...base(context, repository.clone_url),
        ref,
        before,
        after,
        defaultBranch: repository.default_branch,
      });
    });
  };
}
