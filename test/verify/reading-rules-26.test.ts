/**
 * Reading rules added with the first look at blind sets 124 to 127 (see fixtures/llm/README.md), on
 * synthetic articles (not the sets' wording). Each pins a correct sentence that was flagged, and the
 * slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const read = (text: string): [string, string, number | string, string | null, string | null][] =>
  findQuantities(text, { referenceDate: '2025-06-20' }).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);

describe('Chinese forms the extractor reads', () => {
  it('reads a share in tenths written with an Arabic digit (近5成, 3至5成), not 3成员', () => {
    expect(read('来水偏少近5成。')).toEqual([['近5成', 'percent', 50, '%', 'under']]);
    expect(findQuantities('降水偏少3至5成。', { referenceDate: '2025-06-20' }).map((q) => [q.value, q.valueMax])).toEqual([[30, 50]]);
    expect(read('该队3成员获奖。')).toEqual([]);
  });

  it('reads metres with centimetres after 米 (4米78) as one height', () => {
    expect(read('她越过4米78，打破4米72的纪录。')).toEqual([
      ['4米78', 'measure', 4.78, 'm', null],
      ['4米72', 'measure', 4.72, 'm', null],
    ]);
  });

  it('reads a generation (“00后”, 90后) as the year its people were born from', () => {
    expect(read('“00后”占比超过六成，90后次之。')).toEqual([
      ['00后', 'year', '2000', null, null],
      ['超过六成', 'percent', 60, '%', 'over'],
      ['90后', 'year', '1990', null, null],
    ]);
    expect(read('第20后')).toEqual([]);
  });

  it('reads a place in a ranking before 的 or 强 (排名前100的高校, 跻身前50强)', () => {
    expect(read('进入全球排名前100的高校深造。')).toEqual([['前100', 'ordinal', 100, null, null]]);
    expect(read('跻身全国前50强。')).toEqual([['前50强', 'ordinal', 50, null, null]]);
  });

  it('reads half a year as six months, but not 上半年 or a half-year report', () => {
    expect(read('系统运行半年来成效明显。')).toEqual([['半年', 'duration', 6, 'month', null]]);
    expect(read('上半年营收增长，半年报显示。')).toEqual([['上半年', 'period', '2025-H1', null, null]]);
  });

  it("reads a reward scheme's 积分 as points", () => {
    expect(read('每服务1小时可获得10个积分。')).toEqual([
      ['1小时', 'duration', 1, 'hour', null],
      ['10个积分', 'count', 10, '分', null],
    ]);
  });
});

describe('English readings', () => {
  it("reads a race's 100m as metres after men's/women's, and $100m as money", () => {
    expect(findEnglishQuantities("She won the women's 100m in 11.28 seconds.").map((q) => [q.value, q.unit])).toEqual([[100, 'm'], [11.28, 'second']]);
    expect(findEnglishQuantities('The fund raised $100m.').map((q) => [q.value, q.unit])).toEqual([[100_000_000, 'USD']]);
  });

  it('reads "the global top 100" as a rank, and "sales topped 100" or "exports top 100" as over it', () => {
    expect(findEnglishQuantities('ranked in the global top 100').map((q) => q.approx)).toEqual([null]);
    expect(findEnglishQuantities("ranked in China's top 50").map((q) => q.approx)).toEqual([null]);
    expect(findEnglishQuantities('sales topped 100 million yuan').map((q) => q.approx)).toEqual(['over']);
    expect(findEnglishQuantities('exports top 100 million yuan').map((q) => q.approx)).toEqual(['over']);
  });
});

const ARTICLE = [
  '江州高校毕业生去向与体质测试',
  '2025-06-20 江州日报',
  '本报讯（记者林青）江州市今年第二季度个人电脑（PC）出货量约为86万台，AI PC渗透率为21%。',
  '江州学院去年毕业生中约三成进入全球排名前100的高校深造。',
  '全市中小学生体质健康测试合格率去年为91.5%，今年目标为93%。江州一中学生体质健康测试优良率达到58.2%。',
  '全市高血压患者规范管理率达到82.4%，血压控制率为61.7%，分别比2020年提高6.5个和2.9个百分点。',
  '江州法院于去年上线“智审”系统（ZS-3.0版），通过比对12类数据辅助审查；系统运行半年来确认虚假诉讼案件186件。',
  '志愿者每服务1小时可获得10个积分。江州选手越过4米65夺冠，男子100米冠军成绩为10秒11。参赛选手中“00后”占比超过六成。',
].join('\n');

describe('verifying summaries of an article with these forms', () => {
  const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-26', '2025-06-20'));

  it('finds the acronym of "AI PCs" in the source’s (PC)', () => {
    expect(issues('en', 'The penetration rate of AI PCs reached 21% in the second quarter.')).toEqual([]);
  });

  it('checks the rank, the half year, the points, the height, the race and the generation', () => {
    expect(issues('en', 'About 30% of last year\'s graduates went on to universities in the global top 100.')).toEqual([]);
    expect(issues('en', 'In its first six months the system confirmed 186 fake lawsuits.')).toEqual([]);
    expect(issues('en', 'In its first eight months the system confirmed 186 fake lawsuits.')).not.toEqual([]);
    expect(issues('en', 'Volunteers earn 10 points for each hour of service.')).toEqual([]);
    expect(issues('en', 'The winner cleared 4.65 metres.')).toEqual([]);
    expect(issues('en', 'The winner cleared 4.56 metres.')).not.toEqual([]);
    expect(issues('en', "The men's 100m was won in 10.11 seconds.")).toEqual([]);
    expect(issues('en', 'More than 60% of the athletes were born in or after 2000.')).toEqual([]);
    expect(issues('en', 'More than 60% of the athletes were born in or after 1990.')).not.toEqual([]);
  });

  it("takes no figure from a system's version code (ZS-3.0版)", () => {
    const withCourt = summaryIssues(analyzeText(ARTICLE, 'reading-rules-26', '2025-06-20'), [{ zh: '江州法院', en: 'Jiangzhou Court', type: 'organization' }]);
    expect(withCourt('zh', '江州法院的“智审”系统通过比对12类数据辅助审查。')).toEqual([]);
    expect(withCourt('zh', '江州法院的“智审”系统通过比对3类数据辅助审查。')).not.toEqual([]);
  });

  it('pairs points listed after 分别 with the rates before it in order', () => {
    expect(issues('en', 'The management rate reached 82.4%, up 6.5 percentage points from 2020.')).toEqual([]);
    expect(issues('en', 'The control rate was 61.7%, up 2.9 percentage points from 2020.')).toEqual([]);
    expect(issues('en', 'The control rate was 61.7%, up 6.5 percentage points from 2020.')).not.toEqual([]);
    expect(issues('zh', '血压控制率为61.7%，比2020年提高6.5个百分点。')).not.toEqual([]);
  });

  it('reads a target clause (今年目标为93%) as going on with the measure before it', () => {
    expect(issues('en', 'The city aims to raise the pass rate in student fitness tests to 93% this year from 91.5% last year.')).toEqual([]);
  });
});
