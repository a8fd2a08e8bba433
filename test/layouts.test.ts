// Seven repositories laid out the way real teams lay them out (test/fixtures/layouts/, and the bundled sample as the
// house layout), each through the built CLI as a newcomer meets it: `init`, then a breaking pull request without a
// bump (blocked, naming the unit's own version file and line), the same with the right bump, a compatible change,
// and a docs-only change.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import semver from 'semver';
import type { Report } from '../src/core/report/model.js';
import { THREE_KINDS } from './fixtures.js';
import { commitAll, filesUnder, gitRepo, gitRun, PROJECT, runCli, writeTree, gitRepoFrozen } from './helpers.js';

type Edit = Record<string, (text: string) => string>;

interface Layout {
  name: string;
  files: Record<string, string>;
  /** What `init` must list as contracts. */
  found: string[];
  /** The unit the changes below fall in, and where its version is written. */
  unit: string;
  home: string;
  line: number;
  key: string;
  version: string;
  breaking: Edit;
  compatible: Edit;
  docs: Record<string, string>;
  /** Every change the breaking edit reports matches this (a schema only a document reaches is judged where it is used). */
  judgedAs?: RegExp;
}

const FIXTURES = join(PROJECT, 'test/fixtures/layouts');
const fixture = (name: string) => filesUnder(join(FIXTURES, name));
const replace = (from: string | RegExp, to: string) => (t: string) => {
  const out = t.replace(from, to);
  assert.notEqual(out, t, `the edit found ${String(from)}`);
  return out;
};

