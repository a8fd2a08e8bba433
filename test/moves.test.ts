// A pull request that reorganises its contracts: a file moved is the same contract at a new path, judged by what it
// holds, its unit's version read where it was; moving a file never hides a break, and a file that leaves its unit is
// removed from that unit.
import assert from 'node:assert/strict';
import { readFileSync, renameSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { diffTrees } from '../src/core/diff/tree-diff.js';
import { MapTree } from '../src/core/source/tree.js';
import { checkPullRequest, commitAll, filesUnder, gitRepo, gitRun, PROJECT } from './helpers.js';

const PETSTORE = filesUnder(join(PROJECT, 'test/fixtures/layouts/root-openapi'));

/** The Petstore on main, and a branch `pr` where `edit` ran in the working tree. */
function pullRequest(edit: (dir: string) => void): string {
  const dir = gitRepo(PETSTORE);
  gitRun(dir, 'checkout', '--quiet', '-b', 'pr');
  edit(dir);
  commitAll(dir, 'pr');
  return dir;
}

const moveInto = (folder: string) => (dir: string) => {
  mkdirSync(join(dir, folder, 'schemas'), { recursive: true });
  renameSync(join(dir, 'openapi.yaml'), join(dir, folder, 'openapi.yaml'));
  renameSync(join(dir, 'schemas/pet.json'), join(dir, folder, 'schemas/pet.json'));
};
const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const out = text.replace(from, to);
  assert.notEqual(out, text, `the edit found ${String(from)} in ${file}`);
  writeFileSync(join(dir, file), out);
};

describe('a pull request that moves its contracts', () => {
  test('moving the API into a folder is one patch change per file, and the version is read where it was', () => {
    const dir = pullRequest(moveInto('api'));
    const { status, report } = checkPullRequest(dir);
    assert.deepEqual(
      report.changes.map((c) => [c.ruleId, c.level, c.file, c.message]),
      [
        ['contract-moved', 'patch', 'api/openapi.yaml', 'api/openapi.yaml moved from openapi.yaml'],
        ['contract-moved', 'patch', 'api/schemas/pet.json', 'api/schemas/pet.json moved from schemas/pet.json'],
      ],
    );
    assert.deepEqual(
      report.modules.map((m) => [m.name, m.frozenVersion, m.currentVersion, m.requiredBump]),
      [['Petstore', '1.4.0', '1.4.0', 'patch']],
    );
    assert.equal(status, 1);
    assert.deepEqual(
      (report.violations ?? []).map((v) => v.ruleId),
      ['version-bump-missing'],
    );
    // the patch bump it asks for is enough
    edit(dir, 'api/openapi.yaml', 'version: 1.4.0', 'version: 1.4.1');
    commitAll(dir, 'bump');
    const bumped = checkPullRequest(dir);
    assert.equal(bumped.status, 0, JSON.stringify(bumped.report.violations));
    assert.equal(bumped.report.modules[0]!.frozenVersion, '1.4.0');
  });

  test('moving a file does not hide a break in it: the unit still needs a major bump and the Council', () => {
    const dir = pullRequest((d) => {
      moveInto('api')(d);
      edit(d, 'api/schemas/pet.json', /,\s*"tag": \{ "type": "string" \}/, '');
    });
    const { status, report } = checkPullRequest(dir);
    assert.equal(status, 1);
    const majors = report.changes.filter((c) => c.level === 'major');
    assert.ok(majors.length > 0 && majors.every((c) => c.file === 'api/schemas/pet.json' && /tag/.test(c.message)), JSON.stringify(majors));
    assert.ok(!report.changes.some((c) => c.ruleId === 'contract-removed' || c.ruleId === 'operation-removed'));
    assert.deepEqual(
      report.modules.map((m) => [m.name, m.frozenVersion, m.requiredBump]),
      [['Petstore', '1.4.0', 'major']],
    );
    assert.ok((report.violations ?? []).some((v) => v.ruleId === 'version-bump-missing'));
    assert.equal(report.approval?.required, true);
  });

  test('a file edited as its folder moved is compared with what it held, not removed and added', () => {
    const dir = pullRequest((d) => {
      moveInto('spec')(d);
      edit(d, 'spec/schemas/pet.json', '"tag": { "type": "string" }', '"tag": { "type": "string" }, "age": { "type": "integer" }');
    });
    const { report } = checkPullRequest(dir);
    const ids = report.changes.map((c) => `${c.ruleId} ${c.file}`);
    assert.ok(ids.includes('contract-moved spec/schemas/pet.json'), ids.join('\n'));
    assert.ok(ids.includes('contract-moved spec/openapi.yaml'), ids.join('\n'));
    assert.ok(!ids.some((i) => /^contract-(added|removed)/.test(i)), ids.join('\n'));
    assert.ok(report.changes.some((c) => c.file === 'spec/schemas/pet.json' && /age/.test(c.message) && c.level === 'minor'));
  });
  test('a description renamed and edited as it moved is found by its title: its break is reported, not an API removed', () => {
    // `openapi.yaml` → `spec/petstore.yaml`, its `$ref` fixed for the new folder, and `tag` removed from what GET returns
    const dir = pullRequest((d) => {
      mkdirSync(join(d, 'spec'));
      renameSync(join(d, 'openapi.yaml'), join(d, 'spec/petstore.yaml'));
      edit(d, 'spec/petstore.yaml', "'./schemas/pet.json'", "'../schemas/pet.json'");
      edit(d, 'schemas/pet.json', /,\s*"tag": \{ "type": "string" \}/, '');
    });
    const { report } = checkPullRequest(dir);
    const majors = report.changes.filter((c) => c.level === 'major').map((c) => c.ruleId);
    assert.deepEqual(majors, ['response-property-removed']);
    assert.ok(report.changes.some((c) => c.ruleId === 'contract-moved' && c.message === 'spec/petstore.yaml moved from openapi.yaml'));
    assert.deepEqual(
      report.modules.map((m) => [m.name, m.frozenVersion, m.requiredBump]),
      [['Petstore', '1.4.0', 'major']],
    );
  });

  test('a file moved without its $ref following is one unreadable contract, not every property removed', () => {
    const dir = pullRequest((d) => {
      mkdirSync(join(d, 'models'));
      renameSync(join(d, 'schemas/pet.json'), join(d, 'models/pet.json'));
    });
    const { status, report } = checkPullRequest(dir);
    assert.equal(status, 1);
    assert.deepEqual(
      report.errors.map((e) => [e.file, /\$ref target \.\/schemas\/pet\.json not found/.test(e.message)]),
      [['openapi.yaml', true]],
    );
    // blocked for what is wrong (and the patch bump the move needs), nothing else
    assert.deepEqual((report.violations ?? []).map((v) => v.ruleId).sort(), ['contract-unreadable', 'version-bump-missing']);
    // the schema behind the broken $ref is unknown: nothing in it is reported removed, nothing asks for a deprecation
    assert.deepEqual(
      report.changes.filter((c) => c.level === 'major'),
      [],
    );
  });
});

