/**
 * Reading rules added in session 24 after the first look at blind sets 460 to 467 (see
 * fixtures/llm/README.md), on a synthetic article (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 24, first round', () => {
  const chinese = (text: string): [string, string, unknown, unknown][] =>
    findQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind, q.value, q.approx]);
  const english = (text: string): [string, string, unknown, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);

  it('reads an age with a half, and a plan passed as the plan’s own level', () => {
    expect(chinese('她的儿子如今5岁半')).toEqual([['5岁半', 'count', 5.5, null]]);
    expect(english('her son, now aged five and a half, can read')).toEqual([['five and a half', 'count', 5.5, null, null]]);
    expect(chinese('全年造林4.6万亩，超出4万亩的年度计划')).toEqual([['4.6万亩', 'measure', 46000, null], ['4万亩', 'measure', 40000, null]]);
    expect(chinese('全年造林超出4万亩')).toEqual([['超出4万亩', 'measure', 40000, 'over']]);
  });

  it('reads so many over a run of games as no share, and a place in a standing with its record as no figure', () => {
    expect(english('they let in only two in five games')).toEqual([]);
    expect(english('two in five residents use the app')).toEqual([['two in five', 'fraction', 0.4, null, null]]);
    expect(english('Hill Town came fourth at 9-6.')).toEqual([]);
  });
});

const ARTICLE = [
  '青山市民生与赛事简讯',
  '2025-11-20 临江日报',
  '临江县是全省重点林区县之一。2015年前后，该县林地面积一度从50多万亩减少至不到30万亩。如今，全县林地面积恢复至46.5万亩。临江县东坪镇林农周国强承包了380亩山林。',
  '今年3月起，县里开展了百万粉丝以上账号的直播带货培训。全县共有直播从业者约4200人，其中粉丝量超百万的主播36人。',
  '面对欧盟更严格的环保要求，临江木业协会统计，对欧盟出口木门3.1亿元。县里投入专项资金800万元，支持企业建设检测中心5个。',
  '女子10公里组冠军由李晓梅获得，成绩为41分12秒，王芳以41分40秒获得亚军。男子组冠军张强以35分06秒率先冲线，领先第二名刘洋12秒。',
  '当天共有8支队伍参赛，总进球数达到64个，场均进球约4个。',
].join('\n');

describe('summaries of the session 24 first-round article (sets 460–467)', () => {
  const analyzed = analyzeText(ARTICLE, 'reading-rules-46', '2025-11-20');
  const issues = summaryIssues(analyzed);

  it('reads the place 该县 refers to as named where it stands', () => {
    expect(issues('en', 'Linjiang County, whose forest area shrank from more than 500,000 mu to less than 300,000 mu around 2015, is a key forest county.')).toEqual([]);
    expect(issues('en', 'Linjiang County, whose forest area shrank from more than 500,000 mu to less than 380 mu around 2015, is a key forest county.')).not.toEqual([]);
  });

  it('reads 超百万 as over a million', () => {
    expect(issues('en', 'The county has about 4,200 livestreamers, 36 of whom have over a million followers each.')).toEqual([]);
    expect(issues('en', 'The county has about 4,200 livestreamers, 36 of whom have over 10 million followers each.')).not.toEqual([]);
  });

  it('names no party of a figure in an opening that gives what the statement answers', () => {
    expect(issues('zh', '面对欧盟更严格的环保要求，县里投入800万元专项资金，支持企业建设5个检测中心。')).toEqual([]);
  });

  it('reads 亚军 as second place, and goals counted by 进球数', () => {
    expect(issues('zh', '李晓梅以41分12秒夺得女子10公里组冠军，王芳以41分40秒位列第二。')).toEqual([]);
    expect(issues('zh', '李晓梅以41分12秒夺得女子10公里组冠军，王芳以41分04秒位列第二。')).not.toEqual([]);
    expect(issues('zh', '8支队伍共打进64球，场均约4球。')).toEqual([]);
    expect(issues('zh', '8支队伍共打进46球，场均约4球。')).not.toEqual([]);
  });

  it('finds COPD where the source names 慢阻肺', () => {
    const copd = analyzeText('临江县慢阻肺筛查\n2025-11-20 临江日报\n县医院今年为40岁以上居民筛查慢阻肺1.2万人。', 'reading-rules-46-copd', '2025-11-20');
    expect(summaryIssues(copd)('en', 'The county hospital screened 12,000 residents aged over 40 for COPD this year.')).toEqual([]);
    expect(summaryIssues(copd)('en', 'The county hospital screened 12,000 residents aged over 40 for COPD and HFMD this year.')).not.toEqual([]);
  });
});
