// Git submodules: a folder that is another repository. In a commit it is only that repository's commit id (no files),
// so a check reads no file inside one, from any source, and says so where a `$ref` leads into one.

/** The folders `.gitmodules` declares as submodules (`path = contracts/shared`). */
export function submodulePaths(gitmodules: string | undefined): string[] {
  if (!gitmodules) return [];
  const out: string[] = [];
  for (const line of gitmodules.split(/\r?\n/)) {
    const m = /^\s*path\s*=\s*(.+?)\s*$/.exec(line);
    if (m) out.push(m[1]!.replace(/^"(.*)"$/, '$1').replace(/\/+$/, ''));
  }
  return out;
}

/** Why a file is not read when it lies in one of `submodules`, else undefined. */
export function inSubmodule(path: string, submodules: readonly string[]): string | undefined {
  const folder = submodules.find((s) => path.startsWith(s + '/'));
  return folder ? `it is in the git submodule ${folder}, another repository, whose files no check reads` : undefined;
}
