/**
 * Reading rules added in session 19 (see fixtures/llm/README.md), on synthetic articles (not the
 * blind sets' wording). Each pins a correct sentence that was flagged, and the slip the rule must
 * still catch.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '江海市对外交流简讯',
  '2025-10-20 江海日报',
  '2023年，学校与德国一家培训中心合作开设“中德护理班”，首批32名学员将于7月前往德国工作。',
].join('\n');

describe('summaries of the session 19 article', () => {
  const analyzed = analyzeText(ARTICLE, 'reading-rules-36', '2025-10-20');
  const issues = summaryIssues(analyzed, [
    { zh: '江海', en: 'Jianghai', type: 'place' },
    { zh: '德国', en: 'Germany', type: 'place' },
  ]);

  it('asks nothing of the source for an everyday country joined to a named one by a hyphen', () => {
    expect(issues('en', 'The first 32 trainees of the China-Germany nursing class, set up in 2023, will start work in Germany in July.')).toEqual([]);
    // A part the source does not name is still asked for.
    expect(issues('en', 'The first 32 trainees of the China-Austria nursing class, set up in 2023, will start work in Germany in July.')).not.toEqual([]);
  });
});
