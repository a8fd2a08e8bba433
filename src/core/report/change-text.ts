// How a change reads in every rendering (terminal, markdown, annotations, JSON): its message plus the ways it was reached.
import type { Change } from '../model.js';

/** `message (via GET /a) (also via GET /b and GET /c)`: the route is named unless the message already does. */
export function changeText(change: Change): string {
  const via = change.via;
  if (!via) return change.message;
  const first = via.first && !via.named ? ` (via ${via.first})` : '';
  const { others } = via;
  const list = others.length > 2 ? `${others.slice(0, 2).join(', ')} and ${others.length - 2} more` : others.join(' and ');
  return change.message + first + (others.length ? ` (also via ${list})` : '');
}
