import { describe, expect, it } from 'vitest';
import { createBuyingCenter } from '../../src/buying-center/index.js';
import en from '../../src/locales/en.js';
import { texts as englishTexts } from '../../src/locales/english.js';
import { formatFor } from '../../src/locales/format.js';
import { analyzeProspect } from '../../src/prospect/index.js';

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
