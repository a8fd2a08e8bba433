// Schemas versioned by the build that ships them: Maven's pom.xml, Gradle, pyproject.toml, Cargo.toml. A Java team's Avro
// schemas were "globals, no version" and its first freeze v1.0.0 although pom.xml said 1.3.0; the version is now read
// where the build writes it, named in the fix, and rewritten in place by `bump`.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readManifest } from '../src/core/manifests.js';
import type { Report } from '../src/core/report/model.js';
import { commitAll, gitRepo, gitRun, runCli } from './helpers.js';

const POM = `<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <!-- <version>9.9.9</version> was the old line -->
  <parent>
    <groupId>com.acme</groupId>
    <artifactId>platform</artifactId>
    <version>5.0.0</version>
  </parent>
  <artifactId>orders-events</artifactId>
  <version>1.3.0</version>
  <dependencies>
    <dependency><groupId>org.apache.avro</groupId><artifactId>avro</artifactId><version>1.12.0</version></dependency>
  </dependencies>
</project>
`;

const ORDER = (symbols: string[]) =>
  JSON.stringify(
    {
      type: 'record',
      name: 'Order',
      namespace: 'com.acme',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'status', type: { type: 'enum', name: 'Status', symbols } },
      ],
    },
    null,
    2,
  ) + '\n';

const AVRO = 'src/main/avro/com/acme/Order.avsc';

describe('the version a build manifest writes', () => {
  const versionOf = (path: string, text: string) => {
    const v = readManifest(path, text)?.version;
    if (v) assert.equal(text.slice(v.start, v.end), v.value, 'the offsets hold the value');
    return v && { value: v.value, line: v.line };
  };

  test("Maven: the project's own version, not its parent's, a dependency's or one commented out", () => {
    assert.deepEqual(versionOf('pom.xml', POM), { value: '1.3.0', line: 11 });
    assert.equal(readManifest('pom.xml', POM)?.name, 'orders-events');
    // `${revision}`: where the properties write it; a child that inherits its parent's version has none of its own
    const revision = '<project><version>${revision}</version><properties><revision>2.1.0</revision></properties></project>';
    assert.deepEqual(versionOf('api/pom.xml', revision), { value: '2.1.0', line: 1 });
    assert.equal(versionOf('pom.xml', '<project><version>${revision}</version></project>'), undefined);
    assert.equal(versionOf('pom.xml', '<project><parent><version>5.0.0</version></parent></project>'), undefined);
  });

  test('Gradle, pyproject.toml and Cargo.toml: a literal version in its place, not one the build computes', () => {
    assert.deepEqual(versionOf('gradle.properties', 'group=com.acme\r\nversion = 1.3.0\r\n'), { value: '1.3.0', line: 2 });
    assert.deepEqual(versionOf('build.gradle', "allprojects {\n  version = '9'\n}\nversion = '1.3.0'\n"), { value: '1.3.0', line: 4 });
    assert.deepEqual(versionOf('build.gradle.kts', 'version = "1.3.0"\n'), { value: '1.3.0', line: 1 });
    assert.deepEqual(versionOf('pyproject.toml', '[build-system]\nrequires = []\n[project]\nname = "orders"\nversion = "0.4.1"\n'), {
      value: '0.4.1',
      line: 5,
    });
    assert.deepEqual(versionOf('pyproject.toml', '[project]\ndynamic = ["version"]\n[tool.poetry]\nversion = \'1.0.0\'\n'), {
      value: '1.0.0',
      line: 4,
    });
    assert.equal(versionOf('Cargo.toml', '[package]\nname = "ev"\nversion.workspace = true\n[[bin]]\nversion = "6"\n'), undefined);
    assert.deepEqual(versionOf('Cargo.toml', '[workspace.package]\nversion = "3.2.1"\n'), { value: '3.2.1', line: 2 });
  });

  test("MSBuild: a top-level PropertyGroup's Version, VersionPrefix or PackageVersion; the PackageId, else the project's name", () => {
    const csproj = (props: string) => `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n${props}  </PropertyGroup>\n</Project>\n`;
    const text = csproj('    <TargetFramework>net8.0</TargetFramework>\n    <Version>1.2.0</Version>\n');
    assert.deepEqual(versionOf('src/Orders.Events/Orders.Events.csproj', text), { value: '1.2.0', line: 4 });
    assert.equal(readManifest('src/Orders.Events/Orders.Events.csproj', text)?.name, 'Orders.Events');
    const prefixed = csproj('    <PackageId>Acme.Orders</PackageId>\n    <VersionPrefix> 3.1.0 </VersionPrefix>\n');
    assert.deepEqual(versionOf('Directory.Build.props', prefixed), { value: '3.1.0', line: 4 });
    assert.equal(readManifest('Directory.Build.props', prefixed)?.name, 'Acme.Orders');
    // computed by the build, or deeper than a top-level PropertyGroup (a package reference's version): none
    assert.equal(versionOf('a.csproj', csproj('    <Version>$(VersionPrefix)-beta</Version>\n')), undefined);
    assert.equal(
      versionOf(
        'a.csproj',
        '<Project><ItemGroup><PackageReference Include="x"><Version>9.0.0</Version></PackageReference></ItemGroup></Project>',
      ),
      undefined,
    );
  });

  test('a VERSION file: the version alone on its first line, as written (`v2` too); anything else is none', () => {
    assert.deepEqual(versionOf('VERSION', '1.4.2\n'), { value: '1.4.2', line: 1 });
    assert.deepEqual(versionOf('schemas/VERSION', '  v2\r\n'), { value: 'v2', line: 1 });
    assert.equal(versionOf('VERSION', 'release 1.4.2\n'), undefined);
    assert.equal(versionOf('VERSION', '\n1.4.2\n'), undefined);
    assert.equal(readManifest('version.txt', '1.4.2\n'), undefined, 'only the name the convention uses');
  });

  // a pull request can make its manifest anything: a scan must stay linear in it (a quadratic one hangs here for minutes)
  test('a hostile pom.xml (deep nesting, unclosed tags and comments) is read in one pass', () => {
    const deep = '<project>' + '<a>'.repeat(300_000) + '<version>1.0.0</version>';
    assert.equal(versionOf('pom.xml', deep), undefined);
    assert.deepEqual(versionOf('pom.xml', '<project><version>1.0.0</version>' + '<a'.repeat(400_000)), { value: '1.0.0', line: 1 });
    assert.deepEqual(versionOf('pom.xml', '<project><version>1.0.0</version>' + '<!--'.repeat(200_000)), { value: '1.0.0', line: 1 });
  });
});

