// Governance on real git repositories: each blocking, approval and warning case, overrides, ignores, the ratchet.
import assert from 'node:assert/strict';
import { verdictLine } from '../src/core/report/verdict.js';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { renderMarkdown, MAX_BREAKING_ROWS, MAX_MARKDOWN } from '../src/core/report/markdown.js';
import type { Report } from '../src/core/report/model.js';
import { RULES_DOC_URL } from '../src/core/rules/doc.js';
import { judgeTrees, runCheck } from '../src/services/check-run.js';
import { createFreeze, serialize, type Freeze } from '../src/core/freeze/model.js';
import { deprecatedStreak } from '../src/core/policy/deprecation.js';
import { DEFAULT_CONFIG } from '../src/core/policy/config.js';
import { Documents, MapTree } from '../src/core/source/tree.js';
import { checkExamples } from '../src/core/policy/examples.js';
import { checkInlineExamples, examplePlace } from '../src/core/policy/inline-examples.js';
import { getPolicyRule } from '../src/core/policy/policy-rules.js';
import {
  checkPullRequest,
  commitAll,
  gitRepo,
  gitRun,
  PROJECT,
  pullRequestRepo,
  runCli,
  tempDir,
  writeTree,
  frozenRepo,
} from './helpers.js';

const api = (opts: { extraOp?: string; items200?: string; noHealthExempt?: boolean; no4xx?: boolean } = {}) => `openapi: 3.1.0
jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema
info: {title: shop, version: 1.0.0}
security:
  - {mtls: [], bearer: []}
components:
  securitySchemes:
    mtls: {type: mutualTLS}
    bearer: {type: http, scheme: bearer}
paths:
  /health:
    get:
${opts.noHealthExempt ? '' : '      security: []\n'}      responses:
        '200': {description: up}
        '429': {description: slow down}
  /items/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {$ref: '../../../storage/common.schema.json#/$defs/id'}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [id, name]
                properties:
                  id: {$ref: '../../../storage/common.schema.json#/$defs/id'}
                  name: {type: string}
${opts.items200 ?? ''}${opts.no4xx ? '' : "        '404': {description: missing}\n"}${opts.extraOp ?? ''}`;

const envelope = (
  props: Record<string, unknown> = { band: { type: 'string' }, obligations: { type: 'array' }, payload: {} },
  required = ['band', 'obligations'],
) => JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', required, properties: props }, null, 2);

const BASE: Record<string, string> = {
  'contracts/versions.yaml': 'current: 1.0.0\n',
  'contracts/CHANGELOG.md': '# Changelog\n',
  'contracts/storage/common.schema.json': JSON.stringify(
    { $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { id: { type: 'string', pattern: '^[0-9]+$' } } },
    null,
    2,
  ),
  'contracts/events/envelope.schema.json': envelope(),
  'contracts/modules/shop/versions.yaml': 'module: shop\ncurrent: 1.0.0\nconsumers: [web, mobile]\n',
  'contracts/modules/shop/api/openapi.yaml': api(),
  'contracts/modules/shop/events/order.created.schema.json': JSON.stringify({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['order_id'],
    properties: { order_id: { type: 'string' }, total: { type: 'number' } },
  }),
  'contracts/modules/shop/examples/order.created.json': '{"order_id": "42", "total": 9.5}\n',
  'src/keys.py': 'def run(model):\n    return model\n',
};

/** main: BASE plus a freeze; then a branch with `change` applied in the working tree. */
function scenario(
  change: Record<string, string | null>,
  options: { config?: string; base?: Record<string, string>; freeze?: boolean } = {},
): string {
  const files = { ...BASE, ...options.base, ...(options.config ? { '.github/contract-guard.yml': options.config } : {}) };
  const repo = options.freeze !== false ? frozenRepo(files, '1.0.0', 'freeze') : gitRepo(files);
  gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
  for (const [path, content] of Object.entries(change)) {
    if (content === null) rmSync(join(repo, path), { force: true });
    else writeTree(repo, { [path]: content });
  }
  return repo;
}

const check = (repo: string, extra: Record<string, unknown> = {}) =>
  runCheck({ cwd: repo, now: new Date('2026-06-01T00:00:00Z'), ...extra });
const rules = (r: Report, kind: 'blocking' | 'approvable' | 'warning') => {
  if (kind === 'warning') return r.warnings.map((w) => /\[([a-z0-9-]+)\]$/.exec(w)?.[1]).filter(Boolean);
  return (r.violations ?? []).filter((v) => v[kind]).map((v) => v.ruleId);
};
const withoutName = api().replace('required: [id, name]', 'required: [id]').replace('                  name: {type: string}\n', '');

