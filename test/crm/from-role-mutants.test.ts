// What fromCrmRole does at its edges (src/crm/from-role.ts), written for the mutation run: the
// empty and padded parts of a multi-select value, a custom entry with both roles and a stance,
// options without a map, and a map that is not an object.
import { describe, expect, it } from 'vitest';
import { fromCrmRole } from '../../src/crm/index.js';
import { thrown } from '../_lib/thrown.js';

describe('fromCrmRole reads each part of a multi-select value once', () => {
  it.each([
    ['a trailing ";"', 'DECISION_MAKER;'],
    ['doubled ";"', 'DECISION_MAKER;;'],
    ['a blank part', 'DECISION_MAKER; ;'],
  ])('skips the empty parts of %s: one reason, for the value given', (_, value) => {
    expect(fromCrmRole('hubspot', value).reasons).toEqual([
      {
        code: 'mapped',
        params: { crm: 'hubspot', value: 'DECISION_MAKER', roles: ['decider'] },
        message: 'hubspot "DECISION_MAKER" → decider.',
      },
    ]);
  });

  it('names an unknown part without the spaces around it', () => {
    expect(fromCrmRole('hubspot', 'CHAMPION;  Wizard ').reasons.at(-1)).toEqual({
      code: 'unknown-value',
      params: { crm: 'hubspot', value: 'Wizard' },
      message: '"Wizard" is not a value of the hubspot map: left unmapped rather than guessed.',
    });
  });

  it('reports a value made of separators only once, as given', () => {
    expect(fromCrmRole('hubspot', ' ; ').reasons).toEqual([
      {
        code: 'unknown-value',
        params: { crm: 'hubspot', value: ' ; ' },
        message: '" ; " is not a value of the hubspot map: left unmapped rather than guessed.',
      },
    ]);
  });
});

describe('fromCrmRole with the caller’s options', () => {
  it('keeps both the roles and the stance of a custom entry', () => {
    const map = { 'Executive Champion': { roles: ['approver'], stance: 'champion' } } as const;
    const result = fromCrmRole('salesforce', 'executive champion', { map });
    expect(result).toEqual({
      mapped: true,
      roles: ['approver'],
      stance: 'champion',
      reasons: [
        {
          code: 'mapped',
          params: { crm: 'salesforce', value: 'Executive Champion', roles: ['approver'], stance: 'champion' },
          message: 'salesforce "Executive Champion" → approver, stance champion.',
        },
      ],
    });
  });

  it.each([
    ['no options field', {}],
    ['`replace: false` alone', { replace: false }],
  ] as const)('reads the defaults given %s', (_, options) => {
    expect(fromCrmRole('salesforce', 'Technical Buyer', options).roles).toEqual(['prescriber', 'gatekeeper']);
  });

  it.each([
    ['a string', 'Champion', '"Champion"'],
    ['a number', 3, '3'],
    ['null', null, 'null'],
    ['an array', [{ roles: ['user'] }], 'an array of 1'],
  ])('refuses a map that is %s, naming options.map', (_, map, received) => {
    expect(thrown(() => fromCrmRole('salesforce', 'Champion', { map } as never)).issues).toEqual([
      { code: 'invalid-type', path: 'options.map', expected: 'an object', received },
    ]);
  });
});
