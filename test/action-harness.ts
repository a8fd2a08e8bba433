// The built Action (dist/index.js) run the way GitHub runs it: a bare origin, a shallow workspace clone, the event
// payload and environment, and GITHUB_API_URL pointing at the fake GitHub server.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FakeGitHub } from './fake-github.js';
import { builtOnce, commitAll, gitRepo, gitRepoFrozen, gitRun, PROJECT, tempDir, writeTree } from './helpers.js';

export interface Setup {
  origin: string;
  work: string;
  heads: Record<string, string>;
}

/** origin (bare) with main (sample + freeze) and branches; the workspace is a shallow clone of `branch`. */
export function setup(
  base: Record<string, string>,
  branches: Record<string, Record<string, string>>,
  checkout: string,
  config: string | null,
): Setup {
  const src = join(tempDir('cg-src-'), 'shop');
  cpSync(mainBranch(base, config), src, { recursive: true });
  const heads: Record<string, string> = {};
  for (const [name, files] of Object.entries(branches)) {
    gitRun(src, 'checkout', '--quiet', '-B', name, 'main');
    writeTree(src, files);
    commitAll(src, name);
    heads[name] = gitRun(src, 'rev-parse', 'HEAD').trim();
  }
  const origin = join(tempDir('cg-origin-'), 'shop.git');
  gitRun(src, 'clone', '--quiet', '--bare', src, origin);
  const work = join(tempDir('cg-ws-'), 'shop');
  gitRun(tempDir(), 'clone', '--quiet', '--depth', '1', '--branch', checkout, `file://${origin}`, work);
  return { origin, work, heads };
}

/** main as `setup` starts from, built once per test file for each base and config (`setup` copies it). */
function mainBranch(base: Record<string, string>, config: string | null): string {
  const files = { ...base, ...(config === null ? {} : { '.github/contract-guard.yml': config }) };
  // a first freeze, unless the contracts bring their own
  const frozen = Object.keys(base).some((p) => p.includes('/_frozen/'));
  return builtOnce(['main', files, frozen], () => (frozen ? gitRepo(files) : gitRepoFrozen(files, '1.0.0', 'freeze')));
}

export function addBranch(s: Setup, name: string, from: string, files: Record<string, string>): string {
  const tmp = join(tempDir('cg-push-'), 'w');
  gitRun(tempDir(), 'clone', '--quiet', `file://${s.origin}`, tmp);
  gitRun(tmp, 'checkout', '--quiet', '-B', name, `origin/${from}`);
  writeTree(tmp, files);
  commitAll(tmp, name);
  gitRun(tmp, 'push', '--quiet', '--force', 'origin', name);
  return gitRun(tmp, 'rev-parse', 'HEAD').trim();
}

export interface Run {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

export async function runAction(
  fake: FakeGitHub,
  s: Setup,
  event: { name?: string; action?: string; head: string; fork?: boolean; extra?: Record<string, unknown>; env?: Record<string, string> },
  inputs: Record<string, string> = {},
): Promise<Run> {
  const dir = tempDir('cg-run-');
  // GitHub's API answers about the repository the workflow checked out (compare, trees): the fake serves its origin
  fake.gitRoot ??= tempDir('cg-gitroot-');
  const served = join(fake.gitRoot, 'acme', 'shop.git');
  mkdirSync(dirname(served), { recursive: true });
  rmSync(served, { force: true });
  symlinkSync(s.origin, served);
  const payload = {
    action: event.action ?? 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      base: { ref: 'main', repo: { full_name: 'acme/shop' } },
      head: {
        sha: event.head,
        ref: 'feature',
        repo: {
          full_name: event.fork ? 'mallory/shop' : 'acme/shop',
          html_url: `https://github.com/${event.fork ? 'mallory' : 'acme'}/shop`,
        },
      },
    },
    repository: { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' } },
    ...event.extra,
  };
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  const env: Record<string, string> = {
    PATH: process.env.PATH!,
    HOME: process.env.HOME ?? dir,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_EVENT_NAME: event.name ?? 'pull_request',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_WORKSPACE: s.work,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_API_URL: fake.url,
    RUNNER_TEMP: dir,
    CONTRACT_GUARD_RETRY_BASE_MS: '10',
    // the fake needs no pacing of writes (a second each): the tests of rate limits turn it back on
    CONTRACT_GUARD_THROTTLE: 'off',
    'INPUT_GITHUB-TOKEN': 'ghs_test',
    'INPUT_FAIL-ON': 'blocked',
    INPUT_COMMENT: 'true',
    'INPUT_CHECK-NAME': 'contract-guard',
    INPUT_CONFIG: '.github/contract-guard.yml',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...event.env,
  };
  const child = spawn(process.execPath, [join(PROJECT, 'dist', 'index.js')], { cwd: s.work, env });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stdout += c.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  const outputs: Record<string, string> = {};
  const raw = readFileSync(join(dir, 'output'), 'utf8');
  for (const m of raw.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { code, stdout, outputs, summary: readFileSync(join(dir, 'summary'), 'utf8') };
}
