/** Marks that end a clause: 、 does not (营收、净利润分别为…), nor do brackets. */
export const CLAUSE_MARK = /[，,；;：:。！？!?\n]/u;

/** Where the clause holding `pos` starts, never before its sentence. */
export function clauseStartOf(text: string, pos: number, sentenceStart: number): number {
  let start = pos;
  while (start > sentenceStart && !CLAUSE_MARK.test(text[start - 1] ?? '')) start--;
  return start;
}
