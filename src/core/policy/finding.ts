import { fill } from '../rules/catalog.js';
import { getPolicyRule } from './policy-rules.js';
import type { Proposal } from './proposals.js';

/** A policy finding before severity, overrides and ignores are applied. */
export interface Finding {
  ruleId: string;
  file: string;
  line?: number;
  pointer?: string;
  module?: string;
  params: Record<string, unknown>;
  /** Identity across baseline and head, for the ratchet. */
  key?: string;
  /** A one-line fix at `line`: replace `find` with `replace`. */
  suggestion?: { find: string; replace: string };
  /** A draft of the missing text (a changelog entry, a migration note). */
  proposal?: Proposal;
  /** See Violation.identity. */
  identity?: string;
}

export function finding(ruleId: string, file: string, params: Record<string, unknown>, extra: Partial<Finding> = {}): Finding {
  return { ruleId, file, params, ...extra };
}

export function describe(f: Finding): { message: string; fix: string } {
  const rule = getPolicyRule(f.ruleId);
  return { message: fill(rule.message, f.params), fix: fill(rule.fix, f.params) };
}
