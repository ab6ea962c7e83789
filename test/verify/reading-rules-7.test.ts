/**
 * Reading rules added after blind sets 8 and 9 (see fixtures/llm/README.md), on a synthetic
 * article (not the sets' wording): units of one dimension (GW and 万千瓦), pinyin spellings of
 * names the source writes in characters, bounds the source states around a figure (及以上, 以内,
 * 最高, 低于), descending "A to B", designations ("type 2"), "points", a bare count for a span of
 * hours, shares and rates worked out from two source figures, figures the source writes in Latin
 * letters, impossible clock times, and a day of the month placed by the publication date. Each
 * rule is checked for the correct wording and for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { verifyOutput } from '../../src/verify/verify-output.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '西岭风电基地全容量并网',
  '2025-09-14 本报记者',
  '新华社9月13日电 9月11日至12日，西岭风电基地完成调试，12日上午10时30分全容量并网，总装机容量150万千瓦，配套建设220千伏及以上输电线路。项目由华风能源投资建设，总经理蓝启航表示，机组年利用小时数约3000小时。',
  '基地共订购风机60台，其中已交付40台。通信时延低于50毫秒，数据链路速率100Gbps，最高风速可承受每秒52米，单次检修时间控制在4小时以内。',
  '8月全省风电利用率为96.4%，比上月提高1.2个百分点。2型风机占比最高。',
].join('\n');

const analyzed = analyzeText(ARTICLE, 'reading-rules-7', '2025-09-14');
const issues = summaryIssues(analyzed);

describe('reading rules after blind sets 8 and 9', () => {
  it('compares units of one dimension in its base unit', () => {
    expect(issues('en', 'The wind base has an installed capacity of 1.5 GW.')).toEqual([]);
    expect(issues('en', 'The wind base has an installed capacity of 1,500 MW.')).toEqual([]);
    expect(issues('en', 'The wind base has an installed capacity of 15 GW.')).not.toEqual([]);
  });

  it('finds names the source writes in characters by their pinyin, never by one syllable', () => {
    expect(issues('en', 'General manager Lan Qihang said the turbines run about 3,000 hours a year.')).toEqual([]);
    expect(issues('en', 'General manager Lan Qiming said the turbines run about 3,000 hours a year.')).not.toEqual([]);
    expect(issues('en', 'The project was built by Huafeng Energy.')).toEqual([]);
    expect(issues('en', 'The project was built by Feng Energy.')).not.toEqual([]);
  });

  it('reads bounds the source states around a figure', () => {
    expect(issues('en', 'Transmission lines of 220 kV and above were built.')).toEqual([]);
    expect(issues('en', 'Transmission lines of 220 kV were built.')).not.toEqual([]);
    expect(issues('en', 'Latency is under 50 milliseconds.')).toEqual([]);
    expect(issues('en', 'Latency is over 50 milliseconds.')).not.toEqual([]);
    expect(issues('en', 'The turbines withstand wind speeds of up to 52 metres per second.')).toEqual([]);
    expect(issues('en', 'Each overhaul takes no more than 4 hours.')).toEqual([]);
    expect(issues('en', 'Each overhaul takes at least 4 hours.')).not.toEqual([]);
  });

  it('reads a descending "A to B" as two figures, designations as names, and "points" as percentage points', () => {
    // (39 micrograms is a measure in μg, as 39微克/立方米 is read.)
    expect(findEnglishQuantities('fell 11.4% in 2025 to 39 micrograms').map((q) => [q.kind, q.value])).toEqual([
      ['percent', 11.4],
      ['year', '2025'],
      ['measure', 39],
    ]);
    expect(findEnglishQuantities('between 0.5 to 0.8 percentage points')[0]).toMatchObject({ value: 0.5, valueMax: 0.8 });
    expect(findEnglishQuantities('type 2 turbines')).toEqual([]);
    expect(findEnglishQuantities('up 1.2 points')[0]).toMatchObject({ kind: 'percentage_point', value: 1.2 });
    expect(findEnglishQuantities('at around 80 p.m.')[0]).toMatchObject({ kind: 'count', value: 80 });
  });

  it('accepts a count of hours for a span, and figures the source writes in Latin letters', () => {
    expect(issues('en', 'The turbines log about 3,000 utilisation hours a year.')).toEqual([]);
    expect(issues('en', 'The turbines log about 4,000 utilisation hours a year.')).not.toEqual([]);
    expect(issues('en', 'The data link runs at 100 Gbps.')).toEqual([]);
    expect(issues('en', 'The data link runs at 10 Gbps.')).not.toEqual([]);
  });

  it('accepts a share or a rate worked out from two source figures, and no other', () => {
    expect(issues('en', 'Two-thirds of the 60 turbines ordered have been delivered.')).toEqual([]);
    expect(issues('en', 'Three-quarters of the 60 turbines ordered have been delivered.')).not.toEqual([]);
    expect(issues('en', 'Wind power utilisation rose to 96.4% in August from 95.2%.')).toEqual([]);
    expect(issues('en', 'Wind power utilisation rose to 96.4% in August from 95.8%.')).not.toEqual([]);
    // Without the rate itself in the sentence the worked-out one stands alone, unsupported.
    expect(issues('en', 'Wind power utilisation was 95.2% in July.')).not.toEqual([]);
  });

  it('places a day after a story date in the month of the article when that is not after its date', () => {
    const days = findQuantities('新华社9月13日电 9月11日至12日完成调试，12日上午10时30分全容量并网。', { referenceDate: '2025-09-14' })
      .filter((q) => q.kind === 'date')
      .map((q) => q.value);
    expect(days).toContain('2025-09-12');
    expect(days).not.toContain('2025-08-12');
    expect(issues('en', 'The base was connected to the grid in full at 10:30 a.m. on September 12.')).toEqual([]);
    expect(issues('en', 'The base was connected to the grid in full at 10:30 a.m. on August 12.')).not.toEqual([]);
  });
});

describe('reading rules after blind sets 10 and 11', () => {
  const article = analyzeText(
    [
      '某市港口与渔业简报',
      '2025-06-20 本报记者',
      '今年1至5月，全市发放改造补贴860万元。东海海域北纬26度30分至35度之间实行伏季休渔。燃料成本差距缩小至15%以内。',
      '港口年旅客吞吐能力由1200万人次提高到3600万人次。南向资金今年净买入约7800亿港元，已超过去年全年的八成。',
      '天然草原亩产干草68公斤，比三年前增加11公斤。',
    ].join('\n'),
    'reading-rules-7b',
    '2025-06-20',
  );
  const on = (text: string): string[] => verifyOutput(article, { zh: '', en: text, entities: [], warnings: [] }).verification.issues.map((i) => `${i.claim}: ${i.problem}`);

  it('reads "between January and May", coordinates and "within" as the writer means them', () => {
    expect(findEnglishQuantities('paid between January and May')[0]).toMatchObject({ kind: 'period', value: 'M01..M05' });
    expect(findEnglishQuantities('in January and May').map((q) => q.kind)).toEqual(['date', 'date']);
    expect(on('About 8.6 million yuan in subsidies was paid between January and May.')).toEqual([]);
    expect(on('Fishing between 26°30′N and 35°N is banned.')).toEqual([]);
    expect(on('The fuel-cost gap has narrowed to within 15%.')).toEqual([]);
    // 以内 is a soft bound: the bare figure says the same; a wrong one is still caught.
    expect(on('The fuel-cost gap has narrowed to 15%.')).toEqual([]);
    expect(on('The fuel-cost gap has narrowed to within 25%.')).not.toEqual([]);
    expect(findEnglishQuantities('within 3 km of the stadium')[0]?.approx).toBe(null);
    expect(findEnglishQuantities('within two to three years')[0]?.approx).toBe(null);
  });

  it('reads "from A to B" after a change verb as two levels, and "N more than" as a comparison', () => {
    expect(findEnglishQuantities('capacity will rise from 12 million to 36 million').map((q) => q.value)).toEqual([12000000, 36000000]);
    expect(findEnglishQuantities('prices range from 20 to 50 yuan')[0]).toMatchObject({ value: 20, valueMax: 50 });
    expect(on('Annual passenger capacity will rise from 12 million to 36 million.')).toEqual([]);
    expect(on('Grassland yields 68 kg of hay per mu, 11 kg more than three years ago.')).toEqual([]);
    expect(findEnglishQuantities('up more than 23% in 2024')[0]?.approx).toBe('over');
  });

  it('reads a negated "more than" as a ceiling, through an elliptical list', () => {
    expect(findEnglishQuantities('Urea may not be sold for more than 2,450 yuan, and DAP for more than 3,900 yuan.').map((q) => q.approx)).toEqual(['at_most', 'at_most']);
    expect(findEnglishQuantities('Prices did not fall. Sales rose more than 5%.')[0]?.approx).toBe('over');
    expect(findEnglishQuantities('Fees must not exceed 300 yuan.')[0]?.approx).toBe('at_most');
  });

  it('reads a qualifier across a noun phrase before 成', () => {
    expect(on('Net southbound buying has already exceeded 80% of last year\'s total.')).toEqual([]);
    expect(on('Net southbound buying reached 80% of last year\'s total.')).not.toEqual([]);
  });
});

describe('reading rules after blind sets 12 and 13', () => {
  const article = analyzeText(
    [
      '某核电机组投入商业运行',
      '2026-03-02 本报记者',
      '3号机组单机容量120.2万千瓦，一期两台65万千瓦机组分别于2015年和2016年投运。公司牧场将由21座增至33座。',
      '增值税留抵退税98.5亿元。战队以4比2夺冠。',
    ].join('\n'),
    'reading-rules-7c',
    '2026-03-02',
  );
  const on = (text: string): string[] => verifyOutput(article, { zh: '', en: text, entities: [], warnings: [] }).verification.issues.map((i) => `${i.claim}: ${i.problem}`);

  it('reads units written as words and hyphenated, and a from–to after "take"', () => {
    expect(on('The 1,202-megawatt Unit 3 follows two 650-megawatt units from phase one.')).toEqual([]);
    expect(on('The 1,302-megawatt Unit 3 follows two 650-megawatt units from phase one.')).not.toEqual([]);
    expect(findEnglishQuantities('3 gigawatts and 500 megawatt-hours').map((q) => q.unit)).toEqual(['GW', 'MWh']);
    expect(on('The plan will take the company from 21 to 33 farms.')).toEqual([]);
    expect(on('The plan will take the company from 21 to 35 farms.')).not.toEqual([]);
  });

  it('leaves scores alone and knows VAT where the source says 增值税', () => {
    expect(findEnglishQuantities('The team beat its rival 4-2 to win the title.')).toEqual([]);
    expect(on('VAT credit refunds came to 9.85 billion yuan.')).toEqual([]);
  });
});

describe('reading rules after blind sets 14 and 15', () => {
  const article = analyzeText(
    [
      '某县千兆网络建成',
      '2026-05-10 本报记者',
      '中国电信、中国移动和中国联通共同投资约3.2亿元建设千兆网络，其中中国电信投资1.45亿元。审批时限压缩至36小时以内，项目须在6个月内开工。',
      '前十家券商合计市场份额68.4%。新车百公里电耗65至80千瓦时。',
    ].join('\n'),
    'reading-rules-7d',
    '2026-05-10',
  );
  const on = (text: string): string[] =>
    verifyOutput(article, { zh: '', en: text, entities: [{ zh: '中国电信', en: 'China Telecom', type: 'organization' }, { zh: '中国移动', en: 'China Mobile', type: 'organization' }, { zh: '中国联通', en: 'China Unicom', type: 'organization' }], warnings: [] }).verification.issues.map((i) => `${i.claim}: ${i.problem}`);

  it('does not take a figure beside one of several parties as the rival of their shared figure', () => {
    expect(on('China Telecom, China Mobile and China Unicom jointly invested about 320 million yuan.')).toEqual([]);
    expect(on('China Telecom invested 145 million yuan.')).toEqual([]);
    expect(on('China Telecom, China Mobile and China Unicom jointly invested about 420 million yuan.')).not.toEqual([]);
  });

  it('reads 以内 and 内 as a soft bound, "per 100 km" as a denominator, and "the top ten" as no qualifier', () => {
    expect(on('Approvals now take no more than 36 hours.')).toEqual([]);
    expect(on('Approvals now take 36 hours.')).toEqual([]);
    expect(on('Approvals now take at least 36 hours.')).not.toEqual([]);
    expect(on('Construction must start within six months.')).toEqual([]);
    expect(findEnglishQuantities('65 to 80 kWh per 100 kilometres').map((q) => q.text)).toEqual(['65 to 80 kWh']);
    expect(findEnglishQuantities('The top ten brokerages held 68.4%.')[0]?.approx).toBe(null);
    expect(on('The top ten brokerages held a combined 68.4% market share.')).toEqual([]);
  });
});
