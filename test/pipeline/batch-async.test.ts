import { describe, expect, it } from 'vitest';
import {
  extractClaims,
  extractMany,
  extractManyAsync,
  type AsyncExtractOptions,
  type Claim,
  type DocumentInput,
  type DocumentResult,
  type Topic,
} from '../../src/index.js';

const tolls: Topic = { name: 'a toll on the bridge', terms: ['toll', 'bridge fee'] };
const parking: Topic = { name: 'paid parking downtown', terms: ['parking fee', 'parking meters'] };

const articles = [
  'The mayor said the city would back the toll on the bridge. "A bridge fee is the best way to pay for repairs," she added.',
  '"We reject the toll outright," the drivers\' union said on Tuesday.',
  'A councillor said the parking meters would be a welcome step.',
  'Nothing is said here at all.',
];

async function collect(docs: Iterable<DocumentInput> | AsyncIterable<DocumentInput>, options: AsyncExtractOptions): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  for await (const result of extractManyAsync(docs, options)) results.push(result);
  return results;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const stances = (result: DocumentResult) => (result.ok ? result.result.claims.map((claim) => claim.stance) : null);

describe('extractManyAsync', () => {
  it('yields in input order although the classifier answers the later documents first', async () => {
    const answered: string[] = [];
    let lastAsked!: () => void;
    const laterDocumentAsked = new Promise<void>((resolve) => (lastAsked = resolve));
    const results = await collect(articles, {
      topic: tolls,
      concurrency: 3,
      stance: async (claim, { raw }) => {
        if (raw === articles[0]) await laterDocumentAsked;
        if (raw === articles[2]) lastAsked();
        answered.push(raw.slice(0, 5));
        return 'conditional' as const;
      },
    });
    expect(answered).toEqual(['"We r', 'A cou', 'The m', 'The m']);
    expect(results.map((result) => result.id)).toEqual(['0', '1', '2', '3']);
    expect(results.map(stances)).toEqual([['conditional', 'conditional'], ['conditional'], ['conditional'], []]);
  });

  it("puts the classifier's stance and its reason on each claim, after the rules' own", async () => {
    const seen: string[] = [];
    const [first] = await collect([articles[1]!], {
      topic: tolls,
      stance: async (claim: Claim) => {
        seen.push(`${claim.stance}: ${claim.stanceReason.summary.slice(0, 6)}`);
        return { stance: 'neutral', reason: { summary: 'the stub model read a report', cues: [] } };
      },
    });
    expect(seen).toEqual(['oppose: oppose']);
    expect(first?.ok && first.result.claims[0]!.stance).toBe('neutral');
    expect(first?.ok && first.result.claims[0]!.stanceReason).toMatchObject({ summary: 'the stub model read a report', decidedBy: 'classifier', topicTerms: ['toll'] });
  });

  it("asks with each document's own topic and text", async () => {
    const asked: string[] = [];
    await collect([{ id: 'p', text: articles[2]!, topic: parking }, articles[1]!], {
      topic: tolls,
      stance: (claim, { topic, raw }) => {
        asked.push(`${topic?.name} / ${raw.slice(0, 12)}`);
        return claim.stance;
      },
    });
    expect(asked).toEqual(['paid parking downtown / A councillor', 'a toll on the bridge / "We reject t']);
  });

  it.each([
    ['rejects', async () => Promise.reject(new Error('model offline')), 'CLASSIFIER_FAILED', /claim .+: model offline/],
    ['throws', () => { throw new Error('quota'); }, 'CLASSIFIER_FAILED', /quota/],
    ['answers no stance', async () => 'perhaps', 'INVALID_OPTIONS', /must return one of/],
  ])('turns a classifier that %s on one document into that document’s typed error only', async (_name, failing, code, message) => {
    const results = await collect([articles[0]!, articles[1]!, 42 as unknown as DocumentInput, articles[2]!], {
      topic: tolls,
      stance: (claim, context) => (context.raw === articles[1] ? (failing as () => never)() : claim.stance),
    });
    expect(results.map((result) => result.ok)).toEqual([true, false, false, true]);
    expect(results[1]).toMatchObject({ id: '1', ok: false, error: { code } });
    expect(!results[1]!.ok && results[1]!.error.message).toMatch(message);
    expect(results[2]).toMatchObject({ id: '2', ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('runs at most `concurrency` classifier calls at once across documents, and reads the source only a window ahead', async () => {
    let running = 0;
    let most = 0;
    let pulled = 0;
    const pulledWhenYielded: number[] = [];
    function* source() {
      for (let round = 0; round < 4; round += 1) for (const text of articles) {
        pulled += 1;
        yield text;
      }
    }
    for await (const _result of extractManyAsync(source(), {
      topic: tolls,
      concurrency: 2,
      stance: async (claim) => {
        running += 1;
        most = Math.max(most, running);
        await sleep(2);
        running -= 1;
        return claim.stance;
      },
    })) pulledWhenYielded.push(pulled);
    expect(most).toBe(2);
    expect(pulledWhenYielded.length).toBe(16);
    pulledWhenYielded.forEach((count, index) => expect(count - index).toBeLessThanOrEqual(3));
  });

  it('is extractMany without a classifier', async () => {
    const plain: DocumentResult[] = [];
    for await (const result of extractMany(articles, { topic: tolls })) plain.push(result);
    expect(await collect(articles, { topic: tolls })).toEqual(plain);
    expect(plain[0]).toEqual({ id: '0', ok: true, result: extractClaims(articles[0]!, { topic: tolls }) });
  });

  it.each([
    ['a concurrency of 0', { concurrency: 0, stance: () => 'neutral' as const }],
    ['a stance that is no function', { stance: 'support' as never }],
    ['a bad url', { url: 'nope' }],
  ])('throws INVALID_OPTIONS for %s before the first document', async (_name, options) => {
    await expect(collect(articles, options)).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });
});