describe('version gates', () => {
  test('a major change without a major bump is blocked, with the version to set', async () => {
    const r = await check(scenario({ 'contracts/modules/shop/api/openapi.yaml': withoutName }));
    assert.equal(r.blocked, true);
    const v = r.violations!.find((x) => x.ruleId === 'version-bump-missing')!;
    assert.equal(v.module, 'shop');
    assert.match(v.message, /shop: major changes need a major bump from 1\.0\.0, but the version is 1\.0\.0/);
    assert.match(v.fix, /Set `current: 2\.0\.0` in contracts\/modules\/shop\/versions\.yaml/);
    const shop = r.modules.find((m) => m.name === 'shop')!;
    assert.deepEqual([shop.frozenVersion, shop.currentVersion, shop.requiredBump], ['1.0.0', '1.0.0', 'major']);
  });

  test('with the major bump it is not blocked, but needs the Contract Council', async () => {
    const r = await check(
      scenario({
        'contracts/modules/shop/api/openapi.yaml': withoutName,
        'contracts/modules/shop/versions.yaml': 'current: 2.0.0\nconsumers: [web, mobile]\n',
      }),
    );
    assert.equal(r.blocked, false);
    assert.deepEqual(rules(r, 'approvable').sort(), ['major-change', 'removal-without-deprecation']);
    assert.equal(r.approval!.required, true);
    assert.ok(r.checklist!.some((i) => i.text === 'Notify the consumers of shop: web, mobile' && !i.done));
  });

  test('a version that went down is blocked', async () => {
    const r = await check(scenario({ 'contracts/modules/shop/versions.yaml': 'current: 0.9.0\n' }));
    assert.deepEqual(rules(r, 'blocking'), ['version-decreased']);
  });

  test('a version the change removes is blocked: the file deleted, or `latest` written, does not make a missing bump a warning', async () => {
    // a break, the versions file removed and info.version made `latest`: it was a warning and the Council's approval
    const latest = await check(
      scenario({
        'contracts/modules/shop/api/openapi.yaml': withoutName.replace('version: 1.0.0', 'version: latest'),
        'contracts/modules/shop/versions.yaml': null,
      }),
    );
    const removed = latest.violations!.find((v) => v.ruleId === 'version-removed');
    assert.equal(removed?.blocking, true, JSON.stringify(latest.violations));
    assert.equal(removed.message, 'shop: its version 1.0.0 at the baseline is gone (`info.version: latest` is not a version number)');
    assert.equal(
      removed.fix,
      'Keep its version where contracts/modules/shop/api/openapi.yaml held it, at least 2.0.0 (major changes since 1.0.0).',
    );
    assert.equal(removed.line, 3);
    // a module of schemas alone, its versions file deleted, in a repository with a freeze (whose freezes do not take over)
    const schema = (required: string[]) =>
      JSON.stringify({ type: 'object', properties: { id: { type: 'string' }, due: { type: 'string' } }, required });
    const billing = {
      'contracts/modules/billing/versions.yaml': 'current: 1.4.0\n',
      'contracts/modules/billing/invoice.schema.json': schema(['id']),
    };
    const repo = frozenRepo(billing, '1.0.0', 'freeze');
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    rmSync(join(repo, 'contracts/modules/billing/versions.yaml'));
    writeTree(repo, { 'contracts/modules/billing/invoice.schema.json': schema(['id', 'due']) });
    const gone = await check(repo);
    assert.deepEqual(
      gone.violations!.filter((v) => v.blocking).map((v) => [v.ruleId, v.message, v.fix]),
      [
        [
          'version-removed',
          'billing: its version 1.4.0 at the baseline is gone (contracts/modules/billing/versions.yaml was removed)',
          'Keep its version where contracts/modules/billing/versions.yaml held it, at least 2.0.0 (major changes since 1.4.0).',
        ],
      ],
    );
    assert.ok(!gone.checklist!.some((i) => i.text.includes('freeze create 2.0.0')), 'not released by its freezes');
    // a unit removed whole is a removal for the Council, not a version gone
    const shopFiles = Object.keys(BASE).filter((p) => p.startsWith('contracts/modules/shop/'));
    const whole = await check(scenario(Object.fromEntries(shopFiles.map((p) => [p, null]))));
    assert.ok(!whole.violations!.some((v) => v.ruleId === 'version-removed'), JSON.stringify(whole.violations));
    // nor is it told to write a version in the versions file it no longer has
    assert.ok(!whole.warned!.some((v) => v.ruleId === 'version-missing'), JSON.stringify(whole.warned));
    assert.ok(whole.approval!.required);
  });

  test('a bump bigger than needed is a warning', async () => {
    const r = await check(
      scenario({
        'contracts/modules/shop/api/openapi.yaml': api({
          extraOp: '  /other:\n    get:\n      responses: {"200": {description: ok}, "400": {description: bad}}\n',
        }),
        'contracts/modules/shop/versions.yaml': 'current: 2.0.0\n',
      }),
    );
    assert.equal(r.blocked, false);
    assert.ok(rules(r, 'warning').includes('version-bump-excess'));
  });

  test('0.x versions: a major change needs a minor bump by default, a major one with zero_major: major', async () => {
    const base = { 'contracts/modules/shop/versions.yaml': 'current: 0.3.0\n' };
    const change = { 'contracts/modules/shop/api/openapi.yaml': withoutName, 'contracts/modules/shop/versions.yaml': 'current: 0.4.0\n' };
    assert.ok(!rules(await check(scenario(change, { base })), 'blocking').includes('version-bump-missing'));
    const strict = await check(scenario(change, { base, config: 'versioning: {zero_major: major}\n' }));
    assert.ok(rules(strict, 'blocking').includes('version-bump-missing'));
  });

  test('a module without a versions file is versioned by its OpenAPI info.version', async () => {
    const r = await check(
      scenario(
        {
          'contracts/modules/shop/versions.yaml': null,
          'contracts/modules/shop/api/openapi.yaml': withoutName.replace('version: 1.0.0', 'version: 1.1.0'),
        },
        { base: {} },
      ),
    );
    const shop = r.modules.find((m) => m.name === 'shop')!;
    assert.equal(shop.currentVersion, '1.1.0');
    assert.ok(rules(r, 'blocking').includes('version-bump-missing'));
  });
});

describe('inherited impact', () => {
  test('a change in a shared file affects every module whose contracts $ref it', async () => {
    const common = JSON.stringify({ $defs: { id: { type: 'string', pattern: '^[0-9a-f]+$' } } });
    const r = await check(scenario({ 'contracts/storage/common.schema.json': common }));
    const shop = r.modules.find((m) => m.name === 'shop')!;
    assert.deepEqual(shop.inherits, ['contracts/storage/common.schema.json']);
    assert.equal(shop.level, 'major');
    assert.equal(shop.requiredBump, 'major');
    assert.ok(r.violations!.some((v) => v.ruleId === 'version-bump-missing' && v.module === 'shop'));
    assert.ok(r.violations!.some((v) => v.ruleId === 'version-bump-missing' && v.module === 'globals'));
  });
});

