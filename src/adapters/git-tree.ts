// A contract tree as it is at a git commit: listed with `git ls-tree`, read in one `git cat-file --batch`.
import { spawn } from 'node:child_process';
import { simpleGit, type SimpleGit } from 'simple-git';
import { InputError } from '../core/errors.js';
import { MapTree } from '../core/source/tree.js';
import { LIMITS } from '../core/source/limits.js';

export function git(dir: string): SimpleGit {
  return simpleGit({ baseDir: dir, trimmed: false });
}

export async function repoTop(dir: string): Promise<string> {
  try {
    return (await git(dir).revparse(['--show-toplevel'])).trim();
  } catch {
    throw new InputError('not inside a git repository (check needs one; use `contract-guard diff` for two folders)', dir);
  }
}

export async function resolveCommit(dir: string, ref: string): Promise<string> {
  let sha = '';
  try {
    sha = (await git(dir).revparse(['--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    // reported below
  }
  if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new InputError(`unknown git ref '${ref}' (in a shallow clone, fetch it first)`);
  return sha;
}

/** Read every file under `prefix` (a folder relative to the repository root, '' for all) at `commit`; `keep` narrows it. */
export async function readGitTree(
  dir: string,
  commit: string,
  prefix: string,
  keep: (path: string) => boolean = () => true,
): Promise<MapTree> {
  // no `--long`: in a partial clone the sizes would fetch every blob, one request each
  const listing = await git(dir).raw(['ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix || '.']);
  const listed: { sha: string; path: string }[] = [];
  for (const record of listing.split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [, type, sha] = record.slice(0, tab).split(/\s+/);
    if (type !== 'blob') continue; // submodules (commit) are not contracts
    if (!keep(record.slice(tab + 1))) continue;
    listed.push({ sha: sha!, path: record.slice(tab + 1) });
  }
  await prefetch(
    dir,
    [commit],
    listed.map((e) => e.sha),
  );
  const sizes = await batchCheck(
    dir,
    listed.map((e) => e.sha),
  );
  const entries = listed.map((e) => ({ ...e, size: sizes.get(e.sha) ?? 0 }));
  const tree = new MapTree();
  const wanted = entries.filter((e) => e.size <= LIMITS.maxFileBytes + 1);
  const blobs = await catFiles(
    dir,
    wanted.map((e) => e.sha),
  );
  for (const e of entries) {
    // an oversized blob is stood in for by a marker of its size, so the parser reports it without loading it
    tree.set(e.path, blobs.get(e.sha) ?? new Uint8Array(e.size > LIMITS.maxFileBytes ? LIMITS.maxFileBytes + 1 : 0));
  }
  return tree;
}

/**
 * Bring the blobs of several commits' trees under `prefix` (that `keep` selects) into a partial clone in one fetch,
 * before they are read: the App judges a pull request with three git fetches, whatever the number of files.
 */
export async function prefetchTrees(dir: string, commits: string[], prefix: string, keep: (path: string) => boolean): Promise<void> {
  const shas: string[] = [];
  for (const commit of commits) {
    const listing = await git(dir).raw(['ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix || '.']);
    for (const record of listing.split('\0')) {
      const tab = record.indexOf('\t');
      const [, type, sha] = record.slice(0, tab).split(/\s+/);
      if (type === 'blob' && keep(record.slice(tab + 1))) shas.push(sha!);
    }
  }
  await prefetch(dir, commits, shas);
}

/**
 * In a partial clone (the App's), fetch the blobs a tree read needs that are not here yet, in one request: left to
 * git, each would be fetched on its own as it is read.
 */
async function prefetch(dir: string, commits: string[], shas: string[]): Promise<void> {
  if (!shas.length) return;
  const g = git(dir);
  const promisor = (await g.raw(['config', '--get', 'remote.origin.promisor']).catch(() => '')).trim() === 'true';
  if (!promisor) return;
  // `--missing=print` lists what is absent without fetching it
  const missing = new Set(
    (await g.raw(['rev-list', '--objects', '--missing=print', '--no-object-names', '--no-walk', ...commits]))
      .split('\n')
      .filter((l) => l.startsWith('?'))
      .map((l) => l.slice(1)),
  );
  const wanted = [...new Set(shas)].filter((s) => missing.has(s));
  if (!wanted.length) return;
  await gitWithInput(dir, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--filter=blob:none', '--stdin', 'origin'], wanted);
}

/** Run git with `lines` on its standard input; its standard output, or an error with what it said. */
function gitWithInput(dir: string, args: string[], lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`git ${args[0]} failed: ${stderr.trim()}`)),
    );
    child.stdin.end(lines.join('\n') + '\n');
  });
}

/** Sizes of objects already here (`git cat-file --batch-check`), so an oversized one is never read whole. */
async function batchCheck(dir: string, shas: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(shas)];
  const out = new Map<string, number>();
  if (!unique.length) return out;
  for (const line of (await gitWithInput(dir, ['cat-file', '--batch-check'], unique)).toString().split('\n')) {
    const [sha, type, size] = line.split(' ');
    if (sha && type === 'blob') out.set(sha, Number(size));
  }
  return out;
}

async function catFiles(dir: string, shas: string[]): Promise<Map<string, Uint8Array>> {
  const unique = [...new Set(shas)];
  const out = new Map<string, Uint8Array>();
  if (!unique.length) return out;
  const buf = await gitWithInput(dir, ['cat-file', '--batch'], unique);
  let pos = 0;
  for (const sha of unique) {
    const nl = buf.indexOf(10, pos);
    const size = Number(buf.subarray(pos, nl).toString().split(' ')[2]);
    out.set(sha, new Uint8Array(buf.subarray(nl + 1, nl + 1 + size)));
    pos = nl + 1 + size + 1;
  }
  return out;
}
