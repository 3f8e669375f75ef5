import { describe, expect, it } from 'vitest';
import { CHROME_CHECKS, chromeCheck } from '../../src/clean/chrome.js';
import { compileLexicon } from '../../src/clean/compile.js';
import { lineFeatures } from '../../src/clean/features.js';
import { chromeLexicon } from '../../src/lang/en/chrome.js';
import type { RemovalReason } from '../../src/core/schema.js';

const lexicon = compileLexicon(chromeLexicon);
const reasonOf = (text: string): RemovalReason | null => {
  const check = chromeCheck(text, lineFeatures(text, 0, text.length, lexicon), lexicon);
  return check === null ? null : CHROME_CHECKS[check];
};

describe('chromeCheck: a line classified by its own text', () => {
  const table: Array<[string, RemovalReason | null]> = [
    ['Share', 'share'],
    ['Share on WhatsApp', 'share'],
    ['Click to email this to a friend (Opens in new window)', 'share'],
    ['Liked this piece? Share it on social media!', 'share'],
    ['Copy link', 'share'],
    ['Facebook', 'social'],
    ['Twitter | LinkedIn | Reddit', 'social'],
    ['Follow us on Instagram', 'social'],
    ['@marlowgazette', 'social'],
    ['View this post on Instagram', 'social'],
    ['Northern Courier © 2023', 'copyright'],
    ['© 2021 Harbour Media Group. All rights reserved.', 'copyright'],
    ['Copyright 2019 Valley Press', 'copyright'],
    ['Reproduction of materials is permitted only with a hyperlink to the source', 'copyright'],
    ['Views: 3,401', 'counter'],
    ['12.5K', 'counter'],
    ['7 min read', 'counter'],
    ['This article has been shared 1,204 times.', 'counter'],
    ['Gallery (12 images)', 'counter'],
    ['By Tomas Lindqvist', 'byline'],
    ['by: Priya Raman, Health Reporter', 'byline'],
    ['(Reporting by Ana Ruiz; Editing by Mark Bell)', 'byline'],
    ['Dana Whitfield is a senior reporter for the Courier, covering housing and transport.', 'byline'],
    ['Lucas Brandt writes about energy markets from Frankfurt.', 'byline'],
    ['A farmer inspects a flooded field near the river. Photo: Jan Novak/Getty Images', 'caption'],
    ['Firefighters at the scene on Monday. (Maria Lopez / The Daily Ledger)', 'caption'],
    ['Credit: Harbour Police', 'caption'],
    ['LISBON, PORTUGAL - MAY 2: Dock workers march past the ferry terminal', 'caption'],
    ['NEW YORK, NY - OCTOBER 14, 2023: A trader', 'caption'],
    ['OSLO – APRIL 9, 2024: Rescuers search the harbour', 'caption'],
    ['Tove Berg, NTB', 'caption'],
    ['Maria Lopez, AP', 'caption'],
    ['Listen to this article · 4 min', 'other'],
    ['Listen · 4:32 min', 'other'],
    ['This article was read aloud by an AI voice.', 'other'],
    ['Voiced by artificial intelligence.', 'other'],
    ['Was this article helpful? Yes No', 'other'],
    ['Did you find this story useful?', 'other'],
    ['Thanks for your feedback!', 'other'],
    ['This article is more than 5 years old', 'other'],
    ['Please note: this story is more than two years old and is part of our archive.', 'other'],
    ['The page belongs to our archives and is no longer updated.', 'other'],
    ['GETTY', 'caption'],
    ['Trending on The Courier', 'related-links'],
    ['Jan de Vries Novak, ANP/AFP', 'caption'],
    ['Sign up for our morning briefing', 'newsletter'],
    ['Get the best stories delivered straight to your inbox every weekday.', 'newsletter'],
    ['To keep reading, please subscribe. You can cancel at any time.', 'newsletter'],
    ['Related', 'related-links'],
    ['More from the Courier', 'related-links'],
    ['Read more: Council delays vote on new stadium', 'related-links'],
    ['NEXT Ten things to do in the old town this weekend', 'related-links'],
    ['The latest news about the port strike', 'related-links'],
    ['Skip to main content', 'navigation'],
    ['Home › World › Europe', 'navigation'],
    ['Filed under housing, budget', 'navigation'],
    ['Advertisement', 'other'],
    ['This website uses cookies to improve your experience. By continuing you accept them.', 'other'],
    ['-', 'fragment'],
    ['--', 'fragment'],
    ['|', 'fragment'],
    ['✕', 'fragment'],
  ];
  it.each(table)('%s → %s', (text, expected) => {
    expect(reasonOf(text)).toBe(expected);
  });

  const content: string[] = [
    'Editor\'s note: This story was updated to include a statement from the ministry. Sign up to our newsletter for updates.',
    '(Updated with comments from the union in the fifth paragraph)',
    'The company said its subscribers rose by a tenth in the quarter, to 41 million.',
    '"Please subscribe to the idea that we can do better," the mayor told the crowd.',
    'Harbour Police said the road would reopen on Friday.',
    'Reporting by the agency suggested the talks had stalled.',
    'Prices rose 3% in March, the statistics office said.',
    'Ministers met in Lisbon to discuss a joint fund for border infrastructure',
    'Follow the money, the auditor said, and the pattern becomes clear.',
    'Share prices fell sharply after the announcement, wiping out a month of gains.',
    'LISBON, Portugal - Dock workers walked out on Monday, the union said.',
    'LISBON - May 2: the day the port stood still',
    'Maria Lopez, Mayor',
    'Was this story a turning point for the port?',
    'Documents from the archive show the port was sold for more than two years of revenue.',
    'The town is more than 300 years old, the mayor said.',
    'Listen to the workers on the night shift and you hear a different story.',
    'WASHINGTON, DC',
  ];
  it.each(content)('content stays unclassified: %s', (text) => {
    expect(reasonOf(text)).toBeNull();
  });
});
