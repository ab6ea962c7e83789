/**
 * The review page in a real browser: Debian's /usr/bin/chromium driven by playwright-core
 * (never a downloaded browser). Skipped, loudly, when chromium is not installed.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewFileSchema, startReviewServer, type ReviewServer } from '../../src/review/index.js';
import { writeFixtureOutput } from './fixture-sheets.js';

const CHROMIUM = '/usr/bin/chromium';
const TEST_OUTPUT = fileURLToPath(new URL('../../output/test-results/', import.meta.url));
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`review browser tests skipped: ${CHROMIUM} not found`);

let outDir: string;
let server: ReviewServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

async function reviewFile(id: string): Promise<ReturnType<typeof ReviewFileSchema.parse>> {
  return ReviewFileSchema.parse(JSON.parse(await readFile(join(outDir, 'reviews', `${id}.json`), 'utf8')));
}

/** Waits until every decision the page sent has been answered by the server. */
async function settled(): Promise<void> {
  await page.waitForSelector('body[data-pending="0"]', { state: 'attached' });
}

describe.skipIf(!hasChromium)('review page in chromium', () => {
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'jianbao-review-browser-'));
    await writeFixtureOutput(outDir);
    server = await startReviewServer({ outDir, port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('lists articles, filters by status and searches titles', async () => {
    await page.goto(server.url);
    const visible = page.locator('table.articles tbody tr:visible');
    await expect.poll(() => visible.count()).toBe(5);
    await page.selectOption('#status', 'flagged');
    expect(await visible.count()).toBe(2);
    await page.selectOption('#status', 'broken');
    expect(await visible.count()).toBe(2);
    await page.selectOption('#status', '');
    await page.fill('#q', '比亚迪');
    expect(await visible.count()).toBe(1);
    expect(await visible.first().getAttribute('data-id')).toBe('a01-byd-q1-earnings');
    await page.fill('#q', 'nvidia');
    expect(await visible.first().getAttribute('data-id')).toBe('n0-nvidia-china');
  });

  it('opens an article; clicking a fact highlights exactly its span', async () => {
    await page.click('a[href="/a/n0-nvidia-china"]');
    await page.waitForSelector('#source');
    expect(page.url()).toBe(`${server.url}a/n0-nvidia-china`);
    await page.click('#facts tr[data-fact="f8"] td.text');
    const hl = page.locator('#source mark.hl');
    expect(await hl.count()).toBe(1);
    expect(await hl.textContent()).toBe('1305亿美元');
    expect(await hl.getAttribute('data-fact')).toBe('f8');
    // The overlapping fact (2025 inside the Computex2025 mention) highlights on its own.
    await page.click('#facts tr[data-fact="f15"] td.text');
    expect(await hl.count()).toBe(1);
    expect(await hl.textContent()).toBe('2025');
    expect(await page.locator('#source [data-ent="e6"] mark.hl').count()).toBe(1);
    // And from the source side: clicking a mark selects its row.
    await page.click('#source mark[data-fact="f11"]');
    expect(await page.locator('#facts tr.cur').getAttribute('data-fact')).toBe('f11');
  });

  it('flagged items come first; clicking a summary sentence highlights the source sentences it rests on', async () => {
    expect(await page.locator('#facts tbody tr').first().getAttribute('data-fact')).toBe('f6');
    expect(await page.locator('#issues li').count()).toBe(2);
    await page.click('.summary[lang=en] .ss.flagged');
    const on = page.locator('#source .s.hl-s');
    expect(await on.count()).toBe(1);
    expect(await on.textContent()).toContain('55亿美元的损失');
    expect(await page.locator('.summary[lang=en] mark.claim').textContent()).toBe('US$20 billion');
    // n walks the flagged items: the summary claim, then fact f6.
    await page.keyboard.press('Escape');
    await page.keyboard.press('n');
    expect(await page.locator('#issues li.cur').getAttribute('data-issue')).toBe('0');
    await page.keyboard.press('n');
    expect(await page.locator('#facts tr.cur').getAttribute('data-fact')).toBe('f6');
    expect(await page.locator('#source mark.hl').textContent()).toBe('三分之一');
  });

  it('approves and rejects by click and by keyboard; decisions survive a reload', async () => {
    await page.click('#facts tr[data-fact="f8"] button[data-act="approve"]');
    await page.click('#facts tr[data-fact="f9"] button[data-act="reject"]');
    await page.click('#facts tr[data-fact="f1"] td.kind');
    await page.keyboard.press('a');
    // a moves on to the next row; reject that one by key.
    const next = await page.locator('#facts tr.cur').getAttribute('data-fact');
    expect(next).not.toBe('f1');
    await page.keyboard.press('r');
    // c opens the comment editor on the current row; Enter saves.
    await page.click('#facts tr[data-fact="f9"] td.kind');
    await page.keyboard.press('c');
    await page.keyboard.type('数字对不上 <b>check</b>');
    await page.keyboard.press('Enter');
    await settled();

    const file = await reviewFile('n0-nvidia-china');
    expect(file.decisions.f8?.status).toBe('approved');
    expect(file.decisions.f9).toMatchObject({ status: 'rejected', comment: '数字对不上 <b>check</b>' });
    expect(file.decisions.f1?.status).toBe('approved');
    expect(file.decisions[next ?? '']?.status).toBe('rejected');

    await page.reload();
    await page.waitForSelector('#source');
    const status = (f: string): Promise<string | null> => page.locator(`#facts tr[data-fact="${f}"]`).getAttribute('data-status');
    expect(await status('f8')).toBe('approved');
    expect(await status('f9')).toBe('rejected');
    expect(await status('f1')).toBe('approved');
    expect(await status(next ?? '')).toBe('rejected');
    expect(await page.locator('#facts tr[data-fact="f9"] .comment').textContent()).toBe('数字对不上 <b>check</b>');
    expect(await page.locator('#progress').textContent()).toBe('4 / 16 decided');
  });

  it('saves a screenshot of the article view', async () => {
    await page.click('#facts tr[data-fact="f8"] td.kind');
    // Show the verifier's issues and the summaries above the table, as a reviewer first sees them.
    await page.evaluate("document.querySelector('.sheet-pane').scrollTop = 0");
    await mkdir(TEST_OUTPUT, { recursive: true });
    await page.screenshot({ path: join(TEST_OUTPUT, 'review-article.png') });
  });

  it('runs no script from a hostile article and shows its markup as text', async () => {
    await page.goto(`${server.url}a/x-hostile`);
    await page.waitForSelector('#source');
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    const text = (await page.locator('#source').textContent()) ?? '';
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.locator('h1').textContent()).toBe('测试标题<img src=x onerror="window.__pwned=1">');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1); // our own /assets/review.js
    // Hover the fact whose English carries an onmouseover, and decide one: still nothing runs.
    await page.hover('#facts tbody tr:first-child td.en');
    await page.keyboard.press('a');
    await settled();
    await page.goto(server.url);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('img').count()).toBe(0);
  });

  it('measures a keyboard review of one whole article', async () => {
    await rm(join(outDir, 'reviews', 'n0-nvidia-china.json'), { force: true });
    const started = performance.now();
    await page.goto(`${server.url}a/n0-nvidia-china`);
    await page.waitForSelector('#facts tr.cur');
    const total = await page.locator('#facts tbody tr[data-fact]').count();
    for (let i = 0; i < total; i++) await page.keyboard.press(i % 4 === 3 ? 'r' : 'a');
    await page.waitForFunction(`document.querySelector('#progress').textContent === '${total} / ${total} decided'`);
    await settled();
    const ms = performance.now() - started;
    const file = await reviewFile('n0-nvidia-china');
    expect(Object.keys(file.decisions)).toHaveLength(total);
    await mkdir(TEST_OUTPUT, { recursive: true });
    await writeFile(join(TEST_OUTPUT, 'review-keyboard-timing.json'), `${JSON.stringify({ facts: total, ms: Math.round(ms) })}\n`);
    console.log(`keyboard review of ${total} facts: ${Math.round(ms)} ms from page open to all decided and saved`);
  });

  it('logged no script errors and no CSP violations', () => {
    expect(consoleErrors).toEqual([]);
  });
});
