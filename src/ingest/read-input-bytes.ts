/**
 * Reading an input file's bytes, apart from decoding them: the main thread of a run reads
 * every file but decodes none when workers do the rest, so this keeps it off the decoders.
 */
import { lstat, open } from 'node:fs/promises';
import { InputFileError } from '../errors/index.js';

/**
 * Reads one input file whole, after checking its size: a file over the limit is refused
 * before a single byte is read, so a stray multi-gigabyte file costs no memory.
 */
export async function readInputBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r');
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) throw new InputFileError('E_INPUT_UNREADABLE', path, 'is a directory, not a file');
      if (stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes);
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw await fileSystemError(path, error);
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} bytes`;
}

export function tooLarge(path: string, size: number, maxBytes: number): InputFileError {
  return new InputFileError(
    'E_INPUT_TOO_LARGE',
    path,
    `file is ${formatBytes(size)} (${size} bytes), over the limit of ${formatBytes(maxBytes)} (${maxBytes} bytes); raise it with --max-bytes or JIANBAO_MAX_INPUT_BYTES`,
  );
}

/** Maps a Node file-system error to the input error a user can act on. */
async function fileSystemError(path: string, error: unknown): Promise<InputFileError> {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') {
    const link = await lstat(path).then((s) => s.isSymbolicLink(), () => false);
    return new InputFileError(
      'E_INPUT_NOT_FOUND',
      path,
      link ? 'is a broken symbolic link (its target does not exist)' : 'file not found',
      { cause: error },
    );
  }
  if (code === 'ENOTDIR') return new InputFileError('E_INPUT_NOT_FOUND', path, 'file not found (a parent is not a folder)', { cause: error });
  if (code === 'EISDIR') return new InputFileError('E_INPUT_UNREADABLE', path, 'is a directory, not a file', { cause: error });
  if (code === 'EACCES' || code === 'EPERM') return new InputFileError('E_INPUT_UNREADABLE', path, 'permission denied', { cause: error });
  if (code === 'ELOOP') return new InputFileError('E_INPUT_UNREADABLE', path, 'symbolic link loop', { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new InputFileError('E_INPUT_UNREADABLE', path, `cannot read file (${code ?? detail})`, { cause: error });
}
