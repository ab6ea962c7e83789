import { describe, expect, it } from 'vitest';
import { findPublishedDate, normalizeDate, titleFromText } from '../../src/ingest/index.js';

describe('normalizeDate', () => {
  it.each([
    ['2025-03-12', '2025-03-12'],
    ['2025/3/2 08:00', '2025-03-02'],
    ['2025.03.12', '2025-03-12'],
    ['2025年3月12日 10:30', '2025-03-12'],
    ['２０２５年３月１２日', '2025-03-12'],
    ['二〇二五年三月十二日', '2025-03-12'],
    ['二〇二四年十二月三十一日', '2024-12-31'],
    ['2025-05-20T09:00:00+08:00', '2025-05-20'],
    ['20250520', '2025-05-20'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each(['5月19日', '2025年2月30日', '2025-13-01', '订单金额180亿美元', '第20250号'])('%s → null', (input) => {
    expect(normalizeDate(input)).toBeNull();
  });
});

describe('findPublishedDate and titleFromText', () => {
  it('prefers a labelled date line near the top over a bare date', () => {
    expect(findPublishedDate('标题\n2025-01-01\n来源：新华社 发布时间：2025年3月12日\n正文。')).toBe('2025-03-12');
    expect(findPublishedDate('标题\n2025-01-01\n正文。')).toBe('2025-01-01');
    expect(findPublishedDate('标题\n正文。\n'.repeat(10) + '发布时间：2025-03-12')).toBeNull();
  });

  it('takes a short first line without sentence punctuation as the title', () => {
    expect(titleFromText('央行宣布降准\n中国人民银行今天宣布降准。')).toBe('央行宣布降准');
    expect(titleFromText('中国人民银行今天宣布降准。\n释放资金。')).toBeNull();
    expect(titleFromText('发布时间：2025-03-12\n正文。')).toBeNull();
    expect(titleFromText(`${'长'.repeat(61)}\n正文。`)).toBeNull();
    expect(titleFromText('只有一行的快讯')).toBeNull();
  });
});
