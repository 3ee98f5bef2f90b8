import { describe, expect, it } from 'vitest';
import {
  BuygridInputError,
  currentStep,
  cycleTime,
  nextPurchaseFacts,
  progress,
  revisits,
  stepDurations,
} from '../../src/process/index.js';
import { at, purchaseIn, walk } from './fixtures.js';

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
