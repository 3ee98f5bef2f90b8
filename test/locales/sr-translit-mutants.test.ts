import { describe, expect, it } from 'vitest';
import { latinTable, latinTemplate, toLatin } from '../../src/locales/sr-translit.js';

// The capitals Љ, Њ and Џ (Pravopis srpskoga jezika, Matica srpska, 2010): Lj, Nj, Dž in a word
// written with a capital initial and for an initial standing alone; LJ, NJ, DŽ in a word
// written in capitals, also at its end before a sign or a space.
describe('toLatin: the capital digraphs beside signs and spaces', () => {
  it.each([
    ['Љ. Петровић', 'Lj. Petrović'],
    ['Петар Љ. Јовић', 'Petar Lj. Jović'],
    ['Њ. и Џ.', 'Nj. i Dž.'],
    ['КОЊ.', 'KONJ.'],
    ['ЦИЉ: ПОНУДА', 'CILJ: PONUDA'],
    ['ПРИЈАТЕЉ И КОЊ', 'PRIJATELJ I KONJ'],
    ['ЏЕП, ЏЕМПЕР', 'DŽEP, DŽEMPER'],
  ])('writes %s as %s', (cyr, lat) => {
    expect(toLatin(cyr)).toBe(lat);
  });
});

describe('latinTemplate: arguments that are no plain object pass as they are', () => {
  it.each([
    ['null', null],
    ['nothing', undefined],
  ])('a param that is %s', (_, note) => {
    const template = latinTemplate((p: { note: string | null | undefined }) => `белешка: ${p.note ?? 'нема'}`);
    expect(template({ note })).toBe('beleška: nema');
    const bare = latinTemplate((n: string | null | undefined) => `белешка: ${n ?? 'нема'}`);
    expect(bare(note)).toBe('beleška: nema');
  });

  it('hands a Date to the template as a Date, not as a copy of its fields', () => {
    const at = new Date('2026-04-01T09:00:00Z');
    const template = latinTemplate((p: { at: Date }) => `од ${p.at.toISOString().slice(0, 10)}`);
    expect(template({ at })).toBe('od 2026-04-01');
  });
});

describe('latinTemplate: a caller’s string is put back as it was, whatever it holds', () => {
  // The placeholders are private-use characters: a caller's Latin string that holds such a
  // sequence is still the caller's, neither erased nor swapped for another caller's name.
  it.each([
    ['beside a Cyrillic name', { a: '\uE0000\uE001', b: 'Ђура' }, '\uE0000\uE001 i Ђура'],
    ['alone', { a: '\uE0007\uE001', b: 'x' }, '\uE0007\uE001 i x'],
  ])('a string that looks like a placeholder, %s', (_, params, expected) => {
    const template = latinTemplate((p: { a: string; b: string }) => `${p.a} и ${p.b}`);
    expect(template(params)).toBe(expected);
  });
});

describe('latinTable: values that are neither text, template nor table stay as they are', () => {
  it('keeps null', () => {
    expect(latinTable({ a: 'шума', none: null })).toEqual({ a: 'šuma', none: null });
  });
});
