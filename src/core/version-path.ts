// Versions written in paths: `schemas/order/1.0.0/order.json`, `events/order-created/v2.avsc`, `api/v1/openapi.yaml`,
// `order.v2.json`, SchemaVer's `1-0-0`. A team that publishes each version beside the last never edits a published
// one: a new version is compared with the one before it, and a published release edited in place is the break. Pure.

import { isIgluSchema } from './source/parse.js';
import { pushTo } from './model.js';

export interface PathVersion {
  /** The path with its version replaced by `{version}`: every version of one file. */
  series: string;
  /** The unit: the path up to its version (`schemas/order/{version}`), so files published together version together. */
  unit: string;
  /** The version as SemVer (`v2` → 2.0.0, `1-0-0` → 1.0.0). */
  version: string;
  /** As written: `v2`, `1.0.0`, `1-0-0`. */
  written: string;
  /** `line`: a major line (`v1`) that evolves compatibly in place; `release`: one published version, never edited. */
  kind: 'line' | 'release';
}

// a folder or a whole file name: `v1`, `1.2`, `1.2.3`, `v1.2.3`, `1-0-0`. A bare number (`2024`, `404`) is not a version,
// but in a folder named `versions` (a registry's numbering)
const WHOLE = /^(v?)(\d{1,3})(?:([.\-_])(\d{1,4})(?:\3(\d{1,4}))?)?$/i;
// a file name's suffix: `order.v2`, `order-v1.2.0`, `order_1.2.0`
const SUFFIX = /^(.+?)([._-])(v?)(\d{1,3})(?:\.(\d{1,4})(?:\.(\d{1,4}))?)?$/i;
const EXTENSION = /(\.schema)?\.(json|ya?ml|avsc|avpr|avdl)$/i;

/**
 * The version a path is published under, if it has one; the last one in the path counts, except that a release folder
 * (`definitions/2.6.0/`) holds what it publishes whole: a major in a file's name inside it (`avroSchema_v1.json`, a
 * schema of Avro's v1) is part of that name, not a version of its own.
 */
export function pathVersion(path: string): PathVersion | undefined {
  const parts = path.split('/');
  const own = nameVersion(parts);
  if (own?.kind !== 'line') return own ?? folderVersion(parts);
  const folder = folderVersion(parts);
  return folder?.kind === 'release' ? folder : own;
}

/** A version in the file's own name: the whole stem (`v2.avsc`, `1.0.0.json`), or its suffix (`order.v2.json`). */
function nameVersion(parts: string[]): PathVersion | undefined {
  const name = parts[parts.length - 1]!;
  const ext = EXTENSION.exec(name)?.[0] ?? '';
  const stem = name.slice(0, name.length - ext.length);
  const dir = parts.slice(0, -1).join('/');
  const whole = WHOLE.exec(stem);
  // a bare number is a version where a folder says so: a schema registry's export, `subjects/<subject>/versions/2.avsc`
  if (whole && (whole[1] || whole[4] !== undefined || inVersions(parts, parts.length - 1))) {
    const at = dir ? `${dir}/{version}${ext}` : `{version}${ext}`;
    return version(whole[0], whole[1]!, whole[2]!, whole[4], whole[5], at, at);
  }
  const suffix = SUFFIX.exec(stem);
  if (suffix && (suffix[3] || suffix[6] !== undefined)) {
    const at = `${dir ? dir + '/' : ''}${suffix[1]}${suffix[2]}{version}${ext}`;
    return version(stem.slice(suffix[1]!.length + 1), suffix[3]!, suffix[4]!, suffix[5], suffix[6], at, at);
  }
  return undefined;
}

/** The nearest folder named as a version (`schemas/order/1.0.0/`, `api/v1/`). */
function folderVersion(parts: string[]): PathVersion | undefined {
  for (let i = parts.length - 2; i >= 0; i--) {
    const m = WHOLE.exec(parts[i]!);
    if (!m || (!m[1] && m[4] === undefined && !inVersions(parts, i))) continue;
    const series = [...parts.slice(0, i), '{version}', ...parts.slice(i + 1)].join('/');
    const unit = [...parts.slice(0, i), '{version}'].join('/');
    return version(m[0], m[1]!, m[2]!, m[4], m[5], series, unit);
  }
  return undefined;
}

/** The path's part at `i` is a bare number in a folder named `versions`, as a schema registry numbers a subject's versions. */
function inVersions(parts: string[], i: number): boolean {
  return i > 0 && parts[i - 1] === 'versions' && /^\d{1,4}(\.[a-z]+)*$/i.test(parts[i]!.replace(EXTENSION, ''));
}

function version(
  written: string,
  v: string,
  major: string,
  minor: string | undefined,
  patch: string | undefined,
  series: string,
  unit: string,
): PathVersion {
  const n = (s: string | undefined) => String(Number(s ?? 0));
  return {
    series,
    unit,
    version: `${n(major)}.${n(minor)}.${n(patch)}`,
    written,
    kind: v && minor === undefined ? 'line' : 'release',
  };
}

/** Written as SchemaVer writes a version (`1-0-0`: MODEL-REVISION-ADDITION, an Iglu registry's). */
export function isSchemaVer(pv: PathVersion | undefined): boolean {
  return !!pv && /^\d+-\d+-\d+$/.test(pv.written);
}

