import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishName, extractEntities, loadGlossary, personPinyin, traditionalToSimplified } from '../../../src/extract/entities/index.js';
import { createTokenizer, segment } from '../../../src/segment/index.js';
import { EntitySchema, type Entity } from '../../../src/types.js';
import { articleFromText } from '../../../src/ingest/index.js';

const fixture = readFileSync(new URL('../../../fixtures/articles/n0-nvidia-china.txt', import.meta.url), 'utf8');
const tokenizer = createTokenizer();
const glossary = loadGlossary();


function entitiesOf(text: string): Entity[] {
  return extractEntities(segment(articleFromText(text), { tokenizer }), { glossary });
}

const byZh = (entities: Entity[], zh: string): Entity | undefined => entities.find((e) => e.zh === zh);

describe('extractEntities on the Nvidia fixture', () => {
  const entities = entitiesOf(fixture);

  it('finds every name with its English rendering from the glossary', () => {
    const expected: [string, string, Entity['type']][] = [
      ['英伟达', 'Nvidia', 'organization'],
      ['黄仁勋', 'Jensen Huang', 'person'],
      ['何立峰', 'He Lifeng', 'person'],
      ['龚正', 'Gong Zheng', 'person'],
      ['任鸿斌', 'Ren Hongbin', 'person'],
      ['字节跳动', 'ByteDance', 'organization'],
      ['华为', 'Huawei', 'organization'],
      ['上海', 'Shanghai', 'place'],
      ['台积电', 'TSMC', 'organization'],
      ['腾讯', 'Tencent', 'organization'],
      ['富士康', 'Foxconn', 'organization'],
      ['寒武纪', 'Cambricon', 'organization'],
      ['燧原科技', 'Enflame', 'organization'],
      ['壁仞科技', 'Biren Technology', 'organization'],
      ['库克', 'Tim Cook', 'person'],
      ['安蒙', 'Cristiano Amon', 'person'],
      ['布拉', 'Albert Bourla', 'person'],
      ['达利欧', 'Ray Dalio', 'person'],
      ['格里芬', 'Ken Griffin', 'person'],
      ['市场监管总局', 'SAMR', 'organization'],
      ['中国国际贸易促进委员会', 'CCPIT', 'organization'],
      ['Omdia', 'Omdia', 'organization'],
      ['DeepSeek', 'DeepSeek', 'organization'],
      ['理想', 'Li Auto', 'organization'],
      ['长城', 'Great Wall Motor', 'organization'],
      ['迈络思', 'Mellanox', 'organization'],
      ['辉瑞', 'Pfizer', 'organization'],
      ['桥水', 'Bridgewater Associates', 'organization'],
      ['城堡投资集团', 'Citadel', 'organization'],
      ['圣克拉拉', 'Santa Clara', 'place'],
    ];
    for (const [zh, en, type] of expected) {
      const entity = byZh(entities, zh);
      expect(entity, zh).toBeDefined();
      expect(entity).toMatchObject({ en, type, enSource: 'glossary' });
    }
  });

  it('gives spans that slice back to the mention, ids in first-mention order, valid records', () => {
    entities.forEach((entity, index) => {
      expect(EntitySchema.parse(entity)).toEqual(entity);
      expect(entity.id).toBe(`e${index + 1}`);
      for (const m of entity.mentions) expect(fixture.slice(m.start, m.end).length).toBe(m.end - m.start);
    });
    const firsts = entities.map((e) => e.mentions[0]!.start);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    expect(entities[0]).toMatchObject({ id: 'e1', zh: '英伟达' });
  });

  it('merges aliases of one entity: 英伟达 / 英伟达公司 / NVIDIA, 中国贸促会 / full name', () => {
    const nvidia = byZh(entities, '英伟达')!;
    const surfaces = new Set(nvidia.mentions.map((m) => fixture.slice(m.start, m.end)));
    expect(surfaces).toEqual(new Set(['英伟达', '英伟达公司', 'NVIDIA']));
    // Every 英伟达 and NVIDIA in the text (英伟达公司 counts once, as one longer mention).
    expect(nvidia.mentions.length).toBe(32);
    const ccpit = byZh(entities, '中国国际贸易促进委员会')!;
    expect(ccpit.mentions.map((m) => fixture.slice(m.start, m.end))).toEqual(['中国国际贸易促进委员会', '中国贸促会']);
    expect(byZh(entities, '黄仁勋')!.mentions.length).toBe(15);
  });

  it('reads model codes as products, never as people or places', () => {
    // H20 is a glossary product now; unknown codes next to a product word stay verbatim.
    expect(byZh(entities, 'H20')).toMatchObject({ type: 'product', enSource: 'glossary' });
    expect(byZh(entities, 'T20')).toMatchObject({ type: 'product', enSource: 'verbatim' });
  });
});

