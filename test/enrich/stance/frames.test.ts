import { describe } from 'vitest';
import { checkStances as check } from './helpers.js';
import { aid, escort, levy, sanctions, tradeDeal, truce } from './topics.js';

describe('refusal and exclusion frames', () => {
  check([
    ['Sending warships is not on the agenda, the defence minister said.', 'Sending warships is not on the agenda', 'said', escort, 'oppose'],
    ['"We have no intention of joining an escort mission," the premier said.', 'We have no intention of joining an escort mission', 'said', escort, 'oppose'],
    ['The admiral said our frigates will stay home.', 'our frigates will stay home', 'said', escort, 'oppose'],
    ['"We see no role for our warships there," she told reporters.', 'We see no role for our warships there', 'told', escort, 'oppose'],
    ['A soda levy is off the table for this parliament, the finance minister said.', 'A soda levy is off the table for this parliament', 'said', levy, 'oppose'],
    ['The chancellor said there was no room for a sugar tax in the budget.', 'there was no room for a sugar tax in the budget', 'said', levy, 'oppose'],
    ['"Under no circumstances will we send weapons," the president said.', 'Under no circumstances will we send weapons', 'said', aid, 'oppose'],
    ['"There is no appetite for an escort mission in this parliament," the speaker said.', 'There is no appetite for an escort mission in this parliament', 'said', escort, 'oppose'],
    ['The minister said her government wanted no part of the sanctions.', 'her government wanted no part of the sanctions', 'said', sanctions, 'oppose'],
    ['"We are not interested in a sugar tax," the finance minister said.', 'We are not interested in a sugar tax', 'said', levy, 'oppose'],
    ['The premier said Oslo had no desire to join the escort mission.', 'Oslo had no desire to join the escort mission', 'said', escort, 'oppose'],
    ['"Our navy will not be part of any escort mission," the admiral said.', 'Our navy will not be part of any escort mission', 'said', escort, 'oppose'],
  ]);
});

describe('readiness and commitment frames', () => {
  check([
    ['"We stand ready to contribute frigates," the minister said.', 'We stand ready to contribute frigates', 'said', escort, 'support'],
    ['The envoy said an escort mission may be the best way to secure shipping.', 'an escort mission may be the best way to secure shipping', 'said', escort, 'support'],
    ['"A soda levy is the only way to cut obesity," the health minister said.', 'A soda levy is the only way to cut obesity', 'said', levy, 'support'],
    ['The mayor said the sugar tax was a step in the right direction.', 'the sugar tax was a step in the right direction', 'said', levy, 'support'],
    ['Rome is prepared to commit warships should it be needed, the minister said.', 'Rome is prepared to commit warships should it be needed', 'said', escort, 'support'],
    ['The navy chief said Oslo would send frigates if necessary.', 'Oslo would send frigates if necessary', 'said', escort, 'support'],
    ['"We are in a strong position to provide frigates," the admiral said.', 'We are in a strong position to provide frigates', 'said', escort, 'support'],
    ['The minister said two warships would be available for the escort mission by June.', 'two warships would be available for the escort mission by June', 'said', escort, 'support'],
    ['The minister said the navy would be able to send frigates within weeks.', 'the navy would be able to send frigates within weeks', 'said', escort, 'support'],
    ['The minister said the navy would not be able to send frigates this year.', 'the navy would not be able to send frigates this year', 'said', escort, 'oppose'],
    ['"Europe must send weapons now," the senator said.', 'Europe must send weapons now', 'said', aid, 'support'],
    ['The envoy said small navies had a role in the escort mission.', 'small navies had a role in the escort mission', 'said', escort, 'support'],
    ['"We are on board with the sanctions," the trade minister said.', 'We are on board with the sanctions', 'said', sanctions, 'support'],
    ['The premier said her cabinet was fully behind the military aid.', 'her cabinet was fully behind the military aid', 'said', aid, 'support'],
    ['"Count us in for the escort mission," the admiral said.', 'Count us in for the escort mission', 'said', escort, 'support'],
    ['The envoy said the sanctions were a way to ensure the neighbours stay at the table.', 'the sanctions were a way to ensure the neighbours stay at the table', 'said', sanctions, 'support'],
    ['"Military aid is a means to protect the island\'s shipping," the senator said.', "Military aid is a means to protect the island's shipping", 'said', aid, 'support'],
    ['The minister said the truce was a way to try to preserve the harvest.', 'the truce was a way to try to preserve the harvest', 'said', truce, 'support'],
    // a way to do something else is no judgement of the act
    ['The minister said the sanctions were a way to reach the central bank.', 'the sanctions were a way to reach the central bank', 'said', sanctions, 'neutral'],
    ['The minister said Lisbon would sign on to the sanctions next week.', 'Lisbon would sign on to the sanctions next week', 'said', sanctions, 'support'],
  ]);
});

