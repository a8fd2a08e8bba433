// Which repository files are contracts to judge: under the contracts root, inside `contracts:`'s globs when it is a
// list, and never in a dependency folder (a vendored copy of someone else's API is not this repository's).
import { Documents, type SourceTree } from '../source/tree.js';
import type { Config } from './config.js';
import { matchesAny } from './glob.js';
import { reachedFrom } from './references.js';

/** Folders that hold someone else's files (dependencies, tool caches), wherever they sit. */
const DEPENDENCY_DIRS = ['node_modules', 'vendor', '.git', '.venv', 'venv', '__pycache__'];
/** Folders that usually hold build output: left out where contract-guard searches, not in a folder the team named. */
const BUILD_DIRS = ['dist', 'build', 'target', 'out', 'coverage'];

const dirs = (names: string[]) => new RegExp(`(^|/)(${names.map((d) => d.replace('.', '\\.')).join('|')})/`);
const DEPENDENCY = dirs(DEPENDENCY_DIRS);
const DEPENDENCY_OR_BUILD = dirs([...DEPENDENCY_DIRS, ...BUILD_DIRS]);

/** Is this path in a dependency or build folder? */
export function inDependencyDir(path: string): boolean {
  return DEPENDENCY_OR_BUILD.test(path);
}

/**
 * The files of the contracts scope: `(path) => boolean` over repository-relative paths. Dependency folders never
 * count; build folders (`dist`, `build`, …) neither, unless they are inside the one contracts folder the team named
 * (`contracts: contracts` may hold a module called `build`).
 */
export function contractScope(config: Pick<Config, 'contracts' | 'scope'>): (path: string) => boolean {
  const prefix = config.contracts ? config.contracts + '/' : '';
  const excluded = config.contracts && !config.scope.length ? DEPENDENCY : DEPENDENCY_OR_BUILD;
  return (p) => p.startsWith(prefix) && !excluded.test(p) && (!config.scope.length || matchesAny(p, config.scope));
}

/**
 * A scope listed file by file (`contracts: [openapi.yaml]`, as `init` writes it) grown by what its contracts `$ref`
 * under the root, on either side: a listed document that grew `$ref: api/order.yaml` read "not found" (the file was
 * outside the scope), and once merged every change to that file passed unjudged. A root without a list needs none.
 */
export function withReferences(
  config: Pick<Config, 'contracts' | 'scope'>,
  inScope: (path: string) => boolean,
  trees: SourceTree[],
): (path: string) => boolean {
  if (!config.scope.length) return inScope;
  const prefix = config.contracts ? config.contracts + '/' : '';
  const extra = new Set<string>();
  for (const tree of trees) {
    const docs = new Documents(tree);
    let frontier = tree.paths().filter(inScope);
    const seen = new Set(frontier);
    while (frontier.length) {
      const next: string[] = [];
      for (const f of reachedFrom(docs, frontier)) {
        if (seen.has(f) || !f.startsWith(prefix) || DEPENDENCY.test(f)) continue;
        seen.add(f);
        next.push(f);
        if (!inScope(f)) extra.add(f);
      }
      frontier = next;
    }
  }
  return extra.size ? (p) => inScope(p) || extra.has(p) : inScope;
}
