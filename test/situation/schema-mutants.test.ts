// src/situation/schema.ts, found weak in a mutation run: its schemas are built on first use
// (lazy), so a test run that has used them already never sees them built. These tests load the
// module afresh and check, on the schemas built then, what schema.ts documents: the facts
// with only purchasedBefore required, and a stored situation whose reasons may carry params
// (a text, a finite number, a boolean, a list of texts, or numbers by name) or none.
import { describe, expect, it, vi } from 'vitest';
import type * as schemas from '../../src/situation/schema.js';

/** The schema module, freshly loaded: no schema built yet. */
async function freshSchemas(): Promise<typeof schemas> {
  vi.resetModules();
  return import('../../src/situation/schema.js');
}

const SITUATION = {
  buyclass: 'modified-rebuy',
  quadrant: 'bottleneck',
  importance: 'strategic',
  organization: { type: 'company', sizeBand: 'medium' },
  regime: 'private',
  reasons: [
    { code: 'stored', message: 'A reason stored before reasons had params.' },
    {
      code: 'every-kind',
      params: { text: 'x', share: 0.5, public: false, facts: ['problemNovelty'], weights: { a: 1 } },
      message: 'A reason with params of every kind.',
    },
  ],
};

describe('the schemas of a fresh schema module', () => {
  it('take buyclass facts with only purchasedBefore required', async () => {
    const { buyclassFactsSchema } = await freshSchemas();
    const facts = { purchasedBefore: true, satisfiedWithIncumbent: false, informationNeed: 'high' };
    expect(buyclassFactsSchema().safeParse(facts)).toEqual({ success: true, data: facts });
  });

  it('take a stored situation with params of every kind, or none', async () => {
    const { purchaseSituationSchema } = await freshSchemas();
    expect(purchaseSituationSchema().safeParse(SITUATION)).toEqual({ success: true, data: SITUATION });
  });

  it.each<[string, Record<string, unknown>]>([
    ['NaN', { share: Number.NaN }],
    ['an infinite number', { share: Number.POSITIVE_INFINITY }],
    ['an infinite number by name', { weights: { a: Number.NEGATIVE_INFINITY } }],
    ['null', { nothing: null }],
  ])('refuse %s in params', async (_, params) => {
    const { purchaseSituationSchema } = await freshSchemas();
    const situation = { ...SITUATION, reasons: [{ code: 'c', params, message: 'm' }] };
    expect(purchaseSituationSchema().safeParse(situation).success).toBe(false);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a key a situation does not have', { ...SITUATION, extra: 1 }],
    ['a key an organization does not have', { ...SITUATION, organization: { type: 'company', extra: 1 } }],
    ['a key a reason does not have', { ...SITUATION, reasons: [{ code: 'c', message: 'm', extra: 1 }] }],
  ])('refuse %s', async (_, situation) => {
    const { purchaseSituationSchema } = await freshSchemas();
    expect(purchaseSituationSchema().safeParse(situation).success).toBe(false);
  });
});
