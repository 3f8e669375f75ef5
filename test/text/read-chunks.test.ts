import { describe, expect, it } from 'vitest';
import { READ_CHUNK_CHARS, readInChunks, type TokenColumns } from '../../src/text/read-chunks.js';

/** A stand-in reader: tokens are the runs of non-space characters. */
const reader = (chunks: string[]) => (text: string): TokenColumns => {
  chunks.push(text);
  const values = text.split(/\s+/).filter((value) => value !== '');
  return { values, tags: values.map(() => 'X'), normals: values.map((value) => value.toLowerCase()) };
};

describe('readInChunks', () => {
  it('reads a short text in one piece', () => {
    const chunks: string[] = [];
    expect(readInChunks('One two', reader(chunks)).values).toEqual(['One', 'two']);
    expect(chunks).toEqual(['One two']);
  });

  it('gives the tokens of the whole text, cutting only at line breaks or white space', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `Line ${i} holds words and ${'x'.repeat(i % 50)}`);
    const text = lines.join('\n');
    const chunks: string[] = [];
    const columns = readInChunks(text, reader(chunks));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(text);
    expect(chunks.slice(0, -1).every((chunk) => chunk.endsWith('\n') && chunk.length <= READ_CHUNK_CHARS + 20_000)).toBe(true);
    expect(columns.values).toEqual(text.split(/\s+/).filter((value) => value !== ''));
    expect(columns.normals).toHaveLength(columns.values.length);
  });

  it('cuts a text without line breaks at white space', () => {
    const text = 'word '.repeat(300_000);
    const chunks: string[] = [];
    expect(readInChunks(text, reader(chunks)).values).toHaveLength(300_000);
    expect(chunks.slice(0, -1).every((chunk) => chunk.endsWith(' '))).toBe(true);
  });
});
