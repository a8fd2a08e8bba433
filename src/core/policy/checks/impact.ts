// Which units a pull request affects: their own changes, and the changes in shared files their contracts reference.
import { pushTo, type Change } from '../../model.js';
import { reachedFrom } from '../references.js';
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

/**
 * Bookkeeping files (versions, changelog, migration notes) change with a release; they need no bump of their own. Its
 * questions are asked once per change: the versions files of the units are looked up, not searched per change.
 */
function bookkeeping(context: PolicyContext): (file: string) => boolean {
  const { changelog, migrations } = context.config.versioning;
  // a contract carrying its own version (info.version, a versioned `$id`) is no bookkeeping: only that value is
  const homes = new Set(
    context.units.list.flatMap((u) =>
      u.home && u.home.kind !== 'info' && u.home.kind !== 'path' && u.home.kind !== 'id' ? [u.home.file] : [],
    ),
  );
  return (file) => /(^|\/)versions\.ya?ml$/.test(file) || file === changelog || file.startsWith(migrations + '/') || homes.has(file);
}

// a pull request can bring thousands of units (a folder with a package.json each): every step here is linear in the
// changes and the units, where filtering every change for each unit took seconds at 10,000
export function moduleImpact(context: PolicyContext): Impact {
  const { units, head } = context;
  // a unit's own version line moving (info.version) is the bump, not a change that needs one
  const homes = new Set(units.list.map((u) => u.home && u.home.kind !== 'path' && `${u.home.file}#${u.home.pointer}`));
  const isBookkeeping = bookkeeping(context);
  const counted = context.changes.filter((c) => !isBookkeeping(c.file) && !homes.has(`${c.file}#${c.pointer}`));
  const names = new Set<string>(counted.map((c) => c.module));
  // every unit with a version home is looked at: a version moved without a change is reported too
  for (const unit of units.list) if (unit.home) names.add(unit.name);
  const order = new Map(counted.map((c, i) => [c, i]));
  const byModule = new Map<string, Change[]>();
  const byFile = new Map<string, Change[]>();
  for (const c of counted) {
    pushTo(byModule, c.module, c);
    pushTo(byFile, c.file, c);
  }
  // what each unit's files reach, walked once per unit (a closure per file was the square of a chain of `$ref`s)
  const ownerOf = new Map<string, string>();
  const unitOf = (file: string) => ownerOf.get(file) ?? ownerOf.set(file, units.unitOf(file)).get(file)!;
  const filesOf = new Map<string, string[]>();
  for (const file of head.paths) pushTo(filesOf, unitOf(file), file);
  const inheritedBy = new Map<string, Set<string>>();
  for (const [owner, files] of filesOf) {
    for (const target of reachedFrom(head.docs, files)) {
      if (byFile.has(target) && unitOf(target) !== owner) {
        const set = inheritedBy.get(owner) ?? new Set<string>();
        inheritedBy.set(owner, set.add(target));
        names.add(owner);
      }
    }
  }
  const modules = [...names].sort().map((name) => {
    const inheritedFiles = [...(inheritedBy.get(name) ?? [])].sort();
    // in the order the changes came
    const inherited = inheritedFiles.flatMap((f) => byFile.get(f) ?? []).sort((a, b) => order.get(a)! - order.get(b)!);
    return { name, own: byModule.get(name) ?? [], inheritedFiles, inherited };
  });
  return { modules, inheritedFiles: new Set([...inheritedBy.values()].flatMap((s) => [...s])) };
}