describe('threats and warnings about the act', () => {
  check([
    ['Any such warships would be treated as a hostile force, the spokesman warned.', 'Any such warships would be treated as a hostile force', 'warned', escort, 'oppose'],
    ['"Foreign frigates will be regarded as combatants," the general said.', 'Foreign frigates will be regarded as combatants', 'said', escort, 'oppose'],
    ['The senator said an escort mission would drag the alliance into war.', 'an escort mission would drag the alliance into war', 'said', escort, 'oppose'],
    ['"Sending weapons will lead to war," the ambassador said.', 'Sending weapons will lead to war', 'said', aid, 'oppose'],
    ['The minister said any warships in the strait would be attacked.', 'any warships in the strait would be attacked', 'said', escort, 'oppose'],
    ['"Anyone sending warships into the strait is playing with fire," the spokesman said.', 'Anyone sending warships into the strait is playing with fire', 'said', escort, 'oppose'],
    ['The ambassador said there would be serious consequences for any country that joins the sanctions.', 'there would be serious consequences for any country that joins the sanctions', 'said', sanctions, 'oppose'],
    ['The general said frigates in the strait could spark a wider war.', 'frigates in the strait could spark a wider war', 'said', escort, 'oppose'],
    ['The general said the navy would have to fight a wider war if the frigates went in.', 'the navy would have to fight a wider war if the frigates went in', 'said', escort, 'oppose'],
  ]);
});

describe('a threat averted speaks for the act', () => {
  check([
    ['The minister said the escort mission would prevent a wider war in the region.', 'the escort mission would prevent a wider war in the region', 'said', escort, 'support'],
    ['"Military aid will help avoid a direct confrontation," the senator said.', 'Military aid will help avoid a direct confrontation', 'said', aid, 'support'],
    ['The envoy said that more weapons would deter a nuclear war.', 'more weapons would deter a nuclear war', 'said', aid, 'support'],
    ['The mediator said the truce could end the open conflict.', 'the truce could end the open conflict', 'said', truce, 'support'],
  ]);
});

describe('conditions stay conditions', () => {
  check([
    ['Lisbon would send frigates only if the UN gives a mandate, the minister said.', 'Lisbon would send frigates only if the UN gives a mandate', 'said', escort, 'conditional'],
    ['The premier said sanctions would be a good idea in principle.', 'sanctions would be a good idea in principle', 'said', sanctions, 'conditional'],
    ['"We want a truce, but not at any price," the foreign minister said.', 'We want a truce, but not at any price', 'said', truce, 'conditional'],
    ['The envoy said a hostage deal was within reach, though not at any cost.', 'a hostage deal was within reach, though not at any cost', 'said', truce, 'conditional'],
    ['"Our backing for military aid is not a blank cheque," the senator said.', 'Our backing for military aid is not a blank cheque', 'said', aid, 'conditional'],
    ['The premier said she would back the sanctions, but not unconditionally.', 'she would back the sanctions, but not unconditionally', 'said', sanctions, 'conditional'],
  ]);
});

describe('frames that do not decide on their own', () => {
  check([
    ['Guarantees will be required for everyone, the diplomat said of the escort mission.', 'Guarantees will be required for everyone', 'said', escort, 'neutral'],
    ['"We will stay home for the holidays," the minister said.', 'We will stay home for the holidays', 'said', escort, 'neutral'],
    ['The minister said she was ready to discuss an escort mission.', 'she was ready to discuss an escort mission', 'said', escort, 'neutral'],
    // a non-answer declines to speak, not the act
    ['The admiral declined to say when the frigates would be ready, saying the plans were secret.', 'the plans were secret', 'saying', escort, 'neutral'],
    ['The envoy refused to comment on the sanctions, saying only that talks would go on.', 'talks would go on', 'saying', sanctions, 'neutral'],
    ['The senator declined again to state whether she backed the soda levy, saying it was early days.', 'it was early days', 'saying', levy, 'neutral'],
    ['The minister declined to send frigates, saying the navy was needed at home.', 'the navy was needed at home', 'saying', escort, 'oppose'],
  ]);
});

