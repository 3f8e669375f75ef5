import { anonymousHeads } from './speakers.js';

/**
 * How a cue meets its complement. `drop`: words right after the cue that belong to the cue, not to the quote
 * ("warned of the risks" → "the risks"). `requires`: the cue counts only when one of these phrases follows, and the
 * phrase stays in the quote ("raised the possibility of …"; "raised $5 million" is no report). Cues without a frame
 * drop a leading "that".
 */
export interface CueFrame {
  lemma: string;
  drop?: readonly string[];
  requires?: readonly string[];
  /**
   * The cue counts only when its object is followed by one of these words, or by a quotation mark when the list
   * holds `"` ("called him a liar", "called it “a disgrace”", "described the plan as …"; "called the police" is no
   * report). The object stays in the quote.
   */
  objectThen?: readonly string[];
  /**
   * An adjective after the object also lets the cue count ("called the charges baseless", "considers the report
   * biased"), when nothing but a comma, a coordinator or a preposition follows it; "called the vote early" is a time.
   */
  objectThenAdjective?: boolean;
  /**
   * A bare judgement after the object also lets the cue count: an owner's noun phrase ("called her son her hero") or,
   * after a pronoun, a plural noun that ends the clause ("calling them rapists"); "called them home" reports nothing.
   */
  objectThenJudgement?: boolean;
  /**
   * With no word of `objectThen` after its object, the cue still counts when an object of at least this many words,
   * or a wh-clause, runs to the clause's end ("described a system rigged against workers", "described how the plan
   * failed"); "described the scene" reports nothing.
   */
  longObjectWords?: number;
  /**
   * A request also meets `requires`: an object and an infinitive after the cue ("asked the council to delay the vote");
   * the object stays in the quote. "asked about the plan" and "asked for a moment" still need a word of `requires`.
   */
  objectInfinitive?: boolean;
  /** Words right after the cue that make it literal, no report ("added to his holdings", "adding to the pressure"). */
  literalAfter?: readonly string[];
  /** "added 178,000 jobs", "added $2 billion": a quantity after the cue is its object, not reported words. */
  quantityIsObject?: boolean;
  /**
   * "A total of 212 delegates supported the measures", "40 percent back the mayor": a counted subject casts votes or
   * answers a poll; the count is no one's statement.
   */
  tallyIsVote?: boolean;
  /** "vowing to sue", "refusing to testify": an infinitive after the -ing form is the complement, not a purpose. */
  takesInfinitive?: boolean;
  /** "did not say", "would not confirm": negated, the cue reports nothing. */
  silentWhenNegated?: boolean;
  /** "as one diplomat put it": the cue reports only in an as-clause ("she put it on the table" reports nothing). */
  onlyAside?: boolean;
  /**
   * Nouns that, heading the object, make the cue a credit rather than a claim ("citing sources close to the talks",
   * "citing officials": where a report comes from, not what anyone holds); "citing rising costs" still reports. Backing
   * a letter or a campaign signs someone else's words, which are read where they are quoted.
   */
  creditedObjects?: ReadonlySet<string>;
  /**
   * Whom the cue addresses may stand between it and its complement: always for "tell" ("told reporters …"), else
   * when a "that" follows the addressee ("warned investors that …", "assured voters that …").
   */
  addressee?: 'always' | 'before-that';
  /**
   * Nouns that, heading the object, make a figurative phrase literal ("opened the door to the hall", "to reporters"):
   * no report.
   */
  literalObjects?: ReadonlySet<string>;
  /**
   * A verb of belief or feeling drops its "that" as often as not ("thinks the plan will fail", "fears prices will
   * rise"): a subject and a finite verb right after the cue meet a required "that" ("thinks so", "fears the worst" and
   * "hopes to win" do not).
   */
  bareClause?: boolean;
  /**
   * The verb forms that report ("wants to", "wanted to"); others state no one's position ("voters want …", "I want to
   * ask you", "will not want to"). All forms when absent.
   */
  forms?: readonly ('base' | 's' | 'past' | 'ing')[];
  /** "wants to say that …", "wanted to ask": an aim to speak is no statement; the words after it are nobody's yet. */
  aimNotSpeech?: boolean;
}

