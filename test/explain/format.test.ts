import { describe, expect, it } from 'vitest';
import { explain, label, say } from '../../src/explain/index.js';
import { snapshot } from '../../src/explain/format.js';
import { classifyBuyclass } from '../../src/situation/index.js';
import { thrown } from '../_lib/thrown.js';

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
