import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../../src/ingest/index.js';
import { analyzeArticle } from '../../../src/pipeline/analyze-article.js';
import { createAnalysisContext } from '../../../src/pipeline/create-analysis-context.js';
import { englishBrief } from '../../../src/summarize/builtin/index.js';
import { DEFAULT_SUMMARY_LENGTHS } from '../../../src/summarize/provider.js';

const root = resolve(import.meta.dirname, '../../..');
const briefs = new Map<string, string[]>();

/** The brief's figure items of an audited article, one "Label (time): figure." per entry. */
function items(set: number, file: string): string[] {
  const key = `${set}/${file}`;
  const cached = briefs.get(key);
  if (cached) return cached;
  const path = resolve(root, `fixtures/llm/blind${set}-articles`, file);
  const analyzed = analyzeArticle(ingestBytes(readFileSync(path), path), createAnalysisContext({ referenceDate: null }));
  const brief = englishBrief(analyzed, DEFAULT_SUMMARY_LENGTHS);
  expect(brief.split(/\s+/u).length).toBeLessThanOrEqual(DEFAULT_SUMMARY_LENGTHS.enWords.max);
  const out = brief.split(/(?<=\.) (?=[A-Z])/u).filter((s) => s.includes(': ') && !s.startsWith('Topics:'));
  briefs.set(key, out);
  return out;
}

describe('the time of a figure in the English brief', () => {
  it('shows a comparison base as a base, never as the figure’s year', () => {
    // 2024年全县县域内就诊率达到91.2%，较2021年提高8.6个百分点
    // 提高8.6个百分点 is a change and says so (blind24/25 audit: changes were shown as levels).
    expect(items(20, 'z03-county-clinics.txt')).toContain('Rise (2024, compared with 2021): 8.6 percentage points.');
    // 覆盖率达到92%，比2020年提高11个百分点
    // 提高11个百分点 is a change and says so (blind24/25 audit).
    expect(items(22, 'b08-school-meals.txt')).toContain('Rise (compared with 2020): 11 percentage points.');
    // 8月份，全国共销售彩票541.27亿元，比去年同月增加36.05亿元，增长7.1%；环比下降2.3%。
    const lottery = items(23, 'c06-lottery-sales.txt');
    expect(lottery).toContain('Growth (August): 7.1%.');
    expect(lottery.join(' ')).not.toMatch(/\(2023\)/u);
  });

  it('gives a base year’s own figure that year (比去年实际完成的596亿元)', () => {
    expect(items(21, 'l05-grid-upgrade.txt')).toContain('Figure (2025): RMB 59.6 billion.');
  });

  it('keeps a deadline or a plan of another clause out of a figure', () => {
    // 汨罗将力争到2027年把龙舟赛事打造成…，并计划投资约2.5亿元
    // 汨罗将…计划投资约2.5亿元: the city's plan, and the brief's lead is the river (汨罗江).
    expect(items(22, 'b01-dragon-boat-race.txt')).toContain('Miluo investment (plan): about RMB 250 million.');
    // 全县计划在2026年底前完成10万亩老梨园品种改良，每亩补贴800元，力争3年内将酥梨综合产值提升至100亿元
    const pears = items(22, 'b02-pear-harvest.txt');
    expect(pears).toContain('Output value (target): RMB 10 billion.');
    expect(pears.join(' ')).not.toContain('end of 2026');
    // 到2030年…需求将达200万至300万吨，而目前已投产产能不到100万吨
    expect(items(21, 'l06-aviation-biofuel.txt')).toContain('Capacity: less than 1 million t.');
    // 茫崖市自2024年起建设…，旺季房价每晚480元至1280元不等，较去年上涨约一成
    expect(items(20, 'z02-stargazing-tourism.txt')).toContain('Rise (compared with 2024): about 10%.');
    // 吴桥杂技艺术学校今年在校生约1100人…；当地计划到2027年建成杂技文化产业园，总投资12亿元: the 今年 of the
    // statement before the semicolon is not the plan's year.
    expect(items(217, 'hm07-wuqiao-circus-festival.txt')).toContain('Investment (plan): RMB 1.2 billion.');
  });

  it('dates no figure of a headline’s later part by the time of an earlier part', () => {
    // The headline's two parts, set apart by a space, are two statements: the 12.6万 registered by 9月30日
    // are no figure of 前三季度, which dates the 112 donations before the space.
    const text = [
      '滨江前三季度完成器官捐献112例 登记意愿人数达12.6万',
      '2025-10-15 滨江日报',
      '今年前三季度，滨江市共完成公民逝世后器官捐献112例，同比增长16.7%。',
      '截至9月30日，滨江市登记器官捐献意愿的人数达到12.6万人，比去年底增加近3万人。',
    ].join('\n');
    const analyzed = analyzeArticle(ingestBytes(Buffer.from(text), 'organ-donation.txt'), createAnalysisContext({ referenceDate: null }));
    const brief = englishBrief(analyzed, DEFAULT_SUMMARY_LENGTHS);
    expect(brief).toMatch(/Figure: 126,000\./u);
    expect(brief).not.toMatch(/\(the first three quarters of 2025\): 126,000/u);
    expect(brief).toMatch(/Growth \(the first three quarters of 2025\): 16\.7%\./u);
  });

  it('reads a target as a target', () => {
    expect(items(20, 'z02-stargazing-tourism.txt')).toContain('Revenue (2027 target): RMB 1 billion.');
    // 岳麓重工董事长彭志刚表示，公司今年海外收入目标为260亿元: the firm's target, named.
    expect(items(21, 'l07-machinery-exports.txt')).toContain('Yuelu Heavy Industry Machinery Co., Ltd. revenue (2025 target): RMB 26 billion.');
  });
});

