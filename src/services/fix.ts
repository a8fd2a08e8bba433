// `contract-guard fix`: the lint findings with a safe automatic fix, as a unified diff; written only when asked.
import { createTwoFilesPatch } from 'diff';
import { planFixes, type FileFix } from '../core/scaffold/fixes.js';
import { Workspace } from './workspace.js';

export interface FixResult {
  fixes: FileFix[];
  /** The unified diff of every fix, as `git apply` reads it. */
  patch: string;
  written: string[];
  /** The house lint is off (no `preset: memoryos`): nothing it would report is fixed. */
  off: boolean;
}

export async function fix(cwd: string, write: boolean, configPath?: string): Promise<FixResult> {
  const ws = await Workspace.open(cwd, configPath);
  // the house's rules, for a repository that keeps them: elsewhere a description's dialect or a schema's `$schema`
  // is the team's (OpenAPI 3.1's default dialect is its own, not plain 2020-12), and check reports none of it
  if (ws.preset !== 'memoryos') return { fixes: [], patch: '', written: [], off: true };
  const fixes = planFixes(ws.docs, ws.paths, ws.house, (f) => ws.read(f));
  const patch = fixes
    .map((f) => createTwoFilesPatch(`a/${f.file}`, `b/${f.file}`, f.before, f.after, '', '', { context: 3 }).replace(/^=+\n/, ''))
    .join('');
  if (write) for (const f of fixes) ws.update(f.file, f.after, f.fixes.join('; '));
  return { fixes, patch, written: ws.written, off: false };
}
