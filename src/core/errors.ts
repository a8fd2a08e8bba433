/** Bad input: reported as one line naming the file (and line), exit code 2, never a stack trace. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }

  /** `file:line: message`, the shape editors and CI logs link. */
  oneLine(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${where}${this.message}`.replace(/\s*\n\s*/g, ' ');
  }
}

/** A usage mistake on the command line: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * An `InputError` or a `UsageError` from any copy of this module, where `instanceof` tells only one copy's: each CLI
 * command is bundled in a file of its own, with its own copy, and the command line's entry reports what it throws.
 */
export const isInputError = (err: unknown): err is InputError =>
  err instanceof Error && err.name === 'InputError' && typeof (err as InputError).oneLine === 'function';
export const isUsageError = (err: unknown): err is UsageError => err instanceof Error && err.name === 'UsageError';

/**
 * Read something that may be unreadable input (a file that does not parse, a `$ref` that goes nowhere): undefined
 * then, because another check reports it. Anything else is a bug and propagates.
 */
export function unlessUnreadable<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (err) {
    if (err instanceof InputError) return undefined;
    throw err;
  }
}

/** A mistake in our own code (as opposed to a library refusing its input), which must never be swallowed. */
export function isBug(err: unknown): boolean {
  return err instanceof TypeError || err instanceof ReferenceError;
}
