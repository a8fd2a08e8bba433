// The one rule catalog: every change contract-guard reports names an entry here.
import { SCHEMA_CONTEXTS, type Level, type Role, type SchemaContext } from '../model.js';
import { ASYNCAPI_RULES } from './asyncapi-rules.js';
import { AVRO_RULES } from './avro-rules.js';
import { FILE_RULES } from './file-rules.js';
import { OPENAPI_RULES } from './openapi-rules.js';
import { SCHEMA_RULES } from './schema-rules.js';
import { levelForRole, type RuleDef } from './types.js';

export type { RuleDef } from './types.js';
export { SCHEMA_CONTEXTS, type SchemaContext } from '../model.js';
export const RULES = [...OPENAPI_RULES, ...ASYNCAPI_RULES, ...AVRO_RULES, ...SCHEMA_RULES, ...FILE_RULES] as const;

/** Every rule id the catalog holds: `emit('respnse-…')` does not compile. */
export type RuleId = (typeof RULES)[number]['id'];
/** Ids of schema rules, which are emitted with a context prefix. */
export type SchemaRuleId = (typeof SCHEMA_RULES)[number]['id'];

const BY_ID = new Map<string, RuleDef>(RULES.map((r) => [r.id, r]));
if (BY_ID.size !== RULES.length) throw new Error('duplicate rule id in catalog');

export function getRule(id: RuleId): RuleDef {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`unknown rule id ${id}`);
  return rule;
}

/** The id a change is reported under (its public `ruleId`): schema rules carry their context as a prefix. */
export function emittedId(change: { rule: RuleId; context?: SchemaContext }): string {
  return change.context ? `${change.context}-${change.rule}` : change.rule;
}

/** Split an id as users write it (config `rules:` and `ignore:`, e.g. `response-property-removed`) into rule and context. */
export function findRule(id: string): { rule: RuleDef; context?: SchemaContext } | undefined {
  const direct = BY_ID.get(id);
  if (direct) return { rule: direct };
  for (const context of [...SCHEMA_CONTEXTS].sort((a, b) => b.length - a.length)) {
    if (id.startsWith(context + '-')) {
      const rule = BY_ID.get(id.slice(context.length + 1));
      if (rule?.family === 'schema') return { rule, context };
    }
  }
  return undefined;
}

export function ruleLevel(rule: RuleDef, role?: Role): Level {
  return levelForRole(rule.level, role);
}

export function fill(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? show(params[key]) : whole));
}

/** A value as a message shows it: a pull request's enum value or pattern may be megabytes, a message is read at a glance. */
export function show(value: unknown): string {
  if (typeof value === 'string') return value.length > MAX_SHOWN_TEXT ? value.slice(0, MAX_SHOWN_TEXT - 3) + '...' : value;
  if (value === undefined) return 'none';
  const text = JSON.stringify(value);
  return text.length > 80 ? text.slice(0, 77) + '...' : text;
}

const MAX_SHOWN_TEXT = 200;
