// A service's repository with no contracts folder: the whole repository is checked, and most of its YAML and JSON is
// no contract (Kubernetes manifests, app settings, translations). Those are listed, not judged; what a contract
// `$ref`s, and what the policy names as a contract, is judged; a JSON Schema stays one when it stops reading as one.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkPullRequest, commitAll, gitRepo, gitRun, pullRequestRepo, runCli } from './helpers.js';

const SERVICE: Record<string, string> = {
  'openapi.yaml': [
    'openapi: 3.0.3',
    'info: {title: Shop, version: 1.0.0}',
    'paths:',
    '  /orders:',
    '    get:',
    '      responses:',
    "        '200':",
    '          description: ok',
    '          content:',
    '            application/json:',
    "              schema: {$ref: 'api/order.yaml'}",
    '',
  ].join('\n'),
  // plain data a contract reaches: part of the contract
  'api/order.yaml': 'type: object\nrequired: [id, total]\nproperties:\n  id: {type: string}\n  total: {type: number}\n',
  'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 2\n  env:\n    - {name: A, value: "1"}\n',
  'config/app.yaml': 'db:\n  host: localhost\n  port: 5432\n',
  'src/i18n/en.json': '{"hello": "Hello", "bye": "Bye"}\n',
  'model/event.json':
    '{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}\n',
};

const SETTINGS = {
  'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3\n',
  'config/app.yaml': 'db:\n  host: localhost\n',
  'src/i18n/en.json': '{"hello": "Hello"}\n',
};

describe('a service repository checked whole', () => {
  test('its manifests, settings and translations are listed, not judged: no bump, no Council', () => {
    const { status, report } = checkPullRequest(pullRequestRepo(SERVICE, SETTINGS));
    assert.deepEqual(
      report.changes.map((c) => [c.ruleId, c.level, c.file]),
      [
        ['other-file-changed', 'none', 'config/app.yaml'],
        ['other-file-changed', 'none', 'k8s/deploy.yaml'],
        ['other-file-changed', 'none', 'src/i18n/en.json'],
      ],
    );
    assert.deepEqual(report.violations ?? [], []);
    assert.equal(status, 0);
  });

  test('plain data an API description $refs is judged as part of it', () => {
    const { status, report } = checkPullRequest(
      pullRequestRepo(SERVICE, { 'api/order.yaml': 'type: object\nrequired: [id]\nproperties:\n  id: {type: string}\n' }),
    );
    assert.ok(
      report.changes.some((c) => c.level === 'major' && /total/.test(c.message)),
      JSON.stringify(report.changes.map((c) => c.message)),
    );
    assert.equal(status, 1);
  });

  test('a data file the policy names as a contract is judged', () => {
    const base = { ...SERVICE, '.github/contract-guard.yml': 'files:\n  contracts: [config/app.yaml]\n' };
    const { report } = checkPullRequest(pullRequestRepo(base, SETTINGS));
    assert.deepEqual(
      report.changes.filter((c) => c.file === 'config/app.yaml').map((c) => [c.ruleId, c.level, c.message]),
      [['data-removed', 'major', '`db.port` removed']],
    );
  });

  test('a JSON Schema without $schema, in a folder not named schemas/, is judged as one; an example of the same shape is data', () => {
    // events/order-created.json was data: a property's type turned from number to string was "data changed", a minor
    const schema = (total: string) =>
      JSON.stringify({ type: 'object', required: ['id'], properties: { id: { type: 'string' }, total: { type: total } } });
    const base = { ...SERVICE, 'events/order-created.json': schema('number'), 'examples/order.json': schema('number') };
    const { report } = checkPullRequest(
      pullRequestRepo(base, { 'events/order-created.json': schema('string'), 'examples/order.json': schema('string') }),
    );
    assert.deepEqual(
      report.changes.filter((c) => c.file === 'events/order-created.json').map((c) => [c.ruleId, c.level]),
      [['event-type-changed', 'major']],
    );
    assert.ok(
      report.changes.filter((c) => c.file === 'examples/order.json').every((c) => c.level !== 'major' && !c.ruleId.startsWith('event')),
    );
    // data that merely has a `type` stays data
    const settings = { ...SERVICE, 'config/kind.json': '{"type": "order", "properties": {"a": 1}}\n' };
    const plain = checkPullRequest(pullRequestRepo(settings, { 'config/kind.json': '{"type": "order", "properties": {"a": 2}}\n' }));
    assert.deepEqual(
      plain.report.changes.map((c) => [c.ruleId, c.file]),
      [['other-file-changed', 'config/kind.json']],
    );
  });

  test('a JSON Schema rewritten without its $schema and type is still compared as a schema', () => {
    // as plain data it was "`$schema` removed"; judged as data only when referenced, it would have passed unjudged
    const stripped = '{"required": ["id", "total"], "properties": {"id": {"type": "string"}, "total": {"type": "number"}}}\n';
    const { status, report } = checkPullRequest(pullRequestRepo(SERVICE, { 'model/event.json': stripped }));
    assert.ok(
      report.changes.some((c) => c.level === 'major' && c.ruleId.endsWith('required-property-added')),
      JSON.stringify(report.changes.map((c) => c.ruleId)),
    );
    assert.equal(status, 1);
  });
});

