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
  /** Characters of transliterated foreign names (拉特纳亚克, 班达拉奈克). */
  readonly transliterationChars: ReadonlySet<string>;
  /** Words after a bare surname that make it a name: 吴先生, 刘某. */
  readonly honorificsAfterSurname: readonly string[];
  /** One-character province abbreviations (京, 粤, 闽 …), as a regex character class body. */
  readonly provinceAbbreviations: string;
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
  transliterationChars: string;
  honorificsAfterSurname: string[];
  provinceAbbreviations: string;
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
    transliterationChars: new Set(raw.transliterationChars),
    honorificsAfterSurname: raw.honorificsAfterSurname,
    provinceAbbreviations: raw.provinceAbbreviations,
  };
  return cached;
}
