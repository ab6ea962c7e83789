/**
 * Reading rules added with the first look at blind sets 80 to 83 (see fixtures/llm/README.md), on
 * synthetic articles (not the sets' wording). First, two that the sets' articles showed in the
 * builtin brief: 占道 (a road blocked) names no share, and a count whose classifier the claim names
 * ("more than 600 flights", 逾600架次) is tied to where the source counts that, not to another 600.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '江州今年航空医疗救援飞行逾600架次',
  '2025-06-20 江州日报',
  '本报讯（记者林青）今年以来，江州航空医疗救援累计飞行逾600架次。',
  '今年第一季度，上城区因事故占道导致的拥堵投诉下降38%。全市交通事故同比下降6.2%。',
  '按照规划，到2027年全省起降点将增至600个以上。',
].join('\n');

const analyzed = analyzeText(ARTICLE, 'reading-rules-21', '2025-06-20');
const issues = summaryIssues(analyzed);

describe('readings the builtin brief of sets 80 to 83 showed', () => {
  it('reads a figure after 占道 as no share', () => {
    expect(analyzed.facts.find((f) => f.text === '38%')?.measures).toBe('decline');
    expect(issues('en', 'Congestion complaints caused by accidents fell 38% in the first quarter.')).toEqual([]);
  });

  it('ties a counted claim to the source figure that counts the same', () => {
    expect(issues('en', 'Air ambulances have flown more than 600 flights in 2025.')).toEqual([]);
    expect(issues('en', 'Air ambulances have flown more than 600 flights in 2027.')).not.toEqual([]);
    expect(issues('en', 'The province will have more than 600 landing sites by 2027.')).toEqual([]);
  });
});
