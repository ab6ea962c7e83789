import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities, type QuantityMatch } from '../../../src/extract/quantities/index.js';

const REF = { referenceDate: '2025-05-20' };
const NO_REF = { referenceDate: null };

function only(text: string, options: { referenceDate: string | null } = REF): QuantityMatch {
  const found = findQuantities(text, options);
  expect(found, `${text}: ${found.map((q) => q.text).join(', ')}`).toHaveLength(1);
  const q = found[0] as QuantityMatch;
  expect(text.slice(q.start, q.end)).toBe(q.text);
  return q;
}

function pick(q: QuantityMatch): Partial<QuantityMatch> {
  return { kind: q.kind, text: q.text, value: q.value, valueMax: q.valueMax, unit: q.unit, approx: q.approx, en: q.en };
}

describe('findQuantities: money', () => {
  it('reads 亿 as a hundred million, never a billion', () => {
    expect(pick(only('英伟达已积累的价值180亿美元的H20订单'))).toEqual({
      kind: 'money', text: '180亿美元', value: 18e9, valueMax: null, unit: 'USD', approx: null, en: 'US$18 billion',
    });
    expect(only('其全年营收1305亿美元').en).toBe('US$130.5 billion');
    expect(only('中国区营收171.08亿美元').en).toBe('US$17.108 billion');
  });

  it('reads 万元, traditional 億 and 港元, and a jieba-splitting figure', () => {
    expect(pick(only('理想L6的售价为23.98万元'))).toMatchObject({ value: 239800, unit: 'CNY', en: 'RMB 239,800' });
    expect(pick(only('騰訊全年收入1,115億港元'))).toMatchObject({ text: '1,115億港元', value: 1.115e11, unit: 'HKD', en: 'HK$111.5 billion' });
    expect(pick(only('全球AI芯片市场规模将达一点七八万亿美元'))).toMatchObject({ value: 1.78e12, unit: 'USD', en: 'US$1.78 trillion' });
    expect(pick(only('社会消费品零售总额1.2万亿元'))).toMatchObject({ value: 1.2e12, unit: 'CNY', en: 'RMB 1.2 trillion' });
  });

  it('reads a currency written before the number and 元角分', () => {
    expect(pick(only('新台币 177.1 亿元'))).toMatchObject({ value: 17_710_000_000, unit: 'TWD' });
    expect(pick(only('今天去了一趟超市，开销123元1角1分'))).toMatchObject({ text: '123元1角1分', value: 123.11, unit: 'CNY' });
    expect(only('股价刚摸到了153.10美元的新高').en).toBe('US$153.10');
    expect(only('中间价为人民币8.9017元').en).toBe('RMB 8.9017'); // no rounding away of written digits
  });

  it('reads money ranges with the magnitude written once', () => {
    expect(pick(only('计划投资5亿至10亿元'))).toMatchObject({ text: '5亿至10亿元', value: 5e8, valueMax: 1e9, unit: 'CNY' });
    expect(pick(only('报价两到三万港元'))).toMatchObject({ value: 20000, valueMax: 30000, unit: 'HKD' });
    expect(pick(only('月薪从8500到3万港元不等'))).toMatchObject({ value: 8500, valueMax: 30000 });
  });
});

describe('findQuantities: percentages, points, fractions, multiples', () => {
  it.each([
    ['比上一年增长66%', 'percent', 66, null, '66%'],
    ['占比达到百分之三十八点一', 'percent', 38.1, null, '38.1%'],
    ['约四成受访者表示', 'percent', 40, 'about', 'about 40%'],
    ['七成以上的企业计划扩产', 'percent', 70, 'over', 'more than 70%'],
    ['毛利率同比上升9.5个百分点', 'percentage_point', 9.5, null, '9.5 percentage points'],
    ['H20芯片的性能仅为H100芯片的三分之一', 'fraction', 0.3333, null, 'one third'],
    ['销量达到去年同期的两倍以上', 'multiple', 2, 'over', 'more than twice'],
    ['十年内国内生产总值翻一番', 'multiple', 2, null, 'twice'],
  ])('%s', (text, kind, value, approx, en) => {
    const q = findQuantities(text, REF).find((m) => m.kind === kind);
    expect(q).toMatchObject({ kind, value, approx, en });
  });

  it('reads percent ranges and negative changes', () => {
    expect(pick(only('预计增速在10%-15%之间'))).toMatchObject({ value: 10, valueMax: 15, unit: '%' });
    expect(pick(only('出口同比下降-5%'))).toMatchObject({ value: -5, text: '-5%' });
  });
});

