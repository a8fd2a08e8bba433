/** Input limits: a contract file beyond these is refused with a one-line error, never half-read. */
export const LIMITS = {
  /** The GitHub REST description is ~13 MB of JSON; 32 MiB leaves room without inviting abuse. */
  maxFileBytes: 32 * 1024 * 1024,
  /** YAML aliases share nodes; a document that expands past this many nodes is an alias bomb. */
  maxExpandedNodes: 5_000_000,
  /** Collections nested deeper than this are refused (js-yaml checks YAML; we check JSON). */
  maxDepth: 200,
};
