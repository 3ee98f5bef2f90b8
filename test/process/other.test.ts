/* eslint-disable @typescript-eslint/no-deprecated -- the millisecond analytics stay tested while deprecated */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BuygridInputError,
  PURCHASE_EVENT_TYPES,
  currentStep,
  cycleTime,
  defaultPolicy,
  nextPurchaseFacts,
  parsePurchaseState,
  processDefinition,
  progress,
  replay,
  revisits,
  startPurchase,
  stepDurations,
  toMermaid,
} from '../../src/process/index.js';
import { mermaidEdge, mermaidText } from '../../src/process/definition.js';
import { START, at, purchaseIn, walk } from './fixtures.js';

describe('policy', () => {
  it.each([
    [{}, 1, 1, 0, false],
    [{ buyclass: 'modified-rebuy' as const }, 1, 1, 1, false],
    [{ buyclass: 'straight-rebuy' as const }, 1, 1, 1, true],
    [{ buyclass: 'straight-rebuy' as const, regime: 'public-tender' as const }, 1, 1, 0, false],
    [{ procedure: 'restricted' as const }, 5, 1, 0, false],
    [{ regime: 'public-tender' as const, procedure: 'competitive-dialogue' as const }, 3, 1, 0, false],
    [{ procedure: 'framework-call-off' as const }, 1, 1, 2, true],
  ])(
    'defaultPolicy(%j) needs %i shortlisted, %i offers, has %i skips',
    (situation, minShortlisted, minOffers, skips, reorder) => {
      const p = defaultPolicy(situation);
      expect([p.minShortlisted, p.minOffers, p.skips.length, p.reorderWithoutOffer]).toEqual([
        minShortlisted,
        minOffers,
        skips,
        reorder,
      ]);
      expect(Object.isFrozen(p.roles)).toBe(true);
    },
  );
  it('accepts a classified situation and overrides', () => {
    const situation = {
      buyclass: 'new-task',
      organization: { type: 'public-body' },
      regime: 'public-tender',
      reasons: [],
    } as const;
    expect(defaultPolicy(situation, { minOffers: 5 }).minOffers).toBe(5);
    expect(startPurchase({ ...START, situation }).situation).toEqual({
      buyclass: 'new-task',
      regime: 'public-tender',
      procedure: 'open',
    });
    const restricted = { ...situation, procedure: 'restricted' } as const;
    expect(startPurchase({ ...START, situation: restricted }).policy.minShortlisted).toBe(5);
  });
  it('throws on bad situations and overrides', () => {
    expect(() => defaultPolicy({ buyclass: 'x' } as never)).toThrow('situation.buyclass');
    expect(() => defaultPolicy({ regime: 'private', procedure: 'open' })).toThrow(
      'situation.procedure: expected no procedure under the private regime',
    );
    expect(() => defaultPolicy({ procedure: 'tender' } as never)).toThrow(
      'situation.procedure: expected one of "open"',
    );
    expect(() => defaultPolicy({}, { negotiable: 'no' } as never)).toThrow('policy.negotiable');
    expect(() => defaultPolicy({}, { inviteAll: 'some' } as never)).toThrow('policy.inviteAll');
    expect(() => defaultPolicy({}, { minOffers: 1.5 })).toThrow('policy.minOffers: expected an integer ≥ 0');
    expect(() =>
      startPurchase({
        ...START,
        knownSuppliers: [
          { id: 'a', name: 'A' },
          { id: 'a', name: 'B' },
        ],
      }),
    ).toThrow('knownSuppliers[1].id');
  });
});

describe('analytics', () => {
  const looped = walk(purchaseIn('negotiation'), [
    { type: 'stepRevisited', at: at(8), to: 'specification', reason: 'scope' },
    { type: 'specificationApproved', at: at(9) },
    { type: 'negotiationStarted', at: at(10) },
  ]);
  it('sums durations over visits and counts revisits', () => {
    expect(revisits(looped).specification).toBe(1);
    expect(stepDurations(looped).specification).toBe(3 * 3_600_000);
    expect(stepDurations(looped, at(12)).negotiation).toBe(4 * 3_600_000);
    expect(() => stepDurations(looped, 'soon')).toThrow(BuygridInputError);
  });
  it('reports step, progress and cycle time', () => {
    expect([currentStep(looped), progress(looped)]).toEqual(['negotiation', 0.6]);
    const awarded = purchaseIn('awarded');
    expect([currentStep(awarded), progress(awarded), cycleTime(awarded)]).toEqual([null, 1, 9 * 3_600_000]);
    const abandoned = purchaseIn('abandoned');
    expect([progress(abandoned), cycleTime(abandoned, at(99))]).toEqual([0.6, 10 * 3_600_000]);
    expect(cycleTime(looped, at(20))).toBe(20 * 3_600_000);
  });
  it('gives the facts of the next purchase', () => {
    const awarded = purchaseIn('awarded');
    expect(nextPurchaseFacts(awarded)).toEqual({ purchasedBefore: true });
    const reviewed = walk(awarded, [
      { type: 'performanceReviewed', at: at(20), supplierId: 's2', satisfaction: 0.1 },
      { type: 'performanceReviewed', at: at(20), supplierId: 's1', satisfaction: 0.2 },
      { type: 'performanceReviewed', at: at(21), supplierId: 's1', satisfaction: 0.8, note: 'on time' },
    ]);
    expect(nextPurchaseFacts(reviewed)).toEqual({ purchasedBefore: true, satisfiedWithIncumbent: true });
  });
});

