/**
 * Readings the verifier got wrong on the builtin English brief of the fixture articles (the offline
 * default was flagged on correct statements): a change written "Label: from A to B" without a verb,
 * a range whose ends both carry %, "one quarter" and "4.2 times" that the source states as a share
 * and as a count of 次, units and formulas as names (PFLOPS, SO2), the noun a count is counted in
 * taken for a narrowing word ("flights" for 机场), and a headline's figure whose time the headline
 * gives. Each rule is checked on the article the brief was flagged on, for the correct wording and
 * for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { blindArticleAnalyzer } from '../support/detection-measurement.js';
import { summaryIssues } from '../support/summary-issues.js';

/** The English issues of one sentence on an article of a blind set's folder. */
function onArticle(set: number, file: string): (text: string) => string[] {
  const issues = summaryIssues(blindArticleAnalyzer(`blind${set}-articles`)(file));
  return (text) => issues('en', text);
}

const shape = (text: string): [string, number | string, number | null][] =>
  findEnglishQuantities(text, { referenceDate: '2025-06-01' }).map((q) => [q.text, q.value, q.valueMax]);

describe('"from A to B" without a verb of change', () => {
  it('reads two levels, not a range, whatever stands between them', () => {
    expect(shape('Wages: from RMB 1,960 to RMB 2,200.')).toEqual([['RMB 1,960', 1960, null], ['RMB 2,200', 2200, null]]);
    expect(shape('Loans: from RMB 800,000 to RMB 1.2 million.')).toEqual([['RMB 800,000', 800000, null], ['RMB 1.2 million', 1200000, null]]);
    expect(shape('Figure: from RMB 11,000 in 2022 to RMB 18,000.')).toEqual([['RMB 11,000', 11000, null], ['2022', '2022', null], ['RMB 18,000', 18000, null]]);
    expect(shape('Figure (2024): from about RMB 600 per mu in 2023 to RMB 900.').map(([t]) => t)).toEqual(['2024', 'RMB 600', '2023', 'RMB 900']);
    // "from 5 to 8%": the start shares the end's unit, as "5 and 8%" does.
    expect(findEnglishQuantities('Share: from about 5 to 8%.').map((q) => [q.kind, q.value, q.approx])).toEqual([['percent', 5, 'about'], ['percent', 8, null]]);
  });

  it('keeps a spread, a span of the day and days of a month as they were', () => {
    expect(shape('prices range from 20 to 50 yuan')).toEqual([['20 to 50 yuan', 20, 50]]);
    expect(shape('The peaks, from 7 to 9 am, carried 42% of rides.').map(([t]) => t)).toEqual(['9 am', '42%']);
    expect(shape('holiday from February 15 to 23, up 9.7%').map(([t]) => t)).toEqual(['February 15', '9.7%']);
  });

  it('passes the brief’s changes and still catches a wrong end, a wrong year and a reversed change', () => {
    const wages = onArticle(28, 'ac07-minimum-wage-rise.txt');
    expect(wages('Wages: from RMB 1,960 to RMB 2,200.')).toEqual([]);
    expect(wages('Wages: from RMB 1,960 to RMB 2,300.')).toEqual(['RMB 2,300: number not found in source; nearest is 2200元']);
    expect(wages('Wages: from RMB 2,200 to RMB 1,960.')).toEqual(['RMB 1,960: the change runs the wrong way: the source goes from 1960元 to 2200元']);
    const training = onArticle(14, 't06-vocational-enrolment.txt');
    expect(training('Figure: from RMB 11,000 in 2022 to RMB 18,000.')).toEqual([]);
    expect(training('Training equipment per student rose in value from 11,000 yuan in 2022 to 18,000 yuan.')).toEqual([]);
    expect(training('Figure: from RMB 11,000 in 2021 to RMB 18,000.')).toEqual(['2021: date not found in source']);
    const loans = onArticle(25, 'e03-provident-fund-loans.txt');
    expect(loans('Loans: from RMB 800,000 to RMB 1.2 million.')).toEqual([]);
    expect(loans('Loans: from RMB 800,000 to RMB 1.2 billion.')).not.toEqual([]);
    const pills = onArticle(8, 'k03-drug-approval-procurement.txt');
    expect(pills('Price: from RMB 1.26 to RMB 0.09.')).toEqual([]);
    expect(pills('Price: from RMB 1.26 to RMB 0.9.')).not.toEqual([]);
  });
});

describe('a range whose ends both carry %', () => {
  it('reads one range with its qualifier, and leaves a change or a level reached as two figures', () => {
    expect(findEnglishQuantities('Market: about 60% to 70%.').map((q) => [q.value, q.valueMax, q.approx])).toEqual([[60, 70, 'about']]);
    expect(shape('cutting yields by 10% to 20%.')).toEqual([['10% to 20%', 10, 20]]);
    expect(shape('Growth fell 8% to 5%.')).toEqual([['8%', 8, null], ['5%', 5, null]]);
    expect(shape('The share rose 5% to 30%.')).toEqual([['5%', 5, null], ['30%', 30, null]]);
  });

  it('passes 约…60%—70% and 约增加2%至3%, and still catches a dropped "about" and a wrong end', () => {
    const fees = onArticle(30, 'ae07-childcare-services.txt');
    expect(fees('Market: about 60% to 70%.')).toEqual([]);
    expect(fees('Market: 60% to 70%.')).toEqual(['60% to 70%: qualifier: drops the qualifier "about (约)" the source has (60%—70%)']);
    expect(fees('Market: about 60% to 75%.')).not.toEqual([]);
    expect(onArticle(31, 'af04-stroke-centres.txt')('Figure: about 2% to 3%.')).toEqual([]);
  });
});

