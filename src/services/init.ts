// `contract-guard init`: set a repository up from what it holds. Writes the policy (commented, with its JSON
// Schema beside it for editors), the Action's workflow and a first freeze; never replaces a file that exists.
import { counted } from '../core/model.js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import semver from 'semver';
import { highestRelease } from '../core/loose-version.js';
import { git, repoTop } from '../adapters/git-tree.js';
import { FsTree } from '../adapters/fs-tree.js';
import { InputError, unlessUnreadable } from '../core/errors.js';
import { lintOpenApi } from '../core/policy/lint.js';
import { detectKind, unjudgedFormat } from '../core/source/kind.js';
import { Documents } from '../core/source/tree.js';
import { readVersion } from '../core/modules.js';
import { CONFIG_PATH, CONFIG_SCHEMA, DEFAULT_CONFIG, parseConfig } from '../core/policy/config.js';
import { readRuleset } from './spectral-lint.js';
import { configText, detectLayout, workflowText, type DetectedLayout } from '../core/policy/init-layout.js';
import { FreezeStore } from './freezes.js';
import { releaseTag } from './baseline.js';
import { withGitSource } from '../adapters/git-source.js';
import { contractScope, inDependencyDir } from '../core/policy/scope.js';

export const SCHEMA_PATH = '.github/contract-guard.schema.json';
export const WORKFLOW_PATH = '.github/workflows/contract-guard.yml';

export interface InitResult {
  layout: DetectedLayout;
  written: string[];
  kept: string[];
  /** What still needs a person. */
  notes: string[];
}

export async function init(cwd: string, action: string): Promise<InitResult> {
  const top = await repoTop(cwd);
  const listed = await git(top).raw(['ls-files', '--cached', '--others', '--exclude-standard', '-z']);
  const paths = listed.split('\0').filter(Boolean);
  const read = (p: string) => (existsSync(join(top, p)) ? readFileSync(join(top, p), 'utf8') : undefined);
  const layout = detectLayout(paths, read);
  if (layout.spectral) {
    // propose the ruleset only if the check can run it: a refused one would stop every check
    try {
      await readRuleset({ ...DEFAULT_CONFIG, spectral: { ruleset: layout.spectral.file } }, async (p) => read(p));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      layout.spectral.refused = err.message.replace(/^Spectral ruleset refused: /, '');
    }
  }
  // the house rules are proposed only to a repository whose OpenAPI documents already follow them
  const docs = new Documents(new FsTree(top, [layout.root]));
  const candidates = layout.found.map((f) => f.file);
  const apis = candidates.filter(
    (p) =>
      detectKind(
        p,
        undefined,
        unlessUnreadable(() => docs.get(p).data),
      ) === 'openapi',
  );
  if (apis.length && !lintOpenApi(docs, apis).length) layout.preset = 'memoryos';
  const written: string[] = [];
  const kept: string[] = [];
  const write = (path: string, text: string, what: string) => {
    const full = join(top, path);
    if (existsSync(full)) {
      kept.push(path);
      return;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    written.push(`${path} (${what})`);
  };
  const policy = configText(layout, SCHEMA_PATH.split('/').pop()!);
  parseConfig(CONFIG_PATH, policy); // what we write must be a policy contract-guard accepts
  write(CONFIG_PATH, policy, 'the policy, with comments');
  write(SCHEMA_PATH, JSON.stringify(CONFIG_SCHEMA, null, 2) + '\n', 'its JSON Schema, for editors');
  write(WORKFLOW_PATH, workflowText(action), 'the Action on pull requests and after merges');
  const root = join(top, layout.root);
  let releasedBy: string | undefined;
  if (existsSync(root) && layout.found.length) {
    const inScope = contractScope({ contracts: layout.root, scope: layout.scope ?? [] });
    const prefix = layout.root ? layout.root + '/' : '';
    const store = new FreezeStore(
      root,
      (n) => [layout.root, '_frozen', n].filter(Boolean).join('/'),
      (p) => inScope(prefix + p),
    );
    if (!store.latest()) {
      // no file carries a version: the repository's release tags may (a Go module's `v1.2.0`)
      const tagged = await withGitSource(top, (source) => releaseTag(source, 'HEAD')).catch(() => undefined);
      const version = firstFreezeVersion(layout, read, tagged?.version);
      const { file, freeze } = store.create(version, {});
      written.push(`${file} (the first freeze: v${version}, ${counted(freeze.artifacts.length, 'artifact')})`);
      // how the contracts are released, where no file says: told now, not at the first pull request
      if (!layout.units.some((u) => u.version) && !layout.globalsVersions)
        releasedBy = tagged
          ? `no file versions these contracts: the repository's tags release them (the latest is ${tagged.tag}); each check names the tag a change needs`
          : `no file or tag versions these contracts: their freezes are their releases (this one is v${version}), and each check names the next a change needs (\`contract-guard freeze create 2.0.0\` after a break); to version them in a file instead, write it in a VERSION file, a versions.yaml or a package.json`;
    } else kept.push(`${layout.root || '.'}/_frozen (freezes exist)`);
  }
  const policyNow = unlessUnreadable(() => parseConfig(CONFIG_PATH, readFileSync(join(top, CONFIG_PATH), 'utf8')));
  const notes =
    policyNow && !policyNow.council.teams.length && !policyNow.council.users.length
      ? [
          `the Contract Council is empty: no one can approve a major change until council.teams or council.users in ${CONFIG_PATH} names someone`,
        ]
      : [];
  if (releasedBy) notes.push(releasedBy);
  // contracts in formats the check lists when they change but does not judge: said here, not found to be nothing
  const unjudged = paths
    .filter((p) => !inDependencyDir(p))
    .flatMap((p) => {
      const u = unjudgedFormat(p);
      return u ? [`${p} (${u.format}: ${u.tool})`] : [];
    });
  if (unjudged.length)
    notes.push(
      `${counted(unjudged.length, 'contract')} in formats check lists when they change but does not judge (review them by hand, or in CI with the tool named): ${unjudged.slice(0, 10).join(', ')}${unjudged.length > 10 ? `, and ${unjudged.length - 10} more` : ''}`,
    );
  if (!layout.found.length)
    notes.push(
      `no contract ${unjudged.length ? 'it judges ' : ''}found (OpenAPI, AsyncAPI, JSON Schema, Avro): set \`contracts:\` to where they will be`,
    );
  return { layout, written, kept, notes };
}

/**
 * The first freeze is named after the version the contracts already carry: the house's root versions.yaml, else the
 * one unit's version, else the highest of the units' versions, else the latest release tag; 1.0.0 when none has one.
 */
function firstFreezeVersion(layout: DetectedLayout, read: (p: string) => string | undefined, tagged?: string): string {
  const globals = layout.globalsVersions && readVersion(read(layout.globalsVersions));
  if (globals && semver.valid(globals)) return globals;
  // as SemVer: a document at `1.0` or `v2` is frozen as 1.0.0 or 2.0.0
  return highestRelease(layout.units.map((u) => u.version)) ?? tagged ?? '1.0.0';
}
