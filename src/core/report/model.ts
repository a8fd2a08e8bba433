import type { Change, Diagnostic, DiffResult, Level } from '../model.js';
import { levelRank, maxLevel } from '../model.js';

export interface ModuleSummary {
  name: string;
  level: Level;
  changes: number;
}

/** What `diff` and `check` report: the classified changes, grouped by module, and where they were measured from. */
export interface Report {
  level: Level;
  baseline?: string;
  head?: string;
  modules: ModuleSummary[];
  changes: Change[];
  errors: Diagnostic[];
  warnings: string[];
}

export function buildReport(result: DiffResult, context: { baseline?: string; head?: string; warnings?: string[] } = {}): Report {
  const byModule = new Map<string, Change[]>();
  for (const c of result.changes) byModule.set(c.module, [...(byModule.get(c.module) ?? []), c]);
  const modules = [...byModule]
    .map(([name, list]) => ({ name, level: maxLevel(list.map((c) => c.level)), changes: list.length }))
    .sort((a, b) => levelRank(b.level) - levelRank(a.level) || a.name.localeCompare(b.name));
  const { warnings = [], ...where } = context;
  return { level: result.level, ...where, modules, changes: result.changes, errors: result.errors, warnings };
}