describe('a change from one level to another', () => {
  it('is one item whose start carries no change label', () => {
    // 2024年秋季学期起，…膳食补助标准由每生每天4元提高到5元
    expect(items(22, 'b08-school-meals.txt')).toContain('Subsidies (2024): from RMB 4 to RMB 5 per student per day.');
    // 村医基本补助标准由每人每月600元提高到900元
    expect(items(20, 'z03-county-clinics.txt')).toContain('Subsidies: from RMB 600 to RMB 900 per person per month.');
    // 农村地区火灾起数占全市的比重由去年同期的近六成降至47%
    expect(items(20, 'z06-volunteer-firefighters.txt')).toContain('Share (H1 2025): from nearly 60% in the same period of 2024 to 47%.');
  });
});

describe('figures that share an item', () => {
  it('never joins figures of different clauses, periods or subjects', () => {
    // 2024年出口额13.92亿美元…；今年一季度出口额为3.41亿美元
    const pets = items(23, 'c07-pet-food.txt');
    expect(pets).toContain('Exports (2024): US$1.392 billion.');
    expect(pets).toContain('Exports (Q1 2025): US$341 million.');
    // 福利彩票…增长5.7%…体育彩票…增长9.8%
    expect(items(23, 'c06-lottery-sales.txt').join(' ')).not.toMatch(/5\.7% and 9\.8%/u);
    expect(items(21, 'l02-textile-cluster.txt').every((s) => !/ and /u.test(s.split(': ')[1] ?? ''))).toBe(true);
  });
});

describe('whose figure it is', () => {
  it('names no city or district for a company’s or a project’s figure', () => {
    expect(items(23, 'c05-industrial-robots.txt').join(' ')).not.toContain('Foshan revenue');
    expect(items(23, 'c07-pet-food.txt').join(' ')).not.toContain('Hangzhou revenue');
    expect(items(22, 'b06-community-renovation.txt').join(' ')).not.toContain('Qingshan District investment');
    // 对东盟出口12.4亿美元: exports to ASEAN, not by it
    expect(items(21, 'l02-textile-cluster.txt').join(' ')).not.toContain('ASEAN exports');
  });
});

describe('labels and units of the brief’s figures', () => {
  it('labels a figure by its own noun', () => {
    expect(items(22, 'b01-dragon-boat-race.txt')).toContain('Prize money: RMB 1.2 million.');
    expect(items(22, 'b06-community-renovation.txt')).toContain('Satisfaction: 96.3%.');
    expect(items(20, 'z04-fish-cage-farming.txt')).toContain('Purchase price: about RMB 26 per kg.');
    expect(items(22, 'b08-school-meals.txt')).toContain('Figure: 5% to 10%.');
  });

  it('says what a price or subsidy is per', () => {
    expect(items(22, 'b02-pear-harvest.txt')).toContain('Subsidies (plan): RMB 800 per mu.');
    expect(items(23, 'c02-gold-jewelry.txt')).toContain('Price: more than RMB 1,100 per gram.');
    expect(items(23, 'c03-cotton-harvest.txt')).toContain('Price: RMB 14,892 per tonne.');
  });
});

