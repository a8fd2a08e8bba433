// Frozen history is append-only: a versioned freeze or SHA index on the base branch may be neither edited nor deleted.
import { isHistoryFile } from '../../layout.js';
import { finding, type Finding } from '../finding.js';
import type { PolicyCheck } from './context.js';

export const frozenHistory: PolicyCheck = ({ frozenBase, frozenHead }) => {
  const findings: Finding[] = [];
  for (const file of frozenBase.paths()) {
    if (!isHistoryFile(file)) continue;
    const after = frozenHead.read(file);
    if (!after) findings.push(finding('frozen-history-edited', file, { file, action: 'deleted' }));
    else if (Buffer.compare(after, frozenBase.read(file)!) !== 0)
      findings.push(finding('frozen-history-edited', file, { file, action: 'edited' }));
  }
  return { findings };
};
