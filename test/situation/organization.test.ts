import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  classifyOrganization,
  isOrganizationInput,
  organizationInputSchema,
  type OrganizationInput,
} from '../../src/situation/organization.js';
import { SIZE_BAND_CEILINGS, SIZE_BAND_LIMITS, sizeBandOf } from '../../src/situation/size-band.js';

/**
 * Commission Recommendation 2003/361/EC, Annex art. 2: medium < 250 persons and turnover
 * ≤ EUR 50m and/or balance sheet ≤ EUR 43m; small < 50 and ≤ EUR 10m; micro < 10 and
 * ≤ EUR 2m. Art. 1: an enterprise is an entity engaged in an economic activity.
 */
describe('the size band after Recommendation 2003/361/EC', () => {
  it.each([
    [{ employees: 9 }, 'micro'],
    [{ employees: 9, turnover: 2_000_000 }, 'micro'],
    [{ employees: 9, turnover: 2_000_001 }, 'small'],
    [{ employees: 9, turnover: 5_000_000, balanceSheet: 1_500_000 }, 'micro'],
    [{ employees: 40, turnover: 12_000_000 }, 'medium'],
    [{ employees: 40, balanceSheet: 9_000_000 }, 'small'],
    [{ employees: 200, turnover: 60_000_000, balanceSheet: 43_000_000 }, 'medium'],
    [{ employees: 200, turnover: 60_000_000, balanceSheet: 44_000_000 }, 'large'],
    [{ employees: 200, balanceSheet: 45_000_000 }, 'large'],
    [{ employees: 250, turnover: 1_000_000 }, 'large'],
  ] as const)('puts %j in the %s band', (facts, band) => {
    expect(sizeBandOf(facts)).toBe(band);
    expect(classifyOrganization({ type: 'company', ...facts }).sizeBand).toBe(band);
  });

  it('keeps the thresholds of the Recommendation as data', () => {
    expect(SIZE_BAND_LIMITS).toEqual({ micro: 10, small: 50, medium: 250 });
    expect(SIZE_BAND_CEILINGS.medium).toEqual({ turnover: 50e6, balanceSheet: 43e6 });
  });

  it.each(['public-body', 'institution'] as const)('gives a %s no size band, and says why', (type) => {
    const result = classifyOrganization({ type, employees: 40, regime: 'private' });
    expect(result).not.toHaveProperty('sizeBand');
    expect(result.reasons[1]?.code).toBe('no-size-band');
  });

  it('calls the band of a headcount alone a headcount band, and names the money when given', () => {
    expect(classifyOrganization({ employees: 42 }).reasons[1]?.message).toBe(
      '42 employees: a small enterprise by headcount (EU thresholds 10, 50, 250; turnover and balance sheet not given).',
    );
    expect(classifyOrganization({ employees: 42, turnover: 12_500_000, balanceSheet: 800 }).reasons[1]?.message).toBe(
      '42 employees, turnover €12.5m, balance sheet €800: a small enterprise (EU thresholds: headcount 10, 50, 250; turnover €2m, €10m, €50m or balance sheet €2m, €10m, €43m).',
    );
  });

  it('refuses a negative turnover', () => {
    expect(() => classifyOrganization({ employees: 4, turnover: -1 })).toThrow('turnover: expected');
  });
});

