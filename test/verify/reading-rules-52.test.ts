/**
 * Reading rules added in session 26 after the first look at blind sets 500 to 507 (see
 * fixtures/llm/README.md), on a synthetic article (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { isBaseTime } from '../../src/verify/sentence-context.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('a base time named by its moment', () => {
  it('takes 从2022年高点时的 as the start of a change, not its time', () => {
    const text = '工业硅价格已从2022年高点时的每吨近4万元回落至目前的9000元左右。';
    const at = text.indexOf('2022年');
    expect(isBaseTime(text, at, at + 5, 'zh')).toBe(true);
    const plain = '工业硅价格2022年为每吨近4万元。';
    const at2 = plain.indexOf('2022年');
    expect(isBaseTime(plain, at2, at2 + 5, 'zh')).toBe(false);
  });
});

const ARTICLE = [
  '青山区民生与产业简讯',
  '2025-11-20 青山日报',
  '区体育局副局长王明表示，“今年全区举办的登楼赛事超过12场，参与人次超过3万”。',
  '干海参市场主流价格在每500克1300元至2000元之间，较去年同期下降一至两成；鲜参收购量同比增长5.3%。',
  '新建果园每亩种植120株左右。',
  '1至8月全区已完成改造的户数，占全年1.2万户目标的八成以上。',
  '家住东关的68岁老人赵秀英，去年冬天在浴室滑倒摔伤。今年5月，社区为她家安装了扶手。',
  '一级红富士苹果每斤4.5元。',
  '第五届环滇池国际公路自行车赛4月13日落幕。',
  '岳阳、邵阳两市小麦种植面积均在150万亩以上。',
  '力争到2026年底，全区新生儿重型地贫发生率控制在每万名0.8例以下。',
  '6月8日，2025青山越野跑在青山镇开赛。本届赛事设80公里、40公里和20公里三个组别，吸引了来自18个国家和地区的2600名跑者参赛。',
  '80公里组累计爬升5200米，今年关门时间比去年缩短2小时。',
].join('\n');

describe('summaries of the session 26 second-round article (sets 500–507)', () => {
  const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-52', '2025-11-20'));

  it('reads a bare 万 figure before a closing quote', () => {
    expect(issues('en', 'Wang Ming said more than 12 stair-climbing events were held in the district this year, with total participation exceeding 30,000.')).toEqual([]);
    expect(issues('en', 'Wang Ming said more than 12 stair-climbing events were held in the district this year, with total participation exceeding 40,000.')).not.toEqual([]);
  });

  it('reads 同比回落 as a decline', () => {
    expect(issues('zh', '干海参主流价格为每500克1300元至2000元，同比回落一至两成。')).toEqual([]);
    expect(issues('zh', '干海参主流价格为每500克1300元至2000元，同比回落两至三成。')).not.toEqual([]);
  });

  it('carries 约 across the verb of planting', () => {
    expect(issues('zh', '新建果园每亩约种120株。')).toEqual([]);
    expect(issues('zh', '新建果园每亩种120株。')).not.toEqual([]);
  });

  it('carries 超过 across a target named with its figure', () => {
    expect(issues('zh', '1至8月改造户数已超过全年1.2万户目标的八成。')).toEqual([]);
    expect(issues('zh', '1至8月改造户数已达到全年1.2万户目标的八成。')).not.toEqual([]);
  });

  it('dates nothing by a person’s age', () => {
    expect(issues('en', 'Zhao Xiuying, 68, who slipped in her bathroom last winter, had grab bars installed in May.')).toEqual([]);
    expect(issues('en', 'Zhao Xiuying, 68, who slipped in her bathroom last winter, had grab bars installed in July.')).not.toEqual([]);
  });

  it('finds Fuji and a Tour of a lake', () => {
    expect(issues('en', 'First-grade Red Fuji apples sold for 4.5 yuan per jin.')).toEqual([]);
    expect(issues('en', 'First-grade Red Jonagold apples sold for 4.5 yuan per jin.')).not.toEqual([]);
    expect(issues('en', 'The fifth Tour of Dianchi Lake International Road Cycling Race ended on April 13.')).toEqual([]);
    expect(issues('en', 'The fifth Jubilee of Dianchi Lake International Road Cycling Race ended on April 13.')).not.toEqual([]);
  });

  it('reads "of wheat or more" as a bound', () => {
    expect(issues('en', 'Yueyang and Shaoyang each planted 1.5 million mu of wheat or more.')).toEqual([]);
    expect(issues('en', 'Yueyang and Shaoyang each planted 1.5 million mu of wheat.')).not.toEqual([]);
  });

  it('reads 每万名0.8例以下 as under 0.8, and "per 10,000." as no figure', () => {
    expect(issues('en', 'The district aims to hold the incidence of severe thalassemia among newborns below 0.8 cases per 10,000.')).toEqual([]);
    expect(issues('en', 'The district aims to hold the incidence of severe thalassemia among newborns below 0.9 cases per 10,000.')).not.toEqual([]);
  });

  it('reads distances "competed over" as no bound, and times the field where the groups are listed', () => {
    expect(issues('en', 'The 2025 Qingshan trail run started on June 8 with 2,600 runners from 18 countries and regions competing over 80 km, 40 km and 20 km.')).toEqual([]);
    expect(issues('en', 'The 2025 Qingshan trail run started on June 9 with 2,600 runners from 18 countries and regions competing over 80 km, 40 km and 20 km.')).not.toEqual([]);
  });
});
