import { request } from 'node:http';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewFileSchema, startReviewServer, type ReviewServer } from '../../src/review/index.js';
import { writeFixtureOutput } from './fixture-sheets.js';

let outDir: string;
let outside: string;
let server: ReviewServer;
let base: URL;

/** GET or POST with the path sent verbatim: fetch() would resolve `../` before sending. */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((ok, fail) => {
    const req = request(
      { host: base.hostname, port: base.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

function post(id: string, body: unknown, headers: Record<string, string> = {}): ReturnType<typeof raw> {
  return raw(`/api/reviews/${id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-jianbao-token': server.token, ...headers },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'jianbao-review-http-'));
  outside = await mkdtemp(join(tmpdir(), 'jianbao-review-outside-'));
  const { nvidia } = await writeFixtureOutput(outDir);
  // A valid-looking sheet and a review file outside outDir, reachable only through symlinks.
  await writeFile(join(outside, 'secret.json'), JSON.stringify({ ...nvidia, id: 'escape' }));
  await symlink(join(outside, 'secret.json'), join(outDir, 'articles', 'escape.json'));
  await writeFile(join(outside, 'SECRET.txt'), 'TOP-SECRET-CONTENT');
  server = await startReviewServer({ outDir, port: 0 });
  base = new URL(server.url);
});

afterAll(async () => {
  await server.close();
  await rm(outDir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('review server: pages', () => {
  it('listens on loopback only by default and keeps the token out of the URL', () => {
    expect(base.hostname).toBe('127.0.0.1');
    expect(server.url).not.toContain(server.token);
  });

  it('serves the index with flagged articles first, broken sheets listed with their error', async () => {
    const res = await raw('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self'/u);
    const ids = [...res.body.matchAll(/<tr data-id="([^"]+)" data-status="([a-z]+)"/gu)].map((m) => `${m[1]}:${m[2]}`);
    // Flagged first, then newest first.
    expect(ids.slice(0, 2)).toEqual(['n0-nvidia-china:flagged', 'x-hostile:flagged']);
    expect(ids).toContain('a01-byd-q1-earnings:ok');
    expect(ids).toContain('broken:broken');
    expect(ids).toContain('wrong-shape:broken');
    expect(res.body).toContain('not valid JSON');
    // The symlink that leads out of outDir is listed as an error, its content never shown.
    expect(ids).toContain('escape:broken');
    expect(res.body).toContain('outside the output folder');
    // The token is in the page (for the script), never in a link.
    expect(res.body).toContain(`<meta name="jianbao-token" content="${server.token}">`);
    expect(res.body).not.toContain('<script>window.__pwned');
    expect(res.body).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
  });

  it('serves an article page with every fact span marked', async () => {
    const res = await raw('/a/n0-nvidia-china');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<mark class="f g-money" data-fact="f8" title="money: US$130.5 billion">1305亿美元</mark>');
    // The fact inside the Computex2025 mention nests in it.
    expect(res.body).toMatch(/data-ent="e6"[^>]*>Computex<mark class="f g-time" data-fact="f15"[^>]*>2025<\/mark><\/span>/u);
  });

  it('serves the client script and stylesheet as same-origin files', async () => {
    const js = await raw('/assets/review.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/u);
    expect(js.body).toContain('x-jianbao-token');
    const css = await raw('/assets/review.css');
    expect(css.headers['content-type']).toMatch(/^text\/css/u);
  });
});

describe('review server: path safety', () => {
  const attempts = [
    '/a/../../etc/passwd',
    '/a/..%2f..%2fetc%2fpasswd',
    '/a/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/a/%2e%2e',
    '/a/%2E%2E/%2E%2E/SECRET.txt',
    '/a/..%5c..%5cetc%5cpasswd',
    '/a/%2fetc%2fpasswd',
    '/a//etc/passwd',
    '//etc/passwd',
    'http://127.0.0.1/etc/passwd',
    '/a/n0-nvidia-china%00.txt',
    '/a/n0-nvidia-china/../../secret',
    '/a/.hidden',
    '/a/%E0%A4%A',
    '/assets/../articles/n0-nvidia-china.json',
    '/articles/n0-nvidia-china.json',
    '/a/escape',
    '/api/reviews/..%2f..%2fetc%2fpasswd',
    '/api/reviews/%2e%2e',
    '/api/reviews/a%2fb',
  ];
  it.each(attempts)('refuses %s with 400/404 and reads nothing', async (path) => {
    const res = await raw(path);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain('root:');
    expect(res.body).not.toContain('TOP-SECRET');
    expect(res.body).not.toContain('英伟达');
  });

  it('refuses a Host header that is not loopback (DNS rebinding)', async () => {
    const res = await raw('/a/n0-nvidia-china', { headers: { host: `evil.example:${base.port}` } });
    expect(res.status).toBe(421);
  });
});

describe('review server: saving decisions', () => {
  it('refuses POST without a token, with a wrong token, or cross-origin (403), and writes nothing', async () => {
    const body = JSON.stringify({ factId: 'f1', status: 'approved' });
    const none = await raw('/api/reviews/n0-nvidia-china', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(none.status).toBe(403);
    const wrong = await post('n0-nvidia-china', { factId: 'f1', status: 'approved' }, { 'x-jianbao-token': 'x'.repeat(32) });
    expect(wrong.status).toBe(403);
    const cross = await post('n0-nvidia-china', { factId: 'f1', status: 'approved' }, { origin: 'http://evil.example' });
    expect(cross.status).toBe(403);
    const site = await post('n0-nvidia-china', { factId: 'f1', status: 'approved' }, { 'sec-fetch-site': 'cross-site' });
    expect(site.status).toBe(403);
    await expect(readdir(join(outDir, 'reviews'))).rejects.toThrow();
  });

  it('refuses a non-JSON content type (415) and bad bodies (400)', async () => {
    const form = await raw('/api/reviews/n0-nvidia-china', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-jianbao-token': server.token },
      body: '{"factId":"f1","status":"approved"}',
    });
    expect(form.status).toBe(415);
    expect((await post('n0-nvidia-china', { factId: 'f1', status: 'maybe' })).status).toBe(400);
    expect((await post('n0-nvidia-china', { factId: 'f1', status: 'approved', extra: 1 })).status).toBe(400);
    expect((await post('n0-nvidia-china', { factId: 'f99', status: 'approved' })).status).toBe(404);
    expect((await post('no-such-article', { factId: 'f1', status: 'approved' })).status).toBe(404);
    expect((await post('escape', { factId: 'f1', status: 'approved' })).status).toBe(404);
  });

  it('saves a decision with the token to reviews/<id>.json atomically and reads it back', async () => {
    const first = await post('n0-nvidia-china', { factId: 'f1', status: 'approved' });
    expect(first.status).toBe(200);
    const second = await post('n0-nvidia-china', { factId: 'f6', status: 'rejected', comment: '是"三分之一"还是<b>别的</b>?' });
    expect(second.status).toBe(200);
    const file = ReviewFileSchema.parse(JSON.parse(await readFile(join(outDir, 'reviews', 'n0-nvidia-china.json'), 'utf8')));
    expect(file.id).toBe('n0-nvidia-china');
    expect(file.decisions.f1?.status).toBe('approved');
    expect(file.decisions.f6).toMatchObject({ status: 'rejected', comment: '是"三分之一"还是<b>别的</b>?' });
    // No temporary file left beside it.
    expect(await readdir(join(outDir, 'reviews'))).toEqual(['n0-nvidia-china.json']);
    const got = JSON.parse((await raw('/api/reviews/n0-nvidia-china')).body) as { decisions: Record<string, unknown> };
    expect(Object.keys(got.decisions).sort()).toEqual(['f1', 'f6']);
    // The article page shows them, the comment escaped.
    const page = (await raw('/a/n0-nvidia-china')).body;
    expect(page).toContain('data-fact="f6" data-sentence');
    expect(page).toContain('是&quot;三分之一&quot;还是&lt;b&gt;别的&lt;/b&gt;?');
  });

  it('keeps every decision when many arrive at once', async () => {
    const ids = ['f2', 'f3', 'f4', 'f5', 'f7', 'f8', 'f9', 'f10'];
    const results = await Promise.all(ids.map((factId) => post('n0-nvidia-china', { factId, status: 'approved' })));
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 200));
    const file = ReviewFileSchema.parse(JSON.parse(await readFile(join(outDir, 'reviews', 'n0-nvidia-china.json'), 'utf8')));
    for (const id of ['f1', 'f6', ...ids]) expect(file.decisions[id]).toBeDefined();
  });

  it('clears a decision with status null', async () => {
    expect((await post('n0-nvidia-china', { factId: 'f2', status: null })).status).toBe(200);
    const file = ReviewFileSchema.parse(JSON.parse(await readFile(join(outDir, 'reviews', 'n0-nvidia-china.json'), 'utf8')));
    expect(file.decisions.f2).toBeUndefined();
  });

  it('will not write through a reviews/ symlink that points outside', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jianbao-review-link-'));
    await writeFixtureOutput(dir);
    await mkdir(join(outside, 'reviews-target'));
    await symlink(join(outside, 'reviews-target'), join(dir, 'reviews'));
    const other = await startReviewServer({ outDir: dir, port: 0 });
    try {
      const res = await fetch(`${other.url}api/reviews/n0-nvidia-china`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-jianbao-token': other.token },
        body: JSON.stringify({ factId: 'f1', status: 'approved' }),
      });
      expect(res.status).toBe(500);
      expect(await readdir(join(outside, 'reviews-target'))).toEqual([]);
    } finally {
      await other.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
