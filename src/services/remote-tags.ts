// Tags as GitHub has them, beside a clone that lacks them: the Action's checkout is one commit deep and fetches no tag,
// and the App fetches its clone without tags. A repository released by its tags (a Go module's `v1.4.0`) was then
// told its units had no version, and module tags (`contracts-<module>-<version>`) gave no baseline.
import type { TreeSource } from './tree-source.js';

/**
 * `local`, with tags listed and resolved by `remote` (the API). A commit a tag names may be missing from the clone: its
 * files and its merge base with another commit are asked of `remote` too. Everything else is read from the clone.
 */
export function withRemoteTags(local: TreeSource, remote: TreeSource): TreeSource {
  const tagged = new Set<string>();
  let listed: Promise<string[]> | undefined;
  const from = (commit: string) => (tagged.has(commit) ? remote : local);
  return {
    note: local.note,
    commit: async (ref) => {
      if (!ref.startsWith('refs/tags/')) return local.commit(ref);
      const commit = await remote.commit(ref);
      tagged.add(commit);
      return commit;
    },
    tree: (commit, under, keep) => from(commit).tree(commit, under, keep),
    file: (ref, path) => from(ref).file(ref, path),
    mergeBase: (a, b) => (tagged.has(a) || tagged.has(b) ? remote.mergeBase(a, b) : local.mergeBase(a, b)),
    // one listing for every prefix asked
    tags: async (prefix) => (await (listed ??= remote.tags(''))).filter((t) => t.startsWith(prefix)),
    ...(local.diffLines ? { diffLines: local.diffLines.bind(local) } : {}),
    ...(local.changedPaths ? { changedPaths: local.changedPaths.bind(local) } : {}),
  };
}
