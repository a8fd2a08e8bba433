// Where things sit in a repository: the contracts root, its frozen history, and which module owns a file.
// Every path here is repository-relative with `/` separators; '' as the root means the whole repository.

export const FROZEN_DIR = '_frozen';
export const GLOBALS = 'globals';

/** A versioned freeze (`freeze-v1.2.0.json`, `freeze-v1.2.0-stable.json`); not the `-latest` copy. */
const FREEZE_FILE = /^freeze-v[^/]+\.json$/;
/** A versioned freeze or SHA index: frozen history, which is append-only. */
const HISTORY_FILE = /^(freeze|sha-index)-v[^/]+\.json$/;

export class ContractsLayout {
  /** `root/` or '' */
  readonly prefix: string;
  /** `root/_frozen` */
  readonly frozenDir: string;
  /** The folder holding one sub-folder per module, repository-relative. */
  readonly modulesDir: string;

  /**
   * `root`: the contracts folder. `modulesDir`: where modules live, repository-relative or (when it does not start with
   * the root) relative to the root, as the built-in default `modules` is.
   */
  constructor(
    readonly root: string,
    modulesDir = 'modules',
  ) {
    this.prefix = root ? root + '/' : '';
    this.frozenDir = this.prefix + FROZEN_DIR;
    this.modulesDir = !this.prefix || modulesDir.startsWith(this.prefix) ? modulesDir : this.prefix + modulesDir;
  }

  /** A file of the frozen folder: `frozenPath('freeze-latest.json')`. */
  frozenPath(name: string): string {
    return `${this.frozenDir}/${name}`;
  }

  isFrozen(path: string): boolean {
    return path.startsWith(this.frozenDir + '/');
  }

  /** A versioned freeze stored in the frozen folder (not the `-latest` copy). */
  isFreezePath(path: string): boolean {
    return this.isFrozen(path) && !path.slice(this.frozenDir.length + 1).includes('/') && isFreezeFile(path);
  }

  inRoot(path: string): boolean {
    return path.startsWith(this.prefix);
  }

  /** The path as seen from the contracts root (paths outside it are returned as they are). */
  rel(path: string): string {
    return this.prefix && path.startsWith(this.prefix) ? path.slice(this.prefix.length) : path;
  }

  /** The module owning a repository path: `<modulesDir>/<name>/…`, else `globals`. */
  moduleOf(path: string): string {
    const start = this.modulesDir + '/';
    if (!path.startsWith(start)) return GLOBALS;
    const rest = path.slice(start.length);
    const slash = rest.indexOf('/');
    return slash > 0 ? rest.slice(0, slash) : GLOBALS;
  }

  /** `<modulesDir>/<name>/versions.yaml` or the root's `versions.yaml`: the module's versions file, when it is one. */
  versionsModule(path: string): string | undefined {
    if (/^versions\.ya?ml$/.test(this.rel(path)) && this.inRoot(path)) return GLOBALS;
    const start = this.modulesDir + '/';
    return path.startsWith(start) && /^[^/]+\/versions\.ya?ml$/.test(path.slice(start.length)) ? this.moduleOf(path) : undefined;
  }
}

/** The module of a path when no contracts root is known (two folders given to `diff`): any `modules/<name>/` in it. */
export function moduleOfAnyPath(path: string): string {
  const m = /(?:^|\/)modules\/([^/]+)\//.exec(path);
  return m ? m[1]! : GLOBALS;
}

/** Is this file name (or path) a versioned freeze? */
export function isFreezeFile(path: string): boolean {
  return FREEZE_FILE.test(baseName(path));
}

/** Is this file name (or path) frozen history (a versioned freeze or SHA index)? */
export function isHistoryFile(path: string): boolean {
  return HISTORY_FILE.test(baseName(path));
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
