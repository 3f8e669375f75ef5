import type { RemovalReason } from '../core/schema.js';
import { normaliseChromeLine, opensLikeBio, type CompiledLexicon } from './compile.js';
import type { LineFeatures } from './features.js';
import { CUE, edgeGate, has, mayMatchAt, mayOpenWith } from './gates.js';
import { isWhiteSpace } from '../core/white-space.js';
import { AUTHOR_CONTACT, CAPTION_DATELINE_LEAD, EXTERNAL_CONTENT_DISCLAIMER } from '../lang/en/chrome.js';
import { CHROME_FILLER_WORDS, CREDIT_LINKS, DASHES, FOLLOW_WORDS } from '../lang/en/grammar.js';

/** Lines at most this long are looked up in the whole-line lexicons; chrome is short. */
const SHORT_LINE = 90;
/** Pitches, captions and bios longer than this are prose that mentions the word, not chrome. */
const PITCH_MAX = 320;
const CAPTION_MAX = 420;
/** An author's note with a way to reach the writer is a line or two. */
const AUTHOR_CONTACT_MAX = 300;
/** An audio player or a reader poll is a few words ("Listen to this article · 4 min", "Was this article helpful? Yes No"). */
const WIDGET_MAX_WORDS = 12;
const TAIL = 90;

/** A long line is a copyright notice only when it opens with the mark (a footer paragraph of terms). */
const COPYRIGHT_LEAD_CHARS = 100;
/**
 * "Ã©" is "é" read from UTF-8 as Latin-1 ("rÃ©sumÃ©"), common in scraped text (its "Ã" sometimes decomposed), and
 * no copyright sign.
 */
const COPYRIGHT_MARK = /(?<!Ã|A\u0303)©|\(c\)\s?\d{4}|\ball rights reserved\b/i;
const COPYRIGHT_WORD = /^(?:all content\s)?(?:copyright|\(c\))\b|\bsubject to copyright\b/i;
const REPRINT_POLICY =
  /\b(?:hyperlink|republication|redistribution|retransmission|strictly prohibited|may not be (?:published|reproduced|copied|redistributed)|without (?:prior )?(?:written )?permission)\b/i;
const MATERIALS = /\b(?:materials?|content|contents|articles?|this (?:site|website|page|story|document))\b|prohibited/i;

/** The letters the anchored case-insensitive regexes below can start with (their alternatives' first letters). */
const COUNTER_LABELLED_LEADS = edgeGate('vrcslh');
const COUNTER_LABELLED = /^(?:views?|reads?|comments?|shares?|likes?|visits?|hits?|votes?)\s?[:\-]?\s?\(?\d[\d.,\s]{0,12}[kmb]?\)?$/i;
const COUNTER_NUMBER = /^[\d][\d.,]{0,12}\s?[kmb]?(?:\s(?:views?|shares?|comments?|reads?|likes?|photos?|images?|videos?|replies))?$/i;
const READ_TIME = /^\d{1,3}\s?(?:-\s?)?min(?:ute)?s?\.?\s(?:read|listen|watch)$/i;
const SHARED_TIMES = /\bshared\s[\d,.]+\stimes\b/i;
const SLIDESHOW_LEADS = edgeGate('sgpiv');
const SLIDESHOW = /^(?:slideshow|gallery|photos?|images?|videos?|show all|see all|view all)\s?\(?\s?\d{1,4}\s?(?:images?|photos?)?\s?\)?$/i;

const SHARE_LEAD_LEADS = edgeGate('sce');
const SHARE_LEAD = /^(?:share(?:-line)?\b|click to (?:share|email|copy|print)\b|email (?:this|the author)\b|copy (?:link|url)\b)/i;
const SHARE_PHRASE = /\bshare (?:it|this|the story)\b/gi;
const SOCIAL_MEDIA = /\bsocial media\b/gi;
const SHARE_TO_SOCIAL_MEDIA_CHARS = 30;

