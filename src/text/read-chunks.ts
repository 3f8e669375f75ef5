import { isWhiteSpace } from '../core/white-space.js';

/**
 * wink keeps a whole document in memory while it is read, about 45 MB per MB of text, so a long text is read in
 * chunks of about this many characters and each document is dropped before the next one is read.
 */
export const READ_CHUNK_CHARS = 16 * 1024;
/** How far past the chunk size a paragraph break is looked for before any white space will do. */
const BREAK_REACH = 16 * 1024;

/** What the reader gives for one chunk of text: its tokens' values, tags and normal forms, in order. */
export interface TokenColumns {
  values: string[];
  tags: string[];
  normals: string[];
}

/**
 * The token columns of `text`, read chunk by chunk. Chunks end at a line break (else at white space, which no token
 * spans), so the tokens are those of the whole text; a text shorter than a chunk is read in one piece.
 */
export function readInChunks(text: string, read: (chunk: string) => TokenColumns): TokenColumns {
  if (text.length <= READ_CHUNK_CHARS) return read(text);
  const chunks: TokenColumns[] = [];
  let start = 0;
  while (start < text.length) {
    const end = chunkEnd(text, start);
    chunks.push(read(text.slice(start, end)));
    start = end;
  }
  // One concat per column copies each chunk's block at once; a push per token cost as much as a tenth of the reading.
  const column = (name: keyof TokenColumns): string[] => ([] as string[]).concat(...chunks.map((chunk) => chunk[name]));
  return { values: column('values'), tags: column('tags'), normals: column('normals') };
}

function chunkEnd(text: string, start: number): number {
  const target = start + READ_CHUNK_CHARS;
  if (target >= text.length) return text.length;
  const lineBreak = text.indexOf('\n', target);
  if (lineBreak !== -1 && lineBreak - target <= BREAK_REACH) return lineBreak + 1;
  for (let i = target; i < text.length; i++) if (isWhiteSpace(text.charCodeAt(i))) return i + 1;
  return text.length;
}
