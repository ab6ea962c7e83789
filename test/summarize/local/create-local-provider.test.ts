import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/errors/index.js';
import { summarizeWithChain } from '../../../src/summarize/provider-chain.js';
import { createBuiltinProvider } from '../../../src/summarize/builtin/index.js';
import { DEFAULT_SUMMARY_LENGTHS as lengths, requestForAnalyzed } from '../../../src/summarize/provider.js';
import {
  cleanTranslation,
  createLocalProvider,
  loadModelRuntime,
  maxTranslationTokens,
  type LocalModelProgress,
  type RuntimeLoader,
} from '../../../src/summarize/local/index.js';
import { analyzedFixture, MARIAN, BERT, MODELS } from './helpers.js';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-local-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** The shipped loader, counting how often it runs. */
function countingLoader(): { loader: RuntimeLoader; loads: () => number } {
  let count = 0;
  return {
    loader: async (options) => {
      count++;
      return loadModelRuntime(options);
    },
    loads: () => count,
  };
}

describe('createLocalProvider with the tiny random Marian model (real transformers.js, offline)', () => {
  const analyzed = analyzedFixture('n0-nvidia-china.txt');

  it('translates builtin\'s Chinese summary into the English summary, sentence by sentence', async () => {
    const events: LocalModelProgress[] = [];
    const provider = await createLocalProvider({
      modelDir: MODELS, model: MARIAN, lengths, inference: 'in-process', onProgress: (e) => events.push(e),
    });
    expect(provider.provider).toBe('local');
    expect(provider.modelId).toBe(MARIAN);
    try {
      const result = await provider.summarize(requestForAnalyzed(analyzed, lengths));
      expect(result.zhProvider).toBe('builtin');
      expect(result.en.trim()).not.toBe('');
      // The zh summary is builtin's extractive text, verbatim source sentences.
      const zhSentences = result.zhSentences ?? [];
      expect(zhSentences.length).toBeGreaterThan(0);
      expect(result.zh).toBe(zhSentences.map((s) => s.text).join(''));
      for (const s of zhSentences) expect(analyzed.sentences[s.sources[0]!]?.text).toBe(s.text);
      // Each English sentence points at the source sentence it translates.
      const enSentences = result.enSentences ?? [];
      expect(enSentences.length).toBeGreaterThan(0);
      expect(enSentences.length).toBeLessThanOrEqual(zhSentences.length);
      const zhSources = new Set(zhSentences.map((s) => s.sources[0]));
      for (const s of enSentences) {
        expect(s.sources).toHaveLength(1);
        expect(zhSources.has(s.sources[0])).toBe(true);
        expect(s.text).not.toMatch(/^\s|\s$/);
      }
      expect(result.en).toBe(enSentences.map((s) => s.text).join(' '));
      // The title is translated too (gibberish from random weights, but a string).
      expect(typeof result.titleEn === 'string' || result.titleEn === null).toBe(true);
      expect(events.some((e) => e.status === 'ready')).toBe(true);
      expect(events.filter((e) => e.status === 'done').map((e) => e.file)).toContain('config.json');
    } finally {
      await provider.dispose?.();
    }
  });

  it('loads the model once for concurrent and later articles', async () => {
    const { loader, loads } = countingLoader();
    const provider = await createLocalProvider({ modelDir: MODELS, model: MARIAN, lengths, loadRuntime: loader, inference: 'in-process' });
    expect(loads()).toBe(0); // creation loads nothing
    const other = analyzedFixture('a01-byd-q1-earnings.txt');
    const results = await Promise.all([analyzed, other, analyzed].map((a) => provider.summarize(requestForAnalyzed(a, lengths))));
    await provider.summarize(requestForAnalyzed(other, lengths));
    expect(loads()).toBe(1);
    expect(results.every((r) => r.en.length > 0)).toBe(true);
    await provider.dispose?.();
  });

  it('is deterministic: the same article gives the same English twice', async () => {
    const provider = await createLocalProvider({ modelDir: MODELS, model: MARIAN, lengths, inference: 'in-process' });
    const a = await provider.summarize(requestForAnalyzed(analyzed, lengths));
    const b = await provider.summarize(requestForAnalyzed(analyzed, lengths));
    expect(b.en).toBe(a.en);
    await provider.dispose?.();
  });

  it('has a cache identity with the model name and a fingerprint of its files', async () => {
    const dir = tempDir();
    cpSync(join(MODELS, MARIAN), join(dir, MARIAN), { recursive: true });
    const first = await createLocalProvider({ modelDir: dir, model: MARIAN, lengths });
    expect(first.cacheIdentity).toContain(MARIAN);
    const again = await createLocalProvider({ modelDir: dir, model: MARIAN, lengths });
    expect(again.cacheIdentity).toBe(first.cacheIdentity);
    // A different weights file (another size) is another model.
    const onnx = join(dir, MARIAN, 'onnx', 'encoder_model_quantized.onnx');
    writeFileSync(onnx, Buffer.concat([readFileSync(onnx), Buffer.from([0])]));
    const changed = await createLocalProvider({ modelDir: dir, model: MARIAN, lengths });
    expect(changed.cacheIdentity).not.toBe(first.cacheIdentity);
  });
});

