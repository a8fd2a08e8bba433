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
  const listing = await git(dir).raw(['ls-tree', '-r', '-z', '--long', '--full-tree', commit, '--', prefix || '.']);
  const entries: { sha: string; path: string; size: number }[] = [];
  for (const record of listing.split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [, type, sha, size] = record.slice(0, tab).split(/\s+/);
    if (type !== 'blob') continue; // submodules (commit) are not contracts
    if (!keep(record.slice(tab + 1))) continue;
    entries.push({ sha: sha!, path: record.slice(tab + 1), size: Number(size) });
  }
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

function catFiles(dir: string, shas: string[]): Promise<Map<string, Uint8Array>> {
  const unique = [...new Set(shas)];
  const out = new Map<string, Uint8Array>();
  if (!unique.length) return Promise.resolve(out);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file failed: ${stderr.trim()}`));
      const buf = Buffer.concat(chunks);
      let pos = 0;
      for (const sha of unique) {
        const nl = buf.indexOf(10, pos);
        const header = buf.subarray(pos, nl).toString();
        const size = Number(header.split(' ')[2]);
        out.set(sha, new Uint8Array(buf.subarray(nl + 1, nl + 1 + size)));
        pos = nl + 1 + size + 1;
      }
      resolve(out);
    });
    child.stdin.end(unique.join('\n') + '\n');
  });
}
