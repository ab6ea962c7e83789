/**
 * Reading rules added after the first looks at blind sets 56 to 59 and 60 to 63 (see
 * fixtures/llm/README.md), on synthetic articles (not the sets' wording): "or so" after a figure, "no
 * lower than", "a third straight year", fuel grades, set scores, "a double round-robin", 各 giving one
 * figure to each party, acronyms (CAAC, NPL), Sino-, Grade-B, the Jin dynasty, "peaked at a record",
 * scores in a Chinese sentence; then "and above the level of", languages, ring roads, "handed over",
 * "a million times a day", 最长 and 近三年新增 in the source, "its first four months", average prices.
 * Each rule is checked for the correct wording and for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';
import { splitSummarySentences } from '../../src/verify/split-summary-sentences.js';

const ARTICLE = [
  '江州教室空调安装基本完成',
  '2025-06-20 江州日报',
  '本报讯（记者林青）全市约97%的教室已安装空调，剩余约3%将于明年暑假前安装。今年暑期还将在126所学校食堂和宿舍安装约4100台。室内温度高于28摄氏度时开启空调，设定温度不低于26摄氏度。',
  '全省今年下半年将培训体重管理专科医师和营养师各500名左右。中外合作办学项目收费另行确定。超过四成新增需求来自从乙级写字楼升级至甲级写字楼的企业。',
  '本轮调价后，92号汽油每升降低0.18元，0号柴油每升降低0.19元。全国民航航班正常率为89.6%，连续三年保持在85%以上。民航局运输司副司长吴建国介绍，天气原因占不正常航班的57.3%。',
  '第一阶段14支球队采用双循环赛制，共进行182场比赛。卫冕冠军天津女排以3∶0战胜浙江女排，三局比分分别为25∶21、25∶18、25∶23。',
  '慈云寺木塔建于1143年金代，塔高48.6米。全省普惠小微企业不良贷款率为1.21%。储气库日注气量最高达到3120万立方米，创历史新高。',
].join('\n');

const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-17', '2025-06-20'));

describe('reading rules after blind sets 56 to 59', () => {
  it('reads "or so", "no lower than" and "peaked at a record" as the source\'s qualifiers', () => {
    expect(issues('en', 'The remaining 3% or so of classrooms will be fitted before next summer.')).toEqual([]);
    expect(issues('en', 'Another 4,100 or so units will be installed this summer.')).toEqual([]);
    expect(issues('en', 'The remaining 3% of classrooms will be fitted before next summer.').join(' ')).toContain('drops the qualifier');
    expect(issues('en', 'Thermostats are set no lower than 26 degrees Celsius.')).toEqual([]);
    expect(issues('en', 'Thermostats are set below 26 degrees Celsius.')).not.toEqual([]);
    expect(issues('en', 'Daily injection peaked at a record 31.2 million cubic metres.')).toEqual([]);
    expect(issues('en', 'Daily injection was a record 31.2 million cubic metres.').join(' ')).toContain('drops the qualifier');
  });

  it('takes one figure given to each party, ordinals, fuel grades, set scores and a round-robin as no slips', () => {
    expect(issues('en', 'The province will train around 500 weight-management specialists and around 500 dietitians.')).toEqual([]);
    expect(issues('en', 'The on-time rate was 89.6%, above 85% for a third straight year.')).toEqual([]);
    expect(issues('en', 'The on-time rate was 89.6%, above 85% for a third of the year.')).not.toEqual([]);
    expect(issues('en', 'That works out to 0.18 yuan per litre for 92-octane gasoline.')).toEqual([]);
    expect(issues('en', 'That works out to 0.81 yuan per litre for 92-octane gasoline.')).not.toEqual([]);
    expect(issues('en', 'Fourteen teams play 182 matches in a double round-robin first stage.')).toEqual([]);
    expect(issues('en', 'Tianjin won with a 25-21, 25-18, 25-23 sweep.')).toEqual([]);
    expect(issues('zh', '天津女排以3∶0战胜浙江女排。')).toEqual([]);
  });

  it('knows CAAC, NPL, Sino-, Grade-B and the Jin dynasty where the source names them', () => {
    expect(issues('en', 'Weather accounted for 57.3% of irregular flights, the CAAC said.')).toEqual([]);
    expect(issues('en', 'The NPL ratio for inclusive small-business loans was 1.21%.')).toEqual([]);
    expect(issues('en', 'Fees for Sino-foreign joint programmes are set separately.')).toEqual([]);
    expect(issues('en', 'More than 40% of new demand came from firms moving from Grade-B to Grade-A offices.')).toEqual([]);
    expect(issues('en', 'Built in 1143 under the Jin dynasty, the pagoda stands 48.6 metres tall.')).toEqual([]);
    expect(issues('en', 'Built in 1143 under the Song dynasty, the pagoda stands 48.6 metres tall.').join(' ')).toContain('Song');
  });

  it('ends a sentence after a temperature in degrees (°C.), not after an initial', () => {
    const texts = (t: string): string[] => splitSummarySentences(t, 'en').map((x) => x.text);
    expect(texts('Figure (February): about 1.5 °C. Area rise (February): about 12%.')).toEqual(['Figure (February): about 1.5 °C.', 'Area rise (February): about 12%.']);
    expect(texts('Chen J. Wang said the U.S. market grew.')).toEqual(['Chen J. Wang said the U.S. market grew.']);
  });

  it('reads the rules after blind sets 60 to 63', () => {
    const round = summaryIssues(analyzeText([
      '江州机场口岸出入境人数增长',
      '2025-10-15 江州日报',
      '本报讯（记者林青）今年前三季度，江州机场口岸出入境人员达287万人次，同比增长37.2%，超过2019年同期水平。机场提供英语、泰语等7种语言服务。',
      '摩托车可在三环路以外112条道路通行。全市共享单车日均骑行约128万次。村民已主动上交陨石34块。',
      '基层单次最长可开具12周用量。加上近三年新增的约12万亩幼树陆续进入结果期。',
      '该款拉杆箱上市4个月销量超过12万只。一带一路沿线国家占全市医疗器械出口的53.7%。',
      'N型复投料成交均价为4.79万元/吨，环比上涨3.9%。业内预计价格将在5万元上下波动。',
    ].join('\n'), 'reading-rules-17-round-four', '2025-10-15'));
    expect(round('en', 'Border crossings reached 2.87 million in the first three quarters, up 37.2% and above the level of the same period of 2019.')).toEqual([]);
    expect(round('en', 'Border crossings reached 2.87 million in the first three quarters, up 27.2% and above the level of the same period of 2019.')).not.toEqual([]);
    expect(round('en', 'The airport offers services in seven languages, including English and Thai.')).toEqual([]);
    expect(round('en', 'Motorcycles may use 112 roads outside the Third Ring Road.')).toEqual([]);
    expect(round('en', 'Shared bikes are used about 1.28 million times a day.')).toEqual([]);
    expect(round('en', 'Shared bikes are used about 12.8 million times a day.')).not.toEqual([]);
    expect(round('en', 'Villagers have handed over 34 meteorites.')).toEqual([]);
    expect(round('en', 'Villagers have handed over 43 meteorites.')).not.toEqual([]);
    expect(round('en', 'Primary clinics can prescribe up to 12 weeks of medicine at a time.')).toEqual([]);
    expect(round('en', 'About 120,000 mu of young trees planted over the past three years are coming into bearing.')).toEqual([]);
    expect(round('en', 'The trolley case sold more than 120,000 units in its first four months.')).toEqual([]);
    expect(round('en', 'Belt and Road Initiative countries took 53.7% of the city\'s medical device exports.')).toEqual([]);
    expect(round('en', 'The average transaction price of N-type polysilicon rose 3.9% to 47,900 yuan per tonne.')).toEqual([]);
  });

  it('reads a player\'s points as the points the source totals (积19分)', () => {
    const chess = summaryIssues(analyzeText([
      '全国象棋个人赛落幕',
      '2025-11-18 江州日报',
      '本报讯（记者林青）何子谦以8胜3和积19分的不败战绩夺得男子组冠军，上届冠军孙浩宇积18分屈居亚军。',
    ].join('\n'), 'reading-rules-17-chess', '2025-11-18'));
    expect(chess('en', 'He Ziqian won the title unbeaten, with eight wins and three draws for 19 points.')).toEqual([]);
    expect(chess('en', 'Defending champion Sun Haoyu finished second on 18 points.')).toEqual([]);
    expect(chess('en', 'Defending champion Sun Haoyu finished second on 81 points.')).not.toEqual([]);
  });
});
