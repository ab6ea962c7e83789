import { ingestBytes } from '../ingest/ingest-file.js';
import type { Article } from '../types.js';
import type { ArticleJob, StageSettings } from './article-job.js';

/** decode → clean: cheap, and all an LLM prompt needs. Throws the input's own error (InputFileError). */
export function ingestArticle(job: Pick<ArticleJob, 'bytes' | 'path' | 'id'>, settings: StageSettings): Article {
  return ingestBytes(job.bytes, job.path, { maxBytes: settings.maxInputBytes, id: job.id });
}
