import { describe, expect, it } from 'vitest';
import { extractClaims, extractMany, type DocumentInput, type DocumentResult } from '../../src/index.js';

const articles = [
  'The mayor said the tram line would open next spring.',
  '"We will not raise the fees," the harbour master told reporters on Monday.',
  'Nothing is said here at all.',
];

async function collect(docs: Iterable<DocumentInput> | AsyncIterable<DocumentInput>, options = {}): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  for await (const result of extractMany(docs, options)) results.push(result);
  return results;
}

describe('extractMany', () => {
  it('yields one result per string in input order, ids being positions, each equal to extractClaims', async () => {
    const results = await collect(articles);
    expect(results.map((result) => result.id)).toEqual(['0', '1', '2']);
    results.forEach((result, index) => expect(result).toEqual({ id: String(index), ok: true, result: extractClaims(articles[index]!) }));
  });

  it('takes an async iterable of documents and keeps their ids', async () => {
    async function* source() {
      yield { id: 'b', text: articles[1]! };
      yield { id: 'a', text: articles[0]! };
    }
    expect((await collect(source())).map((result) => result.id)).toEqual(['b', 'a']);
  });

  it("reads a document with its own url, date and topic as extractClaims does with them as options", async () => {
    const doc = { id: 'x', text: articles[0]!, url: 'https://news.example.org/a', published: '2024-03-01', topic: { name: 'trams', terms: ['tram'] } };
    const [result] = await collect([doc], { publisher: 'Example' });
    const { id: _id, text, ...own } = doc;
    expect(result).toEqual({ id: 'x', ok: true, result: extractClaims(text, { publisher: 'Example', ...own }) });
  });

  it.each([
    ['a number', 42, '1'],
    ['null', null, '1'],
    ['a document without text', { id: 'no-text' }, 'no-text'],
    ['a document with a bad url', { id: 'bad-url', text: 'x', url: 'not a url' }, 'bad-url'],
  ])('turns %s into a typed error result and goes on', async (_name, bad, id) => {
    const results = await collect([articles[0]!, bad as DocumentInput, articles[2]!]);
    expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({ id, ok: false, error: { code: 'INVALID_INPUT' } });
    expect(results[2]!.id).toBe('2');
  });

  it('turns an error thrown inside a rule into that document’s RULE_FAILED result only', async () => {
    const exploding = { id: 'test/explode', find: (_ctx: unknown, analysis: { sentences: unknown[] }) => {
      if (analysis.sentences.length > 1) throw new Error('boom');
      return [];
    } };
    const results = await collect(['One sentence.', 'Two sentences. Here.'], { attributionRules: [exploding] });
    expect(results[0]!.ok).toBe(true);
    expect(results[1]).toEqual({ id: '1', ok: false, error: { code: 'RULE_FAILED', message: 'attribution rule "test/explode" threw: boom' } });
  });

  it('throws INVALID_OPTIONS for invalid batch options before the first document', async () => {
    await expect(collect(articles, { url: 'nope' })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });
});
