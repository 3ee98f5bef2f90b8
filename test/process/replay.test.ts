import { describe, expect, it } from 'vitest';
import { replay } from '../../src/process/index.js';
import { START } from './fixtures.js';

describe('replay', () => {
  it('names the event of bad input by its index', () => {
    expect(() => replay(START, [{ type: 'needQualified', at: 'x' }])).toThrow('events[0].at');
    expect(() => replay(START, [{ type: 'x' } as never])).toThrow('events[0].type');
    expect(() => replay(START, 'x' as never)).toThrow('events: expected an array');
  });
});
