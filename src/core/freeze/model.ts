// Freezes: self-contained, SHA-256-indexed snapshots of a contracts tree. Pure: bytes in, documents out.
import { FROZEN_DIR } from '../layout.js';
import { sha256 } from '../sha256.js';
import { posix } from 'node:path';
import semver from 'semver';
import { InputError } from '../errors.js';
import { isBinary } from '../source/parse.js';
import { overSizeLimit, Oversized } from '../source/withheld.js';
import { MapTree, type SourceTree } from '../source/tree.js';
import { compareText } from '../model.js';

export interface Artifact {
  /** Relative to the contracts root, `/` separators. */
  path: string;
  sha256: string;
  size: number;
  content: string;
  /** `base64` for files that are not UTF-8 text; absent (utf8) otherwise. */
  encoding?: 'base64';
  frozen_at: string;
}

export interface Freeze {
  version: string;
  label?: string;
  created_at: string;
  artifacts: Artifact[];
}

export interface ShaIndex {
  version: string;
  created_at: string;
  /** Keyed by content hash, as the seed tooling writes it. `paths` lists every path when several share the content. */
  index: Record<string, { path: string; paths?: string[]; size: number; frozen_at: string }>;
}

export { FROZEN_DIR };

export { sha256 };

export function freezeFileName(version: string, label?: string): string {
  return `freeze-v${version}${label ? `-${label}` : ''}.json`;
}

export function shaIndexFileName(version: string, label?: string): string {
  return `sha-index-v${version}${label ? `-${label}` : ''}.json`;
}

/** Normalise a stored path (seed tooling writes `api\openapi\common.yaml`) and refuse any that leaves the root. */
export function safeArtifactPath(raw: string, file: string): string {
  const path = posix.normalize(raw.replace(/\\/g, '/'));
  if (!raw || path.startsWith('../') || path === '..' || posix.isAbsolute(path) || /^[a-zA-Z]:/.test(path) || path.includes('\0')) {
    throw new InputError(`artifact path '${raw}' escapes the contracts root`, file);
  }
  return path;
}

export function artifactBytes(a: Pick<Artifact, 'content' | 'encoding'>): Uint8Array {
  return a.encoding === 'base64' ? Buffer.from(a.content, 'base64') : Buffer.from(a.content, 'utf8');
}

/** Snapshot every file of `tree` (paths relative to the contracts root), sorted, `_frozen/` excluded. */
export function createFreeze(
  tree: SourceTree,
  version: string,
  options: { label?: string; now: Date; latest?: string },
): { freeze: Freeze; index: ShaIndex } {
  if (!semver.valid(version)) throw new InputError(`'${version}' is not a valid SemVer version (e.g. 1.2.0)`);
  if (options.latest && !semver.gt(version, options.latest)) {
    throw new InputError(`version ${version} must be greater than the latest freeze v${options.latest}`);
  }
  if (options.label !== undefined && !/^[a-z0-9][a-z0-9.-]*$/.test(options.label)) {
    throw new InputError(`label '${options.label}' must be lowercase letters, digits, dots and dashes`);
  }
  const at = options.now.toISOString();
  const artifacts: Artifact[] = [];
  for (const path of tree.paths()) {
    if (path === FROZEN_DIR || path.startsWith(FROZEN_DIR + '/')) continue;
    const bytes = tree.read(path)!;
    // a file too large to read cannot be held: refused, never snapshot as what stands in for it
    if (bytes instanceof Oversized)
      throw new InputError(`${overSizeLimit(path, bytes.size).message}: a freeze cannot hold it (leave it out with files.ignore)`, path);
    const text = !isBinary(bytes) && isUtf8(bytes);
    artifacts.push({
      path,
      sha256: sha256(bytes),
      size: bytes.length,
      content: text ? Buffer.from(bytes).toString('utf8') : Buffer.from(bytes).toString('base64'),
      ...(text ? {} : { encoding: 'base64' as const }),
      frozen_at: at,
    });
  }
  const freeze: Freeze = { version, ...(options.label ? { label: options.label } : {}), created_at: at, artifacts };
  return { freeze, index: indexOf(freeze) };
}

export function indexOf(freeze: Freeze): ShaIndex {
  const index: ShaIndex['index'] = {};
  for (const a of freeze.artifacts) {
    const known = index[a.sha256];
    if (!known) index[a.sha256] = { path: a.path, size: a.size, frozen_at: a.frozen_at };
    else known.paths = [...(known.paths ?? [known.path]), a.path];
  }
  return { version: freeze.version, created_at: freeze.created_at, index };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Stable serialisation: the same tree gives byte-identical freezes apart from timestamps. */
export function serialize(value: Freeze | ShaIndex): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** The files one freeze adds to the frozen folder: the versioned freeze first, its index, and the two `-latest` copies. */
export function freezeFiles(freeze: Freeze, index: ShaIndex): { name: string; content: string }[] {
  const body = serialize(freeze);
  const indexBody = serialize(index);
  return [
    { name: freezeFileName(freeze.version, freeze.label), content: body },
    { name: shaIndexFileName(freeze.version, freeze.label), content: indexBody },
    { name: 'freeze-latest.json', content: body },
    { name: 'sha-index-latest.json', content: indexBody },
  ];
}

/** The frozen tree, with paths prefixed by the contracts root so it lines up with a repository tree. */
export function freezeTree(freeze: Freeze, root = ''): MapTree {
  const prefix = root ? root.replace(/\/$/, '') + '/' : '';
  return new MapTree(freeze.artifacts.map((a) => [prefix + a.path, artifactBytes(a)]));
}

export function compareVersions(a: Freeze, b: Freeze): number {
  return semver.compare(a.version, b.version) || compareText(a.created_at, b.created_at);
}