describe('blind24/25: whose figures they are', () => {
  it('names the party a statement is about', () => {
    // 裕丰农牧集团10月销售生猪286万头…实现销售收入38.7亿元
    expect(items(25, 'e01-hog-sales-reports.txt')).toContain('Yufeng Agriculture and Animal Husbandry Group sales revenue (October): RMB 3.87 billion.');
    // 楚虾食品股份有限公司…出口额约5200万美元
    expect(items(25, 'e08-crayfish-industry.txt')).toContain('Chuxia Food Co., Ltd. exports (January to April 2025): about US$52 million.');
    // 该市今年计划再投入资金9.8亿元: 该市 is 陇南市, not Gansu and not the county named last; and
    // 计划再投入 is a plan (blind26–29 audit: plans were shown as results).
    expect(items(25, 'e07-rural-roads.txt')).toContain('Longnan funds (2026 plan): RMB 980 million.');
  });

  it('reads 公司 as the firm that just spoke, not the firm named last', () => {
    // 天衡牧业表示，公司10月生猪养殖完全成本已降至每公斤12.1元 (华信证券 was named before)
    const hogs = items(25, 'e01-hog-sales-reports.txt');
    expect(hogs).toContain('Cost (October): RMB 12.10 per kg.');
    expect(hogs.join(' ')).not.toContain('Huaxin Securities');
    // 裕丰农牧副总裁刘海宁…称，公司目前养殖完全成本约为每公斤12.6元: the speaker's firm.
    expect(hogs).toContain('Yufeng Agriculture and Animal Husbandry Group cost: about RMB 12.60 per kg.');
    // 岳华纸业日前发布的业绩快报显示，公司2024年实现营业收入约312亿元 (恒川纸业 was named before)
    expect(items(25, 'e05-paper-price-hikes.txt')).toContain('Revenue (2024): about RMB 31.2 billion.');
  });

  it('leaves out the figures of a party it cannot name', () => {
    // 海岳轮胎实现营业收入96.8亿元 and 鼎新食品…销售均价为每公斤11.65元
    expect(items(25, 'e06-tyre-overseas-plants.txt').join(' ')).not.toContain('RMB 9.68 billion');
    expect(items(25, 'e01-hog-sales-reports.txt').join(' ')).not.toContain('RMB 11.65 per kg');
  });
});

describe('blind24/25: labels and times that do not govern a figure', () => {
  it('shows a change as a change', () => {
    // 比上届增加约80人; 住宿价格较平日下调10%—20%
    expect(items(24, 'd01-swimming-championships.txt')).toContain('Rise: about 80.');
    expect(items(24, 'd02-opera-festival.txt')).toContain('Price cut: 10% to 20%.');
  });

  it('lists no age bound as a share, and no count of countries as users', () => {
    expect(items(24, 'd05-ambulance-dispatch.txt').join(' ')).not.toContain('aged 60');
    expect(items(24, 'd07-mural-digitization.txt').join(' ')).not.toContain('Users: 78');
    expect(items(25, 'e07-rural-roads.txt').join(' ')).not.toContain('Investment (2026): 10,500 km');
  });

  it('gives a cumulative figure its start and a yearly one no year', () => {
    // 自2020年2月上线以来，累计服务用户超过1500万人次
    expect(items(24, 'd07-mural-digitization.txt')).toContain('Users (since February 2020): more than 15 million.');
    // 2024年…，每年产生的观测数据约15PB
    expect(items(24, 'd03-radio-telescope.txt')).toContain('Annual output: about 15 PB.');
    // 下半年，中心计划推出…，预计每年可为缴存人节省利息支出逾3亿元
    expect(items(25, 'e03-provident-fund-loans.txt')).toContain('Interest savings (forecast): more than RMB 300 million.');
  });
});

