// The GitHub App on Probot: the same judgement as the Action, for every repository of an installation.
import { ContractsLayout } from '../core/layout.js';
import { dump } from 'js-yaml';
import type { Context, Probot } from 'probot';
import semver from 'semver';
import { git, readGitTree } from '../adapters/git-tree.js';
import { createFreeze, FROZEN_DIR, freezeFileName, serialize, shaIndexFileName } from '../core/freeze/model.js';
import { readFreeze } from '../core/freeze/read.js';
import { discoverModules, GLOBALS, moduleTagName } from '../core/modules.js';
import { MapTree } from '../core/source/tree.js';
import { CONFIG_PATH, parseConfig } from '../core/policy/config.js';
import { OctokitPort } from '../github/octokit-port.js';
import { statusOf } from '../github/port.js';
import { judgePullRequest } from '../services/pull-request.js';
import { apiCheck } from './api-trees.js';
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

interface PrRef {
  number: number;
  baseRef: string;
  headSha: string;
}

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
      // cloning is impossible (no git, git host unreachable): read the contracts through the API, and say so
      context.log.warn(`${owner}/${repo}: ${err.message}; falling back to the contents API`);
      const config = parseConfig(CONFIG_PATH, text ?? '');
      const check = (head: string) => apiCheck(context.octokit as never, { owner, repo }, config, pr.baseRef, head, err.message);
      judged = await judgePullRequest({ cwd: process.cwd(), ...common, check });
    }
    context.log.info(`${owner}/${repo}#${pr.number} @ ${pr.headSha.slice(0, 7)}: ${judged.conclusion}, comment ${judged.comment}`);
  });
}

export function contractGuardApp(app: Probot): void {
  app.on(['pull_request.opened', 'pull_request.synchronize', 'pull_request.reopened', 'pull_request.edited'], async (context) => {
    const { pull_request: pr, repository } = context.payload;
    if (context.payload.action === 'edited' && !(context.payload as { changes?: { base?: unknown } }).changes?.base) return;
    await judge(app, context, { number: pr.number, baseRef: pr.base.ref, headSha: pr.head.sha }, repository.clone_url);
  });

  app.on(['pull_request_review.submitted', 'pull_request_review.dismissed'], async (context: PrContext) => {
    const { pull_request: pr, repository } = context.payload;
    await judge(app, context, { number: pr.number, baseRef: pr.base.ref, headSha: pr.head.sha }, repository.clone_url);
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
    const text = await configText(context);
    const config = parseConfig(CONFIG_PATH, text ?? '');
    if (config.freeze.on_merge === 'off') return;
    const token = await installationToken(app, context);
    const { owner, repo } = context.repo();
    const first = /^0+$/.test(before);
    const outcome = await withClone(repository.clone_url, token, [after, ...(first ? [] : [before])], async (dir) => {
      const prefix = config.contracts ? config.contracts + '/' : '';
      const isVersions = (p: string) => /(^|\/)versions\.ya?ml$/.test(p);
      const now = discoverModules(await readGitTree(dir, after, config.contracts, isVersions), new ContractsLayout(config.contracts));
      const was = first
        ? []
        : discoverModules(await readGitTree(dir, before, config.contracts, isVersions), new ContractsLayout(config.contracts));
      const bumped = now.filter((m) => m.version && was.find((w) => w.name === m.name)?.version !== m.version);
      if (!bumped.length) return 'no module version changed';
      if (config.freeze.on_merge === 'tag') {
        const tags: string[] = [];
        for (const m of bumped) {
          const tag = moduleTagName(m.name, m.version!);
          try {
            await context.octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo, ref: `refs/tags/${tag}`, sha: after });
            tags.push(tag);
          } catch (err) {
            if (statusOf(err) !== 422) throw err; // 422: the tag exists already (a redelivered push)
          }
        }
        return `tagged ${tags.join(', ') || 'nothing new'}`;
      }
      return commitFreeze(context, dir, after, repository.default_branch, config.contracts, now);
    });
    context.log.info(`${owner}/${repo}: ${outcome}`);
  });
}

/** freeze.on_merge: commit: freeze the contracts as of `after` and commit the files on top of it, through the API. */
async function commitFreeze(
  context: Context,
  dir: string,
  after: string,
  branch: string,
  root: string,
  modules: { name: string; version?: string }[],
): Promise<string> {
  const { owner, repo } = context.repo();
  const prefix = root ? root + '/' : '';
  const whole = await readGitTree(dir, after, root);
  const frozenPrefix = `${prefix}${FROZEN_DIR}/`;
  const tree = new MapTree(
    whole
      .paths()
      .filter((p) => p.startsWith(prefix))
      .map((p) => [p.slice(prefix.length), whole.read(p)!]),
  );
  const history = whole
    .paths()
    .filter((p) => /\/freeze-v[^/]+\.json$/.test(p) && p.startsWith(frozenPrefix))
    .map((p) => readFreeze(p, Buffer.from(whole.read(p)!).toString('utf8')));
  const latest = history
    .map((f) => f.version)
    .filter((v) => semver.valid(v))
    .sort(semver.rcompare)[0];
  const globals = modules.find((m) => m.name === GLOBALS)?.version;
  // the globals version names the freeze when it moved past the latest freeze; otherwise the next patch
  const version =
    globals && semver.valid(globals) && (!latest || semver.gt(globals, latest)) ? globals : latest ? semver.inc(latest, 'patch')! : '1.0.0';
  const { freeze, index } = createFreeze(tree, version, { now: new Date(), latest });
  const body = serialize(freeze);
  const files = [
    [freezeFileName(version), body],
    [shaIndexFileName(version), serialize(index)],
    ['freeze-latest.json', body],
    ['sha-index-latest.json', serialize(index)],
  ];
  const baseTree = (await git(dir).raw(['rev-parse', `${after}^{tree}`])).trim();
  const { data: newTree } = await context.octokit.request('POST /repos/{owner}/{repo}/git/trees', {
    owner,
    repo,
    base_tree: baseTree,
    tree: files.map(([name, content]) => ({ path: frozenPrefix + name, mode: '100644', type: 'blob', content })),
  });
  const { data: commit } = await context.octokit.request('POST /repos/{owner}/{repo}/git/commits', {
    owner,
    repo,
    message: `contracts: freeze v${version}\n\nFrozen by contract-guard after ${after.slice(0, 7)} (${freeze.artifacts.length} artifacts).`,
    tree: (newTree as { sha: string }).sha,
    parents: [after],
  });
  try {
    await context.octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      owner,
      repo,
      ref: `heads/${branch}`,
      sha: (commit as { sha: string }).sha,
      force: false,
    });
  } catch (err) {
    // the branch moved on meanwhile: the next push freezes it
    if (statusOf(err) === 422) return `not frozen: ${branch} moved past ${after.slice(0, 7)}`;
    throw err;
  }
  return `froze v${version} (${freeze.artifacts.length} artifacts) in ${(commit as { sha: string }).sha.slice(0, 7)}`;
}
