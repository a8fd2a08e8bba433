// Frozen invariants: schema properties that must stay, and code patterns a frozen contract forbids or requires.
import { unlessUnreadable } from '../errors.js';
import { ViewBuilder, type SchemaView } from '../diff/schema-view.js';
import type { Diagnostic } from '../model.js';
import { pointerJoin } from '../model.js';
import type { Documents, SourceTree } from '../source/tree.js';
import { isSchemaInvariant, type CodeInvariant, type Invariant, type SchemaInvariant } from './config.js';
import { finding, type Finding } from './finding.js';
import { matchesAny } from './glob.js';
import { safeLinePattern } from '../source/safe-regex.js';

/** Look at the schema an invariant guards in one tree; undefined when its file is gone. */
function viewOf(docs: Documents, file: string, pointer: string, errors: Diagnostic[]): SchemaView | undefined {
  if (!docs.has(file)) return undefined;
  const resolved = unlessUnreadable(() => docs.resolveRef({ file, pointer: '' }, `#${pointer}`));
  if (!resolved) return undefined;
  const node = resolved.node;
  return new ViewBuilder(docs, errors).view([{ loc: { file, pointer }, node }]);
}

export function checkSchemaInvariant(inv: SchemaInvariant, file: string, base: Documents, head: Documents): Finding[] {
  const errors: Diagnostic[] = [];
  const pointer = inv.pointer ?? '';
  const before = viewOf(base, file, pointer, errors);
  const after = viewOf(head, file, pointer, errors);
  const builder = new ViewBuilder(head, errors);
  const baseBuilder = new ViewBuilder(base, errors);
  const out: Finding[] = [];
  const add = (name: string, problem: string, at = pointer) =>
    out.push(
      finding(
        'invariant-removed',
        file,
        { invariant: inv.id, name, file, problem },
        { line: head.has(file) ? head.lineOf({ file, pointer: at }) : undefined, key: `${inv.id}|${name}|${problem}` },
      ),
    );
  for (const name of inv.keep) {
    if (!after) {
      add(name, 'is gone: the file or schema no longer exists');
      continue;
    }
    const prop = after.properties.get(name);
    if (!prop) {
      add(name, 'was removed', pointerJoin(pointer, 'properties'));
      continue;
    }
    if (!after.required.has(name)) add(name, 'is no longer required', pointerJoin(pointer, 'required'));
    const old = before?.properties.get(name);
    if (old) {
      const typeOf = (v: SchemaView) => [...(v.types ?? ['any'])].sort().join('|');
      const was = typeOf(baseBuilder.view(old));
      const now = typeOf(builder.view(prop));
      if (was !== now) add(name, `changed type from ${was} to ${now}`, prop[0]!.loc.pointer);
    }
  }
  return out;
}

/** forbid / require over the code tree (repository-relative paths). */
export function checkCodeInvariant(inv: CodeInvariant, code: SourceTree): Finding[] {
  const files = code.paths().filter((p) => matchesAny(p, inv.paths));
  const out: Finding[] = [];
  // the patterns are the base branch's, the files the pull request's: RE2 runs them in time linear in the file, where
  // V8 took the policy's own example (`serialize.*api_key`) 0.9 s on an 80 KB line and minutes on a megabyte
  if (inv.forbid !== undefined) {
    const re = safeLinePattern(inv.forbid);
    for (const file of files) {
      const text = Buffer.from(code.read(file) ?? []).toString('utf8');
      let [line, from] = [1, 0];
      for (const m of re.matches(text, MAX_FORBIDDEN - out.length)) {
        line += newlines(text, from, m.index);
        from = m.index;
        out.push(
          finding(
            'code-invariant-forbidden',
            file,
            { invariant: inv.id, pattern: inv.forbid, file: `${file}:${line}` },
            { line, key: `${inv.id}|${file}|${m.text}` },
          ),
        );
      }
      if (out.length >= MAX_FORBIDDEN) return out;
    }
  }
  if (inv.require !== undefined) {
    const re = safeLinePattern(inv.require);
    if (!files.length)
      out.push(
        finding(
          'code-invariant-missing',
          inv.paths.join(', '),
          { invariant: inv.id, pattern: inv.require, file: `no file matching ${inv.paths.join(', ')}` },
          { key: `${inv.id}|none` },
        ),
      );
    for (const file of files) {
      if (!re.test(Buffer.from(code.read(file) ?? []).toString('utf8'))) {
        out.push(finding('code-invariant-missing', file, { invariant: inv.id, pattern: inv.require, file }, { key: `${inv.id}|${file}` }));
      }
    }
  }
  return out;
}

/** Places a `forbid` pattern is reported at, all files together: past them, more of the same says nothing new. */
const MAX_FORBIDDEN = 50;

function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** on_change: guarded files whose bytes differ between base and head (added, edited or deleted). */
export function touchedFiles(inv: CodeInvariant, base: SourceTree, head: SourceTree): string[] {
  const paths = new Set([...base.paths(), ...head.paths()].filter((p) => matchesAny(p, inv.paths)));
  return [...paths]
    .filter((p) => {
      const a = base.read(p);
      const b = head.read(p);
      return !a || !b || Buffer.compare(a, b) !== 0;
    })
    .sort();
}

export function codeGlobs(invariants: Invariant[]): string[] {
  return invariants.filter((i): i is CodeInvariant => !isSchemaInvariant(i)).flatMap((i) => i.paths);
}
