// Bytes to data: refuses binary, non-UTF-8, oversized, malformed and alias-bomb input with one clear line.
import { CORE_SCHEMA, load, mergeTag, YAMLException } from 'js-yaml';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { InputError } from '../errors.js';
import { LIMITS } from './limits.js';
import { overSizeLimit, Oversized, overTreeBudget } from './withheld.js';
import { PositionIndex } from './positions.js';
import { IdlPositions, parseAvroIdl } from './avro-idl.js';

export type Format = 'json' | 'yaml' | 'avdl';

export interface ParsedDoc {
  file: string;
  format: Format;
  text: string;
  data: unknown;
  positions: PositionIndex;
}

/**
 * A schema in an Iglu registry (Snowplow's layout): `schemas/<vendor>/<name>/jsonschema/<model>-<revision>-<addition>`,
 * JSON without an extension. Read as what it is: a published version of a JSON Schema.
 */
export function isIgluSchema(file: string): boolean {
  return /(^|\/)jsonschema\/\d+-\d+-\d+$/.test(file);
}

/**
 * An Avro schema (`.avsc`) or protocol: `.avpr`, the types and messages of an Avro RPC interface, in JSON as `.avsc`
 * is; `.avdl`, the same in Avro's IDL.
 */
export const isAvroFile = (file: string) => /\.av(sc|pr|dl)$/i.test(file);

export function formatOf(file: string): Format | undefined {
  if (/\.avdl$/i.test(file)) return 'avdl';
  if (/\.json$/i.test(file) || isAvroFile(file) || isIgluSchema(file)) return 'json';
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  return undefined;
}

export function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Decode strict UTF-8, naming the line of the first bad byte. */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes instanceof Oversized) throw bytes.cause === 'tree' ? overTreeBudget(file) : overSizeLimit(file, bytes.size);
  if (bytes.length > LIMITS.maxFileBytes) throw overSizeLimit(file, bytes.length);
  // Windows tools (PowerShell 5's Out-File, Notepad's "Unicode") write UTF-16 with a byte order mark: say so, not "binary"
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'LE' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'BE' : undefined;
  if (bom) throw new InputError(`UTF-16 ${bom} text (it starts with a byte order mark): save it as UTF-8`, file, 1);
  if (isBinary(bytes)) throw new InputError('binary file (contains NUL bytes), expected UTF-8 text', file);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    const line = at < 0 ? undefined : lossy.slice(0, at).split('\n').length;
    throw new InputError('not valid UTF-8 text', file, line);
  }
}

export function parseText(file: string, text: string, format: Format): ParsedDoc {
  if (format === 'avdl') {
    const data = parseAvroIdl(file, text);
    return { file, format, text, data, positions: new IdlPositions(text, data) };
  }
  const data = format === 'json' ? parseJson(file, text) : parseYaml(file, text);
  return { file, format, text, data, positions: new PositionIndex(text, format === 'json') };
}

function parseJson(file: string, text: string): unknown {
  // before any parser sees it: JSON.parse and jsonc-parser's error path both recurse once per level, and JSON.parse
  // keeps the last of two equal keys without a word (YAML refuses them)
  checkJsonShape(file, text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    // V8's JSON messages carry no position on Node 20: ask a parser that reports offsets, on this error path only.
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const line = first ? text.slice(0, first.offset).split('\n').length : undefined;
    const reason = first ? printParseErrorCode(first.error) : (err as Error).message.replace(/, "[\s\S]*" is not valid JSON$/, '');
    throw new InputError(`invalid JSON: ${reason}`, file, line);
  }
  return data;
}

/**
 * YAML 1.2's core schema with merge keys (`<<: *base`), which js-yaml 5 leaves out by default: hand-written API
 * descriptions share parts that way, and without it a merged schema read as a property named `<<` (a `required`
 * dropped in the shared part was "`<<` changed", a minor, where clients break).
 */
const YAML_SCHEMA = CORE_SCHEMA.withTags(mergeTag);

function parseYaml(file: string, text: string): unknown {
  let data: unknown;
  try {
    data = load(text, { filename: file, maxDepth: LIMITS.maxDepth, schema: YAML_SCHEMA, maxTotalMergeKeys: LIMITS.maxMergeKeys });
  } catch (err) {
    if (err instanceof YAMLException) {
      const line = err.mark ? err.mark.line + 1 : secondDocumentLine(text);
      if (/maxTotalMergeKeys/.test(err.reason))
        throw new InputError(`YAML merge keys copy more than ${LIMITS.maxMergeKeys.toLocaleString('en')} keys (merge bomb?)`, file, line);
      throw new InputError(`invalid YAML: ${err.reason}`, file, line);
    }
    throw new InputError(`invalid YAML: ${(err as Error).message}`, file);
  }
  if (text.includes('*')) checkExpansion(file, data);
  return data;
}

