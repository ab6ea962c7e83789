/**
 * Reading rules added after the session-11 look at blind sets 168 to 171 (see fixtures/llm/README.md),
 * on a synthetic article (not the sets' wording). Each pins a correct sentence that was flagged, and
 * the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { splitSummarySentences } from '../../src/verify/split-summary-sentences.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const read = (text: string): [string, string, number | string, string | null, string | null][] =>
  findQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);
const readEnglish = (text: string): [string, string, number | string, string | null][] =>
  findEnglishQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind, q.value, q.unit]);

const ARTICLE = [
  '江州产业与民生动态',
  '2026-03-20 江州日报',
  '本报讯（记者林青）江州今年前两月出口电动三轮车4.2万辆，同比增长28.4%。去年光缆用芳纶均价约为每吨11.5万元，2024年为每吨13万元。',
  '2025年国产香水零售额同比增长12.6%，市场份额由上年的约14%提升至17.2%。最短中转衔接时间由原来的150分钟压缩至90分钟。',
  '信用修复平均办理时长由去年的5.2个工作日缩短至2.1个工作日，法定时限为60日。带WiFi温控功能的电暖器售价约65欧元。',
  '短道速滑世界杯男子500米决赛中，林晓峰以40秒512的成绩夺冠。女子1000米决赛由孙雨萌夺冠。',
  '约三分之二的特岗教师分配到距县城50公里以外的学校。城市、农村用户平均停电时间分别控制在0.55小时和3.8小时以内。',
  '根据GB/T 27689—2011标准，跌落高度超过0.6米的设施须铺设缓冲地面。',
].join('\n');

describe('Chinese forms the extractor reads (session 11)', () => {
  it('reads no count of rounds in 三轮车 or 四轮驱动, but does in 三轮谈判', () => {
    expect(read('出口电动三轮车4.2万辆。')).toEqual([['4.2万辆', 'count', 42000, '辆', null]]);
    expect(read('四轮驱动车型')).toEqual([]);
    expect(read('经过三轮谈判。')).toEqual([['三轮', 'count', 3, '轮', null]]);
  });

  it('reads thousandths after 秒 (40秒512, 1分28秒907) as one race time', () => {
    expect(read('以40秒512的成绩夺冠。')).toEqual([['40秒512', 'duration', 40.512, 'second', null]]);
    expect(read('以1分28秒907获得冠军。')).toEqual([['1分28秒907', 'duration', 88.907, 'second', null]]);
    expect(read('47秒12个。').map((q) => q[0])).toEqual(['47秒', '12个']);
  });

  it('reads 50公里以外 as more than 50 km, but not 除了5公里以外', () => {
    expect(read('距县城50公里以外的学校。')).toEqual([['50公里以外', 'measure', 50, 'km', 'over']]);
    expect(read('除了5公里以外的路段。')).toEqual([['5公里', 'measure', 5, 'km', null]]);
  });
});

describe('English forms the reader reads (session 11)', () => {
  it('reads a standard number (GB/T 27689-2011) as a name, "1,000m" in a race as metres, and working days', () => {
    expect(readEnglish('Standards such as GB/T 27689-2011 require it.')).toEqual([]);
    expect(readEnglish("The women's 1,000m was her second title.")).toEqual([['1,000m', 'measure', 1000, 'm']]);
    expect(readEnglish('the mixed team 2,000m relay')).toEqual([['2,000m', 'measure', 2000, 'm']]);
    expect(readEnglish('cut to 2.1 working days from 5.2 days, against a limit of 60 days')).toEqual([
      ['2.1 working days', 'duration', 2.1, 'workday'],
      ['5.2 days', 'duration', 5.2, 'workday'],
      ['60 days', 'duration', 60, 'day'],
    ]);
  });
});

describe('summaries of the article (session 11)', () => {
  const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-28', '2026-03-20'));

  it('checks 三轮车 sentences on their figures alone', () => {
    expect(issues('zh', '江州电动三轮车出口同比增长28.4%。')).toEqual([]);
    expect(issues('zh', '江州电动三轮车出口同比增长24.8%。')).not.toEqual([]);
  });

  it('reads 为 after a comma as a parallel statement, not the end of a change', () => {
    expect(issues('en', 'The average price of aramid for optical cables fell to about 115,000 yuan a tonne last year from 130,000 yuan in 2024.')).toEqual([]);
  });

  it('flags a change whose end is another rate of the sentence than the one the source gives', () => {
    expect(issues('zh', '国产香水市场份额由上年的约14%提升至17.2%。')).toEqual([]);
    expect(issues('zh', '国产香水市场份额由上年的约14%提升至12.6%。').join(' ')).toMatch(/goes to 17\.2%/);
  });

  it('reads 最短…由150分钟 as the minimum "from 150 minutes"', () => {
    expect(issues('en', 'The minimum connection time has been cut from 150 minutes to 90 minutes.')).toEqual([]);
    expect(issues('en', 'The minimum connection time has been cut from 160 minutes to 90 minutes.')).not.toEqual([]);
  });

  it('reads the "days" a change joins to working days as working days, and other days as days', () => {
    expect(issues('en', 'The average processing time was cut to 2.1 working days from 5.2 days last year.')).toEqual([]);
    expect(issues('en', 'The average processing time was cut to 2.1 working days from 6.2 days last year.')).not.toEqual([]);
    expect(issues('en', 'Processing takes 2.1 working days on average, against a statutory limit of 60 days.')).toEqual([]);
  });

  it('knows Wi-Fi where the source writes WiFi, and Short Track where it says 短道', () => {
    expect(issues('en', 'A heater with Wi-Fi temperature control sells for about 65 euros.')).toEqual([]);
    expect(issues('en', 'Lin Xiaofeng won the men’s 500m at the Short Track World Cup in 40.512 seconds.')).toEqual([]);
    expect(issues('en', 'Lin Xiaofeng won the men’s 500m at the Short Track World Cup in 40.521 seconds.')).not.toEqual([]);
    expect(issues('en', "The women's 1,000m was won by Sun Yumeng.")).toEqual([]);
    expect(issues('en', "The women's 1,500m was won by Sun Yumeng.")).not.toEqual([]);
  });

  it('reads 以外 after a distance and 以内 after a list as bounds', () => {
    expect(issues('en', 'About two-thirds of the teachers were sent to schools over 50 km from the county seat.')).toEqual([]);
    expect(issues('en', 'Average outage time is to be kept under 0.55 hours for urban users and 3.8 hours for rural users.')).toEqual([]);
    expect(issues('en', 'Average outage time is to be kept under 0.45 hours for urban users.')).not.toEqual([]);
  });

  it('reads no figure in a standard number', () => {
    expect(issues('en', 'Under GB/T 27689-2011, equipment with a fall height of more than 0.6 metres needs cushioned ground.')).toEqual([]);
  });
});

const SECOND_ARTICLE = [
  '江州产业观察',
  '2025-10-20 江州日报',
  '本报讯（记者林青）江州无人机售价约5万元至7万元，较三年前下降了约三成。江州剧团在兰州的8场演出平均上座率达93%，郑州6场演出平均上座率为78%。',
  '今年1至11月江州发生爆管事故82起，去年同期为137起。新管设计使用年限为50年，比原有灰口铸铁管延长约一倍。',
  '金达袜业人均日产量由600双提高到960双。力争植保无人机作业面积稳定在1.5亿亩次以上。',
  '今年每个新建县级创伤中心最高可获补助100万元。到2027年，江州将实现县级创伤中心全覆盖。',
  '华岳重工国内市场占有率接近三成；两省销量增幅均超过三成。宏梭袜业把30%的产能转向医用压力袜，上半年该类产品销售额为2.3亿元，毛利率超过35%。',
  '“雪松一号”立方星成功发射。嫦娥六号样品已借出。2025中式台球世界锦标赛落幕。第十六届省运会在安庆开幕。',
].join('\n');

describe('readings after the first look at sets 172 to 175', () => {
  const issues = summaryIssues(analyzeText(SECOND_ARTICLE, 'reading-rules-28b', '2025-10-20'));

  it('reads "cheaper than three years ago" as a time compared, and "approached 30%" as nearly', () => {
    expect(issues('en', 'A drone now sells for about 50,000 to 70,000 yuan, roughly 30% cheaper than three years ago.')).toEqual([]);
    expect(issues('en', "Huayue's domestic market share approached 30%.")).toEqual([]);
    expect(issues('en', "Huayue's domestic market share exceeded 30%.")).not.toEqual([]);
  });

  it('accepts a gap or a change the summary works out from two figures it states, and nothing else', () => {
    expect(issues('zh', '在兰州的8场演出平均上座率达93%，比郑州6场演出的78%高出15个百分点。')).toEqual([]);
    expect(issues('zh', '在兰州的8场演出平均上座率达93%，比郑州6场演出的78%高出16个百分点。')).not.toEqual([]);
    expect(issues('zh', '今年1至11月江州发生爆管事故82起，比去年同期的137起减少55起。')).toEqual([]);
    expect(issues('zh', '今年1至11月江州发生爆管事故82起，比去年同期的137起减少54起。')).not.toEqual([]);
    expect(issues('en', 'Daily output per worker was lifted by 60%, from 600 to 960 pairs.')).toEqual([]);
    expect(issues('en', 'Daily output per worker was lifted by 37.5%, from 600 to 960 pairs.')).not.toEqual([]);
  });

  it('reads 延长约一倍 as about twice, and 1.5亿亩次以上 as 150 million mu or more', () => {
    expect(issues('en', 'The new pipes have a design life of 50 years, roughly twice that of the old cast iron pipes.')).toEqual([]);
    expect(issues('en', 'Drone operations are to stay at 150 million mu or more.')).toEqual([]);
    expect(issues('en', 'Drone operations are to stay at 150 million mu.')).not.toEqual([]);
  });

  it('reads a clause a named subject opens after ", and" on its own', () => {
    expect(issues('en', 'Each new county-level trauma centre can receive up to 1 million yuan, and Jiangzhou aims to cover every county by 2027.')).toEqual([]);
    expect(issues('en', 'Each new county-level trauma centre can receive up to 1 million yuan by 2027.')).not.toEqual([]);
  });

  it('does not pair a rate with a figure in a relative clause after it', () => {
    expect(issues('en', 'Hongsuo has shifted 30% of its capacity to compression stockings, whose sales reached 230 million yuan in the first half with a gross margin above 35%.')).toEqual([]);
  });

  it('knows CubeSat, Eight-Ball and Games where the source says 立方星, 中式台球 and 运会, and the numbers of 一号 and 六号', () => {
    expect(issues('en', 'The Xuesong-1 CubeSat was launched successfully.')).toEqual([]);
    expect(issues('en', "Samples from Chang'e-6 have been lent out.")).toEqual([]);
    expect(issues('en', 'The 2025 Chinese Eight-Ball World Championship has ended.')).toEqual([]);
    expect(issues('en', 'The 16th Games opened in Anqing.')).toEqual([]);
  });
});

const THIRD_ARTICLE = [
  '江州民生与产业',
  '2025-10-15 江州日报',
  '本报讯（记者林青）南水北调中线一期工程2024—2025调水年度向江州供水12.5亿立方米。巨灾债券在约定区域内发生6.5级以上地震时即可触发赔付。',
  '两个旗的巡诊服务人次分别为1.4万和1.2万。巡诊车共协助转诊患者430人，其中约三成为危急重症。',
  '截至9月底，江州市今年新建电动自行车充电端口12.3万个。江州国际陆港累计开行中欧班列512列。',
].join('\n');

describe('readings after the first look at sets 176 to 179', () => {
  const issues = summaryIssues(analyzeText(THIRD_ARTICLE, 'reading-rules-28c', '2025-10-15'));

  it('reads 2024—2025调水年度 as the years it spans, and 6.5级以上 as 6.5 and above', () => {
    expect(read('2024—2025调水年度向北方调水')).toEqual([['2024—2025', 'period', '2024..2025', null, null]]);
    expect(issues('en', 'Jiangzhou received 1.25 billion cubic metres of water in the 2024-2025 water year.')).toEqual([]);
    expect(issues('en', 'Payouts are triggered by an earthquake of magnitude 6.5 or above.')).toEqual([]);
    expect(issues('en', 'Payouts are triggered by an earthquake of magnitude 7.5 or above.')).not.toEqual([]);
  });

  it('reads a list of head counts (分别为1.4万和1.2万) and 约三成为 as about 30% (not 成为, "become")', () => {
    expect(read('服务人次分别为1.4万和1.2万。')).toEqual([['1.4万', 'count', 14000, null, null], ['1.2万', 'count', 12000, null, null]]);
    expect(read('其中约三成为危急重症。')).toEqual([['约三成', 'percent', 30, '%', 'about']]);
    expect(read('三成为主。')).toEqual([]);
    expect(issues('en', 'The vans helped refer 430 patients, about 30% of them critical cases.')).toEqual([]);
    expect(issues('en', 'The vans helped refer 430 patients, about 40% of them critical cases.')).not.toEqual([]);
  });

  it('reads 截至9月底 in a sentence of 今年 as the year’s first nine months, and knows China-Europe for 中欧', () => {
    expect(issues('en', 'Jiangzhou added 123,000 e-bike charging ports in the first nine months of the year.')).toEqual([]);
    expect(issues('en', 'Jiangzhou added 123,000 e-bike charging ports in the first eight months of the year.')).not.toEqual([]);
    expect(issues('en', 'The dry port ran 512 China-Europe freight trains.')).toEqual([]);
  });
});

describe('acronyms of the names inside an entity’s name', () => {
  const article = ['江州无人机', '2025-09-18 江州日报', '中国民用航空西南地区管理局数据显示，江州上半年获批的无人机飞行活动申请达4.2万份。'].join('\n');
  const entities = [{ zh: '中国民用航空西南地区管理局', en: 'Southwest Regional Administration of the Civil Aviation Administration of China', type: 'organization' as const }];
  const issues = summaryIssues(analyzeText(article, 'reading-rules-28d', '2025-09-18'), entities);

  it('knows CAAC from "… of the Civil Aviation Administration of China", but no acronym the name does not hold', () => {
    expect(issues('en', 'Approved drone flight applications reached 42,000, according to the CAAC regional office.')).toEqual([]);
    expect(issues('en', 'Approved drone flight applications reached 42,000, according to the FAA regional office.')).not.toEqual([]);
  });
});

describe('English sentence ends (session 11)', () => {
  it('ends a sentence after a unit over a letter ("0.058 mg/L."), but not after an initial', () => {
    expect(splitSummarySentences('Figure (June): 0.058 mg/L. Decline (June): 9.4%.', 'en').map((x) => x.text)).toEqual([
      'Figure (June): 0.058 mg/L.',
      'Decline (June): 9.4%.',
    ]);
    expect(splitSummarySentences('J. Smith said so.', 'en').map((x) => x.text)).toEqual(['J. Smith said so.']);
  });
});

const FOURTH_ARTICLE = [
  '江州环境与银行',
  '2025-08-29 江州日报',
  '本报讯（记者林青）上半年江州农商行净息差为1.58%，去年同期为1.79%。江州今年对挥发性有机物排放企业实施错峰生产。',
  '明年江州将把按病种分值付费扩展到中医优势病种。白鹤滩至江州特高压直流工程累计送电超过1500亿千瓦时。',
  '连续实施保护性耕作5至8年的地块，土壤有机质平均提高约0.3个百分点。',
].join('\n');

describe('readings after the first look at sets 180 to 183', () => {
  const issues = summaryIssues(analyzeText(FOURTH_ARTICLE, 'reading-rules-28e', '2025-08-29'));

  it('accepts a narrowing (收窄) worked out from two rates the sentence states', () => {
    expect(issues('zh', '上半年该行净息差为1.58%，较去年同期的1.79%收窄0.21个百分点。')).toEqual([]);
    expect(issues('zh', '上半年该行净息差为1.58%，较去年同期的1.79%收窄0.31个百分点。')).not.toEqual([]);
  });

  it('knows VOC, TCM and UHV where the source says 挥发性有机物, 中医 and 特高压', () => {
    expect(issues('en', 'Jiangzhou is staggering production at VOC-emitting companies this year.')).toEqual([]);
    expect(issues('en', 'Next year Jiangzhou will extend the scheme to TCM conditions.')).toEqual([]);
    expect(issues('en', 'The Baihetan-Jiangzhou UHV DC line has delivered more than 150 billion kWh.')).toEqual([]);
  });

  it('reads "under 5 to 8 years of tillage" as a preposition, no bound', () => {
    expect(issues('en', 'Soil organic matter on plots under 5 to 8 years of conservation tillage rose by about 0.3 percentage points.')).toEqual([]);
  });
});

const FIFTH_ARTICLE = [
  '江州文化与产业',
  '2025-11-20 江州日报',
  '本报讯（记者林青）江州石刻始凿于初唐，其中卧佛长31米。江州城址是已知规模最大的龙山时代晚期至夏时期城址之一。',
  '江州晶越公司碳化硅衬底产线投产。今年环湖赛总奖金为45万美元，比去年增加5万美元。',
  '江州计划在2024至2025雪季举办冰雪活动300项以上。深圳分会场销售额为3260万元，佛山分会场为1480万元。',
].join('\n');

describe('readings after the first look at sets 184 to 187', () => {
  const issues = summaryIssues(analyzeText(FIFTH_ARTICLE, 'reading-rules-28f', '2025-11-20'));

  it('knows the dynasties, the Buddha and SiC where the source names them (初唐, 夏时期, 卧佛, 碳化硅)', () => {
    expect(issues('en', 'Carving at Jiangzhou began in the early Tang dynasty.')).toEqual([]);
    expect(issues('en', 'The site dates from the late Longshan period to the Xia period.')).toEqual([]);
    expect(issues('en', 'The Reclining Buddha is 31 metres long.')).toEqual([]);
    expect(issues('en', 'Jingyue has started a SiC substrate line.')).toEqual([]);
    expect(issues('en', 'Jingyue has started a GaN substrate line.')).not.toEqual([]);
  });

  it('reads "rose by US$50,000 to US$450,000" as a change and the level it reached, not a range', () => {
    expect(readEnglish('prize money rose by US$50,000 to US$450,000')).toEqual([['US$50,000', 'money', 50000, 'USD'], ['US$450,000', 'money', 450000, 'USD']]);
    expect(readEnglish('sales rose by 5% to 20%')).toEqual([['5% to 20%', 'percent', 5, '%']]);
    expect(readEnglish('prize money rose by US$50,000 to HK$450,000')).toEqual([['US$50,000', 'money', 50000, 'USD'], ['HK$450,000', 'money', 450000, 'HKD']]);
    expect(issues('en', 'The total prize money rose by US$50,000 to US$450,000 this year.')).toEqual([]);
    expect(issues('en', 'The total prize money rose by US$50,000 to US$550,000 this year.')).not.toEqual([]);
  });

  it('accepts one stated figure as a multiple of another when the multiple holds (是…的两倍多)', () => {
    expect(issues('zh', '深圳分会场销售额为3260万元，是佛山分会场1480万元的两倍多。')).toEqual([]);
    expect(issues('zh', '深圳分会场销售额为3260万元，是佛山分会场1480万元的三倍多。')).not.toEqual([]);
    expect(issues('zh', '深圳分会场销售额为3260万元，比佛山分会场1480万元增长两倍多。')).not.toEqual([]);
  });

  it('reads 2024至2025雪季 as the two years of the season', () => {
    expect(read('2024至2025雪季举办冰雪活动300项以上。')[0]).toEqual(['2024至2025', 'period', '2024..2025', null, null]);
    expect(issues('en', 'Jiangzhou plans more than 300 ice and snow events in the 2024-2025 season.')).toEqual([]);
  });
});
