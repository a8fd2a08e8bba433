// What `contract-guard init` finds in a repository, from its file list and a reader: the contracts (by content,
// wherever they are), the versioned units, the changelog, and invariant candidates (an event envelope's required
// fields). Pure: no I/O.
import { unlessUnreadable } from '../errors.js';
import { ContractsLayout } from '../layout.js';
import { detectKind, isToolingName, isTopicCatalog } from '../source/kind.js';
import { formatOf, isIgluSchema, parseText } from '../source/parse.js';
import { Documents, MapTree } from '../source/tree.js';
import { isManifest, readManifest } from '../manifests.js';
import { findUnits, versionAt, versionLine } from '../units.js';
import { referenceClosure } from './references.js';
import { inDependencyDir } from './scope.js';
import { compareText } from '../model.js';
import { METHODS } from '../source/operations.js';
import { pathVersion } from '../version-path.js';

/** A versioned unit `init` found: its name, version and where that version is written. */
export interface FoundUnit {
  name: string;
  version?: string;
  file: string;
  line?: number;
  key: string;
}

export interface DetectedLayout {
  root: string;
  /** `contracts:` as a list of folders, files and globs, when the contracts are not all under one folder of their own. */
  scope?: string[];
  /** Every contract found, by content, and what it is. */
  found: { file: string; kind: string }[];
  /** YAML/JSON files that are not contracts, and why. */
  leftOut: { file: string; why: string }[];
  units: FoundUnit[];
  modulesRoot: string;
  modules: string[];
  changelog?: string;
  /** Changelogs of their own, nearer to units than the root's (a service's, a package's). */
  unitChangelogs?: string[];
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

const KIND_NAMES: Record<string, string> = {
  openapi: 'OpenAPI',
  swagger: 'Swagger 2.0',
  asyncapi: 'AsyncAPI',
  jsonschema: 'JSON Schema',
  avro: 'Avro schema',
  'openapi-fragment': 'OpenAPI components',
  'path-item': 'OpenAPI path item',
  'openapi-part': 'OpenAPI response, parameter or body',
  versions: 'versions file',
  topics: 'topic catalog',
};

/**
 * What a file a contract `$ref`s holds: a path item (a description kept one file per path), a response, parameter or
 * request body, else a schema.
 */
function referencedKind(data: unknown): string {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'jsonschema';
  const o = data as Record<string, unknown>;
  if (METHODS.some((m) => o[m] && typeof o[m] === 'object')) return 'path-item';
  if ('content' in o || ('in' in o && 'name' in o)) return 'openapi-part';
  return 'jsonschema';
}

/** The contracts of a repository by what they hold (OpenAPI, AsyncAPI, JSON Schema, what they `$ref`), and what is not one. */
export function findContracts(
  paths: string[],
  read: (path: string) => string | undefined,
): { found: { file: string; kind: string }[]; leftOut: { file: string; why: string }[]; tree: MapTree } {
  const leftOut: { file: string; why: string }[] = [];
  const tree = new MapTree();
  const candidates: string[] = [];
  for (const p of paths) {
    if (!(/\.(ya?ml|json|avsc|avpr|avdl)$/i.test(p) || isIgluSchema(p)) || /(^|\/)_frozen\//.test(p)) continue;
    if (inDependencyDir(p)) continue; // never listed: a dependency folder holds thousands of them
    if (p.startsWith('.github/')) continue;
    if (isToolingName(p) && !/(^|\/)package\.json$/.test(p)) {
      leftOut.push({ file: p, why: 'tooling or test file' });
      continue;
    }
    const text = read(p);
    if (text === undefined) continue;
    if (text.length > 5_000_000) {
      leftOut.push({ file: p, why: 'over 5 MB' });
      continue;
    }
    tree.set(p, text);
    candidates.push(p);
  }
  const docs = new Documents(tree);
  const kinds = new Map<string, string>();
  for (const p of candidates) {
    const data = unlessUnreadable(() => docs.get(p).data);
    if (data === undefined) {
      leftOut.push({ file: p, why: 'does not parse' });
      continue;
    }
    // a topic catalog (`events/topics.yaml`) is judged by the check as one: listed as left out, it read as no contract
    const kind = /(^|\/)package\.json$/.test(p) ? 'package' : isTopicCatalog(p) ? 'topics' : detectKind(p, undefined, data);
    if (KIND_NAMES[kind]) kinds.set(p, kind);
  }
  // a schema a contract `$ref`s is a contract, whatever its name
  const closure = referenceClosure(docs, [...kinds.keys()]);
  const readable = new Set(candidates);
  for (const p of kinds.keys())
    for (const r of closure.get(p) ?? [])
      if (!kinds.has(r) && readable.has(r)) kinds.set(r, referencedKind(unlessUnreadable(() => docs.get(r).data)));
  const found = [...kinds].map(([file, kind]) => ({ file, kind: KIND_NAMES[kind]! })).sort((a, b) => compareText(a.file, b.file));
  for (const p of candidates) {
    if (kinds.has(p) || /(^|\/)package\.json$/.test(p)) continue;
    const why = /(^|\/)examples?\//.test(p)
      ? 'an example: validated against its schema, not a contract itself'
      : 'data: no openapi, asyncapi or $schema key, and no contract references it';
    leftOut.push({ file: p, why });
  }
  return { found, leftOut: leftOut.sort((a, b) => compareText(a.file, b.file)), tree };
}

/**
 * The folder a contract's scope starts at: its own, or the one holding the version folder it is published in
 * (`api/v1/openapi.yaml` → `api`), so the versions published after it are contracts too. A version folder at the
 * root is a glob of such folders (`v1/` → `v[0-9]*`). `series`: the folder holds a version folder.
 */
function scopeDir(file: string): { dir: string; series: boolean } {
  const pv = pathVersion(file);
  const parts = pv ? pv.series.split('/').slice(0, -1) : [];
  const at = parts.indexOf('{version}');
  if (!pv || at < 0) return { dir: file.slice(0, file.lastIndexOf('/')), series: false };
  return { dir: at > 0 ? parts.slice(0, at).join('/') : /^v/i.test(pv.written) ? 'v[0-9]*' : '[0-9]*', series: true };
}

/** Only the topmost of `dirs`: one inside another is covered by it. */
const topmostOf = (dirs: string[]) => dirs.filter((d) => !dirs.some((o) => o !== d && d.startsWith(o + '/')));

/**
 * `contracts:` as a list: each folder holding contracts as `<folder>/**` of YAML/JSON (its topmost folder only, above
 * a version folder), files at the repository root by name, and the package.json files that version them. Version
 * series side by side are a registry, scoped as the folder holding them (`schemas/order/1.0.0/`,
 * `schemas/customer/1.0.0/` → `schemas`), so a series added beside them later is one too.
 */
function scopeOf(all: string[], packages: string[]): string[] {
  // an Iglu registry's schemas have no extension: its root, where SchemaVer puts them (`<vendor>/<name>/jsonschema/`)
  const registries = [...new Set(all.filter(isIgluSchema).map((f) => f.split('/').slice(0, -4).join('/')))].sort();
  const iglu = registries.map((r) => `${r ? r + '/' : ''}**/jsonschema/*-*-*`);
  const files = all.filter((f) => !isIgluSchema(f));
  const scoped = files.filter((f) => f.includes('/')).map(scopeDir);
  const series = new Set(scoped.filter((s) => s.series).map((s) => s.dir));
  const parentOf = (d: string) => d.slice(0, Math.max(0, d.lastIndexOf('/')));
  const registry = new Set([...series].map(parentOf).filter((p, i, all) => p && all.indexOf(p) !== i));
  const dirs = scoped.map((s) => (s.series && registry.has(parentOf(s.dir)) ? parentOf(s.dir) : s.dir));
  const topmost = topmostOf([...new Set(dirs)].sort());
  const loose = files.filter((f) => !f.includes('/'));
  const covered = (p: string) => loose.includes(p) || topmost.some((d) => p.startsWith(d + '/'));
  const avro = ['avsc', 'avpr', 'avdl'].filter((e) => files.some((f) => f.toLowerCase().endsWith(`.${e}`)));
  return [
    ...loose,
    ...packages.filter((p) => !covered(p)),
    ...topmost.map((d) => `${d}/**/*.{${['yaml', 'yml', 'json', ...avro].join(',')}}`),
    ...iglu,
  ];
}

export function detectLayout(paths: string[], read: (path: string) => string | undefined): DetectedLayout {
  const { found, leftOut, tree } = findContracts(paths, read);
  const contracts = found.map((f) => f.file);
  // the house: a `contracts/` folder holds them; else they are listed where they are
  const house = contracts.some((p) => p.startsWith('contracts/'));
  const inFound = new Set(contracts);
  // the package.json files and build manifests (pom.xml, Cargo.toml, …) with a version above contracts: they version
  // those no document versions itself (a JSON Schema package, the Avro schemas of a Maven module)
  const versioned = (p: string) =>
    /(^|\/)package\.json$/.test(p)
      ? /"version"\s*:/.test(read(p) ?? '')
      : isManifest(p) && readManifest(p, read(p) ?? '')?.version !== undefined;
  const packages = paths.filter(
    (p) => !inDependencyDir(p) && contracts.some((c) => c.startsWith(p.slice(0, p.lastIndexOf('/') + 1))) && versioned(p),
  );
  for (const p of packages) if (!tree.read(p)) tree.set(p, read(p)!);
  const listed = house || !contracts.length ? undefined : scopeOf(contracts, packages);
  // all in one folder of their own (`api/`): that folder is the root, its freezes in `api/_frozen`
  const single =
    listed?.length === 1 && /^[^/*]+\/\*\*\/\*\.\{yaml,yml,json(,avsc)?(,avpr)?(,avdl)?\}$/.test(listed[0]!)
      ? listed[0]!.split('/')[0]!
      : undefined;
  const root = house ? 'contracts' : (single ?? '');
  const scope = single ? undefined : listed;
  const docs = new Documents(tree);
  const unitPaths = tree.paths().filter((p) => (house ? p.startsWith('contracts/') : inFound.has(p) || packages.includes(p)));
  const rootLayout = new ContractsLayout(root);
  const units = findUnits(unitPaths, docs, rootLayout, []).list.map((u) => ({
    name: u.name,
    version: versionAt(docs, u.home),
    file: u.home?.file ?? '',
    line: u.home ? versionLine(docs, u.home) : undefined,
    key: u.home ? u.home.pointer.slice(1).replace(/\//g, '.') : '',
  }));
  const under = (p: string) => (root ? p.startsWith(root + '/') : true);
  const rel = (p: string) => (root ? p.slice(root.length + 1) : p);
  const versions = contracts.filter((p) => under(p) && /(^|\/)versions\.ya?ml$/.test(p)).map(rel);
  const moduleFiles = versions.filter((p) => p.split('/').length === 3);
  const modulesRoot = moduleFiles.length ? mostCommon(moduleFiles.map((p) => p.split('/')[0]!)) : 'modules';
  const modules = moduleFiles.filter((p) => p.startsWith(modulesRoot + '/')).map((p) => p.split('/')[1]!);
  const at = (p: string) => (root ? `${root}/${p}` : p);
  const changelog = [at('CHANGELOG.md'), 'CHANGELOG.md'].find((p) => paths.includes(p));
  const unitChangelogs = paths.filter((p) => p.endsWith('/CHANGELOG.md') && p !== changelog && !inDependencyDir(p));
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
    ...(scope ? { scope } : {}),
    found: found.filter((f) => f.kind !== 'package'),
    leftOut,
    units,
    modulesRoot,
    modules: modules.sort(),
    ...(changelog ? { changelog } : {}),
    ...(unitChangelogs.length ? { unitChangelogs } : {}),
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
  const fromTop = (p: string) => (l.root ? `${l.root}/${p}` : p);
  const lines = [
    `# yaml-language-server: $schema=./${schemaFile}`,
    '# contract-guard policy. It is read from the default branch, so a pull request cannot weaken the rules it is',
    '# judged by. Every key is optional; docs/policy.md lists them all. Paths are from the repository root.',
    '',
    ...(l.scope
      ? [
          '# the contracts, found by what they hold: folders, files and globs (a new contract elsewhere: add it here)',
          'contracts:',
          ...l.scope.map((s) => `  - ${JSON.stringify(s)}`),
        ]
      : [`contracts: ${q(l.root || '.')}                 # the contracts folder`]),
    ...(l.modules.length || !l.scope
      ? [
          'modules:',
          // from the repository root, as every path here: written from the contracts folder it read with a deprecation warning
          `  root: ${q(fromTop(l.modulesRoot))}                # ${fromTop(l.modulesRoot)}/<name>/versions.yaml${l.modules.length ? ` (found: ${l.modules.join(', ')})` : ' (none found yet)'}`,
        ]
      : []),
    ...(l.units.length
      ? [
          '# versioned units found (each carries one version; a change needs a bump where it is written):',
          ...l.units.map(
            (u) => `#   ${u.name}: ${u.version ?? 'no version'} at ${u.file}${u.line ? `:${u.line}` : ''}${u.key ? ` (${u.key})` : ''}`,
          ),
          '# to group files another way: units: [{ name, files: [globs], version: { file, key } }]',
        ]
      : []),
    '',
    '# who approves breaking changes: their approving review turns the check green',
    'council:',
    '  teams: []                   # e.g. [your-org/contract-council]',
    '  users: []                   # e.g. [alice, bob]',
    '  approvals: 1',
    '',
    'versioning:',
    l.unitChangelogs
      ? `  ${l.changelog ? `changelog: ${q(l.changelog)}` : '# changelog: CHANGELOG.md'}   # a unit with a CHANGELOG.md of its own keeps its entries there (${l.unitChangelogs[0]}${l.unitChangelogs.length > 1 ? `, +${l.unitChangelogs.length - 1} more` : ''})`
      : l.changelog
        ? `  changelog: ${q(l.changelog)}`
        : `  # changelog: CHANGELOG.md   # none found: a major or minor change will be offered a first entry there`,
    `  migrations: ${q(l.migrations)}   # one note per breaking version: <module>-<version>.md`,
    '  deprecation_releases: 2      # freezes a field stays deprecated before it may be removed',
    '',
    '# after a merge to the default branch: off, tag (contracts-<module>-<version>) or commit (a new freeze)',
    'freeze:',
    '  on_merge: off',
  ];
  const events = l.found.filter((f) => f.kind === 'AsyncAPI' || f.kind === 'Avro schema');
  if (events.length) {
    const avro = events.find((f) => f.kind === 'Avro schema');
    lines.push(
      '',
      `# events (found: ${events.map((f) => f.file).join(', ')}): a breaking change to a channel in use may need a new versioned`,
      '# channel beside it (new-channel), or a major bump and the council are enough (bump, the default)',
      '# events:',
      '#   breaking: new-channel',
      "# a schema registry's compatibility per unit or file: backward, forward, full, none, each also _transitive (every freeze)",
      '# compatibility:',
      `#   - { files: [${JSON.stringify(avro ? avro.file.replace(/[^/]+$/, '**/*.avsc') : '**/asyncapi.yaml')}], mode: backward_transitive }`,
    );
  }
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
  return `# contract-guard: judges every pull request's contract changes (and a merge queue's groups); freezes after merges
# to the default branch, and judges again the pull requests a push to it may have changed the verdict of.
name: contract-guard
on:
  pull_request:
    types: [opened, synchronize, reopened, edited, labeled, unlabeled]
  pull_request_review:
    types: [submitted, dismissed]
  merge_group:
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
