import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../../src/extract/quantities/index.js';

describe('parseChineseNumber', () => {
  it.each([
    ['一千三百零五', 1305],
    ['两千', 2000],
    ['十二万五千', 125000],
    ['三十八点一', 38.1],
    ['〇', 0],
    ['廿二', 22],
    ['壹佰捌拾壹', 181],
    ['壹佰捌拾壹圆柒角', 181.7],
    ['１９９０', 1990],
    ['1,115', 1115],
    ['二〇二四', 2024],
    ['一亿五千万零六千三百五十五', 150006355],
    ['肆佰叁拾萬', 4300000],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('reads the abbreviated forms that cn2an strict mode gets wrong', () => {
    expect(parseChineseNumber('三万五')).toBe(35000); // not 30005
    expect(parseChineseNumber('两千六')).toBe(2600);
    expect(parseChineseNumber('一百二十万三')).toBe(1203000);
    expect(parseChineseNumber('一万零五')).toBe(10005); // 零 stops the abbreviation
  });

  it('reads 亿 as 10^8 and 万亿 as 10^12, without float noise', () => {
    expect(parseChineseNumber('180亿')).toBe(18_000_000_000); // nzh returns 0 here
    expect(parseChineseNumber('1305亿')).toBe(130_500_000_000);
    expect(parseChineseNumber('171.08亿')).toBe(17_108_000_000);
    expect(parseChineseNumber('16.4亿')).toBe(1_640_000_000);
    expect(parseChineseNumber('10.1万')).toBe(101_000);
    expect(parseChineseNumber('1.2万亿')).toBe(1.2e12);
    expect(parseChineseNumber('一点七八万亿')).toBe(1.78e12);
    expect(parseChineseNumber('1,115億')).toBe(111_500_000_000);
    expect(parseChineseNumber('3千万亿')).toBe(3e15);
  });

  it('returns null for what is not one number', () => {
    for (const text of ['', '万', '千万', '百十一', '十一十二', '点一', '零点', '10..1万', '10.1万零100', '元整', '负', 'H20', '三星']) {
      expect(parseChineseNumber(text), text).toBeNull();
    }
  });
});
