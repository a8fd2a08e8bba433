// After a merge to the default branch (the App's push event): tag the modules whose version moved, or commit a new
// freeze of the contracts on top of the merge. Trees come from a tree source; writes go through the GitHub port.
import semver from 'semver';
import { createFreeze, freezeFiles, freezeTree, type Freeze } from '../core/freeze/model.js';
import { readFreeze } from '../core/freeze/read.js';
import { ContractsLayout } from '../core/layout.js';
import { highestRelease, looseVersion } from '../core/loose-version.js';
import { GLOBALS, moduleTagName } from '../core/modules.js';
import type { Config } from '../core/policy/config.js';
import { counted } from '../core/model.js';
import { MapTree, type SourceTree } from '../core/source/tree.js';
import { releaseTag } from './baseline.js';
import { judgeTrees } from './check-run.js';
import { contractsOf, type Contracts } from './unit-versions.js';
import type { GitHubPort } from '../github/port.js';
import type { TreeSource } from './tree-source.js';

export interface Push {
  branch: string;
  /** The commit before the push; undefined for a new branch. */
  before?: string;
  after: string;
  now: Date;
  /** The merged pull request carrying the hotfix label, if any (`hotfixOf`). */
  hotfix?: number;
}

/** The merged pull request of a pushed commit that carries the hotfix label: it is frozen at once. */
export async function hotfixOf(port: GitHubPort, config: Config, commit: string): Promise<number | undefined> {
  return (await port.pullsOfCommit(commit)).find((p) => p.labels.includes(config.hotfix.label))?.number;
}

/**
 * A push to the default branch, for the App and the Action alike: find a merged hotfix, then freeze or tag as the
 * policy says. `withSource` provides the trees (a clone, a checkout) only when there is something to do.
 */
export async function afterPush(
  port: GitHubPort,
  config: Config,
  push: Omit<Push, 'hotfix'>,
  withSource: (run: (source: TreeSource) => Promise<string>) => Promise<string>,
): Promise<string> {
  const hotfix = await hotfixOf(port, config, push.after);
  if (config.freeze.on_merge === 'off' && hotfix === undefined) return 'freeze.on_merge is off and no emergency hotfix was merged';
  return withSource((source) => freezeOnMerge(source, port, config, { ...push, hotfix }));
}

/**
 * What happened, in one line for the log. A merged emergency hotfix (a pull request carrying the hotfix label) is
 * frozen at once, whatever `freeze.on_merge` says and whether or not a version moved.
 */
export async function freezeOnMerge(source: TreeSource, port: GitHubPort, config: Config, push: Push): Promise<string> {
  const layout = new ContractsLayout(config.contracts, config.modules.root);
  if (push.hotfix !== undefined) {
    const at = await unitsAt(source, config, layout, push.after);
    const next = at.units.length ? undefined : await releasedByFreezes(source, config, layout, push);
    return `hotfix #${push.hotfix}: ${await commitFreeze(source, port, layout, push, at, next ?? undefined)}`;
  }
  if (config.freeze.on_merge === 'off') return 'freeze.on_merge is off';
  const now = await unitsAt(source, config, layout, push.after);
  const was = push.before ? (await unitsAt(source, config, layout, push.before)).units : [];
  const bumped = now.units.filter((m) => m.version && was.find((w) => w.name === m.name)?.version !== m.version);
  if (!bumped.length) {
    // where no file versions the contracts, their freezes are their releases: the merge is frozen as the version its
    // changes since the latest freeze need, the one its pull request's check named
    const next =
      config.freeze.on_merge === 'commit' && !now.units.length ? await releasedByFreezes(source, config, layout, push) : undefined;
    if (next === null) return 'no contract changed since the latest freeze';
    return next ? commitFreeze(source, port, layout, push, now, next) : 'no unit version changed';
  }
  if (config.freeze.on_merge === 'tag') {
    const tags: string[] = [];
    for (const m of bumped) {
      const tag = moduleTagName(m.name, m.version!);
      if (await port.createTag(tag, push.after)) tags.push(tag);
    }
    return `tagged ${tags.join(', ') || 'nothing new'}`;
  }
  return commitFreeze(source, port, layout, push, now);
}

