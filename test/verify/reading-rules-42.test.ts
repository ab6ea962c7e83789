/**
 * Reading rules added in session 22 after the first look at blind sets 428 to 435 (see
 * fixtures/llm/README.md), on a synthetic article (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 22, third round', () => {
  const english = (text: string): [string, string, unknown, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);

  it('reads no figure in a score after "swept", a record after "went" or a tiebreak, and two months in a row as one span', () => {
    expect(english('Haicang swept Tong\'an 3-0')).toEqual([]);
    expect(english('the team went 14-2 in the regular season')).toEqual([]);
    expect(english('prices went up 5% in 2-3 weeks')).toEqual([['5%', 'percent', 5, '%', null], ['2-3 weeks', 'duration', 2, 'week', null]]);
    expect(english('beating her 6-4, 7-6(5) in the final')).toEqual([]);
    expect(english('exports were 16,000 tonnes in May and June')).toEqual([['16,000 tonnes', 'measure', 16000, 't', null], ['May and June', 'period', 'M05..M06', null, null]]);
    expect(english('5 tonnes in May and 6 tonnes in June respectively')).toEqual([
      ['5 tonnes', 'measure', 5, 't', null], ['May', 'date', '--05', null, null], ['6 tonnes', 'measure', 6, 't', null], ['June', 'date', '--06', null, null],
    ]);
  });

  it('reads "day-care" as no span, laps run "over" as no bound, a line named by its figure, and a half of a marathon', () => {
    expect(english('138 day-care centres')).toEqual([['138', 'count', 138, null, null]]);
    expect(english('the final was run over 45 laps')).toEqual([['45', 'count', 45, null, null]]);
    expect(english('sales rose over 45 units')).toEqual([['45', 'count', 45, null, 'over']]);
    expect(english('below the seven-day safety line')).toEqual([['seven-day', 'duration', 7, 'day', 'under']]);
    expect(english('I did not push too hard in the second half of the marathon course')).toEqual([]);
    expect(english('he eased off in the second half after winning the marathon')).toEqual([]);
  });
});

const ARTICLE = [
  '江川湘江动力上半年新签订单52.6亿元',
  '2025-11-20 江川日报',
  '报告期内，公司新签订单合计52.6亿元，同比增长21%，截至6月底在手订单约98亿元。',
  '今年5至6月，全省荔枝出口约1.6万吨，同比增长18.2%。',
  '市儿童医院今年已接听咨询电话3400多个。',
  '“入托半年以上的老人中，近六成睡眠有明显改善。”中心负责人刘燕说。',
  '供者剩余的肾脏通常会在术后半年内代偿到原来两个肾脏七成左右的功能。',
  '全市现有日间照料中心126家，提供日间托位3900个。',
  '红细胞库存仅能满足约5天的临床用血，低于7天的安全线。',
  '新版安全国标于7月1日起施行。截至9月底，全市已有41家企业完成产线改造。',
  '江川国际摩托艇大奖赛F1决赛共进行45圈。本届羽毛球赛事为世界羽联超级300级别赛事。',
  '暑期7、8月全市接待游客约320万人次。',
].join('\n');

describe('summaries of the session 22 third-round article (sets 428–435)', () => {
  const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-42', '2025-11-20'), [
    { zh: '江川', en: 'Jiangchuan', type: 'place' },
    { zh: '刘燕', en: 'Liu Yan', type: 'person' },
    { zh: '世界羽联', en: 'Badminton World Federation', type: 'organization' },
  ]);

  it('reads 报告期内 as the headline\'s period, "in May and June" as 5至6月, 3400多个 as more than, and 半年以上 as six months or more', () => {
    expect(issues('en', 'New orders signed in the first half totaled 5.26 billion yuan, up 21%.')).toEqual([]);
    expect(issues('en', 'New orders signed in the first three quarters totaled 5.26 billion yuan, up 21%.')).not.toEqual([]);
    expect(issues('en', 'The province exported about 16,000 tonnes of lychees in May and June, up 18.2% year on year.')).toEqual([]);
    expect(issues('en', 'The province exported about 16,000 tonnes of lychees in June and July, up 18.2% year on year.')).not.toEqual([]);
    expect(issues('en', 'The children\'s hospital hotline has answered more than 3,400 calls this year.')).toEqual([]);
    expect(issues('en', 'The children\'s hospital hotline has answered more than 4,300 calls this year.')).not.toEqual([]);
    expect(issues('en', 'Liu Yan said nearly 60% of those enrolled for six months or more slept clearly better.')).toEqual([]);
    expect(issues('en', 'Liu Yan said nearly 60% of those enrolled for nine months or more slept clearly better.')).not.toEqual([]);
  });

  it('reads 术后半年内, day-care places, a safety line, and a time in a clause before ", and" with every figure after', () => {
    expect(issues('en', 'The remaining kidney usually recovers about 70% of the function of both kidneys within six months of surgery.')).toEqual([]);
    expect(issues('en', 'The remaining kidney usually recovers about 70% of the function of both kidneys within eight months of surgery.')).not.toEqual([]);
    expect(issues('en', 'The city has 126 day-care centres offering 3,900 places.')).toEqual([]);
    expect(issues('en', 'The city has 162 day-care centres offering 3,900 places.')).not.toEqual([]);
    expect(issues('en', 'Red blood cell stocks cover only about five days of demand, below the seven-day safety line.')).toEqual([]);
    expect(issues('en', 'Red blood cell stocks cover only about five days of demand, below the ten-day safety line.')).not.toEqual([]);
    expect(issues('en', 'A revised national standard took effect on July 1, and by the end of September 41 companies had upgraded their lines.')).toEqual([]);
    expect(issues('en', 'A revised national standard took effect on August 1, and by the end of September 41 companies had upgraded their lines.')).not.toEqual([]);
  });

  it('reads two months in a row, listed (7、8月), as one span', () => {
    expect(issues('en', 'The city received about 3.2 million visits in July and August.')).toEqual([]);
    expect(issues('en', 'The city received about 3.2 million visits in August and September.')).not.toEqual([]);
    expect(issues('zh', '7、8两月全市接待游客约320万人次。')).toEqual([]);
    expect(issues('zh', '8、9两月全市接待游客约320万人次。')).not.toEqual([]);
  });

  it('knows Powerboat and Super in set names, and laps run over', () => {
    expect(issues('en', 'The F1 final of the Jiangchuan International Powerboat Grand Prix was run over 45 laps.')).toEqual([]);
    expect(issues('en', 'The F1 final of the Jiangchuan International Powerboat Grand Prix was run over 54 laps.')).not.toEqual([]);
    expect(issues('en', 'The badminton event is a Badminton World Federation Super 300 tournament.')).toEqual([]);
    expect(issues('en', 'The badminton event is a Badminton World Federation Mega 300 tournament.')).not.toEqual([]);
  });
});