describe('blind26–29: whose figures they are', () => {
  it('never names the news agency of a dateline as the party', () => {
    // 新华社合肥10月21日电（记者周明远）记者21日从安徽省邮政管理局获悉，今年前三季度，全省快递业务量…同比增长18.6%
    const parcels = items(28, 'ac01-express-parcel-volume.txt');
    expect(parcels).toContain('Growth (the first three quarters of 2025): 18.6%.');
    expect(parcels).toContain('Revenue (the first three quarters of 2025): RMB 42.85 billion.');
    for (const [set, file] of [[28, 'ac01-express-parcel-volume.txt'], [28, 'ac06-water-saving-irrigation.txt'], [29, 'ad02-ship-lock-traffic.txt']] as const) {
      expect(items(set, file).join(' ')).not.toContain('Xinhua');
    }
  });

  it('reads 全省… after the body that announced it as the province’s, not the body’s', () => {
    // 本报杭州10月27日电（记者郑雅婷）浙江省公安厅27日召开新闻发布会通报，今年前三季度，全省…群众财产损失同比下降31.4%
    expect(items(26, 'o07-telecom-fraud.txt')).toContain('Decline (the first three quarters of 2025): 31.4%.');
  });

  it('names each place of a breakdown (分地区看) as the holder of its figures', () => {
    // 分地区看，广东省高速公路假期日均流量为586万辆次，同比增长5.3%…；江苏省日均412万辆次，增长3.8%
    const traffic = items(27, 'ab01-expressway-holiday-traffic.txt');
    expect(traffic).toContain('Guangdong growth: 5.3%.');
    expect(traffic).toContain('Jiangsu growth: 3.8%.');
    // 分省区看，…云南产糖242.8万吨，增长8.6%；…海南产糖16.9万吨，下降4.5%
    const sugar = items(27, 'ab02-sugarcane-crushing-season.txt');
    expect(sugar).toContain('Yunnan growth: 8.6%.');
    expect(sugar).toContain('Hainan decline: 4.5%.');
  });

  it('leaves out a competitor’s or another firm’s figures rather than credit them to the lead', () => {
    // 同为行业头部企业的华越电器上半年…营业收入417.5亿元
    const gelan = items(29, 'ad01-air-conditioner-sales.txt');
    expect(gelan.join(' ')).not.toContain('RMB 41.75 billion');
    expect(gelan).toContain('Revenue (H1 2025): RMB 48.637 billion.');
    // 甬达国际物流股份有限公司…，上半年该公司欧洲业务营业收入8.7亿元 (宁波海拓 was named before)
    expect(items(27, 'ab08-overseas-warehouses.txt').join(' ')).not.toContain('RMB 870 million');
    // 华证指数研究院首席分析师邓立明认为…全年新发规模有望超过550亿元: the market's, not the institute's.
    expect(items(29, 'ad07-reits-market.txt')).toContain('Scale (forecast): more than RMB 55 billion.');
  });
});

describe('blind26–29: times that do not govern a figure', () => {
  it('dates no figure by a construction start, a fuel loading or a launch', () => {
    // “曦光-2”装置于2021年3月开工建设，总投资约36.8亿元
    const fusion = items(28, 'ac02-fusion-plasma-record.txt');
    expect(fusion).toContain('Investment: about RMB 3.68 billion.');
    expect(fusion).toContain('Figure: more than 95%.');
    // 较该装置2024年12月创下的310秒纪录提升近七成: December 2024 is the base, not the rise's time.
    expect(fusion).toContain('Rise (compared with December 2024): nearly 70%.');
    // 2025年8月完成首次装料，同年10月12日首次并网，建设工期约60个月，总投资约205亿元
    expect(items(27, 'ab03-nuclear-unit-operation.txt')).toContain('Investment: about RMB 20.5 billion.');
    // 今年3月推出的…骨瓷餐具单套售价约680元
    expect(items(26, 'o01-ceramics-exports.txt')).toContain('Jiangxi Ciyuan Taoci Co., Ltd. price: about RMB 680.');
  });

  it('reads 自…推行…改革以来 as "since"', () => {
    // 自2024年11月推行“高效办成一件事”改革以来，济南市已上线…集成服务38项
    const services = items(28, 'ac04-one-stop-services.txt');
    expect(services).toContain('Figure (since November 2024): 38 items.');
    expect(services.join(' ')).not.toMatch(/\(November 2024\)/u);
  });

  it('lists no comparison level whose time it cannot show', () => {
    // ILI%为6.8%，高于前一周的6.1%: 6.1% is last week's, not 2025's.
    expect(items(27, 'ab04-influenza-season-clinics.txt').join(' ')).not.toContain('6.1%');
  });
});

