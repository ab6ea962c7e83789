import { readFileSync } from 'node:fs';

/** entity-rules.json: the cue words of the rule-based entity finder. */
export interface EntityRules {
  /** Suffix → English, longest first. */
  readonly organizationSuffixes: readonly (readonly [string, string])[];
  readonly weakOrganizationSuffixes: ReadonlySet<string>;
  /** Suffix → English appended to the name, longest first. */
  readonly placeSuffixes: readonly (readonly [string, string])[];
  readonly strongPlaceSuffixes: readonly string[];
  readonly personTitles: ReadonlySet<string>;
  readonly organizationCues: readonly string[];
  readonly enumerationCues: readonly string[];
  readonly compoundSurnames: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
  readonly nonNames: ReadonlySet<string>;
  /** One-character country abbreviations (中, 美, 日 …), as a regex character class body. */
  readonly countryAbbreviations: string;
  readonly relationWords: readonly string[];
}

interface EntityRulesFile {
  organizationSuffixes: Record<string, string>;
  weakOrganizationSuffixes: string[];
  placeSuffixes: Record<string, string>;
  strongPlaceSuffixes: string[];
  personTitles: string[];
  organizationCues: string[];
  enumerationCues: string[];
  compoundSurnames: string[];
  surnames: string;
  nonNames: string[];
  countryAbbreviations: string;
  relationWords: string[];
}

let cached: EntityRules | undefined;

const longestFirst = (record: Record<string, string>): (readonly [string, string])[] =>
  Object.entries(record).sort((a, b) => b[0].length - a[0].length);

/** Loads entity-rules.json once per process. */
export function loadEntityRules(): EntityRules {
  if (cached !== undefined) return cached;
  const raw = JSON.parse(readFileSync(new URL('./entity-rules.json', import.meta.url), 'utf8')) as EntityRulesFile;
  cached = {
    organizationSuffixes: longestFirst(raw.organizationSuffixes),
    weakOrganizationSuffixes: new Set(raw.weakOrganizationSuffixes),
    placeSuffixes: longestFirst(raw.placeSuffixes),
    strongPlaceSuffixes: [...raw.strongPlaceSuffixes].sort((a, b) => b.length - a.length),
    personTitles: new Set(raw.personTitles),
    organizationCues: raw.organizationCues,
    enumerationCues: raw.enumerationCues,
    compoundSurnames: new Set(raw.compoundSurnames),
    surnames: new Set(raw.surnames),
    nonNames: new Set(raw.nonNames),
    countryAbbreviations: raw.countryAbbreviations,
    relationWords: raw.relationWords,
  };
  return cached;
}
