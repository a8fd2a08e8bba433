// Versions as teams write them: SemVer (`1.4.0`, `v1.4.0`), or fewer numbers (`1.0`, `v2`, `3`), as many OpenAPI
// descriptions carry in `info.version`. Fewer numbers are read as SemVer's first ones (`1.0` is 1.0.0) and say how fine
// a change the version can show: `v2` moves for a major change only, `1.0` for a minor or a major. A suggested version
// is written the way the team writes it (`2.0`, `v3`), never as a SemVer it does not use.
import semver from 'semver';
import type { Level } from './model.js';

export interface LooseVersion {
  /** As SemVer: `1.0` → `1.0.0`, `v2` → `2.0.0`. */
  semver: string;
  /** How many numbers the team writes. */
  parts: 1 | 2 | 3;
  prefix: '' | 'v';
}

export function looseVersion(text: string | undefined): LooseVersion | undefined {
  if (text === undefined) return undefined;
  const prefix = /^v/i.test(text) ? 'v' : '';
  const full = semver.valid(text);
  if (full) return { semver: full, parts: 3, prefix };
  const short = /^v?(0|[1-9]\d{0,8})(?:\.(0|[1-9]\d{0,8}))?$/i.exec(text);
  if (!short) return undefined;
  return { semver: `${short[1]}.${short[2] ?? 0}.0`, parts: short[2] === undefined ? 1 : 2, prefix };
}

/** A SemVer version written as `like` is: `2.0.0` as `1.0` is written → `2.0`; as `v1` → `v2`. */
export function inShape(version: string, like: LooseVersion): string {
  const numbers = [semver.major(version), semver.minor(version), semver.patch(version)].slice(0, like.parts).join('.');
  const pre = like.parts === 3 && semver.prerelease(version) ? version.slice(version.indexOf('-')) : '';
  return like.prefix + numbers + pre;
}

/** The bump a version written like this can show: a change finer than its numbers needs none (`v2` for a minor). */
export function visibleBump(level: Level, like: LooseVersion): Level {
  if (level === 'patch' && like.parts < 3) return 'none';
  if (level === 'minor' && like.parts < 2) return 'none';
  return level;
}
