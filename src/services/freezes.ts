// Freezes on disk and in git: list, create, verify, restore, tag. The core decides; this file does the I/O.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve, sep } from 'node:path';
import { FsTree } from '../adapters/fs-tree.js';
import { filterTree } from '../core/source/tree.js';
import { git } from '../adapters/git-tree.js';
import { InputError, unlessUnreadable } from '../core/errors.js';
import {
  artifactBytes,
  compareVersions,
  createFreeze,
  FROZEN_DIR,
  freezeFileName,
  serialize,
  freezeFiles,
  type Freeze,
} from '../core/freeze/model.js';
import { readFreeze, readShaIndex } from '../core/freeze/read.js';
import { verifyFreeze, verifyIndex, type Finding } from '../core/freeze/verify.js';
import { sameContent } from '../core/source/line-endings.js';
import { contractScope, withReferences } from '../core/policy/scope.js';
import { contractsRoot, loadConfig } from './config-file.js';

/** Freeze files can hold a whole tree; still, refuse what no contracts folder produces. */
const MAX_FREEZE_BYTES = 512 * 1024 * 1024;

/**
 * The contracts root a freeze of the repository at `top` holds (`--root`, else the one the configuration names, else the
 * usual one), and the files in it that belong in a freeze: the contracts `check` judges.
 */
export function freezeScope(top: string, rootOption: string | undefined): { root: string; keep: (path: string) => boolean } {
  // the folder the configuration names (`contracts: api`), unless --root says otherwise; a configuration that does not
  // parse is `check`'s to report, and a freeze of the usual folder is still possible
  const config = unlessUnreadable(() => loadConfig(top, {}));
  const root = contractsRoot(top, rootOption ?? (config?.source?.given('/contracts') ? config.contracts : undefined));
  if (!existsSync(join(top, root))) throw new InputError(`contracts root '${root}' does not exist`, top);
  // a freeze holds the contracts `check` judges: the configured list of folders and globs, never dependency folders
  const scope = { contracts: root, scope: rootOption === undefined ? (config?.scope ?? []) : [] };
  // a file a listed contract `$ref`s is part of it: the freeze holds it, as `check` judges it
  const inScope = withReferences(scope, contractScope(scope), [new FsTree(top, [root])]);
  const prefix = root ? root + '/' : '';
  return { root, keep: (p) => inScope(prefix + p) };
}

export interface StoredFreeze {
  file: string;
  freeze: Freeze;
}

export class FreezeStore {
  readonly frozenDir: string;

  /**
   * `root`: the contracts folder on disk. `display`: how to name files in messages (e.g. `contracts/_frozen/x`).
   * `keep`: which files under the root (root-relative) a freeze holds: the contracts scope.
   */
  constructor(
    readonly root: string,
    private readonly display = (name: string) => join(FROZEN_DIR, name),
    private readonly keep: (path: string) => boolean = () => true,
  ) {
    this.frozenDir = join(root, FROZEN_DIR);
  }

  private read(name: string): string {
    const full = join(this.frozenDir, name);
    if (statSync(full).size > MAX_FREEZE_BYTES) throw new InputError('freeze file over 512 MB', this.display(name));
    return readFileSync(full, 'utf8');
  }

  /** Versioned freezes (not the -latest copies), newest first. */
  list(): StoredFreeze[] {
    if (!existsSync(this.frozenDir)) return [];
    return readdirSync(this.frozenDir)
      .filter((n) => /^freeze-v.+\.json$/.test(n))
      .map((n) => ({ file: this.display(n), freeze: readFreeze(this.display(n), this.read(n)) }))
      .sort((a, b) => compareVersions(b.freeze, a.freeze));
  }

  latest(): StoredFreeze | undefined {
    return this.list()[0];
  }

  /** By file suffix (`1.1.0-stable` → freeze-v1.1.0-stable.json) or by version. */
  get(spec: string): StoredFreeze {
    const want = spec.replace(/^v/, '');
    const all = this.list();
    const hit = all.find((s) => s.file.endsWith(freezeFileName(want))) ?? all.find((s) => s.freeze.version === want);
    if (!hit) {
      const known = all.map((s) => s.freeze.version + (s.freeze.label ? `-${s.freeze.label}` : '')).join(', ') || 'none';
      throw new InputError(`no freeze '${spec}' (known: ${known})`, this.display(''));
    }
    return hit;
  }

  create(version: string, options: { label?: string; now?: Date } = {}): { file: string; freeze: Freeze } {
    const latest = this.latest();
    let made: ReturnType<typeof createFreeze>;
    try {
      made = createFreeze(filterTree(new FsTree(this.root), this.keep), version.replace(/^v/, ''), {
        label: options.label,
        now: options.now ?? new Date(),
        latest: latest?.freeze.version,
      });
    } catch (err) {
      // a file it refused, named from the repository root as every other message names it (the freeze's paths are the root's)
      if (err instanceof InputError && err.file) throw new InputError(err.message, posix.join(posix.dirname(this.display('')), err.file));
      throw err;
    }
    const { freeze, index } = made;
    const [first, ...rest] = freezeFiles(freeze, index);
    const name = first!.name;
    if (existsSync(join(this.frozenDir, name)))
      throw new InputError(`freeze ${name} already exists; frozen history is append-only`, this.display(name));
    mkdirSync(this.frozenDir, { recursive: true });
    writeFileSync(join(this.frozenDir, name), first!.content, { flag: 'wx' }); // the versioned freeze is never overwritten
    for (const f of rest) writeFileSync(join(this.frozenDir, f.name), f.content);
    return { file: this.display(name), freeze };
  }