describe('"against" takes a side only as a position', () => {
  check([
    ['"We are against the sugar tax," the bottlers said.', 'We are against the sugar tax', 'said', levy, 'oppose'],
    ['The senator said she would vote against the sugar tax.', 'she would vote against the sugar tax', 'said', levy, 'oppose'],
    ['The minister said the frigates would guard against attacks on tankers.', 'the frigates would guard against attacks on tankers', 'said', escort, 'neutral'],
    ['The clerk said the sugar tax ruling went against the bottlers in court.', 'the sugar tax ruling went against the bottlers in court', 'said', levy, 'neutral'],
  ]);
});

describe('a failure to act negates the act', () => {
  check([
    ['The senator criticised the failure to support the sugar tax, the paper said.', 'The senator criticised the failure to support the sugar tax', 'said', levy, 'oppose'],
    ['Analysts said the cabinet failed to back the sugar tax.', 'the cabinet failed to back the sugar tax', 'said', levy, 'oppose'],
  ]);
});

describe('a stance verb on a named party takes a side, not a position on the act', () => {
  check([
    ['The premier said her country would support Kyiv as it had so far.', 'her country would support Kyiv as it had so far', 'said', aid, 'neutral'],
    ['"We back Taipei all the way," the senator said of the military aid.', 'We back Taipei all the way', 'said', aid, 'neutral'],
    ['The minister said Lisbon opposes Tehran on every front.', 'Lisbon opposes Tehran on every front', 'said', sanctions, 'neutral'],
    ['"We support Manila\'s request for weapons," the senator said.', 'We support Manila\'s request for weapons', 'said', aid, 'support'],
    ['The premier said they would back Manila with warships.', 'they would back Manila with warships', 'said', escort, 'support'],
    ['The minister said Lisbon opposes Tehran, and it backs the sanctions.', 'Lisbon opposes Tehran, and it backs the sanctions', 'said', sanctions, 'support'],
  ]);
});

describe('a cue word closing a hyphenated compound modifies a noun', () => {
  check([
    ['The minister said Tehran-backed militias had fired on the frigates.', 'Tehran-backed militias had fired on the frigates', 'said', escort, 'neutral'],
    ['"The state-approved sugar tax starts in May," the spokesman said.', 'The state-approved sugar tax starts in May', 'said', levy, 'neutral'],
    ['The minister said Lisbon backed the escort mission.', 'Lisbon backed the escort mission', 'said', escort, 'support'],
    ['"We back - and will keep backing - the sanctions," the premier said.', 'We back - and will keep backing - the sanctions', 'said', sanctions, 'support'],
  ]);
});

describe("a passive stance verb gives its agent's position, not the speaker's", () => {
  check([
    ['The envoy said the sanctions were backed by the council.', 'the sanctions were backed by the council', 'said', sanctions, 'neutral'],
    ['The minister said the soda levy, opposed by most bottlers, would start in May.', 'the soda levy, opposed by most bottlers, would start in May', 'said', levy, 'neutral'],
    ['"The escort mission is supported by the whole coalition," the spokesman said.', 'The escort mission is supported by the whole coalition', 'said', escort, 'neutral'],
    ['"The sanctions were proposed by us and we back them," the premier said.', 'The sanctions were proposed by us and we back them', 'said', sanctions, 'support'],
    ['"Military aid is backed by me and by my party," the senator said.', 'Military aid is backed by me and by my party', 'said', aid, 'support'],
    // the claim's own reporting cue: the agent is the speaker
    ['The escort mission was rejected by Tehran on Monday.', 'The escort mission', 'rejected', escort, 'oppose'],
  ]);
});