describe('JSON Schemas versioned by a VERSION file', () => {
  test('init names the unit from it; a break asks for the major there, on its line; bump writes it and nothing else', () => {
    const user = (required: string[]) =>
      JSON.stringify({ type: 'object', properties: { id: { type: 'string' }, email: { type: 'string' } }, required }, null, 2) + '\n';
    const dir = gitRepo({
      VERSION: '1.4.2\n',
      'schemas/user.json': user(['id']),
      Makefile: 'release:\n\t./publish $(shell cat VERSION)\n',
    });
    const init = runCli(['init'], dir);
    assert.equal(init.status, 0, init.stderr);
    assert.match(init.stdout, /^unit contracts: 1\.4\.2 at VERSION:1 \(version\)$/m);
    assert.match(init.stdout, /the first freeze: v1\.4\.2/);
    commitAll(dir, 'contract-guard');
    gitRun(dir, 'checkout', '--quiet', '-b', 'pr');
    writeFileSync(join(dir, 'schemas/user.json'), user(['id', 'email']));
    const r = runCli(['check', '--format', 'json'], dir);
    const report = JSON.parse(r.stdout) as Report;
    const missing = report.violations?.find((v) => v.ruleId === 'version-bump-missing');
    assert.deepEqual([missing?.file, missing?.line, missing?.fix], ['VERSION', 1, 'Set `2.0.0` in VERSION.']);
    assert.equal(missing?.message, 'contracts: major changes need a major bump from 1.4.2, but the version is 1.4.2');
    const bumped = runCli(['bump'], dir);
    assert.equal(bumped.status, 0, bumped.stderr);
    assert.equal(readFileSync(join(dir, 'VERSION'), 'utf8'), '2.0.0\n');
    const after = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout) as Report;
    assert.ok(!after.violations?.some((v) => v.ruleId === 'version-bump-missing'), JSON.stringify(after.violations));
  });
});

