// The sticky comment, looked at: the demo's change judged by the built Action against the fake GitHub in four
// states, each comment rendered as GitHub renders it and photographed in headless Chromium at 1000 px. The first
// screen must say what is wrong and what to do. Screenshots land in screenshots/ (CI keeps them as artifacts).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { addBranch, runAction, setup, type Setup } from './action-harness.js';
import { commentPage } from './comment-page.js';
import { FakeGitHub } from './fake-github.js';
import { gitRun, PROJECT, tempDir } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REQUIRED = process.env.CONTRACT_GUARD_REQUIRE_BROWSER === '1';
const SHOTS = join(PROJECT, 'screenshots');
const WIDTH = 1000;
const FOLD = 800; // a laptop's first screen of a comment
const MAX_HEIGHT = 2200;
const CONFIG = 'council:\n  teams: [acme/council]\n  approvals: 1\n';

/** Every file under `root`, keyed by its path below `root` with `prefix` in front. */
function filesUnder(root: string, prefix: string, dir = root): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(out, filesUnder(root, prefix, full));
    else out[join(prefix, relative(root, full))] = readFileSync(full, 'utf8');
  }
  return out;
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
  });
  after(() => fake.stop());

  const expected: Record<string, { verdict: RegExp; first: RegExp[] }> = {
    blocked: {
      verdict: /^contract-guard ⛔ blocked/,
      first: [/Fix: Set current: 2\.0\.0/, /Needs Contract Council approval/, /Draft for contracts\/migrations\/memory-2\.0\.0\.md/],
    },
    approval: {
      verdict: /^contract-guard ⚠️ needs Contract Council approval/,
      first: [/Get an approving review from the Contract Council/],
    },
    passing: { verdict: /^contract-guard ✅ approved by the Contract Council: major change \(@dana\)/, first: [/Migration checklist/] },
    resolved: { verdict: /^contract-guard ✅ resolved/, first: [/The problems reported earlier are fixed/] },
  };

  for (const [name, want] of Object.entries(expected)) {
    test(`${name}: the verdict and what to do are on the first screen; the page stays short`, async () => {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launchPersistentContext(tempDir('cg-chromium-'), {
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
      });
      try {
        const page = await browser.newPage();
        await page.setContent(commentPage(comments[name]!.replace(/^<!--[^>]*-->\n/, '')));
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
        await browser.close();
      }
    });
  }
});
