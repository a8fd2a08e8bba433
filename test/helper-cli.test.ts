// The contract helper commands through the built CLI, on real temporary git repositories.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { load as loadYaml } from 'js-yaml';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { shopSpec } from './fixtures.js';
import { commitAll, filesUnder, gitRepo, gitRun, PROJECT, runCli, writeTree, frozenRepo } from './helpers.js';
import type { Report } from '../src/core/report/model.js';
import { memoryosRepo } from './real-tree.js';
import { pathItemFile } from '../src/core/scaffold/path-files.js';
import { channelOf, eventStyle } from '../src/core/scaffold/event-style.js';

/** The shop sample, frozen at 1.0.0, with `change` laid over it in the working tree. */
function repo(change: Record<string, string>, changelog = '# Changelog\r\n\r\n## shop 1.0.0\r\n- first\r\n'): string {
  const dir = frozenRepo(
    {
      'contracts/modules/shop/versions.yaml': 'module: shop\ncurrent: "1.0.0"   # the version consumers see\nowners: [shop-team]\n',
      'contracts/modules/shop/api/openapi.yaml': shopSpec(),
      'contracts/CHANGELOG.md': changelog,
    },
    '1.0.0',
    'freeze',
  );
  writeTree(dir, change);
  return dir;
}

/** The bundled sample contracts as files, with or without their freezes. */
function sampleFiles(frozen: boolean): Record<string, string> {
  return filesUnder(join(PROJECT, 'contracts'), 'contracts', frozen ? [] : ['_frozen']);
}

describe('contract-guard bump', () => {
  test('a major change: version, changelog entry and migration note written; check no longer blocks; a second run changes nothing', () => {
    const dir = repo({ 'contracts/modules/shop/api/openapi.yaml': shopSpec({ name: false }) });
    assert.equal(runCli(['check'], dir).status, 1, 'blocked before: no bump');
    const r = runCli(['bump'], dir);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^wrote contracts\/modules\/shop\/versions\.yaml: shop 1\.0\.0 → 2\.0\.0 \(major, from the frozen 1\.0\.0\)$/m);
    assert.match(r.stdout, /^wrote contracts\/CHANGELOG\.md: added the shop entry$/m);
    assert.match(r.stdout, /^wrote contracts\/migrations\/shop-2\.0\.0\.md: created/m);
    assert.match(r.stdout, /^check now: ⚠️ needs Contract Council approval: 1 breaking change/m);
    const versions = readFileSync(join(dir, 'contracts/modules/shop/versions.yaml'), 'utf8');
    assert.equal(
      versions,
      'module: shop\ncurrent: "2.0.0"   # the version consumers see\nowners: [shop-team]\n',
      'quotes and comment kept',
    );
    const log = readFileSync(join(dir, 'contracts/CHANGELOG.md'), 'utf8');
    assert.match(
      log,
      /^# Changelog\r\n\r\n## shop 2\.0\.0\r\n- \*\*Breaking:\*\* GET \/items response 200: optional property `name` removed.*\r\n\r\n## shop 1\.0\.0\r\n/,
    );
    assert.doesNotMatch(log, /[^\r]\n/, 'the file keeps its CRLF line ends');
    const note = readFileSync(join(dir, 'contracts/migrations/shop-2.0.0.md'), 'utf8');
    assert.match(note, /^# Migrating to shop 2\.0\.0\n/);
    // the note is for the API's clients: what they do, not the author's advice on how not to break them
    assert.match(note, /\n {2}- What to do: Clients: stop relying on `name` in GET \/items response 200\.\n/);
    assert.doesNotMatch(note, /deprecate it for the required releases/);

    const again = runCli(['bump'], dir);
    assert.equal(again.status, 0);
    assert.doesNotMatch(again.stdout, /^wrote/m, again.stdout);
    assert.match(again.stdout, /^note: shop: already at 2\.0\.0$/m);
  });

  test('an existing migration note is never replaced; --level and a module name are honoured; unknown modules are refused', () => {
    const dir = repo({
      'contracts/modules/shop/api/openapi.yaml': shopSpec({ name: false }),
      'contracts/migrations/shop-2.0.0.md': 'hand-written\n',
    });
    const r = runCli(['bump', 'shop'], dir);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(readFileSync(join(dir, 'contracts/migrations/shop-2.0.0.md'), 'utf8'), 'hand-written\n');
    const other = runCli(['bump', 'billing'], dir);
    assert.equal(other.status, 2);
    assert.match(other.stderr, /module 'billing' has no contract changes since the baseline \(changed: shop\)/);
    const minor = repo({ 'contracts/modules/shop/api/openapi.yaml': shopSpec({ name: false }) });
    const forced = runCli(['bump', '--level', 'minor'], minor);
    assert.equal(forced.status, 1, 'a minor bump for a major change: the check still blocks, and says so');
    assert.match(forced.stdout, /shop 1\.0\.0 → 1\.1\.0 \(minor/);
    assert.match(forced.stdout, /^check now: ⛔ blocked/m);
    assert.equal(runCli(['bump', '--level', 'huge'], minor).status, 2);
  });

  test('nothing changed: nothing written', () => {
    const dir = repo({});
    writeFileSync(join(dir, 'README.md'), 'not a contract\n');
    const r = runCli(['bump'], dir);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^note: no module has contract changes since the baseline: nothing to bump$/m);
    assert.ok(!existsSync(join(dir, 'contracts/migrations')));
  });
});

