// The names of the compatibility modes, apart from what they mean (compatibility.ts): the configuration's schema
// needs the names alone, and reading a configuration must not load the diff engine.
export const MODES = ['backward', 'forward', 'full', 'none', 'backward_transitive', 'forward_transitive', 'full_transitive'] as const;
export type Mode = (typeof MODES)[number];

export interface CompatibilityEntry {
  /** Globs from the repository root, or a unit's name. */
  files?: string[];
  unit?: string;
  mode: Mode;
}
