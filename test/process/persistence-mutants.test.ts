// parsePurchaseState's refusals (src/process/persistence.ts), each asserted whole: its code,
// its path (`(root)` for the stored value itself, `state.…` when a function is given a state),
// what was expected (and where that comes from) and what was received.
import { describe, expect, it } from 'vitest';
import {
  BuygridInputError,
  parsePurchaseState,
  startPurchase,
  transition,
  type BuygridIssue,
  type PurchaseEvent,
  type PurchaseState,
} from '../../src/process/index.js';
import { START, at, purchaseIn } from './fixtures.js';

/** The issues of the BuygridInputError `run` throws. */
function issuesOf(run: () => unknown): readonly BuygridIssue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BuygridInputError);
    return (error as BuygridInputError).issues;
  }
  return expect.unreachable('no BuygridInputError was thrown');
}

/** A plain JSON copy of a state, as an app stores it. */
const json = (state: PurchaseState): Record<string, unknown> =>
  JSON.parse(JSON.stringify(state)) as Record<string, unknown>;

const qualified: PurchaseEvent = { type: 'needQualified', at: at(1) };

describe('what is not a stored state', () => {
  it.each<[string, unknown, string]>([
    ['a number', 42, '42'],
    ['null', null, 'null'],
    ['a list', [], 'an array of 0'],
    ['JSON of a number', '42', '42'],
    ['JSON of a list', '[{}]', 'an array of 1'],
  ])('refuses %s at (root) as no purchase state', (_, stored, received) => {
    expect(issuesOf(() => parsePurchaseState(stored))).toStrictEqual([
      { code: 'invalid-type', path: '(root)', expected: 'a purchase state', received },
    ]);
  });

  it("names the argument instead when a function is given it as a state (transition's state)", () => {
    expect(issuesOf(() => transition(42 as never, qualified))).toStrictEqual([
      { code: 'invalid-type', path: 'state', expected: 'a purchase state', received: '42' },
    ]);
  });

  it("refuses a transition's result, itself or as JSON, pointing at the state it holds", () => {
    const result = transition(startPurchase(START), qualified);
    const expected = "a purchase state (a transition's result holds one in `state`)";
    for (const stored of [result, JSON.stringify(result)]) {
      expect(issuesOf(() => parsePurchaseState(stored))).toStrictEqual([
        { code: 'invalid-value', path: '(root)', expected, received: 'an object' },
      ]);
    }
    expect(issuesOf(() => transition(result as never, qualified))).toStrictEqual([
      { code: 'invalid-value', path: 'state', expected, received: 'an object' },
    ]);
  });

  it('checks a value with a schemaVersion as a state, naming its extra ok and state fields', () => {
    const state = startPurchase(START);
    const issues = issuesOf(() => parsePurchaseState({ ...json(state), ok: true, state: json(state) }));
    const expected = 'no such field (not part of this input)';
    expect(issues).toStrictEqual([
      { code: 'unknown-key', path: 'ok', expected, received: 'true' },
      { code: 'unknown-key', path: 'state', expected, received: 'an object' },
    ]);
  });
});

describe('schemaVersion', () => {
  // A state of another version is not judged by this version's shape: the version is its one issue.
  it.each<[string, Record<string, unknown>, string]>([
    [
      'version 2, whatever its other fields',
      { ...json(purchaseIn('negotiation')), schemaVersion: 2, status: 'x' },
      '2',
    ],
    ['no version', { status: 'negotiation' }, 'undefined'],
    ['the version as text', { ...json(purchaseIn('negotiation')), schemaVersion: '1' }, '"1"'],
  ])('refuses %s as the only issue', (_, stored, received) => {
    expect(issuesOf(() => parsePurchaseState(stored))).toStrictEqual([
      { code: 'invalid-value', path: 'schemaVersion', expected: '1', received },
    ]);
    expect(issuesOf(() => transition(stored as never, qualified))).toStrictEqual([
      { code: 'invalid-value', path: 'state.schemaVersion', expected: '1', received },
    ]);
  });
});

