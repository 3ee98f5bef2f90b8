import { describe, expect, it } from 'vitest';
import { ROLES, STEPS } from '../../src/_lib/vocabulary.js';
import { parse } from '../../src/_lib/parse.js';
import {
  PARTICIPATION,
  PARTICIPATION_THRESHOLD,
  participationSchema,
  rolesInStep,
} from '../../src/buying-center/participation.js';

describe('PARTICIPATION', () => {
  it('gives every role a value in [0, 1] for every step, and is a valid matrix', () => {
    expect(Object.keys(PARTICIPATION)).toEqual([...STEPS]);
    for (const step of STEPS) expect(Object.keys(PARTICIPATION[step])).toEqual([...ROLES]);
    expect(parse(participationSchema(), PARTICIPATION)).toEqual(PARTICIPATION);
  });

  it('leaves no step without a role above the threshold', () => {
    for (const step of STEPS) expect(rolesInStep(step).length).toBeGreaterThan(0);
  });
});

describe('rolesInStep', () => {
  it.each([
    ['need-recognition', ['initiator', 'user']],
    ['specification', ['user', 'prescriber', 'advisor']],
    ['supplier-search', ['prescriber', 'gatekeeper', 'buyer']],
    ['negotiation', ['buyer']],
    ['decision', ['decider', 'approver']],
  ] as const)('gives the roles of %s at the default threshold', (step, roles) => {
    expect(rolesInStep(step)).toEqual(roles);
  });

  it('counts a participation equal to the threshold as taking part', () => {
    expect(PARTICIPATION['supplier-search'].prescriber).toBe(PARTICIPATION_THRESHOLD);
    expect(rolesInStep('supplier-search')).toContain('prescriber');
  });

  it('takes a matrix and a threshold of one’s own', () => {
    const mine = { ...PARTICIPATION, negotiation: { ...PARTICIPATION.negotiation, decider: 0.8 } };
    expect(rolesInStep('negotiation', { participation: mine })).toEqual(['buyer', 'decider']);
    expect(rolesInStep('negotiation', { threshold: 0 })).toEqual([...ROLES]);
  });

  it.each([
    ['an unknown step', () => rolesInStep('closing' as never), /step: expected one of "need-recognition"/],
    [
      'a threshold above 1',
      () => rolesInStep('decision', { threshold: 1.2 }),
      'options.threshold: expected a number in [0, 1], received 1.2',
    ],
    [
      'a matrix missing a role',
      () => rolesInStep('decision', { participation: { ...PARTICIPATION, decision: { decider: 1 } } as never }),
      /options\.participation\.decision\.initiator: expected a finite number, received undefined/,
    ],
  ])('refuses %s', (_, run, message) => {
    expect(run).toThrow(message);
  });
});
