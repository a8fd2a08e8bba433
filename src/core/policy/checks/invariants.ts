// Frozen invariants: schema properties that must stay, code patterns that must (not) be there, files that need a word.
import type { ChecklistItem } from '../../report/model.js';
import { isSchemaInvariant } from '../config.js';
import { finding, type Finding } from '../finding.js';
import { checkCodeInvariant, checkSchemaInvariant, touchedFiles } from '../invariants.js';
import { markOld, type PolicyCheck } from './context.js';

export const invariants: PolicyCheck = ({ config, base, head, code }) => {
  const findings: Finding[] = [];
  const checklist: ChecklistItem[] = [];
  for (const inv of config.invariants) {
    if (isSchemaInvariant(inv)) findings.push(...checkSchemaInvariant(inv, inv.file, base.docs, head.docs));
    else if (code && inv.on_change !== undefined) {
      for (const file of touchedFiles(inv, code.base, code.head)) {
        findings.push(finding('code-invariant-touched', file, { invariant: inv.id, file, text: inv.on_change }));
        checklist.push({ text: `${inv.id}: ${inv.on_change} (${file} changed)`, done: false });
      }
    } else if (code) {
      findings.push(...markOld(checkCodeInvariant(inv, code.base), checkCodeInvariant(inv, code.head)));
    }
  }
  return { findings, checklist };
};
