export { createOpenAIProvider, type OpenAIProviderOptions } from './create-openai-provider.js';
export { LLMResponseSchema, LLM_RESPONSE_JSON_SCHEMA, parseLLMResponse, type LLMResponse } from './llm-response.js';
export { mapFinishReason, type FinishReason } from './map-finish-reason.js';
export { findPromptsDir, loadPromptTemplates, renderTemplate, type PromptTemplates } from './prompt-templates.js';
export { MAX_RETRY_AFTER_MS } from './bounded-fetch.js';
