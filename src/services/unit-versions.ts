// The versioned units of a tree and their versions, found as `check` finds them, and the contracts a freeze of it
// holds: what freezing and tagging after a merge (and `freeze tag`) go by, on every layout, not the house's alone.
import type { ContractsLayout } from '../core/layout.js';
import type { Config } from '../core/policy/config.js';
import { configPathCandidates } from '../core/policy/config-paths.js';
import { contractScope, withReferences } from '../core/policy/scope.js';
import { Documents, filterTree, type SourceTree } from '../core/source/tree.js';
import { findUnits, versionAt } from '../core/units.js';

export interface Contracts {
  /**
   * Each versioned unit and its version: a module's versions.yaml, a document's info.version, a package.json or build
   * manifest, a version in the paths, a configured unit.
   */
  units: { name: string; version?: string }[];
  /** The contracts a freeze holds, repository-relative: the scope `freeze create` snapshots. */
  tree: SourceTree;
}

/** `whole`: the tree under the contracts root (the whole repository when the root is), repository-relative. */
export function contractsOf(whole: SourceTree, config: Config, layout: ContractsLayout): Contracts {
  const inScope = withReferences(config, contractScope(config), [whole]);
  // a unit's version file the configuration names outside the scope is read, as `check` reads it
  const named = configPathCandidates(config).files;
  const tree = filterTree(whole, (p) => !layout.isFrozen(p) && inScope(p));
  const docs = new Documents(filterTree(whole, (p) => !layout.isFrozen(p) && (inScope(p) || named.includes(p))));
  const units = findUnits(docs.tree.paths(), docs, layout, config.units).list.filter((u) => u.home);
  return { units: units.map((u) => ({ name: u.name, version: versionAt(docs, u.home) })), tree };
}
