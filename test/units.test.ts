// Versioned units: which files carry one version, where it is written, and what a change to a shared file means.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ContractsLayout, GLOBALS } from '../src/core/layout.js';
import { CONFIG_PATH, contractsScope, parseConfig } from '../src/core/policy/config.js';
import { contractScope } from '../src/core/policy/scope.js';
import { Documents, MapTree } from '../src/core/source/tree.js';
import { findUnits, unitSlug, versionAt } from '../src/core/units.js';
import { judgeTrees } from '../src/services/check-run.js';

const api = (title: string, version: string, ref = '../shared/error.json') =>
  [
    'openapi: 3.0.3',
    `info: {title: ${title}, version: ${version}}`,
    'paths:',
    '  /x:',
    '    get:',
    '      responses:',
    "        '400':",
    '          description: bad',
    '          content:',
    `            application/json: {schema: {$ref: '${ref}'}}`,
    '',
  ].join('\n');
const error = (required: string) =>
  `{"type": "object", "required": ${required}, "properties": {"code": {"type": "string"}, "detail": {"type": "string"}}}`;

const units = (files: Record<string, string>, root = '') => {
  const tree = new MapTree(Object.entries(files));
  const docs = new Documents(tree);
  return { found: findUnits(tree.paths(), docs, new ContractsLayout(root), []), docs };
};

