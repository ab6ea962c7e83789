/**
 * Reading rules added after blind set 3 (see fixtures/llm/README.md): a well-supported
 * reading (figure, unit and qualifier as the source states them, in a sentence sharing the
 * claim's wording) is not overruled by the softer pairing heuristics; 约为/约占 = 左右 = about;
 * "respectively" lists; passed/topped = 突破; hyphenated adjectives; release days; month-on-month bases.
 * Each rule is checked for the correct wording and for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '餐饮与消费数据速览',
  '2025年5月20日 本报记者',
  '国家统计局5月19日发布数据，4月份社会消费品零售总额达37174亿元，同比增长5.1%；全国城镇调查失业率为5.1%，环比下降0.1个百分点。',
  '截至9月底，全国门店数超过1万家的餐饮品牌已有9个。',
  '某港股上市餐饮企业披露，其人工成本占比不超过25%，单店日均客流逾1200人次。',
  '某公司门店总数突破1.2万家，研发投入相当于同期净利润的1.3倍左右。',
  '2024年弃风率为4.1%，弃光率为3.2%，分别较上年上升0.4个和1.2个百分点。',
  '一季度售价在4000至6000元区间的机型份额提升3.2个百分点。',
  '购买售价不超过6000元的手机可获补贴。',
].join('\n');

const analyzed = analyzeText(ARTICLE, 'reading-rules-3');
const issues = summaryIssues(analyzed);

describe('reading rules after blind set 3', () => {
  it('reads 约为…倍 and "about 1.3 times" as the source\'s 1.3倍左右', () => {
    expect(issues('zh', '研发投入约为同期净利润的1.3倍。')).toEqual([]);
    expect(issues('zh', '研发投入为同期净利润的1.3倍。')).not.toEqual([]);
    expect(issues('en', 'R&D spending was about 1.3 times net profit.')).toEqual([]);
    expect(issues('en', 'R&D spending was about 1.5 times net profit.')).not.toEqual([]);
    expect(findEnglishQuantities('visited 3 times a week')[0]?.kind).toBe('count');
  });

  it('reads "passed" as 突破 (over)', () => {
    expect(issues('en', 'The store count passed 12,000.')).toEqual([]);
    expect(issues('en', 'The store count reached 12,000.')).not.toEqual([]);
  });

  it('gives a "respectively" list its unit, and reads "between 4,000 and 6,000 yuan" as a range', () => {
    expect(issues('en', 'Curtailment rates were 4.1% for wind and 3.2% for solar, up 0.4 and 1.2 percentage points respectively.')).toEqual([]);
    expect(issues('en', 'Curtailment rates were 4.1% for wind and 3.2% for solar, up 0.5 and 1.2 percentage points respectively.')).not.toEqual([]);
    expect(issues('en', 'Phones priced between 4,000 and 6,000 yuan gained 3.2 percentage points of share.')).toEqual([]);
    expect(issues('en', 'Phones priced between 5,000 and 6,000 yuan gained 3.2 percentage points of share.')).not.toEqual([]);
  });

  it('keeps a figure stated as is where the source states it, against a rival of another sentence', () => {
    expect(issues('zh', '某港股上市餐饮企业的单店日均客流逾1200人次。')).toEqual([]);
    expect(issues('zh', '某港股上市餐饮企业的单店日均客流逾1300人次。')).not.toEqual([]);
  });

  it('reads a hyphenated adjective as a name only through its name part', () => {
    expect(issues('en', 'At one Hong Kong-listed restaurant group, labour costs are capped at 25%.')).toEqual([]);
    expect(issues('en', 'At one Macau-listed restaurant group, labour costs are capped at 25%.')).not.toEqual([]);
  });

  it('checks a release day against the source\'s release days, not the time of the data', () => {
    expect(issues('zh', '国家统计局5月19日发布的数据显示，4月社零总额约3.72万亿元。')).toEqual([]);
    expect(issues('zh', '国家统计局5月18日发布的数据显示，4月社零总额约3.72万亿元。')).not.toEqual([]);
  });

  it('accepts the month before as the base of a month-on-month change', () => {
    expect(issues('en', 'The surveyed urban unemployment rate was 5.1% in April, down 0.1 percentage point from March.')).toEqual([]);
    expect(issues('en', 'The surveyed urban unemployment rate was 5.1% in April, down 0.1 percentage point from February.')).not.toEqual([]);
  });

  it('does not let a lone figure borrow the end of a range when the source states it qualified', () => {
    expect(issues('zh', '购买售价不超过6000元的手机可获补贴。')).toEqual([]);
    expect(issues('zh', '购买售价6000元的手机可获补贴。')).not.toEqual([]);
  });
});