describe('replay and parsePurchaseState', () => {
  it('names the event of bad input by its index', () => {
    expect(() => replay(START, [{ type: 'needQualified', at: 'x' }])).toThrow('events[0].at');
    expect(() => replay(START, [{ type: 'x' } as never])).toThrow('events[0].type');
    expect(() => replay(START, 'x' as never)).toThrow('events: expected an array');
  });
  it('refuses unknown versions, bad JSON, tampered fields and a history it refuses', () => {
    const s = purchaseIn('negotiation');
    expect(() => parsePurchaseState({ ...s, schemaVersion: 2 })).toThrow('schemaVersion: expected 1');
    expect(() => parsePurchaseState('{')).toThrow('(root): expected JSON of a purchase state');
    expect(() => parsePurchaseState({ ...s, status: 'decision' })).toThrow(
      'status: expected "negotiation", what the history replays to, received "decision"',
    );
    expect(() => parsePurchaseState({ ...s, history: s.history.slice(1) })).toThrow(
      'history[0]: expected an event the purchase accepts',
    );
    expect(() => parsePurchaseState([])).toThrow(BuygridInputError);
    expect(parsePurchaseState(JSON.parse(JSON.stringify(purchaseIn('abandoned'))))).toEqual(purchaseIn('abandoned'));
  });
});

describe('processDefinition and toMermaid', () => {
  it('draws every transition of the definition', () => {
    for (const policy of [
      undefined,
      defaultPolicy({ buyclass: 'modified-rebuy' }),
      defaultPolicy({ buyclass: 'straight-rebuy' }),
    ]) {
      const mermaid = toMermaid(policy).split('\n');
      const definition = processDefinition(policy);
      for (const t of definition.transitions) expect(mermaid).toContain(`  ${mermaidEdge(t)}`);
      expect(mermaid.filter((l) => l.includes('-->') && !l.includes('[*]'))).toHaveLength(
        definition.transitions.length,
      );
    }
  });
  it('draws every guard the machine applies on an arrow, as min-shortlisted on the modified-rebuy skip', () => {
    const policy = defaultPolicy({ buyclass: 'modified-rebuy' }, { minShortlisted: 2 });
    const skip = processDefinition(policy).transitions.find((t) => t.event === 'stepSkipped');
    expect(skip?.guards).toEqual(['skip-not-allowed', 'must-requirement', 'min-shortlisted']);
    const spec = walk(
      startPurchase({
        ...START,
        situation: { buyclass: 'modified-rebuy' },
        knownSuppliers: [{ id: 'k', name: 'K' }],
        policy,
      }),
      [
        { type: 'needQualified', at: at(1) },
        { type: 'requirementAdded', at: at(2), requirement: { id: 'r', text: 't' } },
      ],
    );
    expect(
      replay(
        { ...START, situation: { buyclass: 'modified-rebuy' }, knownSuppliers: [{ id: 'k', name: 'K' }], policy },
        [...spec.history, { type: 'stepSkipped', at: at(3), to: 'negotiation' }],
      ),
    ).toMatchObject({
      ok: false,
      rejection: { guard: 'min-shortlisted' },
    });
    const open = processDefinition(defaultPolicy({ procedure: 'open' })).transitions.find(
      (t) => t.event === 'offerReceived',
    );
    expect(open?.guards).toContain('no-negotiation');
    expect(processDefinition().transitions.find((t) => t.event === 'offerReceived')?.guards).not.toContain(
      'no-negotiation',
    );
  });
  it('escapes what goes into a Mermaid label, and refuses a policy of the wrong shape', () => {
    const evil = {
      ...defaultPolicy(),
      roles: { supplierSelected: ['decider\n  click decision href "javascript:alert(1)"'] },
    } as never;
    expect(() => toMermaid(evil)).toThrow('policy.roles.supplierSelected[0]');
    expect(mermaidText('decider\n click x href "javascript:alert(1)"')).not.toMatch(/[\n"():]/);
    expect(mermaidText('min-offers, no-offer')).toBe('min-offers, no-offer');
  });
  it('covers every event type', () => {
    const events = new Set(
      processDefinition(defaultPolicy({ buyclass: 'modified-rebuy' })).transitions.map((t) => t.event),
    );
    expect([...events].sort()).toEqual([...PURCHASE_EVENT_TYPES].sort());
    expect(toMermaid()).toContain(
      'decision --> awarded: supplierSelected [unknown-supplier, excluded-supplier, no-offer] (decider)',
    );
  });
});

describe('the diagram in docs/process.md', () => {
  it('is what toMermaid() draws for the new-task policy, and labels states with their step ids', () => {
    const guide = readFileSync('docs/process.md', 'utf8');
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(guide)?.[1];
    expect(block).toBe(toMermaid());
    expect(toMermaid()).toContain('  state "supplier-search" as supplier_search');
  });
});
