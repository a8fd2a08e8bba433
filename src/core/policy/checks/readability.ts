// Every contract must be readable: parsed, every `$ref` resolved, no `$ref` loop. Ratcheted against the baseline.
import { unlessUnreadable } from '../../errors.js';
import { pushTo, type Diagnostic } from '../../model.js';
import { detectKind, isContractKind } from '../../source/kind.js';
import { checkReadable } from '../../source/readable.js';
import { finding, type Finding } from '../finding.js';
import { ratchet, type PolicyCheck, type Side } from './context.js';

export const readability: PolicyCheck = (context) => {
  // a contract by its content at the baseline stays one when the head no longer parses: an OpenAPI document or JSON
  // Schema made unreadable (an LFS pointer in its place, a stray character) was "not a contract", and passed
  const base = context.base.docs;
  const wasContract = (file: string) => {
    const at = context.movedFrom(file) ?? file;
    const data = base.has(at) ? unlessUnreadable(() => base.get(at).data) : undefined;
    return data !== undefined && isContractKind(detectKind(at, undefined, data));
  };
  const isContract = (file: string) => context.isContract(file) || wasContract(file);
  const problems = new Map<Side, Diagnostic[]>(); // each side read once: the ratchet and the errors share it
  const problemsOf = (side: Side) =>
    problems.get(side) ?? problems.set(side, checkReadable(side.docs, side.paths, isContract).problems).get(side)!;
  const findings = ratchet(context, (side) => unreadableFindings(problemsOf(side)));
  return { findings, errors: sided(problemsOf(context.base), problemsOf(context.head)) };
};

/** Every problem once, saying where it is: a file broken only in the baseline is not the head's to fix. */
function sided(base: Diagnostic[], head: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.file}|${d.message}`;
  const inBase = new Set(base.map(key));
  const inHead = new Set(head.map(key));
  return [
    ...head.map((d) => ({ ...d, side: inBase.has(key(d)) ? ('both' as const) : ('head' as const) })),
    ...base.filter((d) => !inHead.has(key(d))).map((d) => ({ ...d, side: 'baseline' as const })),
  ];
}

/** One finding per unreadable contract (its first problem), keyed by file: the ratchet asks "was it readable before?". */
function unreadableFindings(problems: Diagnostic[]): Finding[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const p of problems) pushTo(byFile, p.file, p);
  return [...byFile].map(([file, list]) => {
    const more = list.length > 1 ? ` (and ${list.length - 1} more)` : '';
    // too large to read is not broken: what to do about it differs
    const rule = list[0]!.tooLarge ? 'contract-too-large' : 'contract-unreadable';
    return finding(rule, file, { file, problem: list[0]!.message + more }, { line: list[0]!.line, key: file });
  });
}
