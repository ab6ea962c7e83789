/**
 * Reading rules added in session 14 after the first look at blind sets 228 to 231 (see
 * fixtures/llm/README.md), on synthetic articles (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { countsOtherThings } from '../../src/verify/counted-things.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { englishMeasure } from '../../src/verify/figure-context.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 14', () => {
  const english = (text: string): [string, string, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-10-20' }).map((q) => [q.text, q.kind, q.value, q.approx]);
  const chinese = (text: string): [string, string, unknown][] =>
    findQuantities(text, { referenceDate: '2025-10-20' }).map((q) => [q.text, q.kind, q.value]);

  it('reads "a 70-and-over group" as 70 or more, as "70 and over" is', () => {
    expect(english('The meet added a 70-and-over group.')).toEqual([['70-and-over', 'count', 70, 'over']]);
    expect(english('The meet added a group for 70 and over.')).toEqual([['70 and over', 'count', 70, 'over']]);
  });

  it('gives a scaled number listed before money the money\'s unit, keeping its own value', () => {
    const read = findEnglishQuantities('Deals came to 86 billion, 54 billion and 21 billion yuan respectively.');
    expect(read.map((q) => [q.kind, q.unit, q.value])).toEqual([
      ['money', 'CNY', 86e9],
      ['money', 'CNY', 54e9],
      ['money', 'CNY', 21e9],
    ]);
  });

  it('reads a race time after "in" or "time of" as minutes and seconds, and a clock time after "at" as the clock', () => {
    expect(english('The crew won in 15:48, improving on its time of 16:10.')).toEqual([
      ['15:48', 'duration', 948, null],
      ['16:10', 'duration', 970, null],
    ]);
    expect(english('The ferry left at 15:48.').map(([text, kind]) => [text, kind])).toEqual([['15:48', 'duration']]);
    expect(findEnglishQuantities('The ferry left at 15:48.')[0]?.unit).toBe('clock');
  });

  it('reads 7、8月 as two months, and leaves 第7、8名 alone', () => {
    expect(chinese('机场7、8月旅客吞吐量超过180万人次。')).toEqual([
      ['7', 'date', '2025-07'],
      ['8月', 'date', '2025-08'],
      ['超过180万人次', 'count', 1800000],
    ]);
    expect(chinese('两队分列第7、8名。').some(([, kind]) => kind === 'date')).toBe(false);
  });
});

const ARTICLE = [
  '江城工业与文旅动态',
  '2025-10-20 江城日报',
  '今年前三季度，江城规上工业增加值同比增长6.1%。全市规上工业实现营业收入980亿元，利润总额约52亿元，而去年同期利润总额仅为23.5亿元。',
  '本次发行吸引了46家机构投资者参与，认购倍数达4.6倍，明显高于去年发行时的3.1倍。',
  '从签约领域看，新能源、装备制造和农产品加工位列前三，签约额分别为860亿元、540亿元和210亿元。',
  '江城机场7、8月旅客吞吐量超过180万人次，同比增长6.2%。',
  '在古城经营客栈已有11年的李梅说，今年8月她的12间客房几乎天天满房，但预计11月后入住率会回落到四成左右。',
  '江城洞景区8月3日单日接待游客9860人次，创开园以来新高。景区每天限流1.5万人次，分时段预约入洞。',
  '龙舟赛在宽度仅约8米的河涌中进行，赛道全长约1.2公里，沿途有7个近90度的急弯。',
  '女子组冠军由江城大学队获得，成绩为15分48秒，比该队去年的16分10秒提高了22秒。',
  '本届老年乒乓球赛首次设立70岁以上组别，共有21名选手报名。5月15日是第32个“防治碘缺乏病日”。',
].join('\n');

describe('summaries of the article (session 14)', () => {
  const analyzed = analyzeText(ARTICLE, 'reading-rules-31', '2025-10-20');
  const issues = summaryIssues(analyzed);

  it('dates a figure by its own clause, not by the time of a later clause set against it (…，而去年同期…)', () => {
    expect(issues('zh', '前三季度江城规上工业利润总额约52亿元，是去年同期23.5亿元的两倍多。')).toEqual([]);
    expect(issues('zh', '前三季度江城规上工业利润总额约52亿元，是去年同期23.5亿元的三倍多。')).not.toEqual([]);
    expect(issues('zh', '前三季度江城规上工业利润总额约62亿元，是去年同期23.5亿元的两倍多。')).not.toEqual([]);
  });

  it('takes 高于 an earlier time\'s level as a comparison of two exact levels', () => {
    expect(issues('en', 'The issue was 4.6 times subscribed, compared with 3.1 times last year.')).toEqual([]);
    expect(issues('en', 'The issue was 4.6 times subscribed, compared with 3.4 times last year.')).not.toEqual([]);
  });

  it('checks each scaled number of a list that writes its unit once', () => {
    expect(issues('en', 'New energy, equipment and farm produce led the deals, with 86 billion, 54 billion and 21 billion yuan respectively.')).toEqual([]);
    expect(issues('en', 'New energy, equipment and farm produce led the deals, with 86 billion, 45 billion and 21 billion yuan respectively.')).not.toEqual([]);
  });

  it('reads 7、8月 as July and August, and "the two months" as their span', () => {
    expect(issues('en', 'Jiangcheng airport handled more than 1.8 million passengers in July and August, up 6.2% year on year.')).toEqual([]);
    expect(issues('en', 'Jiangcheng airport handled more than 1.8 million passengers in June and August, up 6.2% year on year.')).not.toEqual([]);
    expect(issues('en', 'Passenger traffic at the airport rose 6.2% to more than 1.8 million over the two months.')).toEqual([]);
    expect(issues('en', 'Passenger traffic at the airport rose 6.2% to more than 1.8 million over the three months.')).not.toEqual([]);
  });

  it('does not date a count hyphenated into a modifier ("her 12-room inn") by the clause\'s time', () => {
    expect(issues('en', 'Li Mei expects occupancy at her 12-room inn to fall back to around 40% after November.')).toEqual([]);
    expect(issues('en', 'Li Mei expects occupancy at her 12-room inn to fall back to around 50% after November.')).not.toEqual([]);
  });

  it('reads 限流 as a cap, and a figure stated plainly is no rival for it', () => {
    const issues = summaryIssues(analyzed, [{ zh: '江城洞景区', en: 'Jiangcheng Cave', type: 'place' }]);
    expect(issues('en', 'The Jiangcheng Cave scenic area caps visitor numbers at 15,000 a day.')).toEqual([]);
    expect(issues('en', 'Daily visits to the Jiangcheng Cave scenic area are limited to 15,000.')).toEqual([]);
    expect(issues('en', 'The Jiangcheng Cave scenic area caps visitor numbers at 9,860 a day.')).not.toEqual([]);
    expect(issues('en', 'The Jiangcheng Cave scenic area caps visitor numbers at 16,000 a day.')).not.toEqual([]);
  });

  it('reads 度 of a bend as an angle', () => {
    expect(issues('en', 'The course of about 1.2 kilometres has seven sharp bends of nearly 90 degrees.')).toEqual([]);
    expect(issues('en', 'The course of about 1.2 kilometres has seven sharp bends of nearly 80 degrees.')).not.toEqual([]);
  });

  it('checks a race time written with a colon', () => {
    expect(issues('en', 'Jiangcheng University took the women\'s title in 15:48, improving on its time of 16:10 last year.')).toEqual([]);
    expect(issues('en', 'Jiangcheng University took the women\'s title in 15:58, improving on its time of 16:10 last year.')).not.toEqual([]);
  });

  it('keeps the bound of "a 70-and-over group", and knows Iodine Deficiency Disorders for 碘缺乏病', () => {
    expect(issues('en', 'The veterans\' table tennis meet introduced a 70-and-over group for the first time, drawing 21 entries.')).toEqual([]);
    expect(issues('en', 'The veterans\' table tennis meet introduced a 70 group for the first time, drawing 21 entries.')).not.toEqual([]);
    expect(issues('en', 'May 15 was the 32nd Iodine Deficiency Disorders Prevention Day.')).toEqual([]);
    expect(issues('en', 'May 15 was the 32nd Fluoride Deficiency Disorders Prevention Day.')).not.toEqual([]);
  });
});

describe('forms read in session 14 (second part)', () => {
  const english = (text: string): [string, string][] => findEnglishQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind]);
  const chinese = (text: string): [string, string, unknown, unknown][] =>
    findQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind, q.value, q.approx]);

  it('reads a half of a season or of a match as no half of the year', () => {
    expect(english('Five first-half matches drew crowds of more than 10,000.')).toEqual([['10,000', 'count']]);
    expect(english('The second half of the season kicks off on July 26.')).toEqual([['July 26', 'date']]);
    expect(english('Sales rose in the first half.')).toEqual([['first half', 'period']]);
  });

  it('reads every score of a list after "won" as a score', () => {
    expect(english('Huang won her three games 11-7, 11-5 and 11-9.')).toEqual([]);
  });

  it('keeps a Chinese digit of a name out of the number after it, and reads 5毛 and 至少建设10个', () => {
    expect(chinese('村民余阿四8年前因意外失去左腿。')).toEqual([['8年', 'duration', 8, null]]);
    expect(chinese('种球每粒卖到3.5元，比去年涨了5毛。')).toEqual([
      ['3.5元', 'money', 3.5, null],
      ['去年', 'year', '2024', null],
      ['5毛', 'money', 0.5, null],
    ]);
    expect(chinese('长三角地区的企业一毛不拔。')).toEqual([]);
    expect(chinese('每个城市至少建设10个零工驿站。')).toEqual([['至少建设10个', 'count', 10, 'at_least']]);
    expect(chinese('卫辉市降雨量达286毫米，比辉县市的241毫米多45毫米。').map(([text, , , approx]) => [text, approx])).toEqual([
      ['286毫米', null],
      ['241毫米', null],
      ['45毫米', null],
    ]);
  });

  it('tells countries and jobs from ages and people', () => {
    expect(countsOtherThings(' countries and regions', '岁')).toBe(true);
    expect(countsOtherThings(' positions on offer', '人')).toBe(true);
    expect(countsOtherThings(' workers', '人')).toBe(false);
  });

  it('gives a keyword that goes on to a figure of its own to that figure', () => {
    const sentence = 'The crop could be worth 117 million yuan at a purchase price of around 45 yuan per kilogram.';
    const at = sentence.indexOf('117 million yuan');
    expect(englishMeasure(sentence, at, at + '117 million yuan'.length)).toBeNull();
    const price = sentence.indexOf('45 yuan');
    expect(englishMeasure(sentence, price, price + '45 yuan'.length)).toBe('purchase price');
  });
});

const ARTICLE_2 = [
  '呼伦贝尔耐力赛马落幕 120公里冠军用时不到6小时',
  '2025-11-20 北疆日报',
  '120公里组冠军由骑手巴特尔获得，用时5小时47分，平均时速超过20公里。',
  '上半年，北疆牧业净利润4.3亿元，去年同期为2.1亿元。',
  '建房户可享受最长3年、总额不超过20万元的贴息贷款。项目建设期为3年。',
  '东道主北疆队共获得7枚金牌、5枚银牌，金牌数位列第一。',
  '市里将安排专项资金，对更新设备的企业给予补贴，补贴额不超过设备投资额的10%。',
  '全州将建设3个年加工能力万吨以上的产业园区。',
  '据北疆市发改委统计，10月份北疆"平价菜"均价为每斤2.58元，网点数量为186个。',
  '南屯市发改委发布的数据显示，10月份南屯市"平价菜"平均零售价格为每斤2.36元。',
  '暴雨期间，东川区和西川区24小时最大降雨量分别达到286毫米和241毫米。',
  '本次比赛是米兰冬奥会前国内最重要的选拔赛之一。',
].join('\n');

describe('summaries of the second article (session 14)', () => {
  const analyzed = analyzeText(ARTICLE_2, 'reading-rules-31b', '2025-11-20');
  const issues = summaryIssues(analyzed);

  it('takes a span the headline states with the anchor\'s figure as stated of it', () => {
    expect(issues('en', 'The winner of the 120-km race finished in under six hours, averaging more than 20 km per hour.')).toEqual([]);
    expect(issues('en', 'The winner of the 120-km race finished in under five hours, averaging more than 20 km per hour.')).not.toEqual([]);
  });

  it('works out "more than doubled to X from Y" from the two levels', () => {
    expect(issues('en', "Beijiang Animal Husbandry's first-half net profit more than doubled to 430 million yuan from 210 million yuan a year earlier.")).toEqual([]);
    expect(issues('en', "Beijiang Animal Husbandry's first-half net profit more than tripled to 430 million yuan from 210 million yuan a year earlier.")).not.toEqual([]);
  });

  it('reads "for as long as three years" as the source\'s 最长3年, where a plain 3年 stands elsewhere', () => {
    expect(issues('en', 'Households rebuilding homes can get subsidised loans of up to 200,000 yuan for as long as three years.')).toEqual([]);
    expect(issues('en', 'Households rebuilding homes can get subsidised loans of up to 200,000 yuan for as long as five years.')).not.toEqual([]);
  });

  it('reads a medal tally (7金5银) as the medals counted with 枚', () => {
    expect(issues('zh', '东道主北疆队以7金5银位列金牌榜第一。')).toEqual([]);
    expect(issues('zh', '东道主北疆队以7金6银位列金牌榜第一。')).not.toEqual([]);
  });

  it('keeps a share\'s ceiling said before its whole without 的, and reads 万吨以上 as 10,000 tonnes or more', () => {
    expect(issues('zh', '市里对更新设备的企业给予不超过设备投资额10%的补贴。')).toEqual([]);
    expect(issues('zh', '市里对更新设备的企业给予设备投资额10%的补贴。')).not.toEqual([]);
    expect(issues('en', 'The prefecture plans three industrial parks, each with an annual processing capacity of 10,000 tonnes or more.')).toEqual([]);
    expect(issues('en', 'The prefecture plans three industrial parks, each with an annual processing capacity of 20,000 tonnes or more.')).not.toEqual([]);
  });

  it('works out a gap to another party\'s figure stated in a sentence that names the party', () => {
    expect(issues('zh', '10月份北疆"平价菜"均价为每斤2.58元，比南屯高出0.22元。')).toEqual([]);
    expect(issues('zh', '10月份北疆"平价菜"均价为每斤2.58元，比南屯高出0.32元。')).not.toEqual([]);
  });

  it('reads 比…的241毫米多45毫米 as a gap, not "more than 241"', () => {
    expect(issues('zh', '东川区24小时最大降雨量为286毫米，比西川区的241毫米多45毫米。')).toEqual([]);
    expect(issues('zh', '东川区24小时最大降雨量为286毫米，比西川区的241毫米多55毫米。')).not.toEqual([]);
  });

  it('knows the Winter Olympics for 冬奥会', () => {
    expect(issues('en', 'The championships are a key trial ahead of the Winter Olympics.')).toEqual([]);
    expect(issues('en', 'The championships are a key trial ahead of the Paralympics.')).not.toEqual([]);
  });
});

const ARTICLE_3 = [
  '南港开发区化工与生猪市场动态',
  '2025-11-25 南港日报',
  '今年1至5月，开发区化工产业完成产值386亿元，同比增长11.3%；其中化肥产值21.7亿元，同比增长23.6%。',
  '从地市看，东川市出栏均价为每公斤13.05元，为全区最低；西川市为13.58元，两地价差0.53元。',
  '前10个月，九龙山景区门票收入6.9亿元，同比增长9.2%。',
  '目前南港一年内献血2次及以上的固定献血者占血小板献血者的62%。',
].join('\n');

describe('summaries of the third article (session 14)', () => {
  const analyzed = analyzeText(ARTICLE_3, 'reading-rules-31c', '2025-11-25');
  const issues = summaryIssues(analyzed);

  it('takes a rate 高于 another party\'s as that party\'s, where the source states it with the party', () => {
    expect(issues('zh', '今年1至5月，开发区化肥产值同比增长23.6%至21.7亿元，增速高于化工产业整体的11.3%。')).toEqual([]);
    expect(issues('zh', '今年1至5月，开发区化肥产值同比增长11.3%至21.7亿元，增速高于化工产业整体的23.6%。')).not.toEqual([]);
  });

  it('gives a gap to a party (比西川市低0.53元) to no party, where the source states it as a gap', () => {
    expect(issues('zh', '东川市生猪出栏均价为每公斤13.05元，为全区最低，比西川市低0.53元。')).toEqual([]);
    expect(issues('zh', '东川市生猪出栏均价为每公斤13.05元，为全区最低，比西川市低0.63元。')).not.toEqual([]);
  });

  it('reads 前十月 before a name that starts with a numeral as the first ten months', () => {
    expect(issues('zh', '前十月九龙山景区门票收入6.9亿元，同比增长9.2%。')).toEqual([]);
    expect(issues('zh', '前九月九龙山景区门票收入6.9亿元，同比增长9.2%。')).not.toEqual([]);
  });

  it('reads "at least twice" as how often, 2次及以上', () => {
    expect(issues('en', 'Regular donors, who give blood at least twice within a year, make up 62% of platelet donors in Nangang.')).toEqual([]);
    const thrice = analyzeText(ARTICLE_3.replace('2次及以上', '3次及以上'), 'reading-rules-31d', '2025-11-25');
    expect(summaryIssues(thrice)('en', 'Regular donors, who give blood at least twice within a year, make up 62% of platelet donors in Nangang.')).not.toEqual([]);
  });
});

const ARTICLE_4 = [
  '东港外贸与民生动态',
  '2025-10-25 东港日报',
  '从城市看，北湾市进出口3450亿元，同比增长8.9%，增速在沿海7市中居首；南湾市进出口2210亿元，同比增长4.1%。',
  '前三季度，东港出口电动汽车12.7万辆，是去年同期的2.1倍。',
  '从代表团成绩看，甲国代表团获得金牌9枚，乙国代表团获得6枚。',
  '今年1至9月，东港流浪犬收容中心成功送养1860只，同比增长102%，送养率由去年同期的17.4%提高到39.6%。',
  '截至6月18日，全市小麦收获进度超过99%，比去年提前2天基本结束。',
  '截至今年2月底共筛查10.3万人，检出率为9.6%，比2022年同类筛查的11.4%下降1.8个百分点。',
  '全市3至6岁儿童视力筛查率要保持在98%以上。2024年东港共为28.6万名3至6岁在园儿童筛查视力，筛查率达到96.3%。',
  '经过9轮瑞士制比赛和淘汰赛的角逐，东港组合夺得冠军。',
  '全年追偿生态修复费用和赔偿金5.73亿元，是2023年的1.6倍。',
  '前8个月全市化工行业发生事故2起，比去年同期减少3起。',
].join('\n');

describe('summaries of the fourth article (session 14)', () => {
  const analyzed = analyzeText(ARTICLE_4, 'reading-rules-31e', '2025-10-25');
  const issues = summaryIssues(analyzed);

  it('reads the source\'s 居首 as first place, and leaves a summary\'s own 居首 unread', () => {
    expect(issues('zh', '北湾市进出口同比增长8.9%，增速在沿海7市中排名第一。')).toEqual([]);
    expect(issues('zh', '北湾市进出口同比增长8.9%，增速在沿海7市中居首。')).toEqual([]);
  });

  it('keeps "more than" after the day of a date', () => {
    expect(issues('en', 'By June 18 more than 99% of the city\'s wheat had been harvested.')).toEqual([]);
    expect(issues('en', 'By June 18 99% of the city\'s wheat had been harvested.')).not.toEqual([]);
  });

  it('gives points to the level a rate falls to from an earlier level named at length', () => {
    expect(issues('zh', '本次筛查的检出率为9.6%，比2022年同类筛查下降1.8个百分点。')).toEqual([]);
    expect(issues('zh', '本次筛查的检出率为9.6%，比2022年同类筛查下降2.8个百分点。')).not.toEqual([]);
  });

  it('knows Swiss-system for 瑞士制', () => {
    expect(issues('en', 'After nine Swiss-system rounds and knockout matches, the Donggang pair took the title.')).toEqual([]);
  });
});

const ARTICLE_5 = [
  '冬季两项锦标赛与苗木产业动态',
  '2025-12-20 北山日报',
  '在女子15公里个人赛中，22岁的北山选手孟雪以44分37秒8夺冠，比第二名、南山队的张宁快了52秒3。',
  '按照规划，到2027年，鄢城将建成5个千亩以上的标准化苗木示范园。',
  '比赛设青年组（18至35岁）、壮年组（36至50岁）和女子组。',
  '41岁的鄂温克族护林员何春林获得男子10公里第三名。园区保留了7栋苏式红砖楼。',
].join('\n');

describe('summaries of the fifth article (session 14)', () => {
  const analyzed = analyzeText(ARTICLE_5, 'reading-rules-31f', '2025-12-20');
  const issues = summaryIssues(analyzed, [
    { zh: '孟雪', en: 'Meng Xue', type: 'person' },
    { zh: '张宁', en: 'Zhang Ning', type: 'person' },
  ]);

  it('reads 52秒3 as 52.3 seconds', () => {
    expect(issues('en', 'Meng Xue finished 52.3 seconds ahead of Zhang Ning to win the women\'s 15 km individual race.')).toEqual([]);
    expect(issues('en', 'Meng Xue finished 53.2 seconds ahead of Zhang Ning to win the women\'s 15 km individual race.')).not.toEqual([]);
  });

  it('reads 千亩以上 as 1,000 mu or more, and "the 36-to-50 division" as a range', () => {
    expect(issues('en', 'Yancheng plans to build five standardised nursery demonstration parks of 1,000 mu or more each by 2027.')).toEqual([]);
    expect(issues('en', 'Yancheng plans to build five standardised nursery demonstration parks of 2,000 mu or more each by 2027.')).not.toEqual([]);
    expect(issues('en', 'The contest has a 36-to-50 division.')).toEqual([]);
    expect(issues('en', 'The contest has a 36-to-55 division.')).not.toEqual([]);
  });

  it('knows Evenki for 鄂温克 and Soviet for 苏式', () => {
    expect(issues('en', 'He Chunlin, a 41-year-old Evenki forest ranger, came third in the men\'s 10 km race.')).toEqual([]);
    expect(issues('en', 'Seven Soviet-style red-brick buildings were kept.')).toEqual([]);
  });
});

const ARTICLE_6 = [
  '楚江光电业绩',
  '2025-05-10 楚江日报',
  '2024年楚江光电光纤光缆业务收入63.5亿元，同比下降4.2%；今年一季度该业务收入17.1亿元，同比增长8.9%。',
].join('\n');

describe('summaries of the sixth article (session 14)', () => {
  const analyzed = analyzeText(ARTICLE_6, 'reading-rules-31g', '2025-05-10');
  const issues = summaryIssues(analyzed);

  it('gives a rate to the level it rose "to", whatever figure stands before it', () => {
    expect(issues('en', 'The company\'s optical fibre and cable revenue fell 4.2% to 6.35 billion yuan in 2024 but rose 8.9% year on year to 1.71 billion yuan in the first quarter of this year.')).toEqual([]);
    expect(issues('en', 'The company\'s optical fibre and cable revenue fell 8.9% to 6.35 billion yuan in 2024 but rose 4.2% year on year to 1.71 billion yuan in the first quarter of this year.')).not.toEqual([]);
  });
});

const ARTICLE_7 = [
  '南江生育补贴与赛事动态',
  '2025-11-03 南江日报',
  '按照新政，南江市一孩、二孩、三孩家庭分别可领取育儿补贴9000元、6万元和11万元。',
  '本届南江城市棒球联赛共有26支业余球队、约560名球员参赛，共进行118场比赛。',
  '男子K1组比赛中，陈浩以3小时02分18秒夺冠；巴拉日以3小时04分51秒获得亚军。',
  '南江心理援助热线于今年1月开通，至今已半年。今年上半年，热线共接听来电31260个，日均约173个，其中夜间22时至次日6时来电占三成。',
].join('\n');

describe('summaries of the seventh article (session 14)', () => {
  const analyzed = analyzeText(ARTICLE_7, 'reading-rules-31h', '2025-11-03');
  const issues = summaryIssues(analyzed);

  it('reads "for a third" after "for a first … a second" as the third child, no share', () => {
    expect(issues('en', 'Families in Nanjiang can receive 9,000 yuan for a first child, 60,000 yuan for a second and 110,000 yuan for a third.')).toEqual([]);
    expect(issues('en', 'Families in Nanjiang can receive 9,000 yuan for a first child, 60,000 yuan for a second and 120,000 yuan for a third.')).not.toEqual([]);
  });

  it('reads "over 118 games" as across them, no bound', () => {
    expect(issues('en', 'The Nanjiang baseball league featured 26 amateur teams and about 560 players over 118 games.')).toEqual([]);
    expect(issues('en', 'The Nanjiang baseball league featured 26 amateur teams and about 560 players over 128 games.')).not.toEqual([]);
  });

  it('works out how far behind the winner a runner-up finished (落后冠军2分33秒)', () => {
    expect(issues('zh', '巴拉日以3小时04分51秒获得男子K1组亚军，落后冠军2分33秒。')).toEqual([]);
    expect(issues('zh', '巴拉日以3小时04分51秒获得男子K1组亚军，落后冠军3分33秒。')).not.toEqual([]);
  });

  it('takes no hour of the clock (22时至次日6时) for a span a statement lasts', () => {
    expect(issues('en', "Nanjiang's hotline answered 31,260 calls in its first six months, an average of about 173 a day.")).toEqual([]);
  });
});

const ARTICLE_8 = [
  '吴城乐器与网络建设动态',
  '2025-10-20 吴城日报',
  '区里对企业购置数控雕刻设备给予不超过设备价款30%的补贴，单家企业最高补贴150万元。',
  '在全县46个收购站中，雪山镇收购站日均收购量超过1200担，居全县首位。',
  '这一网络于2023年10月启动建设，用时约一年半实现乡镇全覆盖。',
  '明年赛事将首次增设双人组，预计超过30支队伍参赛。游客购买了一件蜀绣。',
].join('\n');

describe('summaries of the eighth article (session 14)', () => {
  const analyzed = analyzeText(ARTICLE_8, 'reading-rules-31i', '2025-10-20');
  const issues = summaryIssues(analyzed);

  it('reads 不超过设备价款30% as a ceiling in the source as in the summary, in both languages', () => {
    expect(issues('zh', '吴城对企业购置数控雕刻设备给予不超过设备价款30%的补贴。')).toEqual([]);
    expect(issues('zh', '吴城对企业购置数控雕刻设备给予设备价款30%的补贴。')).not.toEqual([]);
    expect(issues('en', 'Firms buying CNC carving equipment get subsidies of up to 30% of its price.')).toEqual([]);
  });

  it('reads 居全县首位 as first place', () => {
    expect(issues('zh', '雪山镇收购站日均收购量超过1200担，在全县46个收购站中位居第一。')).toEqual([]);
  });

  it('reads 一年半 as a year and a half', () => {
    expect(issues('en', 'Construction of the network began in October 2023, and it took about a year and a half to cover all townships.')).toEqual([]);
    expect(issues('en', 'Construction of the network began in October 2023, and it took about two and a half years to cover all townships.')).not.toEqual([]);
  });

  it('reads "a double-handed division" as no multiple, and knows Shu embroidery', () => {
    expect(issues('en', 'Next year\'s race will add a double-handed division, with more than 30 teams expected.')).toEqual([]);
    expect(issues('en', 'A tourist bought a piece of Shu embroidery.')).toEqual([]);
  });
});
