import { beforeAll, describe, expect, it } from 'vitest';
import { buildFactSheet } from '../../src/pipeline/build-fact-sheet.js';
import type { SummarizeResult, SummaryProvider } from '../../src/summarize/provider.js';
import { FactSheetSchema, type Analyzed } from '../../src/types.js';
import { isFaithfulRounding, locateQuote, publishable, verifyOutput } from '../../src/verify/index.js';
import { analyzeFixture, analyzeText } from '../support/analyzed-fixture.js';
import { fixtureContent } from '../support/llm-server.js';

let analyzed: Analyzed;
beforeAll(() => {
  analyzed = analyzeFixture('n0-nvidia-china.txt');
});

/** The provider result a fixture's JSON answer becomes. */
function fromFixture(name: string): SummarizeResult {
  const c = fixtureContent(name) as {
    summary_zh: string; summary_en: string; title_en: string;
    entities: { zh: string; en: string; type: 'person' | 'organization' | 'place' | 'product' }[];
    facts: { quote: string; statement_en: string; statement_zh: string }[];
  };
  return {
    zh: c.summary_zh, en: c.summary_en, titleEn: c.title_en, entities: c.entities,
    facts: c.facts.map((f) => ({ quote: f.quote, statementEn: f.statement_en, statementZh: f.statement_zh })),
    warnings: [],
  };
}

const en = (text: string) => verifyOutput(analyzed, { zh: '', en: text, warnings: [] }).verification;
const zh = (text: string) => verifyOutput(analyzed, { zh: text, en: '', warnings: [] }).verification;

