import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/errors/index.js';
import { buildFactSheet } from '../../../src/pipeline/build-fact-sheet.js';
import { createBuiltinProvider } from '../../../src/summarize/builtin/index.js';
import { loadPromptTemplates } from '../../../src/summarize/openai/prompt-templates.js';
import { summarizeWithChain } from '../../../src/summarize/provider-chain.js';
import { DEFAULT_SUMMARY_LENGTHS as lengths, requestForAnalyzed } from '../../../src/summarize/provider.js';
import {
  createLocalProvider,
  guessTask,
  loadModelRuntime,
  modelFolderPath,
  readModelConfig,
  type LocalModelProgress,
  type RuntimeLoader,
} from '../../../src/summarize/local/index.js';
import { FactSheetSchema } from '../../../src/types.js';
import { verifyOutput } from '../../../src/verify/index.js';
import { analyzedFixture, MODELS } from './helpers.js';

/**
 * Generation mode against a tiny random Qwen2 (fixtures/models/tiny-random-qwen2, made by
 * fixtures/models/generators/gen_qwen2.py): the real transformers.js path — Qwen2Tokenizer
 * (byte-level BPE), the ChatML chat template, the merged decoder with its KV cache — run
 * offline. Random weights write gibberish, never the JSON asked for, so these tests check
 * the path and the failure handling, and never the wording.
 */
const QWEN2 = 'tiny-random-qwen2';
/** Keep the prompt and the answer short: the model is random, the path is what is tested. */
const small = { maxNewTokens: 24, maxArticleChars: 300 } as const;

/** The shipped loader, recording every runtime it loads and every answer it generates. */
function recordingLoader(): { loader: RuntimeLoader; loads: () => number; answers: string[] } {
  let count = 0;
  const answers: string[] = [];
  return {
    loader: async (options) => {
      count++;
      const runtime = await loadModelRuntime(options);
      return {
        ...runtime,
        where: runtime.where,
        task: runtime.task,
        generate: async (messages, maxNewTokens) => {
          const answer = await runtime.generate(messages, maxNewTokens);
          answers.push(answer);
          return answer;
        },
        dispose: () => runtime.dispose(),
      };
    },
    loads: () => count,
    answers,
  };
}

