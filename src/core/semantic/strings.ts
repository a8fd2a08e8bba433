// Strings as languages: a `pattern` (unanchored, as JSON Schema reads it) intersected with a length range, decided
// with finite automata (refa, loaded when a pattern first needs it). Every operation has a node budget; past it the
// answer is "unknown".
import type { Char, NFA } from 'refa';
import { isBug } from '../errors.js';
import libraries from '../libraries.cjs';

const MAX_NODES = 20_000;

export interface StringSet {
  pattern?: string;
  minLength: number;
  maxLength?: number;
}

/** The strings a schema node allows (its `pattern` and length range). */
export function stringSet(s: Record<string, unknown>): StringSet {
  return {
    pattern: typeof s.pattern === 'string' ? s.pattern : undefined,
    minLength: typeof s.minLength === 'number' ? s.minLength : 0,
    maxLength: typeof s.maxLength === 'number' ? s.maxLength : undefined,
  };
}

const cache = new Map<string, NFA | null>();

/** Pattern characters a diff may still read into automata, and the patterns it has paid for. */
export interface PatternMeter {
  chars: number;
  read: Set<string>;
  /** A pattern was left unread for want of characters (since the caller last cleared it). */
  short?: boolean;
}

let meter: PatternMeter | undefined;

/** Run `read` with `m` paying for the patterns it reads (none: only each pattern's own limit applies). */
export function readingPatterns<T>(m: PatternMeter | undefined, read: () => T): T {
  const outer = meter;
  meter = m;
  try {
    return read();
  } finally {
    meter = outer;
  }
}
const MAX_SAMPLED_PATTERN = 10_000;

/** The language of a JSON Schema pattern: it matches anywhere unless anchored. Null when refa cannot build it. */
function patternNfa(pattern: string): NFA | null {
  // refa's parse grows faster than the pattern (1 s at 10,000 characters, 48 s at a megabyte): longer ones are left
  // to the other candidates and the prover, which read a pattern as an opaque string
  if (pattern.length > MAX_SAMPLED_PATTERN) return null;
  // and a diff reads so many characters in all, each pattern paid once whether this process read it before or not
  if (meter && !meter.read.has(pattern)) {
    if (pattern.length > meter.chars) {
      meter.short = true;
      return null;
    }
    meter.chars -= pattern.length;
    meter.read.add(pattern);
  }
  const known = cache.get(pattern);
  if (known !== undefined) return known;
  let nfa: NFA | null = null;
  const { JS, NFA, TooManyNodesError } = libraries.refa();
  try {
    const start = pattern.startsWith('^');
    const end = pattern.endsWith('$') && !pattern.endsWith('\\$');
    const body = pattern.slice(start ? 1 : 0, end ? -1 : undefined);
    const anyChar = '[\\s\\S]*';
    const source = `${start ? '' : anyChar}(?:${body})${end ? '' : anyChar}`;
    const parsed = JS.Parser.fromLiteral({ source, flags: 'u' }).parse({
      assertions: 'throw',
      backreferences: 'throw',
      maxNodes: MAX_NODES,
    });
    // `^a|b$` is not `^(a|b)$`: an anchor stripped from a top-level alternation changes the language
    const bodyAlternatives = JS.Parser.fromLiteral({ source: body, flags: 'u' }).parse({ assertions: 'throw', maxNodes: MAX_NODES });
    if ((start || end) && bodyAlternatives.expression.alternatives.length > 1) throw new Unsupported();
    nfa = NFA.fromRegex(parsed.expression, { maxCharacter: parsed.maxCharacter }, {}, new NFA.LimitedNodeFactory(MAX_NODES));
  } catch (err) {
    if (isBug(err) && !(err instanceof TooManyNodesError)) throw err;
    nfa = null; // lookarounds, backreferences, a regex too large: not decided here
  }
  cache.set(pattern, nfa);
  return nfa;
}

class Unsupported extends Error {}

/** All strings of the given lengths, as an automaton. */
function lengthNfa(min: number, max: number | undefined): NFA | null {
  if (min > 1000 || (max !== undefined && max > 1000)) return null; // large bounds: decided by the numbers alone
  const source = `^[\\s\\S]{${min},${max ?? ''}}$`;
  return patternNfa(source);
}

