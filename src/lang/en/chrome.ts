import { MONTH_NAMES } from './calendar.js';
import { wireAgencies } from './credits.js';

/**
 * English page-chrome vocabulary, as data a caller can extend (`{ ...chromeLexicon, social: [...chromeLexicon.social, 'mastodon'] }`).
 * Whole-line entries are lower-case and compared after `normaliseChromeLine`; chrome in other scripts is found by
 * shape, never by words of that language.
 */
export interface ChromeLexicon {
  /** Function words: their share in a line separates prose from menus and headlines (jusText's stop-word density). */
  readonly stopWords: readonly string[];
  /** Social networks and app stores; a line made only of these (optionally after "follow us on") is social chrome. */
  readonly social: readonly string[];
  /** Openings of embedded social posts and follow prompts ("View this post on Instagram"). */
  readonly socialPrefixes: readonly string[];
  /** Whole lines that are share/print/copy widgets. */
  readonly share: readonly string[];
  /** Whole lines that are site navigation, account and footer links. */
  readonly navigation: readonly string[];
  /** Whole lines that page through a carousel or a list ("Previous", "Next"): inside a list of links, part of it. */
  readonly pagination: readonly string[];
  /** Whole lines that are ads, comment widgets and consent boilerplate. */
  readonly other: readonly string[];
  /** Line openings of short lines that are navigation ("filed under …", "tags: …"). */
  readonly navigationPrefixes: readonly string[];
  /** Words that mark a newsletter or subscription pitch. */
  readonly newsletter: readonly string[];
  /** Headers that open a list of links to other stories. */
  readonly relatedHeaders: readonly string[];
  /** Headers of a box that sums the story up in a few lines ("Key points", "Highlights"): a copy, not the text. */
  readonly summaryHeaders: readonly string[];
  /** Openings of a single promotional link line ("The latest news about …"). */
  readonly promoPrefixes: readonly string[];
  /** Openings of reader widgets: audio players and read-aloud notices, reader polls and feedback prompts. */
  readonly widgetPrefixes: readonly string[];
  /** Photo agencies and credit words that end a caption ("… Getty Images", "… AP Photo"). */
  readonly photoCredits: readonly string[];
  /** Nouns of a journalist's job, for author bios ("X is a senior writer for …"). */
  readonly journalistNouns: readonly string[];
  /**
   * Wire agencies, as they sign their copy: one standing alone, or beside a place or a time stamp
   * ("Press Trust of India | New Delhi"), credits the story, so the line is a byline and never the headline.
   */
  readonly wireAgencies: readonly string[];
}

