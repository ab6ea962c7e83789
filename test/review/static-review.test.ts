import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveReviewDecision, writeStaticReview } from '../../src/review/index.js';
import { writeFixtureOutput } from './fixture-sheets.js';

let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'jianbao-review-static-'));
  await writeFixtureOutput(outDir);
  await saveReviewDecision(outDir, 'x-hostile', { factId: 'f1', status: 'rejected', comment: '</script><script>window.__pwned=1</script>' });
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('writeStaticReview', () => {
  it('writes index.html and one page per valid fact sheet into review-static/', async () => {
    const { pages, dir } = await writeStaticReview(outDir);
    expect(dir).toBe(join(outDir, 'review-static'));
    expect(pages).toBe(4);
    expect((await readdir(dir)).sort()).toEqual(['a01-byd-q1-earnings.html', 'index.html', 'n0-nvidia-china.html', 'x-hostile.html']);
    const index = await readFile(join(dir, 'index.html'), 'utf8');
    expect(index).toContain('href="n0-nvidia-china.html"');
    expect(index).toContain('not valid JSON');
  });

  it('is self-contained and read-only: styles and script inline, nothing fetched, no token, no buttons', async () => {
    const page = await readFile(join(outDir, 'review-static', 'n0-nvidia-china.html'), 'utf8');
    expect(page).toContain('<style>');
    expect(page).not.toMatch(/<(link|img|iframe)\b/u);
    expect(page).not.toMatch(/<script[^>]*\ssrc=/u);
    expect(page).not.toContain('<meta name="jianbao-token"');
    expect(page).not.toContain('data-act="approve"');
    expect(page).toContain('data-mode="static"');
    expect(page).toContain('<mark class="f g-money" data-fact="f8" title="money: US$130.5 billion">1305亿美元</mark>');
  });

  it('escapes every piece of the hostile article, including a saved comment', async () => {
    const page = await readFile(join(outDir, 'review-static', 'x-hostile.html'), 'utf8');
    // Exactly one script element: ours, at the end of the body.
    expect(page.match(/<script>/gu)).toHaveLength(1);
    expect(page.match(/<\/script>/gu)).toHaveLength(1);
    expect(page).not.toMatch(/<img\b/u);
    expect(page).not.toMatch(/<b\s+onmouseover/u);
    expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(page).toContain('data-status="rejected"');
    const index = await readFile(join(outDir, 'review-static', 'index.html'), 'utf8');
    expect(index.match(/<script>/gu)).toHaveLength(1);
    expect(index).not.toMatch(/<img\b/u);
  });
});
