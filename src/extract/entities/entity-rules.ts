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
  /**
   * Text where a name's last character starts the next word (联合国内 is 联合 + 国内), each with
   * the longer texts where the name stands after all (联合国内部).
   */
  readonly readsAcross: readonly (readonly [string, readonly string[]])[];
  /** Last characters that make a surname-led "name" a place (盛泽镇, 冷湖, 罗勇府). */
  readonly placeNameEndings: ReadonlySet<string>;
  /** Verbs of saying jieba glues to a two-character name (赵敏称). */
  readonly sayingVerbs: ReadonlySet<string>;
  /** Last characters of group words jieba tags as names (龙舟队). */
  readonly groupNameEndings: ReadonlySet<string>;
  /** Newspaper-title endings → English (报 → News), longest first: 《中国能源报》. */
  readonly publicationSuffixes: readonly (readonly [string, string])[];
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
  readsAcross: Record<string, string[]>;
  placeNameEndings: string;
  sayingVerbs: string;
  groupNameEndings: string;
  publicationSuffixes: Record<string, string>;
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
    readsAcross: Object.entries(raw.readsAcross),
    placeNameEndings: new Set(raw.placeNameEndings),
    sayingVerbs: new Set(raw.sayingVerbs),
    groupNameEndings: new Set(raw.groupNameEndings),
    publicationSuffixes: longestFirst(raw.publicationSuffixes),
  };
  return cached;
}
