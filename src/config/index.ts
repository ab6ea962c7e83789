export {
  resolveConfig,
  type ConfigFlags,
  type JianbaoConfig,
  type LocalModelConfig,
  type OpenAIConfig,
  type ProviderChoice,
  type ResolvedConfig,
} from './resolve-config.js';
export { Secret, redactSecrets } from './secret.js';