describe('frozen invariants', () => {
  const config = 'invariants:\n  - {id: envelope, file: events/envelope.schema.json, keep: [band, obligations]}\n';
  test('removing a kept property is blocked and no approval can override it', async () => {
    const r = await check(
      scenario(
        { 'contracts/events/envelope.schema.json': envelope({ obligations: { type: 'array' }, payload: {} }, ['obligations']) },
        { config },
      ),
    );
    const v = r.violations!.find((x) => x.ruleId === 'invariant-removed')!;
    assert.equal(v.blocking, true);
    assert.match(v.message, /envelope: `band` in contracts\/events\/envelope\.schema\.json was removed/);
  });
  test('making it optional or changing its type is blocked too', async () => {
    const r = await check(
      scenario(
        {
          'contracts/events/envelope.schema.json': envelope({ band: { type: 'integer' }, obligations: { type: 'array' }, payload: {} }, [
            'band',
          ]),
        },
        { config },
      ),
    );
    const msgs = r.violations!.filter((x) => x.ruleId === 'invariant-removed').map((v) => v.message);
    assert.ok(
      msgs.some((m) => /`band` .* changed type from string to integer/.test(m)),
      msgs.join('\n'),
    );
    assert.ok(
      msgs.some((m) => /`obligations` .* is no longer required/.test(m)),
      msgs.join('\n'),
    );
  });
  test('code invariants: forbid and require are blocking, on_change needs approval and adds its text to the checklist', async () => {
    const cfg = `invariants:
  - {id: no-keys-in-history, paths: ["src/**/*.py"], forbid: "serialize\\\\(.*key"}
  - {id: run-usage, paths: ["src/**/*.py"], require: "def run\\\\("}
  - {id: streaming-envelope, paths: ["src/keys.py"], on_change: "Re-check the AG-UI envelope on the SSE wire"}
`;
    const r = await check(scenario({ 'src/keys.py': 'def go(model, key):\n    serialize(model, key)\n' }, { config: cfg }));
    assert.deepEqual(rules(r, 'blocking').sort(), ['code-invariant-forbidden', 'code-invariant-missing']);
    assert.match(r.violations!.find((v) => v.ruleId === 'code-invariant-forbidden')!.message, /src\/keys\.py:2/);
    assert.deepEqual(rules(r, 'approvable'), ['code-invariant-touched']);
    assert.ok(r.checklist!.some((i) => i.text.includes('Re-check the AG-UI envelope') && !i.done));
  });
  test('guarded code changed and no contract: the verdict says what the Council is asked for', async () => {
    const cfg = 'invariants:\n  - {id: streaming-envelope, paths: ["src/keys.py"], on_change: "Re-check the envelope"}\n';
    const r = await check(scenario({ 'src/keys.py': 'def go():\n    pass\n' }, { config: cfg }));
    assert.deepEqual(r.changes, []);
    assert.equal(verdictLine(r), '⚠️ needs Contract Council approval: it changes code a frozen contract guards');
  });
});

describe('frozen history', () => {
  test('editing or deleting an existing freeze file is blocked', async () => {
    const edited = scenario({});
    const path = join(edited, 'contracts/_frozen/freeze-v1.0.0.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"1.0.0"', '"1.0.1"'));
    assert.deepEqual(rules(await check(edited), 'blocking'), ['frozen-history-edited']);
    const deleted = scenario({ 'contracts/_frozen/sha-index-v1.0.0.json': null });
    const r = await check(deleted);
    assert.match(r.violations![0]!.message, /sha-index-v1\.0\.0\.json was deleted/);
  });
  test('adding a new freeze is fine', async () => {
    const repo = scenario({});
    assert.equal(runCli(['freeze', 'create', '1.1.0'], repo).status, 0);
    assert.ok(!rules(await check(repo), 'blocking').includes('frozen-history-edited'));
  });
});

describe('deprecation window', () => {
  test('a removal deprecated in enough earlier freezes needs no window approval', async () => {
    const repo = gitRepo(BASE);
    const deprecated = api().replace('                  name: {type: string}', '                  name: {type: string, deprecated: true}');
    for (const v of ['1.0.0', '1.1.0', '1.2.0']) {
      if (v !== '1.0.0')
        writeTree(repo, {
          'contracts/modules/shop/api/openapi.yaml': deprecated,
          'contracts/modules/shop/versions.yaml': `current: ${v}\n`,
        });
      assert.equal(runCli(['freeze', 'create', v], repo).status, 0);
      commitAll(repo, `freeze ${v}`);
    }
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    writeTree(repo, { 'contracts/modules/shop/api/openapi.yaml': withoutName, 'contracts/modules/shop/versions.yaml': 'current: 2.0.0\n' });
    const r = await check(repo);
    assert.ok(!rules(r, 'approvable').includes('removal-without-deprecation'));
    assert.ok(r.checklist!.some((i) => i.text.startsWith('Deprecated for 2 releases before removal') && i.done));
  });
  test('a removal from a file the pull request moved is judged by where the freezes hold it', async () => {
    const repo = gitRepo(BASE);
    const deprecated = api().replace('                  name: {type: string}', '                  name: {type: string, deprecated: true}');
    for (const v of ['1.0.0', '1.1.0', '1.2.0']) {
      if (v !== '1.0.0')
        writeTree(repo, {
          'contracts/modules/shop/api/openapi.yaml': deprecated,
          'contracts/modules/shop/versions.yaml': `current: ${v}\n`,
        });
      assert.equal(runCli(['freeze', 'create', v], repo).status, 0);
      commitAll(repo, `freeze ${v}`);
    }
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    rmSync(join(repo, 'contracts/modules/shop/api/openapi.yaml'));
    writeTree(repo, {
      'contracts/modules/shop/http/openapi.yaml': withoutName,
      'contracts/modules/shop/versions.yaml': 'current: 2.0.0\n',
    });
    const r = await check(repo);
    assert.ok(r.changes.some((c) => c.ruleId === 'contract-moved' && c.file === 'contracts/modules/shop/http/openapi.yaml'));
    assert.ok(!rules(r, 'approvable').includes('removal-without-deprecation'), JSON.stringify(r.violations));
    assert.ok(r.checklist!.some((i) => i.text.startsWith('Deprecated for 2 releases before removal') && i.done));
  });
  test('each frozen file is read once, however many removals from it ask', () => {
    // forty operations, deprecated in the two newest freezes, all removed in one pull request
    const paths = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`/p${i}`, { get: { deprecated: true, responses: {} } }]));
    let reads = 0;
    const freeze = (version: string, deprecated: boolean): Freeze => {
      const content = JSON.stringify({ openapi: '3.1.0', paths: deprecated ? paths : {} });
      const artifact = { path: 'api.json', sha256: '', size: content.length, frozen_at: '', encoding: undefined };
      Object.defineProperty(artifact, 'content', { get: () => (reads++, content), enumerable: true });
      return { version, created_at: '', artifacts: [artifact as unknown as Freeze['artifacts'][number]] } as Freeze;
    };
    const freezes = [freeze('1.2.0', true), freeze('1.1.0', true), freeze('1.0.0', false)];
    for (let i = 0; i < 40; i++) assert.equal(deprecatedStreak(freezes, 'api.json', `/paths/~1p${i}/get`), 2);
    assert.equal(reads, 3, "each freeze's copy of the file read once");
  });
});

