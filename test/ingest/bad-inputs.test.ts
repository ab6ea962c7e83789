import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_INPUT_BYTES, ingestFile } from '../../src/ingest/index.js';
import type { InputFileError } from '../../src/errors/index.js';

const BAD = 'fixtures/bad';
const opts = { maxBytes: DEFAULT_MAX_INPUT_BYTES };

async function failure(name: string): Promise<InputFileError> {
  try {
    await ingestFile(`${BAD}/${name}`, opts);
  } catch (error) {
    return error as InputFileError;
  }
  throw new Error(`${name} was expected to fail`);
}

describe('the bad-input corpus (fixtures/README.md)', () => {
  it.each([
    ['empty.txt', 'E_INPUT_EMPTY', /empty \(0 bytes\)/],
    ['whitespace.txt', 'E_INPUT_EMPTY', /only whitespace/],
    ['binary.txt', 'E_INPUT_BINARY', /binary data/],
    ['invalid.json', 'E_INPUT_FORMAT', /invalid JSON/],
    ['wrong-shape.json', 'E_INPUT_FORMAT', /expected a JSON object .*"text" or "html".* got an array/],
  ])('%s fails with %s and a message naming the file', async (name, code, message) => {
    const error = await failure(name);
    expect(error.name).toBe('InputFileError');
    expect(error.code).toBe(code);
    expect(error.path).toBe(`${BAD}/${name}`);
    expect(error.message.startsWith(`${BAD}/${name}: `)).toBe(true);
    expect(error.message).toMatch(message);
  });

  it('utf16-bom.txt decodes as UTF-16LE', async () => {
    const a = await ingestFile(`${BAD}/utf16-bom.txt`, opts);
    expect(a.source.encoding).toBe('utf-16le');
    expect(a.source.title).toBe('央行宣布下调存款准备金率0.5个百分点');
    expect(a.source.text).toContain('预计将向市场提供长期流动性约1万亿元。');
  });

  it('gbk-nohint.txt (one short sentence) decodes as gb18030', async () => {
    const a = await ingestFile(`${BAD}/gbk-nohint.txt`, opts);
    expect(a.source.encoding).toBe('gb18030');
    expect(a.source.text).toBe('英伟达首席执行官黄仁勋表示，公司营收增长66%。');
    expect(a.warnings[0]).toMatch(/decoded as gb18030 by detection/);
  });

  it('big5.txt decodes as big5 and keeps traditional script', async () => {
    const a = await ingestFile(`${BAD}/big5.txt`, opts);
    expect(a.source.encoding).toBe('big5');
    expect(a.source.title).toBe('台積電第一季營收創新高');
    expect(a.source.text).toContain('營收達新台幣8393億元，較去年同期增長41.6%');
  });

  it('mixed-encodings.txt decodes every line and warns', async () => {
    const a = await ingestFile(`${BAD}/mixed-encodings.txt`, opts);
    expect(a.source.text.split('\n')).toEqual([
      '国家统计局今天发布数据显示，4月份全国居民消费价格同比下降0.1%。',
      '其中，城市下降0.1%，农村下降0.2%。',
      '食品价格下降0.2%，非食品价格下降0.1%。',
      '全国工业生产者出厂价格同比下降2.7%。',
    ]);
    expect(a.warnings.join('\n')).toMatch(/mixed encodings/);
  });

  it('nul-inside.txt processes with the NULs removed', async () => {
    const a = await ingestFile(`${BAD}/nul-inside.txt`, opts);
    expect(a.source.text).toBe('上海市政府发布促进消费的若干措施\n上海市政府今天发布若干措施，计划全年发放消费券5亿元。');
    expect(a.source.text).not.toContain('\u0000');
  });

  it('deep-nesting.html processes', async () => {
    const a = await ingestFile(`${BAD}/deep-nesting.html`, opts);
    expect(a.source.format).toBe('html');
    expect(a.source.title).toBe('深层嵌套页面');
    expect(a.source.text).toBe('深圳市今年一季度地区生产总值同比增长5.5%，规模以上工业增加值增长7.1%。');
  });

  it('no-body.html processes', async () => {
    const a = await ingestFile(`${BAD}/no-body.html`, opts);
    expect(a.source.title).toBe('无正文标签的页面');
    expect(a.source.outlet).toBe('新华网');
    expect(a.source.text).toBe('国务院常务会议今天召开，部署进一步稳就业的政策措施。\n会议指出，要加大对重点群体就业的支持力度。');
  });

  it('a file name with spaces and CJK gives a safe id and keeps the path as given', async () => {
    const path = `${BAD}/带 空格 的 文件.txt`;
    const a = await ingestFile(path, opts);
    expect(a.id).toBe('带-空格-的-文件');
    expect(a.source.path).toBe(path);
    expect(a.source.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
  });

  it('no-chinese.txt and only-numbers.txt process with a warning', async () => {
    const en = await ingestFile(`${BAD}/no-chinese.txt`, opts);
    expect(en.source.title).toBe('Nvidia reports record revenue');
    expect(en.warnings).toContain('no Chinese characters found in the text');
    const nums = await ingestFile(`${BAD}/only-numbers.txt`, opts);
    expect(nums.source.text).toBe('2025 2024 2023\n130.5 60.9 27.0\n69% 126% 0%');
    expect(nums.source.title).toBeNull();
    expect(nums.warnings).toContain('no Chinese characters found in the text');
  });

  it('long-lines.txt keeps its single 200,000-character line', async () => {
    const a = await ingestFile(`${BAD}/long-lines.txt`, opts);
    expect(a.source.text.length).toBe(200_000);
    expect(a.source.text).not.toContain('\n');
    expect(a.source.title).toBeNull();
  });

  it('folder.txt/ is not a file; its article processes', async () => {
    const error = await failure('folder.txt');
    expect(error.code).toBe('E_INPUT_UNREADABLE');
    expect(error.message).toMatch(/is a directory/);
    const a = await ingestFile(`${BAD}/folder.txt/article.txt`, opts);
    expect(a.id).toBe('article');
    expect(a.source.title).toBe('央行宣布下调存款准备金率0.5个百分点');
  });
});
