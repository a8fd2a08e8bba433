// The JSON report, a public interface: changes keep the shape and field order they have always had.
import type { Change } from '../model.js';
import { changeText } from './change-text.js';
import type { Report } from './model.js';

/** A change as the JSON report shows it: the public id, the full text (with its routes), and the routes as one list. */
export type PublicChange = Omit<Change, 'rule' | 'context' | 'role' | 'via'> & { via?: string[] };

export function publicChange(c: Change): PublicChange {
  return {
    ruleId: c.ruleId,
    level: c.level,
    module: c.module,
    file: c.file,
    pointer: c.pointer,
    ...(c.line !== undefined ? { line: c.line, column: c.column } : {}),
    message: changeText(c),
    hint: c.hint,
    ...(c.via?.first ? { via: [c.via.first, ...c.via.others] } : {}),
    ...(c.semantic ? { semantic: c.semantic } : {}),
  };
}

export function publicReport(report: Report): Omit<Report, 'changes'> & { changes: PublicChange[] } {
  return { ...report, changes: report.changes.map(publicChange) };
}

/** The report as `--format json` prints it and the Action writes it. */
export function reportJson(report: Report): string {
  return JSON.stringify(publicReport(report), null, 2);
}
