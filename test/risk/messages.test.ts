// Every code buygrid/risk returns is a key of RiskMessages, with exactly its params (issue #13).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RISK_REASON_CODES, assessRisk, type RiskMessages } from '../../src/risk/index.js';
import { answerMessage } from '../../src/risk/messages.js';
import { classifySituation } from '../../src/situation/index.js';
import { expectCodedFit, expectMessagesShow, type MessagesSpec } from '../_lib/messages.js';
import { inputArb } from './arbitraries.js';

const answer = (kind: 'string' | 'boolean') =>
  ({ answer: kind, uncertainty: 'strings', consequence: 'strings' }) as const;
const SPEC: MessagesSpec<RiskMessages> = {
  'supplier-relationship': answer('string'),
  'buys-from-competitor': answer('boolean'),
  'lead-time-critical': answer('boolean'),
  currency: answer('string'),
  'after-sales-dependency': answer('string'),
  importance: answer('string'),
  buyclass: answer('string'),
  'budget-share': { budgetShare: 'number?', consequence: 'numbers-by-name' },
  given: { dimensions: 'strings', overridingProfile: 'boolean' },
  situation: { importance: 'string?', buyclass: 'string?' },
  'profile-over-situation': {
    importance: 'string?',
    situationImportance: 'string?',
    buyclass: 'string?',
    situationBuyclass: 'string?',
  },
  'situation-without-profile': {},
  'not-assessed': { dimensions: 'strings' },
  'reducer-applied': { reducer: 'string', targets: 'string', dimensions: 'strings', factor: 'number' },
};

const SHOWN: Readonly<Record<string, readonly string[]>> = {
  'supplier-relationship': ['uncertainty', 'consequence'],
  'after-sales-dependency': ['uncertainty', 'consequence'],
  importance: ['uncertainty', 'consequence'],
  buyclass: ['uncertainty', 'consequence'],
  given: ['dimensions'],
  situation: ['importance', 'buyclass', 'situationImportance', 'situationBuyclass'],
  'not-assessed': ['dimensions'],
  'reducer-applied': ['reducer', 'dimensions'],
};

describe('the codes of buygrid/risk', { timeout: 60_000 }, () => {
  it('are the RISK_REASON_CODES, the keys of RiskMessages', () => {
    expect([...RISK_REASON_CODES].sort()).toEqual(Object.keys(SPEC).sort());
  });

  it('are keys of RiskMessages, each with exactly its params, shown in the message; every key is returned', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(inputArb, (input) => {
        const results = [assessRisk(input)];
        for (const code of expectCodedFit(SPEC, results)) seen.add(code);
        expectMessagesShow(SHOWN, results);
      }),
      { numRuns: 300 },
    );
    const situation = classifySituation({ buyclass: 'new-task', portfolio: { profitImpact: 0.9, supplyRisk: 0.9 } });
    const extra = [
      assessRisk({ situation, dimensions: { delivery: { uncertainty: 0.5, consequence: 0.5 } } }),
      assessRisk({ situation, profile: { supplierRelationship: 'new', importance: 'banal' } }),
      assessRisk({ situation, profile: { supplierRelationship: 'new', buyclass: 'straight-rebuy' } }),
      assessRisk({ profile: { supplierRelationship: 'new' }, appliedReducers: ['staged-payment'] }),
    ];
    for (const code of expectCodedFit(SPEC, extra)) seen.add(code);
    expectMessagesShow(SHOWN, extra);
    expect(Object.keys(SPEC).filter((code) => !seen.has(code))).toEqual([]);
  });

  it('keeps the budget share raw, unrounded', () => {
    const share = assessRisk({ profile: { supplierRelationship: 'known', budgetShare: 0.12345 } }).reasons.find(
      (r) => r.code === 'budget-share',
    );
    expect(share?.params).toEqual({ budgetShare: 0.12345, consequence: { financial: 0.2 + 0.8 * 0.12345 } });
  });
});

describe('answerMessage, the English reason of a profile answer (shared with the English catalog)', () => {
  it.each([
    ['performance, delivery', '', 'Says: adds to the uncertainty of performance, delivery.'],
    ['', 'delivery', 'Says: adds to the consequence of delivery.'],
    ['performance', 'delivery', 'Says: adds to the uncertainty of performance; the consequence of delivery.'],
  ])('words uncertainty %j and consequence %j', (uncertainty, consequence, message) => {
    expect(answerMessage('Says', uncertainty, consequence)).toBe(message);
  });
});
