import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/locales/check.js';
import en from '../../src/locales/en.js';
import { thrown } from '../_lib/thrown.js';

const TEMPLATE = 'a template (a function of the params and f)';

describe('readCatalog refuses a catalog entry by entry, naming it, what it expected and what it received', () => {
  it.each([
    ['a direction that is neither', { ...en, dir: 'up' }, 'options.locale.dir', "'ltr' or 'rtl'", '"up"'],
    ['labels that are no table', { ...en, labels: 3 }, 'options.locale.labels', 'a table of labels per kind', '3'],
    [
      'a kind of labels that is no table',
      { ...en, labels: { ...en.labels, role: 'buyer' } },
      'options.locale.labels.role',
      'a table of labels',
      '"buyer"',
    ],
    ['texts that are no table', { ...en, texts: 3 }, 'options.locale.texts', 'a table of texts', '3'],
    [
      'a table of texts that is a text',
      { ...en, texts: { ...en.texts, common: 'none' } },
      'options.locale.texts.common',
      'a table of texts',
      '"none"',
    ],
    [
      'a sentence template that is a text',
      { ...en, texts: { ...en.texts, common: { ...en.texts.common, more: 'and more' } } },
      'options.locale.texts.common.more',
      TEMPLATE,
      '"and more"',
    ],
    [
      'messages that are no table',
      { ...en, messages: 3 },
      'options.locale.messages',
      'a table of message templates, one per code',
      '3',
    ],
    [
      'a message template that is a text',
      { ...en, messages: { ...en.messages, terminal: 'x' } },
      'options.locale.messages.terminal',
      TEMPLATE,
      '"x"',
    ],
  ])('%s', (_, catalog, path, expected, received) => {
    expect(thrown(() => readCatalog(catalog, 'options.locale')).issues[0]).toMatchObject({ path, expected, received });
  });

  it('keeps a sentence template that is a function, as given', () => {
    const more = (n: number): string => `+${String(n)}`;
    const read = readCatalog({ ...en, texts: { ...en.texts, common: { ...en.texts.common, more } } }, 'options.locale');
    expect(read.texts.common.more).toBe(more);
  });
});
