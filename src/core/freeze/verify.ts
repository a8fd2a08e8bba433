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
 */
export type Integrity = 'exact' | 'crlf' | 'hash-mismatch' | 'size-mismatch';

export function artifactIntegrity(a: Artifact): { integrity: Integrity; actual: string; bytes: number } {
  const bytes = artifactBytes(a);
  const actual = sha256(bytes);
  if (actual === a.sha256) return { integrity: a.size === bytes.length ? 'exact' : 'size-mismatch', actual, bytes: bytes.length };
  if (a.encoding !== 'base64' && bytes.includes(10)) {
    const crlf = toCrlf(bytes);
    if (sha256(crlf) === a.sha256 && a.size === crlf.length) return { integrity: 'crlf', actual, bytes: crlf.length };
  }
  return { integrity: 'hash-mismatch', actual, bytes: bytes.length };
}

export interface FreezeVerification {
  findings: Finding[];
  /** Artifacts whose record is of their CRLF bytes: accepted, said once. */
  crlf: number;
}

export function verifyFreeze(file: string, freeze: Freeze): FreezeVerification {
  const findings: Finding[] = [];
  let crlf = 0;
  for (const a of freeze.artifacts) {
    const { integrity, actual, bytes } = artifactIntegrity(a);
    if (integrity === 'crlf') crlf++;
    else if (integrity === 'hash-mismatch') {
      findings.push({
        file,
        path: a.path,
        message: `content does not match its SHA-256 (recorded ${a.sha256.slice(0, 12)}…, actual ${actual.slice(0, 12)}…): edited by hand?`,
      });
    } else if (integrity === 'size-mismatch')
      findings.push({ file, path: a.path, message: `size ${a.size} recorded, ${bytes} bytes stored` });
  }
  return { findings, crlf };
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
