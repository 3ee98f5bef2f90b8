// The refusals of transition word for word: time order across offsets, the role rule of a
// buying center, the outcomes, the steps, and the context a transition takes.
import { describe, expect, it } from 'vitest';
import { createBuyingCenter } from '../../src/buying-center/index.js';
import {
  allowedEvents,
  can,
  startPurchase,
  transition,
  type PurchaseEvent,
  type PurchaseState,
  type TransitionContext,
} from '../../src/process/index.js';
import { thrown } from '../_lib/thrown.js';
import { START, at, purchaseIn } from './fixtures.js';

describe('an event may not go back in time, whatever the zone its time is written in', () => {
  // [start of the purchase, the event's at, accepted]: the instants compare, not the strings.
  it.each([
    ['10:00 at +02:00 (08:00Z), after 09:00Z', '2026-03-01T09:00:00Z', '2026-03-01T10:00:00+02:00', false],
    ['10:00 at +01:00 (09:00Z), at 09:00Z', '2026-03-01T09:00:00Z', '2026-03-01T10:00:00+01:00', true],
    ['09:00:00.000Z, at 09:00:00Z', '2026-03-01T09:00:00Z', '2026-03-01T09:00:00.000Z', true],
    [
      '09:00Z, after 10:00 at +02:00 (08:00Z), both 25 characters',
      '2026-03-01T10:00:00+02:00',
      '2026-03-01T09:00:00.0000Z',
      true,
    ],
    [
      '10:00 at +02:00 (08:00Z), after 09:00Z, both 25 characters',
      '2026-03-01T09:00:00.0000Z',
      '2026-03-01T10:00:00+02:00',
      false,
    ],
    ['a tenth of a millisecond before the start', '2026-03-01T09:00:00.0002Z', '2026-03-01T09:00:00.0001Z', false],
    ['a tenth of a millisecond after the start', '2026-03-01T09:00:00.0001Z', '2026-03-01T09:00:00.0002Z', true],
    // The same instants written with an offset, or with fewer digits: Date.parse drops what is past the millisecond.
    [
      'a tenth of a millisecond before, at +00:00',
      '2026-03-01T09:00:00.0002Z',
      '2026-03-01T09:00:00.0001+00:00',
      false,
    ],
    ['a tenth of a millisecond after, at +00:00', '2026-03-01T09:00:00.0001Z', '2026-03-01T09:00:00.0002+00:00', true],
    [
      '0.00019 s before 0.0002 s, written shorter',
      '2026-03-01T10:00:00.0002+01:00',
      '2026-03-01T09:00:00.00019Z',
      false,
    ],
    ['0.0002 s, the same instant as 0.00020 s', '2026-03-01T09:00:00.0002Z', '2026-03-01T10:00:00.00020+01:00', true],
    [
      'a millisecond earlier, with more digits past it',
      '2026-03-01T09:00:00.002+00:00',
      '2026-03-01T09:00:00.0019Z',
      false,
    ],
  ])('%s: accepted %s', (_, startedAt, eventAt, accepted) => {
    const state = startPurchase({ ...START, at: startedAt });
    const event: PurchaseEvent = { type: 'needQualified', at: eventAt };
    const result = transition(state, event);
    expect(can(state, event)).toBe(accepted);
    if (accepted) {
      expect(result.ok).toBe(true);
      return;
    }
    expect(result).toEqual({
      ok: false,
      state,
      rejection: {
        code: 'guard',
        guard: 'chronological',
        params: { guard: 'chronological', at: eventAt, last: startedAt },
        message: `the event is dated ${eventAt}, before the last event of the purchase (${startedAt})`,
      },
    });
  });

  it('compares with the last event of the history, written with an offset', () => {
    const state = transition(startPurchase(START), { type: 'needQualified', at: '2026-03-01T12:00:00+03:00' });
    expect(state.ok).toBe(true);
    if (!state.ok) return;
    const requirement = { id: 'r1', text: '2.5 t' };
    // 09:30Z is after 12:00+03:00 (09:00Z), 08:30Z is before it.
    expect(transition(state.state, { type: 'requirementAdded', at: '2026-03-01T09:30:00Z', requirement }).ok).toBe(
      true,
    );
    expect(
      transition(state.state, { type: 'requirementAdded', at: '2026-03-01T08:30:00Z', requirement }),
    ).toMatchObject({
      ok: false,
      rejection: { guard: 'chronological', params: { last: '2026-03-01T12:00:00+03:00' } },
    });
  });
});

