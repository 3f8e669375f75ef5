import type { Span } from '../core/schema.js';
import { OUTLET_CREDIT_CUES } from '../lang/en/cues.js';
import { OFFICE_ALIASES } from '../lang/en/speakers.js';
import { GENERIC_OFFICIAL } from '../lang/en/words.js';
import { addMention, newDraft, type EntityDraft } from './entity-draft.js';
import { acronymOf, bareInstitutionKey, initialsOf } from './institution-key.js';
import type { Mention } from './mention.js';
import { nameKey, sameSurname } from './name-key.js';
import { COMPANY } from './phrase.js';
import { antecedentOf, RecentPlacements } from './pronouns.js';
import type { SpanCover } from './span-cover.js';


export interface ClusterInput {
  /** Every mention in text order, attribution speakers included. */
  mentions: readonly Mention[];
  /** The cue lemma of each speaker mention's attribution. */
  cueOf(mention: Mention): string | null;
  /**
   * Spans a speaker mention's pronoun takes no antecedent from: its own quote and every quotation in marks (whom
   * a quotation names is seldom who is said to speak next).
   */
  quotedOf(mention: Mention): SpanCover;
  /** Sentences that stand alone as a heading in the body ("X, Y to meet in Warsaw"): no pronoun's antecedent is there. */
  headings: ReadonlySet<number>;
  /** The place a mention states, as written and lower-cased ("iowa" of "Sen. Ann Lee of Iowa", "the Iowa senator"). */
  placeOf(mention: Mention): string | null;
}

/** Shorter surnames must match exactly: one edit turns too many short names into others. */
const MIN_FUZZY_SURNAME = 5;

/** People indexed by the keys of their name words, so a surname, a first name or a variant finds them. */
class PersonIndex {
  private readonly byFull = new Map<string, EntityDraft>();
  private readonly bySurname = new Map<string, EntityDraft[]>();
  /** Distinct surname keys by first letter: the only ones a misspelt surname is compared with. */
  private readonly byInitial = new Map<string, Set<string>>();
  private readonly byFirst = new Map<string, EntityDraft>();
  /** Keys are asked for the same few words again and again; each is computed once per article. */
  private readonly keys = new Map<string, string>();

  key(word: string): string {
    let key = this.keys.get(word);
    if (key === undefined) {
      key = nameKey(word);
      this.keys.set(word, key);
    }
    return key;
  }

  private fullKey(words: readonly string[]): string {
    let full = '';
    for (const word of words) {
      const key = this.key(word);
      if (key === '') continue;
      full = full === '' ? key : `${full} ${key}`;
    }
    return full;
  }

  /** The person these name words belong to; `fuzzy` also tries surnames one edit away (for speakers, where it pays). */
  find(words: readonly string[], fuzzy = true): EntityDraft | null {
    const full = this.byFull.get(this.fullKey(words));
    if (full) return full;
    const surname = this.key(words[words.length - 1] ?? '');
    if (surname === '') return null;
    const first = words.length > 1 ? this.key(words[0]!) : null;
    for (const candidate of fuzzy ? this.surnameCandidates(surname) : (this.bySurname.get(surname) ?? [])) {
      const candidateFirst = this.firstNameOf(candidate);
      if (first === null || candidateFirst === null || sameSurname(first, candidateFirst) || first[0] === candidateFirst[0]) return candidate;
    }
    return words.length === 1 ? (this.byFirst.get(surname) ?? null) : null;
  }

  /** The one person named in full with this surname, or null when none or several are. */
  withSurname(word: string): EntityDraft | null {
    const found = this.bySurname.get(this.key(word));
    return found !== undefined && found.length === 1 && this.firstNameOf(found[0]!) !== null ? found[0]! : null;
  }

  add(words: readonly string[], entity: EntityDraft): void {
    this.byFull.set(this.fullKey(words), entity);
    const surname = this.key(words[words.length - 1] ?? '');
    if (surname === '') return;
    const list = this.bySurname.get(surname) ?? [];
    if (!list.includes(entity)) list.push(entity);
    this.bySurname.set(surname, list);
    const bucket = this.byInitial.get(surname[0]!) ?? new Set<string>();
    bucket.add(surname);
    this.byInitial.set(surname[0]!, bucket);
    if (words.length > 1 && !this.byFirst.has(this.key(words[0]!))) this.byFirst.set(this.key(words[0]!), entity);
  }

