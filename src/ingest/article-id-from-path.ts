/** Characters an id may not contain (the FactSheet id pattern allows [A-Za-z0-9._-] and CJK U+4E00–U+9FFF). */
const UNSAFE = /[^A-Za-z0-9._\-\u4e00-\u9fff]+/g;
const DASHES = /-{2,}/g;
const EDGES = /^[-.]+|[-.]+$/g;
const MAX_ID_LENGTH = 120;

/**
 * A safe article id from a file path: the base name without its last extension, unsafe
 * characters replaced by '-', runs collapsed, leading/trailing '-' and '.' trimmed, at
 * most 120 characters. Never empty, '.' or '..' (falls back to `article`), so it is safe
 * as an output file name.
 *
 * @example articleIdFromPath('articles/带 空格 的 文件.txt') === '带-空格-的-文件'
 * @example articleIdFromPath('/x/../..txt') === 'article'
 */
export function articleIdFromPath(path: string): string {
  const base = path.split(/[\\/]/).filter((s) => s !== '').pop() ?? '';
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  let id = stem.normalize('NFC').replace(UNSAFE, '-').replace(DASHES, '-').replace(EDGES, '');
  if (id.length > MAX_ID_LENGTH) id = id.slice(0, MAX_ID_LENGTH).replace(EDGES, '');
  return id === '' ? 'article' : id;
}
