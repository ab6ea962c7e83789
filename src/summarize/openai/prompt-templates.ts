import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '../../errors/index.js';
import { LLM_RESPONSE_JSON_SCHEMA } from './llm-response.js';

/** The three Markdown templates in prompts/, as loaded. */
export interface PromptTemplates {
  readonly system: string;
  readonly user: string;
  readonly repair: string;
  /** sha256 (hex) of the three templates and the response JSON Schema: part of the cache key. */
  readonly hash: string;
  readonly dir: string;
}

const FILES = { system: 'summarize.system.md', user: 'summarize.user.md', repair: 'repair.user.md' } as const;

/**
 * Finds prompts/ by walking up from this module: the source runs from
 * src/summarize/openai/ and the build from dist/summarize/openai/ (or deeper, under a
 * different rootDir), so a fixed `../../..` would break one of them.
 */
export function findPromptsDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'prompts');
    if (existsSync(join(candidate, FILES.system))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new ConfigurationError(`prompt templates not found: no prompts/${FILES.system} above ${from}`);
    }
    dir = parent;
  }
}

/** Loads the templates once per provider instance. @param dir @default the package's prompts/ */
export function loadPromptTemplates(dir: string = findPromptsDir()): PromptTemplates {
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
  const system = read(FILES.system);
  const user = read(FILES.user);
  const repair = read(FILES.repair);
  const hash = createHash('sha256')
    .update(system)
    .update('\u0000')
    .update(user)
    .update('\u0000')
    .update(repair)
    .update('\u0000')
    .update(JSON.stringify(LLM_RESPONSE_JSON_SCHEMA))
    .digest('hex');
  return { system, user, repair, hash, dir };
}

/**
 * Replaces `{{name}}` placeholders in one pass, so a value that itself contains `{{…}}`
 * (an article quoting a template) is never expanded again. Unknown placeholders throw:
 * a typo in a template must not silently send the model a literal `{{zh_mni}}`.
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new ConfigurationError(`prompt template uses an unknown placeholder {{${name}}}`);
    return String(value);
  });
}

/**
 * Keeps the article from closing its own delimiters: an article containing `ARTICLE>>>`
 * could otherwise end the data block early and smuggle text outside it.
 */
export function fenceArticle(text: string): string {
  return text.replace(/<<<\s*ARTICLE/gi, '‹‹‹ARTICLE').replace(/ARTICLE\s*>>>/gi, 'ARTICLE›››');
}
