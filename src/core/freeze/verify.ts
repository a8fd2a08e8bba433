// Integrity of frozen history: every artifact's hash and size recomputed, every index entry matched.
import { artifactBytes, sha256, type Freeze, type ShaIndex } from './model.js';

export interface Finding {
  file: string;
  path?: string;
  message: string;
}

export function verifyFreeze(file: string, freeze: Freeze): Finding[] {
  const out: Finding[] = [];
  for (const a of freeze.artifacts) {
    const bytes = artifactBytes(a);
    const actual = sha256(bytes);
    if (actual !== a.sha256) out.push({ file, path: a.path, message: `content does not match its SHA-256 (recorded ${a.sha256.slice(0, 12)}…, actual ${actual.slice(0, 12)}…): edited by hand?` });
    else if (a.size !== bytes.length) out.push({ file, path: a.path, message: `size ${a.size} recorded, ${bytes.length} bytes stored` });
  }
  return out;
}

export function verifyIndex(file: string, index: ShaIndex, freeze: Freeze): Finding[] {
  const out: Finding[] = [];
  const byPath = new Map(freeze.artifacts.map((a) => [a.path, a]));
  for (const [sha, entry] of Object.entries(index.index)) {
    for (const path of entry.paths ?? [entry.path]) {
      const a = byPath.get(path);
      if (!a) out.push({ file, path, message: `indexed artifact is missing from freeze v${freeze.version}` });
      else if (a.sha256 !== sha) out.push({ file, path, message: `index records ${sha.slice(0, 12)}…, freeze v${freeze.version} holds ${a.sha256.slice(0, 12)}…` });
    }
  }
  const indexed = new Set(Object.keys(index.index));
  for (const a of freeze.artifacts) if (!indexed.has(a.sha256)) out.push({ file, path: a.path, message: `artifact of freeze v${freeze.version} is missing from the index` });
  return out;
}
