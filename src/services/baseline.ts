// The baseline of a check, found the same way whatever the tree source: --base, the base branch's latest
// freeze, module tags, the merge-base.
import semver from 'semver';
import { InputError } from '../core/errors.js';
import { freezeTree } from '../core/freeze/model.js';
import { readFreeze } from '../core/freeze/read.js';
import { verifyFreeze } from '../core/freeze/verify.js';
import type { ContractsLayout } from '../core/layout.js';
import { parseModuleTag } from '../core/modules.js';
import { pushTo } from '../core/model.js';
import { overlayTree, type SourceTree } from '../core/source/tree.js';
import type { FreezeStore } from './freezes.js';
import type { TreeSource } from './tree-source.js';

export interface BaselineSpec {
  /** A git ref, `tag:<name>` or `freeze:<version>` (from `freezes`); default: the latest freeze on the base branch. */
  base?: string;
  /** The base branch, where the latest freeze is read. */
  baseBranch?: string;
  /** The commit the merge-base is taken from (`HEAD` of a checkout, the head commit through the API). */
  mergeFrom: string;
  /** The freezes of the working tree, for `freeze:<version>`. */
  freezes?: FreezeStore;
}

export interface Baseline {
  tree: SourceTree;
  /** The base branch's latest freeze, read at its tip: a head behind that tip is judged as it would merge there. */
  atTip?: boolean;
  description: string;
  warnings: string[];
}

export async function resolveBaseline(source: TreeSource, layout: ContractsLayout, spec: BaselineSpec): Promise<Baseline> {
  const { root } = layout;
  const { note } = source;
  if (spec.base?.startsWith('freeze:')) {
    if (!spec.freezes) throw new InputError(`--base ${spec.base}: freezes are read from a working tree, and there is none here`);
    const stored = spec.freezes.get(spec.base.slice('freeze:'.length));
    return {
      tree: freezeTree(stored.freeze, root),
      description: `freeze v${stored.freeze.version} from ${stored.file} (--base)`,
      warnings: [],
    };
  }
  if (spec.base) {
    const ref = spec.base.startsWith('tag:') ? `refs/tags/${spec.base.slice(4)}` : spec.base;
    const sha = await source.commit(ref);
    return { tree: await source.tree(sha, root), description: `${spec.base} (${sha.slice(0, 7)})${note}`, warnings: [] };
  }
  const branch = spec.baseBranch;
  if (!branch) throw new InputError('no default branch (main/master) to find a baseline on: pass --base <ref> or --base-branch <branch>');
  const latestPath = layout.frozenPath('freeze-latest.json');
  const latest = await source.file(branch, latestPath);
  if (latest !== undefined) {
    const freeze = readFreeze(latestPath, latest);
    // the base branch is trusted, but say so when its freeze does not verify (edited by hand before this guard ran)
    const broken = verifyFreeze(latestPath, freeze).findings;
    return {
      tree: freezeTree(freeze, root),
      atTip: true,
      description: `freeze v${freeze.version} from ${latestPath} on ${branch}${note}`,
      warnings: broken.length
        ? [
            `${latestPath} on ${branch} does not verify (${broken.length} artifact${broken.length === 1 ? '' : 's'}, first ${broken[0]!.path}: ${broken[0]!.message}); run \`contract-guard freeze verify\` there`,
          ]
        : [],
    };
  }
  const mergeBase = await source.mergeBase(spec.mergeFrom, branch);
  const fallback = await source.tree(mergeBase, root);
  const { tags, skipped, older } = await releasedModuleTags(source, branch);
  const notOnBranch = [
    ...(skipped.length
      ? [
          `${skipped.length === 1 ? 'tag' : 'tags'} ${skipped.join(', ')} ${skipped.length === 1 ? 'is' : 'are'} not on ${branch}: not a baseline (a release tag marks a commit merged there)`,
        ]
      : []),
    ...(older.length ? [`tag ${older.join('; tag ')} on ${branch}: not a baseline (releases go forward with history)`] : []),
  ];
  if (tags.size) {
    const layers = [];
    for (const [module, tag] of tags) {
      const tree = await source.tree(tag.commit, root);
      layers.push({ tree, owns: (p: string) => layout.inRoot(p) && layout.moduleOf(p) === module });
    }
    layers.push({ tree: fallback, owns: () => true });
    return {
      tree: overlayTree(layers),
      description: `module tags ${[...tags.values()].map((t) => t.tag).join(', ')}; other modules from the merge-base with ${branch} (${mergeBase.slice(0, 7)})${note}`,
      warnings: [`no freeze on ${branch} yet: baseline built from module tags`, ...notOnBranch],
    };
  }
  return {
    tree: fallback,
    description: `merge-base with ${branch} (${mergeBase.slice(0, 7)})${note}`,
    warnings: [
      `no freeze on ${branch} yet: comparing with the merge-base; create one with \`contract-guard freeze create <version>\` and merge it`,
      ...notOnBranch,
    ],
  };
}

