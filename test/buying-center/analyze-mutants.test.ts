// Tests written from the mutants Stryker found alive in src/buying-center (issue 14): each
// pins a behaviour the module's other tests left open.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  ROLE_DEFINITIONS,
  analyzeBuyingCenter,
  coverage,
  createBuyingCenter,
  expectedSize,
  rolesInStep,
  updateMember,
  type MemberInput,
} from '../../src/buying-center/index.js';
import { analyzeOptionsSchema, isAnalyzeOptions } from '../../src/buying-center/analyze.js';
import { toCenter } from '../../src/buying-center/center.js';
import { thrown } from '../_lib/thrown.js';

const member = (id: string, extra: Partial<MemberInput> = {}): MemberInput => ({
  id,
  name: id.toUpperCase(),
  roles: ['user'],
  influence: 0.5,
  ...extra,
});

describe('analyzeBuyingCenter: its fast check of the options', () => {
  const value = fc.oneof(
    fc.constantFrom(undefined, 'decision', 'new-task', 'nope', 0, 0.5, 1, 1.5, -0.1, Number.NaN, null, true),
  );
  const options = fc.dictionary(
    fc.constantFrom('step', 'buyclass', 'threshold', 'influentialBlocker', 'other'),
    value,
    { maxKeys: 4 },
  );

  test.prop([options])('accepts exactly what the schema accepts unchanged (participation aside)', (o) => {
    const parsed = analyzeOptionsSchema().safeParse(o);
    // Unchanged: the same value under every key (zod orders its output's keys by its shape).
    const data = (parsed.data ?? {}) as Record<string, unknown>;
    const unchanged =
      parsed.success && Object.keys(o).every((k) => Object.is(data[k], o[k])) && Object.keys(data).every((k) => k in o);
    expect(isAnalyzeOptions(o)).toBe(unchanged);
  });

  it('refuses a bad value of each option with its path', () => {
    const center = createBuyingCenter({ members: [member('a')] });
    for (const [key, bad] of [
      ['step', 'nope'],
      ['buyclass', 'nope'],
      ['threshold', 2],
      ['influentialBlocker', -1],
    ] as const) {
      expect(thrown(() => analyzeBuyingCenter(center, { [key]: bad })).issues[0].path).toBe(`options.${key}`);
    }
  });
});

describe('analyzeBuyingCenter: its warnings, word for word', () => {
  it('words a missing role with its definition, and shares one warning per role and step', () => {
    const center = createBuyingCenter({ members: [member('a', { roles: ['buyer'], stance: 'champion' })] });
    const warning = analyzeBuyingCenter(center, { step: 'decision' }).warnings.find(
      (w) => w.code === 'missing-role' && w.params.role === 'decider',
    );
    expect(warning?.message).toBe(
      'No decider for the decision step: no member says yes or no to the purchase and ultimately chooses the offer and the supplier.',
    );
    expect(ROLE_DEFINITIONS.decider.definition.startsWith('Says yes or no')).toBe(true);
    const again = analyzeBuyingCenter(center, { step: 'decision' }).warnings.find(
      (w) => w.code === 'missing-role' && w.params.role === 'decider',
    );
    expect(again).toBe(warning);
  });

  it('counts a member as the decider when any one of their roles decides', () => {
    const center = createBuyingCenter({ members: [member('a', { roles: ['user', 'decider'] }), member('b')] });
    expect(analyzeBuyingCenter(center).warnings.map((w) => w.code)).not.toContain('no-decider');
  });

  it('words single-threading and blockers in the singular and the plural', () => {
    const one = createBuyingCenter({ members: [member('a', { stance: 'blocker', influence: 0.9 })] });
    const [single] = analyzeBuyingCenter(one).warnings.filter((w) => w.code === 'single-threaded');
    expect(single?.message).toBe(
      'The center has 1 known member: one contact is one point of failure; reach more of the people involved.',
    );
    expect(analyzeBuyingCenter(one).warnings.find((w) => w.code === 'influential-blocker')?.message).toBe(
      'Influential blocker (influence ≥ 0.5): A.',
    );
    const none = createBuyingCenter({ members: [] });
    expect(analyzeBuyingCenter(none).warnings.find((w) => w.code === 'single-threaded')?.message).toMatch(
      /^The center has 0 known members:/,
    );
    const two = createBuyingCenter({
      members: [member('a', { stance: 'blocker', influence: 0.9 }), member('b', { stance: 'blocker', influence: 0.6 })],
    });
    expect(analyzeBuyingCenter(two).warnings.find((w) => w.code === 'influential-blocker')?.message).toBe(
      'Influential blockers (influence ≥ 0.5): A, B.',
    );
  });

  it('keeps the center’s order among members of equal influence', () => {
    const ids = ['c', 'a', 'e', 'b', 'd'];
    const center = createBuyingCenter({ members: ids.map((id) => member(id, { influence: 0.5 })) });
    expect(analyzeBuyingCenter(center).keyPlayers.map((m) => m.id)).toEqual(ids);
  });
});

