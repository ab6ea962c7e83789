/**
 * How plausible a decoded string is as Chinese (or plain) text. Used to choose between
 * candidate decodings of legacy-encoded bytes: GBK bytes read as Big5 (or the other way
 * round) still decode to valid characters, but rarely to *common* ones.
 */
import commonHanzi from './data/common-hanzi.json' with { type: 'json' };

/** One flag per BMP code point: 1 when the character is among the most common hanzi. */
const COMMON = buildCommonTable();

function buildCommonTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const list of [commonHanzi.simplified, commonHanzi.traditional]) {
    for (let i = 0; i < list.length; i++) table[list.charCodeAt(i)] = 1;
  }
  return table;
}

export interface TextScore {
  /** Higher is more plausible; roughly the share of "good" characters minus penalties, in [-3, 1]. */
  readonly score: number;
  /** Characters that count (CJK, letters, punctuation; ASCII space excluded). */
  readonly counted: number;
  /** Han characters among them. */
  readonly han: number;
  /** Han characters in the common list. */
  readonly common: number;
  /** U+FFFD replacement characters. */
  readonly replaced: number;
  /** Control characters (C0 except tab/newline/CR/FF, DEL, C1) and private-use characters. */
  readonly junk: number;
}

/**
 * Scores `text` by how Chinese-common its characters are. Common hanzi count +1, other
 * Han characters 0 (legitimate but unproven), CJK punctuation and ASCII +0.5,
 * U+FFFD -3, private-use / control characters -2, characters from the rare ranges a
 * wrong legacy decoding tends to land in (CJK extension A, compatibility ideographs,
 * Hangul or Yi mixed into Chinese text) -1.
 *
 * @example scoreText('英伟达发布财报').score > scoreText('鑻变紵杈惧彂甯').score
 */
export function scoreText(text: string): TextScore {
  let total = 0;
  let counted = 0;
  let han = 0;
  let common = 0;
  let replaced = 0;
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    counted++;
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (COMMON[c] === 1) {
        common++;
        total += 1;
      }
    } else if (c < 0x80) {
      if (c < 0x20 || c === 0x7f) {
        junk++;
        total -= 2;
      } else total += 0.5;
    } else if (c === 0xfffd) {
      replaced++;
      total -= 3;
    } else if ((c >= 0x80 && c <= 0x9f) || (c >= 0xe000 && c <= 0xf8ff)) {
      junk++;
      total -= 2;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate pair: a supplementary-plane character. Rare in news; count once.
      total -= 1;
      i++;
    } else if (
      (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
      (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility ideographs
      (c >= 0xa000 && c <= 0xa4cf) || // Yi
      (c >= 0xac00 && c <= 0xd7af) || // Hangul syllables
      (c >= 0x2e80 && c <= 0x2fdf) // radicals
    ) {
      total -= 1;
    } else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) {
      total += 0.5; // CJK and full-width punctuation
    }
    // Everything else (Latin-1 letters, Greek, box drawing …) scores 0.
  }
  return { score: counted === 0 ? 0 : total / counted, counted, han, common, replaced, junk };
}