describe('findQuantities: counts, measures, durations', () => {
  it('keeps the classifier and the qualifier', () => {
    expect(pick(only('字节跳动(23万枚)'))).toMatchObject({ value: 230000, unit: '枚', en: '230,000 units' });
    expect(pick(only('英伟达在中国已拥有4000余名员工'))).toMatchObject({ text: '4000余名', value: 4000, unit: '名', approx: 'over', en: 'more than 4,000' });
    expect(pick(only('企业家合计近40人曾来华访问'))).toMatchObject({ text: '近40人', value: 40, unit: '人', approx: 'under', en: 'nearly 40' });
  });

  it('does not count a bare 一 or a vague amount', () => {
    expect(findQuantities('英伟达计划在上海建立一个研究中心', REF)).toEqual([]);
    expect(findQuantities('数十亿元的投资和十几个项目', REF)).toEqual([]);
  });

  it('reads measures with their symbol', () => {
    expect(pick(only('这条铁路全长705公里'))).toMatchObject({ kind: 'measure', value: 705, unit: 'km', en: '705 km' });
    expect(pick(only('年产能3.5万吨'))).toMatchObject({ kind: 'measure', value: 35000, unit: 't' });
    // 千米 is a unit, not 千 × 米: 10千米 is 10 km, not 10,000 m.
    expect(pick(only('全程10千米'))).toMatchObject({ kind: 'measure', value: 10, unit: 'km' });
    expect(pick(only('发电量5亿千瓦时'))).toMatchObject({ value: 5e8, unit: 'kWh', en: '500 million kWh' });
  });

  it('reads durations and duration ranges', () => {
    expect(pick(only('关税暂停90天实施'))).toMatchObject({ kind: 'duration', text: '90天', value: 90, unit: 'day', en: '90 days' });
    expect(pick(only('英伟达股价在3个月时间里'))).toMatchObject({ kind: 'duration', value: 3, unit: 'month', en: 'three months' });
    expect(pick(only('未来两到三年'))).toMatchObject({ kind: 'duration', value: 2, valueMax: 3, unit: 'year', en: 'two to three years' });
    expect(pick(only('预计三到五年完成'))).toMatchObject({ value: 3, valueMax: 5, unit: 'year' });
  });

  it('reads a half inside the unit (5个半小时, 一个半月) as part of the span, not as a count of 个', () => {
    expect(pick(only('手术历时约5个半小时'))).toMatchObject({ kind: 'duration', text: '约5个半小时', value: 5.5, unit: 'hour', approx: 'about' });
    expect(pick(only('一个半月后出院'))).toMatchObject({ kind: 'duration', value: 1.5, unit: 'month' });
    expect(pick(only('三个多月后出院'))).toMatchObject({ kind: 'duration', value: 3, unit: 'month', approx: 'over' });
    expect(findQuantities('这个半岛上有5个半圆形广场', REF).map((q) => q.text)).toEqual(['5个']);
  });
});

describe('findQuantities: qualifiers', () => {
  it.each([
    ['营收约180亿美元', '约180亿美元', 'about'],
    ['营收逾3000亿元', '逾3000亿元', 'over'],
    ['降幅超过30%', '超过30%', 'over'],
    ['突破1万亿元', '突破1万亿元', 'over'],
    ['增速不低于5%', '不低于5%', 'at_least'],
    ['至少3名', '至少3名', 'at_least'],
    ['罚款不超过100万元', '不超过100万元', 'at_most'],
    // A modal between 不 and 超过 keeps it a ceiling, never "more than".
    ['每吨不得超过2450元', '不得超过2450元', 'at_most'],
    ['补贴不能低于300元', '不能低于300元', 'at_least'],
    ['最高50万元', '最高50万元', 'at_most'],
    ['不到1.9万台币', '不到1.9万台币', 'under'],
    ['50人左右', '50人左右', 'about'],
    ['服刑三年以上', '三年以上', 'over'],
  ])('%s → %s %s', (text, span, approx) => {
    const q = only(text);
    expect(q.text).toBe(span);
    expect(q.approx).toBe(approx);
  });

  it('includes the qualifier in the span', () => {
    expect(only('营收约180亿美元').text).toBe('约180亿美元');
    expect(only('最近30天').approx).toBeNull(); // 最近 is "the last", not 近 = nearly
  });
});

