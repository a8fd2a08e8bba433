// What `contract-guard init` finds in a repository, from its file list and a reader: the contracts root, the
// modules, the changelog, and invariant candidates (an event envelope's required fields). Pure: no I/O.
import { formatOf, parseText } from '../source/parse.js';

export interface DetectedLayout {
  root: string;
  modulesRoot: string;
  modules: string[];
  changelog?: string;
  migrations: string;
  globalsVersions?: string;
  envelope?: { file: string; keep: string[] };
  examples: string[];
  /** A Spectral ruleset away from the root's default names (`refused`: why the check could not use it). */
  spectral?: { file: string; refused?: string };
  /** `memoryos` when every OpenAPI document already follows those house rules (found by `init`, which can lint). */
  preset?: 'memoryos';
}

const SPECTRAL = /(^|\/)\.?spectral[^/]*\.(ya?ml|json)$/i;

const CONTRACT = /(^|\/)(versions\.ya?ml|openapi[^/]*\.(ya?ml|json)|[^/]+\.schema\.(json|ya?ml))$/;

export function detectLayout(paths: string[], read: (path: string) => string | undefined): DetectedLayout {
  const contracts = paths.filter((p) => CONTRACT.test(p) && !p.includes('/_frozen/') && !p.startsWith('node_modules/'));
  // the root: `contracts/` when it exists, else the top folder holding the most contract files, else the repository
  const counts = new Map<string, number>();
  for (const p of contracts) {
    const top = p.includes('/') ? p.slice(0, p.indexOf('/')) : '';
    counts.set(top, (counts.get(top) ?? 0) + 1);
  }
  const root = counts.has('contracts') ? 'contracts' : ([...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'contracts');
  const under = (p: string) => (root ? p.startsWith(root + '/') : true);
  const rel = (p: string) => (root ? p.slice(root.length + 1) : p);
  const versions = contracts.filter((p) => under(p) && /(^|\/)versions\.ya?ml$/.test(p)).map(rel);
  const moduleFiles = versions.filter((p) => p.split('/').length === 3);
  const modulesRoot = moduleFiles.length ? mostCommon(moduleFiles.map((p) => p.split('/')[0]!)) : 'modules';
  const modules = moduleFiles.filter((p) => p.startsWith(modulesRoot + '/')).map((p) => p.split('/')[1]!);
  const at = (p: string) => (root ? `${root}/${p}` : p);
  const changelog = [at('CHANGELOG.md'), 'CHANGELOG.md'].find((p) => paths.includes(p));
  const envelopeFile = contracts.find((p) => under(p) && /envelope[^/]*\.schema\.(json|ya?ml)$/i.test(p));
  let envelope: DetectedLayout['envelope'];
  if (envelopeFile) {
    try {
      const doc = parseText(envelopeFile, read(envelopeFile) ?? '', formatOf(envelopeFile) ?? 'yaml').data as { required?: unknown };
      const keep = Array.isArray(doc?.required) ? doc.required.filter((k): k is string => typeof k === 'string') : [];
      if (keep.length) envelope = { file: envelopeFile, keep };
    } catch {
      // unreadable: no invariant proposed; `check` reports the file itself
    }
  }
  const spectral = paths.find((p) => SPECTRAL.test(p) && !p.startsWith('node_modules/') && !/^\.spectral\.(ya?ml|json)$/.test(p));
  return {
    ...(spectral ? { spectral: { file: spectral } } : {}),
    root,
    modulesRoot,
    modules: modules.sort(),
    ...(changelog ? { changelog } : {}),
    migrations: at('migrations'),
    ...(versions.includes('versions.yaml') ? { globalsVersions: at('versions.yaml') } : {}),
    ...(envelope ? { envelope } : {}),
    examples: [
      ...new Set(paths.filter((p) => under(p) && /(^|\/)examples\//.test(p)).map((p) => p.slice(0, p.indexOf('examples/') + 8))),
    ].sort(),
  };
}

function mostCommon(values: string[]): string {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]![0];
}

const q = (s: string) => (/^[\w./-]+$/.test(s) ? s : JSON.stringify(s));

/** The commented configuration `init` writes; every path from the repository root. */
export function configText(l: DetectedLayout, schemaFile: string): string {
  const lines = [
    `# yaml-language-server: $schema=./${schemaFile}`,
    '# contract-guard policy. It is read from the default branch, so a pull request cannot weaken the rules it is',
    '# judged by. Every key is optional; docs/policy.md lists them all. Paths are from the repository root.',
    '',
    `contracts: ${q(l.root || '.')}                 # the contracts folder`,
    'modules:',
    `  root: ${q(l.modulesRoot)}                # <contracts>/${l.modulesRoot}/<name>/versions.yaml${l.modules.length ? ` (found: ${l.modules.join(', ')})` : ' (none found yet)'}`,
    '',
    '# who approves breaking changes: their approving review turns the check green',
    'council:',
    '  teams: []                   # e.g. [your-org/contract-council]',
    '  users: []                   # e.g. [alice, bob]',
    '  approvals: 1',
    '',
    'versioning:',
    l.changelog
      ? `  changelog: ${q(l.changelog)}`
      : `  # changelog: CHANGELOG.md   # none found: a major or minor change will be offered a first entry there`,
    `  migrations: ${q(l.migrations)}   # one note per breaking version: <module>-<version>.md`,
    '  deprecation_releases: 2      # freezes a field stays deprecated before it may be removed',
    '',
    '# after a merge to the default branch: off, tag (contracts-<module>-<version>) or commit (a new freeze)',
    'freeze:',
    '  on_merge: off',
  ];
  if (l.envelope)
    lines.push(
      '',
      '# frozen fields no change may remove (found: the event envelope and its required fields)',
      'invariants:',
      '  - id: event-envelope',
      `    file: ${q(l.envelope.file)}`,
      `    keep: [${l.envelope.keep.map(q).join(', ')}]`,
    );
  else
    lines.push(
      '',
      '# frozen fields no change may remove, e.g. an event envelope:',
      '# invariants:',
      '#   - id: event-envelope',
      '#     file: contracts/events/envelope.schema.json',
      '#     keep: [event_id, type]',
    );
  lines.push(
    '',
    l.preset
      ? '# house rules your OpenAPI documents already follow: global mTLS + Bearer, /health exempt, a 4xx on every operation, 3.1'
      : '# house rules (global mTLS + Bearer, /health exempt, a 4xx on every operation, 3.1): your documents do not all follow them',
    l.preset ? 'preset: memoryos' : '# preset: memoryos',
  );
  if (l.spectral && !l.spectral.refused)
    lines.push(
      '',
      '# the Spectral ruleset run in the same check (new error findings block)',
      'spectral:',
      `  ruleset: ${q(l.spectral.file)}`,
    );
  else if (l.spectral)
    lines.push(
      '',
      `# ${l.spectral.file} cannot run in the check: ${l.spectral.refused}`,
      '# spectral:',
      `#   ruleset: ${q(l.spectral.file)}`,
    );
  return lines.join('\n') + '\n';
}

/** The workflow `init` writes for the Action: pull requests, reviews and labels, and the freeze after merges. */
export function workflowText(action: string): string {
  return `# contract-guard: judges every pull request's contract changes; freezes after merges to the default branch.
name: contract-guard
on:
  pull_request:
    types: [opened, synchronize, reopened, edited, labeled, unlabeled]
  pull_request_review:
    types: [submitted, dismissed]
  push:
    branches: [main]
permissions:
  contents: write        # the freeze commit after a merged hotfix
  pull-requests: write   # the comment and review comments
  checks: write          # the check run to make required
concurrency:
  group: contract-guard-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: \${{ github.event_name != 'push' }}
jobs:
  contract-guard:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha || github.sha }}
      - uses: ${action}
        with:
          fail-on: blocked
`;
}
