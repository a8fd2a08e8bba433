// What the App does for one webhook delivery, as data (a job) and as work (processJob). Jobs are plain JSON so a
// queue in Redis can carry them to any replica; the work authenticates as the installation itself.
import { dump } from 'js-yaml';
import type { Probot } from 'probot';
import { withGitSource } from '../adapters/git-source.js';
import { CONFIG_PATH, parseConfig } from '../core/policy/config.js';
import { OctokitPort } from '../github/octokit-port.js';
import { RestSource } from '../github/rest-source.js';
import { afterPush } from '../services/freeze-on-merge.js';
import { pullsToJudgeAgain } from '../services/base-moved.js';
import { filesReadOnBase } from '../services/check-run.js';
import { concludeCheckRun, judgePullRequest, type PullRequest } from '../services/pull-request.js';
import { CloneError, withClone } from './clone.js';
import { planFetch } from './fetch-plan.js';

export const CHECK_NAME = 'contract-guard';

interface JobBase {
  /** GitHub's delivery id: a redelivery carries the same one. */
  delivery: string;
  installationId: number;
  owner: string;
  repo: string;
  cloneUrl: string;
}
export interface PullRequestJob extends JobBase {
  kind: 'pull_request';
  pr: PullRequest;
}
export interface PushJob extends JobBase {
  kind: 'push';
  ref: string;
  before: string;
  after: string;
  defaultBranch: string;
}
export type Job = PullRequestJob | PushJob;

/** Jobs with the same key must never run at once: they write the same comment, check run or branch. */
export const jobKey = (job: Job) => `${job.owner}/${job.repo}${job.kind === 'pull_request' ? `#${job.pr.number}` : '@push'}`;

export type Outcome = 'judged' | 'superseded' | 'frozen' | 'skipped';

type Octokit = Awaited<ReturnType<Probot['auth']>>;

/** The policy from the default branch (with `_extends` from the organisation's .github repository). */
async function configText(octokit: Octokit, owner: string, repo: string): Promise<string | undefined> {
  const { config } = await (
    octokit as unknown as {
      config: { get(o: { owner: string; repo: string; path: string }): Promise<{ config: Record<string, unknown> | null }> };
    }
  ).config.get({ owner, repo, path: CONFIG_PATH });
  if (!config || !Object.keys(config).length) return undefined;
  const { _extends: _e, ...rest } = config;
  return dump(rest);
}

/** A token for git over HTTPS, asked for with the App's JWT (the installation client's auth ignores GHES base URLs). */
async function installationToken(probot: Probot, installationId: number): Promise<string> {
  const appOctokit = await probot.auth();
  const { data } = await appOctokit.request('POST /app/installations/{installation_id}/access_tokens', { installation_id: installationId });
  return (data as { token: string }).token;
}

/** The App's id (APP_ID): its check runs are told from a workflow's runs of the same name. */
function ownAppId(): number | undefined {
  const id = Number(process.env.APP_ID);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

export async function processJob(
  probot: Probot,
  job: Job,
  log: (line: string) => void,
  progress?: (file: string) => void,
  /** Jobs this one leaves to be done (pull requests a push may have changed the verdict of). */
  dispatch: (job: Job) => void = () => undefined,
): Promise<Outcome> {
  const octokit = await probot.auth(job.installationId);
  const port = new OctokitPort(octokit as never, job.owner, job.repo, ownAppId());
  const where = `${job.owner}/${job.repo}`;
  const text = await configText(octokit, job.owner, job.repo);
  if (job.kind === 'push') {
    if (!job.ref.startsWith('refs/heads/') || /^0+$/.test(job.after)) return 'skipped';
    const config = parseConfig(CONFIG_PATH, text ?? '');
    const first = /^0+$/.test(job.before);
    const branch = job.ref.slice('refs/heads/'.length);
    let outcome: Outcome = 'skipped';
    if (branch === job.defaultBranch) {
      const push = { branch, before: first ? undefined : job.before, after: job.after, now: new Date() };
      // a freeze on merge reads the trees of the two commits and nothing of their history
      const fetch = { wants: [job.after, ...(first ? [] : [job.before])], depth: 1 };
      const frozen = await afterPush(port, config, push, async (run) =>
        withClone(job.cloneUrl, await installationToken(probot, job.installationId), fetch, (dir) => withGitSource(dir, run)),
      );
      log(`${where}: ${frozen}`);
      outcome = 'frozen';
    }
    // the policy is the default branch's for every pull request (configText): changed there, it reaches them all
    const stale = await pullsToJudgeAgain(
      port,
      config,
      { branch, ...(first ? {} : { before: job.before }), after: job.after },
      { policyForAll: branch === job.defaultBranch },
    );
    log(`${where}: ${stale.why}${stale.pulls.length ? `: judging ${stale.pulls.map((p) => `#${p.number}`).join(', ')} again` : ''}`);
    const { kind: _k, ref: _r, before: _b, after: _a, defaultBranch: _d, ...common } = job;
    for (const pr of stale.pulls) dispatch({ ...common, kind: 'pull_request', delivery: `${job.delivery}-pr-${pr.number}`, pr });
    return outcome;
  }
  const { pr } = job;
  // a newer head was pushed since this delivery: its own job judges it, and must be the last word
  const current = pr.group ? undefined : await port.pullHead(pr.number); // a queue's group commit heads no pull request
  if (current && current !== pr.headSha) {
    log(`${where}#${pr.number} @ ${pr.headSha.slice(0, 7)}: superseded by ${current.slice(0, 7)}`);
    return 'superseded';
  }
  const config = parseConfig(CONFIG_PATH, text ?? ''); // a bad org or repo config fails loudly, with its key
  // a queue's group is told by its check run; the pull request's comment stays about the pull request
  const common = { pr, port, checkName: CHECK_NAME, comment: !pr.group, configText: text ?? '', log, progress };
  let judged;
  try {
    const [token, plan] = await Promise.all([
      installationToken(probot, job.installationId),
      planFetch(port, pr, (basePaths) => filesReadOnBase(config, basePaths), log),
    ]);
    judged = await withClone(job.cloneUrl, token, plan, (dir) =>
      judgePullRequest({ cwd: dir, comparison: plan.comparison, sizes: plan.unfetched, ...common }),
    );
  } catch (err) {
    if (!(err instanceof CloneError)) throw err;
    // cloning is impossible (no git, git host unreachable): read the same trees through the API, and say so
    log(`${where}: ${err.message}; falling back to the contents API`);
    const warning = `the repository could not be cloned (${err.message}): contracts were read through the contents API`;
    judged = await judgePullRequest({ ...common, source: new RestSource(port), warnings: [warning] });
  }
  log(`${where}#${pr.number} @ ${pr.headSha.slice(0, 7)}: ${judged.conclusion}, comment ${judged.comment}`);
  return 'judged';
}

/** A job that failed for good: say so on the pull request's check run, with the reason, rather than go quiet. */
export async function reportFailure(probot: Probot, job: Job, reason: string): Promise<void> {
  if (job.kind !== 'pull_request') return;
  const octokit = await probot.auth(job.installationId);
  const port = new OctokitPort(octokit as never, job.owner, job.repo, ownAppId());
  const output = {
    title: 'contract-guard could not judge this pull request',
    summary: `The judgement failed after several attempts: ${reason}\n\nRe-run the check once the cause is fixed.`,
  };
  await concludeCheckRun(port, CHECK_NAME, job.pr.headSha, 'failure', output);
}
