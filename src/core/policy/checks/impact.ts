// Which units a pull request affects: their own changes, and the changes in shared files their contracts reference.
import type { Change } from '../../model.js';
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
  /** Changed files some unit other than their owner references. */
  inheritedFiles: Set<string>;
}

/** Bookkeeping files (versions, changelog, migration notes) change with a release; they need no bump of their own. */
export function isBookkeeping(context: PolicyContext, file: string): boolean {
  const { changelog, migrations } = context.config.versioning;
  return (
    /(^|\/)versions\.ya?ml$/.test(file) ||
    file === changelog ||
    file.startsWith(migrations + '/') ||
    // a contract carrying its own version (info.version, a versioned `$id`) is no bookkeeping: only that value is
    context.units.list.some((u) => u.home?.file === file && u.home.kind !== 'info' && u.home.kind !== 'path' && u.home.kind !== 'id')
  );
}

export function moduleImpact(context: PolicyContext): Impact {
  const { units, head } = context;
  // a unit's own version line moving (info.version) is the bump, not a change that needs one
  const homes = new Set(units.list.map((u) => u.home && u.home.kind !== 'path' && `${u.home.file}#${u.home.pointer}`));
  const counted = context.changes.filter((c) => !isBookkeeping(context, c.file) && !homes.has(`${c.file}#${c.pointer}`));
  const names = new Set<string>(counted.map((c) => c.module));
  // every unit with a version home is looked at: a version moved without a change is reported too
  for (const unit of units.list) if (unit.home) names.add(unit.name);
  const changedFiles = new Set(counted.map((c) => c.file));
  const closure = referenceClosure(head.docs, head.paths);
  const inheritedBy = new Map<string, Set<string>>();
  for (const file of head.paths) {
    const owner = units.unitOf(file);
    for (const target of closure.get(file) ?? []) {
      if (changedFiles.has(target) && units.unitOf(target) !== owner) {
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
  return { modules, inheritedFiles: new Set([...inheritedBy.values()].flatMap((s) => [...s])) };
}
