import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';

/** One input the command was asked to read: a file, or standard input (`path` '-'). */
export interface InputSource {
  path: string;
  /** Where its output goes under `--out`: the path below the folder it was found in, or its file name. */
  outName: string;
}

/** What reading an input gave: its text, or the one-line reason it was skipped. */
export type ReadOutcome = { text: string } | { problem: string };

export const STDIN = '-';
export const DEFAULT_EXTENSIONS = ['.txt', '.md'];

/** A NUL byte in the first 8 KB marks a binary file: UTF-8 text never holds one. */
const SNIFF_BYTES = 8192;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a file's bytes, or why they are no text: binary data, or bytes that are not UTF-8. */
export function decodeText(bytes: Uint8Array): ReadOutcome {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { problem: 'binary file skipped' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: 'not UTF-8 text, skipped' };
  }
}

export function readInput(path: string): ReadOutcome {
  try {
    return decodeText(readFileSync(path));
  } catch (error) {
    return { problem: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
}

/**
 * The files named on the command line, folders read recursively (their files kept by extension, in name order),
 * and '-' for standard input. A path that does not exist is reported through `missing` and left out.
 */
export function expandInputs(paths: readonly string[], extensions: readonly string[], missing: (path: string, reason: string) => void): InputSource[] {
  const sources: InputSource[] = [];
  const walk = (dir: string, root: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, root);
      else if (extensions.includes(extname(entry.name).toLowerCase())) sources.push({ path, outName: relative(root, path) });
    }
  };
  for (const path of paths) {
    if (path === STDIN) {
      sources.push({ path, outName: 'stdin' });
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      missing(path, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      continue;
    }
    if (isDirectory) walk(path, path);
    else sources.push({ path, outName: basename(path) });
  }
  return sources;
}

/** `--ext .txt,md` as a list of lower-case extensions with their dot. */
export function parseExtensions(value: string | undefined): string[] {
  if (value === undefined) return DEFAULT_EXTENSIONS;
  return value
    .split(',')
    .map((ext) => ext.trim().toLowerCase())
    .filter((ext) => ext !== '')
    .map((ext) => (ext.startsWith('.') ? ext : `.${ext}`));
}
