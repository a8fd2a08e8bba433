import { styleText } from 'node:util';
import { reportJson } from '../core/report/json.js';
import { renderMarkdown } from '../core/report/markdown.js';
import type { Report } from '../core/report/model.js';
import { plain, renderText, type Paint } from '../core/report/text.js';
import { UsageError } from '../core/errors.js';

export type Format = 'text' | 'json' | 'markdown';

export function parseFormat(value: string | undefined): Format {
  const format = value ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'markdown')
    throw new UsageError(`--format must be text, json or markdown, not '${format}'`);
  return format;
}

const paint: Paint = (style, text) => styleText(style, text);

export function render(report: Report, format: Format, stream: NodeJS.WriteStream = process.stdout): string {
  if (format === 'json') return reportJson(report) + '\n';
  if (format === 'markdown') return renderMarkdown(report);
  const color = stream.isTTY && !process.env.NO_COLOR;
  return renderText(report, color ? paint : plain);
}

/**
 * Files that could not be analysed go to stderr too, one line each, whatever the format. They are that file's problem,
 * not the run's: the verdict on everything else stands and the exit code is the verdict's.
 */
export function printErrors(report: Report): void {
  for (const e of report.errors) process.stderr.write(`contract-guard: error: ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}\n`);
}
