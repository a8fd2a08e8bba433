import assert from 'node:assert/strict';
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { diffTrees, type DiffOptions } from '../src/core/diff/tree-diff.js';
import type { DiffResult } from '../src/core/model.js';
import type { Report } from '../src/core/report/model.js';
import { MapTree } from '../src/core/source/tree.js';
import { FreezeStore, freezeScope } from '../src/services/freezes.js';
import { dump } from 'js-yaml';

export const PROJECT = resolve(import.meta.dirname, '..');
export const CLI = join(PROJECT, 'dist', 'cli.js');

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The files of a folder as `{path: text}`, paths prefixed with `prefix` (`contracts`), folders named in `skip` left out. */
export function filesUnder(dir: string, prefix = '', skip: string[] = []): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string, rel: string) => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      const path = rel ? `${rel}/${name}` : name;
      if (statSync(full).isDirectory()) {
        if (!skip.includes(name)) walk(full, path);
      } else files[path] = readFileSync(full, 'utf8');
    }
  };
  walk(dir, prefix);
  return files;
}

export function tempDir(prefix = 'cg-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

export function writeTree(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

export function gitRun(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });
}

/** A real git repository: `files` committed on main. */
export function gitRepo(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('cg-repo-');
  gitRun(dir, 'init', '--quiet', '--initial-branch=main');
  writeTree(dir, files);
  gitRun(dir, 'add', '-A');
  gitRun(dir, 'commit', '--quiet', '-m', 'base');
  return dir;
}

export function commitAll(dir: string, message: string): void {
  gitRun(dir, 'add', '-A');
  gitRun(dir, 'commit', '--quiet', '--allow-empty', '-m', message);
}

/** `base` on main, and a branch `pr` whose files are `files` over it (undefined: removed), committed and checked out. */
export function pullRequestRepo(base: Record<string, string>, files: Record<string, string | undefined>): string {
  const dir = gitRepo(base);
  gitRun(dir, 'checkout', '--quiet', '-b', 'pr');
  for (const [path, text] of Object.entries(files)) {
    if (text === undefined) rmSync(join(dir, path));
    else {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  }
  commitAll(dir, 'pr');
  return dir;
}

/** `check` of the branch `pr` against `main`, as JSON: its verdict's exit status and its report (never exit 2). */
export function checkPullRequest(dir: string): { status: number | null; report: Report } {
  const r = runCli(['check', '--base-branch', 'main', '--head', 'pr', '--format', 'json'], dir);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return { status: r.status, report: JSON.parse(r.stdout) as Report };
}

/** Repositories built in this test file, by what they hold. */
const built = new Map<string, string>();

/** The repository `build` makes for `key`, built once per test file: callers copy it (a repository's copy is the repository). */
export function builtOnce(key: unknown, build: () => string): string {
  const text = JSON.stringify(key, (_, v: unknown) => (v instanceof Uint8Array ? [...v] : v));
  let dir = built.get(text);
  if (!dir) built.set(text, (dir = build()));
  return dir;
}

/**
 * `files` committed on main, then frozen at `version` and the freeze committed (`message`): a fixture, so frozen by the
 * freeze service in this process (what `freeze create` runs; its own tests run the built CLI) rather than a CLI process
 */
export function gitRepoFrozen(files: Record<string, string | Uint8Array>, version = '1.0.0', message = `freeze ${version}`): string {
  const dir = gitRepo(files);
  const { root, keep } = freezeScope(dir, undefined);
  new FreezeStore(join(dir, root), undefined, keep).create(version);
  commitAll(dir, message);
  return dir;
}

/** A copy of `gitRepoFrozen(files, version, message)`, built once per content in a test file. */
export function frozenRepo(files: Record<string, string | Uint8Array>, version = '1.0.0', message = `freeze ${version}`): string {
  const copy = tempDir('cg-repo-');
  cpSync(
    builtOnce(['frozen', files, version, message], () => gitRepoFrozen(files, version, message)),
    copy,
    { recursive: true },
  );
  return copy;
}

/**
 * The built CLI run with a module hook that writes down every file it loads: its exit status, and the text of those
 * files joined (bundled code keeps its `// node_modules/...` and `// src/...` markers), to test what a command loads.
 */
export function cliLoads(args: string[], cwd: string): { status: number | null; text: string } {
  const dir = tempDir('cg-loads-');
  const log = join(dir, 'loaded.txt');
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }\n`,
  );
  writeFileSync(log, '');
  const register = join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, CLI, ...args], { cwd, encoding: 'utf8' });
  const files = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  if (!files.some((f) => f.endsWith('/dist/cli.js'))) throw new Error(`the module hook saw nothing load: ${r.stderr}`);
  return { status: r.status, text: files.map((f) => readFileSync(fileURLToPath(f), 'utf8')).join('\n') };
}

export function runCli(args: string[], cwd = PROJECT): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** Diff two single documents held in memory. `name` decides the kind (e.g. `x.schema.json`, `api.yaml`). */
export function diffDocs(base: unknown, revision: unknown, name = 'doc.schema.json', options: DiffOptions = {}): DiffResult {
  const text = (d: unknown) => (typeof d === 'string' ? d : name.endsWith('.json') ? JSON.stringify(d, null, 2) : dump(d));
  return diffTrees(new MapTree([[name, text(base)]]), new MapTree([[name, text(revision)]]), options);
}

export function ids(result: DiffResult): string[] {
  return result.changes.map((c) => c.ruleId).sort();
}

/** A minimal OpenAPI 3.1 document around one operation. */
export function api(
  operation: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  path = '/items',
  method = 'post',
): Record<string, unknown> {
  return { openapi: '3.1.0', info: { title: 't', version: '1.0.0' }, paths: { [path]: { [method]: operation } }, ...extra };
}

export function jsonBody(schema: unknown, required = true): Record<string, unknown> {
  return { required, content: { 'application/json': { schema } } };
}

export function okResponse(schema: unknown, status = '200'): Record<string, unknown> {
  return { [status]: { description: 'ok', content: { 'application/json': { schema } } } };
}
