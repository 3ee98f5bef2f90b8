import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { STEPS } from '../../src/_lib/vocabulary.js';
import { analyzeBuyingCenter, STANCE_SCORES, supportOf } from '../../src/buying-center/analyze.js';
import { createBuyingCenter } from '../../src/buying-center/center.js';
import type { MemberInput } from '../../src/buying-center/schema.js';
import { centerInputArb } from './arbitraries.js';

const decider: MemberInput = { id: 'raj', name: 'Raj', roles: ['decider'], influence: 0.9, stance: 'champion' };
const buyer: MemberInput = { id: 'ana', name: 'Ana', roles: ['buyer'], influence: 0.4 };
const codes = (members: MemberInput[], step?: (typeof STEPS)[number]): string[] =>
  analyzeBuyingCenter(createBuyingCenter({ members }), step === undefined ? {} : { step }).warnings.map((w) => w.code);

describe('analyzeBuyingCenter warnings', () => {
  it.each<[string, MemberInput[], (typeof STEPS)[number] | undefined, string[]]>([
    ['none for a decider who champions, with a second contact', [decider, buyer], undefined, []],
    ['no-decider when no member decides', [{ ...decider, roles: ['approver'] }, buyer], undefined, ['no-decider']],
    ['single-threaded with one contact', [decider], undefined, ['single-threaded']],
    [
      'no-decider, single-threaded and no-champion for an empty center',
      [],
      undefined,
      ['no-decider', 'single-threaded', 'no-champion'],
    ],
    [
      'influential-blocker for a blocker at the threshold',
      [decider, { ...buyer, stance: 'blocker', influence: 0.5 }],
      undefined,
      ['influential-blocker'],
    ],
    [
      'no influential-blocker for a blocker below the threshold',
      [decider, { ...buyer, stance: 'blocker', influence: 0.49 }],
      undefined,
      [],
    ],
    ['no-champion when no member champions', [{ ...decider, stance: 'supporter' }, buyer], undefined, ['no-champion']],
    ['missing-role for each role the step needs that nobody holds', [decider, buyer], 'decision', ['missing-role']],
    ['missing-role twice for need recognition', [decider, buyer], 'need-recognition', ['missing-role', 'missing-role']],
    ['no missing-role when the step is covered', [decider, buyer], 'negotiation', []],
  ])('%s', (_, members, step, expected) => {
    expect(codes(members, step)).toEqual(expected);
  });

  // Kotler & Armstrong (17e, p. 193): "In routine buying, the buyers are often the deciders, or at least the approvers";
  // expectedSize gives about one person for a straight rebuy.
  it.each<[string, MemberInput[], 'new-task' | 'modified-rebuy' | 'straight-rebuy', string[]]>([
    ['a lone purchasing agent re-ordering: nothing to warn of', [buyer], 'straight-rebuy', []],
    [
      'the same agent in a new task: five warnings',
      [buyer],
      'new-task',
      ['no-decider', 'single-threaded', 'no-champion', 'missing-role', 'missing-role'],
    ],
    [
      'the same agent in a modified rebuy: five warnings',
      [buyer],
      'modified-rebuy',
      ['no-decider', 'single-threaded', 'no-champion', 'missing-role', 'missing-role'],
    ],
    [
      'a lone user re-ordering: still no decider nor approver',
      [{ ...buyer, roles: ['user'] }],
      'straight-rebuy',
      ['no-decider', 'missing-role', 'missing-role'],
    ],
    [
      'an influential blocker is still one in a straight rebuy',
      [buyer, { ...decider, stance: 'blocker' }],
      'straight-rebuy',
      ['influential-blocker'],
    ],
  ])('by buyclass: %s', (_, members, buyclass, expected) => {
    const analysis = analyzeBuyingCenter(createBuyingCenter({ members }), { step: 'decision', buyclass });
    expect(analysis.warnings.map((w) => w.code)).toEqual(expected);
  });

  it('refuses an unknown buyclass, naming the field', () => {
    expect(() => analyzeBuyingCenter(createBuyingCenter({ members: [] }), { buyclass: 'rebuy' as never })).toThrow(
      'options.buyclass: expected one of "new-task" | "modified-rebuy" | "straight-rebuy", received "rebuy"',
    );
  });

  it('names the blockers and the missing role', () => {
    const center = createBuyingCenter({ members: [decider, { ...buyer, stance: 'blocker', influence: 0.7 }] });
    const [blocker, missing] = analyzeBuyingCenter(center, { step: 'decision' }).warnings;
    expect(blocker).toEqual({
      code: 'influential-blocker',
      params: { threshold: 0.5, names: ['Ana'] },
      message: 'Influential blocker (influence ≥ 0.5): Ana.',
      memberIds: ['ana'],
    });
    expect(missing?.role).toBe('approver');
    expect(missing?.params).toEqual({ role: 'approver', step: 'decision' });
    expect(missing?.message).toBe(
      'No approver for the decision step: no member authorizes the proposed actions of deciders or buyers, typically the budget.',
    );
  });

  it('takes its own blocker threshold and participation', () => {
    const center = createBuyingCenter({ members: [decider, { ...buyer, stance: 'blocker', influence: 0.3 }] });
    expect(analyzeBuyingCenter(center, { influentialBlocker: 0.2 }).warnings.map((w) => w.code)).toEqual([
      'influential-blocker',
    ]);
    expect(analyzeBuyingCenter(center, { step: 'decision', threshold: 0.9 }).warnings).toEqual([]);
  });
});

