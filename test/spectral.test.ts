// Spectral in the same check, through the built CLI on real repositories: the ruleset's findings with the ratchet,
// only Spectral's own rulesets and functions, never code or anything remote.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Report } from '../src/core/report/model.js';
import { RULESET, shopSpec } from './fixtures.js';
import { cliLoads, commitAll, gitRepo, runCli, writeTree, frozenRepo } from './helpers.js';

/** The shop at 1.0.0, frozen, with a ruleset; the working tree then gets `change`. */
function shop(ruleset: Record<string, string>, change: Record<string, string>, config?: string): string {
  const dir = frozenRepo(
    {
      'contracts/modules/shop/versions.yaml': 'current: 1.0.0\n',
      'contracts/modules/shop/api/openapi.yaml': shopSpec(),
      'contracts/CHANGELOG.md': '# log\n',
      ...ruleset,
      ...(config ? { '.github/contract-guard.yml': config } : {}),
    },
    '1.0.0',
    'freeze',
  );
  writeTree(dir, change);
  return dir;
}
const ADDED = {
  'contracts/modules/shop/api/openapi.yaml': shopSpec({ extraOps: 1 }),
  'contracts/modules/shop/versions.yaml': 'current: 1.1.0\n',
  'contracts/CHANGELOG.md': '# log\n## shop 1.1.0\n- extra\n',
};
const report = (dir: string) => JSON.parse(runCli(['check', '--format', 'json'], dir).stdout) as Report;

