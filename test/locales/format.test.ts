import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../src/explain/index.js';
import { formatFor } from '../../src/locales/format.js';
import { thrown } from '../_lib/thrown.js';

const DIRECTION_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const of = (tag: string) => formatFor({ tag, labels: LABELS });

describe('formatFor', () => {
  it('writes numbers in the language, rounded to the digits asked, without grouping or a negative zero', () => {
    expect(of('en').number(0.333)).toBe('0.33');
    expect(of('fr').number(0.333)).toBe('0,33');
    expect(of('en').number(1234.56, 1)).toBe('1234.6');
    expect(of('en').number(2)).toBe('2');
    expect(of('en').number(-0.001)).toBe('0');
    expect(of('fa').number(0.5)).toBe('۰٫۵');
  });

  it('picks the plural form by the language’s rules (Intl.PluralRules), # being the number', () => {
    const forms = { one: '# jour', other: '# jours' };
    expect(of('en').plural(1, { one: '# day', other: '# days' })).toBe('1 day');
    expect(of('en').plural(0, { one: '# day', other: '# days' })).toBe('0 days');
    // French counts 0 and 1.5 as singular (CLDR: i = 0,1), English does not.
    expect(of('fr').plural(0, forms)).toBe('0 jour');
    expect(of('fr').plural(1.5, forms)).toBe('1,5 jour');
    expect(of('fr').plural(2, forms)).toBe('2 jours');
    // Serbian has a `few` form (2–4); a catalog without it gets `other`.
    expect(of('sr-Latn').plural(3, { one: '# dan', few: '# dana', other: '# dana' })).toBe('3 dana');
    expect(of('sr-Latn').plural(3, { other: '# x' })).toBe('3 x');
  });

  it('lists with the language\'s "and" (Intl.ListFormat), English as the library\'s messages: a plain comma list', () => {
    expect(of('en').list(['a', 'b', 'c'])).toBe('a, b, c');
    expect(of('en-GB').list(['a', 'b'])).toBe('a, b');
    expect(of('fr').list(['a', 'b', 'c'])).toBe('a, b et c');
    // CLDR's short unit lists leave the "and" out in Dutch and Greek, and in a Persian pair.
    expect(of('nl').list(['a', 'b', 'c'])).toBe('a, b en c');
    expect(of('el').list(['a', 'b'])).toBe('a και b');
    expect(of('fa').list(['a', 'b'])).toBe('a و b');
    expect(of('sr-Cyrl').list(['a', 'b'])).toBe('a и b');
    expect(of('en').list([])).toBe('');
  });

  it('writes shares as percentages to one decimal', () => {
    expect(of('en').percent(0.125)).toBe('12.5%');
    expect(of('fr').percent(0.125)).toMatch(/^12,5\s%$/);
  });

  it('names values with the catalog’s labels', () => {
    expect(of('en').label('step', 'supplier-search')).toBe('supplier search');
    expect(
      formatFor({ tag: 'fr', labels: { ...LABELS, role: { ...LABELS.role, buyer: 'acheteur' } } }).label(
        'role',
        'buyer',
      ),
    ).toBe('acheteur');
  });

  it('never puts a direction mark in a text, even where Intl does (Persian lists and negative numbers)', () => {
    expect(
      DIRECTION_MARKS.test(new Intl.ListFormat('fa', { type: 'unit', style: 'short' }).format(['a', 'b', 'c'])),
    ).toBe(true);
    const fa = of('fa');
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.array(fc.string(), { maxLength: 5 }),
        (x, items) => {
          for (const text of [fa.number(x), fa.percent(x), fa.plural(x, { other: '# x' }), fa.list(items)]) {
            expect(DIRECTION_MARKS.test(text)).toBe(false);
          }
        },
      ),
    );
  });

  it('gives the same text on every call (the Intl objects kept per tag change nothing)', () => {
    const a = of('el');
    const b = of('el');
    expect([a.number(1.5), a.list(['x', 'y'])]).toEqual([b.number(1.5), b.list(['x', 'y'])]);
  });
});

describe('formatFor at its boundary (issue 14)', () => {
  it('reads the catalog once into a checked copy: a tag Intl takes and plain labels', () => {
    const labels = { step: { 'need-recognition': 'besoin' } };
    const f = formatFor({ tag: 'fr', labels } as never);
    labels.step['need-recognition'] = 'changed later';
    expect(f.label('step', 'need-recognition')).toBe('besoin');
    expect(Object.isFrozen(labels)).toBe(false);
  });

  it('refuses what is not a catalog with a BuygridInputError naming the field', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(thrown(() => formatFor(proxy as never)).issues[0].path).toBe('catalog');
    expect(thrown(() => formatFor(null as never)).issues[0].path).toBe('catalog');
    expect(thrown(() => formatFor({ tag: 'not a tag!', labels: {} } as never)).issues[0].path).toBe('catalog.tag');
    expect(thrown(() => formatFor({ tag: 'fr', labels: 3 } as never)).issues[0].path).toBe('catalog.labels');
  });
});