const LAYOUTS: Layout[] = [
  {
    name: 'a root openapi.yaml versioned by info.version',
    files: fixture('root-openapi'),
    found: ['openapi.yaml (OpenAPI)', 'schemas/pet.json (JSON Schema)'],
    unit: 'Petstore',
    home: 'openapi.yaml',
    line: 4,
    key: 'info.version',
    version: '1.4.0',
    breaking: { 'schemas/pet.json': replace(/,\s*"tag": \{ "type": "string" \}/, '') },
    compatible: { 'schemas/pet.json': replace('"tag": { "type": "string" }', '"tag": { "type": "string" }, "age": { "type": "integer" }') },
    docs: { 'README.md': '# Petstore API\n\nSee openapi.yaml; ask #pets for access.\n' },
    judgedAs: /^response-/,
  },
  {
    name: 'an API and event schemas, the events versioned by package.json',
    files: fixture('api-events'),
    found: [
      'api/v1/openapi.yaml (OpenAPI)',
      'schemas/events/order-placed.json (JSON Schema)',
      'schemas/events/order-shipped.json (JSON Schema)',
    ],
    unit: 'orders-service',
    home: 'package.json',
    line: 3,
    key: 'version',
    version: '5.1.0',
    breaking: {
      'schemas/events/order-placed.json': replace('"required": ["orderId", "placedAt", "total"]', '"required": ["orderId", "placedAt"]'),
    },
    compatible: {
      'schemas/events/order-shipped.json': replace(
        '"carrier": { "type": "string" }',
        '"carrier": { "type": "string" },\n    "trackingUrl": { "type": "string" }',
      ),
    },
    docs: { 'index.js': 'console.log("orders", 2);\n' },
  },
  {
    name: 'a monorepo of services, each versioned by its own info.version',
    files: fixture('monorepo'),
    found: ['services/billing/openapi.yaml (OpenAPI)', 'services/users/openapi.yaml (OpenAPI)'],
    unit: 'Users API',
    home: 'services/users/openapi.yaml',
    line: 4,
    key: 'info.version',
    version: '1.0.0',
    breaking: { 'services/users/openapi.yaml': replace('          label: { type: string }\n', '') },
    compatible: {
      'services/users/openapi.yaml': replace(
        '          label: { type: string }\n',
        '          label: { type: string }\n                  email: { type: string }\n',
      ),
    },
    docs: { 'services/users/README.md': '# users service\n\nOwned by the identity team.\n' },
  },
  {
    name: 'a JSON Schema package versioned by package.json',
    files: fixture('schema-package'),
    found: ['schemas/address.schema.json (JSON Schema)', 'schemas/customer.schema.json (JSON Schema)'],
    unit: '@acme/customer-schemas',
    home: 'package.json',
    line: 3,
    key: 'version',
    version: '0.9.0',
    breaking: { 'schemas/customer.schema.json': replace('"age": { "type": "integer" }', '"age": { "type": "string" }') },
    compatible: {
      'schemas/address.schema.json': replace('"zip": { "type": "string" }', '"zip": { "type": "string" }, "country": { "type": "string" }'),
    },
    docs: { 'README.md': '# Customer schemas\n\nPublished to the internal registry.\n' },
  },
  {
    name: 'an AsyncAPI document',
    files: fixture('asyncapi'),
    found: ['asyncapi.yaml (AsyncAPI)'],
    unit: 'Lights Service',
    home: 'asyncapi.yaml',
    line: 4,
    key: 'info.version',
    version: '1.2.0',
    // the service sends these (2.x `subscribe`): lumens no longer guaranteed breaks its consumers
    breaking: { 'asyncapi.yaml': replace('required: [id, lumens]', 'required: [id]') },
    compatible: {
      'asyncapi.yaml': replace(
        '        sentAt: { type: string, format: date-time }\n',
        '        sentAt: { type: string, format: date-time }\n        unit: { type: string }\n',
      ),
    },
    docs: { 'docs/operations.md': '# Running the lights service\n' },
  },
  {
    name: 'the house layout: modules with versions.yaml',
    files: { ...filesUnder(join(PROJECT, 'contracts'), 'contracts', ['_frozen']), 'README.md': 'app\n' },
    found: [
      'contracts/modules/memory/storage/memory_item.schema.json (JSON Schema)',
      'contracts/modules/memory/versions.yaml (versions file)',
    ],
    unit: 'memory',
    home: 'contracts/modules/memory/versions.yaml',
    line: 2,
    key: 'current',
    version: '1.2.0',
    breaking: {
      'contracts/modules/memory/storage/memory_item.schema.json': replace(
        '"kind": { "type": "string", "enum": ["note", "message", "document"] }',
        '"kind": { "type": "string", "enum": ["note", "message"] }',
      ),
    },
    compatible: {
      'contracts/modules/memory/storage/memory_item.schema.json': replace(
        '"content": { "type": "string" }',
        '"content": { "type": "string" },\n    "summary": { "type": "string" }',
      ),
    },
    docs: { 'README.md': 'app, with contracts\n' },
  },
  {
    // paths and components each a $ref to their own file: every component was also read as reached by no operation
    name: 'an OpenAPI description split into files, as redocly split writes it',
    files: fixture('split-openapi'),
    found: [
      'openapi/openapi.yaml (OpenAPI)',
      'openapi/paths/bookings.yaml (OpenAPI path item)',
      'openapi/components/schemas/Booking.yaml (JSON Schema)',
    ],
    unit: 'Bookings',
    home: 'openapi/openapi.yaml',
    line: 4,
    key: 'info.version',
    version: '2.3.0',
    breaking: {
      'openapi/components/schemas/Booking.yaml': replace(/\n {2}note:\n {4}type: string/, ''),
      // a component the path files reach back into the document for (`../openapi.yaml#/components/schemas/Problem`)
      'openapi/openapi.yaml': replace('        detail: {type: string}\n', ''),
    },
    compatible: {
      'openapi/components/schemas/Booking.yaml': replace(
        '  note:\n    type: string',
        '  note:\n    type: string\n  guests:\n    type: integer',
      ),
    },
    docs: { 'README.md': '# bookings service\n\nAsk #bookings for a sandbox key.\n' },
    judgedAs: /^(response|request)-/,
  },
];

const check = (repo: string) => {
  const r = runCli(['check', '--format', 'json'], repo);
  assert.notEqual(r.status, 2, r.stderr);
  return { status: r.status, report: JSON.parse(r.stdout) as Report };
};

function apply(repo: string, edit: Edit): void {
  writeTree(repo, Object.fromEntries(Object.entries(edit).map(([f, e]) => [f, e(readFileSync(join(repo, f), 'utf8'))])));
}

/** Set the unit's version where it is written, as the author of the pull request would. */
function setVersion(repo: string, l: Layout, version: string): void {
  apply(repo, { [l.home]: replace(l.version, version) });
}

