// Lazily maps JSON pointers to source lines. Parsing for data stays fast (JSON.parse / js-yaml load);
// positions are computed once per file, and only for the pointers a report actually needs.
import { EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml';
import { pointerJoin, pointerTokens } from '../model.js';

export interface Position {
  line: number;
  column: number;
}

interface Trie {
  children: Map<string, Trie>;
  pointer: string;
}

export class PositionIndex {
  private lineStarts?: number[];
  protected readonly offsets = new Map<string, number>();

  constructor(
    protected readonly text: string,
    /** JSON is scanned along the wanted paths only, skipping the rest by brackets; YAML through the parser's events. */
    private readonly json = false,
  ) {}

  /** Resolve many pointers in one pass over the parser's events; a missing pointer falls back to its nearest ancestor. */
  locateAll(pointers: Iterable<string>): Map<string, Position> {
    const wanted = [...new Set(pointers)].filter((p) => !this.offsets.has(p));
    if (wanted.length) this.scan(wanted);
    const out = new Map<string, Position>();
    for (const p of pointers) {
      const tokens = pointerTokens(p);
      for (let n = tokens.length; n >= 0; n--) {
        const prefix = pointerJoin('', ...tokens.slice(0, n));
        const offset = this.offsets.get(prefix);
        if (offset !== undefined) {
          out.set(p, this.toPosition(offset));
          break;
        }
      }
    }
    return out;
  }

  locate(pointer: string): Position | undefined {
    return this.locateAll([pointer]).get(pointer);
  }

  /** Find the offsets of `pointers` (those it can) into `offsets`. */
  protected scan(pointers: string[]): void {
    const root: Trie = { children: new Map(), pointer: '' };
    for (const p of pointers) {
      let node = root;
      for (const t of pointerTokens(p)) {
        let next = node.children.get(t);
        if (!next) {
          next = { children: new Map(), pointer: pointerJoin(node.pointer, t) };
          node.children.set(t, next);
        }
        node = next;
      }
    }
    if (this.json) {
      this.offsets.set('', 0);
      try {
        scanJson(this.text, skipSpace(this.text, 0), root, this.offsets);
      } catch {
        // the data parser already accepted this text; positions are best effort
      }
      return;
    }
    let events: Event[];
    try {
      events = parseEvents(this.text, {});
    } catch {
      return; // the data parser already accepted this text; positions are best effort
    }
    type Frame = { map: boolean; index: number; key: boolean; trie?: Trie; pending?: Trie };
    const stack: Frame[] = [];
    this.offsets.set('', 0);
    for (const ev of events) {
      if (ev.type === EVENT_ID.DOCUMENT) continue;
      if (ev.type === EVENT_ID.POP) {
        stack.pop();
        continue;
      }
      const top = stack[stack.length - 1];
      let start = 'start' in ev ? ev.start : 'valueStart' in ev ? ev.valueStart : ev.anchorStart;
      // a quoted scalar's value starts after its quote; the member starts at the quote
      if (ev.type === EVENT_ID.SCALAR && start > 0 && (this.text[start - 1] === '"' || this.text[start - 1] === "'")) start--;
      let here: Trie | undefined = top ? undefined : root;
      if (top && top.map && top.key) {
        // a mapping key: its position is where the member starts
        top.key = false;
        top.pending = undefined;
        if (top.trie && ev.type === EVENT_ID.SCALAR) {
          const child = top.trie.children.get(getScalarValue(this.text, ev));
          if (child) {
            this.offsets.set(child.pointer, start);
            top.pending = child;
          }
        }
        if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE)
          stack.push({ map: ev.type === EVENT_ID.MAPPING, index: 0, key: true });
        continue;
      }
      if (top && top.map) {
        here = top.pending;
        top.key = true;
      } else if (top) {
        here = top.trie?.children.get(String(top.index));
        top.index++;
        if (here) this.offsets.set(here.pointer, start);
      }
      if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) {
        stack.push({ map: ev.type === EVENT_ID.MAPPING, index: 0, key: true, trie: here });
      }
    }
  }

  private toPosition(offset: number): Position {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = 0; i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}

const SPACE = new Set([32, 9, 10, 13]);

function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.has(text.charCodeAt(i))) i++;
  return i;
}

/** The end (exclusive) of the string starting at the quote at `i`. */
function endOfString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92)
      j++; // backslash: skip the escaped character
    else if (c === 34) return j + 1;
  }
  throw new Error('unterminated string');
}

/** The end (exclusive) of the JSON value at `i`, without looking inside it beyond its brackets and strings. */
function endOfValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34) return endOfString(text, i);
  if (c !== 123 && c !== 91) {
    let j = i;
    while (j < text.length && !SPACE.has(text.charCodeAt(j)) && !',]}'.includes(text[j]!)) j++;
    return j;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d === 34) j = endOfString(text, j) - 1;
    else if (d === 123 || d === 91) depth++;
    else if ((d === 125 || d === 93) && --depth === 0) return j + 1;
  }
  throw new Error('unbalanced brackets');
}

/**
 * Offsets of the trie's pointers in a JSON text, descending only where the trie goes (a member: where its key's quote
 * is; an item: where it starts). A multi-megabyte description is scanned at the speed of a bracket count.
 */
function scanJson(text: string, i: number, trie: Trie, offsets: Map<string, number>): number {
  const open = text.charCodeAt(i);
  if (!trie.children.size || (open !== 123 && open !== 91)) return endOfValue(text, i);
  const object = open === 123;
  let j = skipSpace(text, i + 1);
  for (let index = 0; text.charCodeAt(j) !== (object ? 125 : 93); index++) {
    let child: Trie | undefined;
    const start = j;
    if (object) {
      const end = endOfString(text, j);
      const raw = text.slice(j + 1, end - 1);
      child = trie.children.get(raw.includes('\\') ? (JSON.parse(text.slice(j, end)) as string) : raw);
      j = skipSpace(text, end);
      j = skipSpace(text, j + 1); // the colon
    } else child = trie.children.get(String(index));
    if (child) offsets.set(child.pointer, start);
    j = skipSpace(text, child ? scanJson(text, j, child, offsets) : endOfValue(text, j));
    if (text.charCodeAt(j) === 44) j = skipSpace(text, j + 1);
  }
  return j + 1;
}
