// What a pull request did to the frozen folder, judged against the base branch's. History is append-only, and a
// freeze a pull request adds must be honest: a true snapshot of that pull request's own tree, newer than every freeze
// on the base, with `-latest` copies that equal the newest freeze. Anything else could move the baseline or fake the
// deprecation history, so it is reported.
import semver from 'semver';
import { InputError } from '../errors.js';
import { isFreezeFile, isHistoryFile, type ContractsLayout } from '../layout.js';
import { sameContent } from '../source/line-endings.js';
import type { SourceTree } from '../source/tree.js';
import { artifactBytes, compareVersions, type Freeze } from './model.js';
import { readFreeze, readShaIndex } from './read.js';
import { verifyFreeze, verifyIndex } from './verify.js';

export interface FrozenProblem {
  /** Repository path of the file under the frozen folder. */
  file: string;
  /** What happened to it, completing "frozen snapshot <file> was …". */
  action: string;
}

const text = (tree: SourceTree, path: string) => Buffer.from(tree.read(path)!).toString('utf8');
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const key = (f: Freeze) => f.version + (f.label ? `-${f.label}` : '');

/** Freezes held in a frozen tree, newest first; a file that cannot be read is left out (it is reported elsewhere). */
function freezesOf(tree: SourceTree, layout: ContractsLayout, only?: (p: string) => boolean): { path: string; freeze: Freeze }[] {
  const out: { path: string; freeze: Freeze }[] = [];
  for (const path of tree.paths()) {
    if (!layout.isFreezePath(path) || (only && !only(path))) continue;
    try {
      out.push({ path, freeze: readFreeze(path, text(tree, path)) });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
    }
  }
  return out.sort((a, b) => compareVersions(b.freeze, a.freeze));
}

/**
 * `frozenBase`, `frozenHead`: the frozen folder's files on the base branch and at the head. `headFiles`: the head's
 * contracts root, frozen folder excluded, repository-relative (what `freeze create` would snapshot).
 */
export function auditFrozen(
  layout: ContractsLayout,
  frozenBase: SourceTree,
  frozenHead: SourceTree,
  headFiles: SourceTree,
): FrozenProblem[] {
  const problems: FrozenProblem[] = [];
  const differs = (p: string) => {
    const a = frozenBase.read(p);
    const b = frozenHead.read(p);
    return !a || !b || Buffer.compare(a, b) !== 0;
  };
  for (const file of frozenBase.paths()) {
    if (!isHistoryFile(file)) continue;
    if (!frozenHead.read(file)) problems.push({ file, action: 'deleted' });
    else if (differs(file)) problems.push({ file, action: 'edited' });
  }
  const added = frozenHead.paths().filter((p) => !frozenBase.read(p));
  const touched = frozenHead.paths().filter((p) => frozenBase.read(p) && differs(p) && !isHistoryFile(p));
  if (!added.length && !touched.length) return problems;

  const newestOnBase = freezesOf(frozenBase, layout)[0]?.freeze;
  const addedFreezes = freezesOf(frozenHead, layout, (p) => added.includes(p));
  for (const p of added.filter((f) => layout.isFreezePath(f) && !addedFreezes.some((a) => a.path === f)))
    problems.push({ file: p, action: 'added, but it cannot be read as a freeze' });
  for (const { path, freeze } of addedFreezes) {
    const why = dishonesty(freeze, newestOnBase, layout, headFiles);
    if (why) problems.push({ file: path, action: `added, but ${why}` });
  }
  const byKey = new Map(addedFreezes.map((a) => [key(a.freeze), a.freeze]));
  const newestAtHead = freezesOf(frozenHead, layout)[0];
  for (const file of [...added, ...touched]) {
    if (layout.isFreezePath(file)) continue;
    const name = nameOf(file);
    const how = added.includes(file) ? 'added' : 'edited';
    if (!layout.isFrozen(file) || file.slice(layout.frozenDir.length + 1).includes('/')) {
      problems.push({ file, action: `${how}: only freezes and their SHA-256 indexes belong in ${layout.frozenDir}/` });
    } else if (/^sha-index-v.+\.json$/.test(name)) {
      const freeze = byKey.get(name.replace(/^sha-index-v|\.json$/g, ''));
      if (!freeze) problems.push({ file, action: `${how} without the freeze it indexes` });
      else if (!indexMatches(file, frozenHead, freeze))
        problems.push({ file, action: `${how}, but it does not index freeze v${key(freeze)}` });
    } else if (name === 'freeze-latest.json') {
      const newest = newestAtHead?.path;
      if (!newest || !sameContent(frozenHead.read(file)!, frozenHead.read(newest)!))
        problems.push({ file, action: `${how}, but it is not a copy of the newest freeze${newest ? ` (${nameOf(newest)})` : ''}` });
    } else if (name === 'sha-index-latest.json') {
      const newest = newestAtHead && layout.frozenPath(nameOf(newestAtHead.path).replace(/^freeze-/, 'sha-index-'));
      const want = newest ? frozenHead.read(newest) : undefined;
      if (!want || !sameContent(frozenHead.read(file)!, want))
        problems.push({ file, action: `${how}, but it is not a copy of the newest SHA-256 index${newest ? ` (${nameOf(newest)})` : ''}` });
    } else if (!isFreezeFile(file)) {
      problems.push({ file, action: `${how}: only freezes and their SHA-256 indexes belong in ${layout.frozenDir}/` });
    }
  }
  return problems;
}

/** Why a freeze a pull request adds is not a true snapshot of its own tree, newer than the base's; undefined if it is. */
function dishonesty(freeze: Freeze, newestOnBase: Freeze | undefined, layout: ContractsLayout, headFiles: SourceTree): string | undefined {
  if (newestOnBase && !semver.gt(freeze.version, newestOnBase.version))
    return `v${freeze.version} is not newer than v${newestOnBase.version}, the newest freeze on the base branch`;
  const broken = verifyFreeze('', freeze).findings[0];
  if (broken) return `its artifact ${broken.path} ${broken.message}`;
  const held = new Set<string>();
  for (const a of freeze.artifacts) {
    const path = layout.prefix + a.path;
    held.add(path);
    const bytes = headFiles.read(path);
    if (!bytes) return `it holds ${a.path}, which the pull request's tree does not have`;
    if (!sameContent(bytes, artifactBytes(a))) return `its ${a.path} differs from the pull request's file`;
  }
  const missing = headFiles.paths().find((p) => !held.has(p));
  if (missing) return `it leaves out ${layout.rel(missing)}, which the pull request's tree has`;
  return undefined;
}

function indexMatches(file: string, tree: SourceTree, freeze: Freeze): boolean {
  try {
    const index = readShaIndex(file, text(tree, file));
    return index.version === freeze.version && verifyIndex(file, index, freeze).length === 0;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return false;
  }
}