describe('English figures that read two ways', () => {
  it('takes "one quarter" as the share the source states (四分之一以上), not as a span of time', () => {
    const grain = onArticle(4, 'g02-henan-grain.txt');
    expect(grain('Share: more than one quarter.')).toEqual([]);
    expect(grain('Share: more than one third.')).not.toEqual([]);
    expect(grain('Share: more than three quarters.')).not.toEqual([]);
  });

  it('takes "4.2 times" as the count of 次 the source states (跑动次数由4.2次减至0.3次)', () => {
    const services = onArticle(28, 'ac04-one-stop-services.txt');
    expect(services('Figure: from 4.2 times to 0.3 times.')).toEqual([]);
    expect(services('Figure: from 4.2 times to 0.5 times.')).toEqual(['0.5 times: no multiple figure in the source']);
  });
});

describe('names that are units or formulas', () => {
  it('knows a unit the extractor read from the source (1.2万P is PFLOPS)', () => {
    expect(onArticle(23, 'c01-computing-hub.txt')('Scale (forecast): 30,000 PFLOPS.')).toEqual([]);
  });

  it('knows SO2, CO2 and NOx where the source names 二氧化硫, 二氧化碳 and 氮氧化物, and only there', () => {
    expect(onArticle(18, 'x02-steel-emissions-retrofit.txt')('Topics: sulfur dioxide SO2 and NOx.')).toEqual([]);
    const carbon = onArticle(18, 'x04-carbon-market-trading.txt');
    expect(carbon('Topics: carbon dioxide CO2.')).toEqual([]);
    expect(carbon('Its SO2 emissions fell.')).toEqual(['Its SO2: name not found in source or its entities (SO2)']);
  });
});

describe('the noun a count is counted in', () => {
  it('tells no figures apart: "120,000 flights" for 超12万架次 is no figure of 机场 or 航线', () => {
    const drones = onArticle(13, 's06-drone-delivery.txt');
    expect(drones('Figure: more than 120,000 flights.')).toEqual([]);
    expect(drones('The drones have made more than 120,000 flights, carrying about 860,000 parcels, medicines and farm products.')).toEqual([]);
    expect(drones('The drones have made more than 236 flights.')).not.toEqual([]);
  });
});

describe('a figure only the headline states', () => {
  it('takes the time of the headline part it stands in, or of the part before when its own has none', () => {
    // 四川前三季度城镇新增就业78.6万人 完成全年目标九成以上 (the body's 91.4% is another figure).
    const jobs = onArticle(6, 'i06-sichuan-employment.txt');
    expect(jobs('Figure (the first three quarters of 2025): more than 90%.')).toEqual([]);
    expect(jobs('Figure (2024): more than 90%.')).not.toEqual([]);
    // 星驰汽车10月交付新车4.12万辆 前十个月累计交付超30万辆: the second part has a time of its own.
    const cars = onArticle(7, 'j02-nev-deliveries.txt');
    expect(cars('Deliveries (the first 10 months): more than 300,000 vehicles.')).toEqual([]);
    expect(cars('Deliveries (October): more than 300,000 vehicles.')).toEqual([
      'October: date not the source\'s for this statement: where the source states 300,000 it says 1至10月',
    ]);
  });
});

describe('the article’s own date and a headline figure', () => {
  it('takes a date the summary says the article was published on as the article’s date, not a body clause’s', () => {
    // The farm-machinery article is dated 2025-07-18 and its body opens with the association's 7月16日.
    const check = onArticle(32, 'ag02-farm-machinery-sales.txt');
    expect(check('This article about the China Agriculture Machinery Industry Association was published on July 18, 2025.')).toEqual([]);
    expect(check('This article about the China Agriculture Machinery Industry Association was published on July 19, 2025.')).not.toEqual([]);
    expect(check('The China Agriculture Machinery Industry Association released the data on July 18, 2025.')).not.toEqual([]);
  });
});

describe('a brief item\'s label', () => {
  it('names what the figure after its colon measures, and a change of it', () => {
    // 赣南钨业…营业收入48.6亿元…净利润5.2亿元
    const tungsten = onArticle(48, 'aw02-tungsten-prices.txt');
    expect(tungsten('Gannan Wuye Co., Ltd. net profit (H1 2025): RMB 520 million.')).toEqual([]);
    expect(tungsten('Gannan Wuye Co., Ltd. revenue (H1 2025): RMB 520 million.')).not.toEqual([]);
  });
});
