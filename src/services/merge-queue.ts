// GitHub's merge queue: each pull request in it is tested as a group commit on a read-only branch named
// `gh-readonly-queue/<base>/pr-<number>-<sha>`, built on the base branch and the pull requests ahead of it.

/** The pull request a merge group's head ref names; undefined when it names none. */
export function pullInQueue(group: { head_ref: string }): number | undefined {
  const m = /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]+$/.exec(group.head_ref);
  return m ? Number(m[1]) : undefined;
}
