// The repository's Spectral ruleset: its findings were computed before the policy (Spectral is asynchronous);
// here they get the ratchet, so only what a change adds can block.
import { markOld, type PolicyCheck } from './context.js';

export const spectral: PolicyCheck = (context) => ({
  findings: context.linted ? markOld(context.linted.base, context.linted.head, context.movedFrom) : [],
});