/** For each module, its release by its tags (`contracts-<module>-<version>`) on the base branch (see latestRelease). */
async function releasedModuleTags(
  source: TreeSource,
  branch: string,
): Promise<{ tags: Map<string, { tag: string; commit: string }>; skipped: string[]; older: string[] }> {
  const byModule = new Map<string, { tag: string; version: string }[]>();
  for (const tag of await source.tags('contracts-')) {
    const parsed = parseModuleTag(tag);
    if (!parsed || !semver.valid(parsed.version)) continue;
    pushTo(byModule, parsed.module, { tag, version: parsed.version });
  }
  const tags = new Map<string, { tag: string; commit: string }>();
  const skipped: string[] = [];
  const older: string[] = [];
  for (const [module, list] of byModule) {
    const found = await latestRelease(
      source,
      branch,
      list.sort((a, b) => semver.rcompare(a.version, b.version)),
    );
    if (found.release) tags.set(module, { tag: found.release.tag, commit: found.release.commit });
    skipped.push(...found.skipped);
    older.push(...found.older);
  }
  return { tags, skipped: skipped.sort(), older };
}

/** Whether `a` is an ancestor of `b` (both commits); no common history (an orphan commit, or history a shallow clone lacks) is no proof. */
async function isAncestor(source: TreeSource, a: string, b: string): Promise<boolean> {
  const base = await source.mergeBase(a, b).catch((err: unknown) => {
    if (err instanceof InputError) return undefined;
    throw err;
  });
  return base === a;
}

/**
 * The repository's latest release by its own tags (`v1.2.0`, `1.2.0`: a Go module's, or one released by tagging), on
 * a commit the base branch holds: where no file carries a version, the tags do. A tag elsewhere (a pull request can push
 * one on its own commit) is no release. Undefined when there is none.
 */
export async function releaseTag(source: TreeSource, branch: string): Promise<{ tag: string; version: string } | undefined> {
  const tags = (await source.tags(''))
    .map((tag) => ({ tag, version: /^v?(\d+\.\d+\.\d+)$/.exec(tag)?.[1] }))
    .filter((t): t is { tag: string; version: string } => !!t.version && !!semver.valid(t.version))
    .sort((a, b) => semver.rcompare(a.version, b.version));
  // a few at most, each a question through the API
  const { release } = await latestRelease(source, branch, tags.slice(0, 5));
  return release && { tag: release.tag, version: release.version };
}

/**
 * Of `tags` (highest version first), the release: the highest on a commit the branch holds, unless a lower one is on a
 * later commit. Anyone who can push can tag: a tag on a pull request's own commit made that commit its baseline, and a
 * higher tag on an old commit of the branch made every change merged since unreleased (a pull request could undo one
 * unseen). Releases go forward with history. `skipped`: higher tags not on the branch; `older`: those passed over for a
 * later commit. One question per tag, stopping at the first on the branch that the next does not follow.
 */
async function latestRelease<T extends { tag: string }>(
  source: TreeSource,
  branch: string,
  tags: T[],
): Promise<{ release?: T & { commit: string }; skipped: string[]; older: string[] }> {
  let release: (T & { commit: string }) | undefined;
  const skipped: string[] = [];
  const older: string[] = [];
  for (const t of tags) {
    const commit = await tagOnBranch(source, t.tag, branch);
    if (!commit) {
      if (!release) skipped.push(t.tag);
      continue;
    }
    if (release && (commit === release.commit || !(await isAncestor(source, release.commit, commit)))) break;
    if (release) older.push(`${release.tag} names an older commit than ${t.tag}`);
    release = { ...t, commit };
  }
  return { release, skipped, older };
}

/** The commit a tag names when the branch holds it; undefined when it does not (anyone who can push can tag). */
async function tagOnBranch(source: TreeSource, tag: string, branch: string): Promise<string | undefined> {
  const commit = await source.commit(`refs/tags/${tag}`);
  // the branch as a commit: a tag's history may be asked of GitHub, which knows no `origin/main`
  const tip = await source.commit(branch);
  return (await isAncestor(source, commit, tip)) ? commit : undefined;
}
