import type { Topic } from '../../../src/core/schema.js';

/** Hand-written topics, unlike the seeds', so the rules are checked away from the data they were tuned on. */
export const sanctions: Topic = { name: 'sanctions on Iran', terms: ['sanctions', 'embargo', 'export ban'] };
export const tradeDeal: Topic = { name: 'the trade deal', terms: ['trade deal', 'trade agreement', 'tariffs'] };
export const aid: Topic = { name: 'arms for the island', terms: ['weapons', 'arms deliveries', 'military aid'] };
export const truce: Topic = { name: 'the truce', terms: ['truce', 'ceasefire', 'hostage deal'] };
export const climate: Topic = { name: 'the climate accord', terms: ['climate accord', 'emissions', 'carbon tax'] };
export const escort: Topic = { name: 'a naval escort mission in the strait', terms: ['escort mission', 'warships', 'frigates', 'naval presence'] };
export const levy: Topic = { name: 'a tax on sugary drinks', terms: ['sugar tax', 'soda levy', 'tax on sugary drinks'] };
/** Topics whose act moves an amount: up and down. */
export const wages: Topic = { name: 'raising the minimum wage', terms: ['minimum wage', 'wages', 'pay', 'paid'] };
export const fares: Topic = { name: 'cutting bus fares', terms: ['bus fares', 'fares', 'ticket prices'] };