/** `next` written the way `pv`'s version is (`v3`, `1.3.0`, `1-3-0`, `1.3`). */
function written(pv: PathVersion, next: string): string {
  const [major, minor, patch] = next.split('.');
  const w = pv.written;
  const prefix = /^v/i.test(w) ? w[0]! : '';
  const sep = /[.\-_]/.exec(w.slice(prefix.length))?.[0] ?? '.';
  const parts = w.slice(prefix.length).split(/[.\-_]/).length;
  return pv.kind === 'line' ? `${prefix}${major}` : prefix + [major, minor, patch].slice(0, Math.max(parts, 2)).join(sep);
}

/** Where `pv`'s unit is published as `next`: its folder (`schemas/order/1.1.0/`), or its file (`events/order.v3.avsc`). */
export function publishedAs(pv: PathVersion, next: string): string {
  const at = pv.unit.replace('{version}', written(pv, next));
  return pv.unit === pv.series ? at : `${at}/`;
}

/** The newest version of a unit (`PathVersion.unit`) among `paths`. */
export function newestIn(paths: Iterable<string>, unit: string): string | undefined {
  let newest: string | undefined;
  for (const p of paths) {
    const pv = pathVersion(p);
    if (pv?.unit === unit && (!newest || compareVersions(pv.version, newest) > 0)) newest = pv.version;
  }
  return newest;
}

/**
 * Two versions read from paths (always `major.minor.patch`, numbers only), in order. Not semver's: the diff reads
 * paths, and semver costs every diff's start-up ~8 ms to load.
 */
function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
}

/** Two paths published under different versions: never one file moved (into a version folder from none is a move). */
export function otherVersion(a: string, b: string): boolean {
  const [x, y] = [pathVersion(a), pathVersion(b)];
  return !!x && !!y && x.version !== y.version;
}

/**
 * The file each newly published version is compared with: the same file under the newest older version at the
 * baseline. A new version with no older one (or a file new in it) is added.
 */
export function predecessors(basePaths: string[], headPaths: string[]): { base: string; head: string }[] {
  const before = new Set(basePaths);
  const bySeries = new Map<string, { path: string; version: string }[]>();
  for (const p of basePaths) {
    const pv = pathVersion(p);
    if (pv) pushTo(bySeries, pv.series, { path: p, version: pv.version });
  }
  const out: { base: string; head: string }[] = [];
  for (const p of headPaths) {
    const pv = pathVersion(p);
    // contracts only: a README is not compared across versions
    if (!pv || before.has(p) || !(EXTENSION.test(p) || isIgluSchema(p))) continue;
    let best: { path: string; version: string } | undefined;
    for (const o of bySeries.get(pv.series) ?? [])
      if (compareVersions(o.version, pv.version) < 0 && (!best || compareVersions(o.version, best.version) > 0)) best = o;
    if (best) out.push({ base: best.path, head: p });
  }
  return out;
}

/**
 * The files a newly published version of a folder (`schemas/order/1.1.0/`) left out: those of the newest older
 * version of its unit at the baseline that it has no file for. Consumers that move to it lose them. `head` is where
 * the file would be in the new version.
 */
export function leftOut(basePaths: string[], headPaths: string[]): { base: string; head: string; version: string; previous: string }[] {
  // contract files of folder units only: a version written in a file's own name is that file
  const inFolder = (p: string) => {
    const pv = pathVersion(p);
    return pv && pv.unit !== pv.series && EXTENSION.test(p) ? pv : undefined;
  };
  const released = new Map<string, Map<string, { written: string; paths: string[] }>>(); // unit → version → files
  for (const p of basePaths) {
    const pv = inFolder(p);
    if (!pv) continue;
    const versions = released.get(pv.unit) ?? released.set(pv.unit, new Map()).get(pv.unit)!;
    const at = versions.get(pv.version) ?? versions.set(pv.version, { written: pv.written, paths: [] }).get(pv.version)!;
    at.paths.push(p);
  }
  const fresh = new Map<string, { unit: string; version: string; written: string; series: Set<string> }>();
  for (const p of headPaths) {
    const pv = inFolder(p);
    if (!pv || released.get(pv.unit)?.has(pv.version)) continue; // a version the baseline has is not new
    const key = `${pv.unit}@${pv.version}`;
    const at = fresh.get(key) ?? fresh.set(key, { unit: pv.unit, version: pv.version, written: pv.written, series: new Set() }).get(key)!;
    at.series.add(pv.series);
  }
  const out: { base: string; head: string; version: string; previous: string }[] = [];
  for (const v of fresh.values()) {
    const older = [...(released.get(v.unit) ?? [])].filter(([version]) => compareVersions(version, v.version) < 0);
    const previous = older.sort(([a], [b]) => compareVersions(b, a))[0]?.[1];
    for (const p of previous?.paths ?? []) {
      const series = pathVersion(p)!.series;
      if (!v.series.has(series))
        out.push({ base: p, head: series.replace('{version}', v.written), version: v.written, previous: previous!.written });
    }
  }
  return out.sort((x, y) => (x.head < y.head ? -1 : x.head > y.head ? 1 : 0));
}

/** Files published with `from` (its unit at its version), written as they are with `to`'s version. */
export function relocator(from: string, to: string): (file: string) => string | undefined {
  const [a, b] = [pathVersion(from), pathVersion(to)];
  if (!a || !b) return () => undefined;
  return (file) => {
    const pv = pathVersion(file);
    if (pv?.unit !== a.unit || pv.written !== a.written) return undefined;
    const at = pv.series.indexOf('{version}');
    return file.slice(0, at) + b.written + file.slice(at + a.written.length);
  };
}
