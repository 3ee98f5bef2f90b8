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

  it('never throws, even for a revoked or throwing Proxy (explain asks it of any result)', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(isBuygridInputError(proxy)).toBe(false);
    const trap = new Proxy(
      {},
      {
        get: (): never => {
          throw new Error('trap');
        },
      },
    );
    expect(isBuygridInputError(trap)).toBe(false);
  });
});

// Findings F11a–c and code-review §9.6 (../shared/research/hostile-input.md, code-review.md):
// an error must stay short, single-line per issue and free of control characters, whatever the input.
describe('BuygridInputError keeps its message short and safe', () => {
  const issue = (n: number): { path: string; expected: string; received: string } => ({
    path: `items[${String(n)}]`,
    expected: 'a string',
    received: String(n),
  });

  it('lists at most 20 issues, then says how many more', () => {
    const error = new BuygridInputError(Array.from({ length: 100_000 }, (_, n) => issue(n)));
    expect(error.issues).toHaveLength(20);
    expect(error.omitted).toBe(99_980);
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[20]).toBe('- items[19]: expected a string, received 19');
    expect(lines[21]).toBe('- and 99980 more');
  });

  it('says nothing of more issues when all are listed', () => {
    const error = new BuygridInputError([issue(0)]);
    expect(error.omitted).toBe(0);
    expect(error.message).not.toContain('more');
  });

  it('is never empty: no issue gives one (root) issue', () => {
    const error = new BuygridInputError([]);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ code: 'invalid-value', path: '(root)' });
  });

  it('gives every issue a code, invalid-value when none is given or the given one is unknown', () => {
    const error = new BuygridInputError([
      { code: 'unknown-key', path: 'a', expected: 'b', received: 'c' },
      issue(1),
      { code: 'bogus' as never, path: 'a', expected: 'b', received: 'c' },
    ]);
    expect(error.issues.map((i) => i.code)).toEqual(['unknown-key', 'invalid-value', 'invalid-value']);
  });

  it('escapes control characters, so one issue is one line and no terminal escape gets through', () => {
    const forged = 'x\n- status: expected nothing, received \u001b[31mFORGED\u001b[0m\r\u2028';
    const error = new BuygridInputError([{ path: forged, expected: forged, received: forged }]);
    expect(error.message.split('\n')).toHaveLength(2);
    // eslint-disable-next-line no-control-regex
    expect(error.message).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(error.issues[0].path).toContain('x\\u000a- status');
    expect(error.issues[0].received).toContain('\\u001b[31mFORGED');
  });

  it('cuts each field at 200 characters', () => {
    const long = 'k'.repeat(1_000_000);
    const error = new BuygridInputError([{ path: long, expected: long, received: long }]);
    for (const field of [error.issues[0].path, error.issues[0].expected, error.issues[0].received]) {
      expect(field).toHaveLength(200);
      expect(field.endsWith('…')).toBe(true);
    }
    expect(error.message.length).toBeLessThan(700);
  });
});
