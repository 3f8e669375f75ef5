/**
 * The closed-class English words that the pipeline's grammar rules read (links, coordinators, openers, particles,
 * quote marks), grouped by the stage that reads them. Like every English word list they live in the language pack, so
 * a reader finds every word a rule matches in lang/en and the stages hold only grammar.
 */

// attribution

/** Bullet tokens that separate digest items written on one line. */
export const BULLETS: ReadonlySet<string> = new Set(['*', '•', '·', '▪', '■', '►']);

export const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);

/** Singular nouns for a body of people, a source without an article ("according to police"). */
export const COLLECTIVE_PEOPLE: ReadonlySet<string> = new Set(['police', 'staff', 'management', 'military', 'clergy', 'prosecution']);

/** "half of the voters", "some of his rivals": a quantity of the phrase after "of". */
export const PARTITIVES: ReadonlySet<string> = new Set(['half', 'some', 'many', 'most', 'all', 'each', 'several', 'few', 'none', 'one', 'both']);

/** "…, though she noted …", "…, although he admitted …": a concession that opens a clause of its own. */
export const CONCESSIVE_SUBORDINATORS: ReadonlySet<string> = new Set(['though', 'although']);

export const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['as', 'while', 'when', 'because', 'since', 'although', 'though', 'whereas', 'until', 'unless']);

/**
 * Words that open the narrator's comparison after a report ("… said yes, compared with 23 percent who …", "as opposed
 * to"): each phrase as its words.
 */
export const COMPARISON_PHRASES: readonly (readonly string[])[] = [
  ['compared', 'with'],
  ['compared', 'to'],
  ['as', 'opposed', 'to'],
];

/** Two-word subordinators by their adverb ("even though", "even if"). */
export const TWO_WORD_SUBORDINATORS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['even', new Set(['though', 'if'])]]);

/** "called her for advice": before a particle the pronoun is the verb's object, not an owner. */
export const CUE_PARTICLES: ReadonlySet<string> = new Set(['for', 'on', 'out', 'to', 'up', 'in', 'about', 'of', 'at', 'as', 'it']);

/** "―" (U+2015) is Unicode's quotation dash, the one typesetting puts before the name that signs a quotation. */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '―', '--']);

export const DIRECT_QUOTE_DASHES: ReadonlySet<string> = new Set(['—', '–', '―', '-', '--']);

export const DOCUMENT_LINKS: ReadonlySet<string> = new Set(['in', 'by', 'from', 'of', 'on']);

/** Nouns for a document that carries someone else's words: "a March article in La Gazette" speaks for La Gazette. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'article', 'report', 'poll', 'survey', 'study', 'statement', 'interview', 'story', 'document', 'letter', 'post',
  'piece', 'editorial', 'broadcast', 'publication', 'analysis', 'estimate', 'estimates', 'data', 'figures',
]);

/** Participles that describe the act of saying itself ("…, speaking to reporters on Monday"), not what was said. */
export const SAYING_PARTICIPLES: ReadonlySet<string> = new Set([
  'speaking', 'writing', 'testifying', 'addressing', 'responding', 'answering', 'appearing', 'briefing', 'posting',
]);

/** The occasions of saying ("…, in an interview with the paper", "…, at a news conference"). */
export const SAYING_OCCASIONS: ReadonlySet<string> = new Set([
  'interview', 'statement', 'remarks', 'speech', 'conference', 'briefing', 'post', 'tweet', 'letter', 'op-ed',
  'address', 'hearing', 'podcast', 'broadcast', 'rally', 'debate', 'interviews', 'speeches', 'call',
  'appearance', 'forum', 'summit', 'rallies', 'debates', 'tweets', 'posts', 'statements',
]);

/** Prepositions that open an occasion of saying after the reported words. */
export const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'during']);

/** Prepositions that open the occasion or the day of an act right after its object ("on Monday", "in a speech"). */
export const OBJECT_OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set([...OCCASION_PREPOSITIONS, 'on']);

export const INNER_CLOSERS: ReadonlySet<string> = new Set(['’', "'"]);

/** After a noun, an inflected cue followed by one of these leads into what was said ("the strategist notes:"). */
export const LEAD_IN_AFTER_CUE: ReadonlySet<string> = new Set([':', 'that']);

