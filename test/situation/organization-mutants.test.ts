// src/situation/organization.ts, found weak in a mutation run: the fast check
// isOrganizationInput "accepts exactly what organizationInputSchema accepts unchanged" (its
// TSDoc), the reasons of the size band and of the regime (docs/situation.md, "Size band" and
// "Organization and regime"), the refusal of publicLaw: false for a public body, and what the
// module builds once (its labels at import, its schema on first use): the last tests load the
// module afresh to check what is built then.
import { describe, expect, it, vi } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { thrown } from '../_lib/thrown.js';
import { takesUnchanged } from './unchanged.js';
import { classifySituation } from '../../src/situation/situation.js';
import {
  classifyOrganization,
  isOrganizationInput,
  organizationInputSchema,
  type OrganizationInput,
} from '../../src/situation/organization.js';

describe('isOrganizationInput', () => {
  const nearOrganization = fc.dictionary(
    fc.constantFrom('type', 'employees', 'turnover', 'balanceSheet', 'publicLaw', 'regime', 'other'),
    fc.constantFrom<unknown>(
      undefined,
      null,
      0,
      1,
      2.5,
      -1,
      40,
      12_000_000,
      Number.POSITIVE_INFINITY,
      Number.NaN,
      '5',
      true,
      false,
      'company',
      'public-body',
      'private',
    ),
  );

  test.prop([nearOrganization])('accepts exactly what the schema accepts unchanged', (value) => {
    expect(isOrganizationInput(value)).toBe(takesUnchanged(organizationInputSchema(), value));
  });

  it.each<[unknown, boolean]>([
    [{ employees: 40 }, true],
    [{ employees: undefined }, true],
    [{ turnover: 0 }, true],
    [{ turnover: 12_500_000.5 }, true],
    [{ turnover: undefined }, true],
    [{ balanceSheet: 43_000_000 }, true],
    [{ turnover: -1 }, false],
    [{ turnover: Number.POSITIVE_INFINITY }, false],
    [{ turnover: '5' }, false],
    [{ balanceSheet: null }, false],
    [{ publicLaw: undefined }, true],
    [{ publicLaw: 'yes' }, false],
  ])('%o → %s, as the schema', (value, ok) => {
    expect(isOrganizationInput(value)).toBe(ok);
    expect(organizationInputSchema().safeParse(value).success).toBe(ok);
  });
});

describe('the size band reason', () => {
  it.each<[string, OrganizationInput, object]>([
    [
      'a public body',
      { type: 'public-body', employees: 30 },
      {
        code: 'no-size-band',
        params: { employees: 30, type: 'public-body' },
        message:
          '30 employees; no size band: the EU thresholds (Recommendation 2003/361/EC) define enterprises, not public bodies.',
      },
    ],
    [
      'an institution',
      { type: 'institution', employees: 30 },
      {
        code: 'no-size-band',
        params: { employees: 30, type: 'institution' },
        message:
          '30 employees; no size band: the EU thresholds (Recommendation 2003/361/EC) define enterprises, not institutions.',
      },
    ],
    [
      'a company with a turnover of exactly €1m',
      { employees: 5, turnover: 1_000_000 },
      {
        code: 'size-micro',
        params: { employees: 5, turnover: 1_000_000 },
        message:
          '5 employees, turnover €1m: a micro enterprise (EU thresholds: headcount 10, 50, 250; turnover €2m, €10m, €50m or balance sheet €2m, €10m, €43m).',
      },
    ],
    [
      'a company with only its balance sheet, above the small ceiling of €10m',
      { employees: 40, balanceSheet: 12_000_000 },
      {
        code: 'size-medium',
        params: { employees: 40, balanceSheet: 12_000_000 },
        message:
          '40 employees, balance sheet €12m: a medium enterprise (EU thresholds: headcount 10, 50, 250; turnover €2m, €10m, €50m or balance sheet €2m, €10m, €43m).',
      },
    ],
    [
      'a company with its headcount only',
      { employees: 40 },
      {
        code: 'size-small',
        params: { employees: 40 },
        message:
          '40 employees: a small enterprise by headcount (EU thresholds 10, 50, 250; turnover and balance sheet not given).',
      },
    ],
  ])('of %s', (_, input, reason) => {
    expect(classifyOrganization(input).reasons[1]).toStrictEqual(reason);
  });
});

describe('the regime of a body not governed by public law', () => {
  it.each<[OrganizationInput, string]>([
    [
      { type: 'institution', publicLaw: false },
      'Not a body governed by public law: an institution buys under the private regime.',
    ],
    [
      { type: 'company', publicLaw: false },
      'Not a body governed by public law: a company buys under the private regime.',
    ],
  ])('%j: %s', (input, message) => {
    const result = classifyOrganization(input);
    expect(result.regime).toBe('private');
    expect(result.reasons.at(-1)).toEqual({ code: 'regime-default', params: { type: input.type }, message });
  });

  const refused =
    'expected true or nothing for a public body (a State, regional or local authority is a contracting authority, Directive 2014/24/EU art. 2(1)(1)), received false';

  it('cannot be a public body: classifyOrganization refuses publicLaw: false', () => {
    expect(thrown(() => classifyOrganization({ type: 'public-body', publicLaw: false })).message).toBe(
      `Invalid buygrid input:\n- publicLaw: ${refused}`,
    );
  });

  it('cannot be a public body: classifySituation refuses organization.publicLaw: false', () => {
    expect(
      thrown(() => classifySituation({ buyclass: 'new-task', organization: { type: 'public-body', publicLaw: false } }))
        .message,
    ).toBe(`Invalid buygrid input:\n- organization.publicLaw: ${refused}`);
  });
});

describe('a fresh organization module', () => {
  it('names the organization and shows its money in its first reasons', async () => {
    vi.resetModules();
    const fresh = await import('../../src/situation/organization.js');
    expect(fresh.classifyOrganization({ employees: 40, turnover: 12_000_000 }).reasons[1]?.message).toBe(
      '40 employees, turnover €12m: a medium enterprise (EU thresholds: headcount 10, 50, 250; turnover €2m, €10m, €50m or balance sheet €2m, €10m, €43m).',
    );
    expect(
      (['company', 'public-body', 'institution'] as const).map(
        (type) => fresh.classifyOrganization({ type }).reasons[0]?.message,
      ),
    ).toEqual(['The buyer is a company.', 'The buyer is a public body.', 'The buyer is an institution.']);
  });

  it('names each wrong field on the first refusal of a fresh module', async () => {
    vi.resetModules();
    const fresh = await import('../../src/situation/organization.js');
    expect(thrown(() => fresh.classifyOrganization({ employees: -1, turnover: -1 })).message).toBe(
      'Invalid buygrid input:\n- employees: expected a number ≥ 1, received -1\n- turnover: expected a finite number ≥ 0, received -1',
    );
  });
});