/** Is every string of `a` also in `b`? true, false (with an example string of `a` outside `b`), or undefined. */
export function stringsIncluded(a: StringSet, b: StringSet): { included: true } | { included: false; example?: string } | undefined {
  // lengths: the shortest string of a's pattern counts too (`.{1,}` has no string shorter than 1)
  const aMin = Math.max(a.minLength, a.pattern ? (shortestLength(a.pattern) ?? 0) : 0);
  if (aMin < b.minLength) return undefined;
  if (b.maxLength !== undefined && (a.maxLength === undefined || a.maxLength > b.maxLength)) return undefined;
  if (!b.pattern || b.pattern === a.pattern) return { included: true };
  const left = intersectAll([a.pattern ? patternNfa(a.pattern) : undefined, lengthNfa(a.minLength, a.maxLength)]);
  const right = patternNfa(b.pattern);
  if (!left || !right) return undefined;
  const { DFA, getIntersectionWords, isDisjointWith, TooManyNodesError } = libraries.refa();
  try {
    const complement = DFA.fromFA(right, new DFA.LimitedNodeFactory(MAX_NODES));
    complement.complement();
    if (isDisjointWith(left, complement, MAX_NODES)) return { included: true };
    for (const word of getIntersectionWords(left, complement, MAX_NODES)) return { included: false, example: text(word) };
    return undefined;
  } catch (err) {
    if (err instanceof TooManyNodesError) return undefined;
    throw err;
  }
}

/** A few strings in the set, shortest first (for witnesses); none when the pattern is beyond refa. */
export function sampleStrings(s: StringSet, count: number): string[] {
  if (!s.pattern) return byLength(s.minLength, s.maxLength, count);
  const nfa = intersectAll([s.pattern ? patternNfa(s.pattern) : undefined, lengthNfa(s.minLength, s.maxLength)]);
  if (!nfa) return [];
  try {
    return fewestWords(nfa, count);
  } catch (err) {
    if (!(err instanceof libraries.refa().TooManyNodesError)) throw err;
    return [];
  }
}

/**
 * The first `count` words of an automaton, shortest first, each length in code point order (as refa's `words()` gives
 * them): breadth first over its deterministic states, each entered at most `count` times (what follows a state is
 * the same whatever led there, so a later way in makes no earlier word). refa's `words()` walks the automaton's paths,
 * and a pattern such as `^([a-z]{1,8}-){20}x$` has millions shorter than its first word: gigabytes, then out of
 * memory. Throws refa's TooManyNodesError past MAX_NODES states.
 */
function fewestWords(nfa: NFA, count: number): string[] {
  const { DFA } = libraries.refa();
  const dfa = DFA.fromFA(nfa, new DFA.LimitedNodeFactory(MAX_NODES));
  interface Path {
    node: (typeof dfa)['initial'];
    prev?: Path;
    char?: Char;
  }
  const spell = (p: Path): string => {
    const chars: Char[] = [];
    for (let at: Path | undefined = p; at?.char !== undefined; at = at.prev) chars.push(at.char);
    return text(chars.reverse());
  };
  const entered = new Map<Path['node'], number>([[dfa.initial, 1]]);
  const queue: Path[] = [{ node: dfa.initial }];
  const out: string[] = [];
  for (let i = 0; i < queue.length && out.length < count; i++) {
    const p = queue[i]!;
    if (dfa.finals.has(p.node)) out.push(spell(p));
    // ranges come in code point order: each character is a word of its own, as many as a next state may take
    for (const [range, next] of p.node.out.entries()) {
      for (let c = range.min, times = entered.get(next) ?? 0; c <= range.max && times < count; c++, times++) {
        entered.set(next, times + 1);
        queue.push({ node: next, prev: p, char: c });
      }
    }
  }
  return out;
}

/**
 * What the automaton of a length range alone yields, without building one (or loading refa): the shortest lengths
 * first, each in code point order, so `\0…\0` then `\0…\1`. Ranges past 1,000 are left to the numbers, as above.
 */
function byLength(min: number, max: number | undefined, count: number): string[] {
  if (min > 1000 || (max !== undefined && (max > 1000 || max < min))) return [];
  const out: string[] = [];
  for (let n = min; out.length < count && (max === undefined || n <= max); n++) {
    if (n === 0) out.push('');
    else for (let c = 0, need = count - out.length; c < need; c++) out.push('\0'.repeat(n - 1) + String.fromCodePoint(c));
  }
  return out;
}

/** Strings matching `pattern` (for property names from `patternProperties`). */
export function patternSamples(pattern: string, count: number): string[] {
  return sampleStrings({ pattern, minLength: 0 }, count);
}

function shortestLength(pattern: string): number | undefined {
  const nfa = patternNfa(pattern);
  if (!nfa) return undefined;
  try {
    const [word] = fewestWords(nfa, 1);
    return word === undefined ? Infinity : [...word].length; // Infinity: it matches nothing
  } catch (err) {
    if (err instanceof libraries.refa().TooManyNodesError) return undefined;
    throw err;
  }
}

function intersectAll(parts: (NFA | null | undefined)[]): NFA | null {
  let out: NFA | null = null;
  const { NFA, TooManyNodesError } = libraries.refa();
  for (const p of parts) {
    if (p === undefined) continue;
    if (p === null) return null;
    try {
      out = out ? NFA.fromIntersection(out, p, new NFA.LimitedNodeFactory(MAX_NODES)) : p;
    } catch (err) {
      if (err instanceof TooManyNodesError) return null;
      throw err;
    }
  }
  return out ?? patternNfa('');
}

function text(word: readonly Char[]): string {
  return String.fromCodePoint(...word);
}