describe('deprecation window, whatever the trees are read from', () => {
  const deprecated = api().replace('                  name: {type: string}', '                  name: {type: string, deprecated: true}');
  test('a committed head is judged by the freezes it holds, with no checkout (as the App sees it)', async () => {
    const repo = gitRepo(BASE);
    for (const v of ['1.0.0', '1.1.0', '1.2.0']) {
      if (v !== '1.0.0')
        writeTree(repo, {
          'contracts/modules/shop/api/openapi.yaml': deprecated,
          'contracts/modules/shop/versions.yaml': `current: ${v}\n`,
        });
      assert.equal(runCli(['freeze', 'create', v], repo).status, 0);
      commitAll(repo, `freeze ${v}`);
    }
    gitRun(repo, 'checkout', '--quiet', '-b', 'feature');
    writeTree(repo, { 'contracts/modules/shop/api/openapi.yaml': withoutName, 'contracts/modules/shop/versions.yaml': 'current: 2.0.0\n' });
    commitAll(repo, 'remove name');
    rmSync(join(repo, 'contracts/_frozen'), { recursive: true, force: true }); // nothing on disk
    const r = await check(repo, { head: 'feature' });
    assert.ok(!rules(r, 'approvable').includes('removal-without-deprecation'), r.violations!.map((v) => v.message).join('\n'));
  });

  test('freezes are ordered by SemVer: 1.11 and 1.10 are the newest two, not 1.9', () => {
    const tree = (spec: string) => new MapTree([['modules/shop/api/openapi.yaml', spec]]);
    const frozen = new MapTree();
    for (const [version, spec] of [
      ['1.9.0', api()],
      ['1.10.0', deprecated],
      ['1.11.0', deprecated],
    ] as const) {
      frozen.set(`contracts/_frozen/freeze-v${version}.json`, serialize(createFreeze(tree(spec), version, { now: new Date(0) }).freeze));
    }
    const head = new MapTree([
      ['contracts/modules/shop/api/openapi.yaml', withoutName],
      ...frozen.paths().map((p) => [p, frozen.read(p)!] as [string, Uint8Array]),
    ]);
    const r = judgeTrees({
      config: { ...DEFAULT_CONFIG },
      base: new MapTree([['contracts/modules/shop/api/openapi.yaml', deprecated]]),
      head,
      frozenBase: frozen,
      baseline: 'b',
      headLabel: 'h',
      warnings: [],
      now: new Date(),
    });
    assert.ok(
      r.changes.some((c) => c.ruleId === 'response-required-property-removed'),
      r.changes.map((c) => c.ruleId).join(', '),
    );
    assert.ok(!rules(r, 'approvable').includes('removal-without-deprecation'), r.violations!.map((v) => v.message).join('\n'));
  });
});

describe('examples', () => {
  test('a schema ajv refuses (one $id on three subschemas) is reported at its example, and the run goes on', () => {
    const id = 'https://localhost:1234/unknownKeyword/my_identifier.json';
    const schema = {
      $defs: {
        a: { not: { array_of_schemas: [{ $id: id, type: 'null' }] } },
        b: { $id: id, type: 'string' },
        c: { not: { object_of_schemas: { foo: { $id: id, type: 'integer' } } } },
      },
      anyOf: [{ $ref: '#/$defs/a' }, { $ref: '#/$defs/c' }, { $ref: id }],
    };
    const tree = new MapTree([
      ['contracts/modules/m/events/x.schema.json', JSON.stringify(schema)],
      ['contracts/modules/m/events/x.example.json', '"a string"'],
    ]);
    const findings = checkExamples(new Documents(tree), tree.paths());
    const f = findings.find((x) => x.ruleId === 'example-invalid');
    assert.ok(f, findings.map((x) => x.ruleId).join(', '));
    assert.match(String(f.params.message), /schema cannot be compiled: .*resolves to more than one schema/);
  });
  test('a new mismatch blocks; one already at the baseline is listed as old debt (the ratchet)', async () => {
    const fresh = await check(scenario({ 'contracts/modules/shop/examples/order.created.json': '{"total": "lots"}\n' }));
    const v = fresh.violations!.find((x) => x.ruleId === 'example-invalid')!;
    assert.equal(v.blocking, true);
    assert.match(v.message, /must have required property 'order_id'/);
    const old = await check(
      scenario(
        { 'contracts/modules/shop/examples/order.created.json': '{"total": "lots"}\n' },
        { base: { 'contracts/modules/shop/examples/order.created.json': '{"total": "lots"}\n' } },
      ),
    );
    assert.ok(!rules(old, 'blocking').includes('example-invalid'));
    assert.ok(old.warnings.some((w) => /already at the baseline.*\[example-invalid\]/.test(w)));
  });
  test('ULIDs are checked by format, examples pair by $schema too', async () => {
    const schema = JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { id: { type: 'string', format: 'ulid' } },
    });
    const r = await check(
      scenario({
        'contracts/storage/schemas/thing.schema.json': schema,
        'contracts/storage/examples/whatever.json': '{"$schema": "../schemas/thing.schema.json", "id": "81ARZ3NDEKTSV4RRFFQ69G5FAV"}\n',
      }),
    );
    const v = r.violations!.find((x) => x.ruleId === 'example-invalid')!;
    assert.match(v.message, /\/id must match format "ulid"/);
  });
  test('an example lacking a required property named like an inherited one (constructor) is invalid', () => {
    const tree = new MapTree([
      ['s/thing.schema.json', JSON.stringify({ type: 'object', required: ['constructor', 'id'] })],
      ['s/thing.example.json', '{"id": 1}'],
      ['s/other.schema.json', JSON.stringify({ type: 'object', required: ['constructor'] })],
      ['s/other.example.json', '{"constructor": "x"}'],
    ]);
    const findings = checkExamples(new Documents(tree), tree.paths());
    assert.deepEqual(
      findings.map((f) => `${f.ruleId} ${f.file}`),
      ['example-invalid s/thing.example.json'],
    );
    assert.match(String(findings[0]!.params.message), /must have required property 'constructor'/);
  });
  test('examples are validated within a compile budget: past it, one is said to be unvalidated, never minutes of compiles', () => {
    // a pull request of large schemas with examples was as many compiles of ~0.2 ms a node, on both sides of the ratchet
    const big = {
      type: 'object',
      properties: Object.fromEntries(
        Array.from({ length: 20_000 }, (_, i) => [`p${i}`, { type: 'object', properties: { x: { type: 'string' } } }]),
      ),
    };
    const tree = new MapTree([
      ['s/big.schema.json', JSON.stringify(big)],
      ['s/big.example.json', '{"p0": {"x": 1}}'],
      // what its $refs reach is compiled with it, and paid for
      ['s/wrapper.schema.json', JSON.stringify({ type: 'object', properties: { inner: { $ref: 'big.schema.json' } } })],
      ['s/wrapper.example.json', '{"inner": {}}'],
      ['s/plain.schema.json', JSON.stringify({ type: 'object', required: ['id'], properties: { id: { type: 'string' } } })],
      ['s/plain.example.json', '{"id": 7}'],
    ]);
    const findings = checkExamples(new Documents(tree), tree.paths());
    const said = findings.map((f) => `${f.ruleId} ${f.file}`).sort();
    assert.deepEqual(said, [
      'example-invalid s/plain.example.json',
      'example-unvalidated s/big.example.json',
      'example-unvalidated s/wrapper.example.json',
    ]);
    assert.equal(getPolicyRule('example-unvalidated').severity, 'warn');
  });
});