describe('the speaker carrying the act out, in the first person', () => {
  check([
    ['"We have delivered the new trade deal to parliament," the minister said.', 'We have delivered the new trade deal to parliament', 'said', tradeDeal, 'support'],
    ['"We are already sending warships to the strait," the admiral said.', 'We are already sending warships to the strait', 'said', escort, 'support'],
    ['"I signed the trade agreement this morning," the president said.', 'I signed the trade agreement this morning', 'said', tradeDeal, 'support'],
    ['"We have built a framework on how to handle the sugar tax in schools," the mayor said.', 'We have built a framework on how to handle the sugar tax in schools', 'said', levy, 'support'],
    // negated, hedged, discussed, someone else's act, or no topic after the verb
    ['"We did not send warships to the strait," the admiral said.', 'We did not send warships to the strait', 'said', escort, 'oppose'],
    ['"We may provide frigates later," the admiral said.', 'We may provide frigates later', 'said', escort, 'neutral'],
    ['"They have delivered the trade deal to parliament," the minister said.', 'They have delivered the trade deal to parliament', 'said', tradeDeal, 'neutral'],
    ['"We delivered food and medicine; the warships were elsewhere," the captain said.', 'We delivered food and medicine; the warships were elsewhere', 'said', escort, 'neutral'],
  ]);
});

describe('names for a pretence that AFINN does not rate', () => {
  check([
    ['The opposition leader called the escort mission a sham, his office said.', 'The opposition leader called the escort mission a sham', 'said', escort, 'oppose'],
    ['The trade deal is a charade that hides new tariffs, the farmers union said.', 'The trade deal is a charade that hides new tariffs', 'said', tradeDeal, 'oppose'],
    ['The escort mission is a smokescreen for an occupation, the ministry said.', 'The escort mission is a smokescreen for an occupation', 'said', escort, 'oppose'],
    ['Sending warships to the strait is a witch hunt against fishermen, the minister said.', 'Sending warships to the strait is a witch hunt against fishermen', 'said', escort, 'oppose'],
  ]);
});

describe('verdicts no sentiment list rates: the act will fail or breaks a rule', () => {
  check([
    ['The economist said the sanctions will not work.', 'the sanctions will not work', 'said', sanctions, 'oppose'],
    ['"A sugar tax just doesn\'t work," the bottlers said.', "A sugar tax just doesn't work", 'said', levy, 'oppose'],
    ['The envoy said the embargo was doomed to fail.', 'the embargo was doomed to fail', 'said', sanctions, 'oppose'],
    ['The lawyers said the soda levy was inconsistent with the constitution.', 'the soda levy was inconsistent with the constitution', 'said', levy, 'oppose'],
    ['The minister said the trade deal was not in line with our interests.', 'the trade deal was not in line with our interests', 'said', tradeDeal, 'oppose'],
    ['"The export ban is in breach of the treaty," the ambassador said.', 'The export ban is in breach of the treaty', 'said', sanctions, 'oppose'],
    ['The senator said military aid would only inflame tensions in the region.', 'military aid would only inflame tensions in the region', 'said', aid, 'oppose'],
    ['The general said warships in the strait meant the inevitability of a wider conflict.', 'warships in the strait meant the inevitability of a wider conflict', 'said', escort, 'oppose'],
    // "unless" says what it would take to work, not what the speaker's support waits for
    ["The economist said the sanctions won't work unless the neighbours join.", "the sanctions won't work unless the neighbours join", 'said', sanctions, 'oppose'],
    ['The minister said Lisbon will not join the sanctions unless the neighbours do.', 'Lisbon will not join the sanctions unless the neighbours do', 'said', sanctions, 'conditional'],
    // a verdict denied is its opposite, even across a short aside
    ['The judge said the soda levy was not in breach of the constitution.', 'the soda levy was not in breach of the constitution', 'said', levy, 'support'],
    ['The lawyers said the embargo was not, in itself, inconsistent with the treaty.', 'the embargo was not, in itself, inconsistent with the treaty', 'said', sanctions, 'support'],
    // working on something, or a conflict of views, is no verdict
    ['"We will work with partners on the sanctions," the minister said.', 'We will work with partners on the sanctions', 'said', sanctions, 'neutral'],
    ['The envoy said the talks on the trade deal had not worked out a timetable yet.', 'the talks on the trade deal had not worked out a timetable yet', 'said', tradeDeal, 'neutral'],
  ]);
});

