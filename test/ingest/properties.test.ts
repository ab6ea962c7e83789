import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cleanText, decodeBytes, htmlToText } from '../../src/ingest/index.js';

// Strings built from the characters real articles and scraped pages are made of.
const pieces = fc.constantFrom(
  '英伟达', '营收', '增长', '66%', '，', '。', '\n', '\r\n', '\n\n\n', ' ', '\u3000', '\u00a0', '\u200b', '\u0000', '\t',
  '页:', '[1]', '责任编辑：张三', '返回搜狐，查看更多', '２０２５', '國務院', 'H20', '<p>', '</p>', '&amp;',
);
const articleLike = fc.array(pieces, { maxLength: 60 }).map((a) => a.join(''));

describe('properties', () => {
  it('cleanText is idempotent and leaves no CR, NUL, blank line or untrimmed line', () => {
    fc.assert(
      fc.property(articleLike, (s) => {
        const once = cleanText(s);
        expect(cleanText(once)).toBe(once);
        expect(once).not.toMatch(/[\r\u0000\u200b\u3000]|\n\n|^ | $/m);
      }),
      { seed: 20250519, numRuns: 500 },
    );
  });

  it('decodeBytes never throws and round-trips GBK and UTF-8 Chinese text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = decodeBytes(bytes);
        expect(typeof r.text).toBe('string');
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
      }),
      { seed: 7, numRuns: 300 },
    );
    const chinese = fc.array(fc.constantFrom('英伟达', '营收', '增长', '中国', '市场', '芯片', '黄仁勋', '表示', '，', '。', '66%', '2025年'), { minLength: 3, maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(chinese, (s) => {
        expect(decodeBytes(Buffer.from(s, 'utf8')).text).toBe(s);
        expect(decodeBytes(iconv.encode(s, 'gbk')).text).toBe(s);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('htmlToText never throws on arbitrary tag soup', () => {
    const soup = fc.array(fc.constantFrom('<div>', '</div>', '<p>', '<a href="x">', '</a>', '<script>', '</script>', '央行降准。', '<br>', '<!--', '-->', '<article class="nav">', '&nbsp;'), { maxLength: 80 }).map((a) => a.join(''));
    fc.assert(fc.property(soup, (html) => { expect(typeof htmlToText(html).text).toBe('string'); }), { seed: 3, numRuns: 300 });
  });
});