/** Rooms, buildings and callers a door literally opens to ("opened the door to the hall", "to reporters"). */
const PLACES_AND_VISITORS: ReadonlySet<string> = new Set([
  'room', 'hall', 'office', 'house', 'home', 'building', 'car', 'van', 'chamber', 'courtroom', 'studio', 'church', 'shop',
  'store', 'street', 'garden', 'kitchen', 'cell', 'vault', 'stage', 'public', 'press', 'reporters', 'visitors', 'guests',
  'police', 'officers',
]);

/** People questioned by investigators ("police questioned the driver"): an interview, no doubt raised. */
const QUESTIONED_PEOPLE: ReadonlySet<string> = new Set([
  'suspect', 'suspects', 'witness', 'witnesses', 'detainee', 'detainees', 'driver', 'drivers', 'prisoner', 'prisoners',
  'passenger', 'passengers', 'staff', 'employees', 'residents', 'neighbours', 'neighbors', 'man', 'woman', 'men', 'women',
  'boy', 'girl', 'teenager', 'teenagers', 'victim', 'victims', 'crew', 'applicants', 'candidates',
]);

/** Texts that many sign ("backed the open letter", "supported the petition"): backing one is a signature. */
const SIGNED_TEXTS: ReadonlySet<string> = new Set([
  'letter', 'letters', 'petition', 'petitions', 'campaign', 'campaigns', 'declaration', 'appeal', 'manifesto', 'pledge',
]);

/** "backed by", "backed down", "backed off", "backed into a corner": the passive or a phrasal verb, not backing. */
const BACK_PARTICLES: readonly string[] = ['by', 'down', 'off', 'away', 'up', 'out', 'into', 'to', 'in', 'onto'];