describe('events', () => {
  test('a major change to an event schema asks for dual-publishing its topic during the transition', async () => {
    const changed = JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: ['order_id'],
      properties: { order_id: { type: 'string' }, total: { type: 'string' } },
    });
    const r = await check(
      scenario({
        'contracts/modules/shop/events/order.created.schema.json': changed,
        'contracts/modules/shop/versions.yaml': 'current: 2.0.0\n',
      }),
    );
    assert.ok(r.changes.some((c) => c.ruleId === 'event-type-changed'));
    assert.ok(
      r.checklist!.some(
        (i) =>
          i.text ===
            'Dual-publish `order.created` on the old and the new version during the transition (add `order.created.v2` beside it)' &&
          !i.done,
      ),
    );
    assert.ok(rules(r, 'blocking').includes('example-invalid'), 'the example no longer matches the new schema');
  });
  test('examples a description writes in place validate against their body schemas, in the descriptions a pull request touches', () => {
    const description = (o: { age?: string; example?: string; other?: boolean } = {}) =>
      [
        `openapi: ${o.other ? '3.1.0' : '3.0.3'}`,
        'info: {title: Pets, version: 1.0.0}',
        'paths:',
        '  /pets:',
        '    post:',
        '      requestBody:',
        '        content:',
        '          application/json:',
        "            schema: {$ref: '#/components/schemas/Pet'}",
        // the id is read-only: a request never sends it, though the schema requires it
        '            example: {name: Rex}',
        '      responses:',
        "        '200':",
        '          description: ok',
        '          content:',
        '            application/json:',
        "              schema: {$ref: '#/components/schemas/Pet'}",
        '              examples:',
        `                rex: {value: {id: p1, name: Rex, age: ${o.example ?? '3'}, tag: null}}`,
        'components:',
        '  schemas:',
        '    Pet:',
        '      type: object',
        '      required: [id, name]',
        '      properties:',
        '        id: {type: string, readOnly: true}',
        '        name: {type: string}',
        `        age: {type: ${o.age ?? 'integer'}}`,
        '        tag: {type: string, nullable: true}',
        '',
      ].join('\n');
    // the property's type turned, its documented example left as it was
    const turned = checkPullRequest(
      pullRequestRepo({ 'api/openapi.yaml': description() }, { 'api/openapi.yaml': description({ age: 'string' }) }),
    );
    const v = turned.report.violations!.find((x) => x.ruleId === 'example-invalid');
    assert.ok(v, JSON.stringify(turned.report.violations));
    assert.equal(v.file, 'api/openapi.yaml');
    assert.equal(v.line, 18, 'the example’s line');
    assert.match(v.message, /\/age must be string \(schema POST \/pets response 200 application\/json\)$/);
    assert.equal(
      turned.report.violations!.filter((x) => x.ruleId === 'example-invalid').length,
      1,
      'the request example, without the read-only id, is valid',
    );
    // an example that was already wrong is debt, not this pull request's to fix
    const wrong = description({ example: '"three"' });
    const old = checkPullRequest(
      pullRequestRepo({ 'api/openapi.yaml': wrong }, { 'api/openapi.yaml': wrong.replace('title: Pets', 'title: Pets API') }),
    );
    assert.ok(!old.report.violations?.some((x) => x.ruleId === 'example-invalid'));
    assert.ok(
      old.report.warnings.some((w) => /already at the baseline.*\[example-invalid\]/.test(w)),
      JSON.stringify(old.report.warnings),
    );
    // a description the pull request does not touch is not read for it
    const dir = pullRequestRepo({ 'api/openapi.yaml': wrong, 'README.md': 'a\n' }, { 'README.md': 'b\n' });
    assert.ok(!JSON.stringify(checkPullRequest(dir).report).includes('example-invalid'));
    // validate is the whole tree's health: every description read, its wrong example listed as debt
    const health = runCli(['validate'], dir);
    assert.equal(health.status, 0, health.stderr);
    assert.match(health.stdout, /^debt api\/openapi\.yaml:18: \/age must be integer .*\[example-invalid\]$/m);
  });

  test('an AsyncAPI message’s examples validate against its payload, in 2.x and 3.0; an Avro payload’s are not read as JSON Schema', () => {
    const order = { type: 'object', required: ['id'], properties: { id: { type: 'string' }, total: { type: 'integer' } } };
    const v2 = {
      asyncapi: '2.6.0',
      info: { title: 'Shop', version: '1.0.0' },
      channels: { 'shop.orders': { subscribe: { message: { oneOf: [{ $ref: '#/components/messages/Order' }] } } } },
      components: { messages: { Order: { name: 'Order', payload: order, examples: [{ payload: { id: 'o1', total: 12.5 } }] } } },
    };
    const avro = { type: 'record', name: 'Order', fields: [{ name: 'id', type: 'string' }] };
    const v3 = {
      asyncapi: '3.0.0',
      info: { title: 'Shop', version: '1.0.0' },
      channels: {
        orders: {
          address: 'shop.orders',
          messages: {
            Order: {
              payload: { schemaFormat: 'application/schema+json;version=draft-07', schema: order },
              examples: [{ payload: { total: 1 } }],
            },
            Avro: {
              payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: avro },
              examples: [{ payload: { id: 1 } }],
            },
          },
        },
      },
    };
    const found = (doc: unknown) =>
      checkInlineExamples(new Documents(new MapTree([['asyncapi.json', JSON.stringify(doc)]])), ['asyncapi.json']).findings.map((f) => [
        f.pointer,
        f.params.message,
      ]);
    assert.deepEqual(found(v2), [['/components/messages/Order/examples/0/payload/total', '/total must be integer']]);
    assert.deepEqual(found(v3), [['/channels/orders/messages/Order/examples/0/payload', "(root) must have required property 'id'"]]);
  });

  test('a parameter’s and a component schema’s examples validate, the path item’s and the operation’s, components followed', () => {
    const doc = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/pets/{id}': {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' }, example: 'p1' }],
          get: {
            parameters: [{ $ref: '#/components/parameters/limit' }],
            responses: { '200': { description: 'ok' } },
          },
        },
      },
      components: {
        parameters: {
          limit: {
            name: 'limit',
            in: 'query',
            schema: { type: 'integer', maximum: 100 },
            examples: { big: { value: 500 }, ok: { value: 20 } },
          },
        },
        // a component schema's own example, and its properties'
        schemas: { Pet: { type: 'object', properties: { age: { type: 'integer', example: 'old' } }, example: { age: 3 } } },
      },
    };
    const found = checkInlineExamples(new Documents(new MapTree([['api.json', JSON.stringify(doc)]])), ['api.json']).findings.map((f) => [
      f.pointer,
      f.params.message,
    ]);
    assert.deepEqual(found, [
      ['/paths/~1pets~1{id}/parameters/0/example', '(root) must be integer'],
      ['/components/parameters/limit/examples/big/value', '(root) must be <= 100'],
      ['/components/schemas/Pet/properties/age/example', '(root) must be integer'],
    ]);
  });

  test('a Swagger 2.0 response’s examples validate against its schema, x-nullable read as nullable', () => {
    const doc = (example: unknown) => ({
      swagger: '2.0',
      info: { title: 't', version: '1' },
      paths: {
        '/pets': {
          get: {
            responses: {
              '200': {
                description: 'ok',
                schema: { $ref: '#/definitions/Pet' },
                examples: { 'application/json': example, 'text/plain': 'Rex' },
              },
            },
          },
        },
      },
      definitions: {
        Pet: { type: 'object', required: ['id'], properties: { id: { type: 'integer' }, name: { type: 'string', 'x-nullable': true } } },
      },
    });
    const found = (d: unknown) =>
      checkInlineExamples(new Documents(new MapTree([['swagger.json', JSON.stringify(d)]])), ['swagger.json']).findings.map((f) => [
        f.pointer,
        f.params.message,
      ]);
    assert.deepEqual(found(doc({ id: 1, name: null })), []);
    assert.deepEqual(found(doc({ id: 'p1' })), [['/paths/~1pets/get/responses/200/examples/application~1json/id', '/id must be integer']]);
  });

  test('a JSON Schema’s own examples validate against the schema they are given for, in its draft', () => {
    const found = (schema: unknown) =>
      checkInlineExamples(new Documents(new MapTree([['order.schema.json', JSON.stringify(schema)]])), ['order.schema.json']).findings.map(
        (f) => [f.pointer, f.params.message],
      );
    const order = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $defs: { money: { type: 'integer', examples: [100, 'ten'] } },
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'string' }, total: { $ref: '#/$defs/money' } },
      examples: [{ id: 'o1', total: 100 }, { total: 5 }],
    };
    assert.deepEqual(found(order), [
      ['/examples/1', "(root) must have required property 'id'"],
      ['/$defs/money/examples/1', '(root) must be integer'],
    ]);
    // a file is passed over when it never writes the word, but an escape in JSON (or YAML's \x) does not hide one
    const hidden = (examples: string) =>
      checkInlineExamples(new Documents(new MapTree([['o.schema.json', `{"type": "integer", ${examples}: ["ten"]}`]])), ['o.schema.json'])
        .findings.length;
    assert.equal(hidden('"\\u0065xamples"'), 1);
    assert.equal(hidden('"examples"'), 1);
    // draft-07: a `$ref` voids what stands beside it, as the draft reads it
    const draft7 = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      definitions: { id: { type: 'string' } },
      properties: { id: { $ref: '#/definitions/id', type: 'integer', examples: ['a1'] } },
    };
    assert.deepEqual(found(draft7), []);
  });

  test('an example the baseline left unvalidated (its budget spent elsewhere) is not new when the head reaches it, whatever its file is named', () => {
    // five bodies of 978 properties take the 5,000 schema nodes a side may compile (1,000 each, with a compile's
    // fixed cost), so the baseline never reaches the wrong example after them; the pull request removes one
    const big = { type: 'object', properties: Object.fromEntries(Array.from({ length: 978 }, (_, i) => [`p${i}`, { type: 'string' }])) };
    const get = (schema: unknown, example: unknown) => ({
      get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema, example } } } } },
    });
    const doc = (bodies: number) =>
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 't', version: '1.0.0' },
        paths: {
          ...Object.fromEntries(Array.from({ length: bodies }, (_, i) => [`/b${i}`, get(big, {})])),
          '/z': get({ type: 'object', properties: { age: { type: 'integer' } } }, { age: 'old' }),
        },
      });
    // a `|` in a file name once split the finding's key at the wrong place
    for (const file of ['api.json', 'api|v1.json']) {
      const { report } = checkPullRequest(pullRequestRepo({ [file]: doc(5) }, { [file]: doc(4) }));
      assert.ok(!report.violations?.some((v) => v.ruleId === 'example-invalid'), `${file}: ${JSON.stringify(report.violations)}`);
      assert.ok(
        report.warnings.some((w) => /\/age must be integer.*already at the baseline.*\[example-invalid\]/.test(w)),
        JSON.stringify(report.warnings),
      );
    }
  });

  test('a description of 100,000 invalid examples is 50 findings and one count of the rest, not 100,000', () => {
    const examples = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`e${i}`, { value: { n: `x${i}` } }]));
    const content = { 'application/json': { schema: { type: 'object', properties: { n: { type: 'integer' } } }, examples } };
    const doc = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: { '/a': { get: { responses: { '200': { description: 'ok', content } } } } },
    };
    const { findings, unchecked } = checkInlineExamples(new Documents(new MapTree([['api.json', JSON.stringify(doc)]])), ['api.json']);
    assert.equal(findings.filter((f) => f.ruleId === 'example-invalid').length, 50);
    const rest = findings.filter((f) => f.ruleId === 'inline-examples-unvalidated');
    assert.equal(rest.length, 1);
    assert.deepEqual(rest[0]!.params, { file: 'api.json', count: '99950 examples', why: '50 already fail' });
    // the examples left are known as unchecked, one by one: at the head, a finding among them is not new
    assert.equal(unchecked.size, 99_950);
    assert.ok(unchecked.has(examplePlace('api.json', '/paths/~1a/get/responses/200/content/application~1json/examples/e99999/value')));
  });

  test('draft-07 schemas validate their examples too', async () => {
    const schema = JSON.stringify({
      $schema: 'http://json-schema.org/draft-07/schema#',
      definitions: { n: { type: 'integer' } },
      type: 'object',
      properties: { n: { $ref: '#/definitions/n' } },
    });
    const r = await check(
      scenario({ 'contracts/storage/schemas/legacy.schema.json': schema, 'contracts/storage/examples/legacy.json': '{"n": 1.5}\n' }),
    );
    assert.match(r.violations!.find((v) => v.ruleId === 'example-invalid')!.message, /\/n must be integer/);
  });
});