describe('the role rule of a buying center', () => {
  // specificationApproved is reserved to a prescriber or a decider (the default policy).
  const center = createBuyingCenter({
    members: [
      { id: 'p1', name: 'Pia', roles: ['prescriber'], influence: 0.6 },
      { id: 'u1', name: 'Uwe', roles: ['user'], influence: 0.3 },
      { id: 'm1', name: 'Mo', roles: ['user', 'buyer'], influence: 0.4 },
      { id: 'x1', name: 'Xi', roles: [], influence: 0.1 },
    ],
  });
  const spec = purchaseIn('specification');
  const approve = { type: 'specificationApproved', at: at(3) } as const;
  const needed = 'specificationApproved must be recorded by a prescriber or decider of the buying center';
  const roles = ['prescriber', 'decider'];

  it('takes the event recorded by a member holding one of the roles', () => {
    expect(transition(spec, { ...approve, by: 'p1' }, { buyingCenter: center })).toMatchObject({
      ok: true,
      state: { status: 'supplier-search' },
    });
  });

  it.each([
    ['no member named', undefined, {}, `${needed}; no member was named (by)`],
    ['someone not in the center', 'zz', { by: 'zz' }, `${needed}; "zz" is not a member`],
    ['a member with no role', 'x1', { by: 'x1', held: [] }, `${needed}; "x1" is no role`],
    ['a member with another role', 'u1', { by: 'u1', held: ['user'] }, `${needed}; "u1" is user`],
    ['a member with two other roles', 'm1', { by: 'm1', held: ['user', 'buyer'] }, `${needed}; "m1" is user, buyer`],
  ])('refuses it recorded by %s, saying who lacks what', (_, by, said, message) => {
    const event: PurchaseEvent = by === undefined ? approve : { ...approve, by };
    const result = transition(spec, event, { buyingCenter: center });
    expect(result).toEqual({
      ok: false,
      state: spec,
      rejection: {
        code: 'guard',
        guard: 'role',
        params: { guard: 'role', event: 'specificationApproved', roles, ...said },
        message,
      },
    });
    expect(can(spec, event, { buyingCenter: center })).toBe(false);
    // Without a buying center, no role rule applies.
    expect(transition(spec, event).ok).toBe(true);
  });

  it('reserves nothing when the policy lists no role for the event', () => {
    const open = purchaseIn('specification', { ...START, policy: { roles: { specificationApproved: [] } } });
    expect(transition(open, approve, { buyingCenter: center }).ok).toBe(true);
    expect(transition(open, { ...approve, by: 'x1' }, { buyingCenter: center }).ok).toBe(true);
  });
});

