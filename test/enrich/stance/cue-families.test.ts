import { describe } from 'vitest';
import { checkStances as check } from './helpers.js';
import { aid, climate, escort, sanctions, tradeDeal, truce } from './topics.js';

describe('support cues', () => {
  check([
    ['Chile said its government backs the trade agreement with the bloc.', 'its government backs the trade agreement with the bloc', 'said', tradeDeal, 'support'],
    ['Norway is ready to send weapons, Defence Minister Ola Berg said.', 'Norway is ready to send weapons', 'said', aid, 'support'],
    ['Senator Diaz welcomed the truce on Monday.', 'the truce', 'welcomed', truce, 'support'],
    ['Prime Minister Ana Ruiz called for tougher sanctions on Tehran.', 'tougher sanctions on Tehran', 'called for', sanctions, 'support'],
    ['"Canada will play its part in the climate accord," Environment Minister Paul Grant said.', 'Canada will play its part in the climate accord', 'said', climate, 'support'],
    ['The chancellor thanked Japan for its readiness to join the export ban.', 'Japan for its readiness to join the export ban', 'thanked', sanctions, 'support'],
    ['Kenya "is in favour of a carbon tax", the minister told reporters.', 'is in favour of a carbon tax', 'told', climate, 'support'],
    ['The envoy said Spain would send weapons within weeks.', 'Spain would send weapons within weeks', 'said', aid, 'support'],
    ['A ceasefire is essential, the mediator stressed.', 'A ceasefire is essential', 'stressed', truce, 'support'],
    ['The governor exhorted lawmakers to ratify the trade agreement.', 'lawmakers to ratify the trade agreement', 'exhorted', tradeDeal, 'support'],
  ]);
});

describe('oppose cues', () => {
  check([
    ['Brazil rejected the trade deal on Friday.', 'the trade deal', 'rejected', tradeDeal, 'oppose'],
    ['"New tariffs would be a grave mistake," the commissioner warned.', 'New tariffs would be a grave mistake', 'warned', tradeDeal, 'oppose'],
    ['The foreign ministry said the sanctions were unacceptable.', 'the sanctions were unacceptable', 'said', sanctions, 'oppose'],
    ['Officials warned against sending more weapons to the island.', 'sending more weapons to the island', 'warned against', aid, 'oppose'],
    ['Ottawa ruled out joining the embargo.', 'joining the embargo', 'ruled out', sanctions, 'oppose'],
    ['Greece declined to sign the climate accord, the government said.', 'Greece declined to sign the climate accord', 'said', climate, 'oppose'],
    ['The general said arms deliveries risk a dangerous escalation.', 'arms deliveries risk a dangerous escalation', 'said', aid, 'oppose'],
    ['Lima expressed concern about the new tariffs.', 'the new tariffs', 'expressed concern', tradeDeal, 'oppose'],
    ['The senator blasted the trade deal as a giveaway to importers.', 'the trade deal as a giveaway to importers', 'blasted', tradeDeal, 'oppose'],
    ['Farm groups blamed the new tariffs for falling prices.', 'the new tariffs for falling prices', 'blamed', tradeDeal, 'oppose'],
    ['The exporters lamented the new tariffs on steel.', 'the new tariffs on steel', 'lamented', tradeDeal, 'oppose'],
  ]);
});

describe('neutral: process, parameters, reports, off-topic', () => {
  check([
    ['Talks on the trade deal are at an early stage, the spokesperson said.', 'Talks on the trade deal are at an early stage', 'said', tradeDeal, 'neutral'],
    ['The minister said it was too early to talk about the size of the weapons package.', 'it was too early to talk about the size of the weapons package', 'said', aid, 'neutral'],
    ['The ministers discussed the carbon tax with industry leaders, the agency said.', 'The ministers discussed the carbon tax with industry leaders', 'said', climate, 'neutral'],
    ['Forty countries have joined the embargo, the official said.', 'Forty countries have joined the embargo', 'said', sanctions, 'neutral'],
    ['The president rejected the report on corruption.', 'the report on corruption', 'rejected', sanctions, 'neutral'],
    ['Some 60% of voters favour a carbon tax, according to a survey by the institute.', 'Some 60% of voters favour a carbon tax', 'according to', climate, 'neutral'],
    ['The ministers are willing to discuss the truce, the envoy said.', 'The ministers are willing to discuss the truce', 'said', truce, 'neutral'],
    ['"Why should we back these sanctions?" the senator asked.', 'Why should we back these sanctions?', 'asked', sanctions, 'neutral'],
    ['The number of weapons would depend on the budget, the minister said.', 'The number of weapons would depend on the budget', 'said', aid, 'neutral'],
  ]);
});

