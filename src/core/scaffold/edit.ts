// Additions to a YAML or JSON document that leave every existing byte as the author wrote it: comments, key order,
// quoting, flow style, indentation and line endings. New content is spliced in as text at the right indentation;
// nothing is re-serialised. Text in, text out.
import { applyEdits, modify } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parseDocument, stringify, type Node } from 'yaml';
import type { Format } from '../source/parse.js';

const eol = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

function jsonFormatting(text: string) {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const tabs = indent.startsWith('\t');
  return { formattingOptions: { insertSpaces: !tabs, tabSize: tabs ? 1 : indent.length, eol: eol(text) } };
}

/** YAML for new content, quoted the way the file mostly quotes. */
function yamlText(value: unknown, like: string): string {
  const singles = (like.match(/'/g) ?? []).length;
  const doubles = (like.match(/"/g) ?? []).length;
  return stringify(value, { lineWidth: 0, singleQuote: singles > doubles, aliasDuplicateObjects: false });
}

const columnOf = (text: string, offset: number) => offset - text.lastIndexOf('\n', offset - 1) - 1;

/** Insert `block` (lines without indentation) after the node ending at `end`, indented by `column`. */
function insertAfter(text: string, end: number, column: number, block: string): string {
  const nl = text.indexOf('\n', end - 1);
  const at = end === 0 ? 0 : nl < 0 ? text.length : nl + 1;
  const pad = ' '.repeat(column);
  const lines = block
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l ? pad + l : l));
  const sep = eol(text);
  const before = at === text.length && !text.endsWith('\n') ? sep : '';
  return text.slice(0, at) + before + lines.join(sep) + sep + text.slice(at);
}

/** Where a new key goes among its siblings: last (the default), first, or right after a named sibling. */
export interface Placement {
  first?: boolean;
  after?: string;
}

/** `value` under the keys, outermost first: nest(['a', 'b'], 1) is {a: {b: 1}}. */
const nest = (keys: string[], value: unknown): unknown => keys.reduceRight<unknown>((v, key) => ({ [key]: v }), value);

/** Set `value` at `path` (object keys, the last one new), creating the objects on the way. */
export function setIn(text: string, format: Format, path: string[], value: unknown, place: Placement = {}): string {
  if (format === 'json') {
    const getInsertionIndex = (keys: string[]) =>
      place.first ? 0 : place.after && keys.includes(place.after) ? keys.indexOf(place.after) + 1 : keys.length;
    return applyEdits(text, modify(text, path, value, { ...jsonFormatting(text), getInsertionIndex }));
  }
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) throw new Error('the document is not a YAML mapping');
  // the deepest block mapping on the path that exists; what is missing below it is written out whole
  let parent = doc.contents as Node;
  let depth = 0;
  while (depth < path.length - 1) {
    const next = doc.getIn(path.slice(0, depth + 1), true) as Node | undefined;
    if (isMap(next) && next.flow) {
      // `paths: {}`: the flow mapping is rewritten as a block holding its entries and the new one
      return replaceFlow(text, next, { ...(next.toJSON() as object), ...(nest(path.slice(depth + 1), value) as object) });
    }
    if (!isMap(next)) break;
    parent = next;
    depth++;
  }
  if (!isMap(parent)) throw new Error('not a YAML mapping'); // the document's top is one (checked above)
  if (doc.hasIn(path)) throw new Error(`${path.join('.')} exists already`);
  const rest = path.slice(depth);
  const nested = nest(rest, value);
  const first = parent.items[0]?.key as Node | undefined;
  const column = first?.range ? columnOf(text, first.range[0]) : 0;
  const block = yamlText(nested, text);
  const sibling =
    rest.length === 1 && place.after ? parent.items.find((p) => (p.key as { value?: unknown })?.value === place.after) : undefined;
  if (rest.length === 1 && place.first && first?.range) return insertAfter(text, first.range[0] - column, column, block);
  const end = (sibling?.value as Node | undefined)?.range?.[1] ?? parent.range?.[1] ?? text.length;
  return insertAfter(text, end, column, block);
}

/** Replace the string at `path` (it exists), keeping its quotes and every other byte. */
export function replaceString(text: string, format: Format, path: string[], value: string): string {
  if (format === 'json') return applyEdits(text, modify(text, path, value, jsonFormatting(text)));
  const node = parseDocument(text, { keepSourceTokens: true }).getIn(path, true) as Node | undefined;
  if (!isScalar(node) || !node.range) throw new Error(`${path.join('.')} is not a scalar`);
  const [start, end] = node.range;
  const quote = text[start] === '"' || text[start] === "'" ? text[start]! : '';
  return text.slice(0, start) + quote + value + quote + text.slice(end);
}

/** Append `value` to the block sequence at `path`, or create the sequence. */
export function appendIn(text: string, format: Format, path: string[], value: unknown): string {
  if (format === 'json') return applyEdits(text, modify(text, [...path, -1], value, jsonFormatting(text)));
  const doc = parseDocument(text);
  const seq = doc.getIn(path, true) as Node | undefined;
  if (seq === undefined) return setIn(text, format, path, [value]);
  if (!isSeq(seq)) throw new Error(`${path.join('.')} is not a list`);
  if (seq.flow || !seq.items.length) return replaceFlow(text, seq, [...(seq.toJSON() as unknown[]), value]);
  const first = seq.items[0] as Node;
  const dash = text.lastIndexOf('-', first.range![0]);
  return insertAfter(text, seq.range![1], columnOf(text, dash), yamlText([value], text));
}

/** Replace a flow collection (`{}`, `[a, b]`) by `value` in block style, indented under its key. */
function replaceFlow(text: string, node: Node, value: unknown): string {
  const [start, end] = node.range!;
  const keyLine = text.lastIndexOf('\n', start - 1) + 1;
  const column = (/^[ \t]*(- )?/.exec(text.slice(keyLine))?.[0].length ?? 0) + 2;
  const pad = ' '.repeat(column);
  const block = yamlText(value, text).replace(/\n$/, '').split('\n');
  return text.slice(0, start).replace(/[ \t]*$/, '') + eol(text) + block.map((l) => pad + l).join(eol(text)) + text.slice(end);
}

/** A new document's text: JSON with two-space indent, YAML in block style. */
export function serialize(value: unknown, format: Format): string {
  return format === 'json' ? JSON.stringify(value, null, 2) + '\n' : stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}