describe('units', () => {
  test('the files no unit owns: the house layout calls them globals; elsewhere they are the contracts, or the other ones', () => {
    const house = units({
      'modules/shop/versions.yaml': 'current: 1.0.0\n',
      'modules/shop/api.json': '{}',
      'modules/billing/versions.yaml': 'current: 1.0.0\n',
      'shared/error.json': '{}',
    });
    assert.equal(house.found.unitOf('shared/error.json'), GLOBALS);
    assert.equal(units({ 'versions.yaml': 'current: 1.0.0\n', 'error.json': '{}' }).found.unitOf('error.json'), GLOBALS);
    assert.equal(units({ 'schemas/user.json': '{}', 'schemas/order.json': '{}' }).found.unitOf('schemas/user.json'), 'contracts');
    const beside = units({
      'api/openapi.yaml': api('Users API', '1.0.0'),
      'api/v1/openapi.yaml': api('Orders API', '1.0.0'),
      'x.json': '{}',
    });
    assert.equal(beside.found.unitOf('x.json'), 'other contracts');
    // a unit of that name keeps it: the rest are the house's word again rather than two groups under one name
    assert.equal(
      units({ 'a/openapi.yaml': api('other contracts', '1.0.0'), 'b/openapi.yaml': api('B', '1.0.0'), 'x.json': '{}' }).found.unitOf(
        'x.json',
      ),
      GLOBALS,
    );
  });

  test('a document and what only it reaches is one unit; a file two documents reach is shared (other contracts)', () => {
    const { found, docs } = units({
      'billing/openapi.yaml': api('Billing API', '3.2.0', './money.json'),
      'billing/money.json': error('[]'),
      'users/openapi.yaml': api('Users API', '1.0.0'),
      'orders/openapi.yaml': api('Orders API', '2.0.0'),
      'shared/error.json': error('[]'),
    });
    assert.equal(found.unitOf('billing/money.json'), 'Billing API');
    assert.equal(found.unitOf('users/openapi.yaml'), 'Users API');
    // outside the house layout the files no unit owns are not its `globals`
    assert.equal(found.unitOf('shared/error.json'), 'other contracts', 'reached by Users and Orders: neither owns it');
    assert.equal(versionAt(docs, found.get('Users API')!.home), '1.0.0');
    assert.equal(found.single, false);
  });

  test('a package named as the document it holds is still the package: the document keeps its info.version, whatever the names', () => {
    // one name for two units merged them: the package's version was asked for when its name matched the title
    for (const name of ['orders', 'orders-service']) {
      const { found } = units({
        'services/orders/package.json': `{"name": "${name}", "version": "4.0.0"}`,
        'services/orders/api/openapi.yaml': api('orders', '1.0.0'),
        'services/orders/events/paid.schema.json': error('["code"]'),
      });
      assert.deepEqual(
        found.get('orders')!.home,
        { file: 'services/orders/api/openapi.yaml', pointer: '/info/version', kind: 'info' },
        name,
      );
      const pkg = found.unitOf('services/orders/events/paid.schema.json');
      assert.equal(pkg, name === 'orders' ? 'services/orders' : name);
      assert.deepEqual(found.get(pkg)!.home, { file: 'services/orders/package.json', pointer: '/version', kind: 'package' });
      assert.equal(found.list.length, new Set(found.list.map((u) => u.name)).size, 'no two units share a name');
    }
    // a schema versioned by its `$id`, named as a document is titled
    const { found } = units({
      'api/openapi.yaml': api('order', '1.0.0'),
      'schemas/order.json': JSON.stringify({ $id: 'https://acme.test/order/2.1.0/order.json', type: 'object' }),
    });
    assert.deepEqual(
      found.list.map((u) => [u.name, u.home?.file]),
      [
        ['order', 'api/openapi.yaml'],
        ['order (schemas/order.json)', 'schemas/order.json'],
      ],
    );
  });

  test('the document wins over the package.json above it; the package versions the rest; one unit owns loose files', () => {
    const { found } = units({
      'package.json': '{"name": "@acme/shop", "version": "4.0.0"}',
      'api/openapi.yaml': api('Shop API', '1.1.0', './error.json'),
      'api/error.json': error('[]'),
      'events/paid.schema.json': error('["code"]'),
    });
    assert.equal(found.unitOf('api/error.json'), 'Shop API');
    assert.equal(found.unitOf('events/paid.schema.json'), '@acme/shop');
    assert.deepEqual(found.get('@acme/shop')!.home, { file: 'package.json', pointer: '/version', kind: 'package' });
    const lone = units({
      'openapi.yaml': api('Pets', '1.0.0', './schemas/pet.json'),
      'schemas/pet.json': '{}',
      'schemas/loose.json': '{}',
    }).found;
    assert.equal(lone.unitOf('schemas/loose.json'), 'Pets');
    assert.equal(lone.single, true);
    // a version written in a path publishes what lies under it: a GraphQL schema beside it is not that release's
    const published = units({
      'proto/shop/v1/order.proto': 'syntax = "proto3";\nmessage Order { string id = 1; }\n',
      'graphql/schema.graphql': 'type Order { id: ID! }\n',
    }).found;
    assert.equal(published.unitOf('proto/shop/v1/order.proto'), 'proto/shop');
    assert.equal(published.unitOf('graphql/schema.graphql'), 'other contracts');
  });

  test('a package.json whose folder holds no contract of its own versions none: its documents carry their own info.version', () => {
    const { found } = units({
      'package.json': '{"name": "acme", "private": true}',
      'packages/billing/package.json': '{"name": "@acme/billing-api", "version": "3.2.0"}',
      'packages/billing/tsconfig.json': '{"compilerOptions": {}}',
      'packages/billing/openapi.yaml': api('Billing', '1.4.0', './error.json'),
      'packages/billing/error.json': error('[]'),
      'packages/users/package.json': '{"name": "@acme/users-api", "version": "3.2.0"}',
      'packages/users/openapi.yaml': api('Users', '1.0.0', './error.json'),
      'packages/users/error.json': error('[]'),
      'packages/users/events/created.schema.json': error('["code"]'),
    });
    assert.equal(found.get('@acme/billing-api'), undefined, 'its npm version moves with its code, not with a contract');
    assert.equal(found.unitOf('packages/billing/package.json'), 'other contracts');
    assert.equal(found.unitOf('packages/billing/tsconfig.json'), 'other contracts');
    assert.equal(found.unitOf('packages/billing/error.json'), 'Billing');
    assert.equal(
      found.unitOf('packages/users/events/created.schema.json'),
      '@acme/users-api',
      "a schema no document versions is the package's",
    );
    assert.equal(found.unitOf('packages/users/package.json'), '@acme/users-api');
  });

  test("a generator's unconfigured info (springdoc's OpenAPI definition v0, FastAPI's 0.1.0) is not the API's version: the build manifest's is", () => {
    const springdoc = JSON.stringify({ openapi: '3.0.1', info: { title: 'OpenAPI definition', version: 'v0' }, paths: {} });
    const { found, docs } = units({
      'pom.xml': '<project><artifactId>orders</artifactId><version>2.3.1-SNAPSHOT</version></project>',
      'src/main/resources/static/openapi.json': springdoc,
    });
    assert.equal(found.unitOf('src/main/resources/static/openapi.json'), 'orders');
    assert.equal(versionAt(docs, found.get('orders')!.home), '2.3.1-SNAPSHOT');
    // a document that says v0 and names itself is versioned by itself
    const own = units({
      'openapi.json': springdoc.replace('OpenAPI definition', 'Orders'),
      'pom.xml': '<project><version>1.0.0</version></project>',
    });
    assert.equal(own.found.unitOf('openapi.json'), 'Orders');
    // FastAPI's alike (FastAPI, 0.1.0): the pyproject.toml's version
    const fastapi = units({
      'pyproject.toml': '[project]\nname = "orders"\nversion = "1.4.0"\n',
      'openapi.json': JSON.stringify({ openapi: '3.1.0', info: { title: 'FastAPI', version: '0.1.0' }, paths: {} }),
    });
    assert.equal(fastapi.found.unitOf('openapi.json'), 'orders');
  });

  test("a JSON Schema's URN $id carries its release as a URL's does (urn:acme:schemas:order:1.2.0)", () => {
    const order = (id: string) => JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: id, type: 'object' });
    const { found, docs } = units({
      'schemas/order.json': order('urn:acme:schemas:order:1.2.0'),
      'schemas/customer.json': order('urn:acme:schemas:customer:3.0.1'),
    });
    assert.equal(found.unitOf('schemas/order.json'), 'acme:schemas:order');
    assert.equal(versionAt(docs, found.get('acme:schemas:order')!.home), '1.2.0');
    assert.equal(found.unitOf('schemas/customer.json'), 'acme:schemas:customer');
  });

  test('two documents with the same title are told apart by their path; names make file names', () => {
    const { found } = units({
      'a/openapi.yaml': api('API', '1.0.0', './e.json'),
      'b/openapi.yaml': api('API', '1.0.0', './e.json'),
      'a/e.json': '{}',
      'b/e.json': '{}',
    });
    assert.deepEqual(found.list.map((u) => u.name).sort(), ['API (a/openapi.yaml)', 'API (b/openapi.yaml)']);
    assert.equal(unitSlug('@acme/customer-schemas'), 'acme-customer-schemas');
    assert.equal(unitSlug('Orders API'), 'orders-api');
  });

  test('a change to a shared file needs a bump of every unit that reaches it, each named', () => {
    const tree = (required: string, users: string, orders: string) =>
      new MapTree([
        ['users/openapi.yaml', api('Users API', users)],
        ['orders/openapi.yaml', api('Orders API', orders)],
        ['shared/error.json', error(required)],
      ]);
    const report = judgeTrees({
      config: parseConfig(CONFIG_PATH, 'contracts: .\n'),
      base: tree('["code"]', '1.0.0', '2.0.0'),
      head: tree('[]', '1.0.0', '3.0.0'),
      frozenBase: new MapTree(),
      baseline: 'b',
      headLabel: 'h',
      warnings: [],
      now: new Date('2026-11-28'),
    });
    const missing = report.violations!.filter((v) => v.ruleId === 'version-bump-missing');
    assert.deepEqual(
      missing.map((v) => v.message),
      ['Users API: major changes need a major bump from 1.0.0, but the version is 1.0.0'],
      'Orders API was bumped; Users API was not',
    );
    assert.equal(missing[0]!.file, 'users/openapi.yaml');
    assert.deepEqual(report.modules.find((m) => m.name === 'Orders API')?.inherits, ['shared/error.json']);
    assert.ok(!report.violations!.some((v) => v.module === 'other contracts'), 'the shared files need no version of their own');
  });

  test('a version written with fewer numbers (1.0, v2) or as a day is bumped as it is written; one that is no number says so', () => {
    const judge = (base: string, head: string, before: string, after: string) =>
      judgeTrees({
        config: parseConfig(CONFIG_PATH, 'contracts: .\n'),
        base: new MapTree([
          ['api/openapi.yaml', api('Users API', base)],
          ['shared/error.json', before],
        ]),
        head: new MapTree([
          ['api/openapi.yaml', api('Users API', head)],
          ['shared/error.json', after],
        ]),
        frozenBase: new MapTree(),
        baseline: 'b',
        headLabel: 'h',
        warnings: [],
        now: new Date('2026-11-28'),
      });
    const violation = (r: ReturnType<typeof judge>, id: string) => r.violations!.find((v) => v.ruleId === id);
    // a break: `1.0` needs `2.0` (not 2.0.0, which the team does not write), offered on the version's line
    const major = judge('"1.0"', '"1.0"', error('["code"]'), error('[]'));
    const missing = violation(major, 'version-bump-missing');
    assert.equal(missing?.fix, 'Set `info.version: 2.0` in api/openapi.yaml.');
    assert.deepEqual(missing?.suggestion, { find: '1.0', replace: '2.0' });
    assert.equal(violation(judge('"1.0"', '"2.0"', error('["code"]'), error('[]')), 'version-bump-missing'), undefined);
    assert.match(violation(judge('v1', 'v1', error('["code"]'), error('[]')), 'version-bump-missing')!.fix, /info\.version: v2/);
    // an added optional property is a minor change, which `v2` cannot show: nothing to bump
    const added = error('["code"]').replace('"detail"', '"hint": {"type": "string"}, "detail"');
    const minor = judge('v2', 'v2', error('["code"]'), added);
    assert.equal(minor.modules.find((m) => m.name === 'Users API')?.requiredBump, 'none');
    assert.equal(violation(minor, 'version-bump-missing'), undefined);
    assert.equal(
      violation(judge('"2.0"', '"2.0"', error('["code"]'), added), 'version-bump-missing')?.fix,
      'Set `info.version: 2.1` in api/openapi.yaml.',
    );
    // a day (a dated API version): a break needs a later day, the check's own; a minor change needs none
    const dated = violation(judge("'2024-06-20'", "'2024-06-20'", error('["code"]'), error('[]')), 'version-bump-missing');
    assert.equal(dated?.fix, 'Set `info.version: 2026-11-28` in api/openapi.yaml.');
    assert.equal(violation(judge("'2024-06-20'", "'2025-01-31'", error('["code"]'), error('[]')), 'version-bump-missing'), undefined);
    assert.equal(violation(judge("'2024-06-20'", "'2024-06-20'", error('["code"]'), added), 'version-bump-missing'), undefined);
    assert.ok(violation(judge("'2024-06-20'", "'2024-01-01'", error('["code"]'), added), 'version-decreased'), 'an earlier day');
    // `latest` is written, but is no version: said so, not "has no version"
    const latest = judge('latest', 'latest', error('["code"]'), error('[]'));
    assert.ok(
      latest.warnings.includes(
        'Users API: changed, with no version to compare (`info.version: latest` is not a version number) [version-missing]',
      ),
      latest.warnings.join('\n'),
    );
  });

  test('contracts: as a list is the repository, narrowed to its globs; dependency folders never count', () => {
    assert.deepEqual(contractsScope(['api', 'schemas/**/*.json', './openapi.yaml']), {
      root: '',
      globs: ['api', 'api/**', 'schemas/**/*.json', 'openapi.yaml', 'openapi.yaml/**'],
    });
    const inScope = contractScope({ contracts: '', scope: contractsScope(['api', 'schemas/**/*.json']).globs });
    assert.equal(inScope('api/v1/openapi.yaml'), true);
    assert.equal(inScope('schemas/x/y.json'), true);
    assert.equal(inScope('README.md'), false);
    assert.equal(inScope('api/node_modules/pkg/openapi.yaml'), false);
    assert.equal(contractScope({ contracts: '', scope: [] })('vendor/github.com/x/openapi.yaml'), false);
    assert.equal(contractScope({ contracts: '', scope: [] })('services/a/dist/openapi.json'), false, 'build output, found by searching');
    const named = contractScope({ contracts: 'contracts', scope: [] });
    assert.equal(named('contracts/modules/build/versions.yaml'), true, 'a module the team called build');
    assert.equal(named('contracts/node_modules/x/openapi.yaml'), false);
  });
});
