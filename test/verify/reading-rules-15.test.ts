/**
 * Reading rules added after blind sets 44 to 47 (see fixtures/llm/README.md), on a synthetic
 * article (not the sets' wording): the end of a clock span keeps its part of the day (晚上8时至11时),
 * decibels, 低于70分贝的国家限值 as a comparison, "within four to six seconds" as a time frame,
 * "degrees of freedom", "5:3:2", "or taller", "beyond", "about 3%-5%", titles the summary quotes,
 * Asian, number words opening a sentence, ratios written "1 to 3,200" and a year's output. Each rule is checked for the correct wording and for
 * the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '江州噪声投诉下降 “静夜”行动将启动',
  '2025-10-21 江州日报',
  '本报讯（记者林青）抛物案件中，约三分之一发生在晚上9时至11时。城区道路交通噪声平均为66.8分贝，低于70分贝的国家限值。',
  '重点区域首报预警时间由7至10秒缩短至4至6秒。机器人身高1.62米，拥有40个自由度。所需资金由省、市、县按5:3:2比例分担。',
  '涉事楼房六成以上为12层以上。超过12公里的部分每公里收费2.4元。虚拟电厂调节能力约占最高负荷的3%—5%。',
  '专职心理健康教师与学生的配比达到1∶3200左右，优于不低于1∶4000的标准。江州页岩气公司今年产量为52.6亿立方米，全省年产量力争到2027年达到300亿立方米。',
  '剧团上演经典剧目《白蛇传》。龙家豪以4.81秒的成绩夺冠，距其保持的4.75秒亚洲纪录仅差0.06秒。19岁的邓雨菲以6.15秒夺得女子速度赛金牌。',
].join('\n');

const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-15', '2025-10-21'));

describe('reading rules after blind sets 44 to 47', () => {
  it('reads clock spans, decibels and a limit compared with', () => {
    expect(issues('en', 'About one-third of the throwing cases took place between 9 p.m. and 11 p.m.')).toEqual([]);
    expect(issues('en', 'About one-third of the throwing cases took place between 9 p.m. and 10 p.m.')).not.toEqual([]);
    expect(issues('en', 'Road traffic noise averaged 66.8 decibels, below the national limit of 70 decibels.')).toEqual([]);
    expect(issues('en', 'Road traffic noise averaged 68.6 decibels, below the national limit of 70 decibels.')).not.toEqual([]);
  });

  it('reads time frames, degrees of freedom, split ratios and bounds in words', () => {
    expect(issues('en', 'The first alert now goes out within four to six seconds, down from seven to 10 seconds.')).toEqual([]);
    expect(issues('en', 'The first alert now goes out within three to six seconds, down from seven to 10 seconds.')).not.toEqual([]);
    expect(issues('en', 'The robot stands 1.62 metres tall and has 40 degrees of freedom.')).toEqual([]);
    expect(issues('en', 'Costs are shared among the province, cities and counties in a 5:3:2 ratio.')).toEqual([]);
    expect(issues('en', 'More than 60% of the buildings were 12 storeys or taller.')).toEqual([]);
    expect(issues('en', 'More than 60% of the buildings were 12 storeys.')).not.toEqual([]);
    expect(issues('en', 'The portion of a trip beyond 12 kilometres costs 2.4 yuan per kilometre.')).toEqual([]);
    expect(issues('en', 'Virtual power plants can cover about 3%-5% of peak load.')).toEqual([]);
    expect(issues('en', 'Virtual power plants can cover about 3%-8% of peak load.')).not.toEqual([]);
  });

  it('takes a quoted title, Asian and a number word opening a sentence as no unknown name', () => {
    expect(issues('en', 'The troupe staged the classic "The Legend of the White Snake".')).toEqual([]);
    expect(issues('en', 'Long Jiahao won in 4.81 seconds, 0.06 seconds off his own Asian record of 4.75 seconds.')).toEqual([]);
    expect(issues('en', 'Long Jiahao won in 4.81 seconds, 0.06 seconds off his own African record of 4.75 seconds.')).not.toEqual([]);
    expect(issues('en', 'Nineteen-year-old Deng Yufei won the women\'s speed event in 6.15 seconds.')).toEqual([]);
  });

  it('reads a ratio written "1 to 3,200" and a year\'s output as output', () => {
    expect(issues('en', 'The ratio of counsellors to students is about 1 to 3,200, better than the minimum of 1 to 4,000.')).toEqual([]);
    expect(issues('en', 'The ratio of counsellors to students is about 1 to 2,300, better than the minimum of 1 to 4,000.')).not.toEqual([]);
    expect(issues('en', 'The province targets annual shale gas output of 30 billion cubic metres by 2027.')).toEqual([]);
    expect(issues('zh', '江州页岩气公司今年产量为52.6亿立方米。')).toEqual([]);
  });
});
