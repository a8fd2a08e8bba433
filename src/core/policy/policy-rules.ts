// Policy rules: what makes a change blocked, in need of the Contract Council, or worth a warning. Data only.
export type Severity = 'block' | 'approve' | 'warn';

export interface PolicyRule {
  id: string;
  severity: Severity;
  /** Rules checked at baseline and head: findings already at the baseline are old debt (warn), new ones take `severity`. */
  ratchet?: boolean;
  summary: string;
  message: string;
  /** The fix, in one sentence a developer acts on. */
  fix: string;
}

const rule = (id: string, severity: Severity, summary: string, message: string, fix: string, ratchet = false): PolicyRule => ({
  id,
  severity,
  summary,
  message,
  fix,
  ratchet,
});

export const POLICY_RULES: PolicyRule[] = [
  rule(
    'version-bump-missing',
    'block',
    'A module has changes that need a bigger version bump than its versions file has.',
    '{module}: {level} changes need a {required} bump from {frozen}, but the version is {current}',
    'Set `{assignment}` in {file}.',
  ),
  rule(
    'changeset-missing',
    'block',
    "A package released with changesets has changes that need a bigger release than its pending changesets declare (its version is the release's to write, not the pull request's).",
    '{module}: {level} changes need a {required} release, but {declared}',
    'Add a changeset declaring a {required} release of {module} (`npx changeset`), as drafted: {draft}.',
  ),
  rule(
    'version-path-too-low',
    'block',
    'A new version published in a path (`order/1.1.0/`) whose version is lower than its changes since the last need.',
    '{module}: {level} changes since {frozen} need a {required} version, but they are published as {current}',
    'Publish them as {path} instead.',
  ),
  rule(
    'published-version-changed',
    'block',
    'A version published in a path was edited in place beyond a patch: a release (`1.0.0/`) is never changed, a major line (`v1/`) only compatibly.',
    '{file}: {level} change to the published {version}',
    'Leave {version} as it was and publish the change as {path}.',
  ),
  rule(
    'version-removed',
    'block',
    'A changed module had a version at the baseline and has no version number now: its version file was removed, or its version replaced by text that is none.',
    '{module}: its version {frozen} at the baseline is gone{how}',
    'Keep its version where {file} held it, at least {suggested} ({required} changes since {frozen}).',
  ),
  rule(
    'version-path-mismatch',
    'block',
    "A file published under a version in its path says it is another: an Iglu schema's `self.version`, or the version in its `$id`. Registries and readers go by what the file says.",
    '{file}: its path publishes {path}, but {where} says {said}',
    'Set {where} to {expected}, as its path says.',
    true,
  ),
  rule(
    'version-decreased',
    'block',
    "A module's version went down.",
    '{module}: version went down from {frozen} to {current}',
    'Versions only go up: set `{key}:` in {file} to at least {frozen}.',
  ),
  rule(
    'version-bump-excess',
    'warn',
    'A module was bumped more than its changes need.',
    '{module}: bumped to {current} ({bump}) but its changes only need a {required} bump',
    'Consider `{key}: {suggested}`; a bigger bump tells consumers to expect breakage.',
  ),
  rule(
    'version-missing',
    'warn',
    'A changed module has no version to compare (no versions file, no OpenAPI info.version).',
    '{module}: changed, with no version to compare{written}',
    'Write its version (e.g. `{key}: 1.0.0`) in {file}{also}; where something outside the repository versions it (a schema registry), turn this warning off in the policy (`rules: {version-missing: off}`).',
  ),
  rule(
    'event-breaking-on-existing-channel',
    'block',
    'A breaking change to what an existing channel carries (with `events.breaking: new-channel`): it must come on a new versioned channel beside the old one.',
    '{topic}: breaking change on a channel in use ({change})',
    'Leave `{topic}` as it is and publish the new shape on `{next}` beside it (in {where}); dual-publish until its consumers moved.',
  ),
  rule(
    'invariant-removed',
    'block',
    'A frozen schema invariant was removed, made optional or changed in type.',
    '{invariant}: `{name}` in {file} {problem}',
    'Restore `{name}` as it was: frozen invariants can never be removed or changed.',
  ),
  rule(
    'code-invariant-forbidden',
    'block',
    'Code matches a pattern a frozen contract forbids.',
    '{invariant}: forbidden pattern /{pattern}/ found in {file}',
    'Remove it: {invariant} is a frozen contract other parts of the system rely on.',
  ),
  rule(
    'code-invariant-missing',
    'block',
    'Code no longer contains what a frozen contract requires.',
    '{invariant}: {file} must contain /{pattern}/',
    'Restore the required code: {invariant} is a frozen contract.',
  ),
  rule(
    'policy-changed',
    'approve',
    "The guard's own policy or Spectral ruleset was changed: what every later pull request is judged by (asked only where the base branch names a Council).",
    '{file} changed: {what}',
    'Get an approving review from {council}: what pull requests are held to is theirs to change.',
  ),
  rule('code-invariant-touched', 'approve', 'Files guarded by an on_change invariant changed.', '{invariant}: {file} changed', '{text}'),
  rule(
    'frozen-history-edited',
    'block',
    "An existing freeze file was edited or deleted, or a freeze was added that is not a true snapshot of the pull request's tree (or not newer than the base branch's).",
    'frozen snapshot {file} was {action}',
    'Frozen history is append-only: leave {file} as it is on the base branch; a new freeze comes only from `contract-guard freeze create <version>` on the final tree.',
  ),
  rule(
    'contract-unreadable',
    'block',
    'A contract cannot be read: it does not parse, a `$ref` resolves nowhere (by location or `$id`), `$ref`s loop, or its schemas chain or nest through `$ref`s deeper than the diff follows (300 levels).',
    '{file}: {problem}',
    'Fix the file so it parses and every `$ref` names a file (or `$id`) in the tree, without loops or chains hundreds deep; nothing else in it can be judged until then.',
    true,
  ),
  rule(
    'contract-too-large',
    'block',
    'A contract is larger than a check reads: over the size limit of a file (32 MB), or past what a check reads of one side (128 MB, in path order). It is not read, so nothing in it can be judged.',
    '{file}: {problem}',
    'Make it smaller or split it, or, when the files before it take what a check reads, split the pull request; a generated file nobody reads as a contract can be left out with `files.ignore` in the policy on the default branch.',
    true,
  ),
  rule(
    'example-invalid',
    'block',
    'An example does not validate against its schema.',
    '{file}: {message} (schema {schema})',
    'Fix the example or the schema so that they agree.',
    true,
  ),
  rule(
    'example-unvalidated',
    'warn',
    "An example was not validated: the schemas compiled for examples in one check passed the check's budget (50,000 schema nodes on each side).",
    '{file} was not validated against {schema}: the schemas compiled for examples in this check passed their budget',
    'Validate it in your own tests, or make the schemas it reaches smaller: each check compiles at most 50,000 schema nodes for examples.',
  ),
  rule(
    'inline-examples-unvalidated',
    'warn',
    "Examples an OpenAPI description writes in place were not validated: past the check's budget (5,000 schema nodes a side) or past the first 50 that fail in one description.",
    '{file}: {count} written in place not validated ({why})',
    'Fix the examples reported first, or validate these in your own tests: each check compiles at most 5,000 schema nodes for them.',
  ),
  rule(
    'example-unpaired',
    'warn',
    'An example has no schema to validate against.',
    '{file} has no schema (name it like its schema, or set `$schema`)',
    'Rename it after its schema (`x.json` for `x.schema.json`) or add a `$schema` that points at it.',
  ),
  rule(
    'operation-missing-4xx',
    'block',
    'An OpenAPI operation declares no 4xx response.',
    '{op} in {file} declares no 4xx response',
    'Declare at least the 4xx responses clients must handle (400, 401, 403, 404…).',
    true,
  ),
  rule(
    'security-not-global',
    'block',
    'The global security requirement does not name both an mTLS and a Bearer scheme.',
    '{file}: global security must require {missing}',
    'Add a top-level `security:` requirement with a mutualTLS scheme and an http bearer scheme.',
    true,
  ),
  rule(
    'health-not-exempt',
    'block',
    '`/health` is not exempt from authentication.',
    '{file}: {op} must set `security: []`',
    'Give `/health` an empty `security: []` so probes need no credentials.',
    true,
  ),
  rule(
    'openapi-not-3-1',
    'block',
    'An OpenAPI document does not declare 3.1 with the JSON Schema 2020-12 dialect.',
    '{file}: {problem}',
    'Declare `openapi: 3.1.x` and `jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema`.',
    true,
  ),
  rule(
    'spectral-error',
    'block',
    "A finding at `error` severity of the repository's Spectral ruleset.",
    '{file}: {message} (Spectral rule {code})',
    'Fix it as the rule {code} asks, or lower its severity in the ruleset ({ruleset}) on the default branch.',
    true,
  ),
  rule(
    'spectral-warning',
    'warn',
    "A finding at `warn` severity of the repository's Spectral ruleset.",
    '{file}: {message} (Spectral rule {code})',
    'Fix it as the rule {code} asks; it does not block.',
    true,
  ),
  rule(
    'major-change',
    'approve',
    'A major (breaking) change needs Contract Council approval.',
    '{module}: {count} major change{plural}',
    'Get an approving review from {council}.',
  ),
  rule(
    'removal-without-deprecation',
    'approve',
    'Something was removed without being deprecated in enough earlier freezes.',
    '{what} after {count} of {needed} releases of deprecation',
    'Mark it `deprecated: true` and keep it for {needed} freezes, or get Contract Council approval.',
  ),
  rule(
    'changelog-missing',
    'warn',
    "The changelog has no entry for a module's new version.",
    '{changelog} has no entry for {module} {current}',
    'Add a `## {entry}` entry to {changelog}{none}.',
  ),
  rule(
    'migration-note-missing',
    'warn',
    'A major change has no migration note.',
    'no migration note for {module} {current} in {migrations}/',
    'Add {note} saying what consumers must change.',
  ),
  rule(
    'ignore-expired',
    'warn',
    'An ignore entry in the config has passed its `until` date and no longer applies.',
    'ignore of {rule}{where} expired on {until} ({reason})',
    'Fix the finding, or extend `until` with a reason the Contract Council accepts.',
  ),
];

const BY_ID = new Map(POLICY_RULES.map((r) => [r.id, r]));

export function getPolicyRule(id: string): PolicyRule {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`unknown policy rule ${id}`);
  return r;
}
