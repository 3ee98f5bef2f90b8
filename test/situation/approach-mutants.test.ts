// src/situation/approach.ts, found weak in a mutation run: the fast check isPurchaseSituation
// "accepts exactly what purchaseSituationSchema accepts unchanged" (its TSDoc), and the
// refusals of recommendApproach, which name each field from its argument (`situation.…`,
// `options.…`: docs/errors.md).
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { thrown } from '../_lib/thrown.js';
import { takesUnchanged } from './unchanged.js';
import { isPurchaseSituation, recommendApproach } from '../../src/situation/approach.js';
import { purchaseSituationSchema, type PurchaseSituation } from '../../src/situation/schema.js';

const SITUATION = {
  buyclass: 'new-task',
  organization: { type: 'company', sizeBand: 'small' },
  regime: 'private',
  reasons: [
    { code: 'buyclass-given', params: { buyclass: 'new-task' }, message: 'The buyclass is given: a new task.' },
  ],
} as const satisfies PurchaseSituation;

describe('isPurchaseSituation', () => {
  const value = fc.constantFrom<unknown>(
    undefined,
    'open',
    'strategic',
    'leverage',
    'small',
    'huge',
    'public-body',
    1,
    { code: 'c', message: 'm' },
  );
  const nearSituation = fc.record({
    top: fc.dictionary(fc.constantFrom('quadrant', 'procedure', 'importance', 'other'), value),
    organization: fc.dictionary(fc.constantFrom('sizeBand', 'other'), value),
    reason: fc.dictionary(fc.constantFrom('params', 'other'), fc.constantFrom<unknown>(undefined, {}, { n: 1 }, 'p')),
  });

  test.prop([nearSituation])('accepts exactly what the schema accepts unchanged', ({ top, organization, reason }) => {
    const situation = {
      ...SITUATION,
      ...top,
      organization: { type: 'company', ...organization },
      reasons: [{ code: 'c', message: 'm', ...reason }],
    };
    expect(isPurchaseSituation(situation)).toBe(takesUnchanged(purchaseSituationSchema(), situation));
  });

  it.each<[string, object, boolean]>([
    ['a size band', {}, true],
    ['a procedure', { procedure: 'open' }, true],
    ['a quadrant and an importance', { quadrant: 'leverage', importance: 'banal' }, true],
    ['a reason without params', { reasons: [{ code: 'c', message: 'm' }] }, true],
    ['an unknown size band', { organization: { type: 'company', sizeBand: 'huge' } }, false],
    ['an unknown key in the organization', { organization: { type: 'company', other: undefined } }, false],
    ['an unknown key in a reason', { reasons: [{ code: 'c', message: 'm', other: 1 }] }, false],
    ['an unknown key holding a procedure', { other: 'open' }, false],
    ['an unknown key holding an importance', { other: 'strategic' }, false],
    ['an unknown key left undefined', { other: undefined }, false],
  ])('%s → %s, as the schema', (_, change, ok) => {
    const situation = { ...SITUATION, ...change };
    expect(isPurchaseSituation(situation)).toBe(ok);
    expect(purchaseSituationSchema().safeParse(situation).success).toBe(ok);
  });
});

describe('recommendApproach refusals', () => {
  const noSuchField = 'expected no such field (not part of this input)';

  it.each<[string, unknown, string]>([
    [
      'a key the organization does not have',
      { ...SITUATION, organization: { type: 'company', extra: 1 } },
      `situation.organization.extra: ${noSuchField}, received 1`,
    ],
    [
      'a key a reason does not have',
      { ...SITUATION, reasons: [{ code: 'c', message: 'm', extra: 1 }] },
      `situation.reasons[0].extra: ${noSuchField}, received 1`,
    ],
    [
      'a key a situation does not have',
      { ...SITUATION, extra: undefined },
      `situation.extra: ${noSuchField}, received undefined`,
    ],
    [
      'a key a situation does not have, holding a procedure',
      { ...SITUATION, extra: 'open' },
      `situation.extra: ${noSuchField}, received "open"`,
    ],
    ['a __proto__ key', JSON.parse('{"__proto__": 1}'), `situation.__proto__: ${noSuchField}, received 1`],
  ])('names the field of the situation: %s', (_, situation, issue) => {
    expect(thrown(() => recommendApproach(situation as PurchaseSituation, { position: 'in-supplier' })).message).toBe(
      `Invalid buygrid input:\n- ${issue}`,
    );
  });

  it('names the field of the options', () => {
    const options: unknown = JSON.parse('{"__proto__": 1, "position": "in-supplier"}');
    expect(thrown(() => recommendApproach(SITUATION, options as { position: 'in-supplier' })).message).toBe(
      `Invalid buygrid input:\n- options.__proto__: expected no such field (not part of this input), received 1`,
    );
  });
});
