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

const SECOND_ROUND = [
  '江州港航运与跳水赛事',
  '2025-06-20 江州日报',
  '本报讯（记者林青）6月18日，江州市交通运输局发布《2024年度全市水运发展报告》。报告显示，2024年江州港船舶通航量达到12.6万艘次，同比增长5.2%。',
  '江州机场旅客吞吐量达2860万人次，同比增长8.1%；其中国际及地区旅客吞吐量142万人次，同比增长55%。',
  '江州市计划到2027年建成社区充电站40个，目前已建成13个，总功率约52兆瓦。',
  '该气田平均渗透率不到0.8毫达西。市应急管理局将对近三年发生过事故的企业开展复查。',
  '女子3米板决赛中，江州选手总分356.20分，比第二名的331.45分高出24.75分夺冠。',
  '交易对方承诺，标的公司2026年至2027年净利润分别不低于0.85亿元和0.95亿元。',
].join('\n');

describe('readings after the first look at sets 128 to 131', () => {
  const issues = summaryIssues(analyzeText(SECOND_ROUND, 'reading-rules-26b', '2025-06-20'));

  it('counts the trips of ships as trips', () => {
    expect(issues('en', 'Vessel traffic at Jiangzhou port reached 126,000 trips in 2024, up 5.2%.')).toEqual([]);
    expect(issues('en', 'Vessel traffic at Jiangzhou port reached 162,000 trips in 2024, up 5.2%.')).not.toEqual([]);
  });

  it('reads 其中 after a semicolon as a part of all the sentence said, and 目前 as going on with its subject', () => {
    expect(issues('en', 'International and regional passenger traffic at the airport reached 1.42 million, up 55%.')).toEqual([]);
    expect(issues('en', 'International and regional passenger traffic at the airport reached 28.6 million, up 55%.')).not.toEqual([]);
    expect(issues('en', 'The 13 community charging stations Jiangzhou has built so far have about 52 megawatts of capacity.')).toEqual([]);
  });

  it('reads millidarcies, the past three years after 对, and a release day after a long name', () => {
    expect(issues('en', 'The gas field has an average permeability below 0.8 millidarcy.')).toEqual([]);
    expect(issues('en', 'The gas field has an average permeability of 0.8 millidarcy.')).not.toEqual([]);
    expect(issues('en', 'Firms that had accidents in the past three years will be checked again.')).toEqual([]);
    const withBureau = summaryIssues(analyzeText(SECOND_ROUND, 'reading-rules-26b', '2025-06-20'), [{ zh: '江州市交通运输局', en: 'Jiangzhou Municipal Transport Bureau', type: 'organization' }]);
    expect(withBureau('en', 'Vessel traffic reached 126,000 trips in 2024, according to a report released by the Jiangzhou Municipal Transport Bureau on June 18.')).toEqual([]);
  });

  it("reads scores before 高出, and the women's 3m springboard as metres", () => {
    expect(read('江州选手总分356.20分，比第二名的331.45分高出24.75分。').map((q) => q[0])).toEqual(['356.20分', '第二名', '331.45分', '24.75分']);
    expect(issues('en', "The runner-up in the women's 3m springboard scored 331.45 points.")).toEqual([]);
  });

  it('bounds every figure of a 分别 list by the qualifier written before the first', () => {
    expect(read('净利润分别不低于0.85亿元和0.95亿元。').map((q) => q[4])).toEqual(['at_least', 'at_least']);
  });

  it('reads "second-tier" as no duration, while "11-year-old" stays one; AC is no name', () => {
    expect(findEnglishQuantities('five first-tier and 14 second-tier corridors').map((q) => [q.value, q.kind])).toEqual([[14, 'count']]);
    expect(findEnglishQuantities('an 11-year-old record').map((q) => [q.value, q.kind])).toEqual([[11, 'duration']]);
    expect(issues('en', 'Jiangzhou has built 13 stations with AC chargers so far.')).toEqual([]);
  });

  it("knows the gloss of a topic term as a name the source states (麋鹿: Père David's deer)", () => {
    const deer = ['江州麋鹿种群扩大', '2025-06-20 江州日报', '本报讯（记者林青）江州湿地保护区麋鹿数量达到2130头。麋鹿野化放归工作持续推进，麋鹿栖息地面积扩大。'].join('\n');
    const check = summaryIssues(analyzeText(deer, 'reading-rules-26c', '2025-06-20'));
    expect(check('en', "The reserve's herd of Père David's deer reached 2,130.")).toEqual([]);
    expect(check('en', "The reserve's herd of Pere David's deer reached 2,130.")).toEqual([]);
    expect(check('en', "The reserve's herd of Sika deer reached 2,130.")).not.toEqual([]);
  });
});

