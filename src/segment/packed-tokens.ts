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

/** Builds PackedTokens one token at a time, in text order. */
export class TokenPacker {
  private readonly spans: number[] = [];
  private readonly tagIds: number[] = [];
  private readonly tagNames: string[] = [];
  private readonly ids = new Map<string, number>();

  add(start: number, end: number, tag: string): void {
    let id = this.ids.get(tag);
    if (id === undefined) {
      id = this.tagNames.push(tag) - 1;
      this.ids.set(tag, id);
    }
    this.spans.push(start, end);
    this.tagIds.push(id);
  }

  pack(): PackedTokens {
    return { spans: Int32Array.from(this.spans), tagIds: Uint16Array.from(this.tagIds), tagNames: this.tagNames };
  }
}

export function packTokens(tokens: readonly Token[]): PackedTokens {
  const packer = new TokenPacker();
  for (const t of tokens) packer.add(t.start, t.end, t.tag);
  return packer.pack();
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
  const check = (asked: string): void => {
    if (asked !== text) throw new Error('internal: tokens were tagged for another text');
  };
  return {
    tag(asked) {
      check(asked);
      return unpackTokens(text, packed);
    },
    tagPacked(asked) {
      check(asked);
      return packed;
    },
  };
}

/** The tokenizer of a thread that is sent its tokens with each article and holds no jieba. */
export const NO_TOKENIZER: Tokenizer = {
  tag: noTokenizer,
  tagPacked: noTokenizer,
};

function noTokenizer(): never {
  throw new Error('internal: this thread has no tokenizer; the article must come with its tokens');
}
