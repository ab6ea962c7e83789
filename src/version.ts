/** jianbao's version; part of every cache key and of each fact sheet's provenance. Kept in step with package.json. */
export const VERSION = '0.1.0';