  /** Recompute every hash of every freeze and index. */
  verify(): { checked: number; findings: Finding[]; crlf: number; lineEndings: string[] } {
    const findings: Finding[] = [];
    const lineEndings: string[] = [];
    let crlf = 0;
    if (!existsSync(this.frozenDir)) throw new InputError('no frozen history to verify: the folder does not exist', this.display(''));
    const freezes = this.list();
    if (!freezes.length) throw new InputError('no frozen history to verify: the folder holds no freeze-v*.json', this.display(''));
    for (const s of freezes) {
      const v = verifyFreeze(s.file, s.freeze);
      findings.push(...v.findings);
      crlf += v.crlf;
      lineEndings.push(...v.lineEndings.map((p) => `${s.file} ${p}`));
    }
    const byVersion = new Map(freezes.map((s) => [s.freeze.version + (s.freeze.label ? `-${s.freeze.label}` : ''), s.freeze]));
    const names = existsSync(this.frozenDir) ? readdirSync(this.frozenDir) : [];
    for (const name of names.filter((n) => /^sha-index-.+\.json$/.test(n))) {
      const index = readShaIndex(this.display(name), this.read(name));
      const key = name === 'sha-index-latest.json' ? undefined : name.replace(/^sha-index-v|\.json$/g, '');
      const freeze = key ? (byVersion.get(key) ?? freezes.find((s) => s.freeze.version === index.version)?.freeze) : freezes[0]?.freeze;
      if (!freeze) findings.push({ file: this.display(name), message: `no freeze v${index.version || key} to match this index` });
      else findings.push(...verifyIndex(this.display(name), index, freeze));
    }
    if (names.includes('freeze-latest.json')) {
      const latest = readFreeze(this.display('freeze-latest.json'), this.read('freeze-latest.json'));
      findings.push(...verifyFreeze(this.display('freeze-latest.json'), latest).findings);
      const newest = freezes[0]?.freeze;
      if (newest && (latest.version !== newest.version || serialize(latest) !== serialize(newest))) {
        findings.push({ file: this.display('freeze-latest.json'), message: `is not a copy of the newest freeze v${newest.version}` });
      }
    }
    return { checked: freezes.length, findings, crlf, lineEndings };
  }
}

export interface RestorePlan {
  write: string[];
  remove: string[];
  unchanged: number;
}

/** Plan (and unless dry) carry out a rollback of the contracts folder to a freeze. Never writes outside `root`. */
export async function restoreFreeze(
  root: string,
  freeze: Freeze,
  options: { dryRun?: boolean; force?: boolean } = {},
): Promise<RestorePlan> {
  const realRoot = realpathSync(root);
  // a dry run writes nothing, so it may look at a tree with uncommitted work
  if (!options.force && !options.dryRun) await refuseUncommitted(root);
  const targets = new Map(freeze.artifacts.map((a) => [a.path, a]));
  const plan: RestorePlan = { write: [], remove: [], unchanged: 0 };
  for (const [path, artifact] of targets) {
    const full = containedPath(realRoot, path);
    const want = artifactBytes(artifact);
    const have = existsSync(full) && lstatSync(full).isFile() ? readFileSync(full) : undefined;
    if (have && sameContent(have, want)) plan.unchanged++;
    else plan.write.push(path);
  }
  for (const path of new FsTree(realRoot).paths()) {
    if (path.startsWith(FROZEN_DIR + '/')) continue;
    if (!targets.has(path)) plan.remove.push(path);
  }
  if (options.dryRun) return plan;
  for (const path of plan.write) {
    const full = containedPath(realRoot, path);
    mkdirSync(dirname(full), { recursive: true });
    containedPath(realRoot, path); // re-check now that the folders exist
    writeFileSync(full, artifactBytes(targets.get(path)!));
  }
  for (const path of plan.remove) rmSync(containedPath(realRoot, path), { force: true });
  return plan;
}

/** The absolute path of `rel` inside `realRoot`, refusing `..` and symbolic links that lead out. */
function containedPath(realRoot: string, rel: string): string {
  const full = resolve(realRoot, rel);
  if (!full.startsWith(realRoot + sep)) throw new InputError(`refusing to write outside the contracts root: ${rel}`);
  let existing = full;
  while (!existsSync(existing)) existing = dirname(existing);
  const real = realpathSync(existing);
  if (real !== realRoot && !real.startsWith(realRoot + sep))
    throw new InputError(`refusing to write through a link that leaves the contracts root: ${rel}`);
  if (existsSync(full) && lstatSync(full).isSymbolicLink()) throw new InputError(`refusing to overwrite a symbolic link: ${rel}`);
  return full;
}

async function refuseUncommitted(root: string): Promise<void> {
  let status: string;
  try {
    status = await git(root).raw(['status', '--porcelain', '--untracked-files=all', '--', '.']);
  } catch {
    throw new InputError(
      'cannot tell whether the contracts folder has uncommitted work (not a git repository); pass --force to restore anyway',
      root,
    );
  }
  const dirty = status.split('\n').filter((l) => l.trim() && !l.slice(3).includes(`${FROZEN_DIR}/`));
  if (dirty.length) {
    throw new InputError(
      `refusing to restore over ${dirty.length} uncommitted change${dirty.length === 1 ? '' : 's'} in the contracts folder (${dirty
        .slice(0, 3)
        .map((l) => l.slice(3))
        .join(', ')}${dirty.length > 3 ? ', …' : ''}); commit or stash them, or pass --force`,
      root,
    );
  }
}
