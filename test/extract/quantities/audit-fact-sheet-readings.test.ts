/**
 * Fact-sheet readings an audit of blind sets 44 to 51 found misleading, each checked on the source
 * article it was found in (fixtures/llm/blind*-articles): a rate whose 每亩, 日均 or 单车日均 stands
 * before its span shown as a plain total, 60个基点 as a bare 60, 29.6万人份 as people, 埋深3500米以下 as
 * "less than", 约为三年前价格的3倍 with its "about" on the years, 株 of bacteria as plants, and
 * 收费15元起 without its "from".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/extract/quantities/index.js';
import type { QuantityMatch } from '../../../src/extract/quantities/index.js';

const llm = resolve(import.meta.dirname, '../../../fixtures/llm');

/** The figure whose span is `text` in a blind set's article (its nth occurrence), read over the whole article. */
function fact(set: number, file: string, text: string, nth = 0): QuantityMatch {
  const article = readFileSync(resolve(llm, `blind${set}-articles`, file), 'utf8');
  const date = /^\d{4}-\d{2}-\d{2}/u.exec(article.split('\n')[1] ?? '')?.[0] ?? null;
  const found = findQuantities(article, { referenceDate: date }).filter((q) => q.text === text)[nth];
  if (found === undefined) throw new Error(`${file}: no figure ${text}`);
  return found;
}

/** What a reviewer checks: value, unit, per, qualifier and English. */
const reading = (q: QuantityMatch): [number | string, string | null, string | null, string | null, string] => [q.value, q.unit, q.per ?? null, q.approx, q.en];

const shown = (text: string): [string, string | null, string | null, string][] =>
  findQuantities(text, { referenceDate: '2025-09-16' }).map((q) => [q.text, q.unit, q.per ?? null, q.en]);

describe('a rate written before its figure (每亩, 日均, 单车日均)', () => {
  it('carries per mu in the fact of a price per mu, and only in the figure 每亩 governs', () => {
    // 农户每亩节本增收200元至300元
    expect(reading(fact(47, 'av03-farmland-upgrade.txt', '200元至300元'))).toEqual([200, 'CNY', 'mu', null, 'RMB 200 to RMB 300 per mu']);
    // 对集中连片50亩以上的种植主体每亩补助80元: 50亩以上 stands before 每亩 and is no rate.
    expect(reading(fact(47, 'av04-rapeseed-expansion.txt', '50亩以上'))).toEqual([50, 'mu', null, 'over', 'more than 50 mu']);
    expect(reading(fact(47, 'av04-rapeseed-expansion.txt', '80元'))).toEqual([80, 'CNY', 'mu', null, 'RMB 80 per mu']);
    // 清除面积达到2.8万亩，每亩治理成本约3500元: 2.8万亩 is the area, in the clause before.
    expect(reading(fact(47, 'av05-cordgrass-removal.txt', '2.8万亩'))).toEqual([28000, 'mu', null, null, '28,000 mu']);
    expect(reading(fact(47, 'av05-cordgrass-removal.txt', '约3500元'))).toEqual([3500, 'CNY', 'mu', 'about', 'about RMB 3,500 per mu']);
  });

  it('reads a yield per mu as kg/mu, not a harvest in kg', () => {
    // 预计全省花生平均单产可达每亩约330公斤，…总产量有望超过640万吨
    expect(reading(fact(51, 'az06-henan-peanut-harvest.txt', '约330公斤'))).toEqual([330, 'kg', 'mu', 'about', 'about 330 kg/mu']);
    expect(reading(fact(51, 'az06-henan-peanut-harvest.txt', '超过640万吨'))).toEqual([6400000, 't', null, 'over', 'more than 6.4 million t']);
  });

  it('reads 日均 as a daily average, and 单车日均 as one per vehicle', () => {
    // 巡游出租车日均载客约41万人次，同比下降6.2%，单车日均营收约为620元
    expect(reading(fact(45, 'at08-taxi-fare-rise.txt', '约41万人次'))).toEqual([410000, '人次', 'd', 'about', 'about 410,000 per day on average']);
    expect(reading(fact(45, 'at08-taxi-fare-rise.txt', '约为620元'))).toEqual([620, 'CNY', 'vehicle/d', 'about', 'about RMB 620 per vehicle per day on average']);
    expect(reading(fact(45, 'at08-taxi-fare-rise.txt', '约为98万单'))).toEqual([980000, '单', 'd', 'about', 'about 980,000 orders per day on average']);
    // 全市共有巡游出租车1.62万辆: a fleet, no rate.
    expect(reading(fact(45, 'at08-taxi-fare-rise.txt', '1.62万辆'))).toEqual([16200, '辆', null, null, '16,200 vehicles']);
    // 日均通关榴莲运输车辆约320辆，高峰期超过600辆: the peak is no average.
    expect(reading(fact(44, 'as01-durian-imports.txt', '约320辆'))).toEqual([320, '辆', 'd', 'about', 'about 320 vehicles per day on average']);
    expect(reading(fact(44, 'as01-durian-imports.txt', '超过600辆'))).toEqual([600, '辆', null, 'over', 'more than 600 vehicles']);
    expect(reading(fact(45, 'at04-bus-station-conversion.txt', '约3.2万件'))).toEqual([32000, '件', 'd', 'about', 'about 32,000 items per day on average']);
    // 全市绿道共接待游客1286万人次，同比增长8.7%，日均超过160万人次
    expect(reading(fact(49, 'ax01-city-greenway-network.txt', '1286万人次'))).toEqual([12860000, '人次', null, null, '12.86 million']);
    expect(reading(fact(49, 'ax01-city-greenway-network.txt', '超过160万人次'))).toEqual([1600000, '人次', 'd', 'over', 'more than 1.6 million per day on average']);
  });

  it('leaves what 日均 does not govern: another clause, a price, a temperature, a bicycle', () => {
    expect(shown('日均客流1万人次、全年累计300万人次。')).toEqual([
      ['1万人次', '人次', 'd', '10,000 per day on average'],
      ['300万人次', '人次', null, '3 million'],
    ]);
    expect(shown('日均成交价格为每斤5元。')).toEqual([['5元', 'CNY', 'jin', 'RMB 5 per jin']]);
    expect(shown('7月日均气温28摄氏度。').map(([t, u, p]) => [t, u, p])).toEqual([['7月', null, null], ['28摄氏度', '°C', null]]);
    // 共享单车 is bicycles: 单车 counts per vehicle only opening its clause.
    expect(shown('共享单车日均骑行量突破210万人次。')).toEqual([['突破210万人次', '人次', 'd', 'more than 2.1 million per day on average']]);
    // 每天 and 日均 say the day once.
    expect(shown('三亚的日均租金为每天412元。')).toEqual([['412元', 'CNY', 'd', 'RMB 412 per day on average']]);
  });

  it('gives a price the denominators its English names, 千 starting a unit and not a base', () => {
    // 电解铝企业平均用电价格约每千瓦时0.38元: per kWh (not "per 1,000 watt-hour"), and "about" kept.
    expect(reading(fact(30, 'ae06-aluminium-output.txt', '约每千瓦时0.38元'))).toEqual([0.38, 'CNY', 'kWh', 'about', 'about RMB 0.38 per kWh']);
    expect(shown('农户按每亩每年300元获得生态补偿，收购价每百斤120元。')).toEqual([
      ['300元', 'CNY', 'mu/yr', 'RMB 300 per mu per year'],
      ['120元', 'CNY', '100 jin', 'RMB 120 per 100 jin'],
    ]);
  });
});

