// The sticky comment, looked at: the demo's change judged by the built Action against the fake GitHub in four
// states, each comment rendered as GitHub renders it and photographed in headless Chromium at 1000 px. The first
// screen must say what is wrong and what to do. Screenshots land in screenshots/ (CI keeps them as artifacts).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { addBranch, runAction, setup, type Setup } from './action-harness.js';
import { commentPage } from './comment-page.js';
import { FakeGitHub } from './fake-github.js';
import { THREE_KINDS } from './fixtures.js';
import { filesUnder, gitRun, PROJECT, tempDir } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REQUIRED = process.env.CONTRACT_GUARD_REQUIRE_BROWSER === '1';
const SHOTS = join(PROJECT, 'screenshots');
const WIDTH = 1000;
const FOLD = 900; // a laptop's first screen of a comment (1000×900)
const MAX_HEIGHT = 2200;
const CONFIG = 'council:\n  teams: [acme/council]\n  approvals: 1\n';

const ROOT_CONFIG = `contracts: [openapi.yaml, "schemas/**/*.{yaml,yml,json}", "events/**/*.json"]\n${CONFIG}`;

/** The sticky comment the built Action posts on a pull request from `base` to `base` + `change`. */
async function stickyOf(base: Record<string, string>, change: Record<string, string>, config: string): Promise<string> {
  const own = new FakeGitHub();
  await own.start();
  try {
    own.teams.set('acme/council', new Set(['dana']));
    const s = setup(base, { feature: change }, 'feature', config);
    await runAction(own, s, { head: s.heads.feature! });
    return own.comments.find((c) => c.body.includes('contract-guard:sticky'))!.body;
  } finally {
    await own.stop();
  }
}

const skip = !existsSync(CHROMIUM) && !REQUIRED ? `no Chromium at ${CHROMIUM} (CI installs Debian's chromium)` : false;

