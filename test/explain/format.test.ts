import { describe, expect, it } from 'vitest';
import { explain, label, say } from '../../src/explain/index.js';
import { roundTo, short, snapshot } from '../../src/explain/format.js';
import { classifyBuyclass } from '../../src/situation/index.js';
import { thrown } from '../_lib/thrown.js';
import { startPurchase } from '../../src/process/index.js';
import { START } from './samples.js';

const result = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(classifyBuyclass({ purchasedBefore: false }))) as Record<string, unknown>;
const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

describe('what explain, say and label read (issue 14: one boundary, read once)', () => {
  it('copies a result once: a getter that throws is an unreadable field, not a crash', () => {
    const hostile = {
      ...result(),
      get confidence(): never {
        throw new Error('getter');
      },
    };
    expect(thrown(() => explain(hostile as never)).issues[0]).toMatchObject({
      code: 'unreadable',
      path: 'result.confidence',
    });
  });

  it('reads a getter of a result a single time', () => {
    let reads = 0;
    const once = {
      ...result(),
      get buyclass(): string {
        reads++;
        return 'new-task';
      },
    };
    expect(explain(once as never)).toContain('new task');
    expect(reads).toBe(1);
  });

  it('refuses what is not data with its path: a function, a Date, a class instance, a BigInt', () => {
    for (const [value, received] of [
      [() => 1, 'a function'],
      [new Date(0), 'a Date object'],
      [
        new (class Point {
          x = 1;
        })(),
        'class instance',
      ],
      [10n, '10'],
    ] as const) {
      const error = thrown(() => snapshot({ reasons: [{ params: { x: value } }] }));
      expect(error.issues[0].path).toBe('result.reasons[0].params.x');
      expect(error.issues[0].received).toContain(received);
    }
  });

  it('turns options and a said value that throw when read into a BuygridInputError', () => {
    const reason = result()['reasons'] as readonly { code: string; message: string }[];
    expect(thrown(() => say(reason[0] as never, revoked() as never)).issues[0].path).toBe('options');
    expect(thrown(() => say(revoked() as never)).issues[0].path).toBe('said');
    expect(thrown(() => label('step', 'decision', revoked() as never)).issues[0].path).toBe('options');
    expect(thrown(() => explain(result() as never, revoked() as never)).issues[0].path).toBe('options');
  });
});

describe('what explain shows of names and numbers (docs/explain.md: names longer than 60 characters are cut)', () => {
  it.each([
    ['a name of 60 characters is kept whole', 'n'.repeat(60), 'n'.repeat(60)],
    ['a name of 61 characters is cut to 59 and an ellipsis', 'n'.repeat(61), `${'n'.repeat(59)}…`],
    ['a long name is cut to 60 characters in all', 'n'.repeat(4000), `${'n'.repeat(59)}…`],
  ])('%s', (_, name, shown) => {
    expect(short(name)).toBe(shown);
    expect(explain(startPurchase({ ...START, need: { summary: name } }))).toBe(
      `p1 (${shown}) · need recognition, step 1 of 5 · 0 days in`,
    );
  });

  it.each([
    [0.125, 2, 0.13],
    [1 / 3, 2, 0.33],
    [10.449, 1, 10.4],
    [-0.001, 2, 0],
  ])('rounds %d to %d decimals as %d, never -0', (value, digits, out) => {
    expect(Object.is(roundTo(value, digits), out)).toBe(true);
  });
});
