import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DETECTION_TARGET,
  FALSE_ALARM_TARGET,
  corruptSentence,
  findFixturesDir,
  measureDetection,
  measureShippedDetection,
  type DetectionSet,
} from '../../src/verify/measure-detection.js';
import { analyzeFixture } from '../support/analyzed-fixture.js';

const summary = (r: ReturnType<typeof measureShippedDetection>) => ({
  correct: r.correct, falseAlarmRate: r.falseAlarmRate, corruptions: r.corruptions, detectionRate: r.detectionRate,
  byKind: r.byKind, byLang: r.byLang,
  missed: r.missed.map((m) => `${m.kind} ${m.lang}: ${m.figure}`),
  falseAlarms: r.falseAlarmSentences,
});

describe('measureDetection', () => {
  it('catches ≥ 98 % of systematic corruptions with ≤ 2 % false alarms on the detection set', () => {
    const report = measureShippedDetection();
    console.log('detection set', JSON.stringify(summary(report), null, 2));
    expect(report.correct).toBeGreaterThanOrEqual(30);
    expect(report.corruptions).toBeGreaterThanOrEqual(200);
    for (const kind of ['scale', 'digit', 'decimal', 'qualifier', 'swap']) expect(report.byKind[kind]?.total).toBeGreaterThan(0);
    expect(report.detectionRate).toBeGreaterThanOrEqual(DETECTION_TARGET);
    expect(report.falseAlarmRate).toBeLessThanOrEqual(FALSE_ALARM_TARGET);
  });

  it('meets the targets on the second (later-written) set', () => {
    const set = JSON.parse(readFileSync(join(findFixturesDir(), 'llm', 'detection-set-heldout.json'), 'utf8')) as DetectionSet;
    const report = measureDetection(set, (name) => analyzeFixture(name));
    console.log('second set', JSON.stringify(summary(report), null, 2));
    expect(report.detectionRate).toBeGreaterThanOrEqual(DETECTION_TARGET);
    expect(report.falseAlarmRate).toBeLessThanOrEqual(FALSE_ALARM_TARGET);
  });

  it('corrupts each figure in both languages', () => {
    const zh = corruptSentence('中国区营收约171.08亿美元，增长66%。', 'zh', [66, 34], '2025-05-20').map((c) => c.text);
    expect(zh).toContain('中国区营收约171.08万美元，增长66%。');
    expect(zh).toContain('中国区营收171.08亿美元，增长66%。');
    expect(zh).toContain('中国区营收约171.08亿美元，增长34%。');
    const en = corruptSentence('Revenue was more than US$17.1 billion, up 66%.', 'en', [66, 34], null).map((c) => c.text);
    expect(en).toContain('Revenue was more than US$17.1 million, up 66%.');
    expect(en).toContain('Revenue was US$17.1 billion, up 66%.');
    expect(en).toContain('Revenue was more than US$171 billion, up 66%.');
  });
});