/** "Share this on social media": a share phrase with "social media" at most 30 characters after it. */
function sharesToSocialMedia(text: string): boolean {
  SHARE_PHRASE.lastIndex = 0;
  for (let share = SHARE_PHRASE.exec(text); share; share = SHARE_PHRASE.exec(text)) {
    SOCIAL_MEDIA.lastIndex = SHARE_PHRASE.lastIndex;
    const social = SOCIAL_MEDIA.exec(text);
    if (social === null) return false;
    if (social.index - SHARE_PHRASE.lastIndex <= SHARE_TO_SOCIAL_MEDIA_CHARS) return true;
  }
  return false;
}
const FOLLOW_LEAD = /^(?:follow us|follow|find us|connect with us|join us|like us|stay connected|subscribe to us)(?:\s(?:on|at|in))?\b/i;
const SOCIAL_SPLIT = /[\s|,/·•:]+/;
const SOCIAL_MAX_WORDS = 10;
const HANDLE = /^@[\w.]{2,30}$/;

const BYLINE_BY = /^[Bb]y:?\s+(?:\p{Lu}|@)/u;
/**
 * "— Reuters", "- AP": an agency's sign-off standing alone under the item it wrote (a live blog's, a digest's), one to
 * three capitalised words after a dash. A story credit read from it (enrich/source) reads the raw text.
 */
const SIGN_OFF = /^[—–-]\s?\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,2}$/u;
const SIGN_OFF_MAX_WORDS = 4;
/** A market ticker's reading: an up or down arrow before a price change ("AIRLINK 186.81 ▼ -2.55 (-1.35%)", "FTSE 100 ▲ 0.4%"). */
const MARKET_TICKER = /[▲▼△▽]\s?[-+]?\d[\d.,]*\s?(?:%|\(\s?[-+]?\d[\d.,]*\s?%\))/u;
const TICKER_MAX_WORDS = 16;
const CREDIT_PARENS = /^\((?:additional\s)?(?:reporting|writing|editing|edited|compiled|written|translated|reported|additional reporting)\sby\b/i;
const PHOTO_LABEL = /\b(?:Photo(?:graph)?s?|Image|Picture|Credit|Illustration|Pictured)\s?(?::|by\b|via\b|courtesy\b)\s?\S/;
/** A photographer's name and the agency's initials standing alone ("Jane Roe, AP", "Jane Roe | NPA/AFP"). */
const NAME_AGENCY_CREDIT = /^\p{Lu}\p{Ll}[\p{L}.'’-]*(?:\s\p{Lu}\p{Ll}[\p{L}.'’-]*){1,3}(?:,\s|\s[|/]\s)\p{Lu}{2,8}(?:[/&]\p{Lu}{2,8})?$/u;
const NAME_AGENCY_MAX = 60;
/**
 * A capitalised word, a slash, then an agency or outlet name that ends the line ("Jane Doe / The Daily Post"), or a
 * wire caption's credit with the kind of picture after a comma inside its parentheses ("(AP Photo/Jane Doe, File)").
 */
const CREDIT_SLASH = /(?:^|[\s(])\p{Lu}[\p{L}.'’-]*\s?\/\s?\p{Lu}[\p{L}.&'’ -]{1,40}(?:\)|,\s\p{Lu}\p{Ll}{1,12}\))?$/u;

