// How a change reads in every rendering (terminal, markdown, annotations, JSON): its message plus the ways it was reached.
import type { Change } from '../model.js';
import { codeSpan, oneLine } from '../rules/catalog.js';

/** `message (via GET /a) (also via GET /b and GET /c)`: the route is named unless the message already does. */
export function changeText(change: Change): string {
  return change.message + routes(change) + semanticNote(change);
}

function routes(change: Change): string {
  const via = change.via;
  if (!via) return '';
  const first = via.first && !via.named ? ` (via ${via.first})` : '';
  const { others } = via;
  const list = others.length > 2 ? `${others.slice(0, 2).join(', ')} and ${others.length - 2} more` : others.join(' and ');
  return first + (others.length ? ` (also via ${list})` : '');
}

/** What set inclusion says, in one clause: the witness, or why the level is what it is. */
function semanticNote(change: Change): string {
  const s = change.semantic;
  if (!s) return '';
  if (s.verdict === 'compatible') return ' — proven compatible (no valid value breaks)';
  const example = s.witness === undefined ? '' : showValue(s.witness);
  const broke =
    s.side === 'writer' ? `${example} may now be sent and old readers reject it` : `${example} was accepted and is now rejected`;
  if (s.verdict === 'policy') return example ? ` — level from policy (set inclusion: ${broke})` : ' — level from policy';
  return example ? ` — e.g. ${broke}` : '';
}

/**
 * A value as one line of JSON in backticks: every key and item kept, only long strings inside shortened, unless it
 * runs past 300 characters (a schema requiring thousands of properties): then abridged, saying so, so that its change
 * still fits in a comment's row. The JSON report keeps it whole.
 */
export function showValue(value: unknown, { spaced = false }: { spaced?: boolean } = {}): string {
  const v = shortenStrings(value);
  const text = (spaced ? spacedJson(v) : JSON.stringify(v)) ?? String(value);
  // JSON escapes control characters but not the invisible ones (a zero-width space in a key)
  if (text.length <= MAX_SHOWN) return codeSpan(oneLine(text));
  return codeSpan(oneLine(abridged(v, spaced, MAX_SHOWN))) + ' (abridged; the JSON report has it whole)';
}

const MAX_SHOWN = 300;

/** JSON text of `value` within about `room` characters: what does not fit is `… N more` at its place. */
function abridged(value: unknown, spaced: boolean, room: number): string {
  if (!value || typeof value !== 'object') {
    const text = JSON.stringify(value) ?? 'null';
    return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1))}…`;
  }
  const list = Array.isArray(value);
  const entries: [string | undefined, unknown][] = list
    ? value.map((v) => [undefined, v])
    : Object.entries(value).filter(([, v]) => v !== undefined);
  const parts: string[] = [];
  let used = 2;
  for (const [k, v] of entries) {
    const head = k === undefined ? '' : JSON.stringify(k) + (spaced ? ': ' : ':');
    const left = room - used - head.length - 16; // room kept for `… 12345 more`
    if (left < 4) break;
    const part = head + abridged(v, spaced, left);
    parts.push(part);
    used += part.length + 2;
  }
  if (parts.length < entries.length) parts.push(`… ${(entries.length - parts.length).toLocaleString('en-US')} more`);
  const inside = parts.join(spaced ? ', ' : ',');
  return list ? `[${inside}]` : `{${inside}}`;
}

/** JSON with a space after each `,` and `:` between values: still JSON to copy, and a narrow column may wrap it there. */
function spacedJson(value: unknown): string | undefined {
  if (Array.isArray(value)) return `[${value.map((v) => spacedJson(v) ?? 'null').join(', ')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}: ${spacedJson(v)}`)
      .join(', ')}}`;
  return JSON.stringify(value);
}

const LONG = 40;

/** The value with every string over 40 characters cut in its middle (`"123e4567…4000"`): the structure stays whole. */
function shortenStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.length > LONG ? `${value.slice(0, 24)}…${value.slice(-12)}` : value;
  if (Array.isArray(value)) return value.map(shortenStrings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortenStrings(v)]));
  return value;
}
