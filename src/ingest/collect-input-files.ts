/**
 * Command-line paths → the list of article files to process, walking folders.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputFileError } from '../errors/index.js';

/** The extensions jianbao reads, lower-case with the dot. */
export const DEFAULT_INPUT_EXTENSIONS: readonly string[] = Object.freeze(['.txt', '.md', '.markdown', '.html', '.htm', '.json']);

export interface CollectOptions {
  /**
   * Which file extensions to pick up while walking folders (case-insensitive, with or without the dot).
   * @default DEFAULT_INPUT_EXTENSIONS
   */
  readonly extensions?: readonly string[];
}

export interface CollectedFiles {
  /** Files to ingest, in argument order; inside each folder sorted by name (code unit order), depth first. */
  readonly files: string[];
  /** Paths that could not be used; the batch goes on without them. */
  readonly errors: InputFileError[];
}

/**
 * Expands files and folders into the files to ingest. Folders are walked recursively in
 * a deterministic order (names sorted by code unit, not locale), skipping dotfiles,
 * dot-folders and node_modules; only files with a known extension are taken from
 * folders, while a file named explicitly must still have one. Symbolic links are
 * followed, each real folder is walked once (no loops), and every file is listed once.
 * A missing path, a broken link or an unreadable folder becomes an InputFileError in
 * `errors` naming it; the rest is still collected.
 *
 * @example const { files, errors } = await collectInputFiles(['articles/', 'extra/今日要闻.html'])
 */
export async function collectInputFiles(paths: readonly string[], options: CollectOptions = {}): Promise<CollectedFiles> {
  const extensions = new Set(
    (options.extensions ?? DEFAULT_INPUT_EXTENSIONS).map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase()),
  );
  const files: string[] = [];
  const errors: InputFileError[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  const addFile = async (path: string): Promise<void> => {
    const real = await realpath(path).catch(() => path);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(path);
  };

  for (const input of paths) {
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      errors.push(await statError(input, error));
      continue;
    }
    if (info.isDirectory()) {
      await walk(input, extensions, seenDirs, addFile, errors);
    } else if (info.isFile()) {
      if (hasExtension(input, extensions)) await addFile(input);
      else {
        errors.push(
          new InputFileError('E_INPUT_FORMAT', input, `unsupported file type; expected one of ${[...extensions].join(' ')}`),
        );
      }
    } else {
      errors.push(new InputFileError('E_INPUT_UNREADABLE', input, 'is not a regular file or folder'));
    }
  }
  return { files, errors };
}

/**
 * Iterative depth-first walk in sorted order, a folder's entries visited where they sort
 * (an explicit stack: deep trees must not exhaust the call stack).
 */
async function walk(
  root: string,
  extensions: ReadonlySet<string>,
  seenDirs: Set<string>,
  addFile: (path: string) => Promise<void>,
  errors: InputFileError[],
): Promise<void> {
  const stack: { path: string; dir: boolean }[] = [{ path: root, dir: true }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (!item.dir) {
      await addFile(item.path);
      continue;
    }
    let entries;
    try {
      const real = await realpath(item.path);
      if (seenDirs.has(real)) continue; // a symlink loop, or the same folder given twice
      seenDirs.add(real);
      entries = await readdir(item.path, { withFileTypes: true });
    } catch (error) {
      errors.push(await statError(item.path, error, 'folder'));
      continue;
    }
    // Code-unit order, not locale order: the same on every machine.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const items: { path: string; dir: boolean }[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(item.path, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          errors.push(await statError(path, error));
          continue;
        }
      }
      if (isDir) items.push({ path, dir: true });
      else if (isFile && hasExtension(path, extensions)) items.push({ path, dir: false });
    }
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]!);
  }
}

function hasExtension(path: string, extensions: ReadonlySet<string>): boolean {
  const base = path.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 && extensions.has(base.slice(dot).toLowerCase());
}

async function statError(path: string, error: unknown, what = 'file or folder'): Promise<InputFileError> {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    const link = await lstat(path).then((s) => s.isSymbolicLink(), () => false);
    return new InputFileError(
      'E_INPUT_NOT_FOUND',
      path,
      link ? 'is a broken symbolic link (its target does not exist)' : `${what} not found`,
      { cause: error },
    );
  }
  if (code === 'ELOOP') return new InputFileError('E_INPUT_UNREADABLE', path, 'symbolic link loop', { cause: error });
  if (code === 'EACCES' || code === 'EPERM') {
    return new InputFileError('E_INPUT_UNREADABLE', path, `${what} is not readable (permission denied)`, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new InputFileError('E_INPUT_UNREADABLE', path, `cannot read ${what} (${code ?? detail})`, { cause: error });
}