export const chromeLexicon: ChromeLexicon = {
  stopWords: [
    'a', 'about', 'after', 'against', 'all', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'because', 'been',
    'before', 'being', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'during', 'each', 'for',
    'from', 'had', 'has', 'have', 'he', 'her', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'may',
    'more', 'most', 'no', 'not', 'of', 'on', 'or', 'other', 'our', 'out', 'over', 'said', 'says', 'she', 'should',
    'since', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this',
    'those', 'through', 'to', 'under', 'until', 'up', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while',
    'who', 'whom', 'why', 'will', 'with', 'would', 'you', 'your',
  ],
  social: [
    'facebook', 'twitter', 'x', 'youtube', 'instagram', 'telegram', 'tiktok', 'linkedin', 'pinterest', 'reddit',
    'whatsapp', 'flipboard', 'tumblr', 'rss', 'snapchat', 'threads', 'mastodon', 'bluesky', 'vk', 'messenger',
    'email', 'e-mail', 'apple store', 'app store', 'play market', 'google play', 'google news', 'rss feed',
    'rss feeds',
  ],
  socialPrefixes: ['view this post on', 'a post shared by', 'follow us on', 'follow us at', 'find us on', 'watch on youtube'],
  share: [
    'share', 'share this', 'share this story', 'share this article', 'share article', 'share this:', 'tweet',
    'print', 'print this', 'print article', 'copy link', 'copy url', 'copy the link', 'link copied', 'copied',
    'click to copy url', 'save', 'save article', 'bookmark', 'article bookmarked', 'show more sharing options',
    'share close extra sharing options', 'share selection', 'reuse this content', 'enlarge image', 'email this',
    'send', 'share via email', 'share on facebook', 'share on twitter', 'share on linkedin', 'share on whatsapp',
    'share on pinterest', 'share on messenger', 'share on reddit', 'share this article:', 'gift this article',
  ],
  navigation: [
    'skip to content', 'skip to main content', 'skip to navigation', 'menu', 'main menu', 'toggle menu',
    'open navigation menu', 'primary menu', 'search', 'open search', 'close search', 'show search', 'search for',
    'home', 'close', 'back to top', 'go to top', 'top', 'sections', 'more', 'topics', 'tags', 'sign in', 'log in',
    'login', 'logout', 'log out', 'sign out', 'register', 'my account', 'account', 'contact', 'contact us',
    'about', 'about us', 'advertise', 'advertise with us', 'careers', 'jobs', 'sitemap', 'site map', 'help',
    'faq', 'faqs', 'terms of use', 'terms of service', 'terms and conditions', 'terms & conditions',
    'privacy policy', 'privacy', 'cookie policy', 'cookie settings', 'accessibility', 'more videos', 'view all', 'see all', 'load more', 'show more', 'watch now', 'live',
    'latest', 'news', 'video', 'videos', 'podcasts', 'photos', 'opinion', 'sport', 'sports', 'business', 'world',
    'politics', 'weather', 'dark mode', 'edition', 'choose edition',
  ],
  pagination: [
    'next', 'previous', 'prev', 'previous next', 'prev next', 'next story', 'previous story', 'next article',
    'previous article', 'next page', 'previous page', 'older', 'newer', 'older posts', 'newer posts',
  ],
  other: [
    'advertisement', 'advertising', 'sponsored', 'sponsored content', 'promoted stories', 'paid content', 'ad',
    'comments', 'comment', 'show comments', 'add a comment', 'leave a comment', 'post a comment',
    'join the discussion', 'join the conversation', 'be part of the conversation', 'there are no comments yet',
    'view comments', 'report comment', 'delete comment', 'flag comment', 'submit', 'cancel', 'post', 'reply',
    'newest first', 'oldest first', 'most liked', 'sort by', 'ok', 'accept', 'accept all', 'got it', 'loading',
    'open in app', 'enable notifications', 'turn on notifications', 'story continues below advertisement',
    'article continues below advertisement', 'story continues below', 'article continues below',
    'continue reading below', 'font size', 'text size', 'report an error', 'report a correction', 'report a typo',
    'sign in to save this article', 'log in to save this article', 'watch the video', 'watch the video below',
    'watch video',
  ],
  navigationPrefixes: [
    'filed under', 'tagged', 'tags:', 'topics:', 'more about', 'posted in', 'categories:', 'category:',
    'section:', 'you are here', 'breadcrumb',
  ],
  newsletter: [
    'newsletter', 'newsletters', 'subscribe', 'subscribed', 'subscribing', 'subscriber', 'subscribers',
    'subscription', 'subscriptions', 'unsubscribe', 'sign up', 'sign-up', 'signup', 'sign me up', 'inbox',
    'promotional', 'become a member', 'membership', 'mailing list', 'keep you informed', 'delivered daily',
    'delivered to you', 'delivered to your inbox', 'straight to your inbox',
  ],
  relatedHeaders: [
    'related', 'related stories', 'related articles', 'related coverage', 'related content', 'related news',
    'related posts', 'related links', 'related reading', 'related topics', 'related video', 'related videos',
    'read also', 'also read', 'read more', 'read next', 'see also', 'more from', 'more stories', 'more on',
    'more coverage', 'more news', 'more in', 'more to explore', 'more like this', 'more great', 'most read',
    'most popular', 'most viewed', 'most shared', 'most commented', 'popular', 'popular on', 'popular now',
    'recommended', 'recommended for you', 'recommended stories', 'recommended reading', 'you may also like',
    'you might also like', 'you may like', 'further reading', 'explore further', 'keep reading',
    'continue reading', 'trending', 'trending now', 'trending stories', 'trending news', 'top stories',
    'latest stories', 'latest news', 'latest videos', 'latest articles', "editors' picks", 'editors picks',
    "editor's pick", "editor's picks", "what's trending", "don't miss", 'in other news', 'watch next', 'up next',
    'also on', 'trending on', 'around the web', 'from the web', 'headline news', 'top news', 'most viewed news',
    'most viewed content', 'more videos', 'more stories from',
  ],
  summaryHeaders: [
    'highlights', 'story highlights', 'key points', 'key takeaways', 'takeaways', 'key facts', 'at a glance',
    'quick read', 'what you need to know', 'need to know', 'the essentials', 'summary', 'article summary',
    'ai summary', 'tl;dr', 'tldr', 'the big picture', 'in a nutshell', 'key events', 'key moments',
  ],
  promoPrefixes: [
    'the latest news', 'the latest on', 'the latest from', 'get the latest', 'latest updates', 'click here',
    'tap here', 'download our app', 'download the app', 'get our app', 'watch:', 'listen:', 'live updates',
  ],
  widgetPrefixes: [
    'listen to this article', 'listen to this story', 'listen to the article', 'listen to article', 'listen ·',
    'listen now', 'play audio', 'audio player', 'voiced by artificial intelligence', 'audio generated by',
    'this audio is', 'this article was read aloud', 'this story was read aloud', 'read aloud by',
    'was this article helpful', 'was this article useful', 'was this story helpful', 'was this story useful',
    'was this helpful', 'was this useful', 'did you find this article', 'did you find this story',
    'did you find this helpful', 'did you find this useful', 'did you like this article', 'did you like this story',
    'how would you rate this', 'rate this article', 'thank you for your feedback', 'thanks for your feedback',
    'audio version of this', 'generated by ai', 'ai-generated audio', 'we want to hear from you', 'share your views',
    'share your thoughts', 'have your say',
  ],
  photoCredits: [
    'getty images', 'shutterstock', 'alamy', 'istock', 'istockphoto', 'ap photo', 'afp photo', 'epa',
    'getty', 'reuters files', 'file photo', 'via getty images', 'handout', 'wikimedia commons', 'pool photo',
  ],
  journalistNouns: [
    'writer', 'reporter', 'editor', 'correspondent', 'columnist', 'contributor', 'journalist', 'producer',
    'author', 'photographer', 'critic', 'analyst', 'fellow', 'intern', 'anchor',
  ],
  wireAgencies,
};