describe('analyzeBuyingCenter numbers', () => {
  it('ranks key players by influence, ties in the center’s order', () => {
    const center = createBuyingCenter({
      members: [buyer, { ...decider, influence: 0.4 }, { id: 'lea', name: 'Lea', roles: [], influence: 1 }],
    });
    expect(analyzeBuyingCenter(center).keyPlayers.map((m) => m.id)).toEqual(['lea', 'ana', 'raj']);
    expect(analyzeBuyingCenter(center).size).toBe(3);
  });

  it('weighs each stance by influence, a missing stance counting as neutral', () => {
    const center = createBuyingCenter({
      members: [
        { ...decider, influence: 0.6 },
        { ...buyer, stance: 'skeptic', influence: 0.2 },
        { id: 'x', name: 'X', roles: [], influence: 0.2 },
      ],
    });
    expect(analyzeBuyingCenter(center).support).toBeCloseTo((0.6 * 1 - 0.2 * 0.5) / 1, 12);
  });

  it('gives support 0 when nobody has influence', () => {
    expect(supportOf([{ ...buyer, roles: [], influence: 0, stance: 'blocker' }])).toBe(0);
    expect(analyzeBuyingCenter(createBuyingCenter({ members: [] })).support).toBe(0);
  });

  it('refuses a hand-built invalid center and invalid options', () => {
    expect(() =>
      analyzeBuyingCenter({ members: [{ id: 'a', name: 'A', roles: [], influence: Number.POSITIVE_INFINITY }] }),
    ).toThrow('members[0].influence: expected a finite number, received Infinity');
    expect(() => analyzeBuyingCenter(createBuyingCenter({ members: [] }), { step: 'award' as never })).toThrow(
      /options\.step: expected one of/,
    );
  });

  test.prop([centerInputArb, fc.option(fc.constantFrom(...STEPS), { nil: undefined })])(
    'support stays in [-1, 1] and key players are sorted',
    (input, step) => {
      const analysis = analyzeBuyingCenter(createBuyingCenter(input), step === undefined ? {} : { step });
      expect(analysis.support).toBeGreaterThanOrEqual(-1);
      expect(analysis.support).toBeLessThanOrEqual(1);
      expect(analysis.size).toBe(input.members.length);
      const influences = analysis.keyPlayers.map((m) => m.influence);
      expect(influences).toEqual([...influences].sort((a, b) => b - a));
      expect(Object.isFrozen(analysis.warnings)).toBe(true);
    },
  );

  test.prop([centerInputArb])(
    'support is 1 when everyone with influence champions, -1 when everyone blocks',
    (input) => {
      const members = input.members.map((m) => ({ ...m, stance: 'champion' as const }));
      fc.pre(members.some((m) => m.influence > 0));
      expect(analyzeBuyingCenter(createBuyingCenter({ members })).support).toBeCloseTo(STANCE_SCORES.champion, 12);
      const blockers = members.map((m) => ({ ...m, stance: 'blocker' as const }));
      expect(analyzeBuyingCenter(createBuyingCenter({ members: blockers })).support).toBeCloseTo(
        STANCE_SCORES.blocker,
        12,
      );
    },
  );
});
