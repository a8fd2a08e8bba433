// Which repository files are contracts to judge: under the contracts root, inside `contracts:`'s globs when it is a
// list, and never in a dependency or build folder (a vendored copy of someone else's API is not this repository's).
import type { Config } from './config.js';
import { matchesAny } from './glob.js';

/** Folders that hold dependencies, build output or tool caches, wherever they sit. */
export const NOT_CONTRACT_DIRS = [
  'node_modules',
  'vendor',
  'dist',
  'build',
  'target',
  'out',
  'coverage',
  '.git',
  '.venv',
  'venv',
  '__pycache__',
];

const DEPENDENCY_DIR = new RegExp(`(^|/)(${NOT_CONTRACT_DIRS.map((d) => d.replace('.', '\\.')).join('|')})/`);

/** Is this path in a dependency or build folder? */
export function inDependencyDir(path: string): boolean {
  return DEPENDENCY_DIR.test(path);
}

/** The files of the contracts scope: `(path) => boolean` over repository-relative paths. */
export function contractScope(config: Pick<Config, 'contracts' | 'scope'>): (path: string) => boolean {
  const prefix = config.contracts ? config.contracts + '/' : '';
  return (p) => p.startsWith(prefix) && !inDependencyDir(p) && (!config.scope.length || matchesAny(p, config.scope));
}