/** A cue after a bare modal is an act to come, not a report ("France may announce"); "would not rule out" is. */
export const MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could', 'will', 'would', 'should', 'can', 'must', 'shall']);

export const NARRATOR_ADJUNCTS: ReadonlySet<string> = new Set(['after', 'amid', 'despite', 'following', 'ahead', 'as', 'while', 'when', 'because', 'since']);

/** Verbs that take a "that" clause without anyone saying it ("it emerged that", "this meant that"). */
export const NOT_REPORTING_VERBS: ReadonlySet<string> = new Set([
  'emerged', 'emerges', 'seemed', 'seems', 'appeared', 'appears', 'happened', 'happens', 'meant', 'means', 'ensured',
  'ensures', 'transpired', 'remained', 'remains', 'turned', 'proved', 'proves',
]);

/** "called both X and Y …": the pair word opens a coordinated object. */
export const PAIR_WORDS: ReadonlySet<string> = new Set(['both', 'either', 'neither']);

/** "began by saying …", "left after telling …": a preposition may lead into a participial cue instead of a comma. */
export const PARTICIPLE_LINKS: ReadonlySet<string> = new Set(['by', 'after', 'while', 'before', 'when']);
/** Prepositions of manner and time that open a participle's adjunct ("by refusing …"); "while", "when" open a clause. */
export const ADJUNCT_PARTICIPLE_LINKS: ReadonlySet<string> = new Set(['by', 'after', 'before']);

/** "The paper quoted an aide as saying …", "cited officials as saying …": a verb whose object speaks the -ing cue after "as". */
export const QUOTED_AS_VERB_FORMS: ReadonlySet<string> = new Set(['quoted', 'quotes', 'quoting', 'quote', 'cited', 'cites', 'citing', 'cite']);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);

export const PLURAL_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'i', 'you']);

export const POSSESSIVE_S: ReadonlySet<string> = new Set(["'s", '’s']);

/** Adverbs that are adjectives after a determiner or a possessive ("the only doctor", "Peru's only port"). */
export const DETERMINED_ADVERBS: ReadonlySet<string> = new Set(['only']);

export const OWNER_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/**
 * Tensed forms of "have" and "be" that open a verb phrase of their own ("…, and has since voted …"); a modal ("…, and
 * would cost jobs") more often goes on with the reported clause, so it is not here.
 */
export const TENSED_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were']);

/** Words before a day that date a verb with it ("on Monday", "early Thursday", "late on Friday"). */
export const DAY_LEADS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'earlier', 'late', 'early', 'in']);

/** Words of time that may stand between a message and the cue after it ("a statement early on Friday saying"). */
export const MESSAGE_TIME_LEADS: ReadonlySet<string> = new Set(['on', 'early', 'late', 'last', 'this', 'earlier']);

/** "less than", "more than", "about", "nearly", "just" before the count of an "ago" span ("less than two weeks ago"). */
export const AGO_HEDGES: ReadonlySet<string> = new Set(['less', 'more', 'than', 'about', 'nearly', 'almost', 'just', 'only', 'some']);

/** Words that open a clause of time right after a cue ("said as he entered the talks", "said when asked"). */
export const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'when', 'while', 'after', 'before', 'once']);

/** Words of time a tagger may not read as adverbs between an auxiliary and its verb ("has since voted"). */
export const AUXILIARY_TIME_WORDS: ReadonlySet<string> = new Set(['since', 'already', 'now', 'long', 'also', 'repeatedly']);

export const PREDICATE_LINKS: ReadonlySet<string> = new Set(['but', 'and', 'yet']);

/** Be-forms that make an -ing cue the verb of its clause ("are warning", "has been saying", "she's insisting"). */
export const PROGRESSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', "'re", '’re', "'m", '’m', "'s", '’s']);

