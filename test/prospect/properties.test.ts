import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ROLES, STEPS } from '../../src/_lib/vocabulary.js';
import { STANCES } from '../../src/buying-center/index.js';
import {
  ACTION_RULES,
  analyzeProspect,
  PROSPECT_INPUTS,
  type ProspectInput,
  type ProspectInputName,
} from '../../src/prospect/index.js';
import { goingBack } from './fixtures.js';

const unitArb = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
const memberArb = (id: string): fc.Arbitrary<Record<string, unknown>> =>
  fc.record(
    {
      id: fc.constant(id),
      name: fc.constantFrom('Ana', 'Raj', 'Lea'),
      roles: fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 3 }),
      influence: unitArb,
      stance: fc.constantFrom(...STANCES),
    },
    { requiredKeys: ['id', 'name', 'roles', 'influence'] },
  );
const membersArb = fc
  .integer({ min: 0, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => memberArb(`m${String(i)}`))));

/** A full input, every optional part given. */
const fullArb: fc.Arbitrary<ProspectInput> = fc.record({
  organization: fc.record({
    type: fc.constantFrom('company', 'public-body', 'institution'),
    employees: fc.integer({ min: 1, max: 5000 }),
    downstreamDemand: fc.constantFrom('growing', 'stable', 'declining'),
  }),
  purpose: fc.constantFrom('resale', 'production', 'operations'),
  situation: fc.record({
    buyclass: fc.constantFrom('new-task', 'modified-rebuy', 'straight-rebuy'),
    portfolio: fc.record({ profitImpact: unitArb, supplyRisk: unitArb }),
  }),
  buyingCenter: membersArb.map((members) => ({ members })),
  purchase: fc.constant(goingBack),
  step: fc.constantFrom(...STEPS),
  risk: fc.record({
    profile: fc.record({
      supplierRelationship: fc.constantFrom('incumbent', 'known', 'new'),
      leadTimeCritical: fc.boolean(),
      importance: fc.constantFrom('banal', 'strategic'),
    }),
  }),
  position: fc.constantFrom('in-supplier', 'out-supplier'),
  asOf: fc
    .integer({ min: 0, max: 90 })
    .map((d) => new Date(Date.parse('2026-03-10T08:00:00Z') + d * 86_400_000).toISOString()),
}) as unknown as fc.Arbitrary<ProspectInput>;

const OPTIONAL = ['purpose', 'buyingCenter', 'purchase', 'step', 'risk', 'asOf'] as const;

function without(input: ProspectInput, drop: readonly string[]): ProspectInput {
  const out = Object.fromEntries(Object.entries(input).filter(([key]) => !drop.includes(key)));
  if (drop.includes('downstreamDemand')) {
    const { downstreamDemand: _, ...organization } = input.organization;
    out['organization'] = organization;
  }
  return out as unknown as ProspectInput;
}

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe('analyzeProspect properties', () => {
  test.prop([fullArb, fc.subarray([...OPTIONAL, 'downstreamDemand'])])(
    'more missing inputs never add actions that need them',
    (input, drop) => {
      const result = analyzeProspect(without(input, drop));
      const given = (name: ProspectInputName): boolean => !result.missing.includes(name);
      for (const action of result.actions) {
        const rule =
          ACTION_RULES.find((r) => r.code === action.code) ?? ACTION_RULES.find((r) => r.code === 'approach');
        for (const need of rule?.needs ?? []) expect(given(need), `${action.code} needs ${need}`).toBe(true);
      }
      for (const name of drop)
        if (name !== 'step' || !('purchase' in without(input, drop))) expect(result.missing).toContain(name);
      expect(result.missing.every((m) => (PROSPECT_INPUTS as readonly string[]).includes(m))).toBe(true);
    },
  );

  test.prop([fullArb, fc.subarray([...OPTIONAL])])('dropping an input never adds an action', (input, drop) => {
    const all = new Set(analyzeProspect(input).actions.map((a) => a.code));
    const fewer = analyzeProspect(without(input, drop)).actions.map((a) => a.code);
    // Only the step may change (a purchase's step wins over the given one), and with it the actions that read it.
    if (drop.includes('purchase') && !drop.includes('step')) return;
    for (const code of fewer) expect(all.has(code), code).toBe(true);
  });

  test.prop([
    fullArb,
    fc.constantFrom('supporter', 'neutral', 'skeptic', 'blocker', undefined),
    fc.constantFrom(...ROLES),
    unitArb,
  ])('adding a champion never lowers support', (input, _, role, influence) => {
    const before = analyzeProspect(input).buyingCenter?.support ?? 0;
    const members = [
      ...(input.buyingCenter?.members ?? []),
      { id: 'champ', name: 'Champ', roles: [role], influence, stance: 'champion' as const },
    ];
    const after = analyzeProspect({ ...input, buyingCenter: { members } }).buyingCenter?.support ?? 0;
    expect(after).toBeGreaterThanOrEqual(before - 1e-12);
  });

  test.prop([fullArb, fc.subarray([...OPTIONAL, 'downstreamDemand'])])('no action comes twice', (input, drop) => {
    const codes = analyzeProspect(without(input, drop)).actions.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test.prop([fullArb, fc.subarray([...OPTIONAL, 'downstreamDemand'])])(
    'its result is deeply frozen and survives a JSON round trip',
    (input, drop) => {
      const result = analyzeProspect(without(input, drop));
      expect(isDeepFrozen(result)).toBe(true);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    },
  );
});
