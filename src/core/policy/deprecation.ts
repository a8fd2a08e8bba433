// The deprecation window: a removed element must have been `deprecated: true` in the last N freezes.
import { unlessUnreadable } from '../errors.js';
import { formatOf, parseText } from '../source/parse.js';
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
  const format = formatOf(file);
  let node = format && unlessUnreadable(() => parseText(file, text, format).data);
  if (node === undefined) return false; // not readable in that freeze: not marked deprecated there
  for (const t of pointerTokens(pointer)) {
    if (!node || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[t];
  }
  return !!node && typeof node === 'object' && (node as { deprecated?: unknown }).deprecated === true;
}