export const cueFrames: readonly CueFrame[] = [
  { lemma: 'warn', drop: ['of', 'about', 'against', 'that'], addressee: 'before-that' },
  { lemma: 'assure', drop: ['that'], addressee: 'before-that', requires: ['that'] },
  { lemma: 'reassure', drop: ['that'], addressee: 'before-that', requires: ['that'] },
  { lemma: 'remind', drop: ['that'], addressee: 'before-that', requires: ['that'] },
  { lemma: 'inform', drop: ['that'], addressee: 'before-that', requires: ['that'] },
  { lemma: 'boast', drop: ['that', 'about', 'of'] },
  { lemma: 'joke', drop: ['that', 'about'] },
  { lemma: 'quip', drop: ['that', 'about'] },
  { lemma: 'speculate', drop: ['that', 'about'] },
  { lemma: 'retort', drop: ['that'], requires: ['that'] },
  { lemma: 'counter', drop: ['that'], requires: ['that'] },
  // A word cut in: it reports a "that" clause or a quotation set off by a colon or comma ("interjected: “…”").
  { lemma: 'interject', drop: ['that'], requires: ['that'] },
  { lemma: 'conclude', drop: ['that'], requires: ['that'] },
  { lemma: 'decide', drop: ['that'], requires: ['that'] },
  { lemma: 'worry', drop: ['that'], requires: ['that'], bareClause: true },
  { lemma: 'suspect', drop: ['that'], requires: ['that'], bareClause: true },
  { lemma: 'caution', drop: ['against', 'that'] },
  { lemma: 'express concern', drop: ['about', 'over', 'that', 'at'] },
  { lemma: 'express hope', drop: ['that', 'for'] },
  { lemma: 'express confidence', drop: ['in', 'that'] },
  { lemma: 'express doubt', drop: ['about', 'over', 'that'] },
  { lemma: 'express frustration', drop: ['with', 'about', 'over', 'at', 'that'] },
  { lemma: 'express support', drop: ['for'] },
  { lemma: 'express opposition', drop: ['to'] },
  { lemma: 'express regret', drop: ['over', 'about', 'for', 'that'] },
  { lemma: 'express skepticism', drop: ['about', 'over', 'that'] },
  { lemma: 'express disappointment', drop: ['with', 'about', 'over', 'at', 'that'] },
  { lemma: 'express willingness', drop: [] },
  { lemma: 'express readiness', drop: [] },
  { lemma: 'express backing', drop: ['for'] },
  { lemma: 'voice support', drop: ['for'] },
  { lemma: 'voice backing', drop: ['for'] },
  { lemma: 'voice opposition', drop: ['to'] },
  { lemma: 'voice concern', drop: ['about', 'over', 'that', 'at'] },
  { lemma: 'voice concerns', drop: ['about', 'over', 'that', 'at'] },
  { lemma: 'voice doubt', drop: ['about', 'over', 'that'] },
  { lemma: 'voice doubts', drop: ['about', 'over', 'that'] },
  { lemma: 'voice hope', drop: ['that', 'for'] },
  { lemma: 'voice frustration', drop: ['with', 'about', 'over', 'at', 'that'] },
  { lemma: 'voice skepticism', drop: ['about', 'over', 'that'] },
  { lemma: 'signal willingness', drop: [] },
  { lemma: 'signal readiness', drop: [] },
  { lemma: 'signal openness', drop: [] },
  { lemma: 'signal support', drop: ['for'] },
  { lemma: 'signal opposition', drop: ['to'] },
  { lemma: 'pan', drop: [] },
  { lemma: 'brand', drop: [], objectThen: ['a', 'an', 'as', '"'] },
  { lemma: 'label', drop: [], objectThen: ['a', 'an', 'as', '"'] },
  { lemma: 'dub', drop: [], objectThen: ['a', 'an', 'as', '"'] },
  { lemma: 'denounce', drop: [] },
  { lemma: 'decry', drop: [] },
  { lemma: 'call out', drop: [] },
  { lemma: 'lament', drop: ['that'] },
  { lemma: 'vow', drop: ['that'], takesInfinitive: true },
  { lemma: 'pledge', drop: ['that'], takesInfinitive: true },
  { lemma: 'promise', drop: ['that'], takesInfinitive: true },
  { lemma: 'threaten', drop: ['that'], takesInfinitive: true },
  { lemma: 'refuse', drop: [], takesInfinitive: true },
  { lemma: 'complain', drop: ['about', 'of', 'that'] },
  { lemma: 'insist', drop: ['on', 'that'] },
  { lemma: 'agree', drop: ['that'], requires: ['that'] },
  { lemma: 'respond', drop: ['that'], requires: ['that'] },
  { lemma: 'reply', drop: ['that'], requires: ['that'] },
  { lemma: 'answer', drop: ['that'], requires: ['that'] },
  { lemma: 'maintain', drop: ['that'], requires: ['that'] },
  { lemma: 'observe', drop: ['that'], requires: ['that'] },
  { lemma: 'hope', drop: ['that'], requires: ['that', 'to'], bareClause: true },
  // "wants to end the subsidy", "wanted to sell": one actor's stated aim; "wants a change" (an object) is no claim, and
  // the base form is a group's wish or the speaker's own words ("voters want to …", "I want to ask").
  { lemma: 'want', drop: [], requires: ['to'], forms: ['s', 'past'], aimNotSpeech: true },
  { lemma: 'fear', drop: ['that'], requires: ['that'], bareClause: true },
  { lemma: 'doubt', drop: ['that'], requires: ['that', 'whether'], bareClause: true },
  { lemma: 'think', drop: ['that'], requires: ['that'], bareClause: true },
  { lemma: 'feel', drop: ['that'], requires: ['that'], bareClause: true },
  { lemma: 'know', drop: ['that'], requires: ['that'], bareClause: true, silentWhenNegated: true },
  { lemma: 'understand', drop: ['that'], requires: ['that'], bareClause: true, silentWhenNegated: true },
  { lemma: 'realize', drop: ['that'], requires: ['that'], bareClause: true, silentWhenNegated: true },
  { lemma: 'realise', drop: ['that'], requires: ['that'], bareClause: true, silentWhenNegated: true },
  { lemma: 'signal', drop: ['that'], requires: ['that'] },
  { lemma: 'hint', drop: ['at', 'that'] },
  { lemma: 'welcome', drop: [] },
  { lemma: 'find', drop: ['that'], requires: ['that'] },
  { lemma: 'show', drop: ['that'], requires: ['that'] },
  { lemma: 'say', drop: ['that'], silentWhenNegated: true },
  { lemma: 'tell', drop: ['that'], silentWhenNegated: true, addressee: 'always' },
  { lemma: 'put it', drop: [], onlyAside: true },
  { lemma: 'state', drop: ['that'], silentWhenNegated: true },
  { lemma: 'specify', drop: ['that'], silentWhenNegated: true },
  { lemma: 'comment', drop: ['on', 'that'], silentWhenNegated: true },
  { lemma: 'confirm', drop: ['that'], silentWhenNegated: true },
  { lemma: 'disclose', drop: ['that'], silentWhenNegated: true },
  { lemma: 'reveal', drop: ['that'], silentWhenNegated: true },
  { lemma: 'explain', drop: ['that'], silentWhenNegated: true },
  { lemma: 'mention', drop: ['that'], silentWhenNegated: true },
  { lemma: 'rule', drop: ['that'], requires: ['that'] },
  { lemma: 'add', drop: ['that'], quantityIsObject: true, literalAfter: ['to'] },
  { lemma: 'call', drop: [], objectThen: ['a', 'an', 'the', '"'], objectThenAdjective: true, objectThenJudgement: true },
  { lemma: 'consider', drop: [], objectThen: ['a', 'an', 'as', 'to', '"'], objectThenAdjective: true },
  { lemma: 'deem', drop: [], objectThen: ['a', 'an', '"'], objectThenAdjective: true },
  { lemma: 'view', drop: [], objectThen: ['as'] },
  { lemma: 'see', drop: [], objectThen: ['as'] },
  { lemma: 'regard', drop: [], objectThen: ['as'] },
  { lemma: 'refer to', drop: [], objectThen: ['as'] },
  { lemma: 'open the door to', drop: [], literalObjects: PLACES_AND_VISITORS },
  { lemma: 'close the door on', drop: [], literalObjects: PLACES_AND_VISITORS },
  { lemma: 'shut the door on', drop: [], literalObjects: PLACES_AND_VISITORS },
  { lemma: 'describe', drop: [], objectThen: ['as'], longObjectWords: 4 },
  { lemma: 'call on', drop: [] },
  { lemma: 'accuse', drop: [] },
  { lemma: 'criticize', drop: [] },
  { lemma: 'criticise', drop: [] },
  { lemma: 'praise', drop: [] },
  { lemma: 'tout', drop: [] },
  { lemma: 'applaud', drop: [] },
  { lemma: 'defend', drop: [] },
  { lemma: 'lash out', drop: ['at', 'against'] },
  { lemma: 'mock', drop: [] },
  { lemma: 'cite', drop: [], creditedObjects: new Set(anonymousHeads) },
  { lemma: 'endorse', drop: [] },
  { lemma: 'support', drop: [], literalAfter: ['by'], creditedObjects: SIGNED_TEXTS, tallyIsVote: true },
  { lemma: 'oppose', drop: [], literalAfter: ['by'], creditedObjects: SIGNED_TEXTS, tallyIsVote: true },
  { lemma: 'back', drop: [], literalAfter: BACK_PARTICLES, creditedObjects: SIGNED_TEXTS, tallyIsVote: true },
  { lemma: 'liken', drop: [], objectThen: ['to'] },
  { lemma: 'compare', drop: [], objectThen: ['to'] },
  { lemma: 'echo', drop: [], literalAfter: ['through', 'across', 'around', 'off', 'in', 'by'] },
  { lemma: 'attack', drop: [], objectThen: ['for', 'as', 'over'], forms: ['past', 'ing'] },
  { lemma: 'charge', drop: ['that'], requires: ['that'] },
  { lemma: 'exhort', drop: [] },
  { lemma: 'advocate', drop: [] },
  { lemma: 'blame', drop: [] },
  { lemma: 'blast', drop: [], objectThen: ['as', 'for', 'over'] },
  // Words of scorn or praise: what they are aimed at, and why, is the speaker's judgement ("assailed the judge for …").
  { lemma: 'assail', drop: [] },
  { lemma: 'rail against', drop: [] },
  { lemma: 'lambaste', drop: [] },
  { lemma: 'excoriate', drop: [] },
  { lemma: 'berate', drop: [] },
  { lemma: 'castigate', drop: [] },
  { lemma: 'chide', drop: [] },
  { lemma: 'rebuke', drop: [] },
  { lemma: 'deride', drop: [] },
  { lemma: 'disparage', drop: [] },
  { lemma: 'belittle', drop: [] },
  { lemma: 'ridicule', drop: [] },
  { lemma: 'vilify', drop: [] },
  { lemma: 'laud', drop: [] },
  { lemma: 'extol', drop: [] },
  { lemma: 'commend', drop: [] },
  { lemma: 'deplore', drop: ['that'] },
  { lemma: 'bemoan', drop: ['that'] },
  // "portrayed the plan as a giveaway", "painted her as a relic": a judgement only with "as"; "painted the fence" is none.
  { lemma: 'portray', drop: [], objectThen: ['as'] },
  { lemma: 'paint', drop: [], objectThen: ['as'] },
  { lemma: 'slam', drop: [], objectThen: ['as', 'for', 'over'] },
  { lemma: 'question', drop: [], forms: ['s', 'past', 'ing'], literalAfter: ['by'], literalObjects: QUESTIONED_PEOPLE },
  { lemma: 'ask', drop: [], requires: ['whether', 'how', 'why', 'if', 'what'], objectInfinitive: true },
  { lemma: 'raise', drop: [], requires: ['the possibility', 'the prospect', 'the question', 'concerns', 'concern', 'doubts', 'the issue'] },
];