describe('the memoryos preset: house rules for every OpenAPI document', () => {
  const preset = 'preset: memoryos\n';
  test('without the preset, none of them: a team without mTLS is not told to use it', async () => {
    const change = {
      'contracts/modules/shop/api/openapi.yaml': api({ no4xx: true, noHealthExempt: true }).replace(
        '  - {mtls: [], bearer: []}',
        '  - {bearer: []}',
      ),
    };
    const r = await check(scenario(change));
    const house = ['health-not-exempt', 'operation-missing-4xx', 'security-not-global', 'openapi-not-3-1'];
    assert.deepEqual(
      [...(r.violations ?? []), ...(r.warned ?? [])].filter((v) => house.includes(v.ruleId)),
      [],
    );
  });
  test('a new operation without 4xx, /health not exempt: blocked; turned off by config', async () => {
    const change = { 'contracts/modules/shop/api/openapi.yaml': api({ no4xx: true, noHealthExempt: true }) };
    assert.deepEqual(rules(await check(scenario(change, { config: preset })), 'blocking').sort(), [
      'health-not-exempt',
      'operation-missing-4xx',
      'version-bump-missing',
    ]);
    const off = await check(scenario(change, { config: preset + 'rules: {operation-missing-4xx: off, health-not-exempt: warn}\n' }));
    assert.deepEqual(rules(off, 'blocking'), ['version-bump-missing']);
    assert.ok(rules(off, 'warning').includes('health-not-exempt'));
  });
  test('global security must name mTLS and Bearer; 3.1 with the 2020-12 dialect', async () => {
    const r = await check(
      scenario(
        {
          'contracts/modules/shop/api/openapi.yaml': api()
            .replace('  - {mtls: [], bearer: []}', '  - {bearer: []}')
            .replace('jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema\n', ''),
        },
        { config: preset },
      ),
    );
    const msgs = r.violations!.map((v) => v.message).join('\n');
    assert.match(msgs, /global security must require an mTLS \(mutualTLS\) scheme/);
    assert.match(msgs, /does not declare jsonSchemaDialect/);
  });
});

