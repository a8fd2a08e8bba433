// Machine formats: SARIF 2.1.0 for code scanning and GitHub workflow commands for plain CI, from the built CLI.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderGithub } from '../src/core/report/github.js';
import type { Report } from '../src/core/report/model.js';
import { runCli } from './helpers.js';

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

  test('an unknown format is a usage error', () => {
    const r = runCli(['demo', '--format', 'xml']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--format must be text, json, markdown, sarif, github, not 'xml'/);
  });
});