describe('a .NET project of event schemas', () => {
  test('a break asks for the major in the .csproj, as MSBuild writes it; bump writes it there alone', () => {
    const PROJ = 'src/Orders.Events/Orders.Events.csproj';
    const csproj =
      '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n    <Version>1.2.0</Version>\n  </PropertyGroup>\n</Project>\n';
    const schema = (required: string[]) =>
      JSON.stringify({ type: 'object', properties: { id: { type: 'string' }, total: { type: 'number' } }, required });
    const dir = gitRepo({
      [PROJ]: csproj,
      'src/Orders.Events/Schemas/order-paid.schema.json': schema(['id']),
      'src/Orders.Events/Publisher.cs': 'class Publisher {}\n',
    });
    assert.match(
      runCli(['init'], dir).stdout,
      /^unit Orders\.Events: 1\.2\.0 at src\/Orders\.Events\/Orders\.Events\.csproj:4 \(version\)$/m,
    );
    commitAll(dir, 'contract-guard');
    gitRun(dir, 'checkout', '--quiet', '-b', 'pr');
    writeFileSync(join(dir, 'src/Orders.Events/Schemas/order-paid.schema.json'), schema(['id', 'total']));
    const report = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout) as Report;
    const missing = report.violations?.find((v) => v.ruleId === 'version-bump-missing');
    assert.deepEqual([missing?.file, missing?.line, missing?.fix], [PROJ, 4, `Set \`<Version>2.0.0</Version>\` in ${PROJ}.`]);
    assert.equal(runCli(['bump'], dir).status, 0);
    assert.equal(readFileSync(join(dir, PROJ), 'utf8'), csproj.replace('1.2.0', '2.0.0'));
  });
});

describe('a Maven module of Avro schemas', () => {
  const branch = (pom = POM) => {
    const dir = gitRepo({ 'pom.xml': pom, [AVRO]: ORDER(['NEW', 'PAID', 'SHIPPED']), 'src/main/java/App.java': 'class App {}\n' });
    const init = runCli(['init'], dir);
    assert.equal(init.status, 0, init.stderr);
    assert.match(init.stdout, /unit orders-events: 1\.3\.0(-SNAPSHOT)? at pom\.xml:11 \(version\)/);
    if (pom === POM) assert.match(init.stdout, /the first freeze: v1\.3\.0/);
    commitAll(dir, 'contract-guard');
    gitRun(dir, 'checkout', '--quiet', '-b', 'pr');
    writeFileSync(join(dir, AVRO), ORDER(['NEW', 'PAID']));
    return dir;
  };
  const check = (dir: string) => {
    const r = runCli(['check', '--format', 'json'], dir);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    return JSON.parse(r.stdout) as Report;
  };

  test('a break asks for the major bump in pom.xml, on its line; bump writes it there and nothing else', () => {
    const dir = branch();
    const before = check(dir);
    const missing = before.violations?.find((v) => v.ruleId === 'version-bump-missing');
    assert.ok(missing, JSON.stringify(before.violations));
    assert.equal(missing.file, 'pom.xml');
    assert.equal(missing.line, 11);
    assert.equal(missing.fix, 'Set `<version>2.0.0</version>` in pom.xml.');
    assert.deepEqual(
      before.modules.map((m) => [m.name, m.frozenVersion, m.currentVersion]),
      [['orders-events', '1.3.0', '1.3.0']],
    );
    // the pom's own edit is bookkeeping: listed, not a contract change needing a bump of its own
    const bumped = runCli(['bump'], dir);
    assert.equal(bumped.status, 0, bumped.stderr);
    assert.match(bumped.stdout, /wrote pom\.xml: orders-events version 1\.3\.0 → 2\.0\.0/);
    assert.equal(readFileSync(join(dir, 'pom.xml'), 'utf8'), POM.replace('<version>1.3.0</version>', '<version>2.0.0</version>'));
    const after = check(dir);
    assert.equal(
      after.violations?.find((v) => v.ruleId === 'version-bump-missing'),
      undefined,
    );
    assert.ok(!after.changes.some((c) => c.file === 'pom.xml' && c.level !== 'none'));
  });

  test('on a development line (1.3.0-SNAPSHOT) a break asks for 2.0.0-SNAPSHOT, which meets it; the drafts name the release', () => {
    const dir = branch(POM.replace('<version>1.3.0</version>', '<version>1.3.0-SNAPSHOT</version>'));
    const missing = check(dir).violations?.find((v) => v.ruleId === 'version-bump-missing');
    assert.equal(missing?.fix, 'Set `<version>2.0.0-SNAPSHOT</version>` in pom.xml.');
    // what Maven teams write on main: the next development version, not a release
    writeFileSync(join(dir, 'pom.xml'), POM.replace('<version>1.3.0</version>', '<version>2.0.0-SNAPSHOT</version>'));
    const bumped = check(dir);
    assert.equal(
      bumped.violations?.find((v) => v.ruleId === 'version-bump-missing'),
      undefined,
      JSON.stringify(bumped.violations),
    );
    const unlogged = bumped.warned?.find((v) => v.ruleId === 'changelog-missing' && /orders-events 2\.0\.0$/.test(v.message));
    // the repository keeps no changelog: the fix says how to start one, or to stop being asked
    assert.match(
      unlogged?.fix ?? '',
      /there is none yet: create it, as drafted; keeping none, turn this warning off: `rules: \{changelog-missing: off\}`/,
    );
    // a minor development version is still too small
    writeFileSync(join(dir, 'pom.xml'), POM.replace('<version>1.3.0</version>', '<version>1.4.0-SNAPSHOT</version>'));
    assert.ok(check(dir).violations?.some((v) => v.ruleId === 'version-bump-missing'));
  });

  test('with no configuration and no freeze, Cargo.toml versions the schemas under it (0.x: a break is a minor)', () => {
    const dir = gitRepo({ 'Cargo.toml': '[package]\nname = "order-events"\nversion = "0.4.2"\n', [AVRO]: ORDER(['NEW', 'PAID']) });
    gitRun(dir, 'checkout', '--quiet', '-b', 'pr');
    writeFileSync(join(dir, AVRO), ORDER(['NEW']));
    const report = check(dir);
    const missing = report.violations?.find((v) => v.ruleId === 'version-bump-missing');
    assert.equal(missing?.file, 'Cargo.toml');
    assert.match(missing?.message ?? '', /minor/);
    // as TOML writes it, not `version: 0.5.0`
    assert.equal(missing?.fix, 'Set `version = "0.5.0"` in Cargo.toml.');
  });
});

