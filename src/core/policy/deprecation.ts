// The deprecation window: a removed element must have been `deprecated: true` in the last N freezes.
import { unlessUnreadable } from '../errors.js';
import { formatOf, parseText } from '../source/parse.js';
import { pointerTokens } from '../model.js';
import { artifactBytes, type Freeze } from '../freeze/model.js';

type Artifact = Freeze['artifacts'][number];

/**
 * Each frozen file read once, however many removals in it ask: one pull request removing a hundred operations from
 * the GitHub REST description parsed its 11 MB once per removal and freeze (~23 s of a 29 s Action run).
 */
const parsed = new WeakMap<Artifact, { data: unknown }>();

function frozenData(artifact: Artifact, file: string): unknown {
  let known = parsed.get(artifact);
  if (!known) {
    const format = formatOf(file);
    const text = artifact.encoding === 'base64' ? Buffer.from(artifactBytes(artifact)).toString('utf8') : artifact.content;
    known = { data: format ? unlessUnreadable(() => parseText(file, text, format).data) : undefined };
    parsed.set(artifact, known);
  }
  return known.data;
}

/** How many of the newest freezes, in a row, mark the element at `file#pointer` deprecated. */
export function deprecatedStreak(freezes: Freeze[], file: string, pointer: string): number {
  let streak = 0;
  for (const freeze of freezes) {
    const artifact = freeze.artifacts.find((a) => a.path === file);
    if (!artifact || !isDeprecated(frozenData(artifact, file), pointer)) break;
    streak++;
  }
  return streak;
}

function isDeprecated(data: unknown, pointer: string): boolean {
  let node = data;
  if (node === undefined) return false; // not readable in that freeze: not marked deprecated there
  for (const t of pointerTokens(pointer)) {
    if (!node || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[t];
  }
  return !!node && typeof node === 'object' && (node as { deprecated?: unknown }).deprecated === true;
}
