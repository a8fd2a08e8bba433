// Bytes to data: refuses binary, non-UTF-8, oversized, malformed and alias-bomb input with one clear line.
import { load, YAMLException } from 'js-yaml';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { InputError } from '../errors.js';
import { LIMITS } from './limits.js';
import { PositionIndex } from './positions.js';

export type Format = 'json' | 'yaml';

export interface ParsedDoc {
  file: string;
  format: Format;
  text: string;
  data: unknown;
  positions: PositionIndex;
}

export function formatOf(file: string): Format | undefined {
  if (/\.(json|avsc)$/i.test(file)) return 'json'; // an Avro schema (.avsc) is JSON
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  return undefined;
}

export function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** The refusal of a file over the size limit. */
export function overSizeLimit(file: string, size: number): InputError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new InputError(`file is ${mb(size)} MB, over the ${mb(LIMITS.maxFileBytes)} MB limit`, file);
}

/** Decode strict UTF-8, naming the line of the first bad byte. */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.length > LIMITS.maxFileBytes) throw overSizeLimit(file, bytes.length);
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

function parseYaml(file: string, text: string): unknown {
  let data: unknown;
  try {
    data = load(text, { filename: file, maxDepth: LIMITS.maxDepth });
  } catch (err) {
    if (err instanceof YAMLException) {
      throw new InputError(`invalid YAML: ${err.reason}`, file, err.mark ? err.mark.line + 1 : undefined);
    }
    throw new InputError(`invalid YAML: ${(err as Error).message}`, file);
  }
  if (text.includes('*')) checkExpansion(file, data);
  return data;
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
 * the line. Keys are compared as written (escapes are rare in keys).
 */
function checkJsonShape(file: string, text: string): void {
  const lineAt = (i: number) => text.slice(0, i).split('\n').length;
  // one entry per open container: the keys seen so far for an object, null for an array
  const open: (Set<string> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92 /* \ */) i++;
      const keys = open[open.length - 1];
      if (!keys) continue;
      let k = i + 1;
      while (
        k < text.length &&
        (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13 || text.charCodeAt(k) === 9)
      )
        k++;
      if (text.charCodeAt(k) !== 58 /* : */) continue;
      const key = text.slice(start + 1, i);
      if (keys.has(key)) throw new InputError(`duplicate key "${key}" in one object`, file, lineAt(start));
      keys.add(key);
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      open.push(c === 123 ? new Set() : null);
      if (open.length > LIMITS.maxDepth) throw new InputError(`nesting deeper than ${LIMITS.maxDepth} levels`, file, lineAt(i));
    } else if (c === 93 /* ] */ || c === 125 /* } */) open.pop();
  }
}