const SECOND_PERSON = /\b(?:you|your|you['’](?:re|ll|ve|d))\b/i;
const IMPERATIVE = /(?:^|[.!?]\s+)(?:please\s+)?(?:sign up|subscribe|join|get|click|register|do it|support|try|download|follow|enter|don['’]t miss|start)\b/i;
const REPORTING = /\b(?:said|says|told|according to|announced|stated)\b/i;
const COOKIE = /\bcookies?\b/i;
/** A notice that the page is old or archived ("This article is more than 5 years old", "belongs to our archive"). */
const ARCHIVE_NOTICE =
  /\b(?:article|story|page|post|content)\s(?:is|was\spublished)\s(?:more|over)\sthan\s(?:\w+\s){0,2}(?:years?|months?)\s(?:old|ago)\b|\b(?:belongs\sto|is\spart\sof|is\sfrom)\sour\sarchives?\b/i;
const ARCHIVE_NOTICE_MAX_WORDS = 45;
const CONSENT = /\b(?:we use|this (?:site|website) uses|by (?:continuing|using)|consent|privacy)\b/i;
const JAVASCRIPT = /\bjavascript\b/i;
const COMMENT_POLICY = /\bcomments?\b|\bcommenting\b|\bcommunity guidelines\b/i;
const PLEASE_WORD = /\bplease\b/i;
const PLEASE = /\bplease\b|\byou\b|\bour\b/i;

const RELATED_INLINE_LEADS = edgeGate('rsawlm');
const RELATED_INLINE = /^(?:read (?:more|also|next)|see also|also read|related|watch|listen|more)\s?[:»›|]\s?\S/i;
const PREV_NEXT = /^(?:PREV|PREVIOUS|NEXT)\s+\S/;
const BREADCRUMB_SEPARATOR = /\s[»›>|/]\s|[»›]/g;
const FRAGMENT = /^(?:[\p{P}\p{S}\s]{1,8}|\p{L})$/u;
/** The letters (lower-cased) an editor's note can open with, after an optional bracket. */
const EDITOR_NOTE_LEADS = 'uect';
const EDITOR_NOTE = /^\(?(?:updated|update|editor['’]s note|editors['’] note|correction|clarification|this (?:article|story) (?:has been|was) (?:updated|corrected))\b/i;

/** `FRAGMENT` matches at most eight code points of symbols, each at most two UTF-16 units. */
const FRAGMENT_MAX_UNITS = 16;
const SHORT_NEWSLETTER_WORDS = 8;
const OPEN_PAREN = 40;
const AT_SIGN = 64;
const CAPITAL_B = 66;
const SMALL_B = 98;
const CAPITAL_N = 78;
const CAPITAL_P = 80;
const ASCII_LOWER_BIT = 0x20;
const CAPITAL_A = 65;
const CAPITAL_Z = 90;
const LOWER_A = 97;
const LOWER_Z = 122;
const ASCII_END = 128;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Every check that removes a line by its own text, with the reason it gives. A removed line names its check
 * (prefixed `clean/`), so a user can see which test took a line and which lexicon entry or pattern to change.
 */
export const CHROME_CHECKS = {
  'fragment': 'fragment',
  'copyright-mark': 'copyright',
  'copyright-word': 'copyright',
  'reprint-policy': 'copyright',
  'external-content-disclaimer': 'copyright',
  'social-prefix': 'social',
  'credit-in-parens': 'byline',
  'sign-off': 'byline',
  'market-ticker': 'counter',
  'author-bio': 'byline',
  'author-contact': 'byline',
  'caption': 'caption',
  'related-inline': 'related-links',
  'promo-prefix': 'related-links',
  'widget-prefix': 'other',
  'breadcrumb': 'navigation',
  'empty-line': 'fragment',
  'share-word': 'share',
  'related-header': 'related-links',
  'navigation-word': 'navigation',
  'pagination-word': 'navigation',
  'summary-header': 'other',
  'other-word': 'other',
  'social-links': 'social',
  'counter-labelled': 'counter',
  'counter-number': 'counter',
  'counter-slideshow': 'counter',
  'share-lead': 'share',
  'related-header-lead': 'related-links',
  'navigation-prefix': 'navigation',
  'byline-by': 'byline',
  'agency-credit': 'byline',
  'newsletter-short': 'newsletter',
  'newsletter-pitch': 'newsletter',
  'cookie-consent': 'other',
  'javascript-notice': 'other',
  'archive-notice': 'other',
  'comment-policy': 'other',
} as const satisfies Record<string, RemovalReason>;

export type ChromeCheck = keyof typeof CHROME_CHECKS;

/** The form of a short line the whole-line lexicons are looked up in; null for a line too long to be one. */
export function shortLineForm(text: string, features: LineFeatures): string | null {
  return features.chars <= SHORT_LINE ? normaliseChromeLine(text) : null;
}

/**
 * The check that finds a line chrome by its own text, strongest evidence first; null when its text alone says nothing.
 * `normal` is the line's `shortLineForm`, and `relatedHeader` its `isRelatedHeader`, passed in when the caller
 * already has them; `cues` are the features' cues unless a caller opens every gate.
 */
export function chromeCheck(
  text: string,
  features: LineFeatures,
  lexicon: CompiledLexicon,
  normal: string | null = shortLineForm(text, features),
  relatedHeader: boolean = isRelatedHeader(text, features, lexicon, normal),
  cues: number = features.cues,
): ChromeCheck | null {
  if (isEditorNote(text)) return null;
  if (mayBeFragment(text) && FRAGMENT.test(text)) return 'fragment';
  if (has(cues, CUE.copyrightSign | CUE.openParen | CUE.rights) && COPYRIGHT_MARK.test(features.chars <= 400 ? text : text.slice(0, COPYRIGHT_LEAD_CHARS))) {
    return 'copyright-mark';
  }
  if (features.chars <= 400 && !features.hasQuote) {
    if (has(cues, CUE.copyrightWord | CUE.openParen) && COPYRIGHT_WORD.test(text)) return 'copyright-word';
    if (has(cues, CUE.reprint) && features.words <= 40 && REPRINT_POLICY.test(text) && MATERIALS.test(text)) return 'reprint-policy';
    // "…, a spokesman said": someone quoted disowning a site is the article's.
    if (has(cues, CUE.disclaimer) && !has(cues, CUE.reporting) && EXTERNAL_CONTENT_DISCLAIMER.test(text)) return 'external-content-disclaimer';
  }
  if (normal !== null) {
    const reason = shortLineReason(text, normal, features, lexicon, relatedHeader, cues);
    if (reason) return reason;
  }
  const first = text.charCodeAt(0);
  if (features.words <= 25 && mayOpenWith(lexicon.socialPrefixGate, text) && lexicon.socialPrefix.test(text)) return 'social-prefix';
  if (first === OPEN_PAREN && CREDIT_PARENS.test(text)) return 'credit-in-parens';
  if (features.words <= SIGN_OFF_MAX_WORDS && DASHES.has(text[0]!) && SIGN_OFF.test(text)) return 'sign-off';
  if (features.words <= TICKER_MAX_WORDS && has(cues, CUE.ticker) && MARKET_TICKER.test(text)) return 'market-ticker';
  if (features.chars <= 600 && opensLikeBio(text) && lexicon.bio.test(text)) return 'author-bio';
  if (features.chars <= AUTHOR_CONTACT_MAX && text.includes('@') && AUTHOR_CONTACT.test(text)) return 'author-contact';
  if (features.chars <= CAPTION_MAX && isCaption(text, features, lexicon, cues)) return 'caption';
  // After the caption test: a photographer's name beside the agency ("Ada Byrne | AP") credits a picture.
  if (normal !== null && features.words <= AGENCY_CREDIT_MAX_WORDS && !features.endsSentence && isAgencyCredit(normal, lexicon)) return 'agency-credit';
  if (
    ((first === CAPITAL_P || first === CAPITAL_N) && PREV_NEXT.test(text)) ||
    (features.words <= 25 && mayMatchAt(RELATED_INLINE_LEADS, first) && RELATED_INLINE.test(text))
  ) {
    return 'related-inline';
  }
  if (features.words <= 20 && !features.endsSentence && mayOpenWith(lexicon.promoPrefixGate, text) && lexicon.promoPrefix.test(text)) {
    return 'promo-prefix';
  }
  if (features.words <= WIDGET_MAX_WORDS && mayOpenWith(lexicon.widgetPrefixGate, text) && lexicon.widgetPrefix.test(text)) return 'widget-prefix';
  if (features.chars <= PITCH_MAX && !features.hasQuote && !(has(cues, CUE.reporting) && REPORTING.test(text))) {
    const newsletterTested = normal !== null && features.words <= SHORT_NEWSLETTER_WORDS;
    const pitch = pitchReason(text, features, lexicon, newsletterTested, cues);
    if (pitch) return pitch;
  }
  if (features.chars <= 160 && !features.endsSentence && has(cues, CUE.breadcrumbMark) && breadcrumbSeparators(text) >= 2) return 'breadcrumb';
  if (features.words <= ARCHIVE_NOTICE_MAX_WORDS && has(cues, CUE.archive) && ARCHIVE_NOTICE.test(text)) return 'archive-notice';
  return null;
}

function shortLineReason(
  text: string,
  normal: string,
  features: LineFeatures,
  lexicon: CompiledLexicon,
  relatedHeader: boolean,
  cues: number,
): ChromeCheck | null {
  if (normal === '') return 'empty-line';
  const wholeLine = lexicon.wholeLine.get(normal);
  if (wholeLine !== undefined) return wholeLine;
  if (features.words <= SOCIAL_MAX_WORDS && isSocialLine(normal, lexicon)) return 'social-links';
  const normalFirst = normal.charCodeAt(0);
  if (mayMatchAt(COUNTER_LABELLED_LEADS, normalFirst) && COUNTER_LABELLED.test(normal)) return 'counter-labelled';
  if (isDigit(normalFirst) && (COUNTER_NUMBER.test(normal) || READ_TIME.test(normal))) return 'counter-number';
  if ((mayMatchAt(SLIDESHOW_LEADS, normalFirst) && SLIDESHOW.test(normal)) || (has(cues, CUE.shared) && SHARED_TIMES.test(text))) return 'counter-slideshow';
  const first = text.charCodeAt(0);
  if (features.words <= 12 && ((mayMatchAt(SHARE_LEAD_LEADS, first) && SHARE_LEAD.test(text)) || (has(cues, CUE.social) && sharesToSocialMedia(text)))) {
    return 'share-lead';
  }
  // With the whole line not a header, `relatedHeader` is the header-lead test on a line of at most six words.
  if (relatedHeader) return 'related-header-lead';
  if (features.words <= 8 && mayOpenWith(lexicon.navigationPrefixGate, normal) && lexicon.navigationPrefix.test(normal)) return 'navigation-prefix';
  if (features.words <= 12 && !features.hasQuote && (first === CAPITAL_B || first === SMALL_B) && BYLINE_BY.test(text)) return 'byline-by';
  if (features.words <= SHORT_NEWSLETTER_WORDS && has(cues, CUE.newsletter) && lexicon.newsletter.test(text)) return 'newsletter-short';
  return null;
}

/** The separators of a credit line's parts ("Press Trust of India | New Delhi", "AFP / Paris"). */
const CREDIT_PART_SEPARATOR = /\s[|/•·]\s/;
const AGENCY_CREDIT_MAX_WORDS = 12;
/** A part beside the agency is a place or a time stamp ("New Delhi", "Updated: March 4, 2024 10:12 IST"). */
const CREDIT_PART_MAX_WORDS = 6;
const WORD_BREAK = /\s+/;

/** A wire agency's name standing alone, or beside a place or a time stamp: the story's credit. */
function isAgencyCredit(normal: string, lexicon: CompiledLexicon): boolean {
  const parts = normal.split(CREDIT_PART_SEPARATOR);
  const agency = parts.findIndex((part) => lexicon.agencies.has(part));
  return agency >= 0 && parts.every((part, i) => i === agency || part.split(WORD_BREAK).length <= CREDIT_PART_MAX_WORDS);
}

/** A line made only of network names, optionally after "follow us on". */
function isSocialLine(normal: string, lexicon: CompiledLexicon): boolean {
  if (normal.charCodeAt(0) === AT_SIGN && HANDLE.test(normal)) return true;
  if (!opensLikeSocial(normal, lexicon)) return false;
  const rest = normal.replace(FOLLOW_LEAD, ' ').trim();
  const followed = rest.length !== normal.length;
  if (rest === '') return followed;
  const tokens = rest.split(SOCIAL_SPLIT).filter(Boolean);
  let names = 0;
  for (let i = 0; i < tokens.length; i++) {
    const pair = i + 1 < tokens.length ? `${tokens[i]} ${tokens[i + 1]}` : '';
    if (pair && lexicon.social.has(pair)) {
      names++;
      i++;
    } else if (lexicon.social.has(tokens[i]!)) names++;
    else if (!CHROME_FILLER_WORDS.has(tokens[i]!)) return false;
  }
  return names > 0;
}

/**
 * A cheap first test for `isSocialLine`, which most short lines fail on their first word: the first word, or the
 * first two, name a network, or the first is a filler or follow word. A line that opens with a separator passes.
 */
function opensLikeSocial(normal: string, lexicon: CompiledLexicon): boolean {
  const firstEnd = wordEnd(normal, 0);
  if (firstEnd === 0) return true;
  const first = normal.slice(0, firstEnd);
  if (lexicon.social.has(first) || CHROME_FILLER_WORDS.has(first) || FOLLOW_WORDS.has(first)) return true;
  if (!lexicon.socialPairLeads.has(first)) return false;
  let secondStart = firstEnd;
  while (secondStart < normal.length && isSocialSeparator(normal.charCodeAt(secondStart))) secondStart++;
  if (secondStart === normal.length) return false;
  return lexicon.social.has(`${first} ${normal.slice(secondStart, wordEnd(normal, secondStart))}`);
}

/** `[\s|,/·•:]`: what separates the names in a line of social links. */
function isSocialSeparator(code: number): boolean {
  return isWhiteSpace(code) || code === 124 || code === 44 || code === 47 || code === 0xb7 || code === 0x2022 || code === 58;
}

function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && !isSocialSeparator(text.charCodeAt(end))) end++;
  return end;
}

/**
 * A photo caption: a credit ("Photo: …", "… Getty Images", "Name/Agency") at the end of a line that is not a sentence of
 * prose, a photographer's name and agency standing alone, or a wire caption's place-and-day opening.
 */
export function isCaption(text: string, features: LineFeatures, lexicon: CompiledLexicon, cues: number = features.cues): boolean {
  const long = text.length > TAIL;
  const tail = long ? text.slice(-TAIL) : text;
  // A tail cut mid-word starts a word the line's cues never saw.
  if ((long || has(cues, CUE.photoLabel)) && PHOTO_LABEL.test(tail)) return true;
  if (mayOpenCaptionDateline(text) && CAPTION_DATELINE_LEAD.test(text)) return true;
  if (features.endsSentence) return false;
  if (text.length <= NAME_AGENCY_MAX && mayEndInInitials(text) && NAME_AGENCY_CREDIT.test(text)) return true;
  const creditEnd = mayMatchAt(lexicon.photoCreditEndGate, text.charCodeAt(text.length - 1)) && lexicon.photoCreditTail.test(tail);
  return creditEnd || (tail.includes('/') && CREDIT_SLASH.test(tail));
}

/**
 * Whether `CAPTION_DATELINE_LEAD` ("KYIV, UKRAINE - MARCH 3:") may match: after its capital, the line goes on in
 * capitals, spaces or punctuation, and a colon ends the lead. Most lines go on in a lower-case letter ("The …").
 */
function mayOpenCaptionDateline(text: string): boolean {
  const second = text.charCodeAt(1);
  return !(second >= LOWER_A && second <= LOWER_Z) && text.includes(':');
}

/** Whether `NAME_AGENCY_CREDIT` may match: it ends in an agency's capitals ("… , AP"), so not in another ASCII character. */
function mayEndInInitials(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= ASCII_END || (last >= CAPITAL_A && last <= CAPITAL_Z);
}

/**
 * A credit line standing alone ("Photo: Reuters", "Jane Doe / The Daily Post / Agency"): the line above it is the
 * caption it credits. A line that describes the picture in words of its own ("Photo: Workers gather outside the
 * gates. (Reuters)") is a caption itself, and the line above it is the story's.
 */
export function isCreditOnly(text: string, features: LineFeatures, lexicon: CompiledLexicon): boolean {
  return features.words <= 9 && features.chars <= TAIL && isCaption(text, features, lexicon) && describingWords(text) <= MAX_CREDIT_LOWER_WORDS;
}

/** Credits name people and agencies; a few lower-case links ("via", "for") are all they hold. */
const MAX_CREDIT_LOWER_WORDS = 1;
const LOWER_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}'’-]*/gu;

function describingWords(text: string): number {
  let count = 0;
  for (const match of text.matchAll(LOWER_WORD)) if (!CREDIT_LINKS.has(match[0])) count++;
  return count;
}

/**
 * `newsletterTested`: the short-line tests already found no newsletter words in the line. Whether the line
 * addresses the reader only matters when it has the words of a pitch, so that is asked last.
 */
function pitchReason(text: string, features: LineFeatures, lexicon: CompiledLexicon, newsletterTested: boolean, cues: number): ChromeCheck | null {
  const newsletter = !newsletterTested && has(cues, CUE.newsletter);
  if (!newsletter && !has(cues, CUE.cookie | CUE.javascript | CUE.comment)) return null;
  const addressed = (has(cues, CUE.you) && SECOND_PERSON.test(text)) || (has(cues, CUE.imperative) && IMPERATIVE.test(text));
  if (newsletter && (addressed || features.words <= 10) && lexicon.newsletter.test(text)) return 'newsletter-pitch';
  if (!addressed && !(has(cues, CUE.please) && PLEASE_WORD.test(text))) return null;
  if (has(cues, CUE.cookie) && COOKIE.test(text) && CONSENT.test(text)) return 'cookie-consent';
  if (has(cues, CUE.javascript) && JAVASCRIPT.test(text)) return 'javascript-notice';
  if (features.words <= 40 && has(cues, CUE.comment) && COMMENT_POLICY.test(text) && PLEASE.test(text)) return 'comment-policy';
  return null;
}

function breadcrumbSeparators(text: string): number {
  BREADCRUMB_SEPARATOR.lastIndex = 0;
  let count = 0;
  while (BREADCRUMB_SEPARATOR.exec(text)) count++;
  return count;
}

/**
 * Whether `FRAGMENT` may match: a short line, and one that does not open with an ASCII letter or digit unless that is
 * all it holds (neither is a symbol, and a lone letter is one character). Most short lines are words.
 */
function mayBeFragment(text: string): boolean {
  if (text.length > FRAGMENT_MAX_UNITS) return false;
  const first = text.charCodeAt(0);
  const asciiAlphanumeric = isDigit(first) || (first >= CAPITAL_A && first <= CAPITAL_Z) || (first >= LOWER_A && first <= LOWER_Z);
  return text.length === 1 || !asciiAlphanumeric;
}

/** An editor's note about the article itself ("(Updated with …)", "Editor's note: …") is always content. */
export function isEditorNote(text: string): boolean {
  const lead = text.charCodeAt(0) === OPEN_PAREN ? text.charCodeAt(1) : text.charCodeAt(0);
  return EDITOR_NOTE_LEADS.includes(String.fromCharCode(lead | ASCII_LOWER_BIT)) && EDITOR_NOTE.test(text);
}

/** A header that opens (or, for "Read more", closes) a list of links to other stories. */
export function isRelatedHeader(
  text: string,
  features: LineFeatures,
  lexicon: CompiledLexicon,
  normal: string | null = shortLineForm(text, features),
): boolean {
  if (normal === null || features.words > 6) return false;
  return lexicon.relatedWhole.has(normal) || (mayOpenWith(lexicon.relatedLeadGate, normal) && lexicon.relatedLead.test(normal));
}
