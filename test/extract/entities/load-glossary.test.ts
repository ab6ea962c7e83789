import { describe, expect, it } from 'vitest';
import { createGlossary, loadGlossary } from '../../../src/extract/entities/index.js';
import { deriveGlossary } from '../../../src/extract/entities/build-glossary.js';

describe('loadGlossary', () => {
  const glossary = loadGlossary();

  it('loads once and resolves aliases to their canonical entry', () => {
    expect(loadGlossary()).toBe(glossary);
    expect(glossary.lookup('英伟达公司')).toMatchObject({ zh: '英伟达', en: 'Nvidia', type: 'organization', source: 'hand' });
    expect(glossary.lookup('中国贸促会')).toBe(glossary.lookup('中国国际贸易促进委员会'));
    expect(glossary.size).toBeGreaterThan(10_000);
  });

  it('lets hand entries override CC-CEDICT and fills the rest from CC-CEDICT', () => {
    // CC-CEDICT says "Taiwan Semiconductor Manufacturing Company"; the curated name is TSMC.
    expect(glossary.lookup('台积电')?.en).toBe('TSMC');
    expect(glossary.lookup('北京大学')).toMatchObject({ en: 'Peking University', type: 'organization', source: 'cedict' });
    expect(glossary.lookup('布拉格')).toMatchObject({ en: 'Prague', type: 'place' });
  });

  it('finds the longest surface at a position', () => {
    const text = '中国国际贸易促进委员会会长';
    expect(glossary.matchAt(text, 0)).toMatchObject({ length: 11, entry: { en: 'CCPIT' } });
    expect(glossary.matchAt(text, 11)).toBeUndefined();
  });
});

describe('createGlossary', () => {
  it('compiles hand and compact CC-CEDICT data', () => {
    const g = createGlossary(
      { entries: { 合肥: { en: 'Hefei', type: 'place', aliases: ['合肥市'] } } },
      { l: { 合肥: 'Hefei City', 芜湖: 'Wuhu' }, p: { 毛泽东: 'Mao Zedong' } },
    );
    expect(g.lookup('合肥')?.en).toBe('Hefei');
    expect(g.matchAt('在合肥市', 1)).toMatchObject({ length: 3, entry: { zh: '合肥' } });
    expect(g.lookup('毛泽东')).toMatchObject({ type: 'person', source: 'cedict' });
  });
});

describe('deriveGlossary (CC-CEDICT → compact glossary)', () => {
  it('keeps proper-noun names by kind and drops everything else', () => {
    const g = deriveGlossary([
      ['合肥市', '合肥市', 'He2 fei2 Shi4', 'Hefei prefecture-level city and capital of Anhui Province 安徽省[An1 hui1 Sheng3]'],
      ['合肥', '合肥', 'He2 fei2', 'see 合肥市[He2 fei2 Shi4]'],
      ['騰訊', '腾讯', 'Teng2 xun4', 'Tencent, Chinese tech conglomerate, founded in 1998'],
      ['毛澤東', '毛泽东', 'Mao2 Ze2 dong1', 'Mao Zedong (1893–1976), leader of the Chinese Communist Party 1935–1976'],
      ['劉', '刘', 'Liu2', 'surname Liu'],
      ['春節', '春节', 'Chun1 jie2', 'Spring Festival'],
      ['營收', '营收', 'ying2 shou1', 'revenue'],
      ['新竹縣', '新竹县', 'Xin1 zhu2 Xian4', 'Xinzhu or Hsinchu County in northwest Taiwan'],
    ]);
    expect(g.l).toEqual({ 合肥市: 'Hefei', 合肥: 'Hefei', 新竹县: 'Xinzhu' });
    expect(g.o).toEqual({ 腾讯: 'Tencent' });
    expect(g.p).toEqual({ 毛泽东: 'Mao Zedong' });
  });
});
