/** Marks that end a clause: 、 does not (营收、净利润分别为…), nor do brackets. */
export const CLAUSE_MARK = /[，,；;：:。！？!?\n]/u;

/** A Chinese character. */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * A space between two Chinese characters parts a headline's clauses as a comma would (沈阳前三季度完成器官捐献112例
 * 登记意愿人数达12.6万: the period is the first clause's); a space beside a digit only sets a number apart (营收 120 亿元).
 */
function isHeadlineBreak(text: string, i: number): boolean {
  return /\s/u.test(text[i] ?? '') && CJK.test(text[i - 1] ?? '') && CJK.test(text[i + 1] ?? '');
}

/** Whether a headline's clause break (see isHeadlineBreak) stands between `from` and `to`. */
export function crossesHeadlineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isHeadlineBreak(text, i)) return true;
  return false;
}

/** Where the clause holding `pos` starts, never before its sentence. */
export function clauseStartOf(text: string, pos: number, sentenceStart: number): number {
  let start = pos;
  while (start > sentenceStart && !CLAUSE_MARK.test(text[start - 1] ?? '') && !isHeadlineBreak(text, start - 1)) start--;
  return start;
}