/** Adjectives of time after an object ("called the vote early"): when, not what the speaker holds of it. */
export const TIME_ADJECTIVES: ReadonlySet<string> = new Set(['early', 'earlier', 'late', 'later', 'soon', 'again']);

/** Words after any cue that lead into its complement without belonging to the quote. */
export const DEFAULT_DROP: readonly string[] = ['that'];

/**
 * Lead-ins that hand their subject on to a cue after "to" (`X weighed in to say …`, `X was quick to deny …`,
 * `X became the first leader to warn …`); "declined to say" and "wants to say" report nothing and are not here.
 */
export const leadInFrames = {
  /** A verb and its particle that open a statement ("weighed in", "chimed in", "stepped in", "spoke up", "fired back"). */
  particleVerbs: new Set(['weigh in', 'chime in', 'step in', 'speak up', 'speak out', 'fire back', 'jump in']),
  /** Adjectives of haste after a be-form ("was quick to deny", "were eager to stress"). */
  eagerAdjectives: new Set(['quick', 'swift', 'eager', 'keen', 'careful', 'at pains']),
  /** Verbs of haste with no particle ("hastened to add", "rushed to defend", "moved to reassure"). */
  hasteVerbs: new Set(['hasten', 'rush', 'move']),
  /** A rank that makes a noun phrase the one who spoke ("the first European leader to say", "the latest to warn"). */
  ranks: new Set(['first', 'second', 'third', 'last', 'latest', 'only']),
  /** Forms of "become" that carry such a rank as a be-form does ("became the first …", "was the latest …"). */
  becomeForms: new Set(['become', 'becomes', 'became', 'becoming']),
  /** Words of time between a lead-in and its "to" ("weighed in on Wednesday afternoon to say"). */
  timeNouns: new Set(['morning', 'afternoon', 'evening', 'night', 'week', 'weekend']),
} as const;

