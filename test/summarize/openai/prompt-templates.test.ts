import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findPromptsDir,
  loadPromptTemplates,
  mapFinishReason,
  parseLLMResponse,
  renderTemplate,
} from '../../../src/summarize/openai/index.js';

describe('prompt templates', () => {
  it('finds prompts/ from any depth below the package root (src/… or dist/…)', () => {
    const root = mkdtempSync(join(tmpdir(), 'jianbao-prompts-'));
    mkdirSync(join(root, 'prompts'));
    writeFileSync(join(root, 'prompts', 'summarize.system.md'), 'x');
    mkdirSync(join(root, 'dist', 'src', 'summarize', 'openai'), { recursive: true });
    expect(findPromptsDir(join(root, 'dist', 'src', 'summarize', 'openai'))).toBe(join(root, 'prompts'));
  });

  it('hashes templates and schema, and renders every placeholder they use', () => {
    const t = loadPromptTemplates();
    expect(t.hash).toMatch(/^[0-9a-f]{64}$/);
    const values = { article: '正文', title: '标题', published_at: '2025-05-20', zh_min: 150, zh_max: 300, en_min: 60, en_max: 160, error: 'bad' };
    for (const template of [t.system, t.user, t.repair]) expect(renderTemplate(template, values)).not.toMatch(/\{\{/);
    expect(renderTemplate(t.user, values)).toMatch(/<<<ARTICLE\n正文\nARTICLE>>>/);
  });

  it('refuses an unknown placeholder and never expands one inside a value', () => {
    expect(() => renderTemplate('{{zh_mni}}', {})).toThrow(/zh_mni/);
    expect(renderTemplate('{{article}}', { article: '{{title}}', title: 'x' })).toBe('{{title}}');
  });
});

describe('mapFinishReason', () => {
  it.each([
    ['stop', 'stop'], ['length', 'length'], ['content_filter', 'content-filter'], ['tool_calls', 'tool-calls'],
    [null, 'other'], ['weird', 'other'],
  ] as const)('%s → %s', (raw, mapped) => {
    expect(mapFinishReason(raw)).toBe(mapped);
  });
});

describe('parseLLMResponse', () => {
  it('accepts a fenced object from a local model and explains what is wrong otherwise', () => {
    const ok = { title_en: 't', summary_zh: '中文', summary_en: 'en', entities: [], facts: [] };
    expect(parseLLMResponse('```json\n' + JSON.stringify(ok) + '\n```').ok).toBe(true);
    const bad = parseLLMResponse(JSON.stringify({ ...ok, summary_en: undefined }));
    expect(bad).toEqual({ ok: false, error: expect.stringMatching(/summary_en/) });
    expect(parseLLMResponse('').ok).toBe(false);
  });
});
