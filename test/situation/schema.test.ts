import { describe, expect, it } from 'vitest';
import { parse } from '../../src/_lib/parse.js';
import { buyclassFactsSchema, purchaseSituationSchema } from '../../src/situation/schema.js';

describe('purchaseSituationSchema', () => {
  const situation = {
    buyclass: 'new-task',
    organization: { type: 'public-body', sizeBand: 'large' },
    regime: 'public-tender',
    reasons: [{ code: 'public-body', message: 'A public body buys by tender.' }],
  };

  it('accepts a classified situation', () => {
    expect(parse(purchaseSituationSchema(), situation)).toEqual(situation);
  });

  it('refuses an unknown quadrant and a missing regime', () => {
    expect(() => parse(purchaseSituationSchema(), { ...situation, quadrant: 'routine' })).toThrow(
      /quadrant: expected one of "strategic" \| "leverage" \| "bottleneck" \| "non-critical", received "routine"/,
    );
    const { regime: _, ...withoutRegime } = situation;
    expect(() => parse(purchaseSituationSchema(), withoutRegime)).toThrow(
      'regime: expected one of "private" | "public-tender", received undefined',
    );
  });
});

describe('buyclassFactsSchema', () => {
  it('requires purchasedBefore and takes the ordinal criteria', () => {
    const facts = { purchasedBefore: true, problemNovelty: 'low', informationNeed: 'medium' };
    expect(parse(buyclassFactsSchema(), facts)).toEqual(facts);
    expect(() => parse(buyclassFactsSchema(), { problemNovelty: 'huge' })).toThrow(
      /purchasedBefore: expected a boolean, received undefined\n- problemNovelty: expected one of "low" \| "medium" \| "high", received "huge"/,
    );
  });
});
