import { describe, expect, it } from 'vitest';
import en from '../../src/locales/en.js';
import { texts as englishTexts } from '../../src/locales/english.js';
import { formatFor } from '../../src/locales/format.js';

describe('the English sentences count days by the English plural', () => {
  const f = formatFor(en);

  it.each([
    [1, '1 day since the last event'],
    [0, '0 days since the last event'],
    [2.5, '2.5 days since the last event'],
  ])('%s day(s) idle', (days, sentence) => {
    expect(englishTexts['prospect-analysis'].idle({ days }, f)).toBe(sentence);
  });
});
