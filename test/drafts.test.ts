// Drafts of the texts a change needs (a changelog entry, a migration note): where they go, and how they are offered.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Change } from '../src/core/model.js';
import { changelogHeading, changelogProposal, migrationProposal } from '../src/core/policy/proposals.js';
import { draftDetails, fenced, githubDraftLinks } from '../src/core/report/drafts.js';
import { shopSpec } from './fixtures.js';
import { commitAll, runCli, writeTree, gitRepoFrozen } from './helpers.js';

const change = (level: Change['level'], message: string): Change =>
  ({ ruleId: 'x', rule: 'x', level, module: 'shop', file: 'api.yaml', pointer: '/p', message, hint: 'Do the thing.' }) as never;

describe('drafts', () => {
  test('a changelog entry goes above the newest entry, below a bare title, or on top; breaking changes first', () => {
    const changes = [change('minor', 'GET /a added'), change('major', 'GET /b removed')];
    const above = changelogProposal('CHANGELOG.md', '# Log\n\n## shop 1.1.0\n- old\n', 'shop', '2.0.0', changes, '2026-11-30');
    assert.equal(above.after, 2, 'after the blank line, just above `## shop 1.1.0`');
    assert.equal(above.text, '## shop 2.0.0\n- **Breaking:** GET /b removed\n- GET /a added\n\n');
    const titled = changelogProposal('CHANGELOG.md', '# Log\n', 'shop', '2.0.0', changes, '2026-11-30');
    assert.deepEqual([titled.after, titled.text.startsWith('\n## shop 2.0.0\n')], [1, true]);
    assert.equal(changelogProposal('CHANGELOG.md', 'notes\n', 'shop', '2.0.0', changes, '2026-11-30').after, 0);
    const created = changelogProposal('CHANGELOG.md', undefined, 'shop', '2.0.0', changes, '2026-11-30');
    assert.equal(created.after, undefined, 'no changelog yet: a new file');
    assert.match(created.text, /^# Changelog\n\n## shop 2\.0\.0\n/);
    // a Keep a Changelog file: its heading style, below what is not released yet
    const kept = '# Changelog\n\n## [Unreleased]\n### Changed\n- price optional\n\n## [1.2.0] - 2026-10-01\n- hours\n';
    const release = changelogProposal('CHANGELOG.md', kept, '', '2.0.0', changes, '2026-11-30');
    assert.deepEqual([release.after, release.text.split('\n')[0]], [6, '## [2.0.0] - 2026-11-30']);
    const onlyUnreleased = changelogProposal('CHANGELOG.md', '# Changelog\n\n## [Unreleased]\n- x\n', '', '2.0.0', changes, '2026-11-30');
    assert.deepEqual([onlyUnreleased.after, onlyUnreleased.text.split('\n')[1]], [4, '## [2.0.0] - 2026-11-30']);
    assert.equal(changelogHeading(kept, 'shop', '2.0.0', '2026-11-30'), 'shop 2.0.0', 'a log of several units names the unit');
  });

  test('a long list is cut with a count; a migration note names each breaking change with its fix', () => {
    const many = Array.from({ length: 14 }, (_, i) => change('major', `thing ${i} removed`));
    const entry = changelogProposal('C.md', undefined, 'shop', '2.0.0', many, '2026-11-30').text;
    assert.match(entry, /- … and 4 more changes\n/);
    const note = migrationProposal('migrations', 'shop', '1.4.0', '2.0.0', many.slice(0, 2));
    assert.equal(note.path, 'migrations/shop-2.0.0.md');
    assert.equal(note.after, undefined);
    assert.match(note.text, /^# Migrating to shop 2\.0\.0\n\nFrom shop 1\.4\.0 to 2\.0\.0: 2 breaking changes\./);
    assert.match(note.text, /- `x` thing 1 removed \(`api\.yaml`\)\n {2}- What to do: Do the thing\./);
    // what the rule says consumers do, where it says it, rather than the author's fix
    const told = migrationProposal('migrations', 'shop', '1.4.0', '2.0.0', [{ ...many[0]!, migrate: 'Clients: send `x`.' }]);
    assert.match(told.text, /\n {2}- What to do: Clients: send `x`\.$/m);
  });

  test('fences outlast any backtick run inside; links open GitHub’s editor on the head branch', () => {
    assert.equal(fenced('a ```` b\n'), '`````\na ```` b\n`````');
    const links = githubDraftLinks('https://github.example/acme/shop/', 'feat/x y');
    const create = new URL(links.newFile('migrations/a b.md', '# hi & bye'));
    assert.equal(create.pathname, '/acme/shop/new/feat/x%20y');
    assert.equal(create.searchParams.get('filename'), 'migrations/a b.md');
    assert.equal(create.searchParams.get('value'), '# hi & bye');
    assert.equal(new URL(links.newFile('m.md', 'x'.repeat(5000))).searchParams.get('value'), null, 'too long for a URL: left out');
    assert.equal(links.editFile('docs/CHANGELOG.md'), 'https://github.example/acme/shop/edit/feat/x%20y/docs/CHANGELOG.md');
    const html = draftDetails({ path: 'a<b>.md', text: 'x' }, links);
    assert.match(html, /^<details><summary>📝 Draft for <code>a&lt;b&gt;\.md<\/code> · <a href="[^"]*&amp;value=x">Create/);
  });

  test('the CLI markdown report carries the drafts (without links: it knows no branch)', () => {
    const repo = gitRepoFrozen(
      {
        'contracts/modules/shop/versions.yaml': 'current: 1.0.0\n',
        'contracts/modules/shop/api/openapi.yaml': shopSpec(),
        'contracts/CHANGELOG.md': '# log\n',
      },
      '1.0.0',
      'freeze',
    );
    writeTree(repo, {
      'contracts/modules/shop/api/openapi.yaml': shopSpec({ name: false }),
      'contracts/modules/shop/versions.yaml': 'current: 2.0.0\n',
    });
    commitAll(repo, 'break');
    const md = runCli(['check', '--format', 'markdown'], repo).stdout;
    assert.match(
      md,
      /<details><summary>📝 Draft for <code>contracts\/CHANGELOG\.md<\/code><\/summary>\n\n```markdown\n\n## shop 2\.0\.0\n- \*\*Breaking:\*\* GET \/items/,
    );
    assert.match(md, /📝 Draft for <code>contracts\/migrations\/shop-2\.0\.0\.md<\/code>/);
    const json = JSON.parse(runCli(['check', '--format', 'json'], repo).stdout);
    assert.deepEqual(
      json.drafts.map((d: { ruleId: string; proposal: { path: string } }) => [d.ruleId, d.proposal.path]),
      [
        ['changelog-missing', 'contracts/CHANGELOG.md'],
        ['migration-note-missing', 'contracts/migrations/shop-2.0.0.md'],
      ],
    );
  });
});
