/**
 * Two ways to state a multiple. 增长一倍 ("rose by one times") is a rise to twice the level,
 * so "doubled" agrees with it and 增长2倍 is "tripled", not "doubled". Units tell them apart:
 * - `x`: a multiple as the extractor reads it (是去年的3倍, 1.3 times, 2.6:1);
 * - `x-rise`: a source multiple after a rise verb (增长1.5倍), the size of the rise;
 * - `x-level`: the level that rise reaches (增长1.5倍 → 2.5), and English level words
 *   ("twice", "doubled", "tripled"), which always state a level.
 */
export const LEVEL_MULTIPLE = 'x-level';
export const RISE_MULTIPLE = 'x-rise';

/** Whether a claimed multiple and a source multiple are stated the same way and may be compared. */
export function multiplesAgree(claimUnit: string | null, sourceUnit: string | null): boolean {
  if (sourceUnit === LEVEL_MULTIPLE) return claimUnit === LEVEL_MULTIPLE;
  if (claimUnit === LEVEL_MULTIPLE) return sourceUnit !== RISE_MULTIPLE;
  return true;
}
