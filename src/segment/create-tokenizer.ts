import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import type { Token } from '../types.js';

/** Something that cuts Chinese text into part-of-speech-tagged tokens with offsets. */
export interface Tokenizer {
  /**
   * Tokens of `text` in order, each with its jieba tag and `[start, end)` offsets into `text`
   * (`text.slice(start, end) === word`). Whitespace is not returned as tokens.
   */
  tag(text: string): Token[];
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
 * jieba's keyword extractor loads an idf table (6 MB, ~20 MB in memory) and a stop-word
 * list at `load`, whatever one calls afterwards. jianbao only tags (its term weights come
 * from extract/terms), so it gives the extractor one-line stand-ins: a faster load, the
 * same tags. They are not empty because cppjieba asserts a non-empty idf table.
 */
const UNUSED_IDF_PATH = fileURLToPath(new URL('./jieba-idf-unused.utf8', import.meta.url));
const UNUSED_STOP_WORDS_PATH = fileURLToPath(new URL('./jieba-stop-words-unused.utf8', import.meta.url));

/**
 * nodejieba keeps one dictionary per process and its native `load` may only run once
 * usefully (a second call rebuilds the trie and is slow), so the load is guarded here.
 * Extra dictionaries asked for after that are applied word by word with `insertWord`.
 */
let loaded = false;

/** nodejieba's type declarations omit the dictionary path constants its module exports. */
const jieba = nodejieba as typeof nodejieba & { readonly DEFAULT_USER_DICT: string };
const appliedUserDicts = new Set<string>();

function ensureLoaded(extraUserDict: string | undefined): void {
  if (!loaded) {
    // cppjieba aborts the whole process (not a JS exception) when a dictionary file is
    // missing, so check the paths ourselves first.
    const userDicts = [jieba.DEFAULT_USER_DICT, DEFAULT_USER_DICT_PATH];
    if (!existsSync(DEFAULT_USER_DICT_PATH)) {
      throw new Error(`jianbao user dictionary not found at ${DEFAULT_USER_DICT_PATH}`);
    }
    if (extraUserDict !== undefined) {
      if (!existsSync(extraUserDict)) throw new Error(`user dictionary not found: ${extraUserDict}`);
      userDicts.push(extraUserDict);
      appliedUserDicts.add(extraUserDict);
    }
    // The stand-ins are an optimisation: fall back to jieba's own files if they are missing
    // (cppjieba aborts the process on a missing file).
    const slim = existsSync(UNUSED_IDF_PATH) && existsSync(UNUSED_STOP_WORDS_PATH);
    // cppjieba splits the user-dictionary argument on "|" or ";".
    jieba.load({
      userDict: userDicts.join('|'),
      ...(slim ? { idfDict: UNUSED_IDF_PATH, stopWordDict: UNUSED_STOP_WORDS_PATH } : {}),
    });
    loaded = true;
    return;
  }
  if (extraUserDict !== undefined && !appliedUserDicts.has(extraUserDict)) {
    for (const line of readFileSync(extraUserDict, 'utf8').split(/\r?\n/u)) {
      const parts = line.trim().split(/\s+/u);
      const word = parts[0];
      if (word === undefined || word === '') continue;
      const tag = parts.length >= 3 ? parts[2] : parts[1] !== undefined && !/^\d+$/u.test(parts[1]) ? parts[1] : undefined;
      jieba.insertWord(word, tag);
    }
    appliedUserDicts.add(extraUserDict);
  }
}

/**
 * Creates the jieba tokenizer. The dictionaries are loaded once per process, on the first call.
 *
 * @example
 * createTokenizer().tag('英伟达首席执行官黄仁勋')
 * // [{ word: '英伟达', tag: 'nt', start: 0, end: 3 }, …, { word: '黄仁勋', tag: 'nr', start: 7, end: 10 }]
 */
export function createTokenizer(options: TokenizerOptions = {}): Tokenizer {
  ensureLoaded(options.userDictPath);
  return { tag: tagWithOffsets };
}

function tagWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  if (text === '') return tokens;
  let cursor = 0;
  for (const { word, tag } of jieba.tag(text)) {
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
