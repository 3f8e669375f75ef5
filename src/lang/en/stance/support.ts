/**
 * Words and phrases by which a speaker favours something or readies to take part in it. One entry per base form:
 * inflections ("backs", "backed", "backing") are matched automatically; `*` stands for any one word.
 */
export const supportCues: readonly string[] = [
  'support', 'supportive', 'in support of', 'back', 'endorse', 'favour', 'favor', 'in favour of', 'in favor of',
  'welcome', 'approve', 'agree to', 'advocate', 'champion', 'urge', 'exhort', 'call for', 'push for', 'press for', 'propose',
  'raise the possibility', 'ready', 'readiness', 'stand ready', 'prepared', 'preparedness', 'willing', 'willingness',
  'commit to', 'committed', 'pledge', 'promise', 'would contribute', 'will contribute', 'play * role',
  'play a * role', 'role to play', 'play * part', 'play a * part', 'do * part', 'necessary', 'essential', 'vital', 'crucial',
  'indispensable', 'beneficial', 'need', 'want', 'plan to', 'intend to', 'open to',
  'thank', 'praise', 'applaud', 'tout', 'hail', 'good idea', 'right decision', 'the right thing', 'legitimate',
  'count on', 'insist on', 'go ahead with',
  // A proposal or a step of one's own toward the act: "will make a proposal for the levy", "take action on the tax".
  'make a proposal', 'make * proposal', 'make a * proposal', 'put forward a proposal', 'take action on', 'take steps to', 'take steps toward',
];

/** Cues that call on others to act ("urged lawmakers to …", "called for a vote to …"): what they call for is the position. */
export const callingCues: readonly string[] = ['urge', 'exhort', 'call for', 'push for', 'press for', 'appeal for', 'demand'];

/** Verbs of taking part; with a commitment modal ("will send", "would join") they state readiness. */
export const participationVerbs: readonly string[] = [
  'send', 'deploy', 'join', 'sign', 'ratify', 'provide', 'deliver', 'supply', 'contribute', 'impose', 'implement',
  'adopt', 'approve', 'fund', 'finance', 'take part in', 'participate in',
];

/**
 * Verbs by which the speaker carries the act out ("we have delivered the framework", "we are sending instructors"):
 * said of themselves in so many words, they take part in it. Irregular past forms are listed beside their verbs.
 */
export const selfParticipationVerbs: readonly string[] = [
  ...participationVerbs.filter((verb) => !verb.includes(' ')), 'sent', 'enforce', 'enact', 'perform', 'build', 'built',
  'launch', 'carry', 'undertake', 'undertook', 'field',
];

/** Modals that commit a speaker or call for the act ("must send"); "could", "may" and "might" only hedge. */
export const commitmentModals: readonly string[] = ['will', 'would', "'ll", 'shall', 'must', 'should'];

/** Participles the regular inflections miss ("must be sent"). */
const irregularParticiples: readonly string[] = ['sent'];

/** Modals that call for the act in the passive ("must be sent"); "will be signed" only foretells it. */
const callingModals: readonly string[] = ['must', 'should'];

const passiveVerbs: readonly string[] = [...participationVerbs.filter((verb) => !verb.includes(' ')), ...irregularParticiples];

/** "will send", "would join", and the calls "must be deployed", "should be sent", as support phrases. */
export const commitmentCues: readonly string[] = [
  ...commitmentModals.flatMap((modal) => participationVerbs.map((verb) => `${modal} ${verb}`)),
  ...callingModals.flatMap((modal) => passiveVerbs.map((verb) => `${modal} be ${verb}`)),
];

/** The calls against the act in the passive, "must not be sent", "should not be imposed": opposition phrases. */
export const negatedCallCues: readonly string[] = callingModals.flatMap((modal) => passiveVerbs.map((verb) => `${modal} not be ${verb}`));
