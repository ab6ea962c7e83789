import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Jieba as JiebaType } from '@node-rs/jieba';
import type { Token } from '../types.js';
import { TokenPacker, type PackedTokens } from './packed-tokens.js';

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
  tagPacked(text: string): PackedTokens;
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
 * Each token of `text` with its offsets, in order: jieba's words found from a cursor (whitespace
 * may come back as a token or be dropped, so spans are found, not summed), whitespace left out.
 * jieba-rs keeps a percent sign with its number (5.6%); cppjieba, which the rules were written
 * on, splits it off, and so does this. User-dictionary tags win over the main dictionary's.
 */
function eachToken(jieba: Jieba, text: string, visit: (start: number, end: number, tag: string) => void): void {
  if (text === '') return;
  let cursor = 0;
  for (const { word, tag } of jieba.tag(text, true)) {
    if (word === '') continue;
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    // Should not happen; if jieba ever normalises a word, skip it rather than lie about spans.
    if (start < 0) continue;
    const end = start + word.length;
    cursor = end;
    if (/^\s+$/u.test(word)) continue;
    const percent = /^([0-9０-９.．]+)[%％]$/u.exec(word);
    if (percent) {
      visit(start, start + percent[1]!.length, 'm');
      visit(end - 1, end, 'x');
    } else visit(start, end, userTags.get(word) ?? tag);
  }
}

function tagWithOffsets(jieba: Jieba, text: string): Token[] {
  const tokens: Token[] = [];
  eachToken(jieba, text, (start, end, tag) => tokens.push({ word: text.slice(start, end), tag, start, end }));
  return tokens;
}

/** The same tokens packed as they are found, without token objects in between. */
function tagPackedWithOffsets(jieba: Jieba, text: string): PackedTokens {
  const packer = new TokenPacker();
  eachToken(jieba, text, (start, end, tag) => packer.add(start, end, tag));
  return packer.pack();
}
