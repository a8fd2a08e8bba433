// Repositories that write versions in their paths (`schemas/order/1.0.0/`, `events/order-created/v2.avsc`,
// `api/v1/openapi.yaml`): a new version is compared with the one before it and needs a version its changes allow; a
// published one is never edited beyond a patch (a major line only compatibly); removing one breaks its readers.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pathVersion, predecessors, publishedAs } from '../src/core/version-path.js';
import type { Report } from '../src/core/report/model.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPullRequest, gitRepo, pullRequestRepo, runCli } from './helpers.js';

const schema = (total: string, extra = '', id?: string) =>
  JSON.stringify(
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      ...(id ? { $id: `https://example.com/schemas/order/${id}/order.json` } : {}),
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'string', ...(extra ? { description: extra } : {}) }, total: { type: total } },
    },
    null,
    2,
  ) + '\n';

const ORDERS = { 'schemas/order/1.0.0/order.json': schema('number', '', '1.0.0') };

const rules = (report: Report) => (report.violations ?? []).map((v) => v.ruleId).sort();

describe('versions written in paths', () => {
  test('what a path says its version is, and what is no version', () => {
    const seen = (p: string) => {
      const v = pathVersion(p);
      return v && [v.version, v.kind, v.unit];
    };
    assert.deepEqual(seen('schemas/order/1.0.0/order.json'), ['1.0.0', 'release', 'schemas/order/{version}']);
    assert.deepEqual(seen('iglu/com.acme/order/jsonschema/1-0-2.json'), [
      '1.0.2',
      'release',
      'iglu/com.acme/order/jsonschema/{version}.json',
    ]);
    assert.deepEqual(seen('events/order-created/v2.avsc'), ['2.0.0', 'line', 'events/order-created/{version}.avsc']);
    assert.deepEqual(seen('api/v1/openapi.yaml'), ['1.0.0', 'line', 'api/{version}']);
    assert.deepEqual(seen('events/order.v3.schema.json'), ['3.0.0', 'line', 'events/order.{version}.schema.json']);
    assert.deepEqual(seen('schemas/order-1.2.0.yaml'), ['1.2.0', 'release', 'schemas/order-{version}.yaml']);
    // a release folder publishes its files whole: a major in a name inside it (a schema of Avro's v1) is part of the name
    assert.deepEqual(seen('definitions/2.6.0/avroSchema_v1.json'), ['2.6.0', 'release', 'definitions/{version}']);
    assert.deepEqual(seen('api/v1/events/order.v2.json'), ['2.0.0', 'line', 'api/v1/events/order.{version}.json']);
    // a schema registry's export numbers a subject's versions: in a folder named `versions`, a bare number is one
    assert.deepEqual(seen('subjects/orders-value/versions/2.avsc'), ['2.0.0', 'release', 'subjects/orders-value/versions/{version}.avsc']);
    assert.deepEqual(seen('subjects/orders-value/versions/3/schema.json'), [
      '3.0.0',
      'release',
      'subjects/orders-value/versions/{version}',
    ]);
    for (const none of [
      'schemas/2024/order.json',
      'errors/error-404.json',
      'errors/404.json',
      'versions/latest.avsc',
      'api/2024-01-01/openapi.yaml',
      'api/v1beta/openapi.yaml',
      'oauth2.json',
    ])
      assert.equal(pathVersion(none), undefined, none);
    // a new version is written the way the last one was
    assert.equal(publishedAs(pathVersion('s/o/1-0-0/o.json')!, '1.1.0'), 's/o/1-1-0/');
    assert.equal(publishedAs(pathVersion('events/o/v2.avsc')!, '3.0.0'), 'events/o/v3.avsc');
    // compared with the newest older version at the baseline; a file new in a version has none
    assert.deepEqual(
      predecessors(
        ['s/o/1.0.0/o.json', 's/o/1.1.0/o.json', 's/o/2.0.0/o.json'],
        ['s/o/1.2.0/o.json', 's/o/1.2.0/new.json', 's/o/0.9.0/o.json'],
      ),
      [{ base: 's/o/1.1.0/o.json', head: 's/o/1.2.0/o.json' }],
    );
  });

  test("a schema registry's export: a subject's new version is compared with the one before, and a registered one is never edited", () => {
    const order = (fields: unknown[]) => JSON.stringify({ type: 'record', name: 'Order', namespace: 'com.acme', fields });
    const v1 = order([{ name: 'id', type: 'string' }]);
    const v2 = order([
      { name: 'id', type: 'string' },
      { name: 'currency', type: 'string' },
    ]);
    // it was "Avro schema …/2.avsc added", a minor change that passed
    const added = checkPullRequest(
      pullRequestRepo({ 'subjects/orders-value/versions/1.avsc': v1 }, { 'subjects/orders-value/versions/2.avsc': v2 }),
    );
    const major = added.report.changes.filter((c) => c.level === 'major');
    assert.deepEqual(
      major.map((c) => [c.ruleId, c.file, c.module]),
      [['avro-field-added-without-default', 'subjects/orders-value/versions/2.avsc', 'subjects/orders-value']],
    );
    assert.ok(major[0]!.semantic?.witness !== undefined, 'with a datum the old version writes and the new one cannot read');
    assert.equal(added.report.approval?.required, true);
    const edited = checkPullRequest(
      pullRequestRepo({ 'subjects/orders-value/versions/1.avsc': v1 }, { 'subjects/orders-value/versions/1.avsc': v2 }),
    );
    assert.ok(
      edited.report.violations!.some((v) => v.ruleId === 'published-version-changed' && v.blocking),
      JSON.stringify(edited.report.violations),
    );
  });

  test('a new version folder is compared with the last one, and a break in it needs a major version and the Council', () => {
    // with its own $id, as each version has: not a change
    const dir = pullRequestRepo(ORDERS, { 'schemas/order/2.0.0/order.json': schema('string', '', '2.0.0') });
    const { status, report } = checkPullRequest(dir);
    assert.deepEqual(
      report.changes.map((c) => [c.ruleId, c.level, c.file]),
      [
        ['storage-type-changed', 'major', 'schemas/order/2.0.0/order.json'],
        ['contract-version-added', 'patch', 'schemas/order/2.0.0/order.json'],
      ],
    );
    assert.deepEqual(
      report.modules.map((m) => [m.name, m.frozenVersion, m.currentVersion, m.requiredBump]),
      [['schemas/order', '1.0.0', '2.0.0', 'major']],
    );
    assert.deepEqual(rules(report), ['major-change']);
    assert.equal(status, 0);
  });

  test('a new version folder whose $refs name its own $ids is compared by what they reach, not by their URLs', () => {
    // each version's files name each other by $id URLs that carry the version (as @asyncapi/specs' definitions do)
    const files = (v: string, extra: Record<string, unknown> = {}) => {
      const id = (name: string) => `https://example.com/schemas/order/${v}/${name}.json`;
      const doc = (name: string, body: object) =>
        JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', $id: id(name), ...body });
      return {
        [`schemas/order/${v}/order.json`]: doc('order', {
          type: 'object',
          properties: { id: { type: 'string' }, ship_to: { $ref: id('address') }, ...extra },
          patternProperties: { '^x-': { $ref: id('ext') } },
          not: { required: ['legacy'], description: v === '1.0.0' ? undefined : 'no legacy field' },
        }),
        [`schemas/order/${v}/address.json`]: doc('address', { type: 'object', properties: { zip: { type: 'string' } } }),
        [`schemas/order/${v}/ext.json`]: doc('ext', { description: `extension, ${v}` }),
      };
    };
    const report = checkPullRequest(pullRequestRepo(files('1.0.0'), files('1.1.0', { note: { type: 'string' } }))).report;
    assert.deepEqual(
      report.changes.filter((c) => c.level !== 'patch').map((c) => [c.ruleId, c.level]),
      [['storage-property-added', 'minor']],
    );
    // the description added inside `not` is what readers are told: documentation, a patch
    assert.ok(
      report.changes.some((c) => c.ruleId === 'storage-schema-docs-changed' && c.pointer === '/not'),
      JSON.stringify(report.changes.map((c) => [c.ruleId, c.pointer])),
    );
    // what a $ref in patternProperties reaches changing is still a change
    const narrowed = {
      ...files('1.1.0'),
      'schemas/order/1.1.0/ext.json': JSON.stringify({ $id: 'https://example.com/schemas/order/1.1.0/ext.json', type: 'string' }),
    };
    const changed = checkPullRequest(pullRequestRepo(files('1.0.0'), narrowed)).report;
    assert.ok(
      changed.changes.some((c) => c.ruleId === 'storage-constraint-changed' && c.pointer === '/patternProperties'),
      JSON.stringify(changed.changes.map((c) => c.ruleId)),
    );
  });

  test('an Iglu registry: extension-less SchemaVer files are schemas, edited in place they block, and an ADDITION takes compatible changes', () => {
    const path = (v: string) => `schemas/com.acme/order_created/jsonschema/${v}`;
    const iglu = (v: string, properties: Record<string, unknown>) =>
      JSON.stringify({
        $schema: 'http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#',
        self: { vendor: 'com.acme', name: 'order_created', format: 'jsonschema', version: v },
        type: 'object',
        properties: { id: { type: 'string' }, total: { type: 'number' }, ...properties },
        additionalProperties: false,
      });
    const base = { [path('1-0-0')]: iglu('1-0-0', {}) };
    // a published version edited in place: it was "documentation changed", a patch
    const edited = checkPullRequest(pullRequestRepo(base, { [path('1-0-0')]: iglu('1-0-0', { total: { type: 'string' } }) })).report;
    assert.deepEqual(rules(edited), ['major-change', 'published-version-changed']);
    assert.match(edited.violations!.find((v) => v.ruleId === 'published-version-changed')!.fix!, /jsonschema\/2-0-0/);
    // a property added (compatible with every datum before): an ADDITION will do, and `self` moving is no change
    const added = checkPullRequest(pullRequestRepo(base, { [path('1-0-1')]: iglu('1-0-1', { note: { type: 'string' } }) })).report;
    assert.deepEqual(rules(added), [], JSON.stringify(added.violations));
    assert.ok(!added.changes.some((c) => c.pointer === '/self'), added.changes.map((c) => c.ruleId).join(' '));
    // a new version copied from the last that kept its `self.version`: Iglu refuses it, so the check does, at its line
    const copied = checkPullRequest(pullRequestRepo(base, { [path('1-0-1')]: iglu('1-0-0', { note: { type: 'string' } }) })).report;
    const mismatch = copied.violations!.find((v) => v.ruleId === 'version-path-mismatch');
    assert.equal(mismatch?.blocking, true, JSON.stringify(copied.violations));
    assert.equal(mismatch.message, `${path('1-0-1')}: its path publishes 1-0-1, but \`self.version\` says 1-0-0`);
    assert.equal(mismatch.fix, 'Set `self.version` to `1-0-1`, as its path says.');
    // a versioned `$id` kept from the last version names that version
    const idOf = (v: string) => `https://schemas.acme.com/order/${v}/order.json`;
    const withId = (v: string) => JSON.stringify({ $id: idOf(v), type: 'object', properties: { id: { type: 'string' } } }, null, 2);
    const stale = checkPullRequest(
      pullRequestRepo({ 'schemas/order/1.0.0/order.json': withId('1.0.0') }, { 'schemas/order/1.1.0/order.json': withId('1.0.0') }),
    ).report;
    const idMismatch = stale.violations!.find((v) => v.ruleId === 'version-path-mismatch');
    assert.equal(idMismatch?.fix, `Set its \`$id\` to \`${idOf('1.1.0')}\`, as its path says.`);
    assert.equal(idMismatch.line, 2);
    // a mismatch the baseline already had is debt: a description edited beside it warns, it does not block
    const described = withId('1.0.0').replace('"type": "object"', '"type": "object",\n  "description": "An order"');
    const debt = checkPullRequest(
      pullRequestRepo({ 'schemas/order/1.1.0/order.json': withId('1.0.0') }, { 'schemas/order/1.1.0/order.json': described }),
    ).report;
    assert.ok(!debt.violations!.some((v) => v.ruleId === 'version-path-mismatch'), JSON.stringify(debt.violations));
    assert.ok(
      debt.warned!.some((v) => v.ruleId === 'version-path-mismatch' && v.debt),
      JSON.stringify(debt.warned),
    );
    // the changelog entry asked for is written as SchemaVer writes it
    const entry = [...(added.warned ?? []), ...(added.violations ?? [])].find((v) => v.ruleId === 'changelog-missing');
    assert.match(entry?.message ?? '', /jsonschema 1-0-1$/);
    // `init` finds them, and names them in `contracts:` by where SchemaVer puts them
    const fresh = gitRepo(base);
    const init = runCli(['init'], fresh);
    assert.equal(init.status, 0, init.stderr);
    assert.match(init.stdout, /schemas\/com\.acme\/order_created\/jsonschema\/1-0-0 \(JSON Schema\)/);
    assert.match(init.stdout, /the first freeze: v1\.0\.0, 1 artifact\)/);
    assert.match(
      readFileSync(join(fresh, '.github/contract-guard.yml'), 'utf8'),
      /contracts:\n {2}- "schemas\/\*\*\/jsonschema\/\*-\*-\*"/,
    );
    // a break as a REVISION: a MODEL is needed
    const broken = checkPullRequest(pullRequestRepo(base, { [path('1-1-0')]: iglu('1-1-0', { total: { type: 'string' } }) })).report;
    const low = broken.violations!.find((v) => v.ruleId === 'version-path-too-low');
    assert.match(low?.fix ?? '', /Publish them as schemas\/com\.acme\/order_created\/jsonschema\/2-0-0 instead/);
    // the checklist says the same, written as the registry writes it: no "Bump from 1.0.0 to ≥ 2.0.0"
    assert.deepEqual(
      broken
        .checklist!.filter((i) => i.module === 'schemas/com.acme/order_created/jsonschema' && /publish/i.test(i.text))
        .map((i) => i.text),
      [
        'Publish the changes of `schemas/com.acme/order_created/jsonschema` as `schemas/com.acme/order_created/jsonschema/2-0-0` (needs major; they are `1-1-0` now)',
      ],
    );
    assert.ok(!broken.checklist!.some((i) => /Bump `/.test(i.text)), broken.checklist!.map((i) => i.text).join('\n'));
    // and once published as one, it is ticked
    const model = checkPullRequest(pullRequestRepo(base, { [path('2-0-0')]: iglu('2-0-0', { total: { type: 'string' } }) })).report;
    assert.ok(
      model.checklist!.some(
        (i) => i.done && i.text === 'Changes of `schemas/com.acme/order_created/jsonschema` published as `2-0-0` (needs major)',
      ),
      model.checklist!.map((i) => i.text).join('\n'),
    );
  });

  test('a schema versioned by its $id URL: a break asks for the major there, and bump writes it into the $id', () => {
    const order = (v: string, total: string) =>
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `https://schemas.acme.com/order/${v}/order.json`,
        type: 'object',
        properties: { id: { type: 'string' }, total: { type: total } },
      }) + '\n';
    const dir = pullRequestRepo({ 'schemas/order.json': order('1.2.0', 'number') }, { 'schemas/order.json': order('1.3.0', 'string') });
    const { report } = checkPullRequest(dir);
    assert.deepEqual(
      report.modules.map((m) => [m.name, m.frozenVersion, m.currentVersion, m.requiredBump]),
      [['order', '1.2.0', '1.3.0', 'major']],
    );
    const missing = report.violations!.find((v) => v.ruleId === 'version-bump-missing');
    assert.match(missing?.fix ?? '', /Set `\$id: https:\/\/schemas\.acme\.com\/order\/2\.0\.0\/order\.json` in schemas\/order\.json/);
    const bump = runCli(['bump'], dir);
    assert.match(bump.stdout, /wrote schemas\/order\.json: order \$id 1\.3\.0 → 2\.0\.0/);
    assert.equal(readFileSync(join(dir, 'schemas/order.json'), 'utf8'), order('2.0.0', 'string'));
    // two files under one versioned folder of $ids each carry their own version, told apart by their file
    const shared = (name: string, v: string, type: string) =>
      JSON.stringify({ $id: `https://acme.com/schemas/${v}/${name}.json`, type: 'object', properties: { id: { type } } });
    const two = checkPullRequest(
      pullRequestRepo(
        { 'schemas/order.json': shared('order', '1.0.0', 'string'), 'schemas/customer.json': shared('customer', '1.0.0', 'string') },
        { 'schemas/order.json': shared('order', '1.1.0', 'integer'), 'schemas/customer.json': shared('customer', '1.1.0', 'string') },
      ),
    ).report;
    assert.deepEqual(
      two.violations!.filter((v) => v.ruleId === 'version-bump-missing').map((v) => [v.module, v.file]),
      [['schemas (schemas/order.json)', 'schemas/order.json']],
    );
  });

  test('the same break published as a minor version is blocked, and the fix names the folder to publish it in', () => {
    const dir = pullRequestRepo(ORDERS, { 'schemas/order/1.1.0/order.json': schema('string') });
    const { status, report } = checkPullRequest(dir);
    assert.equal(status, 1);
    const low = report.violations!.find((v) => v.ruleId === 'version-path-too-low')!;
    assert.match(low.message, /major changes since 1\.0\.0 need a major version, but they are published as 1\.1\.0/);
    assert.match(low.fix!, /Publish them as schemas\/order\/2\.0\.0\/ instead/);
    // bump moves no files: it says so, where it asked for a versions file `schemas/order/{version}` to be created
    const bump = runCli(['bump'], dir);
    assert.equal(bump.status, 1, bump.stderr); // still blocked: the version is the author's to publish
    assert.match(bump.stdout, /schemas\/order: its version is written in its paths \(schemas\/order\/\{version\}\); bump moves no files/);
    assert.doesNotMatch(bump.stdout, /does not exist/);
  });

  test('a file the previous version published and the new one leaves out is a break of the new version', () => {
    const status = JSON.stringify({ type: 'object', properties: { code: { type: 'string' } } });
    const base = { ...ORDERS, 'schemas/order/1.0.0/status.json': status };
    // 1.1.0 publishes order.json alone: whoever moves to it loses status.json, so 1.1.0 is too low
    const { report } = checkPullRequest(pullRequestRepo(base, { 'schemas/order/1.1.0/order.json': schema('number', '', '1.1.0') }));
    const left = report.changes.find((c) => c.ruleId === 'contract-left-out');
    assert.deepEqual([left?.level, left?.file, left?.module], ['major', 'schemas/order/1.1.0/status.json', 'schemas/order']);
    assert.equal(left?.message, 'status.json, published in 1.0.0, left out of 1.1.0');
    assert.match(report.violations!.find((v) => v.ruleId === 'version-path-too-low')!.fix!, /schemas\/order\/2\.0\.0\//);
    // published with it, unchanged: nothing left out, a patch
    const whole = checkPullRequest(
      pullRequestRepo(base, { 'schemas/order/1.1.0/order.json': schema('number', '', '1.1.0'), 'schemas/order/1.1.0/status.json': status }),
    );
    assert.ok(!whole.report.changes.some((c) => c.ruleId === 'contract-left-out'));
    assert.deepEqual(
      rules(whole.report).filter((r) => r.startsWith('version-')),
      [],
    );
  });

  test('a published release edited in place is blocked beyond a patch; a description is fine', () => {
    const broken = checkPullRequest(pullRequestRepo(ORDERS, { 'schemas/order/1.0.0/order.json': schema('integer', '', '1.0.0') }));
    assert.equal(broken.status, 1);
    const edited = broken.report.violations!.find((v) => v.ruleId === 'published-version-changed')!;
    assert.match(edited.message, /schemas\/order\/1\.0\.0\/order\.json: major change to the published 1\.0\.0/);
    assert.match(edited.fix!, /Leave 1\.0\.0 as it was and publish the change as schemas\/order\/2\.0\.0\//);
    const described = checkPullRequest(
      pullRequestRepo(ORDERS, { 'schemas/order/1.0.0/order.json': schema('number', 'the order id', '1.0.0') }),
    );
    assert.deepEqual(rules(described.report), []);
    assert.equal(described.status, 0);
  });

  test('a published version removed as the next is added is not a move: the removal needs the Council', () => {
    const dir = pullRequestRepo(ORDERS, {
      'schemas/order/1.0.0/order.json': undefined,
      'schemas/order/2.0.0/order.json': schema('number'),
    });
    const { report } = checkPullRequest(dir);
    assert.deepEqual(
      report.changes.map((c) => [c.ruleId, c.file]),
      [
        ['contract-removed', 'schemas/order/1.0.0/order.json'],
        ['contract-version-added', 'schemas/order/2.0.0/order.json'],
      ],
    );
    assert.deepEqual(rules(report), ['major-change']);
  });

  test('a major line evolves compatibly in place by its info.version; a break there goes in the next line, and an event v2 beside v1 is the transition done', () => {
    const api = (required: string, extra = '') =>
      [
        'openapi: 3.0.3',
        'info: {title: Shop, version: 1.3.0}',
        'paths:',
        '  /orders:',
        '    get:',
        '      responses:',
        "        '200':",
        '          description: ok',
        '          content:',
        '            application/json:',
        '              schema:',
        '                type: object',
        `                required: [${required}]`,
        '                properties:',
        '                  id: {type: string}',
        extra,
      ].join('\n') + '\n';
    const avro = (amount: string) =>
      JSON.stringify({
        type: 'record',
        name: 'OrderCreated',
        fields: [
          { name: 'id', type: 'string' },
          { name: 'amount', type: amount },
        ],
      });
    const base = { 'api/v1/openapi.yaml': api('id'), 'events/order-created/v1.avsc': avro('double') };
    const broken = checkPullRequest(
      pullRequestRepo(base, { 'api/v1/openapi.yaml': api(''), 'events/order-created/v2.avsc': avro('string') }),
    );
    assert.deepEqual(rules(broken.report), ['major-change', 'major-change', 'published-version-changed']);
    assert.match(broken.report.violations!.find((v) => v.ruleId === 'published-version-changed')!.fix!, /publish the change as api\/v2\//);
    const dual = broken.report.checklist!.find((i) => /Dual-publish/.test(i.text))!;
    assert.equal(dual.text, 'Dual-publish `events/order-created/v1.avsc` and `events/order-created/v2.avsc` during the transition');
    assert.equal(dual.done, true);
    // an addition within v1 needs v1's minor bump, where its version is written
    const added = checkPullRequest(pullRequestRepo(base, { 'api/v1/openapi.yaml': api('id', '                  note: {type: string}') }));
    assert.deepEqual(rules(added.report), ['version-bump-missing']);
    assert.match(added.report.violations![0]!.fix!, /Set `info.version: 1\.4\.0` in api\/v1\/openapi\.yaml/);
    // a break beside an addition: the break is still not v1's to take, and still the Council's
    const both = checkPullRequest(pullRequestRepo(base, { 'api/v1/openapi.yaml': api('', '                  note: {type: string}') }));
    assert.deepEqual(rules(both.report), ['major-change', 'published-version-changed', 'version-bump-missing']);
    // with v2 already published beside it, a break of v1 starts the line after the newest: v3, not v2 again
    const later = { ...base, 'api/v2/openapi.yaml': api('id').replace('version: 1.3.0', 'version: 2.0.0') };
    const afterV2 = checkPullRequest(pullRequestRepo(later, { 'api/v1/openapi.yaml': api('') }));
    const edited = afterV2.report.violations!.find((v) => v.ruleId === 'published-version-changed')!;
    assert.match(edited.fix!, /publish the change as api\/v3\//);
  });

  test("a description generated from .proto files (grpc-gateway's) is told to publish the new package version in the sources", () => {
    const swagger = (note: boolean, extra = false) =>
      JSON.stringify(
        {
          swagger: '2.0',
          info: { title: 'acme/v1/service.proto', version: 'version not set' },
          paths: {
            '/v1/orders/{id}': {
              get: {
                parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
                responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/v1Order' } } },
              },
            },
          },
          definitions: {
            v1Order: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                ...(note ? { note: { type: 'string' } } : {}),
                ...(extra ? { extra: { type: 'string' } } : {}),
              },
            },
          },
        },
        null,
        2,
      );
    const file = 'gen/openapiv2/acme/v1/service.swagger.json';
    const broken = checkPullRequest(pullRequestRepo({ [file]: swagger(true) }, { [file]: swagger(false) }));
    const edited = broken.report.violations!.find((v) => v.ruleId === 'published-version-changed')!;
    assert.equal(
      edited.fix,
      'Leave v1 as it was and publish the change as acme/v2/ in the .proto sources (this file is generated from acme/v1/service.proto), and generate it from there.',
      'not gen/openapiv2/acme/v2/: that folder is written by the generator',
    );
    // its `info.version` is the generator's placeholder: v1 is the version, and an addition within it is fine as it is
    const added = checkPullRequest(pullRequestRepo({ [file]: swagger(true) }, { [file]: swagger(true, true) }));
    assert.equal(added.report.blocked, false);
    assert.doesNotMatch(JSON.stringify(added.report), /version-missing|version not set/);
    // outside a versioned path, with no manifest either, nothing versions it: said as the generator's, not the build's
    const loose = 'gen/service.swagger.json';
    const unversioned = checkPullRequest(pullRequestRepo({ [loose]: swagger(true) }, { [loose]: swagger(true, true) })).report;
    const missing = unversioned.warnings.find((w) => /\[version-missing\]/.test(w))!;
    assert.match(
      missing,
      /`info\.version: version not set` in gen\/service\.swagger\.json is what grpc-gateway's protoc-gen-openapiv2 writes when given no version/,
    );
  });
});

test('a file moved into a version folder leaves its unit: removed from it, which needs the Council, and added to the new one', () => {
  const dir = pullRequestRepo(
    { 'schemas/order.json': schema('number') },
    { 'schemas/order.json': undefined, 'schemas/v1/order.json': schema('string') },
  );
  const { report } = checkPullRequest(dir);
  assert.deepEqual(
    report.changes.map((c) => [c.ruleId, c.file, c.module]),
    [
      ['contract-removed', 'schemas/order.json', 'other contracts'],
      ['contract-added', 'schemas/v1/order.json', 'schemas'],
    ],
  );
  assert.deepEqual(rules(report), ['major-change']);
});