describe('a description whose version the build writes in', () => {
  const api = (version: string, required: string[]) =>
    [
      'openapi: 3.0.3',
      `info: {title: Orders, version: '${version}'}`,
      'paths:',
      '  /orders/{id}:',
      '    get:',
      '      parameters: [{name: id, in: path, required: true, schema: {type: string}}]',
      '      responses:',
      "        '200':",
      '          description: ok',
      '          content:',
      '            application/json:',
      `              schema: {type: object, required: [${required.join(', ')}], properties: {id: {type: string}, total: {type: number}}}`,
      '',
    ].join('\n');
  const SPEC = 'src/main/resources/static/openapi.yaml';
  const check = (files: Record<string, string>, version: string) => {
    const dir = gitRepo({ ...files, [SPEC]: api(version, ['id', 'total']) });
    gitRun(dir, 'checkout', '--quiet', '-b', 'pr');
    writeFileSync(join(dir, SPEC), api(version, ['id']));
    const r = runCli(['check', '--format', 'json'], dir);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    return JSON.parse(r.stdout) as Report;
  };

  test("Spring Boot's `@project.version@` and Maven's `${project.version}`: the pom's version is the one to bump", () => {
    for (const version of ['@project.version@', '${project.version}']) {
      const report = check({ 'pom.xml': POM }, version);
      const missing = report.violations?.find((v) => v.ruleId === 'version-bump-missing');
      assert.equal(missing?.file, 'pom.xml', `${version}: ${JSON.stringify(report.violations)}`);
      assert.equal(missing.fix, 'Set `<version>2.0.0</version>` in pom.xml.');
      assert.deepEqual(
        report.modules.map((m) => [m.name, m.currentVersion]),
        [['orders-events', '1.3.0']],
      );
    }
  });

  test('with no manifest to take it from, the warning says the build writes it in', () => {
    const report = check({}, '${version}');
    const missing = [...(report.warned ?? []), ...(report.violations ?? [])].find((v) => v.ruleId === 'version-missing');
    assert.match(
      missing?.message ?? '',
      /`info\.version: \$\{version\}` in src\/main\/resources\/static\/openapi\.yaml is written in by the build/,
    );
  });

  test('nor do the freezes stand for it: where the build writes the version in, a first freeze does not version it', () => {
    const dir = gitRepo({ [SPEC]: api('${version}', ['id', 'total']) });
    assert.equal(runCli(['init'], dir).status, 0);
    commitAll(dir, 'contract-guard init');
    gitRun(dir, 'checkout', '--quiet', '-b', 'pr');
    writeFileSync(join(dir, SPEC), api('${version}', ['id']));
    const report = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout) as Report;
    assert.match(report.warned?.find((v) => v.ruleId === 'version-missing')?.message ?? '', /is written in by the build/);
    assert.ok(!report.modules.some((m) => m.release), JSON.stringify(report.modules));
  });
});
