import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/extract/quantities/index.js';

describe('what a figure measures', () => {
  it('reads the keyword in simplified and in traditional script alike', () => {
    const simplified = findQuantities('台积电上半年营收新台币2637亿元，同比增长40.6%。', { referenceDate: '2025-07-02' });
    const traditional = findQuantities('台積電上半年營收新台幣2637億元，同比增長40.6%。', { referenceDate: '2025-07-02' });
    const money = (qs: ReturnType<typeof findQuantities>) => qs.find((q) => q.kind === 'money');
    expect(money(simplified)).toMatchObject({ value: 263_700_000_000, unit: 'TWD', measures: 'revenue' });
    expect(money(traditional)).toMatchObject({ value: 263_700_000_000, unit: 'TWD', measures: 'revenue', text: '新台幣2637億元' });
  });
});

describe('a change word measures the change, not the levels around it', () => {
  const measured = (text: string) =>
    findQuantities(text, { referenceDate: '2024-09-05' }).filter((q) => q.kind !== 'year' && q.kind !== 'date').map((q) => [q.text, q.measures ?? null]);

  it('leaves the levels of 从…下降到… unmeasured', () => {
    expect(measured('营养不良率从18.3%下降到7.1%。')).toEqual([['18.3%', null], ['7.1%', null]]);
  });

  it('reads the level a change reached as what reached it', () => {
    expect(measured('公司营收增长至120亿元。')).toEqual([['120亿元', 'revenue']]);
  });

  it('still reads the size of a change as the change', () => {
    expect(measured('营收120亿元，同比增长8.4%。')).toEqual([['120亿元', 'revenue'], ['8.4%', 'growth']]);
    expect(measured('投后估值较2023年的27亿元增长约1.3倍。')).toEqual([['27亿元', 'valuation'], ['约1.3倍', 'growth']]);
  });
});

describe('a label from the figure’s own noun, not a nearby keyword', () => {
  const measured = (text: string) =>
    findQuantities(text, { referenceDate: '2025-06-01' })
      .filter((q) => !['year', 'date', 'period', 'duration'].includes(q.kind))
      .map((q) => [q.text, q.measures ?? null]);

  it('reads 收购价 as a purchase price, not an acquisition', () => {
    // blind20 z04-fish-cage-farming
    expect(measured('目前金鲳鱼塘头收购价约每公斤26元，较去年同期上涨约8%。')).toEqual([['约每公斤26元', 'purchase price'], ['约8%', 'rise']]);
  });

  it('reads a ratio after 占 as a share, and leaves the whole it is a share of alone', () => {
    // blind21 l01-lithium-mine, l04-park-rent-subsidy; blind7 j02-nev-deliveries
    expect(measured('约定每年供应锂精矿不少于12万吨，约占一期产能的六成。')).toEqual([['不少于12万吨', null], ['六成', 'share']]);
    expect(measured('且上年度研发投入占营业收入比重不低于5%、研发人员占职工总数30%以上。')).toEqual([['不低于5%', 'share'], ['30%以上', 'share']]);
    expect(measured('研发人员超过6800人，占员工总数1.75万人的近四成。')).toEqual([['超过6800人', 'R&D'], ['1.75万人', 'headcount'], ['近四成', 'share']]);
  });

  it('does not name a figure after what it is compared with or a part of', () => {
    // blind22 b08-school-meals; blind21 l08-chili-futures
    expect(measured('向农户收购蔬菜的价格比市场价高出5%—10%。')).toEqual([['5%—10%', null]]);
    expect(measured('每日价格涨跌停板幅度为上一交易日结算价的±7%。')).toEqual([['7%', null]]);
  });

  it('reads 年产 as annual output, not the investment before it', () => {
    // blind23 c07-pet-food
    const text = '公司在泰国罗勇府投资约1.5亿美元建设的年产12万吨宠物食品工厂已于今年4月8日投产。';
    expect(measured(text)).toEqual([['约1.5亿美元', 'investment'], ['12万吨', 'annual output']]);
  });

  it('takes no label from words that only contain a keyword (规模以上, 订单定向)', () => {
    // blind22 b05-angelica-herbs; blind20 z03-county-clinics
    expect(measured('截至9月底，全县规模以上中药材加工企业达到27家。')).toEqual([['27家', null]]);
    expect(measured('计划在2024至2028年间每年培养30至40名农村订单定向医学生。')).toEqual([['30至40名', null]]);
  });

  it('names prize money, satisfaction and a cut by their own nouns', () => {
    // blind22 b01-dragon-boat-race, b06-community-renovation; blind21 l06-aviation-biofuel
    expect(measured('本届赛事总奖金为120万元，其中单项冠军奖金为8万元。')).toEqual([['120万元', 'prize money'], ['8万元', 'prize money']]);
    expect(measured('居民对改造工作的满意度达到96.3%，比上年提高1.8个百分点。')[0]).toEqual(['96.3%', 'satisfaction']);
    expect(measured('全生命周期碳排放可减少约80%。')).toEqual([['约80%', 'reduction']]);
  });

  it('ends a clause at a headline’s space', () => {
    // blind22 b08-school-meals, title
    expect(measured('云南农村学生营养餐补助提高到每天5元 380余万名学生受益')).toEqual([['5元', 'subsidies'], ['380余万名', null]]);
  });
});

describe('labels a neighbour’s measure does not give (blind24/25 audit)', () => {
  const measured = (text: string) =>
    findQuantities(text, { referenceDate: '2025-06-17' }).filter((q) => q.kind !== 'year' && q.kind !== 'date').map((q) => [q.text, q.measures ?? null]);

  it('gives a count of countries, outlets or banks no measure of users, staff or a rate', () => {
    // blind24 d07-mural-digitization; blind25 e02-rural-bank-merger, e04-citrus-harvest
    expect(measured('全球访问量超过2000万次，用户来自78个国家和地区。')).toContainEqual(['78个', null]);
    expect(measured('拥有营业网点317个、员工近4600人。')).toEqual([['317个', null], ['近4600人', 'employees']]);
    expect(measured('合并前8家县级农商银行中有3家不良贷款率超过5%。')).toContainEqual(['3家', null]);
    expect(measured('已出口至越南、泰国、俄罗斯等12个国家和地区，出口量约1.8万吨。')[0]).toEqual(['12个', null]);
  });

  it('leaves a keyword to the figure right after it (计划投资186亿元新改建农村公路1.05万公里)', () => {
    // blind25 e07-rural-roads, title
    expect(measured('甘肃今年计划投资186亿元新改建农村公路1.05万公里')).toEqual([['186亿元', 'investment'], ['1.05万公里', null]]);
  });

  it('gives an age bound no measure', () => {
    // blind24 d05-ambulance-dispatch
    expect(measured('60岁以上老年患者占比达到43%。')).toEqual([['60岁以上', null], ['43%', 'share']]);
  });

  it('names interest saved as savings, not spending', () => {
    // blind25 e03-provident-fund-loans
    expect(measured('预计每年可为缴存人节省利息支出逾3亿元。')).toEqual([['逾3亿元', 'interest savings']]);
  });
});
