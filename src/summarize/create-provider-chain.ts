import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { JianbaoConfig } from '../config/index.js';
import { ConfigurationError } from '../errors/index.js';
import { createBuiltinProvider } from './builtin/create-builtin-provider.js';
import type { SummaryProvider } from './provider.js';

/**
 * Factories for the providers that need heavy modules. They are imported only when a
 * chain uses them, so `jianbao --help` and builtin runs never load the openai SDK or
 * transformers.js.
 */
export interface ProviderFactories {
  readonly openai: (config: JianbaoConfig) => Promise<SummaryProvider>;
  readonly local: (config: JianbaoConfig) => Promise<SummaryProvider>;
}

export const defaultProviderFactories: ProviderFactories = {
  openai: async (config) => {
    const { createOpenAIProvider } = await import('./openai/index.js');
    return createOpenAIProvider({
      ...config.openai,
      concurrency: config.concurrency,
      lengths: config.lengths,
    });
  },
  local: async (config) => {
    const { createLocalProvider } = await import('./local/index.js');
    return createLocalProvider({ modelDir: config.local.modelDir, model: config.local.model, lengths: config.lengths });
  },
};

/** Whether the local model folder holds the configured model (checked without loading it). */
export function isLocalModelPresent(config: JianbaoConfig): boolean {
  return existsSync(join(config.local.modelDir, config.local.model, 'config.json'));
}

/**
 * The ordered provider chain for a run. With `auto`: openai if a key or base URL is set,
 * then local if a model is present, then builtin. An explicit choice keeps the providers
 * after it as fallbacks, so a failing LLM never costs the article.
 */
export async function createProviderChain(
  config: JianbaoConfig,
  factories: ProviderFactories = defaultProviderFactories,
): Promise<SummaryProvider[]> {
  const wantOpenAI =
    config.provider === 'openai' ||
    (config.provider === 'auto' && (config.openai.apiKey !== null || config.openai.baseURL !== null));
  const wantLocal =
    config.provider === 'local' ||
    ((config.provider === 'auto' || config.provider === 'openai') && isLocalModelPresent(config));
  if (config.provider === 'openai' && config.openai.apiKey === null && config.openai.baseURL === null) {
    throw new ConfigurationError(
      '--provider openai needs an API key or an endpoint: set OPENAI_API_KEY (and OPENAI_BASE_URL for a non-OpenAI server, e.g. http://127.0.0.1:11434/v1 for Ollama)',
    );
  }
  const chain: SummaryProvider[] = [];
  if (wantOpenAI) chain.push(await factories.openai(config));
  if (wantLocal) chain.push(await factories.local(config));
  chain.push(createBuiltinProvider());
  return chain;
}
