// How a change reads in every rendering (terminal, markdown, annotations, JSON): its message plus the ways it was reached.
import type { Change } from '../model.js';

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

/** A value as one line of JSON in backticks, cut short when long. */
function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return '`' + (text.length > 80 ? text.slice(0, 77) + '...' : text) + '`';
}
