// Regular expressions written in contracts are hostile input: `^(a+)+$` against 40 characters backtracks for minutes in
// a native engine. Every pattern from a contract is matched here, on RE2's linear-time engine (re2js). A pattern RE2
// cannot run (lookaround, backreferences) is refused, never handed to a backtracking engine.
import { fullFormats } from 'ajv-formats/dist/formats.js';
import libraries from '../libraries.cjs';
import { pointerJoin } from '../model.js';

/** A pattern that cannot be matched in linear time: the caller says "cannot be checked safely" with its place. */
export class UnsafePattern extends Error {
  constructor(
    readonly pattern: string,
    readonly reason: string,
  ) {
    super(`pattern ${JSON.stringify(pattern.length > 80 ? pattern.slice(0, 77) + '…' : pattern)} cannot be checked safely: ${reason}`);
    this.name = 'UnsafePattern';
  }
}

export interface SafePattern {
  test(text: string): boolean;
  toString(): string;
}

const cache = new Map<string, ReturnType<typeof safeLinePattern> | UnsafePattern>();
const MAX_CACHE = 5000;

/** An ECMAScript pattern (JSON Schema's dialect), matched by RE2 like `new RegExp(pattern, 'u').test`. */
export function safePattern(pattern: string): SafePattern {
  return compiled(pattern, false);
}

/** A pattern whose `^` and `$` match at each line (RegExp's `m` flag), as code invariants read a file. */
export function safeLinePattern(
  pattern: string,
): SafePattern & { matches(text: string, limit: number): { index: number; text: string }[] } {
  return compiled(pattern, true);
}

function compiled(pattern: string, lines: true): ReturnType<typeof safeLinePattern>;
function compiled(pattern: string, lines: false): SafePattern;
function compiled(pattern: string, lines: boolean): ReturnType<typeof safeLinePattern> {
  // keyed by how it reads: a pattern `m:x` is not the line pattern `x`
  const key = `${lines ? 'm' : 'u'}:${pattern}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = compile(pattern, lines);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(key, hit);
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

function compile(pattern: string, lines: boolean): ReturnType<typeof safeLinePattern> | UnsafePattern {
  if (pattern.length > MAX_PATTERN_CHARS)
    return new UnsafePattern(
      pattern,
      `longer than ${MAX_PATTERN_CHARS.toLocaleString('en')} characters (${pattern.length.toLocaleString('en')})`,
    );
  try {
    const { RE2JS } = libraries.re2js();
    const re = RE2JS.compile(RE2JS.translateRegExp(pattern), lines ? RE2JS.MULTILINE : 0);
    return {
      test: (text) => re.matcher(text).find(),
      matches: (text, limit) => {
        const out: { index: number; text: string }[] = [];
        const m = re.matcher(text);
        while (out.length < limit && m.find()) out.push({ index: m.start(), text: m.group() ?? '' });
        return out;
      },
      // ajv keys the patterns it has compiled by `toString()`: each must say which pattern it is, as a RegExp does
      toString: () => `/${pattern}/${lines ? 'm' : 'u'}`,
    };
  } catch (err) {
    const reason = (err as Error).message.replace(/^error parsing regexp: /, '');
    return new UnsafePattern(pattern, /Perl syntax|escape sequence/.test(reason) ? `RE2 cannot run it (${reason})` : reason);
  }
}

/**
 * Past this many characters a string is not checked against a format whose expression RE2 cannot run: ajv-formats'
 * `url` backtracks in time quadratic in the string (40,000 characters: 1.4 s; a 1 MB example: minutes), and an
 * example is a pull request's text. 4,096 characters cost it ~15 ms; no address a team writes is longer.
 */
export const MAX_NATIVE_FORMAT_CHARS = 4_096;

/**
 * A format's expression (ajv-formats' `email`, `uuid`, `url`, …) as a check that cannot run away: on RE2 when it can
 * run it (case-insensitive as the expression is), else natively on strings up to MAX_NATIVE_FORMAT_CHARS, longer
 * strings not checked (accepted: a check that cannot be made does not fail an example).
 */
export function safeFormat(re: RegExp): (text: string) => boolean {
  let check = FORMAT_CHECKS.get(re);
  if (!check) {
    // compiled on the first string it checks, once per process: most runs check none, and need not load RE2 for them
    let compiled: ((text: string) => boolean) | undefined;
    check = (text) => (compiled ??= formatCheck(re))(text);
    FORMAT_CHECKS.set(re, check);
  }
  return check;
}

const FORMAT_CHECKS = new WeakMap<RegExp, (text: string) => boolean>();

function formatCheck(re: RegExp): (text: string) => boolean {
  try {
    const { RE2JS } = libraries.re2js();
    const safe = RE2JS.compile(RE2JS.translateRegExp(re.source), re.flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0);
    return (text) => safe.matcher(text).find();
  } catch {
    return (text) => text.length > MAX_NATIVE_FORMAT_CHARS || re.test(text);
  }
}

/** ajv-formats' formats whose expression RE2 cannot run (`url`, `hostname`, `duration`): checked natively. */
let nativeFormats: Set<string> | undefined;
function nativeOnlyFormats(): Set<string> {
  return (nativeFormats ??= new Set(
    Object.entries(fullFormats).flatMap(([name, f]) => (f instanceof RegExp && unsafeReason(f.source) !== undefined ? [name] : [])),
  ));
}

/**
 * A string in `data` too long to be checked against a format RE2 cannot run, when `data` uses one: another
 * validator than ours (Spectral's ajv, with its own ajv-formats) would backtrack on it for minutes. The first, or none.
 */
export function uncheckableString(data: unknown): { pointer: string; message: string } | undefined {
  const native = nativeOnlyFormats();
  let format: string | undefined;
  let long: { pointer: string; length: number } | undefined;
  const stack: [unknown, string][] = [[data, '']];
  while (stack.length && !(format && long)) {
    const [node, pointer] = stack.pop()!;
    if (typeof node === 'string') {
      if (!long && node.length > MAX_NATIVE_FORMAT_CHARS) long = { pointer, length: node.length };
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
    for (const [k, v] of entries) {
      if (k === 'format' && typeof v === 'string' && native.has(v)) format ??= v;
      stack.push([v, pointerJoin(pointer, k)]);
    }
  }
  if (!format || !long) return undefined;
  const chars = (n: number) => n.toLocaleString('en');
  return {
    pointer: long.pointer,
    message: `a string of ${chars(long.length)} characters, too long to check safely against format "${format}" (${chars(MAX_NATIVE_FORMAT_CHARS)} at most)`,
  };
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
