// ContractsLayout: the one answer to where the contracts, their freezes and their modules are.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ContractsLayout, isFreezeFile, isHistoryFile } from '../src/core/layout.js';
import { CONFIG_PATH, parseConfig } from '../src/core/policy/config.js';
import { MapTree } from '../src/core/source/tree.js';
import { judgeTrees } from '../src/services/check-run.js';

describe('contracts layout', () => {
  test('paths of the frozen folder and of the root', () => {
    const layout = new ContractsLayout('contracts');
    assert.equal(layout.frozenPath('freeze-latest.json'), 'contracts/_frozen/freeze-latest.json');
    assert.equal(layout.isFrozen('contracts/_frozen/x.json'), true);
    assert.equal(layout.isFrozen('contracts/_frozen_old/x.json'), false);
    assert.equal(layout.rel('contracts/a/b.yaml'), 'a/b.yaml');
    assert.equal(layout.rel('CHANGELOG.md'), 'CHANGELOG.md', 'a path outside the root stays as it is');
    assert.equal(new ContractsLayout('').frozenPath('x'), '_frozen/x');
  });

  test('a versioned freeze is told apart from the latest copy and from indexes', () => {
    const layout = new ContractsLayout('contracts');
    assert.equal(layout.isFreezePath('contracts/_frozen/freeze-v1.2.0.json'), true);
    assert.equal(layout.isFreezePath('contracts/_frozen/freeze-v1.2.0-stable.json'), true);
    assert.equal(layout.isFreezePath('contracts/_frozen/freeze-latest.json'), false);
    assert.equal(layout.isFreezePath('contracts/_frozen/old/freeze-v1.0.0.json'), false, 'only the frozen folder itself');
    assert.equal(layout.isFreezePath('contracts/freeze-v1.0.0.json'), false);
    assert.equal(isFreezeFile('sha-index-v1.0.0.json'), false);
    assert.equal(isHistoryFile('contracts/_frozen/sha-index-v1.0.0.json'), true);
    assert.equal(isHistoryFile('contracts/_frozen/sha-index-latest.json'), false);
  });

  test('modules: the default folder, a configured one (either spelling), and globals for the rest', () => {
    const standard = new ContractsLayout('contracts');
    assert.equal(standard.moduleOf('contracts/modules/shop/api/openapi.yaml'), 'shop');
    assert.equal(standard.moduleOf('contracts/shared/common.yaml'), 'globals');
    assert.equal(standard.moduleOf('contracts/modules/README.md'), 'globals', 'a file directly in the modules folder');
    for (const configured of ['services', 'contracts/services']) {
      const layout = new ContractsLayout('contracts', configured);
      assert.equal(layout.moduleOf('contracts/services/billing/events/paid.schema.json'), 'billing', configured);
      assert.equal(layout.moduleOf('contracts/modules/shop/x.yaml'), 'globals', configured);
      assert.equal(layout.versionsModule('contracts/services/billing/versions.yaml'), 'billing');
      assert.equal(layout.versionsModule('contracts/versions.yaml'), 'globals');
      assert.equal(layout.versionsModule('contracts/services/billing/api/versions.yaml'), undefined);
    }
  });

  test('a configured modules folder decides the version gate', () => {
    const schema = (type: string) => JSON.stringify({ type: 'object', properties: { id: { type } } });
    const tree = (type: string, version: string) =>
      new MapTree([
        ['contracts/services/billing/versions.yaml', `current: ${version}\n`],
        ['contracts/services/billing/events/paid.schema.json', schema(type)],
        ['contracts/CHANGELOG.md', '# log\n'],
      ]);
    const report = judgeTrees({
      config: parseConfig(CONFIG_PATH, 'modules: {root: contracts/services}\n'),
      base: tree('string', '1.0.0'),
      head: tree('integer', '1.0.1'),
      frozenBase: new MapTree(),
      baseline: 'b',
      headLabel: 'h',
      warnings: [],
      now: new Date('2026-11-22'),
    });
    const billing = report.modules.find((m) => m.name === 'billing');
    assert.ok(billing, `modules: ${report.modules.map((m) => m.name).join(', ')}`);
    assert.equal(billing.requiredBump, 'major');
    assert.ok(report.violations!.some((v) => v.ruleId === 'version-bump-missing' && v.module === 'billing'));
  });
});