describe("in the speaker's own quoted words, a stance verb of 'he', 'she' or 'they' is someone else's position", () => {
  check([
    ['"They want the sanctions more than anyone," the trader said.', 'They want the sanctions more than anyone', 'said', sanctions, 'neutral'],
    ['"Frankly, they do not want an escort mission at all," the analyst said.', 'Frankly, they do not want an escort mission at all', 'said', escort, 'neutral'],
    ['"She has always backed the sugar tax," her aide said.', 'She has always backed the sugar tax', 'said', levy, 'neutral'],
    ['"We want the sanctions more than anyone," the trader said.', 'We want the sanctions more than anyone', 'said', sanctions, 'support'],
    ['"I do not want an escort mission," the analyst said.', 'I do not want an escort mission', 'said', escort, 'oppose'],
    // reported speech: "they" is the speaker
    ['The bottlers said they backed the sugar tax.', 'they backed the sugar tax', 'said', levy, 'support'],
  ]);
});

describe('a quoted sentence opening with the act as a bare verb demands it', () => {
  check([
    ['"Send the frigates now," the senator said.', 'Send the frigates now', 'said', escort, 'support'],
    ['"Impose the sanctions before it is too late," the exiles urged.', 'Impose the sanctions before it is too late', 'urged', sanctions, 'support'],
    ['"Deliver the weapons this week. The island cannot wait," the envoy said.', 'Deliver the weapons this week. The island cannot wait', 'said', aid, 'support'],
    ['"Frigates will sail in May," the admiral said.', 'Frigates will sail in May', 'said', escort, 'neutral'],
    ['"Send the frigates? Not this year," the minister said.', 'Send the frigates? Not this year', 'said', escort, 'neutral'],
    ['"Sending frigates takes months," the admiral said.', 'Sending frigates takes months', 'said', escort, 'neutral'],
    ['"Cook the books and you get sanctions," the auditor said.', 'Cook the books and you get sanctions', 'said', sanctions, 'neutral'],
  ]);
});

describe('irregular forms of a cue', () => {
  check([
    ['The minister said Lisbon withdrew from the sanctions.', 'Lisbon withdrew from the sanctions', 'said', sanctions, 'oppose'],
    ['"We stood ready to send frigates," the admiral said.', 'We stood ready to send frigates', 'said', escort, 'support'],
    ['The envoy said the sugar tax went too far.', 'the sugar tax went too far', 'said', levy, 'oppose'],
  ]);
});

describe('merits and faults no sentiment list rates', () => {
  check([
    ['The senator said the sugar tax was long overdue.', 'the sugar tax was long overdue', 'said', levy, 'support'],
    ['"The sanctions make perfect sense," the minister said.', 'The sanctions make perfect sense', 'said', sanctions, 'support'],
    ['The premier said the trade deal was the right call for farmers.', 'the trade deal was the right call for farmers', 'said', tradeDeal, 'support'],
    ['"Frigates are the only guarantee of safe shipping," the admiral said.', 'Frigates are the only guarantee of safe shipping', 'said', escort, 'support'],
    ['"The sanctions make no sense," the trader said.', 'The sanctions make no sense', 'said', sanctions, 'oppose'],
    ['The senator said the sugar tax did not make sense for small shops.', 'the sugar tax did not make sense for small shops', 'said', levy, 'oppose'],
    ['The minister said sending warships was a step too far.', 'sending warships was a step too far', 'said', escort, 'oppose'],
    ['"This trade deal is dead on arrival," the senator said.', 'This trade deal is dead on arrival', 'said', tradeDeal, 'oppose'],
  ]);
});

describe('a commitment or call in the passive', () => {
  check([
    ['"Frigates must be sent without delay," the premier said.', 'Frigates must be sent without delay', 'said', escort, 'support'],
    ['The senator said the weapons should be delivered this month.', 'the weapons should be delivered this month', 'said', aid, 'support'],
    ['"The sanctions should not be imposed this year," the trader said.', 'The sanctions should not be imposed this year', 'said', sanctions, 'oppose'],
    ['The senator said frigates must not be sent into the strait.', 'frigates must not be sent into the strait', 'said', escort, 'oppose'],
    // a passive future foretells the act, it calls for nothing
    ['The minister said the sanctions would be imposed on Monday.', 'the sanctions would be imposed on Monday', 'said', sanctions, 'neutral'],
    ['The envoy said weapons could be delivered later.', 'weapons could be delivered later', 'said', aid, 'neutral'],
  ]);
});

