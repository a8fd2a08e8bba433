// The GitHub Action: read the workflow's inputs and event, judge the pull request, report. No logic of its own.
import { reportJson } from '../core/report/json.js';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { defaults } from '@actions/github/lib/utils';
import { requestTimeoutMs, timedFetch } from '../github/timeout.js';
import { throttling } from '@octokit/plugin-throttling';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { withinStepLimits } from '../core/report/github.js';
import { OctokitPort } from '../github/octokit-port.js';
import { withGitSource } from '../adapters/git-source.js';
import { git, repoTop } from '../adapters/git-tree.js';
import { loadConfig } from '../services/config-file.js';
import { afterPush } from '../services/freeze-on-merge.js';
import { judgePullRequest } from '../services/pull-request.js';
import type { VerdictKind } from '../core/report/verdict.js';
import { pullsToJudgeAgain } from '../services/base-moved.js';
import { pullInQueue, type MergeGroup } from '../services/merge-queue.js';

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

async function main(): Promise<void> {
  const failOn = core.getInput('fail-on') || 'blocked';
  if (!['blocked', 'approval', 'never'].includes(failOn))
    throw new InputError(`input fail-on must be blocked, approval or never, not '${failOn}'`);
  const checkName = core.getInput('check-name') || 'contract-guard';
  const comment = (core.getInput('comment') || 'true').toLowerCase() !== 'false';
  const configPath = core.getInput('config') || '.github/contract-guard.yml';
  const { eventName, payload } = github.context;
  if (eventName === 'push') return pushed({ configPath, checkName, comment });
  if (eventName === 'merge_group') return queued({ configPath, checkName, failOn });
  if (!PR_EVENTS.has(eventName) || !payload.pull_request) {
    core.notice(`contract-guard judges pull requests and freezes after pushes to the default branch; nothing to do on '${eventName}'`);
    return;
  }
  if (payload.action === 'edited' && !payload.changes?.base) {
    core.info('pull request edited without a base change: the verdict cannot have changed');
    return;
  }
  const pull = payload.pull_request as {
    number: number;
    base: { ref: string; repo?: { full_name?: string } };
    head: { sha: string; ref: string; repo?: { full_name?: string; html_url?: string } | null };
  };
  const fork = !!pull.head.repo?.full_name && pull.head.repo.full_name !== pull.base.repo?.full_name;
  const octokit = client();
  const { owner, repo } = github.context.repo;
  const port = fork ? undefined : new OctokitPort(octokit as never, owner, repo);
  const judged = await judgePullRequest({
    cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    pr: {
      number: pull.number,
      baseRef: pull.base.ref,
      headSha: pull.head.sha,
      ...(pull.head.repo?.html_url ? { head: { url: pull.head.repo.html_url, ref: pull.head.ref } } : {}),
    },
    port,
    checkName,
    comment,
    configPath,
    log: (line) => core.info(line),
  });
  const { report } = judged;

  const reportPath = join(process.env.RUNNER_TEMP ?? process.env.GITHUB_WORKSPACE ?? '.', 'contract-guard-report.json');
  writeFileSync(reportPath, reportJson(report));
  const pending = !!report.approval?.required && !report.approval.approved;
  core.setOutput('level', report.level);
  core.setOutput('blocked', String(!!report.blocked));
  core.setOutput('needs-approval', String(pending));
  core.setOutput(
    'required-bumps',
    JSON.stringify(Object.fromEntries(report.modules.filter((m) => m.requiredBump).map((m) => [m.name, m.requiredBump]))),
  );
  core.setOutput('report', reportPath);

  let summary = judged.markdown;
  if (judged.readOnly) {
    // fork PRs: no comment, no check run; the annotations and this summary carry the verdict
    summary = `> ℹ️ ${fork ? 'This pull request comes from a fork: its token is read-only' : 'The token may not write to this repository'}, so contract-guard reports through annotations and this summary instead of a comment and a check run.\n\n${summary}`;
    const kindOf = (a: (typeof judged.annotations)[number]) =>
      a.annotation_level === 'failure' ? 'error' : a.annotation_level === 'warning' ? 'warning' : 'notice';
    const { shown, rest } = withinStepLimits(judged.annotations, kindOf);
    for (const a of shown) {
      const props = { file: a.path, startLine: a.start_line, endLine: a.end_line, title: a.title };
      if (a.annotation_level === 'failure') core.error(a.message, props);
      else if (a.annotation_level === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    }
    if (rest) core.notice(`${rest} more than GitHub shows in one step: the job summary below and the report output hold every one`);
  }
  await core.summary.addRaw(summary).write();
  core.info(`${judged.title} (check ${judged.conclusion}, comment ${judged.comment})`);
  // an authorised emergency hotfix passes, loudly (the comment and the check say so); the check's verdict may be that
  // of another pull request the same commit heads
  if (failsStep(failOn, judged.kind)) core.setFailed(judged.title);
}

/** Whether a verdict fails the workflow's step, as the `fail-on` input says. */
const failsStep = (failOn: string, kind: VerdictKind) =>
  (failOn === 'blocked' && kind === 'blocked') || (failOn === 'approval' && (kind === 'blocked' || kind === 'approval'));

/**
 * The workflow's token, with retries and GitHub's rate limits waited out. Writes are paced a second apart, as GitHub
 * asks of content creation; CONTRACT_GUARD_THROTTLE=off drops the pacing, as in the App (GitHub Enterprise Server
 * with rate limits off, and tests against a fake GitHub).
 */
function client() {
  const retryBase = Number(process.env.CONTRACT_GUARD_RETRY_BASE_MS ?? 1000);
  return github.getOctokit(
    core.getInput('github-token', { required: true }),
    {
      retry: { retryAfterBaseValue: retryBase },
      // @actions/github's own fetch goes through HTTPS_PROXY / HTTP_PROXY (a self-hosted runner behind a proxy, with
      // NO_PROXY honoured): the deadline wraps it rather than replacing it (options are merged shallowly)
      request: { ...defaults.request, fetch: timedFetch(requestTimeoutMs(), defaults.request?.fetch as typeof fetch | undefined) },
      throttle: {
        enabled: process.env.CONTRACT_GUARD_THROTTLE !== 'off',
        onRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, count: number) => {
          core.warning(`rate limited on ${options.method} ${options.url}; retrying in ${after}s`);
          return count < 3;
        },
        onSecondaryRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, count: number) => {
          core.warning(`secondary rate limit on ${options.method} ${options.url}; retrying in ${after}s`);
          return count < 3;
        },
      },
    },
    retry,
    throttling,
  );
}

