/**
 * Reading rules added after blind set 5 (see fixtures/llm/README.md), on a synthetic article
 * (not the set's wording): 万/亿 figures with a classifier nobody listed, shares in words
 * ("nine in ten", "more than a third"), level multiples ("doubled" for 增长一倍), English
 * qualifiers after a figure ("65 and over") and "topping", a capitalised "Double" in a name,
 * "about" on an exact figure, and a time in a clause of its own tied by its wording, not by
 * the sentence's other figures. Each rule is checked for the correct wording and for the slip it
 * must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { extraReadings } from '../../src/verify/extra-readings.js';
import { verifyOutput } from '../../src/verify/verify-output.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '某省防汛救灾与大桥建设情况通报',
  '2025-08-20 本报记者',
  '入汛以来，全省累计调运救灾帐篷约3.2万顶，发放折叠床逾12万张，转移群众超过8万人，其中65岁以上老人占37.2%。',
  '灾后重建资金中，省级财政承担超过九成，网上捐款约占25.7%。',
  '今年救援直升机出动架次比去年同期增长一倍，冲锋舟投入数量增长2倍，无人机投入增长1.5倍。',
  '跨江大桥总投资约45亿元，是全省“双一流”交通工程之一。工程于2019年3月动工，历时5年多。',
].join('\n');

const analyzed = analyzeText(ARTICLE, 'reading-rules-5', '2025-08-20');
const issues = summaryIssues(analyzed);

describe('reading rules after blind set 5', () => {
  it('reads a 万/亿 figure with an unlisted classifier as a count of that word, on both sides', () => {
    expect(extraReadings('调运救灾帐篷约3.2万顶').map((r) => [r.kind, r.value, r.unit, r.approx])).toEqual([['count', 32000, 'cl:顶', 'about']]);
    // Codes after Latin letters stay names.
    expect(extraReadings('搭载H20芯片')).toEqual([]);
    expect(extraReadings('覆盖东盟10国').map((r) => [r.value, r.unit])).toEqual([[10, 'cl:国']]);
    expect(issues('zh', '全省累计调运救灾帐篷约3.2万顶。')).toEqual([]);
    expect(issues('zh', '全省累计调运救灾帐篷约32万顶。')).not.toEqual([]);
    expect(issues('en', 'About 32,000 tents were sent to flooded areas.')).toEqual([]);
    expect(issues('en', 'About 320,000 tents were sent to flooded areas.')).not.toEqual([]);
    // Two unlisted words name different things: 12万张 beds are not 12万顶 tents.
    expect(issues('zh', '全省发放折叠床逾12万顶。')).not.toEqual([]);
  });

  it('reads shares in words as coarse figures with an honest qualifier', () => {
    expect(findEnglishQuantities('more than nine in ten')[0]).toMatchObject({ kind: 'fraction', value: 0.9, approx: 'over' });
    expect(issues('en', 'The provincial budget covers more than nine in ten of the rebuilding funds.')).toEqual([]);
    expect(issues('en', 'The provincial budget covers nearly nine in ten of the rebuilding funds.')).not.toEqual([]);
    expect(issues('en', 'People aged 65 and over made up more than a third of those moved.')).toEqual([]);
    expect(issues('en', 'People aged 65 and over made up nearly a third of those moved.')).not.toEqual([]);
    expect(issues('en', 'Online donations made up about a quarter of the funds.')).toEqual([]);
    expect(issues('en', 'Online donations made up about a fifth of the funds.')).not.toEqual([]);
  });

  it('reads "doubled" as the level 增长一倍 reaches, not the size of a rise', () => {
    expect(issues('en', 'Helicopter sorties doubled from a year earlier.')).toEqual([]);
    expect(issues('en', 'The number of assault boats tripled.')).toEqual([]);
    // 增长2倍 is a tripling: "doubled" for it is wrong.
    const tripled = analyzeText('冲锋舟投入情况\n2025-08-20 本报记者\n今年冲锋舟投入数量比去年增长2倍。', 'reading-rules-5-tripled', '2025-08-20');
    const onTripled = (text: string) => verifyOutput(tripled, { zh: '', en: text, entities: [], warnings: [] }).verification.issues;
    expect(onTripled('The number of assault boats tripled.')).toEqual([]);
    expect(onTripled('The number of assault boats doubled.')).not.toEqual([]);
    expect(onTripled('The number of assault boats more than doubled.')).toEqual([]);
    expect(onTripled('The number of assault boats more than tripled.')).not.toEqual([]);
    // A capitalised "Double" opening a name is no multiple.
    expect(findEnglishQuantities('one of the province\'s "Double First-Class" transport projects')).toEqual([]);
  });

  it('reads qualifiers after a figure and "topping", and lets "about" stand on an exact figure', () => {
    expect(findEnglishQuantities('aged 65 and over')[0]).toMatchObject({ value: 65, approx: 'over' });
    expect(findEnglishQuantities('rose 19% and more than 35%').map((q) => q.approx)).toEqual([null, 'over']);
    expect(issues('en', 'Evacuations topped 80,000, and people aged 65 and over made up 37.2%.')).toEqual([]);
    expect(issues('en', 'Evacuations reached 80,000.')).not.toEqual([]);
    expect(issues('en', 'The bridge cost some 4.5 billion yuan.')).toEqual([]);
    expect(issues('zh', '全省转移群众约8万人。')).not.toEqual([]);
  });

  it('ties a time in a clause of its own to the source clause that says the same thing', () => {
    expect(issues('zh', '跨江大桥总投资约45亿元，2019年3月动工，历时5年多。')).toEqual([]);
    // The wrong month, and a time the source gives for nothing like it, are still caught.
    expect(issues('zh', '跨江大桥总投资约45亿元，2019年4月动工。')).not.toEqual([]);
    expect(issues('zh', '跨江大桥总投资约45亿元，2025年8月动工。')).not.toEqual([]);
  });
});