  private surnameCandidates(surname: string): EntityDraft[] {
    const exact = this.bySurname.get(surname);
    if (exact) return exact;
    if (surname.length < MIN_FUZZY_SURNAME) return [];
    for (const key of this.byInitial.get(surname[0]!) ?? []) {
      if (sameSurname(key, surname)) return this.bySurname.get(key) ?? [];
    }
    return [];
  }

  private firstNameOf(entity: EntityDraft): string | null {
    for (const mention of entity.mentions) if (mention.nameWords.length > 1) return this.key(mention.nameWords[0]!);
    return null;
  }
}

/**
 * The resolution steps ("sieves", as in multi-pass coreference) that tie a mention to its entity; each claim's
 * `rules` names the one that placed its speaker phrase.
 */
export const SIEVES = {
  fullName: 'speakers/full-name',
  partOfName: 'speakers/part-of-name',
  loneName: 'speakers/lone-name',
  titleHolder: 'speakers/title-holder',
  title: 'speakers/title',
  institution: 'speakers/institution',
  institutionHead: 'speakers/institution-head',
  acronym: 'speakers/acronym',
  outlet: 'speakers/outlet',
  outletBefore: 'speakers/outlet-named-before',
  description: 'speakers/description',
  unresolvedDescription: 'speakers/description:unresolved',
  country: 'speakers/country',
  surnameNotPlace: 'speakers/surname-not-place',
  anonymous: 'speakers/anonymous',
  pronoun: 'speakers/pronoun-antecedent',
  definiteAnonymous: 'speakers/definite-anonymous',
} as const;

export interface Clustering {
  clusters: Array<{ entity: EntityDraft; mentions: Mention[] }>;
  /**
   * The sieve that placed each speaker mention that found an entity, by its place in `mentions`: only those are asked,
   * and most mentions are not.
   */
  sieveAt: ReadonlyArray<string | undefined>;
}

/**
 * Groups the mentions into entities: full names first (so a surname met before its full name still finds it),
 * then lone names, titles, institutions, outlets, countries and anonymous sources by key, then pronouns in text
 * order. Every lookup goes through a map keyed by the mention's normalised form.
 */
