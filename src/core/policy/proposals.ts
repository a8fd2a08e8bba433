// The text a missing changelog entry or migration note should hold, written from the changes themselves, so the
// author starts from a draft rather than a blank file. Pure: the surfaces decide how to offer it (a suggested
// change, a "create file" link, a block to copy).
import { changeText } from '../report/change-text.js';
import { unitSlug } from '../units.js';
import type { Change, Level } from '../model.js';
import { changesetDraft } from '../changesets.js';
import { codeSpan, oneLine } from '../rules/catalog.js';

/** Text for `path`: inserted after line `after` of the existing file (0: at the top), or the whole of a new file. */
export interface Proposal {
  path: string;
  text: string;
  after?: number;
  /** Where a review comment offering the draft goes when `path` itself is not in the pull request's diff. */
  anchor?: { file: string; line: number };
}

const MAX_LISTED = 10;

function listed(changes: Change[], line: (c: Change) => string): string[] {
  const out = changes.slice(0, MAX_LISTED).map(line);
  if (changes.length > MAX_LISTED) out.push(`- … and ${changes.length - MAX_LISTED} more changes`);
  return out;
}

const ordered = (changes: Change[]) => {
  const rank = { major: 0, minor: 1, patch: 2, none: 3 } as const;
  return [...changes].sort((a, b) => rank[a.level] - rank[b.level]);
};

/** A section a Keep a Changelog file keeps on top for what is not released yet. */
const UNRELEASED = /^##\s+\[?unreleased\]?\s*$/i;
/** Keep a Changelog's heading of a release: `## [1.2.0] - 2026-10-01`. */
const KEEP_A_CHANGELOG = /^##\s+\[v?\d+(\.\d+)*[^\]]*\]\s+-\s+\d{4}-\d{2}-\d{2}/;

/**
 * The heading of a changelog entry, after `## `, in the file's own style: `[2.0.0] - <today>` where its releases are
 * written the Keep a Changelog way (one unit's log), else `<module> <version>` (`<version>` alone for one unit's).
 */
export function changelogHeading(existing: string | undefined, module: string, version: string, today: string): string {
  const headings = (existing ?? '').split(/\r?\n/).filter((l) => /^##\s/.test(l));
  const newest = headings.find((l) => !UNRELEASED.test(l));
  // the newest release says how releases are written; with none yet, `## [Unreleased]` does
  const kept = newest !== undefined ? KEEP_A_CHANGELOG.test(newest) : headings.some((l) => UNRELEASED.test(l) && l.includes('['));
  if (!module && kept) return `[${version}] - ${today}`;
  return [module, version].filter(Boolean).join(' ');
}

/**
 * A changelog entry, placed above the newest existing entry (the first `## ` heading; below an `## [Unreleased]`
 * section), or after the title.
 */
export function changelogProposal(
  path: string,
  existing: string | undefined,
  /** '' when the repository has one versioned unit: its entries are `## <version>`. */
  module: string,
  version: string,
  changes: Change[],
  today: string,
): Proposal {
  const lines = [
    `## ${changelogHeading(existing, module, version, today)}`,
    ...listed(ordered(changes), (c) => `- ${c.level === 'major' ? '**Breaking:** ' : ''}${changeText(c)}`),
  ];
  if (!changes.length) lines.push('- (describe the change)');
  const entry = lines.join('\n') + '\n';
  if (existing === undefined) return { path, text: `# Changelog\n\n${entry}` };
  const rows = existing.split(/\r?\n/);
  const newest = rows.findIndex((l) => /^##\s/.test(l) && !UNRELEASED.test(l));
  if (newest >= 0) return { path, text: entry + '\n', after: newest };
  // only what is not released yet: the release goes below it, at the end
  if (rows.some((l) => UNRELEASED.test(l))) return { path, text: '\n' + entry, after: rows.at(-1) === '' ? rows.length - 1 : rows.length };
  const title = rows.findIndex((l) => /^#\s/.test(l));
  // below the title, or on top of a file that has none
  return title >= 0 ? { path, text: '\n' + entry, after: title + 1 } : { path, text: entry + '\n', after: 0 };
}

/** A changeset declaring `level` for the package `name`, its summary the changes (a repository released with changesets). */
export function changesetProposal(name: string, level: Level, changes: Change[]): Proposal {
  const lines = listed(ordered(changes), (c) => `- ${c.level === 'major' ? '**Breaking:** ' : ''}${changeText(c)}`);
  return changesetDraft(name, level, lines.length ? lines : ['- (describe the change)']);
}

/** Where a module's migration note lives: one file per module and version. */
export const migrationNotePath = (folder: string, module: string, version: string) => `${folder}/${unitSlug(module)}-${version}.md`;

/** A migration note to start from: the breaking changes, each with what its consumers must do, and the rollback. */
export function migrationProposal(folder: string, module: string, from: string | undefined, version: string, majors: Change[]): Proposal {
  const text = [
    `# Migrating to ${module} ${version}`,
    '',
    `${from ? `From ${module} ${from} to ${version}` : `${module} ${version}`}: ${majors.length} breaking change${majors.length === 1 ? '' : 's'}.`,
    '',
    '## Breaking changes',
    '',
    ...listed(
      majors,
      (c) =>
        `- \`${c.ruleId}\` ${changeText(c)} (${codeSpan(oneLine(`${c.file}${c.line ? `:${c.line}` : ''}`))})\n  - What to do: ${c.migrate ?? c.hint}`,
    ),
    '',
    '## Timeline',
    '',
    `- Both versions served (or dual-published) until: <date>`,
    `- ${module} ${from ?? 'the previous version'} removed on: <date>`,
    '',
    '## Rollback',
    '',
    `Restore the last freeze of ${module} and re-release; consumers that already migrated keep working if the old fields are still accepted.`,
    '',
  ].join('\n');
  return { path: migrationNotePath(folder, module, version), text };
}
