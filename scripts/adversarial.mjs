// Adversarial article shapes, each a function from a size in bytes to a text of about that size. Shared by the
// growth benchmark in `npm run bench` and the fuzz script: every shape must cost the same per KB at 64 KB and 1 MB.

/** `unit(i)` repeated until the text reaches `bytes`. */
const repeat = (unit) => (bytes) => {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
};

const NAMES = ['Ines Okafor', 'Tomas Berg', 'Ana Lima', 'Marek Novak', 'Leila Haddad', 'Kenji Mori'];
const name = (i) => NAMES[i % NAMES.length];

export const adversarialShapes = {
  'repeated quote and pronoun': repeat(() => '“We will go,” he said. '),
  'lines of said': repeat(() => 'said\n'),
  'one line, no punctuation': repeat((i) => `word${i % 97} `),
  'many capitals': repeat((i) => `${name(i)} Harbour Council Minister `),
  'many numbers': repeat((i) => `${i} ${i * 7}.5% 2024-0${(i % 9) + 1}-1${i % 10} `),
  'unbalanced quote marks': repeat((i) => ['"', '“', '«', '‘', "'", '„', '’', '»'][i % 8] + ' word '),
  'names and cues': repeat((i) => `${name(i)}, the minister of ${name(i + 1)}, said that ${name(i + 2)} told him. `),
  'pronouns in one sentence': repeat(() => 'he said she said they said it said '),
  'quotes in one paragraph': repeat((i) => `“Claim number ${i},” ${name(i)} said, `),
  'many short paragraphs': repeat((i) => `“Go ${i}.”\n\n`),
  'long words': repeat((i) => `${'x'.repeat(5000)}${i} `),
  'copyright and menu lines': repeat((i) => `© ${2000 + (i % 25)} Harbour Post\nHome\nNews\nSport\nShare\n`),
  'according to chains': repeat((i) => `according to ${name(i)}, according to ${name(i + 1)}, `),
  'apostrophes': repeat((i) => `${name(i)}'s aides' 'plan' isn't ''done'' `),
  'brackets': repeat((i) => `(${name(i)} (said) [the] {minister}) `),
  'dates': repeat((i) => `On March ${(i % 28) + 1}, 2024, ${name(i)} said on Tuesday. `),
  'urls and emails': repeat((i) => `https://example.com/${i}/a?b=c name${i}@example.com `),
  'bullets': repeat((i) => `• ${name(i)} said\n- item ${i}\n`),
};
