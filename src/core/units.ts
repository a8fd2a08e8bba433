// Versioned units: sets of contract files that carry one version, taken from where the team keeps it. The house's
// `<modules>/<name>/versions.yaml` is one case; an OpenAPI/AsyncAPI document's `info.version` (the document and what
// only it reaches), the nearest `package.json` or build manifest (pom.xml, Cargo.toml, …) and a configured `units:` entry
// are the others. Pure: no I/O.
import { unlessUnreadable } from './errors.js';
import { GLOBALS, type ContractsLayout } from './layout.js';
import type { UnitConfig } from './policy/config.js';
import { isManifest, readManifest, type Manifest, type ManifestVersion } from './manifests.js';
import { matchesAny } from './policy/glob.js';
import { soleReachers } from './policy/references.js';
import type { Documents } from './source/tree.js';
import { newestIn, pathVersion } from './version-path.js';
import { isBuildPlaceholder } from './loose-version.js';
import { escapeRegExp } from './model.js';
import { detectKind } from './source/kind.js';

/** Where a unit's version is written: a file and the JSON pointer of the value in it. */
export interface VersionHome {
  file: string;
  pointer: string;
  /**
   * `path`: the version is written in the files' paths (`file` is the unit, `schemas/order/{version}`); `manifest`: in a
   * build manifest (pom.xml, Cargo.toml, …), found as text (`pointer` is `/version`, for messages); `id`: in a JSON
   * Schema's `$id` URL (`https://schemas.acme.com/order/1.2.0/order.json`, `pointer` is `/$id`).
   */
  kind: 'versions' | 'info' | 'package' | 'manifest' | 'configured' | 'path' | 'id';
}