describe('local provider, generation mode, with the tiny random Qwen2 (real transformers.js, offline)', () => {
  const analyzed = analyzedFixture('n0-nvidia-china.txt');

  it('the model folder is a qwen2 text-generation model', () => {
    const config = readModelConfig(modelFolderPath(MODELS, QWEN2));
    expect(config?.model_type).toBe('qwen2');
    expect(guessTask(config)).toBe('text-generation');
  });

  it('the runtime loads in-process and answers a chat with the assistant text only, deterministically', async () => {
    const events: LocalModelProgress[] = [];
    const runtime = await loadModelRuntime({
      folder: modelFolderPath(MODELS, QWEN2),
      task: 'text-generation',
      where: 'in-process',
      onProgress: (e) => events.push(e),
    });
    try {
      expect(runtime.task).toBe('text-generation');
      const messages = [
        { role: 'system', content: 'SYSTEM-MARKER answer in JSON' },
        { role: 'user', content: 'USER-MARKER 英伟达计划在上海建立一个研究中心。' },
      ] as const;
      const a = await runtime.generate(messages, 12);
      const b = await runtime.generate(messages, 12);
      expect(typeof a).toBe('string');
      expect(a.length).toBeGreaterThan(0);
      expect(b).toBe(a);
      // Only the new text: neither the prompt nor the chat template's markers come back.
      expect(a).not.toContain('SYSTEM-MARKER');
      expect(a).not.toContain('USER-MARKER');
      expect(a).not.toContain('<|im_');
      expect(events.filter((e) => e.status === 'done').map((e) => e.file)).toEqual(
        expect.arrayContaining(['config.json', 'tokenizer.json', 'tokenizer_config.json']),
      );
      expect(events.some((e) => e.status === 'ready')).toBe(true);
    } finally {
      await runtime.dispose();
    }
  });

  it('detects generation mode: the cache identity names the model and the prompt templates', async () => {
    const provider = await createLocalProvider({ modelDir: MODELS, model: QWEN2, lengths, ...small });
    const parts = provider.cacheIdentity?.split(':') ?? [];
    expect(parts).toHaveLength(4);
    expect(parts[1]).toBe(QWEN2);
    expect(parts[3]).toBe(loadPromptTemplates().hash.slice(0, 16));
    // A translation model has no prompt part.
    const marian = await createLocalProvider({ modelDir: MODELS, model: 'tiny-random-marian-zh-en', lengths });
    expect(marian.cacheIdentity?.split(':')).toHaveLength(3);
  });

  it('runs the real generation path; the non-JSON answer is one E_PROVIDER_RESPONSE ProviderError', async () => {
    const { loader, loads, answers } = recordingLoader();
    const provider = await createLocalProvider({
      modelDir: MODELS, model: QWEN2, lengths, inference: 'in-process', loadRuntime: loader, ...small,
    });
    try {
      const error = await provider.summarize(requestForAnalyzed(analyzed, lengths)).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderError);
      const e = error as ProviderError;
      expect(e.code).toBe('E_PROVIDER_RESPONSE');
      expect(e.message).toMatch(/the local model's answer was not the JSON asked for: /);
      // The model did run and answer: the failure is the answer's shape, not the load.
      expect(loads()).toBe(1);
      expect(answers).toHaveLength(1);
      expect(typeof answers[0]).toBe('string');
      // A second article reuses the loaded model and fails the same way.
      await expect(provider.summarize(requestForAnalyzed(analyzed, lengths))).rejects.toMatchObject({ code: 'E_PROVIDER_RESPONSE' });
      expect(loads()).toBe(1);
      expect(answers[1]).toBe(answers[0]);
    } finally {
      await provider.dispose?.();
    }
  });

  it('in a chain, builtin writes the summaries; the fallback and the fact sheet provenance say why', async () => {
    const local = await createLocalProvider({ modelDir: MODELS, model: QWEN2, lengths, inference: 'in-process', ...small });
    try {
      const outcome = await summarizeWithChain([local, createBuiltinProvider()], { article: analyzed.article, analyzed: Promise.resolve(analyzed), lengths }, { deadlineMs: 60_000 });
      expect(outcome.provider.provider).toBe('builtin');
      expect(outcome.fallbacks).toHaveLength(1);
      expect(outcome.fallbacks[0]!.provider).toBe(`local:${QWEN2}`);
      expect(outcome.fallbacks[0]!.reason).toMatch(/the local model's answer was not the JSON asked for/);
      expect(outcome.result.zh.length).toBeGreaterThan(0);

      const sheet = buildFactSheet(analyzed, outcome, verifyOutput(analyzed, outcome.result), {
        version: 'test', durationMs: 0, generatedAt: '2025-01-01T00:00:00.000Z',
      });
      expect(FactSheetSchema.safeParse(sheet).success).toBe(true);
      expect(sheet.provenance.provider).toBe('builtin');
      expect(sheet.provenance.fallbacks).toEqual(outcome.fallbacks);
      // Nothing of the failed local answer leaks into the output.
      expect(sheet.provenance.promptHash).toBeNull();
      expect(sheet.summaries.zh.provider).toBe('builtin');
      expect(sheet.summaries.en.provider).toBe('builtin');
    } finally {
      await local.dispose?.();
    }
  });

  it('a long article is cut to maxArticleChars before the prompt (the cut is what the model sees)', async () => {
    let seen = '';
    const fake: RuntimeLoader = async (options) => ({
      where: 'in-process',
      task: options.task,
      translate: async () => '',
      generate: async (messages) => {
        seen = messages.map((m) => m.content).join('\n');
        return 'not json';
      },
      dispose: async () => undefined,
    });
    const provider = await createLocalProvider({ modelDir: MODELS, model: QWEN2, lengths, loadRuntime: fake, maxArticleChars: 40 });
    await expect(provider.summarize(requestForAnalyzed(analyzed, lengths))).rejects.toMatchObject({ code: 'E_PROVIDER_RESPONSE' });
    const text = analyzed.article.source.text;
    expect(text.length).toBeGreaterThan(40);
    expect(seen).toContain(text.slice(0, 40));
    expect(seen).not.toContain(text.slice(0, 41));
  });
});
