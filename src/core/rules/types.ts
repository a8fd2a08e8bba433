import { levelRank, type Level, type Role } from '../model.js';

/** Which way a schema is read. Readers (request, storage) break on narrowing; writers' readers (response) on widening. */
export interface SideLevels {
  reader: Level;
  writer: Level;
}

/** What a rule says about the element it reports, beyond its level: policy checks read these, never the id. */
export interface RuleAttributes {
  /** The rule reports a removal of something that can carry `deprecated: true` (the deprecation window applies). */
  removes?: 'deprecatable';
  /**
   * The level is the SemVer policy's, deliberately not set inclusion's (a new optional property is minor; a default,
   * a format or a definition matters to readers though no instance changes validity). `judgement: strict` overrides.
   */
  levelFrom?: 'policy';
}

export interface RuleDef<Id extends string = string> extends RuleAttributes {
  /** Stable id. Schema rules are emitted with a context prefix: `response-property-removed`. */
  id: Id;
  family: 'openapi' | 'asyncapi' | 'avro' | 'schema' | 'data' | 'file';
  /** One level for all roles, or a level for each side of a schema (schema rules). */
  level: Level | SideLevels;
  /** What the rule detects, for docs/rules.md. */
  summary: string;
  /** One-line message; `{name}` placeholders are filled from the change's params. */
  message: string;
  /** The migration hint a developer acts on. */
  hint: string;
  /**
   * What the contract's consumers do to move to a release that carries the change: the migration note's line.
   * Every rule that can be major has one. `{writers}` and `{readers}` name who writes and who reads the schema where
   * the change is (clients and the server, producers and consumers).
   */
  migrate?: string;
}

/** A rule-definition helper for one family: `rule(id, level, summary, message, hint, { migrate?, ...attributes })`; the id's literal type is kept. */
export function ruleFamily(family: RuleDef['family']) {
  return <const Id extends string>(
    id: Id,
    level: RuleDef['level'],
    summary: string,
    message: string,
    hint: string,
    attributes: RuleAttributes & { migrate?: string } = {},
  ): RuleDef<Id> => ({ id, family, level, summary, message, hint, ...attributes });
}

export function sides(reader: Level, writer: Level): SideLevels {
  return { reader, writer };
}

/** request and storage read what clients write; response readers read what we write; events have both. */
export function levelForRole(level: Level | SideLevels, role: Role | undefined): Level {
  if (typeof level === 'string') return level;
  if (role === 'request' || role === 'storage') return level.reader;
  if (role === 'response') return level.writer;
  return levelRank(level.reader) >= levelRank(level.writer) ? level.reader : level.writer;
}