describe('units and qualifiers the audit found misread', () => {
  it('reads 60个基点 as 60 basis points, not a count of 60', () => {
    // 贷款市场报价利率（LPR）减60个基点
    expect(reading(fact(50, 'ay02-student-loans.txt', '60个基点'))).toEqual([60, '基点', null, null, '60 basis points']);
  });

  it('reads 29.6万人份 as doses for that many people, not people', () => {
    // 狂犬病被动免疫制剂约29.6万人份
    expect(reading(fact(50, 'ay04-rabies-clinics.txt', '约29.6万人份'))).toEqual([296000, '人份', null, 'about', 'about 296,000 per-person doses']);
  });

  it('reads 以下 after a depth as deeper, and keeps it a bound beside 浅 or after another length', () => {
    // 随着深层开发技术逐步成熟，埋深3500米以下的页岩气资源
    expect(reading(fact(47, 'av01-shale-gas-output.txt', '3500米以下'))).toEqual([3500, 'm', null, 'over', 'deeper than 3,500 m']);
    // 科考队首次在水深6000米以下区域连续开展了为期约20天的原位观测
    expect(reading(fact(27, 'ab07-deep-sea-expedition.txt', '6000米以下'))).toEqual([6000, 'm', null, 'over', 'deeper than 6,000 m']);
    // Read from the phrase, so a summary copying it without the sentence reads it alike.
    expect(shown('埋深3500米以下的页岩气资源将成为主战场。')).toEqual([['3500米以下', 'm', null, 'deeper than 3,500 m']]);
    expect(shown('水深1米以下的浅滩。')).toEqual([['1米以下', 'm', null, 'less than 1 m']]);
    expect(shown('身高1.2米以下儿童免费乘坐。')).toEqual([['1.2米以下', 'm', null, 'less than 1.2 m']]);
  });

  it('gives the "about" of 约为三年前价格的3倍 to the multiple, not to the years', () => {
    expect(reading(fact(48, 'aw03-freshwater-pearls.txt', '三年'))).toEqual([3, 'year', null, null, 'three years']);
    expect(reading(fact(48, 'aw03-freshwater-pearls.txt', '3倍'))).toEqual([3, 'x', null, 'about', 'about three times']);
    // A year in the noun still stops it, as the gold records (fixtures/gold a24).
    expect(findQuantities('贸易顺差约为2020年同期的1.5倍。', { referenceDate: '2025-06-09' }).map((q) => [q.text, q.approx])).toEqual([
      ['2020年', null],
      ['1.5倍', null],
    ]);
    // 约三年前 alone is about the years.
    expect(shown('约三年前开始试点。')).toEqual([['约三年', 'year', null, 'about three years']]);
  });

  it('counts 株 of bacteria as strains and 株 of trees as plants', () => {
    // 2024年共上报细菌约412万株
    expect(reading(fact(50, 'ay07-antibiotic-resistance.txt', '约412万株'))).toEqual([4120000, '株', null, 'about', 'about 4.12 million strains']);
    expect(shown('实验室从样本中分离出12株新型病毒。')).toEqual([['12株', '株', null, '12 strains']]);
    // 累计种植乔木4.6万株
    expect(reading(fact(39, 'an06-tangshan-mine-restoration.txt', '4.6万株'))).toEqual([46000, '株', null, null, '46,000 plants']);
  });

  it('says "from" for a starting price, and reads 起到 as no start', () => {
    // 车站提供代寄服务，收费15元起
    expect(reading(fact(49, 'ax06-railway-lost-property.txt', '15元起'))).toEqual([15, 'CNY', null, null, 'from RMB 15']);
    expect(shown('补贴500元起到了激励作用。')).toEqual([['500元', 'CNY', null, 'RMB 500']]);
    expect(shown('全年共受理投诉3起。')).toEqual([['3起', '起', null, 'three cases']]);
  });
});
