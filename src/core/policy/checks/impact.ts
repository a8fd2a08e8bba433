// Which modules a pull request affects: their own changes, and the changes in shared files their contracts reference.
import type { Change } from '../../model.js';
import { discoverModules, type ModuleInfo } from '../../modules.js';
import { referenceClosure } from '../references.js';
import type { PolicyContext } from './context.js';

export interface ModuleImpact {
  name: string;
  own: Change[];
  /** Changed shared files this module's contracts reference (sorted), and their changes. */
  inheritedFiles: string[];
  inherited: Change[];
}

export interface Impact {
  modules: ModuleImpact[];
  base: Map<string, ModuleInfo>;
  head: Map<string, ModuleInfo>;
}

/** Bookkeeping files (versions, changelog, migration notes) change with a release; they need no bump of their own. */
export function isBookkeeping(context: PolicyContext, file: string): boolean {
  const { changelog, migrations } = context.config.versioning;
  return /(^|\/)versions\.ya?ml$/.test(file) || file === changelog || file.startsWith(migrations + '/');
}

export function moduleImpact(context: PolicyContext): Impact {
  const { layout, head } = context;
  const counted = context.changes.filter((c) => !isBookkeeping(context, c.file));
  const names = new Set<string>(counted.map((c) => c.module));
  const base = new Map(discoverModules(context.base.tree, layout).map((m) => [m.name, m]));
  const headModules = new Map(discoverModules(head.tree, layout).map((m) => [m.name, m]));
  for (const name of headModules.keys()) names.add(name);
  const changedFiles = new Set(counted.map((c) => c.file));
  const closure = referenceClosure(head.docs, head.paths);
  const inheritedBy = new Map<string, Set<string>>();
  for (const file of head.paths) {
    const owner = layout.moduleOf(file);
    for (const target of closure.get(file) ?? []) {
      if (changedFiles.has(target) && layout.moduleOf(target) !== owner) {
        inheritedBy.set(owner, new Set([...(inheritedBy.get(owner) ?? []), target]));
        names.add(owner);
      }
    }
  }
  const modules = [...names].sort().map((name) => {
    const inheritedFiles = [...(inheritedBy.get(name) ?? [])].sort();
    return {
      name,
      own: counted.filter((c) => c.module === name),
      inheritedFiles,
      inherited: counted.filter((c) => inheritedFiles.includes(c.file)),
    };
  });
  return { modules, base, head: headModules };
}