describe('classifyOrganization', () => {
  it.each([
    [1, 'micro'],
    [9, 'micro'],
    [10, 'small'],
    [49, 'small'],
    [50, 'medium'],
    [249, 'medium'],
    [250, 'large'],
    [100000, 'large'],
  ] as const)('puts %d employees in the %s band (EU thresholds)', (employees, band) => {
    expect(classifyOrganization({ employees }).sizeBand).toBe(band);
  });

  it('gives a count of annual work units rounded down the band of the count itself (Rec. 2003/361/EC counts AWU)', () => {
    for (const awu of [9.5, 9.99, 49.5, 249.9, 250.5]) {
      const band = awu < 10 ? 'micro' : awu < 50 ? 'small' : awu < 250 ? 'medium' : 'large';
      expect(classifyOrganization({ employees: Math.floor(awu) }).sizeBand).toBe(band);
    }
  });

  // Directive 2014/24/EU art. 2(1)(1): State, regional and local authorities are contracting authorities;
  // art. 2(1)(4): so are bodies governed by public law — which the caller must say (publicLaw), else private is assumed.
  it.each([
    ['company', undefined, 'private', 'regime-assumed'],
    ['public-body', undefined, 'public-tender', 'regime-default'],
    ['public-body', true, 'public-tender', 'regime-default'],
    ['institution', undefined, 'private', 'regime-assumed'],
    ['institution', true, 'public-tender', 'regime-public-law'],
    ['institution', false, 'private', 'regime-default'],
    ['company', true, 'public-tender', 'regime-public-law'],
    ['company', false, 'private', 'regime-default'],
  ] as const)('gives a %s (publicLaw %s) the %s regime, reason %s', (type, publicLaw, regime, code) => {
    const result = classifyOrganization(publicLaw === undefined ? { type } : { type, publicLaw });
    expect(result).toEqual({
      type,
      regime,
      reasons: [expect.objectContaining({ code: 'organization-type' }), expect.objectContaining({ code })],
    });
    expect(result).not.toHaveProperty('sizeBand');
  });

  it("says that an institution's private regime is assumed, and how to change it", () => {
    expect(classifyOrganization({ type: 'institution' }).reasons[1]?.message).toBe(
      'An institution is assumed to buy under the private regime; many publicly funded hospitals, universities and schools are bodies governed by public law (Directive 2014/24/EU art. 2(1)(4)) and buy under public rules: pass publicLaw: true.',
    );
  });

  it('assumes a company when no type is given, and says so', () => {
    expect(classifyOrganization().reasons.map((r) => r.message)).toEqual([
      'The type of organization is not given: a company is assumed.',
      'A company is assumed to buy under the private regime (unless it is a body governed by public law, Directive 2014/24/EU art. 2(1)(4): pass publicLaw: true).',
    ]);
  });

  it('takes a regime that overrides the default', () => {
    const result = classifyOrganization({ type: 'institution', employees: 3000, regime: 'public-tender' });
    expect(result).toMatchObject({ type: 'institution', regime: 'public-tender' });
    expect(result.reasons.map((r) => r.code)).toEqual(['organization-type', 'no-size-band', 'regime-given']);
  });

  it("explains a public body's regime and headcount, citing the Directive rather than a tender it does not need to hold", () => {
    const messages = classifyOrganization({ type: 'public-body', employees: 42 }).reasons.map((r) => r.message);
    expect(messages).toEqual([
      'The buyer is a public body.',
      '42 employees; no size band: the EU thresholds (Recommendation 2003/361/EC) define enterprises, not public bodies.',
      'A public body (a State, regional or local authority) is a contracting authority (Directive 2014/24/EU art. 2(1)(1)): it buys under public procurement rules — a procedure of the Directive above the EU thresholds, national rules below them.',
    ]);
    expect(messages.join(' ')).not.toMatch(/seed 000|several offers/);
  });

  it.each([
    [{ type: 'school' }, 'type: expected one of "company" | "public-body" | "institution", received "school"'],
    [{ employees: -1 }, 'employees: expected a number ≥ 1, received -1'],
    // One rule for employees in every module (code review §9.5): whole people, at least one.
    [{ employees: 0 }, 'employees: expected a number ≥ 1, received 0'],
    [{ employees: 12.5 }, 'employees: expected an integer, received 12.5'],
    [{ employees: Number.POSITIVE_INFINITY }, 'employees: expected a finite number, received Infinity'],
    [{ employees: Number.NaN }, 'employees: expected a finite number, received NaN'],
    [{ regime: 'tender' }, 'regime: expected one of "private" | "public-tender", received "tender"'],
    [{ sector: 'steel' }, 'sector: expected no such field (not part of this input), received "steel"'],
    [{ publicLaw: 'yes' }, 'publicLaw: expected a boolean, received "yes"'],
    [{ type: 'public-body', publicLaw: false }, 'publicLaw: expected true or nothing for a public body'],
  ])('refuses %j', (input, message) => {
    expect(() => classifyOrganization(input as OrganizationInput)).toThrow(message);
  });

  const money = fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: undefined });
  test.prop([
    fc.double({ min: 0, max: 1e9, noNaN: true }),
    money,
    money,
    fc.constantFrom('employees', 'turnover', 'balanceSheet'),
  ])(
    'never shrinks the band as the headcount, turnover or balance sheet grows',
    (employees, turnover, balanceSheet, axis) => {
      const bands = ['micro', 'small', 'medium', 'large'];
      const facts = { employees, turnover, balanceSheet };
      // Growing one figure of two given (turnover and/or balance sheet) may only raise the band.
      const grown = { ...facts, [axis]: (facts[axis] ?? 0) + 1e6 };
      if (axis !== 'employees' && facts[axis] === undefined) return;
      expect(bands.indexOf(sizeBandOf(facts))).toBeLessThanOrEqual(bands.indexOf(sizeBandOf(grown)));
    },
  );

  test.prop([
    fc.oneof(
      fc.dictionary(
        fc.constantFrom('type', 'employees', 'regime', 'publicLaw', 'other', '__proto__'),
        fc.oneof(
          fc.constantFrom('company', 'public-body', 'private', 'public-tender', 'x', true, false),
          fc.double(),
          fc.constant(undefined),
        ),
      ),
      fc.anything({ withNullPrototype: true }),
    ),
  ])('fast path accepts only what the schema accepts unchanged', (value) => {
    if (isOrganizationInput(value)) {
      const parsed = organizationInputSchema().safeParse(value);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(value);
    }
  });
});
