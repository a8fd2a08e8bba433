// `contract-guard bump`: move each changed module's version to what its changes need, then write what the policy
// then asks for (the changelog entry, and for a major the migration note) from the same drafts the pull-request
// comment offers. Only the files it names are touched; an existing migration note is never replaced.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { looseVersion, nextVersion } from '../core/loose-version.js';
import { isManifest, readManifest } from '../core/manifests.js';
import { replaceString } from '../core/scaffold/edit.js';
import { formatOf, parseText } from '../core/source/parse.js';
import { idWithVersion } from '../core/units.js';
import { repoTop } from '../adapters/git-tree.js';
import { InputError } from '../core/errors.js';
import type { Level } from '../core/model.js';
import type { Report } from '../core/report/model.js';
import { runCheck } from './check-run.js';
import { CHANGESET_DIR } from '../core/changesets.js';

export interface BumpInput {
  cwd: string;
  module?: string;
  level?: Exclude<Level, 'none'>;
  root?: string;
  configPath?: string;
  /** A line, in the author's words, that opens the changelog entry. */
  summary?: string;
}

export interface BumpResult {
  /** One line per file written. */
  written: string[];
  /** What was left alone, and why. */
  notes: string[];
  report: Report;
}

export async function bump(input: BumpInput): Promise<BumpResult> {
  const top = await repoTop(input.cwd);
  const check = () => runCheck({ cwd: top, root: input.root, configPath: input.configPath });
  const written: string[] = [];
  const notes: string[] = [];
  let modules = (await check()).modules.filter((m) => m.versionsFile !== undefined || m.requiredBump !== undefined);
  if (input.module) {
    const named = modules.filter((m) => m.name === input.module);
    if (!named.length)
      throw new InputError(
        `module '${input.module}' has no contract changes since the baseline${modules.length ? ` (changed: ${modules.map((m) => m.name).join(', ')})` : ''}`,
      );
    modules = named;
  }
  if (!modules.length) notes.push('no module has contract changes since the baseline: nothing to bump');
  for (const m of modules) {
    const level = input.level ?? m.requiredBump;
    if (!level || level === 'none') {
      notes.push(`${m.name}: its changes need no version bump`);
      continue;
    }
    if (m.release) {
      // its releases are the repository's tags or freezes: nothing in the tree to write
      const how = m.release.by === 'tag' ? `the tag \`${m.release.name}\`` : `\`contract-guard freeze create ${m.release.name.slice(1)}\``;
      notes.push(`${m.name}: no file carries its version, so bump writes none; after merge, release it as ${how} (needs ${level})`);
      continue;
    }
    const frozen = looseVersion(m.frozenVersion);
    if (!frozen) {
      notes.push(`${m.name}: a new module (no frozen version); set its first version yourself`);
      continue;
    }
    if (m.versionInPaths) {
      // its version is a folder or file name: moving what the pull request published is the author's call, not ours
      notes.push(
        `${m.name}: its version is written in its paths (${m.versionsFile}); bump moves no files: publish the changes under the version the check names`,
      );
      continue;
    }
    if (/(^|\/)package\.json$/.test(m.versionsFile ?? '') && existsSync(join(top, CHANGESET_DIR, 'config.json'))) {
      // released with changesets: the release writes the version; what the change needs is declared in a changeset
      notes.push(`${m.name}: released with changesets, so its version is left to the release; a changeset declares the bump`);
      continue;
    }
    const file = m.versionsFile && join(top, m.versionsFile);
    if (!file || !existsSync(file)) {
      notes.push(`${m.name}: ${m.versionsFile ?? 'its versions file'} does not exist; create it with \`current: <version>\``);
      continue;
    }
    // written as the team writes it: `1.0` becomes `2.0`, `v2` becomes `v3`
    const next = nextVersion(frozen, level, looseVersion(m.currentVersion) ?? frozen, new Date().toISOString().slice(0, 10));
    if (m.currentVersion === next) {
      notes.push(`${m.name}: already at ${next}`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    // a version is never written in an Avro IDL file: read as YAML, it has no such key, and is said so below
    const format = ((f) => (f === 'json' ? f : 'yaml'))(formatOf(m.versionsFile!));
    const path = (m.versionPointer ?? '/current').split('/').slice(1);
    // the version's own value changes where it is written (versions.yaml, info.version, package.json, pom.xml); every other
    // byte stays
    let edited: string;
    try {
      edited = isManifest(m.versionsFile!)
        ? replaceManifestVersion(m.versionsFile!, text, next)
        : replaceString(text, format, path, path.join('/') === '$id' ? idBumped(text, format, m.currentVersion!, next) : next);
    } catch {
      notes.push(`${m.name}: ${m.versionsFile} has no '${path.join('.')}' to update`);
      continue;
    }
    writeFileSync(file, edited);
    written.push(
      `${m.versionsFile}: ${m.name}${path.join('.') === 'current' ? '' : ` ${path.join('.')}`} ${m.currentVersion ?? '(none)'} → ${next} (${level}, from the frozen ${m.frozenVersion})`,
    );
  }
  // what the policy now asks for, for the modules bumped: the same drafts a pull request is offered
  const names = new Set(modules.map((m) => m.name));
  const after = await check();
  for (const draft of after.drafts ?? []) {
    if (!draft.module || !names.has(draft.module)) continue;
    const { path, after: line } = draft.proposal;
    // the author's summary opens a changelog entry, above the changes it lists
    const text =
      input.summary && draft.ruleId === 'changelog-missing'
        ? draft.proposal.text.replace(/^(## .*\n)/m, `$1- ${input.summary}\n`)
        : input.summary && draft.ruleId === 'changeset-missing'
          ? draft.proposal.text.replace(/^(---\n[\s\S]*?\n---\n\n)/, `$1${input.summary}\n\n`)
          : draft.proposal.text;
    const full = join(top, path);
    if (line === undefined) {
      if (existsSync(full)) {
        notes.push(`${path} exists: left as it is`);
        continue;
      }
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
      written.push(
        draft.ruleId === 'changeset-missing'
          ? `${path}: a changeset declaring the ${draft.module} release its changes need`
          : `${path}: created from the breaking changes (fill in the dates)`,
      );
      continue;
    }
    const old = readFileSync(full, 'utf8');
    const eol = old.includes('\r\n') ? '\r\n' : '\n';
    const lines = old.split(/\r?\n/);
    lines.splice(line, 0, ...text.replace(/\n$/, '').split('\n'));
    writeFileSync(full, lines.join(eol));
    written.push(`${path}: added the ${draft.module} entry`);
  }
  return { written, notes, report: written.length ? await check() : after };
}

function replaceManifestVersion(file: string, text: string, next: string): string {
  const at = readManifest(file, text)?.version;
  if (!at) throw new Error(`${file} has no version`);
  return text.slice(0, at.start) + next + text.slice(at.end);
}

/** A schema's `$id` with its version moved (`…/order/1.3.0/order.json` → `…/order/2.0.0/order.json`). */
function idBumped(text: string, format: 'json' | 'yaml', current: string, next: string): string {
  const id = (parseText('$id', text, format).data as { $id?: unknown }).$id;
  if (typeof id !== 'string') throw new Error('no $id');
  return idWithVersion(id, current, next);
}
