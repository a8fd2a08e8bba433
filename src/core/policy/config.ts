// .github/contract-guard.yml: parsed, validated against a JSON Schema we ship, defaults filled in.
import type { CompatibilityEntry } from './modes.js';
import { closest } from 'fastest-levenshtein';
import { validators } from '../validators.js';
import { CONFIG_SCHEMA } from './config-schema.js';
import { InputError } from '../errors.js';
import { findRule, RULES, SCHEMA_CONTEXTS } from '../rules/catalog.js';
import { POLICY_RULES } from './policy-rules.js';
import type { Role } from '../model.js';
import { parseText } from '../source/parse.js';
import { safeLinePattern, UnsafePattern } from '../source/safe-regex.js';
import { globError } from './glob.js';

// the schema lives in config-schema.ts (the generated validator is built from it); read here too
export { CONFIG_SCHEMA };

export interface SchemaInvariant {
  id: string;
  file: string;
  /** JSON pointer of the schema inside the file (default: the root). */
  pointer?: string;
  keep: string[];
}
export interface CodeInvariant {
  id: string;
  paths: string[];
  forbid?: string;
  require?: string;
  on_change?: string;
}
export type Invariant = SchemaInvariant | CodeInvariant;

export interface IgnoreEntry {
  rule: string;
  file?: string;
  pointer?: string;
  reason: string;
  until?: string;
}

/** A versioned unit the configuration names: its files (globs from the repository root) and where its version lives. */
export interface UnitConfig {
  name: string;
  files: string[];
  /** The file holding the version and the key in it (dotted, default `version`): `{ file: package.json }`. */
  version: { file: string; key: string };
}

export interface Config {
  /** The contracts root: the folder every contract lies under (the common folder of `scope`), '' for the repository. */
  contracts: string;
  /**
   * `contracts:` was not written: the root is `contracts` when the base branch has that folder, else the whole
   * repository (decided where the trees are known: check-run's policyOnBase, config-file's loadConfig).
   */
  contractsDefaulted?: true;
  /** Globs (from the repository root) of the contracts when `contracts:` is a list; empty: everything under the root. */
  scope: string[];
  /** Units the configuration names; others are found (versions.yaml modules, documents' info.version, package.json). */
  units: UnitConfig[];
  modules: { root: string; globals_versions: string };
  roles: { glob: string; role: Role }[];
  /** Schema-registry compatibility modes per unit or per file; the first entry naming a file wins, none: its role decides. */
  compatibility: CompatibilityEntry[];
  /** Events: a breaking payload change must come on a new versioned channel (`new-channel`), or a major bump is enough (`bump`). */
  events: { breaking: 'new-channel' | 'bump' };
  invariants: Invariant[];
  council: { teams: string[]; users: string[]; approvals: number };
  versioning: { zero_major: 'minor' | 'major'; deprecation_releases: number; changelog: string; migrations: string };
  rules: Record<string, 'off' | 'patch' | 'minor' | 'major' | 'warn' | 'block'>;
  ignore: IgnoreEntry[];
  /** The App, on a push to the default branch: tag bumped modules, or commit a new freeze. */
  freeze: { on_merge: 'tag' | 'commit' | 'off' };
  /** Globs (from the repository root): extra files that are contracts and must parse; files left out of every check. */
  files: { contracts: string[]; ignore: string[] };
  /** JSON Schema levels: `policy` keeps the SemVer policy where it differs from set inclusion; `strict` lets inclusion decide. */
  judgement: 'policy' | 'strict';
  /**
   * House rules beyond what any API team accepts: `memoryos` checks every OpenAPI document for global mTLS + Bearer
   * security, /health exempt from it, a 4xx on every operation and OpenAPI 3.1 with the 2020-12 dialect.
   */
  preset: 'none' | 'memoryos';
  /** Review comments on the pull request: suggested fixes, and notes on breaking lines (at most `max_inline`; 0: none). */
  review: { max_inline: number };
  /** The emergency path: this label, added by a Contract Council member, turns the check green (and is recorded). */
  hotfix: { label: string };
  /** The Spectral ruleset run on the OpenAPI documents ('' : `.spectral.yaml`/`.yml`/`.json` at the root, if any). */
  spectral: { ruleset: string };
  /** Where the configuration came from, for errors that name a key's line; absent for the built-in defaults. */
  source?: ConfigSource;
}

export interface ConfigSource {
  file: string;
  lineOf(pointer: string): number | undefined;
  /** Was this key written in the file (rather than defaulted)? */
  given(pointer: string): boolean;
}

export const CONFIG_PATH = '.github/contract-guard.yml';

