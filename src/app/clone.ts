// A shallow, blobless clone of one repository with the installation token, in a temporary folder.
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git, gitWithInput } from '../adapters/git-tree.js';

export class CloneError extends Error {}

/** The clone URL with the token as credentials; never logged. */
export function authenticatedUrl(cloneUrl: string, token: string): string {
  const url = new URL(cloneUrl);
  url.username = 'x-access-token';
  url.password = token;
  return url.toString();
}

export function redact(text: string): string {
  return text.replace(/\/\/[^/@\s]*:[^/@\s]*@/g, '//***@');
}

/** What one `git fetch` brings: refspecs, commit and blob ids (read from its standard input), and the history's depth. */
export interface Fetch {
  wants: string[];
  depth: number;
}

/**
 * Clone just enough to judge: what `fetch` wants, and no other file contents until contract-guard reads them (a
 * partial clone fetches blobs on demand, so only contract files ever travel).
 */
export async function withClone<T>(cloneUrl: string, token: string, fetch: Fetch, run: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'contract-guard-app-'));
  try {
    const g = git(dir);
    try {
      await g.raw(['init', '--quiet']);
    } catch (err) {
      throw new CloneError(`git is not usable here: ${redact((err as Error).message)}`);
    }
    // the remote in one write rather than three `git config` processes; no maintenance after each fetch (a clone
    // that lives for one judgement): on a busy machine, starting processes is most of what git costs here
    const quoted = `"${authenticatedUrl(cloneUrl, token).replace(/[\\"]/g, (c) => `\\${c}`)}"`;
    appendFileSync(
      join(dir, '.git', 'config'),
      `[remote "origin"]\n\turl = ${quoted}\n\tpromisor = true\n\tpartialclonefilter = blob:none\n[maintenance]\n\tauto = false\n[gc]\n\tauto = 0\n`,
    );
    try {
      await gitWithInput(
        dir,
        ['fetch', '--quiet', '--no-tags', '--filter=blob:none', `--depth=${fetch.depth}`, '--stdin', 'origin'],
        fetch.wants,
      );
    } catch (err) {
      throw new CloneError(`cloning failed: ${redact((err as Error).message).split('\n')[0]}`);
    }
    return await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
