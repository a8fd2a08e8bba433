// Per-module git tags `contracts-<module>-<version>` for modules whose versions.yaml names a version not yet tagged.
import { ContractsLayout } from '../core/layout.js';
import { FsTree } from '../adapters/fs-tree.js';
import { git } from '../adapters/git-tree.js';
import { discoverModules, moduleTagName } from '../core/modules.js';

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
  const created: string[] = [];
  const existing: string[] = [];
  for (const m of discoverModules(new FsTree(top, [root]), new ContractsLayout(root))) {
    if (!m.version) continue;
    const tag = moduleTagName(m.name, m.version);
    if (have.has(tag)) existing.push(tag);
    else {
      await g.raw(['tag', tag, 'HEAD']);
      created.push(tag);
    }
  }
  if (options.push && created.length) await g.raw(['push', options.remote ?? 'origin', ...created.map((t) => `refs/tags/${t}`)]);
  return { created, existing };
}
