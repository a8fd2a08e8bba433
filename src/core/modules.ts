// Modules: folders under the layout's modules folder holding a versions.yaml, and `globals` for everything else.
import { load } from 'js-yaml';
import { GLOBALS, type ContractsLayout } from './layout.js';
import type { SourceTree } from './source/tree.js';
import { compareText } from './model.js';
import { unitSlug } from './units.js';

export { GLOBALS } from './layout.js';

export interface ModuleInfo {
  name: string;
  /** Path of its versions file in the tree, if it has one. */
  versionsFile?: string;
  version?: string;
}

export function readVersion(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const data = load(text) as Record<string, unknown> | null;
    const v = data && typeof data === 'object' ? (data.current ?? data.version) : undefined;
    return v === undefined || v === null ? undefined : String(v);
  } catch {
    return undefined;
  }
}

/** Modules found in a tree (repository-relative paths), by their versions files. */
export function discoverModules(tree: SourceTree, layout: ContractsLayout): ModuleInfo[] {
  const out = new Map<string, ModuleInfo>([[GLOBALS, { name: GLOBALS }]]);
  for (const path of tree.paths()) {
    const name = layout.versionsModule(path);
    if (!name) continue;
    const bytes = tree.read(path);
    out.set(name, { name, versionsFile: path, version: readVersion(bytes ? Buffer.from(bytes).toString('utf8') : undefined) });
  }
  return [...out.values()].sort((a, b) => compareText(a.name, b.name));
}

/** `contracts-<unit>-<version>`: a house module by its folder's name, any other unit by its name as a file name. */
export function moduleTagName(module: string, version: string): string {
  return `contracts-${/^[\w.-]+$/.test(module) ? module : unitSlug(module)}-${version}`;
}

export function parseModuleTag(tag: string): { module: string; version: string } | undefined {
  const m = /^contracts-(.+?)-(\d+\.\d+\.\d+(?:[-+].*)?)$/.exec(tag);
  return m ? { module: m[1]!, version: m[2]! } : undefined;
}
