import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Jieba as JiebaType } from '@node-rs/jieba';
import type { Token } from '../types.js';
import type { PackedTokens } from './packed-tokens.js';

// @node-rs/jieba is CommonJS with a native binding picked per platform at require time.
const require = createRequire(import.meta.url);
const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
/**
 * jieba's main dictionary, read when the segmenter is built and then dropped. Not through
 * `@node-rs/jieba/dict`: that module keeps it and the IDF table (11 MB) for the life of every
 * thread that imports it.
 */
const JIEBA_DICT_PATH = require.resolve('@node-rs/jieba/dict.txt');
type Jieba = JiebaType;

/** Something that cuts Chinese text into part-of-speech-tagged tokens with offsets. */
export interface Tokenizer {
  /**
   * Tokens of `text` in order, each with its jieba tag and `[start, end)` offsets into `text`
   * (`text.slice(start, end) === word`). Whitespace is not returned as tokens.
   */
  tag(text: string): Token[];
  /**
   * The same tokens packed to cross to another thread (see packed-tokens.ts), made without the
   * token objects in between: the main thread of a run tags every article, and its garbage
   * sizes its heap.
   */
  tagPacked?(text: string): PackedTokens;
}

export interface TokenizerOptions {
  /**
   * An extra jieba user dictionary (`word [freq] [tag]` per line) applied on top of the
   * default dictionaries and jianbao's own `user-dict.txt`.
   * @default undefined
   */
  userDictPath?: string;
}

/** jianbao's user dictionary: names that must stay whole (英伟达, 黄仁勋, 市场监管总局 …). */
export const DEFAULT_USER_DICT_PATH = fileURLToPath(new URL('./user-dict.txt', import.meta.url));

/**
 * The segmenter is jieba-rs (@node-rs/jieba, prebuilt N-API binaries from npm) with jieba's own
 * dictionary: the same dictionary and HMM as nodejieba (cppjieba), which the benchmark's floor
 * still uses, with a sixth of its memory (about 80 MB against 260 MB per loaded copy, one copy per
 * worker thread) and a sixth of its load time. One instance per thread, built on first use.
 */
let instance: Jieba | null = null;
const appliedUserDicts = new Set<string>();
/**
 * The tags the user dictionaries give. jieba-rs keeps the main dictionary's tag for a word it
 * already knows (寒武纪 nr), cppjieba lets the user dictionary's win (寒武纪 nt); jianbao's names
 * are written for the latter.
 */
const userTags = new Map<string, string>();

function ensureLoaded(extraUserDict: string | undefined): Jieba {
  if (instance === null) {
    if (!existsSync(DEFAULT_USER_DICT_PATH)) {
      throw new Error(`jianbao user dictionary not found at ${DEFAULT_USER_DICT_PATH}`);
    }
    instance = Jieba.withDict(readFileSync(JIEBA_DICT_PATH));
    instance.loadDict(userDictBytes(DEFAULT_USER_DICT_PATH));
  }
  if (extraUserDict !== undefined && !appliedUserDicts.has(extraUserDict)) {
    if (!existsSync(extraUserDict)) throw new Error(`user dictionary not found: ${extraUserDict}`);
    instance.loadDict(userDictBytes(extraUserDict));
    appliedUserDicts.add(extraUserDict);
  }
  return instance;
}

/**
 * A user dictionary in the form jieba-rs reads (`word freq [tag]`): jieba also accepts `word tag`
 * and a bare `word`, which get the frequency jieba gives a user word without one.
 */
function userDictBytes(path: string): Uint8Array {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/u)
    .map((line) => line.trim().split(/\s+/u))
    .filter((parts) => parts[0] !== undefined && parts[0] !== '')
    .map(([word, second, third]) => {
      const tag = third ?? (second !== undefined && !/^\d+$/u.test(second) ? second : undefined);
      if (tag !== undefined && word !== undefined) userTags.set(word, tag);
      if (second === undefined) return `${word} ${USER_WORD_FREQ}`;
      if (/^\d+$/u.test(second)) return third === undefined ? `${word} ${second}` : `${word} ${second} ${third}`;
      return `${word} ${USER_WORD_FREQ} ${second}`;
    });
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/** The frequency jianbao gives user words written without one (as its own user-dict.txt does: 2000). */
const USER_WORD_FREQ = 2000;

/**
 * Creates the jieba tokenizer. The dictionaries are loaded once per process, on the first call.
 *
 * @example
 * createTokenizer().tag('英伟达首席执行官黄仁勋')
 * // [{ word: '英伟达', tag: 'nt', start: 0, end: 3 }, …, { word: '黄仁勋', tag: 'nr', start: 7, end: 10 }]
 */
export function createTokenizer(options: TokenizerOptions = {}): Tokenizer {
  const jieba = ensureLoaded(options.userDictPath);
  return { tag: (text) => tagWithOffsets(jieba, text), tagPacked: (text) => tagPackedWithOffsets(jieba, text) };
}

/**
 * jieba-rs keeps a percent sign with its number (5.6%); cppjieba, which the rules were written on,
 * splits it off. User-dictionary tags win over the main dictionary's.
 */
function splitPercent(tagged: readonly { word: string; tag: string }[]): { word: string; tag: string }[] {
  return tagged.flatMap((t) => {
    const m = /^([0-9０-９.．]+)([%％])$/u.exec(t.word);
    return m ? [{ word: m[1]!, tag: 'm' }, { word: m[2]!, tag: 'x' }] : [{ word: t.word, tag: userTags.get(t.word) ?? t.tag }];
  });
}

function tagWithOffsets(jieba: Jieba, text: string): Token[] {
  const tokens: Token[] = [];
  if (text === '') return tokens;
  let cursor = 0;
  for (const { word, tag } of splitPercent(jieba.tag(text, true))) {
    if (word === '') continue;
    // jieba returns words in text order; whitespace may come back as its own token or be
    // dropped, so find each word from the cursor rather than summing lengths.
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (start < 0) {
      // Should not happen; if jieba ever normalises a word, skip it rather than lie about spans.
      continue;
    }
    const end = start + word.length;
    cursor = end;
    if (/^\s+$/u.test(word)) continue;
    tokens.push({ word, tag, start, end });
  }
  return tokens;
}

/** tagWithOffsets, written straight into typed arrays. */
function tagPackedWithOffsets(jieba: Jieba, text: string): PackedTokens {
  const tagged = text === '' ? [] : jieba.tag(text, true);
  // A percent sign split off its number makes two tokens of one.
  let spans = new Int32Array(tagged.length * 4);
  let tagIds = new Uint16Array(tagged.length * 2);
  const tagNames: string[] = [];
  const ids = new Map<string, number>();
  let n = 0;
  let cursor = 0;
  const push = (start: number, end: number, tag: string): void => {
    let id = ids.get(tag);
    if (id === undefined) {
      id = tagNames.push(tag) - 1;
      ids.set(tag, id);
    }
    spans[2 * n] = start;
    spans[2 * n + 1] = end;
    tagIds[n++] = id;
  };
  for (const { word, tag } of tagged) {
    if (word === '') continue;
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (start < 0) continue;
    const end = start + word.length;
    cursor = end;
    if (/^\s+$/u.test(word)) continue;
    const percent = /^([0-9０-９.．]+)[%％]$/u.exec(word);
    if (percent) {
      push(start, start + percent[1]!.length, 'm');
      push(end - 1, end, 'x');
    } else push(start, end, userTags.get(word) ?? tag);
  }
  spans = spans.slice(0, 2 * n);
  tagIds = tagIds.slice(0, n);
  return { spans, tagIds, tagNames };
}