export const DEFAULT_CONFIG: Config = {
  contracts: 'contracts',
  scope: [],
  units: [],
  modules: { root: 'modules', globals_versions: 'versions.yaml' },
  roles: [],
  compatibility: [],
  events: { breaking: 'bump' },
  invariants: [],
  council: { teams: [], users: [], approvals: 1 },
  versioning: { zero_major: 'minor', deprecation_releases: 2, changelog: 'CHANGELOG.md', migrations: 'migrations' },
  rules: {},
  ignore: [],
  freeze: { on_merge: 'off' },
  files: { contracts: [], ignore: [] },
  judgement: 'policy',
  preset: 'none',
  review: { max_inline: 20 },
  hotfix: { label: 'contract-hotfix' },
  spectral: { ruleset: '' },
};

/**
 * `contracts:` as written: one folder (the root, everything under it) or a list of folders, files and globs. A list's
 * root is the repository: its frozen history is `_frozen/` there, its defaults (CHANGELOG.md) sit there, and its
 * globs say which files are contracts.
 */
export function contractsScope(contracts: string | string[]): { root: string; globs: string[] } {
  if (typeof contracts === 'string') return { root: normalizeRoot(contracts), globs: [] };
  const entries = contracts.map(normalizeRoot);
  return { root: '', globs: entries.flatMap((e) => (!e ? ['**'] : /[*?[{]/.test(e) ? [e] : [e, `${e}/**`])) };
}

/** `./contracts/` and `contracts` name the same root. */
export function normalizeRoot(root: string): string {
  return root.replace(/^\.?\/?|\/$/g, '');
}

/** Parse and validate a config file's text; an error names the key's path and its line. */
export function parseConfig(file: string, text: string): Config {
  // a file of comments alone (what a fresh `init` leaves when every key is commented out) is the defaults
  const doc = parseText(file, text.replace(/^\s*#.*$/gm, '').trim() ? text : '{}', 'yaml');
  const data = doc.data ?? {};
  const validator = validators.validateConfig; // generated from CONFIG_SCHEMA: nothing compiled at run time
  if (!validator(data)) {
    const e = validator.errors![0]!;
    let pointer = e.instancePath;
    let what = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      pointer = `${pointer}/${extra}`;
      what = 'is not a known key';
    } else if (e.keyword === 'oneOf') {
      what = 'must be a schema invariant {id, file, keep} or a code invariant {id, paths, forbid|require|on_change}';
    } else if (e.keyword === 'enum') {
      what = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    }
    const key = pointer ? pointer.slice(1).replace(/\//g, '.') : '(root)';
    throw new InputError(`config key ${key} ${what}`, file, doc.positions.locate(pointer)?.line);
  }
  for (const [i, inv] of ((data as { invariants?: CodeInvariant[] }).invariants ?? []).entries()) {
    for (const field of ['forbid', 'require'] as const) {
      const pattern = inv[field];
      if (pattern === undefined) continue;
      const refuse = (what: string) => {
        throw new InputError(`config key invariants.${i}.${field} ${what}`, file, doc.positions.locate(`/invariants/${i}/${field}`)?.line);
      };
      try {
        new RegExp(pattern);
      } catch (err) {
        refuse(`is not a valid regular expression: ${(err as Error).message}`);
      }
      // it runs over a pull request's files: only on RE2, in linear time (see invariants.ts)
      try {
        safeLinePattern(pattern);
      } catch (err) {
        if (!(err instanceof UnsafePattern)) throw err;
        refuse(`cannot run over a pull request's files in linear time: ${err.reason}`);
      }
    }
  }
  refuseEscapingPaths(file, data, doc.positions.locate.bind(doc.positions));
  refuseUnreadableGlobs(file, data, doc.positions.locate.bind(doc.positions));
  for (const id of Object.keys((data as { rules?: object }).rules ?? {})) {
    if (knownRule(id)) continue;
    const near = closest(id, ruleIds());
    throw new InputError(
      `config key rules.${id} names no rule (did you mean ${near}? see docs/rules.md)`,
      file,
      doc.positions.locate(`/rules/${id}`)?.line,
    );
  }
  const d = data as Partial<Omit<Config, 'contracts' | 'units'>> & {
    contracts?: string | string[];
    units?: (Omit<UnitConfig, 'version'> & { version: { file: string; key?: string } })[];
  };
  const scope = contractsScope(d.contracts ?? DEFAULT_CONFIG.contracts);
  return {
    contracts: scope.root,
    ...(d.contracts === undefined ? { contractsDefaulted: true as const } : {}),
    scope: scope.globs,
    units: (d.units ?? []).map((u) => ({ ...u, version: { file: u.version.file, key: u.version.key ?? 'version' } })),
    modules: { ...DEFAULT_CONFIG.modules, ...d.modules },
    roles: d.roles ?? [],
    compatibility: d.compatibility ?? [],
    events: { ...DEFAULT_CONFIG.events, ...d.events },
    invariants: d.invariants ?? [],
    council: { ...DEFAULT_CONFIG.council, ...d.council },
    versioning: { ...DEFAULT_CONFIG.versioning, ...d.versioning },
    rules: d.rules ?? {},
    ignore: d.ignore ?? [],
    freeze: { ...DEFAULT_CONFIG.freeze, ...d.freeze },
    files: { contracts: d.files?.contracts ?? [], ignore: d.files?.ignore ?? [] },
    judgement: d.judgement ?? 'policy',
    preset: d.preset ?? 'none',
    review: { ...DEFAULT_CONFIG.review, ...d.review },
    hotfix: { ...DEFAULT_CONFIG.hotfix, ...d.hotfix },
    spectral: { ...DEFAULT_CONFIG.spectral, ...d.spectral },
    source: {
      file,
      lineOf: (pointer) => doc.positions.locate(pointer)?.line,
      given: (pointer) => pointerIn(data, pointer),
    },
  };
}

/** A change rule (plain or with its schema prefix) or a policy rule. */
function knownRule(id: string): boolean {
  return !!findRule(id) || POLICY_RULES.some((r) => r.id === id);
}

/** Every id a user may write: change rules, schema rules with each context prefix, policy rules. */
function ruleIds(): string[] {
  const prefixed = RULES.filter((r) => r.family === 'schema').flatMap((r) => SCHEMA_CONTEXTS.map((c) => `${c}-${r.id}`));
  return [...RULES.map((r) => r.id), ...prefixed, ...POLICY_RULES.map((r) => r.id)];
}

/** A glob that cannot be matched is a config error with its line, not an internal error in the middle of a check. */
function refuseUnreadableGlobs(file: string, data: unknown, locate: (pointer: string) => { line: number } | undefined): void {
  // the shapes are the schema's, checked before
  type Globs = { glob?: string; file?: string; files?: string[]; paths?: string[] };
  const d = data as { contracts?: unknown; files?: { contracts?: string[]; ignore?: string[] } } & Record<string, Globs[] | undefined>;
  const found: [string, string][] = [];
  const list = (pointer: string, values: unknown) => Array.isArray(values) && values.forEach((v, i) => found.push([`${pointer}/${i}`, v]));
  list('/contracts', d.contracts);
  list('/files/contracts', d.files?.contracts);
  list('/files/ignore', d.files?.ignore);
  for (const key of ['roles', 'invariants', 'ignore', 'units', 'compatibility'])
    (d[key] ?? []).forEach((o, i) => {
      const at = `/${key}/${i}`;
      if (key === 'roles' && o.glob !== undefined) found.push([`${at}/glob`, o.glob]);
      if (key === 'ignore' && o.file !== undefined) found.push([`${at}/file`, o.file]);
      list(`${at}/files`, o.files);
      list(`${at}/paths`, o.paths);
    });
  for (const [pointer, glob] of found) {
    const why = globError(glob);
    if (why)
      throw new InputError(
        `config key ${pointer.slice(1).replace(/\//g, '.')} is a glob that cannot be read: ${why}`,
        file,
        locate(pointer)?.line,
      );
  }
}

/** Paths in the configuration name files of this repository: `..`, absolute paths and drive letters are refused. */
function refuseEscapingPaths(file: string, data: unknown, locate: (pointer: string) => { line: number } | undefined): void {
  const d = data as Partial<Config> & Record<string, unknown>;
  const pointers = [
    '/contracts',
    '/modules/root',
    '/modules/globals_versions',
    '/versioning/changelog',
    '/versioning/migrations',
    '/spectral/ruleset',
  ];
  (d.invariants ?? []).forEach((inv, i) => pointers.push(...('file' in inv ? [`/invariants/${i}/file`] : [])));
  if (Array.isArray(d.contracts)) d.contracts.forEach((_, i) => pointers.push(`/contracts/${i}`));
  ((d.units as UnitConfig[] | undefined) ?? []).forEach((u, i) => {
    pointers.push(`/units/${i}/version/file`, ...u.files.map((_, j) => `/units/${i}/files/${j}`));
  });
  for (const pointer of pointers) {
    let value: unknown = data;
    for (const t of pointer.slice(1).split('/'))
      value = value && typeof value === 'object' ? (value as Record<string, unknown>)[t] : undefined;
    if (typeof value !== 'string') continue;
    const parts = value.replace(/\\/g, '/').split('/');
    if (parts.includes('..') || value.startsWith('/') || /^[a-zA-Z]:/.test(value))
      throw new InputError(
        `config key ${pointer.slice(1).replace(/\//g, '.')} is '${value}': paths are written from the repository root and stay inside it`,
        file,
        locate(pointer)?.line,
      );
  }
}

function pointerIn(data: unknown, pointer: string): boolean {
  let node = data;
  for (const token of pointer.slice(1).split('/')) {
    if (node === null || typeof node !== 'object' || !(token in node)) return false;
    node = (node as Record<string, unknown>)[token];
  }
  return true;
}

export function isSchemaInvariant(inv: Invariant): inv is SchemaInvariant {
  return 'keep' in inv;
}