export interface Unit {
  /** The unit's own name: the module folder, the document's title, the package's name, the configured name. */
  name: string;
  home?: VersionHome;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export class Units {
  private readonly byName: Map<string, Unit>;

  constructor(
    readonly list: Unit[],
    private readonly owner: Map<string, string>,
    private readonly fallback?: Units,
    /** What the files outside every unit are called (see `restName`). */
    readonly rest: string = GLOBALS,
  ) {
    this.byName = new Map(list.map((u) => [u.name, u]));
  }

  /** The unit owning a repository path; `rest` for shared files outside every unit. */
  unitOf(path: string): string {
    return this.owner.get(path) ?? this.fallback?.owner.get(path) ?? this.byPathVersion(path) ?? this.rest;
  }

  /** A path no tree holds (a file a new version left out) belongs to the unit its version folder is of. */
  private byPathVersion(path: string): string | undefined {
    const unit = pathVersion(path)?.unit;
    return unit && [...this.list, ...(this.fallback?.list ?? [])].find((u) => u.home?.kind === 'path' && u.home.file === unit)?.name;
  }

  get(name: string): Unit | undefined {
    return this.byName.get(name) ?? this.fallback?.byName.get(name);
  }

  /** A unit of this side (not only of the side before). */
  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** Where the side before (the baseline's, when this side was found with it) kept the unit's version. */
  homeBefore(name: string): VersionHome | undefined {
    return this.fallback?.byName.get(name)?.home;
  }

  /** Whether any unit of this side keeps a version. */
  get versioned(): boolean {
    return this.list.some((u) => u.home);
  }

  /** One versioned unit, not a house module, is the whole repository: changelog entries need not name it. */
  get single(): boolean {
    const versioned = this.list.filter((u) => u.home);
    return versioned.length === 1 && versioned[0]!.home!.kind !== 'versions' && ![...this.owner.values()].includes(this.rest);
  }
}

/** The version written at a unit's home in a tree, if any. */
export function versionAt(docs: Documents, home: VersionHome | undefined): string | undefined {
  if (!home) return undefined;
  if (home.kind === 'path') return newestIn(docs.tree.paths(), home.file);
  if (home.kind === 'id') return idVersion(unlessUnreadable(() => docs.get(home.file))?.data)?.written;
  if (home.kind === 'manifest') return manifestAt(docs, home.file)?.value;
  const data = unlessUnreadable(() => docs.get(home.file))?.data;
  const value = valueAt(data, home.pointer);
  if (typeof value === 'number') return asWritten(docs, home, value);
  return value === undefined || value === null || typeof value === 'object' ? undefined : String(value);
}

/**
 * A version written as a bare number, as written: YAML reads `current: 1.10` as the number 1.1, and 1.9 → 1.10 was
 * "version went down from 1.9 to 1.1". The number's own text on its line, when it is that number.
 */
function asWritten(docs: Documents, home: VersionHome, value: number): string {
  const line = docs.lineOf({ file: home.file, pointer: home.pointer });
  const text = line === undefined ? undefined : lineText(docs.get(home.file).text, line);
  const key = escapeRegExp(home.pointer.slice(home.pointer.lastIndexOf('/') + 1));
  const written = text && new RegExp(`(?:^|[\\s{,])["']?${key}["']?\\s*:\\s*(\\d[\\d.]*)`).exec(text)?.[1];
  return written !== undefined && Number(written) === value ? written : String(value);
}

/** Line `n` (1-based) of `text`, without splitting a whole description (a 12 MB one may write `version: 1.10`). */
function lineText(text: string, n: number): string {
  let start = 0;
  for (let i = 1; i < n && start >= 0; i++) start = text.indexOf('\n', start) + 1 || -1;
  if (start < 0) return '';
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The line a unit's version is written on (where a bump suggests its change). */
export function versionLine(docs: Documents, home: VersionHome): number | undefined {
  return home.kind === 'manifest' ? manifestAt(docs, home.file)?.line : docs.lineOf({ file: home.file, pointer: home.pointer });
}

/**
 * How a build manifest writes `version` as its version: its version's line with `version` in place
 * (`<version>2.0.0</version>`, `version = "2.0.0"`), where `version: 2.0.0` is no syntax of pom.xml or TOML. Undefined
 * for other homes, and for a line too long to quote (a pom.xml on one line).
 */
export function manifestVersionWritten(docs: Documents, home: VersionHome, version: string): string | undefined {
  const bytes = home.kind === 'manifest' ? docs.tree.read(home.file) : undefined;
  const text = bytes && new TextDecoder().decode(bytes);
  const at = text ? readManifest(home.file, text)?.version : undefined;
  if (!text || !at) return undefined;
  const end = text.indexOf('\n', at.end);
  const line = (
    text.slice(text.lastIndexOf('\n', at.start - 1) + 1, at.start) +
    version +
    text.slice(at.end, end < 0 ? undefined : end)
  ).trim();
  return line.length <= 100 ? line : undefined;
}

function manifestAt(docs: Documents, file: string): ManifestVersion | undefined {
  return manifestIn(docs, file)?.version;
}

/** What a build manifest in the tree says of its project (undefined for a file that is no manifest). */
function manifestIn(docs: Documents, file: string): Manifest | undefined {
  const bytes = docs.tree.read(file);
  return bytes && readManifest(file, new TextDecoder().decode(bytes));
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const t of pointer.split('/').slice(1)) node = isObj(node) ? node[t.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return node;
}

/** A file name made of a unit's name: `@acme/events` → `acme-events`, `Orders API` → `orders-api`. */
export function unitSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[-.]+|-+$/g, '') || 'contracts'
  );
}

/**
 * The units of a tree (repository-relative paths, the contracts scope). Precedence, most specific first: a configured
 * unit, a house module folder, a document with its own `info.version`, the nearest `package.json` or build manifest
 * with a version. A file that several documents reach belongs to none of them (`globals`): a change to it is a change
 * to each (inherited).
 * When exactly one unit exists, every other contract file is part of it.
 */