describe('an empty Contract Council', () => {
  test('the approval asked for says to name its members first; with members it asks them', async () => {
    const bumped = { 'contracts/modules/shop/api/openapi.yaml': withoutName, 'contracts/modules/shop/versions.yaml': 'current: 2.0.0\n' };
    const fixOf = (r: Report) => r.violations!.find((v) => v.ruleId === 'major-change')?.fix;
    assert.equal(
      fixOf(await check(scenario(bumped))),
      'Get an approving review from the Contract Council once it has members (it has none: name them in `council.teams` or `council.users` of .github/contract-guard.yml on the default branch).',
    );
    const named = await check(scenario(bumped, { config: 'council:\n  teams: [acme/contract-council]\n' }));
    assert.equal(fixOf(named), 'Get an approving review from the Contract Council.');
  });
});

describe('warnings', () => {
  test('changelog and migration notes: warned when missing, ticked when present', async () => {
    const bumped = { 'contracts/modules/shop/api/openapi.yaml': withoutName, 'contracts/modules/shop/versions.yaml': 'current: 2.0.0\n' };
    const missing = await check(scenario(bumped));
    assert.ok(rules(missing, 'warning').includes('changelog-missing'));
    assert.ok(rules(missing, 'warning').includes('migration-note-missing'));
    const fixOf = (r: Report) => [...(r.warned ?? []), ...(r.violations ?? [])].find((v) => v.ruleId === 'changelog-missing')?.fix;
    assert.equal(fixOf(missing), 'Add a `## shop 2.0.0` entry to contracts/CHANGELOG.md.');
    const present = await check(
      scenario({
        ...bumped,
        'contracts/CHANGELOG.md': '# Changelog\n## shop 2.0.0\n- name removed\n',
        'contracts/migrations/shop-2.0.0.md': 'shop 2.0.0: read `name` from /profiles instead.\n',
      }),
    );
    assert.ok(!rules(present, 'warning').includes('changelog-missing'));
    assert.ok(!rules(present, 'warning').includes('migration-note-missing'));
    assert.ok(present.checklist!.filter((i) => /CHANGELOG|Migration note/.test(i.text)).every((i) => i.done));
  });
});

describe('overrides and ignores', () => {
  test('a change rule set to a lower level changes the bump needed; off removes it', async () => {
    const change = { 'contracts/modules/shop/api/openapi.yaml': withoutName, 'contracts/modules/shop/versions.yaml': 'current: 1.1.0\n' };
    const lower = await check(scenario(change, { config: 'rules: {response-required-property-removed: minor}\n' }));
    assert.ok(!rules(lower, 'blocking').includes('version-bump-missing'));
    assert.equal(lower.changes.find((c) => c.ruleId === 'response-required-property-removed')!.level, 'minor');
    const off = await check(scenario(change, { config: 'rules: {required-property-removed: off}\n' }));
    assert.ok(!off.changes.some((c) => c.ruleId.endsWith('required-property-removed')));
  });
  test('an ignore with a reason hides a finding until its date; an expired one applies again and says so', async () => {
    const change = { 'contracts/modules/shop/examples/order.created.json': '{}\n' };
    const ignore = (until: string) =>
      `ignore:\n  - {rule: example-invalid, file: "contracts/modules/shop/examples/*.json", reason: "fixture rewrite in SHOP-12", until: ${until}}\n`;
    const active = await check(scenario(change, { config: ignore('2026-12-31') }));
    assert.ok(!rules(active, 'blocking').includes('example-invalid'));
    assert.deepEqual(
      active.ignored!.map((i) => [i.ruleId, i.reason]),
      [['example-invalid', 'fixture rewrite in SHOP-12']],
    );
    const expired = await check(scenario(change, { config: ignore('2026-01-31') }));
    assert.ok(rules(expired, 'blocking').includes('example-invalid'));
    assert.ok(
      expired.warnings.some((w) =>
        /ignore of example-invalid in contracts\/modules\/shop\/examples\/\*\.json expired on 2026-01-31/.test(w),
      ),
    );
  });
});