export function clusterMentions(input: ClusterInput): Clustering {
  const { mentions } = input;
  const entities: EntityDraft[] = [];
  const known = new Set<EntityDraft>();
  // The entity of each mention by its place in `mentions`: a map keyed by ~200k mentions of a long article cost
  // several times this array, and its tables outgrown on the way were promoted to the old heap too.
  const entityAt: Array<EntityDraft | undefined> = new Array(mentions.length);
  const sieveAt: Array<string | undefined> = new Array(mentions.length);
  const place = (at: number, entity: EntityDraft, sieve: string): void => {
    const mention = mentions[at]!;
    if (mention.speaker) sieveAt[at] = sieve;
    if (!known.has(entity)) {
      known.add(entity);
      entities.push(entity);
    }
    if (entity.mentions[0] !== mention) addMention(entity, mention);
    entityAt[at] = entity;
  };
  const create = (at: number, type: EntityDraft['type'], sieve: string): EntityDraft => {
    const entity = newDraft(type, mentions[at]!);
    place(at, entity, sieve);
    return entity;
  };
  const byKey = new Map<string, EntityDraft>();
  const placeByKey = (key: string, at: number, type: EntityDraft['type'], sieve: string): void => {
    const found = byKey.get(key);
    if (found) place(at, found, sieve);
    else byKey.set(key, create(at, type, sieve));
  };

  const people = new PersonIndex();
  for (let at = 0; at < mentions.length; at++) {
    const mention = mentions[at]!;
    if (mention.kind !== 'person' || mention.nameWords.length < 2) continue;
    const found = people.find(mention.nameWords);
    if (found) place(at, found, SIEVES.fullName);
    else create(at, 'person', SIEVES.fullName);
    people.add(mention.nameWords, entityAt[at]!);
  }

  const spokenNames = new Set<string>();
  for (const mention of mentions) if (mention.speaker && mention.kind === 'name') spokenNames.add(people.key(mention.name));
  const lone = new Map<string, EntityDraft>();
  for (let at = 0; at < mentions.length; at++) {
    const mention = mentions[at]!;
    if (!((mention.kind === 'person' && mention.nameWords.length === 1) || mention.kind === 'name')) continue;
    const key = people.key(mention.name);
    const found = people.find(mention.nameWords, mention.speaker || mention.kind === 'person') ?? lone.get(key);
    if (found) {
      place(at, found, SIEVES.partOfName);
      continue;
    }
    // A lone capitalised word that never speaks is no entity of its own: it may be a place, a brand, a heading.
    if (mention.kind === 'name' && !spokenNames.has(key)) continue;
    const type = mention.kind === 'person' || !OUTLET_CREDIT_CUES.has(input.cueOf(mention) ?? '') ? 'person' : 'organization';
    lone.set(key, create(at, type, SIEVES.loneName));
  }

  // Entities by what they were described as: people so far; companies are added as they are placed, in text order.
  const described = new Map<string, EntityDraft[]>();
  const addDescribedAs = (descriptor: string, entity: EntityDraft): void => {
    const list = described.get(descriptor) ?? [];
    if (!list.includes(entity)) list.push(entity);
    described.set(descriptor, list);
  };
  const addDescribed = (at: number): void => {
    const mention = mentions[at]!;
    const entity = entityAt[at];
    if (mention.descriptor === null || entity === undefined) return;
    addDescribedAs(mention.descriptor, entity);
    // "an Ohio Republican" is also what a bare "the Republican" means.
    const head = mention.descriptor.lastIndexOf(' ');
    if (head !== -1) addDescribedAs(mention.descriptor.slice(head + 1), entity);
  };
  for (let at = 0; at < mentions.length; at++) addDescribed(at);

  const holders = new RoleIndex(entities, input.placeOf);
  let lastOutlet: EntityDraft | null = null;
  const lastInstitution = new Map<string, EntityDraft>();
  // Institutions by the acronym they were written as, and by the initials of the name they were spelt out with.
  const byAcronym = new Map<string, EntityDraft>();
  const byInitials = new Map<string, EntityDraft>();
  for (let at = 0; at < mentions.length; at++) {
    const mention = mentions[at]!;
    switch (mention.kind) {
      case 'title': {
        const holder = mention.definite ? holders.holderOf(mention) : null;
        if (holder) place(at, holder, SIEVES.titleHolder);
        else placeByKey(`title|${mention.name.toLowerCase()}|${mention.country ?? ''}`, at, 'person', SIEVES.title);
        break;
      }
      case 'institution': {
        const bare = bareInstitutionKey(mention.key);
        const acronym = acronymOf(mention.name);
        const initials = acronym === null ? initialsOf(mention.name) : '';
        const headed = namedByHead(entities, mention);
        const found = headed ?? byKey.get(`institution|${mention.key}`) ?? (mention.country === null ? lastInstitution.get(bare) : undefined);
        const expanded = found ?? (acronym !== null ? byInitials.get(acronym) : byAcronym.get(initials));
        if (headed) place(at, headed, SIEVES.institutionHead);
        else if (found) place(at, found, SIEVES.institution);
        else if (expanded) place(at, expanded, SIEVES.acronym);
        else placeByKey(`institution|${mention.key}`, at, 'organization', SIEVES.institution);
        const entity = entityAt[at]!;
        lastInstitution.set(bare, entity);
        if (acronym !== null && !byAcronym.has(acronym)) byAcronym.set(acronym, entity);
        if (initials !== '' && !byInitials.has(initials)) byInitials.set(initials, entity);
        addDescribed(at);
        break;
      }
      case 'outlet': {
        if (mention.key !== '') {
          placeByKey(`outlet|${mention.key.replace(/^the /, '')}`, at, 'organization', SIEVES.outlet);
          lastOutlet = entityAt[at]!;
        } else if (lastOutlet !== null && mention.definite) {
          place(at, lastOutlet, SIEVES.outletBefore);
        } else {
          placeByKey(`outlet-descriptor|${mention.name}`, at, 'organization', SIEVES.outlet);
        }
        break;
      }
      case 'description': {
        const found = latestBefore(described.get(mention.descriptor ?? '') ?? [], mention.span.start);
        if (found !== null) place(at, found, SIEVES.description);
        else if (mention.descriptor === COMPANY) placeByKey(`institution|${mention.key}`, at, 'organization', SIEVES.description);
        // "the Ohio Republican", "the lawyer" with nobody so described before: unnamed, the phrase is the source.
        else placeByKey(`anonymous|${mention.name.toLowerCase()}`, at, 'anonymous', SIEVES.unresolvedDescription);
        break;
      }
      case 'country': {
        // "Lima had warned …" after "Joana Lima": a one-word place that is the surname of someone named is that person.
        const person = mention.name.includes(' ') ? null : people.withSurname(mention.name);
        if (person) {
          Object.assign(mention, { kind: 'name', nameWords: [mention.name], country: null, countrySpan: null, key: '' });
          place(at, person, SIEVES.surnameNotPlace);
        } else placeByKey(`country|${mention.key}`, at, 'country', SIEVES.country);
        break;
      }
      case 'anonymous': {
        const named = mention.definite && !mention.plural ? namedBefore(entities, mention) : null;
        if (named !== null) place(at, named, SIEVES.definiteAnonymous);
        else placeByKey(`anonymous|${mention.key.replace(/^(?:an?|the) /, '')}`, at, 'anonymous', SIEVES.anonymous);
        break;
      }
      default:
        break;
    }
  }

  // Pronouns are placed in text order, each after the mentions before it, so only the last sentences' are kept.
  const recent = new RecentPlacements();
  for (let at = 0; at < mentions.length; at++) {
    const mention = mentions[at]!;
    if (mention.kind === 'pronoun') {
      const antecedent = antecedentOf(mention, recent, input.quotedOf(mention));
      if (antecedent === null) continue;
      place(at, antecedent, SIEVES.pronoun);
      if (mention.pronoun === 'she') antecedent.gender ??= 'f';
      if (mention.pronoun === 'he') antecedent.gender ??= 'm';
      recent.add({ mention, entity: antecedent });
      continue;
    }
    const entity = entityAt[at];
    if (entity === undefined || input.headings.has(mention.sentence)) continue;
    recent.add({ mention, entity });
  }

  return { clusters: entities.map((entity) => ({ entity, mentions: entity.mentions })), sieveAt };
}