describe('a refusal to take part reaches past the determiner of its object', () => {
  check([
    ['"Our navy will not take part in any escort mission," the admiral said.', 'Our navy will not take part in any escort mission', 'said', escort, 'oppose'],
    ['The minister said Rome would not contribute to such an escort mission.', 'Rome would not contribute to such an escort mission', 'said', escort, 'oppose'],
    ['"It was not the only country to send weapons," the envoy said.', 'It was not the only country to send weapons', 'said', aid, 'neutral'],
  ]);
});

describe('names for a success or a failure that AFINN does not rate', () => {
  check([
    ['The envoy said the trade deal was a milestone for both economies.', 'the trade deal was a milestone for both economies', 'said', tradeDeal, 'support'],
    ['"Military aid is a lifeline for the island," the senator said.', 'Military aid is a lifeline for the island', 'said', aid, 'support'],
    ['The mayor said the sugar tax was a top priority for the city.', 'the sugar tax was a top priority for the city', 'said', levy, 'support'],
    ['"The soda levy is a government overreach," the bottlers said.', 'The soda levy is a government overreach', 'said', levy, 'oppose'],
    ['The trader said the sanctions were a debacle.', 'the sanctions were a debacle', 'said', sanctions, 'oppose'],
    ['The minister said the embargo was not the answer.', 'the embargo was not the answer', 'said', sanctions, 'oppose'],
    ['"The truce came too late for the villages," the mayor said.', 'The truce came too late for the villages', 'said', truce, 'oppose'],
    ['The police chief said the soda levy would be impossible to enforce.', 'the soda levy would be impossible to enforce', 'said', levy, 'oppose'],
  ]);
});

describe('after a contrast, "it" points back to the topic and carries the verdict', () => {
  check([
    ['"The trade deal is not perfect, but it is a good start," the negotiator said.', 'The trade deal is not perfect, but it is a good start', 'said', tradeDeal, 'support'],
    ['"The sanctions sound tough, but they make no sense," the trader said.', 'The sanctions sound tough, but they make no sense', 'said', sanctions, 'oppose'],
    ['"The truce is fragile, yet it is a step forward," the envoy said.', 'The truce is fragile, yet it is a step forward', 'said', truce, 'support'],
    // no topic named before the contrast: "it" is something else
    ['"The weather is bad, but it is a good start," the captain said of the weapons.', 'The weather is bad, but it is a good start', 'said', aid, 'neutral'],
  ]);
});

describe('moved by the act, a historic day, a wrong undone', () => {
  check([
    ['The premier said she was deeply moved by the sugar tax vote.', 'she was deeply moved by the sugar tax vote', 'said', levy, 'support'],
    ['"We are heartened by the truce," the mayor said.', 'We are heartened by the truce', 'said', truce, 'support'],
    ['"The trade deal marks a historic day for our farmers," the minister said.', 'The trade deal marks a historic day for our farmers', 'said', tradeDeal, 'support'],
    ['The envoy said the truce was a historic step.', 'the truce was a historic step', 'said', truce, 'support'],
    ['"The sanctions correct a long injustice," the senator said.', 'The sanctions correct a long injustice', 'said', sanctions, 'support'],
    ['The mayor said the soda levy repairs an old wrong.', 'the soda levy repairs an old wrong', 'said', levy, 'support'],
    // Not moved by it, and a "historic" that only dates the thing: no praise.
    ['The premier said she was not moved by the sugar tax vote.', 'she was not moved by the sugar tax vote', 'said', levy, 'oppose'],
    ['The banker said the trade deal came at a historic low for tariffs.', 'the trade deal came at a historic low for tariffs', 'said', tradeDeal, 'neutral'],
  ]);
});

describe('a proposal or a step of one\'s own toward the act', () => {
  check([
    ['The party said it will make a proposal for a trade deal with its neighbours.', 'it will make a proposal for a trade deal with its neighbours', 'said', tradeDeal, 'support'],
    ['The council said it would make a formal proposal on the sugar tax.', 'it would make a formal proposal on the sugar tax', 'said', levy, 'support'],
    ['The senator said Congress must take action on sanctions this month.', 'Congress must take action on sanctions this month', 'said', sanctions, 'support'],
    ['The minister said the cabinet would take steps to impose a sugar tax.', 'the cabinet would take steps to impose a sugar tax', 'said', levy, 'support'],
    // Declined: no proposal, no action.
    ['Leaders said they do not expect to take action on the sugar tax until next year.', 'they do not expect to take action on the sugar tax until next year', 'said', levy, 'oppose'],
    ['The party said it will not make a proposal for a trade deal.', 'it will not make a proposal for a trade deal', 'said', tradeDeal, 'oppose'],
    // Another matter.
    ['The party said it will make a proposal on school meals.', 'it will make a proposal on school meals', 'said', tradeDeal, 'neutral'],
  ]);
});