describe('a history the purchase refuses', () => {
  it("is refused at the first refused event, with the purchase's own reason in English", () => {
    const state = purchaseIn('negotiation');
    // Without needQualified, the first event left is requirementAdded, still in need recognition.
    const history = state.history.slice(1);
    expect(issuesOf(() => parsePurchaseState({ ...json(state), history }))).toStrictEqual([
      {
        code: 'invalid-value',
        path: 'history[0]',
        expected: 'an event the purchase accepts at that point',
        received:
          'an event it refuses (requirementAdded is not taken in need recognition; ' +
          'it takes needQualified, stepRevisited, stepSkipped, purchaseAbandoned)',
      },
    ]);
  });
});

describe('a field its history contradicts', () => {
  const routine = { kind: 'blanket', schedule: 'monthly' } as const;
  const select = (orderRoutine?: typeof routine): PurchaseState => {
    const event: PurchaseEvent = { type: 'supplierSelected', at: at(9), supplierId: 's1' };
    const result = transition(purchaseIn('decision'), orderRoutine === undefined ? event : { ...event, orderRoutine });
    if (!result.ok) throw new Error(result.rejection.message);
    return result.state;
  };
  const source = 'what the history replays to';

  it.each<[string, () => Record<string, unknown>, string, string, string]>([
    [
      'a selection no event made',
      () => ({ ...json(purchaseIn('negotiation')), selection: { supplierId: 's1', at: at(9), reorder: false } }),
      'selection',
      `null, ${source}`,
      'an object',
    ],
    [
      'an award whose selection was cleared',
      () => ({ ...json(select()), selection: null }),
      'selection',
      `an object, ${source}`,
      'null',
    ],
    [
      'an order routine dropped from the selection',
      () => {
        const stored = json(select(routine));
        return { ...stored, selection: { supplierId: 's1', at: at(9), reorder: false } };
      },
      'selection.orderRoutine',
      `an object, ${source}`,
      'undefined',
    ],
    [
      'an order routine no event recorded',
      () => ({ ...json(select()), selection: { supplierId: 's1', at: at(9), reorder: false, orderRoutine: routine } }),
      'selection.orderRoutine',
      `undefined, ${source}`,
      'an object',
    ],
  ])('refuses %s, naming the field', (_, stored, path, expected, received) => {
    expect(issuesOf(() => parsePurchaseState(stored()))).toStrictEqual([
      { code: 'invalid-value', path, expected, received },
    ]);
    expect(issuesOf(() => transition(stored() as never, qualified))).toStrictEqual([
      { code: 'invalid-value', path: `state.${path}`, expected, received },
    ]);
  });
});

describe('options', () => {
  const stored = json(startPurchase(START));
  const expected = 'an object { situation, policy? }';

  it.each<[string, unknown, string]>([
    ['a number', 5, '5'],
    ['a bare regime', 'public-tender', '"public-tender"'],
    ['true', true, 'true'],
    ['null', null, 'null'],
    ['a list', [{ regime: 'private' }], 'an array of 1'],
  ])('refuses %s as options, as a whole', (_, options, received) => {
    expect(issuesOf(() => parsePurchaseState(stored, options as never))).toStrictEqual([
      { code: 'invalid-type', path: 'options', expected, received },
    ]);
  });

  it.each<[string, unknown, BuygridIssue]>([
    [
      'an option that does not exist',
      { situation: {}, trust: true },
      {
        code: 'unknown-key',
        path: 'options.trust',
        expected: 'no such field (not part of this input)',
        received: 'true',
      },
    ],
    [
      'options without the situation',
      { policy: {} },
      {
        code: 'invalid-type',
        path: 'options.situation',
        expected: 'the situation the app trusts',
        received: 'undefined',
      },
    ],
    [
      'a situation that throws when read',
      {
        get situation(): never {
          throw new Error('no records');
        },
      },
      {
        code: 'unreadable',
        path: 'options.situation',
        expected: 'a readable value',
        received: 'a value that throws when read',
      },
    ],
  ])('refuses %s, naming it under options', (_, options, issue) => {
    expect(issuesOf(() => parsePurchaseState(stored, options as never))).toStrictEqual([issue]);
  });
});
