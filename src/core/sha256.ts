// SHA-256 of bytes, hex: what a freeze indexes its artifacts by and a diff tells identical files by. Its own module so
// that a diff does not load the freeze model (and semver with it, ~5 ms of every start-up).
import { createHash } from 'node:crypto';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