describe('findQuantities: dates, years, periods, ordinals', () => {
  it('resolves dates against the reference date', () => {
    expect(pick(only('5月19日，据媒体报道'))).toMatchObject({ kind: 'date', value: '2025-05-19', en: 'May 19' });
    expect(only('5月19日，据媒体报道', NO_REF).value).toBe('--05-19');
    expect(only('宣布将4月2日以来加征').value).toBe('2025-04-02');
    expect(pick(only('而今年4月的那次'))).toMatchObject({ text: '今年4月', value: '2025-04', en: 'April 2025' });
    expect(pick(only('2022年8月，上海超级工厂'))).toMatchObject({ value: '2022-08', en: 'August 2022' });
    expect(only('二〇二四年十二月三十一日').value).toBe('2024-12-31');
    expect(only('上月出口').value).toBe('2025-04');
  });

  it('reads years and relative years', () => {
    expect(pick(only('是2024年底'))).toMatchObject({ kind: 'year', value: '2024', en: 'end of 2024' });
    expect(only('去年营收').value).toBe('2024');
    expect(findQuantities('去年营收', NO_REF)).toEqual([]); // no guessed year
  });

  it('reads fiscal years, quarters and halves', () => {
    expect(pick(only('2024财年全年业绩'))).toMatchObject({ kind: 'period', value: 'FY2024', en: 'fiscal 2024' });
    expect(pick(only('英伟达预计第一季度业绩中'))).toMatchObject({ value: '2025-Q1', en: 'Q1 2025' });
    expect(only('英伟达预计第一季度业绩中', NO_REF).value).toBe('Q1');
    expect(only('前三季度').value).toBe('2025-Q1..Q3');
    expect(only('今年上半年').value).toBe('2025-H1');
    expect(only('2024年上半年').value).toBe('2024-H1');
    expect(only('2020-2024年').value).toBe('2020..2024');
  });

  it('reads ordinals but not document numbers', () => {
    expect(pick(only('随着上海超级工厂第100万辆整车下线'))).toMatchObject({ kind: 'ordinal', text: '第100万辆', value: 1e6, en: 'the 1,000,000th' });
    expect(only('他的第二次中国行').value).toBe(2);
    expect(findQuantities('市场监管总局公告〔2020〕第16号', REF)).toEqual([]);
    expect(findQuantities('国发〔2024〕5号', REF)).toEqual([]);
  });
});

describe('findQuantities: identifiers are never quantities', () => {
  it.each([
    'H20芯片和H100、H200', '燧原科技云燧T20系列、壁仞科技BR100', '黄仁勋在Computex2025开幕演讲', 'RTX4090显卡',
    '贵州茅台（股票代码600519）', '腾讯(00700.HK)', '咨询电话010-12345678', '客服热线400-820-8820',
    '身份证号140302197706220124', '升级到iOS 18.2版本', '理想LX800和宝马X5', '5G手机', '会议10:30开始',
    'https://example.com/2025/05/19/123.html',
  ])('%s', (text) => {
    expect(findQuantities(text, REF).filter((q) => q.kind !== 'year')).toEqual([]);
  });
});

describe('findQuantities: robustness', () => {
  it('returns valid spans and finite values on any text, never throws', () => {
    const alphabet = fc.constantFrom(...'0123456789.,%-至到约余多零一二两三四五六七八九十百千万亿元美年月日第个枚天H号'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        for (const q of findQuantities(text, REF)) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          if (typeof q.value === 'number') expect(Number.isFinite(q.value)).toBe(true);
          if (q.valueMax !== null) expect(Number.isFinite(q.valueMax)).toBe(true);
        }
      }),
      { numRuns: 500, seed: 20250520 },
    );
    expect(findQuantities('', REF)).toEqual([]);
    expect(findQuantities('9'.repeat(400) + '亿元', REF).every((q) => Number.isFinite(q.value))).toBe(true);
  });
});

describe('findQuantities: measures', () => {
  it('names what the figure measures from its clause', () => {
    const text = '中国区营收171.08亿美元，比上一年增长66%。已积累的价值180亿美元的H20订单，将遭受55亿美元的损失。宣布将加征的125%关税降至34%。';
    const byText = new Map(findQuantities(text, REF).map((q) => [q.text, q.measures]));
    expect(byText.get('171.08亿美元')).toBe('revenue');
    expect(byText.get('66%')).toBe('growth');
    expect(byText.get('180亿美元')).toBe('orders');
    expect(byText.get('55亿美元')).toBe('loss');
    expect(byText.get('125%')).toBe('tariff');
    expect(findQuantities('合计近40人今年曾来华', REF)[0]?.measures).toBeNull();
  });
});
