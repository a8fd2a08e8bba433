// The head lines a pull request's diff shows (GitHub accepts review comments only there), from unified diffs:
// a whole `git diff`, or the per-file patches GitHub's compare API returns.

/** Head line numbers inside the hunks of one file's patch (added and context lines). */
export function hunkLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let line = 0;
  for (const l of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
    if (hunk) line = Number(hunk[1]);
    else if (line && (l.startsWith('+') || l.startsWith(' '))) lines.add(line++);
  }
  return lines;
}

/** Per head file, the lines a multi-file `git diff` shows. Deleted files have none. */
export function diffLines(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const part of diff.split(/^diff --git /m).slice(1)) {
    const target = /^\+\+\+ (?:b\/)?(.+)$/m.exec(part)?.[1];
    if (!target || target === '/dev/null') continue;
    const body = part.slice(part.indexOf('\n@@') + 1);
    const lines = hunkLines(part.includes('\n@@') ? body : '');
    if (lines.size) out.set(target, lines);
  }
  return out;
}