/**
 * A role as the index keys it: lower case, one apostrophe ("President’s Office" and "President's Office" are one), one
 * title for an office known by two ("premier" and "prime minister").
 */
function roleKey(role: string): string {
  const key = role.toLowerCase().replace(/’/g, "'");
  return OFFICE_ALIASES.get(key) ?? key;
}

/** People by the office they hold, so "the British Prime Minister" finds the one named with that title. */
class RoleIndex {
  private readonly byRole = new Map<string, EntityDraft[]>();
  /** The places each holder is stated with ("iowa" of "Sen. Ann Lee of Iowa"), read once. */
  private readonly places = new Map<EntityDraft, Set<string>>();

  constructor(
    entities: readonly EntityDraft[],
    private readonly placeOf: (mention: Mention) => string | null,
  ) {
    for (const entity of entities) {
      if (entity.type !== 'person') continue;
      for (const mention of entity.mentions) {
        const place = placeOf(mention);
        if (place !== null) this.places.set(entity, (this.places.get(entity) ?? new Set()).add(place));
        if (mention.role === null) continue;
        const role = roleKey(mention.role);
        const head = roleKey(role.slice(role.lastIndexOf(' ') + 1));
        this.add(role, entity);
        if (head !== role) this.add(head, entity);
      }
    }
  }

  private add(key: string, entity: EntityDraft): void {
    const list = this.byRole.get(key);
    if (list === undefined) this.byRole.set(key, [entity]);
    else if (!list.includes(entity)) list.push(entity);
  }

