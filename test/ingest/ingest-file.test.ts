import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_INPUT_BYTES, articleIdFromPath, ingestBytes, ingestFile } from '../../src/ingest/index.js';
import { SourceSchema } from '../../src/types.js';

const tmp = mkdtempSync(join(tmpdir(), 'jianbao-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

async function codeOf(run: () => Promise<unknown> | unknown): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a failure');
}

describe('ingestFile', () => {
  it('ingests the seed article: id, hash, encoding, title, cleaned text that validates', async () => {
    const a = await ingestFile('fixtures/articles/n0-nvidia-china.txt', { maxBytes: DEFAULT_MAX_INPUT_BYTES });
    expect(a.id).toBe('n0-nvidia-china');
    expect(a.source).toMatchObject({ path: 'fixtures/articles/n0-nvidia-china.txt', encoding: 'utf-8', format: 'txt' });
    expect(a.source.title).toBe('180亿美元订单命悬一线,英伟达为什么离不开中国');
    expect(a.source.publishedAt).toBeNull(); // only "5月19日", no year
    expect(a.source.text.endsWith('将更加考验着他的能力。')).toBe(true);
    expect(SourceSchema.parse(a.source)).toEqual(a.source);
    expect(a.warnings).toEqual([]);
  });

  it('refuses a 10 MiB file before reading it, saying the size, the limit and how to raise it', async () => {
    const path = join(tmp, 'huge.txt');
    writeFileSync(path, Buffer.alloc(10 * 1024 * 1024, 0x41));
    const error = await codeOf(() => ingestFile(path, { maxBytes: DEFAULT_MAX_INPUT_BYTES }));
    expect(error.code).toBe('E_INPUT_TOO_LARGE');
    expect(error.message).toContain(path);
    expect(error.message).toContain('10.0 MiB (10485760 bytes)');
    expect(error.message).toContain('5.0 MiB (5242880 bytes)');
    expect(error.message).toMatch(/--max-bytes or JIANBAO_MAX_INPUT_BYTES/);
  });

  it('reports a missing file and a broken symbolic link as E_INPUT_NOT_FOUND', async () => {
    const missing = await codeOf(() => ingestFile(join(tmp, '不存在.txt'), { maxBytes: 1000 }));
    expect(missing.code).toBe('E_INPUT_NOT_FOUND');
    expect(missing.message).toMatch(/不存在\.txt: file not found/);
    const link = join(tmp, 'broken-link.txt');
    symlinkSync(join(tmp, 'gone.txt'), link);
    const broken = await codeOf(() => ingestFile(link, { maxBytes: 1000 }));
    expect(broken.code).toBe('E_INPUT_NOT_FOUND');
    expect(broken.message).toMatch(/broken-link\.txt: is a broken symbolic link/);
  });
});

describe('ingestBytes', () => {
  it('reads title and date lines at the top of a text file; the title line stays in the text', () => {
    const a = ingestBytes(utf8('央行宣布降准0.5个百分点\n发布时间：2025-05-07 15:00 来源：新华社\n中国人民银行今天宣布降准。'), 'a/降准.txt');
    expect(a.source.title).toBe('央行宣布降准0.5个百分点');
    expect(a.source.publishedAt).toBe('2025-05-07');
    expect(a.source.text.startsWith('央行宣布降准0.5个百分点\n')).toBe(true);
    expect(a.id).toBe('降准');
  });

  it('takes no title from a first line that is a sentence', () => {
    const a = ingestBytes(utf8('中国人民银行今天宣布降准。\n释放资金约1万亿元。'), 'x.txt');
    expect(a.source.title).toBeNull();
  });

  it('reads 2025年3月12日 dates and ignores dates inside body sentences', () => {
    expect(ingestBytes(utf8('两会闭幕\n2025年3月12日\n十四届全国人大三次会议闭幕。'), 'x.txt').source.publishedAt).toBe('2025-03-12');
    expect(
      ingestBytes(utf8('两会闭幕\n十四届全国人大三次会议于2025年3月11日下午在北京人民大会堂闭幕，会期共七天，审议通过了政府工作报告。'), 'x.txt').source.publishedAt,
    ).toBeNull();
  });

  it('strips Markdown markup and reads front matter', () => {
    const md = [
      '---',
      'title: "比亚迪第100万辆新能源车下线"',
      'date: 2025-06-03',
      'source: 第一财经',
      '---',
      '# 比亚迪第100万辆新能源车下线',
      '',
      '**比亚迪**今天宣布，第100万辆新能源车在[深圳工厂](https://example.com/sz)下线。',
      '',
      '- 今年前5个月销量同比增长*40%*',
      '> 王传福表示：“这是新的起点。”',
      '![工厂图片](https://example.com/a.jpg)',
    ].join('\n');
    const a = ingestBytes(utf8(md), 'news/byd.md');
    expect(a.source.format).toBe('md');
    expect(a.source.title).toBe('比亚迪第100万辆新能源车下线');
    expect(a.source.publishedAt).toBe('2025-06-03');
    expect(a.source.outlet).toBe('第一财经');
    expect(a.source.text).toBe(
      '比亚迪第100万辆新能源车下线\n比亚迪今天宣布，第100万辆新能源车在深圳工厂下线。\n今年前5个月销量同比增长40%\n王传福表示：“这是新的起点。”',
    );
  });

  it('reads JSON articles with text or html, and says what was expected for the wrong shape', async () => {
    const withText = ingestBytes(
      utf8(JSON.stringify({ title: '降准', text: '央行宣布降准。\r\n\r\n释放资金1万亿元。', publishedAt: '2025/5/7', url: 'https://x.cn/1', source: '新华社' })),
      'j.json',
    );
    expect(withText.source).toMatchObject({ format: 'json', title: '降准', text: '央行宣布降准。\n释放资金1万亿元。', publishedAt: '2025-05-07', url: 'https://x.cn/1', outlet: '新华社' });
    const withHtml = ingestBytes(utf8(JSON.stringify({ html: '<title>降准_新华网</title><article><p>央行宣布降准。</p></article>' })), 'h.json');
    expect(withHtml.source).toMatchObject({ title: '降准', text: '央行宣布降准。', outlet: '新华网' });
    const missing = await codeOf(() => ingestBytes(utf8('{"title":"降准"}'), 'm.json'));
    expect(missing.code).toBe('E_INPUT_FORMAT');
    expect(missing.message).toMatch(/m\.json: expected a JSON object .*got an object .*non-empty "text" or "html"/);
  });

  it('decodes a GBK page through its meta charset and extracts its article', () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>上海发放消费券_东方网</title></head>' +
      '<body><div class="nav"><a>首页</a></div><div id="content"><p>上海市今天启动新一轮消费券发放，总额5亿元。</p></div></body></html>';
    const a = ingestBytes(iconv.encode(html, 'gbk'), 'pages/xfq.html');
    expect(a.source.encoding).toBe('gb18030');
    expect(a.warnings).toEqual([]);
    expect(a.source.text).toBe('上海市今天启动新一轮消费券发放，总额5亿元。');
    expect(a.source.title).toBe('上海发放消费券');
  });

  it('treats an HTML page saved as .txt as HTML, with a warning', () => {
    const a = ingestBytes(utf8('<!DOCTYPE html><html><body><article><p>国家统计局发布数据。</p></article></body></html>'), 'saved.txt');
    expect(a.source.format).toBe('html');
    expect(a.source.text).toBe('国家统计局发布数据。');
    expect(a.warnings.join(' ')).toMatch(/holds an HTML page/);
  });

  it('fails with E_INPUT_NO_TEXT when extraction leaves nothing, and E_INPUT_BINARY for a PDF', async () => {
    const empty = await codeOf(() => ingestBytes(utf8('<html><head><title>只有标题</title></head><body><nav>首页</nav></body></html>'), 'e.html'));
    expect(empty.code).toBe('E_INPUT_NO_TEXT');
    const pdf = await codeOf(() => ingestBytes(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'report.txt'));
    expect(pdf.code).toBe('E_INPUT_BINARY');
    expect(pdf.message).toMatch(/report\.txt: is a PDF file/);
  });

  it('honours an explicit id and enforces maxBytes on bytes too', async () => {
    expect(ingestBytes(utf8('国务院常务会议召开。'), 'x.txt', { maxBytes: 1000, id: 'x-2' }).id).toBe('x-2');
    const big = await codeOf(() => ingestBytes(utf8('国务院常务会议召开。'), 'x.txt', { maxBytes: 10 }));
    expect(big.code).toBe('E_INPUT_TOO_LARGE');
  });
});

describe('articleIdFromPath', () => {
  it.each([
    ['fixtures/articles/n0-nvidia-china.txt', 'n0-nvidia-china'],
    ['带 空格 的 文件.txt', '带-空格-的-文件'],
    ['news/英伟达（H20）—— 最新!!.html', '英伟达-H20-最新'],
    ['a/archive.2025.05.json', 'archive.2025.05'],
    ['..txt', 'article'],
    ['...', 'article'],
    ['dir/.hidden.md', 'hidden'],
    ['「」.txt', 'article'],
    ['C:\\docs\\报告.txt', '报告'],
  ])('%s → %s', (path, id) => {
    expect(articleIdFromPath(path)).toBe(id);
  });

  it('caps ids at 120 characters and never ends them with a dash', () => {
    const id = articleIdFromPath(`${'新闻'.repeat(59)}-${'x'.repeat(10)}.txt`);
    expect(id.length).toBeLessThanOrEqual(120);
    expect(id.endsWith('-')).toBe(false);
    expect(id).toMatch(/^[A-Za-z0-9._\-\u4e00-\u9fff]+$/);
  });
});