/**
 * Nouns that report what their owner holds when a clause follows them ("the union's claim that the vote was rigged",
 * "her warning that the dam could fail"), and those that take an infinitive ("his pledge to cut taxes"): the owner is
 * the speaker. Nouns for plans and decisions, which report no statement, are not here.
 */
export const nounCues = {
  that: new Set([
    'claim', 'claims', 'assertion', 'contention', 'allegation', 'allegations', 'accusation', 'argument', 'insistence',
    'warning', 'warnings', 'view', 'belief', 'fear', 'fears', 'hope', 'suggestion', 'prediction', 'admission',
    'conclusion', 'assurance', 'assurances', 'promise', 'pledge', 'vow', 'threat', 'announcement', 'complaint',
    'assessment', 'observation', 'reminder', 'expectation', 'suspicion', 'boast', 'acknowledgment', 'acknowledgement',
    'confirmation', 'declaration', 'conviction', 'opinion', 'position', 'statement', 'message',
  ]),
  to: new Set(['promise', 'pledge', 'vow', 'threat', 'call', 'demand', 'plea', 'appeal', 'proposal', 'offer', 'refusal']),
} as const;

/**
 * What a speaker issues, sends or posts that carries words of its own: an -ing cue right after one reports for the
 * one who issued it ("issued a statement saying …", "sent a fundraising email Wednesday saying …", "released an ad
 * calling …").
 */