describe('blind26–29: plans, forecasts and requirements', () => {
  it('shows a plan, a forecast or a requirement as one, not as a result', () => {
    // ⟦今年⟧长沙计划再投资⟦约22亿元⟧
    expect(items(26, 'o05-urban-drainage.txt')).toContain('Investment (2025 plan): about RMB 2.2 billion.');
    // 今年起，全市新建公共建筑无障碍设施验收合格率要求达到100%
    expect(items(26, 'o02-accessibility-retrofit.txt')).toContain('Figure (2025 requirement): 100%.');
    // 2026年全省互联网医院数量计划增至260家以上，…并推动…覆盖全部16个州（市）
    expect(items(28, 'ac05-internet-hospitals.txt')).toContain('Coverage (2026 plan): 16.');
    // 全省预警信息将通过手机短信、应急广播等渠道实现分钟级靶向发布，覆盖人群超过5800万人; 今年全省将再投入1.2亿元
    const radar = items(29, 'ad08-weather-radar.txt');
    expect(radar).toContain('Coverage (2026 forecast): more than 58 million.');
    expect(radar).toContain('Figure (2026 plan): RMB 120 million.');
  });
});

describe('blind26–29: labels', () => {
  it('labels a growth rate as a change, a saving as a saving and a daily average as one', () => {
    // 鲁膳食品营收增16.4%; 格澜电器上半年空调销量增逾两成
    expect(items(27, 'ab06-prepared-meals-industry.txt')).toContain('Lushan Food Co., Ltd. revenue rise (H1 2024): 16.4%.');
    expect(items(29, 'ad01-air-conditioner-sales.txt')).toContain('Sales rise (H1 2025): more than 20%.');
    // 可节省燃油和人工成本约1200元
    expect(items(29, 'ad02-ship-lock-traffic.txt')).toContain('Cost saving: about RMB 1,200.');
    // 日均成交额约10.8亿元: the figure's English says "per day on average", so the label need not.
    expect(items(29, 'ad07-reits-market.txt')).toContain('Turnover (the first three quarters of 2025): about RMB 1.08 billion per day on average.');
    // 日均约1.2万人次: with no measure, "daily average" is still the label.
    expect(items(20, 'z07-library-renovation.txt')).toContain('Daily average: about 12,000 per day on average.');
  });

  it('lists neither side of a ratio to a unit amount', () => {
    // 每1元演唱会票房可带动约4.2元的交通、住宿、餐饮等周边消费
    const concerts = items(27, 'ab05-concert-economy-cities.txt').join(' ');
    expect(concerts).not.toMatch(/RMB 1\.(?!\d)/u);
    expect(concerts).not.toContain('RMB 4.20');
  });
});

