// Builds the MemoryOS-style fixture (test/fixtures/memoryos) into a real git repository, with freezes written the way
// the seed's freeze tool writes them on Windows: SHA-256 and size of the CRLF bytes, content as read in text mode (LF),
// backslash paths, string sizes, naive timestamps.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FsTree } from '../src/adapters/fs-tree.js';
import { sha256 } from '../src/core/freeze/model.js';
import { commitAll, gitRun, PROJECT, tempDir, writeTree } from './helpers.js';

export const FIXTURE = join(PROJECT, 'test', 'fixtures', 'memoryos');

/** What the seed's tool wrote for one tree: the freeze, its SHA index, and the -latest copies. */
export function writeSeedFreeze(repo: string, version: string, label?: string): void {
  const root = join(repo, 'contracts');
  const stamp = '2025-09-12T10:00:00.000000';
  const artifacts = new FsTree(root)
    .paths()
    .filter((p) => !p.startsWith('_frozen/'))
    .map((p) => {
      const content = readFileSync(join(root, p), 'utf8').replace(/\r\n/g, '\n'); // Python's text mode
      const bytes = Buffer.from(content.replace(/\n/g, '\r\n')); // the bytes on a Windows disk
      return { path: p.replace(/\//g, '\\'), sha256: sha256(bytes), size: String(bytes.length), content, frozen_at: stamp };
    });
  const freeze = { version, created_at: stamp, artifacts };
  const index = {
    version,
    created_at: stamp,
    index: Object.fromEntries(artifacts.map((a) => [a.sha256, { path: a.path, size: a.size, frozen_at: stamp }])),
  };
  const name = `v${version}${label ? `-${label}` : ''}`;
  writeTree(root, {
    [`_frozen/freeze-${name}.json`]: JSON.stringify(freeze, null, 2),
    [`_frozen/sha-index-${name}.json`]: JSON.stringify(index, null, 2),
    '_frozen/freeze-latest.json': JSON.stringify(freeze, null, 2),
    '_frozen/sha-index-latest.json': JSON.stringify(index, null, 2),
  });
}

/** main: base frozen as 1.0.0, then v2 frozen as 2.0.0 (labelled stable); branch `pr` holds the pull request. */
export function memoryosRepo(options: { pr?: 'pr' | 'clean' } = {}): string {
  const repo = tempDir('cg-memoryos-');
  gitRun(repo, 'init', '--quiet', '--initial-branch=main');
  cpSync(join(FIXTURE, 'base'), repo, { recursive: true });
  // the seed's tree follows its house rules: the preset named after it
  mkdirSync(join(repo, '.github'), { recursive: true });
  writeFileSync(join(repo, '.github/contract-guard.yml'), 'preset: memoryos\n');
  writeSeedFreeze(repo, '1.0.0');
  commitAll(repo, 'contracts 1.0.0');
  cpSync(join(FIXTURE, 'v2'), repo, { recursive: true });
  writeSeedFreeze(repo, '2.0.0', 'stable');
  commitAll(repo, 'contracts 2.0.0');
  gitRun(repo, 'checkout', '--quiet', '-b', 'pr');
  cpSync(join(FIXTURE, 'pr'), repo, { recursive: true });
  if (options.pr === 'clean') {
    // the same pull request with the truncated schema put back
    writeFileSync(
      join(repo, 'contracts/storage/schemas/memory_item.schema.json'),
      readFileSync(join(FIXTURE, 'base/contracts/storage/schemas/memory_item.schema.json')),
    );
  }
  commitAll(repo, 'pull request');
  return repo;
}
