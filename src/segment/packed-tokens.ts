import type { Token } from '../types.js';
import type { Tokenizer } from './create-tokenizer.js';

/**
 * An article's tokens as typed arrays, to cross between threads for the price of a copy of two
 * buffers: each word is the slice of the text its span covers, so only spans and tags travel.
 * The main thread of a run tags every article with its one jieba, and the workers, which hold
 * no jieba of their own (about 40 MB each), rebuild the tokens from these.
 */
export interface PackedTokens {
  /** start, end of each token, in order. */
  readonly spans: Int32Array;
  /** Each token's tag, as an index into `tagNames`. */
  readonly tagIds: Uint16Array;
  readonly tagNames: readonly string[];
}

export function packTokens(tokens: readonly Token[]): PackedTokens {
  const spans = new Int32Array(tokens.length * 2);
  const tagIds = new Uint16Array(tokens.length);
  const tagNames: string[] = [];
  const ids = new Map<string, number>();
  tokens.forEach((t, i) => {
    spans[2 * i] = t.start;
    spans[2 * i + 1] = t.end;
    let id = ids.get(t.tag);
    if (id === undefined) {
      id = tagNames.push(t.tag) - 1;
      ids.set(t.tag, id);
    }
    tagIds[i] = id;
  });
  return { spans, tagIds, tagNames };
}

export function unpackTokens(text: string, packed: PackedTokens): Token[] {
  const tokens: Token[] = new Array<Token>(packed.tagIds.length);
  for (let i = 0; i < packed.tagIds.length; i++) {
    const start = packed.spans[2 * i]!;
    const end = packed.spans[2 * i + 1]!;
    tokens[i] = { word: text.slice(start, end), tag: packed.tagNames[packed.tagIds[i]!]!, start, end };
  }
  return tokens;
}

/** A tokenizer that answers for one text only, with the tokens tagged for it elsewhere. */
export function tokenizerFor(text: string, packed: PackedTokens): Tokenizer {
  return {
    tag(asked) {
      if (asked !== text) throw new Error('internal: tokens were tagged for another text');
      return unpackTokens(text, packed);
    },
  };
}

/** The tokenizer of a thread that is sent its tokens with each article and holds no jieba. */
export const NO_TOKENIZER: Tokenizer = {
  tag() {
    throw new Error('internal: this thread has no tokenizer; the article must come with its tokens');
  },
};