describe('the refusals of a step and of an outcome', () => {
  const review = { type: 'performanceReviewed', at: at(20), supplierId: 's1', satisfaction: 0.8 } as const;

  it.each([
    [
      'an awarded purchase',
      () => purchaseIn('awarded'),
      { code: 'terminal', params: { status: 'awarded' } },
      'the purchase is awarded; it takes no more events but a performance review',
    ],
    [
      'an abandoned purchase',
      () => purchaseIn('abandoned'),
      { code: 'terminal', params: { status: 'abandoned' } },
      'the purchase is abandoned; it takes no more events',
    ],
  ])('%s says what it still takes', (_, state, reason, message) => {
    const s = state();
    expect(transition(s, { type: 'needQualified', at: at(20) })).toEqual({
      ok: false,
      state: s,
      rejection: { ...reason, message },
    });
  });

  it('an awarded purchase takes its performance review', () => {
    expect(transition(purchaseIn('awarded'), review).ok).toBe(true);
    expect(allowedEvents(purchaseIn('awarded'))).toEqual(['performanceReviewed']);
  });

  it.each([
    [
      'an abandoned purchase, a performance review: nothing',
      (): PurchaseState => purchaseIn('abandoned'),
      review,
      'performanceReviewed is not taken in abandoned; it takes nothing',
      [],
    ],
    [
      'supplier search, an offer',
      (): PurchaseState => purchaseIn('supplier-search'),
      { type: 'offerReceived', at: at(20), offer: { supplierId: 's1', amount: 1, currency: 'EUR' } },
      'offerReceived is not taken in supplier search; it takes supplierIdentified, supplierShortlisted, supplierExcluded, negotiationStarted, stepRevisited, stepSkipped, purchaseAbandoned',
      [
        'supplierIdentified',
        'supplierShortlisted',
        'supplierExcluded',
        'negotiationStarted',
        'stepRevisited',
        'stepSkipped',
        'purchaseAbandoned',
      ],
    ],
  ] as const)('%s', (_, state, event, message, accepted) => {
    const s = state();
    expect(transition(s, event)).toEqual({
      ok: false,
      state: s,
      rejection: { code: 'not-allowed', params: { event: event.type, status: s.status, accepted }, message },
    });
  });
});

describe('the context of a transition', () => {
  const spec = purchaseIn('specification');
  const approve = { type: 'specificationApproved', at: at(3) } as const;
  const unreadable = (path: string) => [
    { code: 'unreadable', path, expected: 'a readable value', received: 'a value that throws when read' },
  ];
  const throwing = (): never => {
    throw new Error('no');
  };

  it.each([
    ['nothing', undefined],
    ['an empty object', {}],
    // Not in the type (exactOptionalPropertyTypes), but a JavaScript caller may write it.
    ['a buying center left undefined', { buyingCenter: undefined } as unknown as TransitionContext],
  ])('with %s, checks no role', (_, context) => {
    expect(transition(spec, approve, context).ok).toBe(true);
    expect(can(spec, approve, context)).toBe(true);
  });

  it.each([
    ['a number', 5, '5'],
    ['a string', 'center', '"center"'],
  ])('refuses %s: the context is an object', (_, context, received) => {
    expect(thrown(() => transition(spec, approve, context as never)).issues).toEqual([
      { code: 'invalid-type', path: 'context', expected: 'an object { buyingCenter? }', received },
    ]);
  });

  it('refuses members that are not an array as createBuyingCenter does, whatever the event', () => {
    const context = { buyingCenter: { members: 'p1' } } as never;
    const start = startPurchase(START);
    for (const [state, event] of [
      [spec, approve],
      [start, { type: 'needQualified', at: at(1) }],
    ] as const) {
      expect(thrown(() => transition(state, event, context)).issues).toMatchObject([
        { code: 'invalid-type', path: 'context.buyingCenter.members', received: '"p1"' },
      ]);
    }
  });

  it('refuses a field other than buyingCenter, unread', () => {
    const context = { buyingCenter: createBuyingCenter({ members: [] }), note: 'x' };
    expect(thrown(() => transition(spec, approve, context as never)).issues).toEqual([
      {
        code: 'unknown-key',
        path: 'context.note',
        expected: 'no such field (not part of this input)',
        received: 'a value',
      },
    ]);
  });

  it.each([
    ['whose prototype cannot be read', new Proxy({}, { getPrototypeOf: throwing }), 'context'],
    ['whose keys cannot be listed', new Proxy({}, { ownKeys: throwing }), 'context'],
    [
      'whose buyingCenter throws when read',
      Object.defineProperty({}, 'buyingCenter', { get: throwing, enumerable: true }),
      'context.buyingCenter',
    ],
  ])('refuses a context %s, naming where', (_, context, path) => {
    expect(thrown(() => transition(spec, approve, context as never)).issues).toEqual(unreadable(path));
  });
});
