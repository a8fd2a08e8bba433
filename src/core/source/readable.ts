// Can every contract in a tree be read? Parsed, every `$ref` resolved (by location or `$id`), no `$ref` loop.
import { InputError } from '../errors.js';
import type { Diagnostic } from '../model.js';
import { pointerJoin } from '../model.js';
import { detectKind, isContractKind, isContractName, isToolingName } from './kind.js';
import { formatOf } from './parse.js';
import { isRefObject, type Documents } from './tree.js';
import { OverSizeLimit } from './withheld.js';

/** Past this many problems in one file the rest are left out: the first ones say what to fix. */
const MAX_PER_FILE = 3;

export interface Readability {
  /** Contracts that cannot be judged: file, line, what is wrong. */
  problems: Diagnostic[];
  /** Files that are not contracts and do not parse: compared as text, said once each. */
  skipped: Diagnostic[];
}

/** `isContract`: files the configuration names as contracts, which must parse whatever their name. */
export function checkReadable(docs: Documents, paths: string[], isContract: (file: string) => boolean = () => false): Readability {
  const problems: Diagnostic[] = [];
  const skipped: Diagnostic[] = [];
  for (const file of paths) {
    if (!formatOf(file) || (isToolingName(file) && !isContract(file))) continue;
    let data: unknown;
    try {
      data = docs.get(file).data;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      const diagnostic = {
        file: err.file ?? file,
        line: err.line,
        message: err.message,
        ...(err instanceof OverSizeLimit ? { tooLarge: true as const } : {}),
      };
      (isContractName(file) || isContract(file) ? problems : skipped).push(diagnostic);
      continue;
    }
    if (!isContractKind(detectKind(file, undefined, data)) && !isContract(file)) continue;
    let found = 0;
    for (const { pointer, ref } of refsIn(data)) {
      if (found >= MAX_PER_FILE) break;
      try {
        docs.deref({ file, pointer }, { $ref: ref });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        found++;
        problems.push({ file, line: docs.lineOf({ file, pointer }), message: err.message });
      }
    }
  }
  return { problems, skipped };
}

/** Keywords whose values are instances, not schemas: a `$ref` key there is data. */
const INSTANCE_KEYWORDS = new Set(['const', 'enum', 'default', 'example']);

/** A node on the walk: its parent's entry and its token there, so a pointer is built only where a `$ref` is found. */
interface Step {
  node: unknown;
  up: Step | undefined;
  token: string | number;
}

function pointerOf(step: Step): string {
  const tokens: (string | number)[] = [];
  for (let s: Step | undefined = step; s?.up; s = s.up) tokens.push(s.token);
  return pointerJoin('', ...tokens.reverse());
}

/**
 * Every `$ref` in a document, with where it is written (instance values left out), in document order. Iterative: a
 * recursive generator passes each `$ref` up through every level above it, and built a pointer for every node (0.3 s
 * on the GitHub REST description).
 */
export function* refsIn(root: unknown): Generator<{ pointer: string; ref: string }> {
  const stack: Step[] = [{ node: root, up: undefined, token: '' }];
  while (stack.length) {
    const step = stack.pop()!;
    const node = step.node;
    if (node === null || typeof node !== 'object') continue;
    const children: Step[] = [];
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++)
        if (node[i] !== null && typeof node[i] === 'object') children.push({ node: node[i], up: step, token: i });
    } else {
      if (isRefObject(node)) yield { pointer: pointerOf(step), ref: node.$ref };
      for (const key of Object.keys(node)) {
        const value = (node as Record<string, unknown>)[key];
        if (value === null || typeof value !== 'object' || INSTANCE_KEYWORDS.has(key) || (key === 'examples' && Array.isArray(value)))
          continue;
        children.push({ node: value, up: step, token: key });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}
