/**
 * Reading rules added in session 13 after the looks at blind sets 204 to 207 and 208 to 211 (see
 * fixtures/llm/README.md), on synthetic articles (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const dates = (text: string): string[] =>
  findEnglishQuantities(text, { referenceDate: '2025-08-30' }).filter((q) => q.kind === 'date').map((q) => `${q.text}=${String(q.value)}`);

const ARTICLE = [
  '青州钧瓷与民生动态',
  '2025-08-30 青州日报',
  '上半年，青州钧瓷产值达21.3亿元，同比增长11.6%。电商直播正在改变钧瓷的销售方式，全市钧瓷线上交易额约9.4亿元，同比增长27%；规模以上钧瓷企业营业收入为1.85亿元。',
  '全县建材产值48.7亿元。其中，青山水泥产值约19亿元，占全县建材产值的近四成；另一家龙头企业青建建材产值12.4亿元，同比下降6.5%。',
  '8月22日，青州市今年的暑期托管服务结束。据市教育局统计，今年全市参加托管的学生约6.3万人，同比增长12.5%。',
  '青州直接经济损失初步核定为18.3亿元，比2022年“6·22”洪灾的26亿元减少约三成。受灾农田约3.8万亩，已完成复种2.3万亩，占比约六成。',
  '今年7月1日至8月31日，青州博物馆夜场接待观众约29.5万人次，古城博物馆夜场接待约17.2万人次，同比分别增长18%和31%。',
  '到2026年底，全市存量数据中心平均PUE降至1.3以下，新建数据中心PUE为1.25。',
  '手外科今年接诊患者约1.9万人次，患者平均年龄38岁，年龄最小的仅2岁，最大的81岁。',
  '本届青州湖国际帆船赛共有32支船队、约380名水手参赛。船长是42岁的王振宇。男子单人皮艇长距离冠军由周嘉豪获得。市体育局局长魏红表示，将力争使青州马拉松获得世界田联白金标认证。',
  '全市已有超过1200家餐饮单位被评为“健康减盐示范餐厅”。按照计划，2027年前示范餐厅增至3000家。',
].join('\n');

describe('English forms the reader reads (session 13)', () => {
  it('reads a short month name alone only before a year, with its dot, or where a list goes on', () => {
    expect(dates('Jun porcelain output rose 11.6% in the first half.')).toEqual([]);
    expect(dates('Output peaked in Jun 2024 and fell in Sept. last year.')).toEqual(['Jun 2024=2024-06', 'Sept=--09']);
    expect(dates('Prices rose in June.')).toEqual(['June=--06']);
  });
});

describe('summaries of the article (session 13)', () => {
  const analyzed = analyzeText(ARTICLE, 'reading-rules-30', '2025-08-30');
  const issues = summaryIssues(analyzed);

  it('takes "Jun porcelain" for the ware, not for June', () => {
    expect(issues('en', 'Jun porcelain output in Qingzhou rose 11.6% year on year to 2.13 billion yuan in the first half.')).toEqual([]);
    expect(issues('en', 'Jun porcelain output in Qingzhou rose 16.6% year on year to 2.13 billion yuan in the first half.')).not.toEqual([]);
  });

  it('takes "online sales" for the source\'s 线上交易额, and still tells a revenue from it', () => {
    expect(issues('en', 'Jun porcelain online sales grew 27% to about 940 million yuan.')).toEqual([]);
    expect(issues('en', 'Jun porcelain firms reported revenue of about 940 million yuan.')).not.toEqual([]);
  });

  it('gives a share in a clause that opens on 占 to the figure before it', () => {
    expect(issues('zh', '青山水泥产值约19亿元，占全县建材产值的近四成，而青建建材产值为12.4亿元，同比下降6.5%。')).toEqual([]);
    expect(issues('zh', '青山水泥产值约19亿元，同比下降6.5%，而青建建材产值为12.4亿元，占全县建材产值的近四成。')).not.toEqual([]);
  });

  it('checks the day of a relative clause\'s event by its value, not against the time of the figures', () => {
    expect(issues('en', "Qingzhou's summer care programme, which ended on August 22, served about 63,000 pupils, up 12.5% from last year.")).toEqual([]);
    expect(issues('en', "Qingzhou's summer care programme, which ended on August 25, served about 63,000 pupils, up 12.5% from last year.")).not.toEqual([]);
  });

  it('reads 2022年“6·22”洪灾 as the June 22 flood of 2022, and a percentage "less than" another figure as the fall', () => {
    const right = 'Direct economic losses were put at 1.83 billion yuan, about 30% less than the 2.6 billion yuan caused by the June 22 flood in 2022.';
    expect(issues('en', right)).toEqual([]);
    expect(issues('en', right.replace('June 22', 'June 23'))).not.toEqual([]);
    // 约六成 is the share of farmland replanted, no fall of the losses.
    expect(issues('en', right.replace('30%', '60%'))).not.toEqual([]);
  });

  it('lets 约 before the first of a list given 分别 qualify each of its figures', () => {
    expect(issues('zh', '青州博物馆和古城博物馆夜场分别接待观众约29.5万人次和17.2万人次。')).toEqual([]);
    expect(issues('zh', '青州博物馆和古城博物馆夜场分别接待观众约29.5万人次和17.5万人次。')).not.toEqual([]);
  });

  it('reads the source\'s PUE降至1.3以下 with its bound, as the summary\'s', () => {
    expect(issues('zh', '到2026年底，全市存量数据中心平均PUE降至1.3以下。')).toEqual([]);
    expect(issues('zh', '到2026年底，全市存量数据中心平均PUE降至1.2以下。')).not.toEqual([]);
  });

  it('reads 年龄最小的仅2岁，最大的81岁 as a range of ages', () => {
    expect(issues('en', 'Patients had an average age of 38, ranging from 2 to 81.')).toEqual([]);
    expect(issues('en', 'Patients had an average age of 38, ranging from 2 to 91.')).not.toEqual([]);
  });

  it('does not support a count of things ("42 teams") by somebody\'s age (42岁)', () => {
    expect(issues('en', 'About 380 sailors in 32 teams took part in the Qingzhou Lake International Regatta.')).toEqual([]);
    expect(issues('en', 'About 380 sailors in 42 teams took part in the Qingzhou Lake International Regatta.')).not.toEqual([]);
    expect(issues('en', 'The skipper, aged 42, is Wang Zhenyu.')).toEqual([]);
  });

  it('knows K1 for 单人皮艇 and a Platinum Label for 白金标', () => {
    expect(issues('en', "Zhou Jiahao won the men's K1 long-distance title.")).toEqual([]);
    expect(issues('en', "Zhou Jiahao won the men's C2 long-distance title.")).not.toEqual([]);
    expect(issues('en', 'Sports bureau chief Wei Hong said the city would seek Platinum Label status for the marathon.')).toEqual([]);
  });

  it('takes model restaurants for the source\'s 示范餐厅', () => {
    expect(issues('en', 'By 2027 the city aims to have 3,000 model restaurants.')).toEqual([]);
    expect(issues('en', 'By 2027 the city aims to have 1,200 model restaurants.')).not.toEqual([]);
  });
});

const ARTICLE_2 = [
  '溪州产业与文化动态',
  '2025-09-10 溪州日报',
  '溪州咖啡种植面积由2020年的1万亩增至2.3万亩，翻了一番多。溪州新增专项债券263亿元，用于96个项目；河州获得211亿元，用于124个项目。',
  '今年上半年，全市住院次均费用为6820元，比改革前的2023年上半年下降8.6%。',
  '上半年全市医保基金支出合计17.3亿元，同比增长3.2%。',
  '此次巡演自9月25日启程，先后赴马来西亚、新加坡、印度尼西亚3个国家的11座城市，共演出52场。这是该剧院时隔6年再次出国巡演。剧院今年招收的28名学员将接受为期6年的培养。',
  '本年度发掘持续了约7个月，共有40多名考古人员参与。',
  '8月24日晚，自7月18日开幕、为期38天的第35届溪州啤酒节闭幕，共吸引游客逾620万人次。',
  '学院学生在全国职业院校技能大赛中获得一等奖4项、二等奖7项。2025溪州半程马拉松4月20日开跑，共有3.5万名选手参赛。被盗的11头西门塔尔牛全部追回。',
].join('\n');

describe('forms read in session 13 (second part)', () => {
  const read = (text: string): [string, string, number | string, string | null][] =>
    findQuantities(text, { referenceDate: '2025-09-10' }).map((q) => [q.text, q.kind, q.value, q.approx]);
  const english = (text: string): [string, string, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-09-10' }).map((q) => [q.text, q.kind, q.value]);

  it('reads 持续约7个月 as lasting about seven months (续约 is a word only without 持 before it)', () => {
    expect(read('发掘持续约7个月。')).toEqual([['约7个月', 'duration', 7, 'about']]);
    expect(read('球队续约3年。')).toEqual([['3年', 'duration', 3, null]]);
  });

  it('reads "since 2020 to 23,000 mu" as a year and a level, "from 2020 to 2022" as two years', () => {
    expect(english('Acreage has more than doubled since 2020 to 23,000 mu.')).toEqual([
      ['doubled', 'multiple', 2],
      ['2020', 'year', '2020'],
      ['23,000 mu', 'measure', 23000],
    ]);
    expect(english('from 2020 to 2022')).toEqual([['2020', 'year', '2020'], ['2022', 'year', '2022']]);
  });

  it('reads "seven second prizes" as no span of seconds, "seven seconds" as one', () => {
    expect(english('They won four first prizes and seven second prizes.')).toEqual([]);
    expect(english('The lead was seven seconds.')).toEqual([['seven seconds', 'duration', 7]]);
  });
});

describe('summaries of the second article (session 13)', () => {
  const analyzed = analyzeText(ARTICLE_2, 'reading-rules-30b', '2025-09-10');
  const issues = summaryIssues(analyzed);

  it('takes the gap to another party the summary names (比河州多52亿元) from the two figures the source gives', () => {
    expect(issues('zh', '溪州获得新增专项债券263亿元，比河州多52亿元。')).toEqual([]);
    expect(issues('zh', '溪州获得新增专项债券263亿元，比河州多62亿元。')).not.toEqual([]);
  });

  it('reads 比改革前的2023年上半年 as a change on the year, as 比2023年上半年 is', () => {
    expect(issues('zh', '今年上半年，全市住院次均费用为6820元，比2023年上半年下降8.6%。')).toEqual([]);
    expect(issues('zh', '今年上半年，全市住院次均费用为6820元，比2023年上半年下降3.2%。')).not.toEqual([]);
  });

  it('reads 3国 against 3个国家', () => {
    expect(issues('zh', '巡演团赴马来西亚、新加坡、印度尼西亚3国11座城市，共演出52场。')).toEqual([]);
    expect(issues('zh', '巡演团赴马来西亚、新加坡、印度尼西亚4国11座城市，共演出52场。')).not.toEqual([]);
  });

  it('checks the day of a first predicate by its value when a second says what the subject was', () => {
    expect(issues('en', "The tour set off on September 25 and was the theatre's first tour abroad in six years.")).toEqual([]);
    expect(issues('en', "The tour set off on September 26 and was the theatre's first tour abroad in six years.")).not.toEqual([]);
  });

  it('keeps 约 of 持续约7个月', () => {
    expect(issues('zh', '本年度发掘持续约7个月，有40多名考古人员参与。')).toEqual([]);
    expect(issues('zh', '本年度发掘持续7个月，有40多名考古人员参与。')).not.toEqual([]);
  });

  it('lets a time of day that opens the source sentence (8月24日晚，) date the figures of all its clauses', () => {
    expect(issues('zh', '为期38天的第35届溪州啤酒节于8月24日晚闭幕。')).toEqual([]);
    expect(issues('zh', '为期38天的第35届溪州啤酒节于8月25日晚闭幕。')).not.toEqual([]);
  });

  it('reads "more than doubled since 2020 to 23,000 mu" against the source', () => {
    expect(issues('en', 'Coffee acreage in Xizhou has more than doubled since 2020 to 23,000 mu.')).toEqual([]);
    expect(issues('en', 'Coffee acreage in Xizhou has more than doubled since 2020 to 32,000 mu.')).not.toEqual([]);
  });

  it('checks "four first prizes and seven second prizes" as counts, and knows Half Marathon and Simmental', () => {
    expect(issues('en', 'Students won four first prizes and seven second prizes at the national skills contest.')).toEqual([]);
    expect(issues('en', 'About 35,000 runners took part in the 2025 Xizhou Half Marathon on April 20.')).toEqual([]);
    expect(issues('en', 'All 11 Simmental cattle that were stolen were recovered.')).toEqual([]);
  });
});

const ARTICLE_3 = [
  '湾区律师与赛事动态',
  '2025-10-20 湾区日报',
  '今年以来，法院查明和适用域外法律17件，比去年全年多5件；涉新加坡案件86件。大湾区律师执业考试报名人数达1520人。',
  '花沟区块单井平均日产只有11吨，仅为牛庄区块单井平均日产27.5吨的四成左右。',
  '10月18日，长沙队与株洲队在长沙进行的比赛吸引了3.4万名观众，双方1比1战平。总决赛中，安踏队后卫陈志宏砍下28分，当选总决赛最有价值球员。',
  '汛期全省气象部门共发布暴雨橙色及以上预警163次。本次邀请赛共设14个比赛项目，均为2000米赛程。',
  '观众可通过触摸屏将画卷细节最高放大20倍观看。预计四季度指数将在800点至830点之间窄幅波动。',
  '9月10日，一列满载5000吨煤炭的列车从准东北站发车，经格库铁路直达四川宜宾。今年准东铁路发送煤炭3150万吨。经营民宿的布依族村民蒙小燕今年46岁。',
].join('\n');

describe('summaries of the third article (session 13)', () => {
  const analyzed = analyzeText(ARTICLE_3, 'reading-rules-30c', '2025-10-20');
  const issues = summaryIssues(analyzed);

  it('knows GBA for 大湾区, MVP for 最有价值球员, Bouyei for 布依族 and Singaporean for 新加坡', () => {
    expect(issues('en', 'Registrations for the GBA lawyer practice examination reached 1,520.')).toEqual([]);
    expect(issues('en', 'Chen Zhihong scored 28 points in the final and was named finals MVP.')).toEqual([]);
    expect(issues('en', 'Meng Xiaoyan is a 46-year-old Bouyei villager who runs a homestay.')).toEqual([]);
    expect(issues('en', 'The court handled 86 Singaporean-related cases.')).toEqual([]);
  });

  it('reads 域外法律 as foreign, and "scored 28 points" as a count of points', () => {
    expect(issues('en', 'The court has applied foreign law in 17 cases this year, five more than in the whole of last year.')).toEqual([]);
    expect(issues('en', 'The court has applied foreign law in 27 cases this year, five more than in the whole of last year.')).not.toEqual([]);
    expect(issues('en', 'Chen Zhihong scored 38 points in the final.')).not.toEqual([]);
  });

  it('reads "ended 1-1" as a score, "163 orange or higher warnings" as 163, and a race "over 2,000 metres" as its distance', () => {
    expect(issues('en', 'The match in Changsha on October 18 drew 34,000 spectators and ended 1-1.')).toEqual([]);
    expect(issues('en', 'Weather offices issued 163 orange or higher rainstorm warnings during the season.')).toEqual([]);
    expect(issues('en', 'Weather offices issued more than 163 rainstorm warnings during the season.')).not.toEqual([]);
    expect(issues('en', 'The invitational featured 14 events, all raced over 2,000 metres.')).toEqual([]);
    expect(issues('en', 'The invitational featured 14 events, all over 2,000 metres.')).not.toEqual([]);
  });

  it('reads "20 times magnification" as the multiple, and an index "between 800 and 830 points" against 800点至830点', () => {
    expect(issues('en', 'Visitors can zoom in on the scroll at up to 20 times magnification.')).toEqual([]);
    expect(issues('en', 'Visitors can zoom in on the scroll at up to 30 times magnification.')).not.toEqual([]);
    expect(issues('en', 'The index is expected to fluctuate between 800 and 830 points in the fourth quarter.')).toEqual([]);
    expect(issues('en', 'The index is expected to fluctuate between 800 and 850 points in the fourth quarter.')).not.toEqual([]);
  });

  it('lets 约为 qualify a share of another figure (约为…27.5吨的四成)', () => {
    expect(issues('zh', '花沟区块单井平均日产只有11吨，约为牛庄区块单井平均日产27.5吨的四成。')).toEqual([]);
    expect(issues('zh', '花沟区块单井平均日产只有11吨，为牛庄区块单井平均日产27.5吨的四成。')).not.toEqual([]);
  });

  it('takes "the Geku Railway" for a name, no railway figures', () => {
    expect(issues('en', 'On September 10 a train carrying 5,000 tonnes of coal left Zhundong North Station for Yibin via the Geku Railway.')).toEqual([]);
    expect(issues('en', 'Zhundong rail shipments of coal reached 5,000 tonnes this year.')).not.toEqual([]);
  });
});

const ARTICLE_4 = [
  '江城电池与人口动态',
  '2025-10-20 江城日报',
  '今年前三季度，全国动力电池累计装车量达493.9吉瓦时，同比增长41.6%。甲公司以211.3吉瓦时的装车量位居首位，市场份额为42.8%；乙公司装车量为113.6吉瓦时，市场份额为23.0%，同比提高1.4个百分点。全市在建亿元以上工业项目共186个。',
  '去年全市出生人口3.12万人，死亡人口7.86万人，人口自然增长率连续12年为负。',
  '10月8日发运的12根单桩中，最长112米，将用于北海一座76万千瓦的海上风电场。江城封装基板产业产值增长31.6%。',
].join('\n');

describe('summaries of the fourth article (session 13)', () => {
  const analyzed = analyzeText(ARTICLE_4, 'reading-rules-30d', '2025-10-20');
  const issues = summaryIssues(analyzed);

  it('takes the level after a change by points (提高1.4个百分点至23.0%) for no change on the year', () => {
    expect(issues('zh', '乙公司装车量为113.6吉瓦时，份额同比提高1.4个百分点至23.0%。')).toEqual([]);
    expect(issues('zh', '乙公司装车量为113.6吉瓦时，份额同比提高1.4个百分点至42.8%。')).not.toEqual([]);
  });

  it('reads 亿元以上 as "100 million yuan or more"', () => {
    expect(issues('en', 'The city has 186 industrial projects under construction worth 100 million yuan or more.')).toEqual([]);
    expect(issues('en', 'The city has 186 industrial projects under construction worth 10 million yuan or more.')).not.toEqual([]);
  });

  it('works out "deaths exceeded births by 47,400" from the two figures the source gives', () => {
    expect(issues('en', 'Deaths in the city exceeded births by 47,400 last year.')).toEqual([]);
    expect(issues('en', 'Deaths in the city exceeded births by 57,400 last year.')).not.toEqual([]);
  });

  it('reads "the longest measuring 112 metres" as the source\'s 最长112米, and knows IC', () => {
    expect(issues('en', 'Of the 12 monopiles shipped on October 8, the longest measuring 112 metres, all go to a 760-megawatt wind farm.')).toEqual([]);
    expect(issues('en', 'Of the 12 monopiles shipped on October 8, the longest measuring 121 metres, all go to a 760-megawatt wind farm.')).not.toEqual([]);
    expect(issues('en', "The city's IC packaging substrate output grew 31.6%.")).toEqual([]);
  });
});

const ARTICLE_5 = [
  '海城旅游与市场动态',
  '2025-10-10 海城日报',
  '今年7月至8月，全市纳入统计的218家旅游饭店共接待过夜游客312.6万人次，同比增长14.8%。全市民宿共23家。',
  '海城计划在2026年前培育年网销额超过1亿元的企业10家。全市电商销售额约29.4亿元，其中线上零售额约20亿元。',
  '9月25日晚，海城越剧秋季演出季开幕。演出季为期90天，至12月23日结束，去年演出季观众达到8万人次。',
  '市消委会提醒，排插一般不宜超过5年使用。市疾控中心主任宋建军建议，婴儿在6至12周龄接种第一剂。',
].join('\n');

describe('summaries of the fifth article (session 13)', () => {
  const analyzed = analyzeText(ARTICLE_5, 'reading-rules-30e', '2025-10-10');
  const issues = summaryIssues(analyzed);

  it('takes tourist hotels for the source\'s 旅游饭店 and online sales for 网销额', () => {
    expect(issues('en', "The city's 218 tourist hotels received 3.126 million overnight guest visits in July and August, up 14.8%.")).toEqual([]);
    expect(issues('en', "The city's 23 tourist hotels received 3.126 million overnight guest visits in July and August, up 14.8%.")).not.toEqual([]);
    expect(issues('en', 'The city plans to cultivate 10 companies with annual online sales of more than 100 million yuan before 2026.')).toEqual([]);
  });

  it('checks the opening day of a season by its value when "and will run" goes on with its length', () => {
    expect(issues('en', 'The autumn opera season opened on the evening of September 25 and will run for 90 days until December 23.')).toEqual([]);
    expect(issues('en', 'The autumn opera season opened on the evening of September 26 and will run for 90 days until December 23.')).not.toEqual([]);
  });

  it('reads "not to use … for more than five years" as at most five years, and knows CDC', () => {
    expect(issues('en', 'Consumers are advised generally not to use a power strip for more than five years.')).toEqual([]);
    expect(issues('en', 'Consumers are advised generally not to use a power strip for more than six years.')).not.toEqual([]);
    expect(issues('en', 'Song Jianjun, director of the city CDC, advised a first dose at 6 to 12 weeks of age.')).toEqual([]);
  });
});

describe('forms read in session 13 (sixth part)', () => {
  const english = (text: string): [string, string, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-12-02' }).map((q) => [q.text, q.kind, q.value]);

  it('reads "a third-anniversary event" and "double-cropping" as no figures, "an hour and a half" as 1.5 hours', () => {
    expect(english('It presented its results at a third-anniversary event.')).toEqual([]);
    expect(english('Some regions switched double-cropping rice fields to other crops.')).toEqual([]);
    expect(english('Set-up time fell from four hours to an hour and a half.')).toEqual([
      ['four hours', 'duration', 4],
      ['an hour and a half', 'duration', 1.5],
    ]);
    expect(english('About a third of the budget was spent.')).toEqual([['a third', 'fraction', 0.3333]]);
  });

  it('reads a three-digit final score after "beat" as a score', () => {
    expect(english('Shanghai Pujiang beat Beijing Hualong 186-152 to win the open title.')).toEqual([]);
  });
});

const ARTICLE_6 = [
  '岭南科研与赛事动态',
  '2025-09-20 岭南日报',
  '今年全省获国家自然科学基金资助项目4210项，同比增长4.2%。其中，岭南大学获资助412项，比去年增加27项；岭南理工大学获资助336项，减少8项。',
].join('\n');

describe('summaries of the sixth article (session 13)', () => {
  const analyzed = analyzeText(ARTICLE_6, 'reading-rules-30f', '2025-09-20');
  const issues = summaryIssues(analyzed);

  it('lets two changes each name their base year (比去年…比去年), and still counts a year stated twice', () => {
    expect(issues('zh', '岭南大学获资助412项，比去年增加27项；岭南理工大学获资助336项，比去年减少8项。')).toEqual([]);
    expect(issues('zh', '2025年岭南大学获资助412项，比2025年增加27项。')).not.toEqual([]);
  });

  it('knows NSFC for 国家自然科学基金', () => {
    expect(issues('en', 'The number of NSFC-funded projects in the province rose 4.2% year on year.')).toEqual([]);
  });
});