describe('verifyOutput', () => {
  it('passes the faithful answer with rounded figures and re-punctuated quotes', () => {
    const v = verifyOutput(analyzed, fromFixture('n0-correct')).verification;
    expect(v.issues).toEqual([]);
    expect(v.status).toBe('ok');
    expect(v.checked).toBeGreaterThan(40);
    expect(v.supported).toBe(v.checked);
  });

  it('flags a wrong number in both summaries, naming the likely slip', () => {
    const v = verifyOutput(analyzed, fromFixture('n0-wrong-number')).verification;
    expect(v.status).toBe('flagged');
    expect(v.issues).toEqual([
      { where: 'summaries.zh', claim: '1800亿美元', problem: expect.stringMatching(/180亿美元.*factor of 10/) },
      { where: 'summaries.en', claim: 'US$180 billion', problem: expect.stringMatching(/180亿美元.*factor of 10/) },
    ]);
  });

  it('flags a dropped qualifier in both languages', () => {
    const v = verifyOutput(analyzed, fromFixture('n0-dropped-qualifier')).verification;
    expect(v.issues.map((i) => [i.where, i.claim])).toEqual([
      ['summaries.zh', '4000名'],
      ['summaries.en', '4,000'],
    ]);
    expect(v.issues[0]!.problem).toMatch(/drops the qualifier.*4000余名/);
  });

  it('flags an invented quote', () => {
    const v = verifyOutput(analyzed, fromFixture('n0-invented-quote')).verification;
    expect(v.issues).toContainEqual({
      where: 'llm.facts[2].quote',
      claim: '英伟达预计中国区营收将在2025年翻一番',
      problem: 'quote not found in source',
    });
  });

  it.each([
    'China revenue was US$17.1 billion.',
    'China revenue was US$17 billion.',
    'China revenue was about US$17 billion.',
    'China revenue was more than US$17 billion.',
    'Revenue was US$131 billion.',
    'Revenue was US$130 billion.',
    'Revenue was US$130.5 billion.',
    'Nvidia has more than 4,000 employees.',
    'Nearly 40 executives visited.',
    'The shares peaked at US$153.10.',
    'The shares fell by one-third in three months.',
    'Tariffs of 125% were cut to 34%, with 24% suspended for 90 days.',
    // "about" on the exact figure claims less than the source does, never more.
    'Tariffs were cut to about 34%.',
    'Revenue in fiscal 2024 was US$130.5 billion.',
  ])('accepts a faithful figure: %s', (text) => {
    expect(en(text).issues.filter((i) => /\d|third/.test(i.claim))).toEqual([]);
  });

  it.each([
    ['China revenue was US$1.71 billion.', 'US$1.71 billion'],
    ['China revenue was US$171 billion.', 'US$171 billion'],
    ['China revenue was US$17.1 million.', 'US$17.1 million'],
    ['Revenue was US$135 billion.', 'US$135 billion'],
    ['Orders worth US$1.8 billion were at risk.', 'US$1.8 billion'],
    ['China revenue was RMB 17.1 billion.', 'RMB 17.1 billion'],
    ['Nvidia has 4,000 employees.', '4,000'],
    ['About 40 executives visited.', '40'],
    ['Tariffs were cut to more than 34%.', '34%'],
    ['Tariffs were cut to nearly 34%.', '34%'],
    ['It happened on May 20.', 'May 20'],
    ['Revenue in fiscal 2023 was US$130.5 billion.', 'fiscal 2023'],
    ['China revenue of US$17.1 billion was up 34%.', '34%'],
    // The source reports the cut "a few days" before its May 19 news; the sentence stating
    // 125%, 34% and 24% dates them from April 2, so May 19 is another event's date.
    ['Tariffs of 125% were cut to 34% on May 19, with 24% suspended for 90 days.', 'May 19'],
  ])('flags %s', (text, claim) => {
    expect(en(text).issues.map((i) => i.claim)).toContain(claim);
  });

  it.each([
    ['中国区营收171亿美元。', null],
    ['中国区营收约171亿美元。', null],
    ['全年营收1305亿美元，中国区营收171.08亿美元，增长66%。', null],
    ['中国区营收171.08万美元。', '171.08万美元'],
    ['中国区营收17.108亿美元。', '17.108亿美元'],
    ['英伟达在中国拥有4000名员工。', '4000名'],
    ['中国区营收171.08亿美元，比上一年增长34%。', '34%'],
  ])('checks Chinese: %s', (text, claim) => {
    const claims = zh(text).issues.map((i) => i.claim);
    if (claim === null) expect(claims).toEqual([]);
    else expect(claims).toContain(claim);
  });

  it('treats numbers in model and product codes as names, in English too', () => {
    const v = en('Nvidia must now get licences for the H20, a cut-down H100, as Jensen Huang said at Computex2025.');
    expect(v.issues).toEqual([]);
  });

  it('flags a proposed entity that is not in the source, and an English name with no source mention', () => {
    const v = verifyOutput(analyzed, {
      zh: '', en: 'Nvidia and Samsung met in Shanghai.', warnings: [],
      entities: [{ zh: '英伟达', en: 'Nvidia', type: 'organization' }, { zh: '三星', en: 'Samsung', type: 'organization' }],
    }).verification;
    expect(v.issues).toContainEqual({ where: 'llm.entities[1]', claim: '三星 (Samsung)', problem: 'entity name not found in source' });
    expect(v.issues.some((i) => i.where === 'summaries.en' && i.claim.includes('Samsung') && i.problem.includes('Samsung'))).toBe(true);
    expect(v.issues.some((i) => i.problem.includes('Nvidia') || i.problem.includes('Shanghai'))).toBe(false);
  });

  it('flags a wrong figure in a fact statement even when its quote is right', () => {
    const v = verifyOutput(analyzed, {
      zh: '', en: '', warnings: [],
      facts: [{ quote: '其中，中国区营收171.08亿美元', statementEn: 'China revenue was US$171 billion.', statementZh: '中国区营收171.08亿美元。' }],
    }).verification;
    expect(v.issues).toEqual([{ where: 'llm.facts[0].statement_en', claim: 'US$171 billion', problem: expect.any(String) }]);
  });
});

