import { describe, expect, it } from 'vitest';
import { groupRows, replayMany, summarizePurchases } from '../../src/analytics/index.js';
import { explain, label, say } from '../../src/explain/index.js';
import { classifyBuyclass } from '../../src/situation/index.js';
import { thrown } from './thrown.js';

// One rule for the options that are read by hand (functions and catalogs no schema copies):
// nothing is no options; anything else is a plain object of known options, each read once.
const reason = classifyBuyclass({ purchasedBefore: false });
const FUNCTIONS: readonly [string, (options: unknown) => unknown, string][] = [
  ['groupRows', (options) => groupRows([], options as never), 'start'],
  ['replayMany', (options) => replayMany([], options as never), 'onRefusal'],
  ['summarizePurchases', (options) => summarizePurchases([], options as never), 'by, asOf'],
  ['explain', (options) => explain(reason, options as never), 'now, locale'],
  ['say', (options) => say({ code: 'no-champion', message: 'x' }, options as never), 'locale'],
  ['label', (options) => label('role', 'buyer', options as never), 'locale'],
];

const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

describe.each(FUNCTIONS)('%s reads its options by the one rule', (_, run, names) => {
  const shape = `an object { ${names.split(', ').join('?, ')}? }, or nothing`;

  it('takes nothing and an empty object as no options', () => {
    expect(run(undefined)).toEqual(run({}));
  });

  it.each([
    ['null', null, 'null'],
    ['an array', [], 'an array of 0'],
    ['a number', 3, '3'],
    ['a string', 'fr', '"fr"'],
    ['a Date', new Date(0), 'a Date'],
  ])('refuses %s as options, saying which options it takes', (_kind, options, received) => {
    expect(thrown(() => run(options)).issues).toEqual([
      { code: 'invalid-type', path: 'options', expected: shape, received: expect.stringContaining(received) as string },
    ]);
  });

  it('refuses an option it does not have, by its name (a misspelt option is no silent default)', () => {
    expect(thrown(() => run({ lang: 'fr' })).issues).toEqual([
      { code: 'unknown-key', path: 'options.lang', expected: `no such option (${names})`, received: '"fr"' },
    ]);
  });

  it('refuses options that throw when read, naming what threw', () => {
    expect(thrown(() => run(revoked())).issues[0]).toMatchObject({ code: 'unreadable', path: 'options' });
    const first = names.split(', ')[0] ?? '';
    const getter = Object.defineProperty({}, first, {
      enumerable: true,
      get: () => {
        throw new Error('trap');
      },
    });
    expect(thrown(() => run(getter)).issues[0]).toMatchObject({ code: 'unreadable', path: `options.${first}` });
  });
});