/**
 * A merge queue's group (a workflow `on: merge_group`): the check branch protection waits for before the queue merges.
 * The group's commit is judged against the base branch, with the pull request's own approvals for what it adds.
 */
async function queued(inputs: { configPath: string; checkName: string; failOn: string }): Promise<void> {
  const group = (github.context.payload as { merge_group?: MergeGroup }).merge_group;
  const pr = group && pullInQueue(group);
  if (!pr) throw new InputError(`the merge_group event names no pull request in its head ref (${group?.head_ref ?? 'none'})`);
  const { owner, repo } = github.context.repo;
  const judged = await judgePullRequest({
    cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    pr,
    port: new OctokitPort(client() as never, owner, repo),
    checkName: inputs.checkName,
    comment: false, // the pull request's comment is about the pull request; the group's verdict is its check run
    configPath: inputs.configPath,
    log: (line) => core.info(line),
  });
  await core.summary.addRaw(judged.markdown).write();
  core.info(`${judged.title} (check ${judged.conclusion})`);
  if (failsStep(inputs.failOn, judged.kind)) core.setFailed(judged.title);
}

/**
 * A push (a workflow `on: push`): on the default branch, freeze a merged emergency hotfix at once, and freeze or tag
 * after merges as `freeze.on_merge` says. On any branch, judge again the open pull requests into it whose verdict the
 * push may have changed. The checkout is the pushed commit, so its policy is the merged one.
 */
async function pushed(inputs: { configPath: string; checkName: string; comment: boolean }): Promise<void> {
  const { configPath } = inputs;
  const { payload } = github.context;
  const { ref, before, after, repository } = payload as unknown as {
    ref: string;
    before: string;
    after: string;
    repository: { default_branch: string };
  };
  if (!ref.startsWith('refs/heads/') || /^0+$/.test(after)) {
    core.notice(`contract-guard acts on pushes to branches; nothing to do on ${ref}`);
    return;
  }
  const branch = ref.slice('refs/heads/'.length);
  const top = await repoTop(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const config = loadConfig(top, { ...(existsSync(join(top, configPath)) ? { configPath } : {}) });
  const { owner, repo } = github.context.repo;
  const port = new OctokitPort(client() as never, owner, repo);
  const first = /^0+$/.test(before);
  let failed: unknown;
  if (branch === repository.default_branch) {
    const push = { branch, before: first ? undefined : before, after, now: new Date() };
    try {
      const outcome = await afterPush(port, config, push, async (run) => {
        // a shallow checkout has only the pushed commit: fetch the one before it, to see which versions moved
        if (push.before) await git(top).raw(['fetch', '--no-tags', '--depth=1', 'origin', push.before]);
        return withGitSource(top, run);
      });
      core.setOutput('freeze', outcome);
      core.info(`contract-guard: ${outcome}`);
    } catch (err) {
      failed = err; // the pull requests are judged again all the same: their verdicts went stale either way
    }
  }
  const stale = await pullsToJudgeAgain(port, config, { branch, ...(first ? {} : { before }), after }, { configPath });
  core.info(`contract-guard: ${stale.why}`);
  for (const pr of stale.pulls) {
    const judged = await judgePullRequest({ cwd: top, pr, port, ...inputs, log: (line) => core.info(line) });
    core.info(`#${pr.number}: ${judged.title}`);
  }
  core.setOutput('judged-again', stale.pulls.map((p) => p.number).join(','));
  if (failed) throw failed;
}

main().catch((err: unknown) => {
  // bad input is one line naming the file; anything else is reported without a stack trace too
  core.setFailed(err instanceof InputError ? err.oneLine() : `contract-guard: ${(err as Error).message ?? String(err)}`);
});
