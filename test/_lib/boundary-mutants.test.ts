// The parts of src/_lib/boundary.ts that test/_lib did not reach in a mutation run:
// `readable` (a caller's value read under a guard) and `createMark` (the private mark of values
// a module made itself). The rules are their TSDoc and findings F8 and F9 of
// ../shared/research/hostile-input.md (a getter or a Proxy read under a guard ends in a
// BuygridInputError; a mark is not inherited by an object whose prototype carries it).
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_ITEMS, MAX_KEYS, createMark, readable, snapshot } from '../../src/_lib/boundary.js';
import { BuygridInputError } from '../../src/_lib/errors.js';

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('no error thrown');
}

describe('readable', () => {
  it('returns what the read returns', () => {
    expect(readable(() => 42, 'context')).toBe(42);
  });

  it('turns any other error into one unreadable issue at the path', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const error = caught(() => readable(() => Object.keys(proxy), 'state.members'));
    expect(error).toBeInstanceOf(BuygridInputError);
    expect((error as BuygridInputError).issues).toEqual([
      {
        code: 'unreadable',
        path: 'state.members',
        expected: 'a readable value',
        received: 'a value that throws when read',
      },
    ]);
  });

  it('lets a BuygridInputError thrown inside through unchanged, its issues kept', () => {
    const inner = new BuygridInputError([{ code: 'too-small', path: 'n', expected: 'a number ≥ 1', received: '0' }]);
    expect(
      caught(() =>
        readable(() => {
          throw inner;
        }, 'outer'),
      ),
    ).toBe(inner);
  });
});

describe('createMark', () => {
  it('knows only the values it marked, not copies, heirs (F9) or other marks’ values', () => {
    const mark = createMark<{ id: string }>();
    const other = createMark<{ id: string }>();
    const value = Object.freeze({ id: 'a' });
    expect(mark.has(value)).toBe(false);
    expect(mark.add(value)).toBe(value);
    expect(mark.has(value)).toBe(true);
    expect(mark.has({ ...value })).toBe(false);
    expect(mark.has(Object.create(value) as object)).toBe(false);
    expect(other.has(value)).toBe(false);
  });

  it.each([null, undefined, 'a', 1])('answers false for %j, never throwing', (value) => {
    expect(createMark().has(value)).toBe(false);
  });
});

// The bounds exactly, with inputs small enough for a mutation run (the 1e5-level, 1e5-field and
// 5e6-value tests of boundary.test.ts are skipped there, see test/stryker.setup.ts).
describe('snapshot bounds, exactly', () => {
  it('copies an object nested MAX_DEPTH levels deep and refuses one level more, at its path', () => {
    expect(snapshot(nested(MAX_DEPTH))).toEqual(nested(MAX_DEPTH));
    const issue = (caught(() => snapshot(nested(MAX_DEPTH + 1), 'input')) as BuygridInputError).issues[0];
    expect(issue).toEqual({
      code: 'too-deep',
      path: `input${'.a'.repeat(MAX_DEPTH)}`,
      expected: `data nested at most ${String(MAX_DEPTH)} levels deep`,
      received: 'deeper nesting',
    });
  });

  it('copies an object of MAX_KEYS fields and refuses one of MAX_KEYS + 1', () => {
    const fields = (n: number): Record<string, number> =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${String(i)}`, i]));
    expect(Object.keys(snapshot(fields(MAX_KEYS)) as object)).toHaveLength(MAX_KEYS);
    expect((caught(() => snapshot({ a: fields(MAX_KEYS + 1) })) as BuygridInputError).issues[0]).toEqual({
      code: 'too-big',
      path: 'a',
      expected: `an object of at most ${String(MAX_KEYS)} fields`,
      received: `${String(MAX_KEYS + 1)} fields`,
    });
  });

  it('copies a list of MAX_ITEMS items and refuses one of MAX_ITEMS + 1', () => {
    const list = new Array<number>(MAX_ITEMS).fill(0);
    expect(snapshot(list) as unknown[]).toHaveLength(MAX_ITEMS);
    list.push(0);
    expect((caught(() => snapshot({ members: list })) as BuygridInputError).issues[0]).toEqual({
      code: 'too-big',
      path: 'members',
      expected: `at most ${String(MAX_ITEMS)} items`,
      received: `an array of ${String(MAX_ITEMS + 1)}`,
    });
  });
});

describe('snapshot refusals say what they found', () => {
  it('names a cycle as such', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect((caught(() => snapshot(cyclic)) as BuygridInputError).issues[0]).toEqual({
      code: 'too-deep',
      path: 'self',
      expected: 'data without a cycle',
      received: 'an object that contains itself',
    });
  });

  it('names a Proxy whose trap throws as unreadable', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect((caught(() => snapshot({ p: trap })) as BuygridInputError).issues[0]).toEqual({
      code: 'unreadable',
      path: 'p',
      expected: 'a readable value',
      received: 'a value that throws when read',
    });
  });

  it('never puts the caller’s function in the copy: a marker stands for it', () => {
    const callback = (): number => 1;
    const copy = snapshot({ f: callback, list: [callback] }) as { f: unknown; list: unknown[] };
    expect(typeof copy.f).toBe('symbol');
    expect(copy.list[0]).toBe(copy.f);
  });
});
