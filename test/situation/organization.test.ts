import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  classifyOrganization,
  isOrganizationInput,
  organizationInputSchema,
  sizeBandOf,
  type OrganizationInput,
} from '../../src/situation/organization.js';

describe('classifyOrganization', () => {
  it.each([
    [0, 'micro'],
    [9, 'micro'],
    [9.5, 'micro'],
    [10, 'small'],
    [49, 'small'],
    [50, 'medium'],
    [249.9, 'medium'],
    [250, 'large'],
    [100000, 'large'],
  ] as const)('puts %d employees in the %s band (EU thresholds)', (employees, band) => {
    expect(classifyOrganization({ employees }).sizeBand).toBe(band);
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

  it('says that an institution\'s private regime is assumed, and how to change it', () => {
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
    expect(result).toMatchObject({ type: 'institution', sizeBand: 'large', regime: 'public-tender' });
    expect(result.reasons.map((r) => r.code)).toEqual(['organization-type', 'size-large', 'regime-given']);
  });

  it('explains a public body\'s regime, citing the Directive rather than a tender it does not need to hold', () => {
    const messages = classifyOrganization({ type: 'public-body', employees: 42 }).reasons.map((r) => r.message);
    expect(messages[0]).toBe('The buyer is a public body.');
    expect(messages.at(-1)).toBe(
      'A public body (a State, regional or local authority) is a contracting authority (Directive 2014/24/EU art. 2(1)(1)): it buys under public procurement rules — a procedure of the Directive above the EU thresholds, national rules below them.',
    );
    expect(messages.join(' ')).not.toMatch(/seed 000|several offers/);
  });

  it.each([
    [{ type: 'school' }, 'type: expected one of "company" | "public-body" | "institution", received "school"'],
    [{ employees: -1 }, 'employees: expected a finite number ≥ 0, received -1'],
    [{ employees: Number.POSITIVE_INFINITY }, 'employees: expected a finite number, received Infinity'],
    [{ employees: Number.NaN }, 'employees: expected a finite number, received NaN'],
    [{ regime: 'tender' }, 'regime: expected one of "private" | "public-tender", received "tender"'],
    [{ sector: 'steel' }, 'sector: expected no such field (not part of this input), received "steel"'],
    [{ publicLaw: 'yes' }, 'publicLaw: expected a boolean, received "yes"'],
    [{ type: 'public-body', publicLaw: false }, 'publicLaw: expected true or nothing for a public body'],
  ])('refuses %j', (input, message) => {
    expect(() => classifyOrganization(input as OrganizationInput)).toThrow(message);
  });

  test.prop([fc.double({ min: 0, max: 1e9, noNaN: true })])('never shrinks the band as the headcount grows', (n) => {
    const bands = ['micro', 'small', 'medium', 'large'];
    expect(bands.indexOf(sizeBandOf(n))).toBeLessThanOrEqual(bands.indexOf(sizeBandOf(n + 1)));
  });

  test.prop([
    fc.oneof(
      fc.dictionary(
        fc.constantFrom('type', 'employees', 'regime', 'publicLaw', 'other', '__proto__'),
        fc.oneof(fc.constantFrom('company', 'public-body', 'private', 'public-tender', 'x', true, false), fc.double(), fc.constant(undefined)),
      ),
      fc.anything({ withNullPrototype: true }),
    ),
  ])('fast path accepts only what the schema accepts unchanged', (value) => {
    if (isOrganizationInput(value)) {
      const parsed = organizationInputSchema.safeParse(value);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(value);
    }
  });
});