describe('configuration errors', () => {
  for (const [name, config, pattern] of [
    [
      'an unknown key',
      'contracts: contracts\ncouncil:\n  teams: [org/council]\n  aprovals: 2\n',
      /config key council\.aprovals is not a known key/,
    ],
    ['a wrong type', 'versioning:\n  deprecation_releases: two\n', /config key versioning\.deprecation_releases must be integer/],
    ['a bad regex', 'invariants:\n  - {id: x, paths: ["*.py"], forbid: "("}\n', /invariants\.0\.forbid is not a valid regular expression/],
    [
      'a glob that cannot be read',
      'files:\n  ignore: ["docs/**", "[z-a].json"]\n',
      /config key files\.ignore\.1 is a glob that cannot be read: /,
    ],
    [
      'a pattern only a backtracking engine runs',
      'invariants:\n  - {id: x, paths: ["*.py"], require: "def (?=run)"}\n',
      /invariants\.0\.require cannot run over a pull request's files in linear time: RE2 cannot run it/,
    ],
  ] as const) {
    test(`${name}: exit 2 with the key's path and line`, () => {
      const repo = scenario({}, { config });
      const r = runCli(['check'], repo);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^contract-guard: error: \.github\/contract-guard\.yml:\d+: /);
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    });
  }
});

describe('the sample tree and the report', () => {
  test('the default config passes the sample contracts unchanged', async () => {
    const repo = tempDir('cg-sample-');
    cpSync(join(PROJECT, 'contracts'), join(repo, 'contracts'), { recursive: true });
    gitRun(repo, 'init', '--quiet', '--initial-branch=main');
    commitAll(repo, 'sample');
    const r = await check(repo);
    assert.equal(r.blocked, false);
    assert.deepEqual(r.violations, []);
    assert.deepEqual(r.warnings, []);
  });

  test('one version throughout: the version bumped to names the findings, the checklist and the drafts, and the drafts satisfy the check', () => {
    const r = JSON.parse(runCli(['demo', '--format', 'json']).stdout) as Report;
    const said = [
      ...(r.warned ?? []).filter((v) => v.module === 'memory').map((v) => v.message),
      ...r.checklist!.filter((i) => /memory \d/.test(i.text)).map((i) => i.text),
      ...r.drafts!.map((d) => d.proposal.path),
    ];
    assert.ok(said.length >= 5, said.join('\n'));
    for (const s of said) assert.doesNotMatch(s, /1\.3\.0/, `${s} names the version the author wrote, not the one needed`);
    assert.ok(said.some((s) => s === 'contracts/migrations/memory-2.0.0.md'));
  });

  test('npm start shows a blocked change with its checklist', () => {
    const r = runCli(['demo']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /⛔ blocked: needs a major version bump/);
    assert.match(r.stdout, /memory: major changes need a major bump from 1\.2\.0, but the version is 1\.3\.0/);
    assert.match(r.stdout, /\[ \] Bump `memory` from 1\.2\.0 to ≥ 2\.0\.0 \(needs major; it is 1\.3\.0 now\)/);
    assert.match(r.stdout, /\[x\] contracts\/CHANGELOG\.md has an entry for retrieval 0\.4\.0/);
  });

  test('markdown: the verdict says why, the breaks in a table, the one thing to do, the rest collapsed once, never over 60,000 characters', async () => {
    const r = await check(scenario({ 'contracts/modules/shop/api/openapi.yaml': withoutName }));
    const md = renderMarkdown(r);
    assert.match(md.split('\n')[0]!, /^### contract-guard ⛔ blocked: needs a major version bump$/);
    const [first, rest] = md.split('<details>');
    assert.match(first!, /^\| where \| what changed \| who breaks \|$/m);
    assert.match(
      first!,
      /^\| GET \/items\/\{id\} response 200<br>.* \| required property `name` removed <sub>.*<\/sub><br>e\.g\. `.*` may now be sent \| clients reading responses \|$/m,
    );
    assert.match(
      first!,
      /^\*\*To do:\*\* Set `current: 2\.0\.0` in contracts\/modules\/shop\/versions\.yaml\. <sub>`contracts\/modules\/shop\/versions\.yaml:\d+`: a suggested change is on that line/m,
    );
    assert.doesNotMatch(md, /Bump `shop` from|Version of `shop` bumped/, 'the checklist does not repeat what the top asks');
    assert.match(rest!, /^<summary>\d+ more to do · \d+ drafts? · the checklist/);
    // every rule id is a link to its row in docs/rules.md, and the row is there
    const rulesDoc = readFileSync(join(PROJECT, 'docs', 'rules.md'), 'utf8');
    const ids = [...(r.violations ?? []), ...r.changes].map((x) => x.ruleId);
    for (const id of ids) assert.ok(md.includes(`[\`${id}\`](${RULES_DOC_URL}#`), `${id} is not linked`);
    const anchors = [...md.matchAll(new RegExp(`\\]\\(${RULES_DOC_URL.replace(/[.]/g, '\\.')}#([\\w-]+)\\)`, 'g'))].map((m) => m[1]!);
    assert.ok(anchors.length >= ids.length);
    for (const a of anchors) assert.ok(rulesDoc.includes(`<a id="${a}"></a>`), `docs/rules.md has no anchor ${a}`);
    const huge: Report = {
      ...r,
      changes: Array.from({ length: 5000 }, (_, i) => ({ ...r.changes[0]!, pointer: `/x/${i}`, message: `change ${i} `.repeat(10) })),
    };
    const big = renderMarkdown(huge);
    assert.ok(big.length <= MAX_MARKDOWN, String(big.length));
    assert.ok(big.startsWith('### contract-guard ⛔ blocked'));
    assert.ok(big.includes(`… and ${5000 - MAX_BREAKING_ROWS} more breaking changes: each is annotated on its line in the check run`));
    assert.equal(
      big.split('\n').filter((l) => l.startsWith('| ') && l.includes('<br>')).length,
      4,
      'four rows of breaks: what fits on the first screen with what to do',
    );
  });
});
