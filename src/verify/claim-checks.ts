import { checkClaim, type ClaimCheck, type Figure } from './compare-quantities.js';
import type { SourceFigure } from './source-figures.js';

const cache = new WeakMap<readonly SourceFigure[], Map<string, readonly ClaimCheck<SourceFigure>[]>>();

/**
 * The claim checked against each source figure alone, in the figures' order. The same claim is
 * checked figure by figure three times over (its support, whether it measures the right thing,
 * which source sentences a summary sentence rests on), so the checks are kept per article's
 * figures and per claim (whose text counts too: 三成 is a coarser figure than 30%).
 */
export function checksAgainst(claim: Figure, figures: readonly SourceFigure[]): readonly ClaimCheck<SourceFigure>[] {
  let byClaim = cache.get(figures);
  if (!byClaim) cache.set(figures, (byClaim = new Map()));
  const key = `${claim.kind}|${String(claim.value)}|${claim.valueMax ?? ''}|${claim.unit ?? ''}|${claim.approx ?? ''}|${claim.text}`;
  let checks = byClaim.get(key);
  if (!checks) {
    checks = figures.map((f) => checkClaim(claim, [f]));
    byClaim.set(key, checks);
  }
  return checks;
}
