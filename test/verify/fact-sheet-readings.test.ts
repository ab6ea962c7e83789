/**
 * The verifier on the source readings the fact-sheet audit of blind sets 44 to 51 changed (see
 * test/extract/quantities/audit-fact-sheet-readings.test.ts): 埋深3500米以下 is now deeper than
 * 3,500 m, so "deeper than" and "below" in a sentence about depth agree with it; 约为三年前价格的3倍
 * gives its "about" to the multiple; rates, basis points, doses and a starting price keep what a
 * summary says of them. Each on the article the reading was found in, for the correct wording and
 * for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { blindArticleAnalyzer } from '../support/detection-measurement.js';
import { summaryIssues } from '../support/summary-issues.js';

/** The issues of one sentence in one language on an article of a blind set's folder. */
function onArticle(set: number, file: string, lang: 'zh' | 'en' = 'en'): (text: string) => string[] {
  const issues = summaryIssues(blindArticleAnalyzer(`blind${set}-articles`)(file));
  return (text) => issues(lang, text);
}

const approxOf = (text: string): (string | null)[] => findEnglishQuantities(text, { referenceDate: '2025-12-18' }).map((q) => q.approx);

describe('a depth below which something lies', () => {
  it('reads "deeper than" and "below" a depth as more than the figure, and "below" elsewhere as less', () => {
    expect(approxOf('Depth: deeper than 3,500 m.')).toEqual(['over']);
    expect(approxOf('The team observed at depths below 6,000 metres.')).toEqual(['over']);
    expect(approxOf('Water levels fell below 3 metres.')).toEqual(['under']);
    expect(approxOf('Children shallower than 1.2 metres')).toEqual(['under']);
  });

  it('passes 埋深3500米以下 as deeper or below 3,500 metres and catches "less than"', () => {
    const shale = onArticle(47, 'av01-shale-gas-output.txt');
    expect(shale('Shale gas buried deeper than 3,500 metres will be the main battlefield for raising reserves and output.')).toEqual([]);
    expect(shale('Shale gas resources buried below 3,500 metres will be the main battlefield for raising reserves and output.')).toEqual([]);
    expect(shale('Depth: deeper than 3,500 m.')).toEqual([]);
    expect(shale('Shale gas buried less than 3,500 metres deep will be the main battlefield for raising reserves and output.')).not.toEqual([]);
    expect(shale('Shale gas buried deeper than 4,500 metres will be the main battlefield for raising reserves and output.')).not.toEqual([]);
    expect(onArticle(47, 'av01-shale-gas-output.txt', 'zh')('埋深3500米以下的页岩气资源将成为增储上产的主战场。')).toEqual([]);
  });
});

describe('the other readings, as a summary states them', () => {
  it('passes "about three times the price of three years ago" and catches a changed multiple', () => {
    const pearls = onArticle(48, 'aw03-freshwater-pearls.txt');
    const sentence = 'Edison pearls 12 millimetres or more in diameter wholesale for 300 to 800 yuan each, about three times the price of three years ago.';
    expect(pearls(sentence)).toEqual([]);
    expect(pearls(sentence.replace('about three times', 'about four times'))).not.toEqual([]);
    expect(pearls(sentence.replace('about three times', 'three times'))).not.toEqual([]);
  });

  it('passes daily averages, basis points, doses and a starting price, and catches a wrong figure', () => {
    const taxis = onArticle(45, 'at08-taxi-fare-rise.txt');
    expect(taxis('Revenue (August): about RMB 620 per vehicle per day on average.')).toEqual([]);
    expect(taxis('Each cruising taxi took in about 620 yuan a day on average.')).toEqual([]);
    expect(taxis('Each cruising taxi took in about 720 yuan a day on average.')).not.toEqual([]);
    const loans = onArticle(50, 'ay02-student-loans.txt');
    expect(loans('The loan rate is the LPR minus 60 basis points.')).toEqual([]);
    expect(loans('The loan rate is the LPR minus 70 basis points.')).not.toEqual([]);
    const rabies = onArticle(50, 'ay04-rabies-clinics.txt');
    expect(rabies('About 296,000 per-person doses of passive immunisation products were used in the first three quarters.')).toEqual([]);
    const lost = onArticle(49, 'ax06-railway-lost-property.txt');
    expect(lost('Figure: from RMB 15.')).toEqual([]);
    expect(lost('The station forwards items for a fee starting at 15 yuan.')).toEqual([]);
    expect(lost('The station forwards items for a fee starting at 25 yuan.')).not.toEqual([]);
  });
});