export function findUnits(paths: string[], docs: Documents, layout: ContractsLayout, configured: UnitConfig[], fallback?: Units): Units {
  const owner = new Map<string, string>();
  const units: Unit[] = [];
  const data = (p: string) => (/\.(ya?ml|json)$/i.test(p) ? unlessUnreadable(() => docs.get(p))?.data : undefined);
  for (const u of configured) {
    units.push({ name: u.name, home: { file: u.version.file, pointer: '/' + u.version.key.split('.').join('/'), kind: 'configured' } });
    for (const p of paths) if (!owner.has(p) && matchesAny(p, u.files)) owner.set(p, u.name);
  }
  // the house: `<modules>/<name>/…` with its versions.yaml (`current:`, or `version:`), and the root's versions.yaml
  const modules = new Map<string, Unit>();
  for (const p of paths) {
    const name = layout.versionsModule(p);
    if (!name || owner.has(p)) continue;
    const d = data(p);
    const pointer = isObj(d) && !('current' in d) && 'version' in d ? '/version' : '/current';
    modules.set(name, { name, home: { file: p, pointer, kind: 'versions' } });
  }
  for (const p of paths) {
    if (owner.has(p)) continue;
    const m = layout.moduleOf(p);
    if (m === GLOBALS) continue;
    owner.set(p, m);
    if (!modules.has(m)) modules.set(m, { name: m });
  }
  // a module folder without a versions file is versioned by its document's info.version
  for (const unit of modules.values()) {
    if (unit.home || unit.name === GLOBALS) continue;
    const doc = paths.find((p) => owner.get(p) === unit.name && infoOf(data(p)));
    if (doc) unit.home = { file: doc, pointer: '/info/version', kind: 'info' };
  }
  const house = modules.size > 0;
  const globalsHome = modules.get(GLOBALS);
  modules.delete(GLOBALS);
  units.push(...modules.values());
  // the house's root versions.yaml versions everything outside the module folders
  if (globalsHome) {
    for (const p of paths) if (!owner.has(p)) owner.set(p, GLOBALS);
    units.push(globalsHome);
    return new Units(units, owner, fallback);
  }
  // documents that carry their own version, and the files only they reach; a document published as one release in a
  // path (`api/1.2.0/openapi.yaml`) is versioned by its path, with the files beside it
  const documents = paths.filter((p) => !owner.has(p) && infoOf(data(p)) && pathVersion(p)?.kind !== 'release');
  const names = documentNames(documents, (p) => infoOf(data(p))!);
  for (const doc of documents) {
    owner.set(doc, names.get(doc)!);
    units.push({ name: names.get(doc)!, home: { file: doc, pointer: '/info/version', kind: 'info' } });
  }
  const shared = new Set<string>();
  for (const [file, by] of soleReachers(docs, documents)) {
    if (owner.has(file)) continue;
    if (by !== null) owner.set(file, names.get(by)!);
    else shared.add(file);
  }
  // a JSON Schema whose `$id` carries its version (`…/order/1.2.0/order.json`), where its own path carries none
  // each file carries its own version: two under one versioned folder of `$id`s are told apart by their file
  const versionedIds = paths.filter((p) => !owner.has(p) && !shared.has(p) && !pathVersion(p) && idVersion(data(p)));
  const idNames = distinctNames(versionedIds, (p) => idUnitName((data(p) as { $id: string }).$id), new Set(units.map((u) => u.name)));
  for (const p of versionedIds) {
    owner.set(p, idNames.get(p)!);
    units.push({ name: idNames.get(p)!, home: { file: p, pointer: '/$id', kind: 'id' } });
  }
  // versions written in paths: what one version folder (or one file's versions) publishes together is a unit
  const published = new Map<string, Unit>();
  for (const p of paths) {
    const pv = owner.has(p) || shared.has(p) ? undefined : pathVersion(p);
    if (!pv) continue;
    const unit = published.get(pv.unit) ?? { name: pathUnitName(pv.unit), home: { file: pv.unit, pointer: '', kind: 'path' } };
    published.set(pv.unit, unit);
    owner.set(p, unit.name);
  }
  units.push(...published.values());
  // the nearest package.json or build manifest with a version versions what lies under its folder (one folder with
  // both: the package.json)
  const packages = new Map<string, Unit>();
  for (const p of paths) {
    const dir = p.slice(0, p.lastIndexOf('/') + 1);
    const unnamed = dir.replace(/\/$/, '') || (/(^|\/)VERSION$/.test(p) ? 'contracts' : 'package');
    if (/(^|\/)package\.json$/.test(p)) {
      const d = data(p);
      if (!isObj(d) || typeof d.version !== 'string') continue;
      const name = typeof d.name === 'string' && d.name ? d.name : unnamed;
      packages.set(dir, { name, home: { file: p, pointer: '/version', kind: 'package' } });
    } else if (isManifest(p) && !packages.has(dir)) {
      const manifest = manifestIn(docs, p);
      if (!manifest?.version) continue;
      packages.set(dir, { name: manifest.name || unnamed, home: { file: p, pointer: '/version', kind: 'manifest' } });
    }
  }
  // a package named as a unit found before (its document's title) is told apart by its folder: one name for two units
  // merged them, and which version a change needed depended on which came last
  const taken = new Set(units.map((u) => u.name));
  for (const [dir, u] of packages) if (taken.has(u.name)) u.name = dir.replace(/\/$/, '') || u.name;
  const byPackage: string[] = [];
  for (const p of paths) {
    if (owner.has(p) || shared.has(p)) continue;
    const dir = nearestFolder(p, (d) => packages.has(d));
    if (dir !== undefined) {
      owner.set(p, packages.get(dir)!.name);
      byPackage.push(p);
    }
  }
  // a manifest versions the contracts under it: one whose folder holds none of its own (its documents carry their own
  // `info.version`) is the package's, not a contract's, and its version moves with the package's code
  const versions = new Set<string>();
  for (const p of byPackage) if (holdsContract(p, data(p))) versions.add(owner.get(p)!);
  for (const u of packages.values()) if (versions.has(u.name)) units.push(u);
  for (const p of byPackage) if (!versions.has(owner.get(p)!)) owner.delete(p);
  // one unit and nothing else: the repository is that unit, its loose schemas included; not a version written in a
  // path or an `$id`, which publishes what lies under it (`proto/shop/v1/`), not a GraphQL file beside it
  const lone = units.length === 1 ? units[0]!.home : undefined;
  if (lone && lone.kind !== 'path' && lone.kind !== 'id')
    for (const p of paths) if (!owner.has(p) && !shared.has(p)) owner.set(p, units[0]!.name);
  return new Units(units, owner, fallback, restName(house, units));
}