describe('contract-guard explain', () => {
  test('a schema rule with its context prefix: meaning, level by role, fix', () => {
    const r = runCli(['explain', 'response-property-removed']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^response-property-removed \(the rule property-removed in a response schema\)$/m);
    assert.match(r.stdout, /^level, by who reads the schema:$/m);
    assert.match(r.stdout, /^ {2}response +major$/m);
    assert.match(r.stdout, /^fix: /m);
    assert.match(r.stdout, /^docs: https:\/\/github\.com\/contract-guard\/contract-guard\/blob\/main\/docs\/rules\.md#property-removed$/m);
  });

  test('a policy rule, and an unknown id with suggestions', () => {
    const r = runCli(['explain', 'version-bump-missing']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^severity: block/m);
    const bad = runCli(['explain', 'bump']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown rule 'bump' \(did you mean: .*version-bump-missing/);
  });
});

describe('contract-guard init', () => {
  /** The bundled sample, without its freezes, as someone's repository. */
  const sampleRepo = () => gitRepo({ ...sampleFiles(false), 'README.md': 'app\n' });

  test('finds the layout, writes a policy that validates and works, the workflow and a first freeze; never overwrites', () => {
    const dir = sampleRepo();
    const r = runCli(['init'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^found 14 contracts under contracts\/:$/m);
    assert.match(r.stdout, /^ {2}contracts\/events\/envelope\.schema\.json \(JSON Schema\)$/m);
    // the topic catalog the check judges is listed with the contracts, not left out as data no contract references
    assert.match(r.stdout, /^ {2}contracts\/events\/topics\.yaml \(topic catalog\)$/m);
    assert.doesNotMatch(r.stdout, /topics\.yaml: data/);
    assert.match(r.stdout, /^ {2}contracts\/events\/examples\/memory\.created\.json: an example: validated against its schema/m);
    assert.match(r.stdout, /^unit memory: 1\.2\.0 at contracts\/modules\/memory\/versions\.yaml:2 \(current\)$/m);
    assert.match(r.stdout, /^modules under modules\/: memory, retrieval$/m);
    assert.match(r.stdout, /^invariant: contracts\/events\/envelope\.schema\.json keeps /m);
    for (const f of ['.github/contract-guard.yml', '.github/contract-guard.schema.json', '.github/workflows/contract-guard.yml'])
      assert.match(r.stdout, new RegExp(`^wrote ${f.replace(/\./g, '\\.')} `, 'm'));
    assert.match(r.stdout, /^wrote contracts\/_frozen\/freeze-v1\.1\.0\.json \(the first freeze: v1\.1\.0, \d+ artifacts\)$/m);
    const policy = readFileSync(join(dir, '.github/contract-guard.yml'), 'utf8');
    assert.match(policy, /^# yaml-language-server: \$schema=\.\/contract-guard\.schema\.json$/m);
    // the editor's view: the policy validates against the schema written beside it
    const schema = JSON.parse(readFileSync(join(dir, '.github/contract-guard.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    assert.ok(validate(loadYaml(policy)), JSON.stringify(validate.errors));
    assert.ok(!validate({ ...(loadYaml(policy) as object), councl: {} }), 'a misspelt key is flagged in the editor too');
    const envelope = JSON.parse(readFileSync(join(dir, 'contracts/events/envelope.schema.json'), 'utf8')) as { required: string[] };
    assert.match(policy, new RegExp(`keep: \\[${envelope.required.join(', ')}\\]`));
    commitAll(dir, 'contract-guard init');
    assert.equal(runCli(['freeze', 'verify'], dir).status, 0);
    const check = runCli(['check', '--format', 'json'], dir);
    assert.equal(check.status, 0, check.stderr);
    assert.equal(JSON.parse(check.stdout).changes.length, 0, 'right after init: nothing changed since the first freeze');
    // every path it writes is from the repository root: `modules.root: modules` read with a deprecation warning
    assert.match(policy, /^ {2}root: contracts\/modules /m);
    assert.deepEqual(
      (JSON.parse(check.stdout).warnings as string[]).filter((w) => /config key/.test(w)),
      [],
    );

    const before = readFileSync(join(dir, '.github/contract-guard.yml'), 'utf8');
    writeFileSync(join(dir, '.github/contract-guard.yml'), before + '# mine\n');
    const again = runCli(['init'], dir);
    assert.equal(again.status, 0);
    assert.doesNotMatch(again.stdout, /^wrote/m);
    assert.match(again.stdout, /^kept \.github\/contract-guard\.yml: it exists, not overwritten$/m);
    assert.match(again.stdout, /^kept contracts\/_frozen \(freezes exist\)/m);
    assert.equal(readFileSync(join(dir, '.github/contract-guard.yml'), 'utf8'), before + '# mine\n');
  });

  test('another naming scheme: an api/ folder with an OpenAPI file and no modules', () => {
    const dir = gitRepo({ 'api/openapi.yaml': shopSpec(), 'api/CHANGELOG.md': '# log\n', 'src/app.ts': 'export {};\n' });
    const r = runCli(['init', '--action', 'acme/contract-guard@v2'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^found 1 contract under api\/:\n {2}api\/openapi\.yaml \(OpenAPI\)$/m);
    assert.match(r.stdout, /^unit shop: 1\.0\.0 at api\/openapi\.yaml:3 \(info\.version\)$/m);
    const policy = readFileSync(join(dir, '.github/contract-guard.yml'), 'utf8');
    assert.match(policy, /^contracts: api /m);
    assert.match(policy, /^ {2}changelog: api\/CHANGELOG\.md$/m);
    assert.match(readFileSync(join(dir, '.github/workflows/contract-guard.yml'), 'utf8'), /uses: acme\/contract-guard@v2/);
    assert.ok(existsSync(join(dir, 'api/_frozen/freeze-v1.0.0.json')));
  });
  test('versions published in folders: the policy covers the next version and the folders beside them, not only those found', () => {
    const schema = (props: Record<string, unknown>) =>
      JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: props });
    const dir = gitRepo({
      'api/v1/openapi.yaml': shopSpec(),
      'events/order/1.0.0/order.json': schema({ id: { type: 'string' } }),
      'events/customer/1.0.0/customer.json': schema({ id: { type: 'string' } }),
    });
    assert.equal(runCli(['init'], dir).status, 0);
    const policy = readFileSync(join(dir, '.github/contract-guard.yml'), 'utf8');
    assert.match(policy, /^ {2}- "api\/\*\*\/\*\.\{yaml,yml,json\}"$/m, 'above the version folder, not api/v1/**');
    assert.match(policy, /^ {2}- "events\/\*\*\/\*\.\{yaml,yml,json\}"$/m, 'the folder holding order/ and customer/');
    commitAll(dir, 'contract-guard init');
    gitRun(dir, 'checkout', '--quiet', '-b', 'pr');
    // a new major published beside v1, with a break in it, and a schema for a new event beside the others
    writeTree(dir, {
      'api/v2/openapi.yaml': shopSpec({ name: false }).replace('version: 1.0.0', 'version: 2.0.0'),
      'events/invoice/1.0.0/invoice.json': schema({ id: { type: 'string' } }),
    });
    commitAll(dir, 'v2, invoice');
    const r = runCli(['check', '--base-branch', 'main', '--format', 'json'], dir);
    const report = JSON.parse(r.stdout) as Report;
    const files = new Set(report.changes.map((c) => c.file));
    assert.ok(files.has('api/v2/openapi.yaml'), `the new version is judged: ${[...files]}`);
    assert.ok(files.has('events/invoice/1.0.0/invoice.json'), `the new event schema is a contract: ${[...files]}`);
    assert.ok(
      report.changes.some((c) => c.file === 'api/v2/openapi.yaml' && c.level === 'major'),
      'the break in v2, against v1, is reported',
    );
  });

  test('contracts in formats the check does not judge are named, with the tool that does, not "found 0 contracts" alone', () => {
    const dir = gitRepo({
      'proto/order.proto': 'syntax = "proto3";\nmessage Order { string id = 1; }\n',
      'graphql/schema.graphql': 'type Query { order(id: ID!): String }\n',
      'node_modules/x/y.proto': 'syntax = "proto3";\n',
    });
    const r = runCli(['init'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /^note: 2 contracts in formats check lists when they change but does not judge .*: graphql\/schema\.graphql \(GraphQL: `graphql-inspector diff`\), proto\/order\.proto \(Protocol Buffers: `buf breaking`\)$/m,
    );
    assert.match(r.stdout, /^note: no contract it judges found /m);
  });

  test('a description kept one file per path item: its files are listed as what they are, not as JSON Schemas', () => {
    const dir = gitRepo({
      'openapi/openapi.yaml': 'openapi: 3.1.0\ninfo: {title: Pets, version: 1.0.0}\npaths:\n  /pets:\n    $ref: paths/pets.yaml\n',
      'openapi/paths/pets.yaml':
        "get:\n  parameters: [{$ref: '../parameters/limit.yaml'}]\n  responses:\n    '200': {$ref: '../responses/Pets.yaml'}\n",
      'openapi/parameters/limit.yaml': 'name: limit\nin: query\nschema: {type: integer}\n',
      'openapi/responses/Pets.yaml': "description: pets\ncontent:\n  application/json:\n    schema: {$ref: '../schemas/Pet.yaml'}\n",
      'openapi/schemas/Pet.yaml': 'type: object\nproperties:\n  id: {type: string}\n',
    });
    const r = runCli(['init'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^ {2}openapi\/paths\/pets\.yaml \(OpenAPI path item\)$/m);
    assert.match(r.stdout, /^ {2}openapi\/parameters\/limit\.yaml \(OpenAPI response, parameter or body\)$/m);
    assert.match(r.stdout, /^ {2}openapi\/responses\/Pets\.yaml \(OpenAPI response, parameter or body\)$/m);
    assert.match(r.stdout, /^ {2}openapi\/schemas\/Pet\.yaml \(JSON Schema\)$/m);
  });

  test('a Spectral ruleset in the tree is proposed when the check can run it, and commented out with the reason when not', () => {
    const usable = gitRepo({
      ...sampleFiles(false),
      'contracts/tooling/spectral.config.yaml': 'extends: ["spectral:oas"]\nrules:\n  operation-tags: off\n',
    });
    assert.equal(runCli(['init'], usable).status, 0);
    const policy = readFileSync(join(usable, '.github/contract-guard.yml'), 'utf8');
    assert.match(policy, /^spectral:\n {2}ruleset: contracts\/tooling\/spectral\.config\.yaml$/m);
    assert.equal(runCli(['check'], usable).status, 0, 'the proposed ruleset runs');
    const custom = gitRepo({ ...sampleFiles(false), 'contracts/tooling/spectral.config.yaml': 'functions: [kebab]\nrules: {}\n' });
    assert.equal(runCli(['init'], custom).status, 0);
    const commented = readFileSync(join(custom, '.github/contract-guard.yml'), 'utf8');
    assert.match(commented, /^# contracts\/tooling\/spectral\.config\.yaml cannot run in the check: `functions` loads JavaScript/m);
    assert.match(commented, /^# spectral:$/m);
    assert.notEqual(runCli(['check'], custom).status, 2, 'the policy init wrote does not stop the check');
  });
});

describe('contract-guard new', () => {
  /** The bundled sample with its freezes, committed on main: someone's repository on their first day. */
  const sample = () => gitRepo(sampleFiles(true));
  const json = (dir: string) => JSON.parse(runCli(['check', '--format', 'json'], dir).stdout) as Report;
  const problems = (r: Report) =>
    (r.violations ?? []).filter((v) => v.ruleId !== 'version-bump-missing' && v.ruleId !== 'changelog-missing');

  test('endpoint: an operation in the house style, every existing line kept; check asks for a minor bump, and bump settles it', () => {
    const dir = sample();
    const file = join(dir, 'contracts/modules/memory/api/openapi.yaml');
    const before = readFileSync(file, 'utf8');
    const r = runCli(['new', 'endpoint', 'memory', 'DELETE', '/v1/memories/{memory_id}'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /^wrote contracts\/modules\/memory\/api\/openapi\.yaml \(DELETE \/v1\/memories\/\{memory_id\}: operation \w+ with 204, 400, 401, 403, 404\)$/m,
    );
    assert.match(r.stdout, /^check now: ⛔ blocked: needs a minor version bump/m);
    assert.match(r.stdout, /^next: contract-guard bump/m);
    const after = readFileSync(file, 'utf8');
    // an addition only: the old text is still there line for line, comments and flow style included
    const added = after.split('\n').filter((l, i, all) => all.indexOf(l) === i);
    for (const line of before.split('\n')) assert.ok(added.includes(line), `lost: ${line}`);
    assert.equal(after.split('\n').length - before.split('\n').length, 14);
    const op = (loadYaml(after) as any).paths['/v1/memories/{memory_id}'].delete;
    assert.equal(op.responses['404'].$ref, '../../../api/openapi/common.yaml#/components/responses/NotFound');
    assert.equal(op.parameters, undefined, 'the path item declares memory_id already');
    const report = json(dir);
    assert.deepEqual(problems(report), [], 'the skeleton passes the house lint');
    assert.ok(report.changes.some((c) => c.ruleId === 'operation-added' && c.level === 'minor'));
    const b = runCli(['bump'], dir);
    assert.equal(b.status, 0, b.stdout + b.stderr);
    assert.match(b.stdout, /^check now: ✅ passes/m);
  });

  test("endpoint in a description kept one file per path item: into the path item's file, a new path in a file of its own", () => {
    const doc =
      'openapi: 3.1.0\ninfo: {title: Pets, version: 1.4.0}\npaths:\n  /pets/{id}:\n    $ref: paths/pets_{id}.yaml\n  /pets:\n    $ref: paths/pets.yaml\n';
    const getPet =
      "get:\n  operationId: getPet\n  parameters:\n    - {name: id, in: path, required: true, schema: {type: string}}\n  responses:\n    '200': {description: A pet}\n";
    const listPets = "get:\n  operationId: putPetsById\n  responses:\n    '200': {description: Pets}\n";
    const dir = gitRepo({ 'openapi/openapi.yaml': doc, 'openapi/paths/pets_{id}.yaml': getPet, 'openapi/paths/pets.yaml': listPets });
    // an operation the path item's file holds already is found there
    const dup = runCli(['new', 'endpoint', 'GET', '/pets/{id}'], dir);
    assert.equal(dup.status, 2);
    assert.equal(dup.stderr.trim(), 'contract-guard: error: openapi/paths/pets_{id}.yaml:1: GET /pets/{id} exists already');
    assert.equal(readFileSync(join(dir, 'openapi/openapi.yaml'), 'utf8'), doc, 'nothing written beside the $ref');
    // a new method on that path goes into its file, with an operationId no file of the description uses
    const put = runCli(['new', 'endpoint', 'PUT', '/pets/{id}'], dir);
    assert.equal(put.status, 0, put.stderr);
    assert.equal(readFileSync(join(dir, 'openapi/openapi.yaml'), 'utf8'), doc);
    const item = loadYaml(readFileSync(join(dir, 'openapi/paths/pets_{id}.yaml'), 'utf8')) as any;
    assert.ok(item.get && item.put, 'the existing operation kept, the new one beside it');
    assert.notEqual(item.put.operationId, 'putPetsById', 'taken in paths/pets.yaml');
    // a new path: a file named as the others are, behind a $ref in the description
    const owner = runCli(['new', 'endpoint', 'GET', '/owners/{ownerId}'], dir);
    assert.equal(owner.status, 0, owner.stderr);
    assert.match(owner.stdout, /^wrote openapi\/paths\/owners_\{ownerId\}\.yaml \(the path item of GET \/owners\/\{ownerId\}/m);
    const paths = (loadYaml(readFileSync(join(dir, 'openapi/openapi.yaml'), 'utf8')) as any).paths;
    assert.deepEqual(paths['/owners/{ownerId}'], { $ref: 'paths/owners_{ownerId}.yaml' });
    const created = loadYaml(readFileSync(join(dir, 'openapi/paths/owners_{ownerId}.yaml'), 'utf8')) as any;
    assert.equal(created.get.parameters[0].name, 'ownerId');
    const report = json(dir);
    assert.deepEqual(
      report.changes
        .filter((c) => c.ruleId === 'operation-added')
        .map((c) => c.message)
        .sort(),
      ['GET /owners/{ownerId} added', 'PUT /pets/{id} added'],
      'check reads both where they were written',
    );
  });

  test('event into an AsyncAPI document of another style: its direction, channel ids, versioned addresses, components and Avro', () => {
    const doc = [
      'asyncapi: 3.0.0',
      'info: {title: Orders Events, version: 1.0.0}',
      'channels:',
      '  orderCreated:',
      '    address: orders.created.v1',
      '    messages:',
      "      OrderCreated: {$ref: '#/components/messages/OrderCreated'}",
      'operations:',
      '  publishOrderCreated:',
      '    action: send',
      "    channel: {$ref: '#/channels/orderCreated'}",
      'components:',
      '  messages:',
      '    OrderCreated:',
      '      payload:',
      '        schemaFormat: application/vnd.apache.avro;version=1.9.0',
      "        schema: {$ref: '../avro/order-created.avsc'}",
      '',
    ].join('\n');
    const avsc = JSON.stringify({
      type: 'record',
      name: 'OrderCreated',
      namespace: 'com.acme.orders',
      fields: [{ name: 'id', type: 'string' }],
    });
    const dir = gitRepo({ 'asyncapi/asyncapi.yaml': doc, 'avro/order-created.avsc': avsc });
    // the topic is there already, under a channel id and a versioned address
    const dup = runCli(['new', 'event', 'orders.created'], dir);
    assert.equal(dup.status, 2);
    assert.match(dup.stderr, /asyncapi\/asyncapi\.yaml:4: channel orderCreated exists already \(for orders\.created\)/);
    const r = runCli(['new', 'event', 'orders.cancelled'], dir);
    assert.equal(r.status, 0, r.stderr);
    const after = loadYaml(readFileSync(join(dir, 'asyncapi/asyncapi.yaml'), 'utf8')) as any;
    assert.deepEqual(after.channels.ordersCancelled, {
      address: 'orders.cancelled.v1',
      messages: { OrdersCancelled: { $ref: '#/components/messages/OrdersCancelled' } },
    });
    assert.equal(after.operations.sendOrdersCancelled.action, 'send', "the way the document's events go");
    assert.deepEqual(after.components.messages.OrdersCancelled.payload, {
      schemaFormat: 'application/vnd.apache.avro;version=1.9.0',
      schema: { $ref: '../avro/orders-cancelled.avsc' },
    });
    const record = JSON.parse(readFileSync(join(dir, 'avro/orders-cancelled.avsc'), 'utf8'));
    assert.deepEqual([record.type, record.name, record.namespace], ['record', 'OrdersCancelled', 'com.acme.orders']);
    const report = json(dir);
    assert.deepEqual(report.errors, [], 'check reads what was written');
    assert.ok(report.changes.some((c) => c.ruleId === 'channel-added'));
  });

  test('an edit that would leave the document unreadable is refused whole: no document half-written, no record beside it', () => {
    // `operations: []` where a mapping belongs: splicing a new operation in would write the key a second time
    const doc = [
      'asyncapi: 3.0.0',
      'info: {title: Orders Events, version: 1.0.0}',
      'channels: {}',
      'operations: []',
      'components:',
      '  messages:',
      '    OrderCreated:',
      '      payload:',
      '        schemaFormat: application/vnd.apache.avro;version=1.9.0',
      "        schema: {$ref: '../avro/order-created.avsc'}",
      '',
    ].join('\n');
    const avsc = JSON.stringify({ type: 'record', name: 'OrderCreated', namespace: 'com.acme.orders', fields: [] });
    const dir = gitRepo({ 'asyncapi/asyncapi.yaml': doc, 'avro/order-created.avsc': avsc });
    const r = runCli(['new', 'event', 'orders.cancelled'], dir);
    assert.equal(r.status, 2, r.stdout);
    assert.match(
      r.stderr,
      /asyncapi\/asyncapi\.yaml: the edit would leave it unreadable \(invalid YAML: duplicated mapping key\); nothing was written/,
    );
    assert.equal(readFileSync(join(dir, 'asyncapi/asyncapi.yaml'), 'utf8'), doc);
    assert.ok(!existsSync(join(dir, 'avro/orders-cancelled.avsc')), 'the record is written with the document or not at all');
  });

  test("an AsyncAPI document's event style: the direction most operations take (sent when none), in 2.x as in 3.0", () => {
    const v2 = (ops: string[]) => ({
      asyncapi: '2.6.0',
      channels: Object.fromEntries(ops.map((op, i) => [`shop.e${i}`, { [op]: { message: { payload: { type: 'object' } } } }])),
    });
    assert.equal(eventStyle(v2(['publish', 'publish', 'subscribe'])).action, 'receive', '2.x publish: others publish, it receives');
    assert.equal(eventStyle(v2(['subscribe'])).action, 'send');
    assert.equal(eventStyle({ asyncapi: '3.0.0' }).action, 'send', 'no operations yet: the application sends it');
    const v3 = eventStyle({ asyncapi: '3.0.0', channels: { 'a.b': { address: 'a.b' } }, operations: { x: { action: 'receive' } } });
    assert.deepEqual([v3.action, v3.camelIds, v3.versionSuffix, v3.inComponents], ['receive', false, '', false]);
    assert.deepEqual(channelOf(v3, 'orders.cancelled'), { key: 'orders.cancelled', address: 'orders.cancelled' });
    const mixed = eventStyle({ asyncapi: '3.0.0', channels: { a: { address: 'x.v1' }, b: { address: 'y' } } });
    assert.equal(mixed.versionSuffix, '', 'not every address carries a version');
  });

  test('a path item file is named as the others are, or not at all when they follow no one naming', () => {
    const items = [
      { path: '/pets/{id}', ref: './paths/pets@{id}.json' },
      { path: '/pets', ref: './paths/pets.json' },
    ];
    assert.deepEqual(pathItemFile('api/openapi.json', items, '/a/{b}/c'), { ref: './paths/a@{b}@c.json', file: 'api/paths/a@{b}@c.json' });
    const stripped = [{ path: '/users/{id}/keys', ref: 'p/users-id-keys.yaml' }];
    assert.equal(pathItemFile('openapi.yaml', stripped, '/orgs/{org}')?.ref, 'p/orgs-org.yaml');
    assert.equal(pathItemFile('openapi.yaml', [...items, { path: '/x', ref: '#' }], '/y'), undefined, 'one path written in place');
    assert.equal(pathItemFile('openapi.yaml', [{ path: '/pets', ref: 'paths/animals.yaml' }], '/y'), undefined, 'no naming fits');
    assert.equal(pathItemFile('openapi.yaml', [{ path: '/pets', ref: '../paths/pets.yaml' }], '/y'), undefined, 'outside the root');
  });

  test('endpoint in a new module: versions.yaml at 0.1.0 and an OpenAPI 3.1 document that references the shared security', () => {
    const dir = sample();
    const r = runCli(['new', 'endpoint', 'billing', 'post', '/v1/invoices'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^wrote contracts\/modules\/billing\/versions\.yaml \(a new module, at 0\.1\.0\)$/m);
    const doc = loadYaml(readFileSync(join(dir, 'contracts/modules/billing/api/openapi.yaml'), 'utf8')) as any;
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.jsonSchemaDialect, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(doc.security, [{ mtls: [], bearerAuth: [] }]);
    assert.equal(doc.components.securitySchemes.mtls.$ref, '../../../api/openapi/common.yaml#/components/securitySchemes/mtls');
    const op = doc.paths['/v1/invoices'].post;
    assert.equal(op.operationId, 'postInvoices');
    assert.ok(op.requestBody && op.responses['201'] && op.responses['400'] && !op.responses['404']);
    assert.deepEqual(problems(json(dir)), []);
    // the same operation again is refused, naming where it is
    const again = runCli(['new', 'endpoint', 'billing', 'POST', '/v1/invoices'], dir);
    assert.equal(again.status, 2);
    assert.match(
      again.stderr,
      /^contract-guard: error: contracts\/modules\/billing\/api\/openapi\.yaml:\d+: POST \/v1\/invoices exists already$/m,
    );
  });

  test('schema: a 2020-12 schema from the common ULID and timestamp, its example validates; never replaced', () => {
    const dir = sample();
    const r = runCli(['new', 'schema', 'memory', 'memory_link'], dir);
    assert.equal(r.status, 0, r.stderr);
    const schemaFile = join(dir, 'contracts/modules/memory/storage/memory_link.schema.json');
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, 'https://contracts.memoryos.example/modules/memory/storage/memory_link.schema.json');
    assert.equal(schema.properties.id.$ref, '../../../storage/common.schema.json#/$defs/ulid');
    assert.equal(schema.properties.created_at.$ref, '../../../storage/common.schema.json#/$defs/timestamp');
    const example = JSON.parse(readFileSync(join(dir, 'contracts/modules/memory/examples/memory_link.json'), 'utf8'));
    assert.match(example.id, /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/);
    const report = json(dir);
    assert.deepEqual(problems(report), [], 'the example validates (it is checked with the common definitions)');
    const again = runCli(['new', 'schema', 'memory', 'memory_link'], dir);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /memory_link\.schema\.json: exists already; not overwritten/);
    assert.deepEqual(JSON.parse(readFileSync(schemaFile, 'utf8')), schema);
  });

  test('event: payload schema, example and a topic entry at version 1, the catalog otherwise untouched; CRLF kept', () => {
    const dir = sample();
    const catalog = join(dir, 'contracts/events/topics.yaml');
    writeFileSync(catalog, readFileSync(catalog, 'utf8').replace(/\n/g, '\r\n'));
    commitAll(dir, 'the catalog as a Windows editor saved it');
    const r = runCli(['new', 'event', 'memory.archived'], dir);
    assert.equal(r.status, 0, r.stderr);
    const text = readFileSync(catalog, 'utf8');
    assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
    const topics = (loadYaml(text) as any).topics;
    assert.deepEqual(topics.at(-1), { name: 'memory.archived', version: 1, schema: 'schemas/memory.archived.schema.json' });
    assert.equal(topics.length, 3);
    assert.ok(existsSync(join(dir, 'contracts/events/examples/memory.archived.json')));
    assert.deepEqual(problems(json(dir)), []);
    const m = runCli(['new', 'event', 'retrieval.cached', '--module', 'retrieval'], dir);
    assert.equal(m.status, 0, m.stderr);
    assert.ok(existsSync(join(dir, 'contracts/modules/retrieval/events/retrieval.cached.schema.json')));
    assert.equal(
      (loadYaml(readFileSync(catalog, 'utf8')) as any).topics.at(-1).schema,
      '../modules/retrieval/events/retrieval.cached.schema.json',
    );
    const dup = runCli(['new', 'event', 'memory.created'], dir);
    assert.equal(dup.status, 2);
    assert.match(dup.stderr, /topics\.yaml: topic memory\.created exists already/);
  });

  test('bad arguments: one line, exit 2, nothing written; --help', () => {
    const dir = sample();
    for (const args of [
      ['new', 'endpoint', 'memory', 'FETCH', '/v1/x'],
      ['new', 'endpoint', 'memory', 'GET', 'v1/x'],
      ['new', 'event', 'Memory Created'],
      ['new', 'schema', 'memory'],
      ['new', 'widget', 'x'],
    ]) {
      const r = runCli(args, dir);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
    assert.equal(gitRun(dir, 'status', '--porcelain'), '');
    const h = runCli(['new', '--help'], dir);
    assert.equal(h.status, 0);
    assert.match(h.stdout, /contract-guard new endpoint \[<module>|<document>\] <METHOD> <path>/);
  });
});

describe('contract-guard fix', () => {
  /** The sample with its lint broken: a dialect, three operations' 4xx responses and a schema's $schema gone. */
  function broken(): string {
    const files = sampleFiles(true);
    const api = 'contracts/modules/memory/api/openapi.yaml';
    files[api] = files[api]!.replace(/^jsonSchemaDialect: .*\n/m, '').replace(/^ {8}'4\d\d': \{ \$ref: '[^']+' \}\n/gm, '');
    const space = 'contracts/storage/schemas/space.schema.json';
    files[space] = files[space]!.replace(/^ {2}"\$schema": .*\n/m, '');
    return gitRepo({ ...files, '.github/contract-guard.yml': 'preset: memoryos\n' });
  }
  const lint = (dir: string) =>
    ((JSON.parse(runCli(['check', '--format', 'json'], dir).stdout) as Report).violations ?? [])
      .filter((v) => ['operation-missing-4xx', 'openapi-not-3-1'].includes(v.ruleId))
      .map((v) => v.ruleId)
      .sort();

  test('shows a diff git can apply and writes nothing; --write makes the same change and the lint findings are gone', () => {
    const dir = broken();
    assert.deepEqual(lint(dir), ['openapi-not-3-1', 'operation-missing-4xx', 'operation-missing-4xx']);
    const shown = runCli(['fix'], dir);
    assert.equal(shown.status, 1);
    assert.match(shown.stderr, /^4 fixes in 2 files; run 'contract-guard fix --write' to make them$/m);
    assert.match(
      shown.stdout,
      /^\+ {8}'404':\n\+ {10}\$ref: \.\.\/\.\.\/\.\.\/api\/openapi\/common\.yaml#\/components\/responses\/NotFound$/m,
    );
    assert.match(shown.stdout, /^ openapi: 3\.1\.0\n\+jsonSchemaDialect: https:\/\/json-schema\.org\/draft\/2020-12\/schema$/m);
    assert.equal(gitRun(dir, 'status', '--porcelain'), '', 'nothing written');
    writeFileSync(join(dir, '..', 'fix.patch'), shown.stdout);
    gitRun(dir, 'apply', '--check', join(dir, '..', 'fix.patch'));
    const written = runCli(['fix', '--write'], dir);
    assert.equal(written.status, 0, written.stderr);
    assert.match(
      written.stdout,
      /^wrote contracts\/storage\/schemas\/space\.schema\.json \(\$schema: https:\/\/json-schema\.org\/draft\/2020-12\/schema\)$/m,
    );
    assert.deepEqual(lint(dir), []);
    assert.equal(
      JSON.parse(readFileSync(join(dir, 'contracts/storage/schemas/space.schema.json'), 'utf8')).$schema,
      'https://json-schema.org/draft/2020-12/schema',
    );
    // what was written is what was shown
    const diff = gitRun(dir, 'diff');
    gitRun(dir, 'stash');
    gitRun(dir, 'apply', join(dir, '..', 'fix.patch'));
    assert.equal(gitRun(dir, 'diff'), diff);
    const again = runCli(['fix'], dir);
    assert.equal(again.status, 0);
    assert.equal(again.stdout, 'nothing to fix\n');
  });

  test('a draft-07 schema without $schema is left alone: declaring 2020-12 would change what its tuple items mean', () => {
    const dir = gitRepo({
      'contracts/pair.schema.json': JSON.stringify({ type: 'array', items: [{ type: 'string' }, { type: 'number' }] }),
      '.github/contract-guard.yml': 'preset: memoryos\n',
    });
    const r = runCli(['fix'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'nothing to fix\n');
  });

  test('the house lint off (no preset): nothing of the house is proposed; on, an operation that can answer no 4xx is not a fix', () => {
    // an OpenAPI 3.1 description without jsonSchemaDialect (its default dialect is OpenAPI's own), a 3.0 one whose
    // schema lives in a file of its own (an OpenAPI 3.0 schema object, not a 2020-12 JSON Schema), an operation
    // without a 4xx response
    const files = {
      'api/openapi.yaml':
        "openapi: 3.1.0\ninfo: {title: a, version: 1.0.0}\npaths:\n  /items:\n    get:\n      responses: {'200': {description: ok}}\n",
      'legacy/openapi.yaml':
        "openapi: 3.0.3\ninfo: {title: b, version: 1.0.0}\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n          content: {application/json: {schema: {$ref: 'item.yaml'}}}\n",
      'legacy/item.yaml': 'type: object\nproperties:\n  id: {type: string}\n',
    };
    const off = gitRepo(files);
    const r = runCli(['fix', '--write'], off);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^nothing to fix: these are the house lint’s fixes, and it is off \(`preset: memoryos`/);
    assert.equal(gitRun(off, 'status', '--porcelain'), '', 'nothing written');
    // on: GET /items takes no input and has no parameters or security, so no 4xx applies; it is not listed as a fix
    const on = gitRepo({ 'api/openapi.yaml': files['api/openapi.yaml'], '.github/contract-guard.yml': 'preset: memoryos\n' });
    const shown = runCli(['fix'], on);
    assert.match(shown.stderr, /^1 fix in 1 file/m, 'the dialect only');
    assert.doesNotMatch(shown.stdout + shown.stderr, /GET \/items/);
  });
});

describe('contract-guard validate and workflow', () => {
  test('validate: the whole tree, old problems listed as debt, a new one fails with file and line', () => {
    const dir = memoryosRepo();
    const r = runCli(['validate'], dir);
    assert.equal(r.status, 1);
    assert.match(
      r.stdout,
      /^new {2}contracts\/storage\/schemas\/memory_item\.schema\.json:\d+: invalid JSON: .* \[contract-unreadable\]$/m,
    );
    assert.match(
      r.stdout,
      /^debt contracts\/events\/examples\/action_decision_02\.json:\d+: \/confidence must be <= 1 .*\[example-invalid\]$/m,
    );
    assert.match(r.stdout, /^validate: 1 new problem, 6 already in the baseline \(debt\)$/m);
    const clean = runCli(['validate'], memoryosRepo({ pr: 'clean' }));
    assert.equal(clean.status, 0, clean.stdout);
    assert.match(clean.stdout, /^validate: no new problems, 6 already in the baseline \(debt\)$/m);
  });

  test('workflow: bump by the level, the summary opens the changelog entry, validate, check; bad level refused', () => {
    const dir = gitRepo(sampleFiles(true));
    assert.equal(runCli(['new', 'schema', 'memory', 'memory_link'], dir).status, 0);
    const r = runCli(['workflow', 'minor', 'add memory links'], dir);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^wrote contracts\/modules\/memory\/versions\.yaml: memory 1\.2\.0 → 1\.3\.0/m);
    assert.match(r.stdout, /^validate: no new problems$/m);
    assert.match(r.stdout, /^check now: ✅ passes: minor change$/m);
    assert.match(readFileSync(join(dir, 'contracts/CHANGELOG.md'), 'utf8'), /^## memory 1\.3\.0\n- add memory links\n- .*memory_link/m);
    for (const args of [
      ['workflow', 'huge', 'x'],
      ['workflow', 'minor'],
      ['workflow', 'minor', ' '],
    ]) {
      const bad = runCli(args, dir);
      assert.equal(bad.status, 2, args.join(' '));
      assert.equal(bad.stderr.trim().split('\n').length, 1);
    }
  });

  test('workflow: a level too small for the changes is done as asked, and the check says what still blocks', () => {
    const dir = gitRepo(sampleFiles(true));
    const api = join(dir, 'contracts/modules/memory/api/openapi.yaml');
    writeFileSync(api, readFileSync(api, 'utf8').replace('        content: { type: string, maxLength: 1048576 }\n', ''));
    const r = runCli(['workflow', 'patch', 'drop content'], dir);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /memory 1\.2\.0 → 1\.2\.1 \(patch/);
    assert.match(r.stdout, /^ {2}blocks: memory: minor changes need a minor bump from 1\.2\.0, but the version is 1\.2\.1/m);
  });
});

test('every command answers --help: usage on stdout, exit 0, nothing written', () => {
  const top = runCli(['--help']);
  assert.equal(top.status, 0);
  const commands = [...top.stdout.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!);
  assert.ok(commands.length >= 11, commands.join(' '));
  const dir = gitRepo({ 'README.md': 'x\n' });
  for (const command of commands) {
    const r = runCli([command, '--help'], dir);
    assert.equal(r.status, 0, `${command}: ${r.stderr}`);
    assert.match(r.stdout, /^Usage:/, command);
    assert.match(r.stdout, new RegExp(`contract-guard ${command}\\b`), command);
  }
  assert.equal(gitRun(dir, 'status', '--porcelain'), '');
});
