import { describe, expect, it } from 'vitest';
import * as buygrid from '../../src/index.js';

// Finding F1 (../shared/research/hostile-input.md): most exported tables were mutable, so one
// careless caller (`STEPS.reverse()`, `BUYCLASS_POLICIES['new-task'].minOffers = 0`) changed the
// library for every later call. Every exported constant is now deeply frozen.

function unfrozenPath(value: unknown, path: string, seen = new Set<unknown>()): string | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (!Object.isFrozen(value)) return path;
  for (const key of Object.keys(value)) {
    const found = unfrozenPath((value as Record<string, unknown>)[key], `${path}.${key}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

const isSchema = (value: object): boolean => '_zod' in value;
const constants = Object.entries(buygrid as Record<string, unknown>).filter(
  (entry): entry is [string, object] => typeof entry[1] === 'object' && entry[1] !== null && !isSchema(entry[1]),
);

describe('exported constants', () => {
  it('are found (the check is not vacuous)', () => {
    const names = constants.map(([name]) => name);
    for (const name of [
      'STEPS',
      'ROLES',
      'BUYCLASS_POLICIES',
      'PARTICIPATION',
      'RISK_WEIGHTS',
      'CRM_ROLE_MAPS',
      'STATUS_EVENTS',
    ]) {
      expect(names).toContain(name);
    }
  });

  it.each(constants)('%s is deeply frozen', (name, value) => {
    expect(unfrozenPath(value, name)).toBeUndefined();
  });

  it('cannot be reordered in place: STEPS.reverse() throws and leaves the steps as they were', () => {
    expect(() => (buygrid.STEPS as unknown as string[]).reverse()).toThrow(TypeError);
    expect(buygrid.STEPS[0]).toBe('need-recognition');
    const definition = buygrid.processDefinition();
    expect(() => (definition.steps as unknown as string[]).reverse()).toThrow(TypeError);
    expect(() => (definition.outcomes as unknown as string[]).push('stolen')).toThrow(TypeError);
    expect(() => (definition.transitions[0]?.guards as unknown as string[]).push('forged')).toThrow(TypeError);
  });
});
