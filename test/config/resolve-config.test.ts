import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { ConfigurationError } from '../../src/errors/index.js';

describe('resolveConfig', () => {
  it('applies flags over environment over defaults, treating blank values as unset', () => {
    const { config, layers } = resolveConfig(
      { concurrency: '2' },
      { JIANBAO_CONCURRENCY: '8', JIANBAO_PROVIDER: '  ', JIANBAO_MODEL: 'qwen-plus' },
    );
    expect(config.concurrency).toBe(2);
    expect(config.provider).toBe('auto');
    expect(config.openai.model).toBe('qwen-plus');
    expect(layers).toEqual(['defaults', 'env', 'flags']);
    expect(Object.isFrozen(config.openai)).toBe(true);
  });

  it('names the flag, the variable, what was expected and what came', () => {
    expect(() => resolveConfig({}, { JIANBAO_CONCURRENCY: 'lots' })).toThrow(
      /--concurrency \/ JIANBAO_CONCURRENCY must be a whole number from 1 to 256; got "lots"/,
    );
    expect(() => resolveConfig({ provider: 'gpt' }, {})).toThrow(ConfigurationError);
    expect(() => resolveConfig({ date: '2025-02-30' }, {})).toThrow(/--date must be a date as YYYY-MM-DD/);
  });

  it('never shows the API key when the config is printed or serialised', () => {
    const key = 'sk-test-6f1c2d9e8a7b';
    const { config } = resolveConfig({}, { OPENAI_API_KEY: key });
    expect(config.openai.apiKey?.reveal()).toBe(key);
    expect(JSON.stringify(config)).not.toContain(key);
    expect(inspect(config, { depth: 10 })).not.toContain(key);
    expect(`${String(config.openai.apiKey)}`).not.toContain(key);
  });

  it('expands ~ in the local model folder', () => {
    const { config } = resolveConfig({}, { JIANBAO_LOCAL_MODEL_DIR: '~/models' });
    expect(config.local.modelDir.startsWith('~')).toBe(false);
    expect(config.local.modelDir.endsWith('/models')).toBe(true);
  });
});