describe('locateQuote', () => {
  it('finds a quote despite full-width punctuation and spaces, with a span in source offsets', () => {
    const source = analyzed.article.source.text;
    const span = locateQuote(source, '其中， 中国区营收171.08亿美元，比上一年增长66%')!;
    expect(source.slice(span.start, span.end)).toBe('其中,中国区营收171.08亿美元,比上一年增长66%');
  });

  it('does not find a quote with a changed figure or a moved decimal point', () => {
    expect(locateQuote(analyzed.article.source.text, '中国区营收171.8亿美元')).toBeNull();
    expect(locateQuote(analyzed.article.source.text, '中国区营收17108亿美元')).toBeNull();
  });
});

describe('isFaithfulRounding', () => {
  it.each([
    [17.1e9, 17.108e9, true], [17e9, 17.108e9, true], [131, 130.5, true], [130, 130.5, true],
    [180e9, 18e9, false], [1.8, 18, false], [17.1e6, 17.1e9, false], [5e9, 5.5e9, false], [150, 153.1, true], [130, 125, false],
    // A digit slip one below is no cut of the source, whatever floating point makes of 4.8 / 0.1.
    [4.7, 4.8, false], [0.6, 0.7, false], [4.8, 4.8, true], [4.8, 4.86, true], [57, 58, false],
  ])('%d for %d: %s', (claim, source, ok) => {
    expect(isFaithfulRounding(claim, source)).toBe(ok);
  });
});

describe('publishable', () => {
  it('makes facts only of figures that stand in a quote, also when the quote is the headline of a dated article', () => {
    // The article's own date (from its date line) is a figure with no span, at offset 0, where the headline starts too.
    const dated = analyzeText(
      ['江海4月外贸进出口38.4亿元 同比增长5.6%', '2025-05-09 江海日报', '江海海关5月9日发布数据，4月全市外贸进出口38.4亿元，同比增长5.6%。'].join('\n'),
      'dated-headline',
    );
    const result: SummarizeResult = {
      zh: '',
      en: '',
      facts: [{ quote: '江海4月外贸进出口38.4亿元 同比增长5.6%', statementEn: 'Trade was 3.84 billion yuan in April.', statementZh: '4月进出口38.4亿元。' }],
      warnings: [],
    };
    const { facts, verification } = verifyOutput(dated, result);
    expect(verification.issues).toEqual([]);
    // The headline's figures are the extractor's facts already; the quote adds none, and no fact without a place.
    expect(facts.filter((f) => f.origin === 'llm')).toEqual([]);
    for (const f of facts) expect(dated.article.source.text.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  it('drops flagged sentences and facts for --strict, and the sheet still keeps everything', () => {
    const result: SummarizeResult = {
      zh: '英伟达在上海建立研究中心。中国区营收1710亿美元。',
      en: 'Nvidia will open a research centre in Shanghai. China revenue was US$171 billion.',
      facts: [
        { quote: '其全年营收1305亿美元', statementEn: 'Revenue was US$130.5 billion.', statementZh: '营收1305亿美元。' },
        { quote: '英伟达将在火星建厂', statementEn: 'Nvidia builds on Mars.', statementZh: '英伟达在火星建厂。' },
      ],
      warnings: [],
    };
    const provider: SummaryProvider = {
      specificationVersion: 'v2', provider: 'openai', modelId: 'test', cacheIdentity: 'test', summarize: async () => result,
    };
    const verified = verifyOutput(analyzed, result);
    const sheet = buildFactSheet(analyzed, { result, provider, fallbacks: [] }, verified, {
      version: 'test', durationMs: 1, generatedAt: '2025-05-20T00:00:00.000Z',
    });
    expect(FactSheetSchema.safeParse(sheet).success).toBe(true);
    const shown = publishable(sheet);
    expect(shown.zh).toBe('英伟达在上海建立研究中心。');
    expect(shown.en).toBe('Nvidia will open a research centre in Shanghai.');
    expect(sheet.summaries.en.text).toContain('US$171 billion');
    expect(shown.facts).toHaveLength(sheet.facts.length);
  });
});