/**
 * The files outside every unit: the house layout's `globals` (its root `versions.yaml` versions them); elsewhere a
 * word of the house would be jargon, so they are the repository's `contracts`, or its `other contracts` beside units.
 */
function restName(house: boolean, units: Unit[]): string {
  const name = house ? GLOBALS : units.length ? 'other contracts' : 'contracts';
  return units.some((u) => u.name === name) ? GLOBALS : name;
}

/**
 * The nearest folder above `path` (`a/b/`, …, `` for the root) that `is` says yes to: its ancestors are looked up one by
 * one, where matching every package folder against every path was quadratic (a pull request of 10,000 packages: 4 s).
 */
function nearestFolder(path: string, is: (dir: string) => boolean): string | undefined {
  for (let end = path.lastIndexOf('/'); ; end = end > 0 ? path.lastIndexOf('/', end - 1) : -1) {
    const dir = end < 0 ? '' : path.slice(0, end + 1);
    if (is(dir)) return dir;
    if (end < 0) return undefined;
  }
}

/** A contract a unit can version: not tooling (a manifest, a lock file), prose, binary or plain data. */
function holdsContract(path: string, data: unknown): boolean {
  return !NOT_CONTRACTS.has(detectKind(path, undefined, data));
}
const NOT_CONTRACTS = new Set(['other', 'document', 'binary', 'data', 'versions']);

/** The version a JSON Schema's `$id` URL carries in its path (`…/1.2.0/order.json`, `…/order.v2.json`), if any. */
export function idVersion(data: unknown): { written: string; version: string } | undefined {
  if (!isObj(data) || typeof data.$id !== 'string' || !('$schema' in data || 'type' in data || 'properties' in data)) return undefined;
  const path = idPath(data.$id);
  const pv = path === undefined ? undefined : pathVersion(path);
  return pv && pv.kind === 'release' ? { written: pv.written, version: pv.version } : undefined;
}

/**
 * An `$id`'s path, where a release is written: a URL's (`…/order/1.2.0/order.json`), or a URN's names as folders
 * (`urn:acme:schemas:order:1.2.0` → `acme/schemas/order/1.2.0`). Undefined for a relative `$id`, which names a place.
 */
