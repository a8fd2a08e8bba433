// Version gates: each affected module's version moved by at least what its changes need, with changelog,
// migration note and Contract Council approval for majors. Also the module summaries of the report.
import semver from 'semver';
import { unlessUnreadable } from '../../errors.js';
import { isBuildPlaceholder, looseVersion, nextVersion, releaseOf, SNAPSHOT, visibleBump } from '../../loose-version.js';
import { escapeRegExp, levelRank, maxLevel, type Change, type Level } from '../../model.js';
import { isObj } from '../../semantic/schema.js';
import type { Documents } from '../../source/tree.js';
import { generatorDefault, idAt, idWithVersion, manifestVersionWritten, unitSlug, versionAt, versionLine } from '../../units.js';
import { isSchemaVer, pathVersion, publishedAs } from '../../version-path.js';
import type { ChecklistItem, ModuleSummary } from '../../report/model.js';
import { finding, type Finding } from '../finding.js';
import { changelogHeading, changelogProposal, changesetProposal, migrationProposal } from '../proposals.js';
import { declaredBumps, isChangeset } from '../../changesets.js';
import { CONFIG_PATH, type Config } from '../config.js';
import { text, type PolicyCheck } from './context.js';
import { moduleImpact } from './impact.js';

export const versioning: PolicyCheck = (context) => {
  const { config, head, units } = context;
  const { changelog: configuredChangelog, migrations } = config.versioning;
  const impact = moduleImpact(context);
  const findings: Finding[] = [];
  const checklist: ChecklistItem[] = [];
  const modules: ModuleSummary[] = [];
  const changelogs = new Map<string, string | undefined>();
  const changelogText = (path: string) => {
    if (!changelogs.has(path)) changelogs.set(path, text(head.tree, path));
    return changelogs.get(path);
  };
  const headPaths = head.tree.paths();
  const headSet = new Set(headPaths);
  const nearest = unitChangelogs(headPaths, configuredChangelog, config.contracts);
  // released with changesets (as the base branch says: how the repository releases is not a pull request's to
  // choose): a package's next release is what its pending changesets declare
  const declaredBy = context.changesets
    ? declaredBumps(headPaths.filter(isChangeset).map((path) => ({ path, text: text(head.tree, path) ?? '' })))
    : undefined;
  const migrationTexts = head.paths.filter((p) => p.startsWith(migrations + '/')).map((p) => `${p}\n${text(head.tree, p) ?? ''}`);
  // one unit in the whole tree: its changelog entries need not name it (`## 1.4.0`)
  const single = units.single;
  // no file and no tag versions the contracts: their freezes are their releases (`init` makes the first one), and the
  // next freeze is named by what the changes need
  const byFreezes = !context.releaseTag && !units.versioned ? latestRelease(context.freezes) : undefined;
  let releaseLevel: Level = 'none';
  const baseFiles = new Set(context.base.paths);
  for (const { name, own, inherited, inheritedFiles } of impact.modules) {
    // where the version lives: the unit's home (a versions file, a document's info.version, a package.json, …)
    const home = units.get(name)?.home;
    // a version in the paths: what a new version changed since the one before needs its version; an edit of a
    // published one is the published-versions check's (and the Council's, when it breaks)
    const inPaths = home?.kind === 'path';
    const published = inPaths
      ? own.filter((c) => !baseFiles.has(context.movedFrom(c.file) ?? c.file) && pathVersion(c.file)?.unit === home?.file)
      : [];
    // a document of a major line (`api/v1/openapi.yaml`) versions what v1 may change; a break is not v1's to take
    const inLine = !inPaths && home && pathVersion(home.file)?.kind === 'line';
    const counted = inPaths ? published : [...own, ...inherited].filter((c) => !inLine || c.level !== 'major');
    const level = maxLevel(counted.map((c) => c.level));
    // shared files outside every unit: the units that reference them carry their changes
    const rest = !home && name === units.rest;
    if (rest && own.every((c) => impact.inheritedFiles.has(c.file))) continue;
    const versionsFile = home?.file ?? (rest ? config.modules.globals_versions : `${config.modules.root}/${name}/versions.yaml`);
    const pointer = home?.pointer ?? '/current';
    const key = pointer.slice(1).replace(/\//g, '.');
    // a unit whose version file moved had its version where that file was
    const was = home && context.movedFrom(home.file);
    // a unit still here whose version file the change removed had its version there
    const before = home || !units.has(name) ? undefined : units.homeBefore(name);
    const frozenVersion = versionAt(context.base.docs, was ? { ...home, file: was } : (home ?? before));
    const currentVersion = versionAt(head.docs, home);
    const changes = [...own, ...inherited];
    const majors = changes.filter((c) => c.level === 'major');
    if (level === 'none' && frozenVersion === currentVersion) {
      if ((inPaths || inLine) && majors.length) findings.push(councilFinding(name, versionsFile, majors.length, config));
      continue;
    }
    // a version written with fewer numbers (`1.0`, `v2`) is read as SemVer's first ones and bumped as it is written
    const frozen = looseVersion(frozenVersion);
    const current = looseVersion(currentVersion);
    const shape = current ?? frozen;
    const needed = requiredBump(level, frozen?.semver, config.versioning.zero_major);
    const visible = shape ? visibleBump(needed, shape) : needed;
    // SchemaVer (`1-0-0`, an Iglu registry's): a change every datum published before still validates against is an
    // ADDITION, the last number; only a break needs the first (MODEL)
    const schemaVer = inPaths && published.some((c) => isSchemaVer(pathVersion(c.file)));
    const required = schemaVer && visible === 'minor' ? 'patch' : visible;
    // no file carries a version: the repository's tags do (a Go module, a repository released by tagging), else its
    // freezes; the release is the tag or freeze made after merge, named as the last one was
    const tagged = !home && !currentVersion ? context.releaseTag : undefined;
    // a document whose version the build writes in is versioned by the build, not by freezes (said below)
    const built = !home && !currentVersion ? filledByBuild(own, head.docs) : '';
    const released = !tagged && !home && !currentVersion && !built ? byFreezes : undefined;
    const latest = tagged?.version ?? released;
    const needs = latest && requiredBump(level, latest, config.versioning.zero_major);
    const next = latest && needs && (needs === 'none' ? latest : semver.inc(latest, needs)!);
    const release = tagged
      ? { by: 'tag' as const, name: tagged.tag.replace(tagged.version, next!) }
      : released
        ? { by: 'freeze' as const, name: `v${next}` }
        : undefined;
    modules.push({
      name,
      level,
      changes: own.length,
      frozenVersion: latest ?? frozenVersion,
      currentVersion,
      requiredBump: needs || required,
      // released by tag or freeze, its version lives in no file
      ...(release ? { release } : { versionsFile, versionPointer: pointer }),
      ...(inPaths ? { versionInPaths: true as const } : {}),
      ...(inheritedFiles.length ? { inherits: inheritedFiles } : {}),
    });
    const at = { module: name, file: versionsFile };
    // the version it had at the baseline is gone: removing the file, or writing `latest`, turned the block of a
    // missing bump into a warning, and the Council's approval of the break let it through unversioned
    if (frozen && !current && (before || currentVersion !== undefined) && required !== 'none') {
      const file = before?.file ?? versionsFile;
      const how =
        currentVersion !== undefined
          ? ` (\`${key}: ${currentVersion}\` is not a version number)`
          : headSet.has(file)
            ? ''
            : ` (${file} was removed)`;
      const suggested = nextVersion(frozen, required, frozen, context.today);
      const line = home ? versionLine(head.docs, home) : undefined;
      findings.push(
        finding('version-removed', file, { module: name, frozen: frozenVersion, how, file, suggested, required }, { ...at, file, line }),
      );
      if (majors.length) findings.push(councilFinding(name, majors[0]!.file, majors.length, config));
      continue;
    }
    // a breaking change needs the Council whatever the versions say: a unit without one (or new at this version) was
    // let through with "passes: 1 breaking change" although a council was configured
    // on the unit's version file, or where it breaks when it has none (a file that does not exist is no place to look)
    const councilAt = headSet.has(versionsFile) ? versionsFile : (majors[0]?.file ?? versionsFile);
    const council = () => findings.push(councilFinding(name, councilAt, majors.length, config));
    if (tagged && level !== 'none') {
      checklist.push({
        text: `After merge, release it as the tag \`${release!.name}\` (needs ${needs}; the latest release is \`${tagged.tag}\`)`,
        done: false,
        module: name,
      });
      if (majors.length) council();
      continue;
    }
    if (released) {
      releaseLevel = maxLevel([releaseLevel, level]);
      if (majors.length) council();
      continue;
    }
    if (!current) {
      // `latest`, a date: written, but no version a change can be compared with
      const written = currentVersion ? ` (\`${key}: ${currentVersion}\` is not a version number)` : built;
      // where nothing versions anything, a file is one way; the repository's tags or its freezes are the others
      const also =
        rest && !units.versioned
          ? ', or release the contracts by git tag (`v1.0.0`) or by freeze (`contract-guard freeze create 1.0.0`)'
          : '';
      // a unit removed whole (its folder renamed, say) has no version left to write: its removals are the Council's
      const gone = !units.has(name) && !!units.homeBefore(name);
      if (level !== 'none' && !gone)
        findings.push(finding('version-missing', versionsFile, { module: name, file: versionsFile, key, written, also }, at));
      if (majors.length) council();
      continue;
    }
    if (!frozen) {
      if (majors.length) council();
      continue; // a new module: any first version will do
    }
    // on a development line (`3.4.1-SNAPSHOT`) the next is one too: `4.0.0-SNAPSHOT`, which the release then drops
    const suggested = required === 'none' ? frozenVersion! : nextVersion(frozen, required, shape!, context.today);
    // a package whose version the pull request left alone is released by its changesets (a release pull request,
    // which writes the version, is judged by it)
    const declared =
      declaredBy && home?.kind === 'package' && currentVersion === frozenVersion ? (declaredBy.get(name) ?? 'none') : undefined;
    const bump = declared ?? bumpOf(frozen.semver, current.semver);
    const pending = declared && declared !== 'none' ? nextVersion(frozen, declared, shape!, context.today) : undefined;
    // a version in a schema's `$id` is set by setting the `$id`
    const id = home && idAt(head.docs, home);
    const written = id ? idWithVersion(id, currentVersion!, suggested) : suggested;
    const params = {
      module: name,
      level,
      required,
      frozen: frozenVersion,
      current: currentVersion,
      suggested: written,
      bump,
      file: versionsFile,
      key,
      // as the file writes it: a pom.xml's `<version>`, a TOML `version = "…"`
      assignment: (home && manifestVersionWritten(head.docs, home, suggested)) ?? `${key}: ${written}`,
    };
    const line = versionLine(head.docs, home ?? { file: versionsFile, pointer, kind: 'versions' });
    // drafts are offered on the version line, which the author just edited (so the pull request's diff shows it)
    const anchor = line ? { file: versionsFile, line } : undefined;
    // drafts name the version the changes need: the current one when it is enough, else the suggested one
    const lower = semver.lt(current.semver, frozen.semver);
    // written as the team writes it: SchemaVer's `1-0-1` in the changelog and the migration note, not `1.0.1`
    const reached = levelRank(bump) >= levelRank(required) && !lower ? (pending ?? currentVersion!) : suggested;
    const target = schemaVer ? reached.replace(/\./g, '-') : releaseOf(reached);
    // the fix as a suggested change on the `current:` line: the version the changes need
    const suggestion = { find: currentVersion!, replace: suggested };
    // the newest version is what the changes are published as; a version removed is the Council's (a removal)
    const newest = inPaths ? published.map((c) => pathVersion(c.file)!).find((pv) => pv.version === currentVersion) : undefined;
    if (inPaths) {
      if (newest && levelRank(bump) < levelRank(required))
        findings.push(finding('version-path-too-low', versionsFile, { ...params, path: publishedAs(newest, suggested) }, at));
    } else if (declared !== undefined) {
      if (levelRank(bump) < levelRank(required)) {
        const proposal = { ...changesetProposal(name, required as Level, changes), anchor };
        const said = declared === 'none' ? 'no pending changeset declares one' : `its changesets declare a ${declared} one`;
        findings.push(finding('changeset-missing', versionsFile, { ...params, declared: said, draft: proposal.path }, { ...at, proposal }));
      }
    } else if (lower) findings.push(finding('version-decreased', versionsFile, params, { ...at, line, suggestion }));
    else if (levelRank(bump) < levelRank(required))
      findings.push(finding('version-bump-missing', versionsFile, params, { ...at, line, suggestion }));
    else if (levelRank(bump) > levelRank(required)) findings.push(finding('version-bump-excess', versionsFile, params, { ...at, line }));
    // a published version removed or broken in place breaks its readers, whatever the new version is (not counted above)
    if ((inPaths || inLine) && majors.length && level !== 'major') council();
    if (required !== 'none') {
      const bumped = levelRank(bump) >= levelRank(required) && !lower;
      // a task until it is done: what to bump to, not a "bumped 1.4.0 → 1.4.0" left unticked
      const now = currentVersion === frozenVersion ? '' : `; it is ${currentVersion} now`;
      if (declared !== undefined) {
        // the changeset is the changelog entry too: the release writes both
        checklist.push({
          text: bumped
            ? `A changeset declares a ${declared} release of \`${name}\` (needs ${required})`
            : `Add a changeset declaring a ${required} release of \`${name}\``,
          done: bumped,
          ruleId: 'changeset-missing',
          module: name,
        });
      } else if (newest)
        // a version in paths is not bumped but published: a folder or file of its own, written as the team writes it
        checklist.push({
          text: bumped
            ? `Changes of \`${name}\` published as \`${newest.written}\` (needs ${required})`
            : `Publish the changes of \`${name}\` as \`${publishedAs(newest, suggested)}\` (needs ${required}; they are \`${newest.written}\` now)`,
          done: bumped,
          ruleId: 'version-path-too-low',
          module: name,
        });
      else
        checklist.push({
          text: bumped
            ? `Version of \`${name}\` bumped ${frozenVersion} → ${currentVersion} (needs ${required})`
            : `Bump \`${name}\` from ${frozenVersion} to ≥ ${suggested} (needs ${required}${now})`,
          done: bumped,
          ruleId: 'version-bump-missing',
          module: name,
        });
      // the changelog entry and the migration note name the version bumped *to* (the target): what the drafts write
      // is what this check accepts; a unit's own changelog (nearer to it than the configured one) need not name it
      const unitLog = home ? nearest(home.file) : undefined;
      const changelogPath = unitLog ?? configuredChangelog;
      const changelog = changelogText(changelogPath);
      const alone = single || !!unitLog;
      const logged =
        declared !== undefined ||
        (!!changelog &&
          changelog
            .split('\n')
            .some((l) => (alone || l.includes(name) || l.includes(unitSlug(name))) && new RegExp(`\\b${escapeRegExp(target)}\\b`).test(l)));
      if (declared === undefined)
        checklist.push({
          text: `${changelogPath} has an entry for ${name} ${target}`,
          done: logged,
          ruleId: 'changelog-missing',
          module: name,
        });
      if (!logged) {
        const proposal = { ...changelogProposal(changelogPath, changelog, alone ? '' : name, target, changes, context.today), anchor };
        const entry = changelogHeading(changelog, alone ? '' : name, target, context.today);
        // a repository that keeps none is told how to start one, or how to stop being asked
        const none =
          changelog === undefined
            ? ' (there is none yet: create it, as drafted; keeping none, turn this warning off: `rules: {changelog-missing: off}`)'
            : '';
        const params = { changelog: changelogPath, module: name, current: target, entry, none };
        findings.push(finding('changelog-missing', changelogPath, params, { ...at, proposal }));
      }
    }
    if (level === 'major') {
      const noted = migrationTexts.some((t) => (t.includes(name) || t.includes(unitSlug(name))) && t.includes(target));
      checklist.push({
        text: `Migration note for ${name} ${target} in ${migrations}/`,
        done: noted,
        ruleId: 'migration-note-missing',
        module: name,
      });
      if (!noted) {
        const proposal = { ...migrationProposal(migrations, name, frozenVersion, target, majors), anchor };
        const params = { module: name, current: target, migrations, note: proposal.path };
        findings.push(finding('migration-note-missing', migrations, params, { ...at, proposal }));
      }
      council();
      // those of the published version, whom the break reaches, whatever the pull request leaves in the list
      const listed = consumersOf(head.docs, versionsFile);
      const dropped = consumersOf(context.base.docs, context.movedFrom(versionsFile) ?? versionsFile).filter((c) => !listed.includes(c));
      const consumers = [...dropped.map((c) => `${c} (dropped from the list by this pull request)`), ...listed];
      checklist.push({
        text: consumers.length
          ? `Notify the consumers of ${name}: ${consumers.join(', ')}`
          : home?.kind === 'versions'
            ? `Notify the consumers of ${name} (list them as \`consumers:\` in ${versionsFile})`
            : `Notify the consumers of ${name}`,
        done: false,
        module: name,
        breaking: true,
      });
    }
  }
  const needs = byFreezes && requiredBump(releaseLevel, byFreezes, config.versioning.zero_major);
  const release = byFreezes && needs && needs !== 'none' ? { version: semver.inc(byFreezes, needs)!, needs, latest: byFreezes } : undefined;
  return { findings, checklist, modules, ...(release ? { release } : {}) };
};

/** The highest version frozen, as SemVer. */
function latestRelease(freezes: { version: string }[]): string | undefined {
  return freezes
    .map((f) => f.version)
    .filter((v) => semver.valid(v))
    .sort(semver.rcompare)[0];
}

function councilFinding(module: string, file: string, count: number, config: Config): Finding {
  // a council nobody is in approves nothing: the one thing to do is to name it first
  const council =
    config.council.teams.length || config.council.users.length
      ? 'the Contract Council'
      : `the Contract Council once it has members (it has none: name them in \`council.teams\` or \`council.users\` of ${config.source?.file ?? CONFIG_PATH} on the default branch)`;
  return finding('major-change', file, { module, count, plural: count === 1 ? '' : 's', council }, { module, file });
}

function requiredBump(level: Level, frozen: string | undefined, zeroMajor: 'minor' | 'major'): Level {
  if (level === 'major' && frozen && semver.major(frozen) === 0 && zeroMajor === 'minor') return 'minor';
  return level;
}

function bumpOf(from: string, to: string): Level {
  // one development version after another moves the line toward the release its numbers name: 3.4.1-SNAPSHOT to
  // 4.0.0-SNAPSHOT is a major bump, as 3.4.1 to 4.0.0 is
  if (SNAPSHOT.test(from) && SNAPSHOT.test(to)) return bumpOf(releaseOf(from), releaseOf(to));
  // a prerelease (0.4.0-rc.1) releases nothing yet: it does not meet "at least 0.4.0"
  if (semver.prerelease(to)) return 'none';
  const d = semver.diff(from, to);
  if (!d) return 'none';
  if (d === 'major' || d === 'premajor') return 'major';
  if (d === 'minor' || d === 'preminor') return 'minor';
  return 'patch';
}

/**
 * The consumers a versions file names (`consumers: [billing, search]`, or one per line), as its YAML reads: an
 * expression over the text took time quadratic in a run of blank lines after `consumers:` (100 KB: 9 s).
 */
function consumersOf(docs: Documents, versionsFile: string): string[] {
  const data = unlessUnreadable(() => (docs.has(versionsFile) ? docs.get(versionsFile).data : undefined));
  const listed = isObj(data) ? data.consumers : undefined;
  const named = (c: unknown) =>
    typeof c === 'string' || typeof c === 'number' ? String(c).trim() : isObj(c) && typeof c.name === 'string' ? c.name : '';
  return (Array.isArray(listed) ? listed : typeof listed === 'string' ? [listed] : []).map(named).filter(Boolean);
}

/**
 * Why a unit without a version has none when one of its documents leaves its version to the build
 * (`info.version: @project.version@`) and no build manifest beside it has one; else ''.
 */
function filledByBuild(changes: Change[], docs: Documents): string {
  for (const file of new Set(changes.map((c) => c.file))) {
    const data = unlessUnreadable(() => (docs.has(file) ? docs.get(file).data : undefined));
    const version = isObj(data) && isObj(data.info) ? data.info.version : undefined;
    const generator = isObj(data) ? generatorDefault(data.info) : undefined;
    if (isBuildPlaceholder(version) || generator)
      return ` (\`info.version: ${version}\` in ${file} is ${generator ? `what ${generator} writes when given no version` : 'written in by the build'}, and no build manifest beside it, such as pom.xml, build.gradle or package.json, has a version)`;
  }
  return '';
}

/**
 * A unit's own changelog: the nearest file named like the configured one in its home's folder or above it, below the
 * configured one's folder and the contracts root (whose changelog is the configured one, spelt from there): a
 * service's `services/billing/CHANGELOG.md`, a package's.
 */
function unitChangelogs(paths: string[], configured: string, root: string): (home: string) => string | undefined {
  const slash = configured.lastIndexOf('/');
  const name = configured.slice(slash + 1);
  const stops = new Set(['', configured.slice(0, slash + 1), root ? root + '/' : '']);
  const present = new Set(paths.filter((p) => p.endsWith('/' + name)));
  return (home) => {
    for (let dir = home.slice(0, home.lastIndexOf('/') + 1); !stops.has(dir); dir = dir.slice(0, dir.lastIndexOf('/', dir.length - 2) + 1))
      if (present.has(dir + name)) return dir + name;
    return undefined;
  };
}
