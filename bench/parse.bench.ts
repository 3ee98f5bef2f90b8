// The boundary's cost: buygrid's validation (zod/mini + issue mapping) against a
// hand-written check of the same shape, on valid input.
import { bench, describe } from 'vitest';
import * as z from 'zod/mini';
import { parse } from '../src/_lib/parse.js';
import { id, nonNegative, timestamp } from '../src/_lib/schemas.js';

const offer = z.strictObject({ supplierId: id(), amount: nonNegative(), currency: z.string(), at: timestamp() });
const input = { supplierId: 's1', amount: 1200, currency: 'EUR', at: '2026-03-01T09:00:00Z' };
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;

function handWritten(value: unknown): typeof input {
  if (typeof value !== 'object' || value === null) throw new TypeError('offer');
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) if (!(key in input)) throw new TypeError(key);
  if (typeof v['supplierId'] !== 'string' || v['supplierId'].length === 0 || v['supplierId'].length > 200)
    throw new TypeError('supplierId');
  if (typeof v['amount'] !== 'number' || !Number.isFinite(v['amount']) || v['amount'] < 0)
    throw new TypeError('amount');
  if (typeof v['currency'] !== 'string') throw new TypeError('currency');
  if (typeof v['at'] !== 'string' || !ISO.test(v['at'])) throw new TypeError('at');
  return v as typeof input;
}

describe('validate one valid offer', () => {
  bench('baseline: hand-written check', () => {
    handWritten(input);
  });
  bench('buygrid: parse (zod/mini)', () => {
    parse(offer, input);
  });
});
