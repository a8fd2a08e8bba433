// The fallback when cloning is impossible: the trees of a check read through the REST API instead of git.
import { diffTrees } from '../core/diff/tree-diff.js';
import { FROZEN_DIR, freezeTree } from '../core/freeze/model.js';
import { readFreeze } from '../core/freeze/read.js';
import { LIMITS } from '../core/source/limits.js';
import { moduleOfPath } from '../core/modules.js';
import type { Config } from '../core/policy/config.js';
import { evaluate } from '../core/policy/evaluate.js';
import { buildReport, type Report } from '../core/report/model.js';
import { filterTree, MapTree } from '../core/source/tree.js';
import type { OctokitLike } from '../github/octokit-port.js';

interface Where {
  owner: string;
  repo: string;
}

/** Every file under `root` at `ref`: one recursive tree listing, then one request per blob. */
export async function apiTree(octokit: OctokitLike, where: Where, ref: string, root: string): Promise<MapTree> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...where, tree_sha: ref, recursive: '1' });
  const prefix = root ? root + '/' : '';
  const tree = new MapTree();
  for (const entry of (data as { tree: { path: string; type: string; sha: string; size?: number }[] }).tree) {
    if (entry.type !== 'blob' || !entry.path.startsWith(prefix)) continue;
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
export async function apiCheck(octokit: OctokitLike, where: Where, config: Config, baseRef: string, headSha: string, why: string): Promise<Report> {
  const root = config.contracts;
  const frozenPrefix = [root, FROZEN_DIR].filter(Boolean).join('/') + '/';
  const notFrozen = (p: string) => !p.startsWith(frozenPrefix);
  const baseAll = await apiTree(octokit, where, baseRef, root);
  const headAll = await apiTree(octokit, where, headSha, root);
  const latestPath = `${frozenPrefix}freeze-latest.json`;
  let base = filterTree(baseAll, notFrozen);
  let baseline = `${baseRef} (read through the API)`;
  const latestBytes = baseAll.read(latestPath);
  if (latestBytes) {
    const freeze = readFreeze(latestPath, Buffer.from(latestBytes).toString('utf8'));
    base = filterTree(freezeTree(freeze, root), notFrozen);
    baseline = `freeze v${freeze.version} from ${latestPath} on ${baseRef} (read through the API)`;
  }
  const head = filterTree(headAll, notFrozen);
  const prefix = root ? root + '/' : '';
  const result = diffTrees(base, head, { moduleOf: (f) => moduleOfPath(f.startsWith(prefix) ? f.slice(prefix.length) : f) });
  const history = headAll
    .paths()
    .filter((p) => p.startsWith(frozenPrefix) && /\/freeze-v[^/]+\.json$/.test(p))
    .map((p) => readFreeze(p, Buffer.from(headAll.read(p)!).toString('utf8')))
    .sort((a, b) => (a.version < b.version ? 1 : -1));
  const warnings = [`the repository could not be cloned (${why}): contracts were read through the contents API; code invariants were not checked`];
  return evaluate({
    config,
    report: buildReport(result, { baseline, head: `${headSha.slice(0, 7)} (read through the API)`, warnings }),
    base,
    head,
    freezes: history,
    frozenBase: filterTree(baseAll, (p) => !notFrozen(p)),
    frozenHead: filterTree(headAll, (p) => !notFrozen(p)),
    now: new Date(),
  });
}
