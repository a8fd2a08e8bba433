// The one rule catalog: every change contract-guard reports names an entry here.
import { levelRank, SCHEMA_CONTEXTS, type Level, type Role, type SchemaContext } from '../model.js';
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

/** What to do about a schema change where it is compatible: its rule's hint says how not to break the other side. */
export const COMPATIBLE_HINTS = {
  // narrowed in what we send (a response, a webhook): its readers get less than they accepted
  response: 'Compatible for those who read it: they only receive values they already accepted. No migration needed.',
  // widened in what we read (a request): what was sent before is still valid
  request: 'Compatible for those who send it: everything valid before is still accepted. No migration needed.',
  // a change the rules call major, proven compatible by set inclusion
  proven: 'Proven compatible by set inclusion: nothing that reads it breaks. No migration needed.',
} as const;

/**
 * The hint for a change under `role`. A JSON Schema rule whose level depends on the side breaks one side only, and
 * its hint says how not to break it: wrong advice in a request or a response where the change is compatible (a
 * response that now always carries `name` is not told to "keep it optional or make this a major release"). Stored
 * data keeps the rule's hint: whoever reads it later still has to know (an enum value added to it), and Avro's sides
 * are its own compatibility modes.
 */
export function ruleHint(rule: RuleDef, role?: Role): string {
  const level = rule.level;
  if (rule.family !== 'schema' || typeof level === 'string' || (role !== 'request' && role !== 'response')) return rule.hint;
  const [mine, other] = role === 'response' ? [level.writer, level.reader] : [level.reader, level.writer];
  return levelRank(mine) < levelRank(other) ? COMPATIBLE_HINTS[role] : rule.hint;
}

/** Who writes and who reads a schema, by where it sits: clients and the server, producers and consumers. */
const PARTIES: Record<SchemaContext | Role, { writers: string; readers: string }> = {
  request: { writers: 'clients', readers: 'the server' },
  'request-parameter': { writers: 'clients', readers: 'the server' },
  response: { writers: 'the server', readers: 'clients' },
  'response-header': { writers: 'the server', readers: 'clients' },
  'webhook-request': { writers: 'the API', readers: 'webhook receivers' },
  'webhook-response': { writers: 'webhook receivers', readers: 'the API' },
  event: { writers: 'producers', readers: 'consumers' },
  'event-sent': { writers: 'producers', readers: 'consumers' },
  'event-received': { writers: 'producers', readers: 'consumers' },
  storage: { writers: 'writers', readers: 'readers' },
};

/** What consumers do about a change (the migration note's line), the parties named for where it sits; undefined if the rule says nothing. */
export function ruleMigrate(rule: RuleDef, where: SchemaContext | Role | undefined, params: Record<string, unknown>): string | undefined {
  if (!rule.migrate) return undefined;
  // Avro's request and response roles are a registry's sides of a topic's data, whose parties are its producers and consumers
  const at = rule.family === 'avro' && (where === 'request' || where === 'response') ? 'event' : where;
  const text = fill(rule.migrate, { ...params, ...((at && PARTIES[at]) ?? { writers: 'writers', readers: 'readers' }) });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function fill(template: string, params: Record<string, unknown>): string {
  // a value the template shows as code (`{name}`) keeps to its code span whatever backticks a pull request put in it
  return template.replace(/(`?)\{(\w+)\}(`?)/g, (whole, open: string, key: string, close: string) => {
    if (!(key in params)) return whole;
    const value = show(params[key]);
    return open && close ? codeSpan(value) : open + value + close;
  });
}

/**
 * A value as a message shows it, on one line: a pull request's enum value or pattern may be megabytes, and a name may
 * hold line breaks or terminal escapes, which would start a line of their own in a comment, a log or a terminal.
 * `max`: shorter, for a value shown inside a parameter that the message shows whole (several values in one).
 */
export function show(value: unknown, max = MAX_SHOWN_TEXT): string {
  if (typeof value === 'string') return oneLine(value.length > max ? value.slice(0, max - 3) + '...' : value);
  if (value === undefined) return 'none';
  const text = oneLine(JSON.stringify(value));
  const most = Math.min(max, 80);
  return text.length > most ? text.slice(0, most - 3) + '...' : text;
}

/**
 * Text with its control and invisible characters as escapes (`\n`, `\u001b`, `\u200b`): a file name may hold them too.
 * Invisible ones too: a property renamed to its own name and a zero-width space read as removed and added again under
 * one name, and a right-to-left override showed a name reversed.
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL, (c) => NAMED_CONTROL[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const MAX_SHOWN_TEXT = 200;

/** Whether `show` abridges any of these values: a message filled with them shows less than they hold. */
export function abridges(params: Record<string, unknown>): boolean {
  return Object.values(params).some((v) =>
    typeof v === 'string' ? v.length > MAX_SHOWN_TEXT : v !== undefined && (JSON.stringify(v)?.length ?? 0) > 80,
  );
}
// C0 and C1 controls, DEL, the line and paragraph separators, and what takes no room or reorders text (the soft hyphen,
// zero-width spaces and joiners, direction marks, embeddings, overrides and isolates, the byte order mark, Hangul
// fillers): each shown as its escape (`\n`, `\u001b`, `\u202e`)
const CONTROL =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/g;
const NAMED_CONTROL: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text as one code span, fenced by more backticks than it holds in a row (CommonMark), so none of them ends it. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // a space inside each fence, which CommonMark takes away again, lets the text start or end with a backtick
  const pad = longest ? ' ' : '';
  return fence + pad + text + pad + fence;
}