describe('the center boundary', () => {
  it('takes a center it checked as it is, and names the argument in a duplicate id', () => {
    const center = createBuyingCenter({ members: [member('a')] });
    expect(toCenter(center)).toBe(center);
    const copy = JSON.parse(JSON.stringify(center)) as { members: MemberInput[] };
    copy.members.push(member('a'));
    expect(thrown(() => toCenter(copy)).issues[0].path).toBe('members[1].id');
    expect(thrown(() => toCenter(copy, 'context.buyingCenter')).issues[0].path).toBe(
      'context.buyingCenter.members[1].id',
    );
  });

  it('names each field of the organization it refuses', () => {
    const error = thrown(() =>
      createBuyingCenter({ organization: { type: 'club', employees: 0, sector: '' }, members: [] } as never),
    );
    expect(error.issues.map((i) => i.path).sort()).toEqual([
      'organization.employees',
      'organization.sector',
      'organization.type',
    ]);
  });

  it('removes a field patched to undefined rather than keeping it empty', () => {
    const center = createBuyingCenter({ members: [member('a', { stance: 'champion' })] });
    const updated = updateMember(center, 'a', { stance: undefined });
    expect('stance' in (updated.members[0] as object)).toBe(false);
  });
});

describe('participation options and coverage', () => {
  const row = { initiator: 0, user: 0, prescriber: 0, advisor: 0, gatekeeper: 0, buyer: 0, decider: 0, approver: 0 };
  const matrix = {
    'need-recognition': { ...row, user: 1 },
    specification: { ...row, prescriber: 1 },
    'supplier-search': { ...row, buyer: 1 },
    negotiation: { ...row, buyer: 1 },
    decision: { ...row, decider: 0.9, approver: 0.4 },
  };

  it('reads a matrix of one’s own, and names a bad cell of it', () => {
    expect(rolesInStep('decision', { participation: matrix, threshold: 0.5 })).toEqual(['decider']);
    const bad = { ...matrix, decision: { ...row, decider: 2 } };
    expect(thrown(() => rolesInStep('decision', { participation: bad })).issues[0].path).toBe(
      'options.participation.decision.decider',
    );
    const center = createBuyingCenter({ members: [member('a')] });
    expect(coverage(center, 'decision', { participation: matrix, threshold: 0.3 }).roles).toEqual([
      'decider',
      'approver',
    ]);
    expect(thrown(() => coverage(center, 'decision', { buyclass: 'x' } as never)).issues[0].path).toBe(
      'options.buyclass',
    );
  });

  it('gives the step of a coverage only when one is asked for', () => {
    const center = createBuyingCenter({ members: [member('a')] });
    expect('step' in coverage(center)).toBe(false);
    expect(coverage(center, 'decision').step).toBe('decision');
  });
});

describe('expectedSize: its reasons, word for word', () => {
  it('leaves the upper bound out of the last headcount band', () => {
    const reason = expectedSize({ employees: 60_000, buyclass: 'new-task' }).reasons[3];
    expect(reason).toEqual({
      code: 'employees-factor',
      params: { employees: 60_000, factor: 1.7 },
      message: '60000 employees: × 1.7.',
    });
  });

  it('words a small budget share without the floor, and a substantial one with it', () => {
    const small = expectedSize({ employees: 300, buyclass: 'new-task', budgetShare: 0.05 }).reasons[4];
    expect(small).toEqual({
      code: 'budget-share-factor',
      params: { budgetShare: 0.05, factor: 1.02 },
      message: '5% of the budget: × 1.02.',
    });
    const tiny = expectedSize({ employees: 10, buyclass: 'straight-rebuy', complexity: 'low', budgetShare: 0.05 });
    expect([tiny.min, tiny.typical]).toEqual([1, 1]);
    const big = expectedSize({ employees: 300, buyclass: 'new-task', budgetShare: 0.1 }).reasons[4];
    expect(big?.message).toBe(
      '10% of the budget: × 1.04; a substantial budget, so no single person decides (at least 2).',
    );
  });

  it('says it capped the range only when the range would pass the headcount', () => {
    // 4 × 0.8 × 0.4 = 1.28 people, × 1.45 → 1.86, rounded to 2: exactly the 2 employees.
    const exact = expectedSize({ employees: 2, buyclass: 'new-task', complexity: 'low' });
    expect(exact.max).toBe(2);
    expect(exact.reasons.map((r) => r.code)).not.toContain('capped-by-employees');
    const over = expectedSize({ employees: 2, buyclass: 'new-task', complexity: 'high' });
    expect(over.reasons.map((r) => r.code)).toContain('capped-by-employees');
  });
});