function branch(repo: string, name: string): void {
  gitRun(repo, 'checkout', '--quiet', '--force', '-B', name, 'main');
  gitRun(repo, 'clean', '-fdq');
}

for (const l of LAYOUTS) {
  describe(l.name, () => {
    test('init finds it; a break, the right bump, a compatible change and a docs-only change are each judged right', () => {
      const repo = gitRepo(l.files);
      const init = runCli(['init'], repo);
      assert.equal(init.status, 0, init.stderr);
      for (const f of l.found) assert.match(init.stdout, new RegExp(`^ {2}${esc(f)}$`, 'm'));
      assert.match(
        init.stdout,
        new RegExp(`^unit ${esc(l.unit)}: ${esc(l.version)} at ${esc(l.home)}:${l.line} \\(${esc(l.key)}\\)$`, 'm'),
      );
      assert.match(init.stdout, /^wrote (.+\/)?_frozen\/freeze-v\d+\.\d+\.\d+\.json \(the first freeze/m);
      // the council is set as an admin would, then everything is committed on main
      writeTree(repo, {
        '.github/contract-guard.yml': readFileSync(join(repo, '.github/contract-guard.yml'), 'utf8').replace('users: []', 'users: [dana]'),
      });
      commitAll(repo, 'contract-guard init');
      assert.equal(runCli(['freeze', 'verify'], repo).status, 0, 'the first freeze verifies where the configuration says');
      const fresh = check(repo);
      assert.equal(fresh.report.changes.length, 0, JSON.stringify(fresh.report.changes));

      // a breaking change without a bump: blocked, at the unit's own version line
      branch(repo, 'breaking');
      apply(repo, l.breaking);
      const major = semver.inc(l.version, semver.major(l.version) === 0 ? 'minor' : 'major')!;
      const blocked = check(repo);
      assert.equal(blocked.status, 1);
      const missing = blocked.report.violations!.find((v) => v.ruleId === 'version-bump-missing');
      assert.ok(missing, JSON.stringify(blocked.report.violations));
      assert.equal(missing.file, l.home);
      assert.equal(missing.line, l.line);
      assert.ok(missing.message.startsWith(`${l.unit}: major changes`), missing.message);
      assert.equal(missing.fix, `Set \`${l.key}: ${major}\` in ${l.home}.`);
      for (const c of blocked.report.changes) if (l.judgedAs) assert.match(c.ruleId, l.judgedAs);
      const all = JSON.stringify(blocked.report);
      if (!l.home.endsWith('versions.yaml')) assert.doesNotMatch(all, /globals|versions\.yaml/, 'no word of the house');
      const github = runCli(['check', '--format', 'github'], repo).stdout;
      assert.match(github, new RegExp(`^::error file=${esc(l.home)},line=${l.line},title=version-bump-missing::`, 'm'));

      // the same with the right bump: not blocked (the council still approves a major change)
      setVersion(repo, l, major);
      const bumped = check(repo);
      assert.equal(bumped.status, 0, JSON.stringify(bumped.report.violations));
      assert.equal(bumped.report.blocked, false);
      assert.ok(bumped.report.approval?.required, 'a major change waits for the council');

      // a compatible change: a minor bump, no council
      branch(repo, 'compatible');
      apply(repo, l.compatible);
      const minor = check(repo);
      const unit = minor.report.modules.find((m) => m.name === l.unit);
      assert.equal(unit?.requiredBump, 'minor', JSON.stringify(minor.report.modules));
      assert.ok(!minor.report.approval?.required, JSON.stringify(minor.report.violations));
      setVersion(repo, l, semver.inc(l.version, 'minor')!);
      assert.equal(check(repo).status, 0);

      // documentation outside the contracts: nothing to judge
      branch(repo, 'docs');
      writeTree(repo, l.docs);
      const docs = check(repo);
      assert.equal(docs.status, 0);
      assert.equal(docs.report.changes.length, 0, JSON.stringify(docs.report.changes));
    });
  });
}

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('a units: mapping the repository writes itself', () => {
  test('its files carry the version at the configured key; messages name it, bump writes it there', () => {
    const repo = gitRepoFrozen(
      {
        ...fixture('api-events'),
        'schemas/events/catalog.yaml': '# the event catalog\nrelease:\n  version: 1.3.0 # bumped by hand\n',
        '.github/contract-guard.yml': [
          'contracts: [api, schemas/events, package.json]',
          'council: {users: [dana]}',
          'units:',
          '  - name: order-events',
          '    files: ["schemas/events/**"]',
          '    version: {file: schemas/events/catalog.yaml, key: release.version}',
          '',
        ].join('\n'),
      },
      '1.3.0',
      'freeze',
    );
    branch(repo, 'breaking');
    apply(repo, LAYOUTS[1]!.breaking);
    const { status, report } = check(repo);
    assert.equal(status, 1);
    const missing = report.violations!.find((v) => v.ruleId === 'version-bump-missing')!;
    assert.equal(missing.message, 'order-events: major changes need a major bump from 1.3.0, but the version is 1.3.0');
    assert.equal(missing.file, 'schemas/events/catalog.yaml');
    assert.equal(missing.line, 3);
    assert.equal(missing.fix, 'Set `release.version: 2.0.0` in schemas/events/catalog.yaml.');
    assert.ok(!report.modules.some((m) => m.name === 'orders-service'), 'package.json no longer versions those files');
    const bump = runCli(['bump'], repo);
    assert.equal(bump.status, 0, bump.stderr);
    assert.equal(
      readFileSync(join(repo, 'schemas/events/catalog.yaml'), 'utf8'),
      '# the event catalog\nrelease:\n  version: 2.0.0 # bumped by hand\n',
      'the one value changes, its comment stays',
    );
    assert.match(bump.stdout, /^wrote migrations\/order-events-2\.0\.0\.md: /m);
    assert.equal(check(repo).report.blocked, false);
  });
});

describe('a description that writes its version with fewer numbers', () => {
  test("a break under info.version '1.0' asks for 2.0, and bump writes 2.0 in place", () => {
    const doc = (required: string, version: string) =>
      `openapi: 3.0.3\ninfo: {title: Orders, version: '${version}'}\npaths:\n  /orders:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, required: [${required}], properties: {id: {type: string}}}\n`;
    const repo = gitRepoFrozen({ 'openapi.yaml': doc('id', '1.0') }, '1.0.0');
    branch(repo, 'breaking');
    writeTree(repo, { 'openapi.yaml': doc('', '1.0') });
    const missing = check(repo).report.violations!.find((v) => v.ruleId === 'version-bump-missing');
    assert.equal(missing?.fix, 'Set `info.version: 2.0` in openapi.yaml.');
    const bump = runCli(['bump'], repo);
    assert.equal(bump.status, 0, bump.stderr);
    assert.equal(readFileSync(join(repo, 'openapi.yaml'), 'utf8'), doc('', '2.0'));
    assert.equal(
      check(repo).report.violations!.find((v) => v.ruleId === 'version-bump-missing'),
      undefined,
    );
  });
});

describe('a version written as a bare number', () => {
  test('`version: 1.10` is 1.10, not the number 1.1: 1.9 → 1.10 is a minor bump, and bump writes what comes next as written', () => {
    // YAML reads an unquoted 1.10 as the number 1.1: "version went down from 1.9 to 1.1", and "set it to at least 1.9"
    const doc = (version: string, extra = '') =>
      `openapi: 3.0.3\ninfo: {title: Orders, version: ${version}}\npaths:\n  /orders:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, properties: {id: {type: string}${extra}}}\n`;
    const repo = gitRepoFrozen({ 'openapi.yaml': doc('1.9') }, '1.9.0');
    branch(repo, 'added');
    writeTree(repo, { 'openapi.yaml': doc('1.10', ', note: {type: string}') });
    const { report } = check(repo);
    assert.deepEqual(
      report.modules.map((m) => [m.frozenVersion, m.currentVersion, m.requiredBump]),
      [['1.9', '1.10', 'minor']],
    );
    assert.deepEqual(report.violations ?? [], []);
    writeTree(repo, { 'openapi.yaml': doc('1.9', ', note: {type: string}') });
    assert.equal(runCli(['bump'], repo).status, 0);
    assert.equal(readFileSync(join(repo, 'openapi.yaml'), 'utf8'), doc('1.10', ', note: {type: string}'));
  });
});

describe("README's first day", () => {
  test('what it shows init and check printing is what they print on that repository', () => {
    const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
    const block = /## Your first day\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    const shown = [...block.matchAll(/^#   (.*)$/gm)]
      .map((m) => m[1]!)
      .filter((l) => !l.includes('…') && !l.startsWith('wrote .github/contract-guard.yml,'));
    assert.ok(shown.length >= 6, block);
    const repo = gitRepo(fixture('root-openapi'));
    const init = runCli(['init'], repo).stdout;
    commitAll(repo, 'contract-guard');
    branch(repo, 'drop-tag');
    apply(repo, { 'schemas/pet.json': replace(/,\s*"tag": \{ "type": "string" \}/, '') });
    const out = (init + runCli(['check'], repo).stdout).split('\n').map((l) => l.trim());
    for (const line of shown) assert.ok(out.includes(line.trim()), `README shows "${line}"; the CLI printed:\n${out.join('\n')}`);
  });
});

describe("README's example comment", () => {
  test('is what the check renders on that pull request, first screen word for word', () => {
    const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
    const quoted = /<!-- example-comment:start -->\n([\s\S]*?)\n<!-- example-comment:end -->/.exec(readme)![1]!;
    const shown = quoted
      .split('\n')
      .map((l) => l.replace(/^> ?/, ''))
      .join('\n');
    const repo = gitRepoFrozen(
      {
        ...THREE_KINDS.base,
        '.github/contract-guard.yml': 'contracts: [openapi.yaml, "events/**/*.json"]\ncouncil: {teams: [acme/council]}\n',
      },
      '1.0.0',
      'freeze',
    );
    branch(repo, 'feature');
    writeTree(repo, THREE_KINDS.change);
    const markdown = runCli(['check', '--format', 'markdown'], repo).stdout;
    assert.equal(shown, markdown.split('<details>')[0]!.trimEnd());
  });
});

describe('schemas a registry versions (Avro subjects, no version in the repository)', () => {
  test('a break waits for the Council; the missing version is a warning that says how to turn it off, and off it stays quiet', () => {
    const subject = (extra: string) =>
      `{"type":"record","name":"Payment","namespace":"com.acme","fields":[{"name":"id","type":"string"}${extra}]}\n`;
    // no `init`: with a first freeze, the freezes would version the schemas (test/release-tags.test.ts)
    const repo = gitRepo({ 'schemas/payments-value.avsc': subject(''), 'README.md': '# payments\n' });
    branch(repo, 'currency');
    apply(repo, { 'schemas/payments-value.avsc': () => subject(',{"name":"currency","type":"string"}') });
    commitAll(repo, 'currency');
    const report = JSON.parse(runCli(['check', '--base-branch', 'main', '--format', 'json'], repo).stdout) as Report;
    assert.deepEqual(
      report.changes.map((c) => [c.level, c.ruleId]),
      [['major', 'avro-field-added-without-default']],
    );
    assert.equal(report.approval?.required, true);
    // the Council's finding points where the break is: the unit has no version file (it pointed at schemas/versions.yaml)
    assert.equal(report.violations?.find((v) => v.ruleId === 'major-change')?.file, 'schemas/payments-value.avsc');
    const missing = report.warned?.find((v) => v.ruleId === 'version-missing');
    assert.match(missing?.fix ?? '', /a schema registry\), turn this warning off in the policy \(`rules: \{version-missing: off\}`\)/);
    // as told, on the base branch, whose policy applies
    gitRun(repo, 'checkout', '--quiet', 'main');
    writeTree(repo, { '.github/contract-guard.yml': 'rules:\n  version-missing: "off"\n' });
    commitAll(repo, 'no versions here');
    gitRun(repo, 'checkout', '--quiet', 'currency');
    const quiet = JSON.parse(runCli(['check', '--base-branch', 'main', '--format', 'json'], repo).stdout) as Report;
    assert.equal(
      quiet.warned?.find((v) => v.ruleId === 'version-missing'),
      undefined,
    );
    assert.equal(quiet.approval?.required, true);
  });
});

