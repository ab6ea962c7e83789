import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/ingest/index.js';

describe('cleanText', () => {
  it('removes the trailing pager residue "页:" and "[1]" from the seed article and keeps the body', () => {
    const raw = readFileSync('fixtures/articles/n0-nvidia-china.txt', 'utf8');
    expect(raw.trimEnd().endsWith('页:\n[1]')).toBe(true);
    const text = cleanText(raw);
    expect(text.endsWith('将更加考验着他的能力。')).toBe(true);
    expect(text).not.toMatch(/页:|\[1\]/);
    expect(text.startsWith('180亿美元订单命悬一线,英伟达为什么离不开中国\n5月19日,据媒体报道')).toBe(true);
    expect(text).toContain('H20芯片');
    expect(text).not.toMatch(/\n\n/);
  });

  it('normalises line endings, U+3000 and NBSP indents, zero-width and control characters', () => {
    const raw = '\u3000\u3000央行宣布降准\u00a00.5个百分点。\r\n\r\n\r\n\u200b预计释放\u0000长期资金约1万亿元。\u0007\r\n';
    expect(cleanText(raw)).toBe('央行宣布降准 0.5个百分点。\n预计释放长期资金约1万亿元。');
  });

  it('keeps full-width digits, traditional characters and punctuation verbatim', () => {
    const raw = '營收達新台幣８３９３億元，增長４１．６％。';
    expect(cleanText(raw)).toBe(raw);
  });

  it('strips trailing page residue only at the end', () => {
    const raw = [
      '上一页 下一页是网页导航，这句在正文中保留。',
      '国务院常务会议部署稳就业措施。',
      '',
      '上一页 1 2 3 下一页',
      '返回搜狐，查看更多',
      '责任编辑：张三',
    ].join('\n');
    expect(cleanText(raw)).toBe('上一页 下一页是网页导航，这句在正文中保留。\n国务院常务会议部署稳就业措施。');
  });

  it('keeps a last line that is only a number (content, not a pager)', () => {
    expect(cleanText('2024年营收\n1305')).toBe('2024年营收\n1305');
  });

  it('returns an empty string for whitespace only', () => {
    expect(cleanText(' \n\u3000\t\r\n')).toBe('');
  });
});
