import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, normalizeEncodingLabel } from '../../src/ingest/index.js';

const SIMPLIFIED = '国家统计局今天发布数据显示，一季度国内生产总值同比增长5.4%，比上年四季度加快0.1个百分点。';
const TRADITIONAL = '台積電今日公布第一季財報，營收達新台幣8393億元，較去年同期增長41.6%，創下單季歷史新高。';
const SHORT = '英伟达营收增长66%。';

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM at full confidence, without warnings', () => {
    const plain = decodeBytes(Buffer.from(SIMPLIFIED, 'utf8'));
    expect(plain).toMatchObject({ text: SIMPLIFIED, encoding: 'utf-8', confidence: 1, warnings: [] });
    const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED, 'utf8')]));
    expect(bom.text).toBe(SIMPLIFIED);
    expect(bom.encoding).toBe('utf-8');
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SIMPLIFIED, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TRADITIONAL, 'utf-16be')]);
    expect(decodeBytes(le)).toMatchObject({ text: SIMPLIFIED, encoding: 'utf-16le', confidence: 1 });
    expect(decodeBytes(be)).toMatchObject({ text: TRADITIONAL, encoding: 'utf-16be', confidence: 1 });
  });

  it('detects BOM-less UTF-16 by its NUL pattern (digits and newlines leave NULs)', () => {
    const text = `${SIMPLIFIED}\n2025年4月16日\n`;
    const le = decodeBytes(iconv.encode(text, 'utf-16le'));
    expect(le.encoding).toBe('utf-16le');
    expect(le.text).toBe(text);
    expect(le.warnings.join(' ')).toMatch(/no byte-order mark/);
    expect(decodeBytes(iconv.encode(text, 'utf-16be')).text).toBe(text);
  });

  it('decodes a long GBK text as gb18030 without a hint', () => {
    const r = decodeBytes(iconv.encode(SIMPLIFIED, 'gbk'));
    expect(r.text).toBe(SIMPLIFIED);
    expect(r.encoding).toBe('gb18030');
    expect(r.confidence).toBeGreaterThan(0.5);
    expect(r.warnings[0]).toMatch(/^decoded as gb18030 by detection \(confidence 0\.\d\d\)$/);
  });

  it('decodes a SHORT GBK text right (10 characters) where byte statistics alone are unreliable', () => {
    expect(decodeBytes(iconv.encode(SHORT, 'gbk')).text).toBe(SHORT);
    expect(decodeBytes(iconv.encode('中国人民银行', 'gb2312')).text).toBe('中国人民银行');
    expect(decodeBytes(iconv.encode('黄仁勋访华', 'gbk')).text).toBe('黄仁勋访华');
  });

  it('decodes GB18030-only characters (four-byte sequences) and GBK-only characters', () => {
    const text = '朱镕基与陶喆在㐀字旁合影，总计3人。';
    const r = decodeBytes(iconv.encode(text, 'gb18030'));
    expect(r.text).toBe(text);
    expect(r.encoding).toBe('gb18030');
  });

  it('decodes Big5 traditional Chinese as big5', () => {
    const r = decodeBytes(iconv.encode(TRADITIONAL, 'big5'));
    expect(r.text).toBe(TRADITIONAL);
    expect(r.encoding).toBe('big5');
    expect(decodeBytes(iconv.encode('國務院發布新規', 'big5')).text).toBe('國務院發布新規');
  });

  it('follows a declared charset, and mapping gb2312/gbk labels to gb18030', () => {
    const r = decodeBytes(iconv.encode(SIMPLIFIED, 'gbk'), 'gb2312');
    expect(r).toMatchObject({ text: SIMPLIFIED, encoding: 'gb18030', confidence: 0.95, warnings: [] });
    expect(normalizeEncodingLabel('GBK')).toBe('gb18030');
    expect(normalizeEncodingLabel('"big5"')).toBe('big5');
    expect(normalizeEncodingLabel('UTF8')).toBe('utf-8');
    expect(normalizeEncodingLabel('no-such-charset')).toBeNull();
  });

  it('ignores a gb2312 label on a page that was re-saved as UTF-8, and says so', () => {
    const r = decodeBytes(Buffer.from(SIMPLIFIED, 'utf8'), 'gb2312');
    expect(r.text).toBe(SIMPLIFIED);
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings.join(' ')).toMatch(/valid UTF-8/);
  });

  it('detects GBK bytes mislabelled as utf-8', () => {
    const r = decodeBytes(iconv.encode(SIMPLIFIED, 'gbk'), 'utf-8');
    expect(r.text).toBe(SIMPLIFIED);
    expect(r.encoding).toBe('gb18030');
    expect(r.warnings.join(' ')).toMatch(/not valid UTF-8/);
  });

  it('decodes a file of UTF-8 lines followed by GBK lines line by line, with a warning', () => {
    const a = '国家统计局今天发布数据显示，4月份居民消费价格同比下降0.1%。\n';
    const b = '全国工业生产者出厂价格同比下降2.7%。\n';
    const r = decodeBytes(Buffer.concat([Buffer.from(a, 'utf8'), iconv.encode(b, 'gbk')]));
    expect(r.text).toBe(a + b);
    expect(r.warnings.join(' ')).toMatch(/mixed encodings: 1 line\(s\) decoded as utf-8, 1 line\(s\) as gb18030/);
  });

  it('keeps UTF-8 with a few broken bytes, counting the replacements', () => {
    const bytes = Buffer.concat([Buffer.from('英伟达发布财报，', 'utf8'), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('营收增长66%。', 'utf8')]);
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.text.startsWith('英伟达发布财报，')).toBe(true);
    expect(r.text.endsWith('营收增长66%。')).toBe(true);
    expect(r.replaced).toBe(3);
    expect(r.warnings.join(' ')).toMatch(/3 undecodable byte sequence\(s\) replaced/);
  });

  it('reads plain ASCII as utf-8', () => {
    expect(decodeBytes(Buffer.from('Revenue rose 69%.', 'ascii'))).toMatchObject({ encoding: 'utf-8', confidence: 1 });
  });
});
