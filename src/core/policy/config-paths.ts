// Paths in the configuration are written from the repository root, as in every other GitHub configuration.
// Today's contracts-relative spelling still works where it is unambiguous, with a one-line deprecation warning.
import { InputError } from '../errors.js';
import { isSchemaInvariant, type Config } from './config.js';
import { matchesAny } from './glob.js';
import { CHANGESET_DIR } from '../changesets.js';

/** What the baseline holds (repository-relative paths), to tell which spelling a configured path uses. */
export interface BaselinePaths {
  paths: string[];
}

interface PathKey {
  pointer: string;
  get: (c: Config) => string;
  set: (c: Config, value: string) => void;
  /** A folder (its files are listed under it) rather than a file. */
  folder?: boolean;
  /** Must exist at the baseline when configured (a file the policy reads, not one a PR may create). */
  required?: boolean;
}

function pathKeys(config: Config): PathKey[] {
  const keys: PathKey[] = [
    // a changelog that does not exist yet is the changelog check's to report, with a first entry drafted: not exit 2
    { pointer: '/versioning/changelog', get: (c) => c.versioning.changelog, set: (c, v) => (c.versioning.changelog = v) },
    { pointer: '/versioning/migrations', get: (c) => c.versioning.migrations, set: (c, v) => (c.versioning.migrations = v), folder: true },
    { pointer: '/modules/root', get: (c) => c.modules.root, set: (c, v) => (c.modules.root = v), folder: true },
    { pointer: '/modules/globals_versions', get: (c) => c.modules.globals_versions, set: (c, v) => (c.modules.globals_versions = v) },
  ];
  config.units.forEach((u, i) => {
    keys.push({ pointer: `/units/${i}/version/file`, get: (c) => c.units[i]!.version.file, set: (c, v) => (c.units[i]!.version.file = v) });
  });
  config.invariants.forEach((inv, i) => {
    if (!isSchemaInvariant(inv)) return;
    keys.push({
      pointer: `/invariants/${i}/file`,
      get: (c) => (c.invariants[i] as typeof inv).file,
      set: (c, v) => ((c.invariants[i] as typeof inv).file = v),
      required: true,
    });
  });
  return keys;
}

/**
 * Release notes read wherever they are: changelogs named like the configured one (a unit keeps its entries in the
 * nearest one to it, `services/billing/CHANGELOG.md` in a repository of services) and changesets (`.changeset/`, where
 * a JavaScript monorepo declares its packages' next releases).
 */
export function releaseNotesNamed(config: Config): (path: string) => boolean {
  const name = config.versioning.changelog.slice(config.versioning.changelog.lastIndexOf('/') + 1);
  return (p) => p.slice(p.lastIndexOf('/') + 1) === name || p.startsWith(CHANGESET_DIR + '/');
}

/** Every spelling a configured path may have, repository-relative: for reading files outside the contracts root. */
export function configPathCandidates(config: Config): { files: string[]; folders: string[] } {
  const prefix = config.contracts ? config.contracts + '/' : '';
  const files: string[] = [];
  const folders: string[] = [];
  for (const key of pathKeys(config)) {
    const value = clean(key.get(config));
    (key.folder ? folders : files).push(value, prefix + value);
  }
  return { files, folders };
}

export interface ResolvedConfig {
  /** The configuration with every path repository-relative. */
  config: Config;
  warnings: string[];
}

/**
 * Make every path of `config` repository-relative. A configured path is read from the repository root; if it exists
 * only under the contracts root it is read from there, with a deprecation warning; a required file that exists in
 * neither place at the baseline is a configuration mistake (exit 2, naming the key, the path and the config line),
 * never a contract violation. Defaults are relative to the contracts root.
 */
export function resolveConfigPaths(config: Config, baseline: BaselinePaths): ResolvedConfig {
  const out: Config = structuredClone({ ...config, source: undefined });
  out.source = config.source;
  const warnings: string[] = [];
  const prefix = config.contracts ? config.contracts + '/' : '';
  const files = new Set(baseline.paths);
  const exists = (path: string, folder?: boolean) => (folder ? baseline.paths.some((p) => p.startsWith(path + '/')) : files.has(path));
  const file = config.source?.file ?? 'configuration';
  for (const key of pathKeys(config)) {
    const value = clean(key.get(config));
    if (!config.source?.given(key.pointer)) {
      key.set(out, prefix + value);
      continue;
    }
    const name = key.pointer.slice(1).replace(/\//g, '.');
    const underRoot = prefix + value;
    const atTop = exists(value, key.folder);
    const atRoot = prefix !== '' && !value.startsWith(prefix) && exists(underRoot, key.folder);
    if (atTop || !atRoot) {
      if (!atTop && key.required) {
        const both = prefix && !value.startsWith(prefix) ? ` nor as ${underRoot}` : '';
        throw new InputError(
          `config key ${name}: ${value} does not exist at the baseline (paths are from the repository root; not found as ${value}${both})`,
          file,
          config.source.lineOf(key.pointer),
        );
      }
      key.set(out, value);
      if (atTop && atRoot)
        warnings.push(`config key ${name}: both ${value} and ${underRoot} exist; using ${value} (paths are from the repository root)`);
      continue;
    }
    key.set(out, underRoot);
    warnings.push(
      `config key ${name}: '${value}' is read relative to the contracts folder (${underRoot}); write it from the repository root — this spelling is deprecated`,
    );
  }
  for (const [i, r] of config.roles.entries()) {
    if (config.source && onlyUnderRoot(r.glob, baseline.paths, prefix)) warnings.push(deprecatedGlob(`roles.${i}.glob`, r.glob, prefix));
  }
  for (const [i, e] of config.ignore.entries()) {
    if (e.file && config.source && onlyUnderRoot(e.file, baseline.paths, prefix))
      warnings.push(deprecatedGlob(`ignore.${i}.file`, e.file, prefix));
  }
  return { config: out, warnings };
}

function clean(path: string): string {
  return path.replace(/^\.\//, '').replace(/\/+$/, '');
}

/** A glob that names baseline files only when read under the contracts root. */
function onlyUnderRoot(glob: string, paths: string[], prefix: string): boolean {
  if (!prefix) return false;
  const underRoot = paths.filter((p) => p.startsWith(prefix));
  return !paths.some((p) => matchesAny(p, [glob])) && underRoot.some((p) => matchesAny(p.slice(prefix.length), [glob]));
}

function deprecatedGlob(key: string, glob: string, prefix: string): string {
  return `config key ${key}: '${glob}' matches only relative to the contracts folder; write ${prefix}${glob} (from the repository root) — this spelling is deprecated`;
}
