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

  it.each([
    ['company', 'private'],
    ['public-body', 'public-tender'],
    ['institution', 'private'],
  ] as const)('gives a %s the %s regime by default', (type, regime) => {
    const result = classifyOrganization({ type });
    expect(result).toEqual({
      type,
      regime,
      reasons: [expect.objectContaining({ code: 'organization-type' }), expect.objectContaining({ code: 'regime-default' })],
    });
    expect(result).not.toHaveProperty('sizeBand');
  });

  it('assumes a company when no type is given, and says so', () => {
    expect(classifyOrganization().reasons.map((r) => r.message)).toEqual([
      'The type of organization is not given: a company is assumed.',
      'A company buys under the private regime.',
    ]);
  });

  it('takes a regime that overrides the default', () => {
    const result = classifyOrganization({ type: 'institution', employees: 3000, regime: 'public-tender' });
    expect(result).toMatchObject({ type: 'institution', sizeBand: 'large', regime: 'public-tender' });
    expect(result.reasons.map((r) => r.code)).toEqual(['organization-type', 'size-large', 'regime-given']);
  });

  it('explains a public body\'s tender and a headcount', () => {
    expect(classifyOrganization({ type: 'public-body', employees: 42 }).reasons.map((r) => r.message)).toEqual([
      'The buyer is a public body.',
      '42 employees: a small organization (EU thresholds 10, 50, 250).',
      'A public body buys by public tender: competitive bids, usually several offers (rules vary by jurisdiction).',
    ]);
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
        fc.constantFrom('type', 'employees', 'regime', 'other', '__proto__'),
        fc.oneof(fc.constantFrom('company', 'public-body', 'private', 'public-tender', 'x'), fc.double(), fc.constant(undefined)),
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
