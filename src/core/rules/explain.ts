// `contract-guard explain <rule-id>`: what a rule means, how it is levelled, and how to fix what it reports.
import { ROLES } from '../model.js';
import { POLICY_RULES } from '../policy/policy-rules.js';
import { findRule, RULES } from './catalog.js';
import { ruleDocLink } from './doc.js';
import { levelForRole } from './types.js';

/** The explanation as lines of text; undefined for an unknown id. */
export function explainRule(id: string): string[] | undefined {
  const found = findRule(id);
  if (found) {
    const { rule, context } = found;
    const levels =
      typeof rule.level === 'string'
        ? [`level: ${rule.level}`]
        : ROLES.map((role) => `  ${role.padEnd(9)} ${levelForRole(rule.level, role)}`);
    return [
      `${id}${context ? ` (the rule ${rule.id} in ${/^[aeiou]/.test(context) ? 'an' : 'a'} ${context} schema)` : ''}`,
      '',
      rule.summary,
      '',
      ...(typeof rule.level === 'string' ? levels : ['level, by who reads the schema:', ...levels]),
      ...(rule.levelFrom === 'policy'
        ? ['', 'The level is the SemVer policy’s; with `judgement: strict`, set inclusion alone decides.']
        : []),
      '',
      `reported as: ${rule.message}`,
      `fix: ${rule.hint}`,
      ...(rule.migrate ? [`consumers, in the migration note: ${rule.migrate}`] : []),
      '',
      `docs: ${ruleDocLink(id)}`,
    ];
  }
  const policy = POLICY_RULES.find((r) => r.id === id);
  if (!policy) return undefined;
  return [
    `${id} (a policy rule)`,
    '',
    policy.summary,
    '',
    `severity: ${policy.severity} (block: fails the check; approve: needs the Contract Council; warn: reported only)`,
    `reported as: ${policy.message}`,
    `fix: ${policy.fix}`,
    '',
    'Change its severity under `rules:` in .github/contract-guard.yml.',
    `docs: ${ruleDocLink(id)}`,
  ];
}

/** Every id `explain` knows, for suggestions. */
export const KNOWN_IDS = [...RULES.map((r) => r.id), ...POLICY_RULES.map((r) => r.id)];