/** Every mark the scan looks at; other characters are stepped over without a look-up. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '„', '«', '»', '‹', '›', "'", '‘', '’', '‚']);

export const STANDFIRST_JOINS: ReadonlySet<string> = new Set(['-', '–', '—', '|', ':']);

/** Words that open a subordinate clause before the main one: its complement ends at the comma before the main subject. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'although', 'though', 'whereas', 'because', 'since', 'if', 'when', 'after', 'before']);

/**
 * Words that open a clause set before the main one, whose cue's complement ends at the comma before the main subject:
 * the subordinators, and those that open a clause of time or manner ("As X demanded a wall, …", "Once X signs it, …").
 */
export const LEADING_CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set([...SUBORDINATORS, 'as', 'once', 'until', 'unless']);

/** Words of a subject that may stand between a leading subordinator and the subject's head ("While only 7 percent said …"). */
export const SUBJECT_PREMODIFIER_TAGS: ReadonlySet<string> = new Set(['DET', 'ADV', 'NUM', 'ADJ']);

/** Small words inside a phrase of time ("on Wednesday", "late this week", "early in the day"). */
export const TIME_LINKS: ReadonlySet<string> = new Set(['on', 'this', 'last', 'late', 'early', 'in', 'the']);

/** Words that join a second verb to the first one's subject ("… and said", "…, but told"). */
export const VERB_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);

// clean

export const CHROME_FILLER_WORDS: ReadonlySet<string> = new Set(['on', 'at', 'in', 'and', 'our', 'us', 'the', 'channel', 'page', 'follow', 'with', '&']);

export const CREDIT_LINKS: ReadonlySet<string> = new Set(['via', 'by', 'for', 'and', 'of', 'the', 'courtesy', 'de', 'van', 'von']);

export const FOLLOW_WORDS: ReadonlySet<string> = new Set(['follow', 'find', 'connect', 'join', 'like', 'stay', 'subscribe']);

/** Second-level labels under a country's domain ("co.uk", "com.ua"): the site's own label stands before them. */
export const GENERIC_LABELS: ReadonlySet<string> = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'news']);

// enrich

export const ABOUT_THE_TOPIC: ReadonlySet<string> = new Set(['terms', 'reference', 'no topic']);

export const ANAPHOR_DETERMINERS: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'such']);

/** "as soon as", "as well as", "as part of": "as" that opens no description of the thing before it. */
export const AS_FIXED_NEXT: ReadonlySet<string> = new Set(['soon', 'well', 'part', 'long', 'far', 'much', 'many', 'of', 'if', 'though', 'to', 'for']);

export const SPEAKER_POSSESSIVES: ReadonlySet<string> = new Set(['our', 'my']);

export const CLOSE_DETERMINERS: ReadonlySet<string> = new Set(['the', "'s", 'its', 'their']);

export const CONTRASTED_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this', 'they']);

export const CONTRASTS: ReadonlySet<string> = new Set(['but', 'yet', 'though', 'although', 'however']);

export const INVERSION_STARTS: ReadonlySet<string> = new Set(['there', 'it']);

/** Subjects that stand for no one and open a clause all the same ("there is a sense that …", "it is unlikely …"). */
export const EXPLETIVE_SUBJECTS: ReadonlySet<string> = new Set(['there', 'it']);

/**
 * Instruments that lay down rules rather than speak ("with UN resolutions declaring the wall illegal", "with the law
 * requiring a vote"): a subject headed by one is no speaker.
 */
export const RULE_INSTRUMENTS: ReadonlySet<string> = new Set([
  'resolution', 'resolutions', 'law', 'laws', 'rule', 'rules', 'treaty', 'treaties', 'ruling', 'rulings', 'act', 'acts',
  'bill', 'bills', 'decree', 'decrees', 'regulation', 'regulations', 'directive', 'directives', 'constitution', 'charter',
  'convention', 'conventions', 'statute', 'statutes', 'guidelines', 'provision', 'provisions', 'clause', 'clauses',
]);

/**
 * Words that open a clause whose verb asserts nothing: a yes-no question ("asked whether he backed the plan") or a
 * condition ("if she rejects the deal").
 */
export const UNASSERTED_OPENERS: ReadonlySet<string> = new Set(['whether', 'if']);

/** Words that open an indirect question: what a negated cue leaves unsaid ("did not say how many", "would not say whether"). */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['how', 'whether', 'what', 'which', 'who', 'whom', 'why', 'when', 'where', 'if']);

