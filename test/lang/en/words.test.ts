import { describe, expect, it } from 'vitest';
import { opensBeforeName } from '../../../src/lang/en/words.js';

describe('opensBeforeName: a capitalised word that opens a clause, not a name', () => {
  it.each(['However', 'Meanwhile', 'Furthermore', 'Nevertheless', 'According', 'Citing', 'In', 'But', 'The', 'Told'])(
    '%s opens a clause',
    (word) => expect(opensBeforeName(word)).toBe(true),
  );

  it.each(['Ross', 'Kestrel', 'Harbour', 'IN', 'AT', 'THE', 'however', 'Thenceforth'])('%s does not', (word) =>
    expect(opensBeforeName(word)).toBe(false),
  );
});