describe('a measure that contradicts or flouts a rule it answers to', () => {
  check([
    ['Moscow said the sanctions contradict international law.', 'the sanctions contradict international law', 'said', sanctions, 'oppose'],
    ['The envoy called the trade deal "a measure contradicting the treaty".', 'a measure contradicting the treaty', 'called', tradeDeal, 'oppose'],
    ['Critics said the soda levy flouts the constitution.', 'the soda levy flouts the constitution', 'said', levy, 'oppose'],
    // Denied, it is lawful.
    ['The court said the sanctions do not contradict the treaty.', 'the sanctions do not contradict the treaty', 'said', sanctions, 'support'],
  ]);
});

describe('taking part said as the purpose of another verb, its object pointing back at the topic', () => {
  check([
    ['"With the trade deal signed, we will work day and night to implement it," the minister said.', 'With the trade deal signed, we will work day and night to implement it', 'said', tradeDeal, 'support'],
    ['"The sugar tax passed, and we will act quickly to enforce its rules," the mayor said.', 'The sugar tax passed, and we will act quickly to enforce its rules', 'said', levy, 'support'],
    ['"We are working day and night to deliver the warships," the admiral said.', 'We are working day and night to deliver the warships', 'said', escort, 'support'],
    // Negated, or an object that is not the topic.
    ['"The trade deal is signed, but we will not rush to implement it," the minister said.', 'The trade deal is signed, but we will not rush to implement it', 'said', tradeDeal, 'neutral'],
    ['"The sugar tax passed, and we will act quickly to protect small shops," the mayor said.', 'The sugar tax passed, and we will act quickly to protect small shops', 'said', levy, 'neutral'],
    ['"The sugar tax passed; we must work hard to implement the school plan," the mayor said.', 'The sugar tax passed; we must work hard to implement the school plan', 'said', levy, 'neutral'],
  ]);
});

describe('a stance participle right after a noun is that noun\'s, not the speaker\'s', () => {
  check([
    ['The senator said the sanctions came after a week that left many traders fearing the worst.', 'the sanctions came after a week that left many traders fearing the worst', 'said', sanctions, 'neutral'],
    ['The minister said the trade deal was signed with farmers worrying about prices.', 'the trade deal was signed with farmers worrying about prices', 'said', tradeDeal, 'neutral'],
    ['The envoy said the sugar tax had split a parliament with members opposing it.', 'the sugar tax had split a parliament with members opposing it', 'said', levy, 'neutral'],
    // The speaker's own participle, and a verdict said of the noun, keep their position.
    ['The senator said she was opposing the sanctions.', 'she was opposing the sanctions', 'said', sanctions, 'oppose'],
    ['Moscow called the sanctions "a measure contradicting the charter".', 'a measure contradicting the charter', 'called', sanctions, 'oppose'],
  ]);
});

describe('in reported speech, the pronoun opening the report carries the act out as the speaker', () => {
  check([
    ['The agency said it was adding two firms to the contract to deliver the warships.', 'it was adding two firms to the contract to deliver the warships', 'said', escort, 'support'],
    ['The admiral said that she was sending frigates to the strait.', 'that she was sending frigates to the strait', 'said', escort, 'support'],
    ['The council said it has implemented the sugar tax in every district.', 'it has implemented the sugar tax in every district', 'said', levy, 'support'],
    // a pronoun further in is someone else, and a negation or another object keeps it out
    ['The admiral said the rivals feared that they were sending frigates to the strait.', 'the rivals feared that they were sending frigates to the strait', 'said', escort, 'neutral'],
    ['The agency said it was not sending warships this year.', 'it was not sending warships this year', 'said', escort, 'oppose'],
    ['The agency said it was adding two firms to the contract to deliver school meals.', 'it was adding two firms to the contract to deliver school meals', 'said', escort, 'neutral'],
  ]);
});