const THIRD_ROUND = [
  '江州电机与铁路调图',
  '2025-06-20 江州日报',
  '本报讯（记者林青）江州动力科技有限公司上半年实现营收6.2亿元，同比增长12.4%，但毛利率同比下降1.8个百分点，降至21.3%。',
  '江州湿地保护区近5年水鸟数量由约2.1万只增至3.4万只。预约等候时间由高峰期的近3个月缩短至约2周。',
  '男子单人滑比赛中，江州选手自由滑得到171.25分。该公司9月两次上调报价。',
  '全市普通话水平测试达标率96.7%，师范生中达到二级甲等及以上的比例为87.4%，测试人数同比增长9.8%。',
].join('\n');

describe('readings after the first look at sets 132 to 135', () => {
  const issues = summaryIssues(analyzeText(THIRD_ROUND, 'reading-rules-26d', '2025-06-20'));

  it('pairs points with the level they bring a rate to, written after them (下降1.8个百分点，降至21.3%)', () => {
    expect(issues('en', 'Its gross margin fell 1.8 percentage points to 21.3%.')).toEqual([]);
    expect(issues('en', 'Its gross margin fell 1.8 percentage points to 12.4%.')).not.toEqual([]);
  });

  it('reads 近5年 before its subject as the past five years, and 的近3个月 as nearly three months', () => {
    expect(issues('en', 'Waterbird numbers in the reserve rose from about 21,000 to 34,000 over the past five years.')).toEqual([]);
    expect(issues('en', 'Waiting times were cut to about two weeks from nearly three months at the peak.')).toEqual([]);
    expect(issues('en', 'Waiting times were cut to about two weeks from three months at the peak.')).not.toEqual([]);
  });

  it('reads a free skate score after 得到, and "twice" after a verb as how often', () => {
    expect(issues('en', 'The skater scored 171.25 points in the free skate.')).toEqual([]);
    expect(issues('en', 'The company raised its quotes twice in September.')).toEqual([]);
    expect(findEnglishQuantities('output was twice the level of 2020').map((q) => q.kind)).toEqual(['multiple', 'year']);
  });

  it('reads "rise by 198 to 9,872" as a change and a level, "by about 800 to 1,000 yuan" as a range', () => {
    expect(findEnglishQuantities('services will rise by 198 to 9,872').map((q) => [q.value, q.valueMax])).toEqual([[198, null], [9872, null]]);
    expect(findEnglishQuantities('income will rise by about 800 to 1,000 yuan').map((q) => [q.value, q.valueMax])).toEqual([[800, 1000]]);
  });

  it('reads no figure in a grade label (level 2-A), no period in "half-yearly", and "or higher" as no rise', () => {
    expect(findEnglishQuantities('reached level 2-A or higher')).toEqual([]);
    expect(findEnglishQuantities('its first half-yearly revenue growth')).toEqual([]);
    expect(issues('en', 'Among teacher-training students, 87.4% reached level 2-A or higher.')).toEqual([]);
  });
});

const FOURTH_ROUND = [
  '江州焦炭降价与供暖',
  '2025-10-20 江州日报',
  '本报讯（记者林青）这是今年以来焦炭价格第三轮提降，累计降幅达150元/吨至180元/吨。',
  '主犯李某被判处有期徒刑3年6个月，并处罚金10万元。手术历时约4个半小时。',
  '10月25日至27日全市最低气温将降至零下2℃至零下5℃。江州刀具公司数控刀片销量超过1.8亿片。',
].join('\n');

