/**
 * Reading rules added in session 26 after the first look at blind sets 492 to 499 and the leftovers of
 * 484 to 491 (see fixtures/llm/README.md), on a synthetic article (not the sets' wording). Each pins a
 * correct sentence that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '青山市秋季简讯',
  '2025-11-20 青山日报',
  '青山瓜农刘大海说，今年的青玉8号甜度普遍在18度以上。',
  '决赛最后300米，青山大学队把桨频从34提到了39。',
  '监测显示，城区的布雷图指数已由9月初的31降至目前的7，但仍高于4的安全阈值。',
  '26岁的棋手陈一鸣执黑以2目半击败对手，夺得青山杯冠军。',
  '毛竹笋地头收购价每斤2.6元至3.2元，与去年基本持平。',
  '青山纺织今年收购蚕茧约760吨，占全市收购总量的近23%。',
  '普通铅笔出厂均价约为每支0.21元，比去年同期下降0.01元；文创铅笔出厂价多在2至5元之间。',
  '受国际市场阿拉比卡咖啡期货价格上涨带动，青山咖啡生豆收购价达到每公斤41元。',
  '一只直径2.4米的“七星风筝”在开幕式上升空。',
  '该中心今年共接诊患者9300人次，同比增长26%，其中确诊糖尿病的患者约5200人。',
  '从病情看，男性占57%；超重患者占确诊人数的近六成。',
  '11月2日，自2025年9月20日开幕、为期44天的第十七届青山菊花节落下帷幕。',
].join('\n');

describe('summaries of the session 26 first-round article (sets 484–499 leftovers)', () => {
  const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-51', '2025-11-20'));

  it('reads 甜度 in 度 as degrees Brix', () => {
    expect(issues('en', 'Liu Dahai, a melon grower, said this year’s Qingyu No. 8 generally measured above 18 degrees in sweetness.')).toEqual([]);
    expect(issues('en', 'Liu Dahai, a melon grower, said this year’s Qingyu No. 8 generally measured above 16 degrees in sweetness.')).not.toEqual([]);
  });

  it('reads the bare level a change reaches, named as today’s or after 提到了', () => {
    expect(issues('en', 'The Qingshan University crew raised its stroke rate from 34 to 39 over the last 300 meters.')).toEqual([]);
    expect(issues('en', 'The Qingshan University crew raised its stroke rate from 34 to 41 over the last 300 meters.')).not.toEqual([]);
    expect(issues('en', 'The Breteau index in the city proper has fallen from 31 in early September to 7.')).toEqual([]);
    expect(issues('en', 'The Breteau index in the city proper has fallen from 31 in early September to 6.')).not.toEqual([]);
  });

  it('reads a bare level a named safety threshold stands at', () => {
    expect(issues('en', 'The Breteau index in the city proper is still above the safety threshold of 4.')).toEqual([]);
    expect(issues('en', 'The Breteau index in the city proper is still above the safety threshold of 5.')).not.toEqual([]);
  });

  it('reads a go margin in points and a half', () => {
    expect(issues('en', 'Chen Yiming, 26, won the Qingshan Cup with black by 2.5 points.')).toEqual([]);
    expect(issues('en', 'Chen Yiming, 26, won the Qingshan Cup with black by 3.5 points.')).not.toEqual([]);
    expect(issues('zh', '26岁的陈一鸣执黑以2目半获胜，夺得青山杯冠军。')).toEqual([]);
    expect(issues('zh', '26岁的陈一鸣执黑以3目半获胜，夺得青山杯冠军。')).not.toEqual([]);
  });

  it('takes 与去年基本持平 as a comparison, not the time of the price', () => {
    expect(issues('zh', '今年毛竹笋地头收购价为每斤2.6元至3.2元，与去年大体持平。')).toEqual([]);
    expect(issues('zh', '今年毛竹笋地头收购价为每斤2.6元至3.6元，与去年大体持平。')).not.toEqual([]);
  });

  it('carries 接近 across the whole a percent is of', () => {
    expect(issues('zh', '青山纺织今年收购蚕茧约760吨，接近全市收购总量的23%。')).toEqual([]);
    expect(issues('zh', '青山纺织今年收购蚕茧约760吨，占全市收购总量的23%。')).not.toEqual([]);
  });

  it('reads 出厂均价 as an ex-factory price', () => {
    expect(issues('en', 'The average factory price of an ordinary pencil fell by 0.01 yuan from a year earlier to about 0.21 yuan.')).toEqual([]);
    expect(issues('en', 'The average factory price of an ordinary pencil fell by 0.01 yuan from a year earlier to about 0.31 yuan.')).not.toEqual([]);
  });

  it('finds Arabica and the numbers and stars of a name', () => {
    expect(issues('en', 'Qingshan’s coffee bean purchase price reached 41 yuan per kilogram as Arabica futures rose on international markets.')).toEqual([]);
    expect(issues('en', 'Qingshan’s coffee bean purchase price reached 41 yuan per kilogram as Robusta futures rose on international markets.')).not.toEqual([]);
    expect(issues('en', 'The Seven Star kite that rose at the opening ceremony measured 2.4 meters across.')).toEqual([]);
    expect(issues('en', 'The Nine Star kite that rose at the opening ceremony measured 2.4 meters across.')).not.toEqual([]);
  });

  it('takes a share after 其中 (or "of them") of the whole the source names it by', () => {
    expect(issues('zh', '该中心今年确诊糖尿病患者约5200人，其中近六成为超重患者。')).toEqual([]);
    expect(issues('zh', '该中心今年确诊糖尿病患者约5200人，其中近五成为超重患者。')).not.toEqual([]);
    expect(issues('en', 'The center diagnosed about 5,200 diabetes patients this year, nearly 60% of them overweight.')).toEqual([]);
    expect(issues('en', 'The center diagnosed about 5,200 diabetes patients this year, 57% of them overweight.')).not.toEqual([]);
  });

  it('dates nothing by an edition’s number', () => {
    expect(issues('zh', '为期44天的第十七届青山菊花节于11月2日闭幕。')).toEqual([]);
    expect(issues('zh', '为期44天的第十七届青山菊花节于11月3日闭幕。')).not.toEqual([]);
  });
});