export const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no']);

export const NOT_INITIALS: ReadonlySet<string> = new Set(['The', 'of', 'de', 'du', 'des', 'la', 'le', 'and', '&', 'for']);

export const PRONOUN_REFERENCES: ReadonlySet<string> = new Set(['it', 'this']);

/**
 * Conditions that turn a refusal into a condition: "will not send troops unless / before / until a ceasefire", and
 * "not … without" (an exception). A deployment "without a mandate" that is "unacceptable" stays a refusal.
 */
export const REFUSAL_CONDITIONS: ReadonlySet<string> = new Set(['unless', 'before', 'until', 'till']);

/** In reported speech the speaker is a pronoun opening the reported clause: "the ministry said it regrets …". */
export const REPORTED_SPEAKERS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they']);

/** Sentence ends, and the bullets of a digest line ("* minister says * …"), each item a statement of its own. */
export const SEGMENT_BREAKS: ReadonlySet<string> = new Set(['.', '!', '?', ';', '…', '*', '•', '·', '▪']);

export const SPEAKER_AGENTS: ReadonlySet<string> = new Set(['us', 'me']);

/** A term's own determiner does not count toward a reach: "will not take part in any mission" is as close as "in missions". */
export const TERM_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'any', 'such', 'our', 'their', 'its', 'his', 'her', 'more', 'further']);

export const AMOUNTS_TOO_LARGE: ReadonlySet<string> = new Set(['much', 'many']);

/** "too little", "too much": amounts only after "too". */
export const AMOUNTS_TOO_SMALL: ReadonlySet<string> = new Set(['little', 'few']);

/** Words that open a relative clause inside a noun phrase ("the fate that befell them", "the man whose plan …"). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);

/** Only "which": a ", who said …" clause about a person often holds the claim itself. */
export const THING_RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which']);

/** Function words that keep their form inside a phrase ("rule out" inflects "rule", never "out"). */
export const UNINFLECTED_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'to', 'of', 'for', 'in', 'on', 'upon', 'at', 'by', 'with', 'out', 'off', 'down', 'up', 'aside',
  'away', 'against', 'about', 'into', 'from', 'as', 'so', 'that', 'this', 'not', 'no', 'nor', 'never', 'will',
  'would', 'could', 'may', 'might', 'can', 'cannot', 'is', 'are', 'was', 'were', 'be', 'its', 'their', 'if', 'once',
  'only', 'under', 'yet', 'well', 'ill', 'too', 'long', 'certain', 'right', 'good', 'bad', '-', '*',
]);