export const messageNouns: ReadonlySet<string> = new Set([
  'statement', 'statements', 'release', 'releases', 'letter', 'letters', 'email', 'emails', 'e-mail', 'e-mails', 'tweet',
  'tweets', 'message', 'messages', 'memo', 'memos', 'note', 'notes', 'ad', 'ads', 'advertisement', 'advertisements',
  'video', 'videos', 'post', 'posts', 'op-ed', 'editorial', 'communique', 'communiqué', 'notice', 'filing',
]);

/**
 * Forms of the verbs by which a speaker puts out a message of its own ("issued", "sent out", "posted"); reading,
 * receiving or quoting a message ("read a letter saying …") reports someone else's words.
 */
export const issuingVerbForms: ReadonlySet<string> = new Set([
  'issue', 'issues', 'issued', 'issuing', 'release', 'releases', 'released', 'releasing', 'send', 'sends', 'sent',
  'sending', 'post', 'posts', 'posted', 'posting', 'put', 'puts', 'putting', 'publish', 'publishes', 'published',
  'publishing', 'place', 'places', 'placed', 'placing', 'air', 'airs', 'aired', 'airing', 'write', 'writes', 'wrote',
  'writing', 'pen', 'pens', 'penned', 'penning', 'tweet', 'tweets', 'tweeted', 'tweeting', 'fire', 'fires', 'fired',
  'firing', 'circulate', 'circulates', 'circulated', 'circulating', 'file', 'files', 'filed', 'filing', 'launch',
  'launches', 'launched', 'launching', 'unleash', 'unleashes', 'unleashed', 'unleashing',
]);

/**
 * Cues that take a clause and hardly ever a thing for their object: in "which they say left …", "a deadline that
 * insiders said went unnoticed", the pronoun is the subject of the reported clause. After "the song that he wrote"
 * or "the storm that they expected" the pronoun is the object, and the verb after it is the sentence's own.
 */
export const RELATIVE_CLAUSE_CUES: ReadonlySet<string> = new Set([
  'say', 'claim', 'believe', 'think', 'hope', 'estimate', 'allege', 'suspect', 'insist', 'contend', 'argue', 'assert', 'feel',
]);
