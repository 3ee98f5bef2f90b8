import { describe, expect, it } from 'vitest';
import { createBuyingCenter } from '../../src/buying-center/index.js';
import { toCrmRole } from '../../src/crm/index.js';
import type { MessageCode } from '../../src/explain/messages.js';
import en from '../../src/locales/en.js';
import { texts as englishTexts } from '../../src/locales/english.js';
import { formatFor } from '../../src/locales/format.js';
import { analyzeProspect } from '../../src/prospect/index.js';
import { assessRisk } from '../../src/risk/index.js';
import { classifyOrganization, classifyPortfolio } from '../../src/situation/index.js';

describe('the English sentences count days by the English plural', () => {
  const f = formatFor(en);

  it.each([
    [1, '1 day since the last event'],
    [0, '0 days since the last event'],
    [2.5, '2.5 days since the last event'],
  ])('%s day(s) idle', (days, sentence) => {
    expect(englishTexts['prospect-analysis'].idle({ days }, f)).toBe(sentence);
  });
});

describe('the engage template', () => {
  // Only a member who takes part gets an `engage` reason, so a member without a role never
  // carries one; the `why` of every engagement is the library's own sentence for it.
  it("writes each engagement's why, a member with no known role included", () => {
    const analysis = analyzeProspect({
      organization: { type: 'company', employees: 400 },
      situation: { buyclass: 'new-task' },
      position: 'out-supplier',
      step: 'specification',
      buyingCenter: createBuyingCenter({
        members: [
          { id: 'x', name: 'Xia', roles: [], influence: 0.7 },
          { id: 'd', name: 'Dag', roles: ['decider', 'user'], influence: 0.9, stance: 'neutral' },
        ],
      }),
    });
    const engage = analysis.engage ?? [];
    expect(engage.map((e) => e.roles.length)).toEqual([2, 0]);
    for (const e of engage)
      expect(en.messages.engage({ ...e, step: 'specification' }, formatFor(en)), e.name).toBe(e.why);
    expect(engage[1]?.why).toBe('Xia (no known role): participation 0 in specification × influence 0.7 = 0.00.');
  });
});

describe('the English templates, in variants ./results.ts does not reach', () => {
  // Real results: the template must write, from the reason's params, the library's own message.
  it.each([
    [
      'a private company not governed by public law',
      classifyOrganization({ type: 'company', publicLaw: false }).reasons,
      'regime-default',
      { type: 'company' },
    ],
    [
      'an axis exactly at a threshold of more than three decimals',
      classifyPortfolio({ profitImpact: 0.12345, supplyRisk: 0.5, threshold: 0.12345 }).reasons,
      'profit-impact-high',
      { value: 0.12345, threshold: 0.12345 },
    ],
    [
      'two dimensions given explicitly',
      assessRisk({
        dimensions: {
          performance: { uncertainty: 0.5, consequence: 0.5 },
          delivery: { uncertainty: 0.2, consequence: 0.3 },
        },
      }).reasons,
      'given',
      { dimensions: ['performance', 'delivery'], overridingProfile: false },
    ],
    [
      'a role lost without a stance',
      toCrmRole('salesforce', { roles: ['decider', 'buyer'] }).reasons,
      'lost',
      { crm: 'salesforce', roles: ['buyer'] },
    ],
  ] as const)('%s', (_, reasons, code, params) => {
    const said = (reasons as readonly { code: string; params: unknown; message: string }[]).find(
      (r) => r.code === code,
    );
    expect(said?.params).toEqual(params);
    if (said === undefined) return;
    const template = en.messages[code as MessageCode] as (p: unknown, f: unknown) => string;
    expect(template(said.params, formatFor(en))).toBe(said.message);
  });
});
