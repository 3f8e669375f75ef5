import type { RemovalReason } from '../core/schema.js';

/** What each removal reason means, for people reading `removed` (and for docs generated from it). */
export const removalReasonMeaning: Readonly<Record<RemovalReason, string>> = {
  navigation: 'site menus, section links, breadcrumbs, account and footer links, and short lines in the chrome around the article',
  social: 'links to social networks and app stores, "follow us" lines, @handles',
  copyright: 'copyright and reprint-policy lines ("© 2024 X", "All rights reserved", "Any use of materials requires a hyperlink")',
  counter: 'view, share and comment counts, reading times, photo counts ("Views: 162", "4 Min Read", "23 Photos")',
  share: 'share, print, copy-link and bookmark widgets',
  'related-links': 'link lists to other stories: a header ("Related", "Read also:", "More from …") and the headlines under it, PREV/NEXT links, promo links',
  newsletter: 'newsletter, sign-up, subscription and paywall pitches',
  byline: 'author lines standing alone ("By Jane Doe", "(Reporting by …)"), author bios, the site credit above the headline',
  caption: 'photo captions and photo credits standing alone',
  duplicate: 'a later verbatim copy of a kept line (the first copy is kept)',
  fragment: 'punctuation leftovers ("-", "--", "|", "✕") and stray single letters',
  other: 'ads, comment widgets, cookie and script notices, and lines in the chrome that fit no other reason',
};
