import { describe, expect, it } from 'vitest';
import { BuygridInputError } from '../../src/_lib/errors.js';
import { ROLES, STANCES } from '../../src/buying-center/index.js';
import { LABEL_KINDS, LABELS, label, type LabelKind } from '../../src/explain/index.js';
import { ABANDON_REASONS, OUTCOMES, PURCHASE_EVENT_TYPES, PURCHASE_GUARDS, STEPS } from '../../src/process/index.js';
import { RISK_DIMENSIONS, RISK_LEVELS } from '../../src/risk/index.js';
import { BUYCLASSES, LEVELS, QUADRANTS, REGIMES } from '../../src/situation/index.js';
import fr from '../../src/locales/fr.js';
import { thrown } from '../_lib/thrown.js';

const kinds = Object.keys(LABEL_KINDS) as LabelKind[];

describe('label', () => {
  it('knows the vocabularies the library exports, value for value', () => {
    expect(LABEL_KINDS.step).toEqual(STEPS);
    expect(LABEL_KINDS.outcome).toEqual(OUTCOMES);
    expect(LABEL_KINDS.role).toEqual(ROLES);
    expect(LABEL_KINDS.stance).toEqual(STANCES);
    expect(LABEL_KINDS.buyclass).toEqual(BUYCLASSES);
    expect(LABEL_KINDS.quadrant).toEqual(QUADRANTS);
    expect(LABEL_KINDS.regime).toEqual(REGIMES);
    expect(LABEL_KINDS.level).toEqual(LEVELS);
    expect(LABEL_KINDS.riskLevel).toEqual(RISK_LEVELS);
    expect(LABEL_KINDS.dimension).toEqual(RISK_DIMENSIONS);
    expect(LABEL_KINDS.eventType).toEqual(PURCHASE_EVENT_TYPES);
    expect(LABEL_KINDS.guard).toEqual(PURCHASE_GUARDS);
    expect(LABEL_KINDS.abandonReason).toEqual(ABANDON_REASONS);
  });

  it.each(kinds)(
    'names every %s, each differently, in words (no ids with hyphens between lower-case words of a kebab id)',
    (kind) => {
      const values = LABEL_KINDS[kind] as readonly string[];
      expect(Object.keys(LABELS[kind]).sort()).toEqual([...values].sort());
      const names = values.map((v) => label(kind, v as never));
      expect(new Set(names).size).toBe(values.length);
      for (const name of names) expect(name.trim()).not.toBe('');
    },
  );

  it('reads multi-word ids as words', () => {
    expect(label('step', 'need-recognition')).toBe('need recognition');
    expect(label('buyclass', 'straight-rebuy')).toBe('straight rebuy');
    expect(label('eventType', 'offerReceived')).toBe('offer received');
  });

  it('refuses an unknown kind, naming the field and the kinds', () => {
    try {
      label('colour' as LabelKind, 'red' as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BuygridInputError);
      expect((error as BuygridInputError).issues[0]).toMatchObject({ path: 'kind', received: '"colour"' });
      expect((error as BuygridInputError).issues[0].expected).toContain('step');
    }
  });

  it('refuses a value not of the kind, even one of another kind or an inherited key', () => {
    for (const bad of ['awarded', 'toString', '__proto__', 42]) {
      expect(() => label('step', bad as never)).toThrow(BuygridInputError);
    }
    try {
      label('role', 'influencer' as never);
    } catch (error) {
      expect((error as BuygridInputError).issues[0]).toMatchObject({ path: 'value', received: '"influencer"' });
      expect((error as BuygridInputError).issues[0].expected).toContain('advisor');
    }
  });

  it('names what it expected: the kinds, or the values of the kind, separated by bars', () => {
    expect(thrown(() => label('colour' as LabelKind, 'red' as never)).issues[0].expected).toMatch(
      /^one of step \| outcome \| role \| stance \| buyclass /,
    );
    expect(thrown(() => label('step', 'sourcing' as never)).issues[0].expected).toBe(
      'a step: one of need-recognition | specification | supplier-search | negotiation | decision',
    );
  });

  it('refuses a value that only reads as one of the kind: a String object', () => {
    expect(thrown(() => label('step', new String('decision') as never)).issues[0]).toMatchObject({
      path: 'value',
      received: 'an object',
    });
  });

  it.each([
    ['options that are no object', 'fr', 'options', 'an object { locale? }, or nothing'],
    ['an unknown option', { lang: fr }, 'options.lang', 'no such option (locale)'],
    ['a locale that is no catalog', { locale: { tag: 'fr' } }, 'options.locale.labels', 'a table of labels per kind'],
  ])('refuses %s, naming it', (_, options, path, expected) => {
    expect(thrown(() => label('role', 'buyer', options as never)).issues[0]).toMatchObject({ path, expected });
  });
});
