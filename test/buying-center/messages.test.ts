// Every code buygrid/buying-center returns is a key of BuyingCenterMessages, with exactly its
// params (issue #13); the messages show the params they name.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PURCHASE_COMPLEXITIES,
  analyzeBuyingCenter,
  createBuyingCenter,
  expectedSize,
  type BuyingCenterMessages,
} from '../../src/buying-center/index.js';
import { BUYCLASSES, STEPS } from '../../src/_lib/vocabulary.js';
import { expectCodedFit, expectMessagesShow, type MessagesSpec } from '../_lib/messages.js';
import { centerInputArb } from './arbitraries.js';

const SPEC: MessagesSpec<BuyingCenterMessages> = {
  'no-decider': {},
  'single-threaded': { members: 'number' },
  'influential-blocker': { threshold: 'number', names: 'strings' },
  'no-champion': {},
  'missing-role': { role: 'string', step: 'string' },
  'buyclass-base': { buyclass: 'string', base: 'number' },
  'complexity-factor': { complexity: 'string', factor: 'number' },
  'importance-factor': { importance: 'string', factor: 'number' },
  'employees-factor': { employees: 'number', below: 'number?', factor: 'number' },
  'budget-share-factor': { budgetShare: 'number', factor: 'number', atLeast: 'number?' },
  'capped-by-employees': { employees: 'number' },
};

const SHOWN: Readonly<Record<string, readonly string[]>> = {
  'single-threaded': ['members'],
  'influential-blocker': ['threshold', 'names'],
  'missing-role': ['role', 'step'],
  'buyclass-base': ['buyclass', 'base'],
  'complexity-factor': ['complexity', 'factor'],
  'importance-factor': ['importance', 'factor'],
  'employees-factor': ['employees', 'below', 'factor'],
  'budget-share-factor': ['atLeast'],
  'capped-by-employees': ['employees'],
};

const sizeArb = fc.record(
  {
    employees: fc.integer({ min: 1, max: 200_000 }),
    buyclass: fc.constantFrom(...BUYCLASSES),
    complexity: fc.constantFrom(...PURCHASE_COMPLEXITIES),
    importance: fc.constantFrom('banal' as const, 'strategic' as const),
    budgetShare: fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: ['employees', 'buyclass'] },
);

describe('the codes of buygrid/buying-center', { timeout: 60_000 }, () => {
  it('are keys of BuyingCenterMessages, each with exactly its params, shown in the message; every key is returned', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(centerInputArb, fc.constantFrom(...STEPS), sizeArb, (input, step, size) => {
        const results = [analyzeBuyingCenter(createBuyingCenter(input), { step }), expectedSize(size)];
        for (const code of expectCodedFit(SPEC, results)) seen.add(code);
        expectMessagesShow(SHOWN, results);
      }),
      { numRuns: 300 },
    );
    const extra = [
      analyzeBuyingCenter(createBuyingCenter({ members: [] })),
      analyzeBuyingCenter(
        createBuyingCenter({ members: [{ id: 'b', name: 'Bo', roles: ['user'], influence: 0.9, stance: 'blocker' }] }),
      ),
      expectedSize({ employees: 2, buyclass: 'new-task', complexity: 'high', budgetShare: 0.5 }),
    ];
    for (const code of expectCodedFit(SPEC, extra)) seen.add(code);
    expect(Object.keys(SPEC).filter((code) => !seen.has(code))).toEqual([]);
  });
});
