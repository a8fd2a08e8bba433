// Every example validates against its schema. Ratcheted against the baseline.
import { checkExamples } from '../examples.js';
import { ratchet, type PolicyCheck } from './context.js';

export const examples: PolicyCheck = (context) => ({ findings: ratchet(context, (side) => checkExamples(side.docs, side.paths)) });
