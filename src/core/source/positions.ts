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
  private readonly offsets = new Map<string, number>();

  constructor(private readonly text: string) {}

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

  private scan(pointers: string[]): void {
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
