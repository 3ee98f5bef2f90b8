import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/_lib/vocabulary.js';
import { STANCES } from '../../src/buying-center/schema.js';
import { ROLE_DEFINITIONS, STANCE_DEFINITIONS } from '../../src/buying-center/definitions.js';

describe('ROLE_DEFINITIONS and STANCE_DEFINITIONS', () => {
  it.each(ROLES)('define the role %s in one sentence with its French name and source', (role) => {
    const entry = ROLE_DEFINITIONS[role];
    expect(entry.definition).toMatch(/^[A-Z].*\.$/);
    expect(entry.french.length).toBeGreaterThan(0);
    expect(entry.source.length).toBeGreaterThan(0);
  });

  it.each(STANCES)('define the stance %s in one sentence with its source', (stance) => {
    expect(STANCE_DEFINITIONS[stance].definition).toMatch(/^[A-Z].*\.$/);
    expect(STANCE_DEFINITIONS[stance].source.length).toBeGreaterThan(0);
  });

  it('cover exactly the roles and stances', () => {
    expect(Object.keys(ROLE_DEFINITIONS)).toEqual([...ROLES]);
    expect(Object.keys(STANCE_DEFINITIONS)).toEqual([...STANCES]);
  });
});
