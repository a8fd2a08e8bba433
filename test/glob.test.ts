// The policy's globs and a code invariant's patterns, as they read a pull request's paths and files (on RE2).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { globError, matchesAny } from '../src/core/policy/glob.js';
import { safeLinePattern, safePattern } from '../src/core/source/safe-regex.js';

describe('globs', () => {
  const cases: [string, string, boolean][] = [
    ['contracts/**/schemas/**/*.schema.json', 'contracts/a/schemas/b/x.schema.json', true],
    ['contracts/**/schemas/**/*.schema.json', 'contracts/schemas/x.schema.json', true],
    ['contracts/**/schemas/**/*.schema.json', 'contracts/a/x.schema.json', false],
    ['src/*.py', 'src/a.py', true],
    ['src/*.py', 'src/b/a.py', false],
    ['src/*.py', 'src/.hidden.py', true],
    ['**/events/**/*.{json,yaml}', 'a/events/b/c.yaml', true],
    ['**/events/**/*.{json,yaml}', 'events/c.yml', false],
    ['schemas/**/jsonschema/*-*-*', 'schemas/com.acme/order/jsonschema/1-0-0', true],
    ['contracts/shared/requests/**', 'contracts/shared/requests/a/b.json', true],
    ['.github/*.yml', '.github/contract-guard.yml', true],
    // `\` is a character of a name in git's paths, not a separator
    ['src/*.py', 'src/a\\b.py', true],
    ['src/**/b.py', 'src/a\\b.py', false],
    // a leading `!` negates
    ['!**/*.md', 'docs/a.md', false],
    ['!**/*.md', 'docs/a.json', true],
    ['!!**/*.md', 'docs/a.md', true],
  ];
  for (const [glob, path, expected] of cases)
    test(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.equal(matchesAny(path, [glob]), expected));

  test('a glob that cannot be read says why', () => {
    assert.match(globError('[z-a].json') ?? '', /range/i);
    assert.equal(globError('**/*.json'), undefined);
  });
});

describe('patterns', () => {
  test('a line pattern and a pattern are compiled apart, though one is spelt as the other with a prefix', () => {
    assert.equal(safeLinePattern('^x$').test('a\nx\nb'), true);
    assert.equal(safePattern('m:^x$').test('a\nx\nb'), false, 'the pattern m:^x$ is not the line pattern ^x$');
    assert.equal(safePattern('^x$').test('a\nx\nb'), false, '^ and $ are the text’s ends');
  });

  test('matches are found in order, at their offsets, up to a limit', () => {
    const found = safeLinePattern('key\\w*').matches('a key1\n😀 key2 key3', 2);
    assert.deepEqual(found, [
      { index: 2, text: 'key1' },
      { index: 10, text: 'key2' },
    ]);
  });
});
