/**
 * Reading rules added with the first look at blind sets 104 to 107 (see fixtures/llm/README.md), on
 * synthetic articles (not the sets' wording).
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '江州海关助企出口 改装车整治见成效',
  '2025-07-20 江州日报',
  '本报讯（记者林青）据江州有色网数据，6月17日电解镍现货均价报每吨12.8万元，较年初上涨约8%。',
  '一季度，江州海关共为相关企业办理出口报关单1.5万余票，签发原产地证书约4200份。',
  '其中，新能源汽车召回29次，涉及车辆86.4万辆。江州远航汽车公司宣布召回纯电动汽车共计12.3万辆。',
  '其中，互联网广告案件1650件；网络直播带货领域案件达392件。广州互联网法院共受理案件5120件。',
  '首批覆盖粉丝量超过10万的主播约8000名。一名驾驶人被行政拘留10日。',
  '自2月开展专项整治以来，截至7月31日，全市共查处改装车违法行为6310起，同比增长18.2%。',
  '全市将基本淘汰35蒸吨以下燃煤锅炉。本站比赛总奖金达到21万瑞士法郎。此前在排名赛中，李若涵以72支箭681环排名第一。',
  '全市体检率达到71.4%，比去年同期提高3.2个百分点，提前完成70%的年度目标。',
].join('\n');

const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-24', '2025-07-20'));

describe('readings after the first look at sets 104 to 107', () => {
  it('reads 6月17日电解镍 as a day the body states, not a dateline', () => {
    expect(issues('en', 'The spot price of electrolytic nickel averaged 128,000 yuan per tonne on June 17.')).toEqual([]);
  });

  it('reads 涉及 as going on with the clause before, and 互联网 as online but not inside a court name', () => {
    expect(issues('en', 'New-energy vehicles accounted for 29 recalls involving 864,000 units.')).toEqual([]);
    expect(issues('en', 'Online advertising accounted for 1,650 of the cases.')).toEqual([]);
    expect(issues('zh', '广州互联网法院共受理案件5120件。')).toEqual([]);
  });

  it('reads 超过10万的, 拘留10日, 35蒸吨以下, 瑞士法郎 and 681环', () => {
    expect(issues('en', 'The first batch covers about 8,000 hosts with more than 100,000 followers.')).toEqual([]);
    expect(findQuantities('一名驾驶人被行政拘留10日', { referenceDate: '2025-07-20' }).map((q) => [q.kind, q.value, q.unit])).toEqual([['duration', 10, 'day']]);
    expect(issues('en', 'A driver was detained for 10 days.')).toEqual([]);
    expect(issues('en', 'Coal-fired boilers below 35 steam tonnes will be largely phased out.')).toEqual([]);
    expect(issues('en', 'Total prize money reached 210,000 Swiss francs.').filter((i) => !i.includes('Swiss:'))).toEqual([]);
    expect(issues('en', 'Total prize money reached 210,000 euros.')).not.toEqual([]);
    expect(issues('en', 'Li Ruohan topped the ranking round with 681 points from 72 arrows.')).toEqual([]);
  });

  it('reads "in February to July 31" as a month and the day the run ends', () => {
    expect(findEnglishQuantities('from a campaign in February to July 31').map((q) => [q.kind, q.value])).toEqual([['date', '--02'], ['date', '--07-31']]);
    expect(issues('en', 'Police handled 6,310 cases of illegal vehicle modification from a campaign in February to July 31, up 18.2%.')).toEqual([]);
  });

  it('pairs a target after a change in points with it only when a word leads to it', () => {
    expect(issues('en', 'The check-up rate reached 71.4%, up 3.2 percentage points from a year earlier, meeting the annual target of 70% early.')).toEqual([]);
  });
});

const ROUND_FIVE = [
  '江州激光雷达降价 夜景照明有新规',
  '2025-04-15 江州日报',
  '本报讯（记者林青）公司车载激光雷达平均单价首次跌破200美元。',
  '生态敏感区域新建户外LED显示屏夜间亮度不得超过每平方米200坎德拉，商业街区景观照明最晚不得超过次日零时30分。',
  '2025全国城市定向系列赛总决赛于12月6日至7日在杭州举行。女子组冠军用时55分42秒。',
  '课堂互动次数从平均11次增加到27次。',
].join('\n');

const roundFive = summaryIssues(analyzeText(ROUND_FIVE, 'reading-rules-24b', '2025-04-15'));

describe('readings after the first look at sets 108 to 111', () => {
  it('reads 跌破 as below, 坎德拉 with its bound before 每, and 零时30分 as half past midnight', () => {
    expect(roundFive('en', 'The average price of its automotive lidar has fallen below $200 for the first time.')).toEqual([]);
    expect(roundFive('en', 'New outdoor LED screens are capped at 200 candelas per square metre at night.')).toEqual([]);
    expect(roundFive('en', 'Decorative lighting may stay on no later than 12:30 a.m.')).toEqual([]);
    expect(roundFive('en', 'Decorative lighting may stay on no later than 1:30 a.m.')).not.toEqual([]);
  });

  it('reads no count in 2025全国, a race time of 55:42, and "from an average of 11 to 27" as a change', () => {
    expect(roundFive('zh', '2025全国城市定向系列赛总决赛于12月6日至7日在杭州举行。')).toEqual([]);
    expect(findEnglishQuantities('took the title in 55:42').map((q) => [q.kind, q.value, q.unit])).toEqual([['duration', 3342, 'second']]);
    expect(roundFive('en', 'The women\u2019s winner finished in 55:42.').filter((i) => !i.includes('name'))).toEqual([]);
    expect(roundFive('en', 'Classroom interactions rose from an average of 11 to 27 per lesson.')).toEqual([]);
  });
});
