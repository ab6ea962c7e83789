export { createLocalProvider, cleanTranslation, maxTranslationTokens, type LocalProviderOptions } from './create-local-provider.js';
export {
  inspectModelFolder,
  listInstalledModels,
  modelFingerprint,
  modelFolderPath,
  readModelConfig,
  type ModelFile,
  type ModelFolderInfo,
} from './model-folder.js';
export {
  defaultInferenceWhere,
  loadModelRuntime,
  type InferenceWhere,
  type ModelRuntime,
  type RuntimeLoadOptions,
  type RuntimeLoader,
} from './model-runtime.js';
export { guessTask, LOCAL_MODEL_TASKS, type LocalTask, type LocalTaskInfo, type SummaryMode } from './model-tasks.js';
export { toProgressEvent, type LocalModelProgress, type ProgressListener } from './progress.js';
export { pullModel, type PullOptions } from './pull-model.js';
export type { ChatMessage } from './transformers-adapter.js';