describe('the comment, as people see it', { skip }, () => {
  const fake = new FakeGitHub();
  let s: Setup;
  const comments: Record<string, string> = {};
  before(async () => {
    await fake.start();
    fake.teams.set('acme/council', new Set(['dana']));
    const sample = filesUnder(join(PROJECT, 'contracts'), 'contracts');
    const change = filesUnder(join(PROJECT, 'examples', 'change', 'files', 'contracts'), 'contracts');
    // the change as bundled (blocked: a minor bump for a major change), then fixed step by step
    s = setup(sample, { feature: change }, 'feature', CONFIG);
    const sticky = () => fake.comments.find((c) => c.body.includes('contract-guard:sticky'))!.body;
    const first = await runAction(fake, s, { head: s.heads.feature! });
    assert.equal(first.code, 1, first.stdout);
    comments.blocked = sticky();
    const memory = 'contracts/modules/memory';
    const bumped = addBranch(s, 'feature', 'feature', {
      [`${memory}/versions.yaml`]: change[`${memory}/versions.yaml`]!.replace('current: 1.3.0', 'current: 2.0.0'),
      'contracts/CHANGELOG.md': change['contracts/CHANGELOG.md']!.replace('## memory 1.3.0', '## memory 2.0.0'),
      'contracts/migrations/memory-2.0.0.md': '# memory 2.0.0\n\n`band` moved from stored memory items to the space.\n',
    });
    gitRun(s.work, 'fetch', '--quiet', 'origin', 'feature');
    await runAction(fake, s, { head: bumped });
    comments.approval = sticky();
    // the break undone while the council's approval is pending: the comment says the problems are resolved
    const undone = addBranch(s, 'feature', 'feature', {
      [`${memory}/storage/memory_item.schema.json`]: sample[`${memory}/storage/memory_item.schema.json`]!,
      [`${memory}/versions.yaml`]: change[`${memory}/versions.yaml`]!,
    });
    gitRun(s.work, 'fetch', '--quiet', 'origin', 'feature');
    await runAction(fake, s, { head: undone });
    comments.resolved = sticky();
    // the bumped head once more, approved by a council member
    fake.addReview(7, 'dana', 'APPROVED', bumped);
    await runAction(fake, s, { head: bumped });
    comments.passing = sticky();
    // repositories that are not ours, and a large pair
    const layouts = join(PROJECT, 'test/fixtures/layouts');
    const pets = filesUnder(join(layouts, 'root-openapi'), '');
    comments['root-openapi'] = await stickyOf(
      pets,
      { 'schemas/pet.json': pets['schemas/pet.json']!.replace(/,\s*"tag": \{ "type": "string" \}/, '') },
      ROOT_CONFIG,
    );
    comments['three-kinds'] = await stickyOf(THREE_KINDS.base, THREE_KINDS.change, ROOT_CONFIG);
    const rest = (v: string) => readFileSync(join(PROJECT, `node_modules/octokit-openapi-${v}/generated/api.github.com.json`), 'utf8');
    comments['github-rest'] = await stickyOf(
      { 'openapi/api.github.com.json': rest('old') },
      { 'openapi/api.github.com.json': rest('new') },
      `contracts: openapi\n${CONFIG}`,
    );
  });
  // one Chromium for the file, a page per test: starting a browser costs seconds on a busy machine
  let browser: Promise<import('playwright-core').BrowserContext> | undefined;
  const openBrowser = () =>
    (browser ??= import('playwright-core').then(({ chromium }) =>
      chromium.launchPersistentContext(tempDir('cg-chromium-'), {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: WIDTH, height: FOLD },
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      }),
    ));
  after(async () => {
    await (await browser)?.close();
    await fake.stop();
  });

  const BREAKS = /where\s+what changed\s+who breaks/;
  const expected: Record<string, { verdict: RegExp; first: RegExp[]; absent?: RegExp[] }> = {
    blocked: {
      verdict: /^contract-guard ⛔ blocked: needs a major version bump/,
      first: [BREAKS, /required property band removed/, /To do: Set current: 2\.0\.0 in contracts\/modules\/memory\/versions\.yaml/],
    },
    approval: {
      verdict: /^contract-guard ⚠️ needs Contract Council approval: 1 breaking change/,
      first: [BREAKS, /To do: Get an approving review from the Contract Council/],
    },
    passing: {
      verdict: /^contract-guard ✅ approved by the Contract Council \(@dana\): 1 breaking change/,
      first: [/Breaking changes approved by @dana/, BREAKS],
      absent: [/Needs Contract Council approval/, /To do:/],
    },
    resolved: {
      verdict: /^contract-guard ✅ resolved/,
      first: [
        /The problems reported earlier are fixed/,
        /⚠️ needs Contract Council approval: 1 breaking change/,
        /required property band removed no longer breaks/,
      ],
    },
    'root-openapi': {
      verdict: /^contract-guard ⛔ blocked: needs a major version bump/,
      first: [BREAKS, /optional property tag removed/, /To do: Set info\.version: 2\.0\.0 in openapi\.yaml/],
      absent: [/globals/, /versions\.yaml/],
    },
    'three-kinds': {
      verdict: /^contract-guard ⛔ blocked: needs a major version bump/,
      first: [
        BREAKS,
        /property note removed/,
        /qty became required/,
        /cancelled/,
        /clients reading responses/,
        /clients sending requests/,
        /consumers of the event/,
        /To do:/,
      ],
    },
    'github-rest': {
      // @octokit/openapi 21 → 23: the description's version moved on, so the council and an example 23.0.2 writes that
      // does not validate stand in the way (of three such, two are where 21.0.0's check spent its budget before them:
      // not known to be new, so not blocking)
      verdict: /^contract-guard ⛔ blocked: 1 problem to fix$/,
      first: [
        BREAKS,
        /and \d+ more breaking changes: each is annotated on its line in the check run/,
        /To do: .*must .*Fix the example or the schema so that they agree/,
      ],
    },
  };

  for (const [name, want] of Object.entries(expected)) {
    test(`${name}: the verdict and what to do are on the first screen; the page stays short`, async () => {
      const context = await openBrowser();
      let page: Awaited<ReturnType<typeof context.newPage>> | undefined;
      try {
        assert.ok(comments[name]!.length <= 65_536, `the comment is ${comments[name]!.length} characters: GitHub refuses it`);
        page = await context.newPage();
        await page.setContent(commentPage(comments[name]!.replace(/^<!--[^>]*-->\n/, '')));
        for (const text of [...(want.absent ?? []), /\b[0-9a-f]{40}\b/])
          assert.doesNotMatch(await page.locator('article').innerText(), text);
        const verdict = page.locator('h3').first();
        assert.match((await verdict.innerText()).trim(), want.verdict);
        const box = (await verdict.boundingBox())!;
        assert.ok(box.y + box.height <= FOLD, `the verdict line ends at ${box.y + box.height}px`);
        for (const text of want.first) {
          const at = await page.evaluate((source) => {
            const re = new RegExp(source);
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
            let best: number | undefined;
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n as HTMLElement;
              const hidden = el.closest('details:not([open])') && !el.closest('summary'); // a closed block shows its summary only
              if (hidden || !re.test(el.innerText ?? '')) continue;
              best = el.getBoundingClientRect().bottom; // the innermost match comes last
            }
            return best;
          }, text.source);
          assert.ok(at !== undefined, `${text} is shown`);
          assert.ok(at <= FOLD, `${text} ends at ${at}px, below the first screen`);
        }
        const open = await page.locator('details[open]').count();
        assert.equal(open, 0, 'details (every change, drafts) start collapsed');
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        assert.ok(height <= MAX_HEIGHT, `the comment is ${height}px tall`);
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: join(SHOTS, `comment-${name}.png`), fullPage: true });
        assert.ok(statSync(join(SHOTS, `comment-${name}.png`)).size > 5000, 'a real picture');
      } finally {
        await page?.close();
      }
    });
  }
});