test('a scope listed file by file (as init writes it) holds what its contracts $ref: frozen with them, judged with them', () => {
  // the listed openapi.yaml $refs api/order.yaml: it was left out of the freeze and the check ("not found"), and a
  // break in it passed
  const dir = gitRepo({ ...SERVICE, '.github/contract-guard.yml': 'contracts:\n  - openapi.yaml\n' });
  const froze = runCli(['freeze', 'create', '1.0.0'], dir);
  assert.equal(froze.status, 0, froze.stderr);
  assert.match(froze.stdout, /froze 2 artifacts/);
  commitAll(dir, 'freeze 1.0.0');
  gitRun(dir, 'checkout', '--quiet', '-b', 'pr');
  writeFileSync(
    join(dir, 'api/order.yaml'),
    'type: object\nrequired: [id, total]\nproperties:\n  id: {type: integer}\n  total: {type: number}\n',
  );
  commitAll(dir, 'pr');
  const { status, report } = checkPullRequest(dir);
  assert.deepEqual(
    report.changes.map((c) => [c.ruleId, c.file]),
    [['response-type-changed', 'api/order.yaml']],
  );
  assert.deepEqual(report.errors, []);
  assert.equal(status, 1);
});

test("a repository of services, each with a CHANGELOG.md of its own: a unit's entries are read from and drafted into its own", () => {
  const service = (name: string, version: string, total = 'number') =>
    [
      'openapi: 3.0.3',
      `info: {title: ${name}, version: ${version}}`,
      'paths:',
      `  /${name}:`,
      '    get:',
      '      responses:',
      "        '200':",
      '          description: ok',
      '          content:',
      '            application/json:',
      `              schema: {type: object, properties: {id: {type: string}, total: {type: ${total}}}}`,
      '',
    ].join('\n');
  const base = {
    'services/billing/api/openapi.yaml': service('billing', '1.4.0'),
    'services/billing/CHANGELOG.md': '# Changelog\n\n## 1.4.0\n- first\n',
    'services/users/api/openapi.yaml': service('users', '1.0.0'),
    'services/users/CHANGELOG.md': '# Changelog\n\n## 1.0.0\n- first\n',
  };
  const broken = { 'services/billing/api/openapi.yaml': service('billing', '2.0.0', 'string') };
  const logged = checkPullRequest(
    pullRequestRepo(base, {
      ...broken,
      'services/billing/CHANGELOG.md': '# Changelog\n\n## 2.0.0\n- total is a string\n\n## 1.4.0\n- first\n',
    }),
  ).report;
  assert.deepEqual(
    (logged.warned ?? []).filter((f) => f.ruleId === 'changelog-missing'),
    [],
    "its own changelog's `## 2.0.0` is the entry: it need not name the service",
  );
  const unlogged = checkPullRequest(pullRequestRepo(base, broken)).report;
  const missing = (unlogged.warned ?? []).find((f) => f.ruleId === 'changelog-missing')!;
  assert.match(missing.message, /^services\/billing\/CHANGELOG\.md has no entry for billing 2\.0\.0/, 'not a CHANGELOG.md at the root');
  const draft = unlogged.drafts!.find((d) => d.ruleId === 'changelog-missing')!;
  assert.equal(draft.proposal.path, 'services/billing/CHANGELOG.md');
  assert.match(draft.proposal.text, /^## 2\.0\.0\n/m, 'drafted as its entries are written, unnamed');
});
