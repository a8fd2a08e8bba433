// GitHub's merge queue: each pull request in it is tested as a group commit on a read-only branch named
// `gh-readonly-queue/<base>/pr-<number>-<sha>`, built on the base branch and the pull requests ahead of it.
import type { PullRequest } from './pull-request.js';

/** What GitHub's `merge_group` event says of the group. */
export interface MergeGroup {
  head_sha: string;
  head_ref: string;
  base_sha: string;
  base_ref: string;
}

/**
 * The pull request a merge group tests, as the Action and the App judge it: the one its head ref names (never a commit
 * message: a squash commit's is the pull request's title, which its author writes), headed by the group's commit, with
 * the commit it was built on. Undefined when the head ref names none.
 */
export function pullInQueue(group: MergeGroup): PullRequest | undefined {
  const m = /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]+$/.exec(group.head_ref);
  if (!m) return undefined;
  const baseRef = group.base_ref.replace(/^refs\/heads\//, '');
  return { number: Number(m[1]), baseRef, headSha: group.head_sha, group: { parent: group.base_sha } };
}
