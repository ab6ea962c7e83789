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