describe('readings after the first look at sets 136 to 139', () => {
  const issues = summaryIssues(analyzeText(FOURTH_ROUND, 'reading-rules-26e', '2025-10-20'));

  it('reads a range whose ends each carry their denominator (150元/吨至180元/吨)', () => {
    expect(read('累计降幅达150元/吨至180元/吨。').map((q) => q[0])).toEqual(['150元/吨至180元']);
    expect(issues('en', 'The cumulative cut reached 150-180 yuan a tonne.')).toEqual([]);
    expect(issues('en', 'The cumulative cut reached 150-190 yuan a tonne.')).not.toEqual([]);
  });

  it('reads years and months (3年6个月) and a whole number and a half of hours (约4个半小时) as one stretch', () => {
    expect(issues('en', 'The main culprit was sentenced to three and a half years in prison.')).toEqual([]);
    expect(issues('en', 'The main culprit was sentenced to four and a half years in prison.')).not.toEqual([]);
    expect(issues('en', 'The operation took about four and a half hours.')).toEqual([]);
    expect(issues('en', 'The operation took about five and a half hours.')).not.toEqual([]);
  });

  it('reads "between minus 2 and minus 5 degrees" as two temperatures below zero, "Double 11" as a name, CNC as no name', () => {
    expect(issues('en', 'Lows will drop to between minus 2 and minus 5 degrees Celsius.')).toEqual([]);
    expect(findEnglishQuantities('as the Double 11 shopping festival approaches')).toEqual([]);
    expect(issues('en', 'The firm sold more than 180 million CNC inserts.')).toEqual([]);
  });
});

describe('readings after the measurement of sets 140 to 143', () => {
  const FIFTH = [
    '江州火龙果上市',
    '2025-08-20 江州日报',
    '本报讯（记者林青）新品种糖度可达20度，比普通品种高出约2度。石墨烯薄膜方阻不超过300欧姆。',
    '男子全能决赛中，江州选手以84.2分夺冠，比第二名高出0.4分。江州地铁3号线全长28公里，配备核磁共振设备的实验室有3个。',
  ].join('\n');
  const issues = summaryIssues(analyzeText(FIFTH, 'reading-rules-26f', '2025-08-20'));

  it('reads 度 as sugar when the sentence named 糖度 before, ohms, and a score after 夺冠', () => {
    expect(issues('en', 'The new variety is about two degrees sweeter than ordinary ones.')).toEqual([]);
    expect(issues('en', 'The film has a sheet resistance of no more than 300 ohms.')).toEqual([]);
    expect(issues('en', 'The film has a sheet resistance of no more than 200 ohms.')).not.toEqual([]);
    expect(issues('en', 'The winner finished 0.4 points ahead of the runner-up.')).toEqual([]);
    expect(issues('en', 'The winner finished 0.6 points ahead of the runner-up.')).not.toEqual([]);
  });

  it('reads Metro and NMR as no names to source', () => {
    expect(issues('en', "The city's Metro Line 3 runs 28 kilometres.")).toEqual([]);
    expect(issues('en', 'In all, three labs have NMR equipment.')).toEqual([]);
  });
});

describe('a year slip into the year of publication (after the measurement of sets 144 to 147)', () => {
  const PLAN = [
    '江州背街小巷改造',
    '2025-06-18 江州日报',
    '本报讯（记者林青）今年起全市将推行“街长制”长效管理机制；预计到2026年底，全市背街小巷达标率将达到85%以上，目前该比例为62%。',
    '江州钼业2025年钼产量1.86万吨，同比增长6.3%；今年计划钼产量为1.9万至2万吨。',
  ].join('\n');
  const issues = summaryIssues(analyzeText(PLAN, 'reading-rules-26g', '2025-06-18'));

  it('checks "by the end of 2025" against the 2026年底 of its own part, not the 今年 of another', () => {
    expect(issues('en', 'The share of alleys meeting the standard is expected to exceed 85% by the end of 2026, up from 62% now.')).toEqual([]);
    expect(issues('en', 'The share of alleys meeting the standard is expected to exceed 85% by the end of 2025, up from 62% now.')).not.toEqual([]);
    expect(issues('zh', '预计到2025年底，全市背街小巷达标率将达到85%以上。')).not.toEqual([]);
  });

  it('still takes 今年 where a figure of the summary sentence stands in its part', () => {
    expect(issues('en', 'The company plans to produce 19,000 to 20,000 tonnes this year after its 2025 output rose 6.3% to 18,600 tonnes.')).toEqual([]);
  });
});
