import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { diagnoseOnnxFiles } from '../../../src/summarize/local/model-folder.js';
import {
  guessTask,
  LOCAL_MODEL_TASKS,
  listInstalledModels,
  modelFingerprint,
  readModelConfig,
} from '../../../src/summarize/local/index.js';
import { BERT, MARIAN, MODELS } from './helpers.js';

describe('model folders', () => {
  it('guesses the task and summary mode from config.json', () => {
    expect(guessTask(readModelConfig(join(MODELS, MARIAN)))).toBe('translation');
    expect(guessTask(readModelConfig(join(MODELS, BERT)))).toBe('token-classification');
    // No tiny instruct model exists here: decoder-only detection is checked on configs alone.
    expect(guessTask({ model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'] })).toBe('text-generation');
    expect(guessTask({ model_type: 'qwen2' })).toBe('text-generation');
    expect(guessTask({ model_type: 'whisper' })).toBeNull();
    expect(guessTask(null)).toBeNull();
    expect(LOCAL_MODEL_TASKS[guessTask({ model_type: 'marian' })!].mode).toBe('translation');
    expect(LOCAL_MODEL_TASKS['text-generation'].mode).toBe('generation');
    expect(Object.isFrozen(LOCAL_MODEL_TASKS)).toBe(true);
  });

  it('lists the installed models with task, size and files', async () => {
    const models = await listInstalledModels(MODELS);
    expect(models.map((m) => m.name)).toEqual([BERT, MARIAN, 'tiny-random-qwen2']);
    const marian = models[1]!;
    expect(marian.task).toBe('translation');
    expect(marian.files.map((f) => f.path)).toContain('onnx/decoder_model_merged_quantized.onnx');
    expect(marian.bytes).toBe(marian.files.reduce((s, f) => s + f.bytes, 0));
    expect(marian.bytes).toBeGreaterThan(700_000);
  });

  it('fingerprints a model folder, and says "missing" for none', () => {
    expect(modelFingerprint(join(MODELS, MARIAN))).toMatch(/^[0-9a-f]{16}$/);
    expect(modelFingerprint(join(MODELS, 'nope'))).toBe('missing');
  });

  it('finds nothing wrong with whole ONNX files', () => {
    expect(diagnoseOnnxFiles(join(MODELS, MARIAN))).toEqual([]);
    expect(diagnoseOnnxFiles(join(MODELS, BERT))).toEqual([]);
  });
});
