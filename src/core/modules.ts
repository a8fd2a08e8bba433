// Modules: `modules/<name>/` folders holding a versions.yaml, and `globals` for everything else.
import { load } from 'js-yaml';
import type { SourceTree } from './source/tree.js';

export const GLOBALS = 'globals';

export interface ModuleInfo {
  name: string;
  /** Path of its versions file in the tree, if it has one. */
  versionsFile?: string;
  version?: string;
}

/** Which module owns a path relative to the contracts root. */
export function moduleOfPath(rel: string): string {
  const m = /^modules\/([^/]+)\//.exec(rel);
  return m ? m[1]! : GLOBALS;
}

/** Which module owns a path when the contracts root is not known (two folders given to `diff`). */
export function moduleOfAnyPath(path: string): string {
  const m = /(?:^|\/)modules\/([^/]+)\//.exec(path);
  return m ? m[1]! : GLOBALS;
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

/** Modules found in a tree whose paths start with `prefix` (the contracts root plus `/`, or ''). */
export function discoverModules(tree: SourceTree, prefix: string): ModuleInfo[] {
  const out = new Map<string, ModuleInfo>([[GLOBALS, { name: GLOBALS }]]);
  const text = (p: string) => {
    const bytes = tree.read(p);
    return bytes ? Buffer.from(bytes).toString('utf8') : undefined;
  };
  for (const path of tree.paths()) {
    if (!path.startsWith(prefix)) continue;
    const rel = path.slice(prefix.length);
    const m = /^modules\/([^/]+)\/versions\.ya?ml$/.exec(rel);
    if (m) out.set(m[1]!, { name: m[1]!, versionsFile: path, version: readVersion(text(path)) });
    else if (/^versions\.ya?ml$/.test(rel)) out.set(GLOBALS, { name: GLOBALS, versionsFile: path, version: readVersion(text(path)) });
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function moduleTagName(module: string, version: string): string {
  return `contracts-${module}-${version}`;
}

export function parseModuleTag(tag: string): { module: string; version: string } | undefined {
  const m = /^contracts-(.+?)-(\d+\.\d+\.\d+(?:[-+].*)?)$/.exec(tag);
  return m ? { module: m[1]!, version: m[2]! } : undefined;
}
