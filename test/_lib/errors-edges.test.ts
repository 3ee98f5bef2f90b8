// Edges of BuygridInputError (src/_lib/errors.ts), found by mutation testing: the 20-issue and
// 200-character bounds exactly, every control character the message escapes, the brand check.
// The rules are findings F11a–c of ../shared/research/hostile-input.md: a message stays short,
// one line per issue, and free of control characters.
import { describe, expect, it } from 'vitest';
import { BuygridInputError, isBuygridInputError } from '../../src/_lib/errors.js';

const issue = (n: number): { path: string; expected: string; received: string } => ({
  path: `items[${String(n)}]`,
  expected: 'a string',
  received: String(n),
});

describe('BuygridInputError bounds, exactly', () => {
  it('lists 20 issues with nothing omitted, and 21 as 20 and 1 more', () => {
    const twenty = new BuygridInputError(Array.from({ length: 20 }, (_, n) => issue(n)));
    expect(twenty.issues).toHaveLength(20);
    expect(twenty.omitted).toBe(0);
    expect(twenty.message.split('\n')).toHaveLength(21);
    const more = new BuygridInputError(Array.from({ length: 21 }, (_, n) => issue(n)));
    expect(more.issues).toHaveLength(20);
    expect(more.omitted).toBe(1);
    expect(more.message.split('\n').at(-1)).toBe('- and 1 more');
  });

  it('keeps a field of 200 characters whole and cuts one of 201 to 199 and an ellipsis', () => {
    const whole = new BuygridInputError([{ path: 'p'.repeat(200), expected: 'e', received: 'r' }]);
    expect(whole.issues[0].path).toBe('p'.repeat(200));
    const cut = new BuygridInputError([{ path: 'p'.repeat(201), expected: 'e', received: 'r' }]);
    expect(cut.issues[0].path).toBe(`${'p'.repeat(199)}…`);
  });

  it('says why there is an issue when none was given, and reads a non-list as none', () => {
    const error = new BuygridInputError(undefined as never);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({
      code: 'invalid-value',
      path: '(root)',
      expected: 'valid input',
      received: 'input refused without a reason',
    });
    expect(error.message).toBe(
      'Invalid buygrid input:\n- (root): expected valid input, received input refused without a reason',
    );
    expect(error.omitted).toBe(0);
  });
});

describe('BuygridInputError escapes every control character, and only those', () => {
  it.each([
    ['\u0000', '\\u0000'],
    ['\u001f', '\\u001f'],
    ['\u007f', '\\u007f'],
    ['\u009f', '\\u009f'],
    ['\u2028', '\\u2028'],
    ['\u2029', '\\u2029'],
    ['\u001b', '\\u001b'],
  ])('escapes %j as %s', (character, escaped) => {
    const error = new BuygridInputError([{ path: `a${character}b`, expected: 'e', received: 'r' }]);
    expect(error.issues[0].path).toBe(`a${escaped}b`);
  });

  it.each([' ', '~', '\u00a0', 'é', '\u2027', '\u202a', '…'])('keeps the printable %j as it is', (character) => {
    const error = new BuygridInputError([{ path: `a${character}b`, expected: 'e', received: 'r' }]);
    expect(error.issues[0].path).toBe(`a${character}b`);
  });

  it('escapes every control character of a field, not only the first', () => {
    const error = new BuygridInputError([{ path: 'a', expected: 'e', received: '\n\n\r' }]);
    expect(error.issues[0].received).toBe('\\u000a\\u000a\\u000d');
  });
});

describe('isBuygridInputError', () => {
  it('needs the brand to be exactly true, on an object', () => {
    const brand = Symbol.for('buygrid.BuygridInputError');
    expect(isBuygridInputError({ [brand]: 'yes' })).toBe(false);
    expect(isBuygridInputError({ [brand]: true })).toBe(true);
    expect(isBuygridInputError(undefined)).toBe(false);
    expect(isBuygridInputError(Object.assign(() => 1, { [brand]: true }))).toBe(false);
  });
});
