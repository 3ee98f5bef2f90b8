import { describe, expect, it, vi } from 'vitest';
import { LABELS } from '../../src/explain/index.js';
import type { Format } from '../../src/locales/catalog.js';
import { formatFor } from '../../src/locales/format.js';
import { thrown } from '../_lib/thrown.js';

// formatFor keeps its Intl objects per tag for the life of the module, and under Stryker one
// module graph serves every test: a mutant of how they are made only shows in a module loaded
// anew (`vi.resetModules`), whose first call makes them.
async function freshFormatFor(): Promise<typeof formatFor> {
  vi.resetModules();
  return (await import('../../src/locales/format.js')).formatFor;
}
async function freshFormat(tag: string): Promise<Format> {
  return (await freshFormatFor())({ tag, labels: LABELS });
}

describe('formatFor, on Intl objects made at the first call', () => {
  it('writes shares as percentages to one decimal, without grouping (as numbers)', async () => {
    const en = await freshFormat('en');
    expect(en.percent(0.125)).toBe('12.5%');
    expect(en.percent(12.345)).toBe('1234.5%');
  });

  it('lists in English as a plain comma list (unit, short), not "a, b, and c"', async () => {
    const en = await freshFormat('en');
    expect(en.list(['a', 'b', 'c'])).toBe('a, b, c');
  });

  it('refuses what is not a catalog, saying what a catalog is', async () => {
    const fresh = await freshFormatFor();
    expect(thrown(() => fresh('fr' as never)).issues[0]).toMatchObject({
      path: 'catalog',
      expected: 'a catalog (the default export of buygrid/locales/<tag>, or an object of the type Catalog)',
      received: '"fr"',
    });
  });
});

describe('formatFor in Persian: the text Intl gives, without its direction marks', () => {
  it.each([
    ['a list (Persian comma, و before the last)', (fa: Format) => fa.list(['a', 'b', 'c']), 'a، b، و c'],
    ['a negative number (Persian digits, minus sign)', (fa: Format) => fa.number(-1.5), '−۱٫۵'],
  ])('%s', (_, write, expected) => {
    expect(write(formatFor({ tag: 'fa', labels: LABELS }))).toBe(expected);
  });
});

describe('formatFor refuses labels that are no table', () => {
  it('names catalog.labels and what it expected', () => {
    expect(thrown(() => formatFor({ tag: 'fr', labels: 3 } as never)).issues[0]).toMatchObject({
      path: 'catalog.labels',
      expected: 'a table of labels per kind',
      received: '3',
    });
  });

  it.each([
    ['the labels', (proxy: unknown) => proxy, 'catalog.labels'],
    ['a table of them', (proxy: unknown) => ({ ...LABELS, role: proxy }), 'catalog.labels.role'],
  ])('names where the labels cannot be read: %s', (_, labels, path) => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(thrown(() => formatFor({ tag: 'fr', labels: labels(proxy) } as never)).issues[0]).toMatchObject({
      path,
      received: 'a value that throws when read',
    });
  });
});