describe('debt moves with its file', () => {
  test('a contract already unreadable at the baseline stays a warning when the pull request moves it', () => {
    const dir = gitRepo({ ...PETSTORE, 'schemas/legacy.schema.json': '{ "type": "object", ' });
    gitRun(dir, 'checkout', '--quiet', '-b', 'pr');
    mkdirSync(join(dir, 'old'));
    renameSync(join(dir, 'schemas/legacy.schema.json'), join(dir, 'old/legacy.schema.json'));
    commitAll(dir, 'pr');
    const { report } = checkPullRequest(dir);
    assert.ok(
      report.changes.some((c) => c.ruleId === 'contract-moved' && c.file === 'old/legacy.schema.json'),
      JSON.stringify(report.changes),
    );
    assert.ok(!(report.violations ?? []).some((v) => v.ruleId === 'contract-unreadable'), JSON.stringify(report.violations));
    assert.ok(
      (report.warned ?? []).some((w) => w.ruleId === 'contract-unreadable'),
      JSON.stringify(report.warned),
    );
  });
});

describe('which files moved', () => {
  const schema = (props: string[]) =>
    JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: Object.fromEntries(props.map((p) => [p, {}])),
    });
  const ids = (base: [string, string][], head: [string, string][]) =>
    diffTrees(new MapTree(base), new MapTree(head))
      .changes.map((c) => `${c.ruleId} ${c.file}`)
      .sort();

  test('a file that leaves its module is removed from it and added to the other', () => {
    assert.deepEqual(ids([['modules/a/x.schema.json', schema(['id'])]], [['modules/b/x.schema.json', schema(['id'])]]), [
      'contract-added modules/b/x.schema.json',
      'contract-removed modules/a/x.schema.json',
    ]);
  });

  test('a contract moved among tests (never judged) is removed where it was, not "removed" at a path that holds it', () => {
    assert.deepEqual(ids([['modules/a/x.schema.json', schema(['id'])]], [['modules/a/tests/x.schema.json', schema(['id'])]]), [
      'contract-removed modules/a/x.schema.json',
      'other-file-changed modules/a/tests/x.schema.json',
    ]);
  });

  test('documentation and files that are not contracts keep their own level when they move', () => {
    assert.deepEqual(
      diffTrees(
        new MapTree([
          ['docs/README.md', '# Orders\n'],
          ['tests/orders.test.yaml', 'cases: []\n'],
        ]),
        new MapTree([
          ['README.md', '# Orders\n'],
          ['tests/orders/orders.test.yaml', 'cases: []\n'],
        ]),
      ).changes.map((c) => [c.ruleId, c.level, c.message]),
      [
        ['document-changed', 'patch', 'documentation README.md moved from docs/README.md'],
        [
          'other-file-changed',
          'none',
          'tests/orders/orders.test.yaml moved from tests/orders.test.yaml (not a contract: listed, not judged)',
        ],
      ],
    );
  });

  test('a schema moved, and the $ref in the path file that reaches it fixed: a move, not "$ref changed"', () => {
    const api = 'openapi: 3.0.3\ninfo: {title: Orders, version: 1.0.0}\npaths:\n  /orders:\n    $ref: paths/orders.yaml\n';
    const path = (to: string) =>
      `get:\n  responses:\n    '200':\n      description: ok\n      content:\n        application/json:\n          schema: {$ref: '${to}'}\n`;
    const order = 'type: object\nrequired: [id]\nproperties:\n  id: {type: string}\n';
    const changes = diffTrees(
      new MapTree([
        ['openapi.yaml', api],
        ['paths/orders.yaml', path('../schemas/order.yaml')],
        ['schemas/order.yaml', order],
      ]),
      new MapTree([
        ['openapi.yaml', api],
        ['paths/orders.yaml', path('../models/order.yaml')],
        ['models/order.yaml', order],
      ]),
    ).changes;
    assert.deepEqual(
      changes.map((c) => `${c.ruleId} ${c.file}`),
      ['contract-moved models/order.yaml'],
    );
  });

  test('a contract renamed and edited is found by what it says it is: $id, Avro full name; two alike are not guessed at', () => {
    const withId = (id: string, props: string[]) => JSON.stringify({ ...JSON.parse(schema(props)), $id: id });
    assert.deepEqual(
      ids([['a/order.schema.json', withId('urn:acme:order', ['id'])]], [['b/purchase.schema.json', withId('urn:acme:order', ['id', 'n'])]]),
      ['contract-moved b/purchase.schema.json', 'storage-property-added b/purchase.schema.json'],
    );
    const avro = (fields: string[]) =>
      JSON.stringify({ type: 'record', name: 'Order', namespace: 'com.acme', fields: fields.map((name) => ({ name, type: 'string' })) });
    assert.deepEqual(ids([['avro/order.avsc', avro(['id', 'note'])]], [['events/Order-v1.avsc', avro(['id'])]]), [
      'avro-field-removed events/Order-v1.avsc',
      'contract-moved events/Order-v1.avsc',
    ]);
    // two removed with one $id: which one went where cannot be told
    assert.deepEqual(
      ids(
        [
          ['a.schema.json', withId('urn:x', ['id'])],
          ['b/c.schema.json', withId('urn:x', ['n'])],
        ],
        [['d.schema.json', withId('urn:x', ['id', 'n'])]],
      ),
      ['contract-added d.schema.json', 'contract-removed a.schema.json', 'contract-removed b/c.schema.json'],
    );
  });

  test('a name found once on each side is a move even when its content changed; two files alike are not guessed at', () => {
    assert.deepEqual(ids([['old/x.schema.json', schema(['id'])]], [['new/x.schema.json', schema(['id', 'n'])]]), [
      'contract-moved new/x.schema.json',
      'storage-property-added new/x.schema.json',
    ]);
    // the same content removed twice and added twice: which went where cannot be told
    assert.deepEqual(
      ids(
        [
          ['a.schema.json', schema(['id'])],
          ['b.schema.json', schema(['id'])],
        ],
        [
          ['c.schema.json', schema(['id'])],
          ['d.schema.json', schema(['id'])],
        ],
      ),
      ['contract-added c.schema.json', 'contract-added d.schema.json', 'contract-removed a.schema.json', 'contract-removed b.schema.json'],
    );
  });
});
