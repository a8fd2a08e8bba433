// What `check` says after a helper command changed the tree: the verdict, what blocks or needs the council, and the
// helper command that would fix the commonest case. Shared by new, bump, fix and workflow.
import { verdictLine } from '../core/report/verdict.js';
import type { Report } from '../core/report/model.js';
import { diagnosticText } from '../core/model.js';
import { runCheck } from '../services/check-run.js';

export function printCheck(report: Report, out: (line: string) => void = (l) => process.stdout.write(l + '\n')): void {
  out(`check now: ${verdictLine(report)}`);
  for (const v of report.violations ?? []) {
    if (!v.blocking && !v.approvable) continue;
    out(`  ${v.blocking ? 'blocks' : 'council'}: ${v.message}. Fix: ${v.fix} [${v.ruleId}]`);
  }
  for (const e of report.errors) out(`  unreadable: ${e.file}${e.line ? `:${e.line}` : ''}: ${diagnosticText(e)}`);
  if (report.violations?.some((v) => v.blocking && v.ruleId === 'version-bump-missing'))
    out('next: contract-guard bump (sets the versions, the changelog entry and the migration note)');
}

export async function showCheck(cwd: string, configPath?: string): Promise<Report> {
  const report = await runCheck({ cwd, configPath });
  printCheck(report);
  return report;
}
