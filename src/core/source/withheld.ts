// Files a tree holds without their bytes: over the size limit of a file, or past what a check reads of one tree. Each is
// refused by name when read, never taken for a missing file, and known by its content id so a change to it shows.
import { InputError } from '../errors.js';
import { LIMITS } from './limits.js';

/** A file over the size limit: refused, never taken for a missing one. */
export class OverSizeLimit extends InputError {}

/**
 * What a tree holds in place of a file over the size limit: no bytes, its size, and an id of its content (its git blob
 * id), so a file changed is still told from one that did not change. A marker of zeros had every such file read as
 * unchanged whatever a pull request wrote in it, and a freeze snapshot 32 MB of zeros for it.
 */
export class Oversized extends Uint8Array {
  // slices and copies of it are plain bytes (TypedArray methods build their results through this constructor)
  static get [Symbol.species]() {
    return Uint8Array;
  }
  constructor(
    readonly size: number,
    readonly id: string,
    /** `file`: over the size limit of a file; `tree`: the files before it spent what a check reads of one tree. */
    readonly cause: 'file' | 'tree' = 'file',
  ) {
    super(0);
  }
}

/** Bytes read of one tree so far: a file that would take them past `LIMITS.maxTreeBytes` is not read. */
export class TreeBudget {
  private spent = 0;
  /** Whether a file of `size` bytes may be read; counted when it may. */
  take(size: number): boolean {
    if (this.spent + size > LIMITS.maxTreeBytes) return false;
    this.spent += size;
    return true;
  }
}

/** What stands in for a file not read, or undefined when it may be read (within both limits). */
export function withheld(size: number, id: () => string, budget: TreeBudget): Oversized | undefined {
  if (size > LIMITS.maxFileBytes) return new Oversized(size, id());
  return budget.take(size) ? undefined : new Oversized(size, id(), 'tree');
}

/** The refusal of a file over the size limit. */
export function overSizeLimit(file: string, size: number): InputError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new OverSizeLimit(`file is ${mb(size)} MB, over the ${mb(LIMITS.maxFileBytes)} MB limit`, file);
}

/** The refusal of a file the tree's budget did not reach. */
export function overTreeBudget(file: string): InputError {
  const mb = (LIMITS.maxTreeBytes / 1024 / 1024).toFixed(1);
  return new OverSizeLimit(
    `not read: with the files before it (in path order), it would pass the ${mb} MB a check reads of one side`,
    file,
  );
}
