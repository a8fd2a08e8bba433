// What the App fetches to judge a pull request, planned through the API first so that one git fetch brings all of
// it: the base branch's tip, the head and their merge base (one commit deep, no history), and the blobs of the files
// the judgement reads on each side. Against GitHub that is two git round trips (capabilities, then the pack) instead
// of a clone by ref names (three) followed by a second fetch for the blobs (two more).
import { LIMITS } from '../core/source/limits.js';
import { TreeBudget } from '../core/source/withheld.js';
import type { Comparison, GitHubPort } from '../github/port.js';
import type { PullRequest } from '../services/pull-request.js';
import type { Fetch } from './clone.js';

export interface FetchPlan extends Fetch {
  /** What GitHub said of the base branch and the head: the clone is too shallow for git to find their merge base. */
  comparison?: Comparison;
  /**
   * Blobs left out of the fetch, with their sizes as the listings gave them: over the size limit (never read, reported
   * by their size) or past what a check reads of one tree. The view knows their sizes without asking git.
   */
  unfetched?: Map<string, number>;
}

/** The fetch without a plan: both refs by name, history to a modest depth; blobs come in a second fetch. */
function fetchByName(pr: PullRequest): FetchPlan {
  return {
    wants: [`+refs/heads/${pr.baseRef}:refs/remotes/origin/${pr.baseRef}`, `+refs/pull/${pr.number}/head:refs/remotes/pull/${pr.number}`],
    depth: 50,
  };
}

/**
 * One fetch for the whole judgement. When the API cannot say what is needed (a tree too large for one listing, an
 * error), the fetch by name: slower, never wrong. A blob the plan missed is still fetched by git when it is read.
 */
export async function planFetch(
  port: GitHubPort,
  pr: PullRequest,
  /** Which files the judgement reads, given the base branch tip's paths (where a defaulted root is decided). */
  reads: (basePaths: string[]) => (path: string) => boolean,
  log: (line: string) => void,
): Promise<FetchPlan> {
  try {
    const [comparison, head] = await Promise.all([port.comparison(pr.baseRef, pr.headSha), port.readTree(pr.headSha)]);
    const { base, mergeBase } = comparison;
    const others = await Promise.all([base, ...(mergeBase !== base ? [mergeBase] : [])].map((c) => port.readTree(c)));
    const read = reads(others[0]!.map((e) => e.path));
    const blobs = new Set<string>();
    const unfetched = new Map<string, number>();
    for (const tree of [head, ...others]) {
      // what a check reads of one tree is bounded: the files past it are never fetched (git fetches one if it is read)
      const budget = new TreeBudget();
      for (const e of tree) {
        if (!read(e.path)) continue;
        if (e.size <= LIMITS.maxFileBytes && budget.take(e.size)) blobs.add(e.sha);
        else unfetched.set(e.sha, e.size);
      }
    }
    const commits = [`+${base}:refs/remotes/origin/${pr.baseRef}`, `+${pr.headSha}:refs/remotes/pull/${pr.number}`];
    return { wants: [...commits, ...(mergeBase !== base ? [mergeBase] : []), ...blobs], depth: 1, comparison, unfetched };
  } catch (err) {
    log(`planning the fetch through the API failed (${(err as Error).message.split('\n')[0]}): fetching by ref name`);
    return fetchByName(pr);
  }
}
