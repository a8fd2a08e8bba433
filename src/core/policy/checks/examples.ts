// Every example validates against its schema: files of examples, and those a description writes in place (in the
// descriptions the pull request touches). Ratcheted against the baseline.
import { checkExamples } from '../examples.js';
import { checkInlineExamples } from '../inline-examples.js';
import { ratchet, type PolicyCheck } from './context.js';

export const examples: PolicyCheck = (context) => {
  const bytes = (side: typeof context.base, file: string) => side.tree.read(file);
  const changed = (file: string) => {
    const [a, b] = [bytes(context.base, file), bytes(context.head, file)];
    return !a || !b || Buffer.compare(a, b) !== 0;
  };
  const touched = (files: string[]) => context.wholeTree || files.some(changed);
  return {
    findings: ratchet(context, (side) => [...checkExamples(side.docs, side.paths), ...checkInlineExamples(side.docs, side.paths, touched)]),
  };
};
