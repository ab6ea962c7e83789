import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTokenizer } from '../../src/segment/create-tokenizer.js';
import { NO_TOKENIZER, packTokens, tokenizerFor, unpackTokens } from '../../src/segment/packed-tokens.js';
import { findFixturesDir } from '../../src/verify/measure-detection.js';

describe('tokens packed to cross between threads', () => {
  const text = readFileSync(join(findFixturesDir(), 'articles', 'n0-nvidia-china.txt'), 'utf8');
  const tokens = createTokenizer().tag(text);

  it('come back as the same tokens, words sliced from the text', () => {
    const packed = packTokens(tokens);
    expect(packed.spans).toHaveLength(tokens.length * 2);
    expect(packed.tagNames.length).toBeLessThan(60);
    expect(unpackTokens(text, packed)).toEqual(tokens);
    expect(tokenizerFor(text, packed).tag(text)).toEqual(tokens);
  });

  it('are the same when the tokenizer packs them itself', () => {
    const tokenizer = createTokenizer();
    for (const sample of [text, '营收增长5.6%，利润下降12％。', '', '  英伟达  黄仁勋 ']) {
      expect(unpackTokens(sample, tokenizer.tagPacked!(sample))).toEqual(tokenizer.tag(sample));
    }
  });

  it('answer for their own text only, and a thread without them says so', () => {
    const packed = packTokens(tokens);
    expect(() => tokenizerFor(text, packed).tag(`${text}。`)).toThrow(/another text/);
    expect(() => NO_TOKENIZER.tag(text)).toThrow(/no tokenizer/);
  });

  it('survive a structured clone, as postMessage makes', () => {
    const packed = structuredClone(packTokens(tokens));
    expect(unpackTokens(text, packed)).toEqual(tokens);
  });
});
