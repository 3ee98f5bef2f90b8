import { describe, expect, it } from 'vitest';
import { label } from '../../src/explain/index.js';
import { thrown } from '../_lib/thrown.js';

describe('label reads the one label of a catalog, naming what it expected', () => {
  it.each([
    [
      'a tag Intl does not take',
      { tag: 'not a tag!', labels: {} },
      'options.locale.tag',
      'a BCP 47 language tag, as fr or sr-Latn',
    ],
    [
      'a kind of labels that is no table',
      { tag: 'fr', labels: { role: 3 } },
      'options.locale.labels.role',
      'a table of labels',
    ],
  ])('%s', (_, locale, path, expected) => {
    expect(thrown(() => label('role', 'buyer', { locale: locale as never })).issues[0]).toMatchObject({
      path,
      expected,
    });
  });
});
