// src/situation/thresholds.ts at its edges, found weak in a mutation run. The rules: Directive
// 2014/24/EU art. 4 (the Directive applies from the threshold, "equal to or greater than"),
// art. 5(1) (the value compared is net of VAT, in euro), and the thresholds of Commission
// Delegated Regulation (EU) 2025/2152 for 2026–2027 (EU_THRESHOLDS); the fast check
// isContractValue accepts exactly what contractValueSchema accepts unchanged (its TSDoc).
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import {
  AUTHORITY_LEVELS,
  CONTRACT_SUBJECTS,
  EU_THRESHOLDS,
  contractValueSchema,
  isContractValue,
  procedureOf,
} from '../../src/situation/thresholds.js';

const contractValueLike = fc.record(
  {
    amount: fc.oneof(fc.double(), fc.constantFrom(0, -0, 140_000, Number.MAX_VALUE), fc.string({ maxLength: 2 })),
    currency: fc.oneof(fc.constantFrom('EUR', 'SEK', 'eur', 'EURO', 'EU', '', 'E1R'), fc.string({ maxLength: 4 })),
    subject: fc.constantFrom(...CONTRACT_SUBJECTS, 'goods', ''),
    authority: fc.constantFrom(...AUTHORITY_LEVELS, 'local', undefined, null),
    extra: fc.constantFrom(1, undefined),
  },
  { requiredKeys: [] },
);

describe('isContractValue', () => {
  test.prop([fc.oneof(contractValueLike, fc.anything())])(
    'accepts exactly what contractValueSchema accepts, and only values it leaves unchanged',
    (value) => {
      const parsed = contractValueSchema().safeParse(value);
      expect(isContractValue(value)).toBe(parsed.success);
      if (parsed.success) expect(parsed.data).toEqual(value);
    },
  );

  it.each([
    [{ amount: 0, currency: 'EUR', subject: 'works' }, true],
    [{ amount: 1, currency: 'SEK', subject: 'services', authority: 'sub-central' }, true],
    [{ amount: Number.POSITIVE_INFINITY, currency: 'EUR', subject: 'works' }, false],
    [{ amount: Number.NaN, currency: 'EUR', subject: 'works' }, false],
    [{ amount: -1, currency: 'EUR', subject: 'works' }, false],
    [{ amount: 1, currency: 'EURO', subject: 'works' }, false],
    [{ amount: 1, currency: 'xEUR', subject: 'works' }, false],
    [{ amount: 1, currency: 'EUR', subject: 'goods' }, false],
    [{ amount: 1, currency: 'EUR', subject: 'works', authority: 'local' }, false],
    [{ amount: 1, currency: 'EUR', subject: 'works', vat: 0 }, false],
    [{ amount: '5', currency: 'EUR', subject: 'works' }, false],
    [{ amount: 1, currency: ['EUR'], subject: 'works' }, false],
    [null, false],
  ])('%j → %s', (value, ok) => {
    expect(isContractValue(value)).toBe(ok);
    expect(contractValueSchema().safeParse(value).success).toBe(ok);
  });
});

describe('procedureOf', () => {
  it('compares the value with the threshold of its subject and authority, and says which, in euro', () => {
    const { procedure, reasons } = procedureOf('public-tender', 'new-task', undefined, {
      amount: 5_404_000,
      currency: 'EUR',
      subject: 'works',
      authority: 'sub-central',
    });
    expect(procedure).toBe('open');
    expect(reasons[0]).toEqual({
      code: 'above-threshold',
      params: {
        amount: 5_404_000,
        currency: 'EUR',
        subject: 'works',
        authority: 'sub-central',
        threshold: 5_404_000,
        regulation: EU_THRESHOLDS.regulation,
        validFrom: '2026-01-01',
        validUntil: '2027-12-31',
      },
      message:
        '€5,404,000 of works is at or above the EU threshold of €5,404,000 (Commission Delegated Regulation (EU) 2025/2152, 2026–2027): Directive 2014/24/EU applies.',
    });
    expect(reasons[1]?.code).toBe('procedure-default');
  });

  it('assumes no authority level for works (one threshold for both) and names none in the params', () => {
    const [reason] = procedureOf('public-tender', 'new-task', undefined, {
      amount: 100,
      currency: 'EUR',
      subject: 'works',
    }).reasons;
    expect(reason?.message).not.toContain('authority level not given');
    expect(reason?.params).not.toHaveProperty('authority');
    expect(reason?.message).toMatch(/^€100 of works is below the EU threshold of €5,404,000 \(/);
  });

  it('says the central threshold is assumed only when the authority level is missing', () => {
    const message = (authority?: 'sub-central'): string =>
      procedureOf(
        'public-tender',
        'new-task',
        undefined,
        authority === undefined
          ? { amount: 100, currency: 'EUR', subject: 'supplies' }
          : { amount: 100, currency: 'EUR', subject: 'supplies', authority },
      ).reasons[0]?.message ?? '';
    expect(message()).toContain('the lower, central-government threshold is assumed');
    expect(message('sub-central')).not.toContain('assumed');
    expect(message('sub-central')).toContain('the EU threshold of €216,000');
  });

  it('names the buyclass behind the default open procedure', () => {
    expect(procedureOf('public-tender', 'modified-rebuy', undefined, undefined).reasons.at(-1)).toMatchObject({
      code: 'procedure-default',
      params: { buyclass: 'modified-rebuy' },
    });
  });

  it('names the currency it cannot compare', () => {
    expect(
      procedureOf('public-tender', 'new-task', undefined, { amount: 5, currency: 'SEK', subject: 'supplies' })
        .reasons[0],
    ).toMatchObject({ code: 'threshold-not-checked', params: { currency: 'SEK' } });
  });

  it('gives a private buyer no procedure and no reason when there is no value', () => {
    expect(procedureOf('private', 'new-task', undefined, undefined)).toEqual({ reasons: [] });
  });

  it('keeps the given procedure even below the threshold, and says so', () => {
    const { procedure, reasons } = procedureOf('public-tender', 'straight-rebuy', 'framework-call-off', {
      amount: 10,
      currency: 'EUR',
      subject: 'supplies',
      authority: 'central',
    });
    expect(procedure).toBe('framework-call-off');
    expect(reasons.map((r) => r.code)).toEqual(['below-threshold', 'procedure-given']);
    expect(reasons[1]).toMatchObject({ params: { procedure: 'framework-call-off' } });
  });

  it('suggests a framework call-off only for a straight rebuy', () => {
    const last = (buyclass: 'new-task' | 'modified-rebuy' | 'straight-rebuy'): string =>
      procedureOf('public-tender', buyclass, undefined, undefined).reasons.at(-1)?.message ?? '';
    expect(last('straight-rebuy')).toContain('framework-call-off');
    expect(last('modified-rebuy')).not.toContain('framework-call-off');
  });
});
