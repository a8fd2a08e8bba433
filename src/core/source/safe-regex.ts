// Regular expressions written in contracts are hostile input: `^(a+)+$` against 40 characters backtracks for minutes in
// a native engine. Every pattern from a contract is matched here, on RE2's linear-time engine (re2js). A pattern RE2
// cannot run (lookaround, backreferences) is refused, never handed to a backtracking engine.
import libraries from '../libraries.cjs';

/** A pattern that cannot be matched in linear time: the caller says "cannot be checked safely" with its place. */
export class UnsafePattern extends Error {
  constructor(
    readonly pattern: string,
    reason: string,
  ) {
    super(`pattern ${JSON.stringify(pattern.length > 80 ? pattern.slice(0, 77) + '…' : pattern)} cannot be checked safely: ${reason}`);
    this.name = 'UnsafePattern';
  }
}

export interface SafePattern {
  test(text: string): boolean;
  toString(): string;
}

const cache = new Map<string, SafePattern | UnsafePattern>();
const MAX_CACHE = 5000;

/** An ECMAScript pattern (JSON Schema's dialect), matched by RE2 like `new RegExp(pattern, 'u').test`. */
export function safePattern(pattern: string): SafePattern {
  let hit = cache.get(pattern);
  if (!hit) {
    hit = compile(pattern);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(pattern, hit);
  }
  if (hit instanceof UnsafePattern) throw hit;
  return hit;
}

/** Whether `pattern` can be matched safely; the reason when not. */
export function unsafeReason(pattern: string): string | undefined {
  try {
    safePattern(pattern);
    return undefined;
  } catch (err) {
    if (err instanceof UnsafePattern) return err.message;
    throw err;
  }
}

/**
 * Past this, a pattern is refused: compiling one costs RE2 time and memory by its length (3.4 s at a megabyte, where
 * a file may hold many), and no pattern a team writes is near it.
 */
const MAX_PATTERN_CHARS = 100_000;

function compile(pattern: string): SafePattern | UnsafePattern {
  if (pattern.length > MAX_PATTERN_CHARS)
    return new UnsafePattern(
      pattern,
      `longer than ${MAX_PATTERN_CHARS.toLocaleString('en')} characters (${pattern.length.toLocaleString('en')})`,
    );
  try {
    const { RE2JS } = libraries.re2js();
    const re = RE2JS.compile(RE2JS.translateRegExp(pattern));
    // ajv keys the patterns it has compiled by `toString()`: each must say which pattern it is, as a RegExp does
    return { test: (text) => re.matcher(text).find(), toString: () => `/${pattern}/u` };
  } catch (err) {
    const reason = (err as Error).message.replace(/^error parsing regexp: /, '');
    return new UnsafePattern(pattern, /Perl syntax|escape sequence/.test(reason) ? `RE2 cannot run it (${reason})` : reason);
  }
}

/** ajv's `code.regExp`: every `pattern` and `patternProperties` key a schema holds runs on RE2. */
export const safeRegExpEngine = Object.assign((pattern: string) => safePattern(pattern), { code: 'safePattern' });

/** Every pattern in a parsed document (`pattern` values, `patternProperties` keys) that cannot be matched safely. */
export function unsafePatterns(data: unknown): { pointer: string; message: string }[] {
  const out: { pointer: string; message: string }[] = [];
  const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');
  const stack: [unknown, string][] = [[data, '']];
  while (stack.length) {
    const [node, pointer] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
    for (const [k, v] of entries) {
      const at = `${pointer}/${esc(k)}`;
      if (k === 'pattern' && typeof v === 'string') {
        const why = unsafeReason(v);
        if (why) out.push({ pointer: at, message: why });
      } else if (k === 'patternProperties' && v && typeof v === 'object' && !Array.isArray(v)) {
        for (const p of Object.keys(v)) {
          const why = unsafeReason(p);
          if (why) out.push({ pointer: `${at}/${esc(p)}`, message: why });
        }
      }
      if (v && typeof v === 'object') stack.push([v, at]);
    }
  }
  return out;
}
