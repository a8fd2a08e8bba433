// The fallback when cloning is impossible: the trees of a check read through the REST API instead of git.
import { FROZEN_DIR, freezeTree } from '../core/freeze/model.js';
import { readFreeze } from '../core/freeze/read.js';
import { LIMITS } from '../core/source/limits.js';
import type { Config } from '../core/policy/config.js';
import type { Report } from '../core/report/model.js';
import { MapTree } from '../core/source/tree.js';
import { judgeTrees, outsideRoot } from '../services/check-run.js';
import type { OctokitLike } from '../github/octokit-port.js';

interface Where {
  owner: string;
  repo: string;
}

/** Every file under `root` at `ref`: one recursive tree listing, then one request per blob. */
export async function apiTree(
  octokit: OctokitLike,
  where: Where,
  ref: string,
  root: string,
  also?: (path: string) => boolean,
): Promise<MapTree> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...where, tree_sha: ref, recursive: '1' });
  const prefix = root ? root + '/' : '';
  const tree = new MapTree();
  for (const entry of (data as { tree: { path: string; type: string; sha: string; size?: number }[] }).tree) {
    if (entry.type !== 'blob' || !(entry.path.startsWith(prefix) || also?.(entry.path))) continue;
    if ((entry.size ?? 0) > LIMITS.maxFileBytes) {
      tree.set(entry.path, new Uint8Array(LIMITS.maxFileBytes + 1)); // reported as oversized, never downloaded
      continue;
    }
    const { data: blob } = await octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...where, file_sha: entry.sha });
    tree.set(entry.path, Buffer.from((blob as { content: string }).content, 'base64'));
  }
  return tree;
}

/** The same judgement as `runCheck`, from API trees: baseline = the base branch's latest freeze, else its tree. */
export async function apiCheck(
  octokit: OctokitLike,
  where: Where,
  config: Config,
  baseRef: string,
  headSha: string,
  why: string,
): Promise<Report> {
  const root = config.contracts;
  const latestPath = `${[root, FROZEN_DIR].filter(Boolean).join('/')}/freeze-latest.json`;
  const outside = outsideRoot(config); // configured files outside the contracts folder
  const baseAll = await apiTree(octokit, where, baseRef, root, outside);
  const latestBytes = baseAll.read(latestPath);
  const freeze = latestBytes ? readFreeze(latestPath, Buffer.from(latestBytes).toString('utf8')) : undefined;
  return judgeTrees({
    config,
    base: freeze ? freezeTree(freeze, root) : baseAll,
    head: await apiTree(octokit, where, headSha, root, outside),
    baseBranchPaths: baseAll.paths(),
    frozenBase: baseAll,
    baseline: freeze
      ? `freeze v${freeze.version} from ${latestPath} on ${baseRef} (read through the API)`
      : `${baseRef} (read through the API)`,
    headLabel: `${headSha.slice(0, 7)} (read through the API)`,
    warnings: [
      `the repository could not be cloned (${why}): contracts were read through the contents API; code invariants were not checked`,
    ],
    now: new Date(),
  });
}
