// Frozen history is append-only, and a freeze a pull request adds must be a true snapshot of its tree (freeze/audit.ts).
import { auditFrozen } from '../../freeze/audit.js';
import { finding } from '../finding.js';
import type { PolicyCheck } from './context.js';

export const frozenHistory: PolicyCheck = ({ layout, frozenBase, frozenHead, headFiles }) => ({
  findings: auditFrozen(layout, frozenBase, frozenHead, headFiles).map((p) => finding('frozen-history-edited', p.file, { ...p })),
});
