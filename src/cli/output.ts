import { styleText } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { renderGithub } from '../core/report/github.js';
import { reportJson } from '../core/report/json.js';
import { renderSarif } from '../core/report/sarif.js';
import { renderMarkdown } from '../core/report/markdown.js';
import type { Report } from '../core/report/model.js';
import { diagnosticText } from '../core/model.js';
import { plain, renderText, type Paint } from '../core/report/text.js';
import { UsageError } from '../core/errors.js';

export const FORMATS = ['text', 'json', 'markdown', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string | undefined): Format {
  const format = value ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, not '${format}'`);
  return format as Format;
}

const paint: Paint = (style, text) => styleText(style, text);

export function render(report: Report, format: Format, stream: NodeJS.WriteStream = process.stdout): string {
  if (format === 'json') return reportJson(report) + '\n';
  if (format === 'markdown') return renderMarkdown(report);
  if (format === 'sarif') return renderSarif(report, pkg.version);
  if (format === 'github') return renderGithub(report);
  const color = stream.isTTY && !process.env.NO_COLOR;
  return renderText(report, color ? paint : plain);
}

/**
 * Files that could not be analysed go to stderr too, one line each, whatever the format. They are that file's problem,
 * not the run's: the verdict on everything else stands and the exit code is the verdict's.
 */
export function printErrors(report: Report): void {
  for (const e of report.errors)
    process.stderr.write(`contract-guard: error: ${e.file}${e.line ? `:${e.line}` : ''}: ${diagnosticText(e)}\n`);
}
