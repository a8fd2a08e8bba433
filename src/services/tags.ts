// Git tags `contracts-<unit>-<version>` for each versioned unit whose version is not tagged yet: a module's
// versions.yaml, a document's info.version, a package.json or build manifest, a version in the paths, as `check` finds
// them (the unit's name as a file name: `Orders API` → `orders-api`).
import { ContractsLayout } from '../core/layout.js';
import { unlessUnreadable } from '../core/errors.js';
import { FsTree } from '../adapters/fs-tree.js';
import { git } from '../adapters/git-tree.js';
import { moduleTagName } from '../core/modules.js';
import { DEFAULT_CONFIG } from '../core/policy/config.js';
import { loadConfig } from './config-file.js';
import { contractsOf } from './unit-versions.js';

export async function tagModules(
  top: string,
  root: string,
  options: { push?: boolean; remote?: string } = {},
): Promise<{ created: string[]; existing: string[] }> {
  const g = git(top);
  const have = new Set(
    (await g.raw(['tag', '--list', 'contracts-*']))
      .split('\n')
      .map((t) => t.trim())
      .filter(Boolean),
  );
  // the units as the working tree's policy lays them out (a policy that does not parse: `check` reports it)
  const config = { ...(unlessUnreadable(() => loadConfig(top, {})) ?? DEFAULT_CONFIG), contracts: root };
  const layout = new ContractsLayout(root, config.modules.root);
  const created: string[] = [];
  const existing: string[] = [];
  for (const unit of contractsOf(new FsTree(top, [root]), config, layout).units) {
    if (!unit.version) continue;
    const tag = moduleTagName(unit.name, unit.version);
    if (have.has(tag)) existing.push(tag);
    else {
      await g.raw(['tag', tag, 'HEAD']);
      created.push(tag);
    }
  }
  if (options.push && created.length) await g.raw(['push', options.remote ?? 'origin', ...created.map((t) => `refs/tags/${t}`)]);
  return { created, existing };
}