async function unitsAt(source: TreeSource, config: Config, layout: ContractsLayout, commit: string): Promise<Contracts> {
  return contractsOf(await source.tree(commit, layout.root), config, layout);
}

/**
 * The version the next freeze needs where freezes are the releases: what `check` names against the latest freeze.
 * Undefined where there is no freeze, or the repository's tags release it; null where nothing changed since.
 */
async function releasedByFreezes(
  source: TreeSource,
  config: Config,
  layout: ContractsLayout,
  push: Push,
): Promise<string | null | undefined> {
  if (await releaseTag(source, push.branch).catch(() => undefined)) return undefined;
  const whole = await source.tree(push.after, layout.root);
  const latest = latestFreeze(whole, layout);
  if (!latest) return undefined;
  const report = judgeTrees({
    config,
    base: freezeTree(latest, layout.root),
    head: whole,
    frozenBase: whole,
    baseline: `freeze v${latest.version}`,
    headLabel: push.after.slice(0, 7),
    warnings: [],
    now: push.now,
  });
  const versions = report.modules.flatMap((m) => (m.release?.by === 'freeze' ? [m.release.name.slice(1)] : []));
  return versions.sort(semver.rcompare)[0] ?? null;
}

/** The freeze of the highest version a tree holds (SemVer). */
function latestFreeze(whole: SourceTree, layout: ContractsLayout): Freeze | undefined {
  return whole
    .paths()
    .filter((p) => layout.isFreezePath(p))
    .map((p) => readFreeze(p, Buffer.from(whole.read(p)!).toString('utf8')))
    .filter((f) => semver.valid(f.version))
    .sort((a, b) => semver.rcompare(a.version, b.version))[0];
}

/** Freeze the contracts as of `after` and commit the files on top of it; `named`: its version, else found as below. */
async function commitFreeze(
  source: TreeSource,
  port: GitHubPort,
  layout: ContractsLayout,
  push: Push,
  at: Contracts,
  named?: string,
): Promise<string> {
  // the contracts the scope holds (not the whole repository, when the root is), as `freeze create` snapshots them
  const whole = await source.tree(push.after, layout.root);
  const contracts = new MapTree(at.tree.paths().map((p) => [layout.rel(p), at.tree.read(p)!]));
  const latest = latestFreeze(whole, layout)?.version;
  // the house's globals version names the freeze when it moved past the latest freeze, else the highest unit version
  // (read as SemVer: `2.0` is 2.0.0) when it did; otherwise the next patch
  const globals = looseVersion(at.units.find((m) => m.name === GLOBALS)?.version)?.semver;
  const moved = named ?? globals ?? highestRelease(at.units.map((m) => m.version));
  const version = moved && (!latest || semver.gt(moved, latest)) ? moved : latest ? semver.inc(latest, 'patch')! : '1.0.0';
  const { freeze, index } = createFreeze(contracts, version, { now: push.now, latest });
  const sha = await port.commitFiles({
    branch: push.branch,
    parent: push.after,
    message: `contracts: freeze v${version}\n\nFrozen by contract-guard after ${push.after.slice(0, 7)} (${counted(freeze.artifacts.length, 'artifact')}).`,
    files: freezeFiles(freeze, index).map((f) => ({ path: layout.frozenPath(f.name), content: f.content })),
  });
  // the branch moved on meanwhile: the next push freezes it
  if (!sha) return `not frozen: ${push.branch} moved past ${push.after.slice(0, 7)}`;
  return `froze v${version} (${counted(freeze.artifacts.length, 'artifact')}) in ${sha.slice(0, 7)}`;
}
