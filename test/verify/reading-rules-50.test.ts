/**
 * Reading rules added in session 25 after the first look at blind sets 492 to 499 (see
 * fixtures/llm/README.md), on a synthetic article (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('English ranges read in session 25, third round', () => {
  const english = (text: string): [string, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.value, q.valueMax]);

  it('reads "between five and 15 years" and "three- to five-year" as ranges', () => {
    expect(english('Their age was limited to between five and 15 years.')).toEqual([['five and 15 years', 5, 15]]);
    expect(english('They signed three- to five-year supply agreements.')).toEqual([['three- to five-year', 3, 5]]);
    expect(english('Prices were between 20 and 50 yuan.')).toEqual([['20 and 50 yuan', 20, 50]]);
  });
});

const ARTICLE = [
  '青山市民生简讯',
  '2025-11-20 青山日报',
  '所有参赛骆驼赛前都须通过体检，年龄限定在4至16岁之间。',
  '约三分之一的企业与上游矿山签订了2至4年的供货协议。',
  '今年66岁的周文华已居家腹透3年多。此前他每周要去医院做3次血透，每次4小时。',
].join('\n');

describe('summaries of the session 25 third-round article (sets 492–499)', () => {
  const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-50', '2025-11-20'));

  it('finds a range written with a spelled end or a suspended hyphen', () => {
    expect(issues('en', 'The camels’ age was limited to between four and 16 years.')).toEqual([]);
    expect(issues('en', 'The camels’ age was limited to between four and 18 years.')).not.toEqual([]);
    expect(issues('en', 'About a third of the companies have signed two- to four-year supply agreements with upstream mines.')).toEqual([]);
    expect(issues('en', 'About a third of the companies have signed two- to five-year supply agreements with upstream mines.')).not.toEqual([]);
  });

  it('times nothing by "four-hour sessions"', () => {
    expect(issues('en', 'Zhou Wenhua, 66, has been on peritoneal dialysis at home for more than three years, having gone to hospital three times a week for four-hour hemodialysis sessions.')).toEqual([]);
    expect(issues('en', 'Zhou Wenhua, 66, has been on peritoneal dialysis at home for more than three years, having gone to hospital three times a week for five-hour hemodialysis sessions.')).not.toEqual([]);
  });
});