describe('files that are parts of a split description (examples, schemas its $refs reach)', () => {
  const api = (examples: string[], schemaRef = false) =>
    [
      'openapi: 3.0.3',
      'info: {title: Pets, version: 1.0.0}',
      'paths:',
      '  /pets/{id}:',
      '    get:',
      '      parameters: [{name: id, in: path, required: true, schema: {type: string}}]',
      '      responses:',
      "        '200':",
      '          description: ok',
      '          content:',
      '            application/json:',
      `              schema: ${schemaRef ? '{$ref: components/schemas/Pet.json}' : '{type: object, properties: {id: {type: string}, name: {type: string}}}'}`,
      ...(examples.length
        ? ['              examples:', ...examples.map((e) => `                ${e}: {$ref: components/examples/${e}.yaml}`)]
        : []),
      '',
    ].join('\n');
  const example = (id: unknown) => `summary: a pet\nvalue: {id: ${JSON.stringify(id)}, name: Rex}\n`;
  const report = (repo: string) => JSON.parse(runCli(['check', '--format', 'json'], repo).stdout) as Report;
  const repoWith = (files: Record<string, string>) => {
    const repo = gitRepo(files);
    assert.equal(runCli(['init'], repo).status, 0);
    commitAll(repo, 'contract-guard');
    return repo;
  };

  test('an example file added or removed with its $ref is documentation, not a contract: no bump, and no "has no schema"', () => {
    const repo = repoWith({ 'api/openapi.yaml': api(['rex']), 'api/components/examples/rex.yaml': example('1') });
    branch(repo, 'fido');
    writeTree(repo, { 'api/openapi.yaml': api(['rex', 'fido']), 'api/components/examples/fido.yaml': example('2') });
    const added = report(repo);
    assert.deepEqual(
      added.changes.map((c) => [c.level, c.ruleId, c.message]),
      [['none', 'document-part-changed', 'api/components/examples/fido.yaml added, a part of api/openapi.yaml (judged where it uses it)']],
    );
    assert.equal(added.blocked, false);
    assert.deepEqual(
      [...(added.violations ?? []), ...(added.warned ?? [])].filter((v) => v.ruleId === 'example-unpaired'),
      [],
    );
    // checked where the description uses it: a wrong value there blocks
    writeTree(repo, { 'api/components/examples/fido.yaml': example(2) });
    const wrong = report(repo).violations?.find((v) => v.ruleId === 'example-invalid');
    assert.equal(wrong?.file, 'api/components/examples/fido.yaml');
    assert.equal(wrong?.blocking, true);

    // removed with its $ref: a major change needing the Council, it was
    branch(repo, 'no-rex');
    rmSync(join(repo, 'api/components/examples/rex.yaml'));
    writeTree(repo, { 'api/openapi.yaml': api([]) });
    const removed = report(repo);
    assert.deepEqual(
      removed.changes.map((c) => [c.level, c.ruleId]),
      [['none', 'document-part-changed']],
    );
    assert.equal(removed.approval?.required ?? false, false);

    // an example edited is documentation, as one written in the description is (it read as a minor data change)
    branch(repo, 'rex-renamed');
    writeTree(repo, { 'api/components/examples/rex.yaml': example('1').replace('Rex', 'Rexy') });
    assert.deepEqual(
      report(repo).changes.map((c) => [c.level, c.ruleId, c.message]),
      [['none', 'document-part-changed', 'api/components/examples/rex.yaml changed, a part of api/openapi.yaml (judged where it uses it)']],
    );
  });

  test('a schema file of its own ($schema) that the description reaches is still a contract: removed, it is a major change', () => {
    const pet = JSON.stringify({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { id: { type: 'string' } },
    });
    const repo = repoWith({ 'api/openapi.yaml': api([], true), 'api/components/schemas/Pet.json': pet });
    branch(repo, 'drop');
    // the description stops using Pet.json and writes the schema in place
    writeTree(repo, { 'api/openapi.yaml': api([]) });
    rmSync(join(repo, 'api/components/schemas/Pet.json'));
    const r = report(repo);
    assert.deepEqual(
      r.changes.filter((c) => c.file.endsWith('Pet.json')).map((c) => [c.level, c.ruleId]),
      [['major', 'contract-removed']],
    );
  });
});
