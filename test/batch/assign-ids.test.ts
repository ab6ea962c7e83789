import { describe, expect, it } from 'vitest';
import { assignArticleIds } from '../../src/batch/assign-ids.js';

describe('assignArticleIds', () => {
  it('uses the file name, and disambiguates equal names stably by path', () => {
    const ids = assignArticleIds(['a/英伟达 新闻.txt', 'b/x.txt', 'c/x.txt']);
    const first = ids.get('b/x.txt');
    const second = ids.get('c/x.txt');
    expect(ids.get('a/英伟达 新闻.txt')).toMatch(/^英伟达-新闻$/);
    expect(first).toMatch(/^x-[0-9a-f]{8}$/);
    expect(second).toMatch(/^x-[0-9a-f]{8}$/);
    expect(first).not.toBe(second);
    expect(assignArticleIds(['c/x.txt', 'b/x.txt']).get('b/x.txt')).toBe(first);
  });
});
