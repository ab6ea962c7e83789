/**
 * A summary sentence copied whole from the source states what the source states. The
 * copper-smelter article (blind set 10) has a sentence whose figures the pairing checks once
 * read against another clause (98.6% "goes with 约180千克"); copied whole it is no slip.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copiedSourceSentence } from '../../src/verify/copied-sentences.js';
import { verifyOutput } from '../../src/verify/index.js';
import { analyzeText } from '../support/analyzed-fixture.js';

const SOURCE = readFileSync(new URL('../../fixtures/llm/blind10-articles/p05-copper-smelter.txt', import.meta.url), 'utf8');
const analyzed = analyzeText(SOURCE, 'p05-copper-smelter');
const COPIED =
  '据公司董事长彭国栋介绍，二期项目采用自主研发的“双闪”熔炼工艺，铜总回收率达98.6%，吨铜综合能耗降至约180千克标准煤，比一期下降12%；配套建设的余热发电装置装机容量6万千瓦，年发电量约4.2亿千瓦时，可满足基地三成以上用电需求。';
const zh = (text: string) => verifyOutput(analyzed, { zh: text, en: '', warnings: [] }).verification;

describe('a summary sentence copied from the source', () => {
  it('is found whatever its width, punctuation and spacing', () => {
    expect(SOURCE).toContain(COPIED);
    expect(copiedSourceSentence(analyzed, COPIED)?.text).toContain('铜总回收率达98.6%');
    expect(copiedSourceSentence(analyzed, COPIED.replace(/，/gu, ', ').replace('98.6%', '９８.６％'))).not.toBeNull();
  });

  it('passes, and each of its figures counts as checked and supported', () => {
    const v = zh(COPIED);
    expect(v.issues).toEqual([]);
    expect(v.checked).toBeGreaterThanOrEqual(6);
    expect(v.supported).toBe(v.checked);
  });

  it('is no copy once a figure or a qualifier in it changes, and is checked as any sentence is', () => {
    expect(copiedSourceSentence(analyzed, COPIED.replace('98.6%', '96.8%'))).toBeNull();
    expect(zh(COPIED.replace('98.6%', '96.8%')).issues.map((i) => i.claim)).toContain('96.8%');
    expect(zh(COPIED.replace('约180千克', '180千克')).issues.map((i) => i.claim)).toContain('180千克');
  });

  it('is no copy when it is only part of a source sentence (a part can drop what qualifies a figure)', () => {
    const part = '吨铜综合能耗降至约180千克标准煤，比一期下降12%。';
    expect(copiedSourceSentence(analyzed, part)).toBeNull();
    expect(copiedSourceSentence(analyzed, '三成用电需求')).toBeNull();
  });
});
