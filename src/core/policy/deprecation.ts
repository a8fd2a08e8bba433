// The deprecation window: a removed element must have been `deprecated: true` in the last N freezes.
import { load } from 'js-yaml';
import { pointerTokens } from '../model.js';
import { artifactBytes, type Freeze } from '../freeze/model.js';

/** How many of the newest freezes, in a row, mark the element at `file#pointer` deprecated. */
export function deprecatedStreak(freezes: Freeze[], file: string, pointer: string): number {
  let streak = 0;
  for (const freeze of freezes) {
    const artifact = freeze.artifacts.find((a) => a.path === file);
    if (!artifact || !isDeprecated(Buffer.from(artifactBytes(artifact)).toString('utf8'), file, pointer)) break;
    streak++;
  }
  return streak;
}

function isDeprecated(text: string, file: string, pointer: string): boolean {
  let node: unknown;
  try {
    node = file.endsWith('.json') ? JSON.parse(text) : load(text);
  } catch {
    return false;
  }
  for (const t of pointerTokens(pointer)) {
    if (!node || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[t];
  }
  return !!node && typeof node === 'object' && (node as { deprecated?: unknown }).deprecated === true;
}
