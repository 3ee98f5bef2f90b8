import { describe, expect, it } from 'vitest';
import { BuygridInputError } from '../../src/_lib/errors.js';
import { within } from '../../src/prospect/input.js';
import { accountHistory, analyzeProspect } from '../../src/prospect/index.js';
import { goingBack } from './fixtures.js';
import { thrown } from '../_lib/thrown.js';

const issue = (path: string): BuygridInputError => new BuygridInputError([{ path, expected: 'x', received: 'y' }]);
const pathOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof BuygridInputError) return error.issues[0].path;
    throw error;
  }
  return undefined;
};

describe('within', () => {
  it.each([
    ['(root)', 'purchase'],
    ['history[2].at', 'purchase.history[2].at'],
    ['purchase', 'purchase'],
    ['purchase.id', 'purchase.id'],
    ['purchase[0]', 'purchase[0]'],
    ['purchases', 'purchase.purchases'],
  ])('puts the prefix before %j', (path, expected) => {
    expect(
      pathOf(() =>
        within('purchase', () => {
          throw issue(path);
        }),
      ),
    ).toBe(expected);
  });

  it('lets any other error through unchanged', () => {
    const error = new RangeError('boom');
    expect(() =>
      within('x', () => {
        throw error;
      }),
    ).toThrow(error);
    expect(within('x', () => 42)).toBe(42);
  });
});

describe('the boundary of analyzeProspect and accountHistory (read once, through snapshot)', () => {
  const throwing = (): object => ({
    get buyclass(): never {
      throw new Error('getter');
    },
  });
  const revoked = (): object => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };

  it('turns a getter that throws into a BuygridInputError naming the field', () => {
    const error = thrown(() => analyzeProspect({ position: 'in-supplier', situation: throwing() } as never));
    expect(error.issues[0]).toMatchObject({ code: 'unreadable', path: 'situation.buyclass' });
  });

  it('turns a revoked Proxy as the list or the options into a BuygridInputError', () => {
    expect(thrown(() => accountHistory(revoked() as never, { supplierId: 'us' })).issues[0].path).toBe('purchases');
    expect(thrown(() => accountHistory([goingBack], revoked() as never)).issues[0].path).toBe('options');
  });

  it('refuses a __proto__ key and a Date where data is expected, leaving Object.prototype clean', () => {
    const polluted = JSON.parse('{"supplierId":"us","__proto__":{"polluted":true}}') as never;
    expect(thrown(() => accountHistory([goingBack], polluted)).issues[0].code).toBe('unknown-key');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const error = thrown(() =>
      analyzeProspect({
        organization: { type: 'company' },
        situation: { buyclass: { purchasedBefore: false } },
        position: 'in-supplier',
        asOf: new Date(0),
      } as never),
    );
    expect(error.issues[0]).toMatchObject({ path: 'asOf', received: 'a Date object' });
  });
});
