// Machine formats: SARIF 2.1.0 for code scanning and GitHub workflow commands for plain CI, from the built CLI.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderGithub } from '../src/core/report/github.js';
import type { Report } from '../src/core/report/model.js';
import { runCli } from './helpers.js';
import { progressOnStderr } from '../src/cli/progress.js';
import { verdictLine } from '../src/core/report/verdict.js';

describe('--format sarif', () => {
  test('every change and finding is a result with a known rule, a level and a place', () => {
    const r = runCli(['demo', '--format', 'sarif']);
    const sarif = JSON.parse(r.stdout) as {
      version: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } };
        results: {
          ruleId: string;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
        }[];
      }[];
    };
    assert.equal(sarif.version, '2.1.0');
    const [run] = sarif.runs;
    assert.equal(run!.tool.driver.name, 'contract-guard');
    const rules = new Set(run!.tool.driver.rules.map((x) => x.id));
    assert.ok(run!.results.length > 3);
    for (const res of run!.results) {
      assert.ok(rules.has(res.ruleId), `rule ${res.ruleId} is described in tool.driver.rules`);
      assert.ok(['error', 'warning', 'note', 'none'].includes(res.level));
      assert.ok(res.locations[0]!.physicalLocation.artifactLocation.uri.startsWith('contracts/'));
    }
    const blocking = run!.results.find((x) => x.ruleId === 'version-bump-missing')!;
    assert.equal(blocking.level, 'error');
    assert.match(blocking.message.text, /Fix: Set `current: 2\.0\.0`/);
    assert.ok(blocking.locations[0]!.physicalLocation.region!.startLine > 0);
  });
});

describe('--format github', () => {
  test('one workflow command per finding and change, the verdict last', () => {
    const r = runCli(['demo', '--format', 'github']);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0]!, /^::error file=contracts\/modules\/memory\/versions\.yaml,line=\d+,title=version-bump-missing::/);
    assert.ok(
      lines.slice(0, -1).every((l) => /^::(error|warning|notice) file=[^,]+(,line=\d+)?,title=[^:]+::/.test(l)),
      lines.join('\n'),
    );
    assert.match(lines.at(-1)!, /^contract-guard ⛔ blocked/);
  });

  test('messages and properties are escaped as the runner reads them', () => {
    const report: Report = {
      level: 'major',
      modules: [],
      changes: [],
      errors: [{ file: 'a,b:c.yaml', line: 3, message: '100% broken\nsecond line' }],
      warnings: [],
    };
    assert.equal(
      renderGithub(report).split('\n')[0],
      '::error file=a%2Cb%3Ac.yaml,line=3,title=unreadable contract::100%25 broken%0Asecond line',
    );
  });

  test('at most what GitHub shows in one step, the blocking first, then one line counting the rest', () => {
    const change = (i: number, level: 'major' | 'minor' | 'patch') => ({
      ruleId: 'response-property-removed',
      rule: 'property-removed' as const,
      level,
      module: 'shop',
      file: 'api.yaml',
      pointer: `/p/${i}`,
      line: i + 1,
      message: `change ${i}`,
      hint: 'h',
    });
    const report: Report = {
      level: 'major',
      modules: [],
      changes: [...Array.from({ length: 30 }, (_, i) => change(i, 'major')), ...Array.from({ length: 30 }, (_, i) => change(i, 'patch'))],
      errors: [],
      warnings: [],
      violations: [
        {
          ruleId: 'version-bump-missing',
          file: 'versions.yaml',
          line: 2,
          message: 'shop needs 2.0.0',
          fix: 'Set it',
          blocking: true,
          approvable: false,
        },
      ],
      blocked: true,
    };
    const lines = renderGithub(report).trim().split('\n');
    const count = (kind: string) => lines.filter((l) => l.startsWith(`::${kind} `)).length;
    assert.equal(count('error'), 10);
    assert.equal(count('notice'), 10, 'nine changes and the line that counts the rest');
    assert.match(lines[0]!, /title=version-bump-missing::/, 'what blocks comes first');
    assert.equal(
      lines.at(-2),
      '::notice title=contract-guard::21 errors, 21 notices more than GitHub shows in one step: run `contract-guard check` (or --format json) for the full report',
    );
  });

  test('an unknown format is a usage error', () => {
    const r = runCli(['demo', '--format', 'xml']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--format must be text, json, markdown, sarif, github, not 'xml'/);
  });
});

describe('the verdict line', () => {
  test('says why, and never "none change"', () => {
    const base: Report = { level: 'none', modules: [], changes: [], errors: [], warnings: [], violations: [] };
    const other = {
      ruleId: 'other-file-changed',
      rule: 'other-file-changed' as const,
      level: 'none' as const,
      module: 'm',
      file: 'x.py',
      pointer: '',
      message: 'x.py changed',
      hint: '',
    };
    assert.equal(verdictLine({ ...base, changes: [other] }), '✅ passes: no contract changes');
    assert.equal(verdictLine({ ...base, level: 'minor', changes: [{ ...other, level: 'minor' }] }), '✅ passes: minor change');
    const blocked = {
      ruleId: 'version-bump-missing',
      module: 'm',
      file: 'v.yaml',
      message: 'm needs more',
      fix: 'Set it',
      blocking: true,
      approvable: false,
    };
    const r: Report = {
      ...base,
      level: 'major',
      changes: [{ ...other, level: 'major' }],
      modules: [{ name: 'm', level: 'major', changes: 1, requiredBump: 'major' }],
      violations: [blocked, { ...blocked, ruleId: 'invariant-removed' }],
      blocked: true,
    };
    assert.equal(verdictLine(r), '⛔ blocked: needs a major version bump (and 1 more problem)');
  });
});

describe('the terminal', () => {
  test('counts per level first, changes by level then unit, debt last', () => {
    const r = runCli(['demo']);
    const lines = r.stdout.split('\n');
    assert.match(
      lines.find((l) => l.startsWith('contract-guard '))!,
      /^contract-guard {2}MAJOR {2}\d+ major · \d+ minor( · \d+ patch)? in \d+ units$/,
    );
    const levels = lines.filter((l) => /^(MAJOR|MINOR|PATCH|NONE) /.test(l)).map((l) => l.split(' ')[0]!);
    const order = ['MAJOR', 'MINOR', 'PATCH', 'NONE'];
    assert.deepEqual(
      levels,
      [...levels].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
      'most severe level first',
    );
  });

  test('progress goes to a terminal only, after a second, and is cleared before the report', () => {
    const written: string[] = [];
    let clock = 0;
    const tty = { isTTY: true, columns: 40, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const p = progressOnStderr(tty, () => clock);
    p.tell('contracts/a.yaml');
    assert.equal(written.length, 0, 'nothing in the first second');
    clock = 1500;
    p.tell('contracts/modules/memory/api/openapi.yaml');
    assert.match(written[0]!, /^\r\x1b\[2K…/, 'rewritten in place, cut to the terminal');
    assert.ok(written[0]!.length <= 40 + 5);
    p.done();
    assert.equal(written.at(-1), '\r\x1b[2K');
    const piped: string[] = [];
    const pipe = { isTTY: false, write: (s: string) => piped.push(s) } as unknown as NodeJS.WriteStream;
    const q = progressOnStderr(pipe, () => 5000);
    q.tell('x');
    q.done();
    assert.deepEqual(piped, []);
  });
});
