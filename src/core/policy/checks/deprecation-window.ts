// Removals: what can carry `deprecated: true` must have been deprecated in the last N freezes before it goes.
import { getRule } from '../../rules/catalog.js';
import type { ChecklistItem } from '../../report/model.js';
import { deprecatedStreak } from '../deprecation.js';
import { finding, type Finding } from '../finding.js';
import type { PolicyCheck } from './context.js';

export const deprecationWindow: PolicyCheck = ({ config, layout, changes, freezes, movedFrom }) => {
  const needed = config.versioning.deprecation_releases;
  const findings: Finding[] = [];
  const checklist: ChecklistItem[] = [];
  if (needed === 0) return { findings };
  const seen = new Set<string>();
  for (const c of changes) {
    if (getRule(c.rule).removes !== 'deprecatable') continue;
    if (seen.has(`${c.file}#${c.pointer}`)) continue; // one element, several readers: one finding
    seen.add(`${c.file}#${c.pointer}`);
    // a file this change moved was deprecated where the freezes hold it
    const streak = deprecatedStreak(freezes, layout.rel(movedFrom(c.file) ?? c.file), c.pointer);
    if (streak < needed) {
      const where = { module: c.module, line: c.line, pointer: c.pointer };
      findings.push(finding('removal-without-deprecation', c.file, { what: c.message, count: streak, needed }, where));
    }
    checklist.push({ text: `Deprecated for ${needed} releases before removal: ${c.message}`, done: streak >= needed });
  }
  return { findings, checklist };
};