describe('createLocalProvider when the model cannot be used', () => {
  const analyzed = analyzedFixture('n0-nvidia-china.txt');

  it('a missing model: creation succeeds, summarize gives one E_MODEL_MISSING naming model, folder and the pull command', async () => {
    const dir = tempDir();
    const { loader, loads } = countingLoader();
    const provider = await createLocalProvider({ modelDir: dir, model: 'Xenova/opus-mt-zh-en', lengths, loadRuntime: loader });
    const error = await provider.summarize(requestForAnalyzed(analyzed, lengths)).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    const e = error as ProviderError;
    expect(e.code).toBe('E_MODEL_MISSING');
    expect(e.message).toContain('Xenova/opus-mt-zh-en');
    expect(e.message).toContain(dir);
    expect(e.message).toContain('jianbao models pull Xenova/opus-mt-zh-en');
    expect(loads()).toBe(0);
    // The failure is remembered: the next article gets the same error at once.
    await expect(provider.summarize(requestForAnalyzed(analyzed, lengths))).rejects.toBe(error);
    await provider.dispose?.();
  });

  it('a missing model in a chain: builtin writes the summaries, the reason is in the fallbacks', async () => {
    const dir = tempDir();
    const local = await createLocalProvider({ modelDir: dir, model: 'Xenova/opus-mt-zh-en', lengths });
    const outcome = await summarizeWithChain([local, createBuiltinProvider()], { article: analyzed.article, analyzed: Promise.resolve(analyzed), lengths }, { deadlineMs: 60_000 });
    expect(outcome.provider.provider).toBe('builtin');
    expect(outcome.fallbacks).toHaveLength(1);
    expect(outcome.fallbacks[0]!.provider).toBe('local:Xenova/opus-mt-zh-en');
    expect(outcome.fallbacks[0]!.reason).toMatch(/not installed.*jianbao models pull/);
  });

  it('a broken model (config.json present, ONNX file truncated) gives a clear E_MODEL_MISSING', async () => {
    const dir = tempDir();
    cpSync(join(MODELS, MARIAN), join(dir, MARIAN), { recursive: true });
    for (const name of ['encoder_model_quantized.onnx', 'encoder_model.onnx']) {
      truncateSync(join(dir, MARIAN, 'onnx', name), 1000);
    }
    const provider = await createLocalProvider({ modelDir: dir, model: MARIAN, lengths, inference: 'in-process' });
    const error = (await provider.summarize(requestForAnalyzed(analyzed, lengths)).then(() => null, (e: unknown) => e)) as ProviderError;
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.code).toBe('E_MODEL_MISSING');
    expect(error.message).toContain(`local model "${MARIAN}"`);
    expect(error.message).toContain(join(dir, MARIAN));
    expect(error.message).toMatch(/could not be loaded \(.+\); the folder may be incomplete or damaged/);
    expect(error.message).toContain('onnx/encoder_model_quantized.onnx is truncated: 1000 bytes');
  });

  it('a model folder whose ONNX weights are missing gives a clear E_MODEL_MISSING', async () => {
    const dir = tempDir();
    cpSync(join(MODELS, MARIAN), join(dir, MARIAN), { recursive: true });
    rmSync(join(dir, MARIAN, 'onnx'), { recursive: true });
    const provider = await createLocalProvider({ modelDir: dir, model: MARIAN, lengths, inference: 'in-process' });
    await expect(provider.summarize(requestForAnalyzed(analyzed, lengths))).rejects.toMatchObject({
      code: 'E_MODEL_MISSING',
      message: expect.stringMatching(/could not be loaded.*there is no onnx\/ folder/),
    });
  });

  it('a config.json that is not JSON counts as a missing model', async () => {
    const dir = tempDir();
    cpSync(join(MODELS, MARIAN), join(dir, MARIAN), { recursive: true });
    writeFileSync(join(dir, MARIAN, 'config.json'), '{"model_type": "mar');
    const provider = await createLocalProvider({ modelDir: dir, model: MARIAN, lengths });
    await expect(provider.summarize(requestForAnalyzed(analyzed, lengths))).rejects.toMatchObject({ code: 'E_MODEL_MISSING' });
  });

  it('a model that is not a translator or generator (the NER model) is refused before loading', async () => {
    const { loader, loads } = countingLoader();
    const provider = await createLocalProvider({ modelDir: MODELS, model: BERT, lengths, loadRuntime: loader });
    await expect(provider.summarize(requestForAnalyzed(analyzed, lengths))).rejects.toMatchObject({
      code: 'E_MODEL_MISSING',
      message: expect.stringMatching(/token-classification model; the local provider needs a translation model/),
    });
    expect(loads()).toBe(0);
  });

  it('an inference failure after the load: the chain falls back to builtin with the reason', async () => {
    const failing: RuntimeLoader = async (options) => ({
      where: 'in-process',
      task: options.task,
      translate: async () => {
        throw new Error('onnxruntime exploded');
      },
      generate: async () => '',
      dispose: async () => undefined,
    });
    const local = await createLocalProvider({ modelDir: MODELS, model: MARIAN, lengths, loadRuntime: failing });
    const outcome = await summarizeWithChain([local, createBuiltinProvider()], { article: analyzed.article, analyzed: Promise.resolve(analyzed), lengths }, { deadlineMs: 60_000 });
    expect(outcome.provider.provider).toBe('builtin');
    expect(outcome.fallbacks[0]!.reason).toContain('onnxruntime exploded');
  });

  it('dispose releases the runtime once, and a disposed provider refuses work', async () => {
    let disposed = 0;
    const fake: RuntimeLoader = async (options) => ({
      where: 'in-process',
      task: options.task,
      translate: async (text) => `EN(${text.length})`,
      generate: async () => '',
      dispose: async () => {
        disposed++;
      },
    });
    const provider = await createLocalProvider({ modelDir: MODELS, model: MARIAN, lengths, loadRuntime: fake });
    const result = await provider.summarize(requestForAnalyzed(analyzed, lengths));
    expect(result.enSentences?.map((s) => s.text)).toEqual(result.zhSentences?.map((s) => `EN(${s.text.length})`));
    await provider.dispose?.();
    await provider.dispose?.();
    expect(disposed).toBe(1);
    await expect(provider.summarize(requestForAnalyzed(analyzed, lengths))).rejects.toMatchObject({ code: 'E_PROVIDER' });
  });

  it('stops between sentences when the signal aborts', async () => {
    const controller = new AbortController();
    let calls = 0;
    const fake: RuntimeLoader = async (options) => ({
      where: 'in-process',
      task: options.task,
      translate: async () => {
        calls++;
        controller.abort(new Error('deadline'));
        return 'x';
      },
      generate: async () => '',
      dispose: async () => undefined,
    });
    const provider = await createLocalProvider({ modelDir: MODELS, model: MARIAN, lengths, loadRuntime: fake });
    await expect(provider.summarize(requestForAnalyzed(analyzed, lengths, controller.signal))).rejects.toThrow('deadline');
    expect(calls).toBe(1);
  });
});

describe('translation helpers', () => {
  it('bounds new tokens relative to the input and caps them at 512', () => {
    expect(maxTranslationTokens('英伟达计划在上海建立一个研究中心。')).toBe(16 + 2 * 17);
    expect(maxTranslationTokens('长'.repeat(1000))).toBe(512);
  });

  it('collapses whitespace and phrase loops', () => {
    expect(cleanTranslation('  Nvidia  plans\na centre ')).toEqual({ text: 'Nvidia plans a centre', repeated: false });
    expect(cleanTranslation('the hello live m and m and m and m and m')).toEqual({ text: 'the hello live m and m', repeated: true });
    expect(cleanTranslation('')).toEqual({ text: '', repeated: false });
  });
});