  /**
   * The holder of a bare title: same office (a one-word title matches an office's head), same country if both say; the
   * latest named before it. A place the title names ("the Iowa senator") picks, among them, one stated with that place
   * ("Sen. Ann Lee of Iowa"), where there is one, and never one stated only with other places ("Ohio Gov. Ann Lee" is
   * not "the New Jersey governor").
   */
  holderOf(title: Mention): EntityDraft | null {
    if (title.role === null) return null;
    const wanted = roleKey(title.role);
    const place = this.placeOf(title);
    let best: EntityDraft | null = null;
    let bestAt = -1;
    let bestPlaced = false;
    for (const entity of this.byRole.get(wanted) ?? []) {
      const country = statedCountry(entity);
      if (title.country !== null && country !== null && country !== title.country) continue;
      const places = this.places.get(entity);
      const placed = place !== null && places?.has(place) === true;
      if (place !== null && places !== undefined && !placed) continue;
      const at = lastStartBefore(entity, title.span.start);
      if (best === null || (placed && !bestPlaced) || (placed === bestPlaced && at > bestAt)) {
        best = entity;
        bestAt = at;
        bestPlaced = placed;
      }
    }
    return best;
  }
}

/**
 * "the official said", "the spokesman added": a definite singular that points back to the person named last before
 * it whose stated office it names: its head word in the role ("Kremlin spokesman"), or "official" for anyone holding
 * a state's office (a role and a country). Null when nobody was named so, and the phrase stays anonymous.
 */
function namedBefore(entities: readonly EntityDraft[], mention: Mention): EntityDraft | null {
  const head = mention.name.slice(mention.name.lastIndexOf(' ') + 1).toLowerCase();
  const holds = (entity: EntityDraft): boolean =>
    entity.type === 'person' &&
    entity.mentions.some((other) => {
      if (other.role === null || other.roleStrength < 2 || other.span.start >= mention.span.start) return false;
      return head === GENERIC_OFFICIAL ? other.country !== null : other.role.toLowerCase().split(' ').includes(head);
    });
  return latestBefore(entities.filter(holds), mention.span.start);
}

const LOWER_CASE_WORDS = /^[\p{Ll} -]+$/u;
const UPPER_CASE = /\p{Lu}/u;

/**
 * "the fund", "the ministry", "the ruling party": a definite institution named by a lower-case common noun only
 * points back to the body named before whose name has that head ("the International Monetary Fund", "China's
 * Foreign Ministry"), the latest one. Null when none was named so, and the phrase stays a body of its own.
 */
function namedByHead(entities: readonly EntityDraft[], mention: Mention): EntityDraft | null {
  if (!mention.definite || !LOWER_CASE_WORDS.test(mention.name)) return null;
  const words = mention.name.split(' ');
  const head = words[words.length - 1]!;
  // "the budget office" is the Congressional Budget Office; "the appeals court" is not the Supreme Court.
  const names = (other: Mention): boolean => {
    if (other.kind !== 'institution' || other.span.start >= mention.span.start || !UPPER_CASE.test(other.name.charAt(0))) return false;
    const nameWords = other.name.toLowerCase().split(' ');
    return nameHead(nameWords) === head && words.every((word) => nameWords.includes(word));
  };
  return latestBefore(
    entities.filter((entity) => entity.type === 'organization' && entity.mentions.some(names)),
    mention.span.start,
  );
}

/** The head noun of an institution's name: the word before its first "of", else its last word. */
function nameHead(words: readonly string[]): string {
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words[words.length - 1])!;
}

/** The country the entity's first mention with one states. */
function statedCountry(entity: EntityDraft): string | null {
  for (const mention of entity.mentions) if (mention.country !== null) return mention.country;
  return null;
}

/** Of the entities, the one mentioned last before `offset`; null when none was mentioned before it. */
function latestBefore(entities: readonly EntityDraft[], offset: number): EntityDraft | null {
  let best: EntityDraft | null = null;
  let bestAt = -1;
  for (const entity of entities) {
    const at = entity.mentions.some((mention) => mention.span.start < offset) ? lastStartBefore(entity, offset) : -1;
    if (at > bestAt) {
      best = entity;
      bestAt = at;
    }
  }
  return best;
}

/** Where the entity was last mentioned before `offset` (0 if never). */
function lastStartBefore(entity: EntityDraft, offset: number): number {
  let at = 0;
  for (const mention of entity.mentions) if (mention.span.start < offset && mention.span.start > at) at = mention.span.start;
  return at;
}
