import { describe, expect, it } from 'vitest';
import { BuygridInputError, isBuygridInputError } from '../../src/_lib/errors.js';

describe('BuygridInputError', () => {
  const error = new BuygridInputError([
    { path: 'a', expected: 'a string', received: '1' },
    { path: 'b.c', expected: 'a number in [0, 1]', received: '2' },
  ]);

  it('is a TypeError with a name and one line per issue', () => {
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe('BuygridInputError');
    expect(error.message.split('\n')).toEqual([
      'Invalid buygrid input:',
      '- a: expected a string, received 1',
      '- b.c: expected a number in [0, 1], received 2',
    ]);
  });

  it('freezes its issues', () => {
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
  });

  it('is recognised by its brand, not by its class', () => {
    expect(isBuygridInputError(error)).toBe(true);
    const foreign = Object.assign(new TypeError('x'), { [Symbol.for('buygrid.BuygridInputError')]: true });
    expect(isBuygridInputError(foreign)).toBe(true);
    expect(isBuygridInputError(new TypeError('x'))).toBe(false);
    expect(isBuygridInputError(null)).toBe(false);
    expect(isBuygridInputError('BuygridInputError')).toBe(false);
  });
});
