import type { Loc, Role, SchemaContext, Semantic } from '../model.js';
import { emittedId, type RuleId } from '../rules/catalog.js';

/** A change as a differ sees it, before module, level, message and line are attached. */
export interface RawChange {
  /** Catalog rule id (without the schema context prefix). */
  rule: RuleId;
  /** For schema rules: where the schema sits, which prefixes the emitted id and picks the level. */
  context?: SchemaContext;
  role?: Role;
  /** The reported place: in the head where the element exists, else in the base. */
  loc: Loc;
  /** Where in the head to annotate, when `loc` is a base location (removals). */
  lineAt?: Loc;
  params: Record<string, unknown>;
  via?: string;
  /** Other operations or schemas through which the same change is reached. */
  alsoVia?: Set<string>;
  /** Set inclusion's verdict, for changes the semantic judge adds. */
  semantic?: Semantic;
  /** See Change.identity: what its message does not say (the schema a break no rule names is a break of). */
  identity?: string;
}

/** Collects raw changes, keeping one per (rule id, file, pointer). */
export class ChangeSink {
  readonly changes: RawChange[] = [];
  private readonly keys = new Map<string, RawChange>();

  /** `moved`: files the change moved, old path → new; a change found at an old path (a removal) is reported at the new one. */
  constructor(private readonly moved = new Map<string, string>()) {}

  /**
   * While one pair of files is compared, where its base files are reported: a new version compared with the one before
   * it reports a removal at the new version's file, not as an edit of the published one.
   */
  relocate?: (file: string) => string | undefined;

  private to(file: string): string | undefined {
    return this.moved.get(file) ?? this.relocate?.(file);
  }

  /** Store a change, or note another way to it; returns the stored change. */
  emit(change: RawChange): RawChange {
    const to = this.to(change.loc.file);
    if (to) change = { ...change, loc: { ...change.loc, file: to } };
    const lineTo = change.lineAt && this.to(change.lineAt.file);
    if (lineTo) change = { ...change, lineAt: { ...change.lineAt!, file: lineTo } };
    const key = `${emittedId(change)}|${change.loc.file}|${change.loc.pointer}`;
    const known = this.keys.get(key);
    if (known) {
      addVia(known, change.via);
      return known;
    }
    this.keys.set(key, change);
    this.changes.push(change);
    return change;
  }

  /** Pointers already reported for a file, so a fragment's generic diff does not repeat them. */
  pointersFor(file: string): string[] {
    return this.changes.filter((c) => c.loc.file === file).map((c) => c.loc.pointer);
  }
}

export function addVia(change: RawChange, via: string | undefined): void {
  if (!via || via === change.via) return;
  (change.alsoVia ??= new Set()).add(via);
}
