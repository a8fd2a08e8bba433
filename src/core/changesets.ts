// Changesets (https://github.com/changesets/changesets): a JavaScript monorepo's packages are not bumped by hand in a
// pull request; it adds `.changeset/<name>.md`, whose front matter declares each package's bump, and a release later
// writes the versions and changelogs. What the pending changesets declare is each package's next release. Pure.
import { load } from 'js-yaml';
import { levelRank, type Level } from './model.js';

export const CHANGESET_DIR = '.changeset';

/** A pending changeset: `.changeset/*.md` but its README. */
export const isChangeset = (path: string) =>
  path.startsWith(`${CHANGESET_DIR}/`) && /^[^/]+\.md$/.test(path.slice(CHANGESET_DIR.length + 1)) && !/\/README\.md$/i.test(path);

const LEVELS = new Set(['major', 'minor', 'patch', 'none']);

/** The bump each package's pending changesets declare, the largest of them: `{"@acme/schemas": "major"}`. */
export function declaredBumps(files: { path: string; text: string }[]): Map<string, Level> {
  const out = new Map<string, Level>();
  for (const { text } of files) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text.replace(/^\uFEFF/, ''))?.[1];
    if (front === undefined) continue;
    let data: unknown;
    try {
      data = load(front);
    } catch {
      continue; // changesets itself refuses it; the check then asks for one it can read
    }
    if (!data || typeof data !== 'object') continue;
    for (const [name, level] of Object.entries(data as Record<string, unknown>)) {
      if (typeof level !== 'string' || !LEVELS.has(level)) continue;
      const known = out.get(name);
      if (!known || levelRank(level as Level) > levelRank(known)) out.set(name, level as Level);
    }
  }
  return out;
}

/** A changeset declaring `level` for `name`, with a summary of what changed, as `npx changeset` writes one. */
export function changesetDraft(name: string, level: Level, summary: string[]): { path: string; text: string } {
  const slug = name
    .replace(/^@/, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase();
  return { path: `${CHANGESET_DIR}/${slug}-${level}.md`, text: `---\n"${name}": ${level}\n---\n\n${summary.join('\n')}\n` };
}