describe('extractEntities rules', () => {
  it('uses title and suffix rules, with pinyin for unknown names', () => {
    const text = '合肥市市长王小明表示，安徽省将支持合肥长鑫科技有限公司扩产。';
    const entities = entitiesOf(text);
    expect(byZh(entities, '王小明')).toMatchObject({ type: 'person', en: 'Wang Xiaoming', enSource: 'pinyin' });
    expect(byZh(entities, '合肥')).toMatchObject({ type: 'place', en: 'Hefei' });
    expect(byZh(entities, '安徽')).toMatchObject({ type: 'place', en: 'Anhui' });
    expect(entities.find((e) => e.type === 'organization' && e.zh.endsWith('有限公司'))?.zh).toBe('合肥长鑫科技有限公司');
  });

  it('does not merge a full name with a later surname-only mention', () => {
    const entities = entitiesOf('董事长王小明出席会议。会后，王先生接受了采访。');
    const wang = byZh(entities, '王小明')!;
    expect(wang.mentions).toEqual([{ start: 3, end: 6 }]);
  });

  it('accepts an ambiguous name only with a cue', () => {
    expect(byZh(entitiesOf('这是一个理想的结果，长城很长。'), '理想')).toBeUndefined();
    // 长城 alone is the Great Wall (a place), not the carmaker.
    expect(byZh(entitiesOf('这是一个理想的结果，长城很长。'), '长城')?.type).not.toBe('organization');
    expect(byZh(entitiesOf('苹果公司发布了新手机。'), '苹果')).toMatchObject({ en: 'Apple' });
  });

  it('matches Latin names only as whole words', () => {
    const entities = entitiesOf('OpenAI与NVIDIA合作。');
    expect(entities.map((e) => e.zh)).toEqual(['OpenAI', '英伟达']);
  });

  it('matches traditional-script text with spans on the original characters', () => {
    const text = '輝達執行長黃仁勳訪問臺灣，與鴻海董事長會面。';
    expect(traditionalToSimplified(text)).toHaveLength(text.length);
    const entities = entitiesOf(text);
    const huang = byZh(entities, '黄仁勋')!;
    expect(huang.en).toBe('Jensen Huang');
    expect(text.slice(huang.mentions[0]!.start, huang.mentions[0]!.end)).toBe('黃仁勳');
    expect(byZh(entities, '英伟达')?.mentions).toEqual([{ start: 0, end: 2 }]);
    expect(byZh(entities, '台湾')?.en).toBe('Taiwan');
  });
});

describe('personPinyin', () => {
  it('puts the surname first and reads compound and polyphonic surnames', () => {
    expect(personPinyin('王小明')).toBe('Wang Xiaoming');
    expect(personPinyin('欧阳娜娜')).toBe('Ouyang Nana');
    expect(personPinyin('单田芳')).toBe('Shan Tianfang');
  });
});

describe('English names of unknown organizations and places', () => {
  it('translates known parts and suffixes, spaced pinyin for the distinctive rest', () => {
    expect(englishName('宁德星辰新能源科技股份有限公司', 'organization', glossary).en).toBe(
      'Ningde Xingchen New Energy Technology Co., Ltd.',
    );
    expect(englishName('库布奇沙漠', 'place', glossary)).toEqual({ en: 'Kubuqi Desert', enSource: 'pinyin' });
    expect(englishName('中国汽车工业协会', 'organization', glossary).en).toBe('China Association of Automobile Manufacturers');
    expect(englishName('江苏省汽车工业协会', 'organization', glossary).en).toBe('Jiangsu Automobile Industry Association');
    expect(englishName('江苏省商务厅', 'organization', glossary).en).toBe('Jiangsu Commerce Department');
    expect(englishName('海洋经济部', 'organization', glossary).en).toBe('Ministry of Ocean Economic');
    expect(englishName('沃尔夫斯堡', 'place', glossary)).toMatchObject({ en: 'Wolfsburg', enSource: 'glossary' });
    expect(englishName('嫦娥六号', 'product', glossary).en).toBe("Chang'e-6");
  });

  it('puts the kind back on CC-CEDICT district names', () => {
    expect(englishName('朝阳区', 'place', glossary).en).toMatch(/ District$/u);
  });

  it('finds the glossary name, not a rule span swallowing the words before it', () => {
    const entities = entitiesOf('另据工业和信息化部数据，首席执行官赵海军表示产能充足。');
    expect(byZh(entities, '工业和信息化部')).toMatchObject({ en: 'Ministry of Industry and Information Technology' });
    expect(byZh(entities, '赵海军')).toMatchObject({ type: 'person', en: 'Zhao Haijun' });
  });
});

describe('person rules', () => {
  it('rejects verb phrases jieba tags as names and keeps surnamed names', () => {
    const entities = entitiesOf('同比增加43万人，工作刚刚开始。');
    expect(entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('joins transliterated names jieba cut in pieces and names listed with 、', () => {
    const entities = entitiesOf('江泽民最后祝拉特纳亚克议长在华期间生活愉快。由李菊、王楠、杨影出征。');
    expect(byZh(entities, '拉特纳亚克')).toMatchObject({ type: 'person' });
    expect(byZh(entities, '王楠')).toMatchObject({ type: 'person' });
    expect(byZh(entities, '杨影')).toMatchObject({ type: 'person' });
  });

  it('reads one-character place abbreviations in a list', () => {
    const entities = entitiesOf('他率部转战赣、粤、闽、湘等地。');
    expect(entities.filter((e) => e.type === 'place').map((e) => e.zh)).toEqual(['赣', '粤', '闽', '湘']);
  });
});