export const STANCE_QUOTE_TOKENS: ReadonlySet<string> = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'", '`', '‚', '‹', '›', "''", '``']);

// gazetteer

/** Links after which a capitalised institution is the employer: "spokeswoman for the X Ministry" → "X Ministry spokeswoman". */
export const EMPLOYER_LINKS: ReadonlySet<string> = new Set(['for', 'at', 'with']);

/** "specialist on the Security Council": the body one serves on links an office as "at" does. */
export const ROLE_LINKS: ReadonlySet<string> = new Set(['for', 'at', 'with', 'of', 'to', 'on']);

/** Words that open a time phrase after an office ("mayor of Leeds since 2019"): the office ends before them. */
export const TIME_OPENERS: ReadonlySet<string> = new Set(['since', 'until', 'till', 'during', 'between', 'from']);

// speakers

/**
 * Words that tie a person's name to where they work or come from ("Jane Roe of the Brookings Institution", "wrote
 * Jane Roe for the Harbour Post").
 */
export const AFFILIATION_LINKS: ReadonlySet<string> = new Set(['of', 'from', 'at', 'for']);

export const APPOSITION_ENDS: ReadonlySet<string> = new Set([',', ';', '.', ')', '—', '–', ':', '“', '"']);

/**
 * Words an apposition opens with ("the club’s goalkeeper", "his spokesman"); offices, trades and a country's
 * possessive ("Britain’s foreign secretary") open one too.
 */
export const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

/** Links between a person who speaks and the one they speak for ("an aide to", "a spokesman for", "critics of"). */
export const DESCRIBER_LINKS: ReadonlySet<string> = new Set(['to', 'for', 'of']);

/** Words that vary between two writings of one institution ("Ministry of Foreign Affairs" ≡ "Foreign Ministry"). */
export const INSTITUTION_KEY_FILLERS: ReadonlySet<string> = new Set(['the', 'of', 'for', 'affairs', "'s", '’s', "'", '’', 'and', '&']);

export const JURISDICTION_LINKS: ReadonlySet<string> = new Set(['of', 'for']);

/** A place after these words is where something goes or whom it faces, not whose voice speaks. */
export const PLACE_TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'into', 'against', 'towards', 'toward', 'at', 'on', 'with', 'from', 'over']);

/** Institution heads that take "they": "the authorities said", "government forces said". */
export const PLURAL_INSTITUTIONS: ReadonlySet<string> = new Set(['authorities', 'forces']);

export const SEPARATORS: ReadonlySet<string> = new Set([',', ';', '(', ')', '—', '–']);

/** Prepositions that tie an anonymous source to where it works ("analysts at a bank", "officials in the ministry"). */
export const SOURCE_PLACES: ReadonlySet<string> = new Set(['at', 'in', 'from', 'with', 'inside', 'within']);

export const TRANSLITERATED_PAIRS: ReadonlySet<string> = new Set(['iy', 'ij', 'ii', 'yi']);

// text

export const AMBIGUOUS_QUOTES: ReadonlySet<string> = new Set(['"', "'", "''"]);

/** Past and third-person forms of the commonest verbs of saying, in lower case: no imperative comes right before one. */
export const FINITE_SAYING_FORMS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'noted', 'notes', 'argued', 'argues',
  'explained', 'explains', 'warned', 'warns', 'replied', 'replies', 'stated', 'states', 'insisted', 'insists', 'claimed',
  'claims', 'acknowledged', 'acknowledges', 'responded', 'responds', 'recalled', 'recalls', 'announced', 'announces',
]);

/** Imperatives a page's players and widgets print glued to the next line ("Watch", "Listen"): never a name before a cue. */
export const WIDGET_IMPERATIVES: ReadonlySet<string> = new Set([
  'watch', 'listen', 'read', 'click', 'tap', 'share', 'subscribe', 'follow', 'see', 'look', 'play', 'view', 'download',
  'sign', 'register', 'comment', 'explore', 'discover', 'learn', 'like', 'join', 'continue', 'scroll', 'swipe',
]);

export const CONTINUE_FORMS: ReadonlySet<string> = new Set(['continue', 'continues', 'continued', 'continuing']);

/** Objects that deny a cue ("said nothing", "said little about it"). */
export const NOTHING_SAID: ReadonlySet<string> = new Set(['nothing', 'little', 'none']);

/** Finite forms of "continue" and of "go" (before "on"): set off by a colon or comma before a quotation, they introduce what the subject went on to say. */
export const CONTINUED_FORMS: ReadonlySet<string> = new Set(['continued', 'continues']);
export const WENT_FORMS: ReadonlySet<string> = new Set(['went', 'goes']);

export const COORDINATORS: ReadonlySet<string> = new Set(['and', '&']);

/** "They both said", "the ministers all agreed": a quantifier after the subject. */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'all', 'each']);

/** "The senator himself said", "they themselves argued": a reflexive right after the subject only stresses it. */
export const EMPHATIC_REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself', 'yourselves']);

export const GO_FORMS: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'gone', 'going']);

/** Lower-case words allowed inside a name or title ("chief of staff", "spokeswoman for the Ministry"). */
export const NOUN_PHRASE_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'from']);

/** Links inside an institution's own name, between its capitalised head and a capitalised word ("Council on Foreign Relations"). */
export const INSTITUTION_NAME_LINKS: ReadonlySet<string> = new Set(['on']);

/** "this month rejected", "last week said": a period after a deictic word is a time phrase, not a subject. */
export const PERIODS: ReadonlySet<string> = new Set([
  'day', 'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'fall',
  'autumn', 'winter', 'decade', 'century',
]);

export const PERIOD_DEICTICS: ReadonlySet<string> = new Set(['this', 'last', 'next', 'that', 'late', 'early']);

export const POSTMODIFIER_LINKS: ReadonlySet<string> = new Set(['with', 'to', 'on', 'about', 'in']);

export const TERMINATORS: ReadonlySet<string> = new Set(['.', '!', '?']);

export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'over', 'during', 'for', 'within', 'throughout']);

/** "six in 10": the word between the two numbers of a proportion of people polled. */
export const PROPORTION_LINK = 'in';

/** Words that hedge a proportion before it ("about 4 in 10", "more than 6 in 10", "only 3 in 10"). */
export const PROPORTION_HEDGES: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'only', 'just', 'some', 'more', 'fewer', 'less']);

/** Relative pronouns that may be the subject of reported words after "X said" ("which he said were …", "who she says is …"). */
// Not "what": "what she believes remains a mystery" makes it the cue's object as often as the clause's subject.
export const RELATIVE_PREDICATE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'that']);

/** Pronouns that stand for the object of the verb after them ("which he called …", "what they described as …"). */
export const OBJECT_RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'whom', 'who', 'that', 'what']);

/** Irregular past forms that are only past ("went", "left"): after "which they say" each is a finite predicate. */
export const PAST_ONLY_FORMS: ReadonlySet<string> = new Set([
  'went', 'left', 'led', 'made', 'took', 'gave', 'came', 'became', 'began', 'brought', 'fell', 'grew', 'held', 'kept',
  'knew', 'lost', 'meant', 'paid', 'ran', 'saw', 'sent', 'spent', 'stood', 'thought', 'told', 'won', 'wrote', 'got',
  'drove', 'rose', 'broke', 'chose', 'caught', 'sought', 'taught', 'built', 'felt', 'found',
]);

/** Pronouns of a group that may head an unnamed source ("those close to him", "some familiar with the talks"). */
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['those', 'some', 'many', 'most', 'others', 'several', 'few', 'all']);

/** The relative word of an owner ("X, whose bid failed, said"): it opens a relative clause as "who" does. */
export const POSSESSIVE_RELATIVES: ReadonlySet<string> = new Set(['whose']);

/** Words that answer a question on their own ("said yes", "replied no"). */
export const ANSWER_WORDS: ReadonlySet<string> = new Set(['yes', 'no']);

/** Object pronouns that a judgement may follow ("calling them rapists"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it', 'us', 'me']);

/** Owners that open a judgement after an object ("called her son her hero", "called the deal his worst mistake"). */
export const JUDGEMENT_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Words that open a wh-clause as an object ("described how the plan failed", "explained why"). */
export const WH_OPENERS: ReadonlySet<string> = new Set(['how', 'what', 'why', 'where', 'when', 'whether']);

/**
 * Words that open a clause and are never part of a name, though the tagger may read one capitalised before a name
 * as a name word ("When/PROPN Lopez asked …").
 */
export const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set([...SUBORDINATORS, ...CLAUSE_SUBORDINATORS, ...WH_OPENERS, 'once']);

/** Nouns of how something was told, after a preposition ("described it in great detail", "at length", "in an interview"). */
export const MANNER_NOUNS: ReadonlySet<string> = new Set(['detail', 'details', 'length', 'depth', 'interview', 'statement', 'speech', 'writing', 'person', 'passing', 'brief']);

/** Words that open a clause inside a judgement's object ("called the idea that … a smear", "the man who …"). */
export const OBJECT_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'who', 'which', 'whose']);

/** Words of relative time that may stand before a date or a period ("earlier Sunday", "later this month"). */
export const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set(['earlier', 'later', 'late', 'early']);

/** Words before a period that place it in the past ("in recent days", "over the past week"). */
export const PAST_PERIOD_MARKERS: ReadonlySet<string> = new Set(['recent', 'past', 'last']);

/** Words of a share of a group that may speak for it ("a third say", "half said", "the majority believe"). */
export const FRACTION_WORDS: ReadonlySet<string> = new Set(['third', 'half', 'quarter', 'fifth', 'majority', 'minority', 'plurality']);

/** Quantifiers that speak for an unnamed group when they stand alone as a subject ("Most said …", "Some say …"). */
export const GROUP_QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'others', 'several', 'few']);