describe('cue words that name or describe a thing rather than take a position', () => {
  const alliance = { name: 'the alliance of the willing patrolling the strait', terms: ['alliance of the willing', 'patrols', 'patrol boats'] };
  check([
    // inside a topic term: part of its name
    ['The minister said the alliance of the willing met on Monday.', 'the alliance of the willing met on Monday', 'said', alliance, 'neutral'],
    ['"We back the alliance of the willing," the minister said.', 'We back the alliance of the willing', 'said', alliance, 'support'],
    // an adjective right after a noun describes who is ready
    ['The envoy said twenty countries are members, a group of states ready to send patrol boats.', 'twenty countries are members, a group of states ready to send patrol boats', 'said', alliance, 'neutral'],
    ['The envoy said it had found partners willing to run the patrols.', 'it had found partners willing to run the patrols', 'said', alliance, 'neutral'],
    ['"We are ready to send patrol boats," the minister said.', 'We are ready to send patrol boats', 'said', alliance, 'support'],
    ['The admiral said his country was willing to run the patrols.', 'his country was willing to run the patrols', 'said', alliance, 'support'],
    // the topic's own noun, so described, is what the speaker asks for
    ['The governor said the coast needs patrol boats ready to sail at night.', 'the coast needs patrol boats ready to sail at night', 'said', alliance, 'support'],
  ]);
});

describe('what a group of others did is their position, not the speaker\'s', () => {
  check([
    ['The envoy said the two sides agreed to extend the trade deal.', 'the two sides agreed to extend the trade deal', 'said', tradeDeal, 'neutral'],
    ['The minister said several member states had rejected the sanctions.', 'several member states had rejected the sanctions', 'said', sanctions, 'neutral'],
    ['The spokesman said most shipping firms backed the truce.', 'most shipping firms backed the truce', 'said', truce, 'neutral'],
    ['The envoy said 12 countries did not support the sanctions.', '12 countries did not support the sanctions', 'said', sanctions, 'neutral'],
    ['The envoy said 30 countries did not take part in the embargo.', '30 countries did not take part in the embargo', 'said', sanctions, 'neutral'],
    ['The mediator said the parties have agreed on a plan to sign the truce.', 'the parties have agreed on a plan to sign the truce', 'said', truce, 'neutral'],
    // the speaker's own side, a call, a readiness or one named actor keep the position
    ['"We rejected the sanctions," the minister said.', 'We rejected the sanctions', 'said', sanctions, 'oppose'],
    ['The minister said European countries must back the sanctions.', 'European countries must back the sanctions', 'said', sanctions, 'support'],
    ['The minister said the islands are ready to join the climate accord.', 'the islands are ready to join the climate accord', 'said', climate, 'support'],
    ['The minister said the government rejected the sanctions.', 'the government rejected the sanctions', 'said', sanctions, 'oppose'],
    ['"We did not take part in the embargo," the minister said.', 'We did not take part in the embargo', 'said', sanctions, 'oppose'],
    ['The general said thousands of weapons would be needed to hold the coast.', 'thousands of weapons would be needed to hold the coast', 'said', aid, 'support'],
    ['The economist said the trade deal was a way to ensure growth in the region.', 'the trade deal was a way to ensure growth in the region', 'said', tradeDeal, 'support'],
  ]);
});

describe('in reported speech, "they" inside the clause is others, "they" opening it the speaker', () => {
  check([
    ['The analyst said rivals would leave the frigates alone because a clash would start something they do not want.', 'rivals would leave the frigates alone because a clash would start something they do not want', 'said', escort, 'neutral'],
    ['The envoy said exporters feared the sanctions because they oppose any new embargo.', 'exporters feared the sanctions because they oppose any new embargo', 'said', sanctions, 'neutral'],
    ['The ministers said they do not want warships in the strait.', 'they do not want warships in the strait', 'said', escort, 'oppose'],
    ['The ministers said that they would back the sanctions.', 'that they would back the sanctions', 'said', sanctions, 'support'],
    ['The ministers said she would back the sanctions.', 'she would back the sanctions', 'said', sanctions, 'support'],
  ]);
});
