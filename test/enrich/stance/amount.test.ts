import { describe } from 'vitest';
import { checkStances as check } from './helpers.js';
import { fares, levy, wages } from './topics.js';

describe('an amount said too small or too large speaks for raising or cutting it', () => {
  check([
    ['The union said its biggest worry was meagre wages in the care sector.', 'its biggest worry was meagre wages in the care sector', 'said', wages, 'support'],
    ['"Cleaners have never been paid enough," the organiser said.', 'Cleaners have never been paid enough', 'said', wages, 'support'],
    ['The bishop said the minimum wage was far too low to live on.', 'the minimum wage was far too low to live on', 'said', wages, 'support'],
    ['"Wages are not enough to pay the rent," the nurse said.', 'Wages are not enough to pay the rent', 'said', wages, 'support'],
    ['The employers said wages were already excessive for small shops.', 'wages were already excessive for small shops', 'said', wages, 'oppose'],
    ['"Bus fares are too high for pensioners," the councillor said.', 'Bus fares are too high for pensioners', 'said', fares, 'support'],
    ['The rider group said steep fares kept students off the buses.', 'steep fares kept students off the buses', 'said', fares, 'support'],
    ['The operator said ticket prices were already low by any standard.', 'ticket prices were already low by any standard', 'said', fares, 'oppose'],
  ]);
});

describe('amounts that are no complaint, or a topic that moves no amount', () => {
  check([
    // a topic that raises or cuts nothing
    ['The bottlers said the sugar tax was too high.', 'the sugar tax was too high', 'said', levy, 'neutral'],
    // the amount word judges something else
    ['The union said pay talks would resume after a low turnout.', 'pay talks would resume after a low turnout', 'said', wages, 'neutral'],
    ['"Fares will be reviewed in May," the operator said.', 'Fares will be reviewed in May', 'said', fares, 'neutral'],
  ]);
});
