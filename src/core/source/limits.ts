/** Input limits: a contract file beyond these is refused with a one-line error, never half-read. */
export const LIMITS = {
  /** The GitHub REST description is ~13 MB of JSON; 32 MiB leaves room without inviting abuse. */
  maxFileBytes: 32 * 1024 * 1024,
  /**
   * Bytes of files a check reads of one tree (a side's contracts): 128 MiB is ten GitHub REST descriptions. Past it,
   * files (in path order) are not read, and say so: sixty files of 30 MB each took 2 GB of memory per judgement, and
   * more took the App down.
   */
  maxTreeBytes: 128 * 1024 * 1024,
  /** YAML aliases share nodes; a document that expands past this many nodes is an alias bomb. */
  maxExpandedNodes: 5_000_000,
  /** Keys YAML merge keys (`<<: *base`) may copy in one file, all merges together: a merge bomb stops here. */
  maxMergeKeys: 100_000,
  /** Collections nested deeper than this are refused (js-yaml checks YAML; we check JSON). */
  maxDepth: 200,
  /**
   * Bytes of API descriptions Spectral lints on each side of a check (a description and the files its `$ref`s reach):
   * it takes ~4 s a MB, so 16 MiB (the GitHub REST description fits) is about a minute; the rest are said unlinted.
   */
  maxLintedBytes: 16 * 1024 * 1024,
};
