// The Buygrid as Kotler & Armstrong reproduce it (after Robinson, Faris & Wind 1967, p. 14), and buygrid's crosswalk.
import { describe, expect, it } from 'vitest';
import { BUYCLASS_POLICIES, BUYGRID, BUYPHASES, BUYPHASE_STEPS, STATUS_EVENTS } from '../../src/process/index.js';

describe('the Buygrid as data', () => {
  it('marks every phase "yes" in a new task, and only the specification and the performance review in a straight rebuy', () => {
    expect(BUYPHASES.map((p) => BUYGRID[p]['new-task'])).toEqual(Array(8).fill('yes'));
    expect(BUYPHASES.filter((p) => BUYGRID[p]['straight-rebuy'] === 'yes')).toEqual([
      'product-specification',
      'performance-review',
    ]);
    expect(BUYPHASES.filter((p) => BUYGRID[p]['modified-rebuy'] === 'yes')).toEqual([
      'product-specification',
      'performance-review',
    ]);
  });

  it('places every phase at a status that takes the events named', () => {
    for (const phase of BUYPHASES) {
      const { status, events } = BUYPHASE_STEPS[phase];
      for (const event of events) expect(STATUS_EVENTS[status] as readonly string[]).toContain(event);
    }
  });

  it('drives the straight-rebuy policy: it skips from the specification ("yes") over the steps of phases marked "no"', () => {
    const skip = BUYCLASS_POLICIES['straight-rebuy'].skips[0];
    expect(BUYPHASE_STEPS['product-specification'].status).toBe(skip.from);
    const skipped = BUYPHASES.filter((p) => ['supplier-search', 'negotiation'].includes(BUYPHASE_STEPS[p].status));
    for (const phase of skipped) expect(BUYGRID[phase]['straight-rebuy']).toBe('no');
    expect(skip.to).toBe('decision');
  });
});