/**
 * Where a second document starts, for js-yaml's "expected a single document" (which carries no mark): the second
 * `---` when the stream opens with one, else the first.
 */
function secondDocumentLine(text: string): number | undefined {
  const lines = text.split('\n');
  const markers = lines.flatMap((l, i) => (/^---(\s|$)/.test(l) ? [i] : []));
  const opening = lines.findIndex((l) => l.trim() !== '' && !l.trimStart().startsWith('#') && !l.startsWith('%'));
  const at = markers[0] === opening ? markers[1] : markers[0];
  return at === undefined ? undefined : at + 1;
}

/** Count the nodes a document expands to when shared (aliased) nodes are copied, memoised per object. */
function checkExpansion(file: string, data: unknown): void {
  const size = new Map<object, number>();
  const visiting = new Set<object>();
  const count = (value: unknown): number => {
    if (value === null || typeof value !== 'object') return 1;
    const known = size.get(value);
    if (known !== undefined) return known;
    if (visiting.has(value)) throw new InputError('recursive YAML alias (a node contains itself)', file);
    visiting.add(value);
    let total = 1;
    for (const child of Object.values(value)) {
      total += count(child);
      if (total > LIMITS.maxExpandedNodes) {
        throw new InputError(`YAML aliases expand to more than ${LIMITS.maxExpandedNodes.toLocaleString('en')} nodes (alias bomb?)`, file);
      }
    }
    visiting.delete(value);
    size.set(value, total);
    return total;
  };
  count(data);
}

/**
 * One pass over JSON text, no recursion: refuse nesting deeper than the limit and a key twice in one object, naming
 * the line. Keys are compared as written (escapes are rare in keys). A small object's keys are compared in place
 * (offsets into the text, no copies); past `SMALL_OBJECT` keys an object's keys go into a set.
 */
function checkJsonShape(file: string, text: string): void {
  const lineAt = (i: number) => text.slice(0, i).split('\n').length;
  const duplicate = (start: number, end: number) =>
    new InputError(`duplicate key "${text.slice(start, end)}" in one object`, file, lineAt(start - 1));
  // per open container: where its keys start in `from`/`to`, or -1 for an array; and its set once it is large
  const open: number[] = [];
  const sets: (Set<string> | undefined)[] = [];
  // the keys of the open small objects, stacked below `top`: offsets of each key's first character and past its last
  let from: Int32Array = new Int32Array(256);
  let to: Int32Array = new Int32Array(256);
  let top = 0;
  // from one structural character to the next (searching is faster than a loop over every character)
  const next = /["[\]{}]/g;
  for (let m = next.exec(text); m; m = next.exec(text)) {
    let i = m.index;
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i + 1;
      // the closing quote: the next one after an even number of backslashes
      for (i = text.indexOf('"', start); i >= 0; i = text.indexOf('"', i + 1)) {
        let b = i - 1;
        while (text.charCodeAt(b) === 92 /* \ */) b--;
        if ((i - 1 - b) % 2 === 0) break;
      }
      if (i < 0) i = text.length;
      next.lastIndex = i + 1;
      const depth = open.length;
      if (!depth || open[depth - 1]! < 0) continue;
      let k = i + 1;
      while (
        k < text.length &&
        (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13 || text.charCodeAt(k) === 9)
      )
        k++;
      if (text.charCodeAt(k) !== 58 /* : */) continue;
      const set = sets[depth - 1];
      if (set) {
        const key = text.slice(start, i);
        if (set.has(key)) throw duplicate(start, i);
        set.add(key);
        continue;
      }
      const base = open[depth - 1]!;
      for (let j = base; j < top; j++) if (sameSpan(text, from[j]!, to[j]!, start, i)) throw duplicate(start, i);
      if (top - base === SMALL_OBJECT) {
        const keys = new Set<string>([text.slice(start, i)]);
        for (let j = base; j < top; j++) keys.add(text.slice(from[j]!, to[j]!));
        sets[depth - 1] = keys;
        top = base;
        continue;
      }
      if (top === from.length) {
        from = grown(from);
        to = grown(to);
      }
      from[top] = start;
      to[top++] = i;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      open.push(c === 123 ? top : -1);
      sets.push(undefined);
      if (open.length > LIMITS.maxDepth) throw new InputError(`nesting deeper than ${LIMITS.maxDepth} levels`, file, lineAt(i));
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      const base = open.pop();
      sets.pop();
      if (base !== undefined && base >= 0) top = base;
    }
  }
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Keys an object may hold before they are kept in a set. */
const SMALL_OBJECT = 16;

function sameSpan(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (; a < aEnd; a++, b++) if (text.charCodeAt(a) !== text.charCodeAt(b)) return false;
  return true;
}