describe('fixture audit: figures the verifier flagged in the brief', () => {
  it('keeps the bound the source states before a figure', () => {
    // 若比例低于80%，则由福建省向广东省拨付相应资金: a threshold, not a level of 80%.
    expect(items(28, 'ac03-river-eco-compensation.txt')).toContain('Proportion: below 80%.');
  });

  it('keeps the bound the source states across the whole a share is part of', () => {
    // 共有23匹马…被淘汰，超过参赛马匹的一成: more than a tenth of the horses, not a tenth.
    const brief = items(235, 'ie07-hulunbuir-endurance-ride.txt').join(' ');
    expect(brief).toContain('more than 10%');
    expect(brief).not.toMatch(/(?<!more than )\b10%/);
  });

  it('takes no body figure whose qualifier the headline contradicts for the headline\'s twin', () => {
    // The headline's 冷库储量同比增逾两成 and the body's 化肥用量比2022年减少近两成 share a value only.
    const brief = items(279, 'jw02-korla-fragrant-pear.txt').join(' ');
    expect(brief).toContain('nearly 20%');
    expect(brief).not.toMatch(/Year on year \(2025, compared with 2022\): nearly 20%/u);
  });

  it('states a named target another figure falls below as the target it is', () => {
    // 覆盖率为86.7%，低于95%的目标值: the 低于 bounds the coverage; the target is 95%.
    const brief = items(121, 'dt07-urban-health-checks.txt');
    expect(brief).toContain('Figure: 95%.');
    expect(brief.join(' ')).not.toContain('below 95%');
  });

  it('dates a target by the deadline that leads its clause, not by a 今年 beyond a semicolon', () => {
    // 今年广州将再筛查15万人次…；到2025年底，高危人群筛查覆盖率力争达到40%，早期肺癌诊断比例稳定在75%以上。
    const brief = items(38, 'am07-lung-cancer-screening.txt');
    expect(brief).toContain('Coverage (end of 2025 target): 40%.');
    expect(brief.join(' ')).not.toContain('2024 target');
  });

  it('names a person without the years of a life the glossary adds (Lord Kelvin 1824-1907)', () => {
    const path = resolve(root, 'fixtures/llm/blind146-articles/es06-liquid-metal-materials.txt');
    const analyzed = analyzeArticle(ingestBytes(readFileSync(path), path), createAnalysisContext({ referenceDate: null }));
    const brief = englishBrief(analyzed, DEFAULT_SUMMARY_LENGTHS);
    expect(brief).toContain('Lord Kelvin');
    expect(brief).not.toMatch(/1824/u);
  });

  it('says a range at one end of a change as one range', () => {
    // 从原先的1.2万元左右降至5000元至6000元
    expect(items(29, 'ad03-dental-implant-prices.txt')).toContain('Figure: from about RMB 12,000 to between RMB 5,000 and RMB 6,000.');
  });

  it('gives a figure of a headline’s later part the time the body states with it', () => {
    // 浙江前三季度…同比下降22.6% 紧急止付涉案资金约38.6亿元; the body: 今年以来…约38.6亿元.
    expect(items(26, 'o07-telecom-fraud.txt')).toContain('Funds (since 2025): about RMB 3.86 billion.');
  });

  it('reads 前十个月 as the first ten months, not as the month named before it', () => {
    // 星驰汽车10月交付新车4.12万辆 前十个月累计交付超30万辆
    const cars = items(7, 'j02-nev-deliveries.txt');
    expect(cars).toContain('Deliveries (October): 41,200 vehicles.');
    expect(cars).toContain('Deliveries (the first 10 months): more than 300,000 vehicles.');
  });

  it('credits no firm named before with the figure of a firm it cannot name', () => {
    // 天山乳业董事长…表示…。公司股票3月5日复牌…上涨7.9%: 公司 is 天山乳业, not 内蒙古绿原牧业有限公司.
    const dairy = items(13, 's03-dairy-merger.txt');
    expect(dairy).toContain('Rise: 7.9%.');
    expect(dairy.join(' ')).not.toMatch(/Lüyuan[^:]*rise: 7\.9%/u);
  });

  it('shows the share of a target achieved as an achievement, not as a target', () => {
    // 完成全年目标任务85万人的92.5%; title: 完成全年目标九成以上
    const jobs = items(6, 'i06-sichuan-employment.txt');
    expect(jobs).toContain('Figure (the first three quarters of 2025): 92.5%.');
    expect(jobs.join(' ')).not.toContain('target');
  });

  it('takes a headline figure\'s time from the body that states it again', () => {
    // Headline: 上半年银行理财市场规模回升至29.5万亿元; body: 截至6月末，…存续规模达29.5万亿元.
    const wealth = items(36, 'ak03-wealth-management.txt');
    expect(wealth.filter((i) => i.includes('29.5 trillion'))).toEqual(['Scale (end of June): RMB 29.5 trillion.']);
  });

  it('lists a headline figure once where the body states it as the level a change reached, with the body\'s time', () => {
    // Headline: 中老铁路前三季度…品类增至3000多种; body: 截至9月底，…品类由开通初期的10多种增至3000多种.
    const freight = items(288, 'kf03-china-laos-freight.txt');
    expect(freight.filter((i) => i.includes('3,000 types'))).toEqual(['Foreign trade (end of September): from more than 10 types to more than 3,000 types.']);
  });

  it('lists a headline figure the body states again as the body states it, qualifier included', () => {
    // Headline: 实现1.2亿摄氏度等离子体…; body: 电子温度约1.2亿摄氏度.
    const fusion = items(28, 'ac02-fusion-plasma-record.txt');
    expect(fusion.filter((i) => i.includes('120 million °C'))).toEqual([expect.stringMatching(/: about 120 million °C\.$/u)]);
  });
});
