// Arbitraries shared by the buying-center property tests.
import { fc } from '@fast-check/vitest';
import { ROLES } from '../../src/_lib/vocabulary.js';
import { STANCES, type BuyingCenterInput, type MemberInput } from '../../src/buying-center/schema.js';

export const roleArb = fc.constantFrom(...ROLES);
export const stanceArb = fc.constantFrom(...STANCES);

export function memberArb(id: string): fc.Arbitrary<MemberInput> {
  return fc.record(
    {
      id: fc.constant(id),
      name: fc.constantFrom('Ana', 'Raj', 'Lea', 'Tom'),
      roles: fc.uniqueArray(roleArb, { maxLength: 4 }),
      influence: fc.double({ min: 0, max: 1, noNaN: true }),
      stance: stanceArb,
      external: fc.boolean(),
    },
    { requiredKeys: ['id', 'name', 'roles', 'influence'] },
  );
}

/** A valid center input of 0–12 members with distinct ids. */
export const centerInputArb: fc.Arbitrary<BuyingCenterInput> = fc
  .integer({ min: 0, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => memberArb(`m${String(i)}`))))
  .map((members) => ({ members }));
