// Where a check reads its trees: a git repository on disk, or GitHub's REST API when there is no clone.
// The baseline, the head and every other tree of a judgement are read through one source, the same way.
import type { MapTree } from '../core/source/tree.js';

export interface TreeSource {
  /** Added to labels of what was read, so a report says how: '' for git, ' (read through the API)' for REST. */
  readonly note: string;
  /** The commit a ref names; an InputError when it names none. */
  commit(ref: string): Promise<string>;
  /** Files under a folder ('' for all) at a commit, repository-relative; `keep` narrows which are read. */
  tree(commit: string, under: string, keep?: (path: string) => boolean): Promise<MapTree>;
  /** One file's text at a ref; undefined when it is not there. */
  file(ref: string, path: string): Promise<string | undefined>;
  mergeBase(a: string, b: string): Promise<string>;
  /** Tag names starting with `prefix`. */
  tags(prefix: string): Promise<string[]>;
  /**
   * The head lines a pull request's diff shows, per file (where GitHub accepts review comments); `paths` narrows it to
   * the files that matter (a partial clone then fetches no other file's contents).
   */
  diffLines?(base: string, head: string, paths?: string[]): Promise<Map<string, Set<number>>>;
  /**
   * The files that differ between two commits, by name (no file's contents is read or fetched to say so); undefined
   * when they cannot all be told.
   */
  changedPaths?(base: string, head: string): Promise<string[] | undefined>;
}