describe('Spectral in the check', () => {
  test("only the rulesets a ruleset extends are loaded (Spectral's AsyncAPI and Arazzo rulesets are megabytes of code)", () => {
    const loads = (ruleset: string) => {
      const { status, text } = cliLoads(['check', '--format', 'json'], shop({ '.spectral.yaml': ruleset }, ADDED));
      assert.ok(status === 0 || status === 1, `check ran (${status})`);
      return ['oas', 'asyncapi', 'arazzo'].filter((name) =>
        text.includes(`// node_modules/@stoplight/spectral-rulesets/dist/${name}/index.js`),
      );
    };
    assert.deepEqual(loads(RULESET), ['oas']);
    assert.deepEqual(loads('extends: [spectral:asyncapi, [spectral:oas, off]]\n'), ['oas', 'asyncapi']);
    assert.deepEqual(loads('rules:\n  x-own:\n    given: $.info\n    then: {field: title, function: truthy}\n'), []);
  });
  test('a new error-level finding blocks at its line; the same finding already at the baseline is debt', () => {
    const dir = shop({ '.spectral.yaml': RULESET }, ADDED);
    const r = report(dir);
    const blocking = r.violations!.filter((v) => v.blocking);
    assert.deepEqual(
      blocking.map((v) => [v.ruleId, v.file, v.line]),
      [['spectral-error', 'contracts/modules/shop/api/openapi.yaml', shopSpec({ extraOps: 1 }).split('\n').indexOf('    get:', 20) + 1]],
    );
    assert.match(blocking[0]!.message, /Every operation says what it does\. \(Spectral rule operation-description-required\)/);
    assert.match(blocking[0]!.fix, /lower its severity in the ruleset \(\.spectral\.yaml\) on the default branch/);
    const debt = r.warned!.filter((v) => v.ruleId === 'spectral-error');
    assert.equal(debt.length, 1, 'GET /items had no description at the baseline already');
    assert.match(debt[0]!.message, /already at the baseline/);
    assert.equal(runCli(['check'], dir).status, 1);
  });

  test('in the comment, debt waits collapsed below what this pull request must fix', () => {
    const dir = shop({ '.spectral.yaml': RULESET }, ADDED);
    const md = runCli(['check', '--format', 'markdown'], dir).stdout;
    const [top, ...others] = md.split('<details>');
    const rest = others.join('<details>');
    assert.match(top!, /^\*\*To do:\*\* .*Every operation says what it does/m);
    assert.match(rest, /^<summary>.*1 old problem<\/summary>/);
    assert.match(rest, /^\*\*1 problem already on the base branch\*\* \(debt: reported, not blocking\)$/m);
    assert.doesNotMatch(top!, /already at the baseline/);
    assert.match(
      rest!,
      /^- contracts\/modules\/shop\/api\/openapi\.yaml: Every operation says what it does\. \(Spectral rule operation-description-required\) <sub>/m,
    );
    // in the terminal too: the debt comes last, after every change, and is not among the warnings at the top
    const text = runCli(['check'], dir).stdout.split('\n');
    const debtAt = text.indexOf('already on the base branch (debt, not blocking): 1');
    assert.ok(debtAt > 0, text.join('\n'));
    assert.ok(text.slice(0, debtAt).every((l) => !/already at the baseline/.test(l)));
    assert.ok(text.findIndex((l) => /^(MAJOR|MINOR|PATCH|NONE) /.test(l)) < debtAt);
  });

  test('a warn-level finding never blocks; the ruleset named in the config is the one used', () => {
    const odd = { ...ADDED, 'contracts/modules/shop/api/openapi.yaml': shopSpec({ extraOps: 1 }).replace('/extra/0', '/Extra_Zero') };
    const lenient = RULESET.replace('severity: error', 'severity: warn');
    const dir = shop(
      { 'contracts/tooling/spectral.config.yaml': lenient },
      odd,
      'spectral:\n  ruleset: contracts/tooling/spectral.config.yaml\n',
    );
    const r = report(dir);
    assert.equal(r.blocked, false);
    assert.ok(r.warned!.some((v) => v.ruleId === 'spectral-warning' && /path-kebab/.test(v.message) && !/baseline/.test(v.message)));
    const missing = shop({}, {}, 'spectral:\n  ruleset: lint/spectral.yaml\n');
    const m = runCli(['check'], missing);
    assert.equal(m.status, 2);
    assert.equal(
      m.stderr,
      'contract-guard: error: .github/contract-guard.yml:2: config key spectral.ruleset names lint/spectral.yaml, which is not in the repository\n',
    );
  });

  test('rulesets that would run code or load anything are refused, one line naming file and line', () => {
    const cases: [string, RegExp][] = [
      ['functions: [isKebab]\nrules: {}\n', /^\.spectral\.yaml:1: Spectral ruleset refused: `functions` loads JavaScript/],
      ['functionsDir: ./fns\n', /^\.spectral\.yaml:1: Spectral ruleset refused: `functionsDir` loads JavaScript/],
      [
        'extends: https://example.com/ruleset.yaml\n',
        /^\.spectral\.yaml:1: Spectral ruleset refused: extends "https:\/\/example\.com\/ruleset\.yaml": only spectral:oas/,
      ],
      ['extends:\n  - spectral:oas\n  - ./base.yaml\n', /^\.spectral\.yaml:3: Spectral ruleset refused: extends "\.\/base\.yaml"/],
      ['extends: "@acme/ruleset"\n', /^\.spectral\.yaml:1: Spectral ruleset refused: extends "@acme\/ruleset"/],
      [
        'rules:\n  mine:\n    given: $\n    then:\n      function: isKebab\n',
        /^\.spectral\.yaml:5: Spectral ruleset refused: rule mine calls "isKebab", which is not one of Spectral's built-in functions \(alphabetical, /,
      ],
      ['overrides:\n  - files: ["*.yaml"]\n', /^\.spectral\.yaml:1: Spectral ruleset refused: `overrides` are not supported/],
    ];
    for (const [ruleset, expected] of cases) {
      const dir = shop({ '.spectral.yaml': ruleset }, ADDED);
      const r = runCli(['check'], dir);
      assert.equal(r.status, 2, ruleset);
      assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
      assert.match(r.stderr.replace(/^contract-guard: error: /, ''), expected);
    }
  });

  test('spectral:oas itself runs, offline: its findings on what the change adds', () => {
    const dir = shop({ '.spectral.yaml': 'extends: spectral:oas\n' }, ADDED);
    const r = report(dir);
    const fresh = [...r.violations!, ...r.warned!].filter((v) => v.ruleId.startsWith('spectral-') && !/baseline/.test(v.message));
    assert.ok(
      fresh.some((v) => /operation-operationId/.test(v.message)),
      fresh.map((v) => v.message).join('\n'),
    );
  });
});
