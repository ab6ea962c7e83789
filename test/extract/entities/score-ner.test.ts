import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary, loadNerRecords, scoreNer } from '../../../src/extract/entities/index.js';
import { createTokenizer } from '../../../src/segment/index.js';

const ctx = { tokenizer: createTokenizer(), glossary: loadGlossary() };

describe('scoreNer', () => {
  it('counts strict span matches per type', () => {
    const score = scoreNer(
      [
        {
          // 何立峰 (0–3) and 黄仁勋 (5–8) are found; the gold 上海 span is deliberately wrong (5–7).
          text: '何立峰会见黄仁勋。',
          entities: [
            { type: 'person', start: 0, end: 3 },
            { type: 'person', start: 5, end: 8 },
            { type: 'place', start: 5, end: 7 },
          ],
        },
        { text: '英伟达计划在上海建立研究中心。', entities: [{ type: 'organization', start: 0, end: 3 }] },
      ],
      ctx,
    );
    expect(score.perType.person).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    // 上海 (6–8) is predicted but the gold says 5–7: one false positive and one miss.
    expect(score.perType.place).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
    expect(score.perType.organization).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(score.micro.precision).toBeCloseTo(3 / 4);
    expect(score.micro.recall).toBeCloseTo(3 / 4);
  });

  it('loads MSRA and CLUENER style JSON Lines, mapping and dropping labels', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-ner-'));
    const path = join(dir, 'sample.jsonl');
    const lines = [
      { text: '江苏如皋市', entities: [{ type: 'LOC', text: '江苏', start: 0, end: 2 }, { type: 'LOC', text: '如皋市', start: 2, end: 5 }] },
      {
        text: '彭小军认为，国务院和腾讯的《王者荣耀》',
        entities: [
          { type: 'name', start: 0, end: 3 },
          { type: 'government', start: 6, end: 9 },
          { type: 'company', start: 10, end: 12 },
          { type: 'game', start: 14, end: 18 },
        ],
      },
    ];
    writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const records = loadNerRecords(path);
    expect(records[0]?.entities.map((e) => e.type)).toEqual(['place', 'place']);
    expect(records[1]?.entities.map((e) => e.type)).toEqual(['person', 'organization', 'organization']);
    const score = scoreNer(records, ctx);
    expect(score.micro.recall).toBeGreaterThan(0.5);
  });
});
