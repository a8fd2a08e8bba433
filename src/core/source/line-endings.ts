// Line endings are not content: a file checked out with CRLF on Windows is the same contract as its LF twin.
import { isBinary } from './parse.js';
import { Oversized } from './withheld.js';

const CR = 13;
const LF = 10;

/** The bytes with every CRLF turned into LF (other bytes untouched). */
export function toLf(bytes: Uint8Array): Uint8Array {
  if (!bytes.includes(CR)) return bytes;
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === CR && bytes[i + 1] === LF) continue;
    out[n++] = bytes[i]!;
  }
  return out.subarray(0, n);
}

/** The bytes with every lone LF turned into CRLF: what a text-mode write on Windows produces. */
export function toCrlf(bytes: Uint8Array): Uint8Array {
  const parts: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === LF && bytes[i - 1] !== CR) parts.push(CR);
    parts.push(bytes[i]!);
  }
  return Uint8Array.from(parts);
}

/** Same bytes, or the same text apart from CRLF versus LF line endings. */
export function sameContent(a: Uint8Array, b: Uint8Array): boolean {
  // files over the size limit are not read: their content ids tell
  if (a instanceof Oversized || b instanceof Oversized) return a instanceof Oversized && b instanceof Oversized && a.id === b.id;
  if (Buffer.compare(a, b) === 0) return true;
  if (!a.includes(CR) && !b.includes(CR)) return false;
  if (isBinary(a) || isBinary(b)) return false;
  return Buffer.compare(toLf(a), toLf(b)) === 0;
}
