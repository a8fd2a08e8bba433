// Versions as teams write them: SemVer (`1.4.0`, `v1.4.0`), or fewer numbers (`1.0`, `v2`, `3`), as many OpenAPI
// descriptions carry in `info.version`, or a day (`2024-06-20`). Fewer numbers are read as SemVer's first ones (`1.0`
// is 1.0.0) and say how fine a change the version can show: `v2` moves for a major change only, `1.0` for a minor or a
// major, a day for a break. A suggested version is written the way the team writes it (`2.0`, `v3`, a later day),
// never as a SemVer it does not use.
import semver from 'semver';
import type { Level } from './model.js';

export interface LooseVersion {
  /** As SemVer: `1.0` → `1.0.0`, `v2` → `2.0.0`. */
  semver: string;
  /** How many numbers the team writes. */
  parts: 1 | 2 | 3;
  prefix: '' | 'v';
  /**
   * A calendar version (`2024-06-20`, as dated API versions are written): one number, the day, read as SemVer's major;
   * a break needs a later day, and nothing finer can show.
   */
  calendar?: true;
}

export function looseVersion(text: string | undefined): LooseVersion | undefined {
  if (text === undefined) return undefined;
  const prefix = /^v/i.test(text) ? 'v' : '';
  const full = semver.valid(text);
  if (full) return { semver: full, parts: 3, prefix };
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)))
    return { semver: `${day[1]}${day[2]}${day[3]}.0.0`, parts: 1, prefix: '', calendar: true };
  const short = /^v?(0|[1-9]\d{0,8})(?:\.(0|[1-9]\d{0,8}))?$/i.exec(text);
  if (!short) return undefined;
  return { semver: `${short[1]}.${short[2] ?? 0}.0`, parts: short[2] === undefined ? 1 : 2, prefix };
}

/**
 * A SemVer version written as `like` is: `2.0.0` as `1.0` is written → `2.0`; as `v1` → `v2`. A calendar version's
 * next is a day: `today` if it is later than `version`'s day before it, else the day after that.
 */
export function inShape(version: string, like: LooseVersion, today?: string): string {
  if (like.calendar) {
    const previous = String(semver.major(version) - 1).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
    const after = new Date(Date.parse(`${previous}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    return today && today > previous ? today : after;
  }
  const numbers = [semver.major(version), semver.minor(version), semver.patch(version)].slice(0, like.parts).join('.');
  const pre = like.parts === 3 && semver.prerelease(version) ? version.slice(version.indexOf('-')) : '';
  return like.prefix + numbers + pre;
}

/** Maven's development versions (`3.4.1-SNAPSHOT`): work toward the release their numbers name. */
export const SNAPSHOT = /-SNAPSHOT$/i;
/** The release a development version works toward (`3.4.1-SNAPSHOT` → `3.4.1`); any other version as it is. */
export const releaseOf = (version: string) => version.replace(SNAPSHOT, '');

/**
 * The version after `frozen` a change of `level` needs, written as `like` is: `2.0` after `1.0`, `v3` after `v2`, a
 * later day, and on a development line (`3.4.1-SNAPSHOT`) the next one (`4.0.0-SNAPSHOT`), which the release drops.
 */
export function nextVersion(frozen: LooseVersion, level: Exclude<Level, 'none'>, like: LooseVersion, today?: string): string {
  const line = SNAPSHOT.test(like.semver) ? '-SNAPSHOT' : '';
  return inShape(semver.inc(releaseOf(frozen.semver), level)! + line, like, today);
}

/** The bump a version written like this can show: a change finer than its numbers needs none (`v2` for a minor). */
export function visibleBump(level: Level, like: LooseVersion): Level {
  if (level === 'patch' && like.parts < 3) return 'none';
  if (level === 'minor' && like.parts < 2) return 'none';
  return level;
}

/**
 * The highest of units' versions a freeze can be named after, as SemVer (`1.0` is 1.0.0): a prerelease releases
 * nothing yet, and a day is no SemVer a freeze could carry.
 */
export function highestRelease(versions: (string | undefined)[]): string | undefined {
  return versions
    .map((v) => looseVersion(v))
    .filter((v) => v && !v.calendar && !semver.prerelease(v.semver))
    .map((v) => v!.semver)
    .sort(semver.rcompare)[0];
}

/**
 * A version the build writes in (`@project.version@` for Spring Boot's Maven resources, `${project.version}` for
 * Maven's filtering, `${version}` for Gradle's `expand`, `{{version}}`, `%VERSION%`, `__VERSION__`): the version is
 * the build manifest's, not this text.
 */
export function isBuildPlaceholder(text: unknown): boolean {
  return typeof text === 'string' && /^\s*(@[\w.-]+@|\$\{[\w.-]+\}|\{\{\s*[\w.-]+\s*\}\}|%[\w.-]+%|__[A-Z][A-Z0-9_]*__)\s*$/.test(text);
}
