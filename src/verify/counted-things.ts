// Kinds of counted things (people, organisations, vehicles, rooms) live beside the code as data.
import countedData from './counted-things.json' with { type: 'json' };

interface CountedKind {
  readonly classifiers: readonly string[];
  readonly nouns: readonly string[];
}

const KINDS: Readonly<Record<string, CountedKind>> = countedData.kinds;

const KIND_OF_CLASSIFIER = new Map<string, string>(
  Object.entries(KINDS).flatMap(([kind, { classifiers }]) => classifiers.map((c) => [c, kind] as const)),
);

const KIND_OF_NOUN = new Map<string, string>(
  Object.entries(KINDS).flatMap(([kind, { nouns }]) => nouns.map((n) => [n, kind] as const)),
);

const PHRASE_END = new Set(['', 'and', 'or', 'of', 'in', 'at', 'from', 'with', 'to', 'for', 'by', 'on', 'a', 'an', 'the', 'each', 'per']);

/**
 * Whether an English count and a source figure count different kinds of things: "1,487 schools"
 * and 4.7万人, "10 million bicycles" and 约500家. Both must be known: a noun or classifier of no
 * listed kind (个, "projects") may count anything.
 *
 * @param after the English text right after the count
 * @param sourceUnit the source figure's classifier (its `unit`)
 */
export function countsOtherThings(after: string, sourceUnit: string | null): boolean {
  const sourceKind = sourceUnit === null ? undefined : KIND_OF_CLASSIFIER.get(sourceUnit);
  if (sourceKind === undefined) return false;
  // The noun right after the count, or after the words that describe it ("1,487 compulsory-education
  // schools", "12 higher vocational colleges"), up to a word that ends the noun phrase.
  let kind: string | undefined;
  for (const word of after.toLowerCase().trimStart().split(/[^a-z-]+/, 3)) {
    if (PHRASE_END.has(word)) break;
    kind = KIND_OF_NOUN.get(word);
    if (kind !== undefined) break;
  }
  return kind !== undefined && kind !== sourceKind;
}

/** An English count followed by the plural noun of what it counts ("42 teams", "32 sailing teams"), not by years of age. */
export function countsThingsAfter(sentence: string, claim: { readonly kind: string; readonly start: number; readonly end: number }): boolean {
  if (claim.kind !== 'count' || AGE_WORDS_BEFORE.test(sentence.slice(0, claim.start))) return false;
  return PLURAL_NOUN_AFTER.test(sentence.slice(claim.end));
}

/** "workers aged 25 to 29", "the youngest is just 15": a sentence that speaks of ages before the figure. */
const AGE_WORDS_BEFORE = /\b(?:aged|ages?|youngest|oldest|elderly)\b[^.;]*$/i;
/** "42 teams", "32 sailing teams": the plural noun a count counts (not a verb, "has", nor "years"). */
const PLURAL_NOUN_AFTER =
  /^\s+(?!(?:and|or|to|was|were|is|are|has|have|had|in|of|for|from|with|at|on|by|as|than)\b)(?:[a-z-]+\s+)?(?!(?:was|has|is|does|goes|comes|makes|takes|gets|remains|stands|says|years|yards)\b)[a-z]{2,}s\b/;
