// Integrity of frozen history: every artifact's hash and size recomputed, every index entry matched.
import { toCrlf } from '../source/line-endings.js';
import { artifactBytes, sha256, type Artifact, type Freeze, type ShaIndex } from './model.js';

export interface Finding {
  file: string;
  path?: string;
  message: string;
}

/**
 * How an artifact's stored content matches its recorded hash. `crlf`: the seed's freeze tool on Windows hashed the
 * file's CRLF bytes but stored the text as read in text mode (LF); the SHA-256 and the size both match the CRLF form.
 * `line-endings`: the same for a file with mixed line endings: some of its lines were CRLF when hashed, which the
 * stored LF text no longer says; accepted when the CRLF lines are found (mixedEndingsMatch).
 */
export type Integrity = 'exact' | 'crlf' | 'line-endings' | 'hash-mismatch' | 'size-mismatch';

export function artifactIntegrity(a: Artifact): { integrity: Integrity; actual: string; bytes: number } {
  const bytes = artifactBytes(a);
  const actual = sha256(bytes);
  if (actual === a.sha256) return { integrity: a.size === bytes.length ? 'exact' : 'size-mismatch', actual, bytes: bytes.length };
  if (a.encoding !== 'base64' && bytes.includes(10)) {
    const crlf = toCrlf(bytes);
    if (sha256(crlf) === a.sha256 && a.size === crlf.length) return { integrity: 'crlf', actual, bytes: crlf.length };
    if (!bytes.includes(13) && mixedEndingsMatch(bytes, a.size - bytes.length, a.sha256))
      return { integrity: 'line-endings', actual, bytes: bytes.length };
  }
  return { integrity: 'hash-mismatch', actual, bytes: bytes.length };
}

/**
 * Were these LF bytes hashed with `k` of their lines ending in CRLF? Proven by finding the lines: a run of `k` CRLF
 * lines among LF ones, or a run of LF lines among CRLF ones (a block pasted from another editor, a last line added by
 * a tool). O(lines) hashes, and only on the mismatch path; a mix no run explains stays a mismatch.
 */
function mixedEndingsMatch(bytes: Uint8Array, k: number, sha: string): boolean {
  const lfs: number[] = [];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) lfs.push(i);
  const n = lfs.length;
  if (k <= 0 || k >= n || n > 20_000) return false;
  const withCr = (isCrlf: (line: number) => boolean) => {
    const out = new Uint8Array(bytes.length + k);
    let from = 0;
    let to = 0;
    lfs.forEach((at, line) => {
      out.set(bytes.subarray(from, at), to);
      to += at - from;
      if (isCrlf(line)) out[to++] = 13;
      from = at;
    });
    out.set(bytes.subarray(from), to);
    return out;
  };
  for (let start = 0; start + k <= n; start++) {
    if (sha256(withCr((l) => l >= start && l < start + k)) === sha) return true;
    const lf = n - k;
    if (start + lf <= n && sha256(withCr((l) => l < start || l >= start + lf)) === sha) return true;
  }
  return false;
}

export interface FreezeVerification {
  findings: Finding[];
  /** Artifacts whose record is of their CRLF bytes: accepted, said once. */
  crlf: number;
  /** Artifacts hashed over mixed line endings that the stored text lost: line endings differ only, said by path. */
  lineEndings: string[];
}

export function verifyFreeze(file: string, freeze: Freeze): FreezeVerification {
  const findings: Finding[] = [];
  const lineEndings: string[] = [];
  let crlf = 0;
  for (const a of freeze.artifacts) {
    const { integrity, actual, bytes } = artifactIntegrity(a);
    if (integrity === 'crlf') crlf++;
    else if (integrity === 'line-endings') lineEndings.push(a.path);
    else if (integrity === 'hash-mismatch') {
      findings.push({
        file,
        path: a.path,
        message: `content does not match its SHA-256 (recorded ${a.sha256.slice(0, 12)}…, actual ${actual.slice(0, 12)}…): edited by hand?`,
      });
    } else if (integrity === 'size-mismatch')
      findings.push({ file, path: a.path, message: `size ${a.size} recorded, ${bytes} bytes stored` });
  }
  return { findings, crlf, lineEndings };
}

export function verifyIndex(file: string, index: ShaIndex, freeze: Freeze): Finding[] {
  const out: Finding[] = [];
  const byPath = new Map(freeze.artifacts.map((a) => [a.path, a]));
  for (const [sha, entry] of Object.entries(index.index)) {
    for (const path of entry.paths ?? [entry.path]) {
      const a = byPath.get(path);
      if (!a) out.push({ file, path, message: `indexed artifact is missing from freeze v${freeze.version}` });
      else if (a.sha256 !== sha)
        out.push({ file, path, message: `index records ${sha.slice(0, 12)}…, freeze v${freeze.version} holds ${a.sha256.slice(0, 12)}…` });
    }
  }
  const indexed = new Set(Object.keys(index.index));
  for (const a of freeze.artifacts)
    if (!indexed.has(a.sha256))
      out.push({ file, path: a.path, message: `artifact of freeze v${freeze.version} is missing from the index` });
  return out;
}
