// Review comments on the pull request's own lines: a suggested change where the fix is one line (the version a
// module needs), and a note on each breaking line. Re-runs edit, keep or delete them by a hidden marker: never twice.
import { changeText } from '../core/report/change-text.js';
import { draftDetails, fenced, type DraftLinks } from '../core/report/drafts.js';
import { escape } from '../core/report/markdown.js';
import type { Report } from '../core/report/model.js';
import type { GitHubPort } from '../github/port.js';

const MARKER = '<!-- contract-guard:review:';
// the key names files and pointers a pull request chose: encoded, no `-->` in it can end the marker early
const marker = (key: string) => `${MARKER}${encodeURIComponent(key)} -->`;
const keyOf = (body: string) => {
  const raw = body.slice(MARKER.length, body.indexOf(' -->'));
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // a marker from before keys were encoded
  }
};

export interface PlannedComment {
  key: string;
  path: string;
  line: number;
  body: string;
}

export interface ReviewInput {
  report: Report;
  /** Head lines the pull request's diff shows, per file: GitHub accepts review comments only there. */
  commentable: Map<string, Set<number>>;
  /** A head file's text, for the line a suggestion rewrites. */
  headText: (path: string) => Promise<string | undefined>;
  maxInline: number;
  links?: DraftLinks;
}

/** The files review comments could go on: the diff of no other file is needed. */
export function commentablePaths(report: Report): string[] {
  const paths = new Set<string>();
  for (const v of report.violations ?? []) if (v.suggestion) paths.add(v.file);
  for (const v of report.drafts ?? []) {
    paths.add(v.proposal.path);
    if (v.proposal.anchor) paths.add(v.proposal.anchor.file);
  }
  for (const c of report.changes) if (c.level === 'major') paths.add(c.file);
  return [...paths].sort();
}

/** The review comments the report calls for, on lines the diff shows. */
export async function planReviewComments(input: ReviewInput): Promise<PlannedComment[]> {
  const { report, commentable } = input;
  const inDiff = (path: string, line?: number): line is number => !!line && !!commentable.get(path)?.has(line);
  const out: PlannedComment[] = [];
  for (const v of report.violations ?? []) {
    if (!v.suggestion || !inDiff(v.file, v.line)) continue;
    const text = (await input.headText(v.file))?.split(/\r?\n/)[v.line - 1];
    if (text === undefined || !text.includes(v.suggestion.find)) continue;
    const key = `suggest|${v.ruleId}|${v.file}`;
    const fixed = text.replace(v.suggestion.find, v.suggestion.replace);
    out.push({
      key,
      path: v.file,
      line: v.line,
      body: `${marker(key)}\n**contract-guard** ${v.blocking ? '⛔' : '⚠️'} ${escape(v.message)}. ${escape(v.fix)}\n\n${fenced(fixed, 'suggestion')}`,
    });
  }
  for (const v of report.drafts ?? []) {
    const p = v.proposal;
    const key = `draft|${v.ruleId}|${p.path}`;
    const intro = `${marker(key)}\n**contract-guard** ${v.blocking ? '⛔' : '⚠️'} ${escape(v.message)}.`;
    // an insertion is offered as a suggested change on the line next to it: "Commit suggestion" puts it in place
    const line = p.after === undefined ? undefined : Math.max(p.after, 1);
    const original = line !== undefined && inDiff(p.path, line) ? (await input.headText(p.path))?.split(/\r?\n/)[line - 1] : undefined;
    if (line !== undefined && original !== undefined) {
      const replaced = p.after === 0 ? p.text + original : `${original}\n${p.text}`;
      out.push({ key, path: p.path, line, body: `${intro} A draft, from the changes:\n\n${fenced(replaced, 'suggestion')}` });
    } else if (p.anchor && inDiff(p.anchor.file, p.anchor.line)) {
      out.push({ key, path: p.anchor.file, line: p.anchor.line, body: `${intro} ${escape(v.fix)}\n\n${draftDetails(p, input.links)}` });
    }
  }
  const majors = report.changes.filter((c) => c.level === 'major' && inDiff(c.file, c.line));
  for (const c of majors.slice(0, input.maxInline)) {
    const key = `change|${c.ruleId}|${c.file}|${c.pointer}`;
    const body = `${marker(key)}\n🔴 **major** \`${c.ruleId}\`: ${escape(changeText(c))}\n\n${escape(c.hint)}`;
    out.push({ key, path: c.file, line: c.line!, body });
  }
  return out;
}

/** Make the pull request's contract-guard review comments exactly `planned`: create, update, keep, delete. */
export async function syncReviewComments(port: GitHubPort, pr: number, commitId: string, planned: PlannedComment[]) {
  const existing = (await port.listReviewComments(pr)).filter((c) => c.byBot && c.body.startsWith(MARKER));
  const counts = { created: 0, updated: 0, kept: 0, deleted: 0 };
  const wanted = new Map(planned.map((p) => [p.key, p]));
  for (const c of existing) {
    const want = wanted.get(keyOf(c.body));
    if (!want || c.path !== want.path || c.line !== want.line) {
      await port.deleteReviewComment(c.id); // the problem is gone, or it moved: a comment on a stale line misleads
      counts.deleted++;
      continue;
    }
    wanted.delete(want.key);
    if (c.body === want.body) counts.kept++;
    else {
      await port.updateReviewComment(c.id, want.body);
      counts.updated++;
    }
  }
  const fresh = [...wanted.values()];
  if (fresh.length) {
    const body = `contract-guard: ${fresh.length} note${fresh.length === 1 ? '' : 's'} on the changed lines (the summary is in the pull request's comment).`;
    await port.createReviewComments(pr, { commitId, body, comments: fresh.map(({ path, line, body }) => ({ path, line, body })) });
    counts.created = fresh.length;
  }
  return counts;
}