/**
 * The opening of a wire photo caption: the place and the day in capitals, then a colon ("KYIV, UKRAINE - MARCH 4:
 * Rescuers search …"). Article datelines give the place alone, so the capitalised month marks the picture's own.
 */
export const CAPTION_DATELINE_LEAD = new RegExp(
  `^\\p{Lu}[\\p{Lu}\\s.,'’-]{0,40}\\s[-–—]\\s(?:${MONTH_NAMES.map(({ name }) => name.toUpperCase()).join('|')})\\s\\d{1,2}(?:,\\s\\d{4})?:`,
  'u',
);

/**
 * How an author's note gives a way to reach the writer ("Reach him at jo@example.com", "She can be reached at …",
 * "Follow her on X @jo"): with an address or a handle in the same line, the line is the bio, not the article.
 */
export const AUTHOR_CONTACT = /\b(?:(?:reach|contact|email|e-mail|follow|write\sto)\s(?:him|her|them|me)\s(?:at|on|via)|can\sbe\s(?:reached|contacted)\s(?:at|on|via))\b/i;

/**
 * A site disowning what it links to ("The Harbour Ledger is not responsible for the content of external sites."): a
 * footer's legal notice, though it reads as a sentence.
 */
export const EXTERNAL_CONTENT_DISCLAIMER =
  /\b(?:(?:can)?not\s(?:be\s)?(?:held\s)?responsible|(?:accepts?|takes?|assumes?|bears?)\sno\sresponsibility)\sfor\s(?:the\s)?contents?\sof\s(?:any\s)?(?:external|third[-\s]party|other|linked|outside)\s(?:internet\s|web\s)?(?:sites|websites|pages|links)\b/i;

/**
 * A sentence that points the reader at a link or an embedded player ("Read the rest of the story at X.", "Watch
 * the ad above."): a page's pointer to something else, though it reads as a sentence.
 */
export const POINTS_AT_LINK = /^(?:read|watch|listen\sto|see)\s(?:the\s)?(?:rest|full|whole|more)\b|\b(?:here|above|below)[.!]$/i;