function idPath(id: string): string | undefined {
  if (/^urn:/i.test(id)) return id.slice(4).replace(/#.*$/, '').split(':').join('/');
  try {
    return new URL(id).pathname.replace(/^\//, '').replace(/#.*$/, '');
  } catch {
    return undefined;
  }
}

/** The `$id` a unit's version is written in (a home of kind `id`). */
export function idAt(docs: Documents, home: VersionHome): string | undefined {
  const id = home.kind === 'id' ? valueAt(unlessUnreadable(() => docs.get(home.file))?.data, home.pointer) : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** A versioned `$id` with `next` in the place of its version `written` (the last place the path holds it). */
export function idWithVersion(id: string, written: string, next: string): string {
  const at = id.lastIndexOf(written);
  return at < 0 ? id : id.slice(0, at) + next + id.slice(at + written.length);
}

/** `https://schemas.acme.com/order/1.2.0/order.json` → `order`: the path before its version, else the file's name. */
function idUnitName(id: string): string {
  const unit = pathVersion(idPath(id)!)!.unit;
  const name = pathUnitName(unit) || unit;
  // a URN's names are written with colons
  return /^urn:/i.test(id) ? name.split('/').join(':') : name;
}

/** `schemas/order/{version}` → `schemas/order`; `events/order.{version}.avsc` → `events/order`; `{version}/api.yaml` → `api.yaml`. */
function pathUnitName(unit: string): string {
  const at = unit.indexOf('{version}');
  // a registry's `subjects/orders-value/versions/{version}` is the subject's
  const before = unit
    .slice(0, at)
    .replace(/[/._-]+$/, '')
    .replace(/\/versions$/, '');
  return before || unit.slice(at + '{version}'.length).replace(/^[/._-]+/, '') || 'versions';
}

/**
 * An OpenAPI, Swagger or AsyncAPI document's `info`, when it carries a version of its own: one the build writes in
 * (`@project.version@`) is the build manifest's, so the document is versioned by the nearest manifest.
 */
function infoOf(d: unknown): { title?: unknown; version: unknown } | undefined {
  if (!isObj(d) || !(typeof d.openapi === 'string' || d.swagger !== undefined || typeof d.asyncapi === 'string')) return undefined;
  const info = d.info;
  if (!isObj(info) || info.version === undefined || info.version === null || isBuildPlaceholder(info.version)) return undefined;
  if (generatorDefault(info)) return undefined;
  return info as { title?: unknown; version: unknown };
}

/**
 * What a generator writes in `info` when the application configured nothing: the generator's words, not the API's
 * version; the build manifest beside it (pom.xml, pyproject.toml) or the package's path (`acme/v1/`) carries that.
 */
const GENERATOR_INFO: { generator: string; title?: string; version: string }[] = [
  { generator: 'springdoc', title: 'OpenAPI definition', version: 'v0' },
  { generator: 'FastAPI', title: 'FastAPI', version: '0.1.0' },
  { generator: "grpc-gateway's protoc-gen-openapiv2", version: 'version not set' },
];

/** The generator whose unconfigured `info` this is, if any. */
export function generatorDefault(info: unknown): string | undefined {
  if (!isObj(info)) return undefined;
  return GENERATOR_INFO.find((g) => (g.title === undefined || info.title === g.title) && info.version === g.version)?.generator;
}

/** Each document's unit name: its title, else its folder (or file name); two alike are told apart by their folder. */
function documentNames(documents: string[], info: (p: string) => { title?: unknown }): Map<string, string> {
  return distinctNames(documents, (p) => {
    const title = info(p).title;
    if (typeof title === 'string' && title.trim()) return title.trim();
    const parts = p.split('/');
    return parts.length > 1 ? parts[parts.length - 2]! : parts[0]!.replace(/\.(ya?ml|json)$/i, '');
  });
}

/**
 * Each file's unit name by `base`; two files of one name, or one of a name `taken` by another unit, are told apart by
 * their path (`Orders (api/v1.yaml)`).
 */
function distinctNames(files: string[], base: (file: string) => string, taken: Set<string> = new Set()): Map<string, string> {
  const names = new Map(files.map((f) => [f, base(f)]));
  const counts = new Map<string, number>();
  for (const n of names.values()) counts.set(n, (counts.get(n) ?? 0) + 1);
  const shared = (n: string) => counts.get(n)! > 1 || taken.has(n);
  return new Map(files.map((f) => [f, shared(names.get(f)!) ? `${names.get(f)} (${f})` : names.get(f)!]));
}
