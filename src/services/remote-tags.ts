// Tags as GitHub has them, beside a clone that lacks them: the Action's checkout is one commit deep and fetches no tag,
// and the App fetches its clone without tags. A repository released by its tags (a Go module's `v1.4.0`) was then
// told its units had no version, and module tags (`contracts-<module>-<version>`) gave no baseline.
import type { TreeSource } from './tree-source.js';

/**
 * `local`, with tags listed and resolved by `remote` (the API). A commit a tag names that the clone lacks: its files and
 * its merge base with another commit are asked of `remote` too. Everything else is read from the clone (a tag on the
 * base branch's tip, which the clone holds, sent every read of that tip through the API).
 */
export function withRemoteTags(local: TreeSource, remote: TreeSource): TreeSource {
  const missing = new Set<string>();
  const tagged = new Set<string>();
  let listed: Promise<string[]> | undefined;
  const from = (commit: string) => (missing.has(commit) ? remote : local);
  return {
    note: local.note,
    commit: async (ref) => {
      if (!ref.startsWith('refs/tags/')) return local.commit(ref);
      const commit = await remote.commit(ref);
      tagged.add(commit);
      const held = await local.commit(commit).then(
        () => true,
        () => false,
      );
      if (!held) missing.add(commit);
      return commit;
    },
    tree: (commit, under, keep) => from(commit).tree(commit, under, keep),
    file: (ref, path) => from(ref).file(ref, path),
    // a shallow clone may hold a tag's commit but not the history joining it to the branch: GitHub has it
    mergeBase: (a, b) =>
      missing.has(a) || missing.has(b)
        ? remote.mergeBase(a, b)
        : local.mergeBase(a, b).catch((err: unknown) => (tagged.has(a) || tagged.has(b) ? remote.mergeBase(a, b) : Promise.reject(err))),
    // one listing for every prefix asked
    tags: async (prefix) => (await (listed ??= remote.tags(''))).filter((t) => t.startsWith(prefix)),
    ...(local.diffLines ? { diffLines: local.diffLines.bind(local) } : {}),
    ...(local.changedPaths ? { changedPaths: local.changedPaths.bind(local) } : {}),
  };
}
