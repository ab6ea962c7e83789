/**
 * Reading rules added in session 17 after the first look at blind sets 300 to 303 (see
 * fixtures/llm/README.md), on synthetic articles (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 17', () => {
  const chinese = (text: string): [string, string, unknown, unknown][] =>
    findQuantities(text, { referenceDate: '2025-10-20' }).map((q) => [q.text, q.kind, q.value, q.approx]);

  it('reads 彩超58台 as 58 scanners (no "over") and a lead in points after 领先', () => {
    expect(chinese('配备了数字化X光机29台、便携式彩超58台。')).toEqual([['29台', 'count', 29, null], ['58台', 'count', 58, null]]);
    expect(chinese('她以163.00分领先杨雪4.5分。')).toContainEqual(['4.5分', 'count', 4.5, null]);
    expect(chinese('产量超58台。')).toEqual([['超58台', 'count', 58, 'over']]);
  });

  it('reads 电话2.6万余个 as a count of calls, no number to dial', () => {
    expect(chinese('共接听咨询和投诉电话2.6万余个。')).toEqual([['2.6万余个', 'count', 26000, 'over']]);
  });

  it('reads a fraction of a person as a rate where the sentence set one up before it (每千人口…4.2人以上)', () => {
    expect(chinese('全市每千人口注册护士数为3.6人，计划到2027年提高到4.2人以上。')).toContainEqual(['4.2人以上', 'count', 4.2, 'over']);
    expect(chinese('参赛人数达到4.2人。')).toEqual([]);
  });
});

const ARTICLE = [
  '青河财税与民生简讯',
  '2025-10-20 青河日报',
  '前三季度青河市税收收入完成181.5亿元，占财政总收入的约三分之一。',
  '分税种看，增值税完成78.4亿元，同比增长7.1%；企业所得税完成29.7亿元，同比下降2.3%。',
  '全市每千人口注册护士数为3.6人，计划到2027年提高到4.2人以上。',
  '按照护理员与失能老人1比4的配比测算，全区至少还缺护理员1500名。',
  '从成交结构看，智能照明产品占比首次超过三成，达到31.5%，比去年提高6.2个百分点。',
  '一位62岁的消费者花1280元购买的“降糖茶”实为普通代用茶，经调解后获得“退一赔三”。',
  '沿湖各地今年新建码头泊位12个，其中千吨级以上泊位8个。',
  '2023年，学校与德国一家护理培训中心合作开设“中德护理班”。首批32名学员将于7月前往德国工作。',
].join('\n');

describe('summaries of the session 17 article', () => {
  const analyzed = analyzeText(ARTICLE, 'reading-rules-34', '2025-10-20');
  const issues = summaryIssues(analyzed);

  it('takes "value-added tax receipts" for the kind of tax the source names, not its total tax revenue', () => {
    expect(issues('en', 'Value-added tax receipts rose 7.1% to 7.84 billion yuan.')).toEqual([]);
    expect(issues('en', 'Value-added tax receipts rose 2.3% to 2.97 billion yuan.')).not.toEqual([]);
    expect(issues('en', 'Tax revenue reached 7.84 billion yuan.')).not.toEqual([]);
  });

  it('reads 至少 before the verb as a floor on the figure after it', () => {
    expect(issues('en', 'The district is short of at least 1,500 caregivers.')).toEqual([]);
    expect(issues('en', 'The district is short of at least 1,600 caregivers.')).not.toEqual([]);
    expect(issues('en', 'The district is short of 1,500 caregivers.')).not.toEqual([]);
    expect(issues('zh', '全区至少还缺护理员1500名。')).toEqual([]);
    expect(issues('zh', '全区至少还缺护理员逾1500名。')).not.toEqual([]);
  });

  it('checks a fraction of a nurse per 1,000 people, with its bound', () => {
    expect(issues('en', 'The city plans to raise its registered nurses per 1,000 people to 4.2 or more by 2027.')).toEqual([]);
    expect(issues('en', 'The city plans to raise its registered nurses per 1,000 people to 4.5 or more by 2027.')).not.toEqual([]);
  });

  it('takes a bound the level passed beside the level and its change', () => {
    expect(issues('en', 'Smart lighting accounted for 31.5% of deals, the first time its share has exceeded 30%, and 6.2 percentage points more than last year.')).toEqual([]);
    expect(issues('en', 'Smart lighting accounted for 31.5% of deals, the first time its share has exceeded 30%, and 6.5 percentage points more than last year.')).not.toEqual([]);
  });

  it('reads 退一赔三 as three times the price and 千吨级以上 as 1,000 tonnes or more', () => {
    expect(issues('en', 'A consumer who paid 1,280 yuan for the tea received a refund plus three times the price.')).toEqual([]);
    expect(issues('en', 'A consumer who paid 1,280 yuan for the tea received a refund plus four times the price.')).not.toEqual([]);
    expect(issues('en', 'The lakeside towns built 12 new berths this year, eight of them for vessels of 1,000 tonnes or more.')).toEqual([]);
    expect(issues('en', 'The lakeside towns built 12 new berths this year, eight of them for vessels of 10,000 tonnes or more.')).not.toEqual([]);
  });

  it('takes the year in ", set up in 2023 with …," for that event, not the time of the trainees', () => {
    expect(issues('en', 'The first 32 trainees of the nursing class, set up in 2023 with a German training centre, will start work in Germany in July.')).toEqual([]);
    expect(issues('en', 'The first 32 trainees of the nursing class will start work in Germany in 2023.')).not.toEqual([]);
  });
});

const COUNTY = [
  '乡村幼儿园教师暑期培训启动',
  '2025-07-20 西北日报',
  '甘肃省临夏回族自治州东乡族自治县今年暑期启动第三期乡村幼儿园教师全员培训，来自全县24个乡镇的612名幼儿园教师分三批参训，由来自兰州、临夏等地的18名专家授课。',
  '临夏回族自治州今年共有幼儿园教师5200名。',
].join('\n');

describe('a county named with the prefecture it lies in (session 17)', () => {
  const analyzed = analyzeText(COUNTY, 'reading-rules-34b', '2025-07-20');
  const issues = summaryIssues(analyzed, [
    { zh: '临夏回族自治州', en: 'Linxia Hui Autonomous Prefecture', type: 'place' },
    { zh: '临夏', en: 'Linxia', type: 'place' },
    { zh: '东乡族自治县', en: 'Dongxiang Autonomous County', type: 'place' },
    { zh: '兰州', en: 'Lanzhou', type: 'place' },
  ]);

  it('takes "County in Gansu\'s Linxia …" for where the county lies, not whose figures these are', () => {
    expect(issues('en', "Dongxiang Autonomous County in Gansu's Linxia Hui Autonomous Prefecture is training 612 rural kindergarten teachers from its 24 townships.")).toEqual([]);
    expect(issues('en', 'Linxia Hui Autonomous Prefecture has 612 kindergarten teachers.')).not.toEqual([]);
  });
});

const ARTICLE_2 = [
  '桐溪县农旅与赛事简讯',
  '2025-10-20 桐溪日报',
  '前三季度，全县农村寄递包裹约520万件，以雪水云绿茶和山核桃为主。',
  '来自马来西亚、英国等7个国家的选手参加了本届风筝节。',
  '首轮比赛中，韩国棋手朴成俊执黑中盘战胜中国棋手李浩天。',
  '景区对60周岁以上老人实行门票半价，但热气球项目暂不对70岁以上老人开放。',
  '9月1日起，当地推出“民宿+骑行”联票，首周售出2100余张。',
  '年过六旬的果农周德明今年家中30亩橙园收入约42万元。',
  '钱卫东在桐溪一家化纤企业做了16年挡车工，3年里共参加了约860课时的学习。',
  '在“黄金4分钟”内开展心肺复苏的比例由去年同期的27%提高到了38%。',
  '昆明市4月8日发布网约车运力饱和橙色预警。截至3月底，全市网约车数量约5.2万辆。',
  '崇州计划在未来3年投资约20亿元建设家居智能制造示范园，到2027年建成投用。一期项目已于7月30日开工。',
].join('\n');

describe('summaries of the second session 17 article (sets 304–311)', () => {
  const analyzed = analyzeText(ARTICLE_2, 'reading-rules-34c', '2025-10-20');
  const issues = summaryIssues(analyzed, [
    { zh: '英国', en: 'United Kingdom', type: 'place' },
    { zh: '马来西亚', en: 'Malaysia', type: 'place' },
    { zh: '朴成俊', en: 'Park Sung-jun', type: 'person' },
    { zh: '李浩天', en: 'Li Haotian', type: 'person' },
    { zh: '周德明', en: 'Zhou Deming', type: 'person' },
    { zh: '钱卫东', en: 'Qian Weidong', type: 'person' },
  ]);

  it('spells 绿 as "lv", reads "Britain" as the United Kingdom and "Black" as 黑', () => {
    expect(issues('en', 'Most parcels were Xueshui Yunlv tea and hickory nuts.')).toEqual([]);
    expect(issues('en', 'Kite fliers came from Malaysia and Britain.')).toEqual([]);
    expect(issues('en', 'Kite fliers came from Malaysia and France.')).not.toEqual([]);
    expect(issues('en', 'Park Sung-jun, playing Black, beat Li Haotian.')).toEqual([]);
  });

  it('reads "not yet open to people over 70" as over 70, and "September 1 sold more than 2,100" as more than 2,100', () => {
    expect(issues('en', 'Balloon rides are not yet open to people over 70.')).toEqual([]);
    expect(issues('en', 'Balloon rides are not yet open to people over 75.')).not.toEqual([]);
    expect(issues('en', 'A combined ticket launched on September 1 sold more than 2,100 copies in its first week.')).toEqual([]);
    expect(issues('en', 'A combined ticket launched on September 1 sold 2,100 copies in its first week.')).not.toEqual([]);
  });

  it('reads 年过六旬 as over 60', () => {
    expect(issues('en', 'Zhou Deming, a grower over 60, earned about 420,000 yuan from his 30 mu of orange groves.')).toEqual([]);
    expect(issues('en', 'Zhou Deming, a grower over 70, earned about 420,000 yuan from his 30 mu of orange groves.')).not.toEqual([]);
  });

  it("takes a span in ', who …,' for the person's history, and works out a change in points from the source's from and to", () => {
    expect(issues('en', 'Qian Weidong, who had worked as a spinner for 16 years, attended about 860 class hours over three years.')).toEqual([]);
    expect(issues('en', 'Qian Weidong, who had worked as a spinner for 16 years, attended about 860 class hours over 16 years.')).not.toEqual([]);
    expect(issues('en', 'The share of CPR started within the golden four minutes rose 11 percentage points from a year earlier to 38%.')).toEqual([]);
    expect(issues('en', 'The share of CPR started within the golden four minutes rose 12 percentage points from a year earlier to 38%.')).not.toEqual([]);
  });

  it('takes the time of a clause an "after" clause with its own time follows, or of a clause that dates an event, for that event', () => {
    expect(issues('en', 'Kunming issued an orange warning on April 8, after the number of ride-hailing vehicles reached about 52,000 by the end of March.')).toEqual([]);
    expect(issues('en', 'Kunming issued an orange warning on April 9, after the number of ride-hailing vehicles reached about 52,000 by the end of March.')).not.toEqual([]);
    expect(issues('zh', '崇州计划在未来3年投资约20亿元建设家居智能制造示范园，一期项目于7月30日开工。')).toEqual([]);
    expect(issues('zh', '崇州计划在未来3年投资约20亿元建设家居智能制造示范园，一期项目于7月31日开工。')).not.toEqual([]);
  });
});

const ARTICLE_3 = [
  '民宿与产业简讯',
  '2025-09-09 清溪日报',
  '目前清溪县共有民宿约1100家，床位超过1.3万张。',
  '清溪县计划在2025年至2027年投入约3.5亿元，用于道路和停车场改造，并将民宿总量控制在1200家以内。',
  '单晚1500元以上的高端民宿平均房价同比下降8.3%至2180元。',
  '其中，1号线日均客流约15.8万人次，2号线日均客流约4.4万人次，仅为1号线的四分之一多一点。',
  '研究发现，坚持每天校内运动两小时的学生，一年后体质指数平均下降0.6。',
].join('\n');

describe('summaries of the third session 17 article (sets 304–311)', () => {
  const analyzed = analyzeText(ARTICLE_3, 'reading-rules-34d', '2025-09-09');
  const issues = summaryIssues(analyzed, [{ zh: '清溪县', en: 'Qingxi County', type: 'place' }]);

  it('takes a clause that opens with 并将 as going on with the subject of the clauses before', () => {
    expect(issues('en', 'Qingxi County plans to keep the total number of homestays within 1,200.')).toEqual([]);
    expect(issues('en', 'Qingxi County plans to keep the total number of homestays within 1,100.')).not.toEqual([]);
  });

  it('takes 1500元以上的 for a class of homestays, and 四分之一多一点 as "slightly more than a quarter"', () => {
    expect(issues('zh', '单晚1500元以上的高端民宿平均房价同比下降8.3%至2180元。')).toEqual([]);
    expect(issues('en', 'Daily ridership on Line 2 is only slightly more than a quarter of that on Line 1.')).toEqual([]);
    expect(issues('en', 'Daily ridership on Line 2 is only slightly more than a third of that on Line 1.')).not.toEqual([]);
  });

  it('takes BMI for a measure, not a name the source must give', () => {
    expect(issues('en', 'Students who kept up two hours of activity a day saw their BMI fall by 0.6 after a year.')).toEqual([]);
  });
});

const ARTICLE_4 = [
  '边贸与赛事简讯',
  '2025-10-20 边疆日报',
  '2025年前5个月，云南对南亚国家进出口额为198.6亿元，同比增长21.4%，高于全省外贸整体增速13.2个百分点。',
  '南亚国家展位面积占总面积的三分之一。',
  '套马是蒙古族、鄂温克族等游牧民族的传统技艺。',
  '明年赛事总投入将从今年的约650万元增至900万元左右。',
  '园区现有员工约46万人，力争3至5年内实现500人以上企业心理服务全覆盖。',
  '前三季度枣庄出口锂电池货值9.7亿美元，同比增长63.5%，其中对欧盟出口4.1亿美元，约占总额的42%。',
  '在女子皮艇单人500米决赛中，孙雨桐以1分51秒37夺冠。',
  '观众中35岁以下观众占比达到31%，比2023年提高6个百分点。报名人数超过1.6万人，中签率约30%。',
].join('\n');

describe('summaries of the fourth session 17 article (sets 312–315)', () => {
  const analyzed = analyzeText(ARTICLE_4, 'reading-rules-34e', '2025-10-20');
  const issues = summaryIssues(analyzed, [
    { zh: '云南', en: 'Yunnan', type: 'place' },
    { zh: '枣庄', en: 'Zaozhuang', type: 'place' },
    { zh: '欧盟', en: 'European Union', type: 'organization' },
    { zh: '孙雨桐', en: 'Sun Yutong', type: 'person' },
  ]);

  it("works out the other party's rate from a gap in points to it", () => {
    expect(issues('zh', '云南对南亚国家进出口额同比增长21.4%，而全省外贸整体增速为8.2%。')).toEqual([]);
    expect(issues('zh', '云南对南亚国家进出口额同比增长21.4%，而全省外贸整体增速为8.7%。')).not.toEqual([]);
  });

  it('knows the Mongolians, South Asia and the K1 class (皮艇单人), and takes "from … this year to" for the base', () => {
    expect(issues('en', 'Lasso riding is a traditional skill of nomadic peoples such as the Mongolians and the Evenki.')).toEqual([]);
    expect(issues('en', 'Exhibition space for South Asian countries made up one third of the total.')).toEqual([]);
    expect(issues('en', "Sun Yutong won the women's K1 500m in 1:51.37.")).toEqual([]);
    expect(issues('en', "Sun Yutong won the women's C1 500m in 1:51.37.")).not.toEqual([]);
    expect(issues('en', 'Total investment in next year\'s event will rise from about 6.5 million yuan this year to around 9 million yuan.')).toEqual([]);
    expect(issues('en', 'Total investment in next year\'s event will rise from about 6.5 million yuan this year to around 9.5 million yuan.')).not.toEqual([]);
  });

  it('takes "with 500 or more employees" for a class of companies, and a share of the total for its part', () => {
    expect(issues('en', 'The park aims to provide mental health services at every company with 500 or more employees within three to five years.')).toEqual([]);
    expect(issues('en', "Zaozhuang's lithium battery exports jumped 63.5% to US$970 million, with the European Union accounting for about 42% of the total.")).toEqual([]);
    expect(issues('en', "Zaozhuang's lithium battery exports jumped 42% to US$970 million, with the European Union accounting for about 63.5% of the total.")).not.toEqual([]);
    expect(issues('en', 'Audience members under 35 made up 31% of the total, up six percentage points from 2023.')).toEqual([]);
    expect(issues('en', 'Audience members under 35 made up 30% of the total, up six percentage points from 2023.')).not.toEqual([]);
  });
});

const ARTICLE_5 = [
  '产业与赛事简讯',
  '2025-10-20 江南日报',
  '武夷山市视频监控覆盖率为78%。在邻近的建阳区，视频监控覆盖率为71%。',
  '本届比赛设25至29岁到85至89岁共13个年龄组。',
  '养殖产品与捕捞产品的产量之比约为81∶19，养殖占比比上年提高约0.9个百分点。',
  '公司负责人说，过去一次全套检测要花费十几万元。',
  '去年11月，荣成完成的试点交易量为1.2万吨。今年首批交易量是去年试点的近4倍。',
].join('\n');

describe('summaries of the fifth session 17 article (sets 316–323)', () => {
  const analyzed = analyzeText(ARTICLE_5, 'reading-rules-34f', '2025-10-20');
  const issues = summaryIssues(analyzed);

  it('takes no half of a course for a half-year', () => {
    expect(issues('en', "She said the second half of this year's course had many more slippery sections.")).toEqual([]);
  });

  it('works out a gap in points "below" another rate, and reads "from 25-29 up to 85-89" as the far end', () => {
    expect(issues('en', "In neighbouring Jianyang, video surveillance coverage is 71%, seven percentage points below Wuyishan's 78%.")).toEqual([]);
    expect(issues('en', "In neighbouring Jianyang, video surveillance coverage is 71%, nine percentage points below Wuyishan's 78%.")).not.toEqual([]);
    expect(issues('en', 'Swimmers competed in 13 age groups, from 25-29 up to 85-89.')).toEqual([]);
  });

  it('reads 之比约为81∶19 as a ratio, "a ratio of about 81 to 19" as a split in parts, 十几万元 as more than 100,000 yuan', () => {
    expect(issues('en', "Farmed and wild-caught products were produced in a ratio of about 81 to 19, with aquaculture's share up about 0.9 percentage points.")).toEqual([]);
    expect(issues('en', "Farmed and wild-caught products were produced in a ratio of about 81 to 19, with aquaculture's share up about 1.9 percentage points.")).not.toEqual([]);
    expect(issues('en', 'A full set of tests used to cost more than 100,000 yuan.')).toEqual([]);
    expect(issues('en', 'A full set of tests used to cost more than 200,000 yuan.')).not.toEqual([]);
  });

  it('takes "times that of last November\'s" for the base', () => {
    expect(issues('en', "This year's first batch was nearly four times that of last November's 12,000-tonne pilot trade.")).toEqual([]);
    expect(issues('en', "This year's first batch was nearly four times that of last December's 12,000-tonne pilot trade.")).not.toEqual([]);
    expect(issues('en', "This year's first batch was nearly four times that of last November's 13,000-tonne pilot trade.")).not.toEqual([]);
  });
});
