// The one rule catalog: every change contract-guard reports names an entry here.
import type { Level, Role } from '../model.js';
import { FILE_RULES } from './file-rules.js';
import { OPENAPI_RULES } from './openapi-rules.js';
import { SCHEMA_RULES } from './schema-rules.js';
import { levelForRole, type RuleDef } from './types.js';

export type { RuleDef } from './types.js';
export const RULES: readonly RuleDef[] = [...OPENAPI_RULES, ...SCHEMA_RULES, ...FILE_RULES];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));
if (BY_ID.size !== RULES.length) throw new Error('duplicate rule id in catalog');

/** Prefixes put before schema rule ids, saying where the schema sits. */
export const SCHEMA_CONTEXTS = ['request', 'request-parameter', 'response', 'response-header', 'event', 'storage'] as const;
export type SchemaContext = (typeof SCHEMA_CONTEXTS)[number];

export function getRule(id: string): RuleDef {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`unknown rule id ${id}`);
  return rule;
}

/** Split an emitted id like `response-property-removed` into its catalog rule and context. */
export function findRule(emittedId: string): { rule: RuleDef; context?: SchemaContext } | undefined {
  const direct = BY_ID.get(emittedId);
  if (direct) return { rule: direct };
  for (const context of [...SCHEMA_CONTEXTS].sort((a, b) => b.length - a.length)) {
    if (emittedId.startsWith(context + '-')) {
      const rule = BY_ID.get(emittedId.slice(context.length + 1));
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

export function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return 'none';
  const text = JSON.stringify(value);
  return text.length > 80 ? text.slice(0, 77) + '...' : text;
}
