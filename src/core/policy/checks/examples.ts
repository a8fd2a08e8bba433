// Every example validates against its schema: files of examples, and those a contract writes in place (in the
// descriptions the pull request touches; every one for `validate`). Ratcheted against the baseline.
import { checkExamples } from '../examples.js';
import { checkInlineExamples, placeOfFinding } from '../inline-examples.js';
import { markOld, ratchet, type PolicyCheck, type Side } from './context.js';

export const examples: PolicyCheck = (context) => {
  const changed = (file: string) => {
    const [a, b] = [context.base.tree.read(file), context.head.tree.read(file)];
    return !a || !b || Buffer.compare(a, b) !== 0;
  };
  const touched = (files: string[]) => context.wholeTree || files.some(changed);
  const inline = (side: Side) => checkInlineExamples(side.docs, side.paths, touched);
  const [base, head] = [inline(context.base), inline(context.head)];
  // an example the baseline left unvalidated (its budget spent elsewhere) may have been wrong there already: not new
  const unknownAtBase = (key = '') => base.unchecked.has(placeOfFinding(key) ?? '');
  const inlineFindings = markOld(base.findings, head.findings, context.movedFrom).map((f) =>
    !f.params.old && f.ruleId === 'example-invalid' && unknownAtBase(f.key) ? { ...f, params: { ...f.params, old: true } } : f,
  );
  return { findings: [...ratchet(context, (side) => checkExamples(side.docs, side.paths)), ...inlineFindings] };
};
